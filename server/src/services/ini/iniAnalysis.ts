/**
 * Service layer: binds a parsed answer file to the knowledge index.
 *
 * Author-named sections (`[params.Adapter1]`) have no fixed name, so they are
 * recognised through the entries that point at them (`Adapter1 = params.Adapter1`);
 * those pointers may themselves live in author-named sections, so binding
 * repeats until nothing new is found.
 */
import { fold, type IniDocument, type IniEntry, type IniSection, type LineSpan } from '../../model/iniParser';
import type { Architecture, WindowsTarget } from '../../knowledge/types';
import { findEntry, refTemplate, type EntryInfo, type KnowledgeIndex, type SectionInfo } from './knowledgeIndex';

export interface SectionReference {
	readonly entry: IniEntry;
	readonly from: IniSection;
	readonly name: string;
	readonly span: LineSpan;
	/** The template the pointing entry says the target follows. */
	readonly template?: SectionInfo;
	/** The target may be absent: Setup then uses the component's defaults. */
	readonly optional?: boolean;
}

export interface BoundSection {
	readonly section: IniSection;
	readonly info?: SectionInfo;
	readonly via: 'name' | 'reference' | 'pattern' | 'unknown';
}

export interface IniAnalysis {
	readonly doc: IniDocument;
	readonly index: KnowledgeIndex;
	readonly bound: readonly BoundSection[];
	/** Sections by folded name (several when a header repeats). */
	readonly byName: ReadonlyMap<string, readonly BoundSection[]>;
	readonly references: readonly SectionReference[];
	/** Settings the file declares for itself in a `; reseal: target=xp arch=x64` comment. */
	readonly directives: { readonly target?: WindowsTarget; readonly architecture?: Architecture };
}

export function analyze(doc: IniDocument, index: KnowledgeIndex): IniAnalysis {
	const byName = new Map<string, BoundSection[]>();
	for (const section of doc.sections) {
		const key = fold(section.name);
		const list = byName.get(key) ?? [];
		list.push({ section, info: index.sections.get(key), via: index.sections.has(key) ? 'name' : 'unknown' });
		byName.set(key, list);
	}
	const references: SectionReference[] = [];
	const scanned = new Set<IniSection>();
	// Each pass binds the sections the previous pass found references to.
	for (let pass = 0; pass < 6; pass++) {
		let bound = 0;
		for (const list of byName.values()) {
			for (const item of list) {
				if (!item.info || scanned.has(item.section)) continue;
				scanned.add(item.section);
				collectReferences(item.section, item.info, index, byName, references);
			}
		}
		for (const reference of references) {
			const list = byName.get(fold(reference.name));
			if (!list) continue;
			for (let i = 0; i < list.length; i++) {
				if (list[i].info) continue;
				const info = reference.template ?? index.sections.get(fold(reference.name));
				if (info) {
					list[i] = { section: list[i].section, info, via: 'reference' };
					bound++;
				}
			}
		}
		if (bound === 0) break;
	}
	// Unreferenced sections that look like a template still get its knowledge.
	for (const list of byName.values()) {
		for (let i = 0; i < list.length; i++) {
			if (list[i].info) continue;
			const match = index.templatePatterns.find(({ pattern }) => pattern.test(list[i].section.name));
			if (match) list[i] = { section: list[i].section, info: match.info, via: 'pattern' };
		}
	}
	const bound: BoundSection[] = [];
	for (const section of doc.sections) {
		const list = byName.get(fold(section.name))!;
		bound.push(list.find((item) => item.section === section)!);
	}
	return { doc, index, bound, byName, references, directives: readDirectives(doc) };
}

const refCache = new WeakMap<SectionInfo, boolean>();

/** Whether any entry of the section points at other sections (most do not: skip their lines). */
function hasSectionRefs(info: SectionInfo): boolean {
	let has = refCache.get(info);
	if (has === undefined) {
		has = info.ordered.some((entry) => entry.spec.domain.kind === 'sectionRef');
		refCache.set(info, has);
	}
	return has;
}

function collectReferences(section: IniSection, info: SectionInfo, index: KnowledgeIndex, byName: ReadonlyMap<string, unknown>, out: SectionReference[]): void {
	if (!hasSectionRefs(info)) return;
	for (const line of section.lines) {
		if (line.type !== 'entry') continue;
		const entry = findEntry(info, line.key);
		if (!entry || entry.spec.domain.kind !== 'sectionRef') continue;
		const template = refTemplate(index, entry.spec.domain);
		const prefix = entry.spec.domain.prefix;
		for (const part of splitList(line, entry.spec.domain.list === true)) {
			// The short form (`Profiles = Standard` for [WindowsFirewall.Standard]) names the prefixed section.
			const name = prefix && !byName.has(fold(part.text)) && byName.has(fold(prefix + part.text)) ? prefix + part.text : part.text;
			out.push({ entry: line, from: section, name, span: part.span, template, optional: entry.spec.domain.optional });
		}
	}
}

/** Splits a value on commas (when it is a list), keeping each item's columns. */
export function splitList(entry: { value: string; rawValue: string; valueSpan: LineSpan; quoted: boolean }, list: boolean, separator = ','): { text: string; span: LineSpan }[] {
	const raw = entry.rawValue;
	const base = entry.valueSpan.start;
	const parts: { text: string; span: LineSpan }[] = [];
	const pieces = list ? raw.split(separator) : [raw];
	let offset = 0;
	for (const piece of pieces) {
		let start = 0;
		let end = piece.length;
		while (start < end && /\s/.test(piece[start])) start++;
		while (end > start && /\s/.test(piece[end - 1])) end--;
		if (piece[start] === '"' && piece[end - 1] === '"' && end - start >= 2) {
			start++;
			end--;
		}
		if (end > start) {
			parts.push({ text: piece.slice(start, end), span: { line: entry.valueSpan.line, start: base + offset + start, end: base + offset + end } });
		}
		offset += piece.length + separator.length;
	}
	return parts;
}

const directivePattern = /^;\s*reseal:\s*(.*)$/i;

function readDirectives(doc: IniDocument): IniAnalysis['directives'] {
	const result: { target?: WindowsTarget; architecture?: Architecture } = {};
	for (const comment of doc.comments) {
		const match = directivePattern.exec(comment.text);
		if (!match) continue;
		for (const pair of match[1].split(/[\s,]+/)) {
			const [key, value] = pair.toLowerCase().split('=');
			if (key === 'target' && (value === 'xp' || value === '2003')) result.target = value;
			if ((key === 'arch' || key === 'architecture') && (value === 'x86' || value === 'x64' || value === 'ia64')) result.architecture = value;
		}
	}
	return result;
}

/** The bound section that contains a line, if any. */
export function sectionAtLine(analysis: IniAnalysis, line: number): BoundSection | undefined {
	const { bound } = analysis;
	let low = 0;
	let high = bound.length - 1;
	let found: BoundSection | undefined;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (bound[mid].section.headerSpan.line <= line) {
			found = bound[mid];
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}
	return found;
}

export function entryInfoFor(bound: BoundSection | undefined, key: string): EntryInfo | undefined {
	return bound?.info ? findEntry(bound.info, key) : undefined;
}
