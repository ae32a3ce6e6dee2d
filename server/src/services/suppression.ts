/**
 * Service layer: findings the user has accepted. Two controls, applied by the
 * façade to every kind's diagnostics after validation:
 *
 * - comments in the file, in the file kind's own comment syntax:
 *   `; reseal-disable-next-line inf.cleartext-password` (answer files),
 *   `rem reseal-disable-next-line bat.external-tool` or `:: …` (batch),
 *   `<!-- reseal-disable-next-line xml.plaintext-password -->` (unattend.xml),
 *   and `reseal-disable-file code, …` for the whole file. No code means every
 *   code; text after ` -- ` is a reason and is ignored. A code Reseal does not
 *   know is reported where it is written.
 * - a severity per code (`reseal.severity`, `reseal.json`, `--severity`), where
 *   `off` drops the finding.
 *
 * Also builds the "Disable this finding on this line" quick-fix.
 */
import type { CodeAction, Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { DocumentKind } from './kindService';
import type { SeverityLevel } from './settings';
import { codeTable, diagnosticSource, toLspSeverity } from './diagnostics';
import { allDiagnosticCodes } from './diagnosticCodes';
import { resealCodes } from './codes/resealCodes';

const knownCodes = new Set(allDiagnosticCodes.map((spec) => spec.code));

export function isKnownCode(code: string): boolean {
	return knownCodes.has(code);
}

const diagnose = codeTable(resealCodes);

interface Directive {
	readonly scope: 'next-line' | 'file';
	/** The line of the comment. */
	readonly line: number;
	/** The line a `next-line` directive covers (the next line that is not itself a directive). */
	targetLine: number;
	/** Known codes, lower-case; empty means every code. */
	readonly codes: readonly string[];
	/** Where each named code is written, for reports and for adding one more. */
	readonly written: readonly { readonly code: string; readonly range: Range }[];
}

type Syntax = 'ini' | 'bat' | 'xml';

function syntaxOf(kind: DocumentKind): Syntax {
	return kind === 'bat' ? 'bat' : kind === 'unattend-xml' ? 'xml' : 'ini';
}

const patterns: Record<Syntax, RegExp> = {
	ini: /^(\s*;+\s*)reseal-disable-(next-line|file)\b([^\r\n]*)$/i,
	bat: /^(\s*@?(?:rem(?=[\s:]|$)|::)\s*)reseal-disable-(next-line|file)\b([^\r\n]*)$/i,
	xml: /^(.*?<!--\s*)reseal-disable-(next-line|file)\b(.*?)-->/i,
};

/** The directives in a text (cheap when there are none: one `indexOf`). */
function findDirectives(text: string, kind: DocumentKind): Directive[] {
	if (!/reseal-disable-/i.test(text)) return [];
	const pattern = patterns[syntaxOf(kind)];
	const lines = text.split('\n');
	const directives: Directive[] = [];
	for (let line = 0; line < lines.length; line++) {
		const match = pattern.exec(lines[line].replace(/\r$/, ''));
		if (!match) continue;
		const argsStart = match[1].length + 'reseal-disable-'.length + match[2].length;
		// ` -- why` after the codes is a reason, as in ESLint.
		const reasonAt = match[3].search(/\s--(\s|$)/);
		const args = reasonAt === -1 ? match[3] : match[3].slice(0, reasonAt);
		const written: { code: string; range: Range }[] = [];
		for (const token of args.matchAll(/[^\s,]+/g)) {
			const start = argsStart + token.index;
			written.push({ code: token[0].toLowerCase(), range: { start: { line, character: start }, end: { line, character: start + token[0].length } } });
		}
		directives.push({ scope: match[2].toLowerCase() as Directive['scope'], line, targetLine: line + 1, codes: written.map((entry) => entry.code), written });
	}
	// Stacked comments all cover the first line below them that is not a directive.
	const directiveLines = new Set(directives.map((directive) => directive.line));
	for (const directive of directives) {
		while (directiveLines.has(directive.targetLine)) directive.targetLine++;
	}
	return directives;
}

/**
 * Drops the findings the file's comments silence, and reports the unknown
 * codes the comments name. Runs before the severity map, so a user may also
 * turn `reseal.unknown-code` off.
 */
export function applySuppressionComments(diagnostics: readonly Diagnostic[], text: string, kind: DocumentKind): Diagnostic[] {
	const directives = findDirectives(text, kind);
	if (directives.length === 0) return [...diagnostics];
	const covers = (directive: Directive, code: string): boolean => directive.codes.length === 0 || directive.codes.includes(code);
	const kept = diagnostics.filter((diagnostic) => {
		const code = String(diagnostic.code ?? '').toLowerCase();
		return !directives.some((directive) => (directive.scope === 'file' || directive.targetLine === diagnostic.range.start.line) && covers(directive, code));
	});
	for (const directive of directives) {
		for (const { code, range } of directive.written) {
			if (!knownCodes.has(code) && code !== 'reseal.unknown-code') kept.push(diagnose('reseal.unknown-code', range, `'${code}' is not a Reseal diagnostic code, so this comment silences nothing for it.`));
		}
	}
	return kept;
}

/** Applies the user's severity per code; `off` removes the finding. */
export function applySeverityOverrides(diagnostics: readonly Diagnostic[], overrides: Readonly<Record<string, SeverityLevel>>): Diagnostic[] {
	if (Object.keys(overrides).length === 0) return [...diagnostics];
	const out: Diagnostic[] = [];
	for (const diagnostic of diagnostics) {
		const level = Object.hasOwn(overrides, String(diagnostic.code)) ? overrides[String(diagnostic.code)] : undefined;
		if (level === 'off') continue;
		out.push(level ? { ...diagnostic, severity: toLspSeverity(level) } : diagnostic);
	}
	return out;
}

/**
 * "Disable this finding on this line": a comment above the diagnostic's first
 * line, or the code added to a directive already there. Not offered where a
 * comment line would change what the file means (inside an XML tag or text,
 * before the XML declaration, after a batch `^` continuation).
 */
export function disableOnLineAction(uri: string, text: string, kind: DocumentKind, diagnostic: Diagnostic): CodeAction | undefined {
	if (diagnostic.source !== diagnosticSource || typeof diagnostic.code !== 'string' || !knownCodes.has(diagnostic.code)) return undefined;
	const code = diagnostic.code;
	// A comment naming an unknown code is fixed by correcting it, not by another comment.
	if (code === 'reseal.unknown-code') return undefined;
	const lines = text.split('\n');
	const line = diagnostic.range.start.line;
	if (line < 0 || line >= lines.length) return undefined;
	const target = lines[line].replace(/\r$/, '');
	const previous = line > 0 ? lines[line - 1].replace(/\r$/, '') : undefined;
	const syntax = syntaxOf(kind);
	const existing = findDirectives(text, kind).find((directive) => directive.scope === 'next-line' && directive.targetLine === line && directive.line === line - 1);
	let edit: TextEdit;
	if (existing) {
		if (existing.codes.length === 0 || existing.codes.includes(code)) return undefined;
		const last = existing.written[existing.written.length - 1];
		edit = { range: { start: last.range.end, end: last.range.end }, newText: `, ${code}` };
	} else {
		if (syntax === 'xml' && (/^\s*<\?xml/i.test(target) || !/^\s*</.test(target) || (previous !== undefined && !/>\s*$/.test(previous) && previous.trim() !== ''))) return undefined;
		if (syntax === 'bat' && previous !== undefined && /\^$/.test(previous)) return undefined;
		const indent = /^[ \t]*/.exec(target)![0];
		const eol = text.includes('\r\n') ? '\r\n' : '\n';
		const comment = syntax === 'ini' ? `; reseal-disable-next-line ${code}` : syntax === 'bat' ? `rem reseal-disable-next-line ${code}` : `<!-- reseal-disable-next-line ${code} -->`;
		edit = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${comment}${eol}` };
	}
	return { title: `Disable this finding on this line (${code})`, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } };
}
