/**
 * The command lines of unattend.xml (RunSynchronous/RunAsynchronous `Path`,
 * FirstLogonCommands/LogonCommands `CommandLine`) read with the shared
 * command-line model in the context of their pass: documented length limits,
 * cmd.exe built-ins, installers without their silent switch, runas, start
 * without /wait, restarts without WillReboot, the network in Windows PE and
 * paths of the other system.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, checkDiagnostics, hoverText } from '../utils/fixture';
import { analyzeCommand } from '../../server/src/services/commandLines';
import { answerFileCommandSettings, passCommandContexts } from '../../server/src/knowledge/commandLineRules';
import { unattendXmlCodes } from '../../server/src/services/codes/unattendXmlCodes';

const only = { only: unattendXmlCodes.map((item) => item.code).filter((code) => code.startsWith('xml.command-')) };
const head = '<unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">';
const attrs = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';

/** A fixture with one component in one pass; `body` holds the settings (and the annotations). */
function file(pass: string, component: string, body: string): string {
	return `//- /unattend.xml\n${head}\n<settings pass="${pass}">\n<component name="${component}" ${attrs}>\n${body.replace(/^\n/, '')}</component>\n</settings>\n</unattend>\n`;
}

test('a Deployment RunSynchronous Path over 259 characters is reported with its count', () => {
	const path = `cmd /c ${'x'.repeat(300 - 7)}`;
	checkDiagnostics(
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			`
<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order>
<Path>${path}</Path>
      ${'^'.repeat(300)} warning xml.command-too-long: This command is 300 characters long; the reference allows at most 259 for Microsoft-Windows-Deployment RunSynchronous/RunSynchronousCommand/Path. Put the steps in a script (a .cmd or .ps1 file the image carries) and run that here.
</RunSynchronousCommand></RunSynchronous>
`,
		),
		only,
	);
});

test('a first-logon CommandLine may be up to 1024 characters; the windowsPE Path has no documented limit', () => {
	checkDiagnostics(
		file(
			'oobeSystem',
			'Microsoft-Windows-Shell-Setup',
			`
<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order>
<CommandLine>cmd /c ${'y'.repeat(1024 - 7)}</CommandLine>
</SynchronousCommand><SynchronousCommand wcm:action="add"><Order>2</Order>
<CommandLine>cmd /c ${'y'.repeat(1025 - 7)}</CommandLine>
             ${'^'.repeat(1025)} warning xml.command-too-long…
</SynchronousCommand></FirstLogonCommands>
`,
		) + file('windowsPE', 'Microsoft-Windows-Setup', `<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order>\n<Path>cmd /c ${'z'.repeat(600)}</Path>\n</RunSynchronousCommand></RunSynchronous>\n`),
		only,
	);
});

test('cmd.exe built-ins and shell syntax without cmd /c', () => {
	checkDiagnostics(
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>mkdir C:\\Logs</Path></RunSynchronousCommand>
                                                              ^^^^^ error xml.command-needs-cmd: 'mkdir' is built into cmd.exe (it creates a folder); Setup starts Path as a program, so write 'cmd /c mkdir …'.
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>reg.exe query HKLM\\Software | find "X"</Path></RunSynchronousCommand>
                                                                                          ^ warning xml.command-needs-cmd: '|' is cmd.exe syntax; Setup starts Path as a program without cmd.exe, so 'reg' receives it as an ordinary argument. Start the line with 'cmd /c'.
<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>cmd /c mkdir C:\\Logs &amp; echo ok &gt; C:\\Logs\\a.txt</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>powershell -NoProfile -Command Get-Date | Out-File C:\\d.txt</Path></RunSynchronousCommand>
</RunSynchronous>
`,
		),
		only,
	);
});

test('installers without their silent switch: a warning where nobody sees them, information at sign-in, nothing with RequiresUserInput', () => {
	checkDiagnostics(
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>msiexec /i C:\\Setup\\agent.msi</Path></RunSynchronousCommand>
                                                              ^^^^^^^ warning xml.command-interactive: Windows Installer shows its wizard unless \`/quiet\`, \`/passive\` or a \`/q\` UI level is given; RunSynchronous (specialize) runs as SYSTEM, in the installed Windows, before anyone signs in with nobody at the screen, so the command waits forever and Setup with it. Add /qn.
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>msiexec /i C:\\Setup\\agent.msi /QN /norestart</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>cmd /c C:\\Setup\\VC_redist.x64.exe /norestart</Path></RunSynchronousCommand>
                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.command-interactive…
<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>C:\\Setup\\VC_redist.x64.exe /install /passive</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>5</Order><Path>wusa.exe C:\\Setup\\kb123.msu /quiet /norestart</Path></RunSynchronousCommand>
</RunSynchronous>
`,
		) +
			file(
				'oobeSystem',
				'Microsoft-Windows-Shell-Setup',
				`
<FirstLogonCommands>
<SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>msiexec /i C:\\Setup\\agent.msi</CommandLine></SynchronousCommand>
                                                                  ^^^^^^^ information xml.command-interactive…
<SynchronousCommand wcm:action="add"><Order>2</Order><RequiresUserInput>true</RequiresUserInput><CommandLine>msiexec /i C:\\Setup\\tool.msi</CommandLine></SynchronousCommand>
</FirstLogonCommands>
`,
			),
		only,
	);
});

