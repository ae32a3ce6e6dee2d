/**
 * Knowledge layer: the Winbom.ini table (Factory.exe answer file, `sysprep -factory`,
 * `factory -winpe` and Windows Welcome processing on Windows XP / Server 2003).
 *
 * Pure data: imports nothing but the shared types. Each entry (or its section)
 * carries `factory`, taken from the per-state processing tables of the reference:
 * which WinbomType states read it, whether the state runs once or on every boot,
 * and whether environment variables are expanded.
 *
 * Numbered entries: a `<N>` in an entry name stands for a decimal index written
 * without padding (`Size<N>` matches `Size1`, `Size12`; `Disk<N>` matches `Disk1`).
 * The doc of each such entry says where counting starts.
 */
import type {
	AnswerFileSpec,
	EntrySpec,
	EnumValue,
	FactoryProcessing,
	ValueDomain,
	WinbomType,
} from './types';
import { yesNo, oneOf, path, text } from './domains';

// ---------------------------------------------------------------------------
// Small builders (local, no imports): keep the table readable.
// ---------------------------------------------------------------------------



function fp(
	types: readonly WinbomType[],
	states: readonly string[],
	executes: 'once' | 'always',
	variables: boolean,
): FactoryProcessing {
	return { types, states, executes, variables };
}

const password: ValueDomain = { kind: 'password' };

const ALL: readonly WinbomType[] = ['WinPE', 'Factory', 'OOBE'];
const WINPE_FACTORY: readonly WinbomType[] = ['WinPE', 'Factory'];
const FACTORY_OOBE: readonly WinbomType[] = ['Factory', 'OOBE'];
const FACTORY: readonly WinbomType[] = ['Factory'];
const WINPE: readonly WinbomType[] = ['WinPE'];

// Factory processing shared by several entries -------------------------------

/** [Factory] is read as soon as a Winbom.ini is located, whatever the type. */
const FP_LOCATE = fp(ALL, ['Locating Winbom.ini'], 'always', false);
const FP_CREDENTIALS = fp(
	WINPE_FACTORY,
	['Installing applications', 'Launching [OEMRun] programs', 'Installing the Configuration Set'],
	'always',
	false,
);
const FP_COMPUTER_NAME = fp(FACTORY, ['Setting factory computer name'], 'once', false);
const FP_OPTIMIZE_SHELL = fp(FACTORY_OOBE, ['Optimizing Shell'], 'always', false);
const FP_RESEAL = fp(FACTORY, ['Launching Sysprep'], 'always', false);
/** Every boot under WinPE and Factory; once under OOBE, on the first start of Windows Welcome. */
const FP_DISPLAY: FactoryProcessing = { ...fp(ALL, ['Setting display resolution'], 'always', false), onceIn: ['OOBE'] };
const FP_EXTEND = fp(FACTORY_OOBE, ['Extending system drive'], 'once', false);
const FP_SOURCE_PATH = fp(FACTORY_OOBE, ['Setting source path'], 'once', true);
const FP_TEST_CERT = fp(FACTORY_OOBE, ['Installing test certificate'], 'once', false);
const FP_AUTOLOGON = fp(FACTORY, ['Preparing for automatic logon'], 'once', false);
const FP_FONTS = fp(FACTORY, ['Customizing shell font settings'], 'once', false);
const FP_POWER = fp(FACTORY_OOBE, ['Customizing power settings'], 'once', false);
const FP_COPY_DRIVERS = fp(FACTORY, ['Copying updated drivers'], 'once', true);
const FP_WAIT_PNP = fp(FACTORY, ['Waiting for Plug and Play to finish'], 'always', false);
const FP_UPDATE_DRIVERS = fp(FACTORY_OOBE, ['Updating installed drivers'], 'once', false);
const FP_SHELL = fp(FACTORY_OOBE, ['Customizing shell settings'], 'once', false);
const FP_SHELL_THEME_FILE = fp(FACTORY_OOBE, ['Customizing shell settings'], 'once', true);
const FP_SHELL_CLIENTS = fp(FACTORY, ['Recording OEM application preferences'], 'once', true);
const FP_CONFIG_SET = fp(WINPE, ['Installing the Configuration Set'], 'always', false);
const FP_PAGE_FILE = fp(WINPE, ['Creating Page File'], 'always', false);
const FP_FINISH_WINPE = fp(WINPE, ['Finishing Windows PE'], 'always', false);
const FP_NETWORK = fp(WINPE, ['Starting Networking'], 'always', false);
const FP_DISKS = fp(WINPE, ['Partitioning disks and formatting drives'], 'always', false);
/** Variables: expanded in Factory mode, not under Windows PE. */
const FP_RUNONCE = fp(WINPE_FACTORY, ['Installing applications'], 'always', true);
const FP_RUN = fp(WINPE_FACTORY, ['Launching [OEMRun] programs'], 'always', true);
const FP_UPDATE_SYSTEM = fp(WINPE_FACTORY, ['Processing INF settings'], 'always', false);
const FP_COMPONENTS = fp(FACTORY_OOBE, ['Configuring Optional Components'], 'once', false);
const FP_MFU = fp(FACTORY, ['Adding Start Menu frequently used links'], 'once', true);
const FP_BRANDING = fp(FACTORY, ['Applying OEM Start Menu branding'], 'once', true);
const FP_HOMENET = fp(FACTORY, ['Customizing home network settings'], 'once', false);
const FP_ACCOUNTS = fp(FACTORY, ['Adding user identities'], 'once', false);
/** The network adapter is set up when Factory mode starts networking. */
const FP_NETCARDS = fp(FACTORY, ['Starting Plug and Play'], 'always', false);
/** Factory.exe itself does not act on [UserDefined]; other programs read it. */
const FP_USER_DEFINED = fp(ALL, [], 'once', false);

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

