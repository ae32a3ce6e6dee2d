/**
 * Golden tests: whole scripts rendered as `line:col-line:col severity code
 * message` lines. Regenerate with `UPDATE_EXPECT=1`; review diffs like code.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { batchService } from '../../server/src/services/batch/batchService';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Settings } from '../../server/src/services/kindService';
import { kindContext, messageOf } from '../utils/fixture';

const context = (text: string, options: { uri?: string; settings?: Partial<Settings> } = {}) => kindContext(batchService, text, { uri: 'file:///work/sysprep.bat', ...options });

/** The batch golden format: 1-based lines, 0-based columns, short severity names. */
const severityNames = ['', 'error', 'warning', 'info', 'hint'] as const;
function render(diagnostics: readonly Diagnostic[]): string {
	const line = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.character}-${d.range.end.line + 1}:${d.range.end.character} ${severityNames[d.severity ?? 1]} ${d.code} ${messageOf(d)}`;
	return diagnostics.map(line).join('\n') + (diagnostics.length > 0 ? '\n' : '');
}

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/bat');
const update = process.env.UPDATE_EXPECT === '1';

function golden(name: string, text: string, uri: string): void {
	const expectedPath = path.join(fixtures, `${name}.expected.txt`);
	const { ctx, model } = context(text, { uri });
	const actual = render(batchService.validate(ctx, model));
	if (update || !existsSync(expectedPath)) {
		writeFileSync(expectedPath, actual);
		return;
	}
	assert.equal(actual, readFileSync(expectedPath, 'utf8'));
}

for (const file of readdirSync(fixtures).filter((f) => /\.(bat|cmd)$/.test(f)).sort()) {
	test(`golden: ${file}`, () => golden(file, readFileSync(path.join(fixtures, file), 'utf8'), `file:///fixtures/${file}`));
}

const seedPath = path.resolve(root, '../shared/seeds/000_971a06d1367027e3.txt');
const seedMissing = existsSync(seedPath) ? false : `seed not available (${seedPath}); the copy-free fixture xp-reseal-classic.bat covers the same patterns`;

test('golden: seed sysprep.bat (Server 2003)', { skip: seedMissing }, () => {
	const raw = readFileSync(seedPath, 'utf8');
	const script = /```sysprep\.bat\r?\n([\s\S]*?)```/.exec(raw)?.[1];
	assert.ok(script, 'the seed holds a fenced sysprep.bat');
	golden('seed-000-sysprep.bat', script, 'file:///seed/sysprep.bat');
});

test('golden: the seed document itself is not batch', { skip: seedMissing }, () => {
	golden('seed-000-document', readFileSync(seedPath, 'utf8'), 'file:///seed/sysprep.bat');
});

test('seed script: no error-level diagnostics, and the known mistakes are found', { skip: seedMissing }, () => {
	const raw = readFileSync(seedPath, 'utf8');
	const script = /```sysprep\.bat\r?\n([\s\S]*?)```/.exec(raw)![1];
	const { ctx, model } = context(script);
	const diagnostics = batchService.validate(ctx, model);
	assert.deepEqual(diagnostics.filter((d) => d.severity === 1), []);
	const codes = diagnostics.map((d) => d.code);
	assert.ok(codes.includes('bat.unknown-service'));
	assert.ok(diagnostics.some((d) => d.code === 'bat.unknown-service' && messageOf(d).includes("'lanmanserver'")));
	const facts = batchService.facts(ctx, model);
	assert.equal(facts.runsSysprep, true);
	assert.deepEqual(facts.externalTools.map((t) => t.name).sort(), ['kill.exe', 'spdrvscn.exe', 'sync.exe', 'sysprep.exe']);
	assert.ok(facts.referencedPaths.some((p) => p.path.toLowerCase() === 'c:\\sysprep\\drivers' && p.kind === 'folder'));
});
