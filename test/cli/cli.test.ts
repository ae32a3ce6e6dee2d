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

test('--format gitlab writes a GitLab code quality report with line-independent fingerprints', () => {
	const bad = valid.replace('TimeZone = 035', 'TimeZone = 999').replace('[Identification]', '[Identification]\r\nBogus = 1');
	const root = workspace({ 'sub/Sysprep.inf': bad });
	const { code, stdout } = run(['check', '--format', 'gitlab', 'sub'], root);
	assert.equal(code, 1);
	const report = JSON.parse(stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
	const byCode = new Map(report.map((issue) => [issue.check_name, issue]));
	assert.deepEqual(byCode.get('inf.invalid-value')?.location, { path: 'sub/Sysprep.inf', lines: { begin: 7 } });
	assert.equal(byCode.get('inf.invalid-value')?.severity, 'critical');
	assert.equal(byCode.get('inf.unknown-entry')?.severity, 'major');
	assert.match(byCode.get('inf.invalid-value')?.description ?? '', /999/);
	assert.equal(new Set(report.map((issue) => issue.fingerprint)).size, report.length, 'fingerprints are unique');
	// A line inserted above moves the findings but keeps their fingerprints.
	const moved = workspace({ 'sub/Sysprep.inf': `; a new comment\r\n${bad}` });
	const again = JSON.parse(run(['check', '--format', 'gitlab', 'sub'], moved).stdout) as typeof report;
	assert.deepEqual(again.map((issue) => issue.fingerprint), report.map((issue) => issue.fingerprint));
	assert.equal(again.find((issue) => issue.check_name === 'inf.invalid-value')?.location.lines.begin, 8);
});

test('secrets never appear in the output', () => {
	const root = workspace({ 'Sysprep.inf': valid.replace('AdminPassword = "x1"', 'AdminPassword = *TopSecret9').replace('ABCDE-FGHIJ-KLMNO-PQRST-UVWXY', 'SECRETKEY1') });
	const { stdout } = run(['check', '--format', 'json', root]);
	assert.doesNotMatch(stdout, /TopSecret9|SECRETKEY1/);
});

test('--version and --help', () => {
	assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+/);
	assert.match(run(['--help']).stdout, /reseal check/);
	const checkHelp = run(['check', '--help']);
	assert.equal(checkHelp.code, 0);
	assert.match(checkHelp.stdout, /--fail-on LEVEL/);
	assert.match(checkHelp.stdout, /--max-warnings N/);
});

test('--fail-on and --max-warnings choose what fails; the output is the same either way', () => {
	// One warning (an unknown entry) and one note (a blank administrator password), no error.
	const root = workspace({ 'Sysprep.inf': valid.replace('[Identification]', '[Identification]\r\nBogus = 1').replace('AdminPassword = "x1"', 'AdminPassword = *') });
	const json = (args: string[]) => {
		const result = run(['check', '--format', 'json', ...args, root]);
		return { ...result, severities: (JSON.parse(result.stdout) as { severity: string }[]).map((finding) => finding.severity).sort() };
	};
	const plain = json([]);
	assert.deepEqual(plain.severities, ['information', 'warning']);
	assert.equal(plain.code, 0, 'by default only errors fail');
	assert.equal(plain.stderr, '');
	assert.equal(json(['--fail-on', 'error']).code, 0);

	const warning = json(['--fail-on', 'warning']);
	assert.equal(warning.code, 1);
	assert.deepEqual(warning.severities, plain.severities, 'the threshold changes the exit code, not the findings');
	assert.match(warning.stderr, /1 finding at or above --fail-on warning/);
	assert.equal(json(['--fail-on=information']).code, 1);
	assert.match(json(['--fail-on=information']).stderr, /2 findings at or above --fail-on information/);

	assert.equal(json(['--max-warnings', '1']).code, 0, 'one warning is within a budget of one');
	const budget = json(['--max-warnings=0']);
	assert.equal(budget.code, 1);
	assert.match(budget.stderr, /1 warnings, more than --max-warnings 0/);

	// A clean file passes the strictest policy.
	assert.equal(run(['check', '--fail-on', 'information', '--max-warnings', '0', workspace({ 'Sysprep.inf': valid })]).code, 0);
	// An error still fails whatever the budget.
	assert.equal(run(['check', '--max-warnings', '10', workspace({ 'Sysprep.inf': valid.replace('OemSkipEula = Yes', 'OemSkipEula = on') })]).code, 1);
});

