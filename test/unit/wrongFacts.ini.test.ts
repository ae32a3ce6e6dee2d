/**
 * Issue 18: facts the XP/2003 tables had wrong, each pinned by a fixture that
 * failed before the fix. The facts come from the Windows Server 2003 "(Sysprep)",
 * "(Unattended Installation)" and "(Winbom)" reference pages and the XP ref.chm.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, documentFor, hoverText, service, single } from '../utils/fixture';

const automationOnly = { ignore: ['inf.missing-required-entry'] };

test('ComputerName past 15 characters is a NetBIOS warning, not an error (Setup truncates at 63)', () => {
	checkDiagnostics(
		`
		[UserData]
		ComputerName = fabrikam-reception-desk-01
		               ^^^^^^^^^^^^^^^^^^^^^^^^^^ warning inf.long-value: ComputerName is 26 characters long, past 15…
		`,
		automationOnly,
	);
});

test("[SysprepMassStorage] takes Microsoft's own four-field example", () => {
	checkDiagnostics(
		`
		[SysprepMassStorage]
		PCI\\VEN_1077&DEV_1080 = "C:\\Sysprep\\qlogic\\qlogic.inf", "\\nt", "Qlogic Software Disk", "\\qlogic"
		PCI\\VEN_1000&DEV_0030 = "C:\\Drivers\\symmpi.inf"
		PCI\\VEN_1000&DEV_0054 = "C:\\Drivers\\a.inf", "\\x", "Disk", "\\tag", "one too many"
		                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error inf.invalid-value: The value of 'PCI\\VEN_1000&DEV_0054' has 5 comma-separated fields…
		`,
		automationOnly,
	);
});

test('Optimization = MaxThroughputForNetworkApps is the documented spelling', () => {
	checkDiagnostics(
		`
		[NetServices]
		MS_SERVER = params.MS_SERVER
		[params.MS_SERVER]
		Optimization = MaxThroughputForNetworkApps
		`,
		automationOnly,
	);
});

test('AutoUsers has no documented minimum of 5', () => {
	checkDiagnostics(
		`
		[LicenseFilePrintData]
		AutoMode = PerServer
		AutoUsers = 2
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
});

test('ServerWelcome is read by Mini-Setup on Server 2003 and names the Web Interface for Remote Administration', () => {
	checkDiagnostics(
		`
		[GuiUnattended]
		ServerWelcome = No
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
	const hover = hoverText(`
		[GuiUnattended]
		Server$0Welcome = No
	`);
	assert.match(hover ?? '', /Web Interface for Remote Administration/);
	assert.doesNotMatch(hover ?? '', /Manage Your Server/);
});

test('ScopeID is a documented TCP/IP entry', () => {
	checkDiagnostics(
		`
		[NetProtocols]
		MS_TCPIP = params.MS_TCPIP
		[params.MS_TCPIP]
		ScopeID = fabrikam
		`,
		automationOnly,
	);
});

test('AutoLogonAccountCreation is an entry of [GuiUnattended] on Windows XP', () => {
	checkDiagnostics(
		`
		[GuiUnattended]
		AutoLogonAccountCreation = No
		`,
		{ ...automationOnly, settings: { target: 'xp' } },
	);
});

test('[IEPopupBlocker] is read by Mini-Setup too, not only by text-mode Setup', () => {
	checkDiagnostics(
		`
		[IEPopupBlocker]
		BlockPopups = Yes
		`,
		automationOnly,
	);
});

test('ProductKey left empty (as in Microsoft\'s examples) prompts; it is not an error', () => {
	checkDiagnostics(
		`
		[UserData]
		ProductKey=
		^^^^^^^^^^^ warning inf.blank-prompts: ProductKey is empty…
		`,
		automationOnly,
	);
});

test('AdminPassword: quoted as the reference asks, or unquoted when nothing in it needs quoting; a comma without quotes changes the password', () => {
	checkDiagnostics(
		`
		[GuiUnattended]
		AdminPassword = "S3cret,1"
		`,
		automationOnly,
	);
	checkDiagnostics(
		`
		[GuiUnattended]
		AdminPassword = S3cret
		`,
		automationOnly,
	);
	checkDiagnostics(
		`
		[GuiUnattended]
		AdminPassword = S3cret,1
		                ^^^^^^^^ information inf.unquoted-value…
		`,
		automationOnly,
	);
});

test('Winbom [NetCards] keys are Plug and Play IDs of the adapters', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = Factory
		[NetCards]
		PCI\\VEN_8086&DEV_1229 = C:\\Drivers\\Net\\e100b.inf
		NICPnPID = C:\\MyFiles\\MyInf.inf
	`);
});

test('Winbom OEMLink, StartMenuMFUList, SetupHomenet, DesktopShortcutsFolder apply to Server 2003 too; [UserAccounts] does not', () => {
	checkDiagnostics(
		`
		//- /Winbom.ini
		; reseal: target=2003
		[Factory]
		WinbomType = Factory
		[OEMLink]
		OEMBrandLinkText = "Fabrikam Tour"
		[StartMenuMFUList]
		Link0 = "%ALLUSERSPROFILE%\\Start Menu\\Programs\\Accessories\\WordPad.lnk"
		[SetupHomenet]
		EnableFirewall = Yes
		[DesktopShortcutsFolder]
		DesktopShortcutsFolderName = "Fabrikam Tools"
		[UserAccounts]
		 ^^^^^^^^^^^^ warning inf.wrong-target…
		JohnArthur
		`,
		{ only: ['inf.wrong-target'] },
	);
});

test('Winbom [WinPE] Restart = Quit is documented', () => {
	checkDiagnostics(`
		//- /Winbom.ini
		[Factory]
		WinbomType = WinPE
		[WinPE]
		Restart = Quit
	`);
});

test('without a directive or a chosen target, the file\'s own version-specific entries set the target', () => {
	// UnattendSwitch is read by Windows XP only: no "target is Server 2003" noise, and no [LicenseFilePrintData] demand.
	checkDiagnostics(
		`
		//- /winnt.sif
		[Unattended]
		UnattendSwitch = Yes
		[SystemRestore]
		DisableSR = 1
		`,
		{ only: ['inf.wrong-target'] },
	);
	checkDiagnostics(
		`
		[Unattended]
		OemSkipEula = Yes
		[SystemRestore]
		 ^^^^^^^^^^^^^ warning inf.text-mode-only…
		[LicenseFilePrintData]
		AutoMode = PerSeat
		`,
		{ only: ['inf.wrong-target', 'inf.text-mode-only'] },
	);
	// Mixed evidence (a generic XP/2003 template): checked as the default target (Server 2003), and what holds only
	// for that version is information, not a warning.
	checkDiagnostics(
		`
		//- /winnt.sif
		[Unattended]
		UnattendSwitch = Yes
		^^^^^^^^^^^^^^ information inf.wrong-target: UnattendSwitch applies only to Windows XP; the target is Windows Server 2003. The file does not say…
		[LicenseFilePrintData]
		AutoMode = PerSeat
		`,
		{ only: ['inf.wrong-target'] },
	);
});

test("InputLocale takes the reference's short hexadecimal form (2058:40a) as well as 0409:00000409", () => {
	checkDiagnostics(
		`
		[RegionalSettings]
		InputLocale = 2058:40a, 1046:416
		InputLocale_DefaultUser = 0409:00000409
		`,
		automationOnly,
	);
});

test('DoNotDetectLegacyCards is a documented entry of the adapter section', () => {
	checkDiagnostics(
		`
		[NetAdapters]
		Adapter1 = params.Adapter1
		[params.Adapter1]
		INFID = *
		DoNotDetectLegacyCards = ne2000
		`,
		automationOnly,
	);
});

test('AutoUsers is needed for full automation only with AutoMode = PerServer (Unattend.txt required-entries table)', () => {
	const needs = (text: string) =>
		service
			.doValidation(documentFor(single(text)))
			.filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry' && String(diagnostic.message).includes('[LicenseFilePrintData]'))
			.map((diagnostic) => /needs (\w+)/.exec(String(diagnostic.message))?.[1]);
	assert.deepEqual(needs('; reseal: target=2003\n[LicenseFilePrintData]\nAutoMode = PerSeat\n'), []);
	assert.deepEqual(needs('; reseal: target=2003\n[LicenseFilePrintData]\nAutoMode = PerServer\n'), ['AutoUsers']);
	assert.deepEqual(needs('; reseal: target=2003\n[LicenseFilePrintData]\nAutoMode = PerServer\nAutoUsers = 10\n'), []);
});

test("[URL] takes the Links-toolbar entries of Microsoft's KB262508 example (Quick_Link_N, Quick_Link_N_Name); [FavoritesEx] the IEAK IconFileN and OfflineN", () => {
	checkDiagnostics(
		`
		[Branding]
		BrandIEUsingUnattended = Yes
		[URL]
		Home_Page = http://intranet.fabrikam.com/
		Quick_Link_1_Name = "Windows"
		Quick_Link_1 = "http://www.microsoft.com/windows/default.asp"
		Quick_Link_12 = "http://wiki.fabrikam.com/"
		Quick_Link_Name = "no number"
		^^^^^^^^^^^^^^^ warning inf.unknown-entry…
		[FavoritesEx]
		Title1 = "MSN.url"
		URL1 = "http://www.msn.com/"
		IconFile1 = C:\\Branding\\msn.ico
		Offline1 = 0
		Link1 = "http://www.msn.com/"
		^^^^^ error inf.invalid-value…
		`,
		automationOnly,
	);
});

test("UpdateServerProfileDirectory = 1 in Microsoft's Sysprep.inf sample for an XP image (MED-V) is not a Server 2003-only warning", () => {
	checkDiagnostics(
		`
		; reseal: target=xp
		[Unattended]
		OemSkipEula = Yes
		UpdateServerProfileDirectory = 1
		`,
		automationOnly,
	);
	// Nor does it make an XP file look like a Server 2003 one (which would demand [LicenseFilePrintData]).
	const needs = service
		.doValidation(documentFor(single('[Unattended]\nUpdateServerProfileDirectory = 1\n[SystemRestore]\nDisableSR = 1\n')))
		.filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry' && String(diagnostic.message).includes('[LicenseFilePrintData]'));
	assert.deepEqual(needs, []);
});
