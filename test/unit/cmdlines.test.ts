/**
 * Cmdlines.txt: checks, quick-fixes, editor features and the cross-file rules
 * (location under Sysprep\i386\$OEM$, InstallFilesPath in Sysprep.inf).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFix, checkDiagnostics, completionLabels, dedent, hoverText, memoryWorkspace as workspace, service } from '../utils/fixture';

const at = '//- /Cmdlines.txt\n';

test('quoted commands, cmd /c, redirection and doubled quotes are fine', () => {
	checkDiagnostics(`
		//- /Cmdlines.txt
		; comments with a semicolon are fine
		[Commands]
		"cmd /c mkdir %SYSTEMDRIVE%\\Logs"
		"cmd.exe /c C:\\Tools\\setup.cmd > C:\\Tools\\setup.log 2>&1"
		"rundll32 setupapi,InstallHinfSection DefaultInstall 128 .\\tweaks.inf"
		"cmd /c echo ""done"" > C:\\stamp.txt"
		"C:\\Tools\\run.cmd & echo chained by the batch file"
		"cmd /c start /wait setup.exe /s"
		`);
});

const cases: [string, string][] = [
	[
		'a line not enclosed in quotes still runs: a warning that shows what Setup reads',
		`
		//- /Cmdlines.txt
		[Commands]
		cmd /c C:\\Tools\\setup.cmd
		^^^^^^^^^^^^^^^^^^^^^^^^^ warning cmdlines.joined-command: Setup expects each command in double quotes; without them this line still reads as \`cmd /c C:\\Tools\\setup.cmd\`. Write "cmd /c C:\\Tools\\setup.cmd".
		`,
	],
	[
		'a quoted program path followed by bare arguments joins: a warning naming the effective command',
		`
		//- /Cmdlines.txt
		[Commands]
		"C:\\Program Files\\Tool\\tool.exe" /s
		^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning cmdlines.joined-command: This line is not one quoted string; Setup's INF reader removes the quotes and joins the pieces into \`C:\\Program Files\\Tool\\tool.exe /s\`. The program path then has spaces and no quotes, so Windows has to guess where it ends. To pass it on as written, use """C:\\Program Files\\Tool\\tool.exe"" /s".
		"cmd /c" C:\\Tools\\setup.cmd
		^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning cmdlines.joined-command: This line is not one quoted string; Setup's INF reader removes the quotes and joins the pieces into \`cmd /c C:\\Tools\\setup.cmd\`. To pass it on as written, use "cmd /c C:\\Tools\\setup.cmd".
		`,
	],
	[
		'doubled quotes inside one quoted string keep a spaced program path quoted',
		`
		//- /Cmdlines.txt
		[Commands]
		"""C:\\Program Files\\Tool\\tool.exe"" /s"
		`,
	],
	[
		'a quote that is never closed',
		`
		//- /Cmdlines.txt
		[Commands]
		"cmd /c setup.cmd
		^ error cmdlines.unquoted-command: This quote is never closed, so Setup's INF reader runs the rest of the line as it stands (\`cmd /c setup.cmd\`)…
		`,
	],
	[
		'a comma or = outside quotes cuts the command',
		`
		//- /Cmdlines.txt
		[Commands]
		"rundll32.exe" setupapi,InstallHinfSection DefaultInstall 128 C:\\x.inf
		                       ^ error cmdlines.unquoted-command: The ',' outside quotes ends the command for Setup's INF reader, so Setup starts only \`rundll32.exe setupapi\`; put the whole command in one pair of quotes.
		cmd /c set X=1
		            ^ error cmdlines.unquoted-command: The '=' outside quotes makes Setup's INF reader take the text before it as an entry name…
		`,
	],
	[
		'a program path only partly inside quotes is broken',
		`
		//- /Cmdlines.txt
		[Commands]
		"C:\\Program Files\\Tool"\\tool.exe /s
		^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error cmdlines.unquoted-command: Only part of the program path is in quotes…
		`,
	],
	[
		'a cmd.exe built-in without cmd /c',
		`
		//- /Cmdlines.txt
		[Commands]
		"mkdir C:\\Temp"
		 ^^^^^ error cmdlines.needs-cmd: 'mkdir' is built into cmd.exe (it creates a folder); Setup starts each line as a program, so write 'cmd /c mkdir …'.
		"copy a.txt C:\\"
		 ^^^^ error cmdlines.needs-cmd…
		"del /q C:\\old.log"
		 ^^^ error cmdlines.needs-cmd…
		`,
	],
	[
		'redirection without cmd /c is only a warning',
		`
		//- /Cmdlines.txt
		[Commands]
		"C:\\Tools\\report.exe > C:\\report.txt"
		                     ^ warning cmdlines.needs-cmd: '>' is cmd.exe syntax; without 'cmd /c' at the start of the line the program receives it as an ordinary argument.
		`,
	],
	[
		'Windows Installer packages cannot run from Cmdlines.txt',
		`
		//- /Cmdlines.txt
		[Commands]
		"msiexec /i C:\\Packages\\agent.msi /qn"
		 ^^^^^^^ error cmdlines.msi…
		"cmd /c C:\\Packages\\agent.msi"
		        ^^^^^^^^^^^^^^^^^^^^^ error cmdlines.msi…
		`,
	],
	[
		'no network while Cmdlines.txt runs',
		`
		//- /Cmdlines.txt
		[Commands]
		"net use Z: \\\\server\\share"
		 ^^^^^^^ warning cmdlines.network: 'net use' needs the network, which is not started while Cmdlines.txt runs; move it to [GuiRunOnce].
		            ^^^^^^^^^^^^^^ warning cmdlines.network…
		"cmd /c copy \\\\server\\share\\x.cmd C:\\"
		             ^^^^^^^^^^^^^^^^^^^^ warning cmdlines.network…
		`,
	],
	[
		'commands that restart or shut down',
		`
		//- /Cmdlines.txt
		[Commands]
		"shutdown -r -t 0"
		 ^^^^^^^^^^^ warning cmdlines.restart…
		"shutdown.exe /s /t 5"
		 ^^^^^^^^^^^^^^^ warning cmdlines.restart…
		"cmd /c start /wait ""restart"" psshutdown -r"
		                                ^^^^^^^^^^^^^ warning cmdlines.restart…
		"shutdown -a"
		`,
	],
	[
		'an empty command',
		`
		//- /Cmdlines.txt
		[Commands]
		""
		^^ warning cmdlines.empty-command…
		`,
	],
	[
		'sections other than [Commands] never run',
		`
		//- /Cmdlines.txt
		[Commands]
		"cmd /c one.cmd"
		[Command]
		 ^^^^^^^ warning cmdlines.unknown-section: Setup reads only [Commands] from Cmdlines.txt; the lines of [Command] never run. Did you mean [Commands]?
		"cmd /c two.cmd"
		[Extra]
		 ^^^^^ warning cmdlines.unknown-section…
		`,
	],
	[
		'a command before the header',
		`
		//- /Cmdlines.txt
		"cmd /c early.cmd"
		^^^^^^^^^^^^^^^^^^ error cmdlines.outside-section…
		[Commands]
		`,
	],
	[
		'a file without [Commands]',
		`
		//- /Cmdlines.txt
		"cmd /c early.cmd"
		^^^^^^^^^^^^^^^^^^ error cmdlines.outside-section…
		^^^^^^^^^^^^^^^^^^ warning cmdlines.missing-commands-section…
		`,
	],
	[
		'a # header before [Commands] is one warning, not an error',
		`
		//- /Cmdlines.txt
		# Licensed to the lab team.
		^ warning cmdlines.comment-marker: '#' starts 3 comment lines here, but it is not a documented comment marker in Cmdlines.txt; start comment lines with ';'.
		# (the "Licence")# see the notice file.
		#
		[Commands]
		REM old way
		^^^ warning cmdlines.comment-marker: 'REM' is not a documented comment marker in Cmdlines.txt; start comment lines with ';'.
		"cmd /c setup.cmd"
		`,
	],
	[
		'a section header without ]',
		`
		//- /Cmdlines.txt
		[Commands
		^^^^^^^^^ error cmdlines.malformed-section…
		`,
	],
];

for (const [name, source] of cases) {
	test(name, () => {
		checkDiagnostics(source);
	});
}

test('quick-fix encloses a command in quotes, doubling quotes inside', () => {
	assert.equal(applyFix(`${at}[Commands]\n"C:\\Program Files\\x.exe" /s$0\n`, 'Enclose the command in quotes'), '[Commands]\n"""C:\\Program Files\\x.exe"" /s"\n');
	assert.equal(applyFix(`${at}[Commands]\nsetup.exe$0 /s\n`, 'Enclose the command in quotes'), '[Commands]\n"setup.exe /s"\n');
});

test('quick-fix runs a built-in through cmd /c', () => {
	assert.equal(applyFix(`${at}[Commands]\n"mkdir$0 C:\\Temp"\n`, "Run it with 'cmd /c'"), '[Commands]\n"cmd /c mkdir C:\\Temp"\n');
	assert.equal(applyFix(`${at}[Commands]\n"report.exe > out.txt$0"\n`, "Run it with 'cmd /c'"), '[Commands]\n"cmd /c report.exe > out.txt"\n');
});

test('quick-fix turns a whole # header into ; comments', () => {
	assert.equal(applyFix(`${at}# one$0\n# two\n[Commands]\n`, "Use ';' on all 2 comment lines"), '; one\n; two\n[Commands]\n');
});

test('quick-fix renames a misspelt section', () => {
	assert.equal(applyFix(`${at}[Comands$0]\n"cmd /c x.cmd"\n`, "Change to 'Commands'"), '[Commands]\n"cmd /c x.cmd"\n');
});

test('hover explains [Commands] and the program under the cursor', () => {
	const section = hoverText(`${at}[Com$0mands]\n"cmd /c x.cmd"\n`);
	assert.match(section ?? '', /\*\*\[Commands\]\*\*/);
	assert.match(section ?? '', /1 command in this file/);
	const builtin = hoverText(`${at}[Commands]\n"cmd /c x.cmd"\n"mk$0dir C:\\x"\n`);
	assert.match(builtin ?? '', /Command 2 of 2/);
	assert.match(builtin ?? '', /`mkdir` is built into cmd.exe: it creates a folder\. It needs `cmd \/c` in front\./);
	const other = hoverText(`${at}[Commands]\n[Ot$0her]\n`);
	assert.match(other ?? '', /is not read/);
});

