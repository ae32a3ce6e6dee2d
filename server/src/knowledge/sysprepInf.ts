/**
 * Knowledge layer: the sections and entries of Sysprep.inf, the answer file
 * that automates Mini-Setup on Windows XP and Windows Server 2003.
 *
 * Conventions (see `types.ts` for the contract):
 * - Data only: no logic, no imports besides the types.
 * - Names use Microsoft's reference spelling; matching is case-insensitive, so
 *   `DriverSigningPolicy = ignore` and `OEMDuplicatorstring` are fine.
 * - Entries that only text-mode or GUI-mode Setup reads from Unattend.txt (and
 *   Mini-Setup ignores) carry `fileKinds: ['unattend']` so the same table can
 *   explain them; everything else is valid in Sysprep.inf.
 * - Author-named networking sections are templates (`params.<adapter>`,
 *   `params.MS_TCPIP.<adapter>`, ...) reached through `sectionRef` entries.
 * - Every `doc` is our own wording. Full-automation needs follow the Windows
 *   Server 2003 Deployment Kit list ("How Sysprep Works").
 */
import type { EntrySpec, SectionSpec, AnswerFileSpec, ValueDomain } from './types';

/** `Yes` / `No` switch with neutral wording; entries explain the effect. */
const YES_NO: ValueDomain = {
	kind: 'enum',
	values: [
		{ value: 'Yes', doc: 'Turns the behaviour on.' },
		{ value: 'No', doc: 'Leaves the behaviour off.' },
	],
};

/** `1` / `0` switch with neutral wording; entries explain the effect. */
const ONE_ZERO: ValueDomain = {
	kind: 'enum',
	values: [
		{ value: '1', doc: 'Turns the behaviour on.' },
		{ value: '0', doc: 'Leaves the behaviour off.' },
	],
};

/** The three driver-signing reactions shared by the two signing policies. */
const SIGNING_POLICY: ValueDomain = {
	kind: 'enum',
	values: [
		{ value: 'Ignore', doc: 'Installs unsigned files silently.' },
		{ value: 'Warn', doc: 'Asks before installing an unsigned file; an unattended run can stall on the prompt.' },
		{ value: 'Block', doc: 'Refuses unsigned files outright.' },
	],
};

/** A four-digit hexadecimal locale ID, optionally written with eight digits (`0409` or `00000409`). */
const LOCALE_ID: ValueDomain = {
	kind: 'text',
	pattern: '^[0-9A-Fa-f]{4}([0-9A-Fa-f]{4})?$',
	patternHint: 'a hexadecimal locale ID such as 0409 or 00000409',
	names: 'localeId',
};

/**
 * One or more `locale:layout` pairs separated by commas. Both halves are hexadecimal
 * and may drop leading zeros: the reference's own example is `2058:40a, 1046:416`,
 * Setup Manager writes `0409:00000409`.
 */
const INPUT_LOCALE_LIST: ValueDomain = {
	kind: 'text',
	pattern: '^[0-9A-Fa-f]{1,8}:[0-9A-Fa-f]{1,8}(\\s*,\\s*[0-9A-Fa-f]{1,8}:[0-9A-Fa-f]{1,8})*$',
	patternHint: 'locale:keyboard-layout pairs in hexadecimal, e.g. 0409:00000409, separated by commas',
	names: 'inputLocales',
};

/** An eight-digit hexadecimal IPX network number, with or without `0x`. */
const IPX_NETWORK_NUMBER: ValueDomain = {
	kind: 'text',
	pattern: '^(0[xX])?[0-9A-Fa-f]{1,8}$',
	patternHint: 'a hexadecimal network number of up to eight digits, e.g. 0x000005ab',
};

/** `[MS_RAS parameters]` and `[MS_RasSrv parameters]` accept the same remote-access settings. */
const REMOTE_ACCESS_ENTRIES: readonly EntrySpec[] = [
	{
		name: 'RouterType',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Chooses the roles Routing and Remote Access takes on, as a bit mask: 1 for remote-access server, 2 for LAN routing, 4 for demand-dial routing; add them to combine. The other entries of the section only matter once this is set.',
		domain: { kind: 'integer', min: 0, max: 7 },
		example: 'RouterType = 1',
	},
	{
		name: 'DialinProtocols',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Lists the protocols that incoming connections may use, separated by commas (for example `TCP/IP,IPX`). Protocols that are not installed are skipped.',
		domain: { kind: 'text' },
		example: 'DialinProtocols = TCP/IP',
	},
	{
		name: 'TcpIpClientAccess',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Sets how far TCP/IP dial-in clients can reach: only this server, or the whole network behind it.',
		domain: {
			kind: 'enum',
			values: [
				{ value: 'Network', doc: 'Clients can reach the whole network.' },
				{ value: 'ThisComputer', doc: 'Clients can reach only this server.' },
			],
		},
		example: 'TcpIpClientAccess = Network',
	},
	{
		name: 'IPXClientAccess',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Sets how far IPX dial-in clients can reach: only this server, or the whole network behind it.',
		domain: {
			kind: 'enum',
			values: [
				{ value: 'Network', doc: 'Clients can reach the whole network.' },
				{ value: 'ThisComputer', doc: 'Clients can reach only this server.' },
			],
		},
		example: 'IPXClientAccess = ThisComputer',
	},
	{
		name: 'UseDHCP',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Hands out addresses to TCP/IP dial-in clients from a DHCP server when Yes. With No, give a static pool through IpAddressStart and IpAddressEnd.',
		domain: YES_NO,
		example: 'UseDHCP = Yes',
	},
	{
		name: 'IpAddressStart',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'First address of the static pool handed to dial-in clients. Only used when UseDHCP is No; pair it with IpAddressEnd.',
		domain: { kind: 'ipAddress' },
		example: 'IpAddressStart = 192.168.10.100',
	},
	{
		name: 'IpAddressEnd',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Last address of the static pool handed to dial-in clients. Only used when UseDHCP is No; it must not be lower than IpAddressStart.',
		domain: { kind: 'ipAddress' },
		example: 'IpAddressEnd = 192.168.10.150',
	},
	{
		name: 'ClientCanRequestIPAddress',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Lets a TCP/IP dial-in client ask for an address of its own choosing instead of taking one from the pool.',
		domain: YES_NO,
		example: 'ClientCanRequestIPAddress = No',
	},
	{
		name: 'AssignSameNetworkNumber',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Gives every IPX dial-in client the same network number. The reference lists Yes as the default.',
		domain: YES_NO,
		default: 'Yes',
		example: 'AssignSameNetworkNumber = Yes',
	},
	{
		name: 'AutomaticNetworkNumbers',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Lets the server pick IPX network numbers for dial-in clients itself. Set No and use NetworkNumberFrom to supply a starting number.',
		domain: YES_NO,
		example: 'AutomaticNetworkNumbers = Yes',
	},
	{
		name: 'NetworkNumberFrom',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'First IPX network number the server may hand out when it does not choose them automatically. Write it in hexadecimal.',
		domain: IPX_NETWORK_NUMBER,
		example: 'NetworkNumberFrom = 0x000005ab',
	},
	{
		name: 'ClientsCanRequestIpxNodeNumber',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Allows an IPX dial-in client to ask for a specific node number.',
		domain: YES_NO,
		example: 'ClientsCanRequestIpxNodeNumber = No',
	},
	{
		name: 'Multilink',
		source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
		doc: 'Allows several modem or ISDN links to be bundled into one faster connection.',
		domain: YES_NO,
		example: 'Multilink = No',
	},
];

const guiUnattended: SectionSpec = {
	name: 'GuiUnattended',
	source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm',
	doc: 'Answers the pages of the Mini-Setup wizard that deal with the computer itself: the Administrator password, automatic logon, the time zone and the welcome and regional pages. Full automation needs AdminPassword, EncryptedAdminPassword, TimeZone, OEMSkipWelcome = 1 and OEMSkipRegional = 1 here.',
	shape: 'entries',
	example: '[GuiUnattended]\nAdminPassword = "S3cret!"\nEncryptedAdminPassword = No\nOEMSkipRegional = 1\nOEMSkipWelcome = 1\nTimeZone = 035',
	snippet:
		'[GuiUnattended]\nAdminPassword = "${1:ChangeMe!}"\nEncryptedAdminPassword = ${2|No,Yes|}\nOEMSkipRegional = 1\nOEMSkipWelcome = 1\nTimeZone = ${3:035}\n$0',
	entries: [
		{
			name: 'AdminPassword',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Sets the password of the built-in Administrator account, up to 127 characters and case-sensitive; quote it. `*` alone gives the account an empty password. Mini-Setup on Windows XP and on Windows Server 2003 alike can only set this password when the master image\'s Administrator password is blank; a password already set on the image stays.',
			domain: { kind: 'password', encryptedBy: 'EncryptedAdminPassword' },
			example: 'AdminPassword = "S3cret!"',
			secret: true,
			required: { reason: 'fullAutomation' },
			insertValue: '"ChangeMe!"',
		},
		{
			name: 'EncryptedAdminPassword',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Says whether AdminPassword holds the encrypted form that Setup Manager writes rather than clear text. It must match what AdminPassword actually contains, otherwise the Administrator ends up with an unusable password.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'Yes', doc: 'AdminPassword is the encrypted string produced by Setup Manager.' },
					{ value: 'No', doc: 'AdminPassword is plain text.' },
				],
			},
			default: 'No',
			example: 'EncryptedAdminPassword = No',
			required: { reason: 'fullAutomation' },
			insertValue: 'No',
		},
		{
			name: 'AutoLogon',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Logs on as Administrator automatically when the computer restarts after Mini-Setup, using AdminPassword. Handy for running GuiRunOnce commands unattended; limit it with AutoLogonCount because the password sits in the registry while it is active.',
			domain: YES_NO,
			default: 'No',
			example: 'AutoLogon = Yes',
		},
		{
			name: 'AutoLogonCount',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'How many automatic Administrator logons happen before Windows stops logging on by itself. Only meaningful together with AutoLogon = Yes.',
			domain: { kind: 'integer', min: 1 },
			example: 'AutoLogonCount = 1',
		},
		{
			name: 'AutoLogonAccountCreation',
			source: 'unverified',
			doc: 'Windows XP network identification: says whether Setup creates a user account from the registered owner name on a workgroup computer and logs it on automatically at the first start. `No` leaves account creation to the Welcome or logon screens.',
			domain: YES_NO,
			example: 'AutoLogonAccountCreation = No',
			targets: ['xp'],
		},
		{
			name: 'OEMSkipRegional',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Skips the Regional and Language Options page of Mini-Setup. Set it to 1 for full automation; regional values then come from [RegionalSettings] or the master image.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '1', doc: 'The regional page is skipped.' },
					{ value: '0', doc: 'The regional page is shown unless [RegionalSettings] answers it.' },
				],
			},
			default: '0',
			example: 'OEMSkipRegional = 1',
			required: { reason: 'fullAutomation', value: '1' },
			insertValue: '1',
		},
		{
			name: 'OEMSkipWelcome',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Skips the Welcome page that opens Mini-Setup. Set it to 1 for full automation, otherwise the wizard waits for someone to click Next.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '1', doc: 'The welcome page is skipped.' },
					{ value: '0', doc: 'The welcome page is shown.' },
				],
			},
			default: '0',
			example: 'OEMSkipWelcome = 1',
			required: { reason: 'fullAutomation', value: '1' },
			insertValue: '1',
		},
		{
			name: 'OEMDuplicatorString',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm',
			doc: 'Free text of up to 255 characters that Sysprep records in the registry (`HKLM\\System\\Setup\\OemDuplicatorString`), typically naming the imaging tool or image build. Windows itself never acts on it.',
			domain: { kind: 'text', maxLength: 255 },
			example: 'OEMDuplicatorString = "Image 2024-03, Ghost 11"',
		},
		{
			name: 'TimeZone',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Sets the time zone by its index code from Microsoft\'s table (for example 035 for Eastern, 085 for London, 110 for Berlin). Files usually write three digits; leading zeros are optional. Without it Mini-Setup shows the time-zone page.',
			domain: { kind: 'timeZone' },
			example: 'TimeZone = 035',
			required: { reason: 'fullAutomation' },
			insertValue: '035',
		},
		{
			name: 'EMSSkipUnattendProcessing',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'On a headless server managed through Emergency Management Services, tells Setup not to process the answer file so the remote console can answer instead. Leave it out on ordinary machines.',
			domain: ONE_ZERO,
			example: 'EMSSkipUnattendProcessing = 1',
			targets: ['2003'],
		},
		{
			name: 'ProfilesDir',
			source: '[GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Moves the Documents and Settings folder during a fresh installation. Mini-Setup cannot relocate profiles of an existing image, so only Unattend.txt honours it.',
			domain: { kind: 'path', pathKind: 'folder' },
			default: '%SYSTEMDRIVE%\\Documents and Settings',
			example: 'ProfilesDir = "%SYSTEMDRIVE%\\Profiles"',
			expandsVariables: true,
			fileKinds: ['unattend'],
		},
		{
			name: 'DetachedProgram',
			source: '[GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Starts a program alongside GUI-mode Setup without waiting for it. Only full Setup reads it from Unattend.txt; in an image use GuiRunOnce or Cmdlines.txt instead.',
			domain: { kind: 'command' },
			example: 'DetachedProgram = "%SYSTEMROOT%\\System32\\notepad.exe"',
			expandsVariables: true,
			fileKinds: ['unattend'],
		},
		{
			name: 'Arguments',
			source: '[GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Command-line arguments passed to DetachedProgram. Ignored without DetachedProgram, and like it only read from Unattend.txt.',
			domain: { kind: 'text' },
			example: 'Arguments = "C:\\setup.log"',
			fileKinds: ['unattend'],
		},
		{
			name: 'ServerWelcome',
			source: '[GuiUnattended] (Sysprep), technet cc772783; XP ref.chm s_guiunattended.htm | [GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Decides whether the Web Interface for Remote Administration is installed at the first logon of Windows Server 2003. Both GUI-mode Setup and Mini-Setup read it; Windows XP has no such component.',
			domain: YES_NO,
			default: 'Yes',
			example: 'ServerWelcome = No',
			targets: ['2003'],
		},
		{
			name: 'EMSBlankPassword',
			source: '[GuiUnattended] (Unattended Installation), technet cc755725; XP ref.chm u_guiunattended.htm',
			doc: 'Allows an empty Administrator password on a headless server installed through Emergency Management Services. Unattend.txt only, and risky on any networked machine.',
			domain: YES_NO,
			example: 'EMSBlankPassword = No',
			targets: ['2003'],
			fileKinds: ['unattend'],
		},
	],
};

