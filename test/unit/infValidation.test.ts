/**
 * Sysprep.inf diagnostics, one table row per behaviour. Expectations live in
 * the fixtures as caret annotations (see test/utils/fixture.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, service, single, documentFor } from '../utils/fixture';

/** A file that satisfies every full-automation rule, to which cases add one mistake. */
const complete = `
[Unattended]
OemSkipEula = Yes
InstallFilesPath = C:\\Sysprep\\i386
[GuiUnattended]
AdminPassword = Secret1
EncryptedAdminPassword = No
TimeZone = 035
OEMSkipRegional = 1
OEMSkipWelcome = 1
[UserData]
FullName = "IT"
OrgName = "Example"
ComputerName = *
ProductKey = ABCDE-FGHIJ-KLMNO-PQRST-UVWXY
[LicenseFilePrintData]
AutoMode = PerServer
AutoUsers = 5
[Identification]
JoinWorkgroup = WORKGROUP
[Networking]
InstallDefaultComponents = Yes
`;

test('a complete file has no diagnostics', () => {
	checkDiagnostics(complete);
});

const automationOnly = { ignore: ['inf.missing-required-entry'] };

const cases: [string, string, object?][] = [
	[
		'unknown entry suggests the nearest documented one',
		`
		[GuiUnattended]
		AdminPasword = x
		^^^^^^^^^^^^ warning inf.unknown-entry: 'AdminPasword' is not an entry of [GuiUnattended]; did you mean 'AdminPassword'?
		`,
		automationOnly,
	],
	[
		'an entry placed in the wrong section names the right one',
		`
		[UserData]
		TimeZone = 035
		^^^^^^^^ warning inf.unknown-entry: 'TimeZone' is not an entry of [UserData]; it belongs in [GuiUnattended].
		`,
		automationOnly,
	],
	[
		'unknown section suggests the nearest documented one',
		`
		[GuiUnatended]
		 ^^^^^^^^^^^^ warning inf.unknown-section: [GuiUnatended] is not a documented section; did you mean [GuiUnattended]? Setup ignores it.
		`,
		automationOnly,
	],
	[
		'on is not Yes',
		`
		[Unattended]
		OemSkipEula = on
		              ^^ error inf.invalid-value: 'on' is not valid for OemSkipEula: it must be Yes or No.
		`,
		automationOnly,
	],
	[
		'values compare case-insensitively',
		`
		[Unattended]
		DriverSigningPolicy = ignore
		UpdateInstalledDrivers = no
		`,
		automationOnly,
	],
	[
		'a blank that Setup prompts for breaks full automation (a warning naming the entry, not an error)',
		`
		[Identification]
		JoinDomain = FABRIKAM
		DomainAdmin = FABRIKAM\\joiner
		DomainAdminPassword =
		^^^^^^^^^^^^^^^^^^^^^ warning inf.blank-prompts: DomainAdminPassword is empty, so Setup stops and asks for it on every machine; fill it in if the installation must run without anyone present.
		[UserData]
		ProductKey=
		^^^^^^^^^^^ warning inf.blank-prompts: ProductKey is empty…
		`,
		automationOnly,
	],
	[
		'a blank that takes the default is information; "" reads the same as nothing',
		`
		[UserData]
		OrgName =
		^^^^^^^^^ information inf.blank-default: OrgName is empty, which Setup reads as not set, so its own default applies (see hover).
		[GuiUnattended]
		EncryptedAdminPassword = ""
		^^^^^^^^^^^^^^^^^^^^^^^^^^^ information inf.blank-default: EncryptedAdminPassword is empty, so Setup uses its default (No).
		`,
		automationOnly,
	],
	[
		'a blank that means nothing is a warning',
		`
		[Unattended]
		OemPnPDriversPath =
		^^^^^^^^^^^^^^^^^^^ warning inf.missing-value: OemPnPDriversPath is empty, which means nothing to Setup…
		`,
		automationOnly,
	],
	[
		'a bare entry name without = (as in a hand-edited winnt.sif)',
		`
		[Identification]
		JoinWorkgroup
		^^^^^^^^^^^^^ error inf.missing-equals: 'JoinWorkgroup' has no '=' and no value; write it as 'JoinWorkgroup = WORKGROUP'.
		`,
		automationOnly,
	],
	[
		'duplicate entry',
		`
		[UserData]
		FullName = A
		fullname = B
		^^^^^^^^ warning inf.duplicate-entry: 'fullname' is already set on line 2 of [UserData]; only one value takes effect.
		`,
		automationOnly,
	],
	[
		'duplicate section',
		`
		[Display]
		[display]
		 ^^^^^^^ warning inf.duplicate-section…
		`,
		automationOnly,
	],
	[
		'REM is not a comment',
		`
		[Display]
		REM set the screen
		^^^ error inf.rem-comment…
		`,
		automationOnly,
	],
	[
		'# is not the comment marker',
		`
		# header
		^ warning inf.hash-comment…
		[Display]
		`,
		automationOnly,
	],
	[
		'an entry before the first section is never read',
		`
		ComputerName = PC1
		^^^^^^^^^^^^^^^^^^ error inf.entry-outside-section…
		[UserData]
		`,
		automationOnly,
	],
	[
		'an unclosed section header',
		`
		[UserData
		^^^^^^^^^ error inf.malformed-section: The section header has no closing \`]\`.
		`,
		automationOnly,
	],
	[
		'an unterminated quote and text after a section header',
		`
		[UserData] FullName = A
		           ^^^^^^^^^^^^ warning inf.syntax: Text after \`]\` on a section header is ignored; put it on its own line.
		OrgName = "Example
		          ^^^^^^^^ warning inf.syntax: The quoted value has no closing \`"\`.
		`,
		automationOnly,
	],
	[
		'an obsolete spelling names its replacement',
		`
		[UserData]
		ProductID = ABCDE-FGHIJ-KLMNO-PQRST-UVWXY
		^^^^^^^^^ info inf.deprecated-entry…
		`,
		automationOnly,
	],
	[
		'AdminPassword starting with * and text risks a null password',
		`
		[GuiUnattended]
		AdminPassword = *secret
		                ^^^^^^^ error inf.null-admin-password…
		`,
		automationOnly,
	],
	[
		'AdminPassword = * is a deliberate empty password',
		`
		[GuiUnattended]
		AdminPassword = *
		                ^ info inf.blank-admin-password…
		`,
		automationOnly,
	],
	[
		'DomainAdminPassword is always clear text',
		`
		[Identification]
		JoinDomain = CORP
		DomainAdmin = deploy
		DomainAdminPassword = hunter2
		                      ^^^^^^^ warning inf.cleartext-password…
		`,
		automationOnly,
	],
	[
		'template tokens are hints, not errors',
		`
		[UserData]
		ProductKey = WIN_XP_PRO_KEY
		             ^^^^^^^^^^^^^^ hint inf.placeholder-value…
		FullName = %FULLNAME%
		           ^^^^^^^^^^ hint inf.placeholder-value…
		OrgName = @ORG@
		          ^^^^^ hint inf.placeholder-value…
		`,
		automationOnly,
	],
	[
		'malformed product key',
		`
		[UserData]
		ProductKey = ABCDE-FGHIJ-KLMNO
		             ^^^^^^^^^^^^^^^^^ error inf.invalid-value: The value is not valid for ProductKey: it must be a 25-character product key in five groups of five (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX).
		`,
		automationOnly,
	],
	[
		'unknown time-zone index',
		`
		[GuiUnattended]
		TimeZone = 999
		           ^^^ error inf.invalid-value…
		`,
		automationOnly,
	],
	[
		'a computer name longer than NetBIOS allows',
		`
		[UserData]
		ComputerName = THIS-NAME-IS-FAR-TOO-LONG
		               ^^^^^^^^^^^^^^^^^^^^^^^^^ warning inf.long-value: ComputerName is 25 characters long, past 15, so its NetBIOS name keeps only the first 15 characters (and Setup cuts the name itself at 63).
		`,
		automationOnly,
	],
	[
		'OEMSkipWelcome = 0 still stops Mini-Setup',
		`
		[GuiUnattended]
		OEMSkipWelcome = 0
		                 ^ warning inf.automation-value: Full automation needs OEMSkipWelcome = 1; with '0' Mini-Setup still stops at this step.
		`,
		automationOnly,
	],
	[
		'a reference to a section the file lacks',
		`
		[NetAdapters]
		Adapter1 = params.Adapter1
		           ^^^^^^^^^^^^^^^ error inf.missing-section-ref…
		`,
		automationOnly,
	],
	[
		'author-named sections are recognised through references',
		`
		[NetAdapters]
		Adapter1 = params.Adapter1
		[params.Adapter1]
		INFID = *
		`,
		automationOnly,
	],
	[
		'an author-named section nobody references',
		`
		[params.Adapter9]
		 ^^^^^^^^^^^^^^^ warning inf.unreferenced-section…
		INFID = *
		`,
		automationOnly,
	],
	[
		'driver paths that name .inf files',
		`
		[Unattended]
		OemPnPDriversPath = Drivers\\Net;Drivers\\nic\\nic.inf
		                                ^^^^^^^^^^^^^^^^^^^ warning inf.driver-path-is-file…
		`,
		automationOnly,
	],
	[
		'a text-mode-only entry in Sysprep.inf',
		`
		[Unattended]
		FileSystem = ConvertNTFS
		^^^^^^^^^^ warning inf.text-mode-only…
		`,
		automationOnly,
	],
	[
		'[LicenseFilePrintData] is ignored on Windows XP',
		`
		[LicenseFilePrintData]
		 ^^^^^^^^^^^^^^^^^^^^ warning inf.wrong-target…
		AutoMode = PerSeat
		`,
		{ ...automationOnly, settings: { target: 'xp' } },
	],
	[
		'a reseal directive comment sets the target for the file',
		`
		; reseal: target=xp
		[LicenseFilePrintData]
		 ^^^^^^^^^^^^^^^^^^^^ warning inf.wrong-target…
		AutoMode = PerSeat
		`,
		automationOnly,
	],
	[
		'an x86-only entry on an x64 image (architecture from the settings or a directive)',
		`
		; reseal: arch=x64
		[Unattended]
		UpdateHAL = ACPIAPIC_MP,%WINDIR%\\inf\\hal.inf
		^^^^^^^^^ warning inf.wrong-target: UpdateHAL applies only to x86 images; the image is x64.
		`,
		automationOnly,
	],
	[
		'an empty [SysprepMassStorage] header at the end (filled at deploy time) is fine',
		`
		[SysprepMassStorage]
		`,
		automationOnly,
	],
	[
		'[SysprepMassStorage] maps hardware IDs to INF paths',
		`
		[SysprepMassStorage]
		PCI\\VEN_1000&DEV_0622 = "C:\\Sysprep\\Drivers\\Storage\\symmpi.inf"
		PCI\\VEN_1000&DEV_0622 = "C:\\Sysprep\\Drivers\\Storage\\symmpi.inf"
		^^^^^^^^^^^^^^^^^^^^^ warning inf.duplicate-entry…
		`,
		automationOnly,
	],
	[
		'[GuiRunOnce] takes quoted command lines',
		`
		[GuiRunOnce]
		"cmd /c start /wait setup.exe /s"
		%systemroot%\\cluster\\cluster.exe
		`,
		automationOnly,
	],
];

