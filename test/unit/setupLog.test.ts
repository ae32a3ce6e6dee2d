/**
 * Setup and Sysprep logs: the line scanner, one fixture per failure signature
 * (our own lines in the Panther layout), the way back to the answer file, the
 * editor features, and a log far above the answer-file size cap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { setupLogErrorCodes, setupLogSignatures } from '../../server/src/knowledge/setupLog';
import { maxDocumentLength } from '../../server/src/languageService';
import { kindFromName, kindOf } from '../../server/src/model/documentKind';
import { looksLikeSetupLog, scanLogLines } from '../../server/src/model/setupLog';
import { setupLogCodes } from '../../server/src/services/codes/setupLogCodes';
import { severityName } from '../../server/src/services/diagnostics';
import type { WorkspaceView } from '../../server/src/services/kindService';
import { memoryWorkspace, messageOf, service } from '../utils/fixture';

let version = 0;

/** A Panther line: `at('Error', 'SYSPRP', 'text')`. */
function at(level: string, component: string, text: string, id = ''): string {
	return `2024-02-03 10:11:12, ${level.padEnd(8)}${(id ? `[${id}]` : '').padEnd(11)}${component.padEnd(6)} ${text}`;
}

function check(lines: readonly string[], options: { path?: string; workspace?: WorkspaceView } = {}): Diagnostic[] {
	const path = options.path ?? 'Windows/Panther/setupact.log';
	const document = TextDocument.create(`file:///ws/${path}`, 'setup-log', ++version, `${lines.join('\r\n')}\r\n`);
	return service.doValidation(document, {}, options.workspace);
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
	const found = diagnostics.filter((item) => item.code === code);
	assert.equal(found.length, 1, `one ${code} in ${JSON.stringify(diagnostics.map((item) => [item.code, item.range.start.line]))}`);
	return found[0];
}

function codes(diagnostics: Diagnostic[]): string[] {
	return diagnostics.map((item) => `${item.range.start.line}:${severityName(item.severity)}:${item.code}`);
}

const sysprepStart = [
	at('Info', 'SYSPRP', '========================================================'),
	at('Info', 'SYSPRP', '===          Beginning of a new sysprep run          ==='),
	at('Info', 'SYSPRP', 'ValidatePrivileges:User has required privileges to sysprep machine', '0x0f0054'),
];

test('the scanner reads level, component, bracketed program, continuation lines and a BOM in the middle', () => {
	const text = [
		'\uFEFF' + at('Error', 'CSI', '00000001 (F) something failed'),
		'2024-02-03 10:11:12, Warning                      WMI Helper Library: namespace open failed (0x80080005)',
		'2024-02-03 10:11:12, Info                         [Shell Unattend] Running \'specialize\' pass',
		'    VM: NO',
		'\uFEFF' + at('Info', 'MOUPG', 'SetupHost: started'),
		'[04/05/2024 10:11:12.123] WudfCoInstaller: not a Panther line',
	].join('\n');
	const seen: string[] = [];
	scanLogLines(text, (view) => {
		seen.push(`${view.line}|${view.level}|${view.component}|${view.tag}|${view.continuation}|${view.text.slice(view.messageColumn, view.messageColumn + 8)}`);
	});
	assert.deepEqual(seen, [
		'0|error|CSI||false|00000001',
		'1|warning|||false|WMI Help',
		'2|info||Shell Unattend|false|[Shell U',
		'3|other|||true|    VM: ',
		'4|info|MOUPG||false|SetupHos',
		'5|other|||false|[04/05/2',
	]);
});

test('the scanner never throws and stays in step on arbitrary text', () => {
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const alphabet = ['2024-02-03 10:11:12, ', 'Error ', 'Info', ' ', '[', ']', '0x', '\r', '\n', '\uFEFF', 'SYSPRP', 'é', '\t', ','];
	for (let round = 0; round < 300; round++) {
		let text = '';
		for (let i = 0; i < 40; i++) text += alphabet[Math.floor(random() * alphabet.length)];
		const lines = scanLogLines(text, () => undefined);
		assert.equal(lines, text.split('\n').length);
		const document = TextDocument.create('file:///ws/setupact.log', 'setup-log', ++version, text);
		service.doValidation(document);
		service.findDocumentSymbols(document);
		service.getFoldingRanges(document);
	}
});