const userData: SectionSpec = {
	name: 'UserData',
	source: '[UserData] (Sysprep), technet cc772850; XP ref.chm u_userdata.htm',
	doc: 'Supplies the owner name, organization, computer name and product key that Mini-Setup would otherwise ask for. Full automation needs ComputerName, FullName, OrgName and ProductKey.',
	shape: 'entries',
	example: '[UserData]\nFullName = "Fabrikam User"\nOrgName = "Fabrikam"\nComputerName = *\nProductKey = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
	snippet:
		'[UserData]\nFullName = "${1:Owner}"\nOrgName = "${2:Organization}"\nComputerName = ${3:*}\nProductKey = ${4:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}\n$0',
	entries: [
		{
			name: 'ComputerName',
			source: '[UserData] (Sysprep), technet cc772850; XP ref.chm u_userdata.htm',
			doc: 'Names the computer; use `*` to let Setup build a random name from the organization name. Setup cuts a name longer than 63 characters, and only the first 15 survive as the NetBIOS name that older clients and WINS see, so keep it to 15 without spaces or characters such as `\\ / : * ? " < > | , ; = + [ ]`. Every cloned machine needs a different name, which is why images usually use `*`.',
			domain: {
				kind: 'text',
				softMaxLength: 15,
				softMaxHint: 'its NetBIOS name keeps only the first 15 characters (and Setup cuts the name itself at 63)',
				pattern: '^[^\\s\\\\/:*?"<>|,;=+\\[\\]]+$',
				patternHint: 'a NetBIOS name: letters, digits and hyphens, no spaces or \\ / : * ? " < > | , ; = + [ ]',
				allowStar: true,
			},
			example: 'ComputerName = *',
			required: { reason: 'fullAutomation' },
			insertValue: '*',
		},
		{
			name: 'FullName',
			source: '[UserData] (Sysprep), technet cc772850; XP ref.chm u_userdata.htm',
			doc: 'The registered owner shown in System Properties. Quote names with spaces; an empty value leaves the name page for the user to fill in.',
			domain: { kind: 'text' },
			example: 'FullName = "Fabrikam User"',
			required: { reason: 'fullAutomation' },
			insertValue: '"Owner"',
		},
		{
			name: 'OrgName',
			source: '[UserData] (Sysprep), technet cc772850; XP ref.chm u_userdata.htm',
			doc: 'The registered organization shown in System Properties. It also seeds the generated name when ComputerName is `*`.',
			domain: { kind: 'text' },
			example: 'OrgName = "Fabrikam"',
			required: { reason: 'fullAutomation' },
			blank: 'default',
			insertValue: '"Organization"',
		},
		{
			name: 'ProductKey',
			source: '[UserData] (Sysprep), technet cc772850; XP ref.chm u_userdata.htm',
			doc: 'The 25-character product key in five groups of five separated by hyphens. It must suit the edition and media of the image (retail, OEM or volume licence), or Mini-Setup rejects it and stops to ask. The reference writes it in double quotes; a key holds only letters, digits and hyphens, which Setup reads the same way without them. Left empty, Mini-Setup asks for it.',
			domain: { kind: 'productKey' },
			example: 'ProductKey = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
			secret: true,
			required: { reason: 'fullAutomation' },
			insertValue: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
		},
		{
			name: 'ProductID',
			source: '[UserData] (Unattend.txt), Windows NT 4.0 Resource Kit, user settings in the answer file or UDF (NT40RES S3A5A); KB186336',
			doc: 'The Windows 2000 name of the product-key entry. Windows XP and Server 2003 still accept it, but a file should carry only one of the two.',
			domain: { kind: 'productKey' },
			example: 'ProductID = XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
			secret: true,
			deprecated: 'Use ProductKey, the Windows XP and Server 2003 spelling.',
		},
	],
};

const identification: SectionSpec = {
	name: 'Identification',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Decides whether the computer joins a workgroup or a domain. Without the section Mini-Setup puts the computer in the default workgroup; with incomplete domain details it stops and asks.',
	shape: 'entries',
	example: '[Identification]\nJoinWorkgroup = WORKGROUP',
	snippet: '[Identification]\nJoinWorkgroup = ${1:WORKGROUP}\n$0',
	entries: [
		{
			name: 'JoinWorkgroup',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Puts the computer into the named workgroup (up to 15 characters). Use it or JoinDomain, not both; full automation needs one of them.',
			domain: { kind: 'text', maxLength: 15 },
			example: 'JoinWorkgroup = WORKGROUP',
			required: { reason: 'fullAutomation', anyOf: ['JoinWorkgroup', 'JoinDomain'] },
			insertValue: 'WORKGROUP',
		},
		{
			name: 'JoinDomain',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Joins the computer to the named domain during Mini-Setup. The join needs a network connection at that point and an account allowed to add computers, given by DomainAdmin and DomainAdminPassword (or a computer account created beforehand).',
			domain: { kind: 'text' },
			example: 'JoinDomain = FABRIKAM',
			required: { reason: 'fullAutomation', anyOf: ['JoinWorkgroup', 'JoinDomain'] },
			insertValue: 'DOMAIN',
		},
		{
			name: 'DomainAdmin',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'The account used to create the computer account in the domain, written as `user` or `DOMAIN\\user`. Needed with JoinDomain for full automation.',
			domain: { kind: 'text' },
			example: 'DomainAdmin = FABRIKAM\\joiner',
			required: { reason: 'fullAutomation', whenPresent: 'JoinDomain' },
			insertValue: 'DOMAIN\\user',
		},
		{
			name: 'DomainAdminPassword',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Password of DomainAdmin. It cannot be encrypted and sits in plain text in the file until Sysprep deletes its folder, so use a low-privilege joining account; leaving it out makes Mini-Setup prompt for it.',
			domain: { kind: 'password' },
			example: 'DomainAdminPassword = "J0in!"',
			secret: true,
			required: { reason: 'fullAutomation', whenPresent: 'JoinDomain' },
			insertValue: '"ChangeMe!"',
		},
		{
			name: 'MachineObjectOU',
			source: 'unverified',
			doc: 'Creates the computer account in this organizational unit instead of the default Computers container. Write the full LDAP distinguished name in quotes; only used with JoinDomain on an Active Directory domain.',
			domain: { kind: 'text' },
			example: 'MachineObjectOU = "OU=Desktops,DC=fabrikam,DC=com"',
		},
		{
			name: 'DoOldStyleDomainJoin',
			source: '[Identification] (Sysprep.inf), Windows Deployment Services Deployment Guide, Modifying Your Unattend Files (DoOldStyleDomainJoin = Yes for XP/2003 images)',
			doc: 'Joins the domain the way Windows NT 4.0 did, through a computer account that already exists (created beforehand, for example prestaged in Active Directory) instead of creating one with DomainAdmin\'s rights. Windows Deployment Services relies on `DoOldStyleDomainJoin = Yes` in the Sysprep.inf of XP and Server 2003 images that it joins to prestaged accounts.',
			domain: YES_NO,
			example: 'DoOldStyleDomainJoin = Yes',
		},
	],
};

const licenseFilePrintData: SectionSpec = {
	name: 'LicenseFilePrintData',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Chooses the client-access licensing mode of Windows Server 2003. Windows XP ignores it; on a server, full automation needs AutoMode and AutoUsers.',
	shape: 'entries',
	targets: ['2003'],
	example: '[LicenseFilePrintData]\nAutoMode = PerServer\nAutoUsers = 25',
	snippet: '[LicenseFilePrintData]\nAutoMode = ${1|PerSeat,PerServer|}\nAutoUsers = ${2:5}\n$0',
	entries: [
		{
			name: 'AutoMode',
			source: '[LicenseFilePrintData] (Unattend.txt required entries), XP ref.chm u_unattend_txt_file_entries.htm',
			doc: 'Picks per-seat or per-server client licensing. Per-server needs AutoUsers to say how many concurrent connections were bought.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'PerSeat', doc: 'Each client device or user has its own client-access licence.' },
					{ value: 'PerServer', doc: 'The server allows a fixed number of concurrent connections, set by AutoUsers.' },
				],
			},
			example: 'AutoMode = PerSeat',
			targets: ['2003'],
			required: { reason: 'fullAutomation', targets: ['2003'] },
			insertValue: 'PerSeat',
		},
		{
			name: 'AutoUsers',
			source: '[LicenseFilePrintData] (Unattend.txt required entries), XP ref.chm u_unattend_txt_file_entries.htm',
			doc: 'Number of concurrent connections licensed in per-server mode; use the number of client-access licences you bought. Full automation of Windows Server 2003 needs it with `AutoMode = PerServer`; in per-seat mode it has no effect.',
			domain: { kind: 'integer', min: 0 },
			pairHint: { entry: 'AutoMode', labels: { perserver: 'concurrent connections (per server)', perseat: 'no effect: AutoMode is PerSeat' } },
			example: 'AutoUsers = 25',
			targets: ['2003'],
			required: { reason: 'fullAutomation', targets: ['2003'], whenPresent: 'AutoMode', whenValue: 'PerServer' },
			insertValue: '5',
		},
	],
};

const networking: SectionSpec = {
	name: 'Networking',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Switches on network configuration. The header must be present for any of the networking sections ([NetAdapters], [NetProtocols], ...) to take effect; for full automation set InstallDefaultComponents = Yes.',
	shape: 'entries',
	example: '[Networking]\nInstallDefaultComponents = Yes',
	snippet: '[Networking]\nInstallDefaultComponents = ${1|Yes,No|}\n$0',
	entries: [
		{
			name: 'InstallDefaultComponents',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the standard networking set (Client for Microsoft Networks, File and Printer Sharing, TCP/IP with DHCP) on every adapter. With No, only the components named in the other networking sections are installed.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'Yes', doc: 'Install the default client, service and TCP/IP.' },
					{ value: 'No', doc: 'Install only what the networking sections list.' },
				],
			},
			example: 'InstallDefaultComponents = Yes',
			// No is what explicit [NetAdapters]/[NetClients]/[NetProtocols]/[NetServices] sections are for; Yes is needed only without them.
			required: { reason: 'fullAutomation', value: 'Yes', unlessSections: ['NetAdapters', 'NetClients', 'NetProtocols', 'NetServices'] },
			insertValue: 'Yes',
		},
		{
			name: 'ProcessPageSections',
			source: 'unverified',
			doc: 'During an upgrade, applies the networking sections of the answer file on top of the settings carried over from the old system. Upgrades only happen through full Setup, so only Unattend.txt reads it.',
			domain: YES_NO,
			example: 'ProcessPageSections = Yes',
			fileKinds: ['unattend'],
		},
	],
};

