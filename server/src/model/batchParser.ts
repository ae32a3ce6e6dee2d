/**
 * Model layer: a parser for cmd.exe batch scripts (`.bat`/`.cmd`).
 *
 * It follows cmd.exe's own reading closely enough not to lie about a
 * script: logical lines joined by a trailing `^`, `@`, `rem` and `::`
 * comments, `:labels`, parenthesised blocks spanning lines (an unescaped `)`
 * closes the innermost block even in the middle of an `echo`), `if … else`,
 * `for … in (…) do`, the `&`, `&&`, `||` and `|` operators, redirections,
 * `"` quoting, `^` escapes and the `%var%`, `%~dp0`, `%%i` and `!var!`
 * references.
 *
 * **Invariant:** the parser never throws and runs in linear time without
 * recursion; it returns the model with `problems`.
 */
import type {
	BatchAssignment,
	BatchDetachedBody,
	BatchEofJump,
	BatchBlock,
	BatchCommand,
	BatchComment,
	BatchConnector,
	BatchLabel,
	BatchLabelRef,
	BatchLaunch,
	BatchModel,
	BatchProblem,
	BatchRedirect,
	BatchVariable,
	BatchWord,
} from './batchNodes';
import { isRegExpWhitespace } from '../util/text';
import { batchCommands } from '../knowledge/batchCommands';
import { externalTools } from '../knowledge/externalTools';

export type * from './batchNodes';

/** Internal commands whose name may be glued to what follows (`echo.`, `cd\`, `goto:eof`). */
const gluedInternals = new Set(['echo', 'cd', 'chdir', 'rem', 'goto', 'call', 'md', 'mkdir', 'rd', 'rmdir', 'dir', 'cls', 'type', 'exit', 'title', 'pause', 'set', 'if', 'for', 'start', 'del', 'erase', 'copy', 'ren', 'rename', 'move', 'path', 'prompt', 'ver', 'vol', 'pushd', 'popd', 'color', 'setlocal', 'endlocal', 'shift', 'verify']);
/** What may follow a glued internal command's name. */
const gluedSeparators = new Set(['.', '/', '\\', ':', '(', '+', '[', ']', ';', ',', '=']);
const ifUnary = new Set(['exist', 'defined', 'errorlevel', 'cmdextversion']);
const ifOperators = new Set(['equ', 'neq', 'lss', 'leq', 'gtr', 'geq']);

function isBlank(c: string): boolean {
	return c === ' ' || c === '\t' || c === '\r' || c === '\x0b' || c === '\x0c' || c === '\xa0';
}

/** Offsets of the first character of every physical line. */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	let index = text.indexOf('\n');
	while (index !== -1) {
		starts.push(index + 1);
		index = text.indexOf('\n', index + 1);
	}
	return starts;
}

/** The 0-based line containing `offset`. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
	let low = 0;
	let high = lineStarts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (lineStarts[mid] <= offset) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** LSP-style position of an offset (0-based line and UTF-16 character). */
export function positionOf(model: Pick<BatchModel, 'lineStarts' | 'text'>, offset: number): { line: number; character: number } {
	const clamped = Math.max(0, Math.min(offset, model.text.length));
	const line = lineOfOffset(model.lineStarts, clamped);
	// A range that runs into the line break ends at the end of the line's text, as LSP counts it.
	let contentEnd = line + 1 < model.lineStarts.length ? model.lineStarts[line + 1] - 1 : model.text.length;
	if (contentEnd > model.lineStarts[line] && model.text[contentEnd - 1] === '\r') contentEnd--;
	return { line, character: Math.min(clamped, contentEnd) - model.lineStarts[line] };
}

/** Offset of an LSP-style position, clamped into the line. */
export function offsetOf(model: Pick<BatchModel, 'lineStarts' | 'text'>, position: { line: number; character: number }): number {
	if (position.line < 0) return 0;
	if (position.line >= model.lineStarts.length) return model.text.length;
	const start = model.lineStarts[position.line];
	const next = position.line + 1 < model.lineStarts.length ? model.lineStarts[position.line + 1] : model.text.length;
	let end = next;
	if (end > start && model.text[end - 1] === '\n') end--;
	if (end > start && model.text[end - 1] === '\r') end--;
	return Math.min(start + Math.max(0, position.character), end);
}

/** A command word's program: lower-case base name and the extension written. */
export interface ProgramName {
	readonly program: string;
	readonly extension: string;
}

/** Lower-case program name of a command word (`C:\Sysprep\sysprep.exe` → `sysprep`). */
export function programOf(value: string): ProgramName {
	const trimmed = value.trim();
	const slash = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
	let base = trimmed.slice(slash + 1).toLowerCase();
	if (base.includes('%') || base.includes('!') || base === '') return { program: '', extension: '' };
	const match = /\.(exe|com|bat|cmd)$/.exec(base);
	let extension = '';
	if (match) {
		extension = match[0];
		base = base.slice(0, -extension.length);
	}
	return { program: base, extension };
}

/**
 * A word of the script without quotes or carets. It keeps only its position: `text`
 * (and `value`, the same) is sliced from the script when read. A 5,000-line script
 * has some 15,000 words, nearly all of them plain.
 */
class Word implements BatchWord {
	constructor(
		private readonly src: string,
		readonly offset: number,
		readonly length: number,
	) {}
	get text(): string {
		return this.src.slice(this.offset, this.offset + this.length);
	}
	get value(): string {
		return this.text;
	}
	get quoted(): boolean {
		return false;
	}
}

/** A word whose quotes or carets make `value` differ from `text`; it stores `value`. */
class EscapedWord extends Word {
	constructor(
		src: string,
		offset: number,
		length: number,
		private readonly hasQuotes: boolean,
		private readonly unescaped: string,
	) {
		super(src, offset, length);
	}
	override get value(): string {
		return this.unescaped;
	}
	override get quoted(): boolean {
		return this.hasQuotes;
	}
}

/** Shared by every command without arguments or redirections; the parser never writes to them. */
const noWords: BatchWord[] = Object.freeze([]) as unknown as BatchWord[];
const noRedirects: BatchRedirect[] = Object.freeze([]) as unknown as BatchRedirect[];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

