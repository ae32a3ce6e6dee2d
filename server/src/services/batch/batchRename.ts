/**
 * Service layer: rename and document highlight for batch scripts.
 *
 * Rename covers labels only: the `:label` lines and every `goto label`,
 * `goto :label` and `call :label` that names them, matched case-insensitively
 * as cmd.exe does. `goto :eof` is not a label reference and is never touched.
 * A script that jumps to a label built from a variable (`goto %NEXT%`) is not
 * renamed: Reseal cannot see which label that jump reaches.
 *
 * Highlight shows the same labels, and variables (`set NAME=`, `%NAME%`).
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position, type TextEdit } from 'vscode-languageserver-types';
import type { BatchModel } from '../../model/batchNodes';
import type { PrepareRenameResult, RenameResult } from '../kindService';
import { contains, offsetAt, wordRange } from './batchAnalysis';

interface Span {
	readonly offset: number;
	readonly length: number;
}

function labelAt(model: BatchModel, offset: number): { name: string; span: Span } | undefined {
	const label = model.labels.find((item) => contains(item, offset));
	if (label) return { name: label.name, span: label };
	const ref = model.labelRefs.find((item) => contains(item, offset));
	return ref ? { name: ref.name, span: ref } : undefined;
}

function labelSpans(model: BatchModel, name: string): { span: Span; definition: boolean }[] {
	return [
		...model.labels.filter((label) => label.name === name).map((span) => ({ span, definition: true })),
		...model.labelRefs.filter((ref) => ref.name === name).map((span) => ({ span, definition: false })),
	].sort((a, b) => a.span.offset - b.span.offset);
}

/** The line of a `goto`/`call :` whose target is built from a variable, if any. */
function dynamicJump(model: BatchModel): number | undefined {
	for (const command of model.commands) {
		const target = command.args[0];
		if (!target) continue;
		const jumps = command.program === 'goto' || (command.program === 'call' && target.value.startsWith(':'));
		if (jumps && /[%!]/.test(target.value)) return command.line;
	}
	return undefined;
}

function refusal(model: BatchModel, name: string): string | undefined {
	if (!model.labels.some((label) => label.name === name)) return `The script has no label :${name}; there is nothing to rename.`;
	const dynamic = dynamicJump(model);
	if (dynamic !== undefined) return `Line ${dynamic + 1} jumps to a label named by a variable; Reseal cannot tell whether it reaches :${name}, so it does not rename labels in this script.`;
	return undefined;
}

export function prepareRenameBatch(model: BatchModel, position: Position): PrepareRenameResult | null {
	const symbol = labelAt(model, offsetAt(model, position));
	if (!symbol) return null;
	const why = refusal(model, symbol.name);
	if (why) return { error: why };
	return { range: wordRange(model, symbol.span), placeholder: model.text.slice(symbol.span.offset, symbol.span.offset + symbol.span.length) };
}

/** Characters that end a label name for cmd.exe, plus those that would expand or quote. */
const badLabel = /[\s+:;,=<>|&^%!"()]/;

export function renameBatch(model: BatchModel, position: Position, newName: string): RenameResult | null {
	const symbol = labelAt(model, offsetAt(model, position));
	if (!symbol) return null;
	const why = refusal(model, symbol.name);
	if (why) return { error: why };
	if (newName === '' || badLabel.test(newName)) return { error: `'${newName}' cannot be a label name: spaces and the characters + : ; , = < > | & ^ % ! " ( ) end or change a label.` };
	const target = newName.toLowerCase();
	if (target === 'eof') return { error: '`:eof` is the end of the script for `goto :eof`; pick another name.' };
	if (target !== symbol.name && model.labels.some((label) => label.name === target)) return { error: `The script already has a label :${newName}.` };
	const edits: TextEdit[] = labelSpans(model, symbol.name).map(({ span }) => ({ range: wordRange(model, span), newText: newName }));
	return { edits };
}

export function highlightsBatch(model: BatchModel, position: Position): DocumentHighlight[] {
	const offset = offsetAt(model, position);
	const label = labelAt(model, offset);
	if (label) return labelSpans(model, label.name).map(({ span, definition }) => ({ range: wordRange(model, span), kind: definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
	const variable =
		model.variables.find((item) => (item.kind === 'env' || item.kind === 'delayed') && offset >= item.offset && offset < item.offset + item.length)?.name ??
		model.assignments.find((item) => contains(item, offset))?.name;
	if (variable === undefined) return [];
	const spans = [
		...model.assignments.filter((item) => item.name === variable).map((span) => ({ span, kind: DocumentHighlightKind.Write })),
		...model.variables.filter((item) => (item.kind === 'env' || item.kind === 'delayed') && item.name === variable).map((span) => ({ span, kind: DocumentHighlightKind.Read })),
	].sort((a, b) => a.span.offset - b.span.offset);
	return spans.map(({ span, kind }) => ({ range: wordRange(model, span), kind }));
}