const unattended: SectionSpec = {
	name: 'Unattended',
	source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
	doc: 'Controls how Mini-Setup runs: licence acceptance, where it finds extra files and drivers, the page file and the partition size. Full automation needs OemSkipEula = Yes and InstallFilesPath. Setup Manager also writes some text-mode entries (OemPreinstall, TargetPath) here; Mini-Setup ignores them.',
	shape: 'entries',
	example: '[Unattended]\nOemSkipEula = Yes\nInstallFilesPath = C:\\Sysprep\\i386\nOemPnPDriversPath = Drivers\\Net;Drivers\\Video',
	snippet:
		'[Unattended]\nOemSkipEula = Yes\nInstallFilesPath = ${1:C:\\\\Sysprep\\\\i386}\nOemPnPDriversPath = ${2:Drivers\\\\Net}\nDriverSigningPolicy = ${3|Ignore,Warn,Block|}\n$0',
	entries: [
		{
			name: 'OemSkipEula',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Accepts the End-User License Agreement on the user\'s behalf so Mini-Setup does not show it. Full automation needs Yes; by using it you confirm you hold a licence for every copy.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'Yes', doc: 'The licence page is skipped and accepted.' },
					{ value: 'No', doc: 'The user must read and accept the licence.' },
				],
			},
			default: 'No',
			example: 'OemSkipEula = Yes',
			required: { reason: 'fullAutomation', value: 'Yes' },
			insertValue: 'Yes',
		},
		{
			name: 'InstallFilesPath',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Folder on the destination disk holding files Mini-Setup may need, such as language-group files, and the `$OEM$` folder whose Cmdlines.txt runs at the end. Usually `C:\\Sysprep\\i386`; it is deleted with the Sysprep folder afterwards.',
			domain: { kind: 'path', pathKind: 'folder' },
			example: 'InstallFilesPath = C:\\Sysprep\\i386',
			expandsVariables: true,
			required: { reason: 'fullAutomation' },
			insertValue: 'C:\\Sysprep\\i386',
		},
		{
			name: 'OemPnPDriversPath',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Extra folders searched for Plug and Play drivers, separated by semicolons and written relative to the root of the system drive (`Drivers\\Net`, not `C:\\Drivers\\Net`). List folders that contain .inf files, not the .inf files themselves. Keep the whole value under 4,096 characters.',
			domain: { kind: 'path', list: true, relativeTo: '%SystemDrive%', pathKind: 'folder' },
			example: 'OemPnPDriversPath = Drivers\\Net;Drivers\\Video',
		},
		{
			name: 'DriverSigningPolicy',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'How Setup reacts to unsigned device drivers while it installs hardware. Warn makes an unattended run stop at a dialog, so images with unsigned drivers usually set Ignore.',
			domain: SIGNING_POLICY,
			default: 'Warn',
			example: 'DriverSigningPolicy = Ignore',
		},
		{
			name: 'NonDriverSigningPolicy',
			source: 'unverified',
			doc: 'How Setup reacts to unsigned files that are not drivers, such as unsigned system-file updates. Works like DriverSigningPolicy.',
			domain: SIGNING_POLICY,
			example: 'NonDriverSigningPolicy = Ignore',
		},
		{
			name: 'ExtendOemPartition',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Grows the system partition into free space that follows it: 0 leaves it alone, 1 fills the disk, a larger number adds that many megabytes. Only NTFS partitions can grow, and the destination disk must be at least as large as the master\'s.',
			domain: { kind: 'integer', min: 0 },
			default: '0',
			example: 'ExtendOemPartition = 1',
		},
		{
			name: 'KeepPageFile',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Keeps the page file of the image instead of letting Mini-Setup build a fresh one sized for the destination computer\'s memory.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '0', doc: 'The page file is recreated for the new hardware.' },
					{ value: '1', doc: 'The existing page file is kept.' },
				],
			},
			default: '0',
			example: 'KeepPageFile = 1',
		},
		{
			name: 'ResetSourcePath',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Rewrites the registry\'s Setup source path, where Windows looks for its installation files later (for example when adding components). Give a path such as a CD drive or share, or `*` to keep the path the image already has.',
			domain: { kind: 'text', allowStar: true },
			example: 'ResetSourcePath = D:\\I386',
			expandsVariables: true,
		},
		{
			name: 'TapiConfigured',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Marks telephony (dialing locations) as already configured, so the location dialog does not pop up when a modem is first used. Pair it with [TapiLocation].',
			domain: YES_NO,
			example: 'TapiConfigured = Yes',
		},
		{
			name: 'UpdateInstalledDrivers',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'After Mini-Setup, re-enumerates devices so drivers already installed in the image are replaced by newer ones found through OemPnPDriversPath. Useful when one image serves hardware that needs updated drivers.',
			domain: YES_NO,
			default: 'No',
			example: 'UpdateInstalledDrivers = Yes',
		},
		{
			name: 'UpdateHAL',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Installs a multiprocessor HAL on the destination computer, written as `HAL ID,path to Hal.inf` (for example `ACPIAPIC_MP,%WINDIR%\\inf\\hal.inf`). Only move between compatible HAL families; the wrong HAL leaves the image unbootable.',
			domain: { kind: 'text', pattern: '^[A-Za-z0-9_]+\\s*,\\s*\\S.*$', patternHint: 'a HAL ID and the path to Hal.inf, separated by a comma' },
			example: 'UpdateHAL = ACPIAPIC_MP,%WINDIR%\\inf\\hal.inf',
			architectures: ['x86'],
			expandsVariables: true,
		},
		{
			name: 'UpdateUPHAL',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Detects whether the destination computer has one or several processors and loads the matching kernel and HAL, written as `HAL ID,path to Hal.inf`. Intended for images built on a multiprocessor ACPI machine.',
			domain: { kind: 'text', pattern: '^[A-Za-z0-9_]+\\s*,\\s*\\S.*$', patternHint: 'a HAL ID and the path to Hal.inf, separated by a comma' },
			example: 'UpdateUPHAL = ACPIAPIC_UP,%WINDIR%\\inf\\hal.inf',
			architectures: ['x86'],
			expandsVariables: true,
		},
		{
			name: 'UpdateServerProfileDirectory',
			source: '[Unattended] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V (Windows XP image, value 1)',
			doc: 'On Windows Server 2003 (SP1 and later), copies the profile of the Administrator who ran Sysprep into the Default User profile, which XP does by itself. Use it when the image carries a customized Administrator profile that new users should inherit. Microsoft\'s own Sysprep.inf sample for a Windows XP image (MED-V) carries `UpdateServerProfileDirectory=1`, so it is accepted for XP too.',
			domain: ONE_ZERO,
			example: 'UpdateServerProfileDirectory = 1',
		},
		{
			name: 'OemPreinstall',
			source: '[Unattended] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt',
			doc: 'Tells full Setup to copy the `$OEM$` distribution folders. Setup Manager writes it into Sysprep.inf as well, where Mini-Setup has nothing to copy and ignores it.',
			domain: YES_NO,
			default: 'No',
			example: 'OemPreinstall = Yes',
		},
		{
			name: 'TargetPath',
			source: '[Unattended] (Unattend.txt), Windows 2000 Guide to Unattended Setup ch. 1, technet windows2000pro/deploy/unattend/sp1ch01',
			doc: 'The Windows folder that full Setup installs into (for example `\\WINDOWS`). An image is already installed, so in Sysprep.inf it is harmless bookkeeping from Setup Manager.',
			domain: { kind: 'path', pathKind: 'folder' },
			example: 'TargetPath = \\WINDOWS',
		},
		{
			name: 'UnattendMode',
			source: '[Unattended] (Unattend.txt), Windows 2000 Guide to Unattended Setup ch. 1, technet windows2000pro/deploy/unattend/sp1ch01',
			doc: 'How much of GUI-mode Setup the user sees and may change. Mini-Setup does not read it; use the skip entries of [GuiUnattended] instead.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'GuiAttended', doc: 'Only text mode is automated; the GUI pages are all shown.' },
					{ value: 'ProvideDefault', doc: 'Pages are shown with the answers filled in and can be changed.' },
					{ value: 'DefaultHide', doc: 'Pages fully answered by the file are hidden; others are shown with defaults.' },
					{ value: 'ReadOnly', doc: 'Answered fields are shown but locked.' },
					{ value: 'FullUnattended', doc: 'Nothing is shown; missing answers make Setup stop with an error.' },
				],
			},
			default: 'DefaultHide',
			example: 'UnattendMode = FullUnattended',
			fileKinds: ['unattend'],
		},
		{
			name: 'UnattendSwitch',
			source: 'unverified',
			doc: 'Skips Windows Welcome (OOBE) on Windows XP Professional after full Setup. Unattend.txt only; Mini-Setup uses OEMSkipWelcome.',
			domain: YES_NO,
			example: 'UnattendSwitch = Yes',
			targets: ['xp'],
			fileKinds: ['unattend'],
		},
		{
			name: 'FileSystem',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'Converts the installation partition to NTFS during text-mode Setup, or leaves it as it is. Unattend.txt only.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'ConvertNTFS', doc: 'The partition is converted to NTFS.' },
					{ value: 'LeaveAlone', doc: 'The file system is kept.' },
					{ value: '*', doc: 'Setup keeps the file system it finds; nLite and vmcloak templates write this.' },
				],
			},
			default: 'LeaveAlone',
			example: 'FileSystem = ConvertNTFS',
			fileKinds: ['unattend'],
		},
		{
			name: 'Repartition',
			source: '[Unattended] (Unattend.txt), Windows 2000 Guide to Unattended Setup (Answer File Parameters), ch. 1 contents',
			doc: 'When Setup starts from CD, deletes every partition on the first disk and creates one NTFS partition. Destroys all data; Unattend.txt only.',
			domain: YES_NO,
			example: 'Repartition = Yes',
			fileKinds: ['unattend'],
		},
		{
			name: 'WaitForReboot',
			source: 'unverified',
			doc: 'Makes text-mode Setup wait for a key press before restarting. Unattend.txt only.',
			domain: YES_NO,
			default: 'No',
			example: 'WaitForReboot = No',
			fileKinds: ['unattend'],
		},
		{
			name: 'NoWaitAfterTextMode',
			source: '[Unattended] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt',
			doc: 'Restarts automatically at the end of text-mode Setup when 1. Unattend.txt only.',
			domain: ONE_ZERO,
			example: 'NoWaitAfterTextMode = 1',
			fileKinds: ['unattend'],
		},
		{
			name: 'NoWaitAfterGUIMode',
			source: '[Unattended] (Unattend.txt), KB155197; KB186336 Unattend.txt options used during an unattended upgrade',
			doc: 'Restarts automatically at the end of GUI-mode Setup when 1. Unattend.txt only.',
			domain: ONE_ZERO,
			example: 'NoWaitAfterGUIMode = 1',
			fileKinds: ['unattend'],
		},
		{
			name: 'OemFilesPath',
			source: '[Unattended] (Unattend.txt), Windows 2000 Guide to Unattended Setup (Answer File Parameters), ch. 1 contents',
			doc: 'Location of the `$OEM$` folder when it is not beside the distribution folder. Unattend.txt only.',
			domain: { kind: 'path', pathKind: 'folder' },
			example: 'OemFilesPath = \\\\server\\share\\$OEM$',
			fileKinds: ['unattend'],
		},
		{
			name: 'ConfirmHardware',
			source: '[Unattended] (Unattend.txt), Windows NT 4.0 Resource Kit, Using Hardware Detected by Setup (NT40RES S3A55)',
			doc: 'Shows the detected hardware in text-mode Setup for the user to confirm. Unattend.txt only.',
			domain: YES_NO,
			default: 'No',
			example: 'ConfirmHardware = No',
			fileKinds: ['unattend'],
		},
		{
			name: 'Hibernation',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Turns the hibernation option in Power Options on or off. Only read by full Setup from Unattend.txt.',
			domain: YES_NO,
			example: 'Hibernation = No',
			fileKinds: ['unattend'],
		},
		{
			name: 'KeyboardLayout',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'Picks the keyboard layout for text-mode Setup by its display name. Unattend.txt only; images use InputLocale in [RegionalSettings].',
			domain: { kind: 'text' },
			example: 'KeyboardLayout = "US-International"',
			fileKinds: ['unattend'],
		},
		{
			name: 'CrashDumpSetting',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'What Windows writes when it stops with an error: 0 none, 1 full memory dump, 2 kernel dump, 3 small dump. Unattend.txt only.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '0', doc: 'No dump file.' },
					{ value: '1', doc: 'Complete memory dump.' },
					{ value: '2', doc: 'Kernel memory dump.' },
					{ value: '3', doc: 'Small (64 KB) memory dump.' },
				],
			},
			example: 'CrashDumpSetting = 3',
			fileKinds: ['unattend'],
		},
		{
			name: 'AutoActivate',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'Tries to activate Windows over an existing Internet connection at the end of Setup. Unattend.txt only; an image is activated after deployment instead.',
			domain: YES_NO,
			default: 'No',
			example: 'AutoActivate = Yes',
			fileKinds: ['unattend'],
		},
		{
			name: 'DUDisable',
			source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm; (Remote Installation Services) technet cc755852',
			doc: 'Stops Setup from fetching Dynamic Update packages from Windows Update. Unattend.txt only.',
			domain: YES_NO,
			example: 'DUDisable = Yes',
			fileKinds: ['unattend'],
		},
	],
};

const display: SectionSpec = {
	name: 'Display',
	source: '[Display] (Unattend.txt and Sysprep.inf), XP ref.chm u_display.htm; technet cc755327',
	doc: 'Sets the screen mode Windows uses after Mini-Setup. Values the adapter or monitor cannot show fall back to a safe mode, so give a combination the hardware supports.',
	shape: 'entries',
	example: '[Display]\nBitsPerPel = 32\nXresolution = 1024\nYResolution = 768\nVrefresh = 75',
	snippet:
		'[Display]\nBitsPerPel = ${1|32,16,24,8|}\nXresolution = ${2:1024}\nYResolution = ${3:768}\nVrefresh = ${4:60}\n$0',
	entries: [
		{
			name: 'BitsPerPel',
			source: '[Display] (Unattend.txt and Sysprep.inf), XP ref.chm u_display.htm; technet cc755327',
			doc: 'Colour depth in bits per pixel, commonly 8, 16, 24 or 32.',
			domain: { kind: 'integer', min: 1, max: 32 },
			example: 'BitsPerPel = 32',
		},
		{
			name: 'Xresolution',
			source: '[Display] (Unattend.txt and Sysprep.inf), XP ref.chm u_display.htm; technet cc755327',
			doc: 'Horizontal resolution in pixels; set it together with Yresolution.',
			domain: { kind: 'integer', min: 1 },
			example: 'Xresolution = 1024',
		},
		{
			name: 'Yresolution',
			source: '[Display] (Unattend.txt and Sysprep.inf), XP ref.chm u_display.htm; technet cc755327',
			doc: 'Vertical resolution in pixels; set it together with Xresolution.',
			domain: { kind: 'integer', min: 1 },
			example: 'Yresolution = 768',
		},
		{
			name: 'Vrefresh',
			source: '[Display] (Unattend.txt and Sysprep.inf), XP ref.chm u_display.htm; technet cc755327',
			doc: 'Refresh rate in hertz. A rate the monitor cannot handle can leave the screen blank, so prefer 60 when the hardware varies.',
			domain: { kind: 'integer', min: 1 },
			example: 'Vrefresh = 60',
		},
		{
			name: 'AutoConfirm',
			source: '[Display] (Unattend.txt), KB191602 Bypassing Display Adapter Autodetect during Unattended Setup',
			doc: 'Accepts the display settings without the test-and-confirm dialog when 1.',
			domain: ONE_ZERO,
			default: '0',
			example: 'AutoConfirm = 1',
		},
		{
			name: 'ConfigureAtLogon',
			source: '[Display] (Unattend.txt), KB191602 Bypassing Display Adapter Autodetect during Unattended Setup',
			doc: 'Applies the display settings at the first logon instead of during Setup when 1, which helps with drivers that only load after Setup.',
			domain: ONE_ZERO,
			default: '0',
			example: 'ConfigureAtLogon = 1',
		},
	],
};