const factoryEntries: readonly EntrySpec[] = [
	{
		name: 'WinbomType',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'Says which context this Winbom.ini is written for. Factory.exe skips a file whose type does not match the running context (for example a `WinPE` file found while Sysprep runs in Factory mode) and keeps searching the other locations.',
		domain: oneOf(
			{ value: 'WinPE', doc: 'Used by `factory -winpe` when preinstalling Windows from a configuration set under Windows PE.' },
			{ value: 'Factory', doc: 'Used by Factory.exe after `sysprep -factory` on the next start of the computer.' },
			{ value: 'OOBE', doc: 'Used at the start of Windows Welcome on Windows XP after `sysprep -reseal`; ignored when the first-run experience is Mini-Setup.' },
		),
		example: 'WinbomType = Factory',
		factory: FP_LOCATE,
	},
	{
		name: 'NewWinbom',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Points to another Winbom.ini that replaces this one. Factory.exe follows such links up to ten files deep and applies only the last file of the chain. Under Windows PE the network is not up yet when this is read, so the path must be local.',
		domain: path,
		example: 'NewWinbom = D:\\Factory\\Winbom.ini',
		expandsVariables: false,
		factory: FP_LOCATE,
	},
	{
		name: 'UserName',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Account used to reach network shares while installing applications, running `[OEMRun]` items and copying the configuration set. Other sections that have no credentials of their own fall back to this account.',
		domain: text,
		example: 'UserName = FACTORY\\Installer',
		factory: FP_CREDENTIALS,
	},
	{
		name: 'Password',
		source: '[Factory] (Winbom), technet cc755436 | [PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Password for the account named by `UserName`. It is stored in clear text, so restrict access to the file.',
		domain: password,
		secret: true,
		example: 'Password = "********"',
		factory: FP_CREDENTIALS,
	},
	{
		name: 'FactoryComputerName',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Computer name used only while the machine is in Factory mode. The end user\'s computer name still comes from Sysprep.inf during Mini-Setup or Windows Welcome.',
		domain: text,
		example: 'FactoryComputerName = LINE7-PC042',
		factory: FP_COMPUTER_NAME,
	},
	{
		name: 'RebootAfterComputerName',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Restarts the computer right after `FactoryComputerName` is applied, so that the new name is in effect before later states run.',
		domain: yesNo('Restart as soon as the factory computer name is set.', 'Continue without restarting.'),
		default: 'No',
		example: 'RebootAfterComputerName = Yes',
		factory: FP_COMPUTER_NAME,
	},
	{
		name: 'OptimizeShell',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Lets Factory.exe apply the Windows shell settings itself. With `Yes`, the shell settings are applied on every pass, even if that costs a restart.',
		domain: yesNo('Configure the shell settings on every start of the state.', 'Leave the shell settings alone.'),
		default: 'Yes',
		example: 'OptimizeShell = No',
		factory: FP_OPTIMIZE_SHELL,
	},
	{
		name: 'Reseal',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'What happens when Factory mode has finished its work: Factory.exe can run `sysprep -reseal` and then restart or shut down. Any switches in `ResealFlags` are added to that Sysprep command line.',
		domain: oneOf(
			{ value: 'No', doc: 'Do not run Sysprep; the computer stays in Factory mode.' },
			{ value: 'Reboot', doc: 'Reseal, then restart the computer.' },
			{ value: 'Shutdown', doc: 'Reseal, then shut the computer down.' },
			{ value: 'ForceShutdown', doc: 'Reseal, then shut down even on hardware where a normal shutdown would leave the power on.' },
		),
		default: 'No',
		example: 'Reseal = Shutdown',
		factory: FP_RESEAL,
	},
	{
		name: 'ResealFlags',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Extra Sysprep switches appended to the command that `Reseal` runs, such as `-quiet` or `-nosidgen`. Write them exactly as on the Sysprep command line.',
		domain: text,
		example: 'ResealFlags = -quiet -activated',
		factory: FP_RESEAL,
	},
	{
		name: 'ResealMode',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Which first-run experience the resealed computer starts into. On Windows XP Home and Professional the default is Windows Welcome (`OOBE`); on 64-bit Windows XP and the Server 2003 family it is Mini-Setup, and Sysprep shows its window by default.',
		domain: oneOf(
			{ value: 'OOBE', doc: 'Start Windows Welcome on the next boot (Windows XP only).' },
			{ value: 'Mini', doc: 'Start Mini-Setup on the next boot.', aliases: ['MiniSetup'] },
			{ value: 'Factory', doc: 'Return to Factory mode on the next boot.' },
			{ value: 'Audit', doc: 'Restart into audit mode without running a first-run experience.' },
		),
		default: 'OOBE',
		example: 'ResealMode = Mini',
		factory: FP_RESEAL,
	},
	{
		name: 'AutoDetectNetwork',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'When a network adapter listed in `[NetCards]` cannot be matched, lets Factory.exe scan the available driver INF files for one that fits the installed adapter.',
		domain: yesNo('Scan for a matching network driver on error.', 'Report the error and do not scan.'),
		example: 'AutoDetectNetwork = Yes',
		factory: FP_LOCATE,
	},
	{
		name: 'DoDeviceIDScanOnError',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Controls what Sysprep in Factory mode does when it hits an error while processing the devices listed in `[NetCards]`: log the failure, or fall back to a scan of all network device IDs.',
		domain: yesNo('Suppress the error and scan all network device IDs.', 'Log the failure.'),
		example: 'DoDeviceIDScanOnError = Yes',
		factory: FP_LOCATE,
	},
	{
		name: 'Logging',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Turns Factory.exe\'s log on or off. The log goes to the file named by `LogFile`.',
		domain: yesNo('Write the log.', 'Do not write a log.'),
		default: 'Yes',
		example: 'Logging = Yes',
		factory: FP_LOCATE,
	},
	{
		name: 'LogFile',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Path and name of the Factory.exe log when the default location is not wanted. A folder on removable or network media keeps the log after the image is resealed.',
		domain: path,
		example: 'LogFile = %SYSTEMDRIVE%\\Factory.log',
		expandsVariables: true,
		factory: FP_LOCATE,
	},
	{
		name: 'LogLevel',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'How much detail goes into the log named by `LogFile`; higher numbers record more message types.',
		domain: { kind: 'integer', min: 0 },
		example: 'LogLevel = 2',
		factory: FP_LOCATE,
	},
	{
		name: 'LogPerf',
		source: '[Factory] (Winbom), technet cc755436',
		doc: 'Adds the time each state took to the Factory.exe log, which helps find slow steps on the production line.',
		domain: yesNo('Record how long each state ran.', 'Do not record timings.'),
		default: 'No',
		example: 'LogPerf = Yes',
		factory: FP_LOCATE,
	},
];

