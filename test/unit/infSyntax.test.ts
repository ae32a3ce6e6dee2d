/**
 * Answer-file lines as Setup's INF reader reads them (issue 24): `;` comments
 * anywhere outside quotes, quoting and doubled quotes, `\` line continuation,
 * case-insensitive section names and references; and the templates of
 * deployment tools (MDT, VirtualBox, VMware), whose slots are hints naming the
 * tool. Expectations are caret annotations (test/utils/fixture.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseIni } from '../../server/src/model/iniParser';
import { checkDiagnostics, dedent, service } from '../utils/fixture';
import { renamed } from '../utils/editing';

const automationOnly = { ignore: ['inf.missing-required-entry'] };

test('a ; comment after a value is not part of it (Hibernation = Yes ; …)', () => {
	checkDiagnostics(
		`
		//- /Unattend.txt
		[Unattended]
		UnattendMode = FullUnattended ; no questions
		TargetPath = \\WINDOWS
		Hibernation = Yes ; Yes enables hibernation
		DriverSigningPolicy = Ignore;glued to the value
		                      ^^^^^^^^^^^^^^^^^^^^^^^^^ information inf.unquoted-value: The ';' right after the value starts a comment, so Setup reads DriverSigningPolicy as 'Ignore'; if the text after ';' belongs to the value, put the whole value in quotes.
		`,
		automationOnly,
	);
});

test('a section reference followed by a comment names the section, which is then referenced', () => {
	checkDiagnostics(
		`
		[Networking]
		InstallDefaultComponents = No
		[NetAdapters]
		Adapter1 = params.Adapter1 ; the first adapter
		[params.Adapter1]
		INFID = * ; any adapter
		[NetProtocols]
		MS_TCPIP = params.MS_TCPIP ; installs TCP/IP
		[params.MS_TCPIP]
		DNS = No
		EnableLMHosts = Yes ; keeps LMHOSTS lookup
		`,
		automationOnly,
	);
});

test('quoting: ; and = inside quotes are text, doubled quotes are one quote', () => {
	const doc = parseIni('[GuiRunOnce]\n"cmd /c echo a;b = c" ; runs once\n[UserData]\nFullName = "A ""quoted"" name" ; c\n');
	const [command] = doc.sections[0].lines;
	assert.equal(command.value, 'cmd /c echo a;b = c');
	assert.equal(command.comment?.start, 22);
	const [name] = doc.sections[1].lines;
	assert.equal(name.type, 'entry');
	assert.equal(name.value, 'A "quoted" name');
	assert.ok(name.quoted);
	assert.deepEqual(
		doc.trailingComments.map((comment) => comment.text),
		['; runs once', '; c'],
	);
	checkDiagnostics(
		`
		[UserData]
		FullName = "A ""quoted"" name" ; c
		OrgName = "Fabrikam; Contoso"
		`,
		automationOnly,
	);
});

test('Cmdlines.txt: a ; inside a quoted command is not a comment; after it, it is', () => {
	const [line] = parseIni('[Commands]\n"cmd /c echo one;two" ; first\n').sections[0].lines;
	assert.equal(line.value, 'cmd /c echo one;two');
	checkDiagnostics(`
		//- /Cmdlines.txt
		[Commands]
		"cmd /c echo one;two" ; first
		"rundll32.exe setupapi,InstallHinfSection DefaultInstall 128 .\\oem.inf"
	`);
});

test('a documented ; list (OemPnPDriversPath) is read whole, as Microsoft writes it unquoted', () => {
	checkDiagnostics(
		`
		[Unattended]
		OemPnPDriversPath = Drivers\\Net;Drivers\\Video;Drivers\\Audio
		`,
		automationOnly,
	);
});

test('a final \\ continues the line: the next line, even a header, joins the value', () => {
	checkDiagnostics(
		`
		[Unattended]
		OemSkipEula = Yes
		InstallFilesPath = C:\\Sysprep\\i386\\
		                                  ^ warning inf.line-continued: This line ends with '\\', which Setup's INF reader takes for a line continuation: it joins the next line to this one, so InstallFilesPath reads 'C:\\Sysprep\\i386[GuiUnattended]'. Put a path that ends in '\\' in quotes, or drop the final backslash.
		[GuiUnattended]
		`,
		{ ...automationOnly, ignore: ['inf.missing-required-entry', 'inf.invalid-value'] },
	);
	const doc = parseIni('[A]\nba=c \\ \n \\ \n a\nq=c \\ \n \\ a\n');
	const [ba, q] = doc.sections[0].lines;
	// Wine's setupapi tests (run against Windows): "ba=c \\ \\n \\\\ \\n a" reads "ca"; a backslash before text is kept.
	assert.equal(ba.value, 'ca');
	assert.equal(ba.continuedLines, 2);
	assert.equal(q.value, 'c\\ a');
	assert.deepEqual(doc.continuedLines, [2, 3, 5]);
});

test('a \\ before a comment still continues; a quoted path ending in \\ does not', () => {
	const doc = parseIni('[A]\nX = one \\ ; more follows\n two\nY = "C:\\Dir\\"\nZ = 1\n');
	const [x, y, z] = doc.sections[0].lines;
	assert.equal(x.value, 'onetwo');
	assert.equal(y.value, 'C:\\Dir\\');
	assert.equal(y.continuation, undefined);
	assert.equal(z.type === 'entry' && z.key, 'Z');
});

test('a final \\ with nothing after it only drops the backslash (information)', () => {
	checkDiagnostics(
		`
		[Unattended]
		InstallFilesPath = C:\\Sysprep\\i386\\
		                                  ^ information inf.line-continued…

		`,
		automationOnly,
	);
});

test('section names and references are case-insensitive everywhere', () => {
	checkDiagnostics(
		`
		[networking]
		installdefaultcomponents = no
		[NETPROTOCOLS]
		ms_tcpip = PARAMS.MS_TCPIP
		[Params.Ms_TcpIp]
		dns = no
		`,
		automationOnly,
	);
});

test('formatting keeps trailing comments and continued lines exactly', () => {
	const text = '[Unattended]\r\n  OemSkipEula=Yes    ; accept the EULA\r\n  Hibernation   =   No;off\r\n  X = a \\\r\n     b\r\n';
	const document = TextDocument.create('file:///Sysprep.inf', 'sysprep-inf', 1, text);
	const edits = service.format(document, { tabSize: 4, insertSpaces: true }, { formatEqualsSpacing: 'spaces' });
	const result = TextDocument.applyEdits(document, edits);
	// The file's usual indentation (two spaces) stays; the continued entry is left exactly as written.
	assert.equal(result, '[Unattended]\r\n  OemSkipEula = Yes    ; accept the EULA\r\n  Hibernation = No;off\r\n  X = a \\\r\n     b\r\n');
});

test('InstallDefaultComponents = No beside explicit network sections needs no Yes', () => {
	checkDiagnostics(
		`
		[Networking]
		InstallDefaultComponents = No
		[NetClients]
		MS_MSClient = params.MS_MSClient
		              ^^^^^^^^^^^^^^^^^^ information inf.missing-section-ref: MS_MSClient points to [params.MS_MSClient], which this file does not contain, so Setup installs MS_MSClient with its default settings. Add the section only to change them.
		`,
		automationOnly,
	);
	checkDiagnostics(
		`
		[Networking]
		InstallDefaultComponents = No
		                           ^^ warning inf.automation-value…
		`,
		automationOnly,
	);
});

test('a generic XP/2003 template: version-only findings are information; a comment naming the version decides', () => {
	checkDiagnostics(
		`
		//- /winnt.sif
		[Unattended]
		UnattendMode = FullUnattended
		TargetPath = \\WINDOWS
		UnattendSwitch = Yes
		^^^^^^^^^^^^^^ information inf.wrong-target…
		[LicenseFilePrintData]
		AutoMode = PerServer
		AutoUsers = 5
		`,
		automationOnly,
	);
	checkDiagnostics(
		`
		//- /winnt.sif
		; Windows XP Professional, unattended from CD
		[Unattended]
		UnattendMode = FullUnattended
		TargetPath = \\WINDOWS
		UnattendSwitch = Yes
		`,
		automationOnly,
	);
});

/** An MDT task sequence's Sysprep.inf as the Deployment Workbench keeps it, written for these tests. */
const mdtSysprep = `
//- /DeploymentShare/Control/XPSP3/Sysprep.inf
; Filled by ZTIConfigure at deploy time
[Unattended]
    OemSkipEula = Yes
    InstallFilesPath = C:\\Sysprep\\i386
    DriverSigningPolicy = Ignore ; unsigned drivers do not stop Mini-Setup
    UpdateInstalledDrivers = Yes

[GuiUnattended]
    AdminPassword =
    ^^^^^^^^^^^^^^^ hint inf.placeholder-value: AdminPassword is left empty in this Microsoft Deployment Toolkit (MDT) template: the tool fills it at deploy time…
    EncryptedAdminPassword = No
    OEMSkipRegional = 1
    OEMSkipWelcome = 1
    TimeZone = %TimeZone%
               ^^^^^^^^^^ hint inf.placeholder-value: TimeZone is '%TimeZone%' in this Microsoft Deployment Toolkit (MDT) template…

[UserData]
    FullName =
    ^^^^^^^^^^ hint inf.placeholder-value…
    OrgName =
    ^^^^^^^^^ hint inf.placeholder-value…
    ComputerName =
    ^^^^^^^^^^^^^^ hint inf.placeholder-value…

[Identification]
    JoinWorkgroup =
    ^^^^^^^^^^^^^^^ hint inf.placeholder-value…

[Networking]
    InstallDefaultComponents = Yes
`;

