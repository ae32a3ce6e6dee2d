/**
 * Knowledge layer: the answer-file slots the Microsoft Deployment Toolkit
 * (MDT) fills or removes at deploy time, and how an MDT template is
 * recognised.
 *
 * MDT's `ZTIConfigure.wsf` reads `Scripts\ZTIConfigure.xml`, a list of
 * mappings from task-sequence properties to XPaths of the task sequence's
 * `Unattend.xml` (`Control\<task sequence id>\Unattend.xml`, copied from
 * `Templates\Unattend_<arch>.xml`). It writes the property's value into each
 * path; when the value is blank it leaves the element, or removes the element
 * (`removeIfBlank="Self"`) or its parent (`removeIfBlank="Parent"`). An empty
 * element at one of these paths is therefore a slot, not a mistake. PowerShell
 * Deployment (PSD), built on MDT, reads the same file.
 *
 * Facts only (property names, passes, components, element paths, blank
 * handling), from the `type="xml"` mappings of ZTIConfigure.xml.
 */
import type { UnattendPass } from './unattendXmlTypes';

export const mdtSlotSource = {
	file: 'Scripts\\ZTIConfigure.xml (Microsoft Deployment Toolkit 2013)',
	seenAt: 'https://github.com/monosoul/MS-Deployment-toolkit-scripts/blob/b2758a4014f93307908f064b5a6cafd4a31f96a0/Scripts/ZTIConfigure.xml',
} as const;

/** What MDT does with the element when the property is blank. */
export type SlotWhenBlank = 'keep' | 'remove-self' | 'remove-parent';

/** One answer-file path a deployment tool writes a property into. */
export interface TemplateSlot {
	/** The task-sequence property (CustomSettings.ini / wizard) that fills it. */
	readonly property: string;
	readonly pass: UnattendPass;
	readonly component: string;
	/** Element names below the component, `/`-separated. */
	readonly path: string;
	readonly whenBlank: SlotWhenBlank;
}

/** A deployment tool whose answer-file templates carry slots. */
export interface TemplateTool {
	readonly tool: string;
	/** File paths of its templates (`/` or `\`, any case), as regex sources matched against the end of the path. */
	readonly pathPatterns: readonly string[];
	/** Text only its templates contain (the command that resumes the task sequence after Setup). */
	readonly contentMarkers: readonly string[];
	readonly slots: readonly TemplateSlot[];
	readonly source: string;
}

const shell = 'Microsoft-Windows-Shell-Setup';
const international = 'Microsoft-Windows-International-Core';
const join = 'Microsoft-Windows-UnattendedJoin';
const setup = 'Microsoft-Windows-Setup';

