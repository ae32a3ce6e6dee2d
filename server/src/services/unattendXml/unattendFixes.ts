/**
 * Service layer: the `unattend.xml` quick-fixes that restructure the file —
 * moving a component or a setting to a pass that applies it, completing a
 * command, adding `wcm:action` — as ready-made edits for `XmlFixData`.
 * Validation decides when a finding gets one; this module only writes text.
 * Like the checks, it names no component or setting: the tables say which
 * passes apply and which children a command needs.
 */
import type { TextEdit } from 'vscode-languageserver-types';
import type { XmlElement } from '../../model/xmlParser';
import type { CommandListRule, UnattendPass } from '../../knowledge/unattendXmlTypes';
import { childNamed, valueOf, type ComponentBlock, type PassBlock, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import type { Collector, XmlFix } from './unattendValidation';
import { trimTrailing } from '../../util/text';

/** Offset of the start of the line that holds `offset`. */
function lineStart(text: string, offset: number): number {
	let at = offset;
	while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
	return at;
}

/** The blanks in front of an element on its line ('' when other text precedes it). */
function indentOf(text: string, element: XmlElement): string {
	const before = text.slice(lineStart(text, element.start), element.start);
	return before.trim() === '' ? before : '';
}

/** The span to remove for an element: its whole lines when it stands alone on them, with the line break after it. */
function removalSpan(text: string, element: XmlElement): { start: number; end: number } {
	const startOfLine = lineStart(text, element.start);
	const start = text.slice(startOfLine, element.start).trim() === '' ? startOfLine : element.start;
	let end = element.end;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
	if (text.startsWith('\r\n', end)) end += 2;
	else if (text[end] === '\n' || text[end] === '\r') end++;
	else end = element.end;
	return { start, end };
}

/** The element's text as whole lines ending in a line break, ready to insert at the start of a line. */
function asLines(text: string, span: { start: number; end: number }, eol: string): string {
	const moved = text.slice(span.start, span.end);
	return /[\r\n]$/.test(moved) ? moved : moved + eol;
}

/** Inserts whole lines just before an element's end tag (at the start of its line when the tag stands alone). */
function insertBeforeClose(c: Collector, element: XmlElement, lines: string): TextEdit | undefined {
	const text = c.analysis.xml.text;
	if (!element.closed || element.closeStart === undefined || element.selfClosing) return undefined;
	const close = element.closeStart;
	const closeLine = lineStart(text, close);
	const atLineStart = text.slice(closeLine, close).trim() === '';
	const at = atLineStart ? closeLine : close;
	return { range: c.range(at, at), newText: atLineStart ? lines : c.analysis.xml.eol + lines };
}

/** A new `<settings>` in pass order: before the first pass that runs later, else before `</unattend>`. */
function newPassEdit(c: Collector, pass: UnattendPass, indent: string, inner: string): TextEdit | undefined {
	const { analysis } = c;
	const unattend = analysis.unattend;
	if (!unattend) return undefined;
	const eol = analysis.xml.eol;
	const block = `${indent}<settings pass="${pass}">${eol}${inner}${indent}</settings>${eol}`;
	const order = analysis.index.spec.passes.map((item) => item.name);
	const later = analysis.passes.find((item) => item.pass && order.indexOf(item.pass.name) > order.indexOf(pass) && indentOf(analysis.xml.text, item.element) !== '');
	if (later) {
		const at = lineStart(analysis.xml.text, later.element.start);
		return { range: c.range(at, at), newText: block };
	}
	return insertBeforeClose(c, unattend, block);
}

/** One level of indentation as the file writes it (the step from the parent's indentation to the element's). */
function indentStep(text: string, element: XmlElement): string {
	const own = indentOf(text, element);
	const parent = element.parent ? indentOf(text, element.parent) : '';
	return own.startsWith(parent) && own.length > parent.length ? own.slice(parent.length) : '\t';
}

/** The `<settings>` of a pass that can take new children. */
function openPass(analysis: UnattendAnalysis, pass: UnattendPass): XmlElement | undefined {
	return analysis.passes.find((block) => block.pass?.name === pass && block.element.closed && block.element.closeStart !== undefined && !block.element.selfClosing)?.element;
}

/** Edits that move a whole component into each pass that applies it (that pass's `<settings>`, or a new one). */
export function moveComponentFixes(c: Collector, component: ComponentBlock, passes: readonly UnattendPass[]): XmlFix[] {
	const { analysis } = c;
	const text = analysis.xml.text;
	if (!component.element.closed) return [];
	const span = removalSpan(text, component.element);
	const removal: TextEdit = { range: c.range(span.start, span.end), newText: '' };
	const moved = asLines(text, span, analysis.xml.eol);
	const fixes: XmlFix[] = [];
	for (const pass of passes) {
		const target = openPass(analysis, pass);
		const insert = target ? insertBeforeClose(c, target, moved) : newPassEdit(c, pass, indentOf(text, component.block.element), moved);
		if (!insert) continue;
		fixes.push({ title: `Move ${component.spec?.name ?? component.name} to the ${pass} pass`, edits: [removal, insert], preferred: fixes.length === 0 });
	}
	return fixes;
}

/**
 * Edits that move a top-level setting into each of `passes`: into the same
 * component there (same name and architecture), or into a copy of the
 * component's start tag in that pass's `<settings>` (created when absent).
 * The old component goes too when the setting was all it held.
 */
export function moveSettingFixes(c: Collector, binding: SettingBinding, passes: readonly UnattendPass[]): XmlFix[] {
	const { analysis } = c;
	const text = analysis.xml.text;
	const eol = analysis.xml.eol;
	const { element, component } = binding;
	if (binding.parentSpec || !element.closed || !component.element.closed) return [];
	const alone = component.element.children.every((child) => child === element || child.type === 'text' && child.value.trim() === '');
	const span = removalSpan(text, alone ? component.element : element);
	const removal: TextEdit = { range: c.range(span.start, span.end), newText: '' };
	const settingLines = asLines(text, removalSpan(text, element), eol);
	const componentIndent = indentOf(text, component.element);
	const startTag = text.slice(component.element.start, component.element.startTagEnd);
	const wrapped = `${componentIndent}${startTag}${eol}${settingLines}${componentIndent}</${component.element.name}>${eol}`;
	const fixes: XmlFix[] = [];
	for (const pass of passes) {
		if (!component.spec?.passes.includes(pass)) continue;
		const sameComponent = analysis.passes
			.filter((block) => block.pass?.name === pass)
			.flatMap((block) => block.components)
			.find((other) => other.name === component.name && other.architecture?.value === component.architecture?.value);
		let insert: TextEdit | undefined;
		if (sameComponent) {
			// A value already there would make a duplicate: the author has to choose, so no fix into that pass.
			if (childNamed(sameComponent.element, element.localName)) continue;
			insert = insertBeforeClose(c, sameComponent.element, settingLines);
		} else {
			const target = openPass(analysis, pass);
			insert = target ? insertBeforeClose(c, target, wrapped) : newPassEdit(c, pass, indentOf(text, component.block.element), wrapped);
		}
		if (!insert) continue;
		fixes.push({ title: `Move ${element.localName} to the ${pass} pass`, edits: [removal, insert], preferred: fixes.length === 0 });
	}
	return fixes;
}

/**
 * The passes to offer for a setting: those the file already has first, then
 * the ones nearest the pass it is in (the move that shifts it least in time).
 */
export function rankSettingPasses(analysis: UnattendAnalysis, passes: readonly UnattendPass[], from: UnattendPass): UnattendPass[] {
	const present = new Set(analysis.passes.map((block) => block.pass?.name));
	const order = analysis.index.spec.passes.map((item) => item.name);
	const distance = (pass: UnattendPass) => Math.abs(order.indexOf(pass) - order.indexOf(from));
	return [...passes].sort((a, b) => Number(present.has(b)) - Number(present.has(a)) || distance(a) - distance(b) || order.indexOf(a) - order.indexOf(b)).slice(0, 3);
}

/** The next free number of a command list: one more than the largest `Order` in it. */
export function nextOrder(analysis: UnattendAnalysis, list: XmlElement, rule: CommandListRule): number {
	let highest = 0;
	for (const item of list.children) {
		if (item.type !== 'element') continue;
		const order = childNamed(item, rule.orderChild);
		const value = order ? Number.parseInt(valueOf(analysis, order).value, 10) : Number.NaN;
		if (Number.isFinite(value) && value > highest) highest = value;
	}
	return highest + 1;
}

/**
 * Completes a command: `<Order>` with the next free number as its first
 * child and/or an empty element for what to run after `Order`, each on its
 * own line indented like the item's other children.
 */
export function completeCommandFix(c: Collector, item: XmlElement, rule: CommandListRule, order: number | undefined, addCommand: boolean): XmlFix[] {
	const { analysis } = c;
	const text = analysis.xml.text;
	const eol = analysis.xml.eol;
	if (!item.closed || item.closeStart === undefined || item.selfClosing) return [];
	const command = rule.commandChildren[0];
	const orderText = order !== undefined ? `<${rule.orderChild}>${order}</${rule.orderChild}>` : '';
	const commandText = addCommand ? `<${command}></${command}>` : '';
	const firstChild = item.children.find((child): child is XmlElement => child.type === 'element');
	const existingOrder = childNamed(item, rule.orderChild);
	const itemIndent = indentOf(text, item);
	const edits: TextEdit[] = [];
	if (text.slice(item.startTagEnd, item.closeStart).trim() === '') {
		// An empty item: its children on their own lines, one level deeper.
		const step = indentStep(text, item);
		const lines = [orderText, commandText].filter(Boolean).map((line) => `${itemIndent}${step}${line}${eol}`).join('');
		edits.push({ range: c.range(item.startTagEnd, item.closeStart), newText: `${eol}${lines}${itemIndent}` });
	} else if (firstChild && indentOf(text, firstChild) !== '') {
		// Children on their own lines: new lines indented like them, Order first and what to run after Order.
		const indent = indentOf(text, firstChild);
		const before = lineStart(text, firstChild.start);
		if (orderText) edits.push({ range: c.range(before, before), newText: `${indent}${orderText}${eol}` });
		if (commandText) {
			const span = existingOrder?.closed ? removalSpan(text, existingOrder) : undefined;
			const at = span && span.end !== existingOrder!.end ? span.end : before;
			edits.push({ range: c.range(at, at), newText: `${indent}${commandText}${eol}` });
		}
	} else {
		// Children written on one line with the tags: keep it one line.
		edits.push({ range: c.range(item.startTagEnd, item.startTagEnd), newText: orderText + (existingOrder ? '' : commandText) });
		if (existingOrder && commandText) edits.push({ range: c.range(existingOrder.end, existingOrder.end), newText: commandText });
	}
	const what = [order !== undefined ? `${rule.orderChild} ${order}` : '', addCommand ? `an empty ${command}` : ''].filter(Boolean).join(' and ');
	return [{ title: `Add ${what}`, edits, preferred: true }];
}

/** Case fixes and well-known short forms of a pass name (`oobe` for oobeSystem, `PE` for windowsPE). */
export function passSuggestions(value: string, names: readonly string[], closest: string | undefined): string[] {
	const lower = value.trim().toLowerCase();
	if (lower === '') return [];
	const exact = names.find((name) => name.toLowerCase() === lower);
	if (exact) return [exact];
	if (closest) return [closest];
	// A pass name written short: it is the start or the end of exactly one pass name.
	const partial = names.filter((name) => name.toLowerCase().startsWith(lower) || name.toLowerCase().endsWith(lower));
	return lower.length >= 2 ? partial : [];
}

/**
 * Merges a second `<settings>` of a pass into the first: its content moves
 * before the first one's end tag and the empty element goes. Offered only
 * when no component appears in both, so nothing is applied twice.
 */
export function mergePassFix(c: Collector, first: PassBlock, second: PassBlock): XmlFix[] {
	const text = c.analysis.xml.text;
	const key = (component: ComponentBlock) => `${component.name.toLowerCase()}|${component.architecture?.value ?? ''}`;
	const firstKeys = new Set(first.components.map(key));
	if (second.components.some((component) => firstKeys.has(key(component)))) return [];
	const from = second.element;
	if (!from.closed || from.closeStart === undefined || from.selfClosing) return [];
	let content = text.slice(from.startTagEnd, from.closeStart);
	// Keep whole lines: drop the break after the start tag and the indentation before the end tag.
	content = trimTrailing(content.replace(/^[ \t]*\r?\n/, ''), ' \t');
	if (content.trim() === '') return [];
	if (!/[\r\n]$/.test(content)) content += c.analysis.xml.eol;
	const insert = insertBeforeClose(c, first.element, content);
	if (!insert) return [];
	const span = removalSpan(text, from);
	return [{ title: `Merge into the first ${first.pass?.name ?? ''} <settings>`.replace('  ', ' '), edits: [insert, { range: c.range(span.start, span.end), newText: '' }], preferred: true }];
}
