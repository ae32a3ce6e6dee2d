/**
 * Knowledge layer: command-line switches of sysprep.exe.
 *
 * Two generations exist and never mix: Sysprep 1.1/2.0 of Windows 2000, XP and
 * Server 2003 (`-switch`, also accepted with `/` by some builds but written
 * with `-` in every reference) and Sysprep of Vista and later (`/switch`,
 * some taking `:value`). Conventions: `name` is lower case without prefix;
 * `doc` is our own prose; `value` names what follows `:`; `exclusive` groups
 * list names of which at most one may appear in a command.
 */

/** Which sysprep generation a switch belongs to. */
export type SysprepSyntax = 'xp' | 'vista';

/** How a run ends: the checks use it to decide whether later commands still run. */
export type SysprepEnding = 'shutdown' | 'reboot' | 'return';

export interface SysprepSwitchSpec {
	readonly name: string;
	readonly doc: string;
	/** The switch takes `:value` (Vista `/unattend:file`, `/mode:vm`). */
	readonly value?: string;
	/** Allowed values when they are a closed list. */
	readonly values?: readonly string[];
	/** Other switches of the same generation this one needs. */
	readonly requires?: readonly string[];
	/** How the machine ends up once sysprep finishes, when this switch decides it. */
	readonly ending?: SysprepEnding;
	/** Short note on the Windows versions or service packs that know the switch. */
	readonly availability?: string;
	/** The reference page or seed the row was checked against, or `unverified`. */
	readonly source: string;
	/** A few words shown next to a terse switch (inlay hint); switches whose name says it have none. */
	readonly hint?: string;
}

export interface SysprepExclusiveGroup {
	readonly syntax: SysprepSyntax;
	readonly names: readonly string[];
	/** Why they exclude each other, in one clause. */
	readonly reason: string;
}

export interface SysprepGeneration {
	readonly syntax: SysprepSyntax;
	readonly title: string;
	readonly prefix: '-' | '/';
	readonly switches: readonly SysprepSwitchSpec[];
	/** How a run ends when no switch says otherwise. */
	readonly defaultEnding: SysprepEnding;
	/** Where the program is found on a built image. */
	readonly location: string;
	/** Explanations for names people write that this generation does not know, keyed by lower-case name. */
	readonly unknownNotes?: Readonly<Record<string, string>>;
}

export const xpSysprep: SysprepGeneration = {
	syntax: 'xp',
	title: 'Sysprep for Windows XP / Server 2003',
	prefix: '-',
	defaultEnding: 'shutdown',
	location: 'Not installed with Windows: extract `Deploy.cab` from `\\SUPPORT\\TOOLS` on the matching CD (same service pack) into `C:\\Sysprep`.',
	unknownNotes: {
		shutdown: 'XP/2003 sysprep already shuts down when it finishes; `-forceshutdown` exists for machines that do not power off, `-reboot` and `-noreboot` choose otherwise.',
		generalize: 'XP/2003 sysprep always generalizes on `-reseal` (unless `-nosidgen`).',
		oobe: 'On XP the reseal runs Windows Welcome unless `-mini` is given.',
	},
	switches: [
		{ name: 'reseal', doc: 'Seals the image for delivery: clears the event logs, marks the next boot to run Windows Welcome (or Mini-Setup with `-mini`) and, unless `-nosidgen` is given, makes the next boot generate a new SID.', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'mini', hint: 'Mini-Setup on next boot', doc: 'Makes the next boot run Mini-Setup (driven by `Sysprep.inf`) instead of Windows Welcome. Only meaningful together with `-reseal`; Server 2003 always uses Mini-Setup.', requires: ['reseal'], source: 'TechNet: Choosing Sysprep Settings (Windows Server 2003)' },
		{ name: 'quiet', doc: 'Runs without any confirmation dialog, which unattended scripts need.', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'factory', doc: 'Prepares the machine so that its next start runs factory mode (networking on, no Windows Welcome or Mini-Setup), where `Factory.exe` works through `Winbom.ini` to add drivers and applications before the final reseal. Sysprep shuts the machine down when it is done.', ending: 'shutdown', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'audit', doc: 'Restarts into audit mode (after factory mode) to check the machine, without generating a new SID or running Windows Welcome.', ending: 'reboot', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'clean', hint: 'prune mass-storage entries', doc: 'Tidies up after `[SysprepMassStorage]`: drops from the critical device database the mass-storage drivers that section installed for controllers this machine does not have, and deletes `BuildMassStorageSection` from `Sysprep.inf` so the list is not rebuilt. Usually the last step in factory mode before the machine is shut down for delivery.', ending: 'return', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'bmsd', hint: 'build mass-storage list', doc: 'Fills the `[SysprepMassStorage]` section of `Sysprep.inf` with every mass-storage controller listed in the in-box INF files, then exits.', ending: 'return', availability: 'Windows XP SP1 and later, Server 2003.', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'msoobe', doc: 'Makes the next start run Windows Welcome (the XP out-of-box experience, `msoobe.exe`) for the end user; `-mini` chooses Mini-Setup instead. Listed with `-mini` among the reseal choices of Sysprep for XP.', availability: 'Windows XP; Server 2003 always runs Mini-Setup.', source: 'SQA e-learning ClientOS01, Sysprep page (names -mini and -msoobe); exact behaviour unverified' },
		{ name: 'nosidgen', hint: 'keep the SID', doc: 'Does not generate a new security identifier on the next boot. Only safe for an image that is not duplicated.', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'pnp', hint: 're-detect all hardware', doc: 'Forces a full Plug and Play enumeration on the next boot, for legacy (non-PnP) hardware. It makes Mini-Setup slower.', source: 'Microsoft KB 304974 (Sysprep -pnp)' },
		{ name: 'reboot', doc: 'Restarts the computer when sysprep finishes instead of shutting it down.', ending: 'reboot', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'noreboot', hint: 'no restart, test only', doc: 'Changes the registry (SID, duplicator string) but neither shuts down nor restarts; intended for testing, and the machine must not be used afterwards.', ending: 'return', source: 'seed 003 (How Sysprep Works, Windows Server 2003)' },
		{ name: 'forceshutdown', hint: 'shut down, not power off', doc: 'Shuts the computer down instead of powering it off, for machines whose ACPI BIOS does not turn off cleanly.', ending: 'shutdown', availability: 'Windows XP SP2, Server 2003 SP1 and later.', source: 'unverified' },
		{ name: 'activated', hint: 'keep activation', doc: 'Keeps the Windows Product Activation state instead of resetting the activation grace period. Use only for an image that was activated with a volume or OEM key.', source: 'unverified' },
	],
};

