/**
 * LSP glue: wires a connection to the language service. Every handler is a
 * one-line forward; the wiring list at the top of `startServer` is the whole
 * protocol surface.
 */
import {
	CodeActionKind,
	DidChangeWatchedFilesNotification,
	FileChangeType,
	MessageType,
	ShowMessageNotification,
	ErrorCodes,
	ResponseError,
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from './languageService';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { configurationSection, defaultSettings, readSettings, type Settings } from './services/settings';
import { isKnownCode } from './services/suppression';
import { resolve } from 'node:path';
import { pathOfUri, rootOf, samePath } from './io/paths';
import { createFolderView, type FolderView } from './io/workspaceView';
import { WorkspaceDiagnostics, type FileEvent } from './workspaceDiagnostics';
import { autoCloseRequest, timelineRequest } from './protocol';
import { scenarioIds } from './services/unattendXml/unattendTimeline';
import type { SetupScenario } from './knowledge/setupTimeline';

declare const RESEAL_VERSION: string;

/** Pause before re-checking the other open documents after an edit. */
const dependentDelayMs = 1000;

export interface ServerOptions {
	/** Runs a full garbage collection; called once each time the server falls idle after work. */
	readonly collectGarbage?: () => void;
}

/** How long the server must be quiet before it compacts its heap. */
const idleCollectMs = 500;

export function startServer(connection: Connection, options: ServerOptions = {}): void {
	const documents = new TextDocuments(TextDocument);
	const service = getLanguageService();
	let settings: Settings = defaultSettings;
	let initialSettings: Settings = defaultSettings;
	let pullConfiguration = false;
	let showProgress = false;
	let watchDynamically = false;
	let folderEvents = false;
	let refreshInlayHints = false;
	let roots: string[] = [];
	const views = new Map<string, FolderView>();
	let idleTimer: ReturnType<typeof setTimeout> | undefined;
	/** Re-arms the idle collection; it fires once, after the last piece of work. */
	const noteWork = (): void => {
		if (!options.collectGarbage) return;
		if (idleTimer) clearTimeout(idleTimer);
		idleTimer = setTimeout(() => {
			idleTimer = undefined;
			options.collectGarbage?.();
		}, idleCollectMs);
		idleTimer.unref?.();
	};
	const scheduler = new DiagnosticsScheduler(
		(document) => service.doValidation(document, settings, workspaceFor(document.uri)),
		(uri, version, diagnostics) => {
			void connection.sendDiagnostics({ uri, version: version || undefined, diagnostics });
			noteWork();
		},
		defaultSettings.debounceMs,
	);
	const workspaceDiagnostics = new WorkspaceDiagnostics({
		service,
		settings: () => settings,
		roots: () => roots,
		viewFor,
		isOpen: (path) => openDocumentAt(path) !== undefined,
		publish: (uri, diagnostics) => {
			void connection.sendDiagnostics({ uri, diagnostics });
			noteWork();
		},
		recheckOpen: () => {
			for (const document of documents.all()) scheduler.trigger(document, false, dependentDelayMs);
		},
		beginProgress: async (title) => {
			if (!showProgress) return undefined;
			try {
				const progress = await connection.window.createWorkDoneProgress();
				progress.begin(title, 0, undefined, false);
				return { report: (percentage, message) => progress.report(percentage, message), done: () => progress.done() };
			} catch {
				return undefined;
			}
		},
	});

	connection.onInitialize((params) => initialize(params));
	connection.onInitialized(() => {
		if (watchDynamically) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] }).catch(() => undefined);
		if (folderEvents) connection.workspace.onDidChangeWorkspaceFolders((event) => changeFolders(event.added, event.removed));
		void refreshSettings();
	});
	connection.onDidChangeWatchedFiles((params) => workspaceDiagnostics.filesChanged(params.changes.flatMap((change): FileEvent[] => {
		const path = pathOf(change.uri);
		return path ? [{ path, type: change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed' }] : [];
	})));
	connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings?.[configurationSection] ?? null));
	documents.onDidOpen((event) => {
		const path = pathOf(event.document.uri);
		if (path) workspaceDiagnostics.documentOpened(path, event.document.uri);
		scheduler.trigger(event.document, true);
	});
	documents.onDidChangeContent((event) => {
		scheduler.trigger(event.document);
		// Cross-file rules (Cmdlines.txt ↔ InstallFilesPath) make other open files depend on this one;
		// they are re-checked once typing pauses, so they never delay the edited file's diagnostics.
		for (const other of documents.all()) if (other.uri !== event.document.uri) scheduler.trigger(other, false, dependentDelayMs);
		workspaceDiagnostics.dependencyEdited(dependentDelayMs);
	});
	documents.onDidClose((event) => {
		scheduler.close(event.document.uri);
		service.forget(event.document.uri);
		for (const other of documents.all()) if (other.uri !== event.document.uri) scheduler.trigger(other, false, dependentDelayMs);
		const path = pathOf(event.document.uri);
		if (path) workspaceDiagnostics.documentClosed(path);
	});
	connection.onCompletion((params) => withDocument(params.textDocument.uri, null, (document) => service.doComplete(document, params.position, settings, workspaceFor(document.uri))));
	connection.onHover((params) => withDocument(params.textDocument.uri, null, (document) => service.doHover(document, params.position, settings, workspaceFor(document.uri))));
	connection.onCodeAction((params) => withDocument(params.textDocument.uri, [], (document) => service.doCodeActions(document, params.range, params.context.diagnostics, settings, workspaceFor(document.uri))));
	connection.onRequest(timelineRequest, (params: { uri?: unknown; scenario?: unknown }) => {
		if (typeof params?.uri !== 'string') return null;
		const scenario = typeof params.scenario === 'string' && scenarioIds.includes(params.scenario as SetupScenario) ? (params.scenario as SetupScenario) : undefined;
		return withDocument(params.uri, null, (document) => service.getTimeline(document, scenario, settings, workspaceFor(document.uri)) ?? null);
	});
	connection.onDocumentSymbol((params) => withDocument(params.textDocument.uri, [], (document) => service.findDocumentSymbols(document)));
	connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, [], (document) => service.getFoldingRanges(document)));
	connection.onDefinition((params) => withDocument(params.textDocument.uri, [], (document) => service.findDefinition(document, params.position)));
	connection.onReferences((params) => withDocument(params.textDocument.uri, [], (document) => service.findReferences(document, params.position, params.context?.includeDeclaration !== false)));
	// Editing features: rename, highlight, formatting, links, inlay hints.
	connection.onPrepareRename((params) =>
		withDocument(params.textDocument.uri, null, (document) => {
			const result = service.prepareRename(document, params.position);
			return result && 'error' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.error) : result;
		}),
	);
	connection.onRenameRequest((params) =>
		withDocument(params.textDocument.uri, null, (document) => {
			const result = service.rename(document, params.position, params.newName);
			return result && 'error' in result ? new ResponseError(ErrorCodes.InvalidRequest, result.error) : result;
		}),
	);
	connection.onDocumentHighlight((params) => withDocument(params.textDocument.uri, [], (document) => service.findDocumentHighlights(document, params.position)));
	connection.onDocumentFormatting((params) => withDocument(params.textDocument.uri, [], (document) => service.format(document, params.options, settings)));
	connection.onDocumentRangeFormatting((params) => withDocument(params.textDocument.uri, [], (document) => service.format(document, params.options, settings, params.range)));
	connection.onDocumentLinks((params) => withDocument(params.textDocument.uri, [], (document) => service.findDocumentLinks(document, workspaceFor(document.uri))));
	// Tag editing (unattend.xml): linked start/end tag names, smart selection, auto-close after `>` and `</`.
	connection.languages.onLinkedEditingRange((params) => withDocument(params.textDocument.uri, null, (document) => service.getLinkedEditingRanges(document, params.position)));
	connection.onSelectionRanges((params) => withDocument(params.textDocument.uri, [], (document) => service.getSelectionRanges(document, params.positions)));
	connection.onRequest(autoCloseRequest, (params: { textDocument?: { uri?: unknown }; position?: { line?: unknown; character?: unknown } }) => {
		const uri = params?.textDocument?.uri;
		const line = params?.position?.line;
		const character = params?.position?.character;
		if (typeof uri !== 'string' || !Number.isInteger(line) || !Number.isInteger(character)) return null;
		return withDocument(uri, null, (document) => service.getAutoClose(document, { line: line as number, character: character as number }, settings));
	});
	connection.languages.inlayHint.on((params) => withDocument(params.textDocument.uri, [], (document) => service.getInlayHints(document, params.range, settings)));
	connection.onShutdown(() => {
		scheduler.dispose();
		workspaceDiagnostics.dispose();
		if (idleTimer) clearTimeout(idleTimer);
	});
	documents.listen(connection);

	function initialize(params: InitializeParams): InitializeResult {
		pullConfiguration = params.capabilities.workspace?.configuration === true;
		showProgress = params.capabilities.window?.workDoneProgress === true;
		watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		folderEvents = params.capabilities.workspace?.workspaceFolders === true;
		refreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
		roots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
			.map((folder) => pathOf(folder.uri))
			.filter((path): path is string => path !== undefined);
		applySettings(params.initializationOptions?.settings ?? params.initializationOptions);
		// What the client gave at start is the base every later change starts from (some clients never answer a pull).
		initialSettings = settings;
		return {
			capabilities: {
				textDocumentSync: TextDocumentSyncKind.Incremental,
				completionProvider: { triggerCharacters: ['[', '=', ' ', '-', '/', ':', '<', '"'], resolveProvider: false },
				hoverProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
				documentSymbolProvider: true,
				foldingRangeProvider: true,
				definitionProvider: true,
				referencesProvider: true,
				// Announced statically, so the library never asks the client for a registration it might refuse.
				...(folderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
				renameProvider: { prepareProvider: true },
				documentHighlightProvider: true,
				documentFormattingProvider: true,
				documentRangeFormattingProvider: true,
				documentLinkProvider: { resolveProvider: false },
				inlayHintProvider: true,
				linkedEditingRangeProvider: true,
				selectionRangeProvider: true,
			},
			serverInfo: { name: 'reseal-language-server', version: typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev' },
		};
	}

	async function refreshSettings(pushed?: unknown): Promise<void> {
		if (pushed !== undefined && pushed !== null && typeof pushed === 'object' && Object.keys(pushed).length > 0) applySettings(pushed);
		else if (pullConfiguration) {
			try {
				applySettings(await connection.workspace.getConfiguration(configurationSection));
			} catch {
				// A client that advertises configuration but fails to answer keeps what it had.
			}
		} else if (pushed !== undefined) applySettings(pushed); // An empty push resets to the defaults.
		for (const document of documents.all()) scheduler.trigger(document, true);
		await workspaceDiagnostics.rescan();
		// `reseal.inlayHints.enable` may have changed: ask the client to fetch the hints again.
		if (refreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
	}

	/** Reads what the client sent (`services/settings.ts`); ignored values are logged, never fatal. */
	function applySettings(raw: unknown): void {
		// Every message carries the whole configuration: start from the defaults (or the start-up options), so a value the user removed is reset.
		const read = readSettings(raw, { base: initialSettings, isKnownCode });
		settings = read.settings;
		scheduler.delayMs = settings.debounceMs;
		if (read.problems.length > 0) {
			const text = `Reseal ignored some settings: ${read.problems.join('; ')}.`;
			connection.console.warn(text);
			// A notification: window/showMessageRequest wants an answer, and a client that has none (MethodNotFound) must not stop the server.
			void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: text }).catch(() => undefined);
		}
	}

	/** Folders added to or removed from the workspace: their files are checked or cleared. */
	function changeFolders(added: readonly { uri: string }[], removed: readonly { uri: string }[]): void {
		const gone = new Set(removed.map((folder) => pathOf(folder.uri)));
		for (const root of gone) if (root) views.delete(root);
		const fresh = added.map((folder) => pathOf(folder.uri)).filter((path): path is string => path !== undefined);
		roots = [...new Set([...roots.filter((root) => !gone.has(root)), ...fresh])];
		for (const document of documents.all()) scheduler.trigger(document, false, dependentDelayMs);
		void workspaceDiagnostics.rescan();
	}

	/** The open document of a file; on Windows `file:///c%3A/…` and `file:///C:/…` name the same one. */
	function openDocumentAt(path: string): TextDocument | undefined {
		return documents.all().find((document) => {
			const open = pathOf(document.uri);
			return open !== undefined && samePath(open, path);
		});
	}

	/** The folder view of the workspace folder that holds the document, if any. */
	function workspaceFor(uri: string): FolderView | undefined {
		const path = pathOf(uri);
		if (!path) return undefined;
		// On Windows `file:///c%3A/ws` (VS Code) and `file:///C:/ws` (other clients) are one folder.
		const root = rootOf(path, roots);
		return root ? viewFor(root) : undefined;
	}

	const truncatedRoots = new Set<string>();
	function viewFor(root: string): FolderView {
		let view = views.get(root);
		if (!view) {
			view = createFolderView(root, {
				openText: (absolute) => openDocumentAt(absolute)?.getText(),
				// Said once per folder: the cut is the same on every re-listing.
				onTruncated: (message) => {
					if (truncatedRoots.has(root)) return;
					truncatedRoots.add(root);
					connection.console.warn(`Reseal: ${message}`);
					void connection.window.showWarningMessage(`Reseal: ${message}`);
				},
			});
			views.set(root, view);
		}
		return view;
	}

	function withDocument<T>(uri: string, fallback: T, run: (document: TextDocument) => T): T {
		noteWork();
		const document = documents.get(uri);
		if (!document) return fallback;
		try {
			return run(document);
		} catch (error) {
			connection.console.error(`reseal: request failed for ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
			return fallback;
		}
	}
}

function pathOf(uri: string): string | undefined {
	const path = pathOfUri(uri);
	// Normalised, so `a/../../b` cannot pass for a path inside a workspace folder.
	return path === undefined ? undefined : resolve(path);
}
