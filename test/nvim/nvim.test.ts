/**
 * Real-editor tier: `reseal-language-server --stdio` (dist/server.js) in
 * Neovim's built-in LSP client. Each test opens a copy of a file of
 * test/e2e/workspace/ in `nvim --headless --clean`, lets test/nvim/lsp-probe.lua
 * collect what the client received (diagnostics as vim.diagnostic shows them,
 * completion, hover, document symbols, a quick fix applied with Neovim's own
 * workspace-edit code) and asserts on it here.
 *
 * Run: npm run test:nvim (builds first). Needs Debian's `neovim` (0.7.2 or later).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { prepareWorkspace, repoRoot } from '../e2e/support';

const server = path.join(repoRoot, 'dist/server.js');
const probe = path.join(repoRoot, 'test/nvim/lsp-probe.lua');

interface LspDiagnostic {
	code?: string;
	message: string;
	severity?: number;
	range: { start: { line: number; character: number } };
}
interface ProbeResult {
	diagnostics: LspDiagnostic[];
	shown: { lnum: number; col: number; severity: number; message: string; code: string | null }[];
	completion: { position: [number, number]; labels: string[]; texts: string[]; error: string | null }[];
	hover: { position: [number, number]; text: string; error: string | null }[];
	symbols?: string[];
	code_action?: { requested: string; titles: string[]; applied: boolean; title?: string; after?: string[]; buffer?: string[] };
	rename?: { placeholder: string | null; error: string | null; applied: boolean; buffer: string[] };
	format?: { edits: number; error: string | null; buffer: string[]; fileformat: string };
	requests: { method: string; result: unknown; error: string | null }[];
}
interface Plan {
	wait_code?: string;
	completion?: [number, number][];
	hover?: [number, number][];
	symbols?: boolean;
	code_action?: string;
	settings?: Record<string, unknown>;
	rename?: [number, number, string];
	format?: boolean;
	requests?: ({ method: string; line: number; character: number } | { method: 'workspace/symbol'; query: string })[];
}

function nvimVersion(): string | undefined {
	try {
		return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
	} catch {
		return undefined;
	}
}

const version = nvimVersion();
// A missing editor is a failure, not a skip: CI installs neovim from .ci/apt-packages.txt.
test('Neovim and the built server are available', () => {
	assert.ok(version, 'nvim is not installed (apt-get install neovim)');
	assert.ok(fs.existsSync(server), 'dist/server.js is missing (npm run build)');
});

function probeFile(name: string, plan: Plan, extraFiles?: Record<string, string>): ProbeResult {
	const ws = prepareWorkspace({ extraFiles });
	try {
		const resultPath = path.join(ws.root, 'result.json');
		const started = Date.now();
		const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${probe}`, name], {
			cwd: ws.folder,
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, RESEAL_SERVER: server, RESEAL_PLAN: JSON.stringify(plan), RESEAL_RESULT: resultPath },
		});
		const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
		assert.equal(run.status, 0, `nvim exited with ${run.status ?? run.signal}: ${output}`);
		assert.ok(fs.existsSync(resultPath), `the probe wrote no result: ${output}`);
		console.log(`  ${version ?? 'nvim'}: ${name} probed in ${Date.now() - started} ms`);
		return JSON.parse(fs.readFileSync(resultPath, 'utf8')) as ProbeResult;
	} finally {
		ws.dispose();
	}
}

test('Neovim: Sysprep.inf gets diagnostics, completion, hover, symbols and a working quick fix', () => {
	const lines = fs.readFileSync(path.join(repoRoot, 'test/e2e/workspace/Sysprep.inf'), 'utf8').split(/\r?\n/);
	const section = lines.indexOf('[GuiUnattended]');
	const welcome = lines.findIndex((line) => line.startsWith('OemSkipWelcome'));
	const blank = lines.findIndex((line, index) => index > section && line.trim() === '');
	const result = probeFile('Sysprep.inf', {
		wait_code: 'inf.missing-required-entry',
		completion: [[blank, 0]],
		hover: [[welcome, 3]],
		symbols: true,
		code_action: 'inf.missing-required-entry',
	});

	// Diagnostics: the server published exactly the missing entry, and Neovim shows it on the section header.
	assert.deepEqual(result.diagnostics.map((d) => d.code), ['inf.missing-required-entry']);
	assert.match(result.diagnostics[0].message, /EncryptedAdminPassword/);
	assert.equal(result.shown.length, 1, 'vim.diagnostic.get() shows the diagnostic');
	assert.equal(result.shown[0].lnum, section);
	assert.equal(result.shown[0].severity, 2, 'a warning');

	// Completion on the blank line that ends [GuiUnattended] offers that section's entries only.
	const labels = result.completion[0].labels;
	for (const entry of ['EncryptedAdminPassword', 'AutoLogon', 'OEMSkipWelcome', 'TimeZone']) assert.ok(labels.includes(entry), `completion offers ${entry}: ${labels.join(', ')}`);
	for (const foreign of ['ProductKey', 'OemSkipEula', 'JoinWorkgroup']) assert.ok(!labels.includes(foreign), `completion does not offer ${foreign} from another section`);

	// Hover on the entry name shows its documentation.
	assert.match(result.hover[0].text, /OEMSkipWelcome/);
	assert.match(result.hover[0].text, /Skips the Welcome page/);

	// Document symbols: the sections, in order.
	assert.deepEqual(result.symbols, ['[Unattended]', '[GuiUnattended]', '[UserData]', '[Identification]', '[Networking]', '[LicenseFilePrintData]']);

	// The quick fix, applied by Neovim, inserts the entry into the section and the warning goes away.
	const action = result.code_action;
	assert.ok(action?.applied, `a quick fix was offered: ${JSON.stringify(action)}`);
	assert.match(action.title ?? '', /EncryptedAdminPassword/);
	assert.deepEqual(action.after, []);
	const buffer = action.buffer ?? [];
	const inserted = buffer.findIndex((line) => /^EncryptedAdminPassword\s*=\s*No$/.test(line));
	assert.ok(inserted > buffer.indexOf('[GuiUnattended]') && inserted < buffer.indexOf('[UserData]'), `inserted inside [GuiUnattended]:\n${buffer.join('\n')}`);
});

test('Neovim: sysprep.bat gets bat.undefined-label for goto :missing', () => {
	const lines = fs.readFileSync(path.join(repoRoot, 'test/e2e/workspace/sysprep.bat'), 'utf8').split(/\r?\n/);
	const gotoLine = lines.findIndex((line) => line.includes('goto :missing'));
	const result = probeFile('sysprep.bat', { wait_code: 'bat.undefined-label', hover: [[gotoLine + 1, 2]] });
	const undefinedLabel = result.diagnostics.find((d) => d.code === 'bat.undefined-label');
	assert.ok(undefinedLabel, `diagnostics: ${JSON.stringify(result.diagnostics)}`);
	assert.equal(undefinedLabel.range.start.line, gotoLine);
	assert.match(undefinedLabel.message, /missing/);
	assert.equal(undefinedLabel.severity, 1, 'an error');
	assert.ok(result.shown.some((d) => d.code === 'bat.undefined-label' && d.lnum === gotoLine), 'vim.diagnostic.get() shows it');
	assert.match(result.hover[0].text, /sysprep/i, 'hover on sysprep.exe documents the tool');
});

test('Neovim: settings reach the server (workspace/didChangeConfiguration, reseal.target = xp)', () => {
	const result = probeFile('Sysprep.inf', { wait_code: 'inf.wrong-target', settings: { reseal: { target: 'xp' } } });
	const wrongTarget = result.diagnostics.find((d) => d.code === 'inf.wrong-target');
	assert.ok(wrongTarget, `diagnostics: ${JSON.stringify(result.diagnostics.map((d) => d.code))}`);
	assert.match(wrongTarget.message, /LicenseFilePrintData/);
});

test('Neovim: rename a batch label; goto and the label change, goto :eof stays', () => {
	const lines = fs.readFileSync(path.join(repoRoot, 'test/e2e/workspace/sysprep.bat'), 'utf8').split(/\r?\n/);
	const script = [...lines.filter((line) => line !== ''), ':missing', 'echo not found', 'goto :eof', ''].join('\r\n');
	const jump = lines.findIndex((line) => line.includes('goto :missing'));
	const result = probeFile('renamed.bat', { wait_code: 'bat.external-tool', rename: [jump, lines[jump].indexOf(':missing') + 2, 'notfound'] }, { 'renamed.bat': script });
	const rename = result.rename;
	assert.ok(rename?.applied, `rename was applied: ${JSON.stringify(rename)}`);
	assert.equal(rename.placeholder, 'missing');
	assert.ok(rename.buffer[jump].endsWith('goto :notfound'), rename.buffer.join('\n'));
	assert.ok(rename.buffer.includes(':notfound'));
	assert.ok(rename.buffer.includes('goto :eof'));
	assert.ok(!rename.buffer.some((line) => line.includes('missing')));
});

test('Neovim: formatting tidies a messy Sysprep.inf and the buffer keeps CRLF', () => {
	const messy = ['[Unattended]', '  OemSkipEula=Yes   ', 'InstallFilesPath   =  C:\\sysprep\\i386', '', '', '[GuiUnattended]', 'TimeZone=035', ''].join('\r\n');
	const result = probeFile('messy.sif', { format: true, settings: { reseal: { format: { equalsSpacing: 'spaces' } } } }, { 'messy.sif': messy });
	const format = result.format;
	assert.ok(format && format.edits > 0, `formatting returned edits: ${JSON.stringify(format)}`);
	assert.deepEqual(format.buffer, ['[Unattended]', 'OemSkipEula = Yes', 'InstallFilesPath = C:\\sysprep\\i386', '', '[GuiUnattended]', 'TimeZone = 035']);
	assert.equal(format.fileformat, 'dos', 'Neovim still reads the buffer as CRLF');
});

/** An answer file with a `<` typed in the specialize pass and one bare '&'. */
function unattendFixture(): { text: string; lines: string[] } {
	const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
		'  <settings pass="specialize">',
		'    <',
		'  </settings>',
		'  <settings pass="oobeSystem">',
		`    <component name="Microsoft-Windows-Shell-Setup" ${ids}>`,
		'      <TimeZone>Pacific Standard Time</TimeZone>',
		'      <RegisteredOrganization>Smith & Sons</RegisteredOrganization>',
		'    </component>',
		'  </settings>',
		'</unattend>',
	];
	return { text: [...lines, ''].join('\r\n'), lines };
}