test('completion offers [Commands] in an empty file and command templates inside it', () => {
	assert.deepEqual(completionLabels(`${at}$0`), ['[Commands]']);
	assert.deepEqual(completionLabels(`${at}[Commands]\n$0`), ['cmd /c …', 'rundll32 setupapi,InstallHinfSection …', 'regedit /s …']);
	assert.deepEqual(completionLabels(`${at}[Commands]\n"cmd /c x$0"`), []);
});

test('outline and folding', () => {
	const document = TextDocument.create('file:///Cmdlines.txt', '', 1, dedent(`
		; a
		; b
		[Commands]
		"cmd /c one.cmd"
		"cmd /c two.cmd"
		`));
	const symbols = service.findDocumentSymbols(document);
	assert.deepEqual(
		symbols.map((symbol) => [symbol.name, symbol.detail, symbol.children?.map((child) => child.name)]),
		[['[Commands]', '2 commands', ['cmd /c one.cmd', 'cmd /c two.cmd']]],
	);
	assert.deepEqual(
		service.getFoldingRanges(document).map((range) => [range.startLine, range.endLine]),
		[
			[2, 4],
			[0, 1],
		],
	);
});

test('facts list the scripts and files the commands need, not system programs or outputs', () => {
	const document = TextDocument.create('file:///Cmdlines.txt', '', 1, '[Commands]\n"cmd /c C:\\Sysprep\\setup.cmd > C:\\out.log"\n"regedit /s defaults.reg"\n"cscript.exe name.vbs"\n');
	const facts = service.getFacts(document);
	assert.deepEqual(
		facts?.referencedPaths.map((item) => item.path),
		['C:\\Sysprep\\setup.cmd', 'defaults.reg', 'name.vbs'],
	);
});

