/**
 * Model layer: the tags of build-tool template engines around an answer file
 * (HCL `templatefile`, Jinja/Ansible, Mako, ERB, Go/Helm), found by one linear
 * scan without backtracking regexes, and the text the answer-file checks read
 * instead: placeholders stay (or become a `{{ name }}` the checks know as a
 * placeholder, so XML stays well-formed), directive and comment lines become
 * blank or an XML comment of the same length (they are not content), and
 * everything literal is copied. `alternatives` are the non-first branches of
 * each conditional, so the checks can tell alternatives from duplicates.
 */
import type { TemplateEngine } from '../documentKind';
import { TextBuilder, type MappedText } from './sourceMap';

export type Flavour = 'xml' | 'ini';

export interface TemplateText extends MappedText {
	/** Built-text spans of `else`/`elif` branches up to their `end`. */
	readonly alternatives: readonly { readonly from: number; readonly to: number }[];
	/** Built-text spans of the placeholders. */
	readonly placeholders: readonly { readonly from: number; readonly to: number }[];
}

type TokenType = 'placeholder' | 'directive' | 'comment' | 'escape';

interface Token {
	readonly start: number;
	readonly end: number;
	readonly type: TokenType;
	/** What an escape stands for. */
	readonly literal?: string;
	/** A directive's first word, lower case (`if`, `else`, `endif`, `end`, …). */
	readonly keyword?: string;
}

interface Syntax {
	readonly dollarBrace: boolean; // ${ … } (HCL, Mako)
	readonly percentBrace: boolean; // %{ … } and the $${ / %%{ escapes (HCL)
	readonly curly: boolean; // {{ }}, {% %}, {# #} (Jinja, Go)
	readonly angle: boolean; // <%= %>, <% %>, <%# %> (ERB, Mako)
	readonly percentLines: boolean; // % if …: lines and ## comments (Mako)
}

const syntaxes: Record<TemplateEngine, Syntax> = {
	hcl: { dollarBrace: true, percentBrace: true, curly: false, angle: false, percentLines: false },
	jinja: { dollarBrace: false, percentBrace: false, curly: true, angle: false, percentLines: false },
	go: { dollarBrace: false, percentBrace: false, curly: true, angle: false, percentLines: false },
	mako: { dollarBrace: true, percentBrace: false, curly: false, angle: true, percentLines: true },
	erb: { dollarBrace: false, percentBrace: false, curly: false, angle: true, percentLines: false },
	generic: { dollarBrace: true, percentBrace: true, curly: true, angle: true, percentLines: false },
};

/** Go's actions that are control, not output. */
const goKeywords = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);

/** Finds the closing delimiter; remembers a miss so later openers of the same kind do not rescan (linear overall). */
class Closer {
	private readonly missed = new Set<string>();
	constructor(private readonly text: string) {}
	find(close: string, from: number): number {
		if (this.missed.has(close)) return -1;
		const at = this.text.indexOf(close, from);
		if (at === -1) this.missed.add(close);
		return at;
	}
}

function firstWord(inner: string): string {
	const trimmed = inner.replace(/^[\s\-~+=!]+/, '');
	let end = 0;
	while (end < trimmed.length && /[A-Za-z_]/.test(trimmed[end])) end++;
	return trimmed.slice(0, end).toLowerCase();
}

/** `${ … }` with nested braces and quoted strings; the end offset past `}`, or -1. */
function braceEnd(text: string, open: number, state: { failed: boolean }): number {
	if (state.failed) return -1;
	let depth = 0;
	let quote = '';
	for (let i = open; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
			continue;
		}
		if (c === '"' || c === "'") quote = c;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	state.failed = true;
	return -1;
}

