/**
 * PowerShell inside answer files: the tokenizer (model/powershell.ts), how
 * powershell.exe/pwsh.exe read their arguments (services/powershellCommand.ts
 * through the one command-line model), and the unattend.xml checks as
 * caret-annotated fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenizePowerShell } from '../../server/src/model/powershell';
import { tokenizeCommand } from '../../server/src/services/commandLines';
import { matchPowerShellSwitch, powerShellInvocation } from '../../server/src/services/powershellCommand';
import { checkDiagnostics, documentFor, parseFixture, service } from '../utils/fixture';

const kinds = (text: string) => tokenizePowerShell(text).problems.map((problem) => `${problem.kind}@${problem.start}`);

test('tokenizer: strings follow PowerShell escapes (doubled quotes, backtick, typographic quotes)', () => {
	assert.deepEqual(kinds(`Write-Host 'it''s' "a ""b"" \`"c"`), []);
	assert.deepEqual(kinds('Write-Host “smart” ‘quote’'), []);
	assert.deepEqual(kinds("Write-Host 'oops"), ['unterminated-string@11']);
	assert.deepEqual(kinds('Write-Host "a `" b'), ['unterminated-string@11']);
	// A quote inside a bare word still opens a string.
	assert.deepEqual(kinds("Write-Host don't"), ['unterminated-string@14']);
	const tokens = tokenizePowerShell(`Write-Host 'it''s' "x"`).tokens;
	assert.deepEqual(tokens.map((token) => token.kind), ['word', 'string', 'string']);
	assert.equal(tokens[1].text, "'it''s'");
});

test('tokenizer: here-strings open at the end of a line and close at the start of one', () => {
	assert.deepEqual(kinds('@"\nhello $(Get-Date)\n"@\nWrite-Host x'), []);
	assert.deepEqual(kinds("@'\nliteral $x\n'@"), []);
	assert.deepEqual(kinds('@"\n"@'), [], 'an empty here-string');
	assert.deepEqual(kinds('@" inline "@'), ['here-string-header@0']);
	assert.deepEqual(kinds('@"\nhello\n  "@'), ['unterminated-here-string@0', 'here-string-indented-closer@9']);
	assert.deepEqual(kinds("$a = @'\nnever closed"), ['unterminated-here-string@5']);
});

test('tokenizer: groups nest through strings and subexpressions; unclosed and stray closers are found', () => {
	assert.deepEqual(kinds('$x = @{ a = 1; b = @(1,2) }; $($x.a)'), []);
	assert.deepEqual(kinds('"$(Get-Item "a").Name"'), []);
	assert.deepEqual(kinds('Get-X | % { $_.Name '), ['unclosed-group@10']);
	assert.deepEqual(kinds('if ($a) { } }'), ['stray-closer@12']);
	assert.deepEqual(kinds('"$(abc'), ['unterminated-string@0', 'unclosed-group@1']);
	assert.deepEqual(kinds('{ ( }'), ['unclosed-group@2']);
	assert.deepEqual(kinds('[int]$x = $a[0]; [string[]]$y'), []);
	assert.deepEqual(kinds('Get-ChildItem a[1]'), [], 'a bracket inside a bare word');
});

test('tokenizer: comments, variables and token kinds', () => {
	assert.deepEqual(kinds('<# block #> Write-Host 1 # line "'), []);
	assert.deepEqual(kinds('<# never closed'), ['unterminated-comment@0']);
	assert.deepEqual(kinds(`icacls C:\\x --% /grant "Users":(F`), [], 'after --% the line is passed as it stands');
	assert.deepEqual(kinds('${never'), ['unterminated-variable@0']);
	const tokens = tokenizePowerShell('if ($env:Path -like "*x*") { Get-Item @splat }').tokens;
	assert.deepEqual(
		tokens.map((token) => `${token.kind}:${token.text}`),
		['keyword:if', 'open:(', 'variable:$env:Path', 'parameter:-like', 'string:"*x*"', 'close:)', 'open:{', 'word:Get-Item', 'variable:@splat', 'close:}'],
	);
});

test('tokenizer: a megabyte of pathological input is read in one pass with capped problems', () => {
	for (const text of ['('.repeat(1_000_000), '"$('.repeat(350_000), '@"\n'.repeat(330_000), "'".repeat(1_000_001), '`'.repeat(1_000_000), '<#'.repeat(500_000)]) {
		const result = tokenizePowerShell(text);
		assert.ok(result.problems.length <= 200, 'problems are capped');
		// Every token lies inside the text and tokens do not go backwards.
		let last = 0;
		for (const token of result.tokens) {
			assert.ok(token.start >= last && token.end <= text.length && token.end >= token.start);
			last = token.start;
		}
	}
});

test('argument mode: the C runtime rules for quotes and backslashes, with columns', () => {
	const [program, command, script] = tokenizeCommand('powershell -Command "Write-Host \\"a b\\" \\\\x"', false, true);
	assert.equal(program.text, 'powershell');
	assert.equal(command.text, '-Command');
	assert.equal(script.text, 'Write-Host "a b" \\\\x');
	assert.equal(script.offsets!.length, script.text.length);
	assert.deepEqual(script.quotes, [20, 43]);
	assert.deepEqual(tokenizeCommand('a"b"" c d', false, true).map((token) => token.text), ['ab" c d']);
});

test('switches match by prefix in the parser order, case-insensitively', () => {
	assert.equal(matchPowerShellSwitch('c', 'powershell')?.name, 'command');
	assert.equal(matchPowerShellSwitch('EC', 'powershell')?.name, 'encodedcommand');
	assert.equal(matchPowerShellSwitch('enc', 'powershell')?.name, 'encodedcommand');
	assert.equal(matchPowerShellSwitch('ep', 'powershell')?.name, 'executionpolicy');
	assert.equal(matchPowerShellSwitch('exec', 'powershell')?.name, 'executionpolicy');
	assert.equal(matchPowerShellSwitch('f', 'pwsh')?.name, 'file');
	assert.equal(matchPowerShellSwitch('nop', 'powershell')?.name, 'noprofile');
	assert.equal(matchPowerShellSwitch('no', 'powershell'), undefined, 'too short to tell noprofile from noexit');
	assert.equal(matchPowerShellSwitch('NonI', 'pwsh')?.name, 'noninteractive');
});

test('powershell command lines: what PowerShell receives and what is wrong with it', () => {
	const read = (line: string) => {
		const invocation = powerShellInvocation(line);
		return { mode: invocation?.mode, script: invocation?.script, findings: invocation?.findings.map((finding) => `${finding.rule}/${finding.severity}:${line.slice(finding.start, finding.end)}`) };
	};
	assert.deepEqual(read('powershell -NoProfile -ExecutionPolicy Bypass -Command "Write-Host \\"a b\\""'), { mode: 'command', script: 'Write-Host "a b"', findings: [] });
	assert.deepEqual(read('powershell -Command "Set-Content "C:\\a b.txt" x"').findings, ['quoting/warning:"']);
	assert.deepEqual(read("powershell.exe -c \"& {Write-Host 'it's'}\"").findings, ['syntax/error:{', "syntax/error:'"]);
	assert.deepEqual(read('powershell -File C:\\x.ps1 -ExecutionPolicy Bypass').findings, ['arguments/warning:-ExecutionPolicy', 'policy/warning:C:\\x.ps1']);
	assert.deepEqual(read('powershell -ep bypass -f C:\\x.ps1').findings, []);
	assert.deepEqual(read('cmd /c powershell -Command "Get-X | Out-File a" & echo done'), { mode: 'command', script: 'Get-X | Out-File a', findings: [] });
	const encoded = Buffer.from("Write-Host 'hi", 'utf16le').toString('base64');
	assert.deepEqual(read(`powershell -enc ${encoded}`), { mode: 'encoded', script: "Write-Host 'hi", findings: [`syntax/error:${encoded}`] });
	assert.deepEqual(read('powershell -EncodedCommand not-base64!').findings, ['arguments/error:not-base64!']);
	assert.deepEqual(read('powershell -Command -').findings, ['arguments/error:-']);
	assert.deepEqual(read('cmd /c powershell -Command - < C:\\code.ps1').findings, []);
	assert.deepEqual(read('powershell -NoProfle -Command x').findings, ['arguments/warning:-NoProfle']);
	assert.deepEqual(read('powershell -File C:\\setup.cmd').findings, ['arguments/error:C:\\setup.cmd']);
	assert.deepEqual(read('powershell -WindowStyle Hiden -Command x').findings, ['arguments/error:Hiden']);
	assert.deepEqual(read('powershell -Command Read-Host').findings, ['prompt/warning:Read-Host']);
	assert.deepEqual(read('powershell -NonInteractive -Command Read-Host').findings, []);
	assert.deepEqual(read("powershell -Command \"& 'C:\\Windows\\Setup\\Scripts\\a.ps1'\"").findings, ["policy/warning:'C:\\Windows\\Setup\\Scripts\\a.ps1'"]);
	assert.deepEqual(read('powershell Set-ExecutionPolicy Bypass -Force'), { mode: 'command', script: 'Set-ExecutionPolicy Bypass -Force', findings: [] });
	assert.deepEqual(read('pwsh C:\\x.ps1').mode, 'file');
	assert.equal(powerShellInvocation('cmd /c echo powershell'), undefined);
	// cmd /c "…": cmd.exe takes the first and the last quote, and its redirection is not PowerShell's.
	assert.deepEqual(read(`cmd.exe /c "powershell.exe -NoProfile -Command "Get-Content -LiteralPath 'C:\\x.ps1' -Raw | Invoke-Expression;" >>"C:\\x.log" 2>&1"`), { mode: 'command', script: "Get-Content -LiteralPath 'C:\\x.ps1' -Raw | Invoke-Expression;", findings: [] });
	assert.deepEqual(read(`cmd /c "powershell -Command "& {Write-Host 'a}""`).findings, ['syntax/error:{', "syntax/error:'"]);
	// The value of reg add is data, not a command that runs now.
	assert.equal(powerShellInvocation('reg.exe add "HKU\\X\\RunOnce" /v "A" /t REG_SZ /d "powershell.exe -NoProfile -Command \\"Get-AppxPackage"'), undefined);
	// Write-Host prints its arguments joined, so lost quotes change nothing it shows: information only.
	assert.deepEqual(read('powershell -Command Write-Host "a b" -ForegroundColor Yellow').findings, ['quoting/information:"']);
	// Inside a quoted run `""` is one literal quote, so this empty string opens a PowerShell string that never closes.
	assert.deepEqual(read('powershell -Command "Set-Content -Value "" -Path C:\\x.txt"'), { mode: 'command', script: 'Set-Content -Value " -Path C:\\x.txt', findings: ['syntax/error:"'] });
	assert.deepEqual(read('powershell -Command Set-Content -Value "" -Path C:\\x.txt').findings, ['quoting/warning:"']);
	assert.deepEqual(read("powershell -command \"& 'C:\\run.ps1'\";").findings, ["policy/warning:'C:\\run.ps1'"]);
	assert.deepEqual(read('powershell -File "%PS1%" %ARGS%').findings, [], 'a script path from a variable is not judged');
	// Harmless lost quotes (no blank inside) are not reported.
	assert.deepEqual(read('powershell -Command Set-NetFirewallRule -Name "WINRM-HTTP-In-TCP"').findings, []);
	// The command-line parser's `""` inside quotes is one quote.
	assert.deepEqual(read('powershell -Command "Write-Host """"a b""""" ').script, 'Write-Host ""a b""');
});

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
const only = ['xml.powershell-syntax', 'xml.powershell-quoting', 'xml.powershell-policy', 'xml.powershell-arguments', 'xml.powershell-prompt'];

test('unattend.xml: PowerShell findings are placed on the answer file text, entities included', () => {
	checkDiagnostics(
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Deployment" ${ids}>
		<RunSynchronous>
		<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>powershell -c &quot;&amp; {Write-Host 'done}&quot;</Path></RunSynchronousCommand>
		                                                                                        ^ error xml.powershell-syntax…
		                                                                                                    ^ error xml.powershell-syntax…
		<RunSynchronousCommand wcm:action="add"><Order>2</Order><Path>powershell -Command "Set-Content "C:\\a b.txt" x"</Path></RunSynchronousCommand>
		                                                                                               ^ warning xml.powershell-quoting…
		<RunSynchronousCommand wcm:action="add"><Order>3</Order><Path>powershell -NoProfile -File C:\\Windows\\Setup\\Scripts\\setup.ps1</Path></RunSynchronousCommand>
		                                                                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.powershell-policy…
		<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>powershell -EncodedCommand abc!</Path></RunSynchronousCommand>
		                                                                                         ^^^^ error xml.powershell-arguments…
		<RunSynchronousCommand wcm:action="add"><Order>5</Order><Path>powershell -ExecutionPolicy Bypass -Command "$name = Read-Host 'Name'"</Path></RunSynchronousCommand>
		                                                                                                                   ^^^^^^^^^ warning xml.powershell-prompt…
		<RunSynchronousCommand wcm:action="add"><Order>6</Order><Path>powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "Get-AppxPackage *Xbox* | Remove-AppxPackage"</Path></RunSynchronousCommand>
		</RunSynchronous>
		</component>
		</settings>
		</unattend>
		`,
		{ only },
	);
});

test('unattend.xml: a file that sets the policy, or is for Windows Server, lowers the policy finding to information', () => {
	checkDiagnostics(
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands>
		<SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>powershell -Command "Set-ExecutionPolicy RemoteSigned -Force"</CommandLine></SynchronousCommand>
		<SynchronousCommand wcm:action="add"><Order>2</Order><CommandLine>powershell -File A:\\setup.ps1</CommandLine></SynchronousCommand>
		                                                                                   ^^^^^^^^^^^^ information xml.powershell-policy…
		</FirstLogonCommands>
		</component>
		</settings>
		</unattend>
		`,
		{ only },
	);
	checkDiagnostics(
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-ServerManager-SvrMgrNc" ${ids}>
		<DoNotOpenServerManagerAtLogon>true</DoNotOpenServerManagerAtLogon>
		</component>
		<component name="Microsoft-Windows-Deployment" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>powershell -File E:\\init.ps1</Path></RunSynchronousCommand></RunSynchronous>
		                                                                                               ^^^^^^^^^^^ information xml.powershell-policy…
		</component>
		</settings>
		</unattend>
		`,
		{ only },
	);
});

test('unattend.xml: hover on a PowerShell command shows the code PowerShell receives', () => {
	const [fixture] = parseFixture(
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Deployment" ${ids}>
		<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>powershell -NoProfile -enc $0${Buffer.from('Write-Host "hi"', 'utf16le').toString('base64')}</Path></RunSynchronousCommand></RunSynchronous>
		</component>
		</settings>
		</unattend>
		`,
	);
	const hover = service.doHover(documentFor(fixture), fixture.cursor!);
	const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
	assert.match(text, /```powershell\nWrite-Host "hi"\n```/);
	assert.match(text, /-NoProfile/);
	assert.match(text, /-EncodedCommand/);
});

test('Cmdlines.txt and [GuiRunOnce]: the same PowerShell checks, on the line as Setup reads it', () => {
	checkDiagnostics(
		`
		//- /Sysprep/i386/$OEM$/Cmdlines.txt
		[Commands]
		"powershell -NoProfile -Command ""& {Write-Host 1"""
		                                    ^ error cmdlines.powershell…
		`,
		{ only: ['cmdlines.powershell'] },
	);
	checkDiagnostics(
		`
		//- /Sysprep.inf
		[GuiRunOnce]
		Command0 = "powershell -File C:\\Scripts\\setup.ps1"
		                             ^^^^^^^^^^^^^^^^^^^^ warning inf.guirunonce-powershell…
		`,
		{ only: ['inf.guirunonce-powershell'] },
	);
});

test('batch: a line running PowerShell is read after cmd.exe hands it over', () => {
	checkDiagnostics(
		`
		//- /setup.cmd
		@echo off
		powershell -NoProfile -Command "Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Policies\\System\\" -Name "X" -Value 3"
		                                                                                       ^ error bat.powershell…
		powershell -Command "Set-Content -Path "C:\\My Files\\a.txt" -Value 1"
		                                       ^ warning bat.powershell…
		powershell -Command "Get-AppxPackage *Bing* | Remove-AppxPackage" & echo done
		powershell -File C:\\Scripts\\setup.ps1
		`,
		{ only: ['bat.powershell'] },
	);
});

test('Cmdlines.txt and [GuiRunOnce]: hover shows the code PowerShell receives', () => {
	for (const source of [
		`
		//- /Sysprep/i386/$OEM$/Cmdlines.txt
		[Commands]
		"powershell -NoProfile -Command ""Write-Host $0'done'"""
		`,
		`
		//- /Sysprep.inf
		[GuiRunOnce]
		Command0 = "powershell -NoProfile -Command $0""Write-Host 'done'"""
		`,
	]) {
		const [fixture] = parseFixture(source);
		const hover = service.doHover(documentFor(fixture), fixture.cursor!);
		const text = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
		assert.match(text, /```powershell\nWrite-Host 'done'\n```/);
		assert.match(text, /`-NoProfile`/);
	}
});
