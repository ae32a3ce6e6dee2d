/**
 * Cross-file rules through the façade, with an in-memory workspace: a check
 * in one file that depends on what another file of the workspace says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/languageService';
import { memoryWorkspace as workspace } from '../utils/fixture';

const service = getLanguageService();

test('a batch script whose sysprep /unattend: file is not in the workspace', () => {
	const script = '@echo off\r\n%WINDIR%\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown /unattend:C:\\Deploy\\unattend.xml\r\n';
	const document = TextDocument.create('file:///ws/seal.cmd', 'bat', 1, script);
	const without = service.doValidation(document, {}, workspace({ 'seal.cmd': script }));
	assert.deepEqual(without.filter((diagnostic) => diagnostic.code === 'xml.missing-answer-file').map((diagnostic) => diagnostic.range.start.line), [1]);
	const withFile = service.doValidation(document, {}, workspace({ 'seal.cmd': script, 'Deploy/unattend.xml': '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>' }));
	assert.ok(!withFile.some((diagnostic) => diagnostic.code === 'xml.missing-answer-file'));
});

test('Cmdlines.txt outside i386\\$OEM$, and InstallFilesPath that does not match', () => {
	const cmdlines = '[Commands]\r\n"cmd /c mkdir C:\\Logs"\r\n';
	const inf = '[Unattended]\r\nInstallFilesPath = C:\\Sysprep\\i386\r\n';
	const misplaced = TextDocument.create('file:///ws/Sysprep/Cmdlines.txt', 'cmdlines', 1, cmdlines);
	const codes = service.doValidation(misplaced, {}, workspace({ 'Sysprep/Cmdlines.txt': cmdlines, 'Sysprep/Sysprep.inf': inf })).map((diagnostic) => diagnostic.code);
	assert.ok(codes.includes('cmdlines.location'), codes.join());
	const placed = TextDocument.create('file:///ws/Sysprep/i386/$OEM$/Cmdlines.txt', 'cmdlines', 1, cmdlines);
	const fine = service.doValidation(placed, {}, workspace({ 'Sysprep/i386/$OEM$/Cmdlines.txt': cmdlines, 'Sysprep/Sysprep.inf': inf }));
	assert.deepEqual(fine.map((diagnostic) => diagnostic.code), []);
	const wrongPath = inf.replace('C:\\Sysprep\\i386', 'C:\\Other\\i386');
	const mismatch = service.doValidation(placed, {}, workspace({ 'Sysprep/i386/$OEM$/Cmdlines.txt': cmdlines, 'Sysprep/Sysprep.inf': wrongPath })).map((diagnostic) => diagnostic.code);
	assert.ok(mismatch.includes('cmdlines.install-files-path'), mismatch.join());
});
