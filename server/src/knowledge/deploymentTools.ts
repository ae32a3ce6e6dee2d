/**
 * Knowledge: deployment tools that keep INI answer files (Sysprep.inf,
 * Unattend.txt/winnt.sif) as templates and fill some entries themselves at
 * deploy time. A file is one tool's template when its path, a section or a
 * token says so; an entry the tool fills that is left empty or holds the
 * tool's token is a hint naming the tool, not a missing or invalid value.
 *
 * Pure data: imports nothing.
 */

/** One `[Section] Entry` a tool writes. */
export interface ToolSlot {
	readonly section: string;
	readonly entry: string;
}

export interface DeploymentTool {
	/** The tool's name as messages show it. */
	readonly name: string;
	/** How the tool fills the slots, finishing "… fills this at deploy time …". */
	readonly fills: string;
	/** JS regex source (case-insensitive) on the file's path: the tool keeps its templates there. */
	readonly pathPattern?: string;
	/** A section that only this tool's templates contain. */
	readonly markerSection?: string;
	/** JS regex source of the tool's value token (the whole value). */
	readonly valueToken?: string;
	/** JS regex source of the tool's directive lines, which it removes before Setup reads the file. */
	readonly directiveLine?: string;
	/** Entries the tool writes; an empty list means any entry holding the tool's token. */
	readonly slots: readonly ToolSlot[];
	readonly source: string;
}

const mdtSlot = (section: string, ...entries: string[]): ToolSlot[] => entries.map((entry) => ({ section, entry }));

export const deploymentTools: readonly DeploymentTool[] = [
	{
		name: 'Microsoft Deployment Toolkit (MDT)',
		fills: 'from the deployment properties (CustomSettings.ini, the wizard), through ZTIConfigure.wsf and the type="ini" mappings of ZTIConfigure.xml',
		// The task sequence's copy (Control\<task sequence ID>\) and the templates it is made from.
		pathPattern: '(?:^|[\\\\/])(?:Control[\\\\/][^\\\\/]+|Templates)[\\\\/](?:sysprep\\.inf|unattend\\.txt)$',
		slots: [
			...mdtSlot('UserData', 'ComputerName', 'FullName', 'OrgName', 'ProductKey'),
			...mdtSlot('Identification', 'JoinDomain', 'MachineObjectOU', 'JoinWorkgroup', 'DomainAdmin', 'DomainAdminPassword'),
			...mdtSlot('RegionalSettings', 'InputLocale', 'Language', 'LanguageGroup', 'SystemLocale', 'UserLocale'),
			...mdtSlot('GuiUnattended', 'TimeZone', 'AutoLogon', 'AutoLogonCount', 'AdminPassword'),
			...mdtSlot('Display', 'BitsPerPel', 'Xresolution', 'Yresolution', 'Vrefresh'),
			...mdtSlot('TapiLocation', 'AreaCode', 'CountryCode', 'Dialing', 'LongDistanceAccess'),
			...mdtSlot('URL', 'Home_Page'),
			...mdtSlot('LicenseFilePrintData', 'AutoMode', 'AutoUsers'),
		],
		source: 'MDT Scripts\\ZTIConfigure.xml, type="ini" mappings (property id = entry, <section>); memdocs configmgr/mdt "ZTIConfigure.wsf" and "ZTIConfigure.xml" (Toolkit reference)',
	},
	{
		name: 'VirtualBox unattended installation',
		fills: 'from the settings of VBoxManage unattended install or the New VM wizard, replacing its @@VBOX_INSERT_…@@ tokens',
		valueToken: '^@@VBOX_INSERT(?:_[A-Z0-9_]+|\\[[^\\]]*\\])@@$',
		directiveLine: '^@@VBOX_COND(?:_[A-Z0-9_]+|\\[[^\\]]*\\])@@$',
		slots: [],
		source: 'VirtualBox src/VBox/Main/src-server/UnattendedScript.cpp (prefixes @@VBOX_INSERT_, @@VBOX_INSERT[, @@VBOX_COND_, @@VBOX_COND[, @@VBOX_COND_ELSE@@, @@VBOX_COND_END@@)',
	},
	{
		name: 'VMware Easy Install',
		fills: 'from the Easy Install answers (product key, name, password) given when the virtual machine is created',
		markerSection: 'VMwareData',
		slots: [
			{ section: 'UserData', entry: 'ProductKey' },
			{ section: 'UserData', entry: 'FullName' },
			{ section: 'UserData', entry: 'OrgName' },
			{ section: 'UserData', entry: 'ComputerName' },
			{ section: 'GuiUnattended', entry: 'AdminPassword' },
		],
		source: 'unverified: VMware Workstation Easy Install templates carry [VMwareData] (RunCmdKey, RunCmdNoReboot) and leave these entries empty',
	},
];