test('logs are recognised by name, by Panther folder, and by content', () => {
	for (const path of ['setupact.log', 'C:/Windows/setuperr.log', 'SETUPLOG.TXT', 'sysprep/setupcl.log', 'Windows/Panther/UnattendGC/diagerr.log', 'file:///x/%24WINDOWS.~BT/Sources/Panther/setupact.log', 'System32/Sysprep/Panther/setupact.log']) {
		assert.equal(kindFromName(path), 'setup-log', path);
	}
	for (const path of ['setup.log', 'panther.log', 'Panther/notes.txt', 'logs/install.log']) assert.equal(kindFromName(path), undefined, path);
	assert.equal(kindOf('file:///x/anything.txt', 'setup-log'), 'setup-log');
	assert.equal(looksLikeSetupLog([...sysprepStart, at('Info', 'SYSPRP', 'more')].join('\r\n')), true);
	assert.equal(looksLikeSetupLog('[Unattended]\r\nOemSkipEula = Yes\r\n'), false);
	assert.equal(looksLikeSetupLog('[04/05/2024 10:11:12.123] WudfCoInstaller: x\n'), false);
});

test('every signature reports under a code of the table, and every row names its source', () => {
	const table = new Set<string>(setupLogCodes.map((spec) => spec.code));
	for (const row of setupLogSignatures) {
		assert.ok(table.has(row.code), row.code);
		assert.ok(row.source.length > 10 && row.meaning.length > 10 && row.action.length > 10 && row.windows.length > 3, row.code);
		for (const other of row.supersededBy ?? []) assert.ok(table.has(other), `${row.code} superseded by ${other}`);
	}
	for (const row of setupLogErrorCodes) assert.match(row.code, /^0x[0-9a-f]{8}$/, row.code);
});

test('Appx package installed for a user: the removal failure is the finding, the package line explains it', () => {
	const diagnostics = check([
		...sysprepStart,
		at('Error', 'SYSPRP', 'Package Contoso.Notes_2.1.0.0_x64__abcdefghijklm was installed for a user, but not provisioned for all users. This package will not function properly in the sysprep image.'),
		at('Error', 'SYSPRP', 'Failed to remove apps for the current user: 0x80073cf2.'),
		at('Error', 'SYSPRP', 'Exit code of RemoveAllApps thread was 0x3cf2.'),
	]);
	const finding = only(diagnostics, 'log.appx-removal-failed');
	assert.equal(finding.range.start.line, 4);
	assert.equal(severityName(finding.severity), 'error');
	assert.equal(finding.relatedInformation?.[0].location.range.start.line, 3);
	assert.match(finding.relatedInformation?.[0].message ?? '', /Contoso\.Notes/);
	assert.ok(!diagnostics.some((item) => item.code === 'log.appx-not-provisioned'), 'the package line is explained, not repeated');
});

test('Appx package not provisioned, without a failure: one warning per package', () => {
	const diagnostics = check([
		...sysprepStart,
		at('Warning', 'SYSPRP', 'Package Contoso.Notes_2.1.0.0_x64__abcdefghijklm was installed for a user, but not provisioned for all users.'),
		at('Warning', 'SYSPRP', 'Package Contoso.Notes_2.1.0.0_x64__abcdefghijklm was installed for a user, but not provisioned for all users.'),
	]);
	const finding = only(diagnostics, 'log.appx-not-provisioned');
	assert.equal(severityName(finding.severity), 'warning');
	assert.match(messageOf(finding), /Contoso\.Notes_2\.1\.0\.0_x64__abcdefghijklm.*Logged 2 times/);
});

test('BitLocker on the OS volume: the first 0x80310039 line, with the provider line before it', () => {
	const diagnostics = check([
		...sysprepStart,
		at('Info', 'SYSPRP', "ActionPlatform::LaunchModule: Executing method 'ValidateBitLockerState' from C:\\Windows\\System32\\BdeSysprep.dll"),
		at('Error', 'SYSPRP', 'BitLocker-Sysprep: BitLocker is on for the OS volume. Turn BitLocker off to run Sysprep. (0x80310039)'),
		at('Error', 'SYSPRP', "ActionPlatform::LaunchModule: Failure occurred while executing 'ValidateBitLockerState' from C:\\Windows\\System32\\BdeSysprep.dll; dwRet = 0x80310039"),
		at('Error', 'SYSPRP', 'WinMain:Hit failure while pre-validate sysprep generalize internal providers; hr = 0x80310039', '0x0f0082'),
	]);
	const finding = only(diagnostics, 'log.bitlocker-on');
	assert.equal(finding.range.start.line, 4);
	assert.equal(finding.relatedInformation?.[0].location.range.start.line, 3);
	assert.deepEqual(codes(diagnostics).filter((item) => item.includes(':error:')), ['4:error:log.bitlocker-on'], 'the provider and halt lines follow from it');
});

