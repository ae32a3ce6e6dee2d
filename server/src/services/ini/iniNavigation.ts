/**
 * Service layer: hover, outline, folding and section-reference navigation for
 * INI answer files.
 */
import { effectiveCommandLine, rawLineText } from '../commandLines';
import { powerShellLineHover } from '../powershellCommand';
import {
	FoldingRangeKind,
	SymbolKind,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	type Location,
	type Position,
} from 'vscode-languageserver-types';
import { fold, type IniDocument, type IniSection, type LineSpan } from '../../model/iniParser';
import { spanRange } from '../diagnostics';
import { entryInfoFor, sectionAtLine, type IniAnalysis, type SectionReference } from './iniAnalysis';
import { entryMarkdown, sectionMarkdown } from './iniDocs';
import { findEnumValue, lookupTimeZone } from './valueDomains';

function inside(span: LineSpan, position: Position): boolean {
	return span.line === position.line && position.character >= span.start && position.character <= span.end;
}

export function hoverIni(analysis: IniAnalysis, position: Position, fileTitle: string): Hover | null {
	const bound = sectionAtLine(analysis, position.line);
	if (!bound) return null;
	const { section, info } = bound;
	if (inside(section.nameSpan, position) && section.headerSpan.line === position.line) {
		if (!info) return { contents: { kind: 'markdown', value: `**[${section.name}]** is not a documented section; Setup ignores it.` }, range: spanRange(section.nameSpan) };
		return { contents: { kind: 'markdown', value: sectionMarkdown(info, fileTitle) }, range: spanRange(section.nameSpan) };
	}
	const line = section.lines.find((item) => item.lineSpan.line === position.line);
	if (!line || !info) return null;
	if (info.spec.shape === 'values' && info.spec.lineDomain?.kind === 'command') {
		// `[GuiRunOnce]`: show what Setup's INF reader makes of the line.
		const whole = line.type === 'entry' && /^command\d*$/i.test(line.key) ? line.rawValue : rawLineText(line).text;
		const powershell = powerShellLineHover(whole.trim());
		return { contents: { kind: 'markdown', value: `**[${info.spec.name}] command**\n\n${effectiveCommandLine(whole.trim(), false)}${powershell ? `\n\n${powershell}` : ''}` }, range: spanRange(line.lineSpan) };
	}
	if (line.type === 'entry' && inside(line.keySpan, position)) {
		const entry = entryInfoFor(bound, line.key);
		if (entry) return { contents: { kind: 'markdown', value: entryMarkdown(entry, fileTitle) }, range: spanRange(line.keySpan) };
		if (info.spec.shape === 'open' && info.spec.keyDoc) {
			return { contents: { kind: 'markdown', value: `**${line.key}** — ${info.spec.keyDoc} in [${info.spec.name}].` }, range: spanRange(line.keySpan) };
		}
		return null;
	}
	if (line.type === 'entry' && inside(line.valueSpan, position)) {
		const entry = entryInfoFor(bound, line.key);
		if (!entry) return null;
		const domain = entry.spec.domain;
		let text: string | undefined;
		if (entry.spec.secret) text = `The value of **${entry.spec.name}** is a secret; Reseal does not repeat it.`;
		else if (domain.kind === 'enum') {
			const value = findEnumValue(domain.values, line.value);
			if (value) text = `**${entry.spec.name} = ${value.value}** — ${value.doc}`;
		} else if (domain.kind === 'timeZone') {
			const zone = lookupTimeZone(line.value);
			if (zone) text = `**Time zone ${String(zone.index).padStart(3, '0')}** — ${zone.name} (${zone.standardName})`;
		} else if (domain.kind === 'sectionRef') {
			const target = referenceAt(analysis, position);
			if (target) {
				const targets = analysis.byName.get(fold(target.name));
				text = targets
					? `Points to **[${target.name}]** on line ${targets[0].section.headerSpan.line + 1}.`
					: `Points to **[${target.name}]**, which this file does not contain.`;
			}
		}
		if (text) return { contents: { kind: 'markdown', value: text }, range: spanRange(line.valueSpan) };
	}
	return null;
}

import { maxSymbols } from '../kindService';

export function symbolsIni(analysis: IniAnalysis): DocumentSymbol[] {
	const sections = analysis.bound.slice(0, maxSymbols);
	let budget = maxSymbols - sections.length;
	return sections.map(({ section, info }) => {
		const take = Math.min(2000, budget, section.lines.length);
		budget -= take;
		const end = section.lastContentLine;
		const range = { start: { line: section.headerSpan.line, character: section.headerSpan.start }, end: { line: end, character: end === section.headerSpan.line ? section.headerSpan.end : lineEnd(analysis, end) } };
		return {
			name: `[${section.name}]`,
			detail: info ? undefined : 'undocumented',
			kind: SymbolKind.Namespace,
			range,
			selectionRange: spanRange(section.nameSpan),
			children: section.lines
				.slice(0, take)
				.filter((line) => line.type === 'entry')
				.map((line) => ({
					name: line.type === 'entry' ? line.key || '(empty)' : '',
					detail: line.type === 'entry' && !entryInfoFor({ section, info, via: 'name' }, line.key)?.spec.secret ? clip(line.value) : undefined,
					kind: SymbolKind.Property,
					range: spanRange(line.lineSpan),
					selectionRange: spanRange(line.type === 'entry' ? line.keySpan : line.valueSpan),
				})),
		};
	});
}

/** Folds each section and each run of comment lines; any INI-format file can use it. */
export function foldingIni(doc: IniDocument): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	for (const section of doc.sections) {
		if (section.lastContentLine > section.headerSpan.line) ranges.push({ startLine: section.headerSpan.line, endLine: section.lastContentLine });
	}
	// Runs of comment lines (license headers) fold as one.
	let runStart = -1;
	let previous = -2;
	for (const comment of doc.comments) {
		const line = comment.span.line;
		if (line !== previous + 1) {
			if (runStart !== -1 && previous > runStart) ranges.push({ startLine: runStart, endLine: previous, kind: FoldingRangeKind.Comment });
			runStart = line;
		}
		previous = line;
	}
	if (runStart !== -1 && previous > runStart) ranges.push({ startLine: runStart, endLine: previous, kind: FoldingRangeKind.Comment });
	return ranges;
}

function referenceAt(analysis: IniAnalysis, position: Position): SectionReference | undefined {
	return analysis.references.find((reference) => inside(reference.span, position));
}

export function definitionIni(analysis: IniAnalysis, uri: string, position: Position): Location[] {
	const reference = referenceAt(analysis, position);
	if (!reference) return [];
	return (analysis.byName.get(fold(reference.name)) ?? []).map(({ section }) => ({ uri, range: spanRange(section.nameSpan) }));
}

export function referencesIni(analysis: IniAnalysis, uri: string, position: Position): Location[] {
	let name: string | undefined;
	const header = analysis.doc.sections.find((section: IniSection) => section.headerSpan.line === position.line && inside(section.nameSpan, position));
	if (header) name = header.name;
	else name = referenceAt(analysis, position)?.name;
	if (name === undefined) return [];
	const key = fold(name);
	return analysis.references.filter((reference) => fold(reference.name) === key).map((reference) => ({ uri, range: spanRange(reference.span) }));
}

function lineEnd(analysis: IniAnalysis, line: number): number {
	return analysis.doc.lineLengths[line] ?? 0;
}

function clip(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
