/**
 * Service layer: outline, workspace symbols (labels), folding, go to
 * definition and find references for batch scripts (labels, and variables
 * set with `set`).
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Location, type SymbolInformation } from 'vscode-languageserver-types';
import type { RequestContext } from '../kindService';
import type { BatchModel } from '../../model/batchNodes';
import { contains, offsetAt, rangeOf, sysprepRuns, wordRange } from './batchAnalysis';

function lineEnd(model: BatchModel, line: number): number {
	const next = line + 1 < model.lineStarts.length ? model.lineStarts[line + 1] - 1 : model.text.length;
	let end = next;
	if (end > model.lineStarts[line] && model.text[end - 1] === '\r') end--;
	return Math.max(model.lineStarts[line], end);
}

/** The last line of a label's section (before the next label), skipping trailing blank lines. */
function sectionEnd(model: BatchModel, index: number): number {
	const next = model.labels[index + 1];
	let last = next ? next.line - 1 : model.lineStarts.length - 1;
	while (last > model.labels[index].line && model.text.slice(model.lineStarts[last], lineEnd(model, last)).trim() === '') last--;
	return last;
}

export function symbolsBatch(_ctx: RequestContext, model: BatchModel): DocumentSymbol[] {
	const symbols: DocumentSymbol[] = model.labels.map((label, index) => {
		const end = sectionEnd(model, index);
		return {
			name: `:${label.text}`,
			kind: SymbolKind.Function,
			range: { start: { line: label.line, character: 0 }, end: rangeOf(model, lineEnd(model, end), 0).end },
			selectionRange: wordRange(model, label),
		};
	});
	for (const run of sysprepRuns(model)) {
		const range = rangeOf(model, run.command.offset, run.command.length);
		const switches = run.switches.map((s) => s.word.value).join(' ');
		symbols.push({ name: `sysprep ${switches}`.trim(), detail: run.generation.title, kind: SymbolKind.Event, range, selectionRange: range });
	}
	return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** The labels, for `workspace/symbol`: a `call :label` target is found from any script of the workspace. */
export function workspaceSymbolsBatch(ctx: RequestContext, model: BatchModel): SymbolInformation[] {
	return model.labels.map((label) => ({ name: `:${label.text}`, kind: SymbolKind.Function, location: { uri: ctx.document.uri, range: wordRange(model, label) } }));
}

export function foldingBatch(_ctx: RequestContext, model: BatchModel): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	for (const block of model.blocks) {
		if (block.closeLine !== null && block.closeLine - 1 > block.openLine) ranges.push({ startLine: block.openLine, endLine: block.closeLine - 1 });
	}
	model.labels.forEach((label, index) => {
		const end = sectionEnd(model, index);
		if (end > label.line) ranges.push({ startLine: label.line, endLine: end, kind: FoldingRangeKind.Region });
	});
	const commentLines = [...new Set(model.comments.map((c) => c.line))].sort((a, b) => a - b);
	let runStart = -1;
	for (let k = 0; k < commentLines.length; k++) {
		if (runStart < 0) runStart = commentLines[k];
		if (commentLines[k + 1] !== commentLines[k] + 1) {
			if (commentLines[k] > runStart) ranges.push({ startLine: runStart, endLine: commentLines[k], kind: FoldingRangeKind.Comment });
			runStart = -1;
		}
	}
	return ranges;
}

/** The label or variable name under the cursor. */
function symbolAt(model: BatchModel, offset: number): { kind: 'label' | 'variable'; name: string } | undefined {
	const label = model.labels.find((l) => contains({ offset: l.offset - 1, length: l.length + 1 }, offset));
	if (label) return { kind: 'label', name: label.name };
	const ref = model.labelRefs.find((r) => contains(r, offset));
	if (ref) return { kind: 'label', name: ref.name };
	const variable = model.variables.find((v) => (v.kind === 'env' || v.kind === 'delayed') && offset >= v.offset && offset < v.offset + v.length);
	if (variable) return { kind: 'variable', name: variable.name };
	const assignment = model.assignments.find((a) => contains(a, offset));
	if (assignment) return { kind: 'variable', name: assignment.name };
	return undefined;
}

export function definitionBatch(ctx: RequestContext, model: BatchModel, position: { line: number; character: number }): Location[] {
	const symbol = symbolAt(model, offsetAt(model, position));
	if (!symbol) return [];
	const uri = ctx.document.uri;
	if (symbol.kind === 'label') return model.labels.filter((l) => l.name === symbol.name).slice(0, 1).map((l) => ({ uri, range: wordRange(model, l) }));
	return model.assignments.filter((a) => a.name === symbol.name).map((a) => ({ uri, range: wordRange(model, a) }));
}

export function referencesBatch(ctx: RequestContext, model: BatchModel, position: { line: number; character: number }): Location[] {
	const symbol = symbolAt(model, offsetAt(model, position));
	if (!symbol) return [];
	const uri = ctx.document.uri;
	const spans =
		symbol.kind === 'label'
			? [...model.labels.filter((l) => l.name === symbol.name), ...model.labelRefs.filter((r) => r.name === symbol.name)]
			: [...model.assignments.filter((a) => a.name === symbol.name), ...model.variables.filter((v) => (v.kind === 'env' || v.kind === 'delayed') && v.name === symbol.name)];
	return spans.sort((a, b) => a.offset - b.offset).map((span) => ({ uri, range: wordRange(model, span) }));
}
