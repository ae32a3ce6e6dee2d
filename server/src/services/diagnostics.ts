/**
 * Service layer: building LSP diagnostics from a code table entry.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { CodeSeverity, DiagnosticCodeSpec } from './codes/types';
import type { LineSpan } from '../model/iniParser';

export const diagnosticSource = 'reseal';

const severities: Record<CodeSeverity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: CodeSeverity): DiagnosticSeverity {
	return severities[severity];
}

export function severityName(severity: DiagnosticSeverity | undefined): CodeSeverity {
	switch (severity) {
		case DiagnosticSeverity.Warning:
			return 'warning';
		case DiagnosticSeverity.Information:
			return 'information';
		case DiagnosticSeverity.Hint:
			return 'hint';
		default:
			return 'error';
	}
}

/** A lookup from code to its spec, so a typo in a code fails at start-up, not silently. */
export function codeTable<T extends readonly DiagnosticCodeSpec[]>(specs: T) {
	const byCode = new Map<string, DiagnosticCodeSpec>(specs.map((spec) => [spec.code, spec]));
	return (code: T[number]['code'], range: Range, message: string, data?: unknown): Diagnostic => {
		const spec = byCode.get(code)!;
		const diagnostic: Diagnostic = { range, severity: severities[spec.severity], code, source: diagnosticSource, message };
		if (data !== undefined) diagnostic.data = data;
		return diagnostic;
	};
}

export function spanRange(span: LineSpan): Range {
	return { start: { line: span.line, character: span.start }, end: { line: span.line, character: span.end } };
}
