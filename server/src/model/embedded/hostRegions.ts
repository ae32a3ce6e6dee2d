/**
 * Model layer: the answer files inside a file that is not one — a build-tool
 * template (the whole file), a PowerShell here-string or string, an HCL
 * heredoc or quoted string (`windows_sysprep_text = <<EOF`, Packer
 * `cd_content`), a YAML block scalar. Each region is decoded from its host's
 * escapes (doubled quotes, backticks, `$${`, `\"`, YAML indentation), its
 * template tags are rendered (`templateEngines.ts`), and it keeps the map back
 * to the host and the encoder a quick-fix's text goes through.
 *
 * Every scanner is one linear pass; closing delimiters are found with
 * `indexOf` and a miss is remembered, so no input makes them quadratic.
 */
import { answerKindOfBaseName, answerKindOfText, hostLanguageOf, mayHoldAnswerText, templateOf, type TemplateEngine } from '../documentKind';
import { chainMaps, TextBuilder, type MappedText, type OffsetMap } from './sourceMap';
import { renderTemplate, type Flavour } from './templateEngines';

export type EmbeddedKind = 'unattend-xml' | 'sysprep-inf' | 'unattend-txt';

export interface EmbeddedRegion {
	readonly kind: EmbeddedKind;
	/** What holds it, for messages and symbols ("PowerShell here-string"). */
	readonly origin: string;
	/** The span of the region's content in the host. */
	readonly hostStart: number;
	readonly hostEnd: number;
	/** The answer file as Setup would read it (placeholders kept, directives blanked). */
	readonly text: string;
	/** Offsets of `text` to and from the host. */
	readonly map: OffsetMap;
	/** Spans of `text` in non-first branches of a template conditional. */
	readonly alternatives: readonly { readonly from: number; readonly to: number }[];
	/** Text for the region (a quick-fix's) as the host writes it. */
	encode(text: string): string;
}

/** A decoded host string before template rendering. */
interface Candidate {
	readonly origin: string;
	readonly start: number;
	readonly end: number;
	readonly decoded: MappedText;
	readonly engine: TemplateEngine | undefined;
	readonly encode: (text: string) => string;
}

/** The regions of a host or template file; none for names that are neither. */
export function findRegions(text: string, uriOrPath: string): EmbeddedRegion[] {
	const template = templateOf(uriOrPath);
	if (template) {
		const region = toRegion(
			{ origin: `${template.engine === 'generic' ? 'template' : `${engineNames[template.engine]} template`}`, start: 0, end: text.length, decoded: identity(text, 0, text.length), engine: template.engine, encode: template.engine === 'hcl' ? hclTemplateEncode : (value) => value },
			answerKindOfBaseName(template.base),
		);
		return region ? [region] : [];
	}
	const host = hostLanguageOf(uriOrPath);
	if (!host || !mayHoldAnswerText(text)) return [];
	const candidates = host === 'powershell' ? powershellStrings(text) : host === 'hcl' ? hclStrings(text) : yamlBlocks(text);
	const regions: EmbeddedRegion[] = [];
	for (const candidate of candidates) {
		const region = toRegion(candidate, undefined);
		if (region) regions.push(region);
	}
	return regions;
}

const engineNames: Record<TemplateEngine, string> = { hcl: 'HCL', jinja: 'Jinja', mako: 'Mako', erb: 'ERB', go: 'Go', generic: 'template' };

function toRegion(candidate: Candidate, named: EmbeddedKind | undefined): EmbeddedRegion | undefined {
	const decoded = candidate.decoded.text;
	const sniffed = answerKindOfText(decoded);
	const flavourGuess: Flavour = (named ?? sniffed) === 'unattend-xml' || decoded.trimStart().startsWith('<') ? 'xml' : 'ini';
	const rendered = candidate.engine ? renderTemplate(decoded, candidate.engine, flavourGuess) : { ...identityRendered(decoded) };
	const kind = named ?? sniffed ?? answerKindOfText(rendered.text);
	if (!kind) return undefined;
	return {
		kind,
		origin: candidate.origin,
		hostStart: candidate.start,
		hostEnd: candidate.end,
		text: rendered.text,
		map: chainMaps(rendered.map, candidate.decoded.map),
		alternatives: rendered.alternatives,
		encode: candidate.encode,
	};
}

function identityRendered(text: string): MappedText & { alternatives: [] } {
	return { ...identity(text, 0, text.length), alternatives: [] };
}