class Parser {
	private i = 0;
	private readonly n: number;
	private readonly lineStarts: number[];
	private readonly commands: BatchCommand[] = [];
	private readonly blocks: BatchBlock[] = [];
	private readonly stack: number[] = [];
	private readonly labels: BatchLabel[] = [];
	private readonly labelRefs: BatchLabelRef[] = [];
	private readonly comments: BatchComment[] = [];
	private readonly problems: BatchProblem[] = [];
	private readonly eofJumps: BatchEofJump[] = [];
	private readonly detachedBodies: BatchDetachedBody[] = [];
	/** The block closed last (its index), for the check of text after a `)`. */
	private lastClosed = -1;
	/**
	 * A `)` closed a block early (reported there): from then on the blocks no longer line up
	 * with what the author wrote, so the stray `)` it leaves behind are not reported again.
	 */
	private misaligned = false;
	/** Commands that ended in a bare `(` argument: cmd.exe runs the lines after them, and ignores the `)` that follows. */
	private orphanOpens = 0;
	/** Program names by command word, so commands running the same program share its strings. */
	private readonly programs = new Map<string, ProgramName>();
	/**
	 * The arguments of the command being read: the first `openCount` slots. They are
	 * collected here and copied once, at their exact size, when the command is complete
	 * (`sealArguments`); until then the command's `args` is empty.
	 */
	private readonly openArguments: BatchWord[] = [];
	private openCount = 0;
	/** The line of the last `line()` answer: offsets mostly grow, so the next answer is found by walking forward. */
	private lineCursor = 0;

	constructor(private readonly text: string) {
		this.n = text.length;
		this.lineStarts = computeLineStarts(text);
	}

	run(): BatchModel {
		// A byte-order mark the decoder left in the text is not part of the first word; `bat.utf8-bom` reports it.
		if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
		while (this.i < this.n) {
			const before = this.i;
			this.parseLine();
			if (this.i <= before) this.i = before + 1; // NOTE: guarantees progress whatever the input.
		}
		for (const open of this.stack) {
			const block = this.blocks[open];
			this.problems.push({
				code: 'bat.unbalanced-parens',
				offset: block.open,
				length: 1,
				message: "This '(' is never closed; cmd.exe reads the rest of the script as part of the block.",
			});
		}
		const delayedExpansion = this.commands.some(
			(command) =>
				(command.program === 'setlocal' && command.args.some((arg) => arg.value.toLowerCase() === 'enabledelayedexpansion')) ||
				(command.program === 'cmd' && command.args.some((arg) => arg.value.toLowerCase().startsWith('/v:on'))),
		);
		const notBatch = detectNotBatch(this.text);
		return {
			text: this.text,
			lineStarts: this.lineStarts,
			commands: this.commands,
			blocks: this.blocks,
			labels: this.labels,
			labelRefs: this.labelRefs,
			comments: this.comments,
			variables: scanVariables(this.text, this.lineStarts, this.comments, delayedExpansion),
			assignments: this.collectAssignments(),
			eofJumps: this.eofJumps,
			detachedBodies: this.detachedBodies,
			delayedExpansion,
			notBatch,
			problems: notBatch ? [...this.problems, notBatch] : this.problems,
		};
	}

	/**
	 * Gives the command its arguments at their exact size (a pushed-to array keeps room
	 * for 17); commands without arguments share one empty list. Called once per command,
	 * when its last argument has been read and before anything looks at `args`.
	 */
	private sealArguments(command: BatchCommand): void {
		(command as Mutable<BatchCommand>).args = this.openCount === 0 ? noWords : this.openArguments.slice(0, this.openCount);
		this.openCount = 0;
	}

	/** Adds an argument to the command being read, without touching its span. */
	private collectArgument(word: BatchWord): void {
		this.openArguments[this.openCount++] = word;
	}

	/** Adds an argument to the command being read and extends its span over it. */
	private addArgument(command: BatchCommand, word: BatchWord): void {
		this.collectArgument(word);
		this.extend(command, word.offset + word.length);
	}

	private programOf(value: string): ProgramName {
		let known = this.programs.get(value);
		if (!known) {
			known = programOf(value);
			this.programs.set(value, known);
		}
		return known;
	}

	private line(offset: number): number {
		const starts = this.lineStarts;
		let line = this.lineCursor;
		if (starts[line] > offset) line = lineOfOffset(starts, offset);
		else while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
		this.lineCursor = line;
		return line;
	}

	private atEol(): boolean {
		return this.i >= this.n || this.text[this.i] === '\n';
	}

	/** Length of a `^` line continuation at `index`, or 0. */
	private continuation(index: number): number {
		if (this.text[index] !== '^') return 0;
		if (this.text[index + 1] === '\n') return 2;
		if (this.text[index + 1] === '\r' && this.text[index + 2] === '\n') return 3;
		return 0;
	}

	private skipBlanks(commandStart = false): void {
		while (this.i < this.n) {
			const c = this.text[this.i];
			if (isBlank(c) || (commandStart && (c === ',' || c === ';' || c === '='))) this.i++;
			else {
				const cont = this.continuation(this.i);
				if (cont === 0) return;
				this.i += cont;
			}
		}
	}

	/** The current offset without a trailing carriage return (never before `floor`). */
	private trimmedEnd(floor: number): number {
		return this.i > floor && this.text[this.i - 1] === '\r' ? this.i - 1 : this.i;
	}

	private skipToEol(): void {
		const next = this.text.indexOf('\n', this.i);
		this.i = next === -1 ? this.n : next;
	}

	private consumeEol(): void {
		if (this.i < this.n && this.text[this.i] === '\n') this.i++;
	}

	private isRedirectStart(): boolean {
		const c = this.text[this.i];
		if (c === '>' || c === '<') return true;
		if (c >= '0' && c <= '9') {
			const next = this.text[this.i + 1];
			return next === '>' || next === '<';
		}
		return false;
	}

