/**
 * Winbom.ini: WinbomType processing, variables, NewWinbom chains, credentials,
 * [OEMRunOnce]/[OEMRun] lines, per-disk and per-application sections, and the
 * editor features reused from the INI services.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDiagnostics, completionLabels, documentFor, hoverText, memoryWorkspace as workspace, service, single } from '../utils/fixture';

const header = '//- /Winbom.ini\n';

test('a plain Factory-mode file has no diagnostics', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = Factory
		Reseal = Shutdown
		LogFile = %SYSTEMDRIVE%\\factory.log
		[OEMRunOnce]
		"Defaults", "regedit /s %SYSTEMDRIVE%\\defaults.reg"
		"Viewer", "Viewer.Install", MSI
		"Tools", Tools.Stage, app
		[Viewer.Install]
		InstallType = Standard
		[Tools.Stage]
		SourcePath = D:\\Tools
		[OEMRun]
		Burn-in, "C:\\burnin.exe /quick"
		`);
});

test('sections and entries the declared WinbomType never reads', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = WinPE
		Reseal = Shutdown
		^^^^^^ warning winbom.ignored-by-type: No WinPE state reads Reseal; Factory.exe uses it only when WinbomType is Factory.
		[ComputerSettings]
		DisplayResolution = 1024x768x32
		ExtendPartition = 1
		^^^^^^^^^^^^^^^ warning winbom.ignored-by-type: No WinPE state reads ExtendPartition; Factory.exe uses it only when WinbomType is Factory or OOBE.
		[Shell]
		 ^^^^^ warning winbom.ignored-by-type: No WinPE state reads [Shell]; Factory.exe uses it only when WinbomType is Factory or OOBE, so it has no effect in this file.
		DefaultThemesOff = Yes
		[UserDefined]
		Order = 4711
		`);
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = OOBE
		[WinPE]
		 ^^^^^ warning winbom.ignored-by-type…
		ConfigSet = Desktop
		[OEMRunOnce]
		 ^^^^^^^^^^ warning winbom.ignored-by-type…
		"a", "b.exe"
		`);
});

test('without a WinbomType nothing is reported as ignored; without [Factory] the file is ignored', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		Reseal = Shutdown
		[WinPE]
		ConfigSet = Desktop
		`);
	checkDiagnostics(`
		//- /Winbom.ini
		[Shell]
		^^^^^^^ warning winbom.missing-factory-section: Winbom.ini has no [Factory] section; Factory.exe ignores the whole file without it. Add [Factory] with WinbomType = Factory (or WinPE, OOBE).
		DefaultThemesOff = Yes
		`);
});

test('environment variables where the state takes values literally', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = WinPE
		NewWinbom = %SYSTEMDRIVE%\\next\\Winbom.ini
		            ^^^^^^^^^^^^^ warning winbom.unexpanded-variable: Factory.exe does not expand environment variables in NewWinbom (state "Locating Winbom.ini"), so %SYSTEMDRIVE% stays literal text; write the path out in full.
		[OEMRunOnce]
		"Copy", "%SYSTEMROOT%\\system32\\xcopy.exe D:\\a C:\\a"
		         ^^^^^^^^^^^^ warning winbom.unexpanded-variable: Factory.exe does not expand environment variables in [OEMRunOnce] when WinbomType is WinPE (state "Installing applications"), so %SYSTEMROOT% stays literal text; write the path out in full.
		[DiskConfig]
		Disk1 = D.config
		[D.config]
		Size1 = %SIZE%
		`, { ignore: ['inf.invalid-value', 'inf.placeholder-value'] });
	// Factory mode expands them in [OEMRunOnce].
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = Factory
		[OEMRunOnce]
		"Copy", "%SYSTEMROOT%\\system32\\xcopy.exe D:\\a C:\\a"
		`);
});

test('NewWinbom must be a path and not this file', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		NewWinbom = Yes
		            ^^^ error winbom.new-winbom-not-path…
		`);
	checkDiagnostics(`
		//- /Factory/Winbom.ini
		[Factory]
		NewWinbom = C:\\Factory\\Winbom.ini
		            ^^^^^^^^^^^^^^^^^^^^^ error winbom.new-winbom-self…
		`);
	checkDiagnostics(`
		//- /Factory/Winbom.ini
		[Factory]
		NewWinbom = D:\\Line2\\Winbom.ini
		`);
});

function chainCodes(count: number, loop = false): string[] {
	const files: Record<string, string> = {};
	for (let i = 1; i <= count; i++) {
		const next = i < count ? `Step${i + 1}\\Winbom.ini` : loop ? 'Step1\\Winbom.ini' : undefined;
		files[`Step${i}/Winbom.ini`] = `[Factory]\nWinbomType = Factory\n${next ? `NewWinbom = D:\\${next}\n` : ''}`;
	}
	const document = TextDocument.create('file:///ws/Step1/Winbom.ini', 'winbom-ini', 1, files['Step1/Winbom.ini']);
	return service.doValidation(document, undefined, workspace(files)).map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`);
}

test('workspace: NewWinbom chains of up to ten files are fine; longer chains and loops are reported', () => {
	assert.deepEqual(chainCodes(10), []);
	const [long] = chainCodes(11);
	assert.match(long, /^winbom\.new-winbom-chain: Following NewWinbom gives 11 files \(Step1\/Winbom\.ini → Step2\/Winbom\.ini → /);
	const [loop] = chainCodes(3, true);
	assert.equal(loop, 'winbom.new-winbom-chain: NewWinbom loops: Step1/Winbom.ini → Step2/Winbom.ini → Step3/Winbom.ini → Step1/Winbom.ini; Factory.exe goes round until it stops after 10 files.');
});

test('credentials in clear text', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		UserName = LAB\\imager
		Password = Imag1ng!
		           ^^^^^^^^ warning winbom.cleartext-credentials: Password in [Factory] is stored in clear text…
		[WinPE]
		Password = "x y"
		           ^^^^^ warning winbom.cleartext-credentials…
		[PnPDriverUpdate]
		Password =
		`, { ignore: ['inf.missing-value'] });
});

test('[OEMRunOnce] and [OEMRun] line forms; named sections must exist', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = Factory
		[OEMRunOnce]
		"Agent", Agent.Install, MSI
		         ^^^^^^^^^^^^^ error inf.missing-section-ref: The item "Agent" points to [Agent.Install], which this file does not contain; that configuration is skipped.
		"Drivers", Drivers.Install, EXE
		                            ^^^ error winbom.oemrun-syntax…
		"Only a description"
		^^^^^^^^^^^^^^^^^^^^ error winbom.oemrun-syntax…
		, "C:\\x.exe"
		| error winbom.oemrun-syntax: [OEMRunOnce] lines start with a description shown while the item runs; this one is empty.
		[OEMRun]
		"Tool", "C:\\tool.exe", Section, MSI
		                       ^^^^^^^^^^^^ error winbom.oemrun-syntax…
		`);
});

test('DiskN must name an existing per-disk section', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = WinPE
		[DiskConfig]
		Disk1 = First.config
		Disk2 = Second.config
		        ^^^^^^^^^^^^^ error inf.missing-section-ref…
		[First.config]
		Size1 = *
		`);
});

test('[UserAccounts] is not applied on the Server 2003 family; account sections bind to the names', () => {
	const source = `
		//- /Winbom.ini
		; reseal: target=2003
		[Factory]
		WinbomType = Factory
		[UserAccounts]
		 ^^^^^^^^^^^^ warning inf.wrong-target…
		Alice
		[Alice.account]
		 ^^^^^^^^^^^^^ warning inf.wrong-target…
		Alias = "Alice"
		`;
	checkDiagnostics(source);
	checkDiagnostics(source.replace('target=2003', 'target=xp').replace(/^.*\^.*$\n/gm, ''));
	checkDiagnostics(
		`
		//- /Winbom.ini
		[Factory]
		WinbomType = Factory
		[UserAccounts]
		Bad/Name
		^^^^^^^^ error inf.invalid-value…
		[Nobody.account]
		 ^^^^^^^^^^^^^^ warning inf.unreferenced-section…
		Alias = x
		`,
		{ settings: { target: 'xp' } },
	);
});

test('a misspelt section is unknown, not taken for an application section', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factroy]
		 ^^^^^^^ warning inf.unknown-section: [Factroy] is not a documented section; did you mean [Factory]? Setup ignores it.
		WinbomType = Factory
		`, { ignore: ['winbom.missing-factory-section'] });
});

test('hover names the states, once/always, variables and whether the declared type reads it', () => {
	const entry = hoverText(`${header}[Factory]\nWinbomType = WinPE\n[ComputerSettings]\nExtend$0Partition = 1\n`);
	assert.match(entry ?? '', /read when WinbomType is Factory, OOBE; runs once; environment variables are not expanded/);
	assert.match(entry ?? '', /- State: "Extending system drive"/);
	assert.match(entry ?? '', /This file is WinbomType WinPE: \*\*not read\*\*/);
	const section = hoverText(`${header}[Factory]\nWinbomType = WinPE\n[OEMRun$0Once]\n`);
	assert.match(section ?? '', /runs on every boot; environment variables are expanded/);
	assert.match(section ?? '', /Under WinbomType WinPE the values are taken literally/);
	const inherited = hoverText(`${header}[OEMLink]\nOEMBrand$0LinkText = "Tour"\n`);
	assert.match(inherited ?? '', /State: "Applying OEM Start Menu branding"/);
});

