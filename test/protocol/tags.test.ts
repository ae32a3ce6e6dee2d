/**
 * Protocol tests for tag editing in unattend.xml over the real `dist/server.js`:
 * the capabilities, `textDocument/linkedEditingRange`, `documentHighlight`,
 * `selectionRange`, end-tag completion after `</`, and `reseal/autoClose` as
 * the VS Code client sends it after a typed `>` or `/` (with its setting).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync } from 'node:fs';
import type { CompletionList, DocumentHighlight, Range, SelectionRange } from 'vscode-languageserver-types';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { LspTestClient, serverPath } from '../utils/lspClient';
import { autoCloseRequest } from '../../server/src/protocol';

const uri = 'file:///w/autounattend.xml';
const lines = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'  <settings pass="specialize">',
	'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <ComputerName>PC-01</ComputerName>',
	'      <TimeZone>',
	'    </component>',
	'  </settings>',
	'</unattend>',
	'',
];
const text = lines.join('\r\n');

let client: LspTestClient;
let initialized: InitializeResult;

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	client = new LspTestClient();
	initialized = await client.initialize();
	await client.open(uri, text, 'xml');
	await client.waitForDiagnostics(uri);
});

after(async () => {
	await client.shutdown();
});

const request = <T>(method: string, params: Record<string, unknown>) => client.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<T>;
const span = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

test('the server announces linked editing and selection ranges', () => {
	assert.equal(initialized.capabilities.linkedEditingRangeProvider, true);
	assert.equal(initialized.capabilities.selectionRangeProvider, true);
	assert.equal(initialized.capabilities.documentHighlightProvider, true);
});

test('linkedEditingRange: both names of ComputerName, with the XML name pattern', async () => {
	const result = await request<{ ranges: Range[]; wordPattern?: string }>('textDocument/linkedEditingRange', { position: { line: 4, character: 9 } });
	assert.deepEqual(result.ranges.map(span), ['4:7-4:19', '4:27-4:39']);
	assert.ok(result.wordPattern && new RegExp(`^(?:${result.wordPattern})$`).test('wcm:action'));
	assert.equal(await request('textDocument/linkedEditingRange', { position: { line: 5, character: 9 } }), null, 'TimeZone has no end tag');
});

test('documentHighlight: the matching tag', async () => {
	const highlights = await request<DocumentHighlight[]>('textDocument/documentHighlight', { position: { line: 6, character: 8 } });
	assert.deepEqual(highlights.map((item) => span(item.range)), ['3:5-3:14', '6:6-6:15']);
});

test('selectionRange: from a name out to the root, one answer per position', async () => {
	const result = await request<SelectionRange[]>('textDocument/selectionRange', { positions: [{ line: 4, character: 9 }, { line: 2, character: 20 }] });
	assert.equal(result.length, 2);
	const chain = (range: SelectionRange) => {
		const out: string[] = [];
		for (let at: SelectionRange | undefined = range; at; at = at.parent) out.push(span(at.range));
		return out;
	};
	assert.deepEqual(chain(result[0]).slice(0, 3), ['4:7-4:19', '4:6-4:20', '4:6-4:40']);
	assert.equal(chain(result[0]).at(-1), '1:0-8:11', 'the root element last');
	assert.deepEqual(chain(result[1]).slice(0, 3), ['2:18-2:28', '2:12-2:29', '2:2-2:30']);
});

test('completion after </ offers the open element\'s end tag first, preselected', async () => {
	await client.change(uri, 2, [{ range: { start: { line: 5, character: 16 }, end: { line: 5, character: 16 } }, text: 'Pacific Standard Time</' }]);
	const list = await request<CompletionList>('textDocument/completion', { position: { line: 5, character: 39 } });
	assert.equal(list.items[0].label, '</TimeZone>');
	assert.equal(list.items[0].preselect, true);
	const result = await client.connection.sendRequest(autoCloseRequest, { textDocument: { uri }, position: { line: 5, character: 39 } });
	assert.deepEqual(result, { range: { start: { line: 5, character: 39 }, end: { line: 5, character: 39 } }, snippet: 'TimeZone>$0' });
});

test('reseal/autoClose after a typed >: the end tag after the cursor; null when the setting is off or the params are wrong', async () => {
	await client.change(uri, 3, [{ range: { start: { line: 5, character: 16 }, end: { line: 5, character: 39 } }, text: '' }]);
	const result = await client.connection.sendRequest(autoCloseRequest, { textDocument: { uri }, position: { line: 5, character: 16 } });
	assert.deepEqual(result, { range: { start: { line: 5, character: 16 }, end: { line: 5, character: 16 } }, snippet: '$0</TimeZone>' });
	assert.equal(await client.connection.sendRequest(autoCloseRequest, { textDocument: { uri }, position: { line: 4, character: 20 } }), null, 'ComputerName has its end tag');
	assert.equal(await client.connection.sendRequest(autoCloseRequest, { textDocument: { uri: 'file:///w/other.xml' }, position: { line: 0, character: 0 } }), null, 'an unknown document');
	assert.equal(await client.connection.sendRequest(autoCloseRequest, { position: 'x' }), null, 'malformed params');
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { unattend: { autoCloseTags: false } } } });
	assert.equal(await client.connection.sendRequest(autoCloseRequest, { textDocument: { uri }, position: { line: 5, character: 16 } }), null, 'reseal.unattend.autoCloseTags: false');
});
