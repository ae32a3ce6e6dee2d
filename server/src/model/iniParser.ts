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
 *
 * Setup reads answer files with its INF reader (Microsoft's "General Syntax
 * Rules for INF Files"): `;` outside quotes starts a comment anywhere on a
 * line, and a `\` that is the last thing on a line (before spaces or a
 * comment) continues the line on the next one. Both are on by default
 * (`ParseOptions`); the entries whose documented value is a `;`-separated
 * list are read whole, because Microsoft writes them unquoted.
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

/** What a content line carries besides its text: a trailing comment and a continuation. */
export interface IniLineExtras {
	/** A `;` comment after the content on the same line (marker included). */
	readonly comment?: LineSpan;
	/** The `\` that continues this line on the next one. */
	readonly continuation?: LineSpan;
	/** How many following lines were joined to this one (0 without a continuation). */
	readonly continuedLines: number;
}

/** `key = value`. `value` is unquoted; `rawValue` is the text as written (trimmed). */
export interface IniEntry extends IniLineExtras {
	readonly type: 'entry';
	readonly key: string;
	readonly keySpan: LineSpan;
	readonly value: string;
	readonly rawValue: string;
	/** Trimmed value text; an empty value is a zero-width span just after `=`. */
	readonly valueSpan: LineSpan;
	readonly equalsColumn: number;
	readonly quoted: boolean;
	/** The whole line without its line break (a trailing comment included). */
	readonly lineSpan: LineSpan;
}

/** A line without `=` (a `[GuiRunOnce]` command, a bare word, or a key that lost its `=`). */
export interface IniValueLine extends IniLineExtras {
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
	/** Whole-line comments. */
	readonly comments: IniComment[];
	/** `;` comments after an entry or value on the same line. */
	readonly trailingComments: IniComment[];
	/** Lines a `\` on the line before joined to it; they are part of that line's value. */
	readonly continuedLines: number[];
	readonly problems: IniProblem[];
	readonly lineCount: number;
	/** Length of each line without its break (for end-of-line positions). */
	readonly lineLengths: number[];
	/** The line break the file mostly uses; quick-fixes insert the same. */
	readonly eol: '\r\n' | '\n';
}

export interface ParseOptions {
	/** `;` outside quotes starts a comment anywhere on a line, and a final `\` continues the line (Setup's INF reader). Default true. */
	readonly infSyntax?: boolean;
	/** Keys (folded) whose value is a `;`-separated list read whole: `;` there is a separator, not a comment. */
	readonly semicolonListKeys?: ReadonlySet<string>;
}

/** Parses answer-file text; never throws. */
export function parseIni(text: string, options: ParseOptions = {}): IniDocument {
	const doc: { -readonly [K in keyof IniDocument]: IniDocument[K] } = {
		preamble: [],
		sections: [],
		comments: [],
		trailingComments: [],
		continuedLines: [],
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
	const reader: LineReader = { infSyntax: options.infSyntax !== false, listKeys: options.semicolonListKeys, pending: undefined };
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
		const parsed = reader.pending ? continueLine(text, lineStart, lineEnd - lineStart, lineNo, doc, reader) : parseLine(text, lineStart, lineEnd - lineStart, lineNo, doc, reader);
		if (parsed === 'joined') {
			doc.continuedLines.push(lineNo);
			if (current) current.lastContentLine = lineNo;
		} else if (parsed === 'blank') {
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

/** Where a line's content ends, what follows it, and the line it continues into. */
interface Tail {
	/** Column just past the content (trimmed), before a comment or a continuing `\`. */
	readonly contentEnd: number;
	/** Column of the `;` of a trailing comment, or -1. */
	readonly commentStart: number;
	/** Column of the continuing `\`, or -1. */
	readonly continuation: number;
}

/** Reader state across lines: options and the line a `\` continues. */
interface LineReader {
	readonly infSyntax: boolean;
	readonly listKeys: ReadonlySet<string> | undefined;
	pending: Entry | ValueLine | undefined;
}

class Entry implements IniEntry {
	/** Text of the lines joined by continuation, already trimmed (undefined without one). */
	joined: string | undefined;
	continuedLines = 0;
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
		/** Column just past the value (before a trailing comment or continuation). */
		private readonly valueEnd: number,
		private readonly flags: number,
		/** The unquoted value when it differs from the text between the quotes. */
		private readonly unquoted: string | undefined,
		private readonly commentStart: number,
		private readonly continuationColumn: number,
	) {}
	get type(): 'entry' {
		return 'entry';
	}
	get key(): string {
		const key = this.src.slice(this.base + this.keyStart, this.base + this.keyEnd);
		return key.length >= 2 && key.startsWith('"') && key.endsWith('"') ? key.slice(1, -1).replace(/""/g, '"') : key;
	}
	get value(): string {
		const own = (this.flags & quotedFlag) === 0 ? this.ownRaw() : (this.unquoted ?? this.src.slice(this.base + this.valueStart + 1, this.base + this.valueEnd - 1));
		return this.joined === undefined ? own : own + this.joined;
	}
	get rawValue(): string {
		return this.joined === undefined ? this.ownRaw() : this.ownRaw() + this.joined;
	}
	private ownRaw(): string {
		return this.src.slice(this.base + this.valueStart, this.base + this.valueEnd);
	}
	get quoted(): boolean {
		return (this.flags & quotedFlag) !== 0 && this.joined === undefined;
	}
	get keySpan(): LineSpan {
		return { line: this.lineNo, start: this.keyStart, end: this.keyEnd };
	}
	get valueSpan(): LineSpan {
		return { line: this.lineNo, start: this.valueStart, end: Math.max(this.valueStart, this.valueEnd) };
	}
	get lineSpan(): LineSpan {
		return { line: this.lineNo, start: this.lineStart, end: this.lineEnd };
	}
	get comment(): LineSpan | undefined {
		return this.commentStart === -1 ? undefined : { line: this.lineNo, start: this.commentStart, end: this.lineEnd };
	}
	get continuation(): LineSpan | undefined {
		return this.continuationColumn === -1 ? undefined : { line: this.lineNo, start: this.continuationColumn, end: this.continuationColumn + 1 };
	}
}

class ValueLine implements IniValueLine {
	joined: string | undefined;
	continuedLines = 0;
	constructor(
		private readonly src: string,
		private readonly base: number,
		private readonly lineNo: number,
		private readonly start: number,
		/** Column just past the value (before a trailing comment or continuation). */
		private readonly end: number,
		/** Column just past the whole line's text (a trailing comment included). */
		private readonly lineEnd: number,
		private readonly flags: number,
		private readonly unquoted: string | undefined,
		private readonly commentStart: number,
		private readonly continuationColumn: number,
	) {}
	get type(): 'value' {
		return 'value';
	}
	get value(): string {
		const own = (this.flags & quotedFlag) === 0 ? this.ownRaw() : (this.unquoted ?? this.src.slice(this.base + this.start + 1, this.base + this.end - 1));
		return this.joined === undefined ? own : own + this.joined;
	}
	get rawValue(): string {
		return this.joined === undefined ? this.ownRaw() : this.ownRaw() + this.joined;
	}
	private ownRaw(): string {
		return this.src.slice(this.base + this.start, this.base + this.end);
	}
	get quoted(): boolean {
		return (this.flags & quotedFlag) !== 0 && this.joined === undefined;
	}
	get valueSpan(): LineSpan {
		return { line: this.lineNo, start: this.start, end: this.end };
	}
	get lineSpan(): LineSpan {
		return { line: this.lineNo, start: this.start, end: this.lineEnd };
	}
	get comment(): LineSpan | undefined {
		return this.commentStart === -1 ? undefined : { line: this.lineNo, start: this.commentStart, end: this.lineEnd };
	}
	get continuation(): LineSpan | undefined {
		return this.continuationColumn === -1 ? undefined : { line: this.lineNo, start: this.continuationColumn, end: this.continuationColumn + 1 };
	}
}

/** `text[base + column]` is the line's character at `column`; `length` is the line's length. */
function parseLine(text: string, base: number, length: number, lineNo: number, doc: IniDocument, reader: LineReader): IniComment | IniSection | IniLine | 'blank' | undefined {
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
	return parseContent(text, base, lineNo, first, last, doc, reader);
}

/**
 * Where the content of `[start, end)` ends: at the first `;` outside quotes (a
 * comment, when `comments`), and before a final `\` outside quotes (a
 * continuation, when `continuation`). Trailing blanks and the backslashes of
 * a continuation are left out, as Setup's INF reader drops them.
 */
function tailOf(text: string, base: number, start: number, end: number, comments: boolean, continuation: boolean): Tail {
	let quoted = false;
	let commentStart = -1;
	let lastBackslash = -1;
	let lastNonSpace = -1;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(base + i);
		if (code === 0x22 /* " */) quoted = !quoted;
		else if (!quoted && comments && code === 0x3b /* ; */) {
			commentStart = i;
			break;
		}
		if (!isSpace(code)) {
			lastNonSpace = i;
			lastBackslash = !quoted && code === 0x5c /* \ */ ? i : -1;
		}
	}
	let contentEnd = commentStart === -1 ? end : commentStart;
	let continuationColumn = -1;
	if (continuation && lastBackslash !== -1 && lastBackslash === lastNonSpace) {
		continuationColumn = lastBackslash;
		contentEnd = lastBackslash;
		// `a \ \` continues too; every backslash and blank of the run is dropped.
		while (contentEnd > start && (isSpace(text.charCodeAt(base + contentEnd - 1)) || text.charCodeAt(base + contentEnd - 1) === 0x5c)) contentEnd--;
	}
	while (contentEnd > start && isSpace(text.charCodeAt(base + contentEnd - 1))) contentEnd--;
	return { contentEnd, commentStart, continuation: continuationColumn };
}

function trailingComment(tail: Tail, text: string, base: number, lineNo: number, end: number, doc: IniDocument): void {
	if (tail.commentStart !== -1) doc.trailingComments.push(comment(';', text, base, lineNo, tail.commentStart, end));
}

/**
 * A line that a `\` on the line before continues: its trimmed content joins
 * that line's value, and it may continue in turn.
 */
function continueLine(text: string, base: number, length: number, lineNo: number, doc: IniDocument, reader: LineReader): 'joined' | 'blank' {
	const target = reader.pending!;
	reader.pending = undefined;
	let first = 0;
	while (first < length && isSpace(text.charCodeAt(base + first))) first++;
	if (first === length) return 'blank';
	let last = length;
	while (last > first && isSpace(text.charCodeAt(base + last - 1))) last--;
	const tail = tailOf(text, base, first, last, true, true);
	trailingComment(tail, text, base, lineNo, last, doc);
	target.joined = (target.joined ?? '') + text.slice(base + first, base + tail.contentEnd);
	target.continuedLines++;
	if (tail.continuation !== -1) reader.pending = target;
	return 'joined';
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

function parseContent(text: string, base: number, lineNo: number, start: number, lineEnd: number, doc: IniDocument, reader: LineReader): IniLine {
	let tail = tailOf(text, base, start, lineEnd, reader.infSyntax, reader.infSyntax);
	// A line that opens with a quote is a quoted value (a command line); an `=`
	// inside the quotes never splits it.
	if (text.charCodeAt(base + start) === 0x22 /* " */) {
		const end = tail.contentEnd;
		const unquoted = readQuoted(text, base, start, end, lineNo, doc);
		const quoteEnd = quoteRead.end;
		let after = quoteEnd;
		while (after < end && isSpace(text.charCodeAt(base + after))) after++;
		if (after < end && text.charCodeAt(base + after) === 0x3d /* = */) {
			return entryFrom(text, base, lineNo, start, lineEnd, start, quoteEnd, after, tail, doc, reader);
		}
		const quoted = quoteRead.closed && quoteEnd === end;
		return valueLine(text, base, lineNo, start, lineEnd, tail, quoted ? quotedFlag : 0, quoted ? unquoted : undefined, doc, reader);
	}
	const found = text.indexOf('=', base + start);
	const equals = found === -1 ? -1 : found - base;
	if (equals === -1 || equals >= tail.contentEnd) {
		return valueLine(text, base, lineNo, start, lineEnd, tail, 0, undefined, doc, reader);
	}
	let keyEnd = equals;
	while (keyEnd > start && isSpace(text.charCodeAt(base + keyEnd - 1))) keyEnd--;
	// Documented `;`-separated lists are written unquoted by Microsoft: `;` there separates, it does not comment.
	if (tail.commentStart !== -1 && reader.listKeys?.has(fold(text.slice(base + start, base + keyEnd)))) {
		tail = tailOf(text, base, start, lineEnd, false, reader.infSyntax);
	}
	return entryFrom(text, base, lineNo, start, lineEnd, start, keyEnd, equals, tail, doc, reader);
}

function valueLine(text: string, base: number, lineNo: number, start: number, lineEnd: number, tail: Tail, flags: number, unquoted: string | undefined, doc: IniDocument, reader: LineReader): ValueLine {
	trailingComment(tail, text, base, lineNo, lineEnd, doc);
	const line = new ValueLine(text, base, lineNo, start, tail.contentEnd, lineEnd, flags, unquoted, tail.commentStart, tail.continuation);
	if (tail.continuation !== -1) reader.pending = line;
	return line;
}

function entryFrom(text: string, base: number, lineNo: number, lineStart: number, lineEnd: number, keyStart: number, keyEnd: number, equals: number, tail: Tail, doc: IniDocument, reader: LineReader): IniEntry {
	const end = Math.max(tail.contentEnd, equals + 1);
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
	trailingComment(tail, text, base, lineNo, lineEnd, doc);
	const entry = new Entry(text, base, lineNo, lineStart, lineEnd, keyStart, keyEnd, equals, valueStart, end, flags, unquoted, tail.commentStart, tail.continuation);
	if (tail.continuation !== -1) reader.pending = entry;
	return entry;
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