function placement(path: string, files: Record<string, string>): string[] {
	const document = TextDocument.create(`file:///work/image/${path}`, 'cmdlines', 1, '[Commands]\n"cmd /c x.cmd"\n');
	return service
		.doValidation(document, undefined, workspace({ [path]: '', ...files }))
		.map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`);
}

const goodInf = '[Unattended]\nInstallFilesPath = C:\\Sysprep\\i386\n';

test('workspace: Cmdlines.txt under Sysprep\\i386\\$OEM$ with a matching InstallFilesPath is fine (any case)', () => {
	assert.deepEqual(placement('Sysprep/i386/$OEM$/Cmdlines.txt', { 'Sysprep/sysprep.inf': goodInf }), []);
	assert.deepEqual(placement('SYSPREP/I386/$oem$/cmdlines.txt', { 'SYSPREP/SYSPREP.INF': '[unattended]\ninstallfilespath = "c:\\sysprep\\i386\\"\n' }), []);
	// The workspace is the Sysprep folder itself.
	assert.deepEqual(placement('i386/$OEM$/Cmdlines.txt', { 'sysprep.inf': goodInf }), []);
});

test('workspace: Cmdlines.txt elsewhere is reported', () => {
	const [message] = placement('Sysprep/Cmdlines.txt', { 'Sysprep/sysprep.inf': goodInf });
	assert.equal(message, 'cmdlines.location: Mini-Setup looks for Cmdlines.txt only in Sysprep\\i386\\$OEM$ (the $OEM$ folder under InstallFilesPath); this file is at Sysprep\\Cmdlines.txt.');
	assert.match(placement('Image/i386/$OEM$/Cmdlines.txt', { 'Sysprep/sysprep.inf': goodInf })[0], /^cmdlines\.location/);
});

test('workspace: Sysprep.inf must set InstallFilesPath to the i386 folder', () => {
	assert.deepEqual(placement('Sysprep/i386/$OEM$/Cmdlines.txt', { 'Sysprep/sysprep.inf': '[Unattended]\nOemSkipEula = Yes\n' }), [
		'cmdlines.install-files-path: Sysprep/sysprep.inf sets no [Unattended] InstallFilesPath, so Mini-Setup never runs this Cmdlines.txt; add InstallFilesPath = C:\\Sysprep\\i386.',
	]);
	assert.match(placement('Sysprep/i386/$OEM$/Cmdlines.txt', { 'Sysprep/sysprep.inf': '[Unattended]\nInstallFilesPath = C:\\i386\n' })[0], /^cmdlines\.install-files-path: Sysprep\/sysprep\.inf sets InstallFilesPath = C:\\i386/);
});

test('workspace: without a Sysprep.inf (a CD-based install) the placement is not checked', () => {
	assert.deepEqual(placement('$OEM$/Cmdlines.txt', {}), []);
	assert.deepEqual(placement('Sysprep/i386/$OEM$/Cmdlines.txt', { 'I386/winnt.sif': '' }), []);
});

test('the checker never throws on odd input', () => {
	for (const text of ['', '[', '"', '""""', '[Commands]\n"', '[Commands]\n" & | > < 2>&1 "', '[Commands]\n"cmd /c"', '[Commands]\n"start"', '[Commands]\n= = =', '\u0000\u0001']) {
		const document = TextDocument.create('file:///Cmdlines.txt', 'cmdlines', 1, text);
		assert.doesNotThrow(() => service.doValidation(document, undefined, workspace({ 'Cmdlines.txt': text, 'sysprep.inf': '[' })));
		assert.doesNotThrow(() => service.doHover(document, { line: 1, character: 2 }));
		assert.doesNotThrow(() => service.doComplete(document, { line: 1, character: 1 }));
	}
});
