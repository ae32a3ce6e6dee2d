/**
 * Document links: paths in answer files and scripts that resolve to a
 * workspace file, and no link where Reseal would have to guess.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { service } from '../utils/fixture';
import { links } from '../utils/editing';

const workspace = {
	'build/sysprep.bat': `
		@echo off
		call prepare.cmd
		call :local
		call ..\\tools\\clean.cmd /all
		C:\\Sysprep\\sysprep.exe /generalize /oobe /unattend:C:\\Windows\\Panther\\unattend.xml
		copy C:\\Sysprep\\missing.inf C:\\x
		:local
		`,
	'build/prepare.cmd': 'echo prepare\n',
	'tools/clean.cmd': 'echo clean\n',
	'answer/unattend.xml': '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>\n',
	'Sysprep/Sysprep.inf': `
		[Unattended]
		InstallFilesPath = C:\\Sysprep\\i386
		OemPnPDriversPath = Drivers\\Video;Drivers\\Missing
		`,
	'Sysprep/i386/$oem$/Cmdlines.txt': `
		[Commands]
		"setup.cmd"
		"rundll32.exe setupapi,InstallHinfSection DefaultInstall 128 .\\patch.inf"
		"regedit /s C:\\Sysprep\\i386\\$oem$\\tweaks.reg"
		`,
	'Sysprep/i386/$oem$/setup.cmd': 'echo\n',
	'Sysprep/i386/$oem$/tweaks.reg': 'REGEDIT4\n',
	'Drivers/Video/display.inf': '[Version]\n',
	'Drivers/Video/display.sys': '',
	'Winbom.ini': `
		[Factory]
		WinbomType = Factory
		NewWinbom = C:\\Factory\\next\\Winbom.ini
		`,
	'next/Winbom.ini': '[Factory]\n',
};

test('batch: call other.cmd, a relative script and the /unattend: file link; missing files do not', () => {
	assert.deepEqual(links(workspace, 'build/sysprep.bat'), [
		'prepare.cmd -> file:///ws/build/prepare.cmd',
		'..\\tools\\clean.cmd -> file:///ws/tools/clean.cmd',
		'C:\\Windows\\Panther\\unattend.xml -> file:///ws/answer/unattend.xml',
	]);
});

test('Sysprep.inf: InstallFilesPath opens Cmdlines.txt of the folder, OemPnPDriversPath the driver INF', () => {
	assert.deepEqual(links(workspace, 'Sysprep/Sysprep.inf'), [
		'C:\\Sysprep\\i386 -> file:///ws/Sysprep/i386/%24oem%24/Cmdlines.txt',
		'Drivers\\Video -> file:///ws/Drivers/Video/display.inf',
	]);
});

test('Cmdlines.txt: commands next to it and absolute paths into the workspace link', () => {
	assert.deepEqual(links(workspace, 'Sysprep/i386/$oem$/Cmdlines.txt'), ['setup.cmd -> file:///ws/Sysprep/i386/%24oem%24/setup.cmd', 'C:\\Sysprep\\i386\\$oem$\\tweaks.reg -> file:///ws/Sysprep/i386/%24oem%24/tweaks.reg']);
});

test('Winbom.ini: NewWinbom links to the next Winbom.ini', () => {
	assert.deepEqual(links(workspace, 'Winbom.ini'), ['C:\\Factory\\next\\Winbom.ini -> file:///ws/next/Winbom.ini']);
});

test('programs and other binary files get no link (an editor cannot show them)', () => {
	const files = { 'run.cmd': 'C:\\Sysprep\\sysprep.exe -quiet -reseal\ncall tools\\setup.cmd\n', 'sysprep.exe': '', 'tools/setup.cmd': '' };
	assert.deepEqual(links(files, 'run.cmd'), ['tools\\setup.cmd -> file:///ws/tools/setup.cmd']);
});

test('an ambiguous file name gives no link rather than a guess', () => {
	const files = { 'a/run.bat': 'C:\\Sysprep\\sysprep.exe -quiet -reseal\ncopy C:\\x\\setup.inf C:\\y\\\n', 'b/setup.inf': '', 'c/setup.inf': '' };
	assert.deepEqual(links(files, 'a/run.bat'), []);
});

test('without a workspace, or for a document outside it, there are no links', () => {
	const document = TextDocument.create('file:///elsewhere/run.cmd', 'bat', 1, 'call other.cmd\n');
	assert.deepEqual(service.findDocumentLinks(document), []);
	assert.deepEqual(service.findDocumentLinks(document, { listFiles: () => ['other.cmd'], readText: () => '' }), []);
});