	/** Reads one argument; stops at blanks, operators, redirections and (inside a block) `)`. */
	private readWord(): BatchWord | null {
		const start = this.i;
		const depth = this.stack.length;
		let value = '';
		let run = this.i;
		let inQuote = false;
		let quoted = false;
		/** A quote or caret was met: `value` differs from the text. */
		let escaped = false;
		while (this.i < this.n) {
			const c = this.text[this.i];
			if (c === '\n') break;
			if (inQuote) {
				if (c === '"') {
					value += this.text.slice(run, this.i);
					inQuote = false;
					this.i++;
					run = this.i;
				} else this.i++;
				continue;
			}
			if (c === '"') {
				value += this.text.slice(run, this.i);
				inQuote = true;
				quoted = true;
				escaped = true;
				this.i++;
				run = this.i;
				continue;
			}
			if (c === '^') {
				escaped = true;
				value += this.text.slice(run, this.i);
				const cont = this.continuation(this.i);
				if (cont > 0) {
					this.i += cont;
					run = this.i;
					continue;
				}
				if (this.i + 1 < this.n && this.text[this.i + 1] !== '\n') {
					value += this.text[this.i + 1];
					this.i += 2;
				} else this.i++;
				run = this.i;
				continue;
			}
			if (isBlank(c) || c === '&' || c === '|' || c === '<' || c === '>' || (c === ')' && depth > 0)) break;
			this.i++;
		}
		if (this.i === start) return null;
		return escaped ? new EscapedWord(this.text, start, this.i - start, quoted, value + this.text.slice(run, this.i)) : new Word(this.text, start, this.i - start);
	}

	private readRedirect(): BatchRedirect {
		const start = this.i;
		if (this.text[this.i] >= '0' && this.text[this.i] <= '9') this.i++;
		const c = this.text[this.i];
		this.i++;
		if (c === '>' && this.text[this.i] === '>') this.i++;
		let target: BatchWord | undefined;
		if (this.text[this.i] === '&' && /[0-9]/.test(this.text[this.i + 1] ?? '')) {
			this.i += 2;
		} else {
			this.skipBlanks();
			if (!this.atEol() && !this.isRedirectStart() && this.text[this.i] !== '&' && this.text[this.i] !== '|') {
				target = this.readWord() ?? undefined;
			}
		}
		const end = target ? target.offset + target.length : this.i;
		return { op: this.text.slice(start, target ? Math.min(this.i, target.offset) : this.i).trimEnd(), offset: start, length: end - start, target };
	}

	/** The next argument on this logical line, or null at an operator or the end. */
	private nextWord(): BatchWord | null {
		this.skipBlanks();
		if (this.atEol()) return null;
		const c = this.text[this.i];
		if (c === '&' || c === '|' || (c === ')' && this.stack.length > 0) || this.isRedirectStart()) return null;
		return this.readWord();
	}

	/** A new command; its arguments collect in `openArguments` until `sealArguments`. */
	private newCommand(name: BatchWord, program: string, start: number, silent: boolean, connector: BatchCommand['connector'], guard: number | null, redirects: BatchRedirect[]): BatchCommand {
		const innerGuard = guard ?? (this.stack.length > 0 ? this.blocks[this.stack[this.stack.length - 1]].guard : null);
		const command: BatchCommand = {
			index: this.commands.length,
			offset: start,
			length: name.offset + name.length - start,
			line: this.line(name.offset),
			name,
			program,
			args: noWords,
			redirects,
			silent,
			depth: this.stack.length,
			connector,
			guard: innerGuard,
		};
		this.commands.push(command);
		return command;
	}

	private addRedirect(command: BatchCommand, redirect: BatchRedirect): void {
		if (command.redirects === noRedirects) (command as Mutable<BatchCommand>).redirects = [redirect];
		else command.redirects.push(redirect);
	}

	private extend(command: BatchCommand, end: number): void {
		if (end - command.offset > command.length) command.length = end - command.offset;
	}

	/**
	 * Length of the internal command glued to what follows in `echo.`, `cd\`, `goto:eof`
	 * (`/^([A-Za-z]+)[.\/\\:(+[\];,=]/` with a name from `gluedInternals`), or 0.
	 */
	private gluedNameLength(word: BatchWord): number {
		if (word.quoted) return 0;
		const start = word.offset;
		const end = start + word.length;
		let k = start;
		while (k < end && isLetter(this.text.charCodeAt(k))) k++;
		if (k === start || k === end || !gluedSeparators.has(this.text[k])) return 0;
		return gluedInternals.has(this.text.slice(start, k).toLowerCase()) ? k - start : 0;
	}

	/** What follows the glued command name (`.` of `echo.`, `:eof` of `goto:eof`). */
	private gluedRest(word: BatchWord, cut: number): BatchWord {
		const text = word.text;
		const value = word.value;
		return value === text ? new Word(this.text, word.offset + cut, text.length - cut) : new EscapedWord(this.text, word.offset + cut, text.length - cut, false, value.slice(cut));
	}

	private openBlock(guard: number | null): void {
		this.blocks.push({ open: this.i, close: null, openLine: this.line(this.i), closeLine: null, guard });
		this.stack.push(this.blocks.length - 1);
		this.i++;
	}

	private closeBlock(): number | null {
		const index = this.stack.pop()!;
		const block = this.blocks[index];
		block.close = this.i;
		block.closeLine = this.line(this.i);
		this.lastClosed = index;
		this.i++;
		return block.guard;
	}

	private parseLabelLine(): void {
		const colon = this.i;
		if (this.text[colon + 1] === ':') {
			this.skipToEol();
			this.comments.push({ offset: colon, length: this.trimmedEnd(colon) - colon, line: this.line(colon), kind: '::' });
			return;
		}
		let end = colon + 1;
		while (end < this.n && !endsLabel(this.text.charCodeAt(end))) end++;
		const text = this.text.slice(colon + 1, end);
		if (text.length > 0) {
			this.labels.push({ name: text.toLowerCase(), text, offset: colon + 1, length: text.length, line: this.line(colon), depth: this.stack.length });
		}
		this.skipToEol();
	}