const computerSettingsEntries: readonly EntrySpec[] = [
	{
		name: 'AuditAdminAutoLogon',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'With Yes, every start in audit (Factory) mode signs in by itself as the built-in Administrator. Windows XP Home Edition has no usable Administrator logon there, so it signs in with its owner account.',
		domain: yesNo('Log on automatically as Administrator on each audit start.', 'Do not log on automatically.'),
		default: 'No',
		example: 'AuditAdminAutoLogon = Yes',
		factory: FP_AUTOLOGON,
	},
	{
		name: 'AutoLogon',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Makes the computer log on once with the Administrator account the first time it starts after it is delivered to the user.',
		domain: yesNo('Log on as Administrator on the first start after delivery.', 'Show the normal logon.'),
		example: 'AutoLogon = Yes',
		factory: FP_AUTOLOGON,
	},
	{
		name: 'DisplayResolution',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Screen mode for the installed video adapter, written as width x height x colour depth. Factory.exe never sets less than 800x600 at 16 bits; Sysprep.inf `[Display]` settings win over this entry after delivery.',
		domain: { kind: 'text', pattern: '^\\d+x\\d+x\\d+$', patternHint: 'width x height x bits per pixel, e.g. 1024x768x32' },
		default: '800x600x16',
		example: 'DisplayResolution = 1024x768x32',
		factory: FP_DISPLAY,
	},
	{
		name: 'DisplayRefresh',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Vertical refresh rate in hertz to use with `DisplayResolution`. Pick a rate the monitor and adapter both support.',
		domain: { kind: 'integer', min: 1 },
		example: 'DisplayRefresh = 75',
		factory: FP_DISPLAY,
	},
	{
		name: 'ExtendPartition',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Grows the Windows partition into unpartitioned space that follows it on the same disk. Only NTFS partitions can be extended.',
		domain: { kind: 'integer', min: 0 },
		default: '0',
		example: 'ExtendPartition = 1',
		factory: FP_EXTEND,
	},
	{
		name: 'FontSmoothing',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Chooses how screen fonts are smoothed for new users, including ClearType for flat panels.',
		domain: oneOf(
			{ value: 'Standard', doc: 'Use standard anti-aliasing.' },
			{ value: 'ClearType', doc: 'Use ClearType sub-pixel smoothing, meant for LCD screens.' },
			{ value: 'On', doc: 'Turn font smoothing on.' },
			{ value: 'Off', doc: 'Turn font smoothing off.' },
		),
		example: 'FontSmoothing = ClearType',
		factory: FP_FONTS,
	},
	{
		name: 'Hibernation',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Turns the hibernation option in Power Options on or off. Enabling it reserves a hidden file as large as the installed memory.',
		domain: yesNo('Enable hibernation.', 'Disable hibernation.'),
		example: 'Hibernation = No',
		factory: FP_POWER,
	},
	{
		name: 'PowerScheme',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Selects one of the built-in power schemes of Power Options.',
		domain: oneOf(
			{ value: 'Desktop', doc: 'Home/Office Desk scheme.' },
			{ value: 'Laptop', doc: 'Portable/Laptop scheme.' },
			{ value: 'Presentation', doc: 'Keeps the display on for presentations.' },
			{ value: 'AlwaysOn', doc: 'Never turns the computer or display off.', aliases: ['Always On'] },
			{ value: 'Minimal', doc: 'Minimal power management.' },
			{ value: 'MaxBattery', doc: 'Saves as much battery as possible.', aliases: ['Max Battery'] },
		),
		example: 'PowerScheme = Laptop',
		factory: FP_POWER,
	},
	{
		name: 'SourcePath',
		source: '[ComputerSettings] (Winbom), technet cc772948 | [section_name] (Winbom), technet cc772928',
		doc: 'Folder that holds the I386 folder of the Windows source files, recorded as the source path. If the files sit at the drive root and this folder does not exist yet, Factory.exe moves them there.',
		domain: path,
		example: 'SourcePath = %SYSTEMDRIVE%\\Windows\\Source',
		expandsVariables: true,
		factory: FP_SOURCE_PATH,
	},
	{
		name: 'TestCert',
		source: '[ComputerSettings] (Winbom), technet cc772948',
		doc: 'Path and file name of a test certificate that Factory.exe adds to the local certificate store, for example to install test-signed drivers on the line.',
		domain: path,
		example: 'TestCert = C:\\Factory\\testroot.cer',
		factory: FP_TEST_CERT,
	},
];

const pnpDriverUpdateEntries: readonly EntrySpec[] = [
	{
		name: 'DevicePath',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890',
		doc: 'One or more local folders, separated by semicolons, appended to the registry device path together with the folders of `[PnPDrivers]`. Plug and Play searches them for updated drivers.',
		domain: { kind: 'path', list: true },
		example: 'DevicePath = %SYSTEMROOT%\\Drivers\\Video;%SYSTEMROOT%\\Drivers\\Net',
		expandsVariables: true,
		factory: FP_COPY_DRIVERS,
	},
	{
		name: 'TargetRoot',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890',
		doc: 'Folder on the destination computer that receives the driver folders copied by `[PnPDrivers]`.',
		domain: path,
		default: '%SYSTEMROOT%\\drivers',
		example: 'TargetRoot = %SYSTEMDRIVE%\\Drivers',
		expandsVariables: true,
		factory: FP_COPY_DRIVERS,
	},
	{
		name: 'UserName',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Account used to connect to the shared folder that holds the drivers. When it is absent, the `[Factory]` credentials are used.',
		domain: text,
		example: 'UserName = DriverCopy',
		factory: FP_COPY_DRIVERS,
	},
	{
		name: 'Password',
		source: '[Factory] (Winbom), technet cc755436 | [PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Password for the driver-share account named by `UserName` in this section.',
		domain: password,
		secret: true,
		example: 'Password = "********"',
		factory: FP_COPY_DRIVERS,
	},
	{
		name: 'Domain',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Domain of the account named by `UserName` in this section.',
		domain: text,
		example: 'Domain = FACTORY',
		factory: FP_COPY_DRIVERS,
	},
	{
		name: 'WaitForPnP',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'Makes Factory.exe wait until Plug and Play has finished installing devices before it continues with the following states.',
		domain: yesNo('Wait for Plug and Play to finish.', 'Continue without waiting.'),
		default: 'Yes',
		example: 'WaitForPnP = Yes',
		factory: FP_WAIT_PNP,
	},
	{
		name: 'UpdateInstalledDrivers',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890',
		doc: 'After the drivers are copied, asks Plug and Play to enumerate the installed devices again and pick up better drivers from the driver path. The default is `Yes` when Windows Welcome is the first-run experience and `No` with Mini-Setup.',
		domain: yesNo('Re-enumerate devices and install updated drivers.', 'Keep the drivers already installed.'),
		blank: 'default',
		example: 'UpdateInstalledDrivers = Yes',
		factory: FP_UPDATE_DRIVERS,
	},
];

