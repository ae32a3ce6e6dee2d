/**
 * Model layer: a small, position-exact XML parser for answer files
 * (`unattend.xml`, `autounattend.xml`).
 *
 * Invariant: the parser never throws; it returns a tree plus `problems`.
 * Invariant: it runs in linear time with an explicit element stack, so a
 * 10,000-deep nesting cannot overflow the call stack.
 * Invariant: every node carries UTF-16 offsets into the text it was given;
 * `positionAt`/`offsetAt` convert at the edge, with lines counted the way LSP
 * counts them (`\r\n`, `\n` or a lone `\r`).
 *
 * It reads what answer files contain: the XML declaration, comments, CDATA,
 * the five predefined entities and numeric references, attributes with either
 * quote, namespace declarations (`xmlns`, `xmlns:wcm`) and a leading BOM.
 * DTDs are skipped, not interpreted. It recovers from the mistakes that stop
 * Windows Setup (an unescaped `&`, an unclosed element, a stray end tag) and
 * keeps going so later checks still see the rest of the file.
 */

export type XmlProblemCode =
	| 'unescaped-ampersand'
	| 'unknown-entity'
	| 'unescaped-less-than'
	| 'unclosed-element'
	| 'mismatched-end-tag'
	| 'unexpected-end-tag'
	| 'malformed-tag'
	| 'malformed-attribute'
	| 'duplicate-attribute'
	| 'unterminated-comment'
	| 'double-hyphen-in-comment'
	| 'unterminated-cdata'
	| 'unterminated-declaration'
	| 'misplaced-declaration'
	| 'text-outside-root'
	| 'multiple-roots'
	| 'missing-root'
	| 'unbound-prefix'
	| 'malformed-declaration'
	| 'malformed-processing-instruction'
	| 'invalid-character'
	| 'cdata-end-in-text';

export interface XmlProblem {
	readonly code: XmlProblemCode;
	readonly start: number;
	readonly end: number;
	readonly message: string;
}

export interface XmlAttribute {
	/** The qualified name as written, e.g. `wcm:action`. */
	readonly name: string;
	readonly prefix: string | undefined;
	readonly localName: string;
	/** Namespace URI of a prefixed attribute; unprefixed attributes have none. */
	namespace: string | undefined;
	readonly nameStart: number;
	readonly nameEnd: number;
	/** The value with entities decoded. */
	readonly value: string;
	/** Offsets of the value between its quotes (an empty value is zero-width). */
	readonly valueStart: number;
	readonly valueEnd: number;
	/** The quote used, or `''` when the value is unquoted or missing. */
	readonly quote: '"' | "'" | '';
	/** Offset just past the attribute (closing quote included). */
	readonly end: number;
}

export interface XmlText {
	readonly type: 'text';
	readonly start: number;
	readonly end: number;
	/** Decoded text. */
	readonly value: string;
}

export interface XmlCData {
	readonly type: 'cdata';
	readonly start: number;
	readonly end: number;
	readonly value: string;
}

export interface XmlComment {
	readonly type: 'comment';
	readonly start: number;
	readonly end: number;
	readonly value: string;
}

export interface XmlProcessingInstruction {
	readonly type: 'pi';
	readonly start: number;
	readonly end: number;
	readonly target: string;
}

export interface XmlElement {
	readonly type: 'element';
	readonly name: string;
	readonly prefix: string | undefined;
	readonly localName: string;
	/** Namespace URI after resolution; undefined when no default namespace is in scope. */
	namespace: string | undefined;
	/** Offset of `<`. */
	readonly start: number;
	readonly nameStart: number;
	readonly nameEnd: number;
	/** Offset just past the start tag's `>` (or where the broken tag was cut off). */
	startTagEnd: number;
	/** Offset of `</` of the matching end tag, when there is one. */
	closeStart: number | undefined;
	/** Offset just past the element (end tag included), or where recovery closed it. */
	end: number;
	selfClosing: boolean;
	/** False when the element was closed by recovery rather than by its own end tag. */
	closed: boolean;
	readonly attributes: XmlAttribute[];
	readonly children: XmlNode[];
	readonly parent: XmlElement | undefined;
	readonly depth: number;
}

export type XmlNode = XmlElement | XmlText | XmlCData | XmlComment | XmlProcessingInstruction;

