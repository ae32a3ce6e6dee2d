/**
 * Service layer: document and range formatting for the INI answer files
 * (Sysprep.inf, Unattend.txt/winnt.sif, Winbom.ini, Cmdlines.txt).
 *
 * What it changes: `key = value` spacing (the `equalsSpacing` setting), the
 * indentation of entries and value lines (made uniform, following the file's
 * most common indentation, so a Setup Manager file keeps its four spaces),
 * indentation and trailing whitespace of section headers, trailing
 * whitespace, runs of blank lines (at most one; exactly one before a section
 * and the comments right above it; none after a header, at the start or at
 * the end of the file).
 *
 * What it never changes: the text of a key, a value or a comment (a trailing
 * `;` comment keeps its place after the value); lines a `\` continues; line breaks
 * of the lines it keeps (a CRLF file stays CRLF; inserted blank lines use the
 * file's usual break); lines the parser found a problem on; lines before the
 * first section. Parsing the result gives the same sections, entries and
 * values (a property test checks it), and formatting twice changes nothing.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { IniDocument, IniLine } from '../../model/iniParser';
import type { Settings } from '../kindService';

type LineRole =
	| { readonly kind: 'blank' }
	| { readonly kind: 'comment'; readonly end: number }
	| { readonly kind: 'header'; readonly start: number }
	| { readonly kind: 'line'; readonly line: IniLine }
	/** Left exactly as it is (parser problems, the preamble). */
	| { readonly kind: 'keep' };

interface RawLine {
	readonly start: number;
	readonly text: string;
	/** The line has a line break after it (the last line of a file may not). */
	readonly broken: boolean;
	/** The break after the line (`''` for the last line). */
	readonly eol: string;
}

function splitLines(text: string): RawLine[] {
	const lines: RawLine[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 13 || ch === 10) {
			const crlf = ch === 13 && text.charCodeAt(i + 1) === 10;
			lines.push({ start, text: text.slice(start, i), broken: true, eol: crlf ? '\r\n' : text[i] });
			if (crlf) i++;
			start = i + 1;
		}
	}
	lines.push({ start, text: text.slice(start), broken: false, eol: '' });
	return lines;
}

function roles(doc: IniDocument, count: number): LineRole[] {
	const out: LineRole[] = Array.from({ length: count }, () => ({ kind: 'blank' }) as LineRole);
	for (const line of doc.preamble) out[line.lineSpan.line] = { kind: 'keep' };
	for (const comment of doc.comments) out[comment.span.line] = { kind: 'comment', end: comment.span.end };
	for (const section of doc.sections) {
		out[section.headerSpan.line] = { kind: 'header', start: section.headerSpan.start };
		for (const line of section.lines) out[line.lineSpan.line] = (line.type === 'entry' && line.keySpan.start === line.keySpan.end) || line.continuation !== undefined ? { kind: 'keep' } : { kind: 'line', line };
	}
	for (const line of doc.continuedLines) if (line < count) out[line] = { kind: 'keep' };
	for (const problem of doc.problems) if (problem.span.line < count) out[problem.span.line] = { kind: 'keep' };
	return out;
}

function trimEnd(text: string): string {
	return text.replace(/[ \t\f\v\ufeff]+$/, '');
}

function leading(text: string): string {
	return /^[ \t]*/.exec(text)![0];
}

/** The indentation most entry and value lines use; none when the file does not indent. */
function usualIndent(lines: readonly RawLine[], roleOf: readonly LineRole[]): string {
	const counts = new Map<string, number>();
	for (let i = 0; i < lines.length; i++) {
		if (roleOf[i].kind !== 'line') continue;
		const indent = leading(i === 0 ? lines[i].text.replace(/^\ufeff/, '') : lines[i].text);
		counts.set(indent, (counts.get(indent) ?? 0) + 1);
	}
	let best = '';
	let bestCount = 0;
	for (const [indent, n] of counts) {
		if (n > bestCount || (n === bestCount && indent === '')) {
			best = indent;
			bestCount = n;
		}
	}
	return best;
}

function formatLine(raw: string, role: LineRole, indent: string, spacing: Settings['formatEqualsSpacing']): string {
	switch (role.kind) {
		case 'blank':
			return '';
		case 'keep':
			return raw;
		case 'comment':
			return raw.slice(0, role.end);
		case 'header':
			return trimEnd(raw.slice(role.start));
		case 'line': {
			const line = role.line;
			// A trailing comment stays as written, with the blanks before it.
			const comment = line.comment ? raw.slice(line.valueSpan.end, line.comment.end) : '';
			if (line.type === 'value') return indent + raw.slice(line.valueSpan.start, line.valueSpan.end) + comment;
			const key = raw.slice(line.keySpan.start, line.keySpan.end);
			const value = raw.slice(line.valueSpan.start, line.valueSpan.end);
			const equals = line.equalsColumn;
			if (value === '') {
				const before = spacing === 'keep' ? raw.slice(line.keySpan.end, equals) : spacing === 'spaces' ? ' ' : '';
				return `${indent}${key}${before}=${line.comment ? raw.slice(equals + 1, line.comment.end) : ''}`;
			}
			const middle = spacing === 'keep' ? raw.slice(line.keySpan.end, line.valueSpan.start) : spacing === 'spaces' ? ' = ' : '=';
			return `${indent}${key}${middle}${value}${comment}`;
		}
	}
}

