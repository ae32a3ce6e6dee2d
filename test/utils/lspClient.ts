/**
 * Test helpers: a minimal LSP client that starts `dist/server.js --stdio` as a
 * child process and speaks real JSON-RPC to it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const serverPath = resolve(__dirname, '../../dist/server.js');

export class LspTestClient {
	readonly connection: MessageConnection;
	private readonly child: ChildProcessWithoutNullStreams;
	private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
	private readonly waiters: { uri: string; predicate: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
	stderr = '';
	/** Server-to-client traffic the tests may inspect. */
	readonly registrations: { method: string; registerOptions?: unknown }[] = [];
	readonly progress: unknown[] = [];
	readonly messages: { type: number; message: string }[] = [];
	/** Every publishDiagnostics received, in order. */
	readonly published: PublishDiagnosticsParams[] = [];

	/** `command`: an installed `reseal-language-server` to run instead of `node dist/server.js`. */
	constructor(args: string[] = ['--stdio'], command?: string) {
		this.child = command ? spawn(command, args, { stdio: 'pipe' }) : spawn(process.execPath, [serverPath, ...args], { stdio: 'pipe' });
		this.child.stderr.on('data', (chunk: Buffer) => {
			this.stderr += chunk.toString();
		});
		this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
		this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			this.diagnostics.set(params.uri, params);
			this.published.push(params);
			for (let i = this.waiters.length - 1; i >= 0; i--) {
				const waiter = this.waiters[i];
				if (waiter.uri === params.uri && waiter.predicate(params)) {
					this.waiters.splice(i, 1);
					waiter.resolve(params);
				}
			}
		});
		// Servers may ask for configuration; answer like a client without settings.
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
		this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
			this.registrations.push(...params.registrations);
			return null;
		});
		this.connection.onRequest('window/workDoneProgress/create', () => null);
		this.connection.onNotification('$/progress', (params: unknown) => void this.progress.push(params));
		this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => void this.messages.push(params));
		this.connection.onNotification('window/logMessage', () => undefined);
		this.connection.listen();
	}

	/** `params` is merged over the default initialize parameters (a root folder, more capabilities). */
	async initialize(initializationOptions?: unknown, params: Record<string, unknown> = {}): Promise<InitializeResult> {
		const result = (await this.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: null,
			capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
			initializationOptions,
			...params,
		})) as InitializeResult;
		await this.connection.sendNotification('initialized', {});
		return result;
	}

	open(uri: string, text: string, languageId = 'sysprep-inf', version = 1): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
	}

	change(uri: string, version: number, changes: unknown[]): Promise<void> {
		return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	/** Resolves with the first diagnostics for `uri` that satisfy `predicate` (already received ones count). */
	waitForDiagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
		const current = this.diagnostics.get(uri);
		if (current && predicate(current)) return Promise.resolve(current);
		return new Promise((resolvePromise, reject) => {
			const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}`)), timeoutMs);
			this.waiters.push({
				uri,
				predicate,
				resolve: (params) => {
					clearTimeout(timer);
					resolvePromise(params);
				},
			});
		});
	}

	codes(diagnostics: Diagnostic[]): string[] {
		return diagnostics.map((diagnostic) => String(diagnostic.code));
	}

	async shutdown(): Promise<number | null> {
		try {
			await this.connection.sendRequest('shutdown');
			await this.connection.sendNotification('exit');
		} catch {
			// The process may already be gone.
		}
		const code = await new Promise<number | null>((resolveExit) => {
			if (this.child.exitCode !== null) resolveExit(this.child.exitCode);
			this.child.once('exit', (exitCode) => resolveExit(exitCode));
			setTimeout(() => {
				this.child.kill();
				resolveExit(null);
			}, 3000).unref();
		});
		this.connection.dispose();
		return code;
	}
}
