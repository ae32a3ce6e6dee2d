/**
 * Service layer: completion in `unattend.xml` — passes in `<settings pass="…">`,
 * components in `<settings>` (with every identifying attribute), settings valid
 * at the cursor's path, attribute values, setting values, and a whole answer
 * file in an empty document.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { offsetAt, type XmlAttribute, type XmlElement } from '../../model/xmlParser';
import { unattendXmlSkeletons } from '../../knowledge/unattendXml';
import type { ComponentSpec, SettingSpec, UnattendPass } from '../../knowledge/unattendXmlTypes';
import { childNamed, rangeOf, settingPath, valueOf, type Binding, type UnattendAnalysis } from './unattendAnalysis';
import { decodeSimPassword } from './unattendSecrets';
import { settingSnippet, type SnippetPlace } from './unattendElementSnippets';
import { componentMarkdown, settingMarkdown } from './unattendProse';
import { completionValues } from './unattendValues';
import { skeletonSnippet } from './unattendSnippets';
import { majorityArchitecture } from './unattendValidation';
import { trailingRun } from '../../util/text';

/** A character of `[\w-]`. */
const isNameChar = (char: string): boolean => char === '-' || char === '_' || (char >= '0' && char <= '9') || (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z');

const empty: CompletionList = { isIncomplete: false, items: [] };

/** `fileName`: the document's base name, which decides the skeleton offered first in an empty file. */
export function completeUnattend(analysis: UnattendAnalysis, position: Position, fileName = ''): CompletionList {
	const list = completeAt(analysis, position, fileName);
	// Editors accept only completion edits on the cursor's line that contain the cursor.
	for (const item of list.items) {
		const edit = item.textEdit;
		if (edit && 'range' in edit) edit.range = onCursorLine(edit.range, position);
	}
	return list;
}

function onCursorLine(range: Range, position: Position): Range {
	const start = range.start.line === position.line && range.start.character <= position.character ? range.start : { line: position.line, character: range.start.line === position.line ? position.character : 0 };
	const end = range.end.line === position.line && range.end.character >= position.character ? range.end : position;
	return { start, end };
}

function completeAt(analysis: UnattendAnalysis, position: Position, fileName: string): CompletionList {
	const { xml } = analysis;
	const offset = offsetAt(xml, position);
	if (xml.text.trim() === '' || (xml.text.slice(0, offset).trim() === '' && !xml.root)) return skeletonItems(analysis, position, fileName);
	// Inside a comment (closed, or running to the end of the file) nothing is offered: it is prose or commented-out XML.
	if (xml.comments.some((comment) => comment.start < offset && offset < comment.end) || xml.problems.some((problem) => problem.code === 'unterminated-comment' && problem.start < offset)) return empty;
	// Inside a start tag?
	const tagOwner = xml.elements.find((element) => element.start < offset && (offset < element.startTagEnd || (offset === element.startTagEnd && !xml.text.slice(element.start, element.startTagEnd).endsWith('>'))));
	if (tagOwner) {
		const attr = tagOwner.attributes.find((item) => item.quote !== '' && item.valueStart <= offset && offset <= item.valueEnd);
		if (attr) return attributeValueItems(analysis, tagOwner, attr);
		if (offset > tagOwner.nameEnd) return attributeNameItems(analysis, tagOwner, offset);
	}
	const before = xml.text.slice(Math.max(0, offset - 200), offset);
	const open = /<([\w:.-]*)$/.exec(before);
	if (open) {
		const typedStart = offset - open[1].length;
		// The element being typed is itself in the tree (unclosed); its parent is where it goes.
		let parent = containerAt(analysis, offset);
		if (parent && parent.start === typedStart - 1) parent = parent.parent;
		return elementItems(analysis, parent, rangeOf(analysis, typedStart, offset), false);
	}
	const container = containerAt(analysis, offset);
	if (!container) return empty;
	const binding = analysis.bindings.get(container);
	if (binding?.kind === 'setting' && binding.spec?.domain) {
		// A keyed item the reference documents both ways (its text, or Key/Value children) offers the children when no value list applies.
		const values = valueItems(analysis, container, binding.spec, offset);
		if (values.items.length > 0 || !binding.spec.children) return values;
	}
	const word = trailingRun(before, isNameChar);
	return elementItems(analysis, container, rangeOf(analysis, offset - word.length, offset), true);
}

/** The innermost element whose content holds the offset. */
function containerAt(analysis: UnattendAnalysis, offset: number): XmlElement | undefined {
	let found: XmlElement | undefined;
	for (const element of analysis.xml.elements) {
		if (element.selfClosing) continue;
		const contentEnd = element.closeStart ?? element.end;
		if (element.startTagEnd <= offset && offset <= contentEnd && (!found || element.depth > found.depth)) found = element;
	}
	return found;
}

function skeletonItems(analysis: UnattendAnalysis, position: Position, fileName: string): CompletionList {
	// Replace what is typed on the cursor's line; a blank document has nothing else to keep.
	const range: Range = { start: { line: position.line, character: 0 }, end: position };
	// The skeleton made for the file's name first (a media install for autounattend.xml), then the table's order.
	const name = fileName.toLowerCase();
	const ordered = [...unattendXmlSkeletons].sort((a, b) => Number(b.fileName === name) - Number(a.fileName === name));
	return {
		isIncomplete: false,
		items: ordered.map((skeleton, order) => ({
			label: skeleton.name,
			kind: CompletionItemKind.Snippet,
			detail: 'unattend.xml skeleton',
			documentation: { kind: 'markdown', value: skeleton.description },
			insertTextFormat: InsertTextFormat.Snippet,
			textEdit: { range, newText: skeletonSnippet(skeleton) },
			filterText: `${skeleton.prefix} ${analysis.xml.text.trim()}`,
			sortText: String(order).padStart(2, '0'),
			preselect: order === 0,
		})),
	};
}

function passOf(analysis: UnattendAnalysis, element: XmlElement | undefined): UnattendPass | undefined {
	for (let at = element; at; at = at.parent) {
		const binding = analysis.bindings.get(at);
		if (binding?.kind === 'settings') return binding.block.pass?.name;
		if (binding?.kind === 'component') return binding.block.block.pass?.name;
		if (binding?.kind === 'setting') return binding.component.block.pass?.name;
	}
	return undefined;
}

function componentAttributes(analysis: UnattendAnalysis, architecture: string, snippet: boolean): string {
	const spec = analysis.index.spec;
	const arch = snippet ? `\${1|${[architecture, ...['amd64', 'x86', 'arm64'].filter((item) => item !== architecture)].join(',')}|}` : architecture;
	return `processorArchitecture="${arch}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="${spec.wcmNamespace}" xmlns:xsi="${spec.xsiNamespace}"`;
}

function attributeValueItems(analysis: UnattendAnalysis, element: XmlElement, attr: XmlAttribute): CompletionList {
	const range = rangeOf(analysis, attr.valueStart, attr.valueEnd);
	const binding = analysis.bindings.get(element);
	const spec = analysis.index.spec;
	const items: CompletionItem[] = [];
	if (element.localName === 'settings' && attr.name === 'pass') {
		spec.passes.forEach((pass, order) =>
			items.push({ label: pass.name, kind: CompletionItemKind.EnumMember, detail: pass.trigger, documentation: { kind: 'markdown', value: pass.doc }, sortText: String(order).padStart(2, '0'), textEdit: { range, newText: pass.name } }),
		);
	} else if (element.localName === 'component' && attr.name === 'name') {
		const pass = passOf(analysis, element.parent);
		const missing = spec.componentAttributes.filter((item) => item.name !== 'name' && !element.attributes.some((existing) => existing.name === item.name));
		const architecture = majorityArchitecture(analysis) ?? 'amd64';
		const extra = missing.length > 0 ? ` ${missing.map((item) => `${item.name}="${item.name === 'processorArchitecture' ? architecture : item.insertValue}"`).join(' ')}` : '';
		const wcm = element.attributes.some((item) => item.name === 'xmlns:wcm') ? '' : ` xmlns:wcm="${spec.wcmNamespace}"`;
		for (const component of spec.components) {
			const applies = !pass || component.passes.includes(pass);
			const item: CompletionItem = {
				label: component.name,
				kind: CompletionItemKind.Module,
				detail: applies ? `Applied in ${component.passes.join(', ')}` : `Not applied in ${pass}; only in ${component.passes.join(', ')}`,
				documentation: { kind: 'markdown', value: componentMarkdown(component) },
				sortText: `${applies ? 0 : 1}${component.name}`,
				textEdit: { range, newText: component.name },
			};
			if (extra || wcm) {
				const end = attr.end;
				item.additionalTextEdits = [{ range: rangeOf(analysis, end, end), newText: extra + wcm }];
			}
			items.push(item);
		}
	} else if (element.localName === 'component') {
		const attrSpec = spec.componentAttributes.find((item) => item.name === attr.name);
		for (const value of attrSpec?.values ?? []) items.push({ label: value.value, kind: CompletionItemKind.EnumMember, documentation: value.doc, textEdit: { range, newText: value.value } });
	} else if (binding?.kind === 'setting' && attr.localName === 'action') {
		for (const value of spec.actions) items.push({ label: value.value, kind: CompletionItemKind.EnumMember, documentation: value.doc, textEdit: { range, newText: value.value } });
	}
	return { isIncomplete: false, items };
}

function attributeNameItems(analysis: UnattendAnalysis, element: XmlElement, offset: number): CompletionList {
	const spec = analysis.index.spec;
	const word = trailingRun(analysis.xml.text.slice(element.nameEnd, offset), (char) => char === ':' || isNameChar(char));
	const range = rangeOf(analysis, offset - word.length, offset);
	const items: CompletionItem[] = [];
	const has = (name: string) => element.attributes.some((item) => item.name === name && !(item.nameStart <= offset && offset <= item.nameEnd));
	if (element.localName === 'settings' && !has('pass')) items.push({ label: 'pass', kind: CompletionItemKind.Property, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: 'pass="$1"' }, command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } });
	if (element.localName === 'component') {
		for (const attr of spec.componentAttributes) {
			if (has(attr.name)) continue;
			items.push({ label: attr.name, kind: CompletionItemKind.Property, documentation: attr.doc, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: `${attr.name}="${attr.insertValue || '$1'}"` } });
		}
	}
	const binding = analysis.bindings.get(element);
	if (binding?.kind === 'setting' && binding.spec?.listItem) {
		if (!has('wcm:action')) items.push({ label: 'wcm:action', kind: CompletionItemKind.Property, documentation: spec.actionDoc, textEdit: { range, newText: 'wcm:action="add"' } });
		if (binding.spec.listItem === 'keyed' && !has('wcm:keyValue')) items.push({ label: 'wcm:keyValue', kind: CompletionItemKind.Property, documentation: spec.keyValueDoc, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: 'wcm:keyValue="$1"' } });
	}
	return { isIncomplete: false, items };
}

