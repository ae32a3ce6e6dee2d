/**
 * Service layer: rename and document highlight for author-named sections of
 * INI answer files — `[params.Adapter1]` and every `Adapter1 = params.Adapter1`
 * that names it, Winbom.ini application sections and the `[OEMRunOnce]` lines
 * that name them.
 *
 * Sections Setup knows by name (`[Unattended]`) are never renamed: Setup would
 * stop reading them. A section nothing names is left alone too: renaming its
 * header alone is an ordinary edit, not a refactoring.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position, type TextEdit } from 'vscode-languageserver-types';
import { fold, type LineSpan } from '../../model/iniParser';
import { spanRange } from '../diagnostics';
import type { PrepareRenameResult, RenameResult } from '../kindService';
import type { IniAnalysis } from './iniAnalysis';

function inside(span: LineSpan, position: Position): boolean {
	return span.line === position.line && position.character >= span.start && position.character <= span.end;
}

/** The section name under the cursor: on a header or in an entry that names a section. */
function nameAt(analysis: IniAnalysis, position: Position): { name: string; span: LineSpan } | undefined {
	const header = analysis.doc.sections.find((section) => section.headerSpan.line === position.line && inside(section.nameSpan, position));
	if (header) return header.name === '' ? undefined : { name: header.name, span: header.nameSpan };
	const reference = analysis.references.find((item) => inside(item.span, position));
	return reference ? { name: reference.name, span: reference.span } : undefined;
}

interface Occurrence {
	readonly span: LineSpan;
	readonly definition: boolean;
}

function occurrences(analysis: IniAnalysis, name: string): Occurrence[] {
	const key = fold(name);
	const found: Occurrence[] = [];
	for (const section of analysis.doc.sections) if (fold(section.name) === key) found.push({ span: section.nameSpan, definition: true });
	for (const reference of analysis.references) if (fold(reference.name) === key) found.push({ span: reference.span, definition: false });
	return found.sort((a, b) => a.span.line - b.span.line || a.span.start - b.span.start);
}

/** Why the section cannot be renamed, or undefined when it can. */
function refusal(analysis: IniAnalysis, name: string): string | undefined {
	if (analysis.index.sections.has(fold(name))) return `[${name}] is a section Setup reads by this name; renaming it would make Setup ignore it.`;
	if (!analysis.references.some((reference) => fold(reference.name) === fold(name))) return `No entry in this file names [${name}]; Reseal renames sections that entries point to.`;
	return undefined;
}

export function prepareRenameIni(analysis: IniAnalysis, position: Position): PrepareRenameResult | null {
	const symbol = nameAt(analysis, position);
	if (!symbol) return null;
	const why = refusal(analysis, symbol.name);
	return why ? { error: why } : { range: spanRange(symbol.span), placeholder: symbol.name };
}

/** Characters that would end or split a section name in a header or in a value list. */
const badName = /[\s[\]";,=%]/;

export function renameIni(analysis: IniAnalysis, position: Position, newName: string): RenameResult | null {
	const symbol = nameAt(analysis, position);
	if (!symbol) return null;
	const why = refusal(analysis, symbol.name);
	if (why) return { error: why };
	if (newName === '' || badName.test(newName)) return { error: `'${newName}' cannot be a section name here: use no spaces, brackets, quotes, commas, semicolons, '=' or '%'.` };
	const target = fold(newName);
	if (target !== fold(symbol.name)) {
		if (analysis.index.sections.has(target)) return { error: `[${newName}] is a section Setup reads by name; pick another name.` };
		if (analysis.doc.sections.some((section) => fold(section.name) === target)) return { error: `The file already has a section [${newName}].` };
	}
	const edits: TextEdit[] = occurrences(analysis, symbol.name).map((item) => ({ range: spanRange(item.span), newText: newName }));
	return { edits };
}

export function highlightsIni(analysis: IniAnalysis, position: Position): DocumentHighlight[] {
	const symbol = nameAt(analysis, position);
	if (!symbol) return [];
	const found = occurrences(analysis, symbol.name);
	// A lone header (nothing names it) has nothing to show.
	if (found.length < 2) return [];
	return found.map((item) => ({ range: spanRange(item.span), kind: item.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