test('Neovim: unattend.xml gets component completion, hover on a setting and the ampersand quick fix', () => {
	const { text, lines } = unattendFixture();
	const timeZone = lines.findIndex((line) => line.includes('<TimeZone>'));
	const result = probeFile('unattend.xml', { wait_code: 'xml.syntax-ampersand', completion: [[3, 5]], hover: [[timeZone, lines[timeZone].indexOf('TimeZone') + 2]], code_action: 'xml.syntax-ampersand' }, { 'unattend.xml': text });

	// Completion after '<' in the specialize pass: components applied there, each with its five identifying attributes and end tag.
	const completion = result.completion[0];
	const shell = completion.labels.indexOf('Microsoft-Windows-Shell-Setup');
	assert.ok(shell >= 0, `completion offers Microsoft-Windows-Shell-Setup: ${completion.labels.join(', ')}`);
	assert.match(completion.texts[shell], /^component name="Microsoft-Windows-Shell-Setup" processorArchitecture="[^"]+" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="[^"]+"/);
	assert.match(completion.texts[shell], /<\/component>$/);
	assert.ok(!completion.labels.includes('Microsoft-Windows-Setup'), 'Microsoft-Windows-Setup (windowsPE only) is not offered in specialize');

	// Hover on the setting name documents it.
	assert.match(result.hover[0].text, /\*\*TimeZone\*\*/);
	assert.match(result.hover[0].text, /time zone/);
	assert.match(result.hover[0].text, /Microsoft-Windows-Shell-Setup/);

	// The quick fix, applied by Neovim, escapes the ampersand and the error goes away.
	const action = result.code_action;
	assert.ok(action?.applied, `a quick fix was offered: ${JSON.stringify(action)}`);
	assert.equal(action.title, "Escape '&' as '&amp;'");
	assert.ok(!(action.after ?? []).includes('xml.syntax-ampersand'), `after the fix: ${JSON.stringify(action.after)}`);
	assert.ok((action.buffer ?? []).includes('      <RegisteredOrganization>Smith &amp; Sons</RegisteredOrganization>'), (action.buffer ?? []).join('\n'));
});