function elementItems(analysis: UnattendAnalysis, parent: XmlElement | undefined, range: Range, withBracket: boolean): CompletionList {
	const spec = analysis.index.spec;
	const lead = withBracket ? '<' : '';
	const eol = '\n';
	const items: CompletionItem[] = [];
	const binding: Binding | undefined = parent ? analysis.bindings.get(parent) : undefined;
	// Editors indent the following lines of a snippet like the line it is inserted on.
	const indent = '';
	if (!parent) {
		items.push({ label: 'unattend', kind: CompletionItemKind.Class, documentation: { kind: 'markdown', value: spec.rootDoc }, insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: `${lead}unattend xmlns="${spec.namespace}">${eol}\t$0${eol}</unattend>` } });
		return { isIncomplete: false, items };
	}
	if (binding?.kind === 'unattend') {
		const used = new Set(childrenOf(parent).map((child) => child.attributes.find((item) => item.name === 'pass')?.value));
		spec.passes.forEach((pass, order) => {
			if (used.has(pass.name)) return;
			items.push({
				label: `settings pass="${pass.name}"`,
				kind: CompletionItemKind.Class,
				detail: pass.trigger,
				documentation: { kind: 'markdown', value: pass.doc },
				sortText: String(order).padStart(2, '0'),
				insertTextFormat: InsertTextFormat.Snippet,
				textEdit: { range, newText: `${lead}settings pass="${pass.name}">${eol}${indent}\t$0${eol}${indent}</settings>` },
			});
		});
		return { isIncomplete: false, items };
	}
	if (binding?.kind === 'settings') {
		const pass = binding.block.pass?.name;
		const architecture = majorityArchitecture(analysis) ?? 'amd64';
		const present = new Set(binding.block.components.map((component) => component.name.toLowerCase()));
		for (const component of spec.components) {
			if (pass && !component.passes.includes(pass)) continue;
			if (present.has(component.name.toLowerCase())) continue;
			items.push(componentItem(analysis, component, architecture, range, lead, indent, eol));
		}
		return { isIncomplete: false, items };
	}
	let allowed: readonly SettingSpec[] | undefined;
	let pass: UnattendPass | undefined;
	let place: SnippetPlace | undefined;
	// Where the offered settings sit, for their documentation (the same text hover shows).
	let above: readonly string[] = [];
	let componentName = '';
	if (binding?.kind === 'component') {
		allowed = binding.block.spec?.settings;
		pass = binding.block.block.pass?.name;
		componentName = binding.block.spec?.name ?? binding.block.name;
		place = { analysis, component: binding.block.spec?.name, parentPath: [], parent, eol };
	} else if (binding?.kind === 'setting') {
		allowed = binding.spec?.children;
		pass = binding.component.block.pass?.name;
		above = settingPath(binding);
		componentName = binding.component.spec?.name ?? binding.component.name;
		place = { analysis, component: binding.component.spec?.name, parentPath: settingPath(binding), parent, eol };
	}
	if (!allowed) return empty;
	const present = new Set(childrenOf(parent).map((child) => child.localName));
	allowed.forEach((setting, order) => {
		if (!setting.listItem && present.has(setting.name)) return;
		const applies = !pass || !setting.passes || setting.passes.includes(pass);
		items.push({
			label: setting.name,
			kind: setting.children ? CompletionItemKind.Module : CompletionItemKind.Property,
			detail: applies ? (setting.passes ? `Applied in ${setting.passes.join(', ')}` : undefined) : `Not applied in ${pass}; only in ${setting.passes!.join(', ')}`,
			documentation: { kind: 'markdown', value: settingMarkdown(setting, [...above, setting.name], componentName) },
			sortText: `${applies ? 0 : 1}${String(order).padStart(3, '0')}`,
			insertTextFormat: InsertTextFormat.Snippet,
			textEdit: { range, newText: lead + settingSnippet(setting, place!) },
			deprecated: setting.deprecated !== undefined,
		});
	});
	return { isIncomplete: false, items };
}

