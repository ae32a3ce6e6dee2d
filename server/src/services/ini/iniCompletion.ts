/**
 * Service layer: completion in INI answer files — section names after `[`,
 * the entries of the current section (missing ones first), and values from
 * the entry's domain (time zones with their names).
 */
import {
	CompletionItemKind,
	InsertTextFormat,
	type CompletionItem,
	type CompletionList,
	type Position,
	type Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fold } from '../../model/iniParser';
import type { ValueDomain } from '../../knowledge/types';
import { sectionAtLine, type IniAnalysis } from './iniAnalysis';
import { entryMarkdown, sectionMarkdown } from './iniDocs';
import { findEntry } from './knowledgeIndex';
import { domainValues } from './valueDomains';

export interface CompletionOptions {
	readonly fileTitle: string;
	/** Whole-file skeletons offered on an empty line outside any section. */
	readonly skeletons?: readonly { readonly label: string; readonly body: string; readonly doc: string }[];
}

export function completeIni(document: TextDocument, analysis: IniAnalysis, position: Position, options: CompletionOptions): CompletionList {
	const lineText = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
	const character = Math.min(position.character, lineText.length);
	const before = lineText.slice(0, character);
	const trimmedBefore = before.trimStart();
	const indent = before.length - trimmedBefore.length;

	if (trimmedBefore.startsWith(';')) return empty();
	if (trimmedBefore.startsWith('[')) {
		const close = lineText.indexOf(']', indent);
		// Past the closing bracket there is no section name to complete (an edit range must contain the cursor).
		if (close !== -1 && close < character) return empty();
		const range: Range = {
			start: { line: position.line, character: indent + 1 },
			end: { line: position.line, character: close === -1 ? Math.max(character, lineText.trimEnd().length) : close + 1 },
		};
		return { isIncomplete: false, items: sectionItems(analysis, range, position.line, options, false) };
	}

	const bound = sectionAtLine(analysis, position.line);
	const equals = before.indexOf('=');
	if (equals !== -1 && bound?.info) {
		const key = before.slice(0, equals).trim();
		const entry = findEntry(bound.info, key);
		const domain = entry?.spec.domain ?? (bound.info.spec.shape === 'open' ? bound.info.spec.lineDomain : undefined);
		if (!domain) return empty();
		let valueStart = equals + 1;
		while (valueStart < lineText.length && /\s/.test(lineText[valueStart])) valueStart++;
		const range: Range = {
			start: { line: position.line, character: Math.min(valueStart, character) },
			end: { line: position.line, character: Math.max(character, lineText.trimEnd().length) },
		};
		return { isIncomplete: false, items: valueItems(domain, analysis, range) };
	}

	const wordRange: Range = {
		start: { line: position.line, character: indent },
		end: { line: position.line, character: Math.max(character, lineText.trimEnd().length) },
	};
	if (!bound || !bound.info || bound.section.headerSpan.line === position.line) {
		const items = sectionItems(analysis, wordRange, position.line, options, true);
		if (trimmedBefore === '' && analysis.doc.sections.length === 0) {
			for (const skeleton of options.skeletons ?? []) {
				items.unshift({
					label: skeleton.label,
					kind: CompletionItemKind.Snippet,
					insertTextFormat: InsertTextFormat.Snippet,
					textEdit: { range: wordRange, newText: skeleton.body },
					documentation: { kind: 'markdown', value: skeleton.doc },
					sortText: '0',
				});
			}
		}
		return { isIncomplete: false, items };
	}
	const spec = bound.info.spec;
	if (spec.shape === 'values' || spec.shape === 'empty') return empty();
	// Open sections such as a 10,000-line [SysprepMassStorage] document no entries: skip scanning their lines.
	if (bound.info.ordered.length === 0) return { isIncomplete: false, items: [] };
	const present = new Set<string>();
	for (const line of bound.section.lines) if (line.type === 'entry' && line.keySpan.line !== position.line) present.add(fold(line.key));
	const items: CompletionItem[] = [];
	bound.info.ordered.forEach((entry, order) => {
		if (entry.spec.name.includes('<')) return;
		const isPresent = present.has(fold(entry.spec.name));
		const rank = isPresent ? 3 : entry.spec.required ? 0 : entry.honoured ? 1 : 2;
		items.push({
			label: entry.spec.name,
			kind: CompletionItemKind.Property,
			detail: isPresent ? 'already set in this section' : entry.spec.required ? 'needed for full automation' : entry.spec.default !== undefined ? `default ${entry.spec.default}` : undefined,
			documentation: { kind: 'markdown', value: entryMarkdown(entry, options.fileTitle) },
			insertTextFormat: InsertTextFormat.Snippet,
			textEdit: { range: wordRange, newText: `${entry.spec.name} = ${valueSnippet(entry.spec.domain, entry.spec.insertValue ?? entry.spec.default)}` },
			sortText: `${rank}${String(order).padStart(4, '0')}`,
			filterText: entry.spec.name,
			command: { title: 'Suggest values', command: 'editor.action.triggerSuggest' },
		});
	});
	return { isIncomplete: false, items };
}