test('Neovim: autounattend.xml gets the end tag after </, linked editing of a tag pair and the matching tag highlighted', () => {
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
		'  <settings pass="specialize">',
		'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
		'      <ComputerName>WS01</ComputerName>',
		'      <RegisteredOwner>Admin</',
		'    </component>',
		'  </settings>',
		'</unattend>',
	];
	const name = lines[4].indexOf('ComputerName') + 3;
	const result = probeFile(
		'autounattend.xml',
		{
			wait_code: 'xml.syntax-tag',
			completion: [[5, lines[5].length]],
			requests: [
				{ method: 'textDocument/linkedEditingRange', line: 4, character: name },
				{ method: 'textDocument/documentHighlight', line: 4, character: name },
			],
		},
		{ 'autounattend.xml': [...lines, ''].join('\r\n') },
	);
	// After '</' only the end tag of the open element is offered, and it inserts the whole tag.
	assert.deepEqual(result.completion[0].labels, ['</RegisteredOwner>']);
	assert.equal(result.completion[0].texts[0], '</RegisteredOwner>');
	// The start and end tag names are edited together and highlighted together.
	type Span = { start: { line: number; character: number }; end: { line: number; character: number } };
	const text = (range: Span) => lines[range.start.line].slice(range.start.character, range.end.character);
	const [linked, highlight] = result.requests;
	assert.equal(linked.error, null);
	const ranges = (linked.result as { ranges: Span[] }).ranges;
	assert.deepEqual(ranges.map(text), ['ComputerName', 'ComputerName']);
	assert.ok(ranges[1].start.character > ranges[0].start.character, 'the start tag and the end tag');
	assert.deepEqual((highlight.result as { range: Span }[]).map((item) => `${item.range.start.line}:${text(item.range)}`), ['4:ComputerName', '4:ComputerName']);
});

