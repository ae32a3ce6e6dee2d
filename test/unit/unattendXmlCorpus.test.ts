/**
 * Golden tests over the real answer files in ../shared/corpus/unattend-xml
 * (Windows Vista to 11, Server 2008 to 2025; Packer, Ansible and Parallels
 * templates among them). The corpus README judges each file; this test
 * holds Reseal to that judgement:
 * - files the README calls clean get no error-level diagnostic;
 * - every clear or likely mistake it names is reported, with the code below.
 * The goldens (`test/golden/corpus-xml-*.expected.txt`) keep the rest
 * stable: position, severity, code and message only, never file content.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkGolden, sharedCorpus } from '../utils/golden';

const goldens = join(__dirname, '../golden');

/** The README's clear and likely mistakes: file-name prefix → [line, code] that must be reported. */
const mistakes: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
	'definitly486__': [
		[14, 'xml.unbound-prefix'], // wcm:action without xmlns:wcm
		[31, 'xml.setting-wrong-pass'], // UserAccounts in specialize
		[70, 'xml.unknown-setting'], // UserLocale … in Shell-Setup
		[73, 'xml.unknown-setting'],
	],
	'jborean93__packer-windoze__roles_setup_templates': [[6, 'xml.namespace-typo']], // https wcm namespace
	'Tenaka__': [[90, 'xml.invalid-value']], // en-UGB
	'Hivos__': [[160, 'xml.component-wrong-pass']], // PnpCustomizationsWinPE in offlineServicing
	'jordangomes__': [[117, 'xml.syntax-ampersand']], // raw & in a command
	'kseremet__': [
		[5, 'xml.invalid-value'], // en_US
		[35, 'xml.invalid-value'],
	],
	'wael2000__win-virtio__Autounattend': [
		[74, 'xml.setting-wrong-pass'], // OOBE in specialize
		[83, 'xml.setting-wrong-pass'], // UserAccounts in specialize
	],
	'wael2000__win-virtio__Unattend': [[1, 'xml.wrong-namespace']],
	'ginanck__': [[63, 'xml.setting-wrong-pass']], // ComputerName in oobeSystem
	'lfayese__': [[35, 'xml.powershell-command']], // Start-Process as a command line
};

const corpus = sharedCorpus();
const files = corpus ? readdirSync(join(corpus, 'unattend-xml')).filter((name) => name.endsWith('.xml')) : [];

test('the shared corpus of real unattend.xml files', { skip: corpus ? false : 'no ../shared/corpus beside this checkout (a fresh clone has none); the own fixtures cover the same patterns' }, async (t) => {
	assert.equal(files.length, 38);
	for (const name of files) {
		const expected = Object.entries(mistakes).find(([prefix]) => name.startsWith(prefix))?.[1];
		await t.test(name, () => {
			const diagnostics = checkGolden(join(corpus!, 'unattend-xml', name), /^auto/i.test(name) ? 'autounattend.xml' : 'unattend.xml', join(goldens, `corpus-xml-${name.replace(/\.xml$/, '')}.expected.txt`));
			if (!expected) {
				assert.deepEqual(diagnostics.filter((item) => item.severity === 1).map((item) => `${item.range.start.line + 1} ${item.code} ${item.message}`), [], 'a file the README calls clean');
				return;
			}
			for (const [line, code] of expected) {
				assert.ok(diagnostics.some((item) => item.range.start.line + 1 === line && item.code === code), `${code} on line ${line}`);
			}
		});
	}
});
