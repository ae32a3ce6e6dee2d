/**
 * Service layer: Winbom.ini-specific binding on top of the generic INI analysis.
 *
 * Two kinds of author-named sections are named by list lines rather than by
 * `sectionRef` entries: `[OEMRunOnce]` lines (`"text", Viewer.Install, MSI`)
 * and `[UserAccounts]` names (`JohnArthur` → `[JohnArthur.account]`). This
 * module binds those sections, records the `[OEMRunOnce]` pointers as section
 * references (so a missing section is reported and navigation works), and
 * stops the catch-all `<application>` template from swallowing every unknown
 * section.
 */
import { fold, type IniEntry, type IniLine, type IniSection, type LineSpan } from '../../model/iniParser';
import { winbomNameLists, winbomRunLists } from '../../knowledge/winbomIni';
import type { EnumValue } from '../../knowledge/types';
import type { BoundSection, IniAnalysis, SectionReference } from '../ini/iniAnalysis';
import type { SectionInfo } from '../ini/knowledgeIndex';
import { rawLineText } from '../commandLines';

/** One comma-separated field of a run-list line, unquoted, with its columns. */
export interface RunField {
	readonly text: string;
	readonly quoted: boolean;
	readonly span: LineSpan;
}

/** A parsed `[OEMRunOnce]`/`[OEMRun]` line. */
export interface RunLine {
	readonly line: IniLine;
	readonly section: IniSection;
	readonly list: (typeof winbomRunLists)[number];
	readonly fields: readonly RunField[];
	/** Set when the line names a per-application section (`"text", section, MSI`). */
	readonly target?: { readonly name: string; readonly span: LineSpan; readonly kind: EnumValue };
}

export interface WinbomAnalysis extends IniAnalysis {
	readonly runLines: readonly RunLine[];
}

/** Splits a line on commas outside double quotes (`""` is a literal quote). */
export function splitFields(text: string, column: number, line: number): RunField[] {
	const fields: RunField[] = [];
	let start = 0;
	let quoted = false;
	const push = (end: number) => {
		let a = start;
		let b = end;
		while (a < b && /\s/.test(text[a])) a++;
		while (b > a && /\s/.test(text[b - 1])) b--;
		const raw = text.slice(a, b);
		const isQuoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
		fields.push({ text: isQuoted ? raw.slice(1, -1).replace(/""/g, '"') : raw, quoted: isQuoted, span: { line, start: column + a, end: column + b } });
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === ',' && !quoted) {
			push(i);
			start = i + 1;
		}
	}
	push(text.length);
	return fields;
}

function isCatchAll(info: SectionInfo): boolean {
	return /^<[^>]+>$/.test(info.spec.name);
}

export function bindWinbom(analysis: IniAnalysis): WinbomAnalysis {
	const { index } = analysis;
	const replacements = new Map<IniSection, BoundSection>();
	const references: SectionReference[] = [];
	const runLines: RunLine[] = [];

	// A catch-all template binds only through references; otherwise pick a more specific one, or none.
	for (const item of analysis.bound) {
		if (item.via !== 'pattern' || !item.info || !isCatchAll(item.info)) continue;
		const specific = index.templatePatterns.find(({ pattern, info }) => !isCatchAll(info) && pattern.test(item.section.name));
		replacements.set(item.section, specific ? { section: item.section, info: specific.info, via: 'pattern' } : { section: item.section, via: 'unknown' });
	}

	const bindTo = (name: string, info: SectionInfo | undefined) => {
		if (!info) return;
		for (const target of analysis.byName.get(fold(name)) ?? []) {
			const current = replacements.get(target.section) ?? target;
			if (current.via === 'name' || current.via === 'reference') continue;
			replacements.set(target.section, { section: target.section, info, via: 'reference' });
		}
	};

	for (const item of analysis.bound) {
		if (!item.info || item.via !== 'name') continue;
		const list = winbomRunLists.find((entry) => fold(entry.section) === fold(item.info!.spec.name));
		if (list) {
			for (const line of item.section.lines) {
				const raw = rawLineText(line);
				const fields = splitFields(raw.text, raw.column, line.lineSpan.line);
				let target: RunLine['target'];
				if (list.sectionForm && fields.length === 3) {
					const kind = list.sectionForm.kinds.find((value) => fold(value.value) === fold(fields[2].text));
					if (kind && fields[1].text !== '') target = { name: fields[1].text, span: fields[1].quoted ? { ...fields[1].span, start: fields[1].span.start + 1, end: fields[1].span.end - 1 } : fields[1].span, kind };
				}
				runLines.push({ line, section: item.section, list, fields, target });
				if (target && list.sectionForm) {
					const template = index.templates.get(fold(list.sectionForm.template));
					references.push({ entry: syntheticEntry(line, fields[0]), from: item.section, name: target.name, span: target.span, template });
					bindTo(target.name, template);
				}
			}
		}
		const names = winbomNameLists.find((entry) => fold(entry.section) === fold(item.info!.spec.name));
		if (names) {
			const template = index.templates.get(fold(names.template));
			for (const line of item.section.lines) {
				if (line.type === 'value' && line.value.trim() !== '') bindTo(`${line.value.trim()}${names.suffix}`, template);
			}
		}
	}

	if (replacements.size === 0 && references.length === 0) return { ...analysis, runLines };
	const bound = analysis.bound.map((item) => replacements.get(item.section) ?? item);
	const byName = new Map<string, BoundSection[]>();
	for (const item of bound) {
		const key = fold(item.section.name);
		const list = byName.get(key) ?? [];
		list.push(item);
		byName.set(key, list);
	}
	return { ...analysis, bound, byName, references: [...analysis.references, ...references], runLines };
}

/** Stands in for the `key = value` entry a section reference normally comes from; its key reads well in messages. */
function syntheticEntry(line: IniLine, description: RunField | undefined): IniEntry {
	const text = description?.text ?? '';
	return {
		type: 'entry',
		key: `The item "${text}"`,
		keySpan: description?.span ?? line.lineSpan,
		value: '',
		rawValue: '',
		valueSpan: line.lineSpan,
		equalsColumn: line.lineSpan.start,
		quoted: false,
		lineSpan: line.lineSpan,
		continuedLines: 0,
	};
}
