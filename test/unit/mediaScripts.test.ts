/**
 * Issue 27, items 3 and 4: scripts the image must carry (`xml.missing-script`)
 * and the scripts Windows Setup runs by name (SetupComplete.cmd,
 * ErrorHandler.cmd): where an `$OEM$` tree puts them, names that are almost
 * right, a restart inside them, prompts, and the hover. Small in-memory
 * workspaces of our own; a listing cut short never yields "missing".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkspaceView } from '../../server/src/services/kindService';
import { canonicalPath, carriersFor, mediaView, oemDestination } from '../../server/src/services/mediaTree';
import { firstBootScripts, oemFolders, oemLocations, carriedLocations, toolWrittenScripts } from '../../server/src/knowledge/firstBootScripts';
import { checkDiagnostics, dedent, hoverText, memoryWorkspace, parseFixture } from '../utils/fixture';
import { firstBootCases } from '../fixtures/bat/firstBootCases';

const unattend = (commands: string) =>
	dedent(`
	<unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
	  <settings pass="oobeSystem">
	    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
	      <FirstLogonCommands>
	${commands}
	      </FirstLogonCommands>
	    </component>
	  </settings>
	</unattend>
	`);

const command = (order: number, line: string) => `        <SynchronousCommand wcm:action="add"><Order>${order}</Order><CommandLine>${line}</CommandLine></SynchronousCommand>`;

/** The text with an annotation line under the first line holding `needle`, its carets under the needle. */
function annotate(text: string, needle: string, annotation: string): string {
	const lines = text.split('\n');
	const index = lines.findIndex((line) => line.includes(needle));
	assert.notEqual(index, -1, needle);
	lines.splice(index + 1, 0, `${' '.repeat(lines[index].indexOf(needle))}${'^'.repeat(needle.length)} ${annotation}`);
	return lines.join('\n');
}

/** A workspace of these paths (empty texts) plus the fixture itself. */
function files(paths: string[], self: string, text: string, cut = false): WorkspaceView {
	const map: Record<string, string> = Object.fromEntries(paths.map((path) => [path, '']));
	map[self] = text.replace(/^\s*\^.*$\n?/gm, '');
	const view = memoryWorkspace(map);
	return cut ? { ...view, isComplete: () => false } : view;
}

test('xml.missing-script: a script in %WINDIR%\\Setup\\Scripts that the $OEM$ tree beside the answer file lacks', () => {
	let text = unattend(
		[
			'        <!-- firstlogon.cmd prepares the desktop (a comment only talks about the file) -->',
			command(1, 'cmd /c %WINDIR%\\Setup\\Scripts\\firstlogon.cmd'),
			command(2, 'powershell -NoProfile -File C:\\Windows\\Setup\\Scripts\\present.ps1'),
			command(3, 'C:\\Tools\\setup.exe /S'),
			command(4, '"C:\\Program Files\\App\\app.exe"'),
			command(5, 'powershell -NoProfile -File C:\\Windows\\Temp\\gone.ps1'),
		].join('\n'),
	);
	text = annotate(text, '%WINDIR%\\Setup\\Scripts\\firstlogon.cmd', "warning xml.missing-script: Setup runs '%WINDIR%\\Setup\\Scripts\\firstlogon.cmd', but the $OEM$ tree at 'iso/sources/$OEM$' has no '$$\\Setup\\Scripts\\firstlogon.cmd'…");
	text = annotate(text, 'C:\\Tools\\setup.exe', "warning xml.missing-script: Setup runs 'C:\\Tools\\setup.exe', but the $OEM$ tree at 'iso/sources/$OEM$' has no '$1\\Tools\\setup.exe'…");
	text = annotate(text, 'C:\\Windows\\Temp\\gone.ps1', 'warning xml.missing-script…');
	const workspace = files(['iso/sources/$OEM$/$$/Setup/Scripts/present.ps1', 'iso/sources/install.wim'], 'iso/autounattend.xml', text);
	checkDiagnostics(`//- /ws/iso/autounattend.xml\n${text}`, { workspace, only: ['xml.missing-script'] });
});

