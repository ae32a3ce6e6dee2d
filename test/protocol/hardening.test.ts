/**
 * Protocol findings of issue 23, over stdio with `dist/server.js`: a client
 * that cannot answer window/showMessageRequest, settings that must reset,
 * references without the declaration and range formatting past the end.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { Location, TextEdit } from 'vscode-languageserver-types';
import { LspTestClient, serverPath } from '../utils/lspClient';

const infUri = 'file:///work/image/Sysprep/Sysprep.inf';
const infText = '[Unattended]\r\nOemSkipEula=Yes\r\n';

function formatting(client: LspTestClient): Promise<TextEdit[] | null> {
	return client.connection.sendRequest('textDocument/formatting', { textDocument: { uri: infUri }, options: { tabSize: 2, insertSpaces: true } });
}

// The old server died here, leaving the hover unanswered: the timeout turns that into a failure.
test('invalid settings are reported without window/showMessageRequest, and a client answering MethodNotFound does not stop the server', { timeout: 30_000 }, async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	const client = new LspTestClient();
	let asked = 0;
	// What a client without the request does: the JSON-RPC layer answers MethodNotFound.
	client.connection.onRequest('window/showMessageRequest', () => {
		asked++;
		throw new Error('not supported');
	});
	client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ validation: { debounceMs: 99999 } })));
	await client.initialize({ target: 'bogus' });
	await client.open(infUri, infText);
	await client.waitForDiagnostics(infUri);
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
	// The server still answers after both warnings.
	const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: infUri }, position: { line: 1, character: 2 } });
	assert.ok(hover);
	assert.equal(asked, 0, 'warnings are notifications');
	assert.ok(client.messages.some((message) => message.message.includes('reseal.target')), JSON.stringify(client.messages));
	assert.ok(client.messages.some((message) => message.message.includes('debounceMs')), JSON.stringify(client.messages));
	assert.equal(await client.shutdown(), 0, client.stderr);
});

for (const pull of [true, false]) {
	test(`settings reset when the client sends an empty section (${pull ? 'pulled' : 'pushed'} configuration)`, async () => {
		const client = new LspTestClient();
		await client.initialize(undefined, { capabilities: { workspace: { configuration: pull } } });
		await client.open(infUri, infText);
		await client.waitForDiagnostics(infUri);
		assert.deepEqual(await formatting(client), []);
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { format: { equalsSpacing: 'spaces' } } } });
		await waitFor(async () => ((await formatting(client)) ?? []).length === 1);
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: pull ? null : { reseal: {} } });
		await waitFor(async () => ((await formatting(client)) ?? []).length === 0);
		assert.equal(await client.shutdown(), 0, client.stderr);
	});
}

test('references honour includeDeclaration; range formatting past the last line is clamped', async () => {
	const client = new LspTestClient();
	await client.initialize();
	const batUri = 'file:///work/image/run.cmd';
	await client.open(batUri, ':main\r\necho x\r\ngoto main\r\n', 'bat');
	const position = { line: 2, character: 6 };
	const all: Location[] = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: batUri }, position, context: { includeDeclaration: true } });
	const without: Location[] = await client.connection.sendRequest('textDocument/references', { textDocument: { uri: batUri }, position, context: { includeDeclaration: false } });
	assert.equal(all.length, 2);
	assert.equal(without.length, 1);
	await client.open(infUri, '[Unattended]\r\nOemSkipEula   =   Yes\r\n');
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { format: { equalsSpacing: 'spaces' } } } });
	let edits: TextEdit[] = [];
	await waitFor(async () => {
		edits = (await client.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri: infUri }, range: { start: { line: 0, character: 0 }, end: { line: 500, character: 0 } }, options: { tabSize: 2, insertSpaces: true } })) ?? [];
		return edits.length > 0;
	});
	assert.ok(edits.some((edit) => edit.newText === 'OemSkipEula = Yes'), JSON.stringify(edits));
	assert.equal(await client.shutdown(), 0, client.stderr);
});

/** Settings apply asynchronously: ask again until the answer changes (bounded). */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (await condition()) return;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	assert.fail('the condition did not hold within 5 s');
}
