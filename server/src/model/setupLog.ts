/**
 * Model layer: the line format of Windows Setup and Sysprep logs.
 *
 * Panther layout (Vista and later), one entry per line:
 * `2023-01-05 10:11:12, Error      [0x0f0082] SYSPRP LaunchDll:Failure …`
 * — time stamp, level, an optional message id, a component tag padded to six
 * columns (`SYSPRP`, `CSI`, `MOUPG`, …; empty for programs that name
 * themselves in brackets: `[setup.exe]`, `[Shell Unattend]`), then the text.
 * Lines without a time stamp continue the entry above (host information
 * blocks, wrapped `[gle=…]`). Anything else (XP's setuplog.txt, class
 * installer lines) is kept as `other`.
 *
 * The scanner hands each line to a visitor through one reused record, so a
 * 30 MB log costs no object per line; it never throws and runs in one pass.
 */

export type LogLevel = 'info' | 'warning' | 'error' | 'fatal' | 'other';

/** One line as the scanner sees it; the record is reused for the next line, so copy what you keep. */
export interface LogLineView {
	/** 0-based line number. */
	line: number;
	/** Offset of the line's first character in the text. */
	offset: number;
	/** The line without its line break. */
	text: string;
	level: LogLevel;
	/** True when the line has the Panther time stamp and level. */
	panther: boolean;
	/** `SYSPRP`, `MOUPG`, … or '' (none, or not a Panther line). */
	component: string;
	/** The bracketed program at the start of the message (`setup.exe`, `Shell Unattend`), or ''. */
	tag: string;
	/** Column where the message (after the component) starts. */
	messageColumn: number;
	/** Column just past the time stamp, level and message id (where the component starts); 0 for other lines. */
	bodyColumn: number;
	/** Column where the time stamp starts (after a BOM), for ranges. */
	startColumn: number;
	/** A line without a time stamp that follows a Panther entry. */
	continuation: boolean;
}

const header = /^(\uFEFF?)\d{4}-\d\d-\d\d \d\d:\d\d:\d\d, ([A-Za-z]+)( +)(?:\[0x[0-9A-Fa-f]+\] +)?/;
const otherEntry = /^\[\d{1,2}\/\d{1,2}\/\d{4} /;
const levels: Readonly<Record<string, LogLevel>> = { info: 'info', warning: 'warning', error: 'error', fatal: 'fatal', perf: 'info' };

/** A record for `readLogLine` to fill. */
export function emptyView(): LogLineView {
	return { line: 0, offset: 0, text: '', level: 'other', panther: false, component: '', tag: '', messageColumn: 0, bodyColumn: 0, startColumn: 0, continuation: false };
}

/** Reads one line into `view`. */
export function readLogLine(text: string, line: number, offset: number, previousPanther: boolean, view: LogLineView): void {
	view.line = line;
	view.offset = offset;
	view.text = text;
	view.component = '';
	view.tag = '';
	view.continuation = false;
	const match = header.exec(text);
	if (!match) {
		view.panther = false;
		view.level = 'other';
		view.messageColumn = 0;
		view.bodyColumn = 0;
		view.startColumn = text.charCodeAt(0) === 0xfeff ? 1 : 0;
		// Another writer's entry (`[04/05/2024 10:11:12.123] WudfCoInstaller: …`) does not continue the Panther line above.
		view.continuation = previousPanther && text.trim() !== '' && !otherEntry.test(text);
		return;
	}
	view.panther = true;
	view.startColumn = match[1].length;
	view.level = levels[match[2].toLowerCase()] ?? 'other';
	let at = match[0].length;
	view.bodyColumn = at;
	// A component is an upper-case word padded to six columns and a space: `CSI    `, `SYSPRP `.
	// `WMI Helper Library` (an empty component followed by text) is not padded that way.
	let end = at;
	while (end < text.length && end - at < 8 && isComponentChar(text.charCodeAt(end))) end++;
	if (end > at + 1 && end - at <= 7) {
		let gap = end;
		while (gap < text.length && text.charCodeAt(gap) === 32) gap++;
		if (gap > end && gap - at >= 7 && gap < text.length) {
			view.component = text.slice(at, end);
			at = gap;
		}
	}
	while (at < text.length && text.charCodeAt(at) === 32) at++;
	view.messageColumn = at;
	if (text.charCodeAt(at) === 91 /* [ */) {
		const close = text.indexOf(']', at);
		if (close > at + 1 && close - at < 48) view.tag = text.slice(at + 1, close);
	}
}

function isComponentChar(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Calls `visit` for every line of `text` (one reused record). Returns the
 * number of lines. The visitor may stop the scan by returning `false`.
 */
export function scanLogLines(text: string, visit: (view: LogLineView) => void | boolean): number {
	const view = emptyView();
	let offset = 0;
	let line = 0;
	let previousPanther = false;
	while (offset <= text.length) {
		let end = text.indexOf('\n', offset);
		const next = end === -1 ? text.length + 1 : end + 1;
		if (end === -1) end = text.length;
		const lineEnd = end > offset && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
		readLogLine(text.slice(offset, lineEnd), line, offset, previousPanther, view);
		previousPanther = view.panther || (previousPanther && view.continuation);
		if (visit(view) === false) return line + 1;
		line++;
		offset = next;
	}
	return line;
}

/** How many leading lines a content sniff reads, at most. */
export const sniffLines = 8;

/**
 * True when the start of a text has the Panther layout: of its first few
 * non-empty lines (at most 4 KB), most carry the time stamp and a level.
 */
export function looksLikeSetupLog(text: string): boolean {
	const head = text.slice(0, 4096);
	let seen = 0;
	let panther = 0;
	const view = emptyView();
	for (const raw of head.split('\n')) {
		const text = raw.replace(/\r$/, '');
		if (text.trim() === '') continue;
		if (seen >= sniffLines) break;
		seen++;
		readLogLine(text, 0, 0, false, view);
		if (view.panther && view.level !== 'other') panther++;
	}
	return seen > 0 && panther * 2 > seen;
}
