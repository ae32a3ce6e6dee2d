/**
 * `reseal check` settings: `reseal.json` / `.resealrc.json` found upward from
 * each checked file, `--severity code=level` flags over them, and unknown
 * codes or settings reported rather than ignored. Runs the real `dist/cli.js`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'reseal-config-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), content);
	}
	return root;
}

interface Finding {
	file: string;
	severity: string;
	code: string;
}

function findings(stdout: string): string[] {
	return (JSON.parse(stdout) as Finding[]).map((finding) => `${finding.file.split(/[\\/]/).slice(-2).join('/')} ${finding.severity} ${finding.code}`).sort();
}

const script = '@echo off\r\nsync.exe\r\n';

test('without a config file the defaults apply', () => {
	const root = workspace({ 'scripts/run.bat': script });
	const { code, stdout } = run(['check', '--format', 'json', root]);
	assert.equal(code, 0);
	assert.deepEqual(findings(stdout), ['scripts/run.bat information bat.external-tool', 'scripts/run.bat warning bat.missing-accepteula']);
});

test('reseal.json found upward sets severities for the files below it; the nearest file wins', () => {
	const root = workspace({
		'reseal.json': JSON.stringify({ severity: { 'bat.external-tool': 'off', 'bat.missing-accepteula': 'error' } }),
		'a/run.bat': script,
		'b/.resealrc.json': JSON.stringify({ severity: { 'bat.missing-accepteula': 'hint' } }),
		'b/run.bat': script,
	});
	const { code, stdout, stderr } = run(['check', '--format', 'json', root]);
	assert.equal(stderr, '');
	assert.equal(code, 1, 'a finding raised to error fails the run');
	// The nearest file replaces the ones above it (no merging), so what applies is visible in one place.
	assert.deepEqual(findings(stdout), ['a/run.bat error bat.missing-accepteula', 'b/run.bat hint bat.missing-accepteula', 'b/run.bat information bat.external-tool']);
});

test('reseal.json also sets other settings (target), in the same shape as the editor settings', () => {
	const inf = '[Unattended]\r\nOemSkipEula = Yes\r\n[LicenseFilePrintData]\r\nAutoMode = PerSeat\r\n';
	const root = workspace({ 'xp/reseal.json': JSON.stringify({ target: 'xp' }), 'xp/sysprep.inf': inf, 'srv/sysprep.inf': inf });
	const { stdout } = run(['check', '--format', 'json', root]);
	const wrongTarget = findings(stdout).filter((line) => line.endsWith('inf.wrong-target'));
	assert.deepEqual(wrongTarget, ['xp/sysprep.inf warning inf.wrong-target'], '[LicenseFilePrintData] is flagged only where the target is XP');
});

test('--severity overrides the config file and can be repeated', () => {
	const root = workspace({ 'reseal.json': JSON.stringify({ severity: { 'bat.external-tool': 'off' } }), 'run.bat': script });
	const { code, stdout } = run(['check', '--format', 'json', '--severity', 'bat.external-tool=warning', '--severity=bat.missing-accepteula=off', root]);
	assert.equal(code, 0);
	assert.deepEqual(findings(stdout), [`${root.split('/').pop()}/run.bat warning bat.external-tool`]);
});

test('--severity with an unknown code or level is bad usage (exit 2)', () => {
	const root = workspace({ 'run.bat': script });
	const unknown = run(['check', '--severity', 'bat.no-such-rule=off', root]);
	assert.equal(unknown.code, 2);
	assert.match(unknown.stderr, /unknown diagnostic code 'bat\.no-such-rule'/);
	const level = run(['check', '--severity', 'bat.external-tool=fatal', root]);
	assert.equal(level.code, 2);
	assert.match(level.stderr, /level must be error, warning, information, hint or off/);
	assert.equal(run(['check', '--severity', 'nonsense', root]).code, 2);
});

test('unknown codes and settings in reseal.json are warnings; the rest of the file still applies', () => {
	const root = workspace({ 'reseal.json': JSON.stringify({ severity: { 'bat.external-tool': 'off', 'bat.typo-code': 'off' }, tagret: 'xp' }), 'run.bat': script });
	const { code, stdout, stderr } = run(['check', '--format', 'json', root]);
	assert.equal(code, 0);
	assert.match(stderr, /reseal\.json: warning: reseal\.severity: unknown diagnostic code "bat\.typo-code"/);
	assert.match(stderr, /reseal\.json: warning: unknown setting "tagret"/);
	assert.deepEqual(findings(stdout), [`${root.split('/').pop()}/run.bat warning bat.missing-accepteula`]);
});

test('a reseal.json that is not JSON is an error (exit 2), not silently skipped', () => {
	const root = workspace({ 'reseal.json': '{ severity: ', 'run.bat': script });
	const { code, stderr } = run(['check', root]);
	assert.equal(code, 2);
	assert.match(stderr, /reseal\.json: cannot read it as JSON/);
});

test('--config names one file for every checked file, instead of the upward search', () => {
	const root = workspace({
		'settings/strict.json': JSON.stringify({ severity: { 'bat.external-tool': 'off', 'bat.missing-accepteula': 'error' } }),
		'b/.resealrc.json': JSON.stringify({ severity: { 'bat.missing-accepteula': 'hint' } }),
		'b/run.bat': script,
	});
	const { code, stdout } = run(['check', '--format', 'json', '--config', join(root, 'settings/strict.json'), join(root, 'b')]);
	assert.equal(code, 1);
	assert.deepEqual(findings(stdout), ['b/run.bat error bat.missing-accepteula']);
	const missing = run(['check', '--config', join(root, 'nope.json'), join(root, 'b')]);
	assert.equal(missing.code, 2);
	assert.match(missing.stderr, /--config: .*nope\.json: no such file/);
});