function sectionItems(analysis: IniAnalysis, range: Range, line: number, options: CompletionOptions, wholeHeader: boolean): CompletionItem[] {
	const present = new Set(analysis.doc.sections.filter((section) => section.headerSpan.line !== line).map((section) => fold(section.name)));
	const items: CompletionItem[] = [];
	const names: { name: string; doc: string; rank: number; snippet?: string }[] = [];
	for (const info of analysis.index.sections.values()) {
		const rank = present.has(fold(info.spec.name)) ? 3 : info.ordered.some((entry) => entry.spec.required) ? 0 : info.honoured ? 1 : 2;
		names.push({ name: info.spec.name, doc: sectionMarkdown(info, options.fileTitle), rank, snippet: info.spec.snippet });
	}
	// Sections the file points to but does not contain yet.
	for (const reference of analysis.references) {
		if (present.has(fold(reference.name)) || names.some((item) => fold(item.name) === fold(reference.name))) continue;
		names.push({ name: reference.name, doc: `Referenced by ${reference.entry.key} in [${reference.from.name}] but not defined yet.`, rank: 0 });
	}
	names.forEach((item, order) => {
		const useSnippet = wholeHeader && item.snippet !== undefined && item.rank !== 3;
		items.push({
			label: item.name,
			kind: CompletionItemKind.Module,
			detail: item.rank === 3 ? 'already in this file' : undefined,
			documentation: { kind: 'markdown', value: item.doc },
			insertTextFormat: useSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
			textEdit: { range, newText: useSnippet ? item.snippet! : wholeHeader ? `[${item.name}]` : `${item.name}]` },
			filterText: wholeHeader ? `[${item.name}` : item.name,
			sortText: `${item.rank}${String(order).padStart(4, '0')}`,
		});
	});
	return items;
}

function valueItems(domain: ValueDomain, analysis: IniAnalysis, range: Range): CompletionItem[] {
	if (domain.kind === 'sectionRef') {
		return analysis.doc.sections.map((section, order) => ({
			label: section.name,
			kind: CompletionItemKind.Reference,
			textEdit: { range, newText: section.name },
			sortText: String(order).padStart(4, '0'),
		}));
	}
	return domainValues(domain).map((value, order) => ({
		label: value.value,
		kind: CompletionItemKind.EnumMember,
		detail: value.detail,
		documentation: value.doc ? { kind: 'markdown', value: value.doc } : undefined,
		filterText: value.detail ? `${value.value} ${value.detail}` : value.value,
		textEdit: { range, newText: value.value },
		sortText: String(order).padStart(4, '0'),
	}));
}

function valueSnippet(domain: ValueDomain, fallback: string | undefined): string {
	if (domain.kind === 'enum' && domain.values.length > 0 && domain.values.length <= 12) {
		const choices = domain.values.map((value) => escapeChoice(value.value));
		if (fallback) {
			const index = choices.findIndex((choice) => choice.toLowerCase() === fallback.toLowerCase());
			if (index > 0) choices.unshift(...choices.splice(index, 1));
		}
		return `\${1|${choices.join(',')}|}`;
	}
	return `\${1:${escapeSnippet(fallback ?? '')}}`;
}

function escapeChoice(text: string): string {
	return text.replace(/[\\|,$}]/g, '\\$&');
}

function escapeSnippet(text: string): string {
	return text.replace(/[\\$}]/g, '\\$&');
}

function empty(): CompletionList {
	return { isIncomplete: false, items: [] };
}