const regionalSettings: SectionSpec = {
	name: 'RegionalSettings',
	source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
	doc: 'Installs language groups and sets the locales and keyboard layouts. Files for extra language groups must be reachable through InstallFilesPath, otherwise Mini-Setup asks for the CD. Language overrides SystemLocale, UserLocale and InputLocale when given.',
	shape: 'entries',
	example: '[RegionalSettings]\nLanguageGroup = 1\nSystemLocale = 0407\nUserLocale = 0407\nInputLocale = 0407:00000407',
	snippet: '[RegionalSettings]\nLanguageGroup = ${1:1}\nLanguage = ${2:0409}\n$0',
	entries: [
		{
			name: 'Language',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'A single locale ID that sets the system locale, user locale and default keyboard at once. When present it wins over SystemLocale, UserLocale and InputLocale.',
			domain: LOCALE_ID,
			example: 'Language = 0409',
		},
		{
			name: 'LanguageGroup',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Language-group numbers to install, separated by commas (1 Western Europe and United States, 7 Japanese, 10 Simplified Chinese, ...). A locale whose group is missing cannot be selected.',
			domain: { kind: 'text', pattern: '^\\d{1,2}(\\s*,\\s*\\d{1,2})*$', patternHint: 'language-group numbers separated by commas, e.g. 1,5', names: 'languageGroups' },
			example: 'LanguageGroup = 1,5',
		},
		{
			name: 'SystemLocale',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Locale for programs that are not Unicode (code pages and fonts). Changing it takes effect after a restart.',
			domain: LOCALE_ID,
			example: 'SystemLocale = 0407',
		},
		{
			name: 'UserLocale',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Formats for numbers, currency, dates and times of the account that runs Mini-Setup.',
			domain: LOCALE_ID,
			example: 'UserLocale = 0407',
		},
		{
			name: 'InputLocale',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Input languages and keyboard layouts as `locale:layout` pairs; the first pair becomes the default.',
			domain: INPUT_LOCALE_LIST,
			example: 'InputLocale = 0407:00000407,0409:00000409',
		},
		{
			name: 'UserLocale_DefaultUser',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Like UserLocale, but written into the Default User profile so every new account gets it. Added with Windows XP SP2 and Windows Server 2003 SP1.',
			domain: LOCALE_ID,
			example: 'UserLocale_DefaultUser = 0407',
		},
		{
			name: 'InputLocale_DefaultUser',
			source: '[RegionalSettings] (Unattend.txt and Sysprep.inf), XP ref.chm u_regionalsettings.htm; technet cc773094',
			doc: 'Like InputLocale, but written into the Default User profile so every new account gets it. Added with Windows XP SP2 and Windows Server 2003 SP1.',
			domain: INPUT_LOCALE_LIST,
			example: 'InputLocale_DefaultUser = 0407:00000407',
		},
	],
};

const tapiLocation: SectionSpec = {
	name: 'TapiLocation',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Describes the dialing location used by modems: country, area code and how to reach an outside line. Only takes effect when a modem is installed.',
	shape: 'entries',
	example: '[TapiLocation]\nCountryCode = 1\nAreaCode = 425\nDialing = Tone',
	entries: [
		{
			name: 'CountryCode',
			source: 'unverified',
			doc: 'The country or region dialing code of the location (1 for the United States, 44 for the United Kingdom).',
			domain: { kind: 'integer', min: 1 },
			example: 'CountryCode = 1',
		},
		{
			name: 'AreaCode',
			source: 'unverified',
			doc: 'The local area or city code of the location.',
			domain: { kind: 'text', pattern: '^[0-9]+$', patternHint: 'digits only' },
			example: 'AreaCode = 425',
		},
		{
			name: 'Dialing',
			source: 'unverified',
			doc: 'Whether the line uses tone or pulse dialing.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'Tone', doc: 'Touch-tone dialing.' },
					{ value: 'Pulse', doc: 'Rotary (pulse) dialing.' },
				],
			},
			example: 'Dialing = Tone',
		},
		{
			name: 'LongDistanceAccess',
			source: 'unverified',
			doc: 'Digits dialed first to get an outside line, such as 9.',
			domain: { kind: 'text', pattern: '^[0-9*#,]+$', patternHint: 'dialable digits' },
			example: 'LongDistanceAccess = 9',
		},
	],
};

const guiRunOnce: SectionSpec = {
	name: 'GuiRunOnce',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Commands that run once, in order, the first time someone logs on after Mini-Setup; they run as that user with the network available. Quote each command; a restart in the middle drops the rest of the list, and Explorer is not yet running. Some files write lines as `Command0 = "..."`, which Setup also accepts.',
	shape: 'values',
	lineDomain: { kind: 'command' },
	example: '[GuiRunOnce]\n"%SYSTEMDRIVE%\\Setup\\finish.cmd"',
	snippet: '[GuiRunOnce]\n"${1:%SYSTEMDRIVE%\\\\Setup\\\\finish.cmd}"\n$0',
	entries: [],
};

const sysprep: SectionSpec = {
	name: 'Sysprep',
	source: '[Sysprep] (Sysprep), technet cc755386; XP ref.chm s_sysprep.htm',
	doc: 'Settings for Sysprep.exe itself rather than for Mini-Setup.',
	shape: 'entries',
	example: '[Sysprep]\nBuildMassStorageSection = Yes',
	entries: [
		{
			name: 'BuildMassStorageSection',
			source: '[Sysprep] (Sysprep), technet cc755386; XP ref.chm s_sysprep.htm',
			doc: 'Makes Sysprep fill [SysprepMassStorage] with every mass-storage controller listed in Machine.inf, Scsi.inf, Pnpscsi.inf and Mshdc.inf, and install them, so the image starts on many disk controllers. The section must exist (it may be empty) and building it adds several minutes. `sysprep -bmsd` fills the section without installing; trim it by hand before the next run to boot faster.',
			domain: YES_NO,
			example: 'BuildMassStorageSection = Yes',
		},
	],
};

const sysprepMassStorage: SectionSpec = {
	name: 'SysprepMassStorage',
	source: '[SysprepMassStorage] (Sysprep), technet cc773386',
	doc: 'Mass-storage drivers that Sysprep pre-installs so the image can boot on other disk controllers. Each line maps a Plug and Play hardware ID to the .inf file of its driver, optionally followed by the folder, description and tag of the maker\'s driver floppy as its Txtsetup.oem names them: `hardware_id = path[, disk_folder[, disk_description[, disk_tag]]]`. An empty section is filled in by `sysprep -bmsd` or BuildMassStorageSection.',
	shape: 'open',
	keyDoc: 'a Plug and Play hardware ID such as `PCI\\VEN_1000&DEV_0030` or `*PNP0600`',
	keyPattern: '^[^\\s=;"]+$',
	lineDomain: { kind: 'path', pathKind: 'file', extraFields: 3 },
	example: '[SysprepMassStorage]\nPCI\\VEN_1000&DEV_0030 = "C:\\Drivers\\Storage\\symmpi.inf"',
	entries: [],
};

const sysprepCleanup: SectionSpec = {
	name: 'SysprepCleanup',
	source: '[sysprepcleanup] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V',
	doc: 'Empty section that Setup Manager writes next to [SysprepMassStorage]; it needs no entries. The clean-up itself is `sysprep -clean`, usually run once from [GuiRunOnce], which drops from the critical device database the pre-installed mass-storage entries whose hardware is not present.',
	shape: 'empty',
	example: '[sysprepcleanup]',
	entries: [],
};

const setupMgr: SectionSpec = {
	name: 'SetupMgr',
	source: 'unverified',
	doc: 'Bookkeeping that Setup Manager keeps so it can reopen the file later, such as the distribution folder and share it created. Setup and Mini-Setup ignore the whole section.',
	shape: 'open',
	keyDoc: 'a Setup Manager setting (DistFolder, DistShare, ComputerName0, ...)',
	lineDomain: { kind: 'any' },
	example: '[SetupMgr]\nDistFolder = C:\\sysprep\\i386\nDistShare = windist',
	entries: [
		{
			name: 'DistFolder',
			source: 'unverified',
			doc: 'Folder where Setup Manager built the distribution. Only Setup Manager reads it.',
			domain: { kind: 'path', pathKind: 'folder' },
			example: 'DistFolder = C:\\sysprep\\i386',
		},
		{
			name: 'DistShare',
			source: 'unverified',
			doc: 'Share name Setup Manager gave the distribution folder. Only Setup Manager reads it.',
			domain: { kind: 'text' },
			example: 'DistShare = windist',
		},
	],
};

const branding: SectionSpec = {
	name: 'Branding',
	source: '[Branding] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V',
	doc: 'Customizes Internet Explorer, either from the [URL] and [Proxy] sections of this file or from an Internet Explorer Administration Kit settings file.',
	shape: 'entries',
	example: '[Branding]\nBrandIEUsingUnattended = Yes',
	entries: [
		{
			name: 'BrandIEUsingUnattended',
			source: '[Branding] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V',
			doc: 'Applies the Internet Explorer settings found in this file ([URL], [Proxy], [FavoritesEx]). With No, an IEAK file named by IEBrandingFile is used instead.',
			domain: YES_NO,
			example: 'BrandIEUsingUnattended = Yes',
		},
		{
			name: 'IEBrandingFile',
			source: 'unverified',
			doc: 'Name of an Install.ins file made with the Internet Explorer Administration Kit; it overrides the settings in this file.',
			domain: { kind: 'path', pathKind: 'file' },
			example: 'IEBrandingFile = Install.ins',
		},
	],
};

const proxy: SectionSpec = {
	name: 'Proxy',
	source: '[Proxy] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V; key names and values: [Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631',
	doc: 'Proxy servers for Internet Explorer. Needs [Branding] BrandIEUsingUnattended = Yes to be applied.',
	shape: 'entries',
	example: '[Proxy]\nProxy_Enable = 1\nUse_Same_Proxy = 1\nHTTP_Proxy_Server = proxy:8080\nProxy_Override = <local>',
	entries: [
		{
			name: 'Proxy_Enable',
			source: '[Proxy] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V; key names and values: [Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631',
			doc: 'Turns use of a proxy server on (1) or off (0).',
			domain: ONE_ZERO,
			example: 'Proxy_Enable = 1',
		},
		{
			name: 'Use_Same_Proxy',
			source: '[Proxy] (Sysprep.inf sample), MDOP MED-V 2.0 docs, Configuring a Windows Virtual PC Image for MED-V; key names and values: [Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631',
			doc: 'Sends every protocol through the HTTP proxy when 1, so the other *_Proxy_Server entries are not needed.',
			domain: ONE_ZERO,
			example: 'Use_Same_Proxy = 1',
		},
		{
			name: 'HTTP_Proxy_Server',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'Proxy for web traffic, as `host:port`.',
			domain: { kind: 'text' },
			example: 'HTTP_Proxy_Server = proxy.fabrikam.com:8080',
		},
		{
			name: 'Secure_Proxy_Server',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'Proxy for HTTPS traffic, as `host:port`.',
			domain: { kind: 'text' },
			example: 'Secure_Proxy_Server = proxy.fabrikam.com:8080',
		},
		{
			name: 'FTP_Proxy_Server',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'Proxy for FTP traffic, as `host:port`.',
			domain: { kind: 'text' },
			example: 'FTP_Proxy_Server = proxy.fabrikam.com:8080',
		},
		{
			name: 'Gopher_Proxy_Server',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'Proxy for Gopher traffic, as `host:port`.',
			domain: { kind: 'text' },
			example: 'Gopher_Proxy_Server = proxy.fabrikam.com:8080',
		},
		{
			name: 'Socks_Proxy_Server',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'SOCKS proxy, as `host:port`.',
			domain: { kind: 'text' },
			example: 'Socks_Proxy_Server = socks.fabrikam.com:1080',
		},
		{
			name: 'Proxy_Override',
			source: '[Proxy] (IEAK .ins file entries), learn.microsoft.com gg598631; section in Sysprep.inf: MDOP MED-V 2.0 sample',
			doc: 'Addresses reached without the proxy, separated by semicolons; `<local>` covers names without dots.',
			domain: { kind: 'text' },
			example: 'Proxy_Override = <local>;*.fabrikam.com',
		},
	],
};

