/**
 * Service layer: rename and document highlight for batch scripts.
 *
 * Labels: the `:label` lines and every `goto label`, `goto :label` and
 * `call :label` that names them, matched case-insensitively as cmd.exe does.
 * `goto :eof` is not a label reference and is never touched. A script that
 * jumps to a label built from a variable (`goto %NEXT%`) is not renamed:
 * Reseal cannot see which label that jump reaches.
 *
 * Variables (`batchVariables.ts` finds their names): an environment variable
 * the script sets, everywhere it is named, case-insensitively; a `for`
 * variable within the body of its `for`. Arguments (`%1`, `%~dp0`) have no
 * name, and a variable the script never sets comes from Windows or the caller,
 * so renaming it in one script would break it: both are refused with a reason.
 *
 * Highlight shows the same places, for labels and variables.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position, type TextEdit } from 'vscode-languageserver-types';
import type { BatchModel } from '../../model/batchNodes';
import type { PrepareRenameResult, RenameResult } from '../kindService';
import { contains, offsetAt, wordRange } from './batchAnalysis';
import { spacedVariables, wellKnownVariables } from '../../knowledge/batchCommands';
import { envSymbols, loopSymbolAt, nameSpanOf, type EnvSymbol, type LoopSymbol, type NameSpan } from './batchVariables';

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

// ---------------------------------------------------------------- variables

/** The variables Windows defines, by lower-case name. */
const windowsVariables = new Map([...wellKnownVariables, ...spacedVariables].map((variable) => [variable.name.toLowerCase(), variable.name]));

type VariableAt = { symbol: EnvSymbol | LoopSymbol; span: NameSpan } | { error: string } | undefined;

/** The variable named at `offset`: its symbol and the name under the cursor, why it cannot be renamed, or undefined. */
function variableAt(model: BatchModel, offset: number): VariableAt {
	const reference = model.variables.find((item) => contains(item, offset));
	if (reference?.kind === 'param') return { error: `${reference.text} is an argument of the script or subroutine; it has no name to rename.` };
	if (reference?.kind === 'loop') {
		const loop = loopSymbolAt(model, offset);
		if (!loop) return undefined;
		if ('undeclared' in loop) return { error: `${loop.undeclared} is not declared by a for around it (a for /f with several tokens names it after its own variable); rename the variable that for declares.` };
		if (loop.impliesNext) return { error: `This for /f reads several tokens into %%${loop.name} and the letters after it; renaming %%${loop.name} alone would give those tokens other variables.` };
		const name = nameSpanOf(reference);
		return { symbol: loop, span: loop.spans.find((span) => span.offset === name.offset) ?? { ...name, write: false } };
	}
	const symbols = envSymbols(model);
	let found: { symbol: EnvSymbol; span: NameSpan } | undefined;
	if (reference) {
		const symbol = symbols.get(reference.name);
		const name = nameSpanOf(reference);
		const span = symbol?.spans.find((item) => item.offset === name.offset);
		if (symbol && span) found = { symbol, span };
	} else {
		for (const symbol of symbols.values()) {
			const span = symbol.spans.find((item) => contains(item, offset));
			if (span) found = { symbol, span };
		}
	}
	if (!found) return undefined;
	if (!found.symbol.setByScript) {
		const written = model.text.slice(found.span.offset, found.span.offset + found.span.length);
		const windows = windowsVariables.get(found.symbol.name);
		return {
			error: windows
				? `%${windows}% is defined by Windows and this script never sets it; renaming it here would break every use. Reseal renames variables the script sets.`
				: `This script never sets ${written}: its value comes from the caller's environment, so renaming it in this script alone would break it.`,
		};
	}
	return found;
}

/** `set` names Reseal writes: a letter or `_`, then letters, digits and `_` (no character cmd.exe or `set /a` reads as an operator). */
const goodVariable = /^[A-Za-z_][A-Za-z0-9_]*$/;

