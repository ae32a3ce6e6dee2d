/**
 * The cmd.exe semantics rules of issue 25: caret-annotated fixtures (with their
 * quiet cases), the quick-fixes, the hover text of each finding, the BOM fact
 * the workspace view reports, and the scripts an answer file runs unattended.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFix, checkDiagnostics, hoverText, messageOf } from '../utils/fixture';
import { semanticCases } from '../fixtures/bat/semanticCases';
import { getLanguageService } from '../../server/src/languageService';
import { createFolderView } from '../../server/src/io/workspaceView';
import { cmdRuleNotes } from '../../server/src/knowledge/batchCommands';
import { batchCodes } from '../../server/src/services/codes/batchCodes';
import type { WorkspaceView } from '../../server/src/services/kindService';

for (const item of semanticCases) test(item.name, () => void checkDiagnostics(item.fixture, { path: '/work/sysprep.bat', messageMatch: 'contains', settings: item.settings }));

const fixes: [string, string, string | RegExp, string][] = [
	['remove a BOM left in the text', '//- /w/run.cmd\n\uFEFF@echo$0 off\n', 'Remove the byte-order mark', '@echo off\n'],
	['run the program instead of cd to it', '//- /w/run.cmd\ncd C:\\Windows\\System32\\Sysprep\\sysprep.exe$0 /oobe\n', "Run 'C:\\Windows\\System32\\Sysprep\\sysprep.exe' instead of changing to it", 'C:\\Windows\\System32\\Sysprep\\sysprep.exe /oobe\n'],
	['quote a literal path', '//- /w/run.cmd\nrd /s /q C:\\Program Files\\App$0\n', 'Put the path in double quotes', 'rd /s /q "C:\\Program Files\\App"\n'],
	['quote a variable path', '//- /w/run.cmd\ndel /q %ProgramFiles%\\App\\x.log$0\n', 'Put the path in double quotes', 'del /q "%ProgramFiles%\\App\\x.log"\n'],
	['empty start title', '//- /w/run.cmd\nstart "C:\\Deploy\\setup.exe"$0\n', 'Add an empty window title before the program', 'start "" "C:\\Deploy\\setup.exe"\n'],
	['backslashes in a program path', '//- /w/run.cmd\ntools/stamp.exe$0 /now\n', 'Write the path with backslashes', 'tools\\stamp.exe /now\n'],
	['set without spaces', '//- /w/run.cmd\nset target = C:\\Deploy$0\n', "Remove the spaces around '='", 'set target=C:\\Deploy\n'],
	['if without parentheses', '//- /w/run.cmd\nif ("%X%"=="")$0 (echo empty)\n', 'Remove the parentheses around the comparison', 'if "%X%"=="" (echo empty)\n'],
	['quote the bare operand', '//- /w/run.cmd\nif %X%==""$0 echo empty\n', "Quote '%X%'", 'if "%X%"=="" echo empty\n'],
	['double the loop variable', '//- /w/run.cmd\nfor %i in (*.log) do del %i$0\n', 'Write the loop variable as %%i', 'for %%i in (*.log) do del %%i\n'],
	['call a script run by name', '//- /w/run.cmd\nC:\\Deploy\\prep.cmd$0\necho done\n', "Run it with 'call'", 'call C:\\Deploy\\prep.cmd\necho done\n'],
	['space after a glued do', '//- /w/run.cmd\nfor %%i in (a) do(echo %%i)$0\n', "Put a space after 'do'", 'for %%i in (a) do (echo %%i)\n'],
	['space after a glued in', '//- /w/run.cmd\nfor %%i in(a) do echo %%i$0\n', "Put a space after 'in'", 'for %%i in (a) do echo %%i\n'],
	[':: to rem in a block', '//- /w/run.cmd\nif exist a (\n  :: one\n  ::$0 two\n  echo a\n)\n', "Change to 'rem'", 'if exist a (\n  :: one\n  rem two\n  echo a\n)\n'],
];
for (const [name, source, title, expected] of fixes) test(`quick-fix: ${name}`, () => assert.equal(applyFix(source, title), expected));

test('LF line ends: the fix converts every line end to CR LF', () => {
	const body = `goto end\n${'echo a line that makes the script longer than one block\n'.repeat(12)}:end\n`;
	const fixed = applyFix(`//- /w/run.cmd\ngoto e$0nd\n${body.slice('goto end\n'.length)}`, 'Convert the line ends to CR LF');
	assert.equal(fixed, body.replace(/\n/g, '\r\n'));
});

test('every semantics code has a hover note, and hovering a finding shows it', () => {
	const semanticCodes = new Set(cmdRuleNotes.map((row) => row.code));
	for (const row of cmdRuleNotes) {
		assert.ok(batchCodes.some((code) => code.code === row.code), `${row.code} is a published code`);
		assert.ok(row.source.length > 0);
	}
	for (const item of semanticCases) for (const match of item.fixture.matchAll(/(bat\.[a-z-]+)/g)) assert.ok(semanticCodes.has(match[1]), `${match[1]} has a note`);
	const text = hoverText('//- /w/run.cmd\nstart "C:\\Deploy\\set$0up.exe"\n');
	assert.match(text ?? '', /bat\.start-title/);
	assert.match(text ?? '', /title of the new console window/);
	const below = hoverText('//- /w/run.cmd\nde$0l /q %ProgramFiles%\\App\\x.log\n');
	assert.doesNotMatch(below ?? '', /bat\.unquoted-spaces/, 'the command name is outside the finding');
});

test('byte-order mark: the folder view reports the encoding on disk and the check reads it', () => {
	const root = mkdtempSync(join(tmpdir(), 'reseal-bom-'));
	writeFileSync(join(root, 'seal.cmd'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('@echo off\r\ncd /d %~dp0\r\n')]));
	writeFileSync(join(root, 'plain.cmd'), '@echo off\r\n');
	const view = createFolderView(root);
	assert.equal(view.encodingOf?.('seal.cmd'), 'utf-8-bom');
	assert.equal(view.encodingOf?.('plain.cmd'), 'utf-8');
	const service = getLanguageService();
	// The decoder strips the mark, as editors do: the text alone no longer shows it.
	const check = (name: string, text: string) => service.doValidation(TextDocument.create(`file://${join(root, name)}`, 'bat', 1, text), {}, view).filter((d) => d.code === 'bat.byte-order-mark');
	assert.equal(check('seal.cmd', '@echo off\r\ncd /d %~dp0\r\n').length, 1);
	assert.equal(check('plain.cmd', '@echo off\r\n').length, 0);
});

function view(files: Record<string, string>): WorkspaceView {
	return { listFiles: () => Object.keys(files), readText: (path) => files[path] };
}

test('unattended-prompt: a script an answer file or a build template runs is unattended', () => {
	const service = getLanguageService();
	const script = '@echo off\r\npause\r\n';
	const prompts = (name: string, files: Record<string, string>) =>
		service.doValidation(TextDocument.create(`file:///w/${name}`, 'bat', 1, script), {}, view({ [name]: script, ...files })).filter((d) => d.code === 'bat.unattended-prompt');
	const xml = '<unattend><settings pass="specialize"><RunSynchronousCommand><Path>cmd /c C:\\Deploy\\postinstall.cmd</Path></RunSynchronousCommand></settings></unattend>';
	assert.equal(prompts('postinstall.cmd', { 'autounattend.xml': xml }).length, 1);
	assert.match(messageOf(prompts('postinstall.cmd', { 'autounattend.xml': xml })[0]), /autounattend\.xml runs it/);
	assert.equal(prompts('postinstall.cmd', { 'windows.pkr.hcl': 'provisioner "windows-shell" { scripts = ["./scripts/postinstall.cmd"] }' }).length, 1);
	assert.equal(prompts('postinstall.cmd', { 'Cmdlines.txt': '[Commands]\r\n"postinstall.cmd"\r\n' }).length, 1);
	assert.equal(prompts('postinstall.cmd', { 'autounattend.xml': xml.replace('postinstall', 'other') }).length, 0);
	assert.equal(prompts('install.cmd', { 'autounattend.xml': xml }).length, 0, 'a name that ends another name does not count');
	assert.equal(prompts('postinstall.cmd', {}).length, 0);
});

test('exit-in-called-script: a script another workspace script calls must return with exit /b', () => {
	const service = getLanguageService();
	const script = '@echo off\r\nif not exist C:\\Deploy exit 1\r\necho work\r\nexit /b 0\r\n';
	const findings = (files: Record<string, string>) =>
		service.doValidation(TextDocument.create('file:///w/tools/prepare.cmd', 'bat', 1, script), {}, view({ 'tools/prepare.cmd': script, ...files })).filter((d) => d.code === 'bat.exit-in-called-script');
	const called = findings({ 'main.cmd': '@echo off\r\ncall "%~dp0tools\\prepare.cmd"\r\necho next\r\n' });
	assert.equal(called.length, 1, 'only the exit without /b');
	assert.equal(called[0].range.start.line, 1);
	assert.deepEqual(called[0].data, { fix: 'insert', offset: script.indexOf('exit 1') + 4, text: ' /b', title: "Use 'exit /b'" });
	assert.match(messageOf(called[0]), /main\.cmd runs this script with 'call'/);
	assert.equal(findings({ 'main.cmd': '@echo off\r\nstart "" prepare.cmd\r\n' }).length, 0, 'start runs it in its own cmd.exe');
	assert.equal(findings({ 'main.cmd': '@echo off\r\ncall reprepare.cmd\r\n' }).length, 0, 'another name that ends with it');
	assert.equal(findings({}).length, 0);
});
