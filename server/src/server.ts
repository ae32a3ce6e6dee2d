/**
 * LSP glue: wires a connection to the language service. Every handler is a
 * one-line forward; the wiring list at the top of `startServer` is the whole
 * protocol surface.
 */
import {
	CodeActionKind,
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type InitializeParams,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from './languageService';
import { defaultSettings, type Settings } from './services/kindService';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { configurationSection, type ClientSettings } from './protocol';
import { isUnattendTarget } from './services/xml/unattendTarget';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';
import { createFolderView } from './io/workspaceView';
import type { WorkspaceView } from './services/kindService';

declare const RESEAL_VERSION: string;

/** Default pause after a keystroke before the document is checked again. */
const defaultDebounceMs = 150;
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
	let pullConfiguration = false;
	let roots: string[] = [];
	const views = new Map<string, WorkspaceView>();
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
		defaultDebounceMs,
	);

	connection.onInitialize((params) => initialize(params));
	connection.onInitialized(() => void refreshSettings());
	connection.onDidChangeConfiguration((change) => void refreshSettings(change.settings?.[configurationSection]));
	documents.onDidOpen((event) => scheduler.trigger(event.document, true));
	documents.onDidChangeContent((event) => {
		scheduler.trigger(event.document);
		// Cross-file rules (Cmdlines.txt ↔ InstallFilesPath) make other open files depend on this one;
		// they are re-checked once typing pauses, so they never delay the edited file's diagnostics.
		for (const other of documents.all()) if (other.uri !== event.document.uri) scheduler.trigger(other, false, dependentDelayMs);
	});
	documents.onDidClose((event) => {
		scheduler.close(event.document.uri);
		service.forget(event.document.uri);
	});
	connection.onCompletion((params) => withDocument(params.textDocument.uri, null, (document) => service.doComplete(document, params.position, settings)));
	connection.onHover((params) => withDocument(params.textDocument.uri, null, (document) => service.doHover(document, params.position, settings)));
	connection.onCodeAction((params) => withDocument(params.textDocument.uri, [], (document) => service.doCodeActions(document, params.range, params.context.diagnostics, settings)));
	connection.onDocumentSymbol((params) => withDocument(params.textDocument.uri, [], (document) => service.findDocumentSymbols(document)));
	connection.onFoldingRanges((params) => withDocument(params.textDocument.uri, [], (document) => service.getFoldingRanges(document)));
	connection.onDefinition((params) => withDocument(params.textDocument.uri, [], (document) => service.findDefinition(document, params.position)));
	connection.onReferences((params) => withDocument(params.textDocument.uri, [], (document) => service.findReferences(document, params.position)));
	connection.onShutdown(() => {
		scheduler.dispose();
		if (idleTimer) clearTimeout(idleTimer);
	});
	documents.listen(connection);

	function initialize(params: InitializeParams): InitializeResult {
		pullConfiguration = params.capabilities.workspace?.configuration === true;
		roots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
			.map((folder) => pathOf(folder.uri))
			.filter((path): path is string => path !== undefined);
		applySettings(params.initializationOptions?.settings ?? params.initializationOptions);
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
			},
			serverInfo: { name: 'reseal-language-server', version: typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev' },
		};
	}

	async function refreshSettings(pushed?: ClientSettings): Promise<void> {
		if (pushed) applySettings(pushed);
		else if (pullConfiguration) {
			try {
				applySettings((await connection.workspace.getConfiguration(configurationSection)) as ClientSettings | undefined);
			} catch {
				// A client that advertises configuration but fails to answer keeps the defaults.
			}
		}
		for (const document of documents.all()) scheduler.trigger(document, true);
	}

	function applySettings(raw: ClientSettings | undefined): void {
		if (!raw || typeof raw !== 'object') return;
		settings = {
			target: raw.target === 'xp' || raw.target === '2003' ? raw.target : settings.target,
			architecture: raw.architecture === 'x64' || raw.architecture === 'ia64' || raw.architecture === 'x86' ? raw.architecture : settings.architecture,
			batchSupport: raw.batch?.enable === 'sysprep' || raw.batch?.enable === 'off' || raw.batch?.enable === 'all' ? raw.batch.enable : settings.batchSupport,
			maxDiagnostics: positive(raw.validation?.maxDiagnostics) ?? settings.maxDiagnostics,
			unattendTarget: raw.unattend?.target === 'auto' || isUnattendTarget(raw.unattend?.target) ? raw.unattend.target : settings.unattendTarget,
		};
		const debounce = raw.validation?.debounceMs;
		if (typeof debounce === 'number' && debounce >= 0 && debounce <= 5000) scheduler.delayMs = debounce;
	}

	/** The folder view of the workspace folder that holds the document, if any. */
	function workspaceFor(uri: string): WorkspaceView | undefined {
		const path = pathOf(uri);
		if (!path) return undefined;
		const root = roots.filter((candidate) => path.startsWith(candidate + sep)).sort((a, b) => b.length - a.length)[0];
		if (!root) return undefined;
		let view = views.get(root);
		if (!view) {
			view = createFolderView(root, { openText: (absolute) => documents.all().find((document) => pathOf(document.uri) === absolute)?.getText() });
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
	if (!uri.startsWith('file:')) return undefined;
	try {
		return fileURLToPath(uri);
	} catch {
		return undefined;
	}
}

function positive(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}