	private parseLine(): void {
		this.skipBlanks();
		if (this.atEol()) {
			this.consumeEol();
			return;
		}
		if (this.text[this.i] === ':') {
			this.parseLabelLine();
			this.consumeEol();
			return;
		}
		let state: 'start' | 'after' | 'afterClose' = 'start';
		let connector: BatchCommand['connector'] = null;
		let guard: number | null = null;
		let silent = false;
		let closedGuard: number | null = null;
		let pendingRedirects: BatchRedirect[] = noRedirects;
		let commandStart = -1;
		let elseWord: BatchWord | null = null;
		while (!this.atEol()) {
			const before = this.i;
			const c = this.text[this.i];
			if (state === 'start') {
				this.skipBlanks(true);
				if (this.atEol()) break;
				const d = this.text[this.i];
				if (commandStart < 0) commandStart = this.i;
				if (d === '@') {
					silent = true;
					this.i++;
				} else if (d === '(') {
					this.openBlock(guard);
					guard = null;
					connector = null;
					commandStart = -1;
				} else if (d === ')') {
					if (this.stack.length > 0) {
						closedGuard = this.closeBlock();
						state = 'afterClose';
					} else if (this.misaligned || this.orphanOpens > 0) {
						// The block this `)` was meant to close already ended early (reported there), or
						// it ends the lines after a command that ended in `(`; either way cmd.exe skips it.
						if (!this.misaligned) this.orphanOpens--;
						this.skipToEol();
					} else {
						const start = this.i;
						this.skipToEol();
						this.problems.push({
							code: 'bat.unbalanced-parens',
							offset: start,
							length: 1,
							message: "This ')' closes no block, so cmd.exe ignores the whole line. An unescaped ')' earlier (for example in an echo inside the block) may have closed the block already; write it as '^)'.",
						});
					}
					commandStart = -1;
				} else if (d === '&' || d === '|') {
					this.i += this.text[this.i + 1] === d ? 2 : 1;
				} else if (this.isRedirectStart()) {
					if (pendingRedirects === noRedirects) pendingRedirects = [];
					pendingRedirects.push(this.readRedirect());
				} else {
					const raw = this.readWord();
					if (!raw) {
						this.i++;
						continue;
					}
					const cut = this.gluedNameLength(raw);
					const name = cut === 0 ? raw : new Word(this.text, raw.offset, cut);
					const glued = cut === 0 ? null : this.gluedRest(raw, cut);
					const known = this.programOf(name.value);
					const command = this.newCommand(name, known.program, commandStart, silent, connector, guard, pendingRedirects);
					pendingRedirects = noRedirects;
					silent = false;
					connector = null;
					guard = null;
					commandStart = -1;
					if (command.program === 'rem' && name.text.toLowerCase() === 'rem') {
						const start = command.offset;
						this.skipToEol();
						this.comments.push({ offset: start, length: this.trimmedEnd(start) - start, line: command.line, kind: 'rem' });
						if (glued) this.collectArgument(glued);
						this.sealArguments(command);
						this.extend(command, this.i);
						break;
					}
					if (glued) this.collectArgument(glued);
					if (command.program === 'if' && name.text.toLowerCase() === 'if') {
						this.parseIfCondition(command);
						this.sealArguments(command);
						guard = command.index;
						continue;
					}
					if (command.program === 'for' && name.text.toLowerCase() === 'for') {
						const hasBody = this.parseForHeader(command);
						this.sealArguments(command);
						if (hasBody) guard = command.index;
						continue;
					}
					this.parseArguments(command);
					this.sealArguments(command);
					const last = command.args[command.args.length - 1];
					if (last && last.text === '(' && command.program !== 'echo' && this.atEol()) this.orphanOpens++;
					this.finishCommand(command, known);
					state = 'after';
				}
			} else {
				this.skipBlanks();
				if (this.atEol()) break;
				const d = this.text[this.i];
				if (d === '&' || d === '|') {
					const doubled = this.text[this.i + 1] === d;
					connector = (doubled ? d + d : d) as BatchConnector;
					this.i += doubled ? 2 : 1;
					state = 'start';
					guard = null;
				} else if (d === ')' && this.stack.length > 0) {
					closedGuard = this.closeBlock();
					state = 'afterClose';
				} else if (this.isRedirectStart()) {
					const redirect = this.readRedirect();
					const last = this.commands[this.commands.length - 1];
					if (state === 'after' && last) {
						this.addRedirect(last, redirect);
						this.extend(last, redirect.offset + redirect.length);
					}
				} else {
					const word = this.readWord();
					if (state === 'afterClose' && word && word.value.toLowerCase() === 'else') {
						elseWord = word;
						connector = 'else';
						guard = closedGuard;
						state = 'start';
					} else if (!word) this.i++;
					else if (state === 'afterClose') {
						this.reportTextAfterClose(word);
						this.skipToEol();
					}
				}
			}
			if (this.i === before && c === this.text[this.i]) this.i++; // NOTE: progress guard.
		}
		if (state === 'start' && guard !== null) this.recordDetachedBody(guard, connector === 'else' ? elseWord : null);
		this.consumeEol();
	}

	/**
	 * An `if`, `for … do` or `else` whose line ends before its command: cmd.exe does not look
	 * on the next line, so a `(` block there is not its body.
	 */
	private recordDetachedBody(guard: number, elseWord: BatchWord | null): void {
		let k = this.i;
		while (k < this.n && (isBlank(this.text[k]) || this.text[k] === '\n')) k++;
		const command = this.commands[guard];
		const start = elseWord ? elseWord.offset : command.offset;
		const end = this.trimmedEnd(this.lineStarts[this.line(this.i)]);
		this.detachedBodies.push({ command: guard, keyword: elseWord ? 'else' : command.name.text.toLowerCase(), offset: start, length: Math.max(0, end - start), open: this.text[k] === '(' ? k : null, end });
	}

	/** Text after a `)` that closed a block: the `)` came too early (an unescaped one in text) or the text is a mistake. */
	private reportTextAfterClose(word: BatchWord): void {
		const block = this.blocks[this.lastClosed];
		if (!block || block.close === null) return;
		if (block.closeLine === block.openLine) {
			// `(…) text` on one line: no stray `)` follows to hide.
			this.problems.push({
				code: 'bat.unbalanced-parens',
				offset: word.offset,
				length: word.length,
				message: `'${word.text}' after the closing ')' is a syntax error ("${word.text} was unexpected at this time") that stops the script.`,
			});
			return;
		}
		this.misaligned = true;
		this.problems.push({
			code: 'bat.unbalanced-parens',
			offset: block.close,
			length: 1,
			insert: { text: '^', title: "Escape it as '^)'" },
			message: `This ')' ends the block opened on line ${block.openLine + 1}: inside a block cmd.exe takes any unescaped ')' as the end, even in echo text, and an earlier '(' in the text does not count. The '${word.text}' after it is then a syntax error ("${word.text} was unexpected at this time") that stops the script. Write '^)' (and '^(') for parentheses in text.`,
		});
	}

	private parseArguments(command: BatchCommand): void {
		for (;;) {
			this.skipBlanks();
			if (this.atEol()) return;
			const c = this.text[this.i];
			if (c === '&' || c === '|' || (c === ')' && this.stack.length > 0)) return;
			if (this.isRedirectStart()) {
				const redirect = this.readRedirect();
				this.addRedirect(command, redirect);
				this.extend(command, redirect.offset + redirect.length);
				continue;
			}
			const word = this.readWord();
			if (!word) {
				this.i++;
				continue;
			}
			this.addArgument(command, word);
		}
	}

