/**
 * unattend.xml over the real protocol: `dist/server.js` started over stdio,
 * the document opened with VS Code's generic `xml` language id (as the client
 * sends it), diagnostics, completion, hover, outline and a quick-fix round trip.
 * `npm test` builds dist/ first.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import type { CodeAction, CompletionList, DocumentSymbol, Hover, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, serverPath } from '../utils/lspClient';

let client: LspTestClient;
// Not named autounattend.xml: a media file without windowsPE would add xml.not-cached.
const uri = 'file:///work/image/Unattend.xml';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';
const text = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'  <settings pass="specialize">',
	`    <component name="Microsoft-Windows-Shell-Setup" ${ids}>`,
	'      <RegisteredOrganization>Smith & Sons</RegisteredOrganization>',
	'      <TimeZone>UTC</TimeZone>',
	'    </component>',
	'  </settings>',
	'</unattend>',
	'',
].join('\r\n');

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	client = new LspTestClient();
	await client.initialize();
	await client.open(uri, text, 'xml');
});

after(async () => {
	await client.shutdown();
});

test('an unattend.xml opened as xml is checked', async () => {
	const published = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
	assert.deepEqual(client.codes(published.diagnostics), ['xml.syntax-ampersand']);
	assert.deepEqual(published.diagnostics[0].range, { start: { line: 4, character: 36 }, end: { line: 4, character: 37 } });
});

test('completion, hover and outline answer for it', async () => {
	const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 16 } })) as CompletionList;
	assert.ok(list.items.some((item) => item.label === 'W. Europe Standard Time'));
	const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 20 } })) as Hover;
	assert.match(JSON.stringify(hover.contents), /specialize/);
	const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
	assert.deepEqual(symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)]), [['specialize', ['Microsoft-Windows-Shell-Setup']]]);
});

test('the &amp; quick-fix round trip clears the problem', async () => {
	const before = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
	const problem = before.diagnostics[0];
	const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: problem.range, context: { diagnostics: [problem] } })) as CodeAction[];
	const escape = actions.find((action) => action.title === "Escape '&' as '&amp;'")!;
	assert.ok(escape, actions.map((action) => action.title).join(' | '));
	const edits = escape.edit!.changes![uri] as TextEdit[];
	const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'xml', 1, text), edits);
	await client.change(uri, 2, [{ text: fixed }]);
	const after = await client.waitForDiagnostics(uri, (params) => params.version === 2);
	assert.deepEqual(after.diagnostics, []);
});