test('bad --fail-on and --max-warnings values are bad usage (exit 2)', () => {
	for (const args of [['--fail-on', 'hint'], ['--fail-on', 'fatal'], ['--fail-on'], ['--max-warnings', '-1'], ['--max-warnings', 'many'], ['--max-warnings', '1.5']]) {
		const result = run(['check', ...args, '.']);
		assert.equal(result.code, 2, `${args.join(' ')} exits 2`);
		assert.match(result.stderr, /--(fail-on|max-warnings) must be/);
	}
});

test('no output format prints a secret (placeholder-looking passwords, entries without =, XML syntax inside a password)', () => {
	const inf = ['[GuiUnattended]', 'AdminPassword = @dm1n@', '[Identification]', 'DomainAdminPassword = CORP_ADMIN_2024', '[UserData]', 'ProductKey QQQQQ-WWWWW-EEEEE-RRRRR-TTTTT', '[GuiUnattended]', 'AdminPassword Secret-P4ss', ''].join('\r\n');
	const xml = `<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend"><settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"><UserAccounts><AdministratorPassword><Value>Tr0ub4dor&amp3xyzSECRET</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts></component></settings></unattend>\n`;
	const root = workspace({ 'Sysprep.inf': inf, 'unattend.xml': xml });
	for (const format of ['text', 'json', 'sarif', 'gitlab']) {
		const { stdout, stderr } = run(['check', '--format', format, '.'], root);
		assert.ok(stdout.includes('Sysprep.inf'), `${format}: ${stdout.slice(0, 200)}`);
		for (const secret of ['@dm1n@', 'CORP_ADMIN_2024', 'QQQQQ', 'Secret-P4ss', 'amp3xyz', 'Tr0ub4dor']) assert.ok(!`${stdout}${stderr}`.includes(secret), `${format} prints ${secret}`);
	}
});

test('Setup logs: found by name and Panther folder in a walk, by content when named, in every output format', () => {
	const line = (level: string, text: string) => `2024-02-03 10:11:12, ${level.padEnd(8)}${''.padEnd(11)}SYSPRP ${text}`;
	const failing = [line('Info', 'Beginning of a new sysprep run'), line('Error', 'BitLocker-Sysprep: BitLocker is on for the OS volume. Turn BitLocker off to run Sysprep. (0x80310039)'), ''].join('\r\n');
	const root = workspace({ 'Windows/Panther/setupact.log': failing, 'Windows/Panther/UnattendGC/other.log': failing, 'logs/renamed-sysprep.txt': failing, 'logs/notes.log': 'not a log\r\n' });
	const walked = run(['check', '--format', 'json', root]);
	assert.equal(walked.code, 1);
	const findings = JSON.parse(walked.stdout) as { file: string; code: string; range: { start: { line: number } } }[];
	assert.deepEqual(findings.map((item) => `${item.file.replace(/\\/g, '/').replace(/^.*reseal-cli-[^/]*\//, '')}:${item.range.start.line}:${item.code}`).sort(), ['Windows/Panther/UnattendGC/other.log:1:log.bitlocker-on', 'Windows/Panther/setupact.log:1:log.bitlocker-on']);
	// A file named on the command line is sniffed: the Panther layout makes it a log.
	const named = run(['check', '--format', 'json', join(root, 'logs/renamed-sysprep.txt')]);
	assert.equal((JSON.parse(named.stdout) as { code: string }[])[0].code, 'log.bitlocker-on');
	assert.match(run(['check', join(root, 'logs/notes.log')]).stderr, /not a file kind Reseal checks/);
	const target = join(root, 'Windows/Panther/setupact.log');
	assert.match(run(['check', target]).stdout, /setupact\.log:2:1: error log\.bitlocker-on: Sysprep stopped: BitLocker is on/);
	const sarif = JSON.parse(run(['check', '--format', 'sarif', target]).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
	assert.equal(sarif.runs[0].results[0].ruleId, 'log.bitlocker-on');
	assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 2);
	const gitlab = JSON.parse(run(['check', '--format', 'gitlab', target]).stdout) as { check_name: string; severity: string }[];
	assert.equal(gitlab[0].check_name, 'log.bitlocker-on');
});