const url: SectionSpec = {
	name: 'URL',
	source: '[URL] (Unattend.txt), KB262508 Default Favorites & Shortcuts in Link Folder Not Installed (Windows 2000); Mini-Setup use not stated there',
	doc: 'Start, search and help pages and automatic configuration for Internet Explorer. Applied when [Branding] BrandIEUsingUnattended = Yes.',
	shape: 'entries',
	example: '[URL]\nHome_Page = http://intranet.fabrikam.com/',
	entries: [
		{
			name: 'Home_Page',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Page Internet Explorer opens at start.',
			domain: { kind: 'text' },
			example: 'Home_Page = http://intranet.fabrikam.com/',
		},
		{
			name: 'Search_Page',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Page opened by the Search button.',
			domain: { kind: 'text' },
			example: 'Search_Page = http://search.fabrikam.com/',
		},
		{
			name: 'Help_Page',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Page opened for online support from the Help menu.',
			domain: { kind: 'text' },
			example: 'Help_Page = http://help.fabrikam.com/',
		},
		{
			name: 'AutoConfig',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Turns on automatic browser configuration from AutoConfigURL or AutoConfigJSURL when 1.',
			domain: ONE_ZERO,
			example: 'AutoConfig = 1',
		},
		{
			name: 'AutoConfigURL',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Address of the automatic-configuration file Internet Explorer loads, usually an .ins file made with the Internet Explorer Administration Kit.',
			domain: { kind: 'text' },
			example: 'AutoConfigURL = http://config.fabrikam.com/ie.ins',
		},
		{
			name: 'AutoConfigJSURL',
			source: '[URL] (IEAK 11 .ins file settings), MicrosoftDocs windows-itpro-docs browsers/internet-explorer/ie11-ieak/url-ins-file-setting.md; section in Unattend.txt: KB262508',
			doc: 'Address of a proxy auto-configuration script (.js, .jvs or .pac).',
			domain: { kind: 'text' },
			example: 'AutoConfigJSURL = http://config.fabrikam.com/proxy.pac',
		},
		{
			name: 'Quick_Link_<N>',
			source: '[URL] (Unattend.txt), KB262508 Default Favorites & Shortcuts in Link Folder Not Installed (Windows 2000): Quick_Link_1 and Quick_Link_1_Name in its example',
			doc: 'Address of link N (counting from 1) on the Links toolbar of Internet Explorer. Pair it with Quick_Link_N_Name. Microsoft listed the default links this way so that adding favorites would not drop them.',
			domain: { kind: 'text' },
			example: 'Quick_Link_1 = "http://intranet.fabrikam.com/"',
		},
		{
			name: 'Quick_Link_<N>_Name',
			source: '[URL] (Unattend.txt), KB262508 Default Favorites & Shortcuts in Link Folder Not Installed (Windows 2000): Quick_Link_1 and Quick_Link_1_Name in its example',
			doc: 'Caption of link N on the Links toolbar; the address comes from Quick_Link_N.',
			domain: { kind: 'text' },
			example: 'Quick_Link_1_Name = "Intranet"',
		},
	],
};

const favoritesEx: SectionSpec = {
	name: 'FavoritesEx',
	source: '[FavoritesEx] (Unattend.txt), KB262508 Default Favorites & Shortcuts in Link Folder Not Installed (Windows 2000), Mini-Setup use not stated there; IconFileN, OfflineN: [FavoritesEx] (IEAK 11 .ins file settings), windows-itpro-docs ie11-ieak/favoritesex-ins-file-setting.md',
	doc: 'Adds Internet Explorer favorites as numbered pairs: `TitleN` gives the shortcut file name (ending in .url) and `URLN` the address. Applied when [Branding] BrandIEUsingUnattended = Yes.',
	shape: 'open',
	keyDoc: '`TitleN` or `URLN`, numbered from 1 (the Internet Explorer Administration Kit also writes `IconFileN` and `OfflineN`)',
	keyPattern: '^(Title|URL|IconFile|Offline)[0-9]+$',
	lineDomain: { kind: 'text' },
	example: '[FavoritesEx]\nTitle1 = "Fabrikam Intranet.url"\nURL1 = "http://intranet.fabrikam.com/"',
	entries: [],
};

const oemAds: SectionSpec = {
	name: 'OEM_Ads',
	source: '[OEM_Ads] (Unattend.txt), Windows NT 4.0 Resource Kit, Displaying Your Company Information During Setup (NT40RES S3A34)',
	doc: 'Replaces the logo, background and banner text shown while Setup runs. The bitmap files must be available to Setup (in `$OEM$` for full Setup).',
	shape: 'entries',
	example: '[OEM_Ads]\nLogo = logo.bmp\nBackground = back.bmp',
	entries: [
		{
			name: 'Logo',
			source: '[OEM_Ads] (Unattend.txt), Windows NT 4.0 Resource Kit, Displaying Your Company Information During Setup (NT40RES S3A34)',
			doc: 'Bitmap shown in the corner of the Setup screen, optionally as `file.dll,resource_id` to take it from a DLL.',
			domain: { kind: 'text' },
			example: 'Logo = logo.bmp',
		},
		{
			name: 'Background',
			source: '[OEM_Ads] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0)',
			doc: 'Bitmap used as the Setup background, optionally as `file.dll,resource_id`.',
			domain: { kind: 'text' },
			example: 'Background = back.bmp',
		},
		{
			name: 'Banner',
			source: '[OEM_Ads] (Unattend.txt), Windows NT 4.0 Resource Kit, Displaying Your Company Information During Setup (NT40RES S3A34)',
			doc: 'Text shown as the Setup banner; Setup only uses it when it contains the product name, and an asterisk starts a new line.',
			domain: { kind: 'text' },
			example: 'Banner = "Fabrikam Windows XP*Corporate build"',
		},
	],
};

const ieHardening: SectionSpec = {
	name: 'IEHardening',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Adds sites to Internet Explorer security zones on Windows Server 2003, where Enhanced Security Configuration blocks most sites by default.',
	shape: 'entries',
	targets: ['2003'],
	example: '[IEHardening]\nLocalIntranetSites = http://intranet.fabrikam.com\nTrustedSites = https://update.fabrikam.com',
	entries: [
		{
			name: 'LocalIntranetSites',
			source: '[IEHardening] (Unattended Installation), technet cc755820 (learn.microsoft.com previous-versions/orphan-topics/ws.10/cc755820); section in Sysprep.inf: seed How Sysprep Works',
			doc: 'Sites added to the Local intranet zone, separated by semicolons.',
			domain: { kind: 'text' },
			example: 'LocalIntranetSites = http://intranet.fabrikam.com;http://wiki',
			targets: ['2003'],
		},
		{
			name: 'TrustedSites',
			source: '[IEHardening] (Unattended Installation), technet cc755820 (learn.microsoft.com previous-versions/orphan-topics/ws.10/cc755820); section in Sysprep.inf: seed How Sysprep Works',
			doc: 'Sites added to the Trusted sites zone, separated by semicolons.',
			domain: { kind: 'text' },
			example: 'TrustedSites = https://update.fabrikam.com',
			targets: ['2003'],
		},
	],
};

const shell: SectionSpec = {
	name: 'Shell',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Picks the Windows XP visual style and Start menu. Setup reads it from Unattend.txt (and Factory.exe from Winbom.ini); Mini-Setup ignores it in Sysprep.inf.',
	shape: 'entries',
	fileKinds: ['unattend'],
	example: '[Shell]\nDefaultStartPanelOff = Yes\nDefaultThemesOff = Yes',
	entries: [
		{
			name: 'CustomDefaultThemeFile',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Full path of a .theme file to use as the default look; quote long names.',
			domain: { kind: 'path', pathKind: 'file' },
			example: 'CustomDefaultThemeFile = "%WINDIR%\\Resources\\Themes\\Fabrikam.theme"',
			expandsVariables: true,
		},
		{
			name: 'DefaultStartPanelOff',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Uses the classic Start menu and puts My Computer and My Documents on the desktop when Yes.',
			domain: YES_NO,
			example: 'DefaultStartPanelOff = Yes',
		},
		{
			name: 'DefaultThemesOff',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Uses the classic Windows look instead of the XP visual style when Yes.',
			domain: YES_NO,
			example: 'DefaultThemesOff = Yes',
		},
	],
};

const components: SectionSpec = {
	name: 'Components',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Turns optional Windows components (IIS, games, accessories, ...) on or off during full Setup. Mini-Setup does not install components, so this section only works in Unattend.txt.',
	shape: 'open',
	fileKinds: ['unattend'],
	keyDoc: 'a component ID such as `iis_www` or `Freecell`',
	lineDomain: {
		kind: 'enum',
		values: [
			{ value: 'On', doc: 'The component is installed.' },
			{ value: 'Off', doc: 'The component is left out or removed.' },
		],
	},
	example: '[Components]\niis_common = On\niis_www = On',
	entries: [],
};

const netAdapters: SectionSpec = {
	name: 'NetAdapters',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Lists the network adapters to configure. Each key is a name you choose (Adapter1, PrimaryAdapter, ...) and each value names the section holding that adapter\'s settings.',
	shape: 'open',
	keyDoc: 'an adapter name of your choice, reused by `SpecificTo` entries',
	keyPattern: '^[A-Za-z0-9_.-]+$',
	lineDomain: { kind: 'sectionRef', template: 'params.<adapter>' },
	example: '[NetAdapters]\nAdapter1 = params.Adapter1',
	snippet: '[NetAdapters]\n${1:Adapter1} = params.${1:Adapter1}\n\n[params.${1:Adapter1}]\nINFID = *\n$0',
	entries: [
		{
			name: 'Adapter1',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710, answer-file example; (Unattended Installation) cc773207',
			doc: 'The conventional name for the first adapter; its value is the section, usually `params.Adapter1`, that identifies and configures it.',
			domain: { kind: 'sectionRef', template: 'params.<adapter>' },
			example: 'Adapter1 = params.Adapter1',
		},
	],
};

const paramsAdapter: SectionSpec = {
	name: 'params.<adapter>',
	source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
	template: 'params.<adapter>',
	doc: 'Identifies one adapter listed in [NetAdapters]. With a single adapter `INFID = *` is enough; with several, pin each one down by MAC address or PCI location.',
	shape: 'entries',
	example: '[params.Adapter1]\nINFID = *\nConnectionName = "Local Area Connection"',
	entries: [
		{
			name: 'INFID',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'Plug and Play ID of the adapter, or `*` when the computer has exactly one adapter.',
			domain: { kind: 'text', allowStar: true },
			example: 'INFID = *',
		},
		{
			name: 'DoNotDetectLegacyCards',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'Legacy (not Plug and Play) network adapters that Setup should skip while it looks for the computer\'s adapters, given by their IDs and separated by commas. Saves time and avoids false matches on machines without such cards.',
			domain: { kind: 'text' },
			example: 'DoNotDetectLegacyCards = ne2000',
		},
		{
			name: 'NetCardAddress',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'MAC address of the adapter in hexadecimal with a `0x` prefix, for telling identical adapters apart.',
			domain: { kind: 'text', pattern: '^0[xX][0-9A-Fa-f]{12}$', patternHint: 'a MAC address written as 0x followed by 12 hex digits' },
			example: 'NetCardAddress = 0x00A0C9123456',
		},
		{
			name: 'PciBusNumber',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'PCI bus of the adapter; combine with PciDeviceNumber and PciFunctionNumber to select a slot.',
			domain: { kind: 'integer', min: 0, max: 255 },
			example: 'PciBusNumber = 0',
		},
		{
			name: 'PciDeviceNumber',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'PCI device (slot) number of the adapter.',
			domain: { kind: 'integer', min: 0, max: 31 },
			example: 'PciDeviceNumber = 12',
		},
		{
			name: 'PciFunctionNumber',
			source: '[params.adapter instance] (Unattended Installation), technet cc773269',
			doc: 'PCI function number of the adapter, for multi-port cards.',
			domain: { kind: 'integer', min: 0, max: 7 },
			example: 'PciFunctionNumber = 0',
		},
		{
			name: 'ConnectionName',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'Name given to the connection in Network Connections instead of "Local Area Connection N".',
			domain: { kind: 'text' },
			example: 'ConnectionName = "Backbone"',
		},
		{
			name: 'BusType',
			source: 'unverified',
			doc: 'Bus the adapter sits on (for example PCI or ISA); only needed for legacy cards.',
			domain: { kind: 'text' },
			example: 'BusType = ISA',
		},
		{
			name: 'IOAddr',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'I/O port of a legacy adapter, in hexadecimal.',
			domain: { kind: 'text' },
			example: 'IOAddr = 0x300',
		},
		{
			name: 'IRQ',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'Interrupt of a legacy adapter.',
			domain: { kind: 'integer', min: 0, max: 15 },
			example: 'IRQ = 10',
		},
		{
			name: 'DMA',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'DMA channel of a legacy adapter.',
			domain: { kind: 'integer', min: 0, max: 7 },
			example: 'DMA = 3',
		},
		{
			name: 'MEM',
			source: '[params.adapter instance] (Sysprep), technet cc773323; (Unattended Installation) cc773269',
			doc: 'Shared memory address of a legacy adapter, in hexadecimal.',
			domain: { kind: 'text' },
			example: 'MEM = 0xD0000',
		},
		{
			name: 'PseudoAdapter',
			source: 'unverified',
			doc: 'Marks the entry as a virtual adapter with no hardware behind it when Yes.',
			domain: YES_NO,
			example: 'PseudoAdapter = No',
		},
		{
			name: 'AdditionalParams',
			source: 'unverified',
			doc: 'Names a section of driver-specific settings (for example speed and duplex) that are written to the adapter\'s registry key as given.',
			domain: { kind: 'sectionRef', template: 'params.<adapter>.additional' },
			example: 'AdditionalParams = params.Adapter1.Additional',
		},
	],
};