function renameVariable(model: BatchModel, found: { symbol: EnvSymbol | LoopSymbol }, newName: string): RenameResult {
	const { symbol } = found;
	if (symbol.kind === 'loop') {
		const letter = newName.replace(/^%%/, '');
		if (!/^[A-Za-z]$/.test(letter)) return { error: `'${newName}' cannot name a for variable: in a script it is %% and one letter.` };
		if (letter !== symbol.name && symbol.others.has(letter)) return { error: `%%${letter} is already used inside this for.` };
		return { edits: symbol.spans.map((span) => ({ range: wordRange(model, span), newText: letter })) };
	}
	if (!goodVariable.test(newName)) return { error: `'${newName}' cannot be a variable name here: use a letter or _ followed by letters, digits or _.` };
	const target = newName.toLowerCase();
	if (target !== symbol.name) {
		const windows = windowsVariables.get(target);
		if (windows) return { error: `%${windows}% is a variable Windows defines; pick another name.` };
		if (envSymbols(model).has(target)) return { error: `The script already uses a variable ${newName}.` };
	}
	return { edits: symbol.spans.map((span) => ({ range: wordRange(model, span), newText: newName })) };
}

// ---------------------------------------------------------------- requests

/** What a rename at `position` changes: a label, a variable, why neither may be renamed, or null for nothing. */
function renameTargetAt(model: BatchModel, position: Position): { label: { name: string; span: Span } } | { variable: Exclude<VariableAt, { error: string } | undefined> } | { error: string } | null {
	const offset = offsetAt(model, position);
	const label = labelAt(model, offset);
	if (!label) {
		const variable = variableAt(model, offset);
		if (!variable) return null;
		return 'error' in variable ? variable : { variable };
	}
	const why = refusal(model, label.name);
	return why ? { error: why } : { label };
}

export function prepareRenameBatch(model: BatchModel, position: Position): PrepareRenameResult | null {
	const target = renameTargetAt(model, position);
	if (!target || 'error' in target) return target;
	const { span } = 'label' in target ? target.label : target.variable;
	return { range: wordRange(model, span), placeholder: model.text.slice(span.offset, span.offset + span.length) };
}

/** Characters that end a label name for cmd.exe, plus those that would expand or quote. */
const badLabel = /[\s+:;,=<>|&^%!"()]/;

export function renameBatch(model: BatchModel, position: Position, newName: string): RenameResult | null {
	const target = renameTargetAt(model, position);
	if (!target || 'error' in target) return target;
	if ('variable' in target) return renameVariable(model, target.variable, newName);
	const symbol = target.label;
	if (newName === '' || badLabel.test(newName)) return { error: `'${newName}' cannot be a label name: spaces and the characters + : ; , = < > | & ^ % ! " ( ) end or change a label.` };
	const lower = newName.toLowerCase();
	if (lower === 'eof') return { error: '`:eof` is the end of the script for `goto :eof`; pick another name.' };
	if (lower !== symbol.name && model.labels.some((label) => label.name === lower)) return { error: `The script already has a label :${newName}.` };
	const edits: TextEdit[] = labelSpans(model, symbol.name).map(({ span }) => ({ range: wordRange(model, span), newText: newName }));
	return { edits };
}

export function highlightsBatch(model: BatchModel, position: Position): DocumentHighlight[] {
	const offset = offsetAt(model, position);
	const label = labelAt(model, offset);
	if (label) return labelSpans(model, label.name).map(({ span, definition }) => ({ range: wordRange(model, span), kind: definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
	// The places a rename would change, also for variables it refuses to rename (a Windows variable, an argument-free `for /f` letter).
	const reference = model.variables.find((item) => contains(item, offset));
	let spans: readonly NameSpan[] | undefined;
	if (reference?.kind === 'loop') {
		const loop = loopSymbolAt(model, offset);
		spans = loop && 'spans' in loop ? loop.spans : undefined;
	} else if (reference?.kind !== 'param') {
		const symbols = envSymbols(model);
		spans = reference ? symbols.get(reference.name)?.spans : [...symbols.values()].find((symbol) => symbol.spans.some((span) => contains(span, offset)))?.spans;
	}
	return (spans ?? []).map((span) => ({ range: wordRange(model, span), kind: span.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
