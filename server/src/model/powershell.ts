/**
 * Model layer: a PowerShell tokenizer for the scripts answer files hand to
 * `powershell.exe` and `pwsh.exe` (after `-Command`, decoded from
 * `-EncodedCommand`).
 *
 * One pass over the text with a stack of open frames (groups such as `{`,
 * `$(`, `@{`, and double-quoted strings, which can hold `$( … )` with code
 * inside). It follows PowerShell's quoting rules: a backtick escapes the next
 * character in code and in double-quoted strings, a quote written twice stands
 * for one, the typographic quotes (U+2018–U+201B, U+201C–U+201E) are quotes,
 * here-strings open with `@"`/`@'` at the end of a line and close with
 * `"@`/`'@` at the very start of a line. Offsets are indices into the text.
 * Never throws; linear in the length of the text (each character is looked at
 * a bounded number of times, and a frame is pushed and popped once).
 */

export type PsTokenKind =
	| 'comment'
	| 'string'
	| 'here-string'
	| 'variable'
	| 'parameter'
	| 'keyword'
	| 'word'
	| 'number'
	| 'operator'
	| 'open'
	| 'close'
	| 'newline';

export interface PsToken {
	readonly kind: PsTokenKind;
	readonly start: number;
	readonly end: number;
	/** The token as written (strings with their quotes). */
	readonly text: string;
}

export type PsProblemKind =
	| 'unterminated-string'
	| 'unterminated-here-string'
	| 'here-string-header'
	| 'here-string-indented-closer'
	| 'unterminated-comment'
	| 'unterminated-variable'
	| 'unclosed-group'
	| 'stray-closer';

export interface PsProblem {
	readonly kind: PsProblemKind;
	readonly start: number;
	readonly end: number;
	readonly message: string;
}

export interface PsTokens {
	readonly tokens: PsToken[];
	readonly problems: PsProblem[];
}

/** Words PowerShell reads as language keywords (about_Language_Keywords). */
const keywords = new Set([
	'begin', 'break', 'catch', 'class', 'clean', 'continue', 'data', 'define', 'do', 'dynamicparam', 'else', 'elseif', 'end', 'enum', 'exit', 'filter', 'finally', 'for', 'foreach', 'from', 'function', 'hidden', 'if', 'in', 'param', 'process', 'return', 'static', 'switch', 'throw', 'trap', 'try', 'until', 'using', 'var', 'while', 'workflow', 'parallel', 'sequence', 'inlinescript',
]);

export function isPsDoubleQuote(code: number): boolean {
	return code === 0x22 || code === 0x201c || code === 0x201d || code === 0x201e;
}

export function isPsSingleQuote(code: number): boolean {
	return code === 0x27 || code === 0x2018 || code === 0x2019 || code === 0x201a || code === 0x201b;
}

