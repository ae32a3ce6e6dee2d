/**
 * `[GuiRunOnce]` gets the command-line checks shared with Cmdlines.txt (in its
 * own context: network and Windows Installer are available, a restart drops the
 * rest of the list), plus the Sysprep.inf / Unattend.txt distinctions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, checkDiagnostics, documentFor, hoverText, service, single } from '../utils/fixture';

const commandCodes = { only: ['inf.guirunonce-needs-cmd', 'inf.guirunonce-restart'] };

test('ordinary GuiRunOnce commands are fine, including .msi packages and network paths', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		"%SYSTEMDRIVE%\\Setup\\finish.cmd"
		"msiexec /i \\\\server\\apps\\agent.msi /qn"
		"cmd /c net use Z: \\\\server\\share"
		C:\\vmcloak\\bootstrap.bat
		"cmd /c copy C:\\a.txt C:\\b.txt > nul"
		`,
		commandCodes,
	);
});

test('a cmd.exe built-in without cmd /c', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		"mkdir C:\\Logs"
		 ^^^^^ error inf.guirunonce-needs-cmd: 'mkdir' is built into cmd.exe (it creates a folder); Windows starts [GuiRunOnce] lines as programs, so write 'cmd /c mkdir …'.
		"report.exe > C:\\r.txt"
		            ^ warning inf.guirunonce-needs-cmd…
		Command0 = "echo hello"
		            ^^^^ error inf.guirunonce-needs-cmd…
		`,
		commandCodes,
	);
});

test('a restart before the end of the list drops the rest; as the last line it is fine', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		"shutdown -r -t 5"
		 ^^^^^^^^^^^ warning inf.guirunonce-restart: 'shutdown -r' restarts or shuts down the computer, and the [GuiRunOnce] commands after it never run. Make it the last line, or run the steps from one script that uses 'start /wait' for each and restarts at its end.
		"C:\\Setup\\second.cmd"
		"cmd /c shutdown /r /t 0"
		`,
		commandCodes,
	);
});

test('an = inside an unquoted command does not split it', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		set X=1
		^^^ error inf.guirunonce-needs-cmd…
		"C:\\Setup\\last.cmd"
		`,
		commandCodes,
	);
});

test('Unattend.txt / winnt.sif get the same command checks', () => {
	checkDiagnostics(
		`
		//- /I386/winnt.sif
		[GuiRunOnce]
		"del C:\\setup.log"
		 ^^^ error inf.guirunonce-needs-cmd…
		"psshutdown -r"
		 ^^^^^^^^^^^^^ warning inf.guirunonce-restart…
		"C:\\last.cmd"
		`,
		commandCodes,
	);
});

test('quick-fix puts cmd /c in front of a built-in', () => {
	assert.equal(applyFix('[GuiRunOnce]\n"mkdir$0 C:\\Logs"\n', "Change to 'cmd /c mkdir'"), '[GuiRunOnce]\n"cmd /c mkdir C:\\Logs"\n');
});

test('text-mode-only sections and entries warn in Sysprep.inf (not an error) and are fine in winnt.sif', () => {
	checkDiagnostics(
		`
		[Data]
		 ^^^^ warning inf.text-mode-only: [Data] is read only by text-mode Setup (Unattend.txt/winnt.sif); Mini-Setup ignores it in Sysprep.inf.
		AutoPartition = 1
		[Unattended]
		FileSystem = ConvertNTFS
		^^^^^^^^^^ warning inf.text-mode-only: FileSystem is read only by text-mode Setup (Unattend.txt/winnt.sif); Mini-Setup ignores it in Sysprep.inf.
		`,
		{ only: ['inf.text-mode-only', 'inf.unknown-section', 'inf.unknown-entry'] },
	);
	checkDiagnostics(
		`
		//- /winnt.sif
		[Data]
		AutoPartition = 1
		[Unattended]
		FileSystem = ConvertNTFS
		`,
	);
});

test('full-automation requirements are not applied to Unattend.txt', () => {
	const document = documentFor(single('//- /Unattend.txt\n[Unattended]\nUnattendMode = FullUnattended\n'));
	assert.deepEqual(
		service.doValidation(document).map((diagnostic) => diagnostic.code),
		[],
	);
	const sysprep = documentFor(single('[Unattended]\nOemSkipEula = Yes\n'));
	assert.ok(service.doValidation(sysprep).some((diagnostic) => diagnostic.code === 'inf.missing-required-entry'));
});

test('the documented text-mode mistakes: no =, a bare JoinWorkgroup and # as a comment', () => {
	checkDiagnostics(`
		//- /winnt.sif
		[Unattended]
		FileSystem-ConvertNTFS
		^^^^^^^^^^^^^^^^^^^^^^ error inf.missing-equals: 'FileSystem-ConvertNTFS' has no '='; did you mean 'FileSystem = ConvertNTFS'?
		# text-mode Setup does not skip this as a comment
		^ warning inf.hash-comment…
		[Identification]
		JoinWorkgroup
		^^^^^^^^^^^^^ error inf.missing-equals: 'JoinWorkgroup' has no '=' and no value; write it as 'JoinWorkgroup = WORKGROUP'.
		`);
});

test('GuiRunOnce quoting follows Setup\'s INF reader: joined pieces warn, a cut or open quote is an error', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		"C:\\Program Files\\App\\setup.exe" /q
		^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning inf.guirunonce-joined: This line is not one quoted string; Setup's INF reader removes the quotes and joins the pieces into \`C:\\Program Files\\App\\setup.exe /q\`…
		"""C:\\Program Files\\App\\setup.exe"" /q"
		"cmd /c echo a, b > C:\\log.txt"
		C:\\Setup\\plain.cmd
		"C:\\a.exe", "/q"
		          ^ error inf.guirunonce-quoting: The ',' outside quotes ends the command for Setup's INF reader, so [GuiRunOnce] starts only \`C:\\a.exe\`; put the whole command in one pair of quotes.
		"C:\\b.exe /q
		^ error inf.guirunonce-quoting: This quote is never closed…
		"start notepad.exe"
		 ^^^^^ error inf.guirunonce-needs-cmd…
		`,
		{ only: ['inf.guirunonce-joined', 'inf.guirunonce-quoting', 'inf.guirunonce-needs-cmd'] },
	);
});

test('hover on a GuiRunOnce line and a Cmdlines.txt line shows the command Setup starts', () => {
	const gui = hoverText(`
		[GuiRunOnce]
		"C:\\Program Files\\App\\setup.exe"$0 /q
	`);
	assert.match(gui ?? '', /Setup starts: `C:\\Program Files\\App\\setup\.exe \/q` \(after its INF reader/);
	const cmdlines = hoverText(`
		//- /Cmdlines.txt
		[Commands]
		"""C:\\Program Files\\App\\setup.exe"" /q"$0
	`);
	assert.match(cmdlines ?? '', /Setup starts: `"C:\\Program Files\\App\\setup\.exe" \/q`/);
});
