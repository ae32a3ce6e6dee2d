/**
 * Service layer: the contract every file kind implements.
 *
 * The façade (`languageService.ts`) picks a `KindService` by document kind and
 * forwards each request to it. A kind owns its parser, model, checks,
 * completion, hover, code actions, symbols, folding and navigation. Nothing
 * here imports `vscode` or the LSP transport; only LSP *types* are used.
 */
import type {
	CodeAction,
	CompletionList,
	Diagnostic,
	DocumentSymbol,
	FoldingRange,
	Hover,
	Location,
	Position,
	Range,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Architecture, WindowsTarget } from '../knowledge/types';
import type { UnattendTarget } from '../knowledge/unattendXmlTargets';

/** Every document kind Reseal understands. */
export type DocumentKind = 'sysprep-inf' | 'unattend-txt' | 'winbom-ini' | 'cmdlines' | 'bat' | 'unattend-xml';

/** User settings that change the rules (mirrors `reseal.*` in package.json). */
export interface Settings {
	/** The Windows generation of the image; rules that depend on it follow it. */
	readonly target: WindowsTarget;
	readonly architecture: Architecture;
	/** `all`: every .bat/.cmd; `sysprep`: only scripts that run sysprep or are named like one; `off`: none. */
	readonly batchSupport: 'all' | 'sysprep' | 'off';
	/** Stop reporting after this many diagnostics per document (large files stay responsive). */
	readonly maxDiagnostics: number;
	/** The Windows release of `unattend.xml` files; `auto`: what the file reveals, else the newest. */
	readonly unattendTarget: UnattendTarget | 'auto';
}

/** At most this many outline symbols per document (every kind), so huge files keep the outline responsive. */
export const maxSymbols = 10_000;

export const defaultSettings: Settings = {
	target: '2003',
	architecture: 'x86',
	batchSupport: 'all',
	maxDiagnostics: 1000,
	unattendTarget: 'auto',
};

/**
 * Other documents of the workspace that a check may consult (cross-file rules
 * such as "Cmdlines.txt needs InstallFilesPath in Sysprep.inf"). Content comes
 * from the caller; the service never reads the disk.
 */
export interface WorkspaceView {
	/** Workspace-relative paths with `/` separators, any case. */
	listFiles(): readonly string[];
	/** The text of a workspace file, or undefined when it is not available. */
	readText(path: string): string | undefined;
}

/** What each request receives. */
export interface RequestContext {
	readonly document: TextDocument;
	readonly settings: Settings;
	readonly workspace?: WorkspaceView;
}

/** A parsed document: the kind decides the model's shape. */
export interface ParsedDocument<M = unknown> {
	readonly kind: DocumentKind;
	readonly model: M;
}

/**
 * What a document says about the files around it; the bundle planner and the
 * cross-file checks read these instead of re-parsing. Secrets never appear here.
 */
export interface DocumentFacts {
	/** Windows paths the document needs at run time (`C:\\Sysprep\\drivers`, `InstallFilesPath`, …). */
	readonly referencedPaths: readonly { readonly path: string; readonly range: Range; readonly purpose: string; readonly kind: 'folder' | 'file' | 'unknown' }[];
	/** Programs that are not part of Windows and must travel with the script (`sync.exe`, `kill.exe`, …). */
	readonly externalTools: readonly { readonly name: string; readonly range: Range; readonly origin: string }[];
	/** The document runs sysprep.exe (batch) or configures Mini-Setup (answer file). */
	readonly runsSysprep: boolean;
	/** Settings of answer files keyed `section.entry` in lower case, secrets excluded (e.g. `unattended.installfilespath`). */
	readonly values: Readonly<Record<string, string>>;
}

/** One file kind's implementation. All methods are pure and never throw on any input. */
export interface KindService<M = unknown> {
	readonly kind: DocumentKind;
	parse(text: string): M;
	validate(ctx: RequestContext, model: M): Diagnostic[];
	complete(ctx: RequestContext, model: M, position: Position): CompletionList;
	hover(ctx: RequestContext, model: M, position: Position): Hover | null;
	codeActions(ctx: RequestContext, model: M, range: Range, diagnostics: readonly Diagnostic[]): CodeAction[];
	symbols(ctx: RequestContext, model: M): DocumentSymbol[];
	folding(ctx: RequestContext, model: M): FoldingRange[];
	definition(ctx: RequestContext, model: M, position: Position): Location[];
	references(ctx: RequestContext, model: M, position: Position): Location[];
	facts(ctx: RequestContext, model: M): DocumentFacts;
}