test('an MDT Control\\<id>\\Sysprep.inf template with its slots checks with no error or warning', () => {
	const diagnostics = checkDiagnostics(mdtSysprep);
	assert.ok(diagnostics.every((diagnostic) => diagnostic.severity !== 1 && diagnostic.severity !== 2));
});

test('the same file outside an MDT share is checked as a finished answer file', () => {
	const outside = mdtSysprep.replace('/DeploymentShare/Control/XPSP3/Sysprep.inf', '/Sysprep.inf');
	const diagnostics = service.doValidation(TextDocument.create('file:///Sysprep.inf', 'sysprep-inf', 1, outside.replace(/^.*\n/, '').replace(/^\s*\^.*\n/gm, '')));
	assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'inf.blank-prompts'));
});

test('VirtualBox: @@VBOX_INSERT_…@@ values and @@VBOX_COND_…@@ lines are the tool\'s', () => {
	checkDiagnostics(
		`
		//- /win_nt5_unattended.sif
		[UserData]
		ProductKey = @@VBOX_INSERT_PRODUCT_KEY@@
		             ^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint inf.placeholder-value: ProductKey is a token in this VirtualBox unattended installation template…
		FullName = "@@VBOX_INSERT_USER_FULL_NAME@@"
		           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint inf.placeholder-value…
		ComputerName = @@VBOX_INSERT_HOSTNAME_WITHOUT_DOMAIN@@
		               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint inf.placeholder-value…
		@@VBOX_COND_IS_INSTALLING_ADDITIONS@@
		^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint inf.placeholder-value…
		@@VBOX_COND_END@@
		^^^^^^^^^^^^^^^^^ hint inf.placeholder-value…
		`,
		automationOnly,
	);
});

