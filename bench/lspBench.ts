/**
 * Bench support: a stdio LSP client for timing (like test/utils/lspClient.ts,
 * but it runs any server script, knows the child's pid for /proc, and waits
 * for diagnostics of an exact document version).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export class BenchClient {
	readonly connection: MessageConnection;
	readonly child: ChildProcessWithoutNullStreams;
	readonly spawnedAt = performance.now();
	private readonly waiters = new Map<string, (params: PublishDiagnosticsParams) => void>();
	readonly last = new Map<string, PublishDiagnosticsParams>();
	/** Every publishDiagnostics in arrival order (the workspace row counts them). */
	readonly published: { uri: string; at: number; count: number }[] = [];
	/** Work-done progress the server created, and when each ended. */
	readonly progress = new Map<string | number, { created: number; ended?: number }>();
	private progressListeners: (() => void)[] = [];
	stderr = '';

	constructor(script: string, args: string[] = ['--stdio']) {
		// BENCH_SERVER_FLAGS: V8/node flags for the server under test (e.g. `--max-semi-space-size=4`).
		const flags = (process.env.BENCH_SERVER_FLAGS ?? '').split(/\s+/).filter(Boolean);
		this.child = spawn(process.execPath, [...flags, script, ...args], { stdio: 'pipe' });
		this.child.stderr.on('data', (chunk: Buffer) => {
			this.stderr += chunk.toString();
		});
		this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
		this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			this.last.set(params.uri, params);
			this.published.push({ uri: params.uri, at: performance.now(), count: params.diagnostics.length });
			const key = `${params.uri}#${params.version ?? 0}`;
			const waiter = this.waiters.get(key);
			if (waiter) {
				this.waiters.delete(key);
				waiter(params);
			}
		});
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('window/workDoneProgress/create', (params: { token: string | number }) => {
			this.progress.set(params.token, { created: performance.now() });
			return null;
		});
		this.connection.onNotification('$/progress', (params: { token: string | number; value?: { kind?: string } }) => {
			const entry = this.progress.get(params.token);
			if (entry && params.value?.kind === 'end') {
				entry.ended = performance.now();
				for (const listener of this.progressListeners.splice(0)) listener();
			}
		});
		this.connection.onNotification('window/logMessage', () => undefined);
		this.connection.listen();
	}

	get pid(): number {
		return this.child.pid!;
	}

	/** Milliseconds from spawn until the `initialize` answer arrived and `initialized` was sent. */
	async initialize(extra: Record<string, unknown> = {}): Promise<number> {
		await this.connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: null,
			capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
			initializationOptions: undefined,
			...extra,
		});
		await this.connection.sendNotification('initialized', {});
		return performance.now() - this.spawnedAt;
	}

	/** Resolves when some work-done progress ends (or after `timeoutMs`, with false). */
	progressEnd(timeoutMs: number): Promise<boolean> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(false), timeoutMs);
			this.progressListeners.push(() => {
				clearTimeout(timer);
				resolve(true);
			});
		});
	}

	/** Resolves when diagnostics for exactly this version are published. */
	diagnosticsFor(uri: string, version: number, timeoutMs = 60000): Promise<PublishDiagnosticsParams> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiters.delete(`${uri}#${version}`);
				reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms`));
			}, timeoutMs);
			this.waiters.set(`${uri}#${version}`, (params) => {
				clearTimeout(timer);
				resolve(params);
			});
		});
	}

	open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
	}

	change(uri: string, version: number, changes: unknown[]): Promise<void> {
		return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	close(uri: string): Promise<void> {
		return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	/** A round trip the server answers (with an error, if it does not know it) after everything sent before. */
	async barrier(): Promise<void> {
		try {
			await this.connection.sendRequest('reseal-bench/ping');
		} catch {
			// MethodNotFound is the expected answer.
		}
	}

	/** Resident set size of the server process in KiB, from /proc. */
	rssKiB(): number | undefined {
		try {
			const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
			const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
			return match ? Number(match[1]) : undefined;
		} catch {
			return undefined;
		}
	}

	async shutdown(): Promise<void> {
		try {
			await this.connection.sendRequest('shutdown');
			await this.connection.sendNotification('exit');
		} catch {
			// Already gone.
		}
		await new Promise<void>((resolve) => {
			if (this.child.exitCode !== null) return resolve();
			this.child.once('exit', () => resolve());
			setTimeout(() => {
				this.child.kill();
				resolve();
			}, 3000).unref();
		});
		this.connection.dispose();
	}
}
