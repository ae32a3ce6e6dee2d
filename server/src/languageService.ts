/**
 * Service layer façade: the one entry point the LSP server, the CLI and the
 * bundle planner use. It picks the `KindService` for a document, caches the
 * parse per document version (and the last validation made without a workspace
 * view), and guarantees that no request throws.
 *
 * Invariant: nothing reachable from here imports `vscode`,
 * `vscode-languageserver` (the transport) or touches the file system.
 */
import {
	DiagnosticSeverity,
	type CodeAction,
	type CompletionList,
	type Diagnostic,
	type DocumentHighlight,
	type DocumentLink,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	type InlayHint,
	type Location,
	type Position,
	type Range,
	type SelectionRange,
	type TextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { kindOf } from './model/documentKind';
import {
	defaultSettings,
	maxSymbols,
	type DocumentFacts,
	type DocumentKind,
	type FormatOptions,
	type KindService,
	type LinkedEditingRanges,
	type PrepareRenameResult,
	type RequestContext,
	type Settings,
	type WorkspaceView,
} from './services/kindService';
import { kindServices } from './services/registry';
import type { SetupScenario } from './knowledge/setupTimeline';
import type { Timeline } from './services/unattendXml/unattendTimeline';
import { codeTable } from './services/diagnostics';
import { resealCodes } from './services/codes/resealCodes';
import { applySeverityOverrides, applySuppressionComments, disableOnLineAction } from './services/suppression';

export interface LanguageService {
	/** The kind of a document, from its language id, file name or (for `.xml`, templates and host files) text; undefined when Reseal leaves it alone. */
	kindOf(uriOrPath: string, languageId?: string, text?: string): DocumentKind | undefined;
	doValidation(document: TextDocument, settings?: Partial<Settings>, workspace?: WorkspaceView): Diagnostic[];
	/** `workspace` lets completion, hover and fixes read the files around the document (the image an answer file installs). */
	doComplete(document: TextDocument, position: Position, settings?: Partial<Settings>, workspace?: WorkspaceView): CompletionList;
	doHover(document: TextDocument, position: Position, settings?: Partial<Settings>, workspace?: WorkspaceView): Hover | null;
	doCodeActions(document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], settings?: Partial<Settings>, workspace?: WorkspaceView): CodeAction[];
	findDocumentSymbols(document: TextDocument): DocumentSymbol[];
	getFoldingRanges(document: TextDocument): FoldingRange[];
	findDefinition(document: TextDocument, position: Position): Location[];
	/** With `includeDeclaration` false, the places `findDefinition` gives are left out. */
	findReferences(document: TextDocument, position: Position, includeDeclaration?: boolean): Location[];
	/** What the document needs around it (paths, tools), for the bundle planner and cross-file checks. */
	getFacts(document: TextDocument, settings?: Partial<Settings>): DocumentFacts | undefined;
	/** Drops the cached parse of a closed document. */
	forget(uri: string): void;
	/** What a rename at the position would change (range and current name), why it cannot, or null when there is nothing to rename. */
	prepareRename(document: TextDocument, position: Position): PrepareRenameResult | null;
	/** The edit of a rename, why it cannot be done, or null when there is nothing to rename. */
	rename(document: TextDocument, position: Position, newName: string): WorkspaceEdit | { readonly error: string } | null;
	findDocumentHighlights(document: TextDocument, position: Position): DocumentHighlight[];
	/** Formatting edits for the whole document, or for the lines `range` touches. */
	format(document: TextDocument, options: FormatOptions, settings?: Partial<Settings>, range?: Range): TextEdit[];
	/** Links from paths in the document to workspace files (none without a workspace view). */
	findDocumentLinks(document: TextDocument, workspace?: WorkspaceView): DocumentLink[];
	/** Inlay hints in `range`; none when `settings.inlayHints` is false. */
	getInlayHints(document: TextDocument, range: Range, settings?: Partial<Settings>): InlayHint[];
	/** The ranges edited together at the position (an XML element's start and end tag names), or null. */
	getLinkedEditingRanges(document: TextDocument, position: Position): LinkedEditingRanges | null;
	/** Nested selection ranges, one per position (none for kinds without them). */
	getSelectionRanges(document: TextDocument, positions: readonly Position[]): SelectionRange[];
	/** The snippet an editor inserts after a typed `>` or `/` (XML tags), or null; none when `reseal.unattend.autoCloseTags` is false. */
	getAutoClose(document: TextDocument, position: Position, settings?: Partial<Settings>): AutoCloseResult | null;
	/** What Setup will do with an answer file, pass by pass (undefined for kinds without a timeline). */
	getTimeline(document: TextDocument, scenario?: SetupScenario, settings?: Partial<Settings>, workspace?: WorkspaceView): Timeline | undefined;
}

