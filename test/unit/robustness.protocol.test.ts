/**
 * Robustness: protocol abuse against the real `dist/server.js --stdio` —
 * requests for unopened documents, out-of-order versions, garbage parameters,
 * `$/cancelRequest`, a storm of 1,000 didChange notifications. The server must
 * stay up, answer promptly afterwards, and give its memory back.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { test } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { LspTestClient } from '../utils/lspClient';

function pidOf(client: LspTestClient): number {
	const pid = (client as unknown as { child: ChildProcess }).child.pid;
	assert.ok(pid, 'server process id');
	return pid;
}

/** Resident memory of a process in MB, from /proc (Linux only). */
function rssMb(pid: number): number | undefined {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
		return kb ? Number(kb) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const inf = '[Unattended]\r\nOemSkipEula = Yes\r\nInstallFilesPath = C:\\Sysprep\\i386\r\n\r\n[GuiUnattended]\r\nTimeZone = 85\r\n';

async function hover(client: LspTestClient, uri: string, line = 1, character = 3): Promise<unknown> {
	return client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
}

test('requests for unopened documents, garbage parameters and stray notifications answer neutrally', async () => {
	const client = new LspTestClient();
	try {
		await client.initialize();
		const uri = 'file:///never/opened/Sysprep.inf';
		const position = { line: 0, character: 0 };
		assert.equal(await within(2000, 'hover', hover(client, uri)), null);
		const completion = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as unknown;
		assert.ok(completion === null || (Array.isArray(completion) && completion.length === 0) || ((completion as { items: unknown[] }).items ?? []).length === 0);
		assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
		assert.deepEqual(await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } }), []);
		assert.deepEqual(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position }), []);
		assert.deepEqual(await client.connection.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }), []);
		assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }), []);
		// Notifications about documents the server never saw, and a close of an unopened one.
		await client.change(uri, 7, [{ text: 'x' }]);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
		// Garbage parameters: an error or a neutral answer, never a dead server.
		const garbage: [string, unknown][] = [
			['textDocument/hover', {}],
			['textDocument/hover', { textDocument: { uri: 42 }, position: { line: -5, character: 'x' } }],
			['textDocument/completion', { textDocument: null, position: null }],
			['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }],
			['textDocument/documentSymbol', null],
			['reseal/unknownMethod', { a: 1 }],
		];
		for (const [method, params] of garbage) {
			await within(2000, method, client.connection.sendRequest(method, params).catch((error: unknown) => error));
		}
		// Still alive and correct.
		const open = 'file:///ws/Sysprep.inf';
		await client.open(open, inf);
		await client.waitForDiagnostics(open);
		assert.ok(await within(2000, 'hover after abuse', hover(client, open)));
		assert.doesNotMatch(client.stderr, /TypeError|RangeError|Unhandled/);
	} finally {
		assert.equal(await client.shutdown(), 0);
	}
});

test('out-of-order versions and $/cancelRequest: the server stays consistent and responsive', async () => {
	const client = new LspTestClient();
	try {
		await client.initialize();
		const uri = 'file:///ws/Sysprep.inf';
		await client.open(uri, inf, 'sysprep-inf', 10);
		await client.waitForDiagnostics(uri);
		// Versions going backwards and jumping: the text is still tracked, the server still answers.
		await client.change(uri, 5, [{ text: '[Unattended]\r\nBogusKey = 1\r\n' }]);
		await client.change(uri, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '; x\r\n' }]);
		await client.change(uri, 1_000_000, [{ range: { start: { line: 99, character: 0 }, end: { line: 120, character: 5 } }, text: 'tail' }]);
		await within(3000, 'hover after version chaos', hover(client, uri, 0, 1));
		// Reopen with the same URI (a client bug), then close and reopen.
		await client.open(uri, inf, 'sysprep-inf', 1);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		await client.open(uri, inf, 'sysprep-inf', 2);
		await client.waitForDiagnostics(uri, (p) => p.version === 2);
		// Cancel requests right after sending them, and cancel ids that never existed.
		const answers: Promise<unknown>[] = [];
		for (let i = 0; i < 50; i++) {
			const source = new CancellationTokenSource();
			answers.push(client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 2 } }, source.token).catch((error: unknown) => error));
			source.cancel();
		}
		for (let id = 90_000; id < 90_010; id++) await client.connection.sendNotification('$/cancelRequest', { id });
		await within(5000, 'cancelled requests settle', Promise.all(answers));
		assert.ok(await within(2000, 'hover after cancellations', hover(client, uri)));
	} finally {
		assert.equal(await client.shutdown(), 0);
	}
});

test('a storm of 1,000 didChange notifications: a prompt hover afterwards, the final version checked, memory back to baseline', async () => {
	const client = new LspTestClient();
	try {
		await client.initialize();
		const pid = pidOf(client);
		const uri = 'file:///ws/Sysprep.inf';
		const body = Array.from({ length: 300 }, (_, i) => `[Section${i}]\r\nKey${i} = ${'v'.repeat(40)}\r\n`).join('');
		let version = 1;
		await client.open(uri, inf + body, 'sysprep-inf', version);
		await client.waitForDiagnostics(uri);
		const storm = async (): Promise<void> => {
			for (let i = 0; i < 1000; i++) {
				version++;
				// Alternate insertions and deletions so the text keeps its size.
				const change = i % 2 === 0 ? { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: `; edit ${i} ${'x'.repeat(200)}\r\n` } : { range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' };
				void client.change(uri, version, [change]);
			}
			const started = performance.now();
			assert.ok(await within(10_000, 'hover right after the storm', hover(client, uri, 0, 3)));
			const latency = performance.now() - started;
			const final = await client.waitForDiagnostics(uri, (p) => p.version === version, 15_000);
			assert.ok(Array.isArray(final.diagnostics));
			console.log(`  storm: hover answered in ${latency.toFixed(0)} ms; diagnostics for version ${version} arrived`);
		};
		// Warm up (JIT, caches), then measure the baseline and run three more storms.
		await storm();
		await sleep(500);
		const baseline = rssMb(pid);
		for (let round = 0; round < 3; round++) await storm();
		await sleep(1500);
		const after = rssMb(pid);
		if (baseline !== undefined && after !== undefined) {
			console.log(`  server RSS: ${baseline.toFixed(1)} MB after warm-up, ${after.toFixed(1)} MB after 3,000 more changes`);
			assert.ok(after <= baseline + 40 || after <= baseline * 1.5, `RSS grew from ${baseline.toFixed(1)} MB to ${after.toFixed(1)} MB`);
		}
		// A storm on a document that is then closed leaves nothing behind either.
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		assert.equal(await within(2000, 'hover on the closed document', hover(client, uri)), null);
	} finally {
		assert.equal(await client.shutdown(), 0);
	}
});