const answerFile = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'  <settings pass="windowsPE">',
	'    <component name="Microsoft-Windows-International-Core-WinPE" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <UILanguage>xx-YY</UILanguage>',
	'    </component>',
	'  </settings>',
	'  <settings pass="generalize">',
	'    <component name="Microsoft-Windows-Security-SPP" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <SkipRearm>0</SkipRearm>',
	'    </component>',
	'  </settings>',
	'  <settings pass="specialize">',
	'    <component name="Microsoft-Windows-Deployment" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <RunSynchronous>',
	'        <RunSynchronousCommand>',
	'          <Order>1</Order>',
	'          <Path>cmd /c C:\\Setup\\missing.cmd</Path>',
	'        </RunSynchronousCommand>',
	'      </RunSynchronous>',
	'    </component>',
	'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <ComputerName>LAB-01</ComputerName>',
	'    </component>',
	'  </settings>',
	'  <settings pass="oobeSystem">',
	'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      <UserAccounts>',
	'        <AdministratorPassword><Value>bm90LWVuY29kZWQ=</Value><PlainText>false</PlainText></AdministratorPassword>',
	'      </UserAccounts>',
	'    </component>',
	'  </settings>',
	'</unattend>',
].join('\n');

function workspaceWith(logPath: string): WorkspaceView {
	return memoryWorkspace({ [logPath]: '', 'answer/unattend.xml': answerFile });
}

function pointsTo(diagnostic: Diagnostic, line: number): void {
	const related = diagnostic.relatedInformation?.find((item) => item.location.uri.endsWith('/answer/unattend.xml'));
	assert.ok(related, `related information to the answer file: ${JSON.stringify(diagnostic.relatedInformation)}`);
	assert.equal(related.location.uri, 'file:///ws/answer/unattend.xml');
	assert.equal(related.location.range.start.line, line);
}

test('rearm limit: an error, and the way back to SkipRearm in the answer file', () => {
	const path = 'sysprep/Panther/setuperr.log';
	const diagnostics = check(
		[
			at('Error', 'SYSPRP', 'SLRearm:Failed to rearm, hr = 0xc004d307'),
			at('Error', 'SYSPRP', "ActionPlatform::LaunchModule: Failure occurred while executing 'Sysprep_Generalize_SLS' from C:\\Windows\\System32\\slc.dll; dwRet = 0xc004d307"),
		],
		{ path, workspace: workspaceWith(path) },
	);
	const finding = only(diagnostics, 'log.rearm-limit');
	assert.equal(finding.range.start.line, 0);
	pointsTo(finding, 9);
	assert.match(messageOf(finding), /SkipRearm of Microsoft-Windows-Security-SPP \(generalize\) in answer\/unattend\.xml \(line 10\)/);
	assert.ok(!diagnostics.some((item) => item.code === 'log.provider-failed'), 'the provider failure is explained by the rearm limit');
	assert.ok(!finding.relatedInformation?.some((item) => item.message.startsWith("Reseal's finding there")), 'SkipRearm = 0 is fine: no finding of the answer file to show');
	const links = service.findDocumentLinks(TextDocument.create(`file:///ws/${path}`, 'setup-log', ++version, `${at('Error', 'SYSPRP', 'SLRearm:Failed to rearm, hr = 0xc004d307')}\r\n`), workspaceWith(path));
	assert.deepEqual(links.map((link) => link.target), ['file:///ws/answer/unattend.xml#L10']);
});

test('answer file not processed: pass and component lead to the component; a line number to the line', () => {
	const path = 'Panther/setupact.log';
	const byComponent = check(
		[
			at('Info', '', "[Shell Unattend] Running 'specialize' pass"),
			at('Error', '', '[setup.exe] UnattendErrorFromResults: Error text = Windows could not parse or process the unattend answer file for pass [specialize]. The settings specified in the answer file cannot be applied. The error was detected while processing settings for component [Microsoft-Windows-Shell-Setup].'),
		],
		{ path, workspace: workspaceWith(path) },
	);
	const finding = only(byComponent, 'log.unattend-invalid');
	assert.equal(severityName(finding.severity), 'error');
	assert.match(messageOf(finding), /for pass specialize, component Microsoft-Windows-Shell-Setup/);
	pointsTo(finding, 21);
	const byLine = check([at('Error', '', '[setup.exe] Windows could not parse or process unattend answer file [C:\\Windows\\Panther\\unattend.xml]. The answer file is invalid. The error was detected at line 18 column 11 of the answer file.')], {
		path,
		workspace: workspaceWith(path),
	});
	const lineFinding = only(byLine, 'log.unattend-invalid');
	assert.match(messageOf(lineFinding), /C:\\Windows\\Panther\\unattend\.xml.*line 18, column 11/);
	const related = lineFinding.relatedInformation?.find((item) => item.location.uri.endsWith('unattend.xml'));
	assert.deepEqual(related?.location.range.start, { line: 17, character: 10 });
});

