/**
 * Service layer: where a batch script names each of its variables, for rename.
 *
 * Environment variables (case-insensitive, like cmd.exe) are named by
 * `set NAME=`, `set /p NAME=`, `set /a` expressions (bare names there are
 * variables: `set /a total=count*2`), `if defined NAME`, `%NAME%` with or
 * without an edit (`%NAME:~0,3%`, `%NAME:a=b%`) and, when the script enables
 * delayed expansion, `!NAME!`. A `rem` line is expanded by cmd.exe, so its
 * `%NAME%` is a use; a `::` line is a label that nothing expands, and the model
 * records no variables there. Plain words in comments are never names.
 *
 * `for` variables (`%%v`, case-sensitive) exist only in the body of the `for`
 * that declares them, so each declaration is its own symbol.
 */
import type { BatchCommand, BatchModel, BatchVariable } from '../../model/batchNodes';
import { contains } from './batchAnalysis';

/** Where a name is written: `offset`/`length` cover the name only (not `%`, `!`, `%%~dp` or an edit). */
export interface NameSpan {
	readonly offset: number;
	readonly length: number;
	/** Assigned here (`set NAME=`, `set /a NAME+=1`, a `for` declaration). */
	readonly write: boolean;
}

export interface EnvSymbol {
	readonly kind: 'env';
	/** Lower case. */
	readonly name: string;
	readonly spans: readonly NameSpan[];
	/** Whether the script itself sets the variable (`set`, `set /a`, `set /p`). */
	readonly setByScript: boolean;
}

export interface LoopSymbol {
	readonly kind: 'loop';
	/** As written: `%%i` and `%%I` are different variables. */
	readonly name: string;
	readonly spans: readonly NameSpan[];
	/** The `for` command that declares it. */
	readonly command: BatchCommand;
	/** Other loop variables used inside its scope (a rename must not collide with them). */
	readonly others: ReadonlySet<string>;
	/** `for /f "tokens=1,2"`: the following letters name the other tokens, so the letter cannot change alone. */
	readonly impliesNext: boolean;
}

export type VariableSymbol = EnvSymbol | LoopSymbol;

/** The name part of a `%NAME…%`, `!NAME…!` or `%%~xV` reference. */
export function nameSpanOf(variable: BatchVariable): { offset: number; length: number } {
	if (variable.kind === 'loop') return { offset: variable.offset + variable.length - 1, length: 1 };
	// `%` + name + edit + `%`: the edit is what `modifiers` holds.
	return { offset: variable.offset + 1, length: variable.length - 2 - variable.modifiers.length };
}