export const vistaSysprep: SysprepGeneration = {
	syntax: 'vista',
	title: 'Sysprep for Windows Vista and later',
	prefix: '/',
	defaultEnding: 'return',
	location: 'Part of Windows: `%WINDIR%\\System32\\Sysprep\\sysprep.exe`.',
	unknownNotes: {
		reseal: 'Vista and later seal with `/generalize /oobe`.',
		mini: 'Vista and later have no Mini-Setup; `/oobe` starts Windows Welcome.',
	},
	switches: [
		{ name: 'generalize', doc: 'Removes the machine-specific data (SID, event logs, restore points) so the image can be deployed to other computers.', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'oobe', doc: 'Makes the next boot start Windows Welcome (the out-of-box experience).', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'audit', doc: 'Makes the next boot start audit mode, where drivers and applications can be added before the image is sealed.', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'unattend', doc: 'Applies the named answer file (`unattend.xml`) during the next setup passes. Forward slashes in the path are accepted.', value: 'file', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'shutdown', doc: 'Shuts the computer down when sysprep finishes.', ending: 'shutdown', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'reboot', doc: 'Restarts the computer when sysprep finishes.', ending: 'reboot', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'quit', doc: 'Closes sysprep when it finishes, leaving the machine running.', ending: 'return', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'quiet', doc: 'Runs without confirmation dialogs.', source: 'seed 002 (How Sysprep Works, Windows Vista) and the Sysprep command-line syntax page' },
		{ name: 'mode', doc: 'With `vm`, generalizes a virtual-machine image without resetting its hardware information, for deployment to the same virtual hardware. Needs `/generalize`.', value: 'vm', values: ['vm'], requires: ['generalize'], availability: 'Windows 8 / Server 2012 and later.', source: 'unverified' },
	],
};

export const sysprepGenerations: readonly SysprepGeneration[] = [xpSysprep, vistaSysprep];

export const sysprepExclusiveGroups: readonly SysprepExclusiveGroup[] = [
	{ syntax: 'xp', names: ['reseal', 'factory', 'audit', 'clean', 'bmsd'], reason: 'each selects a different action for this run' },
	{ syntax: 'xp', names: ['reboot', 'noreboot', 'forceshutdown'], reason: 'each decides differently how the run ends' },
	{ syntax: 'vista', names: ['oobe', 'audit'], reason: 'the next boot can start only one of Windows Welcome or audit mode' },
	{ syntax: 'vista', names: ['shutdown', 'reboot', 'quit'], reason: 'each decides differently how the run ends' },
];

/** Text for hover on the program name. */
export const sysprepProgramDoc =
	'**sysprep.exe** prepares an installed Windows for imaging: it removes what makes the machine unique and arranges what the next boot runs. ' +
	'XP/Server 2003 use `-switch` syntax and read `Sysprep.inf` from the sysprep folder; Vista and later use `/switch` syntax and `unattend.xml`.';
