/**
 * Model layer: the one INI answer-file parser behind Sysprep.inf,
 * Unattend.txt/winnt.sif, Winbom.ini and Cmdlines.txt.
 *
 * Invariant: the parser never throws; it returns a model plus `problems`.
 * Invariant: every node carries its 0-based line and UTF-16 column range, so
 * services build LSP ranges without re-scanning the text.
 *
 * Lines are split the way LSP counts them (`\r\n`, `\n` or a lone `\r`).
 * Answer files have no escapes: inside a quoted value `""` stands for one
 * quote, and a backslash before the closing quote is an ordinary character.
 */

/** A column range on one line. */
export interface LineSpan {
	readonly line: number;
	readonly start: number;
	readonly end: number;
}

export type CommentMarker = ';' | '#' | 'rem' | '//';

export interface IniComment {
	readonly type: 'comment';
	readonly marker: CommentMarker;
	/** The whole comment, marker included. */
	readonly span: LineSpan;
	readonly text: string;
}

/** `key = value`. `value` is unquoted; `rawValue` is the text as written (trimmed). */
export interface IniEntry {
	readonly type: 'entry';
	readonly key: string;
	readonly keySpan: LineSpan;
	readonly value: string;
	readonly rawValue: string;
	/** Trimmed value text; an empty value is a zero-width span just after `=`. */
	readonly valueSpan: LineSpan;
	readonly equalsColumn: number;
	readonly quoted: boolean;
	/** The whole line without its line break. */
	readonly lineSpan: LineSpan;
}

/** A line without `=` (a `[GuiRunOnce]` command, a bare word, or a key that lost its `=`). */
export interface IniValueLine {
	readonly type: 'value';
	readonly value: string;
	readonly rawValue: string;
	readonly valueSpan: LineSpan;
	readonly quoted: boolean;
	readonly lineSpan: LineSpan;
}

export type IniLine = IniEntry | IniValueLine;

export interface IniSection {
	readonly name: string;
	/** The name between the brackets (trimmed). */
	readonly nameSpan: LineSpan;
	/** `[` through `]` (or end of line when `]` is missing). */
	readonly headerSpan: LineSpan;
	/** Entries and value lines in order. Comments live in `IniDocument.comments`. */
	readonly lines: IniLine[];
	/** Last line that belongs to the section (its last non-blank line, or the header line). */
	lastContentLine: number;
}

export type IniProblemCode =
	| 'unclosed-section'
	| 'text-after-section'
	| 'unterminated-quote'
	| 'text-after-quote'
	| 'empty-section-name';

export interface IniProblem {
	readonly code: IniProblemCode;
	readonly span: LineSpan;
	readonly message: string;
}

export interface IniDocument {
	/** Entries and value lines before the first section header. */
	readonly preamble: IniLine[];
	readonly sections: IniSection[];
	readonly comments: IniComment[];
	readonly problems: IniProblem[];
	readonly lineCount: number;
	/** Length of each line without its break (for end-of-line positions). */
	readonly lineLengths: number[];
	/** The line break the file mostly uses; quick-fixes insert the same. */
	readonly eol: '\r\n' | '\n';
}

/** Parses answer-file text; never throws. */
export function parseIni(text: string): IniDocument {
	const doc: { -readonly [K in keyof IniDocument]: IniDocument[K] } = {
		preamble: [],
		sections: [],
		comments: [],
		problems: [],
		lineCount: 0,
		lineLengths: [],
		eol: '\r\n',
	};
	let crlf = 0;
	let lf = 0;
	let current: IniSection | undefined;
	let lineNo = 0;
	let lineStart = 0;
	const length = text.length;
	// Line breaks are found with indexOf (no RegExp match object per line);
	// the next `\r` and `\n` are remembered until the scan passes them.
	let nextCr = text.indexOf('\r');
	let nextLf = text.indexOf('\n');
	for (;;) {
		if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
		if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
		const lineEnd = nextCr === -1 ? (nextLf === -1 ? length : nextLf) : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
		const line = text.slice(lineStart, lineEnd);
		doc.lineLengths.push(line.length);
		const parsed = parseLine(line, lineNo, doc);
		if (parsed === 'blank') {
			// Blank lines do not extend a section's folding range.
		} else if (parsed && 'type' in parsed && parsed.type === 'comment') {
			doc.comments.push(parsed);
			if (current) current.lastContentLine = lineNo;
		} else if (parsed && 'headerSpan' in parsed) {
			current = parsed;
			doc.sections.push(current);
		} else if (parsed) {
			(current ? current.lines : doc.preamble).push(parsed as IniLine);
			if (current) current.lastContentLine = lineNo;
		}
		lineNo++;
		if (lineEnd === length) break;
		if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) {
			crlf++;
			lineStart = lineEnd + 2;
		} else {
			lf++;
			lineStart = lineEnd + 1;
		}
	}
	doc.lineCount = lineNo;
	doc.eol = lf > crlf ? '\n' : '\r\n';
	return doc;
}

