/**
 * Knowledge: the scripts Windows Setup runs by name (SetupComplete.cmd,
 * ErrorHandler.cmd), the `$OEM$` folder layout that carries files from the
 * media into the installed system (Windows Vista and later), and the run-time
 * locations of the image that only such a tree (or a tool) fills.
 *
 * Facts come from Microsoft's pages named in each row's `source`; the prose is
 * ours. Pure data: imports nothing.
 */

const customScriptPage = 'Add a Custom Script to Windows Setup (learn.microsoft.com/windows-hardware/manufacture/desktop/add-a-custom-script-to-windows-setup)';
const customScriptPage8 = 'Add a Custom Script to Windows Setup, Windows 8/8.1 edition (learn.microsoft.com/previous-versions/windows/it-pro/windows-8.1-and-8/hh825167)';
const distributionShares = 'Distribution Shares and Configuration Sets Overview (learn.microsoft.com/windows-hardware/customize/desktop/wsim/distribution-shares-and-configuration-sets-overview); Understanding Distribution Shares and Configuration Sets, Windows 7 AIK';
const mdtOemFolders = 'MDT: Copy Content to the Target Computer Using $OEM$ Folders (Microsoft Deployment Toolkit documentation)';

/** A script Windows Setup looks for and runs by its file name. */
export interface FirstBootScript {
	/** The file name Setup looks for (compared case-insensitively, as NTFS does). */
	readonly name: string;
	/** The folder of the installed system Setup looks in. */
	readonly imageFolder: string;
	/** The same place in an `$OEM$` tree of the installation media. */
	readonly mediaFolder: string;
	/** When Setup runs it. */
	readonly when: string;
	/** The account it runs as. */
	readonly runsAs: string;
	/** What the script sees: no window, nobody to answer. */
	readonly console: string;
	/** Whether Setup waits for it. */
	readonly waits: string;
	/** What Setup does with the exit code. */
	readonly exitCode: string;
	/** Where Setup records that it ran the script. */
	readonly log: string;
	/** Documented cases in which Setup does not run it. */
	readonly skipped: readonly string[];
	/** Documented things the script must not do. */
	readonly cautions: readonly string[];
	/** A command (by program name, lower case, as `programName` gives it) and switch that the `cautions` forbid; the check reads these. */
	readonly forbidden: readonly { readonly program: string; readonly switches: readonly string[]; readonly why: string }[];
	readonly source: string;
}

export const firstBootScripts: readonly FirstBootScript[] = [
	{
		name: 'SetupComplete.cmd',
		imageFolder: '%WINDIR%\\Setup\\Scripts',
		mediaFolder: 'sources\\$OEM$\\$$\\Setup\\Scripts',
		when: 'after Windows is installed and before the logon screen appears (before the first user signs in)',
		runsAs: 'Local System',
		console: 'it runs with no visible window and nobody at the console (as Local System before anyone signs in; observed behaviour, the page does not describe the window), so a prompt or `pause` waits for ever',
		waits: 'Setup runs it before the logon screen appears, so the first sign-in waits until it ends; a domain\'s Group Policy is applied only after it has finished',
		exitCode: 'Setup does not look at its exit code or ERRORLEVEL; a failing script does not stop or fail Setup',
		log: 'Setup notes that it ran the script in C:\\Windows\\Panther\\UnattendGC\\setupact.log',
		skipped: [
			'Windows 8 and later skip it when the image was installed with an OEM product key; Microsoft names Enterprise editions and Windows Server as the exceptions',
			'after a restart in the middle of it: Setup runs it once and does not resume it',
		],
		cautions: [
			'do not restart from it (`shutdown -r`): Setup cannot resume the script afterwards and Microsoft says the system is left in a bad state',
		],
		forbidden: [{ program: 'shutdown', switches: ['r', 'g'], why: 'Setup cannot resume SetupComplete.cmd after a restart, and Microsoft warns that restarting from it leaves the system in a bad state' }],
		source: `${customScriptPage}; ${customScriptPage8}`,
	},
	{
		name: 'ErrorHandler.cmd',
		imageFolder: '%WINDIR%\\Setup\\Scripts',
		mediaFolder: 'sources\\$OEM$\\$$\\Setup\\Scripts',
		when: 'when Setup meets a fatal error and cannot finish the installation',
		runsAs: 'Local System',
		console: 'it runs with no visible window and nobody at the console (as Local System before anyone signs in; observed behaviour, the page does not describe the window), so a prompt or `pause` waits for ever',
		waits: 'Microsoft\'s page does not say whether Setup waits for it',
		exitCode: 'Setup does not use its exit code',
		log: 'Setup notes that it ran the script in its setupact.log',
		skipped: ['it runs only when Setup fails'],
		cautions: [],
		forbidden: [],
		source: customScriptPage,
	},
];