const appSectionEntries: readonly EntrySpec[] = [
	{
		name: 'InstallType',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'How the application is preinstalled. Staging only copies files; attach runs the setup of staged files; detach removes them; standard runs an ordinary setup straight from the source.',
		domain: oneOf(
			{ value: 'Stage', doc: 'Copy the files from `SourcePath` to `StagePath` without installing.' },
			{ value: 'Attach', doc: 'Run `SetupFile` from the staged files in `StagePath`.' },
			{ value: 'Detach', doc: 'Remove a staged application, optionally deleting `StagePath`.' },
			{ value: 'Standard', doc: 'Run the setup program directly from `SourcePath`.' },
		),
		example: 'InstallType = Standard',
		factory: FP_RUNONCE,
	},
	{
		name: 'SourcePath',
		source: '[ComputerSettings] (Winbom), technet cc772948 | [section_name] (Winbom), technet cc772928',
		doc: 'Location of the files to stage, of the setup program, or of the INF file to process. Network paths use the `[Factory]` credentials.',
		domain: path,
		example: 'SourcePath = \\\\server\\apps\\Viewer',
		expandsVariables: true,
		factory: FP_RUNONCE,
	},
	{
		name: 'StagePath',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Folder that receives staged files, or that holds the files to remove when detaching.',
		domain: path,
		example: 'StagePath = %SYSTEMDRIVE%\\Staged\\Viewer',
		expandsVariables: true,
		factory: FP_RUNONCE,
	},
	{
		name: 'RemoveStagePath',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Deletes the folder named by `StagePath` once the application has been handled.',
		domain: yesNo('Delete the staging folder afterwards.', 'Keep the staging folder.'),
		example: 'RemoveStagePath = Yes',
		factory: FP_RUNONCE,
	},
	{
		name: 'SetupFile',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Setup or uninstall program (or .msi / .inf file) to run, found in the folder given by `StagePath` or `SourcePath`.',
		domain: text,
		example: 'SetupFile = setup.exe',
		factory: FP_RUNONCE,
	},
	{
		name: 'CmdLine',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Parameters appended to the command that runs `SetupFile` when `InstallType` is `Attach` or `Standard`, typically the switches for a silent install.',
		domain: text,
		example: 'CmdLine = /q /norestart',
		factory: FP_RUNONCE,
	},
	{
		name: 'SectionName',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Install section of the INF file to process when the `[OEMRunOnce]` line marks the application as `INF`.',
		domain: text,
		example: 'SectionName = DefaultInstall',
		factory: FP_RUNONCE,
	},
	{
		name: 'Reboot',
		source: '[section_name] (Winbom), technet cc772928',
		doc: 'Restarts the computer after this application is processed; Factory.exe resumes with the next `[OEMRunOnce]` line after the restart.',
		domain: yesNo('Restart after this application.', 'Continue without restarting.'),
		example: 'Reboot = Yes',
		factory: FP_RUNONCE,
	},
];

const winpeEntries: readonly EntrySpec[] = [
	{
		name: 'ConfigSet',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Name of the configuration set (the OPK folder tree holding answer files, $OEM$ content and customizations) to install. Only read by `factory -winpe`.',
		domain: text,
		example: 'ConfigSet = Desktop2003',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'Lang',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Language of the Windows source to install, matching the language folder under `SourceRoot`.',
		domain: text,
		example: 'Lang = ENG',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'SKU',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Product version to install, matching the product folder under the language folder of `SourceRoot` (for example Professional or Home Edition).',
		domain: text,
		example: 'SKU = PRO',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'SourceRoot',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Network share, written as a UNC path (`\\\\server\\share`), at whose top the configuration sets and the Windows installation files are kept.',
		domain: path,
		example: 'SourceRoot = \\\\opkserver\\opktools',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'Quiet',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Suppresses the message boxes that `factory -winpe` would otherwise show, for fully unattended preinstallation.',
		domain: yesNo('Show no message boxes.', 'Show message boxes.'),
		default: 'No',
		example: 'Quiet = Yes',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'Username',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Account used to connect to `SourceRoot`. Without it, the `[Factory]` credentials are tried.',
		domain: text,
		example: 'Username = opkuser',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'Password',
		source: '[Factory] (Winbom), technet cc755436 | [PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Password for the `SourceRoot` account named by `Username`.',
		domain: password,
		secret: true,
		example: 'Password = "********"',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'Domain',
		source: '[PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104',
		doc: 'Domain of the account named by `Username` in this section.',
		domain: text,
		example: 'Domain = FACTORY',
		factory: FP_CONFIG_SET,
	},
	{
		name: 'PageFileSize',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'Size in megabytes of a page file created for Windows PE. Machines with less than 64 MB of memory get a 64 MB page file by default; larger machines get none unless this entry asks for one.',
		domain: { kind: 'integer', min: 0 },
		blank: 'default',
		example: 'PageFileSize = 128',
		factory: FP_PAGE_FILE,
	},
	{
		name: 'Restart',
		source: '[WinPE] (Winbom), technet cc756104',
		doc: 'What `factory -winpe` does when it has finished.',
		domain: oneOf(
			{ value: 'Prompt', doc: 'Ask the operator what to do.' },
			{ value: 'Reboot', doc: 'Restart the computer.' },
			{ value: 'Shutdown', doc: 'Shut the computer down.' },
			{ value: 'Poweroff', doc: 'Shut down and turn the power off.' },
			{ value: 'Image', doc: 'Stop so that a disk image can be taken.' },
			{ value: 'None', doc: 'Return to the Windows PE prompt without restarting.' },
			{ value: 'Quit', doc: 'Exit Factory.exe and leave Windows PE running.' },
		),
		default: 'Prompt',
		example: 'Restart = Reboot',
		factory: FP_FINISH_WINPE,
	},
];

