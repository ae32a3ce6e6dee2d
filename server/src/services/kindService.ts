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
	DocumentHighlight,
	DocumentLink,
	DocumentSymbol,
	FoldingRange,
	Hover,
	InlayHint,
	Location,
	Position,
	Range,
	SelectionRange,
	TextEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from '../model/documentKind';
import type { WimImage } from '../model/wimImage';
import type { SetupScenario } from '../knowledge/setupTimeline';
import type { Timeline } from './unattendXml/unattendTimeline';

export type { DocumentKind } from '../model/documentKind';

/** User settings (`reseal.*`): one table in `settings.ts`. */
import type { Settings } from './settings';
export { defaultSettings, type Settings } from './settings';

/** At most this many outline symbols per document (every kind), so huge files keep the outline responsive. */
export const maxSymbols = 10_000;

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
	/** How the file's bytes were encoded on disk (`utf-8-bom`, …), when the view can tell. */
	encodingOf?(path: string): string | undefined;
	/**
	 * False when `listFiles` was cut short (a file or depth limit): a file
	 * missing from it may still exist, so cross-file rules do not report it
	 * missing. Absent means complete.
	 */
	isComplete?(): boolean;
	/**
	 * The image metadata of a `.wim`/`.esd` file: `path` is absolute or relative
	 * to the workspace folder. Only the header and the XML resource are read.
	 */
	readImage?(path: string): ImageReadResult;
}

/** What `WorkspaceView.readImage` answers: the images of the file, or why they cannot be read. */
export type ImageReadResult =
	| { readonly ok: true; readonly path: string; readonly format: 'wim' | 'esd'; readonly images: readonly WimImage[] }
	| { readonly ok: false; readonly path: string; readonly reason: string };

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

/** Formatting options from the editor (a subset of LSP `FormattingOptions`). */
export interface FormatOptions {
	readonly tabSize: number;
	readonly insertSpaces: boolean;
}

/** A rename either edits the document or says why it cannot. */
export type RenameResult = { readonly edits: TextEdit[] } | { readonly error: string };
/** What prepareRename answers: the range and text to rename, or why not. */
export type PrepareRenameResult = { readonly range: Range; readonly placeholder: string } | { readonly error: string };

/** LSP `LinkedEditingRanges` (the protocol package, not the types one, declares it): ranges edited as one, and the pattern their text must keep. */
export interface LinkedEditingRanges {
	readonly ranges: Range[];
	readonly wordPattern?: string;
}

/**
 * What an editor inserts after the user typed `>` or `/` (auto-close of XML
 * tags): `text` at the zero-width `range`, with the cursor left before it
 * (`</Name>` after a start tag) or after it (`Name>` after `</`).
 */
export interface AutoCloseEdit {
	readonly range: Range;
	readonly text: string;
	readonly cursor: 'before' | 'after';
}

/** One file kind's implementation. All methods are pure and never throw on any input. */
export interface KindService<M = unknown> {
	readonly kind: DocumentKind;
	/** The longest text (UTF-16 code units) this kind analyses; the façade's default when absent. Logs need more than answer files. */
	readonly maxDocumentLength?: number;
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
	/** Editing features; a kind without one answers the neutral value (no rename, no edits, no links, no hints). */
	prepareRename?(ctx: RequestContext, model: M, position: Position): PrepareRenameResult | null;
	rename?(ctx: RequestContext, model: M, position: Position, newName: string): RenameResult | null;
	highlights?(ctx: RequestContext, model: M, position: Position): DocumentHighlight[];
	/** Edits that format the document, or only the lines `range` touches. */
	format?(ctx: RequestContext, model: M, options: FormatOptions, range?: Range): TextEdit[];
	/** Links to workspace files; targets are absolute URIs built from the document's URI and `ctx.workspace`. */
	links?(ctx: RequestContext, model: M): DocumentLink[];
	inlayHints?(ctx: RequestContext, model: M, range: Range): InlayHint[];
	/** Tag editing (XML): the ranges edited together at the position (start and end tag names). */
	linkedEditing?(ctx: RequestContext, model: M, position: Position): LinkedEditingRanges | null;
	/** Nested ranges around each position, one per position. */
	selectionRanges?(ctx: RequestContext, model: M, positions: readonly Position[]): SelectionRange[];
	/** What to insert after the `>` or `/` typed just before `position`, or null. */
	autoClose?(ctx: RequestContext, model: M, position: Position): AutoCloseEdit | null;
	/** What Setup will do with the file, pass by pass, in a scenario (inferred when not given). */
	timeline?(ctx: RequestContext, model: M, scenario?: SetupScenario): Timeline;
}
