/**
 * `reseal explain`: a diagnostic code's summary, or an entry's facts and source,
 * run as the real `dist/cli.js` process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');

function run(args: string[]) {
	const result = spawnSync(process.execPath, [cli, 'explain', ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('explain a diagnostic code prints its default severity and summary', () => {
	const { code, stdout } = run(['inf.blank-prompts']);
	assert.equal(code, 0);
	assert.match(stdout, /^inf\.blank-prompts \(warning by default\)\n.*asks for it/);
});

test('explain an entry prints its value domain, blank meaning, versions and source', () => {
	const { code, stdout } = run(['ComputerName']);
	assert.equal(code, 0);
	assert.match(stdout, /ComputerName in \[UserData\] — Sysprep\.inf/);
	assert.match(stdout, /Left empty: Setup stops and asks for it/);
	assert.match(stdout, /Source: \[UserData\] \(Sysprep\), technet cc772850/);
});

test('explain [Section] Entry and Section.Entry pick one section; unknown names exit 1', () => {
	const winbom = run(['[WinPE]', 'Restart']);
	assert.equal(winbom.code, 0);
	assert.match(winbom.stdout, /Restart in \[WinPE\] — Winbom\.ini/);
	assert.match(winbom.stdout, /`Quit`/);
	assert.doesNotMatch(winbom.stdout, /Sysprep\.inf/);
	assert.match(run(['Factory.WinbomType']).stdout, /WinbomType in \[Factory\]/);
	const missing = run(['NoSuchEntry']);
	assert.equal(missing.code, 1);
	assert.match(missing.stderr, /nothing known as 'NoSuchEntry'/);
	assert.equal(run([]).code, 2);
});

test('explain a log signature prints what it means, what to do, the versions and the source; an error code its name', () => {
	const page = run(['log.bitlocker-on']);
	assert.equal(page.code, 0);
	assert.match(page.stdout, /^log\.bitlocker-on \(error by default\)\n/);
	assert.match(page.stdout, /What to do: Run `manage-bde -off C:`/);
	assert.match(page.stdout, /Source: Microsoft, COM error codes \(FVE_E_NOT_DECRYPTED/);
	const errorCode = run(['0x80073CF2']);
	assert.equal(errorCode.code, 0);
	assert.match(errorCode.stdout, /ERROR_INSTALL_INVALID_PACKAGE/);
});
