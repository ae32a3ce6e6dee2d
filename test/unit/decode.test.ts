/**
 * One decoder (`util/decode.ts`) for the CLI, the server's workspace view and
 * the bundle planner: a Sysprep.inf saved as UTF-16LE without a byte-order
 * mark reads the same everywhere, so all three report the same findings
 * (the planner once read it as Windows-1252 and asked for sections it had).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeText } from '../../server/src/bundle/encoding';
import { analyzerFromLanguageService, planBundle } from '../../server/src/bundle/planBundle';
import { main, type Finding } from '../../server/src/cli';
import { createFolderView } from '../../server/src/io/workspaceView';
import { getLanguageService } from '../../server/src/languageService';
import { cp1252HighCodes, decodeBytes, decodeWindows1252 } from '../../server/src/util/decode';

const infText = [
	'[Unattended]',
	'OemSkipEula=Yes',
	'InstallFilesPath=C:\\Sysprep\\i386',
	'',
	'[GuiUnattended]',
	'AdminPassword=*',
	'OEMSkipRegional=1',
	'OemSkipWelcome=1',
	'TimeZone=85',
	'',
	'[UserData]',
	'FullName="Contoso IT"',
	'OrgName="Contoso"',
	'ComputerName=*',
	'',
	'[Identification]',
	'JoinWorkgroup=WORKGROUP',
	'',
].join('\r\n');

/** UTF-16LE without a BOM, as some editors and PowerShell's `Out-File -Encoding Unicode` variants leave it. */
const bomless = Buffer.from(infText, 'utf16le');

type Comparable = { line: number; column: number; code: string; message: string };
const sorted = (list: Comparable[]): Comparable[] => [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));

test('the decoder reads BOM-less UTF-16LE as UTF-16LE', () => {
	const decoded = decodeBytes(bomless);
	assert.ok(decoded.ok);
	assert.equal(decoded.encoding, 'utf-16le');
	assert.equal(decoded.text, infText);
	assert.deepEqual(decodeText(bomless), { text: infText, encoding: 'utf-16le' });
});

test('the bundle view of the decoder: ASCII is Windows-1252, refused bytes are still read', () => {
	assert.equal(decodeText(Buffer.from('@echo off\r\n', 'latin1')).encoding, 'windows-1252');
	assert.equal(decodeText(Buffer.from('echo “x”\r\n', 'utf8')).encoding, 'utf-8');
	const binary = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff, 0xff, 0x00, 0x00, 0xb8, 0x00, 0x00, 0x00]);
	assert.equal(decodeBytes(binary).ok, false);
	assert.deepEqual(decodeText(binary), { text: decodeWindows1252(binary), encoding: 'windows-1252' });
	// The encoder's table is the decoder's: every byte 0x80–0x9F round-trips.
	assert.equal(cp1252HighCodes.length, 32);
	assert.equal(decodeWindows1252(Uint8Array.from([0x80, 0x9f])), String.fromCodePoint(cp1252HighCodes[0]!, cp1252HighCodes[31]!));
});

test('CLI, server and bundle planner read a BOM-less UTF-16LE Sysprep.inf alike and report the same findings', async () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-decode-'));
	try {
		const file = path.join(root, 'Sysprep.inf');
		fs.writeFileSync(file, bomless);

		// CLI: `reseal check --format json`.
		let stdout = '';
		const code = await main(['check', '--format', 'json', file], { stdout: (t) => (stdout += t), stderr: () => undefined });
		assert.notEqual(code, 2);
		const cli: Comparable[] = (JSON.parse(stdout) as Finding[]).map((f) => ({ line: f.range.start.line + 1, column: f.range.start.character + 1, code: f.code, message: f.message }));
		assert.ok(!cli.some((f) => f.code === 'reseal.unreadable-file'), 'the CLI decodes the file');

		// Server: the workspace view cross-file checks read through.
		const view = createFolderView(root);
		assert.equal(view.readText('Sysprep.inf'), infText);
		const ls = getLanguageService();
		const document = TextDocument.create(`file://${file}`, 'sysprep-inf', 1, view.readText('Sysprep.inf')!);
		const server: Comparable[] = ls.doValidation(document, {}, view).map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, code: String(d.code ?? ''), message: String(d.message) }));

		// Bundle planner.
		const plan = planBundle([{ path: 'Sysprep.inf', bytes: bomless }], analyzerFromLanguageService(ls));
		const planner: Comparable[] = plan.diagnostics.filter((d) => d.file === 'Sysprep.inf').map((d) => ({ line: d.line, column: d.column, code: d.code ?? '', message: d.message }));
		const encoding = plan.checks.find((c) => c.id === 'encoding:Sysprep.inf');
		assert.ok(encoding?.ok, encoding?.message);
		assert.match(encoding.message, /UTF-16LE with BOM/);

		assert.deepEqual(sorted(server), sorted(cli), 'server and CLI');
		assert.deepEqual(sorted(planner), sorted(cli), 'planner and CLI');
		assert.ok(!cli.some((f) => /OemSkipEula/i.test(f.message)), 'the [Unattended] section is seen');
		// The old planner reading (bytes as Windows-1252) finds other things: the comparison above would catch it.
		const misread = ls.doValidation(TextDocument.create('file:///w/Sysprep.inf', 'sysprep-inf', 1, decodeWindows1252(bomless)), {}, view);
		assert.notDeepEqual(misread.length, cli.length);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
