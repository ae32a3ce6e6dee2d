/**
 * Service layer: quick-fixes for batch diagnostics. Fix payloads come from
 * `diagnostic.data` (see `BatFixData`); the kill.exe → taskkill rewrite is
 * built from the `replacement` entry of the external-tool table and is also
 * offered, without a diagnostic, on any kill.exe call in the selection.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { RequestContext } from '../kindService';
import type { BatchCommand, BatchModel } from '../../model/batchNodes';
import { findTool, offsetAt, rangeOf } from './batchAnalysis';
import type { BatFixData } from './batchValidation';

function edit(ctx: RequestContext, edits: TextEdit[]): CodeAction['edit'] {
	return { changes: { [ctx.document.uri]: edits } };
}

function quickFix(ctx: RequestContext, title: string, edits: TextEdit[], diagnostic?: Diagnostic, preferred = false): CodeAction {
	const action: CodeAction = { title, kind: CodeActionKind.QuickFix, edit: edit(ctx, edits) };
	if (diagnostic) action.diagnostics = [diagnostic];
	if (preferred) action.isPreferred = true;
	return action;
}

/** The `taskkill` command line that replaces a kill.exe call, or undefined when it cannot be built safely. */
export function taskkillFor(command: BatchCommand): string | undefined {
	const launch = command.launch;
	if (!launch) return undefined;
	const tool = findTool(launch);
	const replacement = tool?.replacement;
	if (!replacement) return undefined;
	const targets = launch.args.filter((arg) => !arg.value.startsWith('/') && !arg.value.startsWith('-'));
	if (targets.length !== 1) return undefined;
	const target = targets[0].value;
	const force = launch.args.some((arg) => /^[-/]f$/i.test(arg.value));
	const template = /^\d+$/.test(target) && replacement.numericTemplate ? replacement.numericTemplate : replacement.template;
	const name = target.replace(/\.exe$/i, '');
	const line = template.replace('$1', name);
	return force ? line : line.replace(/\s\/f\b/, '');
}

function taskkillEdit(model: BatchModel, command: BatchCommand): TextEdit | undefined {
	const text = taskkillFor(command);
	if (!text || !command.launch) return undefined;
	const start = command.launch.word.offset;
	const lastArg = command.launch.args[command.launch.args.length - 1];
	const end = lastArg ? lastArg.offset + lastArg.length : start + command.launch.word.length;
	return { range: rangeOf(model, start, end - start), newText: text };
}

/** Widens a span to its whole line (with the line break) when nothing else is on the line. */
function wholeLine(model: BatchModel, offset: number, length: number): { offset: number; length: number } {
	const text = model.text;
	let start = offset;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t' || text[start - 1] === '@')) start--;
	let end = offset + length;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\r')) end++;
	const atLineStart = start === 0 || text[start - 1] === '\n';
	const atLineEnd = end === text.length || text[end] === '\n';
	if (!atLineStart || !atLineEnd) return { offset, length };
	if (end < text.length) end++;
	return { offset: start, length: end - start };
}

export function codeActionsBatch(ctx: RequestContext, model: BatchModel, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const diagnostic of diagnostics) {
		if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('bat.')) continue;
		const data = diagnostic.data as BatFixData | undefined;
		if (!data || typeof data !== 'object' || !('fix' in data)) continue;
		switch (data.fix) {
			case 'replace':
				data.replacements.forEach((text, index) => actions.push(quickFix(ctx, `Change to '${text}'`, [{ range: rangeOf(model, data.offset, data.length), newText: text }], diagnostic, index === 0)));
				break;
			case 'edit':
				actions.push(quickFix(ctx, data.title, [{ range: rangeOf(model, data.offset, data.length), newText: data.text }], diagnostic, true));
				break;
			case 'insert':
				actions.push(quickFix(ctx, data.title, [{ range: rangeOf(model, data.offset, 0), newText: data.text }], diagnostic, true));
				break;
			case 'remove': {
				const span = wholeLine(model, data.offset, data.length);
				actions.push(quickFix(ctx, data.title, [{ range: rangeOf(model, span.offset, span.length), newText: '' }], diagnostic));
				break;
			}
			case 'sysprep-switch': {
				data.replacements.forEach((text, index) => actions.push(quickFix(ctx, `Replace with '${text}'`, [{ range: rangeOf(model, data.offset, data.length), newText: text }], diagnostic, index === 0 && !data.removable)));
				if (data.removable) {
					const before = model.text[data.offset - 1] === ' ' ? 1 : 0;
					const word = model.text.slice(data.offset, data.offset + data.length);
					actions.push(quickFix(ctx, `Remove '${word}'`, [{ range: rangeOf(model, data.offset - before, data.length + before), newText: '' }], diagnostic, data.replacements.length === 0));
				}
				break;
			}
			case 'taskkill': {
				const command = model.commands[data.command];
				const single = command ? taskkillEdit(model, command) : undefined;
				if (single) actions.push(quickFix(ctx, `Replace with '${single.newText}'`, [single], diagnostic, true));
				const all = model.commands.map((c) => (c.launch && findTool(c.launch)?.replacement ? taskkillEdit(model, c) : undefined)).filter((e): e is TextEdit => !!e);
				if (all.length > 1) actions.push(quickFix(ctx, `Replace all ${all.length} kill.exe calls with taskkill`, all, diagnostic));
				break;
			}
		}
	}
	// kill.exe calls in the selection that carry no diagnostic (only the first call does).
	const start = offsetAt(model, range.start);
	const end = offsetAt(model, range.end);
	for (const command of model.commands) {
		if (command.offset + command.length < start || command.offset > end) continue;
		if (diagnostics.some((d) => (d.data as BatFixData | undefined)?.fix === 'taskkill' && (d.data as { command: number }).command === command.index)) continue;
		if (!command.launch || !findTool(command.launch)?.replacement) continue;
		const single = taskkillEdit(model, command);
		if (single) actions.push({ title: `Replace with '${single.newText}'`, kind: CodeActionKind.RefactorRewrite, edit: edit(ctx, [single]) });
	}
	return actions;
}