const winpeNetEntries: readonly EntrySpec[] = [
	{
		name: 'Startnet',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'Starts networking in Windows PE. With `No`, the other entries of this section are ignored.',
		domain: yesNo('Start networking services.', 'Do not start networking.'),
		default: 'Yes',
		example: 'Startnet = Yes',
		factory: FP_NETWORK,
	},
	{
		name: 'IPConfig',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'How Windows PE gets its IP address: `DHCP` or a static dotted address. With `DHCP`, `SubnetMask` and `Gateway` are ignored.',
		domain: {
			kind: 'text',
			pattern: '^(?:[Dd][Hh][Cc][Pp]|\\d{1,3}(?:\\.\\d{1,3}){3})$',
			patternHint: 'DHCP or an IPv4 address such as 172.16.0.144',
		},
		default: 'DHCP',
		example: 'IPConfig = 172.16.0.144',
		factory: FP_NETWORK,
	},
	{
		name: 'SubnetMask',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'Subnet mask that goes with a static `IPConfig` address.',
		domain: { kind: 'ipAddress' },
		example: 'SubnetMask = 255.255.0.0',
		factory: FP_NETWORK,
	},
	{
		name: 'Gateway',
		source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
		doc: 'Default gateway for a static `IPConfig` address; it becomes the default route.',
		domain: { kind: 'ipAddress' },
		example: 'Gateway = 172.16.0.1',
		factory: FP_NETWORK,
	},
];

const diskConfigTemplate = '<description>.config';

const diskDescriptionEntries: readonly EntrySpec[] = [
	{
		name: 'WipeDisk',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Deletes every partition on the physical disk before the partitions of this section are created. The default is `No` on 32-bit Windows and `Yes` on 64-bit Windows.',
		domain: yesNo('Remove all existing partitions first.', 'Keep existing partitions.'),
		blank: 'default',
		example: 'WipeDisk = Yes',
		factory: FP_DISKS,
	},
	{
		name: 'ForceFormat',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Formats without asking first, even when the partition already has the requested file system.',
		domain: yesNo('Format without prompting.', 'Prompt before formatting.'),
		default: 'No',
		example: 'ForceFormat = Yes',
		factory: FP_DISKS,
	},
	{
		name: 'Size<N>',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Size in megabytes of partition N (N counts from 1). `*` uses the remaining space; the partitioning tool rounds sizes for alignment and later conversion to a dynamic disk.',
		domain: { kind: 'integer', min: 1, allowStar: true },
		example: 'Size1 = 30000',
		factory: FP_DISKS,
	},
	{
		name: 'FileSystem<N>',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'File system used to format partition N (N counts from 1).',
		domain: oneOf({ value: 'NTFS', doc: 'Format with NTFS.' }, { value: 'FAT32', doc: 'Format with FAT32.' }),
		default: 'NTFS',
		example: 'FileSystem1 = NTFS',
		factory: FP_DISKS,
	},
	{
		name: 'PartitionType<N>',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Kind of partition N (N counts from 1). Logical drives need an extended partition before them.',
		domain: oneOf(
			{ value: 'Primary', doc: 'A primary partition.' },
			{ value: 'Extended', doc: 'An extended partition that holds logical drives.' },
			{ value: 'Logical', doc: 'A logical drive inside the extended partition.' },
		),
		default: 'Primary',
		example: 'PartitionType2 = Extended',
		factory: FP_DISKS,
	},
	{
		name: 'QuickFormat<N>',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Uses a quick format (no surface scan) for partition N (N counts from 1).',
		domain: yesNo('Quick format.', 'Full format.'),
		default: 'Yes',
		example: 'QuickFormat1 = No',
		factory: FP_DISKS,
	},
	{
		name: 'SetActive<N>',
		source: '[description.config] (Winbom), technet cc755481',
		doc: 'Marks partition N (N counts from 1) as the active partition the computer starts from.',
		domain: yesNo('Make this partition active.', 'Leave it inactive.'),
		default: 'No',
		example: 'SetActive1 = Yes',
		factory: FP_DISKS,
	},
];

