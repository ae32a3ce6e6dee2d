/**
 * Windows 11 setup knowledge on answer-file commands (`unattendWindows11.ts`):
 * registry values written in the wrong pass, for another release, under the
 * wrong key, and local-account routes by build. Expectations are caret
 * annotations (test/utils/fixture.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WimImage } from '../../server/src/model/wimImage';
import type { WorkspaceView } from '../../server/src/services/kindService';
import { registryWrites } from '../../server/src/services/unattendXml/unattendWindows11';
import { checkDiagnostics, hoverText } from '../utils/fixture';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
const codes = ['xml.win11-registry-pass', 'xml.win11-build-removed', 'xml.win11-not-windows11', 'xml.win11-registry-name'];

/** A workspace whose only image is a Windows 11 Pro of `build`. */
function imageOf(build: number): WorkspaceView {
	const image: WimImage = { index: 1, name: 'Windows 11 Pro', arch: 9, languages: ['en-US'], version: { major: 10, minor: 0, build }, fields: new Map([['NAME', 'Windows 11 Pro']]) };
	return { listFiles: () => ['iso/sources/install.wim'], readText: () => undefined, readImage: (path) => ({ ok: true, path, format: 'wim', images: [image] }) };
}

test('LabConfig in windowsPE RunSynchronous is where it works: nothing to report', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous>
		<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg.exe add "HKLM\\SYSTEM\\Setup\\LabConfig" /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>cmd /c reg add HKEY_LOCAL_MACHINE\\SYSTEM\\Setup\\LabConfig /v BypassSecureBootCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		</RunSynchronous>
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

test('LabConfig written in specialize is too late: Setup checked the hardware in Windows PE', () => {
	checkDiagnostics(
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Deployment" ${ids}>
		<RunSynchronous>
		<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassRAMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		                                                                                                     ^^^^^^^^^^^^^^ warning xml.win11-registry-pass: BypassRAMCheck is written in specialize, but Setup checks the hardware in Windows PE…
		</RunSynchronous>
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

test('a late copy of a value the file also writes in windowsPE is only information', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassCPUCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>powershell -NoProfile -Command "New-ItemProperty -Path 'HKLM:\\SYSTEM\\Setup\\LabConfig' -Name 'BypassCPUCheck' -Value 1 -PropertyType DWord -Force"</CommandLine></SynchronousCommand></FirstLogonCommands>
		                                                                                                                                                                                  ^^^^^^^^^^^^^^^^ information xml.win11-registry-pass: The file also writes it where it works, so this copy only does nothing.
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes, messageMatch: 'contains' },
	);
});

test('BypassNRO in windowsPE lands in the Windows PE registry; at first logon OOBE is over', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE /v BypassNRO /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
		                                                                                                                                             ^^^^^^^^^ warning xml.win11-registry-pass: BypassNRO is written in windowsPE, but a windowsPE command runs in Windows PE…
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>reg.exe add "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE" /v BypassNRO /t REG_DWORD /d 1 /f</CommandLine></SynchronousCommand></FirstLogonCommands>
		                                                                                                                                                           ^^^^^^^^^ warning xml.win11-registry-pass: BypassNRO is written in oobeSystem, but oobeSystem commands (FirstLogonCommands, LogonCommands) run at logon, after OOBE has finished…
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

test('MoSetup during a clean install is information: it applies to in-place upgrades', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SYSTEM\\Setup\\MoSetup /v AllowUpgradesWithUnsupportedTPMOrCPU /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
		                                                                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information xml.win11-registry-pass: AllowUpgradesWithUnsupportedTPMOrCPU is written in windowsPE, but a windowsPE command runs during a clean install…
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

test('a value under the wrong key, and a name Setup is not known to read', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous>
		<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassNRO /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		                                                                                                            ^^^^^^^^^ warning xml.win11-registry-name: BypassNRO is read under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE, not under LabConfig; nothing reads it here.
		<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMChek /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		                                                                                                     ^^^^^^^^^^^^^ information xml.win11-registry-name: Setup is not known to read BypassTPMChek under LabConfig; did you mean BypassTPMCheck?
		<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>reg add "HKLM\\SYSTEM\\Setup\\LabConfig" /v "BypassSecureBootCheck " /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		                                                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.win11-registry-name: The value name 'BypassSecureBootCheck ' has spaces around BypassSecureBootCheck…
		<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassDiskCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
		                                                                                                     ^^^^^^^^^^^^^^^ information xml.win11-registry-name: Setup is not known to read BypassDiskCheck under LabConfig; the values reported to work there are…
		</RunSynchronous>
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

test('LabConfig in a file for Windows 10 does nothing there', () => {
	checkDiagnostics(
		`
		//- /autounattend.xml
		<!-- reseal: target=win10 -->
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
		                                                                                                                     ^^^^^^^^^^^^^^ information xml.win11-not-windows11: BypassTPMCheck is read only by Windows 11 Setup and OOBE; this file targets Windows 10 (from the reseal comment), where it does nothing.
		</component>
		</settings>
		</unattend>
		`,
		{ only: codes },
	);
});

/** A first-logon command line, for the build rows. */
function firstLogon(command: string, comment = ''): string {
	return `
		//- /autounattend.xml
		${comment}<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>${command}</CommandLine></SynchronousCommand></FirstLogonCommands>
		</component>
		</settings>
		</unattend>
		`;
}

test('oobe\\bypassnro.cmd without a build: information saying from which build it is gone', () => {
	checkDiagnostics(
		`${firstLogon('%WINDIR%\\System32\\oobe\\bypassnro.cmd')}`.replace(
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n',
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n\t\t                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information xml.win11-build-removed: oobe\\bypassnro.cmd no longer works from build 26200.5516 (25H2)…\n',
		),
		{ only: codes },
	);
});

test('oobe\\bypassnro.cmd with a 25H2 image is a warning naming the build; a 23H2 image has it', () => {
	const source = firstLogon('cmd /c oobe\\BypassNRO.cmd');
	checkDiagnostics(
		source.replace(
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n',
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n\t\t                                                                                             ^^^^^^^^^^^^^^^^^^ warning xml.win11-build-removed: oobe\\bypassnro.cmd is gone in build 26200 (25H2), the build of the image…\n',
		),
		{ only: codes, workspace: imageOf(26200) },
	);
	checkDiagnostics(source, { only: codes, workspace: imageOf(22631) });
});

test('ms-cxh:localonly is gone from build 26220; Windows 10 files are not told about it', () => {
	const source = firstLogon('cmd /c start ms-cxh:localonly');
	checkDiagnostics(
		source.replace(
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n',
			'</CommandLine></SynchronousCommand></FirstLogonCommands>\n\t\t                                                                                                   ^^^^^^^^^^^^^^^^ warning xml.win11-build-removed: ms-cxh:localonly is gone in build 26220 (25H2 line)…\n',
		),
		{ only: codes, workspace: imageOf(26220) },
	);
	checkDiagnostics(source, { only: codes, workspace: imageOf(26100) });
	checkDiagnostics(firstLogon('cmd /c start ms-cxh:localonly', '<!-- reseal: target=win10 -->\n\t\t'), { only: codes });
});

test('registry writes are read from reg.exe, Set-ItemProperty and quoted scripts', () => {
	const names = (value: string) => registryWrites(value).map((write) => `${write.key.label}:${write.name}`);
	assert.deepEqual(names('reg.exe add "HKLM\\SYSTEM\\Setup\\LabConfig" /v BypassTPMCheck /t REG_DWORD /d 1 /f & reg add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassRAMCheck /d 1'), ['LabConfig:BypassTPMCheck', 'LabConfig:BypassRAMCheck']);
	assert.deepEqual(names(`powershell -Command "Set-ItemProperty 'Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE' BypassNRO 1; Set-ItemProperty -LiteralPath HKLM:/SYSTEM/Setup/MoSetup -Name AllowUpgradesWithUnsupportedTPMOrCPU -Value 1"`), [
		'the OOBE key:BypassNRO',
		'MoSetup:AllowUpgradesWithUnsupportedTPMOrCPU',
	]);
	// Other keys, `reg query`, a missing /v and hostile text are no writes.
	assert.deepEqual(names('reg add HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\OOBE /v BypassNRO /d 1'), []);
	assert.deepEqual(names('reg query HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck'), []);
	assert.deepEqual(names('reg add HKLM\\SYSTEM\\Setup\\LabConfig'), []);
	assert.deepEqual(names('cmd /c for %s in (sTPM sRAM) do reg add HKLM\\SYSTEM\\Setup\\LabConfig /v Bypas%sCheck /d 1 /f'), []);
	assert.deepEqual(names(`reg add ${'"'.repeat(5000)} /v ${'\\'.repeat(5000)}`), []);
});

test('hover on a registry value names its builds, where it works and its source', () => {
	const text = hoverText(`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Deployment" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>reg add HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE /v Bypass$0NRO /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand></RunSynchronous>
		</component>
		</settings>
		</unattend>
		`);
	assert.ok(text, 'a hover');
	assert.match(text, /^\*\*BypassNRO\*\* \(HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE\)/);
	assert.match(text, /Builds: Windows 11\./);
	assert.match(text, /26220\.6772/, 'the announced removal is mentioned');
	assert.match(text, /Where it works: .*specialize/);
	assert.match(text, /Source: .*rufus/);
	const command = hoverText(firstLogon('cmd /c oobe\\Bypass$0NRO.cmd'));
	assert.match(command ?? '', /gone from build 26200 \(25H2\)/);
});