/** An auto-close answer: a snippet (`$0` marks where the cursor goes) to insert at the zero-width `range`. */
export interface AutoCloseResult {
	readonly range: Range;
	readonly snippet: string;
}

interface CacheEntry {
	readonly version: number;
	readonly kind: DocumentKind;
	/** Compared in full: callers outside the editor reuse URIs and versions for different texts. */
	readonly text: string;
	readonly model: unknown;
	/**
	 * The last validation of this text without a workspace view. It depends on nothing
	 * else but the settings, so re-checking an unchanged document (the server does that
	 * for every open document after an edit elsewhere) answers from here.
	 */
	validation?: { readonly settings: Settings; readonly diagnostics: readonly Diagnostic[] };
}

/** How many parsed documents stay cached; the editor rarely has more open. */
const cacheLimit = 64;

/**
 * Documents longer than this (UTF-16 code units) are not analysed: validation
 * answers one `reseal.unreadable-file` diagnostic and the other requests their
 * neutral value. Answer files and scripts are kilobytes; a 50 MB file would
 * hold the server for a minute and gigabytes of memory.
 */
export const maxDocumentLength = 4 * 1024 * 1024;

/** The length cap of a kind: its own (`KindService.maxDocumentLength`, e.g. logs) or the default. */
function lengthCap(kind: DocumentKind | undefined): number {
	const service = kind ? kindServices.get(kind) : undefined;
	return service?.maxDocumentLength ?? maxDocumentLength;
}