const shellEntries: readonly EntrySpec[] = [
	{
		name: 'MSNExplorer',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Shows MSN Explorer as the Internet entry of the Start menu instead of the default browser.',
		domain: yesNo('Use MSN Explorer on the Start menu.', 'Keep the default browser.'),
		example: 'MSNExplorer = No',
		factory: FP_SHELL,
	},
	{
		name: 'DefaultStartPanelOff',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Gives new user accounts the classic Start menu instead of the Windows XP Start panel. Accounts that already exist, such as the administrator or the Home Edition owner, keep their look.',
		domain: yesNo('New users get the classic Start menu.', 'New users get the Windows XP Start panel.'),
		example: 'DefaultStartPanelOff = Yes',
		factory: FP_SHELL,
	},
	{
		name: 'DefaultThemesOff',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Gives new user accounts the Windows Classic look instead of the Windows XP visual style. Accounts that already exist, such as the administrator or the Home Edition owner, keep their look.',
		domain: yesNo('New users get the classic visual style.', 'New users get the Windows XP theme.'),
		example: 'DefaultThemesOff = Yes',
		factory: FP_SHELL,
	},
	{
		name: 'CustomDefaultThemeFile',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Path of a .theme file applied to new user accounts. Environment variables in the path are expanded.',
		domain: path,
		example: 'CustomDefaultThemeFile = "%WINDIR%\\Resources\\Themes\\Fabrikam.theme"',
		expandsVariables: true,
		factory: FP_SHELL_THEME_FILE,
	},
	{
		name: 'DoDesktopCleanup',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Lets the Desktop Cleanup Wizard run for users, offering to move unused desktop shortcuts into a folder.',
		domain: yesNo('Run the Desktop Cleanup Wizard.', 'Do not run it.'),
		example: 'DoDesktopCleanup = No',
		factory: FP_SHELL,
	},
	{
		name: 'DefaultClientStartMenuInternet',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Registered name of the web browser shown at the top of the Start menu, as listed under the StartMenuInternet clients key.',
		domain: text,
		example: 'DefaultClientStartMenuInternet = IEXPLORE.EXE',
		expandsVariables: true,
		factory: FP_SHELL_CLIENTS,
	},
	{
		name: 'DefaultClientMail',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Registered name of the default e-mail program.',
		domain: text,
		example: 'DefaultClientMail = "Outlook Express"',
		expandsVariables: true,
		factory: FP_SHELL_CLIENTS,
	},
	{
		name: 'DefaultClientMedia',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Registered name of the default media player.',
		domain: text,
		example: 'DefaultClientMedia = "Windows Media Player"',
		expandsVariables: true,
		factory: FP_SHELL_CLIENTS,
	},
	{
		name: 'DefaultClientIM',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Registered name of the default instant-messaging program.',
		domain: text,
		example: 'DefaultClientIM = "Windows Messenger"',
		expandsVariables: true,
		factory: FP_SHELL_CLIENTS,
	},
	{
		name: 'DefaultClientJavaVM',
		source: '[Shell] (Winbom), technet cc756016',
		doc: 'Registered name of the default Java virtual machine.',
		domain: text,
		example: 'DefaultClientJavaVM = "Microsoft VM"',
		expandsVariables: true,
		factory: FP_SHELL_CLIENTS,
	},
];

const oemLinkEntries: readonly EntrySpec[] = [
	{
		name: 'OEMBrandIcon',
		source: '[OEMLink] (Winbom), technet cc756117',
		doc: 'Icon (.ico) shown for the OEM link on the Start menu. Quote long file names.',
		domain: path,
		example: 'OEMBrandIcon = %SYSTEMROOT%\\System32\\Fabrikam.ico',
		expandsVariables: true,
	},
	{
		name: 'OEMBrandLink',
		source: '[OEMLink] (Winbom), technet cc756117',
		doc: 'The .htm page or .exe program the OEM link opens, such as a product tour. Quote long file names.',
		domain: path,
		example: 'OEMBrandLink = %SYSTEMROOT%\\System32\\Tour.htm',
		expandsVariables: true,
	},
	{
		name: 'OEMBrandLinkText',
		source: '[OEMLink] (Winbom), technet cc756117',
		doc: 'Caption shown for the OEM link on the Start menu.',
		domain: text,
		example: 'OEMBrandLinkText = "Fabrikam Tour"',
		expandsVariables: true,
	},
	{
		name: 'OEMBrandLinkInfoTip',
		source: '[OEMLink] (Winbom), technet cc756117',
		doc: 'Tooltip shown when the pointer rests on the OEM link.',
		domain: text,
		example: 'OEMBrandLinkInfoTip = "Learn more about your new Fabrikam PC."',
		expandsVariables: true,
	},
];

const componentDomain: ValueDomain = oneOf(
	{ value: 'On', doc: 'Install the component.' },
	{ value: 'Off', doc: 'Do not install the component (remove it if present).' },
);

