/**
 * Protocol tests: `dist/server.js` over stdio, driven by real JSON-RPC.
 * `npm test` builds dist/ before running these.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, Location, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, serverPath } from '../utils/lspClient';

let client: LspTestClient;
const uri = 'file:///work/image/Sysprep/Sysprep.inf';
const text = '[Unattended]\r\nOemSkipEula = Yes\r\n\r\n[GuiUnattended]\r\nAdminPasword = x\r\nTimeZone = 035\r\n';

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	client = new LspTestClient();
});

after(async () => {
	const code = await client.shutdown();
	assert.equal(code, 0, `the server should exit cleanly after shutdown/exit; stderr: ${client.stderr}`);
});

test('initialize announces exactly the capabilities Reseal implements', async () => {
	const result = await client.initialize();
	assert.deepEqual(result.capabilities, {
		textDocumentSync: 2,
		completionProvider: { triggerCharacters: ['[', '=', ' ', '-', '/', ':', '<', '"'], resolveProvider: false },
		hoverProvider: true,
		codeActionProvider: { codeActionKinds: ['quickfix'] },
		documentSymbolProvider: true,
		foldingRangeProvider: true,
		definitionProvider: true,
		referencesProvider: true,
		renameProvider: { prepareProvider: true },
		documentHighlightProvider: true,
		documentFormattingProvider: true,
		documentRangeFormattingProvider: true,
		documentLinkProvider: { resolveProvider: false },
		inlayHintProvider: true,
		linkedEditingRangeProvider: true,
		selectionRangeProvider: true,
	});
	assert.equal(result.serverInfo?.name, 'reseal-language-server');
});

test('didOpen publishes diagnostics with stable codes', async () => {
	await client.open(uri, text);
	const published = await client.waitForDiagnostics(uri);
	const codes = client.codes(published.diagnostics);
	assert.ok(codes.includes('inf.unknown-entry'), codes.join());
	assert.ok(codes.includes('inf.missing-required-entry'), codes.join());
	assert.equal(published.version, 1);
	for (const diagnostic of published.diagnostics) assert.equal(diagnostic.source, 'reseal');
});

test('completion offers the entries of the current section', async () => {
	const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 0 } })) as CompletionList;
	const labels = list.items.map((item) => item.label);
	assert.ok(labels.includes('OEMSkipWelcome'), labels.join());
	assert.ok(!labels.includes('OemSkipEula'), 'entries of [Unattended] do not belong in [GuiUnattended]');
});

test('hover explains an entry', async () => {
	const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 3 } })) as Hover;
	const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
	assert.match(value, /\*\*TimeZone\*\*/);
});

test('a quick-fix round trip: apply the rename, the server re-checks, the problem is gone', async () => {
	const before = await client.waitForDiagnostics(uri);
	const unknown = before.diagnostics.find((diagnostic) => diagnostic.code === 'inf.unknown-entry')!;
	const actions = (await client.connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri },
		range: unknown.range,
		context: { diagnostics: [unknown] },
	})) as CodeAction[];
	const rename = actions.find((action) => action.title === "Change to 'AdminPassword'");
	assert.ok(rename, actions.map((action) => action.title).join(' | '));
	const edits = rename.edit!.changes![uri] as TextEdit[];
	const document = TextDocument.create(uri, 'sysprep-inf', 1, text);
	const fixed = TextDocument.applyEdits(document, edits);
	await client.change(uri, 2, edits.map((edit) => ({ range: edit.range, text: edit.newText })));
	const after = await client.waitForDiagnostics(uri, (params) => params.version === 2);
	assert.ok(!client.codes(after.diagnostics).includes('inf.unknown-entry'));
	assert.match(fixed, /AdminPassword = x/);
});

test('outline, folding and definition answer over the wire', async () => {
	const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
	assert.deepEqual(
		symbols.map((symbol) => symbol.name),
		['[Unattended]', '[GuiUnattended]'],
	);
	const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as unknown[];
	assert.equal(folds.length, 2);
	const netUri = 'file:///work/image/net/sysprep.inf';
	await client.open(netUri, '[NetAdapters]\nAdapter1 = params.Adapter1\n[params.Adapter1]\nINFID = *\n');
	const locations = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: netUri }, position: { line: 1, character: 15 } })) as Location[];
	assert.equal(locations[0].range.start.line, 2);
});

test('a file recognised by name under a generic language id is served', async () => {
	const sifUri = 'file:///work/media/I386/WINNT.SIF';
	await client.open(sifUri, '[Unattended]\nFileSystem = NTFS\n', 'plaintext');
	const published = await client.waitForDiagnostics(sifUri);
	assert.deepEqual(client.codes(published.diagnostics), ['inf.invalid-value']);
});

test('requests for documents that were never opened get neutral answers', async () => {
	const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope/Sysprep.inf' }, position: { line: 0, character: 0 } });
	assert.equal(hover, null);
	const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri: 'file:///nope/Sysprep.inf' }, position: { line: 0, character: 0 } })) as unknown;
	assert.equal(list, null);
});

test('settings pushed by the client change the rules', async () => {
	const xpUri = 'file:///work/xp/Sysprep.inf';
	await client.open(xpUri, '[LicenseFilePrintData]\nAutoMode = PerSeat\nAutoUsers = 5\n');
	const first = await client.waitForDiagnostics(xpUri);
	assert.ok(!client.codes(first.diagnostics).includes('inf.wrong-target'));
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { target: 'xp' } } });
	const second = await client.waitForDiagnostics(xpUri, (params) => client.codes(params.diagnostics).includes('inf.wrong-target'));
	assert.ok(second);
});

test('closing a document clears its diagnostics', async () => {
	await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	const cleared = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0);
	assert.equal(cleared.diagnostics.length, 0);
});
