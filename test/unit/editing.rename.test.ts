/**
 * Rename (with prepareRename) and document highlight: batch labels and
 * author-named INI sections.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedent } from '../utils/fixture';
import { highlighted, renamed, renameRefusal } from '../utils/editing';

test('a batch label renames with every goto and call :, case-insensitively; goto :eof stays', () => {
	const after = renamed(
		`
		@echo off
		call :Clean$0up
		if errorlevel 1 goto CLEANUP
		goto :eof
		:cleanup
		del /q %TEMP%\\*.tmp
		goto:eof
		`,
		'Tidy',
		'/sysprep.bat',
	);
	assert.equal(
		after,
		dedent(`
		@echo off
		call :Tidy
		if errorlevel 1 goto Tidy
		goto :eof
		:Tidy
		del /q %TEMP%\\*.tmp
		goto:eof
		`),
	);
});

test('renaming from the label line itself works too', () => {
	const after = renamed('goto :next\n:ne$0xt\necho done\n', 'finish', '/run.cmd');
	assert.equal(after, 'goto :finish\n:finish\necho done\n');
});

test('batch rename refuses bad names, eof, clashes and scripts with computed jumps', () => {
	const script = 'goto one\n:o$0ne\n:two\n';
	assert.match(String(renameRefusal(script, 'has space', '/a.bat')), /cannot be a label name/);
	assert.match(String(renameRefusal(script, 'EOF', '/a.bat')), /goto :eof/);
	assert.match(String(renameRefusal(script, 'Two', '/a.bat')), /already has a label :Two/);
	assert.match(String(renameRefusal('goto %NEXT%\ngoto one\n:o$0ne\n', 'x', '/a.bat')), /Line 1 jumps to a label named by a variable/);
	assert.equal(renameRefusal('echo $0hello\n', 'x', '/a.bat'), null, 'nothing to rename on a plain word');
	assert.match(String(renameRefusal('goto mis$0sing\n', 'x', '/a.bat')), /no label :missing/);
});

test('batch highlight shows the label and its jumps, and variables with their assignments', () => {
	assert.deepEqual(highlighted('goto Fin$0ish\n:finish\ncall :FINISH\n', '/a.bat'), ['Finish@0:2', 'finish@1:3', 'FINISH@2:2']);
	assert.deepEqual(highlighted('set LOG=C:\\log.txt\necho x >> %lo$0g%\n', '/a.bat'), ['LOG@0:3', 'log@1:2']);
	// The places a rename changes: set /a names and if defined too; a for variable within its for.
	assert.deepEqual(highlighted('set /a n=1\nset /a t=n$0*2\nif defined N echo %n:~0,1%\n', '/a.bat'), ['n@0:3', 'n@1:2', 'N@2:2', 'n@2:2']);
	assert.deepEqual(highlighted('for %%i in (1) do echo %%$0i\necho %%i\n', '/a.bat'), ['i@0:3', 'i@0:2']);
});

test('an author-named section renames with every entry that names it', () => {
	const after = renamed(
		`
		[NetAdapters]
		Adapter1 = params.Adapter1
		[params.Adapter1]
		INFID = *
		[NetClients]
		MS_MSClient = params.MS_MSClient
		[NetProtocols]
		MS_TCPIP = params.MS_TCPIP
		[params.MS_TCPIP]
		AdapterSections = params.MS_TCPIP.Adap$0ter1
		[params.MS_TCPIP.Adapter1]
		SpecificTo = Adapter1
		DHCP = Yes
		`,
		'params.MS_TCPIP.LAN',
	);
	assert.match(after, /AdapterSections = params\.MS_TCPIP\.LAN\n\[params\.MS_TCPIP\.LAN\]\n/);
	assert.match(after, /Adapter1 = params\.Adapter1\n\[params\.Adapter1\]/, 'other sections are untouched');
	assert.match(after, /SpecificTo = Adapter1/, 'SpecificTo names an adapter, not a section');
});

test('renaming from the header renames the pointing entries, in a list too', () => {
	const after = renamed('[NetProtocols]\nMS_TCPIP = params.MS_TCPIP\n[params.MS_TCPIP]\nAdapterSections = params.MS_TCPIP.A, params.MS_TCPIP.B\n[params.MS_TCPIP.$0A]\nDHCP = Yes\n[params.MS_TCPIP.B]\nDHCP = No\n', 'params.MS_TCPIP.Wired');
	assert.equal(after, '[NetProtocols]\nMS_TCPIP = params.MS_TCPIP\n[params.MS_TCPIP]\nAdapterSections = params.MS_TCPIP.Wired, params.MS_TCPIP.B\n[params.MS_TCPIP.Wired]\nDHCP = Yes\n[params.MS_TCPIP.B]\nDHCP = No\n');
});

test('a Winbom.ini application section renames with its [OEMRunOnce] line', () => {
	const after = renamed(
		`
		[Factory]
		WinbomType = Factory
		[OEMRunOnce]
		"Viewer", "Viewer.Install", MSI
		"Map share", "net use R: \\\\server\\share"
		[Viewer.Ins$0tall]
		SourcePath = \\\\server\\apps\\Viewer
		SetupFile = viewer.msi
		`,
		'Viewer.Setup',
		'/Winbom.ini',
	);
	assert.match(after, /"Viewer", "Viewer\.Setup", MSI\n/);
	assert.match(after, /\n\[Viewer\.Setup\]\n/);
});

test('sections Setup knows by name, and sections nothing names, are not renamed', () => {
	assert.match(String(renameRefusal('[Unatt$0ended]\nOemSkipEula = Yes\n')), /Setup reads by this name/);
	assert.match(String(renameRefusal('[My$0Notes]\nx = 1\n')), /No entry in this file names \[MyNotes\]/);
	assert.equal(renameRefusal('[Unattended]\nOemSkip$0Eula = Yes\n'), null);
});

test('INI rename refuses names that break the header or the list, and clashes', () => {
	const file = '[NetAdapters]\nAdapter1 = params.Adap$0ter1\n[params.Adapter1]\nINFID = *\n[Other]\n';
	assert.match(String(renameRefusal(file, 'a,b')), /cannot be a section name/);
	assert.match(String(renameRefusal(file, 'a]')), /cannot be a section name/);
	assert.match(String(renameRefusal(file, 'other')), /already has a section \[other\]/);
	assert.match(String(renameRefusal(file, 'GuiUnattended')), /Setup reads by name/);
});

test('INI highlight marks the header as written and the entries as reading it', () => {
	assert.deepEqual(highlighted('[NetAdapters]\nAdapter1 = params.A$0dapter1\n[params.adapter1]\nINFID = *\n'), ['params.Adapter1@1:2', 'params.adapter1@2:3']);
	assert.deepEqual(highlighted('[Unatt$0ended]\nOemSkipEula = Yes\n'), [], 'a section nothing names has nothing to highlight');
});

test('unattend.xml has no rename', () => {
	assert.equal(renameRefusal('<unattend xmlns="urn:schemas-microsoft-com:unattend"><settings pass="$0oobeSystem"/></unattend>', 'x', '/unattend.xml'), null);
});
