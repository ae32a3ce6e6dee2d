/**
 * Robustness, fixed-seed slice: the properties of `test/fuzz/harness.ts` over
 * every registered kind, a few dozen cases each, so `npm test` stays fast and
 * reproducible. `npm run fuzz` runs the same properties at volume (≥ 100,000
 * cases, random seed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/languageService';
import { documentFor, exerciseKind, property, propertyNames, registeredKinds } from '../fuzz/harness';
import { kindServices } from '../../server/src/services/registry';

const runs = Number(process.env.ROBUSTNESS_RUNS ?? 40);
const seed = 20261121;

/**
 * Known failures, reported to the owner of the kind; the slice still runs them
 * (as `todo`) so the fix shows up as a passing todo. Remove an entry once fixed.
 */
const knownIssues: Partial<Record<string, string>> = {
};

for (const kind of registeredKinds()) {
	test(`robustness slice: ${kind}`, { todo: knownIssues[kind] }, () => {
		for (const name of propertyNames) {
			fc.assert(property(kind, name), { numRuns: runs, seed });
		}
	});
}

test('the harness covers every registered kind', () => {
	assert.ok(registeredKinds().length >= 2);
	for (const kind of registeredKinds()) assert.ok(kindServices.get(kind), kind);
});

// Handwritten hostile inputs every kind must survive (regressions of what the fuzzer found).
const hostile = [
	'',
	'\0',
	'\uFEFF',
	'\uD800',
	'\uDC00\uD800',
	'\r',
	'\r\r\n\n\r',
	'[',
	']',
	'[]',
	'[[[[',
	'=',
	'==\r\n=',
	'"',
	'"""',
	'[Commands]a',
	'[ else ',
	'[Factory]\0',
	'[Unattended]\r\nOemPnPDriversPath="..\\..\\..\\x;;;"\r\n',
	'%%%%%%',
	'^',
	'^\r\n^\r\n',
	'(((((((',
	')))))))',
	'if (',
	'for %%a in (',
	'goto',
	':',
	'::\r\n:\r\n:a\r\ngoto :a\r\ngoto a',
	'@echo off\r\nC:\\Sysprep\\sysprep.exe -factory"\r\nx',
	'set "x=^"\r\necho !x! %x% %~dp0 %1',
	`${'a'.repeat(5000)}\r\n`,
	'é\u202E\u2028\u0085中😀',
];

test('handwritten hostile inputs: no exception, ranges inside, for every kind and position', () => {
	const positions = [
		{ line: 0, character: 0 },
		{ line: 0, character: 1 },
		{ line: 0, character: 10_000 },
		{ line: 3, character: 2 },
		{ line: 10_000, character: 10_000 },
		{ line: -1, character: -1 },
	];
	const failures: string[] = [];
	for (const kind of registeredKinds()) {
		for (const text of hostile) {
			for (const position of positions) {
				try {
					exerciseKind(kindServices.get(kind)!, documentFor(kind, text), {}, position, { start: position, end: { line: 0, character: 0 } });
				} catch (error) {
					failures.push(`${kind} ${JSON.stringify(text.slice(0, 60))} at ${JSON.stringify(position)}: ${(error as Error).message}`);
				}
			}
		}
	}
	const unexpected = failures.filter((f) => !knownIssues[f.split(' ')[0]!]);
	assert.deepEqual(unexpected, []);
});

test('stale diagnostics from an older version never yield edits outside the document', () => {
	const ls = getLanguageService();
	for (const kind of registeredKinds()) {
		const old = documentFor(kind, '; one\r\nREM two\r\n[Unattended]\r\nOemSkipEula = on\r\nREM three\r\n');
		const stale = ls.doValidation(old);
		const document = TextDocument.create(old.uri, old.languageId, 2, 'x');
		for (const diagnostic of stale) {
			for (const action of ls.doCodeActions(document, diagnostic.range, [diagnostic])) {
				const edits = Object.values(action.edit?.changes ?? {}).flat();
				for (const edit of edits) assert.ok(edit.range.end.line === 0 && edit.range.end.character <= 1, `${kind}: ${action.title} edits ${JSON.stringify(edit.range)}`);
				TextDocument.applyEdits(document, edits);
			}
		}
	}
});
