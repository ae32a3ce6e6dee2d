/**
 * Golden tests over whole unattend.xml files written for Reseal from the
 * patterns real answer files show (packer templates, Sysprep answer files,
 * files shared between x86 and amd64 media). Each file's diagnostics are
 * compared with `test/golden/xml-<name>.expected.txt`; `UPDATE_EXPECT=1`
 * rewrites them.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGolden } from '../utils/golden';

const fixtures = join(__dirname, '../fixtures/unattend-xml');
const golden = join(__dirname, '../golden');

const files = readdirSync(fixtures).filter((name) => name.endsWith('.xml'));

test('the golden fixtures exist', () => {
	assert.ok(files.length >= 4);
});

for (const name of files) {
	test(`golden: ${name}`, () => {
		const diagnostics = checkGolden(join(fixtures, name), 'unattend.xml', join(golden, `xml-${name.replace(/\.xml$/, '')}.expected.txt`));
		assert.ok(diagnostics.every((diagnostic) => String(diagnostic.code).startsWith('xml.')));
	});
}