/** Where an `$OEM$` subfolder's files land on the installed system (Windows Vista and later). */
export interface OemFolder {
	/** The folder below `$OEM$` as written (`$$`, `$1`, `$Docs`); `<drive>` stands for any one drive letter. */
	readonly folder: string;
	/** Where Setup copies it, or undefined when Vista and later no longer use it. */
	readonly target?: string;
	/** Read by Windows Vista and later. */
	readonly vista: boolean;
	readonly doc: string;
	readonly source: string;
}

export const oemFolders: readonly OemFolder[] = [
	{ folder: '$$', target: '%WINDIR%', vista: true, doc: 'Copied into the Windows folder of the installed system, subfolders included: `$OEM$\\$$\\Setup\\Scripts\\SetupComplete.cmd` becomes `%WINDIR%\\Setup\\Scripts\\SetupComplete.cmd`.', source: distributionShares },
	{ folder: '$1', target: '%SystemDrive%', vista: true, doc: 'Copied to the root of the drive Windows is installed on: `$OEM$\\$1\\Tools\\x.cmd` becomes `C:\\Tools\\x.cmd` when Windows is on C:.', source: distributionShares },
	{ folder: '<drive>', target: '<drive>:', vista: true, doc: 'A folder named by one drive letter (`$OEM$\\D`) is copied to the root of that drive on the installed system.', source: distributionShares },
	{ folder: '$$\\Help', vista: false, doc: 'OEM help files of Windows XP; Vista and later do not use them.', source: distributionShares },
	{ folder: '$1\\Drivers', vista: false, doc: 'The Plug and Play driver folder of Windows XP (`OemPnPDriversPath`); Vista and later take drivers from the answer file\'s driver paths or an Out-of-Box Drivers folder.', source: distributionShares },
	{ folder: '$1\\Sysprep', vista: false, doc: 'The Sysprep folder of Windows XP; Vista and later carry Sysprep in %WINDIR%\\System32\\Sysprep.', source: distributionShares },
	{ folder: '$Docs', vista: false, doc: 'Windows XP copied it to Documents and Settings; Vista and later ignore it.', source: distributionShares },
	{ folder: '$Progs', vista: false, doc: 'Windows XP copied it to Program Files; Vista and later ignore it.', source: distributionShares },
	{ folder: 'Textmode', vista: false, doc: 'Mass-storage drivers for XP\'s text-mode Setup (with Txtsetup.oem); Vista and later have no text mode and load storage drivers from the answer file or Windows PE.', source: distributionShares },
];

/** Where an `$OEM$` tree is read from, by the tool that reads it. */
export interface OemLocation {
	/** The folders holding `$OEM$`, from a root, `/`-separated, `*` for any one folder name. */
	readonly parent: string;
	readonly reader: string;
	readonly doc: string;
	readonly source: string;
}

export const oemLocations: readonly OemLocation[] = [
	{
		parent: 'sources',
		reader: 'Windows Setup from installation media',
		doc: 'On media, the `$OEM$` folder sits in `sources\\`, beside install.wim; a `$OEM$` at the root of the media is not read. The answer file\'s `UseConfigurationSet` makes Setup use a configuration set, whose `$OEM$` Windows SIM prepares.',
		// Microsoft documents $OEM$ for distribution shares and configuration sets; the media place is observed behaviour.
		source: `${distributionShares}; microsoft-windows-setup-useconfigurationset (learn.microsoft.com); media placement: observed, as deployment guides describe it (MSFN unattended guides; NTLite and community ISO builders put it in sources\\$OEM$)`,
	},
	{ parent: 'Control/*', reader: 'Microsoft Deployment Toolkit (per task sequence)', doc: 'MDT looks for `$OEM$` in `Control\\<task sequence ID>`, then `Operating Systems\\<name>`, then `<platform>` (x86, x64), then the deployment share\'s root; it copies the first one it finds.', source: mdtOemFolders },
	{ parent: 'Operating Systems/*', reader: 'Microsoft Deployment Toolkit (per operating system)', doc: 'MDT\'s second place to look for `$OEM$`.', source: mdtOemFolders },
	{ parent: 'x86', reader: 'Microsoft Deployment Toolkit (per platform)', doc: 'MDT\'s third place to look for `$OEM$`, for 32-bit deployments.', source: mdtOemFolders },
	{ parent: 'x64', reader: 'Microsoft Deployment Toolkit (per platform)', doc: 'MDT\'s third place to look for `$OEM$`, for 64-bit deployments.', source: mdtOemFolders },
	{ parent: '', reader: 'a deployment share, configuration set or Microsoft Deployment Toolkit share root', doc: 'A `$OEM$` at the root of a distribution share or configuration set (Windows SIM), or of an MDT deployment share (MDT\'s last place to look).', source: `${distributionShares}; ${mdtOemFolders}` },
];