test('password that does not decode: the pass the log is in leads to UserAccounts of that pass', () => {
	const path = 'Panther/setupact.log';
	const diagnostics = check(
		[
			at('Info', '', "[Shell Unattend] Running 'oobeSystem' pass"),
			at('Warning', '', '[Shell Unattend] Failed to decode password (0x8007000d)'),
			at('Info', '', "[Shell Unattend] Exiting 'oobeSystem' pass with status 0x8007000d"),
		],
		{ path, workspace: workspaceWith(path) },
	);
	const finding = only(diagnostics, 'log.password-decode-failed');
	assert.equal(finding.range.start.line, 1);
	assert.equal(severityName(finding.severity), 'error');
	pointsTo(finding, 27);
	// The answer file's own check sees the same setting: its finding joins the log's.
	const own = finding.relatedInformation?.find((item) => item.message.startsWith("Reseal's finding there"));
	assert.ok(own === undefined || own.location.range.start.line === 27, JSON.stringify(own));
});

test('the answer file\'s own finding on the line a log points to is shown with the log finding', () => {
	const path = 'Panther/setupact.log';
	const broken = answerFile.replace('<SkipRearm>0</SkipRearm>', '<SkipRearm>1</SkipRearm>');
	const workspace = memoryWorkspace({ [path]: '', 'answer/unattend.xml': broken });
	const finding = only(check([at('Error', 'SYSPRP', 'SLRearm:Failed to rearm, hr = 0xc004d307')], { path, workspace }), 'log.rearm-limit');
	const own = finding.relatedInformation?.find((item) => item.message.startsWith("Reseal's finding there"));
	assert.ok(own, JSON.stringify(finding.relatedInformation));
	assert.equal(own.location.range.start.line, 9);
	assert.match(own.message, /xml\./);
});

test('target language not valid: a warning that points at UILanguage', () => {
	const path = 'Panther/setupact.log';
	const finding = only(check([at('Info', '', '[setup.exe] Target language [xx-YY] is NOT a valid language for this image')], { path, workspace: workspaceWith(path) }), 'log.language-not-valid');
	assert.equal(severityName(finding.severity), 'warning');
	assert.match(messageOf(finding), /\[xx-YY\]/);
	pointsTo(finding, 4);
});

test('RunSynchronous command that fails: a warning per command, with the command and its Path in the answer file', () => {
	const path = 'Windows/Panther/UnattendGC/setupact.log';
	const diagnostics = check(
		[
			at('Info', '', "[Shell Unattend] Running 'specialize' pass"),
			at('Info', '', '[SETUPUGC.EXE] Finished executing [cmd /c C:\\Setup\\missing.cmd] synchronously'),
			at('Info', '', '[SETUPUGC.EXE] Process returned with exit code 0x1'),
			at('Info', '', '[SETUPUGC.EXE] Finished executing [reg.exe add HKLM\\Software\\Lab /f] synchronously'),
			at('Info', '', '[SETUPUGC.EXE] Process returned with exit code 0x0'),
			at('Info', '', '[SETUPUGC.EXE] Finished executing [powershell.exe -File C:\\Setup\\gone.ps1] synchronously'),
			at('Info', '', '[SETUPUGC.EXE] Process returned with exit code 0xfffd0000'),
		],
		{ path, workspace: workspaceWith(path) },
	);
	const failures = diagnostics.filter((item) => item.code === 'log.runsync-failed');
	assert.deepEqual(failures.map((item) => item.range.start.line), [2, 6]);
	assert.match(messageOf(failures[0]), /Command: cmd \/c C:\\Setup\\missing\.cmd/);
	pointsTo(failures[0], 17);
	assert.match(messageOf(failures[1]), /-File does not exist/);
	assert.equal(failures[1].relatedInformation?.[0].location.range.start.line, 5);
});

