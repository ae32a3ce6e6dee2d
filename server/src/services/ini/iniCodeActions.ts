/**
 * Service layer: quick-fixes for INI answer files, driven by the `data` each
 * diagnostic carries (see `FixData` in iniValidation.ts).
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fold, type IniDocument } from '../../model/iniParser';
import type { IniAnalysis } from './iniAnalysis';
import type { FixData } from './iniValidation';
import { trimTrailing } from '../../util/text';

interface InsertRequest {
	readonly section: string;
	readonly entry: string;
	readonly value: string;
}

export function codeActionsIni(document: TextDocument, analysis: IniAnalysis, diagnostics: readonly Diagnostic[], allDiagnostics: () => Diagnostic[]): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const diagnostic of diagnostics) {
		const data = diagnostic.data as FixData | undefined;
		if (!data || typeof data !== 'object' || !('fix' in data)) continue;
		switch (data.fix) {
			case 'rename':
				actions.push(quickFix(`Change to '${data.to}'`, document, [{ range: diagnostic.range, newText: data.to }], diagnostic, true));
				break;
			case 'replace-value':
				data.values.forEach((value, order) => {
					const edit = diagnostic.code === 'inf.missing-value' || diagnostic.code === 'inf.blank-prompts' ? fillValue(document, diagnostic.range, value) : { range: diagnostic.range, newText: value };
					actions.push(quickFix(`Set the value to '${value}'`, document, [edit], diagnostic, order === 0));
				});
				break;
			case 'insert-entry':
				actions.push(quickFix(`Add ${data.entry} = ${data.value} to [${data.section}]`, document, insertEntries(analysis, [data]), diagnostic, true));
				break;
			case 'comment-marker': {
				const range = diagnostic.range;
				actions.push(quickFix("Use ';' to start the comment", document, [{ range, newText: ';' }], diagnostic, true));
				break;
			}
			case 'insert-equals': {
				const position = { line: diagnostic.range.start.line, character: data.column };
				const lineText = document.getText({ start: position, end: { line: position.line, character: position.character + 1 } });
				const range: Range = /[-:\s]/.test(lineText) ? { start: position, end: { line: position.line, character: position.character + 1 } } : { start: position, end: position };
				actions.push(quickFix("Insert '='", document, [{ range, newText: ' = ' }], diagnostic, true));
				break;
			}
			case 'edits':
				actions.push(quickFix(data.title, document, data.edits.map((edit) => ({ ...edit })), diagnostic, true));
				for (const other of data.alternatives ?? []) actions.push(quickFix(other.title, document, other.edits.map((edit) => ({ ...edit })), diagnostic, false));
				break;
			case 'quote': {
				const text = document.getText(data.range);
				actions.push(quickFix('Enclose the value in quotes', document, [{ range: data.range, newText: `"${text.replace(/"/g, '""')}"` }], diagnostic, true));
				for (const other of data.alternatives ?? []) actions.push(quickFix(other.title, document, other.edits.map((edit) => ({ ...edit })), diagnostic, false));
				break;
			}
			case 'move-entry': {
				const removal: TextEdit = { range: lineRemoval(analysis.doc, data.line), newText: '' };
				actions.push(quickFix(`Move ${data.entry} to [${data.section}]`, document, [removal, ...insertEntries(analysis, [data])], diagnostic, true));
				break;
			}
			case 'delete-line': {
				const line = diagnostic.range.start.line;
				actions.push(quickFix('Remove the duplicate line', document, [{ range: lineRemoval(analysis.doc, line), newText: '' }], diagnostic, false));
				break;
			}
		}
	}
	if (diagnostics.some((diagnostic) => diagnostic.code === 'inf.missing-required-entry')) {
		const missing = allDiagnostics().filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry');
		if (missing.length > 1) {
			const requests = missing.map((diagnostic) => diagnostic.data as InsertRequest);
			actions.push({
				title: `Add all ${requests.length} entries full automation needs`,
				kind: CodeActionKind.QuickFix,
				diagnostics: missing,
				edit: { changes: { [document.uri]: insertEntries(analysis, requests) } },
			});
		}
	}
	return actions;
}

/** A whole line with its line break; the last line takes the break before it, so the range stays inside the document. */
export function lineRemoval(doc: IniDocument, line: number): Range {
	const { lineCount, lineLengths } = doc;
	if (line + 1 < lineCount) return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
	if (line > 0) return { start: { line: line - 1, character: lineLengths[line - 1] ?? 0 }, end: { line, character: lineLengths[line] ?? 0 } };
	return { start: { line, character: 0 }, end: { line, character: lineLengths[line] ?? 0 } };
}

function quickFix(title: string, document: TextDocument, edits: TextEdit[], diagnostic: Diagnostic, preferred: boolean): CodeAction {
	return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit: { changes: { [document.uri]: edits } } };
}

/** Writes a value after the `=` of a `Key =` line, keeping one space after the `=`. */
function fillValue(document: TextDocument, range: Range, value: string): TextEdit {
	const line = range.start.line;
	const text = trimTrailing(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }), '\r\n');
	const equals = text.indexOf('=');
	const end = text.trimEnd().length;
	if (equals === -1) return { range: { start: { line, character: end }, end: { line, character: end } }, newText: ` = ${value}` };
	return { range: { start: { line, character: equals + 1 }, end: { line, character: Math.max(equals + 1, end) } }, newText: ` ${value}` };
}

/**
 * Inserts entries at the end of their sections (after the last entry, before
 * trailing blank lines); sections the file lacks are appended at the end.
 */
export function insertEntries(analysis: IniAnalysis, requests: readonly InsertRequest[]): TextEdit[] {
	const eol = analysis.doc.eol;
	const bySection = new Map<string, InsertRequest[]>();
	for (const request of requests) {
		const key = fold(request.section);
		const list = bySection.get(key) ?? [];
		if (!list.some((item) => fold(item.entry) === fold(request.entry))) list.push(request);
		bySection.set(key, list);
	}
	const edits: TextEdit[] = [];
	const newSections: string[] = [];
	for (const [key, list] of bySection) {
		const existing = analysis.byName.get(key)?.[0]?.section;
		if (existing) {
			const indent = existing.lines.find((line) => line.type === 'entry')?.lineSpan.start ?? 0;
			const at = existing.lastContentLine;
			const character = analysis.doc.lineLengths[at] ?? 0;
			const text = list.map((item) => `${eol}${' '.repeat(indent)}${item.entry} = ${item.value}`).join('');
			edits.push({ range: { start: { line: at, character }, end: { line: at, character } }, newText: text });
		} else {
			newSections.push(`[${list[0].section}]${eol}${list.map((item) => `${item.entry} = ${item.value}${eol}`).join('')}`);
		}
	}
	if (newSections.length > 0) {
		const lastLine = Math.max(0, analysis.doc.lineCount - 1);
		const character = analysis.doc.lineLengths[lastLine] ?? 0;
		const isEmpty = analysis.doc.lineCount <= 1 && character === 0;
		// Keep one blank line between the old end of the file and each new section.
		const lead = isEmpty ? '' : character > 0 ? eol + eol : eol;
		edits.push({ range: { start: { line: lastLine, character }, end: { line: lastLine, character } }, newText: lead + newSections.join(eol) });
	}
	return edits;
}
