/**
 * Batch extras (#31 item 5): rename of variables (environment variables the
 * script sets, `for` variables within their `for`), completion of `!var!`,
 * and workspace symbols for labels.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dedent, documentFor, service, single } from '../utils/fixture';
import { renamed, renameRefusal } from '../utils/editing';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { maxWorkspaceSymbols } from '../../server/src/languageService';

test('a variable renames at set, set /a, set /p, %NAME%, its edits, !NAME!, if defined and set /a expressions, case-insensitively', () => {
	const after = renamed(
		`
		@echo off
		setlocal EnableDelayedExpansion
		set Dri$0ve=C:
		set /p DRIVE=Which drive? 
		set /a count=0
		set /a count+=1, total=count*2
		if not defined drive set drive=D:
		echo %DRIVE% %Drive:~0,1% %drive:C=E% "!DRIVE!"
		rem %drive% is expanded on a rem line, the word drive is not
		:: %drive% on a :: line is never expanded
		echo %driveletter% %%drive%%
		`,
		'Target',
		'/sysprep.bat',
	);
	assert.equal(
		after,
		dedent(`
		@echo off
		setlocal EnableDelayedExpansion
		set Target=C:
		set /p Target=Which drive? 
		set /a count=0
		set /a count+=1, total=count*2
		if not defined Target set Target=D:
		echo %Target% %Target:~0,1% %Target:C=E% "!Target!"
		rem %Target% is expanded on a rem line, the word drive is not
		:: %drive% on a :: line is never expanded
		echo %driveletter% %%drive%%
		`),
	);
});

test('a bare name of a set /a expression renames with its other uses', () => {
	const after = renamed('set /a count=0\nset /a count+=1, total=co$0unt*2\necho %count% %total%\n', 'n', '/a.bat');
	assert.equal(after, 'set /a n=0\nset /a n+=1, total=n*2\necho %n% %total%\n');
	// `0x1F` is a number, not a name; a quoted expression is read too.
	assert.equal(renamed('set /a "mask=0x1F"\nset /a ma$0sk^|=2\necho %mask%\n', 'bits', '/a.bat'), 'set /a "bits=0x1F"\nset /a bits^|=2\necho %bits%\n');
});

test('!NAME! is a reference only where delayed expansion is on', () => {
	// Without EnableDelayedExpansion, cmd.exe prints !NAME! as it is: it is text, not the variable.
	assert.equal(renamed('set NA$0ME=1\necho %NAME% !NAME!\n', 'Other', '/a.bat'), 'set Other=1\necho %Other% !NAME!\n');
});

test('a for variable renames within its own for only, keeping its ~ modifiers', () => {
	const after = renamed(
		`
		for %%f in (*.inf) do (
		  echo %%f
		  copy "%%~f" "%%~dpf.bak"
		)
		for %%f in (*.txt) do echo %%$0f & type %%f
		echo %%f
		`,
		'x',
		'/a.bat',
	);
	assert.equal(
		after,
		dedent(`
		for %%f in (*.inf) do (
		  echo %%f
		  copy "%%~f" "%%~dpf.bak"
		)
		for %%x in (*.txt) do echo %%x & type %%x
		echo %%f
		`),
	);
	// From the declaration, the body follows; %%F is another variable.
	assert.equal(renamed('for %%$0i in (a b) do (\n  echo %%i %%I\n)\n', '%%n', '/a.bat'), 'for %%n in (a b) do (\n  echo %%n %%I\n)\n');
	// An inner for that declares the same letter hides the outer one in its body.
	assert.equal(renamed('for %%$0a in (1) do (\n  echo %%a\n  for %%a in (2) do echo %%a\n)\n', 'b', '/a.bat'), 'for %%b in (1) do (\n  echo %%b\n  for %%a in (2) do echo %%a\n)\n');
});

test('rename refuses arguments, variables the script never sets, bad or clashing names, and for /f token letters', () => {
	assert.match(String(renameRefusal('copy %~d$0p0x.inf C:\\\n', undefined, '/a.bat')), /argument of the script/);
	assert.match(String(renameRefusal('echo %1$0\n', undefined, '/a.bat')), /argument of the script/);
	assert.match(String(renameRefusal('echo %WIN$0DIR%\n', undefined, '/a.bat')), /%windir% is defined by Windows and this script never sets it/);
	assert.match(String(renameRefusal('echo %SOURCE_D$0IR%\n', undefined, '/a.bat')), /never sets SOURCE_DIR: its value comes from the caller's environment/);
	// A Windows variable the script sets is the script's own.
	assert.equal(renamed('set TEMP=C:\\t\necho %te$0mp%\n', 'WORK', '/a.bat'), 'set WORK=C:\\t\necho %WORK%\n');
	const script = 'set LOG=x\nset OUT=y\necho %L$0OG%\n';
	assert.match(String(renameRefusal(script, 'out', '/a.bat')), /already uses a variable out/);
	assert.match(String(renameRefusal(script, 'Path', '/a.bat')), /%PATH% is a variable Windows defines/);
	assert.match(String(renameRefusal(script, 'two words', '/a.bat')), /cannot be a variable name/);
	assert.match(String(renameRefusal(script, '50', '/a.bat')), /cannot be a variable name/);
	assert.equal(renamed(script, 'Log', '/a.bat'), 'set Log=x\nset OUT=y\necho %Log%\n', 'a change of case only is a rename');
	assert.match(String(renameRefusal('for %%a in (1) do echo %%a %%$0b\n', 'x', '/a.bat')), /not declared by a for around it/);
	assert.match(String(renameRefusal('for /f "tokens=1,2" %%$0a in (f.txt) do echo %%a %%b\n', 'x', '/a.bat')), /several tokens into %%a/);
	assert.match(String(renameRefusal('for %%$0a in (1) do echo %%a %%b\n', 'b', '/a.bat')), /%%b is already used inside this for/);
	assert.match(String(renameRefusal('for %%$0a in (1) do echo %%a\n', 'ab', '/a.bat')), /cannot name a for variable/);
	// One token (`tokens=*` or a single number) is one variable, renamed freely.
	assert.equal(renamed('for /f "tokens=*" %%$0l in (f.txt) do echo %%l\n', 'm', '/a.bat'), 'for /f "tokens=*" %%m in (f.txt) do echo %%m\n');
	assert.equal(renameRefusal('echo %% hello$0\n', 'x', '/a.bat'), null, 'a literal %% and a plain word are nothing to rename');
});

test('prepareRename on a variable gives the name only: not the % or ! around it, an edit, or %%~dp', () => {
	for (const [source, placeholder] of [
		['set X=1\necho %X:~0$0,3%\n', 'X'],
		['setlocal enabledelayedexpansion\nset Name=1\necho !na$0me:a=b!\n', 'name'],
		['for %%i in (1) do echo %%~d$0pi\n', 'i'],
		['set /a tot$0al=1\n', 'total'],
	] as const) {
		const fixture = single(source, '/a.bat');
		const document = documentFor(fixture);
		const prepared = service.prepareRename(document, fixture.cursor!);
		assert.ok(prepared && 'range' in prepared, `${source}: ${JSON.stringify(prepared)}`);
		assert.equal(prepared.placeholder, placeholder);
		assert.equal(document.getText(prepared.range), placeholder);
	}
});

test('after ! the variables the script sets are offered as !NAME!, only where delayed expansion is on', () => {
	const script = (body: string) => single(body, '/a.bat');
	const labels = (body: string) => {
		const fixture = script(body);
		return service.doComplete(documentFor(fixture), fixture.cursor!).items.map((item) => item.label);
	};
	const on = labels('setlocal EnableDelayedExpansion\nset Count=0\nset /a total=1\nfor %%f in (*) do (\n  set /a Count+=1\n  echo !$0\n)\n');
	assert.ok(on.includes('!Count!') && on.includes('!total!'), on.join(', '));
	assert.ok(on.includes('!SystemDrive!'), 'Windows variables too');
	assert.ok(!on.includes('%~dp0') && !on.some((label) => label.startsWith('%')), 'no %-forms after !');
	// The edit replaces what is typed from the !.
	const fixture = script('setlocal enabledelayedexpansion\nset LOG=x\necho !lo$0\n');
	const item = service.doComplete(documentFor(fixture), fixture.cursor!).items.find((entry) => entry.label === '!LOG!');
	assert.ok(item?.textEdit && 'range' in item.textEdit);
	assert.deepEqual(item.textEdit.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } });
	// Not enabled, enabled only later, or disabled again: ! is plain text there.
	assert.ok(!labels('set Count=0\necho !$0\n').some((label) => label.startsWith('!')));
	assert.ok(!labels('set Count=0\necho !$0\nsetlocal EnableDelayedExpansion\n').some((label) => label.startsWith('!')));
	assert.ok(!labels('setlocal EnableDelayedExpansion\nsetlocal DisableDelayedExpansion\nset Count=0\necho !$0\n').some((label) => label.startsWith('!')));
	// After %, the same variables in their %-form, names set by set /a included.
	const percent = labels('set /a total=1\necho %$0\n');
	assert.ok(percent.includes('%total%') && percent.includes('%~dp0'), percent.join(', '));
});

test('workspace symbols: labels of open scripts and workspace scripts, only script files read, open copies win, capped', () => {
	const read: string[] = [];
	const file = (uri: string, text: string) => ({ uri, read: () => (read.push(uri), text) });
	const open = TextDocument.create('file:///ws/a.bat', 'bat', 3, ':Start\r\ngoto :eof\r\n');
	const found = service.findWorkspaceSymbols(
		'st',
		[open],
		[file('file:///ws/a.bat', ':stale_disk_copy\r\n'), file('file:///ws/tools/b.cmd', ':restart\r\n:other\r\n'), file('file:///ws/Sysprep.inf', '[Unattended]\r\n'), file('file:///ws/readme.txt', ':stop\r\n')],
	);
	assert.deepEqual(
		found.map((symbol) => `${symbol.name} ${symbol.location.uri} ${symbol.location.range.start.line}:${symbol.location.range.start.character}`),
		[':Start file:///ws/a.bat 0:1', ':restart file:///ws/tools/b.cmd 0:1'],
	);
	assert.deepEqual(read, ['file:///ws/tools/b.cmd'], 'only the script that is not open was read');
	// batchSupport "off" leaves scripts alone here too.
	assert.deepEqual(service.findWorkspaceSymbols('', [open], [], { batchSupport: 'off' }), []);
	// A huge workspace answers at most maxWorkspaceSymbols.
	const many = Array.from({ length: 300 }, (_, index) => file(`file:///ws/s${index}.bat`, [0, 1, 2, 3, 4].map((k) => `:label_${index}_${k}`).join('\r\n')));
	assert.equal(service.findWorkspaceSymbols('label', [], many).length, maxWorkspaceSymbols);
});

test('Windows-defined variables of Vista and later are refused too, and offered after %', () => {
	assert.match(String(renameRefusal('echo %CommonProgram$0W6432%\n', undefined, '/a.bat')), /%CommonProgramW6432% is defined by Windows/);
	assert.match(String(renameRefusal('copy a.txt "%ProgramD$0ata%\\x"\n', undefined, '/a.bat')), /%ProgramData% is defined by Windows/);
	assert.match(String(renameRefusal('echo "%ProgramFiles(x86$0)%"\n', undefined, '/a.bat')), /%ProgramFiles\(x86\)% is defined by Windows/);
	const fixture = single('echo %$0\n', '/a.bat');
	const labels = service.doComplete(documentFor(fixture), fixture.cursor!).items.map((item) => item.label);
	assert.ok(labels.includes('%LOCALAPPDATA%') && labels.includes('%ProgramFiles(x86)%'), labels.join(', '));
});