test('runas never runs unattended', () => {
	checkDiagnostics(
		file(
			'oobeSystem',
			'Microsoft-Windows-Shell-Setup',
			`
<FirstLogonCommands>
<SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>runas /user:Administrator C:\\Setup\\tool.exe</CommandLine></SynchronousCommand>
                                                                  ^^^^^ warning xml.command-runas: Runas reads the password of the other account from the console and takes none on its command line, so this command stops at a password prompt and never runs unattended. FirstLogonCommands (oobeSystem) already runs as the first user who signs in (elevated when an administrator); run the program directly, or use a scheduled task or the Credentials of the command for another account.
</FirstLogonCommands>
`,
		),
		only,
	);
});

test('start without /wait in RunSynchronous and FirstLogonCommands loses the order; with /wait, or in an asynchronous list, it does not', () => {
	checkDiagnostics(
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c start "" C:\\Setup\\a.exe</Path></RunSynchronousCommand>
                                                                     ^^^^^ information xml.command-start-no-wait…
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>cmd /c start /wait "" C:\\Setup\\b.exe</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>cmd.exe /c "del "C:\\Users\\Default\\Start Menu\\x.lnk""</Path></RunSynchronousCommand>
</RunSynchronous>
<RunAsynchronous>
<RunAsynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c start "" C:\\Setup\\c.exe</Path></RunAsynchronousCommand>
</RunAsynchronous>
`,
		) +
			file(
				'oobeSystem',
				'Microsoft-Windows-Shell-Setup',
				`
<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>cmd /c start C:\\Setup\\a.exe</CommandLine></SynchronousCommand></FirstLogonCommands>
                                                                                             ^^^^^ information xml.command-start-no-wait: 'start' without /wait returns at once, so the next FirstLogonCommands command begins while this program still runs and the order is lost. Write 'start /wait' (or drop 'start').
<LogonCommands><AsynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>cmd /c start C:\\Setup\\b.exe</CommandLine></AsynchronousCommand></LogonCommands>
`,
			),
		only,
	);
});

test('a restart inside RunSynchronous needs WillReboot; at first logon only the last command may restart', () => {
	checkDiagnostics(
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>shutdown /r /t 0</Path></RunSynchronousCommand>
                                                              ^^^^^^^^^^^ warning xml.command-restart…
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>shutdown /r /t 0</Path><WillReboot>Never</WillReboot></RunSynchronousCommand>
                                                              ^^^^^^^^^^^ warning xml.command-restart…
<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>C:\\Setup\\drivers.cmd</Path><WillReboot>Always</WillReboot></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>shutdown /r /t 0</Path><WillReboot>OnRequest</WillReboot></RunSynchronousCommand>
</RunSynchronous>
`,
		) +
			file(
				'oobeSystem',
				'Microsoft-Windows-Shell-Setup',
				`
<FirstLogonCommands>
<SynchronousCommand wcm:action="add"><Order>2</Order><CommandLine>shutdown -r -t 60</CommandLine></SynchronousCommand>
                                                                  ^^^^^^^^^^^ warning xml.command-restart: 'shutdown -r' restarts or shuts down the computer before the last of the FirstLogonCommands; the commands with a higher Order may never run. Make it the last command.
<SynchronousCommand wcm:action="add"><Order>3</Order><CommandLine>C:\\Setup\\last.cmd</CommandLine></SynchronousCommand>
<SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>C:\\Setup\\first.cmd</CommandLine></SynchronousCommand>
</FirstLogonCommands>
`,
			),
		only,
	);
});

test('network paths in windowsPE depend on EnableNetwork; UNC paths without Credentials are worth knowing', () => {
	checkDiagnostics(
		file(
			'windowsPE',
			'Microsoft-Windows-Setup',
			`
<EnableNetwork>false</EnableNetwork>
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>\\\\server\\share\\prep.cmd</Path></RunSynchronousCommand>
                                                              ^^^^^^^^^^^^^^^^^^^^^^^ warning xml.command-network…
</RunSynchronous>
`,
		) +
			file(
				'windowsPE',
				'Microsoft-Windows-Setup',
				`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>cmd /c net use Z: \\\\server\\share</Path></RunSynchronousCommand>
                                                                     ^^^^^^^ information xml.command-network…
                                                                                ^^^^^^^^^^^^^^ information xml.command-network…
</RunSynchronous>
`,
			) +
			file(
				'specialize',
				'Microsoft-Windows-Deployment',
				`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>\\\\server\\share\\a.cmd</Path></RunSynchronousCommand>
                                                              ^^^^^^^^^^^^^^^^^^^^ information xml.command-unc-credentials…
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>\\\\server\\share\\b.cmd</Path><Credentials><Domain>D</Domain><Username>u</Username><Password>p</Password></Credentials></RunSynchronousCommand>
</RunSynchronous>
`,
			),
		only,
	);
});