/** `source[from, to)` as it is. */
function identity(source: string, from: number, to: number): MappedText {
	const builder = new TextBuilder(source, from);
	builder.copy(from, to);
	const built = builder.build();
	return built;
}

const hclTemplateEncode = (value: string): string => value.replace(/([$%])\{/g, '$1$1{');

// ---------------------------------------------------------------------------
// PowerShell

/** Strings and here-strings of a PowerShell script that may hold an answer file. */
function powershellStrings(text: string): Candidate[] {
	const out: Candidate[] = [];
	const n = text.length;
	const missed = new Set<string>();
	const find = (needle: string, from: number): number => {
		if (missed.has(needle)) return -1;
		const at = text.indexOf(needle, from);
		if (at === -1) missed.add(needle);
		return at;
	};
	let i = 0;
	while (i < n) {
		const c = text[i];
		if (c === '<' && text[i + 1] === '#') {
			const close = find('#>', i + 2);
			i = close === -1 ? n : close + 2;
		} else if (c === '#') {
			const close = text.indexOf('\n', i);
			i = close === -1 ? n : close;
		} else if (c === '@' && (text[i + 1] === "'" || text[i + 1] === '"')) {
			const quote = text[i + 1];
			let j = i + 2;
			while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
			if (text[j] === '\r') j++;
			if (text[j] !== '\n') {
				i += 2;
				continue;
			}
			const start = j + 1;
			const close = find(`\n${quote}@`, j);
			if (close === -1) {
				i = n;
				continue;
			}
			const end = close > start && text[close - 1] === '\r' ? close - 1 : close;
			if (mayHoldAnswerText(text.slice(start, end))) {
				out.push(
					quote === "'"
						? { origin: 'PowerShell here-string', start, end, decoded: identity(text, start, end), engine: undefined, encode: (value) => value }
						: { origin: 'PowerShell expandable here-string', start, end, decoded: decodePowerShell(text, start, end, false), engine: undefined, encode: encodeExpandable },
				);
			}
			i = close + 3;
		} else if (c === "'" || c === '"') {
			const end = quotedEnd(text, i, c);
			if (end === -1) {
				i = n;
				continue;
			}
			const start = i + 1;
			if (mayHoldAnswerText(text.slice(start, end))) {
				out.push(
					c === "'"
						? { origin: 'PowerShell string', start, end, decoded: decodeSingleQuoted(text, start, end), engine: undefined, encode: (value) => value.replace(/'/g, "''") }
						: { origin: 'PowerShell string', start, end, decoded: decodePowerShell(text, start, end, true), engine: undefined, encode: (value) => encodeExpandable(value).replace(/"/g, '`"') },
				);
			}
			i = end + 1;
		} else i++;
	}
	return out;
}

/** The offset of a PowerShell string's closing quote (doubled quotes and, in "…", backticks escape it), or -1. */
function quotedEnd(text: string, open: number, quote: string): number {
	for (let i = open + 1; i < text.length; i++) {
		const c = text[i];
		if (quote === '"' && c === '`') i++;
		else if (c === quote) {
			if (text[i + 1] === quote) i++;
			else return i;
		}
	}
	return -1;
}

function decodeSingleQuoted(text: string, start: number, end: number): MappedText {
	const builder = new TextBuilder(text, start);
	let at = start;
	for (let i = start; i < end; i++) {
		if (text[i] === "'" && text[i + 1] === "'") {
			builder.copy(at, i + 1);
			at = i + 2;
			i++;
		}
	}
	builder.copy(at, end);
	return builder.build();
}

const backtickEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

/**
 * A double-quoted string or expandable here-string: backtick escapes decoded,
 * `$name`, `${name}` and `$(…)` become placeholders the checks recognise.
 */
function decodePowerShell(text: string, start: number, end: number, quoted: boolean): MappedText {
	const builder = new TextBuilder(text, start);
	let at = start;
	let parensFailed = false;
	for (let i = start; i < end; i++) {
		const c = text[i];
		if (c === '`' && i + 1 < end) {
			builder.copy(at, i);
			const next = text[i + 1];
			builder.replace(i, i + 2, backtickEscapes[next] ?? next);
			at = i + 2;
			i++;
		} else if (quoted && c === '"' && text[i + 1] === '"') {
			builder.copy(at, i + 1);
			at = i + 2;
			i++;
		} else if (c === '$') {
			let close = -1;
			let name = '';
			if (text[i + 1] === '{') {
				const brace = text.indexOf('}', i + 2);
				if (brace !== -1 && brace < end) {
					close = brace + 1;
					name = text.slice(i + 2, brace);
				}
			} else if (text[i + 1] === '(' && !parensFailed) {
				let depth = 0;
				for (let j = i + 1; j < end; j++) {
					if (text[j] === '(') depth++;
					else if (text[j] === ')' && --depth === 0) {
						close = j + 1;
						break;
					}
				}
				if (close === -1) parensFailed = true;
				else name = text.slice(i + 2, close - 1);
			} else {
				let j = i + 1;
				while (j < end && /[\w:]/.test(text[j])) j++;
				if (j > i + 1 && /[A-Za-z_]/.test(text[i + 1])) {
					close = j;
					name = text.slice(i + 1, j);
				}
			}
			if (close !== -1) {
				builder.copy(at, i);
				const ident = name.replace(/[^\w.]+/g, '_').replace(/^[^A-Za-z]+/, '').replace(/_+$/, '').slice(0, 40) || 'value';
				builder.replace(i, close, `\${${ident}}`);
				at = close;
				i = close - 1;
			}
		}
	}
	builder.copy(at, end);
	return builder.build();
}

function encodeExpandable(value: string): string {
	return value.replace(/[`$]/g, '`$&');
}

// ---------------------------------------------------------------------------
// HCL (Packer, Terraform)

function hclStrings(text: string): Candidate[] {
	const out: Candidate[] = [];
	const n = text.length;
	let commentMissed = false;
	let i = 0;
	while (i < n) {
		const c = text[i];
		if (c === '#' || (c === '/' && text[i + 1] === '/')) {
			const close = text.indexOf('\n', i);
			i = close === -1 ? n : close;
		} else if (c === '/' && text[i + 1] === '*') {
			const close = commentMissed ? -1 : text.indexOf('*/', i + 2);
			if (close === -1) commentMissed = true;
			i = close === -1 ? n : close + 2;
		} else if (c === '<' && text[i + 1] === '<') {
			const heredoc = /^<<(-?)([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 80));
			if (!heredoc) {
				i += 2;
				continue;
			}
			const start = i + heredoc[0].length;
			// The closing line holds the identifier alone (indented for <<-).
			let lineStart = start;
			let end = -1;
			let after = n;
			while (lineStart < n) {
				let lineEnd = text.indexOf('\n', lineStart);
				if (lineEnd === -1) lineEnd = n;
				if (text.slice(lineStart, lineEnd).trim() === heredoc[2]) {
					end = lineStart;
					after = lineEnd;
					break;
				}
				lineStart = lineEnd + 1;
			}
			if (end === -1) {
				i = n;
				continue;
			}
			if (mayHoldAnswerText(text.slice(start, end))) out.push(heredocCandidate(text, start, end, heredoc[1] === '-'));
			i = after;
		} else if (c === '"') {
			const end = hclQuotedEnd(text, i);
			if (end === -1) {
				i++;
				continue;
			}
			if (mayHoldAnswerText(text.slice(i + 1, end))) {
				out.push({ origin: 'HCL string', start: i + 1, end, decoded: decodeHclQuoted(text, i + 1, end), engine: 'hcl', encode: (value) => hclTemplateEncode(value.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')) });
			}
			i = end + 1;
		} else i++;
	}
	return out;
}

/** The closing quote of an HCL string (on its line, interpolations may hold quotes), or -1. */
function hclQuotedEnd(text: string, open: number): number {
	let depth = 0;
	for (let i = open + 1; i < text.length; i++) {
		const c = text[i];
		if (c === '\n' && depth === 0) return -1;
		if (c === '\\') i++;
		else if ((c === '$' || c === '%') && text[i + 1] === '{' && text[i - 1] !== c) {
			depth++;
			i++;
		} else if (c === '}' && depth > 0) depth--;
		else if (c === '"' && depth === 0) return i;
	}
	return -1;
}

const hclEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

function decodeHclQuoted(text: string, start: number, end: number): MappedText {
	const builder = new TextBuilder(text, start);
	let at = start;
	for (let i = start; i < end; i++) {
		if (text[i] !== '\\' || i + 1 >= end) continue;
		builder.copy(at, i);
		const next = text[i + 1];
		const unicode = next === 'u' ? /^[0-9A-Fa-f]{4}/.exec(text.slice(i + 2, i + 6)) : null;
		if (unicode) {
			builder.replace(i, i + 6, String.fromCharCode(parseInt(unicode[0], 16)));
			at = i + 6;
			i += 5;
		} else {
			builder.replace(i, i + 2, hclEscapes[next] ?? next);
			at = i + 2;
			i++;
		}
	}
	builder.copy(at, end);
	return builder.build();
}

/** A heredoc's lines; `<<-` strips the indentation its lines share. */
function heredocCandidate(text: string, start: number, end: number, indented: boolean): Candidate {
	const lines = linesOf(text, start, end);
	let strip = 0;
	if (indented) {
		strip = Number.POSITIVE_INFINITY;
		for (const [from, to] of lines) {
			const line = text.slice(from, to);
			if (line.trim() === '') continue;
			strip = Math.min(strip, line.length - line.trimStart().length);
		}
		if (!Number.isFinite(strip)) strip = 0;
	}
	const indent = ' '.repeat(strip);
	return {
		origin: 'HCL heredoc',
		start,
		end,
		decoded: stripLines(text, lines, strip),
		engine: 'hcl',
		encode: (value) => hclTemplateEncode(value).replace(/\n/g, `\n${indent}`),
	};
}

/** `[from, to)` of each line in `text[start, end)`, newline included in `to`. */
function linesOf(text: string, start: number, end: number): [number, number][] {
	const lines: [number, number][] = [];
	let at = start;
	while (at < end) {
		const newline = text.indexOf('\n', at);
		const to = newline === -1 || newline >= end ? end : newline + 1;
		lines.push([at, to]);
		at = to;
	}
	return lines;
}

/** Each line without its first `strip` blanks (shorter blank lines keep only their newline). */
function stripLines(text: string, lines: readonly [number, number][], strip: number): MappedText {
	const builder = new TextBuilder(text, lines[0]?.[0] ?? 0);
	for (const [from, to] of lines) {
		let skip = 0;
		while (skip < strip && from + skip < to && (text[from + skip] === ' ' || text[from + skip] === '\t')) skip++;
		builder.copy(from + skip, to);
	}
	return builder.build();
}

// ---------------------------------------------------------------------------
// YAML

/** Block scalars (`key: |`, `- >-`, `|2`) of a YAML file. Ansible renders Jinja in them. */
function yamlBlocks(text: string): Candidate[] {
	const out: Candidate[] = [];
	const all = linesOf(text, 0, text.length);
	for (let k = 0; k < all.length; k++) {
		const [from, to] = all[k];
		const line = text.slice(from, to).replace(/\r?\n$/, '');
		const explicit = blockHeader(line);
		if (explicit === undefined) continue;
		const parent = line.length - line.trimStart().length;
		let last = k;
		let indent = explicit ? parent + explicit : -1;
		for (let m = k + 1; m < all.length; m++) {
			const body = text.slice(all[m][0], all[m][1]).replace(/\r?\n$/, '');
			if (body.trim() === '') continue;
			const lead = body.length - body.trimStart().length;
			if (lead <= parent) break;
			if (indent === -1) indent = lead;
			if (lead < indent) break;
			last = m;
		}
		if (last === k || indent === -1) continue;
		const lines = all.slice(k + 1, last + 1);
		const start = lines[0][0];
		const end = lines[lines.length - 1][1];
		if (mayHoldAnswerText(text.slice(start, end))) {
			const pad = ' '.repeat(indent);
			out.push({ origin: 'YAML block scalar', start, end, decoded: stripLines(text, lines, indent), engine: 'jinja', encode: (value) => value.replace(/\n/g, `\n${pad}`) });
		}
		k = last;
	}
	return out;
}

/** A block scalar's header line (`key: |`, `- >-`, `|2 # note`): its explicit indentation (0 when none), or undefined. */
function blockHeader(line: string): number | undefined {
	const hash = line.search(/\s#/);
	const body = (hash === -1 ? line : line.slice(0, hash)).trimEnd();
	let at = body.length - 1;
	let explicit = 0;
	// Indicators after | or >: a chomping sign and an indentation digit, in either order.
	for (let k = 0; k < 2 && at >= 0 && /[-+1-9]/.test(body[at]); k++, at--) if (/[1-9]/.test(body[at])) explicit = Number(body[at]);
	if (at < 0 || (body[at] !== '|' && body[at] !== '>')) return undefined;
	const before = body.slice(0, at).trimEnd();
	if (before === '' || before.endsWith(':') || before.endsWith('-')) return before === '' || /[\s:-]$/.test(body.slice(0, at)) ? explicit : undefined;
	return undefined;
}
