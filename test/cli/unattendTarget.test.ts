/**
 * `reseal check --unattend-target`: the Windows release unattend.xml files
 * are checked for, as the real `dist/cli.js` process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');
const answerFile = [
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'<settings pass="oobeSystem">',
	'<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>',
	'</component>',
	'</settings>',
	'</unattend>',
	'',
].join('\n');

function check(...args: string[]) {
	const root = mkdtempSync(join(tmpdir(), 'reseal-xml-'));
	writeFileSync(join(root, 'unattend.xml'), answerFile);
	const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args, root], { encoding: 'utf8' });
	return { code: result.status, findings: result.stdout ? (JSON.parse(result.stdout) as { code: string }[]) : [], stderr: result.stderr };
}

test('SkipMachineOOBE is deprecated for the newest Windows, not for Windows 7', () => {
	assert.deepEqual(check().findings.map((item) => item.code), ['xml.deprecated-setting']);
	assert.deepEqual(check('--unattend-target', 'win7').findings, []);
	assert.deepEqual(check('--unattend-target=ws2019').findings.map((item) => item.code), ['xml.deprecated-setting']);
});

test('an unknown --unattend-target is bad usage', () => {
	const result = check('--unattend-target', 'win95');
	assert.equal(result.code, 2);
	assert.match(result.stderr, /--unattend-target must be auto or one of vista, win7/);
});
