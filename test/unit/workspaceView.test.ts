/**
 * IO: the folder view's limits are reported, and a listing cut short never
 * makes a cross-file rule call a file missing (issue 23: a silent 20,000-file
 * cap gave a false `xml.missing-answer-file`).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createFolderView } from '../../server/src/io/workspaceView';
import { fileUri } from '../../server/src/io/paths';
import { getLanguageService } from '../../server/src/languageService';

const service = getLanguageService();
const script = '@echo off\r\nC:\\Windows\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown /unattend:unattend.xml\r\n';

test('a listing cut by the file limit is reported once, and the answer file it did not reach is not called missing', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-view-'));
	try {
		// Sorted before `scripts/`, so the cut falls before the script and its answer file.
		for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(root, `a${String(i).padStart(3, '0')}.txt`), '');
		fs.mkdirSync(path.join(root, 'scripts'));
		fs.writeFileSync(path.join(root, 'scripts', 'seal.cmd'), script);
		fs.writeFileSync(path.join(root, 'scripts', 'unattend.xml'), '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>');
		const document = TextDocument.create(fileUri(path.join(root, 'scripts', 'seal.cmd')), 'bat', 1, script);
		const missing = (view: Parameters<typeof service.doValidation>[2]): number => service.doValidation(document, {}, view).filter((d) => d.code === 'xml.missing-answer-file').length;

		const messages: string[] = [];
		const cut = createFolderView(root, { maxFiles: 50, onTruncated: (m) => messages.push(m) });
		assert.equal(missing(cut), 0);
		assert.equal(cut.isComplete?.(), false);
		assert.equal(cut.listFiles().length, 50);
		assert.equal(messages.length, 1, 'once per listing, not once per question');
		assert.match(messages[0]!, /holds more than 50 files or folders nested deeper than 12; checks across files looked at the first 50 files only and do not report a file as missing/);

		const whole = createFolderView(root, { onTruncated: (m) => messages.push(m) });
		assert.equal(whole.isComplete?.(), true);
		assert.equal(missing(whole), 0);
		// The rule still works on a complete listing: without the file it is reported.
		fs.rmSync(path.join(root, 'scripts', 'unattend.xml'));
		assert.equal(missing(createFolderView(root)), 1);
		assert.equal(missing(createFolderView(root, { maxFiles: 50 })), 0);
		assert.equal(messages.length, 1);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('reading a workspace file never follows a link, in any component', { skip: process.platform === 'win32' && 'links need privileges' }, () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-view-links-'));
	try {
		const ws = path.join(root, 'ws');
		fs.mkdirSync(path.join(ws, 'Sysprep'), { recursive: true });
		fs.mkdirSync(path.join(root, 'outside'));
		fs.writeFileSync(path.join(root, 'outside', 'Sysprep.inf'), '[Unattended]\r\nOUTSIDE=1\r\n');
		fs.writeFileSync(path.join(ws, 'Sysprep', 'Sysprep.inf'), '[Unattended]\r\n');
		fs.symlinkSync(path.join(root, 'outside'), path.join(ws, 'x'));
		fs.symlinkSync(path.join(root, 'outside', 'Sysprep.inf'), path.join(ws, 'Sysprep', 'linked.inf'));
		const view = createFolderView(ws);
		assert.equal(view.readText('Sysprep/Sysprep.inf'), '[Unattended]\r\n');
		assert.equal(view.readText('./Sysprep//Sysprep.inf'), '[Unattended]\r\n');
		assert.equal(view.readText('x/Sysprep.inf'), undefined);
		assert.equal(view.readText('Sysprep/linked.inf'), undefined);
		assert.equal(view.readText('Sysprep/../x/Sysprep.inf'), undefined);
		// The workspace folder itself may be named through a link.
		fs.symlinkSync(ws, path.join(root, 'ws-link'));
		assert.equal(createFolderView(path.join(root, 'ws-link')).readText('Sysprep/Sysprep.inf'), '[Unattended]\r\n');
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