function componentItem(analysis: UnattendAnalysis, component: ComponentSpec, architecture: string, range: Range, lead: string, indent: string, eol: string): CompletionItem {
	return {
		label: component.name,
		kind: CompletionItemKind.Module,
		detail: `Applied in ${component.passes.join(', ')}`,
		documentation: { kind: 'markdown', value: componentMarkdown(component) },
		insertTextFormat: InsertTextFormat.Snippet,
		textEdit: { range, newText: `${lead}component name="${component.name}" ${componentAttributes(analysis, architecture, true)}>${eol}${indent}\t$0${eol}${indent}</component>` },
	};
}

function childrenOf(element: XmlElement): XmlElement[] {
	const out: XmlElement[] = [];
	for (const child of element.children) if (child.type === 'element') out.push(child);
	return out;
}

function valueItems(analysis: UnattendAnalysis, element: XmlElement, spec: SettingSpec, offset: number): CompletionList {
	const domain = spec.domain!;
	const values = completionValues(domain, analysis.index);
	if (values.length === 0) return empty;
	const text = analysis.xml.text;
	let start = element.startTagEnd;
	let end = element.closeStart ?? element.end;
	while (start < offset && /\s/.test(text[start])) start++;
	if (!element.closed) end = offset;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end < offset) end = offset;
	const range = rangeOf(analysis, start, end);
	const list: CompletionList = {
		isIncomplete: false,
		items: values.map((value, order) => ({
			label: value.value,
			kind: CompletionItemKind.Value,
			documentation: value.doc,
			sortText: String(order).padStart(3, '0'),
			textEdit: { range, newText: value.value },
		})),
	};
	const matching = plainTextMatching(analysis, element, spec);
	for (const item of list.items) {
		if (item.label !== matching) continue;
		item.preselect = true;
		item.sortText = '';
	}
	return list;
}

/**
 * The `PlainText` value that matches the password written beside it: `false`
 * for Windows SIM's encoded form, `true` for a password as typed.
 */
function plainTextMatching(analysis: UnattendAnalysis, element: XmlElement, spec: SettingSpec): string | undefined {
	const binding = analysis.bindings.get(element);
	const password = binding?.kind === 'setting' ? binding.parentSpec?.children?.find((item) => item.domain?.kind === 'password' && item.domain.plainTextSibling === spec.name) : undefined;
	if (password?.domain?.kind !== 'password' || !element.parent) return undefined;
	const written = childNamed(element.parent, password.name);
	const value = written ? valueOf(analysis, written).value : '';
	if (value === '') return undefined;
	const decoded = decodeSimPassword(value);
	return decoded !== undefined && password.domain.encodedSuffix !== undefined && decoded.endsWith(password.domain.encodedSuffix) ? 'false' : 'true';
}