export function getLanguageService(): LanguageService {
	const cache = new Map<string, CacheEntry>();

	function resolve(document: TextDocument): { service: KindService; model: unknown; entry: CacheEntry } | undefined {
		const text = document.getText();
		// The content sniff needs only the head; each kind has its own length cap (logs are megabytes).
		const kind = kindOf(document.uri, document.languageId, text.length > maxDocumentLength ? text.slice(0, 65536) : text);
		if (!kind) return undefined;
		if (text.length > lengthCap(kind)) return undefined;
		const service = kindServices.get(kind);
		if (!service) return undefined;
		const cached = cache.get(document.uri);
		if (cached && cached.version === document.version && cached.kind === kind && cached.text === text) {
			// Refresh recency so busy documents stay cached.
			cache.delete(document.uri);
			cache.set(document.uri, cached);
			return { service, model: cached.model, entry: cached };
		}
		const model = service.parse(text);
		const entry: CacheEntry = { version: document.version, kind, text, model };
		cache.set(document.uri, entry);
		if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
		return { service, model, entry };
	}

	function context(document: TextDocument, settings?: Partial<Settings>, workspace?: WorkspaceView): RequestContext {
		return { document, settings: { ...defaultSettings, ...settings }, workspace };
	}

	function safely<T>(fallback: T, run: () => T): T {
		try {
			return run();
		} catch {
			return fallback;
		}
	}

	return {
		kindOf: (uriOrPath, languageId, text) => kindOf(uriOrPath, languageId, text),
		doValidation(document, settings, workspace) {
			try {
				const length = document.getText().length;
				if (length > maxDocumentLength) {
					const kind = kindOf(document.uri, document.languageId, document.getText().slice(0, 65536));
					if (kind && length > lengthCap(kind)) return [tooLarge(document, lengthCap(kind))];
				}
				const resolved = resolve(document);
				if (!resolved) return [];
				const ctx = context(document, settings, workspace);
				// With a workspace view the answer also depends on other files, so it is never reused.
				if (workspace) return finish(resolved.service.validate(ctx, resolved.model), ctx, resolved.entry);
				const previous = resolved.entry.validation;
				if (previous && sameSettings(previous.settings, ctx.settings)) return finish(previous.diagnostics, ctx, resolved.entry);
				const diagnostics = resolved.service.validate(ctx, resolved.model);
				resolved.entry.validation = { settings: ctx.settings, diagnostics: [...diagnostics] };
				return finish(diagnostics, ctx, resolved.entry);
			} catch (error) {
				return [internalError(error)];
			}
		},
		doComplete: (document, position, settings, workspace) =>
			safely({ isIncomplete: false, items: [] }, () => {
				const resolved = resolve(document);
				return resolved ? resolved.service.complete(context(document, settings, workspace), resolved.model, clamp(document, position)) : { isIncomplete: false, items: [] };
			}),
		doHover: (document, position, settings, workspace) =>
			safely(null, () => {
				const resolved = resolve(document);
				return resolved ? resolved.service.hover(context(document, settings, workspace), resolved.model, clamp(document, position)) : null;
			}),
		doCodeActions: (document, range, diagnostics, settings, workspace) =>
			safely([], () => {
				const resolved = resolve(document);
				if (!resolved) return [];
				// The client's diagnostics may belong to an older version of the text: act only on those that
				// still fit the document, and return only edits that apply to it cleanly.
				const current = diagnostics.filter((diagnostic) => fits(document, diagnostic.range));
				const actions = resolved.service.codeActions(context(document, settings, workspace), resolved.model, range, current);
				for (const diagnostic of current) {
					const disable = disableOnLineAction(document.uri, resolved.entry.text, resolved.entry.kind, diagnostic);
					if (disable) actions.push(disable);
				}
				return actions.filter((action) => editsApply(document, action));
			}),
		findDocumentSymbols: (document) =>
			safely([], () => {
				const resolved = resolve(document);
				return resolved ? capSymbols(resolved.service.symbols(context(document), resolved.model), maxSymbols) : [];
			}),
		getFoldingRanges: (document) =>
			safely([], () => {
				const resolved = resolve(document);
				return resolved ? resolved.service.folding(context(document), resolved.model) : [];
			}),
		findDefinition: (document, position) =>
			safely([], () => {
				const resolved = resolve(document);
				return resolved ? resolved.service.definition(context(document), resolved.model, clamp(document, position)) : [];
			}),
		findReferences: (document, position, includeDeclaration = true) =>
			safely([], () => {
				const resolved = resolve(document);
				if (!resolved) return [];
				const at = clamp(document, position);
				const all = resolved.service.references(context(document), resolved.model, at);
				if (includeDeclaration) return all;
				const declared = resolved.service.definition(context(document), resolved.model, at);
				const same = (a: Location, b: Location) => a.uri === b.uri && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
				return all.filter((location) => !declared.some((declaration) => same(location, declaration)));
			}),
		getFacts: (document, settings) =>
			safely(undefined, () => {
				const resolved = resolve(document);
				return resolved ? resolved.service.facts(context(document, settings), resolved.model) : undefined;
			}),
		forget: (uri) => {
			cache.delete(uri);
		},
		prepareRename: (document, position) =>
			safely(null, () => {
				const resolved = resolve(document);
				const result = resolved?.service.prepareRename?.(context(document), resolved.model, clamp(document, position)) ?? null;
				return result && 'range' in result && !fits(document, result.range) ? null : result;
			}),
		rename: (document, position, newName) =>
			safely(null, () => {
				const resolved = resolve(document);
				const result = resolved?.service.rename?.(context(document), resolved.model, clamp(document, position), newName) ?? null;
				if (!result || 'error' in result) return result;
				if (!editsFit(document, result.edits)) return null;
				return { changes: { [document.uri]: result.edits } };
			}),
		findDocumentHighlights: (document, position) =>
			safely([], () => {
				const resolved = resolve(document);
				return resolved?.service.highlights?.(context(document), resolved.model, clamp(document, position)) ?? [];
			}),
		format: (document, options, settings, range) =>
			safely([], () => {
				const resolved = resolve(document);
				if (!resolved) return [];
				// A range that starts inside the document but ends past it (a selection to the end, as some clients send it) is cut at the end.
				const clamped = range && fits(document, { start: range.start, end: range.start }) && !fits(document, range) ? { start: range.start, end: range.end.line >= document.lineCount ? document.positionAt(document.getText().length) : clamp(document, range.end) } : range;
				if (clamped && !fits(document, clamped)) return [];
				const edits = resolved.service.format?.(context(document, settings), resolved.model, options, clamped) ?? [];
				return editsFit(document, edits) ? edits : [];
			}),
		findDocumentLinks: (document, workspace) =>
			safely([], () => {
				const resolved = resolve(document);
				return resolved?.service.links?.(context(document, undefined, workspace), resolved.model) ?? [];
			}),
		getInlayHints: (document, range, settings) =>
			safely([], () => {
				const ctx = context(document, settings);
				if (!ctx.settings.inlayHints) return [];
				const resolved = resolve(document);
				return resolved?.service.inlayHints?.(ctx, resolved.model, range) ?? [];
			}),
		getLinkedEditingRanges: (document, position) =>
			safely(null, () => {
				const resolved = resolve(document);
				const result = resolved?.service.linkedEditing?.(context(document), resolved.model, clamp(document, position)) ?? null;
				// Ranges that overlap or leave the document would corrupt the tags as the user types.
				return result && result.ranges.length > 1 && editsFit(document, result.ranges.map((range) => ({ range }))) ? result : null;
			}),
		getSelectionRanges: (document, positions) =>
			safely([], () => {
				const resolved = resolve(document);
				if (!resolved?.service.selectionRanges) return [];
				const ranges = resolved.service.selectionRanges(context(document), resolved.model, positions.map((position) => clamp(document, position)));
				return ranges.length === positions.length && ranges.every((range) => chainFits(document, range)) ? ranges : [];
			}),
		getAutoClose: (document, position, settings) =>
			safely(null, () => {
				const ctx = context(document, settings);
				if (!ctx.settings.unattendAutoCloseTags) return null;
				const resolved = resolve(document);
				const edit = resolved?.service.autoClose?.(ctx, resolved.model, clamp(document, position));
				if (!edit || !fits(document, edit.range)) return null;
				const text = escapeSnippet(edit.text);
				return { range: edit.range, snippet: edit.cursor === 'before' ? `$0${text}` : `${text}$0` };
			}),
		getTimeline: (document, scenario, settings, workspace) =>
			safely(undefined, () => {
				const resolved = resolve(document);
				return resolved?.service.timeline?.(context(document, settings, workspace), resolved.model, scenario);
			}),
	};
}

