/**
 * `reseal check`: the JSON contract, exit codes, SARIF and text output, file
 * discovery and decoding, run as the real `dist/cli.js` process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string | Buffer>): string {
	const root = mkdtempSync(join(tmpdir(), 'reseal-cli-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), content);
	}
	return root;
}

const valid = [
	'[Unattended]', 'OemSkipEula = Yes', 'InstallFilesPath = C:\\Sysprep\\i386',
	'[GuiUnattended]', 'AdminPassword = "x1"', 'EncryptedAdminPassword = No', 'TimeZone = 035', 'OEMSkipRegional = 1', 'OEMSkipWelcome = 1',
	'[UserData]', 'FullName = A', 'OrgName = B', 'ComputerName = *', 'ProductKey = ABCDE-FGHIJ-KLMNO-PQRST-UVWXY',
	'[LicenseFilePrintData]', 'AutoMode = PerSeat', 'AutoUsers = 5',
	'[Identification]', 'JoinWorkgroup = WG', '[Networking]', 'InstallDefaultComponents = Yes', '',
].join('\r\n');

test('JSON output follows the contract: 0-based LSP ranges, severity names, stable codes', () => {
	const root = workspace({ 'Sysprep.inf': valid.replace('OemSkipEula = Yes', 'OemSkipEula = on') });
	const { code, stdout } = run(['check', '--format', 'json', root]);
	assert.equal(code, 1, 'an error-level finding exits 1');
	const findings = JSON.parse(stdout) as unknown[];
	assert.deepEqual(findings, [
		{
			file: join(root, 'Sysprep.inf'),
			range: { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } },
			severity: 'error',
			code: 'inf.invalid-value',
			message: "'on' is not valid for OemSkipEula: it must be Yes or No.",
		},
	]);
});

test('a clean file exits 0 and JSON is an empty array', () => {
	const root = workspace({ 'SYSPREP.INF': valid });
	const { code, stdout } = run(['check', '--format=json', root]);
	assert.equal(code, 0);
	assert.deepEqual(JSON.parse(stdout), []);
});

test('warnings alone exit 0', () => {
	const root = workspace({ 'Sysprep.inf': valid.replace('[Identification]', '[Identification]\r\nBogus = 1') });
	const { code, stdout } = run(['check', root]);
	assert.equal(code, 0);
	assert.match(stdout, /Sysprep\.inf:\d+:1: warning inf\.unknown-entry/);
	assert.match(stdout, /1 file checked: 0 errors, 1 warnings/);
});

test('bad usage exits 2 with a message', () => {
	assert.equal(run(['check']).code, 2);
	assert.equal(run(['check', '--format', 'xml', '.']).code, 2);
	assert.equal(run(['frobnicate']).code, 2);
	const missing = run(['check', '/nonexistent/reseal']);
	assert.equal(missing.code, 2);
	assert.match(missing.stderr, /no such file or folder/);
});

test('folders are searched recursively, by file name in any case; unrelated files are ignored', () => {
	const root = workspace({
		'image/SYSPREP.INF': valid,
		'image/i386/WINNT.SIF': '[Unattended]\r\nFileSystem = NTFS\r\n',
		'image/drivers/nic.inf': '[Version]\r\nSignature = "$Windows NT$"\r\n',
		'notes.txt': 'nothing',
	});
	const { code, stdout } = run(['check', '--format', 'json', root]);
	assert.equal(code, 1);
	const findings = JSON.parse(stdout) as { file: string; code: string }[];
	assert.deepEqual(
		findings.map((finding) => [finding.file.slice(root.length + 1), finding.code]),
		[['image/i386/WINNT.SIF', 'inf.invalid-value']],
	);
});

test('UTF-16 and Windows-1252 files are decoded; binary files get one clear error', () => {
	const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid.replace('FullName = A', 'FullName = "Müller"'), 'utf16le')]);
	const ansi = Buffer.from(valid.replace('FullName = A', 'FullName = "M\xfcller"'), 'latin1');
	const root = workspace({ 'a/Sysprep.inf': utf16, 'b/Sysprep.inf': ansi, 'c/Sysprep.inf': Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]) });
	const { code, stdout } = run(['check', '--format', 'json', root]);
	const findings = JSON.parse(stdout) as { file: string; code: string; message: string }[];
	assert.equal(code, 1);
	assert.equal(findings.length, 1);
	assert.equal(findings[0].code, 'reseal.unreadable-file');
	assert.match(findings[0].message, /binary/);
});

test('SARIF 2.1.0 output carries rules, levels and 1-based regions', () => {
	const root = workspace({ 'Sysprep.inf': valid.replace('TimeZone = 035', 'TimeZone = 999') });
	const { code, stdout } = run(['check', '--format', 'sarif', 'Sysprep.inf'], root);
	assert.equal(code, 1);
	const sarif = JSON.parse(stdout);
	assert.equal(sarif.version, '2.1.0');
	const run0 = sarif.runs[0];
	assert.equal(run0.tool.driver.name, 'Reseal');
	const ruleIds = run0.tool.driver.rules.map((rule: { id: string }) => rule.id);
	assert.ok(ruleIds.includes('inf.invalid-value'));
	assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
	const [result] = run0.results;
	assert.equal(result.ruleId, 'inf.invalid-value');
	assert.equal(result.level, 'error');
	assert.equal(run0.tool.driver.rules[result.ruleIndex].id, 'inf.invalid-value');
	assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'Sysprep.inf', uriBaseId: '%SRCROOT%' });
	assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 7, startColumn: 12, endLine: 7, endColumn: 15 });
});

test('secrets never appear in the output', () => {
	const root = workspace({ 'Sysprep.inf': valid.replace('AdminPassword = "x1"', 'AdminPassword = *TopSecret9').replace('ABCDE-FGHIJ-KLMNO-PQRST-UVWXY', 'SECRETKEY1') });
	const { stdout } = run(['check', '--format', 'json', root]);
	assert.doesNotMatch(stdout, /TopSecret9|SECRETKEY1/);
});

test('--version and --help', () => {
	assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
	assert.match(run(['--help']).stdout, /reseal check/);
});