/**
 * Places of the installed system that a command can only find a script in when
 * the image, an `$OEM$` tree or a tool put it there. `prefix` is matched
 * case-insensitively at the start of the command's path after the variables
 * below are read; `oem` is the same place in an `$OEM$` tree.
 */
export interface CarriedLocation {
	readonly prefix: string;
	readonly oem: readonly string[];
	readonly doc: string;
	readonly source: string;
}

export const carriedLocations: readonly CarriedLocation[] = [
	{ prefix: '%WINDIR%\\Setup\\', oem: ['$$\\Setup\\', '$1\\Windows\\Setup\\', 'C\\Windows\\Setup\\'], doc: 'Windows Setup\'s own script folder; nothing in a fresh image puts scripts there.', source: `${customScriptPage}; ${distributionShares}` },
	{ prefix: '%WINDIR%\\Temp\\', oem: ['$$\\Temp\\', '$1\\Windows\\Temp\\', 'C\\Windows\\Temp\\'], doc: 'The system\'s temporary folder, empty in a fresh image.', source: distributionShares },
	{ prefix: '%SystemDrive%\\', oem: ['$1\\', 'C\\'], doc: 'A folder directly on the system drive that a fresh Windows does not have.', source: distributionShares },
];

/** Folders at the root of the system drive that Windows or installed programs make: a script there may come from anywhere. */
export const systemDriveFolders: readonly string[] = ['Windows', 'Program Files', 'Program Files (x86)', 'ProgramData', 'Users', 'Documents and Settings', '$WINDOWS.~BT', '$WINDOWS.~LS', 'Recovery', 'Sysprep'];

/** Environment variables answer-file commands write for the folders above, and what they stand for. */
export const locationVariables: readonly { readonly name: string; readonly means: string }[] = [
	{ name: '%WINDIR%', means: '%WINDIR%' },
	{ name: '%SystemRoot%', means: '%WINDIR%' },
	{ name: 'C:\\Windows', means: '%WINDIR%' },
	{ name: '%SystemDrive%\\Windows', means: '%WINDIR%' },
	{ name: '%SystemDrive%', means: '%SystemDrive%' },
	{ name: 'C:', means: '%SystemDrive%' },
];

/** Scripts deployment tools write on the target themselves, so no workspace tree has to hold them. */
export const toolWrittenScripts: readonly { readonly name: string; readonly tool: string; readonly source: string }[] = [
	{ name: 'LTIBootstrap.vbs', tool: 'Microsoft Deployment Toolkit (its Unattend.xml templates run it; LTIApply writes it to the system drive)', source: 'MDT Templates\\Unattend_x64.xml and LTIApply.wsf (Microsoft Deployment Toolkit 8456)' },
];

/** MDT deployment-share variables a command may start with, and the share folder each stands for. */
export const deploymentShareVariables: readonly { readonly name: string; readonly folder: string; readonly source: string }[] = [
	{ name: '%SCRIPTROOT%', folder: 'Scripts', source: 'MDT Toolkit Reference, ScriptRoot property' },
	{ name: '%DEPLOYROOT%', folder: '', source: 'MDT Toolkit Reference, DeployRoot property' },
];

/** A file the workspace shows that a deployment share is whole (its Scripts folder holds MDT's own scripts). */
export const deploymentShareMarker = 'Scripts/ZTIUtility.vbs';

/** Programs that run the script named after them (`cscript x.vbs`, `powershell -File x.ps1`), as `programName` gives them. */
export const scriptHostPrograms: readonly string[] = ['cscript', 'wscript', 'powershell', 'pwsh', 'mshta'];
