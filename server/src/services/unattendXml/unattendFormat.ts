/**
 * Service layer: a cautious pretty-printer for unattend.xml.
 *
 * It only re-indents element-only content: the whitespace between a parent's
 * tag and its child elements and comments becomes one line break plus the
 * indentation of the level. Everything else stays as written — tags and their
 * attributes (order, quotes, spacing), comments, the declaration, and every
 * element that holds text, CDATA or a character reference (values such as
 * `<CommandLine>` or `<Value>` are whitespace-sensitive), every element with
 * `xml:space`, and whitespace-only values. A comment that follows a sibling
 * on the same line stays on that line. A file with any parse problem is not
 * touched at all: when Reseal is unsure of the structure it leaves it.
 */
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { positionAt, type XmlDocument, type XmlElement, type XmlNode } from '../../model/xmlParser';
import type { FormatOptions } from '../kindService';

const onlyWhitespace = /^[ \t\r\n]*$/;

export function formatUnattend(xml: XmlDocument, options: FormatOptions, range?: Range): TextEdit[] {
	if (xml.problems.length > 0 || !xml.root) return [];
	const unit = options.insertSpaces ? ' '.repeat(Math.max(1, Math.min(16, Math.floor(options.tabSize) || 2))) : '\t';
	const edits: TextEdit[] = [];
	const replace = (start: number, end: number, text: string) => {
		if (xml.text.slice(start, end) !== text) edits.push({ range: { start: positionAt(xml, start), end: positionAt(xml, end) }, newText: text });
	};
	// An explicit stack: answer files are shallow, but a hostile one need not be.
	const stack: { element: XmlElement; depth: number }[] = [{ element: xml.root, depth: 0 }];
	while (stack.length > 0) {
		const { element, depth } = stack.pop()!;
		if (!reindentable(xml, element)) {
			// An empty container written over lines (`<RunSynchronous>` + line break + `</RunSynchronous>`): its end tag lines up with its start tag.
			if (emptyBlock(xml, element)) replace(element.startTagEnd, element.closeStart!, xml.eol + unit.repeat(depth));
			continue;
		}
		const children = element.children.filter((child) => child.type !== 'text');
		const inner = xml.eol + unit.repeat(depth + 1);
		let previousEnd = element.startTagEnd;
		children.forEach((child, index) => {
			const gap = xml.text.slice(previousEnd, child.start);
			// A trailing comment on its sibling's line stays there.
			const trailingComment = child.type === 'comment' && index > 0 && !/[\r\n]/.test(gap);
			if (!trailingComment) replace(previousEnd, child.start, inner);
			previousEnd = child.end;
			if (child.type === 'element') stack.push({ element: child, depth: depth + 1 });
		});
		replace(previousEnd, element.closeStart!, xml.eol + unit.repeat(depth));
	}
	if (!range) return edits.sort(byStart);
	return edits.filter((edit) => edit.range.end.line >= range.start.line && edit.range.start.line <= range.end.line).sort(byStart);
}

function byStart(a: TextEdit, b: TextEdit): number {
	return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** Nothing but blanks with a line break between the tags, and nothing asks to keep them. */
function emptyBlock(xml: XmlDocument, element: XmlElement): boolean {
	if (element.selfClosing || !element.closed || element.closeStart === undefined) return false;
	if (element.attributes.some((attribute) => attribute.name === 'xml:space')) return false;
	if (!element.children.every((child) => child.type === 'text')) return false;
	const content = xml.text.slice(element.startTagEnd, element.closeStart);
	return onlyWhitespace.test(content) && /[\r\n]/.test(content);
}

/** The element's content is child elements and comments separated by plain whitespace, and nothing asks to keep it. */
function reindentable(xml: XmlDocument, element: XmlElement): boolean {
	if (element.selfClosing || !element.closed || element.closeStart === undefined) return false;
	if (element.attributes.some((attribute) => attribute.name === 'xml:space')) return false;
	let structural = 0;
	for (const child of element.children as readonly XmlNode[]) {
		if (child.type === 'text') {
			// Checked on the raw text: `&#32;` decodes to a space but is a value.
			if (!onlyWhitespace.test(xml.text.slice(child.start, child.end))) return false;
		} else if (child.type === 'cdata') return false;
		else structural++;
	}
	return structural > 0;
}