function parseLine(line: string, lineNo: number, doc: IniDocument): IniComment | IniSection | IniLine | 'blank' | undefined {
	let first = 0;
	while (first < line.length && isSpace(line.charCodeAt(first))) first++;
	if (first === line.length) return 'blank';
	let last = line.length;
	while (last > first && isSpace(line.charCodeAt(last - 1))) last--;
	const ch = line[first];
	const lineSpan: LineSpan = { line: lineNo, start: first, end: last };
	if (ch === ';') return comment(';', line, lineSpan);
	if (ch === '#') return comment('#', line, lineSpan);
	if (ch === '/' && line[first + 1] === '/') return comment('//', line, lineSpan);
	if (isRem(line, first, last)) return comment('rem', line, lineSpan);
	if (ch === '[') return parseHeader(line, lineSpan, doc);
	return parseContent(line, lineSpan, doc);
}

function comment(marker: CommentMarker, line: string, span: LineSpan): IniComment {
	return { type: 'comment', marker, span, text: line.slice(span.start, span.end) };
}

/** `REM` followed by nothing, a space or a tab, in any case (how cmd.exe reads it). */
function isRem(line: string, first: number, last: number): boolean {
	if (last - first < 3) return false;
	// Same as `line.slice(first, first + 3).toLowerCase() === 'rem'`, without two strings per line.
	if ((line.charCodeAt(first) | 0x20) !== 0x72 || (line.charCodeAt(first + 1) | 0x20) !== 0x65 || (line.charCodeAt(first + 2) | 0x20) !== 0x6d) return false;
	if (last - first === 3) return true;
	const next = line.charCodeAt(first + 3);
	return next === 32 || next === 9;
}

function parseHeader(line: string, lineSpan: LineSpan, doc: IniDocument): IniSection {
	const open = lineSpan.start;
	const close = line.indexOf(']', open + 1);
	const nameEnd = close === -1 || close > lineSpan.end ? lineSpan.end : close;
	let nameStart = open + 1;
	let nameStop = nameEnd;
	while (nameStart < nameStop && isSpace(line.charCodeAt(nameStart))) nameStart++;
	while (nameStop > nameStart && isSpace(line.charCodeAt(nameStop - 1))) nameStop--;
	const nameSpan: LineSpan = { line: lineSpan.line, start: nameStart, end: nameStop };
	const headerEnd = close === -1 ? lineSpan.end : close + 1;
	const headerSpan: LineSpan = { line: lineSpan.line, start: open, end: headerEnd };
	if (close === -1) {
		doc.problems.push({ code: 'unclosed-section', span: headerSpan, message: 'The section header has no closing `]`.' });
	} else {
		let rest = close + 1;
		while (rest < lineSpan.end && isSpace(line.charCodeAt(rest))) rest++;
		if (rest < lineSpan.end && line[rest] !== ';') {
			doc.problems.push({
				code: 'text-after-section',
				span: { line: lineSpan.line, start: rest, end: lineSpan.end },
				message: 'Text after `]` on a section header is ignored; put it on its own line.',
			});
		}
	}
	if (nameStart === nameStop) {
		doc.problems.push({ code: 'empty-section-name', span: headerSpan, message: 'The section header has no name.' });
	}
	return {
		name: line.slice(nameStart, nameStop),
		nameSpan,
		headerSpan,
		lines: [],
		lastContentLine: lineSpan.line,
	};
}