for (const [name, fixture, options] of cases) test(name, () => void checkDiagnostics(fixture, options));

test('missing full-automation entries: one diagnostic each, on the header or at the top when the section is missing', () => {
	const partial = service.doValidation(documentFor(single('[Unattended]\nOemSkipEula = Yes\n')));
	const installFiles = partial.find((diagnostic) => String(diagnostic.message).includes('InstallFilesPath'));
	assert.deepEqual(installFiles?.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 11 } });
	assert.equal(
		installFiles?.message,
		'Full automation needs InstallFilesPath in [Unattended]; without it Mini-Setup stops and asks for it.',
	);
	const document = documentFor(single('[Unattended]\nOemSkipEula = Yes\nInstallFilesPath = C:\\Sysprep\\i386\n'));
	const missing = service.doValidation(document).filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry');
	const names = missing.map((diagnostic) => /needs (.+?) in \[/.exec(String(diagnostic.message))![1]).sort();
	assert.deepEqual(names, [
		'AdminPassword',
		'AutoMode',
		'ComputerName',
		'EncryptedAdminPassword',
		'FullName',
		'InstallDefaultComponents',
		'JoinWorkgroup or JoinDomain',
		'OEMSkipRegional',
		'OEMSkipWelcome',
		'OrgName',
		'ProductKey',
		'TimeZone',
	]);
	for (const diagnostic of missing) assert.deepEqual(diagnostic.range.start, { line: 0, character: 0 });
});

