/**
 * Knowledge layer: what Windows 11 Setup and the out-of-box experience (OOBE)
 * read from the registry, which local-account routes exist in which builds,
 * and what changed with the new setup experience of 24H2 media.
 *
 * Most of this is not documented by Microsoft: the LabConfig values and
 * BypassNRO are known from tools that write them (Rufus, the unattend
 * generator of Christoph Schneegans) and from the technology press; the
 * removals come from Windows Insider release notes as quoted by the press and
 * by the projects that depended on them. Every row says where its fact comes
 * from, and a row that rests on public reports says so. Release builds
 * (22000 … 26200) are Microsoft's; which Windows a build is lives in
 * `windowsImages.ts` (`releaseBuilds`).
 */
import type { UnattendTarget } from './unattendXmlTargets';
import type { UnattendPass } from './unattendXmlTypes';

/** A Windows 11 version and its first build. */
export interface Windows11VersionSpec {
	readonly version: string;
	readonly build: number;
	readonly source: string;
}

const releaseInformation = 'Microsoft Learn, "Windows 11 release information" (version and OS build of each release)';

/** Ordered by build; a build belongs to the last row whose `build` it reaches. */
export const windows11Versions: readonly Windows11VersionSpec[] = [
	{ version: '21H2', build: 22000, source: releaseInformation },
	{ version: '22H2', build: 22621, source: releaseInformation },
	{ version: '23H2', build: 22631, source: releaseInformation },
	{ version: '24H2', build: 26100, source: releaseInformation },
	{ version: '25H2', build: 26200, source: releaseInformation },
];

/** A change in a given build: from `build` on (and from `revision` of it, when given) the thing no longer works. */
export interface BuildChange {
	readonly build: number;
	/** The update revision that first carried the change (`26200.5516`), for messages. */
	readonly revision?: number;
	/** What happened, in our words, for messages and hover. */
	readonly what: string;
	readonly source: string;
}

/** Where writing a key has no effect, and why. */
export interface IneffectivePasses {
	readonly passes: readonly UnattendPass[];
	readonly why: string;
}

/** A registry key that Windows Setup or OOBE reads. */
export interface SetupRegistryKeySpec {
	/** Canonical spelling: `HKLM\…`. */
	readonly key: string;
	/** Short name for messages. */
	readonly label: string;
	/** Who reads it and when. */
	readonly doc: string;
	/** Passes whose commands still reach the reader. */
	readonly effectivePasses: readonly UnattendPass[];
	readonly ineffective: readonly IneffectivePasses[];
	/** Where to write it instead, for messages. */
	readonly remedy: string;
	/** How sure the misplacement is: Setup certainly never reads it there (warning), or it only does nothing for this install (information). */
	readonly misplacedSeverity: 'warning' | 'information';
	/** Releases whose Setup or OOBE reads the key. */
	readonly releases: readonly UnattendTarget[];
	/** The value rows list every name known to be read there (LabConfig); the OOBE key holds many others we do not list. */
	readonly closed: boolean;
	readonly source: string;
}

const laterPassesForLabConfig = 'Setup checks the hardware in Windows PE, before it applies the image; a value written in this pass lands in the installed Windows, and nothing reads it there';
const rufusWue = 'pbatard/rufus src/wue.c (writes these values in the windowsPE pass of the answer file it adds to the media)';
const schneegansBypass = 'cschneegans/unattend-generator modifier/Bypass.cs (windowsPE RunSynchronous `reg.exe add HKLM\\SYSTEM\\Setup\\LabConfig`)';