/**
 * The user's controls over findings, after validation: suppression comments in
 * the file first, then `reseal.severity` (which may turn a code `off`). The
 * sort and the `maxDiagnostics` cut belong after this step.
 */
function applyUserControls(diagnostics: readonly Diagnostic[], ctx: RequestContext, entry: CacheEntry): Diagnostic[] {
	return applySeverityOverrides(applySuppressionComments(diagnostics, entry.text, entry.kind), ctx.settings.severity);
}

/** Every validation answer goes through the user's controls first, then the one sort and cut. */
function finish(diagnostics: readonly Diagnostic[], ctx: RequestContext, entry: CacheEntry): Diagnostic[] {
	return limitDiagnostics(applyUserControls(diagnostics, ctx, entry), ctx.settings.maxDiagnostics);
}

/** The façade's own findings take their severity from the `reseal.*` code table. */
const diagnose = codeTable(resealCodes);
const topOfFile = (): Range => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });

const severityRank = (diagnostic: Diagnostic): number => diagnostic.severity ?? DiagnosticSeverity.Error;

function byPosition(a: Diagnostic, b: Diagnostic): number {
	return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || severityRank(a) - severityRank(b);
}

/**
 * The one place where every kind's diagnostics are ordered and cut: in document
 * order, and when there are more than `limit`, the most severe `limit` of them
 * (errors before warnings before notes, earlier lines first) plus one
 * `reseal.truncated` note saying how many were left out.
 */
export function limitDiagnostics(diagnostics: readonly Diagnostic[], limit: number): Diagnostic[] {
	const sorted = [...diagnostics].sort(byPosition);
	const max = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : sorted.length;
	if (sorted.length <= max) return sorted;
	const kept = [...sorted].sort((a, b) => severityRank(a) - severityRank(b) || byPosition(a, b)).slice(0, max).sort(byPosition);
	const dropped = sorted.length - max;
	kept.unshift(
		diagnose('reseal.truncated', topOfFile(), `Showing ${max} of ${sorted.length} problems, the most severe first; ${dropped} more ${dropped === 1 ? 'is' : 'are'} not shown. Raise reseal.validation.maxDiagnostics to see them all.`),
	);
	return kept;
}