const paramsAdapterAdditional: SectionSpec = {
	name: 'params.<adapter>.additional',
	source: 'unverified',
	template: 'params.<adapter>.additional',
	doc: 'Driver-specific adapter settings named by AdditionalParams. The keys are whatever the driver\'s .inf defines, so any key and value are accepted.',
	shape: 'open',
	keyDoc: 'a driver parameter name from the adapter\'s .inf file',
	lineDomain: { kind: 'any' },
	example: '[params.Adapter1.Additional]\nSpeedDuplex = 4',
	entries: [],
};

const netBindings: SectionSpec = {
	name: 'NetBindings',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Adjusts which network components are bound to each other. Each value is a binding path: component IDs or adapter names separated by commas, from the top of the stack down.',
	shape: 'entries',
	example: '[NetBindings]\nDisable = MS_Server,MS_TCPIP,Adapter2',
	entries: [
		{
			name: 'Disable',
			source: '[NetBindings] (Sysprep), technet cc756029; XP ref.chm u_netbindings.htm',
			doc: 'Turns off the binding path given, for example File and Printer Sharing over TCP/IP on an outward-facing adapter. Repeat the line for several paths.',
			domain: { kind: 'text' },
			example: 'Disable = MS_Server,MS_TCPIP,Adapter2',
		},
		{
			name: 'Enable',
			source: '[NetBindings] (Sysprep), technet cc756029; XP ref.chm u_netbindings.htm',
			doc: 'Turns on the binding path given; bindings are on by default, so this mostly matters after a Disable or for Network Load Balancing.',
			domain: { kind: 'text' },
			example: 'Enable = MS_WLBS,Adapter1',
		},
		{
			name: 'Demote',
			source: '[NetBindings] (Sysprep), technet cc756029; XP ref.chm u_netbindings.htm',
			doc: 'Moves the binding path given to the end of the binding order, so other paths are tried first.',
			domain: { kind: 'text' },
			example: 'Demote = MS_TCPIP,Adapter2',
		},
	],
};

const netClients: SectionSpec = {
	name: 'NetClients',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Network clients to install; each value names the section with that client\'s settings (it may be empty).',
	shape: 'entries',
	example: '[NetClients]\nMS_MSClient = params.MS_MSClient',
	entries: [
		{
			name: 'MS_MSClient',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs Client for Microsoft Networks.',
			domain: { kind: 'sectionRef', template: 'params.MS_MSClient', optional: true },
			example: 'MS_MSClient = params.MS_MSClient',
		},
		{
			name: 'MS_NWClient',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs Client Service for NetWare (Gateway Service for NetWare on servers).',
			domain: { kind: 'sectionRef', template: 'params.MS_NWClient', optional: true },
			example: 'MS_NWClient = params.MS_NWClient',
		},
	],
};

const netProtocols: SectionSpec = {
	name: 'NetProtocols',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Network protocols to install; each value names the section with that protocol\'s settings.',
	shape: 'entries',
	example: '[NetProtocols]\nMS_TCPIP = params.MS_TCPIP',
	entries: [
		{
			name: 'MS_TCPIP',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs TCP/IP.',
			domain: { kind: 'sectionRef', template: 'params.MS_TCPIP', optional: true },
			example: 'MS_TCPIP = params.MS_TCPIP',
		},
		{
			name: 'MS_NWIPX',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the NWLink IPX/SPX protocol.',
			domain: { kind: 'sectionRef', template: 'params.MS_NWIPX', optional: true },
			example: 'MS_NWIPX = params.MS_NWIPX',
		},
		{
			name: 'MS_AppleTalk',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the AppleTalk protocol.',
			domain: { kind: 'sectionRef', template: 'params.MS_AppleTalk', optional: true },
			example: 'MS_AppleTalk = params.MS_AppleTalk',
		},
		{
			name: 'MS_NetMon',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the Network Monitor driver.',
			domain: { kind: 'sectionRef', template: 'params.MS_NetMon', optional: true },
			example: 'MS_NetMon = params.MS_NetMon',
		},
		{
			name: 'MS_L2TP',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Configures the L2TP virtual-private-network miniport.',
			domain: { kind: 'sectionRef', template: 'params.MS_L2TP', optional: true },
			example: 'MS_L2TP = params.MS_L2TP',
		},
		{
			name: 'MS_PPTP',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Configures the PPTP virtual-private-network miniport.',
			domain: { kind: 'sectionRef', template: 'params.MS_PPTP', optional: true },
			example: 'MS_PPTP = params.MS_PPTP',
		},
		{
			name: 'MS_ATMLANE',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the ATM LAN Emulation client.',
			domain: { kind: 'sectionRef', template: 'params.MS_ATMLANE', optional: true },
			example: 'MS_ATMLANE = params.MS_ATMLANE',
		},
		{
			name: 'MS_ATMUni',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the ATM call manager (UNI signalling).',
			domain: { kind: 'sectionRef', template: 'params.MS_ATMUni', optional: true },
			example: 'MS_ATMUni = params.MS_ATMUni',
		},
		{
			name: 'MS_ATMArps',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the ATM ARP client for IP over ATM.',
			domain: { kind: 'sectionRef', template: 'params.MS_ATMArps', optional: true },
			example: 'MS_ATMArps = params.MS_ATMArps',
		},
	],
};

const netServices: SectionSpec = {
	name: 'NetServices',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	doc: 'Network services to install; each value names the section with that service\'s settings.',
	shape: 'entries',
	example: '[NetServices]\nMS_Server = params.MS_Server',
	entries: [
		{
			name: 'MS_Server',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs File and Printer Sharing for Microsoft Networks.',
			domain: { kind: 'sectionRef', template: 'params.MS_Server', optional: true },
			example: 'MS_Server = params.MS_Server',
		},
		{
			name: 'MS_PSched',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit), Sysprep.inf section table names [MS_Psched parameters]',
			doc: 'Installs the QoS Packet Scheduler.',
			domain: { kind: 'sectionRef', template: 'params.MS_Psched', optional: true },
			example: 'MS_PSched = params.MS_PSched',
		},
		{
			name: 'MS_RAS',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Configures Routing and Remote Access.',
			domain: { kind: 'sectionRef', template: 'params.MS_RAS', optional: true },
			example: 'MS_RAS = params.MS_RAS',
		},
		{
			name: 'MS_RasSrv',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Configures the remote-access server part of Routing and Remote Access.',
			domain: { kind: 'sectionRef', template: 'params.MS_RasSrv', optional: true },
			example: 'MS_RasSrv = params.MS_RasSrv',
		},
		{
			name: 'MS_NwSapAgent',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs the SAP Agent that advertises services to NetWare clients.',
			domain: { kind: 'sectionRef', template: 'params.MS_NwSapAgent', optional: true },
			example: 'MS_NwSapAgent = params.MS_NwSapAgent',
		},
		{
			name: 'MS_WLBS',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Installs Network Load Balancing (Windows Server 2003).',
			domain: { kind: 'sectionRef', template: 'params.MS_WLBS', optional: true },
			example: 'MS_WLBS = params.MS_WLBS',
			targets: ['2003'],
		},
	],
};

