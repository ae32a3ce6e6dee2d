/**
 * Service layer: the shape of a diagnostic-code table.
 *
 * Each file kind keeps its codes in one table (`sysprepInfCodes.ts`, `batchCodes.ts`,
 * …); `diagnosticCodes.ts` joins them. Codes are stable kebab-case names
 * prefixed by file kind; renaming one is a breaking change for users' CI.
 */
export type CodeSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticCodeSpec {
	/** The stable code, e.g. `inf.unknown-entry`. */
	readonly code: string;
	/** Default severity; a check may lower it (never raise it) for a documented reason. */
	readonly severity: CodeSeverity;
	/** One sentence for the README table: what the rule catches and why it matters. */
	readonly summary: string;
}
