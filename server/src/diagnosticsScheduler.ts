/**
 * LSP glue: debounced, per-document diagnostics. A run that finds its
 * document changed (or closed) before or after computing drops its result,
 * so the editor never shows diagnostics for text it no longer has.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export type Validator = (document: TextDocument) => Diagnostic[];
export type Publisher = (uri: string, version: number, diagnostics: Diagnostic[]) => void;

export class DiagnosticsScheduler {
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
	private readonly latest = new Map<string, number>();

	constructor(
		private readonly validate: Validator,
		private readonly publish: Publisher,
		public delayMs: number,
	) {}

	/**
	 * Schedules a run; `immediate` skips the debounce (used on open), and
	 * `delayMs` overrides it (used for documents that only depend on the edited one).
	 */
	trigger(document: TextDocument, immediate = false, delayMs = this.delayMs): void {
		this.cancel(document.uri);
		this.latest.set(document.uri, document.version);
		const run = () => {
			this.pending.delete(document.uri);
			if (this.latest.get(document.uri) !== document.version) return;
			const diagnostics = this.validate(document);
			if (this.latest.get(document.uri) !== document.version) return;
			this.publish(document.uri, document.version, diagnostics);
		};
		// Even an immediate run stays asynchronous, so a burst of opens does not block the reader.
		this.pending.set(document.uri, setTimeout(run, immediate ? 0 : Math.max(0, delayMs)));
	}

	/** Forgets a closed document and clears what the editor shows for it. */
	close(uri: string): void {
		this.cancel(uri);
		this.latest.delete(uri);
		this.publish(uri, 0, []);
	}

	private cancel(uri: string): void {
		const timer = this.pending.get(uri);
		if (timer) clearTimeout(timer);
		this.pending.delete(uri);
	}

	dispose(): void {
		for (const timer of this.pending.values()) clearTimeout(timer);
		this.pending.clear();
	}
}
