/**
 * Protocol tests for the editing features over stdio: rename (with
 * prepareRename and its refusal), document highlight, formatting, document
 * links into a workspace folder on disk, and inlay hints with their setting.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentHighlight, DocumentLink, InlayHint, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, serverPath } from '../utils/lspClient';

let client: LspTestClient;
let root: string;
const uriOf = (path: string) => pathToFileURL(join(root, path)).href;

const script = '@echo off\r\ncall :Cleanup\r\ncall prepare.cmd\r\nC:\\Sysprep\\sysprep.exe -bmsd\r\nsysprep -quiet -reseal /unattend:C:\\Sysprep\\unattend.xml\r\ngoto :eof\r\n:cleanup\r\ndel /q x.tmp\r\n';
const inf = '[Unattended]\r\n  OemSkipEula=Yes   \r\n\r\n\r\n[GuiUnattended]\r\nTimeZone=035\r\n[NetAdapters]\r\nAdapter1 = params.Adapter1\r\n[params.Adapter1]\r\nINFID = *\r\n';

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	root = mkdtempSync(join(tmpdir(), 'reseal-editing-'));
	mkdirSync(join(root, 'scripts'));
	writeFileSync(join(root, 'scripts', 'build.cmd'), script);
	writeFileSync(join(root, 'scripts', 'prepare.cmd'), 'echo prepare\r\n');
	writeFileSync(join(root, 'unattend.xml'), '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>\r\n');
	writeFileSync(join(root, 'Sysprep.inf'), inf);
	client = new LspTestClient();
	await client.connection.sendRequest('initialize', {
		processId: process.pid,
		rootUri: pathToFileURL(root).href,
		workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'image' }],
		capabilities: { workspace: { configuration: true } },
		initializationOptions: { settings: { format: { equalsSpacing: 'spaces' } } },
	});
	await client.connection.sendNotification('initialized', {});
	await client.open(uriOf('scripts/build.cmd'), script, 'bat');
	await client.open(uriOf('Sysprep.inf'), inf, 'sysprep-inf');
	await client.waitForDiagnostics(uriOf('Sysprep.inf'));
});

after(async () => {
	await client.shutdown();
	rmSync(root, { recursive: true, force: true });
});

test('prepareRename and rename a batch label with its call', async () => {
	const uri = uriOf('scripts/build.cmd');
	const prepared = (await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: { line: 1, character: 8 } })) as { range: unknown; placeholder: string };
	assert.equal(prepared.placeholder, 'Cleanup');
	const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 6, character: 3 }, newName: 'Tidy' })) as WorkspaceEdit;
	const after = TextDocument.applyEdits(TextDocument.create(uri, 'bat', 1, script), edit.changes![uri]);
	assert.match(after, /call :Tidy\r\n/);
	assert.match(after, /\r\n:Tidy\r\n/);
	assert.match(after, /goto :eof/);
});

test('a refused rename answers an error the editor shows', async () => {
	await assert.rejects(
		client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: uriOf('Sysprep.inf') }, position: { line: 0, character: 3 } }),
		/Setup reads by this name/,
	);
});

test('rename an author-named section and highlight it', async () => {
	const uri = uriOf('Sysprep.inf');
	const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 7, character: 15 }, newName: 'params.LAN' })) as WorkspaceEdit;
	assert.deepEqual(
		edit.changes![uri].map((item: TextEdit) => item.range.start.line),
		[7, 8],
	);
	const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri }, position: { line: 8, character: 3 } })) as DocumentHighlight[];
	assert.equal(highlights.length, 2);
});

test('formatting follows reseal.format.equalsSpacing and keeps CRLF', async () => {
	const uri = uriOf('Sysprep.inf');
	const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
	const after = TextDocument.applyEdits(TextDocument.create(uri, 'sysprep-inf', 1, inf), edits);
	assert.equal(after, '[Unattended]\r\nOemSkipEula = Yes\r\n\r\n[GuiUnattended]\r\nTimeZone = 035\r\n\r\n[NetAdapters]\r\nAdapter1 = params.Adapter1\r\n\r\n[params.Adapter1]\r\nINFID = *\r\n');
	const ranged = (await client.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 5 } }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
	assert.deepEqual(ranged.map((edit) => edit.newText), ['TimeZone = 035']);
});

test('document links open the called script and the /unattend: file on disk', async () => {
	const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uriOf('scripts/build.cmd') } })) as DocumentLink[];
	assert.deepEqual(links.map((link) => link.target).sort(), [uriOf('scripts/prepare.cmd'), uriOf('unattend.xml')].sort());
});

test('inlay hints name the time zone and the terse switch; the setting turns them off', async () => {
	const infHints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uriOf('Sysprep.inf') }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as InlayHint[];
	assert.deepEqual(infHints.map((hint) => [hint.position.line, hint.label]), [[5, '(GMT-05:00) Eastern Time (US & Canada)']]);
	const batHints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uriOf('scripts/build.cmd') }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as InlayHint[];
	assert.deepEqual(batHints.map((hint) => hint.label), ['build mass-storage list']);
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { inlayHints: { enable: false } } } });
	const off = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uriOf('Sysprep.inf') }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as InlayHint[];
	assert.deepEqual(off, []);
});

test('reseal/timeline answers the Setup timeline of an open answer file, and null for other documents', async () => {
	const uri = uriOf('autounattend.xml');
	const text = '<unattend xmlns="urn:schemas-microsoft-com:unattend">\r\n<settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"><TimeZone>UTC</TimeZone></component></settings>\r\n</unattend>\r\n';
	await client.open(uri, text, 'xml');
	const timeline = (await client.connection.sendRequest('reseal/timeline', { uri })) as { scenario: { id: string }; steps: { id: string; runs: boolean }[]; notes: { message: string }[] };
	assert.equal(timeline.scenario.id, 'media');
	assert.deepEqual(timeline.steps.slice(0, 7).map((step) => step.id), ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem']);
	assert.ok(timeline.notes.some((note) => /no windowsPE pass/.test(note.message)));
	const sysprep = (await client.connection.sendRequest('reseal/timeline', { uri, scenario: 'sysprep' })) as { scenario: { id: string } };
	assert.equal(sysprep.scenario.id, 'sysprep');
	const inf = (await client.connection.sendRequest('reseal/timeline', { uri: uriOf('Sysprep.inf') })) as { steps: { id: string }[] };
	assert.deepEqual(inf.steps.map((step) => step.id), ['reseal', 'miniSetup', 'cmdlines', 'guiRunOnce']);
	assert.equal(await client.connection.sendRequest('reseal/timeline', { uri: uriOf('scripts/build.cmd') }), null);
	assert.equal(await client.connection.sendRequest('reseal/timeline', { uri: 42 }), null);
});