test('xml.missing-script: carried files, drive-letter and $1 folders, and the media root', () => {
	const text = unattend(
		[
			command(1, 'cmd /c C:\\Windows\\Setup\\Scripts\\a.cmd'),
			command(2, 'cmd /c %SystemDrive%\\Install\\b.cmd'),
			command(3, 'D:\\scripts\\c.cmd'),
			command(4, 'E:\\drivers\\d.cmd'),
		].join('\n'),
	);
	const annotated = annotate(text, 'E:\\drivers\\d.cmd', "warning xml.missing-script: Setup runs 'E:\\drivers\\d.cmd', but the installation media at 'iso' has no 'drivers\\d.cmd'…");
	const workspace = files(['iso/sources/$OEM$/$1/Windows/Setup/Scripts/a.cmd', 'iso/sources/$OEM$/C/Install/b.cmd', 'iso/scripts/c.cmd', 'iso/sources/boot.wim'], 'iso/autounattend.xml', text);
	checkDiagnostics(`//- /ws/iso/autounattend.xml\n${annotated}`, { workspace, only: ['xml.missing-script'] });
});

test('xml.missing-script says nothing without a tree, for another tree, on a cut listing, or for a file another step writes', () => {
	const text = unattend([command(1, 'cmd /c %WINDIR%\\Setup\\Scripts\\firstlogon.cmd'), command(2, 'wscript.exe %SystemDrive%\\LTIBootstrap.vbs')].join('\n'));
	const none = (workspace: WorkspaceView, source = text, path = 'iso/autounattend.xml') => checkDiagnostics(`//- /ws/${path}\n${source}`, { workspace, only: ['xml.missing-script'] });
	none(files(['scripts/firstlogon.cmd'], 'iso/autounattend.xml', text));
	none(files(['other/sources/$OEM$/$$/Setup/Scripts/x.cmd'], 'iso/autounattend.xml', text));
	none(files(['iso/sources/$OEM$/$$/Setup/Scripts/x.cmd'], 'iso/autounattend.xml', text, true));
	const copied = unattend([command(1, 'cmd /c copy D:\\firstlogon.cmd %WINDIR%\\Setup\\Scripts\\'), command(2, 'cmd /c %WINDIR%\\Setup\\Scripts\\firstlogon.cmd')].join('\n'));
	none(files(['iso/sources/$OEM$/$$/Setup/Scripts/x.cmd', 'iso/firstlogon.cmd'], 'iso/autounattend.xml', copied), copied);
	// %TEMP% and other variables are only known at run time.
	const variable = unattend(command(1, 'cmd /c %TEMP%\\x.cmd'));
	none(files(['iso/sources/$OEM$/$$/Setup/Scripts/x.cmd'], 'iso/autounattend.xml', variable), variable);
});

test('xml.missing-script in an MDT deployment share: %SCRIPTROOT% needs the share\'s Scripts folder', () => {
	const text = unattend([command(1, 'cscript.exe %SCRIPTROOT%\\Custom\\Missing.wsf'), command(2, 'cscript.exe %SCRIPTROOT%\\ZTIUtility.vbs'), command(3, 'wscript.exe %SystemDrive%\\LTIBootstrap.vbs')].join('\n'));
	const annotated = annotate(text, '%SCRIPTROOT%\\Custom\\Missing.wsf', "warning xml.missing-script: Setup runs '%SCRIPTROOT%\\Custom\\Missing.wsf', but the deployment share at 'share' has no 'Scripts\\Custom\\Missing.wsf'…");
	assert.notEqual(annotated, text);
	const workspace = files(['share/Scripts/ZTIUtility.vbs', 'share/Control/Settings.xml'], 'share/Control/WIN11/Unattend.xml', text);
	checkDiagnostics(`//- /ws/share/Control/WIN11/Unattend.xml\n${annotated}`, { workspace, only: ['xml.missing-script'] });
	// Only part of the share (no ZTIUtility.vbs): its Scripts folder may hold more on the server.
	checkDiagnostics(`//- /ws/share/Control/WIN11/Unattend.xml\n${text}`, { workspace: files(['share/Scripts/Custom/Other.wsf'], 'share/Control/WIN11/Unattend.xml', text), only: ['xml.missing-script'] });
});

