/**
 * Knowledge layer: what Windows Setup does with an `unattend.xml` in each way
 * it is used — which configuration passes run, in which order, when and as
 * whom — and where it looks for an answer file when none is named.
 *
 * Sources:
 * - "How Configuration Passes Work" and "Windows Setup Configuration Passes"
 *   (Windows ADK documentation, Microsoft Learn): the passes each scenario runs
 *   (media install: windowsPE, offlineServicing, specialize, oobeSystem; sysprep
 *   /generalize /oobe: generalize, specialize, oobeSystem; /audit: auditSystem,
 *   auditUser; `Microsoft-Windows-Deployment/Reseal/Mode` = Audit after specialize).
 * - "DISM Unattended Servicing Command-Line Options": `/Apply-Unattend` on an
 *   offline image applies the offlineServicing settings only.
 * - "Windows Setup Automation Overview" / "Methods for Running Windows Setup":
 *   the implicit answer-file search order and the Panther cache.
 * - Unattended Windows Setup Reference, Microsoft-Windows-Deployment
 *   RunSynchronous and Microsoft-Windows-Shell-Setup FirstLogonCommands /
 *   LogonCommands: who commands run as.
 */
import type { UnattendPass } from './unattendXmlTypes';

export type SetupScenario = 'media' | 'sysprep' | 'audit' | 'apply';

export interface ScenarioStep {
	readonly pass: UnattendPass;
	/** When the pass runs, in our words. */
	readonly when: string;
	/** Who the pass's settings and commands run as. */
	readonly as: string;
	/** The pass runs only when the file asks for audit mode (`Reseal/Mode` = Audit). */
	readonly onlyWithAudit?: boolean;
	/** The pass is skipped when the file asks for audit mode (audit replaces Windows Welcome). */
	readonly notWithAudit?: boolean;
}

export interface ScenarioSpec {
	readonly id: SetupScenario;
	readonly label: string;
	/** The command or action that starts it. */
	readonly command: string;
	readonly steps: readonly ScenarioStep[];
	/** Why each other pass does not run in this scenario. */
	readonly notRun: Readonly<Partial<Record<UnattendPass, string>>>;
	readonly source: string;
}

const passesPage = 'Microsoft Learn: How Configuration Passes Work; Windows Setup Configuration Passes';