test('completion offers Winbom.ini sections and entries', () => {
	const sections = completionLabels(`${header}[$0`);
	for (const name of ['Factory', 'ComputerSettings', 'OEMRunOnce', 'WinPE', 'DiskConfig']) assert.ok(sections.includes(name), `${name} in ${sections.join(', ')}`);
	const entries = completionLabels(`${header}[Factory]\n$0`);
	for (const name of ['WinbomType', 'NewWinbom', 'Reseal']) assert.ok(entries.includes(name), `${name} in ${entries.join(', ')}`);
	assert.deepEqual(completionLabels(`${header}[Factory]\nWinbomType = $0`), ['WinPE', 'Factory', 'OOBE']);
});

test('outline, folding and go to definition from [OEMRunOnce] to the application section', () => {
	const fixture = single(`${header}[OEMRunOnce]\n"Viewer", "Viewer.In$0stall", MSI\n\n[Viewer.Install]\nInstallType = Standard\n`);
	const document = documentFor(fixture);
	assert.deepEqual(service.findDocumentSymbols(document).map((symbol) => symbol.name), ['[OEMRunOnce]', '[Viewer.Install]']);
	assert.deepEqual(service.getFoldingRanges(document).map((range) => [range.startLine, range.endLine]), [[0, 1], [3, 4]]);
	const [location] = service.findDefinition(document, fixture.cursor!);
	assert.equal(location?.range.start.line, 3);
});

test('each WinbomType snippet produces a clean file', () => {
	const snippets = JSON.parse(readFileSync(new URL('../../snippets/winbom-ini.code-snippets', import.meta.url), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
	const types = new Set<string>();
	for (const [name, snippet] of Object.entries(snippets)) {
		const text = snippet.body
			.join('\n')
			.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
			.replace(/\$\{\d+:([^}]*)\}/g, '$1')
			.replace(/\$\d+/g, '')
			.replace(/\\\\/g, '\\');
		const type = /WinbomType = (\w+)/.exec(text)?.[1];
		if (!type) continue;
		types.add(type);
		const diagnostics = service.doValidation(TextDocument.create('file:///Winbom.ini', 'winbom-ini', 1, text), { target: 'xp' });
		assert.deepEqual(diagnostics.map((diagnostic) => `${String(diagnostic.code)}: ${diagnostic.message}`), [], name);
	}
	assert.deepEqual([...types].sort(), ['Factory', 'OOBE', 'WinPE']);
});
