/**
 * Golden tests over whole Sysprep.inf files: the project's own fixtures
 * (always) and the real files in ../shared/corpus (when present).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGolden, sharedCorpus } from '../utils/golden';

const fixtures = join(__dirname, '../fixtures/inf');
const goldens = join(__dirname, '../golden');

for (const name of readdirSync(fixtures)) {
	test(`own fixture ${name}: no errors, stable diagnostics`, () => {
		const diagnostics = checkGolden(join(fixtures, name, readdirSync(join(fixtures, name))[0]), 'Sysprep.inf', join(goldens, `inf-${name}.expected.txt`));
		assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => diagnostic.message), []);
	});
}

const corpus = sharedCorpus();
const realFiles = corpus ? readdirSync(join(corpus, 'sysprep-inf')) : [];
test('the shared corpus of real Sysprep.inf files', { skip: corpus ? false : 'no ../shared/corpus beside this checkout (a fresh clone has none); the own fixtures above cover the same patterns' }, async (t) => {
	assert.equal(realFiles.length, 4);
	for (const name of realFiles) {
		await t.test(`${name}: no error-level diagnostics, stable output`, () => {
			const diagnostics = checkGolden(join(corpus!, 'sysprep-inf', name), 'Sysprep.inf', join(goldens, `corpus-${name}.expected.txt`));
			assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.severity === 1).map((diagnostic) => diagnostic.message), []);
		});
	}
});
