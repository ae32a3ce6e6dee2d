/**
 * Bundle layer (pure): what the planner takes (the language service as a
 * `BundleAnalyzer`, options) and what it gives (a `BundlePlan`).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Architecture, WindowsTarget } from '../knowledge/types';
import type { DocumentFacts, DocumentKind, Settings, WorkspaceView } from '../services/kindService';
import type { BundleCheck, BundleTarget } from './checks';

// ---------------------------------------------------------------------------
// Inputs

/** What the planner needs from the language service (the lead's façade fits via `analyzerFromLanguageService`). */
export interface BundleAnalyzer {
	kindOf(path: string): DocumentKind | undefined;
	validate(document: TextDocument, settings: Partial<Settings>, workspace: WorkspaceView): readonly Diagnostic[];
	facts(document: TextDocument, settings: Partial<Settings>): DocumentFacts | undefined;
}

/** The shape of `getLanguageService()` that the adapter needs. */
export interface LanguageServiceLike {
	kindOf(path: string, languageId?: string): DocumentKind | undefined;
	doValidation(document: TextDocument, settings?: Partial<Settings>, workspace?: WorkspaceView): Diagnostic[];
	getFacts(document: TextDocument, settings?: Partial<Settings>): DocumentFacts | undefined;
}

export function analyzerFromLanguageService(ls: LanguageServiceLike): BundleAnalyzer {
	return {
		kindOf: (path) => ls.kindOf(path),
		validate: (document, settings, workspace) => ls.doValidation(document, settings, workspace),
		facts: (document, settings) => ls.getFacts(document, settings),
	};
}

export interface BundleOptions {
	/** Target Windows; inferred from sysprep.exe when absent (then 2003). */
	readonly os?: WindowsTarget;
	/** Target processor; inferred from sysprep.exe when absent (then x86). */
	readonly arch?: Architecture;
	/** A Deploy.cab outside the workspace (`--deploy-cab`); takes precedence over loose executables. */
	readonly deployCab?: { readonly path: string; readonly bytes: Uint8Array };
	/** URI given to analysed documents (default `file:///workspace/<path>`). */
	readonly documentUri?: (path: string) => string;
	/** Further settings for the language service (batchSupport, maxDiagnostics). */
	readonly settings?: Partial<Settings>;
}

// ---------------------------------------------------------------------------
// Output

export type PlanSource =
	| { readonly kind: 'workspace'; readonly path: string }
	/**
	 * `cab` is a workspace path, or the `--deploy-cab` path as given when `external`;
	 * `bytes` are the file as extracted and verified while planning, so the writer
	 * neither inflates the cabinet again nor reads a cabinet that changed since.
	 */
	| { readonly kind: 'cab'; readonly cab: string; readonly name: string; readonly external: boolean; readonly bytes: Uint8Array }
	| { readonly kind: 'generated'; readonly bytes: Uint8Array };

export type FileRole = 'executable' | 'answer-file' | 'script' | 'tool' | 'folder' | 'referenced-file';

export interface PlannedFile {
	/** Path below the output folder, `/`-separated, starting with `Sysprep/`. */
	readonly bundlePath: string;
	readonly source: PlanSource;
	readonly role: FileRole;
	/** Workspace path (or `Deploy.cab!name`) the content comes from. */
	readonly from: string;
}

export interface PlanDiagnostic {
	readonly file: string;
	/** 1-based. */
	readonly line: number;
	/** 1-based. */
	readonly column: number;
	readonly severity: 'error' | 'warning' | 'information' | 'hint';
	readonly code?: string;
	readonly message: string;
}

export interface BundlePlan {
	/** True when every error-level check passed. */
	readonly ok: boolean;
	readonly target: BundleTarget & { readonly inferred: boolean };
	readonly files: readonly PlannedFile[];
	readonly checks: readonly BundleCheck[];
	/** Diagnostics of the bundled answer files and scripts (warnings are listed in the report). */
	readonly diagnostics: readonly PlanDiagnostic[];
}

export const BUNDLE_ROOT = 'Sysprep';