/** The first character of a `set /a` or `set` name, and the characters that end one. */
const nameStart = /[A-Za-z_$#@]/;
const nameEnd = /[\s=+\-*/%&|^<>!(),~"]/;

/** Every name of a `set /a` expression: `total=count*2, other+=total` gives total (write), count, other (write), total. */
function arithmeticNames(command: BatchCommand, skip: ReadonlySet<number>): { name: string; span: NameSpan }[] {
	const found: { name: string; span: NameSpan }[] = [];
	for (const arg of command.args.slice(1)) {
		const text = arg.text;
		let k = 0;
		while (k < text.length) {
			const at = arg.offset + k;
			if (!nameStart.test(text[k]) || (k > 0 && /[A-Za-z0-9_$#@.]/.test(text[k - 1])) || skip.has(at)) {
				k++;
				continue;
			}
			let end = k + 1;
			while (end < text.length && !nameEnd.test(text[end])) end++;
			const rest = text.slice(end).trimStart();
			// `a=…` and `a+=…` assign; `a==b` does not occur in set /a.
			const write = /^(?:[+\-*/%&|^]|<<|>>)?=/.test(rest);
			found.push({ name: text.slice(k, end).toLowerCase(), span: { offset: at, length: end - k, write } });
			k = end;
		}
	}
	return found;
}

/** The variable references inside a `%…%`/`!…!` span are not bare `set /a` names. */
function insideReferences(model: BatchModel, command: BatchCommand): Set<number> {
	const offsets = new Set<number>();
	for (const variable of model.variables) {
		if (variable.offset < command.offset || variable.offset > command.offset + command.length) continue;
		for (let k = variable.offset; k < variable.offset + variable.length; k++) offsets.add(k);
	}
	return offsets;
}

/** Every place an environment variable is named, keyed by its lower-case name. */
export function envSymbols(model: BatchModel): Map<string, EnvSymbol> {
	const spans = new Map<string, NameSpan[]>();
	const setters = new Set<string>();
	const add = (name: string, span: NameSpan): void => {
		const list = spans.get(name);
		if (list) {
			if (!list.some((item) => item.offset === span.offset)) list.push(span);
		} else spans.set(name, [span]);
	};
	for (const assignment of model.assignments) {
		add(assignment.name, { offset: assignment.offset, length: assignment.length, write: true });
		setters.add(assignment.name);
	}
	for (const command of model.commands) {
		if (command.program === 'set' && command.args[0]?.value.toLowerCase() === '/a') {
			for (const { name, span } of arithmeticNames(command, insideReferences(model, command))) {
				add(name, span);
				if (span.write) setters.add(name);
			}
		}
		if (command.program === 'if') {
			let k = 0;
			if (command.args[k]?.value.toLowerCase() === '/i') k++;
			if (command.args[k]?.value.toLowerCase() === 'not') k++;
			const word = command.args[k + 1];
			if (command.args[k]?.value.toLowerCase() === 'defined' && word && !word.quoted && /^[^%!]+$/.test(word.text)) add(word.text.toLowerCase(), { offset: word.offset, length: word.length, write: false });
		}
	}
	for (const variable of model.variables) {
		if (variable.kind !== 'env' && variable.kind !== 'delayed') continue;
		add(variable.name, { ...nameSpanOf(variable), write: false });
	}
	const symbols = new Map<string, EnvSymbol>();
	for (const [name, list] of spans) symbols.set(name, { kind: 'env', name, spans: list.sort((a, b) => a.offset - b.offset), setByScript: setters.has(name) });
	return symbols;
}

/** The commands guarded (directly or through nested blocks and commands) by the one at `index`. */
function bodyOf(model: BatchModel, index: number): { commands: BatchCommand[]; end: number } {
	const inBody = new Set<number>([index]);
	const commands: BatchCommand[] = [];
	let end = model.commands[index].offset + model.commands[index].length;
	// Guards always come before what they guard, so one pass in order finds the whole body.
	for (const command of model.commands) {
		if (command.index <= index || command.guard === null || !inBody.has(command.guard)) continue;
		inBody.add(command.index);
		commands.push(command);
		end = Math.max(end, command.offset + command.length);
	}
	for (const block of model.blocks) if (block.guard !== null && inBody.has(block.guard) && block.close !== null) end = Math.max(end, block.close + 1);
	// `for … do echo %%v & echo %%v`: cmd.exe runs the whole rest of the line in the loop.
	const line = lineEnd(model, end);
	const enclosing = model.blocks.filter((block) => block.open < model.commands[index].offset && block.close !== null && block.close >= end).map((block) => block.close!);
	return { commands, end: Math.min(line, ...enclosing) };
}

function lineEnd(model: BatchModel, offset: number): number {
	const newline = model.text.indexOf('\n', offset);
	return newline === -1 ? model.text.length : newline;
}

/** The loop variable a `for` declares (the reference written before `in`), if any. */
function declaredBy(model: BatchModel, command: BatchCommand): BatchVariable | undefined {
	if (command.program !== 'for') return undefined;
	const inWord = command.args.findIndex((arg) => arg.value.toLowerCase() === 'in');
	const declaration = command.args[inWord - 1];
	if (!declaration) return undefined;
	return model.variables.find((variable) => variable.kind === 'loop' && variable.offset === declaration.offset && variable.length === declaration.length);
}

/** `tokens=1,2`, `tokens=1-3` or `tokens=2*` give more than one variable. */
function severalTokens(command: BatchCommand): boolean {
	if (!command.args.some((arg) => arg.value.toLowerCase() === '/f')) return false;
	return command.args.some((arg) => /tokens=\s*[^\s"]*(?:[,-]|\d\*)/i.test(arg.value));
}

/** The loop variable whose declaration or use is at `offset`, scoped to its `for`. */
export function loopSymbolAt(model: BatchModel, offset: number): LoopSymbol | { readonly undeclared: string } | undefined {
	const at = model.variables.find((variable) => variable.kind === 'loop' && contains(variable, offset));
	if (!at) return undefined;
	// The innermost `for` that declares this letter and whose scope holds the reference.
	let best: { command: BatchCommand; end: number; declaration: BatchVariable } | undefined;
	for (const command of model.commands) {
		const declaration = declaredBy(model, command);
		if (!declaration || declaration.name !== at.name || command.offset > at.offset) continue;
		const { end } = bodyOf(model, command.index);
		if (at.offset <= end && (!best || command.offset > best.command.offset)) best = { command, end, declaration };
	}
	if (!best) return { undeclared: at.text };
	const { command, end } = best;
	// A nested `for` that declares the same letter hides this one inside its body.
	const hidden: { start: number; end: number }[] = [];
	for (const other of model.commands) {
		if (other === command || other.offset <= command.offset || other.offset > end) continue;
		if (declaredBy(model, other)?.name === at.name) hidden.push({ start: other.offset, end: bodyOf(model, other.index).end });
	}
	const spans: NameSpan[] = [];
	const others = new Set<string>();
	for (const variable of model.variables) {
		if (variable.kind !== 'loop' || variable.offset < command.offset || variable.offset > end) continue;
		if (variable.name !== at.name) {
			others.add(variable.name);
			continue;
		}
		if (hidden.some((range) => variable.offset >= range.start && variable.offset <= range.end)) continue;
		spans.push({ ...nameSpanOf(variable), write: variable === best.declaration });
	}
	return { kind: 'loop', name: at.name, spans, command, others, impliesNext: severalTokens(command) };
}