export const setupScenarios: readonly ScenarioSpec[] = [
	{
		id: 'media',
		label: 'Install from media',
		command: 'boot the installation media; Setup reads autounattend.xml (or setup.exe /unattend:file)',
		steps: [
			{ pass: 'windowsPE', when: 'Setup starts from the media, in Windows PE, before anything is copied', as: 'Windows PE (SYSTEM)' },
			{ pass: 'offlineServicing', when: 'after the image is applied to the disk, before it first starts', as: 'the offline image (nothing runs)' },
			{ pass: 'specialize', when: 'the first start of the installed Windows', as: 'SYSTEM' },
			{ pass: 'auditSystem', when: 'after specialize, when the file asks for audit mode, before any user signs in', as: 'SYSTEM', onlyWithAudit: true },
			{ pass: 'auditUser', when: 'after the built-in Administrator signs in to audit mode', as: 'the built-in Administrator', onlyWithAudit: true },
			{ pass: 'oobeSystem', when: 'Windows Welcome (OOBE), before the first user signs in', as: 'SYSTEM', notWithAudit: true },
		],
		notRun: { generalize: 'generalize runs only when sysprep /generalize prepares an installed Windows for capture' },
		source: passesPage,
	},
	{
		id: 'sysprep',
		label: 'sysprep /generalize /oobe',
		command: 'sysprep /generalize /oobe /shutdown /unattend:file',
		steps: [
			{ pass: 'generalize', when: 'while sysprep runs, before the computer shuts down for capture', as: 'SYSTEM' },
			{ pass: 'specialize', when: 'the first start of each computer the image is deployed to', as: 'SYSTEM' },
			{ pass: 'auditSystem', when: 'after specialize, when the file asks for audit mode', as: 'SYSTEM', onlyWithAudit: true },
			{ pass: 'auditUser', when: 'after the built-in Administrator signs in to audit mode', as: 'the built-in Administrator', onlyWithAudit: true },
			{ pass: 'oobeSystem', when: 'Windows Welcome (OOBE), before the first user signs in', as: 'SYSTEM', notWithAudit: true },
		],
		notRun: {
			windowsPE: 'windowsPE runs only when Setup starts from installation media; sysprep never reads it',
			offlineServicing: 'offlineServicing runs during a media install or with DISM against an offline image, not after sysprep',
		},
		source: passesPage,
	},
	{
		id: 'audit',
		label: 'sysprep /audit',
		command: 'sysprep /audit /reboot /unattend:file (with /generalize, the generalize pass runs first)',
		steps: [
			{ pass: 'generalize', when: 'while sysprep runs, only with /generalize', as: 'SYSTEM' },
			{ pass: 'specialize', when: 'the next start, when the image was generalized', as: 'SYSTEM' },
			{ pass: 'auditSystem', when: 'the start into audit mode, before the built-in Administrator signs in', as: 'SYSTEM' },
			{ pass: 'auditUser', when: 'after the built-in Administrator signs in to audit mode', as: 'the built-in Administrator' },
		],
		notRun: {
			windowsPE: 'windowsPE runs only when Setup starts from installation media',
			offlineServicing: 'offlineServicing runs during a media install or with DISM against an offline image',
			oobeSystem: 'audit mode skips Windows Welcome; oobeSystem runs when sysprep /oobe ends audit mode later',
		},
		source: passesPage,
	},
	{
		id: 'apply',
		label: 'DISM /Apply-Unattend',
		command: 'DISM /Image:C:\\mount /Apply-Unattend:file',
		steps: [{ pass: 'offlineServicing', when: 'when DISM applies the file to the mounted, offline image', as: 'the offline image (nothing runs)' }],
		notRun: {
			windowsPE: 'DISM /Apply-Unattend applies only offlineServicing settings to an offline image',
			generalize: 'DISM /Apply-Unattend applies only offlineServicing settings to an offline image',
			specialize: 'DISM /Apply-Unattend applies only offlineServicing settings; place the file in Windows\\Panther for the later passes',
			auditSystem: 'DISM /Apply-Unattend applies only offlineServicing settings to an offline image',
			auditUser: 'DISM /Apply-Unattend applies only offlineServicing settings to an offline image',
			oobeSystem: 'DISM /Apply-Unattend applies only offlineServicing settings; place the file in Windows\\Panther for the later passes',
		},
		source: 'Microsoft Learn: DISM Unattended Servicing Command-Line Options (/Apply-Unattend)',
	},
];

/** Command lists and when their commands run, as opposed to when their pass runs. */
export interface CommandTiming {
	/** The list element (`FirstLogonCommands`). */
	readonly list: string;
	/** A step of its own after the passes (`firstLogon`), or undefined to run inside the pass. */
	readonly step?: 'firstLogon' | 'everyLogon';
	/** Who runs the commands, by pass where it differs. */
	readonly as: string;
	readonly waits: boolean;
	readonly source: string;
}

const reference = 'Unattended Windows Setup Reference';

export const commandTimings: readonly CommandTiming[] = [
	{ list: 'RunSynchronous', as: 'SYSTEM (in auditUser: the signed-in built-in Administrator; in windowsPE: Windows PE)', waits: true, source: `${reference}: Microsoft-Windows-Deployment RunSynchronous, Microsoft-Windows-Setup RunSynchronous` },
	{ list: 'RunAsynchronous', as: 'SYSTEM (in auditUser: the signed-in built-in Administrator)', waits: false, source: `${reference}: Microsoft-Windows-Deployment RunAsynchronous` },
	{ list: 'FirstLogonCommands', step: 'firstLogon', as: 'the first user who signs in (AutoLogon\'s account when set)', waits: true, source: `${reference}: Microsoft-Windows-Shell-Setup FirstLogonCommands` },
	{ list: 'LogonCommands', step: 'everyLogon', as: 'each user, at every sign-in', waits: false, source: `${reference}: Microsoft-Windows-Shell-Setup LogonCommands` },
];

