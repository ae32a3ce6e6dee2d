/**
 * Service layer: the snippet completion inserts for one setting of
 * `unattend.xml`. A list item gets `wcm:action="add"` (and `wcm:keyValue`
 * with the next free key when the list is keyed); an element with a row in
 * `knowledge/unattendXmlChildren.ts` gets the children that row names, each
 * with a tab stop (the numbering child with the next free number, a boolean
 * as a choice), so the inserted element is complete.
 */
import type { XmlElement } from '../../model/xmlParser';
import { unattendInsertedChildren, type InsertedChildrenRow } from '../../knowledge/unattendXmlChildren';
import type { SettingSpec } from '../../knowledge/unattendXmlTypes';
import { childNamed, valueOf, wcmAttribute, type UnattendAnalysis } from './unattendAnalysis';
import { escapeXmlText } from '../../util/text';

let rowsByKey: Map<string, InsertedChildrenRow> | undefined;

function rowFor(component: string | undefined, path: readonly string[]): InsertedChildrenRow | undefined {
	if (!component) return undefined;
	rowsByKey ??= new Map(unattendInsertedChildren.map((row) => [`${row.component.toLowerCase()}|${row.path}`, row]));
	return rowsByKey.get(`${component.toLowerCase()}|${path.join('/')}`);
}

/** Where the element is inserted: its component, the path of its parent, and the parent element (the list). */
export interface SnippetPlace {
	readonly analysis: UnattendAnalysis;
	readonly component: string | undefined;
	readonly parentPath: readonly string[];
	readonly parent: XmlElement | undefined;
	readonly eol: string;
}

/** Text safe inside a snippet placeholder (`$`, `}` and `\` are snippet syntax). */
function escapePlaceholder(text: string): string {
	return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/** Text safe as one option of a snippet choice. */
function escapeChoice(text: string): string {
	return text.replace(/[$}\\,|]/g, (char) => `\\${char}`);
}

class TabStops {
	private next = 1;
	take(): number {
		return this.next++;
	}
}

/** One more than the largest whole number among the items' values (1 for an empty list). */
function nextNumber(values: readonly string[]): number {
	let highest = 0;
	for (const value of values) {
		const number = /^\s*\d+\s*$/.test(value) ? Number.parseInt(value, 10) : 0;
		if (number > highest) highest = number;
	}
	return highest + 1;
}

function siblings(place: SnippetPlace, name: string): XmlElement[] {
	const out: XmlElement[] = [];
	for (const child of place.parent?.children ?? []) if (child.type === 'element' && child.localName === name) out.push(child);
	return out;
}

/** A value element's content: a choice for booleans and enumerations, a placeholder with the table's value otherwise. */
function valueText(spec: SettingSpec, stops: TabStops, preset?: string): string {
	const domain = spec.domain;
	const value = preset ?? spec.insertValue ?? (domain?.kind === 'boolean' ? 'true' : '');
	if (domain && (domain.kind === 'boolean' || domain.kind === 'enum')) {
		const options = [value, ...(domain.kind === 'boolean' ? ['true', 'false'] : domain.values.map((item) => item.value))].filter((item, at, all) => item !== '' && all.indexOf(item) === at);
		return `\${${stops.take()}|${options.map(escapeChoice).join(',')}|}`;
	}
	return `\${${stops.take()}${value === '' ? '' : `:${escapePlaceholder(escapeXmlText(value))}`}}`;
}

/** Child paths grouped by their first name, in first-seen order: `Password/Value`, `Password/PlainText` → Password: [Value, PlainText]. */
function groupPaths(paths: readonly string[]): { name: string; rest: string[] }[] {
	const groups: { name: string; rest: string[] }[] = [];
	for (const path of paths) {
		const [name, ...rest] = path.split('/');
		let group = groups.find((item) => item.name === name);
		if (!group) {
			group = { name, rest: [] };
			groups.push(group);
		}
		if (rest.length > 0) group.rest.push(rest.join('/'));
	}
	return groups;
}

/**
 * The element's children lines from its row (or the given child paths), each
 * indented one level deeper than `indent`.
 */
function childLines(spec: SettingSpec, path: readonly string[], paths: readonly string[], row: InsertedChildrenRow, prefix: string, indent: string, stops: TabStops, place: SnippetPlace, numbered: number): string {
	const inner = `${indent}\t`;
	let out = '';
	for (const group of groupPaths(paths)) {
		const child = spec.children?.find((item) => item.name === group.name);
		if (!child) continue;
		if (group.rest.length > 0) {
			out += `${inner}<${child.name}>${place.eol}${childLines(child, [...path, child.name], group.rest, row, `${prefix}${child.name}/`, inner, stops, place, numbered)}${inner}</${child.name}>${place.eol}`;
		} else {
			const preset = !prefix && row.numbered === child.name ? String(numbered) : row.values?.[prefix + child.name];
			out += `${inner}<${element(child, [...path, child.name], inner, stops, place, preset)}${place.eol}`;
		}
	}
	return out;
}

/** One element as snippet text, without the leading `<`. */
function element(spec: SettingSpec, path: readonly string[], indent: string, stops: TabStops, place: SnippetPlace, preset?: string, top = false): string {
	const row = rowFor(place.component, path);
	let attrs = '';
	if (spec.listItem) attrs += ' wcm:action="add"';
	if (spec.listItem === 'keyed') {
		// Keys are usually 1, 2, …: offer the next one, which the author may overwrite with a name.
		const keys = top ? siblings(place, spec.name).map((item) => wcmAttribute(place.analysis, item, 'keyValue')?.value ?? '') : [];
		attrs += ` wcm:keyValue="\${${stops.take()}:${nextNumber(keys)}}"`;
	}
	// A setting with a value domain is written as a value even where the reference also lists children (keyed items).
	const container = spec.children !== undefined && spec.domain === undefined;
	if (row && container) {
		const numbered = row.numbered && top ? nextNumber(siblings(place, spec.name).map((item) => { const order = childNamed(item, row.numbered!); return order ? valueOf(place.analysis, order).value : ''; })) : 1;
		return `${spec.name}${attrs}>${place.eol}${childLines(spec, path, row.children, row, '', indent, stops, place, numbered)}${indent}</${spec.name}>`;
	}
	if (container) return `${spec.name}${attrs}>${place.eol}${indent}\t${top ? '$0' : `\${${stops.take()}}`}${place.eol}${indent}</${spec.name}>`;
	return `${spec.name}${attrs}>${valueText(spec, stops, preset)}</${spec.name}>`;
}

/** The snippet for `setting` inserted in `place.parent`, without the leading `<`. */
export function settingSnippet(setting: SettingSpec, place: SnippetPlace): string {
	const snippet = element(setting, [...place.parentPath, setting.name], '', new TabStops(), place, undefined, true);
	return snippet.includes('$0') ? snippet : `${snippet}$0`;
}