export const winbomIni = {
	kind: 'winbom',
	title: 'Winbom.ini',
	sections: [
		{
			name: 'Factory',
			source: '[Factory] (Winbom), technet cc755436',
			doc: 'Controls Factory.exe itself: which context the file is for, chaining to another Winbom.ini, logging, credentials and what happens when Factory mode ends. Without this section the whole file is ignored.',
			shape: 'entries',
			entries: factoryEntries,
			factory: FP_LOCATE,
			snippet: '[Factory]\nWinbomType = ${1|Factory,WinPE,OOBE|}\nReseal = ${2|No,Reboot,Shutdown,ForceShutdown|}\n',
			example: '[Factory]\nWinbomType = Factory\nReseal = Shutdown\nResealMode = Mini',
		},
		{
			name: 'ComputerSettings',
			source: '[ComputerSettings] (Winbom), technet cc772948',
			doc: 'Computer-wide settings applied in Factory mode or at Windows Welcome: display mode, partition extension, source path, test certificate, power and font options, and automatic logon.',
			shape: 'entries',
			entries: computerSettingsEntries,
			example: '[ComputerSettings]\nDisplayResolution = 1024x768x32\nExtendPartition = 1',
		},
		{
			name: 'PnPDriverUpdate',
			source: '[PnPDriverUpdate] (Winbom), technet cc772890',
			doc: 'Where updated drivers come from and how they are installed: optional credentials for a driver share, the target folder, and whether Plug and Play re-enumerates. The drivers are copied while the system is still in system context, before device detection.',
			shape: 'entries',
			entries: pnpDriverUpdateEntries,
			example: '[PnPDriverUpdate]\nTargetRoot = %SYSTEMROOT%\\drivers\nWaitForPnP = Yes',
		},
		{
			name: 'PnPDrivers',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Driver folders to copy onto the computer, one per line as `target = source`. Each target folder is created under `TargetRoot` of `[PnPDriverUpdate]` and added to the device path.',
			shape: 'open',
			entries: [],
			keyDoc: 'a destination folder, relative to `[PnPDriverUpdate] TargetRoot`',
			lineDomain: path,
			factory: FP_COPY_DRIVERS,
			example: '[PnPDrivers]\nVideo\\Fabrikam = \\\\server\\drivers\\video',
		},
		{
			name: 'OEMRunOnce',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Programs, scripts and application preinstalls that run one after another in Factory mode. Each line is `"text", "command"`, or `"text", section_name, APP|INF|MSI` to use a per-application section; these run before `[OEMRun]`.',
			shape: 'values',
			entries: [],
			lineDomain: { kind: 'command' },
			factory: FP_RUNONCE,
			example: '[OEMRunOnce]\n"Map share", "net use R: \\\\server\\share"\n"Viewer", "Viewer.Install", MSI',
		},
		{
			name: 'OEMRun',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Programs and scripts launched at the end of Factory processing, after `[OEMRunOnce]`, each line being `"text", "command"`. Network access uses the `[Factory]` credentials.',
			shape: 'values',
			entries: [],
			lineDomain: { kind: 'command' },
			factory: FP_RUN,
			example: '[OEMRun]\n"Burn-in test", "C:\\Tests\\burnin.exe /quick"',
		},
		{
			name: '<application>',
			source: '[section_name] (Winbom), technet cc772928',
			doc: 'Per-application preinstall section named in an `[OEMRunOnce]` line (`"text", section_name, MSI`). Its entries say how to stage, install or remove the application; it is read only through `[OEMRunOnce]`.',
			shape: 'entries',
			entries: appSectionEntries,
			template: '<application>',
			factory: FP_RUNONCE,
			example: '[Viewer.Install]\nInstallType = Standard\nSourcePath = \\\\server\\apps\\Viewer\nSetupFile = viewer.msi\nCmdLine = /qn',
		},
		{
			name: 'UpdateSystem',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Changes to the registry, files and INI files, written as the directives of an INF install section (`AddReg`, `DelReg`, `UpdateInis`, ...); each directive names another section of this file that holds its lines. Factory.exe applies it on every pass.',
			shape: 'values',
			entries: [],
			lineDomain: { kind: 'any' },
			factory: FP_UPDATE_SYSTEM,
			example: '[UpdateSystem]\nUpdateInis = Fabrikam.Ini\n\n[Fabrikam.Ini]\n%WINDIR%\\fabrikam.ini, Settings, , "Line=7"',
		},
		{
			name: 'WinPE',
			source: '[WinPE] (Winbom), technet cc756104',
			doc: 'Identifies the configuration set and Windows version that `factory -winpe` installs, the source share and its credentials, a page file, and what to do at the end. Ignored unless Factory.exe runs with `-winpe`.',
			shape: 'entries',
			entries: winpeEntries,
			example: '[WinPE]\nConfigSet = Desktop2003\nLang = ENG\nSKU = PRO\nSourceRoot = \\\\opkserver\\opktools\nRestart = Reboot',
		},
		{
			name: 'WinPE.Net',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Network settings Windows PE uses to reach the source share. Ignored unless Factory.exe runs with `-winpe`.',
			shape: 'entries',
			entries: winpeNetEntries,
			example: '[WinPE.Net]\nStartnet = Yes\nIPConfig = DHCP',
		},
		{
			name: 'DiskConfig',
			source: '[DiskConfig] (Winbom), OPK ref.chm w_diskconfig text',
			doc: 'Partitions and formats physical disks under Windows PE (through DiskPart). Each `Disk<N>` entry names the section that describes disk N; disks are MBR on 32-bit systems and GPT on 64-bit systems.',
			shape: 'entries',
			entries: [
				{
					name: 'Disk<N>',
					source: '[DiskConfig] (Winbom), OPK ref.chm w_diskconfig text',
					doc: 'Names the `[description.config]` section that lays out physical disk N (N counts from 1).',
					domain: { kind: 'sectionRef', template: diskConfigTemplate },
					example: 'Disk1 = First.config',
					factory: FP_DISKS,
				},
			],
			factory: FP_DISKS,
			example: '[DiskConfig]\nDisk1 = First.config',
		},
		{
			name: diskConfigTemplate,
			source: '[description.config] (Winbom), technet cc755481',
			doc: 'Partition layout of one physical disk, named by a `Disk<N>` entry of `[DiskConfig]`. Numbered entries describe partition N in order.',
			shape: 'entries',
			entries: diskDescriptionEntries,
			template: diskConfigTemplate,
			factory: FP_DISKS,
			example: '[First.config]\nSize1 = 30000\nFileSystem1 = NTFS\nSetActive1 = Yes\nSize2 = *\nPartitionType2 = Extended',
		},
		{
			name: 'Shell',
			source: '[Shell] (Winbom), technet cc756016',
			doc: 'Look of the user interface for new accounts and the default clients (browser, mail, media player, messenger, Java VM) shown on the Start menu.',
			shape: 'entries',
			entries: shellEntries,
			example: '[Shell]\nDefaultThemesOff = Yes\nDefaultStartPanelOff = Yes',
		},
		{
			name: 'UserAccounts',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Names of local user accounts to create, one per line; each name has its own `[name.account]` section. All accounts created this way are administrators, and the section is ignored on the Server 2003 family.',
			shape: 'values',
			entries: [],
			lineDomain: { kind: 'text', maxLength: 20, pattern: '^[^"/\\\\\\[\\]:;|=,+*?<>]+$', patternHint: 'a user name without "/\\[]:;|=,+*?<>' },
			targets: ['xp'],
			factory: FP_ACCOUNTS,
			example: '[UserAccounts]\nJohnArthur',
		},
		{
			name: '<name>.account',
			source: '[UserAccounts] (Winbom), technet cc756177',
			doc: 'Settings of one account listed in `[UserAccounts]`; the section name is the account name followed by `.account`.',
			shape: 'entries',
			entries: [
				{ name: 'Alias', source: '[UserAccounts] (Winbom), technet cc756177', doc: 'Friendly name shown on the Welcome (logon) screen.', domain: text, example: 'Alias = "John"', factory: FP_ACCOUNTS },
				{ name: 'Description', source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)', doc: 'Description stored with the account.', domain: text, example: 'Description = "Family account"', factory: FP_ACCOUNTS },
				{ name: 'Passport', source: '[UserAccounts] (Winbom), technet cc756177', doc: '.NET Passport account to associate with the user account.', domain: text, example: 'Passport = john@example.com', factory: FP_ACCOUNTS },
				{ name: 'Password', source: '[Factory] (Winbom), technet cc755436 | [PnPDriverUpdate] (Winbom), technet cc772890 | [WinPE] (Winbom), technet cc756104', doc: 'Password of the new account. It is stored in clear text in the file.', domain: password, secret: true, example: 'Password = "********"', factory: FP_ACCOUNTS },
			],
			template: '<name>.account',
			targets: ['xp'],
			factory: FP_ACCOUNTS,
			example: '[JohnArthur.account]\nAlias = John',
		},
		{
			name: 'OEMLink',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Adds an OEM link with its own icon and text to the Start menu, opening a page or program such as a tour. Once created the link cannot be removed except by reinstalling, though later passes may change its properties.',
			shape: 'entries',
			entries: oemLinkEntries,
			factory: FP_BRANDING,
			example: '[OEMLink]\nOEMBrandLinkText = "Fabrikam Tour"\nOEMBrandLink = %SYSTEMROOT%\\System32\\Tour.htm',
		},
		{
			name: 'StartMenuMFUList',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Shortcuts to seed the most-frequently-used program list of the Windows XP Start menu, each `Link<N> = "full path of a .lnk file"`. The shortcuts should live in the All Users desktop or Programs folders.',
			shape: 'open',
			entries: [],
			keyDoc: '`Link0`, `Link1`, ... (N counts from 0)',
			lineDomain: path,
			factory: FP_MFU,
			example: '[StartMenuMFUList]\nLink0 = "%ALLUSERSPROFILE%\\Start Menu\\Programs\\Accessories\\WordPad.lnk"',
		},
		{
			name: 'SetupHomenet',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'When present, Factory.exe runs the Home Networking setup, for example to turn on the firewall for a computer that ships with a configured Internet connection.',
			shape: 'entries',
			entries: [
				{
					name: 'EnableFirewall',
					source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
					doc: 'Turns on Internet Connection Firewall for the preconfigured Internet connection.',
					domain: yesNo('Enable the firewall on the Internet connection.', 'Leave the firewall off.'),
					example: 'EnableFirewall = Yes',
					factory: FP_HOMENET,
				},
			],
			factory: FP_HOMENET,
			example: '[SetupHomenet]\nEnableFirewall = Yes',
		},
		{
			name: 'NetCards',
			source: '[NetCards] (Winbom), technet cc772648',
			doc: 'Network adapters to set up when Factory mode needs the network; each gets TCP/IP with the Microsoft and NetWare redirectors. Each line is keyed by the adapter\'s own Plug and Play ID (the reference\'s syntax line shows that key as the placeholder `NICPnPID`), and its value says where the driver\'s .inf file is. With no lines, Factory.exe looks through all INF files for a driver that fits.',
			shape: 'open',
			entries: [],
			keyDoc: 'the Plug and Play ID of a network adapter, such as `PCI\\VEN_8086&DEV_1229`',
			keyPattern: '^[^\\s=;"]+$',
			lineDomain: path,
			factory: FP_NETCARDS,
			example: '[NetCards]\nPCI\\VEN_8086&DEV_1229 = C:\\Drivers\\Net\\e100b.inf',
		},
		{
			name: 'DesktopShortcutsFolder',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Names the desktop folder into which the Desktop Cleanup Wizard moves unused shortcuts, so that OEM shortcuts land in a branded folder.',
			shape: 'entries',
			entries: [
				{
					name: 'DesktopShortcutsFolderName',
					source: '[DesktopShortcutsFolder] (Winbom.ini), Windows XP SP1 OPK Readme (July 31, 2002), 5. Documentation corrections: section and entry still valid in Winbom.ini',
					doc: 'Name of the folder on the desktop that collects unused shortcuts.',
					domain: text,
					example: 'DesktopShortcutsFolderName = "Fabrikam Tools"',
					expandsVariables: true,
					factory: FP_BRANDING,
				},
			],
			factory: FP_BRANDING,
			example: '[DesktopShortcutsFolder]\nDesktopShortcutsFolderName = "Fabrikam Tools"',
		},
		{
			name: 'UserDefined',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Free-form data (branding strings, order numbers, ...) kept for other processes and scripts to read. Factory.exe stores nothing from it and checks no keys, so any `key = value` lines are allowed.',
			shape: 'open',
			entries: [],
			keyDoc: 'any name chosen by the author',
			lineDomain: { kind: 'any' },
			factory: FP_USER_DEFINED,
			example: '[UserDefined]\nOrderNumber = 4711',
		},
		{
			name: 'Components',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Windows optional components to add or remove, one `component = On|Off` line each (the same component names as the `[Components]` section of Unattend.txt).',
			shape: 'open',
			entries: [],
			keyDoc: 'an optional-component name such as `msmsgs`, `pinball` or `iis_common`',
			keyPattern: '^[A-Za-z0-9_]+$',
			lineDomain: componentDomain,
			factory: FP_COMPONENTS,
			example: '[Components]\nmsmsgs = Off\npinball = Off',
		},
	],
} satisfies AnswerFileSpec;

