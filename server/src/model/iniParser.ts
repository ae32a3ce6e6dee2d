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
		doc.lineLengths.push(lineEnd - lineStart);
		// Lines are read in place (columns relative to `lineStart`): no string per line.
		const parsed = parseLine(text, lineStart, lineEnd - lineStart, lineNo, doc);
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

/*
 * Entries and value lines are the bulk of a model (a 10,000-line [SysprepMassStorage]),
 * so they are compact: the columns are numbers on the node, the spans are built when
 * asked for, and the strings are sliced from the document text on access (a value
 * with doubled quotes keeps its unquoted text). Nothing but numbers and one pointer
 * to the text stays alive per line.
 */

const quotedFlag = 1;

class Entry implements IniEntry {
	constructor(
		private readonly src: string,
		/** Offset of the line's first character in `src`. */
		private readonly base: number,
		private readonly lineNo: number,
		private readonly lineStart: number,
		private readonly lineEnd: number,
		private readonly keyStart: number,
		private readonly keyEnd: number,
		readonly equalsColumn: number,
		private readonly valueStart: number,
		private readonly flags: number,
		/** The unquoted value when it differs from the text between the quotes. */
		private readonly unquoted: string | undefined,
	) {}
	get type(): 'entry' {
		return 'entry';
	}
	get key(): string {
		const key = this.src.slice(this.base + this.keyStart, this.base + this.keyEnd);
		return key.length >= 2 && key.startsWith('"') && key.endsWith('"') ? key.slice(1, -1).replace(/""/g, '"') : key;
	}
	get value(): string {
		if ((this.flags & quotedFlag) === 0) return this.rawValue;
		return this.unquoted ?? this.src.slice(this.base + this.valueStart + 1, this.base + this.lineEnd - 1);
	}
	get rawValue(): string {
		return this.src.slice(this.base + this.valueStart, this.base + this.lineEnd);
	}
	get quoted(): boolean {
		return (this.flags & quotedFlag) !== 0;
	}
	get keySpan(): LineSpan {
		return { line: this.lineNo, start: this.keyStart, end: this.keyEnd };
	}
	get valueSpan(): LineSpan {
		return { line: this.lineNo, start: this.valueStart, end: Math.max(this.valueStart, this.lineEnd) };
	}
	get lineSpan(): LineSpan {
		return { line: this.lineNo, start: this.lineStart, end: this.lineEnd };
	}
}

class ValueLine implements IniValueLine {
	constructor(
		private readonly src: string,
		private readonly base: number,
		private readonly lineNo: number,
		private readonly start: number,
		private readonly end: number,
		private readonly flags: number,
		private readonly unquoted: string | undefined,
	) {}
	get type(): 'value' {
		return 'value';
	}
	get value(): string {
		if ((this.flags & quotedFlag) === 0) return this.rawValue;
		return this.unquoted ?? this.src.slice(this.base + this.start + 1, this.base + this.end - 1);
	}
	get rawValue(): string {
		return this.src.slice(this.base + this.start, this.base + this.end);
	}
	get quoted(): boolean {
		return (this.flags & quotedFlag) !== 0;
	}
	get valueSpan(): LineSpan {
		return { line: this.lineNo, start: this.start, end: this.end };
	}
	get lineSpan(): LineSpan {
		return { line: this.lineNo, start: this.start, end: this.end };
	}
}

/** `text[base + column]` is the line's character at `column`; `length` is the line's length. */
function parseLine(text: string, base: number, length: number, lineNo: number, doc: IniDocument): IniComment | IniSection | IniLine | 'blank' | undefined {
	let first = 0;
	while (first < length && isSpace(text.charCodeAt(base + first))) first++;
	if (first === length) return 'blank';
	let last = length;
	while (last > first && isSpace(text.charCodeAt(base + last - 1))) last--;
	const ch = text.charCodeAt(base + first);
	if (ch === 0x3b /* ; */) return comment(';', text, base, lineNo, first, last);
	if (ch === 0x23 /* # */) return comment('#', text, base, lineNo, first, last);
	if (ch === 0x2f /* / */ && first + 1 < length && text.charCodeAt(base + first + 1) === 0x2f) return comment('//', text, base, lineNo, first, last);
	if (isRem(text, base + first, base + last)) return comment('rem', text, base, lineNo, first, last);
	if (ch === 0x5b /* [ */) return parseHeader(text, base, length, { line: lineNo, start: first, end: last }, doc);
	return parseContent(text, base, lineNo, first, last, doc);
}

function comment(marker: CommentMarker, text: string, base: number, lineNo: number, start: number, end: number): IniComment {
	return { type: 'comment', marker, span: { line: lineNo, start, end }, text: text.slice(base + start, base + end) };
}

/** `REM` followed by nothing, a space or a tab, in any case (how cmd.exe reads it). Offsets are absolute. */
function isRem(text: string, first: number, last: number): boolean {
	if (last - first < 3) return false;
	// Same as `line.slice(first, first + 3).toLowerCase() === 'rem'`, without two strings per line.
	if ((text.charCodeAt(first) | 0x20) !== 0x72 || (text.charCodeAt(first + 1) | 0x20) !== 0x65 || (text.charCodeAt(first + 2) | 0x20) !== 0x6d) return false;
	if (last - first === 3) return true;
	const next = text.charCodeAt(first + 3);
	return next === 32 || next === 9;
}