test('provider failure names the provider; a halt without a provider line is still an error; setupcl errors', () => {
	const provider = check([...sysprepStart, at('Error', 'SYSPRP', "ActionPlatform::LaunchModule: Failure occurred while executing 'Sysprep_Generalize_Contoso' from C:\\Program Files\\Contoso\\agent.dll; dwRet = 0x5"), at('Error', 'SYSPRP', 'RunExternalDlls:An error occurred while running registry sysprep DLLs, halting sysprep execution. dwRet = 0x5', '0x0f0070')]);
	assert.match(messageOf(only(provider, 'log.provider-failed')), /Sysprep_Generalize_Contoso/);
	assert.ok(!provider.some((item) => item.code === 'log.sysprep-halted'));
	const halted = check([...sysprepStart, at('Error', 'SYSPRP', 'WinMain:Hit failure while processing sysprep cleanup providers; hr = 0x80070005', '0x0f00a8')]);
	assert.equal(only(halted, 'log.sysprep-halted').range.start.line, 3);
	const setupcl = check([at('Info', '', '[setupcl.exe] Starting'), at('Error', '', '[setupcl.exe] SetupCl: failed to rename security identifiers, 0x00000005')]);
	assert.equal(only(setupcl, 'log.setupcl-failed').range.start.line, 1);
});

test('Setup error phase: traced back to the first line of the failing result code; a cancel is information, not a failure', () => {
	const failing = [
		at('Info', 'MOUPG', 'SetupHost: started'),
		at('Error', 'SP', 'CSetupPlatform::Initialize: Storage is not available; hr = 0x80070032'),
		at('Error', 'MOUPG', 'CDlpTask::ExecuteAction(3300): Result = 0x80070032'),
		at('Error', 'MOUPG', 'CSetupManager::ExecuteInstallMode(944): Result = 0x80070032'),
		at('Info', 'MOUPG', 'Setup phase change: [SetupPhaseInstall] -> [SetupPhaseError]'),
	];
	const finding = only(check(failing), 'log.setup-failed');
	assert.equal(finding.range.start.line, 4);
	assert.match(messageOf(finding), /0x80070032; the first step that failed with it is on line 2/);
	assert.deepEqual(finding.relatedInformation?.map((item) => item.location.range.start.line), [1, 3]);
	const cancelled = check([at('Info', 'MOUPG', 'CInstallUI::OnProgressChanged: Cancel is requested.'), at('Error', 'MOUPG', 'CInstallUI::OnProgressChanged(575): Result = 0x800704D3'), at('Info', 'MOUPG', 'Setup phase change: [SetupPhasePreDownload] -> [SetupPhaseError]')]);
	assert.deepEqual(codes(cancelled).filter((item) => !item.includes('repeated-noise')), ['1:information:log.user-cancelled']);
});

test('rollback, boot file copies, WinRE, the answer file used and the passes', () => {
	assert.equal(only(check([at('Info', 'TOOL', 'Starting OS Rollback... (launched with command line [/CleanInstallFromWinPE /noui])', '0x0e00cf')]), 'log.rollback').range.start.line, 0);
	const boot = check(Array.from({ length: 5 }, (_, i) => at('Error', 'SP', `    BFSVC: BfspCopyFile(C:\\$WINDOWS.~BT\\Sources\\Boot\\EFI\\bootmgfw.efi, \\\\?\\GLOBALROOT\\Device\\HarddiskVolume9\\EFI\\Microsoft\\Boot\\bootmgfw.efi) failed! (Attempt ${i + 1} of 5) Last Error = 0x3`)));
	const copy = only(boot, 'log.boot-files-copy-failed');
	assert.equal(severityName(copy.severity), 'warning');
	assert.match(messageOf(copy), /Logged 5 times/);
	assert.ok(!boot.some((item) => item.code === 'log.repeated-noise'), 'lines a signature explains are not noise');
	assert.equal(only(check([at('Warning', '', '[recenv.exe] read xml file (D:\\Windows\\system32\\Recovery\\ReAgent.xml) failed: 0x3')]), 'log.winre-session').severity, 3);
	const facts = check([
		at('Info', '', "[oobeldr.exe] Status for unattend pass [oobeSystem] = 0x0"),
		at('Info', '', '[oobeldr.exe] UnattendSearchExplicitPath: Found unattend file at [C:\\Windows\\Panther\\unattend.xml]; examining for applicability.'),
		at('Info', '', '[oobeldr.exe] UnattendSearchExplicitPath: Found usable unattend file for pass [oobeSystem] at [C:\\Windows\\Panther\\unattend.xml].'),
		at('Info', '', '[oobeldr.exe] Caching copy of unattend file: [C:\\Windows\\Panther\\unattend.xml] -- cached at --> [C:\\Windows\\panther\\unattend.xml]'),
	]);
	assert.match(messageOf(only(facts, 'log.answer-file-used')), /C:\\Windows\\Panther\\unattend\.xml\. Logged 2 times/);
	assert.match(messageOf(only(facts, 'log.passes')), /oobeSystem \(line 1\).*cached the answer file at C:\\Windows\\panther\\unattend\.xml/);
	assert.ok(facts.every((item) => severityName(item.severity) === 'information'));
});

