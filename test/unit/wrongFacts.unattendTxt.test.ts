/**
 * Issue 18, Unattend.txt table: facts that were wrong or missing, each pinned
 * by a fixture that failed before the fix. Sources: the XP ref.chm
 * (deploy.cab) u_*.htm pages and the Windows Server 2003 "(Unattended
 * Installation)" pages named in the rows' `source` fields.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, hoverText } from '../utils/fixture';

const options = { path: '/Unattend.txt', ignore: ['inf.missing-required-entry', 'inf.missing-section'] };

test('[InternetServer] takes ApplicationDependency, DisableWebServiceOnUpgrade and ExtensionFile (XP ref.chm u_internetserver.htm sample)', () => {
	checkDiagnostics(
		`
		[Unattended]
		UnattendMode = FullUnattended
		[Components]
		iis_common = On
		iis_inetmgr = On
		iis_www = On
		[InternetServer]
		ApplicationDependency = MyApp,ASPNET20
		DisableWebServiceOnUpgrade = True
		ExtensionFile = 1, C:\\Directory\\, 0, ASP60
		PathFTPRoot = C:\\Inetpub\\Ftproot
		PathWWWRoot = C:\\Inetpub\\Wwwroot
		SvcManualStart = ftp
		`,
		options,
	);
	checkDiagnostics(
		`
		[InternetServer]
		DisableWebServiceOnUpgrade = Maybe
		                             ^^^^^ error inf.invalid-value…
		`,
		options,
	);
});

test('[Win9xUpg] takes DomainJoinText, ForceWorkgroup, IgnoreNetworkErrors, MigrateUsersAsPowerUser and SafeMode (XP ref.chm u_win9xupg.htm)', () => {
	checkDiagnostics(
		`
		[Unattended]
		Win9xUpgrade = Yes
		[Win9xUpg]
		DomainJoinText = "<b>Join FABRIKAM</b>"
		ForceWorkgroup = Yes
		IgnoreNetworkErrors = Yes
		MigrateUsersAsPowerUser = Yes
		SafeMode = Yes
		MigrateUsersAsAdmin = No
		`,
		{ ...options, settings: { target: 'xp' } },
	);
});

test('[Win9xUpg] is for upgrades from Windows 98 and Me, not Windows 95', () => {
	const hover = hoverText(`
		//- /Unattend.txt
		[Win9x$0Upg]
		MigrateUsersAsAdmin = No
	`);
	assert.match(hover ?? '', /Windows 98/);
	assert.doesNotMatch(hover ?? '', /Windows 95/);
});

test("Microsoft's own samples for [SystemFileProtection], [OsChooser], [SNMP] and [MassStorageDrivers] are clean", () => {
	checkDiagnostics(
		`
		[Unattended]
		UnattendMode = FullUnattended
		OemPreinstall = Yes
		[SystemFileProtection]
		SFCDllCacheDir = %SYSTEMROOT%\\Windows\\System32\\Dllcache
		SFCQuota = FFFFFFFF
		SFCShowProgress = 1
		[OsChooser]
		Description = "This is my description."
		Help = MyHelpTopic
		ImageType = Sysprep
		LaunchFile = "%Installpath%\\%MachineType%\\Vendortool.bin"
		Version = 123
		[SNMP]
		Accept_CommunityName = MyCommunity:Read_Only
		Any_Host = Yes
		[MassStorageDrivers]
		MyDriver1 = OEM
		"Fabrikam RAID" = Retail
		[OEMBootFiles]
		Txtsetup.oem
		mydriver1.sys
		`,
		options,
	);
});

test('MigrationDlls takes comma-separated, individually quoted folders (KB200001 sample)', () => {
	checkDiagnostics(
		`
		[Unattended]
		Win9xUpgrade = Yes
		[Win9xUpg]
		MigrationDlls = "C:\\MyDll","D:\\MyOtherDLL"
		`,
		{ ...options, settings: { target: 'xp' } },
	);
	checkDiagnostics(
		`
		[Unattended]
		Win9xUpgrade = Yes
		[Win9xUpg]
		MigrationDlls = C:\\Upgrade\\Packs,\\\\server\\migdlls\\app1
		`,
		{ ...options, settings: { target: 'xp' } },
	);
});

test('[OsChooser] Description and Help have no documented length limit (XP ref.chm: Value string)', () => {
	checkDiagnostics(
		`
		[OsChooser]
		Description = "Windows XP Professional SP3 with Office 2003, the finance line-of-business tools"
		Help = "${'Installs the standard finance workstation image. '.repeat(7)}"
		ImageType = Flat
		`,
		options,
	);
});
