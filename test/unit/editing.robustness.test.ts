/**
 * The editing features on hostile and random input, for every file kind
 * (robustness.files.test.ts covers the 100,000-line scale for the other requests):
 * they never throw, answer within the document, and formatting edits never
 * overlap (the façade would drop them, but a kind must not produce them).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import { kindServices } from '../../server/src/services/registry';
import { defaultSettings } from '../../server/src/services/kindService';
import { documentFor, registeredKinds } from '../fuzz/harness';
import { memoryWorkspace } from '../utils/editing';

const hostile: [string, string][] = [
	['1 MB line', `[Unattended]\r\nOemPnPDriversPath=${'drivers\\x;'.repeat(100_000)}\r\n`],
	['20,000 sections', Array.from({ length: 20_000 }, (_, i) => `[S${i}]\r\nKey${i}=Value\r\n`).join('')],
	['20,000 labels', Array.from({ length: 20_000 }, (_, i) => `:L${i}\r\ngoto L${i}`).join('\r\n')],
	['10,000 nested elements', `<unattend>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</unattend>`],
	['binary-looking text', '\u0000\u0001[\u0000]=\r\r\n\ufeff;\u0000'],
];

function inside(document: TextDocument, range: Range): boolean {
	const end = document.positionAt(document.getText().length);
	const ok = (p: { line: number; character: number }) => p.line >= 0 && p.character >= 0 && (p.line < end.line || (p.line === end.line && p.character <= end.character));
	return ok(range.start) && ok(range.end);
}

function noOverlap(document: TextDocument, edits: readonly TextEdit[]): boolean {
	const sorted = [...edits].sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
	return sorted.every((edit, i) => i === 0 || document.offsetAt(sorted[i - 1].range.end) <= document.offsetAt(edit.range.start));
}

for (const kind of registeredKinds()) {
	test(`editing features: ${kind}: hostile inputs never throw and stay inside the document`, () => {
		const ls = getLanguageService();
		const workspace = memoryWorkspace({ 'a/b.txt': '', 'drivers/x/y.inf': '' });
		for (const [name, text] of hostile) {
			const document = documentFor(kind, text);
			const whole = { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } };
			const edits = ls.format(document, { tabSize: 2, insertSpaces: true }, { formatEqualsSpacing: 'spaces' });
			assert.ok(edits.every((edit) => inside(document, edit.range)) && noOverlap(document, edits), `${kind} ${name}: format edits fit`);
			for (const position of [{ line: 1, character: 3 }, { line: 50_000, character: 2 }, { line: 1e9, character: 1e9 }]) {
				ls.prepareRename(document, position);
				const renamed = ls.rename(document, position, 'Renamed');
				if (renamed && 'changes' in renamed) assert.ok(renamed.changes![document.uri].every((edit) => inside(document, edit.range)), `${kind} ${name}: rename edits fit`);
				for (const highlight of ls.findDocumentHighlights(document, position)) assert.ok(inside(document, highlight.range));
			}
			for (const hint of ls.getInlayHints(document, whole)) assert.ok(inside(document, { start: hint.position, end: hint.position }));
			for (const link of ls.findDocumentLinks(document, workspace)) assert.ok(inside(document, link.range));
			ls.forget(document.uri);
		}
	});
}

test('property: a kind never produces overlapping or out-of-range format edits, and formatting is idempotent', () => {
	const unit = fc.constantFrom('[', ']', '=', '"', ';', ' ', '\t', '\r', '\n', '\r\n', 'a', 'rem ', '<', '>', '/', ':', 'x', '!--', '&');
	fc.assert(
		fc.property(fc.constantFrom(...registeredKinds()), fc.array(unit, { maxLength: 60 }), (kind, parts) => {
			const text = parts.join('');
			const document = documentFor(kind, text);
			const service = kindServices.get(kind)!;
			const edits = service.format?.({ document, settings: { ...defaultSettings, formatEqualsSpacing: 'spaces' } }, service.parse(text), { tabSize: 2, insertSpaces: true }) ?? [];
			assert.ok(edits.every((edit) => inside(document, edit.range)) && noOverlap(document, edits), JSON.stringify({ text, edits }));
			const once = TextDocument.applyEdits(document, edits);
			const again = documentFor(kind, once);
			const second = service.format?.({ document: again, settings: { ...defaultSettings, formatEqualsSpacing: 'spaces' } }, service.parse(once), { tabSize: 2, insertSpaces: true }) ?? [];
			assert.equal(TextDocument.applyEdits(again, second), once, `idempotent for ${kind}: ${JSON.stringify(text)}`);
		}),
		{ numRuns: 600 },
	);
});
