/**
 * Service layer: tag editing in `unattend.xml` — what the XML language server
 * gives every XML file, answered from the parser's model (`model/xmlParser.ts`,
 * which keeps exact offsets and recovers from unclosed elements):
 *
 * - linked editing of an element's start and end tag names;
 * - the matching tag highlighted when the cursor is in a tag name;
 * - selection ranges from a name out to the root element;
 * - completion of the end tag after `</` (and after `<`);
 * - auto-close: `</Name>` after a typed `>`, `Name>` after a typed `</`, `>` after `<Name /`.
 *
 * Every lookup descends the tree by binary search over each element's
 * children, so a request costs O(depth · log siblings), never a scan of a
 * megabyte file. Nothing is offered inside comments, CDATA or processing
 * instructions: the parser makes no elements there.
 */
import {
	CompletionItemKind,
	DocumentHighlightKind,
	type CompletionItem,
	type DocumentHighlight,
	type Range,
	type SelectionRange,
} from 'vscode-languageserver-types';
import { positionAt, type XmlDocument, type XmlElement, type XmlNode } from '../../model/xmlParser';
import type { AutoCloseEdit, LinkedEditingRanges } from '../kindService';

/**
 * An XML name as the editor may type it, prefix included (`wcm:action`): production [5]
 * of XML 1.0 for the Basic Multilingual Plane. VS Code ends linked editing when a name
 * stops matching it (after a space, say).
 */
export const xmlNameWordPattern = '[A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][-.0-9A-Za-z_:\\u00B7\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u203F\\u2040\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD]*';

/** Counts the nodes a lookup examines (tests prove the descent stays logarithmic). */
export interface TagProbe {
	visited: number;
}

