/**
 * `workspace/symbol` over stdio: batch labels of the open scripts and of the
 * workspace folder's scripts that are not open, filtered by the query, with
 * their locations; an open script's unsaved text wins over its copy on disk.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import type { SymbolInformation } from 'vscode-languageserver-types';
import { LspTestClient, serverPath } from '../utils/lspClient';

const root = mkdtempSync(join(tmpdir(), 'reseal-wss-'));
const write = (rel: string, text: string) => {
	mkdirSync(join(root, rel, '..'), { recursive: true });
	writeFileSync(join(root, rel), text);
};
const uriOf = (rel: string) => pathToFileURL(join(root, rel)).href;

let client: LspTestClient;
let initialized: InitializeResult;

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	write('scripts/setup.cmd', '@echo off\r\ncall :InstallDrivers\r\ngoto :eof\r\n:InstallDrivers\r\npnputil /add-driver *.inf\r\ngoto :eof\r\n');
	write('scripts/lib/cleanup.bat', ':cleanup\r\ndel /q %TEMP%\\*.log\r\n:cleanup_profiles\r\ngoto :eof\r\n');
	write('open.bat', ':on_disk_only\r\n');
	// Not scripts: a label-like line in a text file and an answer file are no workspace symbols.
	write('notes.txt', ':cleanup_notes\r\n');
	write('Sysprep.inf', '[Unattended]\r\nOemSkipEula = Yes\r\n');
	client = new LspTestClient();
	initialized = await client.initialize(undefined, { rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'image' }] });
	// The open copy of open.bat differs from the disk: the editor's text is what counts.
	await client.open(uriOf('open.bat'), ':edited_label\r\necho hi\r\n', 'bat');
	await client.waitForDiagnostics(uriOf('open.bat'));
});

after(async () => {
	const code = await client.shutdown();
	assert.equal(code, 0, `the server exits cleanly; stderr: ${client.stderr}`);
	rmSync(root, { recursive: true, force: true });
});

const symbols = async (query: string) => (await client.connection.sendRequest('workspace/symbol', { query })) as SymbolInformation[];
const where = (symbol: SymbolInformation) => `${symbol.name} ${symbol.location.uri.slice(pathToFileURL(root).href.length + 1)}:${symbol.location.range.start.line}:${symbol.location.range.start.character}-${symbol.location.range.end.character}`;

test('the server announces workspace symbols', () => {
	assert.equal(initialized.capabilities.workspaceSymbolProvider, true);
});

test('an empty query lists the labels of every script: open ones from the editor, others from disk', async () => {
	const all = (await symbols('')).map(where).sort();
	assert.deepEqual(all, [':InstallDrivers scripts/setup.cmd:3:1-15', ':cleanup scripts/lib/cleanup.bat:0:1-8', ':cleanup_profiles scripts/lib/cleanup.bat:2:1-17', ':edited_label open.bat:0:1-13'].sort());
	assert.ok((await symbols('')).every((symbol) => symbol.kind === 12), 'labels are functions');
});

test('the query filters by characters in order, any case; a leading colon is ignored', async () => {
	assert.deepEqual((await symbols('clean')).map((symbol) => symbol.name).sort(), [':cleanup', ':cleanup_profiles']);
	assert.deepEqual((await symbols(':instdrv')).map((symbol) => symbol.name), [':InstallDrivers']);
	assert.deepEqual((await symbols('CLNPRF')).map((symbol) => symbol.name), [':cleanup_profiles']);
	assert.deepEqual(await symbols('nothing matches this'), []);
});