export const setupRegistryKeys: readonly SetupRegistryKeySpec[] = [
	{
		key: 'HKLM\\SYSTEM\\Setup\\LabConfig',
		label: 'LabConfig',
		doc: 'Read by Windows 11 Setup in Windows PE when it checks whether the computer meets the hardware requirements. Microsoft does not document it; setup tools write it in the windowsPE pass (Microsoft-Windows-Setup RunSynchronous), which runs before the check.',
		effectivePasses: ['windowsPE'],
		ineffective: [{ passes: ['offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem'], why: laterPassesForLabConfig }],
		remedy: 'write it in windowsPE, in a RunSynchronous command of Microsoft-Windows-Setup',
		misplacedSeverity: 'warning',
		releases: ['win11'],
		closed: true,
		source: `Public reports, not Microsoft documentation: Windows Latest and the press in July 2021 (LabConfig with BypassTPMCheck/BypassSecureBootCheck/BypassRAMCheck during Setup); ${rufusWue}; ${schneegansBypass}`,
	},
	{
		key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE',
		label: 'the OOBE key',
		doc: 'Read by the out-of-box experience of the installed Windows. Commands of specialize (and of audit mode) run in that Windows before OOBE starts; windowsPE commands run in Windows PE and first-logon commands after OOBE.',
		effectivePasses: ['offlineServicing', 'specialize', 'auditSystem', 'auditUser'],
		ineffective: [
			{ passes: ['windowsPE'], why: 'a windowsPE command runs in Windows PE and writes the registry of Windows PE (X:), not of the Windows being installed, so OOBE never sees the value' },
			{ passes: ['oobeSystem'], why: 'oobeSystem commands (FirstLogonCommands, LogonCommands) run at logon, after OOBE has finished' },
		],
		remedy: 'write it in specialize (a RunSynchronous command of Microsoft-Windows-Deployment), or create the account in UserAccounts/LocalAccounts and leave it out',
		misplacedSeverity: 'warning',
		releases: ['win11'],
		closed: false,
		source: 'Unattended Windows Setup Reference (Microsoft-Windows-Setup RunSynchronous runs in Windows PE; FirstLogonCommands run when a user first logs on after OOBE); pbatard/rufus issue #1981 (BypassNRO written by a specialize RunSynchronous command)',
	},
	{
		key: 'HKLM\\SYSTEM\\Setup\\MoSetup',
		label: 'MoSetup',
		doc: 'Read by Windows Setup when it upgrades a running Windows in place (setup.exe started from the desktop). A clean install from boot media does not read it; LabConfig is what that Setup reads.',
		effectivePasses: ['specialize', 'auditSystem', 'auditUser', 'oobeSystem'],
		ineffective: [{ passes: ['windowsPE'], why: 'a windowsPE command runs during a clean install from media, and AllowUpgradesWithUnsupportedTPMOrCPU only affects an in-place upgrade started from a running Windows' }],
		remedy: 'use the LabConfig values for a clean install; keep MoSetup for the installed Windows (specialize) if later in-place upgrades should skip the checks',
		misplacedSeverity: 'information',
		releases: ['win10', 'win11'],
		closed: false,
		source: 'Microsoft Support, "Ways to install Windows 11" (registry value AllowUpgradesWithUnsupportedTPMOrCPU under HKLM\\SYSTEM\\Setup\\MoSetup, for upgrades from Windows 10 on devices with at least TPM 1.2)',
	},
];

/** A value under one of the keys above. */
export interface SetupRegistryValueSpec {
	readonly key: string;
	readonly name: string;
	readonly doc: string;
	/** The first build that reads it, when it came later than the key's release. */
	readonly fromBuild?: number;
	/** When it stopped working, when it did. */
	readonly removed?: BuildChange;
	/** A change announced or reported without a settled outcome, for hover only. */
	readonly caution?: string;
	readonly source: string;
}

const labConfig = 'HKLM\\SYSTEM\\Setup\\LabConfig';
const oobeKey = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE';
const labValueSource = `Public reports (no Microsoft page): ${rufusWue}; ${schneegansBypass}. The requirement it skips: Microsoft Learn, "Windows 11 specifications and system requirements"`;