/**
 * Edits that format `text` (parsed as `doc`). With `range`, only edits on the lines
 * the range touches are returned.
 */
export function formatIni(text: string, doc: IniDocument, spacing: Settings['formatEqualsSpacing'], range?: Range): TextEdit[] {
	const lines = splitLines(text);
	if (lines.length !== doc.lineCount) return []; // The parser split lines differently: do nothing rather than guess.
	const roleOf = roles(doc, lines.length);
	const indent = usualIndent(lines, roleOf);
	const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
	const edits: TextEdit[] = [];
	const firstLine = range ? range.start.line : 0;
	const lastLine = range ? (range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line) : lines.length - 1;
	const wanted = (line: number) => line >= firstLine && line <= lastLine;
	const deleteLine = (i: number) => {
		if (wanted(i)) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i + 1, character: 0 } }, newText: '' });
	};

	// Which lines are blank, and where the last content line is.
	const isBlank = roleOf.map((role) => role.kind === 'blank');
	let lastContent = -1;
	for (let i = 0; i < lines.length; i++) if (!isBlank[i]) lastContent = i;
	if (lastContent === -1) return [];
	// A BOM-only first line reads as blank; leave it.
	if (bom && isBlank[0] && lines[0].text === bom) isBlank[0] = false;

	// The first line of the comment block right above each header: a blank line goes before it.
	const needsGap = new Set<number>();
	for (const section of doc.sections) {
		const i = section.headerSpan.line;
		let anchor = i;
		while (anchor > 0 && roleOf[anchor - 1].kind === 'comment') anchor--;
		needsGap.add(anchor);
	}

	let previousContent = -1;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (isBlank[i]) {
			// A run of blank lines: keep its first line when it separates content, unless it follows a header
			// and no section starts after it; drop the rest. The "line" after the final break has no break
			// of its own and is not a line to remove.
			if (!line.broken) continue;
			let next = i;
			while (next < lines.length && isBlank[next]) next++;
			const first = i === 0 || !isBlank[i - 1];
			const between = previousContent !== -1 && i < lastContent;
			const keep = first && between && (needsGap.has(next) || roleOf[previousContent].kind !== 'header');
			if (!keep) deleteLine(i);
			else if (line.text !== '') pushContent(edits, i, line.text, '', wanted);
			continue;
		}
		// One edit per line: an inserted blank line joins the line's own change (editors reject two edits at one spot).
		// It ends like the line above it, so a CRLF file stays CRLF and a `\n` never joins a lone `\r` into one break.
		const gap = needsGap.has(i) && previousContent !== -1 && !(i > 0 && isBlank[i - 1]) ? lines[i - 1].eol || doc.eol : '';
		const raw = i === 0 && bom ? line.text.slice(1) : line.text;
		const shifted = shiftRole(roleOf[i], i === 0 && bom ? 1 : 0);
		const next = (i === 0 ? bom : '') + formatLine(raw, shifted, indent, spacing);
		if (next !== line.text) pushContent(edits, i, line.text, gap + next, wanted);
		else if (gap && wanted(i)) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: 0 } }, newText: gap });
		previousContent = i;
	}
	return edits;
}

/** Parser columns count the BOM; the formatter reads the first line without it. */
function shiftRole(role: LineRole, by: number): LineRole {
	if (by === 0) return role;
	switch (role.kind) {
		case 'comment':
			return { kind: 'comment', end: role.end - by };
		case 'header':
			return { kind: 'header', start: role.start - by };
		case 'line':
			return { kind: 'line', line: shiftLine(role.line, by) };
		default:
			return role;
	}
}

function shiftLine(line: IniLine, by: number): IniLine {
	const shift = (span: { line: number; start: number; end: number }) => ({ line: span.line, start: span.start - by, end: span.end - by });
	const extras = { continuedLines: line.continuedLines, comment: line.comment && shift(line.comment), continuation: line.continuation && shift(line.continuation) };
	if (line.type === 'value') return { type: 'value', value: line.value, rawValue: line.rawValue, quoted: line.quoted, valueSpan: shift(line.valueSpan), lineSpan: shift(line.lineSpan), ...extras };
	return {
		...extras,
		type: 'entry',
		key: line.key,
		value: line.value,
		rawValue: line.rawValue,
		quoted: line.quoted,
		keySpan: shift(line.keySpan),
		valueSpan: shift(line.valueSpan),
		lineSpan: shift(line.lineSpan),
		equalsColumn: line.equalsColumn - by,
	};
}

function pushContent(edits: TextEdit[], line: number, old: string, next: string, wanted: (line: number) => boolean): void {
	if (!wanted(line)) return;
	edits.push({ range: { start: { line, character: 0 }, end: { line, character: old.length } }, newText: next });
}