test('VMware Easy Install: [VMwareData] marks the template; its empty slots are hints', () => {
	checkDiagnostics(
		`
		//- /unattend.txt
		[Unattended]
		UnattendMode = FullUnattended
		TargetPath = \\WINDOWS
		[UserData]
		ProductKey = ""
		^^^^^^^^^^^^^^^ hint inf.placeholder-value: ProductKey is left empty in this VMware Easy Install template…
		FullName = ""
		^^^^^^^^^^^^^ hint inf.placeholder-value…
		ComputerName = *
		[VMwareData]
		 ^^^^^^^^^^ hint inf.placeholder-value: [VMwareData] belongs to VMware Easy Install, which reads it when it writes the answer file; Setup ignores it.
		RunCmdKey = Command4
		`,
		automationOnly,
	);
});

test('Cmdlines.txt: a joined line that Setup runs as cmd /c … may use && (no needs-cmd)', () => {
	checkDiagnostics(
		`
		//- /Cmdlines.txt
		[Commands]
		"cmd.exe /c ""C:\\Program Files\\x.exe" --c "C:\\a b\\c.conf" && exit 1 || exit 2""
		`,
		{ only: ['cmdlines.needs-cmd'] },
	);
});

test('rename and hover read the same lines: a reference followed by a comment renames, the comment stays', () => {
	const after = renamed(
		`
		[NetAdapters]
		Adapter1 = params.Adapter1 ; the first adapter
		[params.Ada$0pter1]
		INFID = *
		`,
		'params.Lan',
	);
	assert.equal(after, dedent(`
		[NetAdapters]
		Adapter1 = params.Lan ; the first adapter
		[params.Lan]
		INFID = *
		`));
});

test('an INI file of another tool under an answer file\'s name gets one note, not a finding per line', () => {
	checkDiagnostics(`
		//- /Unattend.txt
		[Specialize]
		^^^^^^^^^^^^ information inf.not-answer-file: None of this file's sections ([Specialize], [oobeSystem]) is one Setup reads, so this is not a Windows answer file, and Setup would ignore it as one; it is not checked further.
		# DisableHiberfil
		cmd /c powercfg /h off
		[oobeSystem]
		# EnableAdmin
		cmd /c net user Administrator /active:yes
	`);
});
