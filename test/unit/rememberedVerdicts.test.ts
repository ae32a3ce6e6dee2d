/**
 * Issue 17: open-section values are checked once and remembered across
 * validations (`checkValueRemembered`). The remembered values must not keep the
 * document alive: a value is a slice of the text, and a remembered slice would
 * pin every edited version of a large Sysprep.inf. Memory, not time, is asserted.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/languageService';
import { checkValue, checkValueRemembered, rememberedValueCharacters } from '../../server/src/services/ini/valueDomains';
import type { ValueDomain } from '../../server/src/knowledge/types';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

function massStorageFile(lines: number, edited: number, version: number): string {
	const out = ['[Unattended]', 'OemSkipEula = Yes', '[Sysprep]', 'BuildMassStorageSection = Yes', '[SysprepMassStorage]'];
	for (let i = 0; i < lines; i++) {
		const device = (0x1000 + i).toString(16).toUpperCase();
		const inf = i === edited ? `oem${version}.inf` : `storage${i % 48}.inf`;
		out.push(`PCI\\VEN_8086&DEV_${device} = "%windir%\\inf\\${inf}"`);
	}
	return out.join('\r\n');
}

test('remembered verdicts equal the plain check, for good and bad values', () => {
	const domain: ValueDomain = { kind: 'path', extraFields: 3 };
	for (const value of ['"%windir%\\inf\\scsi.inf"', 'C:\\a<b.inf', 'a, b, c, d, e', 'x:\\y:z']) {
		assert.deepEqual(checkValueRemembered(domain, value), checkValue(domain, value), value);
		assert.deepEqual(checkValueRemembered(domain, value), checkValue(domain, value), `${value} (remembered)`);
	}
});

test('editing values of a large Sysprep.inf does not keep its old versions alive', () => {
	const service = getLanguageService();
	const lines = 4000;
	const size = massStorageFile(lines, 0, 0).length;
	// Warm up, then measure what 60 versions with a new value each leave behind.
	service.doValidation(TextDocument.create('file:///ws/Sysprep.inf', 'sysprep-inf', 1, massStorageFile(lines, 0, 1)));
	gc();
	const before = process.memoryUsage().heapUsed;
	for (let version = 2; version < 62; version++) {
		service.doValidation(TextDocument.create('file:///ws/Sysprep.inf', 'sysprep-inf', version, massStorageFile(lines, version * 61 % lines, version)));
	}
	gc();
	const grown = process.memoryUsage().heapUsed - before;
	// Pinning each version would hold 60 texts; the remembered values themselves are a few KB.
	assert.ok(grown < 10 * size, `heap grew by ${(grown / 1048576).toFixed(1)} MiB over 60 edits of a ${(size / 1024).toFixed(0)} KB file`);
});

test('remembered verdicts are bounded by characters: 4,000 versions of a 50 KB value keep nothing', () => {
	const domain: ValueDomain = { kind: 'text' };
	const before = rememberedValueCharacters();
	for (let version = 0; version < 4000; version++) checkValueRemembered(domain, `${version}${'x'.repeat(50_000)}`);
	assert.ok(rememberedValueCharacters() - before < 1_000_000, `${rememberedValueCharacters()} characters kept`);
	// Many short values stay within the budget too.
	for (let version = 0; version < 5_000; version++) checkValueRemembered(domain, `value-${version}-${'y'.repeat(900)}`);
	assert.ok(rememberedValueCharacters() <= 2_000_000, `${rememberedValueCharacters()} characters kept`);
});
