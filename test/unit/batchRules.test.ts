/**
 * Batch rules of issues 12 and 18 as caret-annotated fixtures (see
 * `test/fixtures/bat/ruleCases.ts`), their quick-fixes, and the `/unattend:`
 * answer-file notes.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../fixtures/bat/harness';
import { ruleCases } from '../fixtures/bat/ruleCases';
import { applyFix } from '../utils/fixture';
import { getLanguageService } from '../../server/src/languageService';
import type { WorkspaceView } from '../../server/src/services/kindService';

for (const item of ruleCases) test(item.name, () => void checkDiagnostics(item.fixture, { settings: item.settings }));

const fixes: [string, string, string | RegExp, string][] = [
	['call :label', '//- /w/run.cmd\ncall clean$0up\n:cleanup\n', "Call the label ':cleanup'", 'call :cleanup\n:cleanup\n'],
	['label as command → goto', '//- /w/run.cmd\nfin$0ish\n:finish\n', "Change to 'goto :finish'", 'goto :finish\n:finish\n'],
	['label as command → call', '//- /w/run.cmd\nfin$0ish\n:finish\n', "Change to 'call :finish'", 'call :finish\n:finish\n'],
	['detached block joined', '//- /w/run.cmd\nif exist a.txt$0\n(\n  echo a\n)\n', "Move '(' up to the end of this line", 'if exist a.txt (\n  echo a\n)\n'],
	['if exists → exist', '//- /w/run.cmd\nif exis$0ts a.txt echo a\n', "Change to 'exist'", 'if exist a.txt echo a\n'],
	['null → nul', '//- /w/run.cmd\nping -n 2 127.0.0.1 > nu$0ll\n', "Change to 'nul'", 'ping -n 2 127.0.0.1 > nul\n'],
	['glued echo', '//- /w/run.cmd\necho$0#####\n', "Put a space after 'echo'", 'echo #####\n'],
	['escape < in echo', '//- /w/run.cmd\necho the <$0tag> text\n', "Escape '<' as '^<'", 'echo the ^<tag> text\n'],
	['escape the ) that ends a block early', '//- /w/run.cmd\nif exist a (\n  echo copy (slow)$0.\n)\n', "Escape it as '^)'", 'if exist a (\n  echo copy (slow^).\n)\n'],
	['!ERRORLEVEL! with delayed expansion', '//- /w/run.cmd\nsetlocal enabledelayedexpansion\n(\n  setup.exe\n  echo %ERROR$0LEVEL%\n)\n', "Change to '!ERRORLEVEL!'", 'setlocal enabledelayedexpansion\n(\n  setup.exe\n  echo !ERRORLEVEL!\n)\n'],
];
for (const [name, source, title, expected] of fixes) test(`quick-fix: ${name}`, () => assert.equal(applyFix(source, title), expected));

function view(files: Record<string, string>): WorkspaceView {
	return { listFiles: () => Object.keys(files), readText: (path) => files[path] };
}

test('/unattend: a target-disk path is a note, a workspace or bundle path a warning, an if-exist guard silences it', () => {
	const service = getLanguageService();
	const check = (script: string, files: Record<string, string> = {}) =>
		service.doValidation(TextDocument.create('file:///w/seal.cmd', 'bat', 1, script), {}, view({ 'seal.cmd': script, ...files })).filter((d) => d.code === 'xml.missing-answer-file');
	const severities = (script: string) => check(script).map((d) => d.severity);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:C:\\Windows\\Panther\\unattend.xml\n'), [DiagnosticSeverity.Information]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:a:\\autounattend.xml\n'), [DiagnosticSeverity.Information]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:%SYSTEMDRIVE%\\unattend.xml\n'), [DiagnosticSeverity.Information]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:answer.xml\n'), [DiagnosticSeverity.Warning]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:%~dp0answer.xml\n'), [DiagnosticSeverity.Warning]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:C:\\Sysprep\\unattend.xml\n'), [DiagnosticSeverity.Warning]);
	assert.deepEqual(severities('sysprep /generalize /oobe /unattend:%WINDIR%\\Panther\\%ANSWER%\n'), [], 'a file name built from a variable is not checked');
	assert.deepEqual(severities('if exist C:\\Windows\\Panther\\unattend.xml (\n  sysprep /generalize /oobe /unattend:C:\\Windows\\Panther\\unattend.xml\n)\n'), []);
	assert.deepEqual(check('sysprep /generalize /oobe /unattend:answer.xml\n', { 'answer.xml': '' }), []);
});

test('hover on -clean and spdrvscn tells what they do, and shows no source', () => {
	const service = getLanguageService();
	const hover = (text: string, character: number) => {
		const result = service.doHover(TextDocument.create('file:///w/seal.bat', 'bat', 1, text), { line: 0, character });
		const contents = result?.contents as { value: string } | undefined;
		return contents?.value ?? '';
	};
	const clean = hover('C:\\Sysprep\\sysprep.exe -clean', 24);
	assert.match(clean, /critical device database/);
	assert.match(clean, /BuildMassStorageSection/);
	const scanner = hover('spdrvscn /p C:\\Sysprep\\Drivers /e inf /a /s /q', 3);
	assert.match(scanner, /DevicePath/);
	assert.doesNotMatch(clean + scanner, /source|unverified|softsea|seed 0/i);
});