test('Neovim: rename a batch variable (set, set /a, %NAME%, its edits, !NAME!) and find labels across the workspace', () => {
	const script = ['@echo off', 'setlocal EnableDelayedExpansion', 'set Target=C:\\Deploy', 'set /a tries=0', 'echo %target% %TARGET:~0,2%', 'for %%f in (*.inf) do (', '  set /a tries+=1', '  copy "%%f" "!target!\\%%~nxf"', ')', 'call :cleanup', 'goto :eof', ':cleanup', 'rd /s /q "%Target%\\tmp"', ''].join('\r\n');
	const lines = script.split('\r\n');
	const use = lines.findIndex((line) => line.startsWith('echo %target%'));
	const result = probeFile(
		'deploy.bat',
		{ rename: [use, 7, 'Dest'], requests: [{ method: 'workspace/symbol', query: 'clean' }] },
		{ 'deploy.bat': script, 'lib/cleanup.cmd': ':cleanup_logs\r\ndel /q *.log\r\n:other\r\n' },
	);
	const rename = result.rename;
	assert.ok(rename?.applied, `rename was applied: ${JSON.stringify(rename)}`);
	assert.equal(rename.placeholder, 'target');
	assert.deepEqual(rename.buffer.slice(2, 13), ['set Dest=C:\\Deploy', 'set /a tries=0', 'echo %Dest% %Dest:~0,2%', 'for %%f in (*.inf) do (', '  set /a tries+=1', '  copy "%%f" "!Dest!\\%%~nxf"', ')', 'call :cleanup', 'goto :eof', ':cleanup', 'rd /s /q "%Dest%\\tmp"']);
	// workspace/symbol: the open script's label and the one of a script Neovim never opened.
	const [symbols] = result.requests;
	assert.equal(symbols.error, null);
	const found = (symbols.result as { name: string; location: { uri: string; range: { start: { line: number } } } }[]).map((symbol) => `${symbol.name} ${symbol.location.uri.split('/').slice(-2).join('/')}:${symbol.location.range.start.line}`).sort();
	assert.deepEqual(found, [':cleanup image-build/deploy.bat:11', ':cleanup_logs lib/cleanup.cmd:0']);
});