test('noise is summarised: a thousand unknown errors are one information finding with counts', () => {
	const lines = Array.from({ length: 1000 }, (_, i) => at('Error', '', `Failed to delete \\\\?\\C:\\windows.old\\file${i}.dll. hr = 0x80070005`));
	lines.push(at('Warning', 'CBS', 'Failed to resolve package [HRESULT = 0x80070490 - ERROR_NOT_FOUND]'));
	const diagnostics = check(lines);
	assert.equal(diagnostics.length, 1);
	const summary = only(diagnostics, 'log.repeated-noise');
	assert.equal(severityName(summary.severity), 'information');
	assert.match(messageOf(summary), /^1000 error and 1 warning lines .*Failed to delete .*×1000/);
});

test('outline: failures on top, then facts, then the phases; folding covers phases and noise runs', () => {
	const lines = [
		...sysprepStart,
		...Array.from({ length: 12 }, (_, i) => at('Info', 'SYSPRP', `SysprepSession::Execute: step ${i}`)),
		at('Error', 'SYSPRP', 'BitLocker-Sysprep: BitLocker is on for the OS volume. Turn BitLocker off to run Sysprep. (0x80310039)'),
		at('Info', '', "[Shell Unattend] Running 'specialize' pass"),
		at('Info', '', '[SETUPUGC.EXE] Process returned with exit code 0x2'),
	];
	const document = TextDocument.create('file:///ws/setupact.log', 'setup-log', ++version, lines.join('\n'));
	const symbols = service.findDocumentSymbols(document);
	assert.deepEqual(symbols.map((symbol) => symbol.name), ['Failures', 'Facts', 'Sysprep', 'specialize']);
	assert.deepEqual(symbols[0].children?.map((child) => child.detail), ['log.bitlocker-on', 'log.runsync-failed']);
	const folds = service.getFoldingRanges(document);
	assert.ok(folds.some((fold) => fold.startLine === 1 && fold.endLine === 15), JSON.stringify(folds));
	assert.ok(folds.some((fold) => fold.startLine === 0 && fold.endLine === 14), 'the run of plain Info lines folds');
});

test('hover explains HRESULT and Win32 codes, with the source', () => {
	const line = at('Error', 'SYSPRP', 'Failed to delete file; hr = 0x80070005[gle=0x00000005]');
	const document = TextDocument.create('file:///ws/setupact.log', 'setup-log', ++version, line);
	const hover = service.doHover(document, { line: 0, character: line.indexOf('0x80070005') + 3 });
	assert.match(String((hover?.contents as { value: string }).value), /E_ACCESSDENIED.*Access is denied.*Source: Microsoft, System Error Codes/s);
	const gle = service.doHover(document, { line: 0, character: line.indexOf('0x00000005') + 2 });
	assert.match(String((gle?.contents as { value: string }).value), /Access is denied/);
	assert.equal(service.doHover(document, { line: 0, character: 3 }), null);
});

test('a failure at the end of a log far above the answer-file cap is found; the model stays bounded', () => {
	const noise = `${at('Info', 'CSI', '00000042 Perf: a line of servicing noise that repeats many times over')}\r\n`;
	const repeat = Math.ceil((maxDocumentLength + 1024 * 1024) / noise.length);
	const text = `${noise.repeat(repeat)}${at('Error', 'SYSPRP', 'BitLocker-Sysprep: BitLocker is on for the OS volume. Turn BitLocker off to run Sysprep. (0x80310039)')}\r\n`;
	assert.ok(text.length > maxDocumentLength);
	const document = TextDocument.create('file:///ws/setupact.log', 'setup-log', ++version, text);
	const diagnostics = service.doValidation(document);
	assert.deepEqual(codes(diagnostics), [`${repeat}:error:log.bitlocker-on`]);
	const folds = service.getFoldingRanges(document);
	assert.ok(folds.length <= 5000);
});