export const setupRegistryValues: readonly SetupRegistryValueSpec[] = [
	{ key: labConfig, name: 'BypassTPMCheck', doc: '`1` makes Setup skip the TPM 2.0 requirement.', source: `Public reports: Windows Latest, July 2021 (first published with BypassSecureBootCheck); ${labValueSource}` },
	{ key: labConfig, name: 'BypassSecureBootCheck', doc: '`1` makes Setup skip the Secure Boot (UEFI) requirement.', source: `Public reports: Windows Latest, July 2021; ${labValueSource}` },
	{ key: labConfig, name: 'BypassRAMCheck', doc: '`1` makes Setup skip the 4 GB memory requirement.', source: `Public reports: the press in July 2021 (TPM, RAM and Secure Boot checks); ${labValueSource}` },
	{ key: labConfig, name: 'BypassStorageCheck', doc: '`1` makes Setup skip the 64 GB system-disk requirement.', source: labValueSource },
	{ key: labConfig, name: 'BypassCPUCheck', doc: '`1` makes Setup skip the supported-processor list.', source: labValueSource },
	{
		key: oobeKey,
		name: 'BypassNRO',
		doc: '`1` makes OOBE offer "I don\'t have internet" on the network page, so setup can finish offline with a local account (NRO: network requirement in OOBE). An answer file that creates a local account (UserAccounts/LocalAccounts) does not need it.',
		caution: 'Insider build 26220.6772 (October 2025) announced the removal of the known ways to create a local account in OOBE; reports since then (Rufus, October 2025; r-Techsupport wiki, February 2026) say the registry value still works in released builds when the computer is offline.',
		source: 'Public reports: Insider build 22557 (February 2022, released as 22H2) extended the network and account requirement of OOBE from Home to Pro, and `oobe\\bypassnro.cmd` writes this value (press coverage, for example aviationanalysis.net on build 22557; pbatard/rufus issue #2844); cschneegans/unattend-generator issue #199 (an answer file creates local accounts without it); pbatard/rufus issue #1981',
	},
	{ key: 'HKLM\\SYSTEM\\Setup\\MoSetup', name: 'AllowUpgradesWithUnsupportedTPMOrCPU', doc: '`1` lets an in-place upgrade to Windows 11 proceed on a processor that is not on the list or with TPM 1.2 instead of 2.0.', source: 'Microsoft Support, "Ways to install Windows 11" (upgrades only; TPM 1.2 still required)' },
];

/** A command that belongs to a local-account or setup route. */
export interface SetupCommandSpec {
	/** Words that name it, lower case with backslashes; a word matches when it equals one or ends with `\` + one. */
	readonly words: readonly string[];
	readonly label: string;
	readonly doc: string;
	readonly fromBuild?: number;
	readonly removed?: BuildChange;
	readonly source: string;
}

export const setupCommands: readonly SetupCommandSpec[] = [
	{
		words: ['oobe\\bypassnro.cmd', 'oobe\\bypassnro'],
		label: 'oobe\\bypassnro.cmd',
		doc: 'A script in System32\\oobe that writes the BypassNRO value and restarts the computer, so OOBE offers setup without a network.',
		removed: {
			build: 26200,
			revision: 5516,
			what: 'Microsoft removed bypassnro.cmd from the image (Insider builds 26200.5516 in the Dev channel and 26120.3653 in the Beta channel, March 2025); the BypassNRO registry value itself was still read',
			source: 'Windows Insider blog, "Announcing Windows 11 Insider Preview Build 26200.5516" (28 March 2025), as reported by the press (Neowin, BleepingComputer) and pixincreate/configs issue #8; cschneegans/unattend-generator issue #199',
		},
		source: 'Public reports: press coverage of Windows 11 22H2 setup (Shift+F10, `oobe\\bypassnro`); cschneegans/unattend-generator issue #199',
	},
	{
		words: ['ms-cxh:localonly', 'ms-cxh://setaddlocalonly'],
		label: 'ms-cxh:localonly',
		doc: 'Opens the local-account dialog of OOBE (`start ms-cxh:localonly` from Shift+F10). It needs someone at the screen, so it has no place in an unattended command.',
		removed: {
			build: 26220,
			revision: 6772,
			what: 'Insider builds 26220.6772 (Dev) and 26120.6772 (Beta), October 2025, removed the known ways to create a local account in OOBE, and Windows Latest found that `ms-cxh:localonly` only loops back to the sign-in page there',
			source: 'Windows Insider blog, "Announcing Windows 11 Insider Preview Build 26220.6772" (6 October 2025: "removing known mechanisms for creating a local account"), as reported by the press (The Verge; Windows Latest tested 26120.6772 and 26220.6772); Stensel8/BypassNRO README (timeline, December 2025)',
		},
		source: 'Public reports: r-Techsupport/rTS_Wiki issue #487 and Atlas-OS/Atlas issue #1375 (March–April 2025, the route that replaced bypassnro.cmd)',
	},
];