/** The steps that follow the passes, for commands that run at sign-in. */
export const logonSteps: readonly { readonly id: 'firstLogon' | 'everyLogon'; readonly label: string; readonly when: string }[] = [
	{ id: 'firstLogon', label: 'First sign-in', when: 'the first time a user signs in after Windows Welcome' },
	{ id: 'everyLogon', label: 'Every sign-in', when: 'each time any user signs in' },
];

/**
 * Where Setup looks for an answer file when none is named (`/unattend:`),
 * first to last. `names` are the file names it accepts there.
 */
export const implicitSearchOrder: readonly { readonly place: string; readonly names: string; readonly note: string }[] = [
	{ place: 'HKLM\\System\\Setup!UnattendFile', names: 'any name', note: 'a registry value pointing at an answer file' },
	{ place: '%WINDIR%\\Panther\\Unattend', names: 'Unattend.xml or Autounattend.xml', note: 'only for upgrades started from an older Windows, not when Setup starts from Windows PE' },
	{ place: '%WINDIR%\\Panther', names: 'Unattend.xml', note: 'where Setup caches the answer file it used; a cached copy wins over the ones below' },
	{ place: 'removable read/write media, root, in drive-letter order', names: 'Unattend.xml or Autounattend.xml', note: '' },
	{ place: 'removable read-only media, root, in drive-letter order', names: 'Unattend.xml or Autounattend.xml', note: '' },
	{ place: '\\Sources of the Windows distribution', names: 'Autounattend.xml for windowsPE and offlineServicing, Unattend.xml for the other passes', note: '' },
	{ place: '%WINDIR%\\System32\\Sysprep', names: 'Unattend.xml', note: 'read after sysprep when nothing above holds one' },
	{ place: '%SYSTEMDRIVE%', names: 'Unattend.xml or Autounattend.xml', note: '' },
];
export const implicitSearchSource = 'Microsoft Learn: Windows Setup Automation Overview, "Implicit answer file search order"';

/**
 * Windows XP / Server 2003: what happens to a Sysprep.inf after `sysprep
 * -reseal -mini`, in order. Sources: the deployment seed documents
 * (Sysprep and Mini-Setup; Cmdlines.txt runs before the first logon without
 * network) and the XP ref.chm pages of [GuiRunOnce] (first logon of the user).
 */
export const miniSetupSteps: readonly { readonly id: 'reseal' | 'miniSetup' | 'cmdlines' | 'guiRunOnce'; readonly label: string; readonly when: string; readonly as: string; readonly source: string }[] = [
	{ id: 'reseal', label: 'sysprep -reseal -mini', when: 'on the master computer: Sysprep removes what belongs to it and shuts it down for imaging', as: 'the administrator who runs sysprep.exe from C:\\Sysprep', source: 'Sysprep seed: sysprep.exe, setupcl.exe and factory.exe in C:\\Sysprep' },
	{ id: 'miniSetup', label: 'Mini-Setup', when: 'the first start of each computer the image is copied to; entries answer its pages, a missing one makes it stop and ask', as: 'SYSTEM (setupcl.exe, then the Mini-Setup wizard)', source: 'Sysprep seed: Mini-Setup runs the first time the destination computer starts' },
	{ id: 'cmdlines', label: 'Cmdlines.txt', when: 'at the end of Mini-Setup, before the first logon, without network', as: 'SYSTEM', source: 'Cmdlines.txt seed: commands run before first logon, no network yet' },
	{ id: 'guiRunOnce', label: '[GuiRunOnce] at first logon', when: 'the first time a user logs on after Mini-Setup', as: 'the user who logs on (AutoLogon\'s account when set)', source: 'XP ref.chm: [GuiRunOnce]' },
];