export interface XmlDeclaration {
	readonly start: number;
	readonly end: number;
	readonly version: string | undefined;
	readonly encoding: string | undefined;
}

export interface XmlDocument {
	readonly text: string;
	readonly root: XmlElement | undefined;
	/** Nodes outside the root element (declaration, comments, extra roots). */
	readonly topLevel: XmlNode[];
	readonly declaration: XmlDeclaration | undefined;
	/** Every comment in document order (for folding). */
	readonly comments: XmlComment[];
	/** Every element in document order (start-tag order). */
	readonly elements: XmlElement[];
	/** The first `maxXmlProblems` problems in document order. */
	readonly problems: XmlProblem[];
	/** How many problems the text has, kept or not. */
	readonly problemTotal: number;
	/** Offset of the first character of each line. */
	readonly lineStarts: number[];
	readonly eol: '\r\n' | '\n';
	readonly bom: boolean;
}

export const xmlNamespaceUri = 'http://www.w3.org/XML/1998/namespace';

const predefinedEntities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// XML 1.0 fifth edition, productions [4] NameStartChar and [4a] NameChar.
const nameStartRanges = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const nameRanges = `${nameStartRanges}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
// The classes list code-point ranges of the XML specification (U+200C–U+200D, combining marks), not visible characters.
// eslint-disable-next-line no-misleading-character-class
const nameStartChar = new RegExp(`^[${nameStartRanges}]`, 'u');
// eslint-disable-next-line no-misleading-character-class
const namePattern = new RegExp(`[${nameStartRanges}][${nameRanges}]*`, 'uy');
// Leading zeros are allowed in character references (`&#0000000009;` is a tab).
const referencePattern = /&(?:#([0-9]+)|#x([0-9A-Fa-f]+)|([A-Za-z_][-A-Za-z0-9._]{0,31}));/y;
/** Characters outside production [2] Char: C0 controls but tab and line ends, lone surrogates, U+FFFE and U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const invalidCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]+|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Production [23] XMLDecl with [24] VersionInfo, [80] EncodingDecl and [32] SDDecl, in that order. */
const declarationPattern = /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;
const whitespace = /[ \t\r\n]/;

function isSpace(ch: string): boolean {
	return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** Offsets of line starts, splitting on `\r\n`, `\n` and a lone `\r`. */
export function computeLineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (ch === 10) {
			starts.push(i + 1);
		}
	}
	return starts;
}

/** The LSP position of an offset. */
export function positionAt(doc: Pick<XmlDocument, 'lineStarts' | 'text'>, offset: number): { line: number; character: number } {
	const clamped = Math.max(0, Math.min(offset, doc.text.length));
	const starts = doc.lineStarts;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= clamped) low = mid;
		else high = mid - 1;
	}
	return { line: low, character: clamped - starts[low] };
}

/** The offset of an LSP position, clamped to the line. */
export function offsetAt(doc: Pick<XmlDocument, 'lineStarts' | 'text'>, position: { line: number; character: number }): number {
	const starts = doc.lineStarts;
	if (position.line >= starts.length) return doc.text.length;
	if (position.line < 0) return 0;
	const start = starts[position.line];
	const next = position.line + 1 < starts.length ? starts[position.line + 1] : doc.text.length;
	let lineEnd = next;
	while (lineEnd > start && (doc.text[lineEnd - 1] === '\n' || doc.text[lineEnd - 1] === '\r')) lineEnd--;
	return Math.min(start + Math.max(0, position.character), lineEnd);
}

function describe(ch: string | undefined): string {
	if (ch === undefined) return 'the end of the file';
	if (ch === '\n' || ch === '\r') return 'the end of the line';
	return `'${ch}'`;
}

interface Scope {
	readonly prefixes: ReadonlyMap<string, string>;
}

/** Problems kept per document; a real answer file has a handful. */
export const maxXmlProblems = 50_000;