const netOptionalComponents: SectionSpec = {
	name: 'NetOptionalComponents',
	source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm',
	doc: 'Optional networking services such as SNMP or Print Services for UNIX, each switched on with 1. Setup reads the section only when `[Components]` sets `NetOC = On`. Keys not listed here are accepted as long as the value is 0 or 1.',
	shape: 'open',
	keyDoc: 'an optional networking component ID',
	lineDomain: ONE_ZERO,
	example: '[NetOptionalComponents]\nSNMP = 1\nLPDSVC = 1',
	entries: [
		{ name: 'Beacon', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the beacon client on Windows XP; Server 2003 does not offer this choice.', domain: ONE_ZERO, example: 'Beacon = 1', targets: ['xp'] },
		{ name: 'ILS', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the Internet Location Service directory used by NetMeeting-era conferencing clients.', domain: ONE_ZERO, example: 'ILS = 1' },
		{ name: 'NetMonTools', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the Network Monitor tools for capturing and reading network traffic.', domain: ONE_ZERO, example: 'NetMonTools = 1' },
		{ name: 'SNMP', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the Simple Network Management Protocol agent.', domain: ONE_ZERO, example: 'SNMP = 1' },
		{ name: 'WBEMSNMP', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the WMI SNMP provider.', domain: ONE_ZERO, example: 'WBEMSNMP = 1' },
		{ name: 'LPDSVC', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs Print Services for UNIX (the LPD print server).', domain: ONE_ZERO, example: 'LPDSVC = 1' },
		{ name: 'SimpTCP', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs Simple TCP/IP Services (echo, daytime, quote of the day).', domain: ONE_ZERO, example: 'SimpTCP = 1' },
		{ name: 'DHCPServer', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the DHCP Server service.', domain: ONE_ZERO, example: 'DHCPServer = 1', targets: ['2003'] },
		{ name: 'DNS', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the DNS Server service.', domain: ONE_ZERO, example: 'DNS = 1', targets: ['2003'] },
		{ name: 'WINS', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the WINS Server service.', domain: ONE_ZERO, example: 'WINS = 1', targets: ['2003'] },
		{ name: 'IAS', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs Internet Authentication Service (RADIUS).', domain: ONE_ZERO, example: 'IAS = 1', targets: ['2003'] },
		{ name: 'MacSrv', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs File Services for Macintosh.', domain: ONE_ZERO, example: 'MacSrv = 1', targets: ['2003'] },
		{ name: 'MacPrint', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs Print Services for Macintosh.', domain: ONE_ZERO, example: 'MacPrint = 1', targets: ['2003'] },
		{ name: 'NetCMAK', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs the Connection Manager Administration Kit.', domain: ONE_ZERO, example: 'NetCMAK = 1', targets: ['2003'] },
		{ name: 'NetCPS', source: '[NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm', doc: 'Installs Connection Point Services.', domain: ONE_ZERO, example: 'NetCPS = 1', targets: ['2003'] },
	],
};

const paramsTcpip: SectionSpec = {
	name: 'params.MS_TCPIP',
	source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
	template: 'params.MS_TCPIP',
	doc: 'TCP/IP settings that apply to the whole computer ([MS_TCPIP parameters] in the reference). Per-adapter addresses go in the sections named by AdapterSections.',
	shape: 'entries',
	example: '[params.MS_TCPIP]\nDNSSuffixSearchOrder = fabrikam.com\nAdapterSections = params.MS_TCPIP.Adapter1',
	entries: [
		{
			name: 'AdapterSections',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710; (Unattended Installation) cc773207',
			doc: 'Names the per-adapter TCP/IP sections, separated by commas. Each of them names its adapter with SpecificTo.',
			domain: { kind: 'sectionRef', list: true, template: 'params.MS_TCPIP.<adapter>' },
			example: 'AdapterSections = params.MS_TCPIP.Adapter1',
		},
		{
			name: 'ScopeID',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'NetBIOS scope of the computer, for the rare network that splits NetBIOS over TCP/IP into scopes; only computers with the same scope see each other by NetBIOS name. Leave it out otherwise.',
			domain: { kind: 'text' },
			example: 'ScopeID = fabrikam',
		},
		{
			name: 'DNS',
			// Not the [NetOptionalComponents] DNS (the DNS Server service); no reference page found for this switch.
			source: 'unverified',
			doc: 'Whether DNS is used to resolve names; a switch kept from older answer files, since DNS is used anyway when servers are known.',
			domain: YES_NO,
			example: 'DNS = Yes',
		},
		{
			name: 'DNSSuffixSearchOrder',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'DNS suffixes appended, in this order, to names that are not fully qualified; separate them with commas.',
			domain: { kind: 'text' },
			example: 'DNSSuffixSearchOrder = fabrikam.com,corp.fabrikam.com',
		},
		{
			name: 'UseDomainNameDevolution',
			source: 'unverified',
			doc: 'Also tries the parent domains of the primary suffix when resolving short names (a.b.com, then b.com).',
			domain: YES_NO,
			example: 'UseDomainNameDevolution = No',
		},
		{
			name: 'EnableLMHosts',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Uses the Lmhosts file for NetBIOS name resolution.',
			domain: YES_NO,
			example: 'EnableLMHosts = Yes',
		},
		{
			name: 'EnableSecurity',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Turns on TCP/IP filtering, whose allowed ports are set per adapter by TcpAllowedPorts, UdpAllowedPorts and IpAllowedProtocols.',
			domain: YES_NO,
			example: 'EnableSecurity = Yes',
		},
		{
			name: 'DeadGWDetectDefault',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Lets TCP switch to a backup gateway when the default gateway stops answering.',
			domain: YES_NO,
			example: 'DeadGWDetectDefault = Yes',
		},
		{
			name: 'DontAddDefaultGatewayDefault',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Stops remote-access connections from adding a default route through the connection.',
			domain: YES_NO,
			example: 'DontAddDefaultGatewayDefault = No',
		},
		{
			name: 'EnableICMPRedirect',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Lets ICMP redirect messages change the routing table.',
			domain: YES_NO,
			example: 'EnableICMPRedirect = No',
		},
	],
};

const paramsTcpipAdapter: SectionSpec = {
	name: 'params.MS_TCPIP.<adapter>',
	source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
	template: 'params.MS_TCPIP.<adapter>',
	doc: 'TCP/IP settings of one adapter (the reference\'s adapter-specific protocol section), reached through AdapterSections. SpecificTo ties it to the adapter; with DHCP = No give at least IPAddress and SubnetMask.',
	shape: 'entries',
	example: '[params.MS_TCPIP.Adapter1]\nSpecificTo = Adapter1\nDHCP = No\nIPAddress = 192.168.1.10\nSubnetMask = 255.255.255.0\nDefaultGateway = 192.168.1.1',
	entries: [
		{
			name: 'SpecificTo',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710; (Unattended Installation) cc773207',
			doc: 'The adapter name from [NetAdapters] that these settings belong to.',
			domain: { kind: 'text' },
			example: 'SpecificTo = Adapter1',
		},
		{
			name: 'DHCP',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Gets the address from a DHCP server when Yes; with No the static entries below are used.',
			domain: YES_NO,
			default: 'Yes',
			example: 'DHCP = No',
		},
		{
			name: 'IPAddress',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Static IP address(es) of the adapter, separated by commas. Each cloned computer needs its own, so static addresses rarely belong in a shared image.',
			domain: { kind: 'ipAddress', list: true },
			example: 'IPAddress = 192.168.1.10',
		},
		{
			name: 'SubnetMask',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Subnet mask for each address in IPAddress, in the same order.',
			domain: { kind: 'ipAddress', list: true },
			example: 'SubnetMask = 255.255.255.0',
		},
		{
			name: 'DefaultGateway',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Default gateway(s) of the adapter, separated by commas.',
			domain: { kind: 'ipAddress', list: true },
			example: 'DefaultGateway = 192.168.1.1',
		},
		{
			name: 'DNSServerSearchOrder',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'DNS servers to query, in order, separated by commas.',
			domain: { kind: 'ipAddress', list: true },
			example: 'DNSServerSearchOrder = 192.168.1.2,192.168.1.3',
		},
		{
			name: 'DNSDomain',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'DNS suffix specific to this connection.',
			domain: { kind: 'text' },
			example: 'DNSDomain = fabrikam.com',
		},
		{
			name: 'WINS',
			source: '[adapter_specific_protocol_section] (Unattended Installation), technet cc773207, answer-file example (WINS = No in an adapter section)',
			doc: 'Uses WINS servers for NetBIOS name resolution on this adapter; list them in WinsServerList.',
			domain: YES_NO,
			example: 'WINS = Yes',
		},
		{
			name: 'WinsServerList',
			source: 'unverified',
			doc: 'WINS servers to use, separated by commas.',
			domain: { kind: 'ipAddress', list: true },
			example: 'WinsServerList = 192.168.1.4',
		},
		{
			name: 'NetBIOSOptions',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'NetBIOS over TCP/IP on this adapter: 0 takes the DHCP server\'s choice, 1 turns it on, 2 turns it off.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '0', doc: 'Use the setting supplied by DHCP.' },
					{ value: '1', doc: 'NetBIOS over TCP/IP on.' },
					{ value: '2', doc: 'NetBIOS over TCP/IP off.' },
				],
			},
			default: '0',
			example: 'NetBIOSOptions = 1',
		},
		{
			name: 'DHCPClassId',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'DHCP user class sent to the server so it can hand out class-specific options.',
			domain: { kind: 'text' },
			example: 'DHCPClassId = Laptops',
		},
		{
			name: 'DisableDynamicUpdate',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Stops the adapter from registering its addresses in DNS.',
			domain: YES_NO,
			example: 'DisableDynamicUpdate = No',
		},
		{
			name: 'EnableAdapterDomainNameRegistration',
			source: '[MS_TCPIP parameters] (Sysprep), technet cc772911',
			doc: 'Also registers the adapter\'s addresses under its connection-specific DNS suffix.',
			domain: YES_NO,
			example: 'EnableAdapterDomainNameRegistration = No',
		},
		{
			name: 'TcpAllowedPorts',
			source: 'unverified',
			doc: 'TCP ports accepted when TCP/IP filtering (EnableSecurity) is on, separated by commas; 0 allows all.',
			domain: { kind: 'text', pattern: '^\\d+(\\s*,\\s*\\d+)*$', patternHint: 'port numbers separated by commas' },
			example: 'TcpAllowedPorts = 80,443',
		},
		{
			name: 'UdpAllowedPorts',
			source: 'unverified',
			doc: 'UDP ports accepted when TCP/IP filtering is on, separated by commas; 0 allows all.',
			domain: { kind: 'text', pattern: '^\\d+(\\s*,\\s*\\d+)*$', patternHint: 'port numbers separated by commas' },
			example: 'UdpAllowedPorts = 53',
		},
		{
			name: 'IpAllowedProtocols',
			source: 'unverified',
			doc: 'IP protocol numbers accepted when TCP/IP filtering is on, separated by commas; 0 allows all.',
			domain: { kind: 'text', pattern: '^\\d+(\\s*,\\s*\\d+)*$', patternHint: 'protocol numbers separated by commas' },
			example: 'IpAllowedProtocols = 6,17',
		},
	],
};

const paramsNwipx: SectionSpec = {
	name: 'params.MS_NWIPX',
	source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
	template: 'params.MS_NWIPX',
	doc: 'Computer-wide NWLink IPX/SPX settings ([MS_NWIPX parameters]); frame types per adapter go in the sections named by AdapterSections.',
	shape: 'entries',
	example: '[params.MS_NWIPX]\nVirtualNetworkNumber = 0x00000001\nAdapterSections = params.MS_NWIPX.Adapter1',
	entries: [
		{
			name: 'AdapterSections',
			source: '[protocol parameters section] (Unattended Installation), technet cc772700; [protocol_parameters_section] in the Sysprep.inf section table of seed How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Names the per-adapter IPX sections, separated by commas. Each of them names its adapter with SpecificTo.',
			domain: { kind: 'sectionRef', list: true, template: 'params.MS_NWIPX.<adapter>' },
			example: 'AdapterSections = params.MS_NWIPX.Adapter1',
		},
		{
			name: 'VirtualNetworkNumber',
			source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
			doc: 'Internal IPX network number of this computer in hexadecimal; it must be unique on the IPX network.',
			domain: IPX_NETWORK_NUMBER,
			example: 'VirtualNetworkNumber = 0x00000001',
		},
		{
			name: 'DedicatedRouter',
			source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
			doc: 'Makes the computer a dedicated IPX router.',
			domain: YES_NO,
			default: 'No',
			example: 'DedicatedRouter = No',
		},
		{
			name: 'EnableWANRouter',
			source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
			doc: 'Turns on IPX routing over wide-area links.',
			domain: YES_NO,
			default: 'Yes',
			example: 'EnableWANRouter = No',
		},
	],
};

const paramsNwipxAdapter: SectionSpec = {
	name: 'params.MS_NWIPX.<adapter>',
	source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710; (Unattended Installation) cc773207; [MS_NWIPX parameters] (Unattended Installation) cc773355',
	template: 'params.MS_NWIPX.<adapter>',
	doc: 'IPX settings of one adapter, reached through AdapterSections of the IPX section.',
	shape: 'entries',
	example: '[params.MS_NWIPX.Adapter1]\nSpecificTo = Adapter1\nPktType = 0xFF',
	entries: [
		{
			name: 'SpecificTo',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710; (Unattended Installation) cc773207',
			doc: 'The adapter name from [NetAdapters] that these settings belong to.',
			domain: { kind: 'text' },
			example: 'SpecificTo = Adapter1',
		},
		{
			name: 'PktType',
			source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
			doc: 'IPX frame type of the adapter; 0xFF detects it automatically.',
			domain: {
				kind: 'enum',
				values: [
					{ value: '0', doc: 'Ethernet II.' },
					{ value: '1', doc: 'Ethernet 802.3.' },
					{ value: '2', doc: 'Ethernet 802.2.' },
					{ value: '3', doc: 'Ethernet SNAP.' },
					{ value: '4', doc: 'ARCNET.' },
					{ value: '0xFF', doc: 'Detect the frame type automatically.', aliases: ['FF', '255'] },
				],
			},
			example: 'PktType = 0xFF',
		},
		{
			name: 'NetworkNumber',
			source: '[MS_NWIPX parameters] (Unattended Installation), technet cc773355',
			doc: 'External IPX network number of the segment the adapter is on, in hexadecimal.',
			domain: IPX_NETWORK_NUMBER,
			example: 'NetworkNumber = 0x00001234',
		},
	],
};

const paramsAppleTalk: SectionSpec = {
	name: 'params.MS_AppleTalk',
	source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006',
	template: 'params.MS_AppleTalk',
	doc: 'AppleTalk protocol settings ([MS_AppleTalk parameters]), mostly for a server that seeds or routes an AppleTalk network.',
	shape: 'entries',
	example: '[params.MS_AppleTalk]\nDesiredZone = Sales',
	entries: [
		{ name: 'DefaultPort', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Adapter on which the Macintosh services register their names; by default the first Ethernet, Token Ring or LocalTalk adapter.', domain: { kind: 'text' }, example: 'DefaultPort = PCI\\VEN_10B7&DEV_5900\\1&5070' },
		{ name: 'DesiredZone', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Zone in which the computer\'s Macintosh services appear.', domain: { kind: 'text' }, example: 'DesiredZone = Sales' },
		{ name: 'DefaultZone', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Default zone of the network when this adapter seeds it.', domain: { kind: 'text' }, example: 'DefaultZone = Sales' },
		{ name: 'EnableRouter', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Starts AppleTalk routing on this computer.', domain: YES_NO, example: 'EnableRouter = No' },
		{ name: 'SeedingNetwork', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Makes the computer the seed router of its AppleTalk segment.', domain: YES_NO, example: 'SeedingNetwork = No' },
		{ name: 'NetworkRangeLowerEnd', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Lowest network number of the seeded range.', domain: { kind: 'integer', min: 1, max: 65279 }, example: 'NetworkRangeLowerEnd = 100' },
		{ name: 'NetworkRangeUpperEnd', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Highest network number of the seeded range.', domain: { kind: 'integer', min: 1, max: 65279 }, example: 'NetworkRangeUpperEnd = 110' },
		{ name: 'ZoneList', source: '[MS_AppleTalk parameters] (Unattended Installation), technet cc756028; (Remote Installation Services) cc756006', doc: 'Zones seeded on the network, separated by commas.', domain: { kind: 'text' }, example: 'ZoneList = Sales,Support' },
	],
};

const paramsMsClient: SectionSpec = {
	name: 'params.MS_MSClient',
	source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710, answer-file example; (Unattended Installation) cc773207',
	template: 'params.MS_MSClient',
	doc: 'Settings of Client for Microsoft Networks ([MS_MSClient parameters]); the section may be empty.',
	shape: 'entries',
	example: '[params.MS_MSClient]\nNameServiceProtocol = ncacn_ip_tcp',
	entries: [
		{ name: 'BrowseDomains', source: '[MS_MSClient parameters] (Unattended Installation), technet cc773107; Sysprep.inf section table in seed How Sysprep Works (Windows Server 2003 Deployment Kit)', doc: 'Extra domains this computer lists when browsing the network, separated by commas. Only Windows Server 2003 reads it.', domain: { kind: 'text' }, example: 'BrowseDomains = SALES,SUPPORT', targets: ['2003'] },
		{
			name: 'NameServiceNetworkAddress',
			source: '[MS_MSClient parameters] (Unattended Installation), technet cc773107; Sysprep.inf section table in seed How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'IP address of the RPC name service provider. It only matters with `NameServiceProtocol = ncacn_ip_tcp` (a DCE Cell Directory Service).',
			domain: { kind: 'text' },
			example: 'NameServiceNetworkAddress = 192.168.0.20',
		},
		{
			name: 'NameServiceProtocol',
			source: '[MS_MSClient parameters] (Unattended Installation), technet cc773107; Sysprep.inf section table in seed How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'RPC name-service provider the client uses.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'ncacn_np', doc: 'Windows Locator over named pipes.' },
					{ value: 'ncacn_ip_tcp', doc: 'DCE Cell Directory Service over TCP/IP.' },
				],
			},
			example: 'NameServiceProtocol = ncacn_np',
		},
	],
};

const paramsNwClient: SectionSpec = {
	name: 'params.MS_NWClient',
	source: '[MS_NWClient parameters] (Sysprep), technet cc755795',
	template: 'params.MS_NWClient',
	doc: 'Settings of Client Service for NetWare ([MS_NWClient parameters]); give either a preferred server (bindery) or a tree and context (NDS).',
	shape: 'entries',
	example: '[params.MS_NWClient]\nDefaultTree = FABRIKAM\nDefaultContext = "OU=Sales.O=Fabrikam"',
	entries: [
		{ name: 'PreferredServer', source: '[MS_NWClient parameters] (Sysprep), technet cc755795', doc: 'NetWare server to log on to in bindery mode.', domain: { kind: 'text' }, example: 'PreferredServer = NW01' },
		{ name: 'DefaultTree', source: '[MS_NWClient parameters] (Sysprep), technet cc755795', doc: 'NDS tree to log on to.', domain: { kind: 'text' }, example: 'DefaultTree = FABRIKAM' },
		{ name: 'DefaultContext', source: '[MS_NWClient parameters] (Sysprep), technet cc755795', doc: 'NDS context of the user object, in quotes.', domain: { kind: 'text' }, example: 'DefaultContext = "OU=Sales.O=Fabrikam"' },
		{ name: 'LogonScript', source: '[MS_NWClient parameters] (Sysprep), technet cc755795', doc: 'Runs the NetWare logon script at logon.', domain: YES_NO, example: 'LogonScript = Yes' },
	],
};

const paramsServer: SectionSpec = {
	name: 'params.MS_Server',
	source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710, answer-file example; (Unattended Installation) cc773207',
	template: 'params.MS_Server',
	doc: 'Settings of File and Printer Sharing for Microsoft Networks ([MS_Server parameters]).',
	shape: 'entries',
	example: '[params.MS_Server]\nOptimization = Balance',
	entries: [
		{
			name: 'Optimization',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710, answer-file example; (Unattended Installation) cc773207',
			doc: 'Memory tuning of the Server service.',
			domain: {
				kind: 'enum',
				values: [
					{ value: 'MinMemoryUsed', doc: 'Small footprint for few connections.' },
					{ value: 'Balance', doc: 'Balanced between memory and throughput.' },
					{ value: 'MaxThroughputForFileSharing', doc: 'Favour the file-system cache for file servers.' },
					{ value: 'MaxThroughputForNetworkApps', doc: 'Favour application memory, for servers running databases and similar.', aliases: ['MaxThroughputForNetworkApplications'] },
				],
			},
			example: 'Optimization = MaxThroughputForFileSharing',
		},
		{
			name: 'BroadcastsToLanman2Clients',
			source: '[adapter_specific_protocol_section] (Sysprep), technet cc772710, answer-file example; (Unattended Installation) cc773207',
			doc: 'Announces the server to LAN Manager 2.x clients.',
			domain: YES_NO,
			default: 'No',
			example: 'BroadcastsToLanman2Clients = No',
		},
	],
};

const paramsL2tp: SectionSpec = {
	name: 'params.MS_L2TP',
	source: '[MS_L2TP parameters] (Remote Installation Services), technet cc773135; Sysprep.inf section list in seed How Sysprep Works (Windows Server 2003 Deployment Kit)',
	template: 'params.MS_L2TP',
	doc: 'Settings of the L2TP virtual-private-network ports ([MS_L2TP parameters]).',
	shape: 'entries',
	example: '[params.MS_L2TP]\nWanEndpoints = 5',
	entries: [
		{
			name: 'WanEndpoints',
			source: '[MS_L2TP parameters] (Remote Installation Services), technet cc773135',
			doc: 'How many L2TP virtual-private-network ports to create, from 0 to 30000 (5 when left out). Windows Server 2003 only.',
			domain: { kind: 'integer', min: 0, max: 30000 },
			default: '5',
			targets: ['2003'],
			example: 'WanEndpoints = 5',
		},
		{ name: 'NumberLineDevices', source: 'unverified', doc: 'Number of L2TP ports (simultaneous VPN connections) to create.', domain: { kind: 'integer', min: 0 }, example: 'NumberLineDevices = 5' },
	],
};

const paramsPptp: SectionSpec = {
	name: 'params.MS_PPTP',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	template: 'params.MS_PPTP',
	doc: 'Settings of the PPTP virtual-private-network ports ([MS_PPTP parameters]).',
	shape: 'entries',
	example: '[params.MS_PPTP]\nNumberLineDevices = 5',
	entries: [
		{ name: 'NumberLineDevices', source: 'unverified', doc: 'Number of PPTP ports (simultaneous VPN connections) to create.', domain: { kind: 'integer', min: 0 }, example: 'NumberLineDevices = 5' },
	],
};

const paramsRas: SectionSpec = {
	name: 'params.MS_RAS',
	source: '[MS_RAS parameters] (Sysprep), technet cc755350; XP ref.chm u_ms_ras_parameters.htm',
	template: 'params.MS_RAS',
	doc: 'Routing and Remote Access settings ([MS_RAS parameters]). Set RouterType; the rest refines dial-in behaviour.',
	shape: 'entries',
	example: '[params.MS_RAS]\nRouterType = 1\nUseDHCP = Yes',
	entries: REMOTE_ACCESS_ENTRIES,
};

const paramsRasSrv: SectionSpec = {
	name: 'params.MS_RasSrv',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
	template: 'params.MS_RasSrv',
	doc: 'Remote-access server settings ([MS_RasSrv parameters]); it takes the same entries as the Routing and Remote Access section.',
	shape: 'entries',
	example: '[params.MS_RasSrv]\nRouterType = 1\nDialinProtocols = TCP/IP',
	entries: REMOTE_ACCESS_ENTRIES,
};

const paramsWlbs: SectionSpec = {
	name: 'params.MS_WLBS',
	source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm',
	template: 'params.MS_WLBS',
	doc: 'Network Load Balancing settings for one adapter on Windows Server 2003 ([MS_WLBS parameters]). Name the adapter with SpecificTo; the cluster address must also be configured in TCP/IP on that adapter.',
	shape: 'entries',
	targets: ['2003'],
	example: '[params.MS_WLBS]\nSpecificTo = Adapter1\nClusterIPAddress = 10.0.0.50\nClusterNetworkMask = 255.255.255.0\nHostPriority = 1',
	entries: [
		{ name: 'SpecificTo', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250 (every entry is adapter-specific and needs SpecificTo)', doc: 'The adapter name from [NetAdapters] that Network Load Balancing binds to.', domain: { kind: 'text' }, example: 'SpecificTo = Adapter1' },
		{ name: 'ClusterIPAddress', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Primary virtual IP address of the cluster, shared by every host.', domain: { kind: 'ipAddress' }, example: 'ClusterIPAddress = 10.0.0.50' },
		{ name: 'ClusterNetworkMask', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Subnet mask of the cluster address.', domain: { kind: 'ipAddress' }, example: 'ClusterNetworkMask = 255.255.255.0' },
		{ name: 'ClusterName', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Fully qualified Internet name of the cluster.', domain: { kind: 'text' }, example: 'ClusterName = www.fabrikam.com' },
		{ name: 'ClusterModeOnStart', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Joins the cluster at startup when 1; with 0 the host waits for an explicit start command.', domain: ONE_ZERO, example: 'ClusterModeOnStart = 1' },
		{ name: 'DedicatedIPAddress', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'This host\'s own address on the cluster adapter, used for traffic not meant for the cluster.', domain: { kind: 'ipAddress' }, example: 'DedicatedIPAddress = 10.0.0.51' },
		{ name: 'DedicatedNetworkMask', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Subnet mask of the dedicated address.', domain: { kind: 'ipAddress' }, example: 'DedicatedNetworkMask = 255.255.255.0' },
		{ name: 'HostPriority', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Unique priority of this host in the cluster, 1 to 32; traffic not covered by port rules goes to the lowest number.', domain: { kind: 'integer', min: 1, max: 32 }, example: 'HostPriority = 1' },
		{ name: 'AliveMsgPeriod', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Milliseconds between cluster heartbeat messages.', domain: { kind: 'integer', min: 100, max: 10000 }, default: '1000', example: 'AliveMsgPeriod = 1000' },
		{ name: 'AliveMsgTolerance', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Missed heartbeats after which a host is treated as gone and the cluster converges again.', domain: { kind: 'integer', min: 5, max: 100 }, default: '5', example: 'AliveMsgTolerance = 5' },
		{ name: 'DescriptorsPerAlloc', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Connection descriptors allocated at a time.', domain: { kind: 'integer', min: 16, max: 1024 }, example: 'DescriptorsPerAlloc = 512' },
		{
			name: 'Master',
			source: '[MS_WLBS parameters] (Unattend.txt and Sysprep.inf), XP ref.chm u_ms_wlbs_parameters.htm, entry table (name only: the stored copy ends before its description)',
			doc: 'An entry the Windows XP reference lists for this section. Reseal knows its name but not its values, so it does not check them.',
			domain: { kind: 'any' },
		},
		{ name: 'MaxDescriptorAllocs', source: 'unverified', doc: 'How many times more connection descriptors may be allocated.', domain: { kind: 'integer', min: 1 }, example: 'MaxDescriptorAllocs = 512' },
		{ name: 'MulticastSupportEnable', source: 'unverified', doc: 'Uses a multicast MAC address for the cluster instead of unicast when 1.', domain: ONE_ZERO, example: 'MulticastSupportEnable = 1' },
		{ name: 'IGMPSupport', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Sends IGMP joins in multicast mode so switches do not flood cluster traffic to every port.', domain: ONE_ZERO, example: 'IGMPSupport = 1' },
		{ name: 'MaskSourceMAC', source: '[MS_WLBS parameters] (Unattended Installation), technet cc773250; XP ref.chm u_ms_wlbs_parameters.htm', doc: 'Masks the source MAC address of outgoing frames so cluster hosts can sit on different switch ports.', domain: ONE_ZERO, example: 'MaskSourceMAC = 1' },
		{ name: 'NBTSupportEnable', source: 'unverified', doc: 'Lets NetBIOS over TCP/IP answer for the cluster name.', domain: ONE_ZERO, example: 'NBTSupportEnable = 1' },
		{ name: 'RemoteControlEnabled', source: 'unverified', doc: 'Allows remote control of the cluster with the wlbs command; protect it with a password.', domain: ONE_ZERO, example: 'RemoteControlEnabled = 0' },
		{ name: 'RemoteControlUDPPort', source: 'unverified', doc: 'UDP port used for remote-control messages.', domain: { kind: 'integer', min: 1, max: 65535 }, example: 'RemoteControlUDPPort = 2504' },
		{ name: 'PortRules', source: 'unverified', doc: 'Port rules describing which ports are balanced and how; written in the rule syntax of the reference. Without rules all ports go to the host with the lowest priority number.', domain: { kind: 'any' }, example: 'PortRules = 80,80,Both,Multiple,Single,Equal' },
	],
};

const paramsAtmArps: SectionSpec = {
	name: 'params.MS_ATMArps',
	source: '[MS_ATMArps parameters] (Remote Installation Services), technet cc755448; seed How Sysprep Works (Windows Server 2003 Deployment Kit): no entries',
	template: 'params.MS_ATMArps',
	doc: 'Parameter section of the ATM ARP client ([MS_ATMArps parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_ATMArps]',
	entries: [],
};

const paramsAtmLane: SectionSpec = {
	name: 'params.MS_ATMLANE',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit): no entries',
	template: 'params.MS_ATMLANE',
	doc: 'Parameter section of the ATM LAN Emulation client ([MS_ATMLANE parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_ATMLANE]',
	entries: [],
};

const paramsAtmUni: SectionSpec = {
	name: 'params.MS_ATMUni',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit): no entries',
	template: 'params.MS_ATMUni',
	doc: 'Parameter section of the ATM call manager ([MS_ATMUni parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_ATMUni]',
	entries: [],
};

const paramsNetMon: SectionSpec = {
	name: 'params.MS_NetMon',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit), Sysprep.inf section table: [MS_NetMon parameters] contains no entries',
	template: 'params.MS_NetMon',
	doc: 'Parameter section of the Network Monitor driver ([MS_NetMon parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_NetMon]',
	entries: [],
};

const paramsNwSapAgent: SectionSpec = {
	name: 'params.MS_NwSapAgent',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit), Sysprep.inf section table: [MS_NwSapAgent parameters] contains no entries',
	template: 'params.MS_NwSapAgent',
	doc: 'Parameter section of the SAP Agent ([MS_NwSapAgent parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_NwSapAgent]',
	entries: [],
};

const paramsPsched: SectionSpec = {
	name: 'params.MS_Psched',
	source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit), Sysprep.inf section table: [MS_Psched parameters] contains no entries',
	template: 'params.MS_Psched',
	doc: 'Parameter section of the QoS Packet Scheduler ([MS_Psched parameters]). It takes no entries; referencing it from the networking sections is what installs the component.',
	shape: 'empty',
	example: '[params.MS_Psched]',
	entries: [],
};


export const sysprepInf: AnswerFileSpec = {
	kind: 'sysprep',
	title: 'Sysprep.inf',
	sections: [
		unattended,
		guiUnattended,
		userData,
		identification,
		licenseFilePrintData,
		networking,
		display,
		regionalSettings,
		tapiLocation,
		guiRunOnce,
		sysprep,
		sysprepMassStorage,
		sysprepCleanup,
		setupMgr,
		branding,
		proxy,
		url,
		favoritesEx,
		oemAds,
		ieHardening,
		shell,
		components,
		netAdapters,
		paramsAdapter,
		paramsAdapterAdditional,
		netBindings,
		netClients,
		netProtocols,
		netServices,
		netOptionalComponents,
		paramsTcpip,
		paramsTcpipAdapter,
		paramsNwipx,
		paramsNwipxAdapter,
		paramsAppleTalk,
		paramsMsClient,
		paramsNwClient,
		paramsServer,
		paramsL2tp,
		paramsPptp,
		paramsRas,
		paramsRasSrv,
		paramsWlbs,
		paramsAtmArps,
		paramsAtmLane,
		paramsAtmUni,
		paramsNetMon,
		paramsNwSapAgent,
		paramsPsched,
	],
};