test('JoinDomain requires DomainAdmin and DomainAdminPassword', () => {
	const document = documentFor(single(complete.replace('JoinWorkgroup = WORKGROUP', 'JoinDomain = CORP')));
	const missing = service.doValidation(document).filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry');
	assert.deepEqual(missing.map((diagnostic) => /needs (\w+)/.exec(String(diagnostic.message))![1]).sort(), ['DomainAdmin', 'DomainAdminPassword']);
});

test('the Server 2003 licensing entries are not required on Windows XP', () => {
	const text = complete.replace(/\[LicenseFilePrintData\][^[]*/, '');
	assert.equal(service.doValidation(documentFor(single(text)), { target: 'xp' }).length, 0);
	// AutoMode only: AutoUsers is needed once AutoMode = PerServer is chosen.
	assert.deepEqual(
		service.doValidation(documentFor(single(text)), { target: '2003' }).map((diagnostic) => /needs (\w+)/.exec(String(diagnostic.message))?.[1]),
		['AutoMode'],
	);
});

test('Unattend.txt and winnt.sif accept text-mode entries and do not ask for Mini-Setup automation', () => {
	checkDiagnostics(`
		//- /i386/winnt.sif
		[Data]
		AutoPartition = 1
		MsDosInitiated = "0"
		UnattendedInstall = "Yes"
		[Unattended]
		FileSystem = ConvertNTFS
		FileSystem-LeaveAlone
		^^^^^^^^^^^^^^^^^^^^^ error inf.missing-equals: 'FileSystem-LeaveAlone' has no '='; did you mean 'FileSystem = LeaveAlone'?
		`);
});

test('the diagnostic cap keeps large files responsive', () => {
	const lines = ['[UserData]', ...Array.from({ length: 50 }, (_, i) => `Bogus${i} = 1`)];
	const diagnostics = service.doValidation(documentFor(single(lines.join('\n'))), { maxDiagnostics: 10 });
	assert.equal(diagnostics.length, 11);
	assert.equal(diagnostics[0].code, 'reseal.truncated');
});
