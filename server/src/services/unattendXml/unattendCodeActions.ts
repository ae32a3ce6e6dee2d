/**
 * Service layer: quick-fixes for `unattend.xml`. Validation attaches ready-made
 * edits (`XmlFixData`); this module re-validates the current model so the
 * edits always match the text, and turns them into code actions.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-types';
import type { XmlFixData } from './unattendValidation';

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
	return (
		a.code === b.code &&
		a.range.start.line === b.range.start.line &&
		a.range.start.character === b.range.start.character &&
		a.range.end.line === b.range.end.line &&
		a.range.end.character === b.range.end.character
	);
}

function fixesOf(diagnostic: Diagnostic): XmlFixData['fixes'] {
	const data = diagnostic.data as Partial<XmlFixData> | undefined;
	return data && typeof data === 'object' && Array.isArray(data.fixes) ? data.fixes : [];
}

export function codeActionsUnattend(uri: string, diagnostics: readonly Diagnostic[], current: () => Diagnostic[]): CodeAction[] {
	const actions: CodeAction[] = [];
	let fresh: Diagnostic[] | undefined;
	for (const diagnostic of diagnostics) {
		if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('xml.')) continue;
		fresh ??= current();
		const match = fresh.find((item) => sameRange(item, diagnostic));
		if (!match) continue;
		for (const fix of fixesOf(match)) {
			actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred === true, edit: { changes: { [uri]: fix.edits } } });
		}
	}
	return actions;
}
