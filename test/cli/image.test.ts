/**
 * `reseal check --image`: unattend.xml checked against a Windows image, as the
 * real `dist/cli.js` process; the JSON contract is unchanged.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');
const images = resolve(__dirname, '../fixtures/images');
const answerFile = (name: string) =>
	[
		'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
		'<settings pass="windowsPE">',
		'<component name="Microsoft-Windows-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">',
		`<ImageInstall><OSImage><InstallFrom><MetaData wcm:action="add"><Key>/IMAGE/NAME</Key><Value>${name}</Value></MetaData></InstallFrom></OSImage></ImageInstall>`,
		'</component>',
		'</settings>',
		'</unattend>',
		'',
	].join('\n');

function run(root: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args, root], { encoding: 'utf8' });
	return { code: result.status, findings: result.stdout ? (JSON.parse(result.stdout) as { file: string; range: unknown; severity: string; code: string; message: string }[]) : [], stderr: result.stderr };
}

function workspace(name: string): string {
	const root = mkdtempSync(join(tmpdir(), 'reseal-image-'));
	writeFileSync(join(root, 'autounattend.xml'), answerFile(name));
	return root;
}

test('--image checks the selection against the image and keeps the JSON contract', () => {
	const bad = run(workspace('Windows 10 Pro'), '--image', join(images, 'client.wim'));
	assert.equal(bad.code, 1);
	assert.equal(bad.findings.length, 1);
	assert.deepEqual(Object.keys(bad.findings[0]).sort(), ['code', 'file', 'message', 'range', 'severity']);
	assert.equal(bad.findings[0].code, 'xml.image-selection');
	assert.deepEqual(bad.findings[0].range, { start: { line: 3, character: 92 }, end: { line: 3, character: 106 } });
	const good = run(workspace('Windows 11 Pro'), '--image', join(images, 'client.wim'));
	assert.deepEqual(good.findings, []);
	assert.equal(good.code, 0);
});

test('without --image the workspace media tree is used; a missing --image is bad usage', () => {
	const root = workspace('Windows 10 Pro');
	mkdirSync(join(root, 'media', 'sources'), { recursive: true });
	copyFileSync(join(images, 'client.wim'), join(root, 'media', 'sources', 'install.wim'));
	assert.deepEqual(run(root).findings.map((item) => item.code), ['xml.image-selection']);
	const missing = run(root, '--image', join(root, 'nope.wim'));
	assert.equal(missing.code, 2);
	assert.match(missing.stderr, /--image: .*nope\.wim: no such file/);
});

test('an image that is not a WIM is reported, not a crash', () => {
	const root = workspace('Windows 11 Pro');
	writeFileSync(join(root, 'fake.wim'), 'not an image');
	const result = run(root, '--image', join(root, 'fake.wim'));
	assert.equal(result.code, 0);
	assert.deepEqual(result.findings.map((item) => [item.code, item.severity]), [['xml.image-unreadable', 'warning']]);
	assert.match(result.findings[0].message, /not a Windows image/);
});
