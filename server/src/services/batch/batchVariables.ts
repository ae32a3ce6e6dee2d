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
function arithmeticNames(command: BatchCommand, variables: readonly BatchVariable[]): { name: string; span: NameSpan }[] {
	const found: { name: string; span: NameSpan }[] = [];
	for (const arg of command.args.slice(1)) {
		const text = arg.text;
		let k = 0;
		while (k < text.length) {
			const at = arg.offset + k;
			// A name inside a `%…%`/`!…!` reference is that reference's, not a bare set /a name.
			if (!nameStart.test(text[k]) || (k > 0 && /[A-Za-z0-9_$#@.]/.test(text[k - 1])) || referenceAt(variables, at)) {
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

/** The reference (`%…%`, `!…!`, `%%x`) whose span holds `offset`, by binary search over the references in order. */
function referenceAt(variables: readonly BatchVariable[], offset: number): BatchVariable | undefined {
	let low = 0;
	let high = variables.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const variable = variables[middle];
		if (offset < variable.offset) high = middle - 1;
		else if (offset >= variable.offset + variable.length) low = middle + 1;
		else return variable;
	}
	return undefined;
}

/** Every place an environment variable is named, keyed by its lower-case name. */
export function envSymbols(model: BatchModel): Map<string, EnvSymbol> {
	const spans = new Map<string, NameSpan[]>();
	const setters = new Set<string>();
	// The first name of `set /a N+=1` is also an assignment: each place counts once.
	const seen = new Set<number>();
	const add = (name: string, span: NameSpan): void => {
		if (seen.has(span.offset)) return;
		seen.add(span.offset);
		const list = spans.get(name);
		if (list) list.push(span);
		else spans.set(name, [span]);
	};
	for (const assignment of model.assignments) {
		add(assignment.name, { offset: assignment.offset, length: assignment.length, write: true });
		setters.add(assignment.name);
	}
	for (const command of model.commands) {
		if (command.program === 'set' && command.args[0]?.value.toLowerCase() === '/a') {
			for (const { name, span } of arithmeticNames(command, model.variables)) {
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

/** Per model: where each `for` body ends, and the `for` commands by the letter they declare. */
interface LoopIndex {
	/** Exclusive end offset of the scope of the command at each index (its body, to the end of its line). */
	readonly scopeEnd: readonly number[];
	/** `for` commands in order with the reference they declare, by letter. */
	readonly declarations: ReadonlyMap<string, readonly { readonly command: BatchCommand; readonly declaration: BatchVariable }[]>;
}

const loopIndexes = new WeakMap<BatchModel, LoopIndex>();

/**
 * Computed once per model, in linear time: a body's end is the furthest end of
 * the commands and blocks it guards, gathered from the last command back
 * (a guard always comes before what it guards).
 */
function loopIndex(model: BatchModel): LoopIndex {
	const cached = loopIndexes.get(model);
	if (cached) return cached;
	const { commands, blocks, text } = model;
	const bodyEnd = commands.map((command) => command.offset + command.length);
	for (const block of blocks) if (block.guard !== null && block.close !== null) bodyEnd[block.guard] = Math.max(bodyEnd[block.guard], block.close + 1);
	for (let k = commands.length - 1; k >= 0; k--) {
		const guard = commands[k].guard;
		if (guard !== null && guard < k) bodyEnd[guard] = Math.max(bodyEnd[guard], bodyEnd[k]);
	}
	// The innermost block around each command (blocks nest), for a body on a line that a `)` ends.
	const enclosingClose: number[] = new Array<number>(commands.length).fill(Infinity);
	const open: number[] = [];
	let b = 0;
	for (const command of commands) {
		while (b < blocks.length && blocks[b].open < command.offset) {
			while (open.length > 0 && open[open.length - 1] < blocks[b].open) open.pop();
			open.push(blocks[b].close ?? Infinity);
			b++;
		}
		while (open.length > 0 && open[open.length - 1] < command.offset) open.pop();
		if (open.length > 0) enclosingClose[command.index] = open[open.length - 1];
	}
	const scopeEnd = commands.map((command) => {
		// `for … do echo %%v & echo %%v`: cmd.exe runs the whole rest of the line in the loop.
		const newline = text.indexOf('\n', bodyEnd[command.index]);
		return Math.min(newline === -1 ? text.length : newline, enclosingClose[command.index]);
	});
	const byOffset = new Map<number, BatchVariable>();
	for (const variable of model.variables) if (variable.kind === 'loop') byOffset.set(variable.offset, variable);
	const declarations = new Map<string, { command: BatchCommand; declaration: BatchVariable }[]>();
	for (const command of commands) {
		if (command.program !== 'for') continue;
		// The loop variable is the reference written just before `in`.
		const inWord = command.args.findIndex((arg) => arg.value.toLowerCase() === 'in');
		const word = command.args[inWord - 1];
		const declaration = word ? byOffset.get(word.offset) : undefined;
		if (!declaration || declaration.length !== word!.length) continue;
		const list = declarations.get(declaration.name);
		if (list) list.push({ command, declaration });
		else declarations.set(declaration.name, [{ command, declaration }]);
	}
	const index = { scopeEnd, declarations };
	loopIndexes.set(model, index);
	return index;
}

/** `tokens=1,2`, `tokens=1-3` or `tokens=2*` give more than one variable. */
function severalTokens(command: BatchCommand): boolean {
	if (!command.args.some((arg) => arg.value.toLowerCase() === '/f')) return false;
	return command.args.some((arg) => {
		const lower = arg.value.toLowerCase();
		const at = lower.indexOf('tokens=');
		if (at === -1) return false;
		// The value runs to the next blank or quote; read without a pattern that could backtrack.
		const value = lower.slice(at + 'tokens='.length).trimStart().split(/[\s"]/, 1)[0];
		return value.includes(',') || value.includes('-') || /\d\*/.test(value);
	});
}

/** The loop variable whose declaration or use is at `offset`, scoped to its `for`. */
export function loopSymbolAt(model: BatchModel, offset: number): LoopSymbol | { readonly undeclared: string } | undefined {
	const at = referenceAt(model.variables, offset) ?? model.variables.find((variable) => variable.kind === 'loop' && contains(variable, offset));
	if (!at || at.kind !== 'loop') return undefined;
	const { scopeEnd, declarations } = loopIndex(model);
	const candidates = declarations.get(at.name) ?? [];
	// The innermost `for` that declares this letter and whose scope holds the reference: the last one starting before it.
	let best: { command: BatchCommand; declaration: BatchVariable } | undefined;
	for (const candidate of candidates) {
		if (candidate.command.offset > at.offset) break;
		if (at.offset <= scopeEnd[candidate.command.index]) best = candidate;
	}
	if (!best) return { undeclared: at.text };
	const { command } = best;
	const end = scopeEnd[command.index];
	// A nested `for` that declares the same letter hides this one inside its scope: merged into disjoint ranges in order.
	const hidden: { start: number; end: number }[] = [];
	for (const other of candidates) {
		if (other.command.offset <= command.offset || other.command.offset > end) continue;
		const range = { start: other.command.offset, end: scopeEnd[other.command.index] };
		const last = hidden[hidden.length - 1];
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else hidden.push(range);
	}
	const spans: NameSpan[] = [];
	const others = new Set<string>();
	let h = 0;
	// The references are in offset order, so one pointer walks the hidden ranges.
	for (const variable of model.variables) {
		if (variable.kind !== 'loop' || variable.offset < command.offset || variable.offset > end) continue;
		if (variable.name !== at.name) {
			others.add(variable.name);
			continue;
		}
		while (h < hidden.length && hidden[h].end < variable.offset) h++;
		if (h < hidden.length && variable.offset >= hidden[h].start) continue;
		spans.push({ ...nameSpanOf(variable), write: variable === best.declaration });
	}
	return { kind: 'loop', name: at.name, spans, command, others, impliesNext: severalTokens(command) };
}
