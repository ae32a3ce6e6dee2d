/**
 * The Setup timeline of an unattend.xml (`unattendTimeline.ts`): scenarios ×
 * passes, what is ignored and why, commands where and as whom they run, the
 * inference of the scenario, secrets masked, and the renderers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SetupScenario } from '../../server/src/knowledge/setupTimeline';
import type { WorkspaceView } from '../../server/src/services/kindService';
import type { Timeline } from '../../server/src/services/unattendXml/unattendTimeline';
import { renderTimelineHtml, renderTimelineMarkdown, renderTimelineText } from '../../server/src/services/unattendXml/timelineRender';
import { checkDiagnostics, service } from '../utils/fixture';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';

const full = `<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-Setup" ${ids}>
<UserData><AcceptEula>true</AcceptEula></UserData>
</component>
</settings>
<settings pass="specialize">
<component name="Microsoft-Windows-Shell-Setup" ${ids}>
<ComputerName>WS01</ComputerName>
<OOBE><HideEULAPage>true</HideEULAPage></OOBE>
</component>
<component name="Microsoft-Windows-Deployment" ${ids}>
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>cmd /c echo second</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c echo first</Path></RunSynchronousCommand>
</RunSynchronous>
</component>
</settings>
<settings pass="auditUser">
<component name="Microsoft-Windows-Deployment" ${ids}>
<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c audit.cmd</Path></RunSynchronousCommand></RunSynchronous>
</component>
</settings>
<settings pass="oobeSystem">
<component name="Microsoft-Windows-Shell-Setup" ${ids}>
<UserAccounts><AdministratorPassword><Value>S3cret!</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts>
<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>powershell -File C:\\first.ps1</CommandLine></SynchronousCommand></FirstLogonCommands>
</component>
</settings>
</unattend>
`;

function timeline(text: string, name = 'unattend.xml', scenario?: SetupScenario, workspace?: WorkspaceView): Timeline {
	const result = service.getTimeline(TextDocument.create(`file:///ws/${name}`, 'xml', 1, text), scenario, undefined, workspace);
	assert.ok(result, 'a timeline for an unattend.xml');
	return result;
}

function step(t: Timeline, id: string) {
	const found = t.steps.find((item) => item.id === id);
	assert.ok(found, `step ${id}`);
	return found;
}

test('install from media: passes in Setup order, generalize and the audit passes do not run, with reasons', () => {
	const t = timeline(full, 'autounattend.xml');
	assert.equal(t.scenario.id, 'media');
	assert.match(t.scenario.chosenBy, /file name/);
	assert.deepEqual(
		t.steps.map((item) => [item.id, item.runs]),
		[
			['windowsPE', true],
			['offlineServicing', true],
			['generalize', false],
			['specialize', true],
			['auditSystem', false],
			['auditUser', false],
			['oobeSystem', true],
			['firstLogon', true],
			['everyLogon', true],
		],
	);
	assert.match(step(t, 'generalize').reason ?? '', /only when sysprep \/generalize/);
	assert.match(step(t, 'auditUser').reason ?? '', /only in audit mode.*Reseal\/Mode/);
	const audit = step(t, 'auditUser').items.find((item) => item.kind === 'command');
	assert.match(audit?.ignored ?? '', /^auditUser does not run/);
	assert.ok(t.notes.some((note) => /audit-pass settings but does not set/.test(note.message)));
});

test('sysprep /generalize /oobe: windowsPE settings are ignored because sysprep never reads them', () => {
	const t = timeline(full, 'unattend.xml', 'sysprep');
	assert.equal(t.scenario.chosenBy, 'chosen');
	const pe = step(t, 'windowsPE');
	assert.equal(pe.runs, false);
	assert.ok(pe.items.length > 0 && pe.items.every((item) => /windowsPE does not run: windowsPE runs only when Setup starts from installation media/.test(item.ignored ?? '')));
	assert.equal(step(t, 'generalize').runs, true);
	assert.ok(t.notes.some((note) => /Panther.*wins over/.test(note.message)));
});

test('audit mode: oobeSystem and first-logon commands do not run; auditUser commands do, as the built-in Administrator', () => {
	const t = timeline(full, 'unattend.xml', 'audit');
	assert.equal(step(t, 'oobeSystem').runs, false);
	const first = step(t, 'firstLogon').items.find((item) => item.kind === 'command');
	assert.match(first?.ignored ?? '', /First sign-in does not run/);
	const auditCommand = step(t, 'auditUser').items.find((item) => item.kind === 'command');
	assert.equal(auditCommand?.ignored, undefined);
	assert.match(auditCommand?.runsAs ?? '', /auditUser: the signed-in built-in Administrator/);
});

test('DISM /Apply-Unattend applies only offlineServicing and says so', () => {
	const t = timeline(full, 'unattend.xml', 'apply');
	assert.deepEqual(t.steps.filter((item) => item.runs).map((item) => item.id), ['offlineServicing']);
	assert.ok(t.notes.some((note) => note.level === 'warning' && /applies only the offlineServicing pass/.test(note.message)));
});

test('commands are listed in Order with who runs them; first-logon commands move to the first sign-in', () => {
	const t = timeline(full, 'autounattend.xml');
	const commands = step(t, 'specialize').items.filter((item) => item.kind === 'command');
	assert.deepEqual(commands.map((item) => item.value), ['cmd /c echo first', 'cmd /c echo second']);
	assert.match(commands[0].runsAs ?? '', /^SYSTEM.*the next command waits for it/);
	const first = step(t, 'firstLogon').items;
	assert.equal(first.length, 1);
	assert.equal(first[0].value, 'powershell -File C:\\first.ps1');
	assert.match(first[0].runsAs ?? '', /the first user who signs in/);
	assert.ok(!step(t, 'oobeSystem').items.some((item) => item.kind === 'command'));
});

test('secrets are masked, a setting in a pass that does not apply it is ignored with the reason', () => {
	const t = timeline(full, 'autounattend.xml');
	const password = step(t, 'oobeSystem').items.find((item) => item.path === 'UserAccounts/AdministratorPassword/Value');
	assert.equal(password?.value, '********');
	assert.ok(!JSON.stringify(t).includes('S3cret!'));
	const eula = step(t, 'specialize').items.find((item) => item.path === 'OOBE/HideEULAPage');
	assert.match(eula?.ignored ?? '', /only in oobeSystem, not in specialize/);
	for (const render of [renderTimelineText, renderTimelineMarkdown, (x: Timeline) => renderTimelineHtml(x)]) assert.ok(!render(t).includes('S3cret!'));
});

test('the scenario is inferred from a script that runs sysprep with the file, and from the passes', () => {
	const workspace: WorkspaceView = {
		listFiles: () => ['scripts/seal.cmd', 'unattend.xml'],
		readText: (path) => (path === 'scripts/seal.cmd' ? '@echo off\r\nC:\\Windows\\System32\\Sysprep\\sysprep.exe /audit /reboot /unattend:C:\\Temp\\unattend.xml\r\n' : undefined),
	};
	const t = timeline(full.replace(/<settings pass="windowsPE">[^]*?<\/settings>\n/, ''), 'unattend.xml', undefined, workspace);
	assert.equal(t.scenario.id, 'audit');
	assert.match(t.scenario.chosenBy, /scripts\/seal\.cmd runs sysprep/);
	assert.equal(timeline(full, 'unattend.xml').scenario.id, 'media');
	assert.match(timeline(full, 'unattend.xml').scenario.chosenBy, /windowsPE pass/);
	assert.equal(timeline(`<unattend ${ns}><settings pass="offlineServicing"/></unattend>`, 'unattend.xml').scenario.id, 'apply');
	assert.equal(timeline(`<unattend ${ns}><settings pass="generalize"/><settings pass="specialize"/></unattend>`, 'unattend.xml').scenario.id, 'sysprep');
});

test('an autounattend.xml without windowsPE: the timeline and a diagnostic both say the later passes are not cached', () => {
	const noPe = full.replace(/<settings pass="windowsPE">[^]*?<\/settings>\n/, '');
	const t = timeline(noPe, 'autounattend.xml');
	assert.ok(t.notes.some((note) => /no windowsPE pass.*will not be cached/.test(note.message)));
	checkDiagnostics(`//- /autounattend.xml\n${noPe.replace(`<unattend ${ns}>`, `<unattend ${ns}>\n ^^^^^^^^ information xml.not-cached: This autounattend.xml has no windowsPE pass…`)}`, { only: ['xml.not-cached'] });
	checkDiagnostics(`//- /unattend.xml\n${noPe}`, { only: ['xml.not-cached'] });
	checkDiagnostics(`//- /autounattend.xml\n${full}`, { only: ['xml.not-cached'] });
});

test('the HTML is one self-contained page with the drawing and line links', () => {
	const html = renderTimelineHtml(timeline(full, 'autounattend.xml'));
	assert.match(html, /^<!DOCTYPE html>/);
	assert.match(html, /<svg role="img"/);
	assert.match(html, /data-line="8"/);
	assert.ok(!/<script|src=|href="http/.test(html), 'no script or outside resource');
	const json = JSON.parse(JSON.stringify(timeline(full, 'autounattend.xml'))) as Timeline;
	assert.deepEqual(Object.keys(json).sort(), ['file', 'notes', 'scenario', 'steps', 'target']);
});

test('Sysprep.inf: sysprep -reseal -mini, Mini-Setup with its answers and where it stops, Cmdlines.txt, then [GuiRunOnce]', () => {
	const inf = '[Unattended]\r\nOemSkipEula = Yes\r\nFileSystem = ConvertNTFS\r\n[GuiUnattended]\r\nAdminPasword = Hunter2\r\nTimeZone = 85\r\n[GuiRunOnce]\r\n"C:\\Setup\\finish.cmd"\r\n';
	const workspace: WorkspaceView = { listFiles: () => ['i386/$OEM$/Cmdlines.txt'], readText: () => '[Commands]\r\n"rundll32 setupapi,InstallHinfSection DefaultInstall 128 C:\\drv.inf"\r\n' };
	const t = service.getTimeline(TextDocument.create('file:///ws/Sysprep.inf', 'sysprep-inf', 1, inf), undefined, undefined, workspace);
	assert.ok(t);
	assert.deepEqual(t.steps.map((item) => item.id), ['reseal', 'miniSetup', 'cmdlines', 'guiRunOnce']);
	const mini = step(t, 'miniSetup').items;
	assert.match(mini.find((item) => item.path === 'FileSystem')?.ignored ?? '', /only text-mode Setup reads FileSystem/);
	assert.equal(mini.find((item) => item.path === 'AdminPasword')?.value, '********', 'a misspelt password entry is masked too');
	assert.ok(mini.some((item) => item.kind === 'prompt' && /Mini-Setup stops and asks/.test(item.value ?? '')));
	assert.equal(step(t, 'cmdlines').items[0].kind, 'command');
	assert.equal(step(t, 'guiRunOnce').items[0].value, 'C:\\Setup\\finish.cmd');
	assert.ok(!renderTimelineText(t).includes('Hunter2'));
});

test('kinds without a timeline answer undefined; broken XML still gives one', () => {
	assert.equal(service.getTimeline(TextDocument.create('file:///ws/Unattend.txt', 'sysprep-inf', 1, '[Unattended]\n')), undefined);
	assert.equal(service.getTimeline(TextDocument.create('file:///ws/x.bat', 'bat', 1, 'echo\n')), undefined);
	const broken = timeline(`<unattend ${ns}><settings pass="specialize"><component name="Microsoft-Windows-Shell-Setup" ${ids}><ComputerName>A</ComputerName>`, 'unattend.xml');
	assert.equal(step(broken, 'specialize').items.length, 2);
});