export const mdtSlots: readonly TemplateSlot[] = [
	{ property: 'Upgrade', pass: 'windowsPE', component: setup, path: 'UpgradeData/Upgrade', whenBlank: 'remove-parent' },
	{ property: 'OSDComputerName', pass: 'specialize', component: shell, path: 'ComputerName', whenBlank: 'keep' },
	{ property: 'ProductKey', pass: 'specialize', component: shell, path: 'ProductKey', whenBlank: 'keep' },
	{ property: 'ProductKey', pass: 'windowsPE', component: setup, path: 'UserData/ProductKey/Key', whenBlank: 'remove-parent' },
	{ property: 'OverrideProductKey', pass: 'specialize', component: shell, path: 'ProductKey', whenBlank: 'remove-self' },
	{ property: 'JoinDomain', pass: 'specialize', component: join, path: 'Identification/JoinDomain', whenBlank: 'keep' },
	{ property: 'MachineObjectOU', pass: 'specialize', component: join, path: 'Identification/MachineObjectOU', whenBlank: 'remove-self' },
	{ property: 'JoinWorkgroup', pass: 'specialize', component: join, path: 'Identification/JoinWorkgroup', whenBlank: 'keep' },
	{ property: 'DomainAdmin', pass: 'specialize', component: join, path: 'Identification/Credentials/Username', whenBlank: 'keep' },
	{ property: 'DomainAdminDomain', pass: 'specialize', component: join, path: 'Identification/Credentials/Domain', whenBlank: 'keep' },
	{ property: 'DomainAdminPassword', pass: 'specialize', component: join, path: 'Identification/Credentials/Password', whenBlank: 'keep' },
	{ property: 'InstallFromPath', pass: 'windowsPE', component: setup, path: 'ImageInstall/OSImage/InstallFrom/Path', whenBlank: 'keep' },
	{ property: 'ImageIndex', pass: 'windowsPE', component: setup, path: 'ImageInstall/OSImage/InstallFrom/MetaData', whenBlank: 'keep' },
	{ property: 'AdminPassword', pass: 'oobeSystem', component: shell, path: 'AutoLogon/Password/Value', whenBlank: 'keep' },
	{ property: 'AdminPassword', pass: 'oobeSystem', component: shell, path: 'UserAccounts/AdministratorPassword/Value', whenBlank: 'keep' },
	{ property: 'Organization', pass: 'specialize', component: shell, path: 'RegisteredOrganization', whenBlank: 'keep' },
	{ property: 'OrgName', pass: 'specialize', component: shell, path: 'RegisteredOrganization', whenBlank: 'keep' },
	{ property: 'OrgName', pass: 'oobeSystem', component: shell, path: 'RegisteredOrganization', whenBlank: 'keep' },
	{ property: 'FullName', pass: 'specialize', component: shell, path: 'RegisteredOwner', whenBlank: 'keep' },
	{ property: 'FullName', pass: 'oobeSystem', component: shell, path: 'RegisteredOwner', whenBlank: 'keep' },
	{ property: 'BitsPerPel', pass: 'oobeSystem', component: shell, path: 'Display/ColorDepth', whenBlank: 'remove-self' },
	{ property: 'Xresolution', pass: 'oobeSystem', component: shell, path: 'Display/HorizontalResolution', whenBlank: 'remove-self' },
	{ property: 'Yresolution', pass: 'oobeSystem', component: shell, path: 'Display/VerticalResolution', whenBlank: 'remove-self' },
	{ property: 'Vrefresh', pass: 'oobeSystem', component: shell, path: 'Display/RefreshRate', whenBlank: 'remove-self' },
	{ property: 'AreaCode', pass: 'specialize', component: 'Microsoft-Windows-TapiSetup', path: 'TapiUnattendLocation/AreaCode', whenBlank: 'remove-self' },
	{ property: 'CountryCode', pass: 'specialize', component: 'Microsoft-Windows-TapiSetup', path: 'TapiUnattendLocation/CountryOrRegion', whenBlank: 'remove-self' },
	{ property: 'LongDistanceAccess', pass: 'specialize', component: 'Microsoft-Windows-TapiSetup', path: 'TapiUnattendLocation/LongDistanceAccess', whenBlank: 'remove-self' },
	{ property: 'LongDistanceAccess', pass: 'specialize', component: 'Microsoft-Windows-TapiSetup', path: 'TapiUnattendLocation/OutsideAccess', whenBlank: 'remove-self' },
	{ property: 'TimeZoneName', pass: 'specialize', component: shell, path: 'TimeZone', whenBlank: 'remove-self' },
	{ property: 'TimeZoneName', pass: 'oobeSystem', component: shell, path: 'TimeZone', whenBlank: 'remove-self' },
	{ property: 'KeyboardLocale', pass: 'specialize', component: international, path: 'InputLocale', whenBlank: 'remove-self' },
	{ property: 'KeyboardLocale', pass: 'oobeSystem', component: international, path: 'InputLocale', whenBlank: 'remove-self' },
	{ property: 'UserLocale', pass: 'specialize', component: international, path: 'SystemLocale', whenBlank: 'remove-self' },
	{ property: 'UserLocale', pass: 'oobeSystem', component: international, path: 'SystemLocale', whenBlank: 'remove-self' },
	{ property: 'UserLocale', pass: 'specialize', component: international, path: 'UserLocale', whenBlank: 'remove-self' },
	{ property: 'UserLocale', pass: 'oobeSystem', component: international, path: 'UserLocale', whenBlank: 'remove-self' },
	{ property: 'UILanguage', pass: 'specialize', component: international, path: 'UILanguage', whenBlank: 'remove-self' },
	{ property: 'UILanguage', pass: 'oobeSystem', component: international, path: 'UILanguage', whenBlank: 'remove-self' },
	{ property: 'ImageLanguage001', pass: 'windowsPE', component: 'Microsoft-Windows-International-Core-WinPE', path: 'SystemLocale', whenBlank: 'remove-self' },
	{ property: 'ImageLanguage001', pass: 'windowsPE', component: 'Microsoft-Windows-International-Core-WinPE', path: 'UserLocale', whenBlank: 'remove-self' },
	{ property: 'ImageLanguage001', pass: 'windowsPE', component: 'Microsoft-Windows-International-Core-WinPE', path: 'UILanguage', whenBlank: 'remove-self' },
	{ property: 'Home_Page', pass: 'specialize', component: 'Microsoft-Windows-IE-InternetExplorer', path: 'Home_Page', whenBlank: 'remove-self' },
	{ property: 'DestinationDisk', pass: 'windowsPE', component: setup, path: 'ImageInstall/OSImage/InstallTo/DiskID', whenBlank: 'keep' },
	{ property: 'DestinationPartition', pass: 'windowsPE', component: setup, path: 'ImageInstall/OSImage/InstallTo/PartitionID', whenBlank: 'keep' },
];

/** Deployment tools whose templates hold slots; read by the unattend.xml checks (and by other file kinds' template logic). */
export const templateTools: readonly TemplateTool[] = [
	{
		tool: 'MDT',
		// Control\<task sequence id>\Unattend.xml of a deployment share, and the Templates\Unattend_<arch>.xml it is copied from.
		pathPatterns: ['(^|[\\\\/])control[\\\\/][^\\\\/]+[\\\\/]unattend\\.xml$', '(^|[\\\\/])templates[\\\\/]unattend_[^\\\\/]*\\.xml$'],
		// LTIBootstrap.vbs resumes an MDT task sequence at first logon; PSDStart.ps1 does the same for PowerShell Deployment.
		contentMarkers: ['LTIBootstrap.vbs', 'PSDStart.ps1'],
		slots: mdtSlots,
		source: `${mdtSlotSource.file}; ${mdtSlotSource.seenAt}`,
	},
];