	/** Adds `word`, when there is one, as an argument of the command being read; returns it. */
	private push(command: BatchCommand, word: BatchWord | null): BatchWord | null {
		if (word) this.addArgument(command, word);
		return word;
	}

	private parseIfCondition(command: BatchCommand): void {
		let word = this.push(command, this.nextWord());
		if (word && word.value.toLowerCase() === '/i') word = this.push(command, this.nextWord());
		if (word && word.value.toLowerCase() === 'not') word = this.push(command, this.nextWord());
		if (!word) return;
		const lower = word.value.toLowerCase();
		if (ifUnary.has(lower)) {
			this.push(command, this.nextWord());
			return;
		}
		const equals = indexOutsideQuotes(word.text, '==');
		if (equals >= 0) {
			if (equals + 2 === word.text.length) this.push(command, this.nextWord());
			return;
		}
		const save = this.i;
		const next = this.nextWord();
		if (!next) return;
		const nextLower = next.value.toLowerCase();
		if (next.text.startsWith('==')) {
			this.push(command, next);
			if (next.text === '==') this.push(command, this.nextWord());
		} else if (ifOperators.has(nextLower)) {
			this.push(command, next);
			this.push(command, this.nextWord());
		} else {
			this.i = save;
		}
	}

	/** Reads `for [options] %%v in (set) do`; returns whether a body follows. */
	private parseForHeader(command: BatchCommand): boolean {
		for (;;) {
			const word = this.nextWord();
			if (!word) return false;
			this.push(command, word);
			if (word.value.toLowerCase() === 'in') break;
		}
		this.skipBlanks();
		if (this.text[this.i] !== '(') return false;
		const open = this.i;
		let depth = 0;
		let inQuote = false;
		while (this.i < this.n) {
			const c = this.text[this.i];
			if (c === '"') inQuote = !inQuote;
			else if (c === '\n') inQuote = false;
			else if (!inQuote && c === '^') this.i++;
			else if (!inQuote && c === '(') depth++;
			else if (!inQuote && c === ')') {
				depth--;
				if (depth === 0) break;
			}
			this.i++;
		}
		if (this.i >= this.n) {
			this.problems.push({ code: 'bat.unbalanced-parens', offset: open, length: 1, message: "The set of this 'for' is never closed with ')'." });
			this.i = this.n;
			return false;
		}
		this.i++;
		const setText = this.text.slice(open, this.i);
		this.push(command, new EscapedWord(this.text, open, setText.length, false, setText.slice(1, -1)));
		const doWord = this.nextWord();
		if (!doWord) return false;
		this.push(command, doWord);
		return doWord.value.toLowerCase() === 'do';
	}

	/** Records the label a `goto`/`call :` names and what the command runs; `known` is the program of its name. */
	private finishCommand(command: BatchCommand, known: ProgramName): void {
		const program = command.program;
		const args = command.args;
		if (program === 'goto' || (program === 'call' && args[0]?.value.startsWith(':'))) {
			const target = args[0];
			if (target) this.addLabelRef(command, target, program as 'goto' | 'call');
		}
		command.launch = this.launchOf(command, known);
	}

	/** What a command runs: itself, or the program handed to `start`, `call` or `cmd /c`. */
	private launchOf(command: BatchCommand, known: ProgramName): BatchLaunch | undefined {
		const args = command.args;
		if (command.program === 'start') {
			let titleSeen = false;
			let waits = false;
			for (let k = 0; k < args.length; k++) {
				const arg = args[k];
				if (arg.value.startsWith('/') && !arg.quoted) {
					const option = arg.value.toLowerCase();
					if (option === '/wait') waits = true;
					if (option === '/d') k++;
					continue;
				}
				if (arg.quoted && !titleSeen) {
					titleSeen = true;
					continue;
				}
				return this.launch(arg, args.slice(k + 1), true, waits);
			}
			return undefined;
		}
		if (command.program === 'call') {
			if (!args[0] || args[0].value.startsWith(':')) return undefined;
			return this.launch(args[0], args.slice(1), false, true);
		}
		if (command.program === 'cmd') {
			const at = args.findIndex((arg) => /^\/[ck]$/i.test(arg.value));
			const target = at >= 0 ? args[at + 1] : undefined;
			if (!target || /\s/.test(target.value)) return undefined;
			return this.launch(target, args.slice(at + 2), false, true);
		}
		return { word: command.name, program: known.program, extension: known.extension, args, viaStart: false, waits: true };
	}

	private launch(word: BatchWord, args: readonly BatchWord[], viaStart: boolean, waits: boolean): BatchLaunch {
		const { program, extension } = this.programOf(word.value);
		return { word, program, extension, args: args.length === 0 ? noWords : args, viaStart, waits };
	}

	private addLabelRef(command: BatchCommand, word: BatchWord, kind: 'goto' | 'call'): void {
		const raw = word.value;
		const hadColon = raw.startsWith(':');
		const match = /^:?([^\s+:;,=<>|&^]*)/.exec(raw);
		const name = match ? match[1] : '';
		if (name === '' || name.includes('%') || name.includes('!')) return;
		// `goto :eof` always ends the script or subroutine; `call :eof` is an ordinary label call.
		if (hadColon && kind === 'goto' && name.toLowerCase() === 'eof') {
			const offset = word.offset + Math.max(0, word.text.indexOf(name));
			this.eofJumps.push({ offset, length: name.length, line: this.line(offset), command: command.index });
			return;
		}
		const at = word.text.indexOf(name);
		const offset = word.offset + Math.max(0, at);
		this.labelRefs.push({ name: name.toLowerCase(), text: name, offset, length: name.length, line: this.line(offset), kind, command: command.index });
	}