function parseHeader(text: string, base: number, length: number, lineSpan: LineSpan, doc: IniDocument): IniSection {
	const open = lineSpan.start;
	const found = text.indexOf(']', base + open + 1);
	const close = found === -1 || found >= base + length ? -1 : found - base;
	const nameEnd = close === -1 || close > lineSpan.end ? lineSpan.end : close;
	let nameStart = open + 1;
	let nameStop = nameEnd;
	while (nameStart < nameStop && isSpace(text.charCodeAt(base + nameStart))) nameStart++;
	while (nameStop > nameStart && isSpace(text.charCodeAt(base + nameStop - 1))) nameStop--;
	const nameSpan: LineSpan = { line: lineSpan.line, start: nameStart, end: nameStop };
	const headerEnd = close === -1 ? lineSpan.end : close + 1;
	const headerSpan: LineSpan = { line: lineSpan.line, start: open, end: headerEnd };
	if (close === -1) {
		doc.problems.push({ code: 'unclosed-section', span: headerSpan, message: 'The section header has no closing `]`.' });
	} else {
		let rest = close + 1;
		while (rest < lineSpan.end && isSpace(text.charCodeAt(base + rest))) rest++;
		if (rest < lineSpan.end && text.charCodeAt(base + rest) !== 0x3b /* ; */) {
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
		name: text.slice(base + nameStart, base + nameStop),
		nameSpan,
		headerSpan,
		lines: [],
		lastContentLine: lineSpan.line,
	};
}

function parseContent(text: string, base: number, lineNo: number, start: number, end: number, doc: IniDocument): IniLine {
	// A line that opens with a quote is a quoted value (a command line); an `=`
	// inside the quotes never splits it.
	if (text.charCodeAt(base + start) === 0x22 /* " */) {
		const unquoted = readQuoted(text, base, start, end, lineNo, doc);
		const quoteEnd = quoteRead.end;
		let after = quoteEnd;
		while (after < end && isSpace(text.charCodeAt(base + after))) after++;
		if (after < end && text.charCodeAt(base + after) === 0x3d /* = */) {
			return entryFrom(text, base, lineNo, start, end, start, quoteEnd, after, doc);
		}
		const quoted = quoteRead.closed && quoteEnd === end;
		return new ValueLine(text, base, lineNo, start, end, quoted ? quotedFlag : 0, quoted ? unquoted : undefined);
	}
	const found = text.indexOf('=', base + start);
	const equals = found === -1 ? -1 : found - base;
	if (equals === -1 || equals >= end) {
		return new ValueLine(text, base, lineNo, start, end, 0, undefined);
	}
	let keyEnd = equals;
	while (keyEnd > start && isSpace(text.charCodeAt(base + keyEnd - 1))) keyEnd--;
	return entryFrom(text, base, lineNo, start, end, start, keyEnd, equals, doc);
}

function entryFrom(text: string, base: number, lineNo: number, lineStart: number, end: number, keyStart: number, keyEnd: number, equals: number, doc: IniDocument): IniEntry {
	let valueStart = equals + 1;
	while (valueStart < end && isSpace(text.charCodeAt(base + valueStart))) valueStart++;
	let flags = 0;
	let unquoted: string | undefined;
	if (valueStart < end && text.charCodeAt(base + valueStart) === 0x22 /* " */) {
		const value = readQuoted(text, base, valueStart, end, lineNo, doc);
		if (quoteRead.closed && quoteRead.end === end) {
			unquoted = value;
			flags = quotedFlag;
		} else if (quoteRead.closed) {
			// `"a","b"` lists and `"path" /switch` keep their raw text; only a
			// stray quote mid-value is worth a problem.
			if (!/^\s*[,;]/.test(text.slice(base + quoteRead.end, base + end)) && text.slice(base + valueStart, base + end).split('"').length % 2 === 0) {
				doc.problems.push({
					code: 'text-after-quote',
					span: { line: lineNo, start: quoteRead.end, end },
					message: 'Text after the closing quote is unusual; quote the whole value or separate list items with commas.',
				});
			}
		}
	}
	return new Entry(text, base, lineNo, lineStart, end, keyStart, keyEnd, equals, valueStart, flags, unquoted);
}

/** What the last `readQuoted` found (module state instead of an object per quoted value). */
const quoteRead = {
	/** Column just past the closing quote (or end of line when unclosed). */
	end: 0,
	closed: false,
};

/**
 * Reads a quoted value starting at column `open`. Returns the unquoted text only when it
 * differs from the text between the quotes (doubled quotes, or an unclosed quote);
 * undefined means "slice between the quotes".
 */
function readQuoted(text: string, base: number, open: number, end: number, lineNo: number, doc: IniDocument): string | undefined {
	let out: string | undefined;
	let i = open + 1;
	while (i < end) {
		const found = text.indexOf('"', base + i);
		const close = found === -1 ? -1 : found - base;
		if (close === -1 || close >= end) break;
		if (close + 1 < end && text.charCodeAt(base + close + 1) === 0x22) {
			out = (out ?? '') + text.slice(base + i, base + close) + '"';
			i = close + 2;
			continue;
		}
		quoteRead.end = close + 1;
		quoteRead.closed = true;
		return out === undefined ? undefined : out + text.slice(base + i, base + close);
	}
	doc.problems.push({
		code: 'unterminated-quote',
		span: { line: lineNo, start: open, end },
		message: 'The quoted value has no closing `"`.',
	});
	quoteRead.end = end;
	quoteRead.closed = false;
	return text.slice(base + open + 1, base + end);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 0xfeff || code === 0x0c || code === 0x0b;
}

/** Case-insensitive key for section and entry lookups. */
export function fold(name: string): string {
	return name.toLowerCase();
}
