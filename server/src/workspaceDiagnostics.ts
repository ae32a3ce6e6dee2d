/**
 * Server: diagnostics for the Sysprep-family files of the workspace folders
 * that are not open in the editor. The open documents are the scheduler's;
 * this class owns the rest.
 *
 * - When folders open (and when settings change) it walks each folder once
 *   (`io/folderWalker.ts` through the folder view), keeps the files whose name
 *   makes them a Reseal kind (`model/documentKind.ts`: a driver `.inf` is not
 *   one) or a candidate whose content decides (an `.xml` read up to its root
 *   element, a template, a `.ps1`/`.tf`/`.yml` host), and checks at most `reseal.workspaceDiagnostics.maxFiles` of them,
 *   skipping files above the size limit. Work is done in small slices so
 *   requests are answered in between, with progress when the client shows it.
 * - File events re-check what changed, clear deleted files, and re-check the
 *   rest because cross-file rules (Cmdlines.txt ↔ InstallFilesPath, NewWinbom,
 *   `/unattend:` files) may have changed with them.
 * - An opened document takes over its file; a closed one goes back to disk.
 *
 * Transport-free: the server passes in publishing and progress.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LanguageService } from './languageService';
import { kindFromContent, kindFromName, mayBeAnswerFile, needsContent } from './model/documentKind';
import { mayBeAnswerFileByHead } from './io/fileHead';
import type { Settings } from './services/kindService';
import type { FolderView } from './io/workspaceView';
import { fileUri, rootOf } from './io/paths';
import { decodeBytes } from './util/decode';

export interface ProgressReporter {
	report(percentage: number, message: string): void;
	done(): void;
}

export interface WorkspaceDiagnosticsHost {
	readonly service: LanguageService;
	settings(): Settings;
	/** The workspace folders, absolute. */
	roots(): readonly string[];
	/** The (shared, cached) view of one folder. */
	viewFor(root: string): FolderView;
	/** Whether the editor has this file open (then the scheduler owns it). */
	isOpen(absolutePath: string): boolean;
	publish(uri: string, diagnostics: Diagnostic[]): void;
	/** Re-check the open documents (a file they depend on changed on disk). */
	recheckOpen(): void;
	beginProgress(title: string): Promise<ProgressReporter | undefined>;
}

export interface FileEvent {
	readonly path: string;
	readonly type: 'created' | 'changed' | 'deleted';
}

/** Files checked between two yields to the event loop. */
const sliceSize = 8;
/** What a candidate ruled out by its content costs, in checked files (a head read against a parse and validation). */
const sniffWeight = 1 / 32;
/** Events arrive in bursts (a checkout, an unzip): wait this long for the burst to end. */
const eventDelayMs = 200;