function parseContent(line: string, lineSpan: LineSpan, doc: IniDocument): IniLine {
	const { start, end } = lineSpan;
	// A line that opens with a quote is a quoted value (a command line); an `=`
	// inside the quotes never splits it.
	if (line[start] === '"') {
		const quote = readQuoted(line, start, end, lineSpan.line, doc);
		let after = quote.end;
		while (after < end && isSpace(line.charCodeAt(after))) after++;
		if (after < end && line[after] === '=') {
			return entryFrom(line, lineSpan, start, quote.end, after, doc);
		}
		return {
			type: 'value',
			value: quote.closed && quote.end === end ? quote.value : line.slice(start, end),
			rawValue: line.slice(start, end),
			valueSpan: { line: lineSpan.line, start, end },
			quoted: quote.closed && quote.end === end,
			lineSpan,
		};
	}
	const equals = line.indexOf('=', start);
	if (equals === -1 || equals >= end) {
		return {
			type: 'value',
			value: line.slice(start, end),
			rawValue: line.slice(start, end),
			valueSpan: { line: lineSpan.line, start, end },
			quoted: false,
			lineSpan,
		};
	}
	let keyEnd = equals;
	while (keyEnd > start && isSpace(line.charCodeAt(keyEnd - 1))) keyEnd--;
	return entryFrom(line, lineSpan, start, keyEnd, equals, doc);
}

function entryFrom(line: string, lineSpan: LineSpan, keyStart: number, keyEnd: number, equals: number, doc: IniDocument): IniEntry {
	const end = lineSpan.end;
	let valueStart = equals + 1;
	while (valueStart < end && isSpace(line.charCodeAt(valueStart))) valueStart++;
	const rawValue = line.slice(valueStart, end);
	let value = rawValue;
	let quoted = false;
	if (line[valueStart] === '"') {
		const quote = readQuoted(line, valueStart, end, lineSpan.line, doc);
		if (quote.closed && quote.end === end) {
			value = quote.value;
			quoted = true;
		} else if (quote.closed) {
			// `"a","b"` lists and `"path" /switch` keep their raw text; only a
			// stray quote mid-value is worth a problem.
			if (!/^\s*[,;]/.test(line.slice(quote.end, end)) && rawValue.split('"').length % 2 === 0) {
				doc.problems.push({
					code: 'text-after-quote',
					span: { line: lineSpan.line, start: quote.end, end },
					message: 'Text after the closing quote is unusual; quote the whole value or separate list items with commas.',
				});
			}
		}
	}
	let key = line.slice(keyStart, keyEnd);
	if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1).replace(/""/g, '"');
	return {
		type: 'entry',
		key,
		keySpan: { line: lineSpan.line, start: keyStart, end: keyEnd },
		value,
		rawValue,
		valueSpan: { line: lineSpan.line, start: valueStart, end: Math.max(valueStart, end) },
		equalsColumn: equals,
		quoted,
		lineSpan,
	};
}

interface QuotedRead {
	readonly value: string;
	/** Column just past the closing quote (or end of line when unclosed). */
	readonly end: number;
	readonly closed: boolean;
}

function readQuoted(line: string, open: number, end: number, lineNo: number, doc: IniDocument): QuotedRead {
	let out = '';
	let i = open + 1;
	while (i < end) {
		const close = line.indexOf('"', i);
		if (close === -1 || close >= end) break;
		out += line.slice(i, close);
		if (line[close + 1] === '"' && close + 1 < end) {
			out += '"';
			i = close + 2;
			continue;
		}
		return { value: out, end: close + 1, closed: true };
	}
	doc.problems.push({
		code: 'unterminated-quote',
		span: { line: lineNo, start: open, end },
		message: 'The quoted value has no closing `"`.',
	});
	return { value: line.slice(open + 1, end), end, closed: false };
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0xfeff || code === 0x0c || code === 0x0b;
}

/** Case-insensitive key for section and entry lookups. */
export function fold(name: string): string {
	return name.toLowerCase();
}