/** Edits fit the document and do not overlap (a formatter or rename bug must not corrupt a file). */
function editsFit(document: TextDocument, edits: readonly Pick<TextEdit, 'range'>[]): boolean {
	if (!edits.every((edit) => fits(document, edit.range))) return false;
	const sorted = [...edits].sort((a, b) => document.offsetAt(a.range.start) - document.offsetAt(b.range.start));
	return sorted.every((edit, i) => i === 0 || document.offsetAt(sorted[i - 1].range.end) <= document.offsetAt(edit.range.start));
}

/** Settings that every check reads alike: the same keys with the same values. */
function sameSettings(a: Settings, b: Settings): boolean {
	const keys = Object.keys(a) as (keyof Settings)[];
	return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}

/** Keeps the first `limit` symbols in document order, counting children. */
function capSymbols(symbols: DocumentSymbol[], limit: number): DocumentSymbol[] {
	let budget = limit;
	const take = (list: DocumentSymbol[]): DocumentSymbol[] => {
		const kept: DocumentSymbol[] = [];
		for (const symbol of list) {
			if (budget <= 0) break;
			budget--;
			kept.push(symbol.children ? { ...symbol, children: take(symbol.children) } : symbol);
		}
		return kept;
	};
	return take(symbols);
}

/** Positions past the end of a line or of the document are pulled back inside it. */
function clamp(document: TextDocument, position: Position): Position {
	const line = Math.max(0, Math.min(position.line, document.lineCount - 1));
	const character = Math.max(0, position.character);
	const offset = document.offsetAt({ line, character });
	return document.positionAt(offset);
}

function fits(document: TextDocument, range: Range | undefined): boolean {
	const inside = (position: Position | undefined): boolean =>
		!!position &&
		Number.isInteger(position.line) &&
		Number.isInteger(position.character) &&
		position.line >= 0 &&
		position.line < document.lineCount &&
		position.character >= 0 &&
		position.character <= document.offsetAt({ line: position.line, character: Number.MAX_SAFE_INTEGER }) - document.offsetAt({ line: position.line, character: 0 });
	return !!range && inside(range.start) && inside(range.end) && (range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character));
}

/** Each range of a selection chain fits the document and holds the one before it. */
function chainFits(document: TextDocument, selection: SelectionRange): boolean {
	let depth = 0;
	for (let at: SelectionRange | undefined = selection; at; at = at.parent) {
		if (!fits(document, at.range) || ++depth > 100_000) return false;
		const parent = at.parent?.range;
		if (parent && (document.offsetAt(parent.start) > document.offsetAt(at.range.start) || document.offsetAt(parent.end) < document.offsetAt(at.range.end))) return false;
	}
	return true;
}

/** Text a snippet inserts literally: dollar signs, closing braces and backslashes escaped. */
function escapeSnippet(text: string): string {
	return text.replace(/[$}\\]/g, (char) => `\\${char}`);
}

/** Every edit of the action targets this document, fits it, and none overlap. */
function editsApply(document: TextDocument, action: CodeAction): boolean {
	const groups: { range: Range; newText: string }[][] = [];
	for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) groups.push(uri === document.uri ? edits : []);
	for (const change of action.edit?.documentChanges ?? []) groups.push('edits' in change && change.textDocument.uri === document.uri ? change.edits.map((edit) => ({ range: edit.range, newText: 'newText' in edit ? edit.newText : '' })) : []);
	return groups.every((edits) => editsFit(document, edits));
}

function tooLarge(document: TextDocument, cap: number): Diagnostic {
	return diagnose(
		'reseal.unreadable-file',
		topOfFile(),
		`This file is ${(document.getText().length / 1048576).toFixed(1)} M characters long; Reseal checks files of this kind up to ${cap / 1048576} M characters, so it was not checked.`,
	);
}

function internalError(error: unknown): Diagnostic {
	const reason = error instanceof Error ? error.message : String(error);
	return diagnose('reseal.internal-error', topOfFile(), `Reseal could not finish checking this file (${reason}). Please report it with the file attached.`);
}
