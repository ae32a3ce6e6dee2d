/**
 * `reseal explain <answer-file>`: the Setup timeline on the command line, in
 * every format, as the real `dist/cli.js` process; `reseal explain <code>` keeps working.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';
const text = `<unattend xmlns="urn:schemas-microsoft-com:unattend">
<settings pass="specialize"><component name="Microsoft-Windows-Shell-Setup" ${ids}><ComputerName>WS01</ComputerName></component></settings>
<settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup" ${ids}><UserAccounts><AdministratorPassword><Value>Hunter2!</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts></component></settings>
</unattend>
`;

function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, 'explain', ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'reseal-timeline-')), name);
	writeFileSync(path, text);
	return path;
}

test('--format json lists the passes in Setup order with their items, secrets masked', () => {
	const path = file('autounattend.xml');
	const { code, stdout } = run(path, '--format', 'json');
	assert.equal(code, 0);
	const timeline = JSON.parse(stdout) as { scenario: { id: string }; steps: { id: string; runs: boolean; items: { kind: string; value?: string; range: { start: { line: number } } }[] }[] };
	assert.equal(timeline.scenario.id, 'media');
	assert.deepEqual(timeline.steps.map((step) => step.id), ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem', 'firstLogon', 'everyLogon']);
	const specialize = timeline.steps.find((step) => step.id === 'specialize')!;
	assert.deepEqual(specialize.items.map((item) => [item.kind, item.value, item.range.start.line]), [['component', undefined, 1], ['setting', 'WS01', 1]]);
	assert.ok(!stdout.includes('Hunter2!'));
});

test('--scenario and every format; a bad scenario is bad usage; explain <code> still works', () => {
	const path = file('unattend.xml');
	const textOut = run(path, '--scenario', 'apply');
	assert.equal(textOut.code, 0);
	assert.match(textOut.stdout, /Scenario: DISM \/Apply-Unattend/);
	assert.match(textOut.stdout, /4\. specialize — does not run/);
	assert.match(run(path, '--format=markdown').stdout, /^# Setup timeline of /);
	const html = run(path, '--format', 'html').stdout;
	assert.match(html, /^<!DOCTYPE html>[^]*<svg[^]*<\/html>\n$/);
	for (const format of ['text', 'markdown', 'json', 'html']) assert.ok(!run(path, '--format', format).stdout.includes('Hunter2!'), format);
	const bad = run(path, '--scenario', 'winpe');
	assert.equal(bad.code, 2);
	assert.match(bad.stderr, /--scenario must be media, sysprep, audit, apply/);
	assert.match(run('xml.not-cached').stdout, /^xml\.not-cached \(information by default\)/);
	assert.equal(run(join(tmpdir(), 'missing-dir-x', 'unattend.xml')).code, 2);
});
