/**
 * Generated documentation stays in step with the code: the README's code
 * table and the snippet file are rendered from the tables.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderCodeTable, renderQuickFixTable, replaceGenerated } from '../utils/docs';
import { renderSysprepSnippets } from '../../server/src/services/ini/snippetFile';
import { allDiagnosticCodes } from '../../server/src/services/diagnosticCodes';

const root = join(__dirname, '../..');

test('README documents every diagnostic code (run `npm run docs` after adding one)', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	assert.equal(readme, replaceGenerated(readme, 'diagnostic-codes', renderCodeTable()));
});

test('README lists the quick-fix of every answer-file code (run `npm run docs` after changing one)', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	assert.equal(readme, replaceGenerated(readme, 'quick-fixes', renderQuickFixTable()));
});

test('codes are unique, kebab-case and prefixed by file kind', () => {
	const codes = allDiagnosticCodes.map((spec) => spec.code);
	assert.equal(new Set(codes).size, codes.length);
	for (const code of codes) assert.match(code, /^(inf|winbom|cmdlines|bat|bundle|xml|log|reseal)\.[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('the Sysprep.inf snippet file matches the knowledge tables', () => {
	assert.equal(readFileSync(join(root, 'snippets/sysprep-inf.code-snippets'), 'utf8'), renderSysprepSnippets());
});

test('every per-kind code table is part of the joined table', async () => {
	const { readdirSync } = await import('node:fs');
	const joined = new Set(allDiagnosticCodes.map((spec) => spec.code));
	const folder = join(root, 'server/src/services/codes');
	for (const file of readdirSync(folder).filter((name) => name !== 'types.ts')) {
		const module = (await import(join(folder, file))) as Record<string, unknown>;
		for (const table of Object.values(module).filter(Array.isArray) as { code: string }[][]) {
			for (const spec of table) assert.ok(joined.has(spec.code), `${spec.code} from ${file} is missing from allDiagnosticCodes`);
		}
	}
});
