/**
 * Service layer: fast case-insensitive lookups over the answer-file tables.
 *
 * One index per file kind merges the tables that describe it (Sysprep.inf
 * knows the Unattend.txt-only entries too, so it can say "only text-mode Setup
 * reads this" instead of "unknown"). Names with `<N>` match numbered entries
 * (`Size<N>` matches `Size1`); other `<placeholders>` match any text.
 */
import type { AnswerFileKind, AnswerFileSpec, EntrySpec, SectionSpec, ValueDomain } from '../../knowledge/types';
import { fold } from '../../model/iniParser';

export interface EntryInfo {
	readonly spec: EntrySpec;
	readonly section: SectionSpec;
	/** Whether the file kind this index serves reads the entry. */
	readonly honoured: boolean;
}

export interface SectionInfo {
	readonly spec: SectionSpec;
	readonly honoured: boolean;
	/** Entries by folded name. */
	readonly entries: ReadonlyMap<string, EntryInfo>;
	/** Entries whose names are patterns (`Size<N>`). */
	readonly patternEntries: readonly { readonly pattern: RegExp; readonly info: EntryInfo }[];
	/** All entries in table order (for completion and required checks). */
	readonly ordered: readonly EntryInfo[];
}

export interface KnowledgeIndex {
	readonly fileKind: AnswerFileKind;
	/** Sections with fixed names, by folded name. */
	readonly sections: ReadonlyMap<string, SectionInfo>;
	/** Author-named sections, keyed by their template name (folded). */
	readonly templates: ReadonlyMap<string, SectionInfo>;
	/** Templates with a name pattern (`params.<adapter>` → /^params\..+$/i). */
	readonly templatePatterns: readonly { readonly pattern: RegExp; readonly info: SectionInfo }[];
	readonly all: readonly SectionInfo[];
	/** Entries (folded) whose value is a documented `;`-separated list: the line reader does not take `;` there for a comment. */
	readonly semicolonListKeys: ReadonlySet<string>;
}

/** Which file kinds read entries of a table when the data does not say. */
function defaultKinds(table: AnswerFileSpec): readonly AnswerFileKind[] {
	// Mini-Setup entries are also valid in Unattend.txt; the reverse is not true.
	return table.kind === 'sysprep' ? ['sysprep', 'unattend'] : [table.kind];
}

export function namePattern(name: string): RegExp | undefined {
	if (!name.includes('<')) return undefined;
	const source = name
		.split(/(<[^>]*>)/)
		.map((part) => {
			if (part === '<N>' || part === '<n>') return '\\d+';
			if (part.startsWith('<') && part.endsWith('>')) return '.+';
			return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		})
		.join('');
	return new RegExp(`^${source}$`, 'i');
}

export function buildIndex(fileKind: AnswerFileKind, tables: readonly AnswerFileSpec[]): KnowledgeIndex {
	const merged = new Map<string, { spec: SectionSpec; honoured: boolean; entries: EntryInfo[] }>();
	for (const table of tables) {
		const kinds = defaultKinds(table);
		for (const section of table.sections) {
			const sectionKinds = section.fileKinds ?? kinds;
			const key = fold(section.name);
			let slot = merged.get(key);
			if (!slot) {
				slot = { spec: section, honoured: sectionKinds.includes(fileKind), entries: [] };
				merged.set(key, slot);
			} else if (!slot.honoured && sectionKinds.includes(fileKind)) {
				slot.honoured = true;
			}
			for (const entry of section.entries) {
				const entryKinds = entry.fileKinds ?? sectionKinds;
				if (slot.entries.some((known) => fold(known.spec.name) === fold(entry.name))) continue;
				slot.entries.push({ spec: entry, section: slot.spec, honoured: entryKinds.includes(fileKind) });
			}
		}
	}
	const sections = new Map<string, SectionInfo>();
	const templates = new Map<string, SectionInfo>();
	const templatePatterns: { pattern: RegExp; info: SectionInfo }[] = [];
	const all: SectionInfo[] = [];
	for (const [key, slot] of merged) {
		const info = sectionInfo(slot.spec, slot.honoured, slot.entries);
		all.push(info);
		if (slot.spec.template !== undefined || slot.spec.name.includes('<')) {
			templates.set(fold(slot.spec.template ?? slot.spec.name), info);
			templates.set(key, info);
			const pattern = namePattern(slot.spec.name);
			if (pattern) templatePatterns.push({ pattern, info });
		} else {
			sections.set(key, info);
		}
	}
	const semicolonListKeys = new Set<string>();
	for (const info of all) for (const entry of info.ordered) if (entry.spec.domain.kind === 'path' && entry.spec.domain.list === true) semicolonListKeys.add(fold(entry.spec.name));
	return { fileKind, sections, templates, templatePatterns, all, semicolonListKeys };
}

function sectionInfo(spec: SectionSpec, honoured: boolean, ordered: EntryInfo[]): SectionInfo {
	const entries = new Map<string, EntryInfo>();
	const patternEntries: { pattern: RegExp; info: EntryInfo }[] = [];
	for (const info of ordered) {
		const pattern = namePattern(info.spec.name);
		if (pattern) patternEntries.push({ pattern, info });
		else entries.set(fold(info.spec.name), info);
	}
	return { spec, honoured, entries, patternEntries, ordered };
}

export function findEntry(section: SectionInfo, key: string): EntryInfo | undefined {
	const direct = section.entries.get(fold(key));
	if (direct) return direct;
	for (const { pattern, info } of section.patternEntries) if (pattern.test(key)) return info;
	return undefined;
}

/** Every section that can hold the entry, for "it belongs in [X]" hints. */
export function sectionsDefining(index: KnowledgeIndex, key: string): SectionInfo[] {
	return index.all.filter((section) => findEntry(section, key) !== undefined);
}

/** The template a `sectionRef` domain points at, if any. */
export function refTemplate(index: KnowledgeIndex, domain: ValueDomain): SectionInfo | undefined {
	if (domain.kind !== 'sectionRef' || domain.template === undefined) return undefined;
	return index.templates.get(fold(domain.template));
}
