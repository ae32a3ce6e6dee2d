/**
 * Knowledge layer: whole-file skeletons offered by completion in an empty
 * file (the same bodies ship as VS Code snippets in `snippets/`).
 * Bodies use VS Code snippet syntax; tab stops follow the order Mini-Setup asks.
 */
export interface Skeleton {
	readonly label: string;
	readonly doc: string;
	readonly body: string;
}

/** The sections both skeletons share, up to the identity part; tab stops 1–7. */
const commonHead = [
	'[Unattended]',
	'OemSkipEula = Yes',
	'InstallFilesPath = ${1:C:\\\\Sysprep\\\\i386}',
	'',
	'[GuiUnattended]',
	'AdminPassword = "${2:ChangeMe!}"',
	'EncryptedAdminPassword = No',
	'TimeZone = ${3:035}',
	'OEMSkipRegional = 1',
	'OEMSkipWelcome = 1',
	'',
	'[UserData]',
	'FullName = "${4:IT Department}"',
	'OrgName = "${5:Example Corp}"',
	'ComputerName = ${6:*}',
	'ProductKey = ${7:XXXXX-XXXXX-XXXXX-XXXXX-XXXXX}',
	'',
];

const networkingTail = ['[Networking]', 'InstallDefaultComponents = Yes', '$0'];

export const sysprepInfSkeletons: readonly Skeleton[] = [
	{
		label: 'Sysprep.inf: fully automated Mini-Setup (workgroup)',
		doc: 'Every entry Mini-Setup needs to run without stopping, for a computer that joins a workgroup.',
		body: [
			...commonHead,
			'[LicenseFilePrintData]',
			'AutoMode = ${8|PerServer,PerSeat|}',
			'AutoUsers = ${9:5}',
			'',
			'[Identification]',
			'JoinWorkgroup = ${10:WORKGROUP}',
			'',
			...networkingTail,
		].join('\n'),
	},
	{
		label: 'Sysprep.inf: fully automated Mini-Setup (domain join)',
		doc: 'Every entry Mini-Setup needs to run without stopping, for a computer that joins a domain. The domain password cannot be encrypted: leave it empty to be prompted.',
		body: [
			...commonHead,
			'[LicenseFilePrintData]',
			'AutoMode = ${8|PerServer,PerSeat|}',
			'AutoUsers = ${9:5}',
			'',
			'[Identification]',
			'JoinDomain = ${10:CORP}',
			'DomainAdmin = ${11:CORP\\\\deploy}',
			'DomainAdminPassword = ${12}',
			'',
			...networkingTail,
		].join('\n'),
	},
];