export class WorkspaceDiagnostics {
	/** Files whose disk diagnostics are shown: absolute path → URI and folder. */
	private readonly published = new Map<string, { uri: string; root: string }>();
	/** Bumped by every new pass, so an older pass stops where it is. */
	private generation = 0;
	private pendingEvents: FileEvent[] = [];
	private eventTimer: ReturnType<typeof setTimeout> | undefined;
	private dependentTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly host: WorkspaceDiagnosticsHost) {}

	/** Clears what was shown and checks every folder again (folders opened, settings changed). */
	async rescan(): Promise<void> {
		const generation = ++this.generation;
		const settings = this.host.settings();
		if (!settings.workspaceDiagnostics || settings.workspaceMaxFiles === 0) {
			this.clearAll();
			return;
		}
		// Files named as a kind come first and count against maxFiles here; files whose content decides
		// (any .xml, .ps1, .yml…) count only once they turn out to hold an answer file (`checkOne`).
		const named: { path: string; root: string }[] = [];
		const byContent: { path: string; root: string }[] = [];
		for (const root of this.host.roots()) {
			const view = this.host.viewFor(root);
			view.invalidate();
			for (const relative of view.listFiles()) {
				if (needsContent(relative)) byContent.push({ path: join(root, ...relative.split('/')), root });
				else if (named.length < settings.workspaceMaxFiles && mayBeAnswerFile(relative)) named.push({ path: join(root, ...relative.split('/')), root });
			}
		}
		const candidates = [...named, ...byContent];
		const keep = new Set(candidates.map((candidate) => candidate.path));
		for (const [path, shown] of this.published) {
			if (!keep.has(path)) {
				this.published.delete(path);
				this.host.publish(shown.uri, []);
			}
		}
		if (candidates.length === 0) return;
		const progress = await this.host.beginProgress('Reseal: checking workspace files');
		try {
			await this.checkAll(candidates, generation, progress);
		} finally {
			progress?.done();
		}
	}

	/** File events from the client: re-check after the burst ends. */
	filesChanged(events: readonly FileEvent[]): void {
		// `a/../../b` must not pass for a path inside a folder.
		this.pendingEvents.push(...events.map((event) => ({ path: resolve(event.path), type: event.type })));
		if (this.eventTimer) clearTimeout(this.eventTimer);
		this.eventTimer = setTimeout(() => {
			this.eventTimer = undefined;
			const batch = this.pendingEvents;
			this.pendingEvents = [];
			void this.applyEvents(batch);
		}, eventDelayMs);
	}

	/** An open document was edited: files on disk that read it are re-checked once typing pauses. */
	dependencyEdited(delayMs: number): void {
		if (this.published.size === 0) return;
		if (this.dependentTimer) clearTimeout(this.dependentTimer);
		this.dependentTimer = setTimeout(() => {
			this.dependentTimer = undefined;
			void this.checkAll(this.publishedFiles(), ++this.generation);
		}, delayMs);
	}

	/** The editor opened the file: its live text takes over from the disk copy. */
	documentOpened(path: string, uri: string): void {
		const shown = this.published.get(path);
		if (!shown) return;
		this.published.delete(path);
		// The client may spell the URI differently; never leave the disk copy's findings beside the document's.
		if (shown.uri !== uri) this.host.publish(shown.uri, []);
	}

	/** The editor closed the file: show its disk state again, and re-check the files that read its (unsaved) text. */
	documentClosed(path: string): void {
		const settings = this.host.settings();
		if (!settings.workspaceDiagnostics || !mayBeAnswerFile(path)) return;
		const root = rootOf(path, this.host.roots());
		const files = this.publishedFiles();
		if (root && files.length < settings.workspaceMaxFiles) files.unshift({ path, root });
		void this.checkAll(files, ++this.generation);
	}

	dispose(): void {
		this.generation++;
		if (this.eventTimer) clearTimeout(this.eventTimer);
		if (this.dependentTimer) clearTimeout(this.dependentTimer);
	}

	private async applyEvents(events: readonly FileEvent[]): Promise<void> {
		const settings = this.host.settings();
		const listingChanged = events.some((event) => event.type !== 'changed');
		if (listingChanged) for (const root of this.host.roots()) this.host.viewFor(root).invalidate();
		const touched = new Map<string, FileEvent['type']>();
		for (const event of events) if (mayBeAnswerFile(event.path)) touched.set(event.path, event.type);
		if (!listingChanged && touched.size === 0) return;
		for (const [path, type] of touched) {
			if (type !== 'deleted') continue;
			const shown = this.published.get(path);
			if (shown) {
				this.published.delete(path);
				this.host.publish(shown.uri, []);
			}
		}
		// Everything shown may depend on what changed; new files join while the limit allows.
		const files = this.publishedFiles();
		if (settings.workspaceDiagnostics) {
			for (const [path, type] of touched) {
				if (type === 'deleted' || this.published.has(path) || files.length >= settings.workspaceMaxFiles) continue;
				const root = rootOf(path, this.host.roots());
				if (root) files.push({ path, root });
			}
		}
		this.host.recheckOpen();
		await this.checkAll(files, ++this.generation);
	}

	private async checkAll(files: readonly { path: string; root: string }[], generation: number, progress?: ProgressReporter): Promise<void> {
		// A slice is `sliceSize` checked files; a candidate whose first bytes rule it out costs a fraction of one.
		let work = 0;
		for (let i = 0; i < files.length; i++) {
			if (generation !== this.generation) return;
			if (work >= sliceSize) {
				work = 0;
				progress?.report(Math.round((100 * i) / files.length), `${i} of ${files.length} files`);
				await new Promise<void>((resolve) => setImmediate(resolve));
				if (generation !== this.generation) return;
			}
			work += this.checkOne(files[i].path, files[i].root) ? 1 : sniffWeight;
		}
	}

	/** Checks one file; false when it was skipped before validation (open, over the limit, not an answer file). */
	private checkOne(path: string, root: string): boolean {
		const settings = this.host.settings();
		if (!settings.workspaceDiagnostics || this.host.isOpen(path)) return false;
		if (!this.published.has(path) && this.published.size >= settings.workspaceMaxFiles) return false;
		// Names whose content decides (`.xml`, templates, host files): an `.xml` is judged by its first bytes.
		const sniff = needsContent(path);
		if (sniff && !this.published.has(path) && !mayBeAnswerFileByHead(path)) return false;
		const uri = this.published.get(path)?.uri ?? fileUri(path);
		// Logs are megabytes where answer files are kilobytes; they have their own limit.
		const limitKB = kindFromName(path) === 'setup-log' ? settings.workspaceMaxLogSizeKB : settings.workspaceMaxFileSizeKB;
		const text = this.read(path, limitKB * 1024);
		if (text === undefined || (sniff && !kindFromContent(path, text))) {
			// Gone, unreadable, binary or above the limit: show nothing rather than guess.
			if (this.published.delete(path)) this.host.publish(uri, []);
			return false;
		}
		const document = TextDocument.create(uri, '', 0, text);
		const diagnostics = this.host.service.doValidation(document, settings, this.host.viewFor(root));
		// Disk copies must not push the open documents' parses out of the service's cache.
		this.host.service.forget(uri);
		this.published.set(path, { uri, root });
		this.host.publish(uri, diagnostics);
		return true;
	}

	private read(path: string, maxBytes: number): string | undefined {
		try {
			const stat = lstatSync(path);
			if (!stat.isFile() || stat.size > maxBytes) return undefined;
			const decoded = decodeBytes(readFileSync(path));
			return decoded.ok ? decoded.text : undefined;
		} catch {
			return undefined;
		}
	}

	private publishedFiles(): { path: string; root: string }[] {
		return [...this.published].map(([path, shown]) => ({ path, root: shown.root }));
	}

	private clearAll(): void {
		for (const shown of this.published.values()) this.host.publish(shown.uri, []);
		this.published.clear();
	}
}