/** Parses XML text; never throws. */
export function parseXml(text: string): XmlDocument {
	const problems: XmlProblem[] = [];
	const comments: XmlComment[] = [];
	const elements: XmlElement[] = [];
	const topLevel: XmlNode[] = [];
	const bom = text.charCodeAt(0) === 0xfeff;
	let crlf = 0;
	let lf = 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
		if (text.charCodeAt(i - 1) === 13) crlf++;
		else lf++;
	}
	let root: XmlElement | undefined;
	let declaration: XmlDeclaration | undefined;
	const stack: XmlElement[] = [];
	/** How many open elements carry each name, so an end tag that matches nothing is known in O(1). */
	const openNames = new Map<string, number>();
	const scopes: Scope[] = [{ prefixes: new Map([['xml', xmlNamespaceUri]]) }];
	/** The scope depth each open element pushed (elements without declarations push nothing). */
	const pushedScope: boolean[] = [];
	let sawContent = false;

	let problemTotal = 0;
	const problem = (code: XmlProblemCode, start: number, end: number, message: string) => {
		// A hostile file can have millions; keeping them all costs memory and time no report needs.
		if (problemTotal++ < maxXmlProblems) problems.push({ code, start, end: Math.max(start, end), message });
	};

	const addNode = (node: XmlNode) => {
		const parent = stack[stack.length - 1];
		if (parent) parent.children.push(node);
		else topLevel.push(node);
	};

	/** `needle` in `[from, to)` only: searching the whole rest of the text for each of many short runs would be quadratic. */
	const indexWithin = (needle: string, from: number, to: number): number => {
		if (from >= to) return -1;
		const at = text.slice(from, to).indexOf(needle);
		return at === -1 ? -1 : from + at;
	};

	/** Decodes entity and character references in `[from, to)`, reporting bad ones. */
	const decode = (from: number, to: number, inAttribute: boolean): string => {
		let out = '';
		let last = from;
		for (let amp = indexWithin('&', from, to); amp !== -1; amp = indexWithin('&', amp + 1, to)) {
			referencePattern.lastIndex = amp;
			const match = referencePattern.exec(text);
			if (!match || amp + match[0].length > to) {
				const word = /^&[A-Za-z_#][\w#.-]*/.exec(text.slice(amp, Math.min(to, amp + 40)));
				const place = inAttribute ? 'in an attribute value' : 'in text';
				// A run such as `&&` is one mistake with one fix.
				let runEnd = amp + 1;
				if (!word) while (runEnd < to && text[runEnd] === '&') runEnd++;
				problem(
					'unescaped-ampersand',
					amp,
					runEnd,
					word
						? `'&' ${place} starts an entity reference, but '${word[0]}' has no closing ';'. Write a literal ampersand as '&amp;'.`
						: `A bare '${text.slice(amp, runEnd)}' ${place} is not allowed in XML; Windows Setup stops reading the answer file here. Write each '&' as '&amp;'.`,
				);
				amp = runEnd - 1;
				continue;
			}
			out += text.slice(last, amp);
			let replacement: string | undefined;
			if (match[1] !== undefined || match[2] !== undefined) {
				const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2]!, 16);
				if (code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)) {
					replacement = String.fromCodePoint(code);
				} else {
					problem('unknown-entity', amp, amp + match[0].length, `'${match[0]}' refers to a character XML does not allow.`);
					replacement = '';
				}
			} else {
				replacement = predefinedEntities[match[3]!];
				if (replacement === undefined) {
					problem(
						'unknown-entity',
						amp,
						amp + match[0].length,
						`'${match[0]}' is not an entity XML knows; only &amp; &lt; &gt; &quot; &apos; and numeric references like &#169; are defined. Write a literal ampersand as '&amp;'.`,
					);
					replacement = match[0];
				}
			}
			out += replacement;
			last = amp + match[0].length;
			amp = last - 1;
		}
		return out + text.slice(last, to);
	};

	const resolvePrefix = (prefix: string): string | undefined => scopes[scopes.length - 1].prefixes.get(prefix);

	const closeTop = (end: number, closed: boolean, closeStart?: number) => {
		const element = stack.pop()!;
		element.end = end;
		element.closed = closed;
		element.closeStart = closeStart;
		const count = (openNames.get(element.name) ?? 1) - 1;
		if (count === 0) openNames.delete(element.name);
		else openNames.set(element.name, count);
		if (pushedScope.pop()) scopes.pop();
		return element;
	};

	// Characters XML forbids anywhere (a form feed, an escape, U+FFFF): one scan, one problem per run.
	for (const match of text.matchAll(invalidCharacters)) {
		const code = match[0].charCodeAt(0);
		const shown = code >= 0xd800 && code <= 0xdfff ? 'a lone UTF-16 surrogate' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
		problem('invalid-character', match.index, match.index + match[0].length, `XML does not allow the character ${shown} anywhere in a document (not even in a comment or written as a reference); Setup rejects the file. Remove it.`);
	}

	let i = bom ? 1 : 0;
	const length = text.length;
	while (i < length) {
		const ch = text[i];
		if (ch !== '<') {
			// Character data up to the next `<`.
			let next = text.indexOf('<', i);
			if (next === -1) next = length;
			const value = decode(i, next, false);
			const node: XmlText = { type: 'text', start: i, end: next, value };
			// Searched within this run of text only, so the scan stays linear over the file.
			const cdataEnd = next - i >= 3 ? text.slice(i, next).indexOf(']]>') + i : i - 1;
			if (cdataEnd >= i) problem('cdata-end-in-text', cdataEnd, cdataEnd + 3, "']]>' is not allowed in text outside a CDATA section; write the '>' as '&gt;'.");
			if (stack.length === 0) {
				// Only white space may stand outside the root; a reference to a space (`&#32;`) is not white space.
				if (/[^ \t\r\n]/.test(text.slice(i, next))) {
					let s = i;
					while (s < next && isSpace(text[s])) s++;
					let e = next;
					while (e > s && isSpace(text[e - 1])) e--;
					problem('text-outside-root', s, e, root ? 'Text after the root element is not allowed; the answer file must end with </unattend>.' : 'Text before the root element is not allowed; an answer file starts with <?xml …?> and <unattend>.');
					topLevel.push(node);
					sawContent = true;
				}
			} else {
				addNode(node);
			}
			i = next;
			continue;
		}
		// `<` starts markup.
		if (text.startsWith('<!--', i)) {
			let close = text.indexOf('-->', i + 4);
			const terminated = close !== -1;
			if (!terminated) {
				problem('unterminated-comment', i, i + 4, "This comment is never closed with '-->', so everything after it is commented out.");
				close = length;
			}
			const inner = text.slice(i + 4, close);
			const doubleHyphen = inner.indexOf('--');
			if (doubleHyphen !== -1 && terminated) {
				problem('double-hyphen-in-comment', i + 4 + doubleHyphen, i + 6 + doubleHyphen, "'--' is not allowed inside an XML comment (a commented-out block that itself held a comment is the usual cause); Setup rejects the file.");
			} else if (terminated && inner.endsWith('-')) {
				problem('double-hyphen-in-comment', close - 1, close + 3, "A comment must not end with '--->': the text of a comment cannot end with '-'. Add a space before '-->'.");
			}
			const node: XmlComment = { type: 'comment', start: i, end: terminated ? close + 3 : length, value: inner };
			comments.push(node);
			addNode(node);
			i = node.end;
			continue;
		}
		if (text.startsWith('<![CDATA[', i)) {
			let close = text.indexOf(']]>', i + 9);
			let end: number;
			if (close === -1) {
				problem('unterminated-cdata', i, i + 9, "This CDATA section is never closed with ']]>'.");
				close = length;
				end = length;
			} else {
				end = close + 3;
			}
			const node: XmlCData = { type: 'cdata', start: i, end, value: text.slice(i + 9, close) };
			if (stack.length === 0) problem('text-outside-root', i, end, 'A CDATA section outside the root element is not allowed.');
			addNode(node);
			i = end;
			continue;
		}
		if (text.startsWith('<!', i)) {
			// A DOCTYPE before the root is skipped, brackets balanced; nothing else starts with '<!'.
			const doctype = text.startsWith('<!DOCTYPE', i) && isSpace(text[i + 9] ?? '');
			if (!doctype || root || stack.length > 0) {
				const word = /^<!\[?[A-Za-z]*/.exec(text.slice(i, i + 20))![0];
				problem(
					'malformed-declaration',
					i,
					i + Math.max(2, word.length),
					doctype
						? 'A DOCTYPE declaration may only come before the root element.'
						: text.startsWith('<![', i)
							? `'${word}' is not the start of a CDATA section; it is written '<![CDATA[' exactly, in capitals and without spaces.`
							: `'${word}' is neither a comment ('<!--') nor a DOCTYPE ('<!DOCTYPE', in capitals); Setup rejects the file.`,
				);
			}
			let depth = 0;
			let j = i + 2;
			for (; j < length; j++) {
				const c = text[j];
				if (c === '[') depth++;
				else if (c === ']') depth--;
				else if (c === '>' && depth <= 0) break;
			}
			if (j >= length) problem('unterminated-declaration', i, Math.min(length, i + 2), "This '<!' declaration is never closed with '>'.");
			i = Math.min(length, j + 1);
			continue;
		}
		if (text.startsWith('<?', i)) {
			let close = text.indexOf('?>', i + 2);
			namePattern.lastIndex = i + 2;
			const target = namePattern.exec(text)?.[0] ?? '';
			let end: number;
			if (close === -1) {
				problem('unterminated-declaration', i, i + 2 + target.length, `'<?${target}' is never closed with '?>'.`);
				close = length;
				end = length;
			} else {
				end = close + 2;
			}
			const targetEnd = i + 2 + target.length;
			const separated = targetEnd === close || isSpace(text[targetEnd] ?? '');
			if (!target || text.slice(i + 2, targetEnd) !== target) {
				problem('malformed-processing-instruction', i, i + 2, "'<?' must be followed by the name of a processing instruction's target (as in '<?xml-stylesheet …?>').");
			} else if (!separated) {
				problem('malformed-processing-instruction', i, Math.min(length, targetEnd + 1), `The target '${target}' of this processing instruction must be followed by a space or '?>'.`);
			} else if (target !== 'xml' && target.toLowerCase() === 'xml') {
				problem('malformed-processing-instruction', i, targetEnd, `'<?${target}' is not an XML declaration: the declaration is written '<?xml' in lower case, and the name '${target}' is reserved.`);
			}
			if (target === 'xml' && separated) {
				const first = i === (bom ? 1 : 0);
				if (!first) {
					problem(
						'misplaced-declaration',
						i,
						i + 5,
						sawContent || stack.length > 0 || root
							? 'The XML declaration must be the very first thing in the file; here it comes after other content, which Setup rejects.'
							: 'The XML declaration must be the very first thing in the file, with no blank line, space or comment before it; Setup rejects the file otherwise.',
					);
				}
				if (close < length && !declarationPattern.test(text.slice(i, end))) problem('malformed-declaration', i, end, declarationMessage(text.slice(i, end)));
				const body = text.slice(i + 5, close);
				const version = /\bversion\s*=\s*(["'])([^"']*)\1/.exec(body)?.[2];
				const encoding = /\bencoding\s*=\s*(["'])([^"']*)\1/.exec(body)?.[2];
				if (!declaration) declaration = { start: i, end, version, encoding };
			}
			const node: XmlProcessingInstruction = { type: 'pi', start: i, end, target };
			addNode(node);
			sawContent = true;
			i = end;
			continue;
		}
		if (text[i + 1] === '/') {
			// End tag.
			namePattern.lastIndex = i + 2;
			const match = namePattern.exec(text);
			const name = match && match.index === i + 2 ? match[0] : '';
			let j = i + 2 + name.length;
			while (j < length && isSpace(text[j])) j++;
			let end: number;
			if (text[j] === '>') {
				end = j + 1;
			} else {
				const stop = nextMarkupStop(text, j);
				problem('malformed-tag', i, Math.max(i + 2 + name.length, j), name ? `The end tag </${name}> is missing its closing '>' (found ${describe(text[j])}).` : "'</' must be followed by the name of the element it closes.");
				end = stop;
			}
			if (!name) {
				i = end;
				continue;
			}
			if (openNames.has(name)) {
				// Elements opened after the matching one were never closed.
				while (stack.length > 0 && stack[stack.length - 1].name !== name) {
					const open = stack[stack.length - 1];
					problem('unclosed-element', open.nameStart - 1, open.nameEnd, `<${open.name}> is never closed: </${name}> on this line closes its parent first. Add </${open.name}> before it.`);
					closeTop(i, false);
				}
				closeTop(end, true, i);
			} else {
				const open = stack[stack.length - 1];
				problem(
					open ? 'mismatched-end-tag' : 'unexpected-end-tag',
					i,
					end,
					open ? `</${name}> does not match the open element <${open.name}>; XML needs every end tag to close the innermost open element.` : `</${name}> closes an element that is not open.`,
				);
			}
			i = end;
			continue;
		}
		const after = text[i + 1];
		if (after === undefined || !nameStartChar.test(text.slice(i + 1, i + 3))) {
			problem('unescaped-less-than', i, i + 1, "A '<' that does not start a tag is not allowed in XML; write it as '&lt;'.");
			const next = text.indexOf('<', i + 1);
			const to = next === -1 ? length : next;
			if (stack.length > 0) addNode({ type: 'text', start: i, end: to, value: decode(i, to, false) });
			i = to;
			continue;
		}
		// Start tag.
		namePattern.lastIndex = i + 1;
		const name = namePattern.exec(text)![0];
		const nameStart = i + 1;
		const nameEnd = nameStart + name.length;
		const attributes: XmlAttribute[] = [];
		let j = nameEnd;
		let selfClosing = false;
		let tagEnd = -1;
		for (;;) {
			const wsStart = j;
			while (j < length && isSpace(text[j])) j++;
			const c = text[j];
			if (c === undefined || c === '<') {
				problem('malformed-tag', i, nameEnd, `The start tag <${name}> is missing its closing '>' (found ${describe(c)}).`);
				tagEnd = j;
				break;
			}
			if (c === '>') {
				tagEnd = j + 1;
				break;
			}
			if (c === '/' && text[j + 1] === '>') {
				selfClosing = true;
				tagEnd = j + 2;
				break;
			}
			namePattern.lastIndex = j;
			const attrMatch = namePattern.exec(text);
			if (!attrMatch || attrMatch.index !== j) {
				problem('malformed-tag', j, j + 1, `${describe(c)} is not allowed inside the tag <${name}>; attributes look like name="value".`);
				j++;
				continue;
			}
			if (wsStart === j && attributes.length >= 0 && j !== nameEnd) {
				problem('malformed-attribute', j, j + attrMatch[0].length, `Attributes must be separated by whitespace; add a space before '${attrMatch[0]}'.`);
			}
			const attrName = attrMatch[0];
			const attrStart = j;
			const attrNameEnd = j + attrName.length;
			j = attrNameEnd;
			let k = j;
			while (k < length && isSpace(text[k])) k++;
			let value = '';
			let valueStart = attrNameEnd;
			let valueEnd = attrNameEnd;
			let quote: '"' | "'" | '' = '';
			let attrEnd = attrNameEnd;
			if (text[k] !== '=') {
				problem('malformed-attribute', attrStart, attrNameEnd, `The attribute '${attrName}' has no value; write ${attrName}="…".`);
			} else {
				k++;
				while (k < length && isSpace(text[k])) k++;
				const q = text[k];
				if (q === '"' || q === "'") {
					quote = q;
					valueStart = k + 1;
					const close = text.indexOf(q, valueStart);
					// A '>' followed by a '<' before the closing quote means the quote is missing.
					let gt = -1;
					let lessThan = -1;
					let broken = close === -1;
					const limit = close === -1 ? length : close;
					for (let m = valueStart; m < limit; m++) {
						const c2 = text[m];
						if (c2 === '>' && gt === -1) gt = m;
						else if (c2 === '<') {
							if (gt !== -1) {
								broken = true;
								break;
							}
							if (lessThan === -1) lessThan = m;
						}
					}
					if (broken) {
						let stop = gt !== -1 ? gt : valueStart;
						if (gt === -1) while (stop < length && text[stop] !== '\n' && text[stop] !== '\r' && text[stop] !== '>' && text[stop] !== '<') stop++;
						problem('malformed-attribute', attrStart, stop, `The value of '${attrName}' is missing its closing ${q === '"' ? 'double' : 'single'} quote.`);
						valueEnd = stop;
						attrEnd = stop;
					} else {
						valueEnd = close;
						attrEnd = close + 1;
						if (lessThan !== -1) problem('unescaped-less-than', lessThan, lessThan + 1, "A '<' inside an attribute value is not allowed; write it as '&lt;'.");
					}
					value = decode(valueStart, valueEnd, true);
				} else {
					let stop = k;
					while (stop < length && !isSpace(text[stop]) && text[stop] !== '>' && text[stop] !== '<' && !(text[stop] === '/' && text[stop + 1] === '>')) stop++;
					valueStart = k;
					valueEnd = stop;
					attrEnd = stop;
					value = decode(k, stop, true);
					problem('malformed-attribute', attrStart, Math.max(stop, attrNameEnd), stop > k ? `The value of '${attrName}' must be in quotes: ${attrName}="${text.slice(k, stop)}".` : `The attribute '${attrName}' has '=' but no value.`);
				}
				j = attrEnd;
			}
			const colon = attrName.indexOf(':');
			const attribute: XmlAttribute = {
				name: attrName,
				prefix: colon > 0 ? attrName.slice(0, colon) : undefined,
				localName: colon > 0 ? attrName.slice(colon + 1) : attrName,
				namespace: undefined,
				nameStart: attrStart,
				nameEnd: attrNameEnd,
				value,
				valueStart,
				valueEnd,
				quote,
				end: attrEnd,
			};
			if (attributes.some((item) => item.name === attrName)) problem('duplicate-attribute', attrStart, attrNameEnd, `'${attrName}' appears twice on <${name}>; XML allows each attribute once.`);
			attributes.push(attribute);
		}
		// Namespace declarations on this element open a new scope.
		let prefixes: Map<string, string> | undefined;
		for (const attribute of attributes) {
			if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') {
				prefixes ??= new Map(scopes[scopes.length - 1].prefixes);
				prefixes.set(attribute.prefix === 'xmlns' ? attribute.localName : '', attribute.value);
			}
		}
		if (prefixes) scopes.push({ prefixes });
		const colon = name.indexOf(':');
		const prefix = colon > 0 ? name.slice(0, colon) : undefined;
		const parent = stack[stack.length - 1];
		const element: XmlElement = {
			type: 'element',
			name,
			prefix,
			localName: colon > 0 ? name.slice(colon + 1) : name,
			namespace: undefined,
			start: i,
			nameStart,
			nameEnd,
			startTagEnd: tagEnd,
			closeStart: undefined,
			end: tagEnd,
			selfClosing,
			closed: selfClosing,
			attributes,
			children: [],
			parent,
			depth: stack.length,
		};
		const uri = resolvePrefix(prefix ?? '');
		element.namespace = uri === '' ? undefined : uri;
		if (prefix !== undefined && uri === undefined && prefix !== 'xmlns') {
			problem('unbound-prefix', nameStart, nameStart + prefix.length, `The prefix '${prefix}' is not declared; add xmlns:${prefix}="…" to this element or an ancestor.`);
		}
		for (const attribute of attributes) {
			if (attribute.prefix === undefined || attribute.prefix === 'xmlns') continue;
			attribute.namespace = resolvePrefix(attribute.prefix);
			if (attribute.namespace === undefined) {
				problem('unbound-prefix', attribute.nameStart, attribute.nameStart + attribute.prefix.length, `The prefix '${attribute.prefix}' of '${attribute.name}' is not declared; add xmlns:${attribute.prefix}="…" to this element or an ancestor, or Setup rejects the file.`);
			}
		}
		elements.push(element);
		if (!parent) {
			if (root) problem('multiple-roots', nameStart, nameEnd, `An XML file has exactly one root element; <${name}> comes after </${root.name}>.`);
			else root = element;
			topLevel.push(element);
		} else {
			parent.children.push(element);
		}
		sawContent = true;
		if (selfClosing) {
			if (prefixes) scopes.pop();
		} else {
			stack.push(element);
			pushedScope.push(prefixes !== undefined);
			openNames.set(name, (openNames.get(name) ?? 0) + 1);
		}
		i = tagEnd;
	}
	// Whatever is still open at the end of the file was never closed.
	while (stack.length > 0) {
		const open = stack[stack.length - 1];
		problem('unclosed-element', open.nameStart - 1, open.nameEnd, `<${open.name}> is never closed; the file ends before </${open.name}>.`);
		closeTop(length, false);
	}
	if (!root && !problems.some((item) => item.code === 'text-outside-root')) {
		problem('missing-root', 0, 0, text.slice(bom ? 1 : 0).trim() === '' ? 'The file is empty; an answer file is one <unattend> element, and Setup cannot read an empty one.' : 'The file has no root element; an answer file is one <unattend> element.');
	}
	problems.sort((a, b) => a.start - b.start || a.end - b.end);
	return {
		text,
		root,
		topLevel,
		declaration,
		comments,
		elements,
		problems,
		problemTotal,
		lineStarts: computeLineStarts(text),
		eol: crlf >= lf && crlf > 0 ? '\r\n' : lf > 0 ? '\n' : '\r\n',
		bom,
	};
}

/** What is wrong with an XML declaration that does not match production [23]: the first part that breaks it. */
function declarationMessage(declaration: string): string {
	const body = declaration.slice(5, -2);
	const pseudo = [...body.matchAll(/(?<![\w.:-])([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S*))/g)];
	const names = pseudo.map((match) => match[1]);
	const order = ['version', 'encoding', 'standalone'];
	const stranger = names.find((name) => !order.includes(name));
	if (stranger) return `'${stranger}' is not part of an XML declaration; it takes only version, encoding and standalone, in lower case.`;
	if (names[0] !== 'version') return "The XML declaration must start with version=\"1.0\"; Setup rejects the file otherwise.";
	const sorted = names.every((name, index) => index === 0 || order.indexOf(name) > order.indexOf(names[index - 1]));
	if (!sorted) return 'The XML declaration names version, then encoding, then standalone, each at most once; Setup rejects the file otherwise.';
	for (const match of pseudo) {
		const value = match[2] ?? match[3];
		if (value === undefined) return `The value of '${match[1]}' in the XML declaration must be in matching quotes.`;
		if (match[1] === 'version' && !/^1\.[0-9]+$/.test(value)) return `'${value}' is not an XML version; answer files declare version="1.0".`;
		if (match[1] === 'encoding' && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) return `'${value}' is not an encoding name (a letter, then letters, digits, '.', '_' or '-'), such as "utf-8".`;
		if (match[1] === 'standalone' && value !== 'yes' && value !== 'no') return `standalone takes "yes" or "no" (lower case), not '${value}'.`;
	}
	return 'The XML declaration is malformed: it is <?xml version="1.0" encoding="utf-8"?>, with a space between the parts and each value in matching quotes.';
}

/** Where a broken end tag is assumed to stop: at the next `>` on the line, else before the next `<`. */
function nextMarkupStop(text: string, from: number): number {
	for (let j = from; j < text.length; j++) {
		const c = text[j];
		if (c === '>') return j + 1;
		if (c === '<' || c === '\n' || c === '\r') return j;
	}
	return text.length;
}

/** The text content of an element: its text and CDATA children joined, comments skipped. */
export function textContent(element: XmlElement): string {
	let out = '';
	for (const child of element.children) if (child.type === 'text' || child.type === 'cdata') out += child.value;
	return out;
}

/** The child elements of an element. */
export function childElements(element: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	for (const child of element.children) if (child.type === 'element') out.push(child);
	return out;
}

/** The attribute with this qualified name, if present. */
export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
	return element.attributes.find((item) => item.name === name);
}

/** The attribute with this namespace and local name (`wcm:action` under any prefix). */
export function attributeNS(element: XmlElement, namespace: string, localName: string): XmlAttribute | undefined {
	return element.attributes.find((item) => item.namespace === namespace && item.localName === localName);
}

/** The span of an element's content between its tags, trimmed of surrounding whitespace; undefined for self-closing elements. */
export function contentSpan(element: XmlElement, text: string): { start: number; end: number } | undefined {
	if (element.selfClosing) return undefined;
	const from = element.startTagEnd;
	const to = element.closeStart ?? element.end;
	let start = from;
	let end = to;
	while (start < end && whitespace.test(text[start])) start++;
	while (end > start && whitespace.test(text[end - 1])) end--;
	return { start, end };
}

/** The innermost element whose span contains the offset (start tag to end tag). */
export function elementAt(doc: XmlDocument, offset: number): XmlElement | undefined {
	let found: XmlElement | undefined;
	let nodes: readonly XmlNode[] = doc.topLevel;
	for (;;) {
		let next: XmlElement | undefined;
		for (const node of nodes) {
			if (node.type !== 'element') continue;
			if (node.start <= offset && (offset < node.end || (offset === node.end && !node.closed))) {
				next = node;
				break;
			}
		}
		if (!next) return found;
		found = next;
		nodes = next.children;
	}
}