test('the media view: $OEM$ places, destinations and run-time paths', () => {
	const view = mediaView(memoryWorkspace({ 'iso/sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '', 'share/Control/W10/$OEM$/$1/x.cmd': '', 'usb/$OEM$/$$/y.cmd': '', 'usb/sources/install.esd': '' }))!;
	const byPath = new Map(view.oemTrees.map((tree) => [tree.path, tree]));
	assert.equal(byPath.get('iso/sources/$OEM$')?.root, 'iso');
	assert.equal(byPath.get('iso/sources/$OEM$')?.location?.parent, 'sources');
	assert.equal(byPath.get('share/Control/W10/$OEM$')?.root, 'share');
	assert.equal(byPath.get('usb/$OEM$')?.location, undefined, 'a $OEM$ beside sources is not read');
	assert.deepEqual([...view.mediaRoots].sort(), ['iso', 'usb']);
	assert.deepEqual(oemDestination('$$/Setup/Scripts/SetupComplete.cmd'), { path: '%WINDIR%\\Setup\\Scripts\\SetupComplete.cmd' });
	assert.deepEqual(oemDestination('$1/Tools/x.cmd'), { path: '%SystemDrive%\\Tools\\x.cmd' });
	assert.deepEqual(oemDestination('d/x.cmd'), { path: 'D:\\x.cmd' });
	assert.ok(oemDestination('$Progs/App/x.exe') && 'legacy' in oemDestination('$Progs/App/x.exe')!);
	assert.equal(canonicalPath('C:\\Windows\\Temp\\x.ps1'), '%WINDIR%\\Temp\\x.ps1');
	assert.equal(canonicalPath('"%SystemRoot%/Setup/Scripts/x.cmd"'), '%WINDIR%\\Setup\\Scripts\\x.cmd');
	assert.equal(canonicalPath('%SystemDrive%\\Windows\\Setup\\x.cmd'), '%WINDIR%\\Setup\\x.cmd');
	assert.equal(canonicalPath('c:\\Install\\x.cmd'), '%SystemDrive%\\Install\\x.cmd');
	assert.equal(carriersFor(view, 'C:\\Windows\\System32\\cmd.exe', 'iso'), undefined, 'System32 comes with Windows');
	assert.equal(carriersFor(view, 'X:\\Windows\\x.cmd', 'iso'), undefined, 'X: is Windows PE');
	assert.deepEqual(carriersFor(view, 'C:\\Windows\\Temp\\x.ps1', 'iso')?.candidates[0], 'iso/sources/$OEM$/$$/Temp/x.ps1');
});

test('the first-boot and $OEM$ tables name their sources and keep their shapes', () => {
	for (const row of [...firstBootScripts, ...oemFolders, ...oemLocations, ...carriedLocations, ...toolWrittenScripts]) assert.match(row.source, /\S/);
	for (const row of firstBootScripts) {
		assert.match(row.name, /\.cmd$/, 'Setup runs these by their .cmd names');
		assert.ok(row.mediaFolder.endsWith(`$OEM$\\$$${row.imageFolder.slice('%WINDIR%'.length)}`), `${row.name}: the media folder is the image folder below $OEM$\\$$`);
	}
	assert.ok(oemFolders.some((row) => row.folder === '$$' && row.target === '%WINDIR%'));
	assert.ok(oemFolders.filter((row) => !row.vista).every((row) => row.target === undefined));
});

test('SetupComplete.cmd: placement in an $OEM$ tree', () => {
	const script = '@echo off\r\nreg import C:\\Windows\\Setup\\Scripts\\tweaks.reg\r\n';
	const at = (path: string, extra: string[] = [], cut = false) => files(extra, path, script, cut);
	// The right place says nothing.
	checkDiagnostics(`//- /ws/iso/sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd\n${script}`, { workspace: at('iso/sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] });
	checkDiagnostics(`//- /ws/iso/sources/$OEM$/$1/Windows/Setup/Scripts/SetupComplete.cmd\n${script}`, { workspace: at('iso/sources/$OEM$/$1/Windows/Setup/Scripts/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] });
	checkDiagnostics(
		dedent(`
		//- /ws/iso/sources/$OEM$/$1/Setup/Scripts/SetupComplete.cmd
		@echo off
		^^^^^^^^^ warning bat.first-boot-script-location: Setup copies this file to '%SystemDrive%\\Setup\\Scripts\\SetupComplete.cmd', but it runs SetupComplete.cmd only from %WINDIR%\\Setup\\Scripts…
		reg import C:\\Windows\\Setup\\Scripts\\tweaks.reg
		`),
		{ workspace: at('iso/sources/$OEM$/$1/Setup/Scripts/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] },
	);
	checkDiagnostics(
		dedent(`
		//- /ws/usb/$OEM$/$$/Setup/Scripts/SetupComplete.cmd
		@echo off
		^^^^^^^^^ warning bat.first-boot-script-location: This $OEM$ folder ('usb/$OEM$') sits beside the media's sources folder…
		reg import C:\\Windows\\Setup\\Scripts\\tweaks.reg
		`),
		{ workspace: at('usb/$OEM$/$$/Setup/Scripts/SetupComplete.cmd', ['usb/sources/install.wim']), only: ['bat.first-boot-script-location'] },
	);
	checkDiagnostics(
		dedent(`
		//- /ws/iso/sources/$OEM$/$Progs/SetupComplete.cmd
		@echo off
		^^^^^^^^^ warning bat.first-boot-script-location: '$Progs' below $OEM$ is not used by Windows Vista and later…
		reg import C:\\Windows\\Setup\\Scripts\\tweaks.reg
		`),
		{ workspace: at('iso/sources/$OEM$/$Progs/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] },
	);
	checkDiagnostics(
		dedent(`
		//- /ws/iso/sources/$OEM$/$$/SetupComplete.cmd
		@echo off
		^^^^^^^^^ information bat.first-boot-script-location: Setup copies this file to '%WINDIR%\\SetupComplete.cmd'…
		reg import C:\\Windows\\Setup\\Scripts\\tweaks.reg
		`),
		{ workspace: at('iso/sources/$OEM$/$$/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] },
	);
	// A copy kept elsewhere (C:\Recovery\OEM for push-button reset) is a source another step copies from.
	checkDiagnostics(`//- /ws/share/$OEM$/$1/Recovery/OEM/SetupComplete.cmd\n${script}`, { workspace: at('share/$OEM$/$1/Recovery/OEM/SetupComplete.cmd'), only: ['bat.first-boot-script-location'] });
	// Outside any $OEM$ tree (a build step copies it, or DISM puts it into the image): nothing to judge.
	checkDiagnostics(`//- /ws/scripts/SetupComplete.cmd\n${script}`, { workspace: at('scripts/SetupComplete.cmd', ['iso/sources/$OEM$/$$/x.txt']), only: ['bat.first-boot-script-location'] });
});

test('SetupComplete.cmd: near-miss names in a Setup\\Scripts folder', () => {
	const script = '@echo off\r\necho done\r\n';
	checkDiagnostics(
		dedent(`
		//- /ws/iso/sources/$OEM$/$$/Setup/Scripts/setupcomplete.bat
		@echo off
		^^^^^^^^^ warning bat.first-boot-script-name: Windows Setup looks for SetupComplete.cmd by that exact name in %WINDIR%\\Setup\\Scripts…
		echo done
		`),
		{ workspace: files([], 'iso/sources/$OEM$/$$/Setup/Scripts/setupcomplete.bat', script), only: ['bat.first-boot-script-name'] },
	);
	checkDiagnostics(
		dedent(`
		//- /ws/image/Windows/Setup/Scripts/SetupCompleted.cmd
		@echo off
		^^^^^^^^^ warning bat.first-boot-script-name…
		echo done
		`),
		{ workspace: files([], 'image/Windows/Setup/Scripts/SetupCompleted.cmd', script), only: ['bat.first-boot-script-name'] },
	);
	// Beside the real SetupComplete.cmd (which likely calls it), or outside Setup\Scripts: the author's own name.
	checkDiagnostics(`//- /ws/x/Setup/Scripts/setupcomplete.bat\n${script}`, { workspace: files(['x/Setup/Scripts/SetupComplete.cmd'], 'x/Setup/Scripts/setupcomplete.bat', script), only: ['bat.first-boot-script-name'] });
	checkDiagnostics(`//- /ws/tools/setup-complete.cmd\n${script}`, { workspace: files([], 'tools/setup-complete.cmd', script), only: ['bat.first-boot-script-name'] });
	checkDiagnostics(`//- /ws/x/Setup/Scripts/Setup.cmd\n${script}`, { workspace: files([], 'x/Setup/Scripts/Setup.cmd', script), only: ['bat.first-boot-script-name'] });
});

test('SetupComplete.cmd: a restart, and prompts, with nobody at the console', () => {
	checkDiagnostics(
		dedent(`
		//- /ws/SetupComplete.cmd
		@echo off
		pause
		^^^^^ warning bat.unattended-prompt: Nobody is at the console when this script runs (Windows Setup runs \`%WINDIR%\\Setup\\Scripts\\SetupComplete.cmd\` as Local System after Windows is installed…
		shutdown /r /t 0
		^^^^^^^^^^^ warning bat.first-boot-restart…
		del /q C:\\Windows\\Setup\\Scripts\\*.ps1
		`),
		{ only: ['bat.unattended-prompt', 'bat.first-boot-restart'] },
	);
	// As the script's last command the documented risk remains, but nothing of the script is lost.
	checkDiagnostics(
		dedent(`
		//- /ws/SetupComplete.cmd
		@echo off
		shutdown /r /t 5
		^^^^^^^^^^^ information bat.first-boot-restart…
		exit /b 0
		`),
		{ only: ['bat.first-boot-restart'] },
	);
	// ErrorHandler.cmd may restart (the table forbids nothing there); shutdown /s is not a restart.
	checkDiagnostics(`//- /ws/ErrorHandler.cmd\n@echo off\nshutdown /r /t 0\n`, { only: ['bat.first-boot-restart'] });
	checkDiagnostics(`//- /ws/SetupComplete.cmd\n@echo off\nshutdown /s /t 0\n`, { only: ['bat.first-boot-restart'] });
});

test('hover on the first line of SetupComplete.cmd says when, as whom, and when Windows skips it', () => {
	const text = hoverText('//- /ws/SetupComplete.cmd\n@ec$0ho off\nexit /b 0\n') ?? '';
	assert.match(text, /SetupComplete\.cmd/);
	assert.match(text, /Local System/);
	assert.match(text, /OEM product key/);
	assert.match(text, /sources\\\$OEM\$\\\$\$\\Setup\\Scripts/);
	assert.match(text, /exit code/);
	assert.doesNotMatch(hoverText('//- /ws/other.cmd\n@ec$0ho off\n') ?? '', /Local System/);
});

test('hover on a command\'s script in %WINDIR%\\Setup\\Scripts: the $OEM$ folder that carries it, and whether the workspace does', () => {
	const text = unattend(command(1, 'cmd /c %WINDIR%\\Setup\\Scripts\\Set$0upComplete.cmd'));
	const clean = text.replace('$0', '');
	const withTree = hoverText(`//- /ws/iso/autounattend.xml\n${text}`, undefined, memoryWorkspace({ 'iso/autounattend.xml': clean, 'iso/sources/$OEM$/$$/Setup/Scripts/SetupComplete.cmd': '' })) ?? '';
	assert.match(withTree, /sources\\\$OEM\$\\\$\$\\Setup\\SetupComplete\.cmd|sources\\\$OEM\$\\\$\$\\Setup\\Scripts\\SetupComplete\.cmd/);
	assert.match(withTree, /In this workspace: `iso\/sources\/\$OEM\$\/\$\$\/Setup\/Scripts\/SetupComplete\.cmd`/);
	assert.match(withTree, /Local System/);
	assert.match(withTree, /CommandLine/, 'the setting\'s own hover follows');
	const missing = hoverText(`//- /ws/iso/autounattend.xml\n${text}`, undefined, memoryWorkspace({ 'iso/autounattend.xml': clean, 'iso/sources/$OEM$/$$/x.txt': '' })) ?? '';
	assert.match(missing, /Not in the \$OEM\$ tree at 'iso\/sources\/\$OEM\$'/);
	const elsewhere = hoverText(`//- /ws/iso/autounattend.xml\n${unattend(command(1, 'C:\\Windows\\System32\\cm$0d.exe /c exit'))}`) ?? '';
	assert.doesNotMatch(elsewhere, /\$OEM\$/);
});

for (const item of firstBootCases) {
	test(`first-boot fixture: ${item.name}`, () => {
		const fixtures = parseFixture(item.fixture);
		const paths = [...item.files, ...fixtures.map((fixture) => fixture.path.replace(/^\/ws\//, ''))];
		const workspace = memoryWorkspace(Object.fromEntries(paths.map((path) => [path, ''])));
		checkDiagnostics(item.fixture, { workspace, messageMatch: 'contains', only: ['bat.first-boot-script-location', 'bat.first-boot-script-name', 'bat.first-boot-restart'] });
	});
}
