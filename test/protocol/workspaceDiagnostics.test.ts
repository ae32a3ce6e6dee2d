/**
 * Workspace-wide diagnostics over stdio: files that are not open are checked
 * when the folder opens, refreshed on file events, cleared when deleted, and
 * handed over to the editor when opened; cross-file findings follow either side.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspTestClient, serverPath } from '../utils/lspClient';

const root = mkdtempSync(join(tmpdir(), 'reseal-wsd-'));
const write = (rel: string, text: string) => {
	mkdirSync(join(root, rel, '..'), { recursive: true });
	writeFileSync(join(root, rel), text);
};
const uriOf = (rel: string) => pathToFileURL(join(root, rel)).href;
const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => String(diagnostic.code));

const inf = (installFilesPath: string, extra = '') => `[Unattended]\r\nOemSkipEula = Yes\r\nInstallFilesPath = ${installFilesPath}\r\n${extra}`;
const sysprepInf = 'Sysprep/sysprep.inf';
const cmdlines = 'Sysprep/i386/$OEM$/cmdlines.txt';
const script = 'Sysprep/run.bat';

let client: LspTestClient;

before(async () => {
	assert.ok(existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
	write(sysprepInf, inf('C:\\Sysprep\\i386', 'Foo = 1\r\n'));
	write(cmdlines, '[Commands]\r\n"a.exe"\r\n');
	write(script, '@echo off\r\nsync.exe\r\n');
	// A driver store: thousands of files, none of them a Sysprep-family file (a driver .inf is not Sysprep.inf).
	for (let i = 0; i < 1000; i++) write(`drivers/net${Math.floor(i / 100)}/oem${i}.${['inf', 'sys', 'cat'][i % 3]}`, '[Version]\r\nSignature="$Windows NT$"\r\n');
	// Names whose content decides: an answer file named sysprep.xml, one in a PowerShell here-string, and XML and scripts that hold none.
	write('deploy/sysprep.xml', '<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSytem"/>\n</unattend>\n');
	write('deploy/build.ps1', '$x = 1\n$xml = @\'\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="generalise"/>\n</unattend>\n\'@\n');
	for (let i = 0; i < 600; i++) write(`manifests/m${i}.xml`, `<?xml version="1.0"?>\n<assembly><settings pass="oobeSytem"/></assembly>\n`);
	write('deploy/tools.ps1', 'Write-Host "no answer file here"\n');
	client = new LspTestClient();
	await client.initialize(undefined, {
		rootUri: pathToFileURL(root).href,
		workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'image' }],
		capabilities: {
			textDocument: { publishDiagnostics: { versionSupport: true } },
			workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
			window: { workDoneProgress: true },
		},
	});
});

after(async () => {
	const code = await client.shutdown();
	assert.equal(code, 0, `the server exits cleanly; stderr: ${client.stderr}`);
	rmSync(root, { recursive: true, force: true });
});

test('a problem in a file that is not open is published when the folder opens; driver files are left alone', async () => {
	const published = await client.waitForDiagnostics(uriOf(sysprepInf), (params) => codes(params).includes('inf.unknown-entry'));
	assert.equal(published.version, undefined, 'disk diagnostics carry no document version');
	await client.waitForDiagnostics(uriOf(script), (params) => codes(params).includes('bat.external-tool'));
	await client.waitForDiagnostics(uriOf(cmdlines));
	assert.ok(!client.published.some((params) => params.uri.includes('/drivers/')), 'no driver file was checked');
	assert.ok(client.registrations.some((registration) => registration.method === 'workspace/didChangeWatchedFiles'), 'the server asks the client to watch files');
	assert.ok(client.progress.some((params) => JSON.stringify(params).includes('"kind":"begin"')), 'progress is reported');
	assert.ok(!client.registrations.some((registration) => registration.method === 'workspace/didChangeWorkspaceFolders'), 'folder changes are announced statically, not registered');
});

test('an .xml with an unattend root and a .ps1 holding an answer file are checked at host positions; other .xml and .ps1 files are not, and do not use up maxFiles', async () => {
	const xml = await client.waitForDiagnostics(uriOf('deploy/sysprep.xml'), (params) => codes(params).includes('xml.unknown-pass'));
	assert.deepEqual(xml.diagnostics.find((diagnostic) => diagnostic.code === 'xml.unknown-pass')?.range.start, { line: 2, character: 18 });
	const ps = await client.waitForDiagnostics(uriOf('deploy/build.ps1'), (params) => codes(params).includes('xml.unknown-pass'));
	assert.deepEqual(ps.diagnostics.find((diagnostic) => diagnostic.code === 'xml.unknown-pass')?.range.start, { line: 3, character: 18 });
	assert.ok(!client.published.some((params) => params.uri.includes('/manifests/') || params.uri.endsWith('tools.ps1')), 'no other XML or script was published');
});

test('a change on disk refreshes the file, and the files that depend on it', async () => {
	assert.ok(!codes(await client.waitForDiagnostics(uriOf(cmdlines))).includes('cmdlines.install-files-path'), 'consistent at first');
	write(sysprepInf, inf('C:\\Other'));
	await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(sysprepInf), type: 2 }] });
	await client.waitForDiagnostics(uriOf(sysprepInf), (params) => !codes(params).includes('inf.unknown-entry'));
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => codes(params).includes('cmdlines.install-files-path'));
});

test('an open document takes over from its disk copy, and cross-file findings follow its unsaved text', async () => {
	const uri = uriOf(sysprepInf);
	await client.open(uri, inf('C:\\Sysprep\\i386', 'Bar = 2\r\n'), 'sysprep-inf', 7);
	const live = await client.waitForDiagnostics(uri, (params) => params.version === 7);
	assert.ok(codes(live).includes('inf.unknown-entry'), 'the editor text is checked, not the disk');
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => !codes(params).includes('cmdlines.install-files-path'));
	await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	// Closed without saving: the disk copy (no Bar, InstallFilesPath = C:\Other) is shown again.
	await client.waitForDiagnostics(uri, (params) => params.version === undefined && params.diagnostics.length > 0 && !codes(params).includes('inf.unknown-entry'));
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => codes(params).includes('cmdlines.install-files-path'));
});

test('new files are checked, deleted files are cleared', async () => {
	const created = 'Other/winbom.ini';
	write(created, '[Factory]\r\nNoSuchEntry = 1\r\n');
	await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(created), type: 1 }] });
	await client.waitForDiagnostics(uriOf(created), (params) => params.diagnostics.length > 0);
	unlinkSync(join(root, script));
	await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(script), type: 3 }] });
	await client.waitForDiagnostics(uriOf(script), (params) => params.diagnostics.length === 0);
});

test('a folder removed from the workspace has its findings cleared; added again, they come back', async () => {
	const folder = { uri: pathToFileURL(root).href, name: 'image' };
	await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
	await client.waitForDiagnostics(uriOf(sysprepInf), (params) => params.diagnostics.length === 0);
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => params.diagnostics.length === 0);
	await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => codes(params).includes('cmdlines.install-files-path'));
	await client.waitForDiagnostics(uriOf(sysprepInf), (params) => params.diagnostics.length > 0);
});

test('turning the setting off clears every disk finding', async () => {
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { workspaceDiagnostics: { enable: false } } } });
	await client.waitForDiagnostics(uriOf(sysprepInf), (params) => params.diagnostics.length === 0);
	await client.waitForDiagnostics(uriOf(cmdlines), (params) => params.diagnostics.length === 0);
});

test('in the editor: a PowerShell document with an answer file in a here-string gets diagnostics, hover and the quick-fix at host positions', async () => {
	const uri = uriOf('deploy/open.ps1');
	const text = "# seal\n$u = @'\n<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n  <settings pass=\"oobeSytem\"/>\n</unattend>\n'@\n";
	await client.open(uri, text, 'powershell', 3);
	const live = await client.waitForDiagnostics(uri, (params) => params.version === 3 && codes(params).includes('xml.unknown-pass'));
	const diagnostic = live.diagnostics.find((item) => item.code === 'xml.unknown-pass')!;
	assert.deepEqual(diagnostic.range, { start: { line: 3, character: 18 }, end: { line: 3, character: 27 } });
	const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as { title: string; edit?: { changes?: Record<string, { range: unknown; newText: string }[]> } }[];
	const fix = actions.find((action) => action.edit?.changes?.[uri]?.[0]?.newText === 'oobeSystem');
	assert.ok(fix, actions.map((action) => action.title).join());
	assert.deepEqual(fix.edit!.changes![uri][0].range, diagnostic.range);
	const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } })) as { range?: { start: { line: number } } } | null;
	assert.equal(hover?.range?.start.line, 3);
	await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
});