/** A way to finish OOBE with a local account, by build. For hover and the README; checks read the two tables above. */
export interface LocalAccountRouteSpec {
	readonly route: string;
	readonly doc: string;
	readonly status: 'works' | 'removed' | 'reported';
	readonly fromBuild?: number;
	readonly untilBuild?: number;
	readonly source: string;
}

export const localAccountRoutes: readonly LocalAccountRouteSpec[] = [
	{
		route: 'Answer file: Microsoft-Windows-Shell-Setup UserAccounts/LocalAccounts (with OOBE/HideOnlineAccountScreens)',
		doc: 'The account is created from the answer file, so OOBE does not ask for one, online or not. This is the documented, supported route and the one the other routes were removed around.',
		status: 'works',
		source: 'Unattended Windows Setup Reference (Microsoft-Windows-Shell-Setup UserAccounts/LocalAccounts, OOBE/HideOnlineAccountScreens); cschneegans/unattend-generator issue #199 (March 2025) and Stensel8/BypassNRO README (December 2025) report it still works',
	},
	{
		route: 'BypassNRO registry value (HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\OOBE)',
		doc: 'Written in specialize or from Shift+F10 followed by a restart; OOBE then offers to continue without a network.',
		status: 'reported',
		source: 'Public reports: pbatard/rufus issues #1981 and #2844 (works when offline, October 2025); r-Techsupport/rTS_Wiki pull request #657 (February 2026)',
	},
	{
		route: 'oobe\\bypassnro.cmd',
		doc: 'The script that wrote BypassNRO and restarted.',
		status: 'removed',
		untilBuild: 26199,
		source: 'Windows Insider blog for build 26200.5516 (March 2025) as reported by the press; pixincreate/configs issue #8',
	},
	{
		route: 'start ms-cxh:localonly',
		doc: 'Opens the local-account dialog from Shift+F10.',
		status: 'removed',
		untilBuild: 26219,
		source: 'Windows Insider blog for build 26220.6772 (October 2025) as reported by the press; Stensel8/BypassNRO README',
	},
	{
		route: 'A blocked e-mail address (no@thankyou.com and similar) at the Microsoft account page',
		doc: 'Signing in with an address Microsoft has locked fails and OOBE then offers a local account. No build range has been published; Insider build 26220 is reported to close it with the other routes.',
		status: 'reported',
		source: 'Public reports only: id10t.online (October 2025) and windowsnews.ai on build 26220 (the blocked-address route among those closed); no Microsoft source',
	},
];

/** Behaviour of the new setup experience (the Setup of 24H2 media and later) that differs from the previous one. */
export interface SetupExperienceSpec {
	readonly subject: string;
	readonly doc: string;
	readonly fromBuild: number;
	readonly source: string;
}

export const newSetupExperience: readonly SetupExperienceSpec[] = [
	{
		subject: 'Previous version of Setup',
		doc: 'The new Setup offers a link to the previous Setup, but when it finds an autounattend.xml it goes straight on with the answer file and the link is not shown; no answer-file setting is known that selects the previous Setup.',
		fromBuild: 26100,
		source: 'Public reports: cschneegans/unattend-generator issues #67, #116 and #408 (2024–2026)',
	},
	{
		subject: 'setup.exe switches',
		doc: 'The new Setup started from the media is reported not to take command-line switches such as /unattend; the previous Setup (sources\\setup.exe after choosing it) still does.',
		fromBuild: 26100,
		source: 'Public reports: cschneegans/unattend-generator issues #67 and #116 (maintainer\'s observation, not Microsoft documentation)',
	},
	{
		subject: 'LabConfig with the new Setup',
		doc: 'LabConfig values written by a windowsPE RunSynchronous command still take effect with the new Setup of 24H2 media.',
		fromBuild: 26100,
		source: 'Public reports: cschneegans/unattend-generator issue #28 (24H2, September 2024: the bypass commands run and Setup continues)',
	},
];
