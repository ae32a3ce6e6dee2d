/**
 * Windows tier: the language server run by the Windows Node under wine, over
 * stdio (real Windows pipes, relayed to this test by `stdio-relay.js`), with
 * the URIs a Windows VS Code sends: `file:///c%3A/…`, `%24OEM%24`, and other
 * clients' `file:///C:/…` for the same folder.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, TextEdit } from 'vscode-languageserver-types';
import { writeTree } from '../fixtures/bundle/fixtures';
import { serverPath, skipReason, startWindowsNode, winPath, workFolder } from './wine';

const skip = skipReason();
let root = '';
let relay: ChildProcess | undefined;
let relayExit: Promise<number | null>;
let connection: MessageConnection;
const published = new Map<string, PublishDiagnosticsParams>();
const waiters: { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

/** `C:\reseal-tests\x` as VS Code on Windows writes it: `file:///c%3A/reseal-tests/x`. */
function vscodeUri(windowsPath: string): string {
	const [drive, ...rest] = windowsPath.split('\\');
	return `file:///${drive!.toLowerCase().replace(':', '%3A')}/${rest.map(encodeURIComponent).join('/')}`;
}

function waitForDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 60_000): Promise<PublishDiagnosticsParams> {
	const current = published.get(uri);
	if (current && predicate(current)) return Promise.resolve(current);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(published.get(uri))}`)), timeoutMs);
		waiters.push({
			uri,
			predicate,
			resolve: (p) => {
				clearTimeout(timer);
				resolve(p);
			},
		});
	});
}

const codes = (p: PublishDiagnosticsParams): string[] => p.diagnostics.map((d) => String(d.code));
const inf = '[Unattended]\r\nOemSkipEula = Yes\r\nInstallFilesPath = C:\\Sysprep\\i386\r\n\r\n[GuiUnattended]\r\nAdminPasword = x\r\nTimeZone = 035\r\n';
const cmdlines = '[Commands]\r\n"cmd /c mkdir C:\\Logs"\r\n';

before(async () => {
	if (skip) return;
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	root = workFolder('lsp');
	writeTree(path.join(root, 'ws'), [
		{ path: 'Sysprep/Sysprep.inf', bytes: Buffer.from(inf, 'latin1') },
		{ path: 'Sysprep/Cmdlines.txt', bytes: Buffer.from(cmdlines, 'latin1') },
		{ path: 'Sysprep/i386/$OEM$/Cmdlines.txt', bytes: Buffer.from(cmdlines, 'latin1') },
	]);
	const listener = net.createServer();
	await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
	const port = (listener.address() as net.AddressInfo).port;
	const socket = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
	relay = startWindowsNode([winPath(path.join(__dirname, 'stdio-relay.js')), String(port), winPath(serverPath), '--stdio'], root, path.join(root, 'relay.log'));
	relayExit = new Promise((resolve) => relay!.once('exit', resolve));
	const client = await Promise.race([socket, relayExit.then((code) => Promise.reject(new Error(`the relay exited (${code}): ${readFileSync(path.join(root, 'relay.log'), 'utf8')}`)))]);
	listener.close();
	connection = createMessageConnection(new StreamMessageReader(client), new StreamMessageWriter(client));
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		published.set(params.uri, params);
		for (let i = waiters.length - 1; i >= 0; i--) {
			if (waiters[i]!.uri === params.uri && waiters[i]!.predicate(params)) waiters.splice(i, 1)[0]!.resolve(params);
		}
	});
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	connection.onRequest('client/registerCapability', () => null);
	connection.onNotification('window/logMessage', () => undefined);
	connection.listen();
	const ws = vscodeUri(winPath(path.join(root, 'ws')));
	await connection.sendRequest('initialize', {
		processId: null,
		rootUri: ws,
		workspaceFolders: [{ uri: ws, name: 'ws' }],
		capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
	});
	await connection.sendNotification('initialized', {});
}, { timeout: 300_000 });

after(async () => {
	if (skip) return;
	try {
		if (connection) {
			await connection.sendRequest('shutdown');
			await connection.sendNotification('exit');
		}
		const code = await Promise.race([relayExit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 20_000).unref())]);
		assert.equal(code, 0, `the server exits cleanly after shutdown/exit: ${readFileSync(path.join(root, 'relay.log'), 'utf8')}`);
	} finally {
		connection?.dispose();
		relay?.kill();
		if (root) rmSync(root, { recursive: true, force: true });
	}
}, { timeout: 60_000 });

const infUri = () => vscodeUri(winPath(path.join(root, 'ws', 'Sysprep', 'Sysprep.inf')));

test('diagnostics for a file:///c%3A/ document, published under the same URI', { skip }, async () => {
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: infUri(), languageId: 'sysprep-inf', version: 1, text: inf } });
	const first = await waitForDiagnostics(infUri());
	assert.ok(codes(first).includes('inf.unknown-entry'), codes(first).join());
	assert.equal(first.version, 1);
});

test('hover answers on the Windows URI', { skip }, async () => {
	const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: infUri() }, position: { line: 6, character: 3 } })) as Hover;
	const value = typeof hover?.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
	assert.match(value, /\*\*TimeZone\*\*/);
});

test('a quick-fix round trip: the edit is keyed by the same URI; the problem goes away', { skip }, async () => {
	const before = await waitForDiagnostics(infUri());
	const unknown = before.diagnostics.find((d) => d.code === 'inf.unknown-entry')!;
	const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: infUri() }, range: unknown.range, context: { diagnostics: [unknown] } })) as CodeAction[];
	const rename = actions.find((a) => a.title === "Change to 'AdminPassword'");
	assert.ok(rename, actions.map((a) => a.title).join(' | '));
	assert.deepEqual(Object.keys(rename.edit!.changes!), [infUri()]);
	const edits = rename.edit!.changes![infUri()] as TextEdit[];
	const fixed = TextDocument.applyEdits(TextDocument.create(infUri(), 'sysprep-inf', 1, inf), edits);
	assert.match(fixed, /\r\nAdminPassword = x\r\n/);
	await connection.sendNotification('textDocument/didChange', { textDocument: { uri: infUri(), version: 2 }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
	const after = await waitForDiagnostics(infUri(), (p) => p.version === 2);
	assert.ok(!codes(after).includes('inf.unknown-entry'), codes(after).join());
});

test('cross-file rules read the workspace on disk: $OEM$ folder, and a drive letter in another case', { skip }, async () => {
	const sysprep = winPath(path.join(root, 'ws', 'Sysprep'));
	// VS Code encodes `$` as %24.
	const placed = `${vscodeUri(sysprep)}/i386/%24OEM%24/Cmdlines.txt`;
	const misplaced = `${vscodeUri(sysprep)}/Cmdlines.txt`;
	// Another client names the same folder with an upper-case, unencoded drive.
	const otherClient = `file:///${sysprep.replace(/\\/g, '/')}/Cmdlines.txt`.replace('Cmdlines.txt', 'cmdlines.TXT');
	for (const uri of [placed, misplaced, otherClient]) await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cmdlines', version: 1, text: cmdlines } });
	assert.deepEqual(codes(await waitForDiagnostics(placed)), []);
	assert.ok(codes(await waitForDiagnostics(misplaced)).includes('cmdlines.location'));
	assert.ok(codes(await waitForDiagnostics(otherClient)).includes('cmdlines.location'), 'the workspace folder is found whatever the drive letter case');
});