/** The index of the last node of `nodes` (in document order) whose start is before `offset`, or at it when `atStart`. */
function lastStartingBefore(nodes: readonly XmlNode[], offset: number, atStart: boolean, probe?: TagProbe): number {
	let low = 0;
	let high = nodes.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (probe) probe.visited++;
		const start = nodes[mid].start;
		if (start < offset || (atStart && start === offset)) {
			found = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return found;
}

/** Where an offset is: the elements around it (outermost first) and the innermost non-element node holding it. */
interface Place {
	readonly chain: XmlElement[];
	readonly leaf: XmlNode | undefined;
}

/**
 * The elements whose span holds `offset` (an element holds its own start
 * offset only when `atStart`; it always holds its end, so a cursor just after
 * `</Name>` or at the end of an unclosed element still belongs to it).
 */
function placeAt(doc: XmlDocument, offset: number, atStart: boolean, probe?: TagProbe): Place {
	const chain: XmlElement[] = [];
	let nodes: readonly XmlNode[] = doc.topLevel;
	for (;;) {
		const at = lastStartingBefore(nodes, offset, atStart, probe);
		if (at === -1) return { chain, leaf: undefined };
		let node = nodes[at];
		// A cursor just after `</A>` where text begins belongs to the element, not to the text.
		if (node.type !== 'element' && offset === node.start && at > 0 && nodes[at - 1].type === 'element' && nodes[at - 1].end === offset) node = nodes[at - 1];
		if (offset > node.end) return { chain, leaf: undefined };
		if (node.type !== 'element') return { chain, leaf: offset < node.end || unterminated(doc, node) ? node : undefined };
		chain.push(node);
		nodes = node.children;
	}
}

/** A comment or CDATA section that runs to the end of the file holds the end too. */
function unterminated(doc: XmlDocument, node: XmlNode): boolean {
	return node.end === doc.text.length && (node.type === 'comment' ? !doc.text.endsWith('-->', node.end) || node.end - node.start < 7 : node.type === 'cdata' ? !doc.text.endsWith(']]>', node.end) || node.end - node.start < 12 : false);
}

/** Inside a comment, CDATA or processing instruction, where nothing is a tag. */
function inOpaque(place: Place, offset: number): boolean {
	const leaf = place.leaf;
	return !!leaf && leaf.type !== 'text' && leaf.start < offset;
}

/** Offset of the end tag's name, when the element was closed by its own end tag. */
function endNameStart(element: XmlElement): number | undefined {
	return element.closed && !element.selfClosing && element.closeStart !== undefined ? element.closeStart + 2 : undefined;
}

/** The element whose start or end tag name holds the offset (ends included), and which of the two. */
export function tagNameAt(doc: XmlDocument, offset: number, probe?: TagProbe): { element: XmlElement; inEndTag: boolean } | undefined {
	const place = placeAt(doc, offset, false, probe);
	if (inOpaque(place, offset)) return undefined;
	// The innermost element first; its parent's end tag may also end at the offset's element boundary.
	for (let i = place.chain.length - 1; i >= 0 && i >= place.chain.length - 2; i--) {
		const element = place.chain[i];
		if (element.nameStart <= offset && offset <= element.nameEnd) return { element, inEndTag: false };
		const end = endNameStart(element);
		if (end !== undefined && end <= offset && offset <= end + element.name.length && doc.text.startsWith(element.name, end)) return { element, inEndTag: true };
	}
	return undefined;
}

/** The start and end tag names of the element at the cursor, edited together; none for a self-closing or unclosed element. */
export function linkedTagNames(doc: XmlDocument, offset: number, probe?: TagProbe): { start: number; end: number }[] | undefined {
	const found = tagNameAt(doc, offset, probe);
	if (!found) return undefined;
	const end = endNameStart(found.element);
	if (end === undefined) return undefined;
	return [
		{ start: found.element.nameStart, end: found.element.nameEnd },
		{ start: end, end: end + found.element.name.length },
	];
}

export function linkedEditingRanges(doc: XmlDocument, offset: number): LinkedEditingRanges | null {
	const spans = linkedTagNames(doc, offset);
	return spans ? { ranges: spans.map((span) => rangeAt(doc, span.start, span.end)), wordPattern: xmlNameWordPattern } : null;
}

/** Both tag names of the element when the cursor is in one of them (only the start tag of a self-closing or unclosed element). */
export function tagHighlights(doc: XmlDocument, offset: number): DocumentHighlight[] {
	const found = tagNameAt(doc, offset);
	if (!found) return [];
	const { element } = found;
	const out: DocumentHighlight[] = [{ range: rangeAt(doc, element.nameStart, element.nameEnd), kind: DocumentHighlightKind.Read }];
	const end = endNameStart(element);
	if (end !== undefined) out.push({ range: rangeAt(doc, end, end + element.name.length), kind: DocumentHighlightKind.Read });
	return out;
}

/** Where an element's content ends: at its end tag, or where recovery closed it. */
function contentEnd(element: XmlElement): number {
	return element.closeStart ?? element.end;
}

/** The elements whose content holds `offset` (a `<` typed there), outermost first. */
function containersAt(doc: XmlDocument, offset: number, probe?: TagProbe): XmlElement[] {
	return placeAt(doc, offset, false, probe).chain.filter((element) => !element.selfClosing && element.startTagEnd <= offset && offset <= contentEnd(element) && doc.text[element.startTagEnd - 1] === '>');
}

/** The element an end tag typed at `lt` closes: the innermost one still open there, else the innermost around it. */
export function elementToClose(doc: XmlDocument, lt: number, probe?: TagProbe): XmlElement | undefined {
	const place = placeAt(doc, lt, false, probe);
	if (inOpaque(place, lt)) return undefined;
	const containers = containersAt(doc, lt, probe);
	for (let i = containers.length - 1; i >= 0; i--) if (!containers[i].closed) return containers[i];
	return containers[containers.length - 1];
}

/** The longest run of XML name characters ending at `offset` (the part of a name already typed). */
function typedName(text: string, offset: number): number {
	let start = offset;
	// Bounded: a name longer than this is not being typed.
	while (start > 0 && offset - start < 256 && /[-.\w:\u00B7\u00C0-\uFFFD]/.test(text[start - 1])) start--;
	return start;
}

/** Leading white space of the line holding `offset`, or undefined when something else comes before `offset` on it. */
function indentBefore(doc: XmlDocument, offset: number): { lineStart: number; indent: string } | undefined {
	const line = positionAt(doc, offset).line;
	const lineStart = doc.lineStarts[line];
	const before = doc.text.slice(lineStart, offset);
	return /^[ \t]*$/.test(before) ? { lineStart, indent: before } : undefined;
}

export interface EndTagCompletion {
	/** The cursor follows `</` (and perhaps part of a name): only end tags make sense. */
	readonly afterSlash: boolean;
	readonly items: CompletionItem[];
}

/**
 * The end tag of the element open at the cursor: after `</` (first and
 * preselected, re-indented to its start tag when the line holds nothing
 * else), after `<` one more choice. Undefined when the cursor follows neither.
 */
export function endTagCompletion(doc: XmlDocument, offset: number): EndTagCompletion | undefined {
	const text = doc.text;
	const nameStart = typedName(text, offset);
	let lt: number;
	let afterSlash: boolean;
	if (text[nameStart - 1] === '/' && text[nameStart - 2] === '<') {
		lt = nameStart - 2;
		afterSlash = true;
	} else if (text[nameStart - 1] === '<') {
		lt = nameStart - 1;
		afterSlash = false;
	} else return undefined;
	// A '<' inside a start tag (an attribute value) is not the start of a tag.
	const around = placeAt(doc, lt, false).chain;
	const owner = around[around.length - 1];
	if (owner && lt < owner.startTagEnd) return undefined;
	const element = elementToClose(doc, lt);
	if (!element) return { afterSlash, items: [] };
	const tag = `</${element.name}>`;
	// A '>' already after the cursor (`</|>`) is replaced, not doubled.
	let replaceEnd = offset;
	if (afterSlash) {
		while (replaceEnd < text.length && replaceEnd - offset < 256 && /[-.\w:\u00B7\u00C0-\uFFFD]/.test(text[replaceEnd])) replaceEnd++;
		if (text[replaceEnd] === '>') replaceEnd++;
		else replaceEnd = offset;
	}
	let start = lt;
	let newText = tag;
	const here = indentBefore(doc, lt);
	const opening = indentBefore(doc, element.start);
	if (afterSlash && here && opening && here.indent !== opening.indent && positionAt(doc, element.start).line !== positionAt(doc, lt).line) {
		start = here.lineStart;
		newText = opening.indent + tag;
	}
	const item: CompletionItem = {
		label: tag,
		kind: CompletionItemKind.Property,
		detail: element.closed ? `End tag of <${element.name}>` : `Closes <${element.name}>, which has no end tag yet`,
		filterText: text.slice(start, lt) + tag,
		sortText: afterSlash || !element.closed ? ' ' : '~',
		textEdit: { range: rangeAt(doc, start, replaceEnd), newText },
	};
	if (afterSlash) item.preselect = true;
	return { afterSlash, items: [item] };
}

/**
 * What to insert after the character typed just before `offset`: `</Name>`
 * after the `>` of a start tag whose element has no end tag, `Name>` after
 * `</`, `>` after the `/` of `<Name /` (self-closing). The cursor stays before
 * an inserted end tag and goes after the rest.
 */
export function autoCloseAt(doc: XmlDocument, offset: number, probe?: TagProbe): AutoCloseEdit | null {
	const text = doc.text;
	const typed = text[offset - 1];
	if (typed === '>') {
		if (text[offset - 2] === '/') return null;
		const place = placeAt(doc, offset - 1, false, probe);
		if (inOpaque(place, offset - 1)) return null;
		const element = place.chain[place.chain.length - 1];
		if (!element || element.startTagEnd !== offset || element.selfClosing || element.closed || !quotesClosed(doc, element)) return null;
		return { range: rangeAt(doc, offset, offset), text: `</${element.name}>`, cursor: 'before' };
	}
	if (typed !== '/') return null;
	if (text[offset - 2] === '<') {
		const place = placeAt(doc, offset - 2, false, probe);
		if (inOpaque(place, offset - 2)) return null;
		let element: XmlElement | undefined;
		const containers = containersAt(doc, offset - 2, probe);
		for (let i = containers.length - 1; i >= 0 && !element; i--) if (!containers[i].closed) element = containers[i];
		if (!element) return null;
		// `</|>` (a '>' already there) needs only the name.
		return { range: rangeAt(doc, offset, offset), text: text[offset] === '>' ? element.name : `${element.name}>`, cursor: 'after' };
	}
	// `<Name attr="…" /`: the start tag becomes self-closing.
	const place = placeAt(doc, offset - 1, false, probe);
	if (inOpaque(place, offset - 1)) return null;
	const element = place.chain[place.chain.length - 1];
	if (!element || element.closed || element.selfClosing || text[offset] === '>' || offset - 1 < element.nameEnd || offset > element.startTagEnd) return null;
	if (text[element.startTagEnd - 1] === '>' || !quotesClosed(doc, element)) return null;
	if (element.attributes.some((attr) => attr.nameStart < offset && offset <= attr.end)) return null;
	if (element.children.length > 0) return null;
	return { range: rangeAt(doc, offset, offset), text: '>', cursor: 'after' };
}

/** Every quoted attribute value of the start tag has its closing quote (a `>` typed inside a value is text). */
function quotesClosed(doc: XmlDocument, element: XmlElement): boolean {
	return element.attributes.every((attr) => attr.quote === '' || (attr.end === attr.valueEnd + 1 && doc.text[attr.valueEnd] === attr.quote));
}

/**
 * At most this many nested selection ranges: the answer is one nested JSON
 * object, and JSON.stringify (the server's) and JSON.parse (the editor's) recurse,
 * so 10,000 levels of hostile nesting would overflow their stacks. No one expands
 * a selection 200 times.
 */
export const maxSelectionLevels = 200;

/**
 * Nested selection ranges at the offset, innermost first: a tag name, its tag,
 * the element, then each ancestor's content and the ancestor itself up to the
 * root; an attribute value, the attribute, the tag; text, a comment or CDATA
 * within an element's content.
 */
export function selectionSpans(doc: XmlDocument, offset: number, probe?: TagProbe): { start: number; end: number }[] {
	const place = placeAt(doc, offset, true, probe);
	const spans: { start: number; end: number }[] = [];
	const push = (start: number, end: number): void => {
		if (spans.length >= maxSelectionLevels) return;
		const last = spans[spans.length - 1];
		if (last && (start > last.start || end < last.end || (start === last.start && end === last.end))) return;
		spans.push({ start, end });
	};
	const chain = place.chain;
	const innermost = chain[chain.length - 1];
	if (place.leaf && (place.leaf.type !== 'text' || innermost)) {
		if (place.leaf.type === 'text') {
			const trimmed = trim(doc.text, place.leaf.start, place.leaf.end);
			if (trimmed.start <= offset && offset <= trimmed.end && trimmed.end > trimmed.start) push(trimmed.start, trimmed.end);
		} else push(place.leaf.start, place.leaf.end);
	}
	if (innermost && !place.leaf) {
		const element = innermost;
		const inStartTag = offset < element.startTagEnd || (offset === element.startTagEnd && doc.text[offset - 1] !== '>');
		const end = endNameStart(element);
		if (inStartTag) {
			const attr = element.attributes.find((item) => item.nameStart <= offset && offset <= item.end);
			if (attr) {
				if (attr.quote !== '' && attr.valueStart <= offset && offset <= attr.valueEnd) push(attr.valueStart, attr.valueEnd);
				push(attr.nameStart, attr.end);
			} else if (element.nameStart <= offset && offset <= element.nameEnd) push(element.nameStart, element.nameEnd);
			push(element.start, element.startTagEnd);
		} else if (end !== undefined && element.closeStart! <= offset) {
			if (end <= offset && offset <= end + element.name.length) push(end, end + element.name.length);
			push(element.closeStart!, element.end);
		}
	}
	for (let i = chain.length - 1; i >= 0; i--) {
		const element = chain[i];
		const from = element.startTagEnd;
		const to = contentEnd(element);
		if (!element.selfClosing && from <= offset && offset <= to) {
			const trimmed = trim(doc.text, from, to);
			// Cursor in the white space around the content: the untrimmed content instead.
			if (trimmed.start <= offset && offset <= trimmed.end && trimmed.end > trimmed.start) push(trimmed.start, trimmed.end);
			else if (to > from) push(from, to);
		}
		// An element recovery closed ends where the next tag begins; the white space before that is not part of it.
		push(element.start, element.closed ? element.end : Math.max(element.startTagEnd, trim(doc.text, element.start, element.end).end));
	}
	return spans;
}

export function selectionRangeAt(doc: XmlDocument, offset: number): SelectionRange {
	const spans = selectionSpans(doc, offset);
	if (spans.length === 0) return { range: rangeAt(doc, offset, offset) };
	let parent: SelectionRange | undefined;
	for (let i = spans.length - 1; i >= 0; i--) parent = { range: rangeAt(doc, spans[i].start, spans[i].end), ...(parent ? { parent } : {}) };
	return parent!;
}

function trim(text: string, start: number, end: number): { start: number; end: number } {
	let s = start;
	let e = end;
	while (s < e && isSpace(text[s])) s++;
	while (e > s && isSpace(text[e - 1])) e--;
	return { start: s, end: e };
}

function isSpace(ch: string): boolean {
	return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

function rangeAt(doc: XmlDocument, start: number, end: number): Range {
	return { start: positionAt(doc, start), end: positionAt(doc, end) };
}