// ---------------------------------------------------------------------------
// Line forms and per-type exceptions the Winbom.ini checks read.
// ---------------------------------------------------------------------------

/**
 * Sections whose lines are `display_text, command_line`; where `sectionForm` is
 * set, a line may instead name a per-application section followed by one of
 * `kinds` (`"text", section_name, MSI`), which follows `template`.
 */
export const winbomRunLists: readonly {
	readonly section: string;
	readonly sectionForm?: { readonly template: string; readonly kinds: readonly EnumValue[] };
}[] = [
	{
		section: 'OEMRunOnce',
		sectionForm: {
			template: '<application>',
			kinds: [
				{ value: 'APP', doc: 'The section installs an application that is neither an .inf nor an .msi package.' },
				{ value: 'INF', doc: 'The section installs through an .inf file.' },
				{ value: 'MSI', doc: 'The section installs a Windows Installer package.' },
			],
		},
	},
	{ section: 'OEMRun' },
];

/** Sections that list names, each of which may have its own section named `<name><suffix>` following `template`. */
export const winbomNameLists: readonly { readonly section: string; readonly suffix: string; readonly template: string }[] = [
	{ section: 'UserAccounts', suffix: '.account', template: '<name>.account' },
];

/**
 * States whose `variables` flag differs by WinbomType: under these types the
 * section's values are taken literally (the Windows PE tables say "No" where the
 * Factory-mode tables say "Yes").
 */
export const winbomVariablesNotExpanded: readonly { readonly section: string; readonly types: readonly WinbomType[] }[] = [
	{ section: 'OEMRunOnce', types: WINPE },
	{ section: 'OEMRun', types: WINPE },
];

/** Factory.exe follows `NewWinbom` through at most this many files. */
export const winbomMaxChain = 10;