test('Windows Installer in Windows PE, and paths of the other system', () => {
	checkDiagnostics(
		file(
			'windowsPE',
			'Microsoft-Windows-Setup',
			`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>msiexec /i X:\\tools.msi /qn</Path></RunSynchronousCommand>
                                                              ^^^^^^^ warning xml.command-no-installer…
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>cmd /c copy X:\\a.cmd C:\\Windows\\Setup\\Scripts\\</Path></RunSynchronousCommand>
                                                                                   ^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.command-drive: 'C:\\Windows\\Setup\\Scripts\\': C:\\Windows is the installed Windows, which the windowsPE pass has not applied yet (C: may even be another partition in Windows PE). This command runs in Windows PE, before the image is applied.
<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>%WINDIR%\\System32\\reg.exe add HKLM\\SYSTEM\\Setup\\LabConfig /v BypassTPMCheck /t REG_DWORD /d 1 /f</Path></RunSynchronousCommand>
<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>cmd /c %WINDIR%\\Setup\\Scripts\\prep.cmd</Path></RunSynchronousCommand>
                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.command-drive…
</RunSynchronous>
`,
		) +
			file(
				'specialize',
				'Microsoft-Windows-Deployment',
				`
<RunSynchronous>
<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>X:\\Windows\\Setup\\prep.cmd</Path></RunSynchronousCommand>
                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.command-drive: 'X:\\Windows\\Setup\\prep.cmd': X: is the RAM drive Windows PE runs from; the installed Windows has no X: drive. This command runs in the installed Windows (specialize).
<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>cmd /c copy C:\\Windows\\Temp\\a.txt %WINDIR%\\b.txt</Path></RunSynchronousCommand>
</RunSynchronous>
`,
			),
		only,
	);
});

test('hover on a command shows what Setup starts, as whom and in which pass', () => {
	const text = hoverText(file('specialize', 'Microsoft-Windows-Deployment', '<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order>\n<Path>cmd /c echo a &amp;$0 echo b</Path>\n</RunSynchronousCommand></RunSynchronous>\n'));
	assert.ok(text, 'expected a hover');
	assert.match(text, /Setup starts: `cmd \/c echo a & echo b`/);
	assert.match(text, /Runs as SYSTEM, in the installed Windows, before anyone signs in, in pass specialize; the next command waits for it\./);
	assert.match(text, /22 of at most 259 characters\./);
	const logon = hoverText(file('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order>\n<Comman$0dLine>C:\\Setup\\a.cmd</CommandLine>\n</SynchronousCommand></FirstLogonCommands>\n'));
	assert.ok(logon, 'expected a hover on the name');
	assert.match(logon, /Runs as the first user who signs in \(elevated when an administrator\), in pass oobeSystem/);
});

test('every answer-file command row has a source, and names a pass with a context', () => {
	for (const row of answerFileCommandSettings) {
		assert.ok(row.source.length > 20, `${row.list}/${row.setting} needs a source`);
		for (const pass of row.passes) assert.ok(passCommandContexts.some((context) => context.pass === pass), `${row.list}: no context for ${pass}`);
	}
});

test('quick-fixes: cmd /c in front of a built-in, /wait after start', () => {
	const builtin = file('specialize', 'Microsoft-Windows-Deployment', '<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order>\n<Path>md C:\\Logs</Path>\n</RunSynchronousCommand></RunSynchronous>\n');
	assert.match(applyFix(builtin, "Run it with 'cmd /c'"), /<Path>cmd \/c md C:\\Logs<\/Path>/);
	const start = file('specialize', 'Microsoft-Windows-Deployment', '<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order>\n<Path>cmd /c start "" C:\\a.exe</Path>\n</RunSynchronousCommand></RunSynchronous>\n');
	assert.match(applyFix(start, /start \/wait/), /<Path>cmd \/c start \/wait "" C:\\a.exe<\/Path>/);
});

test('the command model reads cmd /c "…" as cmd.exe does: the first and the last quote go', () => {
	const analysis = analyzeCommand('cmd.exe /c "del "C:\\Users\\Default\\Start Menu\\x.lnk""');
	assert.equal(analysis.program?.text, 'del');
	// The quoted path is one word again (no 'start' read out of "Start Menu"); it names the installed Windows.
	assert.deepEqual(analysis.findings.map((finding) => `${finding.rule}:${finding.subject}`), ['drive:C:\\Users\\Default\\Start Menu\\x.lnk']);
	const chained = analyzeCommand('cmd /c "mkdir C:\\Logs & shutdown /r /t 0"');
	assert.deepEqual(chained.findings.map((finding) => `${finding.rule}:${finding.subject}`), ['restart:shutdown /r']);
	// Without cmd /c the quotes are the program's: nothing is re-read.
	assert.equal(analyzeCommand('"C:\\Program Files\\App\\app.exe" /s').program?.text, 'C:\\Program Files\\App\\app.exe');
});