/** `-` and the dashes PowerShell accepts in its place (en dash, em dash, horizontal bar). */
export function isPsDash(code: number): boolean {
	return code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

function isNewline(code: number): boolean {
	return code === 0x0a || code === 0x0d;
}

function isBlank(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x85 || code === 0xfeff;
}

function isVariableChar(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x3f || code > 0x7f;
}

/** Characters that end a bare word (besides blanks, newlines and quotes handled in place). */
function endsWord(code: number): boolean {
	return code === 0x28 || code === 0x29 || code === 0x7b || code === 0x7d || code === 0x3b || code === 0x7c || code === 0x26 || code === 0x2c;
}

interface GroupFrame {
	readonly type: 'group';
	/** `{`, `(`, `[`, `$(`, `@(`, `@{` */
	readonly opener: string;
	readonly start: number;
}

interface StringFrame {
	readonly type: 'string';
	readonly here: boolean;
	readonly start: number;
	/** Where the body starts (after a here-string's header line). */
	bodyStart: number;
}

type Frame = GroupFrame | StringFrame;

function closerOf(opener: string): number {
	const last = opener.charCodeAt(opener.length - 1);
	return last === 0x28 ? 0x29 : last === 0x7b ? 0x7d : 0x5d;
}

const maxProblems = 200;

/** Tokenizes a PowerShell script. */
export function tokenizePowerShell(text: string): PsTokens {
	const tokens: PsToken[] = [];
	const problems: PsProblem[] = [];
	const stack: Frame[] = [];
	const n = text.length;
	let i = 0;
	/** Start of the string whose body is being read, when the top frame is a string. */
	let stringBodyFrom = -1;

	const push = (kind: PsTokenKind, start: number, end: number) => {
		tokens.push({ kind, start, end, text: text.slice(start, end) });
	};
	// Past a few hundred, more problems only repeat the first ones (a pathological input is not a script).
	const problem = (kind: PsProblemKind, start: number, end: number, message: string) => {
		if (problems.length < maxProblems) problems.push({ kind, start, end, message });
	};
	const lineEnd = (from: number) => {
		let j = from;
		while (j < n && !isNewline(text.charCodeAt(j))) j++;
		return j;
	};
	/** Past a newline at `j` (`\r\n` counts once). */
	const pastNewline = (j: number) => (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1);
	const top = () => (stack.length > 0 ? stack[stack.length - 1] : undefined);

	/** Reads `$name`, `${…}`, `$env:x`, `$_`, `$$`, `$?`, `$^` at `i` (a `$` not followed by `(`); returns the end or -1 when `$` stands alone. */
	const scanVariable = (at: number): number => {
		let j = at + 1;
		const c = text.charCodeAt(j);
		if (c === 0x7b /* { */) {
			j++;
			while (j < n) {
				const d = text.charCodeAt(j);
				if (d === 0x60 /* ` */) {
					j += 2;
					continue;
				}
				if (d === 0x7d) return j + 1;
				j++;
			}
			problem('unterminated-variable', at, at + 2, "The variable name that '${' starts has no closing '}'.");
			return n;
		}
		if (c === 0x24 || c === 0x3f || c === 0x5e) return j + 1;
		if (!isVariableChar(c)) return -1;
		while (j < n) {
			const d = text.charCodeAt(j);
			if (isVariableChar(d)) j++;
			// A scope or drive qualifier: `$env:Path`, `$script:x` (not `$a::b`).
			else if (d === 0x3a && text.charCodeAt(j + 1) !== 0x3a && isVariableChar(text.charCodeAt(j + 1))) j++;
			else break;
		}
		return j;
	};

	/** Reads the body of the double-quoted string on top of the stack from `i`; stops at its end or at a `$(`. */
	const scanDoubleBody = (frame: StringFrame) => {
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 0x60 /* ` */) {
				i += 2;
				continue;
			}
			if (c === 0x24 /* $ */) {
				if (text.charCodeAt(i + 1) === 0x28) {
					push(frame.here ? 'here-string' : 'string', stringBodyFrom, i);
					stack.push({ type: 'group', opener: '$(', start: i });
					push('open', i, i + 2);
					i += 2;
					return;
				}
				i++;
				continue;
			}
			if (frame.here) {
				// The closer counts only at the very start of a line.
				if (isPsDoubleQuote(c) && text.charCodeAt(i + 1) === 0x40 && i >= frame.bodyStart && isNewline(text.charCodeAt(i - 1))) {
					i += 2;
					push('here-string', stringBodyFrom, i);
					stack.pop();
					return;
				}
				i++;
				continue;
			}
			if (isPsDoubleQuote(c)) {
				if (isPsDoubleQuote(text.charCodeAt(i + 1))) {
					i += 2;
					continue;
				}
				i++;
				push('string', stringBodyFrom, i);
				stack.pop();
				return;
			}
			i++;
		}
		// End of text inside the string.
		push(frame.here ? 'here-string' : 'string', stringBodyFrom, n);
		stack.pop();
		reportUnterminated(frame);
	};

	const reportUnterminated = (frame: StringFrame) => {
		if (frame.here) {
			const indented = indentedCloser(text, frame.start, isPsDoubleQuote);
			if (indented !== -1) problem('here-string-indented-closer', indented, lineEnd(indented), 'This line would close the here-string, but the closing quote and @ must start the line: nothing, not even a blank, may come before them.');
			problem('unterminated-here-string', frame.start, frame.start + 2, 'This here-string is never closed: its closing quote and @ must stand at the very start of a later line.');
		} else {
			problem('unterminated-string', frame.start, frame.start + 1, 'This string is never closed, so PowerShell reads the rest of the script as part of it and refuses to run the script.');
		}
	};

	/** Reads a single-quoted string or here-string starting at `i` (the opening quote, or `@` for a here-string). */
	const scanSingle = (here: boolean) => {
		const start = i;
		if (here) {
			i += 2;
			const end = lineEnd(i);
			i = end < n ? pastNewline(end) : end;
			while (i < n) {
				// The closer counts only at the very start of a line.
				if (isPsSingleQuote(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 0x40 && isNewline(text.charCodeAt(i - 1))) {
					i += 2;
					push('here-string', start, i);
					return;
				}
				i++;
			}
			push('here-string', start, n);
			const indented = indentedCloser(text, start, isPsSingleQuote);
			if (indented !== -1) problem('here-string-indented-closer', indented, lineEnd(indented), 'This line would close the here-string, but the closing quote and @ must start the line: nothing, not even a blank, may come before them.');
			problem('unterminated-here-string', start, start + 2, 'This here-string is never closed: its closing quote and @ must stand at the very start of a later line.');
			return;
		}
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (isPsSingleQuote(c)) {
				if (isPsSingleQuote(text.charCodeAt(i + 1))) {
					i += 2;
					continue;
				}
				i++;
				push('string', start, i);
				return;
			}
			i++;
		}
		push('string', start, n);
		problem('unterminated-string', start, start + 1, 'This string is never closed, so PowerShell reads the rest of the script as part of it and refuses to run the script.');
	};

	/** At `@"` or `@'`: whether only blanks follow on the line (a here-string header); reports text after the header. */
	const hereHeader = (at: number): boolean => {
		let j = at + 2;
		while (j < n && isBlank(text.charCodeAt(j))) j++;
		if (j >= n || isNewline(text.charCodeAt(j))) return j < n;
		problem('here-string-header', at, at + 2, 'A here-string must end its line after the opening @ and quote; PowerShell rejects any other text on that line, so a here-string cannot be written on one line (as in a single command line).');
		return false;
	};

	/** Opens a double-quoted string (or here-string) at `i`, whose opener is `width` characters long. */
	const openDouble = (here: boolean, width: number) => {
		const frame: StringFrame = { type: 'string', here, start: i, bodyStart: i + width };
		stack.push(frame);
		stringBodyFrom = i;
		i += width;
		if (here) {
			const end = lineEnd(i);
			i = end < n ? pastNewline(end) : end;
			frame.bodyStart = i;
		}
	};

	const closeGroup = (code: number) => {
		// Find the nearest open group this closer matches; groups above it stay unclosed.
		let depth = stack.length - 1;
		while (depth >= 0) {
			const frame = stack[depth];
			if (frame.type === 'string') break;
			if (closerOf(frame.opener) === code) break;
			depth--;
		}
		const frame = depth >= 0 ? stack[depth] : undefined;
		if (!frame || frame.type === 'string') {
			problem('stray-closer', i, i + 1, `This '${String.fromCharCode(code)}' closes nothing that is open, so PowerShell stops with an unexpected token.`);
			push('close', i, i + 1);
			i++;
			return;
		}
		while (stack.length - 1 > depth) {
			const open = stack.pop() as GroupFrame;
			if (problems.length < maxProblems) problem('unclosed-group', open.start, open.start + open.opener.length, `This '${open.opener}' is not closed before the '${String.fromCharCode(code)}' that follows, so PowerShell refuses the script.`);
		}
		stack.pop();
		push('close', i, i + 1);
		i++;
		// Back inside a double-quoted string after its `$( … )`.
		const outer = top();
		if (outer?.type === 'string') stringBodyFrom = i;
	};

	while (i < n) {
		const frame = top();
		if (frame?.type === 'string') {
			scanDoubleBody(frame);
			continue;
		}
		const c = text.charCodeAt(i);
		if (isNewline(c)) {
			const end = pastNewline(i);
			push('newline', i, end);
			i = end;
			continue;
		}
		if (isBlank(c)) {
			i++;
			continue;
		}
		if (c === 0x60 /* ` */) {
			// A line continuation or an escaped character in code.
			i = isNewline(text.charCodeAt(i + 1)) ? pastNewline(i + 1) : i + 2;
			continue;
		}
		if (c === 0x23 /* # */) {
			const end = lineEnd(i);
			push('comment', i, end);
			i = end;
			continue;
		}
		if (c === 0x3c /* < */ && text.charCodeAt(i + 1) === 0x23) {
			const close = text.indexOf('#>', i + 2);
			if (close === -1) {
				push('comment', i, n);
				problem('unterminated-comment', i, i + 2, "This block comment has no closing '#>', so the rest of the script is a comment and PowerShell refuses it.");
				i = n;
			} else {
				push('comment', i, close + 2);
				i = close + 2;
			}
			continue;
		}
		if (isPsSingleQuote(c)) {
			scanSingle(false);
			continue;
		}
		if (isPsDoubleQuote(c)) {
			openDouble(false, 1);
			continue;
		}
		if (c === 0x40 /* @ */) {
			const d = text.charCodeAt(i + 1);
			if ((isPsDoubleQuote(d) || isPsSingleQuote(d)) && hereHeader(i)) {
				if (isPsSingleQuote(d)) scanSingle(true);
				else openDouble(true, 2);
				continue;
			}
			if (d === 0x28 || d === 0x7b) {
				stack.push({ type: 'group', opener: text.slice(i, i + 2), start: i });
				push('open', i, i + 2);
				i += 2;
				continue;
			}
			if (isVariableChar(d)) {
				// A splatted variable: `@params`.
				const end = scanVariable(i);
				push('variable', i, end === -1 ? i + 1 : end);
				i = end === -1 ? i + 1 : end;
				continue;
			}
		}
		if (c === 0x24 /* $ */) {
			if (text.charCodeAt(i + 1) === 0x28) {
				stack.push({ type: 'group', opener: '$(', start: i });
				push('open', i, i + 2);
				i += 2;
				continue;
			}
			const end = scanVariable(i);
			if (end !== -1) {
				push('variable', i, end);
				i = end;
				continue;
			}
		}
		if (c === 0x28 || c === 0x7b || c === 0x5b) {
			stack.push({ type: 'group', opener: text[i], start: i });
			push('open', i, i + 1);
			i++;
			continue;
		}
		if (c === 0x29 || c === 0x7d) {
			closeGroup(c);
			continue;
		}
		if (c === 0x5d) {
			const open = top();
			if (open?.type === 'group' && open.opener === '[') closeGroup(c);
			else {
				// A `]` that closes nothing is a character of a bare word (`a]b`) rather than a parse error.
				push('word', i, i + 1);
				i++;
			}
			continue;
		}
		if (c === 0x3b || c === 0x7c || c === 0x26 || c === 0x2c || c === 0x3d || c === 0x2b || c === 0x2a || c === 0x2f || c === 0x25 || c === 0x21 || c === 0x3e || c === 0x3c || (c === 0x2e && !isWordStart(text.charCodeAt(i + 1))) || (c === 0x3a && text.charCodeAt(i + 1) === 0x3a)) {
			let end = i + 1;
			const d = text.charCodeAt(end);
			if ((d === c && (c === 0x26 || c === 0x7c || c === 0x3a || c === 0x2b || c === 0x2e || c === 0x3e)) || (d === 0x3d && c !== 0x3d) || (c === 0x3d && d === 0x3d)) end++;
			push('operator', i, end);
			i = end;
			continue;
		}
		if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d && text.charCodeAt(i + 2) === 0x25) {
			// `--%` stops parsing: the rest of the line goes to the program as it stands.
			const end = lineEnd(i);
			push('word', i, end);
			i = end;
			continue;
		}
		if (isPsDash(c) && isWordStart(text.charCodeAt(i + 1)) && !isDigit(text.charCodeAt(i + 1))) {
			let end = i + 1;
			while (end < n && isParameterChar(text.charCodeAt(end))) end++;
			if (text.charCodeAt(end) === 0x3a) end++;
			push('parameter', i, end);
			i = end;
			continue;
		}
		// A bare word: a command name, an argument, a number, a type name.
		const start = i;
		while (i < n) {
			const d = text.charCodeAt(i);
			if (isBlank(d) || isNewline(d) || endsWord(d)) break;
			if (d === 0x5d) {
				const open = top();
				if (open?.type === 'group' && open.opener === '[') break;
			}
			if (isPsSingleQuote(d) || isPsDoubleQuote(d)) break;
			if (d === 0x60) {
				i += 2;
				continue;
			}
			if (d === 0x24 && i > start) break;
			i++;
		}
		if (i === start) {
			// A `$` or `@` that starts nothing: one character of its own.
			push('operator', i, i + 1);
			i++;
			continue;
		}
		const word = text.slice(start, i);
		const kind: PsTokenKind = isDigit(word.charCodeAt(0)) ? 'number' : keywords.has(word.toLowerCase()) ? 'keyword' : 'word';
		push(kind, start, Math.min(i, n));
		i = Math.min(i, n);
	}

	// Whatever is still open at the end of the text.
	for (let depth = stack.length - 1; depth >= 0 && problems.length < maxProblems; depth--) {
		const frame = stack[depth];
		if (frame.type === 'string') reportUnterminated(frame);
		else problem('unclosed-group', frame.start, frame.start + frame.opener.length, `This '${frame.opener}' is never closed, so PowerShell refuses the script (missing '${String.fromCharCode(closerOf(frame.opener))}').`);
	}
	problems.sort((a, b) => a.start - b.start);
	return { tokens, problems };
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

function isWordStart(code: number): boolean {
	return isVariableChar(code) && code !== 0x3f;
}

function isParameterChar(code: number): boolean {
	return isVariableChar(code) || code === 0x2d;
}

/**
 * Where a here-string opened at `start` has a closer that is indented (blanks
 * before `"@` on a line), or -1. PowerShell does not accept it as the end.
 */
function indentedCloser(text: string, start: number, isQuote: (code: number) => boolean): number {
	let lineStart = text.indexOf('\n', start);
	while (lineStart !== -1) {
		let j = lineStart + 1;
		while (j < text.length && isBlank(text.charCodeAt(j))) j++;
		if (j > lineStart + 1 && isQuote(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x40) return lineStart + 1;
		lineStart = text.indexOf('\n', lineStart + 1);
	}
	return -1;
}