/** Every template tag in the text, in order. */
function scan(text: string, engine: TemplateEngine): Token[] {
	const syntax = syntaxes[engine];
	const closer = new Closer(text);
	const brace = { failed: false };
	const tokens: Token[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		if (syntax.percentLines && (i === 0 || text[i - 1] === '\n')) {
			let j = i;
			while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
			let lineEnd = text.indexOf('\n', j);
			if (lineEnd === -1) lineEnd = n;
			const body = text.slice(j, lineEnd).replace(/\r$/, '');
			if (body.startsWith('%%')) {
				tokens.push({ start: j, end: j + 2, type: 'escape', literal: '%' });
				i = j + 2;
				continue;
			}
			if (body.startsWith('%')) {
				tokens.push({ start: j, end: j + body.length, type: 'directive', keyword: firstWord(body.slice(1)) });
				i = lineEnd;
				continue;
			}
			if (body.startsWith('##')) {
				tokens.push({ start: j, end: j + body.length, type: 'comment' });
				i = lineEnd;
				continue;
			}
		}
		const c = text[i];
		const next = text[i + 1];
		if (syntax.percentBrace && (c === '$' || c === '%') && next === c && text[i + 2] === '{') {
			tokens.push({ start: i, end: i + 3, type: 'escape', literal: `${c}{` });
			i += 3;
			continue;
		}
		if (syntax.dollarBrace && c === '$' && next === '{') {
			const end = braceEnd(text, i + 1, brace);
			if (end !== -1) {
				tokens.push({ start: i, end, type: 'placeholder' });
				i = end;
				continue;
			}
		}
		if (syntax.percentBrace && c === '%' && next === '{') {
			const close = closer.find('}', i + 2);
			if (close !== -1) {
				tokens.push({ start: i, end: close + 1, type: 'directive', keyword: firstWord(text.slice(i + 2, close)) });
				i = close + 1;
				continue;
			}
		}
		if (syntax.curly && c === '{' && (next === '{' || next === '%' || next === '#')) {
			const closing = next === '{' ? '}}' : next === '%' ? '%}' : '#}';
			const close = closer.find(closing, i + 2);
			if (close !== -1) {
				const inner = text.slice(i + 2, close);
				const end = close + 2;
				if (next === '#' || (next === '{' && /^-?\s*\/\*/.test(inner))) tokens.push({ start: i, end, type: 'comment' });
				else if (next === '%') tokens.push({ start: i, end, type: 'directive', keyword: firstWord(inner) });
				else {
					const word = firstWord(inner);
					tokens.push(engine !== 'jinja' && goKeywords.has(word) ? { start: i, end, type: 'directive', keyword: word } : { start: i, end, type: 'placeholder' });
				}
				i = end;
				continue;
			}
		}
		if (syntax.angle && c === '<' && (next === '%' || (next === '/' && text[i + 2] === '%'))) {
			if (text.startsWith('<%%', i)) {
				tokens.push({ start: i, end: i + 3, type: 'escape', literal: '<%' });
				i += 3;
				continue;
			}
			if (text.startsWith('<%doc>', i)) {
				const close = closer.find('</%doc>', i + 6);
				if (close !== -1) {
					tokens.push({ start: i, end: close + 7, type: 'comment' });
					i = close + 7;
					continue;
				}
			}
			// Mako's tags (`<%include …/>`, `</%def>`) end at `>`; code blocks and ERB tags at `%>`.
			const makoTag = next === '/' || /^<%[A-Za-z]/.test(text.slice(i, i + 3));
			const closing = makoTag ? '>' : '%>';
			const close = closer.find(closing, i + 2);
			if (close !== -1) {
				const end = close + closing.length;
				const inner = text.slice(i + 2, close);
				if (inner.startsWith('=') || inner.startsWith('-=')) tokens.push({ start: i, end, type: 'placeholder' });
				else if (inner.startsWith('#')) tokens.push({ start: i, end, type: 'comment' });
				else tokens.push({ start: i, end, type: 'directive', keyword: blockWord(inner) });
				i = end;
				continue;
			}
		}
		i++;
	}
	return tokens;
}

/** ERB/Ruby: `x.each do |y|` opens a block like `for`. */
function blockWord(inner: string): string {
	const word = firstWord(inner);
	if (word !== 'end' && /\bdo(\s*\|[^|]*\|)?\s*-?$/.test(inner.trim())) return 'for';
	return word;
}

const simplePlaceholder = /^(?:\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\$\{[A-Za-z_][\w.]*\})$/;

/** A placeholder as the answer-file checks know one: `{{ name }}` with a plain name. */
function placeholderText(raw: string): string {
	if (simplePlaceholder.test(raw)) return raw;
	const inner = raw.replace(/^(\{\{|\$\{|<%-?=+)/, '').replace(/(\}\}|\}|-?%>)$/, '');
	const name = inner.replace(/[^\w.]+/g, '_').replace(/^[^A-Za-z]+/, '').replace(/_+$/, '').slice(0, 40);
	return `{{ ${name || 'value'} }}`;
}