	private collectAssignments(): BatchAssignment[] {
		const result: BatchAssignment[] = [];
		for (const command of this.commands) {
			if (command.program !== 'set') continue;
			let arg = command.args[0];
			if (arg && /^\/[ap]$/i.test(arg.value)) arg = command.args[1];
			if (!arg) continue;
			const skip = arg.text.startsWith('"') ? 1 : 0;
			const match = /^[A-Za-z_$#@][^=\s"+\-*/%&|^<>!]*/.exec(arg.text.slice(skip));
			if (!match) continue;
			const offset = arg.offset + skip;
			result.push({ name: match[0].toLowerCase(), text: match[0], offset, length: match[0].length, line: this.line(offset), command: command.index });
		}
		return result;
	}
}

function indexOutsideQuotes(text: string, needle: string): number {
	let inQuote = false;
	for (let k = 0; k < text.length; k++) {
		if (text[k] === '"') inQuote = !inQuote;
		else if (!inQuote && text.startsWith(needle, k)) return k;
	}
	return -1;
}

/**
 * A variable reference. `text` is sliced from the script when read; names are
 * shared between references to the same variable.
 */
class Variable implements BatchVariable {
	constructor(
		private readonly src: string,
		readonly kind: BatchVariable['kind'],
		readonly name: string,
		readonly offset: number,
		readonly length: number,
		readonly line: number,
		readonly modifiers: string,
	) {}
	get text(): string {
		return this.src.slice(this.offset, this.offset + this.length);
	}
}

/*
 * The references are found by a hand-written scanner that reads exactly what these
 * patterns match (they document it, and the tests hold the scanner to them):
 *
 *   %%~([fdpnxsatz$]*)([A-Za-z]) | %%([A-Za-z]) | %~([fdpnxsatz$]*)([0-9]) | %([0-9*]) |
 *   %([^%\s"=:<>|&^]+)((?::~-?\d*(?:,-?\d*)?)|(?::[^%\r\n=]*=[^%\r\n]*?))?%
 *
 *   !([^!\s"=:<>|&^%]+)((?::~-?\d*(?:,-?\d*)?)|(?::[^!\r\n=]*=[^!\r\n]*?))?!   (delayed expansion)
 *
 * Each alternative starts with the marker, so candidates are found with indexOf, and
 * no match object, capture string or RegExp state is created per reference.
 */

/** `[\s+:;,=<>|&^]`: a character that ends a label's name. */
function endsLabel(code: number): boolean {
	return isRegExpWhitespace(code) || code === 0x2b || code === 0x3a || code === 0x3b || code === 0x2c || code === 0x3d || code === 0x3c || code === 0x3e || code === 0x7c || code === 0x26 || code === 0x5e;
}

function isLetter(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** `[fdpnxsatz$]`: the `~` modifiers. */
function isModifier(code: number): boolean {
	return code === 0x66 || code === 0x64 || code === 0x70 || code === 0x6e || code === 0x78 || code === 0x73 || code === 0x61 || code === 0x74 || code === 0x7a || code === 0x24;
}

/** A character of a variable name: not the marker, `%`, whitespace, `"=:<>|&^`. */
function isNameChar(code: number, marker: number): boolean {
	return code !== marker && code !== 0x25 && !isRegExpWhitespace(code) && code !== 0x22 && code !== 0x3d && code !== 0x3a && code !== 0x3c && code !== 0x3e && code !== 0x7c && code !== 0x26 && code !== 0x5e;
}

/**
 * The end (exclusive, after the closing marker) of `:~-?\d*(?:,-?\d*)?<marker>` or
 * `:[^<marker>\r\n=]*=[^<marker>\r\n]*?<marker>` starting at the `:` at `at`, or -1.
 */
function editEnd(text: string, at: number, marker: number): number {
	const n = text.length;
	let k = at + 1;
	if (text.charCodeAt(k) === 0x7e /* ~ */) {
		k++;
		if (text.charCodeAt(k) === 0x2d) k++;
		while (k < n && isDigit(text.charCodeAt(k))) k++;
		if (text.charCodeAt(k) === 0x2c /* , */) {
			k++;
			if (text.charCodeAt(k) === 0x2d) k++;
			while (k < n && isDigit(text.charCodeAt(k))) k++;
		}
		if (text.charCodeAt(k) === marker) return k + 1;
		k = at + 1; // Not a substring edit; it may still be a replacement (`:~x=y`).
	}
	while (k < n) {
		const c = text.charCodeAt(k);
		if (c === marker || c === 13 || c === 10 || c === 0x3d) break;
		k++;
	}
	if (k >= n || text.charCodeAt(k) !== 0x3d /* = */) return -1;
	k++;
	while (k < n) {
		const c = text.charCodeAt(k);
		if (c === marker) return k + 1;
		if (c === 13 || c === 10) return -1;
		k++;
	}
	return -1;
}

/** Where a `%` reference at `p` ends and what it is; `kind` is undefined when nothing matches at `p`. */
interface Scan {
	kind: BatchVariable['kind'] | undefined;
	end: number;
	nameStart: number;
	nameEnd: number;
	modStart: number;
	modEnd: number;
}

const scan: Scan = { kind: undefined, end: 0, nameStart: 0, nameEnd: 0, modStart: 0, modEnd: 0 };

function matchPercent(text: string, p: number): void {
	scan.kind = undefined;
	const n = text.length;
	const c1 = text.charCodeAt(p + 1);
	if (c1 === 0x25 /* %% */) {
		if (text.charCodeAt(p + 2) === 0x7e /* ~ */) {
			// %%~([fdpnxsatz$]*)([A-Za-z]): the greedy modifiers give back letters until a letter follows.
			let m = p + 3;
			while (m < n && isModifier(text.charCodeAt(m))) m++;
			for (let end = m; end >= p + 3; end--) {
				if (end < n && isLetter(text.charCodeAt(end))) {
					setScan('loop', end + 1, end, end + 1, p + 3, end);
					return;
				}
			}
		}
		if (isLetter(text.charCodeAt(p + 2))) {
			setScan('loop', p + 3, p + 2, p + 3, p, p);
			return;
		}
	}
	if (c1 === 0x7e /* %~ */) {
		let m = p + 2;
		while (m < n && isModifier(text.charCodeAt(m))) m++;
		if (m < n && isDigit(text.charCodeAt(m))) {
			setScan('param', m + 1, m, m + 1, p + 2, m);
			return;
		}
	}
	if (isDigit(c1) || c1 === 0x2a /* * */) {
		setScan('param', p + 2, p + 1, p + 2, p, p);
		return;
	}
	matchNamed(text, p, 0x25, 'env');
}

/** `<marker>name<edit>?<marker>`; sets `scan` when it matches at `p`. */
function matchNamed(text: string, p: number, marker: number, kind: BatchVariable['kind']): void {
	scan.kind = undefined;
	const n = text.length;
	let k = p + 1;
	while (k < n && isNameChar(text.charCodeAt(k), marker)) k++;
	if (k === p + 1 || k >= n) return;
	const c = text.charCodeAt(k);
	if (c === marker) {
		setScan(kind, k + 1, p + 1, k, k, k);
		return;
	}
	if (c !== 0x3a /* : */) return;
	const end = editEnd(text, k, marker);
	if (end !== -1) setScan(kind, end, p + 1, k, k, end - 1);
}

function setScan(kind: BatchVariable['kind'], end: number, nameStart: number, nameEnd: number, modStart: number, modEnd: number): void {
	scan.kind = kind;
	scan.end = end;
	scan.nameStart = nameStart;
	scan.nameEnd = nameEnd;
	scan.modStart = modStart;
	scan.modEnd = modEnd;
}

function scanVariables(text: string, lineStarts: readonly number[], comments: readonly BatchComment[], delayed: boolean): BatchVariable[] {
	const result: BatchVariable[] = [];
	const names = new Map<string, string>();
	const folded = (raw: string, lower: boolean): string => {
		if (!lower) return raw;
		let name = names.get(raw);
		if (name === undefined) {
			name = raw.toLowerCase();
			names.set(raw, name);
		}
		return name;
	};
	const modifiers = (start: number, end: number) => (start === end ? '' : text.slice(start, end));
	let line = 0;
	const lineAt = (offset: number): number => {
		// Offsets only grow within one scan: walk forward instead of searching.
		while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
		return line;
	};
	const inComment = commentChecker(comments);
	for (let p = text.indexOf('%'); p !== -1; ) {
		matchPercent(text, p);
		if (scan.kind === undefined) {
			p = text.indexOf('%', p + 1);
			continue;
		}
		const end = scan.end;
		if (!inComment(p)) {
			const kind = scan.kind;
			const name = folded(text.slice(scan.nameStart, scan.nameEnd), kind === 'env');
			result.push(new Variable(text, kind, name, p, end - p, lineAt(p), modifiers(scan.modStart, scan.modEnd)));
		}
		p = text.indexOf('%', end);
	}
	if (delayed) {
		line = 0;
		const inComment2 = commentChecker(comments);
		for (let p = text.indexOf('!'); p !== -1; ) {
			matchNamed(text, p, 0x21, 'delayed');
			if (scan.kind === undefined) {
				p = text.indexOf('!', p + 1);
				continue;
			}
			const end = scan.end;
			if (!inComment2(p)) {
				result.push(new Variable(text, 'delayed', folded(text.slice(scan.nameStart, scan.nameEnd), true), p, end - p, lineAt(p), modifiers(scan.modStart, scan.modEnd)));
			}
			p = text.indexOf('!', end);
		}
		result.sort((a, b) => a.offset - b.offset);
	}
	return result;
}

/** A monotone membership test over sorted comment spans (offsets must be queried in increasing order). */
function commentChecker(comments: readonly BatchComment[]): (offset: number) => boolean {
	const sorted = [...comments].sort((a, b) => a.offset - b.offset);
	let k = 0;
	return (offset) => {
		while (k < sorted.length && sorted[k].offset + sorted[k].length <= offset) k++;
		return k < sorted.length && sorted[k].offset <= offset && sorted[k].kind === '::';
	};
}

/**
 * Names a line may start with and still be a command: the command and tool tables, plus
 * `sysprep`. A note line (`Run: …`, prose) never starts with one of them.
 */
const commandNames: ReadonlySet<string> = new Set([
	...batchCommands.flatMap((spec) => [spec.name, ...(spec.aliases ?? [])]),
	...externalTools.map((tool) => tool.name.replace(/\.exe$/, '')),
	'sysprep',
]);

/** A word that names a program file (`setup.exe`, `install.cmd`, `fix.vbs`). */
const programFile = /\.(?:exe|com|bat|cmd|vbs|js|wsf|ps1|msi|msu|reg|inf)$/i;
/** Keywords that start lines of shell, PowerShell or programming languages, never of batch. */
const otherLanguage = /^(?:fi|then|done|esac|elif|do|export\s+[A-Za-z_]\w*=|function\s+[\w-]+\s*[({]?|def\s+\w+\s*\(|import\s+[\w.{*]|from\s+[\w.]+\s+import|package\s+\w|using\s+[\w.]+;|(?:public|private|static)\s+\w|class\s+[A-Z]\w*|param\s*\(|[A-Z][a-z]+-[A-Z][A-Za-z]+(?:\s|$))/;
/** `Word:`, `Two words:` or `Three word label:` before a space or the end, as notes write it (`Run: …`, `Usage: …`). */
const labelledNote = /^[A-Za-z][\w-]*(?: [\w-]+){0,2}:(?:\s|$)/;

/** What one line (blanks and nothing else stripped) says about the file. */
type LineClass = 'batch' | 'note' | 'neutral';

/** A sentence of prose: many words, a capital first, end punctuation, no switches or shell operators. */
function isProse(line: string): boolean {
	if (/\s[-/][A-Za-z]/.test(line) || /[%!&|<>^]/.test(line)) return false;
	const words = line.split(/\s+/);
	return words.length >= 8 && /^[A-Z][a-z]+$/.test(words[0]) && /[.:;,?]$/.test(line.trimEnd());
}

function isProgramWordChar(code: number): boolean {
	return isLetter(code) || isDigit(code) || code === 0x5f || code === 0x2e || code === 0x7e || code === 0x24 || code === 0x2d;
}

/**
 * Classifies the line `text.slice(from, to)` (leading blanks already skipped). A line
 * starting with `@`, a label, a known command, `echo`, a drive letter, a path or a program
 * file is batch; a line starting like notes, markup or another language is a note; anything
 * else is neutral. It runs over every line on every keystroke, so the usual batch lines are
 * decided on the text in place and only the rest are sliced.
 */
function classifyLine(text: string, from: number, to: number): LineClass {
	const c = text[from];
	switch (c) {
		case '@':
		case ':':
		case '%':
		case '!':
		case '(':
		case ')':
		case '"':
		case '>':
		case '^':
		case '&':
		case '|':
		case '.':
		case '\\':
			return 'batch';
	}
	if (!isLetter(text.charCodeAt(from))) return classifyNonWordLine(text.slice(from, to));
	if (from + 1 < to && text[from + 1] === ':') return 'batch'; // `C:`, `C:\Sysprep\sysprep.exe`
	let end = from + 1;
	while (end < to && isProgramWordChar(text.charCodeAt(end))) end++;
	const word = text.slice(from, end);
	const lower = word.toLowerCase();
	if (lower.startsWith('echo')) return 'batch';
	if (commandNames.has(lower) || commandNames.has(lower.replace(/\.(?:exe|com)$/, '')) || programFile.test(word)) return 'batch';
	const next = end < to ? text[end] : '';
	if (next === '\\' || next === '/') return 'batch'; // `Tools\setup.exe`, `bin/tool`
	const line = text.slice(from, to);
	if (otherLanguage.test(line)) return 'note';
	// `Run: …` is a note; `format D:` (a one-letter word before the colon) names a drive.
	const labelled = labelledNote.exec(line);
	if (labelled && !/(?:^| )[A-Za-z]:$/.test(labelled[0].trimEnd())) return 'note';
	return isProse(line) ? 'note' : 'neutral';
}

/** A line that starts with neither a batch character nor a letter: markup, a list, code, or nothing telling. */
function classifyNonWordLine(line: string): LineClass {
	const c = line[0];
	switch (c) {
		case '#':
			return 'note';
		case '/':
			return line.startsWith('//') || line.startsWith('/*') ? 'note' : 'neutral';
		case '`':
			return line.startsWith('```') ? 'note' : 'neutral';
		case '-':
			return /^---\s*$/.test(line) || /^- \S/.test(line) ? 'note' : 'neutral';
		case '*':
			return /^\* \S/.test(line) ? 'note' : 'neutral';
		case '<':
			return /^<\?xml|^<[A-Za-z!/]/.test(line) ? 'note' : 'batch';
		case '$':
			return /^\$[A-Za-z_][\w:]*\s*(?:=|\.|\[)/.test(line) ? 'note' : 'neutral';
		case '{':
		case '}':
			return /^[{}]\s*$/.test(line) ? 'note' : 'neutral';
	}
	if (c >= '0' && c <= '9') return /^\d+[.)] \S/.test(line) ? 'note' : 'neutral';
	return 'neutral';
}

/** `/^(rem(\s|$)|::)/i` on `text.slice(from, to)`. */
function isCommentStart(text: string, from: number, to: number): boolean {
	if (to - from >= 2 && text.charCodeAt(from) === 0x3a && text.charCodeAt(from + 1) === 0x3a) return true;
	if (to - from < 3 || (text.charCodeAt(from) | 0x20) !== 0x72 || (text.charCodeAt(from + 1) | 0x20) !== 0x65 || (text.charCodeAt(from + 2) | 0x20) !== 0x6d) return false;
	return from + 3 === to || isRegExpWhitespace(text.charCodeAt(from + 3));
}

/** Control characters that never occur in a script; tab, line ends, form feed, EOF (^Z), BEL and ESC (colour sequences) do. */
function isStrayControl(code: number): boolean {
	return (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 26 && code !== 7 && code !== 27) || code === 0xfffd;
}

/**
 * Reports text that does not read as batch at all: notes (`#` lines, `Run:` lines, prose),
 * markup, another language, or binary data. Lines that start like batch (a command, a
 * label, `@`, a drive letter, `echo`) always count against it, so an ordinary script with a
 * stray `# comment` or `echo Usage: …` stays batch.
 */
function detectNotBatch(text: string): BatchProblem | null {
	const sample = text.slice(0, 65536);
	let control = 0;
	for (let k = 0; k < sample.length; k++) if (isStrayControl(sample.charCodeAt(k))) control++;
	if (sample.length > 0 && (control > 8 || control * 100 > sample.length)) {
		return { code: 'bat.not-batch', offset: 0, length: 0, message: 'This file holds binary data, not a batch script; cmd.exe cannot run it.' };
	}
	let counted = 0;
	let notes = 0;
	let batch = 0;
	/** Markdown fences and front matter: never in a script, the sign of a document that embeds one. */
	let markup = 0;
	let first: { offset: number; length: number } | null = null;
	const examples: string[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end === -1) end = text.length;
		let from = start;
		while (from < end && isRegExpWhitespace(text.charCodeAt(from))) from++;
		const to = Math.min(end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end, from + 400);
		if (from < to && !isCommentStart(text, from, to)) {
			counted++;
			const kind = classifyLine(text, from, to);
			if (kind === 'batch') batch++;
			else if (kind === 'note') {
				const line = text.slice(from, to);
				notes++;
				if (/^(?:```|---\s*$)/.test(line)) markup++;
				if (!first) first = { offset: from, length: Math.min(line.trimEnd().length, 200) };
				const head = /^(#+|\/\/|\/\*|```|---|<\?xml|<|[*-]|\d+[.)]|\$\w+|[^:\s]+:|\S+)/.exec(line)?.[0] ?? line.slice(0, 8);
				const shown = head.length > 20 ? head.slice(0, 20) + '…' : head;
				if (!examples.includes(shown) && examples.length < 3) examples.push(shown);
			}
		}
		if (end >= text.length) break;
		start = end + 1;
	}
	if (!first) return null;
	// Notes must dominate: at least two of them and twice the batch lines, or a lone note with nothing batch beside it.
	if ((notes >= 2 && notes >= batch * 2) || (batch === 0 && notes * 2 >= counted) || (markup >= 2 && notes >= 4)) {
		const shown = examples.map((example) => `'${example} …'`).join(', ');
		return {
			code: 'bat.not-batch',
			offset: first.offset,
			length: first.length,
			message: `This does not read as a batch script: ${notes} of ${counted} lines are notes (${shown}), and cmd.exe would try to run each one as a command. Keep instructions in a .txt or .md file, or turn them into 'rem' comments.`,
		};
	}
	return null;
}

/** Parses a batch script. Never throws: on an internal failure it returns an empty model with the text. */
export function parseBatch(input: string): BatchModel {
	// cmd.exe ends lines at LF only, but editors (and LSP positions) also break at a lone CR.
	// Turning a lone CR into LF keeps every offset and makes lines agree with the editor's.
	const text = typeof input === 'string' ? input.replace(/\r(?!\n)/g, '\n') : input;
	try {
		return new Parser(typeof text === 'string' ? text : String(text ?? '')).run();
	} catch (error) {
		const safe = typeof text === 'string' ? text : '';
		return {
			text: safe,
			lineStarts: computeLineStarts(safe),
			commands: [],
			blocks: [],
			labels: [],
			labelRefs: [],
			comments: [],
			variables: [],
			assignments: [],
			eofJumps: [],
			detachedBodies: [],
			delayedExpansion: false,
			notBatch: null,
			problems: [],
		};
	}
}