const opens = new Set(['if', 'unless']);
const blocks = new Set(['for', 'range', 'with', 'while', 'define', 'block', 'macro', 'call', 'filter', 'def', 'case', 'begin']);
const branches = new Set(['else', 'elif', 'elsif']);

/** The answer-file text a template renders, as far as the checks are concerned. */
export function renderTemplate(text: string, engine: TemplateEngine, flavour: Flavour): TemplateText {
	const tokens = scan(text, engine);
	const builder = new TextBuilder(text);
	const alternativesInSource: { from: number; to: number }[] = [];
	const placeholdersInSource: { from: number; to: number }[] = [];
	const stack: { conditional: boolean; alternativeFrom?: number }[] = [];
	let at = 0;
	// Until the first literal content, whole-line tags vanish with their line (trim_blocks, `~}`, `-%>`), so an XML declaration stays first.
	let leading = true;
	for (const token of tokens) {
		if (token.start < at) continue;
		const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
		let lineEnd = text.indexOf('\n', token.end);
		if (lineEnd === -1) lineEnd = text.length;
		const wholeLines = token.type !== 'placeholder' && token.type !== 'escape' && isBlank(text, lineStart, token.start) && isBlank(text, token.end, lineEnd);
		if (leading && !isBlank(text, at, wholeLines ? lineStart : token.start)) leading = false;
		if (leading && wholeLines) {
			builder.copy(at, lineStart);
			at = Math.min(lineEnd + 1, text.length);
			builder.replace(lineStart, at, '');
			continue;
		}
		leading = false;
		builder.copy(at, token.start);
		at = token.end;
		if (token.type === 'escape') {
			builder.replace(token.start, token.end, token.literal ?? '');
			continue;
		}
		if (token.type === 'placeholder') {
			placeholdersInSource.push({ from: token.start, to: token.end });
			builder.replace(token.start, token.end, placeholderText(text.slice(token.start, token.end)));
			continue;
		}
		const word = token.keyword ?? '';
		if (opens.has(word)) stack.push({ conditional: true });
		else if (blocks.has(word)) stack.push({ conditional: false });
		else if (branches.has(word)) {
			const top = stack[stack.length - 1];
			if (top?.conditional && top.alternativeFrom === undefined) top.alternativeFrom = token.start;
		} else if (word.startsWith('end')) {
			const top = stack.pop();
			if (top?.alternativeFrom !== undefined) alternativesInSource.push({ from: top.alternativeFrom, to: token.end });
		}
		if (wholeLines) {
			// Trim back what was copied of this line before the tag, and blank the lines the tag fills.
			const filler = blankLines(text.slice(token.start, token.end), flavour);
			builder.replace(token.start, token.end, filler);
		} else if (token.type === 'comment') builder.replace(token.start, token.end, keepNewlines(text.slice(token.start, token.end), ' '));
		else if (flavour === 'xml' && (engine === 'erb' || engine === 'mako' || engine === 'go' || engine === 'generic')) {
			// Inline control inside a value: `{% %}`, which the checks read as a template token (the value depends on it).
			builder.replace(token.start, token.end, '{% %}');
		} else builder.copy(token.start, token.end);
	}
	builder.copy(at, text.length);
	const built = builder.build();
	const toBuilt = (span: { from: number; to: number }) => ({ from: built.map.toTarget(span.from) ?? 0, to: built.map.toTarget(span.to) ?? 0 });
	return { ...built, alternatives: alternativesInSource.map(toBuilt), placeholders: placeholdersInSource.map(toBuilt) };
}

/** Only blanks (and a CR) in `text[from, to)`. */
function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const c = text[i];
		if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\n') return false;
	}
	return true;
}

function keepNewlines(raw: string, fill: string): string {
	let out = '';
	for (const ch of raw) out += ch === '\n' || ch === '\r' ? ch : fill;
	return out;
}

/** A directive that fills its lines: blanks of the same shape, or an XML comment when it fits (a separator the checks see). */
function blankLines(raw: string, flavour: Flavour): string {
	const blank = keepNewlines(raw, ' ');
	if (flavour !== 'xml') return blank;
	const firstLine = blank.search(/[\r\n]/);
	const firstLength = firstLine === -1 ? blank.length : firstLine;
	const lastLength = blank.length - 1 - Math.max(blank.lastIndexOf('\n'), blank.lastIndexOf('\r'));
	const single = firstLine === -1;
	if ((single && blank.length < 7) || firstLength < 4 || lastLength < 3) return blank;
	return `<!--${blank.slice(4, -3)}-->`;
}
