/**
 * Knowledge layer: what Windows Setup and Sysprep logs (`setupact.log`,
 * `setuperr.log`, the Panther folders, XP's `setuplog.txt`) say when something
 * goes wrong, and what it means. Data only: the log service reads these rows;
 * no signature is special-cased in code.
 *
 * Each signature names a published diagnostic code (`log.*`), the text that
 * finds it (`needles`: substrings as Windows writes them, tried first because
 * they are cheap; `pattern`: an optional linear regex run only on a line that
 * holds a needle, whose named groups feed the message and the way back to the
 * answer file), what it means, what to do, the Windows versions and the source.
 */

export type LogFindingSeverity = 'error' | 'warning' | 'information';

/** The answer-file setting a signature points back to (unattend.xml paths, case-insensitive). */
export interface AnswerFileTarget {
	/** Configuration pass, or `*` for the pass the log line or the log's current pass names. */
	readonly pass: string;
	readonly component: string;
	/** Element path below the component, `/`-separated (`UserAccounts/AdministratorPassword`). */
	readonly setting?: string;
}

export interface LogSignature {
	/** Published diagnostic code (`log.` + kebab-case). */
	readonly code: string;
	/** Any one of these substrings (exact case, as Windows writes them) selects the line. */
	readonly needles: readonly string[];
	/**
	 * Optional, run on a selected line: it must match too. Named groups used by the
	 * service: `file`, `pass`, `component`, `setting`, `line`, `column`, `package`,
	 * `module`, `value`, `exit`, `language`.
	 */
	readonly pattern?: RegExp;
	/** Only lines written at one of these levels (Panther `Error`, `Warning`, `Info`, `Fatal`); any level when absent. */
	readonly levels?: readonly ('error' | 'warning' | 'info' | 'fatal')[];
	/** One finding for the first match (later matches are counted in its message), or one per match. */
	readonly report: 'first' | 'each' | 'each-distinct';
	/** Lines before the decisive one that explain it (substrings); the last few become related information. */
	readonly explainedBy?: readonly string[];
	/**
	 * Follow the result code of the last Error line before the decisive one back to the
	 * first Error line of the chain that carries it (Setup logs one failure once per caller).
	 */
	readonly traceErrorCode?: boolean;
	/** Also quote this many Error lines written just before the decisive one (the provider's own reason). */
	readonly explainedByErrors?: number;
	/** Named groups to take from the explaining lines (`Finished executing [<command>]`). */
	readonly explainCapture?: RegExp;
	/** A match whose group has this value is no finding (an exit code of 0). */
	readonly ignoreWhen?: { readonly group: string; readonly pattern: RegExp };
	/** When one of these codes is reported in the same log, this one is dropped (the other names the cause). */
	readonly supersededBy?: readonly string[];
	/** Our one-line summary; `{name}` takes a named group of the pattern, `{name?text}` writes text and the group only when it matched. */
	readonly message: string;
	/** What it means, for `reseal explain`. */
	readonly meaning: string;
	/** What to do about it. */
	readonly action: string;
	readonly windows: string;
	readonly source: string;
	/** The answer-file setting to point back to, when the workspace holds the answer file. */
	readonly answerFile?: AnswerFileTarget;
	/** Text of exit values or codes with their own meaning (`0xfffd0000` → …), keyed lower-case. */
	readonly valueNotes?: Readonly<Record<string, string>>;
}

const kbAppx = 'Microsoft, "Sysprep fails after you remove or update Microsoft Store apps that include built-in Windows images" (KB 2769827), https://learn.microsoft.com/troubleshoot/windows-client/deployment/sysprep-fails-remove-or-update-store-apps';
const askcoreRearm = 'Microsoft Ask the Core Team, "Sysprep, SkipRearm, and Image Build Best Practices" (2011, cites KB 929828); Microsoft-Windows-Security-SPP SkipRearm, Unattended Windows Setup Reference';
const unattendErrors = 'Microsoft, "Windows Setup: Log files and event logs" and the Setup error text "Windows could not parse or process unattend answer file"; seen in hashicorp/packer #5418, rbalsleyMSFT/FFU #29, microsoft/SurfaceDeploymentAccelerator #19, rcmaehl/LocalUser.App #8';

export const setupLogSignatures: readonly LogSignature[] = [
	{
		code: 'log.appx-removal-failed',
		needles: ['0x80073cf2', '0x80073CF2'],
		levels: ['error', 'fatal'],
		report: 'first',
		explainedBy: ['not provisioned for all users'],
		message: 'Sysprep stopped: it could not remove a Microsoft Store (Appx) package that is installed for a user but not provisioned for all users (0x80073CF2).',
		meaning: 'Generalize removes per-user Appx packages. A package that a user installed or updated, but that is not provisioned in the image, cannot be removed, so Sysprep reports a fatal error and stops.',
		action: 'Remove the package named on the related line for every user (`Remove-AppxPackage -AllUsers`) and deprovision it (`Remove-AppxProvisionedPackage -Online`), keep the reference computer off the Store and the network while building, then run Sysprep again.',
		windows: 'Windows 8 and later (Windows 10, 11)',
		source: kbAppx,
	},
	{
		code: 'log.appx-not-provisioned',
		needles: ['was installed for a user, but not provisioned for all users'],
		pattern: /Package (?<package>[^\s]+) was installed for a user/,
		report: 'each-distinct',
		supersededBy: ['log.appx-removal-failed'],
		message: 'Appx package {package} is installed for a user but not provisioned for all users; Sysprep /generalize fails on it or the image ships without it.',
		meaning: 'A Microsoft Store package registered for one user only. Sysprep cannot generalize such a package; the users of the captured image will not have it.',
		action: 'Remove it for all users and deprovision it before Sysprep, or provision it for all users (`Add-AppxProvisionedPackage`).',
		windows: 'Windows 8 and later (Windows 10, 11)',
		source: `${kbAppx}; notepad-plus-plus/nppShell #29 (NppShell package)`,
	},
	{
		code: 'log.bitlocker-on',
		needles: ['0x80310039', 'BitLocker is on for the OS volume'],
		report: 'first',
		explainedBy: ['ValidateBitLockerState'],
		message: 'Sysprep stopped: BitLocker is on for the OS volume (0x80310039, FVE_E_NOT_DECRYPTED); generalize needs a fully decrypted OS volume.',
		meaning: 'The BitLocker Sysprep provider (BdeSysprep.dll, ValidateBitLockerState) refuses to generalize an encrypted OS volume. On Windows 11 and on VMs with a virtual TPM, device encryption can turn BitLocker on without anyone asking for it.',
		action: 'Run `manage-bde -off C:` and wait until `manage-bde -status` shows "Fully Decrypted" (or `Disable-BitLocker -MountPoint C:`), then run Sysprep again. For images built in VMs, stop device encryption before it starts (`PreventDeviceEncryption` in the registry or an answer file setting) or build without a TPM.',
		windows: 'Windows Vista and later (Windows 10, 11)',
		source: 'Microsoft, COM error codes (FVE_E_NOT_DECRYPTED 0x80310039, "The volume must be fully decrypted to complete this operation"); canonical/packer-maas #341',
	},
	{
		code: 'log.rearm-limit',
		needles: ['0xc004d307', '0xC004D307'],
		report: 'first',
		explainedBy: ['SLRearm', 'Sysprep_Generalize_SLS', 'sppobjs', 'slc.dll'],
		message: 'Sysprep stopped: the activation rearm count is used up (0xC004D307: the maximum allowed number of re-arms has been exceeded).',
		meaning: 'Each generalize rearms Windows activation, and an image can be rearmed only a few times (three on Vista/7). When none are left, the licensing Sysprep provider fails and Sysprep reports a fatal error.',
		action: 'While building, set `Microsoft-Windows-Security-SPP/SkipRearm` to 1 in the answer file given to Sysprep, and set it back to 0 for the final run; otherwise start over from a fresh installation. `slmgr /dlv` shows the remaining count.',
		windows: 'Windows Vista and later',
		source: askcoreRearm,
		answerFile: { pass: 'generalize', component: 'Microsoft-Windows-Security-SPP', setting: 'SkipRearm' },
	},
	{
		code: 'log.unattend-invalid',
		needles: ['could not parse or process'],
		pattern: /could not parse or process (?:the )?unattend(?:ed)? answer file(?: \[(?<file>[^\]]*)\])?(?: for pass \[(?<pass>[^\]]*)\])?(?:[^[]*?detected at line (?<line>\d+) column (?<column>\d+))?(?:\D[^[]*?component \[(?<component>[^\]]*)\])?(?:\D[^[]*?setting \[(?<setting>[^\]]*)\])?/,
		report: 'first',
		explainedBy: ['SMI data results dump', 'Description = ', 'Source = '],
		message: 'Setup stopped: Windows could not parse or process the answer file{file? }{pass? for pass }{component?, component }{setting?, setting }{line?, line }{column?, column }.',
		meaning: 'The answer file is not well-formed XML (with a line and column), or a component or setting in it does not exist for this image, is in a pass that does not take it, or holds a value the component refuses. Setup shows the same text in a dialog and cannot go on.',
		action: 'Open the answer file at the named pass, component and setting (or line), check it with Reseal or Windows System Image Manager against the image\'s catalog, and fix or remove the setting.',
		windows: 'Windows Vista and later',
		source: unattendErrors,
		answerFile: { pass: '*', component: '*' },
	},
	{
		code: 'log.password-decode-failed',
		needles: ['Failed to decode password'],
		report: 'first',
		message: 'Setup stopped: a password in the answer file could not be decoded (0x8007000D, ERROR_INVALID_DATA).',
		meaning: 'An encoded password (`PlainText` false) must be the Base64 of the UTF-16LE text of the password followed by the name of its element (`Password`, `AdministratorPassword`). Anything else fails to decode and the pass stops, so Setup ends with "Windows could not complete the installation".',
		action: 'Re-encode the password with the right suffix (Windows System Image Manager does this), or write it with `<PlainText>true</PlainText>`.',
		windows: 'Windows Vista and later',
		source: 'SvenGroot/GenerateAnswerFile #48 (cause confirmed and fixed there); Microsoft-Windows-Shell-Setup UserAccounts, Unattended Windows Setup Reference',
		answerFile: { pass: '*', component: 'Microsoft-Windows-Shell-Setup', setting: 'UserAccounts' },
	},
	{
		code: 'log.language-not-valid',
		needles: ['is NOT a valid lang'],
		pattern: /Target language \[(?<language>[^\]]*)\] is NOT a valid lang/,
		report: 'first',
		message: 'Setup does not accept the target language [{language}] from the answer file, so it asks for the language and locale interactively.',
		meaning: 'The UI language the answer file names is not one of the languages of the installation image (its `sources\\lang.ini`), so Setup falls back to its language page and the install is no longer unattended.',
		action: 'Use a language the image contains (or add the language pack), or use the media that matches the answer file.',
		windows: 'Windows 10 and 11 Setup',
		source: 'cschneegans/unattend-generator #36 (log text and cause in the thread); Microsoft-Windows-International-Core-WinPE UILanguage, Unattended Windows Setup Reference',
		answerFile: { pass: 'windowsPE', component: 'Microsoft-Windows-International-Core-WinPE', setting: 'UILanguage' },
	},
	{
		code: 'log.provider-failed',
		needles: ['Failure occurred while executing'],
		pattern: /Failure occurred while executing '(?<module>[^']*)'/,
		levels: ['error', 'fatal'],
		report: 'first',
		explainedBy: ['Executing method', "executing it"],
		explainedByErrors: 2,
		supersededBy: ['log.bitlocker-on', 'log.appx-removal-failed', 'log.rearm-limit'],
		message: 'Sysprep stopped: the Sysprep provider {module} failed.',
		meaning: 'Sysprep runs the providers its action files and the registry list, and stops at the first one that fails; its dialog then only says that a fatal error occurred. The lines before this one say what the provider was doing.',
		action: 'Read the Error lines just before this one for the provider\'s own reason. Third-party providers (security agents, management clients) registered under HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Setup\\Sysprep must support Sysprep; update or remove the software, or follow its vendor\'s imaging instructions.',
		windows: 'Windows Vista and later',
		source: 'Microsoft, "Sysprep (Generalize) a Windows installation" (Sysprep providers and logs); actions/runner-images #9659 (SenseClient), #7103 (MRTGeneralize); GoogleCloudPlatform/compute-image-windows #156 (spopk)',
	},
	{
		code: 'log.sysprep-halted',
		needles: ['halting sysprep execution', 'Hit failure while'],
		levels: ['error', 'fatal'],
		report: 'first',
		explainedByErrors: 2,
		supersededBy: ['log.provider-failed', 'log.bitlocker-on', 'log.appx-removal-failed', 'log.rearm-limit', 'log.unattend-invalid'],
		message: 'Sysprep stopped with a fatal error.',
		meaning: 'Sysprep gave up; the Error lines before this one name the step that failed.',
		action: 'Read the first Error line of this Sysprep run; fix what it names and run Sysprep again.',
		windows: 'Windows Vista and later',
		source: 'Microsoft, "Sysprep (Generalize) a Windows installation"; log text as in the public setuperr.log excerpts of GoogleCloudPlatform/compute-image-windows #156',
	},
	{
		code: 'log.setupcl-failed',
		needles: ['[setupcl.exe]', 'SetupCl:', 'SETUPCL'],
		levels: ['error', 'fatal'],
		report: 'first',
		message: 'setupcl.exe, which makes the generalized image unique on first boot, reported a failure.',
		meaning: 'After a generalized image boots, setupcl.exe renames the security identifiers and runs the specialize providers. When it fails, the computer usually stops with "Windows could not finish configuring the system".',
		action: 'Read the lines before this one; a common cause is a Sysprep run on an image that had been upgraded or cloned without generalize.',
		windows: 'Windows XP and later',
		source: 'Microsoft, "Windows Setup Log Files and Event Logs" (setupact.log holds the setupcl entries)',
	},
	{
		code: 'log.setup-failed',
		needles: ['-> [SetupPhaseError]'],
		report: 'first',
		traceErrorCode: true,
		supersededBy: ['log.user-cancelled', 'log.unattend-invalid', 'log.password-decode-failed', 'log.bitlocker-on'],
		message: 'Windows Setup stopped with an error{value? }{origin?; the first step that failed with it is on line }.',
		meaning: 'Setup left its install phase for its error phase and rolled back or exited. The earlier Error lines with a result code say which step failed first; Setup later reports the code again, sometimes remapped for telemetry.',
		action: 'Look at the first failing step among the related lines; SetupDiag (from Microsoft) reads these logs and names known causes.',
		windows: 'Windows 10 and 11 Setup (MOUPG)',
		source: 'Microsoft, "Resolve Windows upgrade errors: technical information" and "Windows Setup log files"',
	},
	{
		code: 'log.rollback',
		needles: ['Starting OS Rollback'],
		report: 'first',
		message: 'Setup rolled the installation back; the reason is in the setupact.log and setuperr.log of the failed attempt, not in this rollback log.',
		meaning: 'Windows Setup undoes a failed installation (boot sector restored, the new OS folders deleted). The rollback log only records the undoing.',
		action: 'Open `$WINDOWS.~BT\\Sources\\Panther\\setupact.log` and `setuperr.log` of the same attempt (or `X:\\Windows\\Panther` under WinPE) and look for the first error there.',
		windows: 'Windows 10 and 11 Setup',
		source: 'Microsoft, "Windows Setup log files and event logs" (Rollback folder)',
	},
	{
		code: 'log.runsync-failed',
		needles: ['Process returned with exit code'],
		pattern: /Process returned with exit code (?<exit>0x[0-9a-fA-F]+)/,
		report: 'each',
		explainedBy: ['Finished executing ['],
		explainCapture: /Finished executing \[(?<command>.*)\] synchronously/,
		ignoreWhen: { group: 'exit', pattern: /^0x0+$/i },
		message: 'A command of the answer file exited with {exit}; Setup does not check it and goes on.',
		meaning: 'SetupUGC runs RunSynchronous commands and, unless told to, ignores their exit codes. A failing command leaves its work undone without stopping Setup, which surfaces much later.',
		action: 'Run the command by hand on a test machine, or log its output to a file, and fix it; see the related line for the command.',
		windows: 'Windows Vista and later',
		source: 'Microsoft-Windows-Deployment RunSynchronous, Unattended Windows Setup Reference (commands run by SetupUGC); exit codes as written by the program',
		answerFile: { pass: '*', component: 'Microsoft-Windows-Deployment', setting: 'RunSynchronous' },
		valueNotes: {
			'0xfffd0000': '0xFFFD0000 (-196608) is what powershell.exe returns when the script named by -File does not exist.',
			'0x1': 'Exit code 1 is a general failure of the program.',
		},
	},
	{
		code: 'log.boot-files-copy-failed',
		needles: ['BfspCopyFile('],
		pattern: /BfspCopyFile\([^,]*, (?<file>[^)]*)\) failed/,
		levels: ['error', 'fatal'],
		report: 'first',
		message: 'Setup could not copy the boot files to {file}; it retries and may go on, but the computer may not start from that system volume.',
		meaning: 'BFSVC copies the boot manager to the system (EFI) volume. Error 0x3 (the path does not exist) means the target folder is missing on that volume, usually because Setup was pointed at a volume without the EFI folders.',
		action: 'Check the system partition Setup used (bcdboot can rebuild the boot files), and that the computer starts from the intended disk.',
		windows: 'Windows 10 and 11 Setup',
		source: 'Microsoft, "BCDBoot command-line options" (what BFSVC copies); log text seen in VitalSkib/files setuperr.log',
	},
	{
		code: 'log.user-cancelled',
		needles: ['0x800704D3', '0x800704d3', 'User cancelled'],
		report: 'first',
		message: 'The user cancelled Setup or the reset (ERROR_REQUEST_ABORTED); the errors after this line follow from the cancel.',
		meaning: 'The Setup or reset UI was closed or cancelled. Setup logs the cancel as errors through its whole task chain; none of them is a deployment failure.',
		action: 'Nothing to fix in the answer file; run Setup again when ready.',
		windows: 'Windows 10 and 11 Setup, Media Creation Tool, Reset this PC',
		source: 'Microsoft, System Error Codes (ERROR_REQUEST_ABORTED 1235, ERROR_CANCELLED 1223)',
	},
	{
		code: 'log.answer-file-used',
		needles: ['Found usable unattend file', 'Found unattend file at', 'Using unattend file found at'],
		pattern: /(?:usable unattend file(?: for pass \[(?<pass>[^[\]]*)\])? at|Found unattend file at|Using unattend file found at) \[(?<file>[^[\]]+)\]/,
		report: 'each-distinct',
		message: 'Setup used the answer file {file}.',
		meaning: 'Which answer file Setup actually read: an explicit one (`/unattend:`, `UnattendFile` in the registry), `%WINDIR%\\Panther\\unattend.xml`, or one found on removable media. Setup caches it in `%WINDIR%\\Panther` and reads the cached copy in later passes, so editing the original after that has no effect.',
		action: 'Make sure this is the file you edited.',
		windows: 'Windows Vista and later',
		source: 'Microsoft, "Windows Setup Automation Overview" (implicit answer file search order and the Panther cache)',
	},
	{
		code: 'log.winre-session',
		needles: ['[recenv.exe]'],
		report: 'first',
		message: 'This log was written by the Windows Recovery Environment (recenv.exe), not by Setup or Sysprep.',
		meaning: 'WinRE writes a Panther-format setupact.log while it analyses an offline Windows (recovery, reset). Its warnings are about the recovery configuration (ReAgent.xml), not about an answer file.',
		action: 'Look for the Setup or Sysprep logs in `%WINDIR%\\Panther` or `%WINDIR%\\System32\\Sysprep\\Panther` instead.',
		windows: 'Windows 7 and later',
		source: 'Microsoft, "Windows Recovery Environment (Windows RE)" technical reference',
	},
];

/** Codes the log service reports from what it counts rather than from a signature row. */
export const setupLogSummaryFacts = {
	passes: {
		needles: ["Running '", 'Status for unattend pass [', 'Exiting \''],
		pattern: /(?:Running '(?<a>\w+)' pass|Status for unattend pass \[(?<b>\w+)\]|Exiting '(?<c>\w+)' pass)/,
		source: 'Microsoft, "How Configuration Passes Work", Unattended Windows Setup Reference',
	},
	cache: {
		needles: ['cached at -->'],
		// The bracketed file stops at the next `[`, so a line repeating the needle is read in linear time.
		pattern: /cached at --> \[(?<file>[^[\]]*)\]/,
	},
	noise: { minimum: 1, shown: 3 },
} as const;

/** The phases of a Setup run the outline groups lines into; the first needle a line holds decides. */
export interface LogPhase {
	readonly name: string;
	readonly needles: readonly string[];
}

export const setupLogPhases: readonly LogPhase[] = [
	{ name: 'Sysprep', needles: ['Beginning of a new sysprep run', 'SYSPRP WinMain:'] },
	{ name: 'windowsPE', needles: ["Running 'windowsPE' pass", 'pass [windowsPE]', 'Setup is running in WinPE', 'Running in WinPE'] },
	{ name: 'offlineServicing', needles: ['pass [offlineServicing]'] },
	{ name: 'specialize', needles: ["Running 'specialize' pass", 'pass [specialize]', '[windeploy.exe] Windeploy'] },
	{ name: 'online configuration', needles: ['[windeploy.exe] Launching', 'Online configuration'] },
	{ name: 'oobeSystem', needles: ["Running 'oobeSystem' pass", 'pass [oobeSystem]', '[oobeldr.exe] OOBELdr.exe launched', '[msoobe.exe]'] },
	{ name: 'auditSystem', needles: ['pass [auditSystem]'] },
	{ name: 'auditUser', needles: ['pass [auditUser]'] },
	{ name: 'Windows Setup (downlevel)', needles: ['MOUPG  SetupHost', 'MOUPG  Setup phase change'] },
	{ name: 'Rollback', needles: ['Starting OS Rollback'] },
];

/** An error code Setup logs often, for hover. */
export interface LogErrorCode {
	/** `0x80070005`, lower-case hex, eight digits for HRESULT/NTSTATUS. */
	readonly code: string;
	readonly name?: string;
	readonly meaning: string;
	readonly source: string;
}

const win32 = 'Microsoft, System Error Codes (Win32), https://learn.microsoft.com/windows/win32/debug/system-error-codes';
const com = 'Microsoft, COM Error Codes, https://learn.microsoft.com/windows/win32/com/com-error-codes';

export const setupLogErrorCodes: readonly LogErrorCode[] = [
	{ code: '0x80070002', name: 'ERROR_FILE_NOT_FOUND', meaning: 'The system cannot find the file specified.', source: win32 },
	{ code: '0x80070003', name: 'ERROR_PATH_NOT_FOUND', meaning: 'The system cannot find the path specified.', source: win32 },
	{ code: '0x80070005', name: 'E_ACCESSDENIED (ERROR_ACCESS_DENIED)', meaning: 'Access is denied.', source: win32 },
	{ code: '0x8007000d', name: 'ERROR_INVALID_DATA', meaning: 'The data is invalid.', source: win32 },
	{ code: '0x8007001f', name: 'ERROR_GEN_FAILURE', meaning: 'A device attached to the system is not functioning.', source: win32 },
	{ code: '0x80070032', name: 'ERROR_NOT_SUPPORTED', meaning: 'The request is not supported.', source: win32 },
	{ code: '0x80070057', name: 'E_INVALIDARG (ERROR_INVALID_PARAMETER)', meaning: 'The parameter is incorrect.', source: win32 },
	{ code: '0x8007007e', name: 'ERROR_MOD_NOT_FOUND', meaning: 'The specified module could not be found.', source: win32 },
	{ code: '0x800700b7', name: 'ERROR_ALREADY_EXISTS', meaning: 'Cannot create a file when that file already exists.', source: win32 },
	{ code: '0x800703ed', name: 'ERROR_UNRECOGNIZED_VOLUME', meaning: 'The volume does not contain a recognized file system.', source: win32 },
	{ code: '0x80070490', name: 'ERROR_NOT_FOUND', meaning: 'Element not found.', source: win32 },
	{ code: '0x800704c7', name: 'ERROR_CANCELLED', meaning: 'The operation was canceled by the user.', source: win32 },
	{ code: '0x800704d3', name: 'ERROR_REQUEST_ABORTED', meaning: 'The request was aborted.', source: win32 },
	{ code: '0x80072ee7', name: 'WININET_E_NAME_NOT_RESOLVED', meaning: 'The server name or address could not be resolved (no network or no DNS).', source: 'Microsoft, WinINet error codes, https://learn.microsoft.com/windows/win32/wininet/wininet-errors' },
	{ code: '0x80040154', name: 'REGDB_E_CLASSNOTREG', meaning: 'Class not registered: the COM server Setup tried to start is not registered.', source: com },
	{ code: '0x80080005', name: 'CO_E_SERVER_EXEC_FAILURE', meaning: 'Server execution failed: the COM server could not be started.', source: com },
	{ code: '0x80010119', name: 'RPC_E_TOO_LATE', meaning: 'Security must be initialized before any interfaces are marshalled or unmarshalled; it cannot be changed once initialized.', source: com },
	{ code: '0x80073cf2', name: 'ERROR_INSTALL_INVALID_PACKAGE', meaning: 'The Appx package data is invalid; Sysprep logs it when a per-user package cannot be removed.', source: 'Microsoft, App package deployment error codes, https://learn.microsoft.com/windows/win32/appxpkg/troubleshooting' },
	{ code: '0x80310039', name: 'FVE_E_NOT_DECRYPTED', meaning: 'The volume must be fully decrypted to complete this operation (BitLocker).', source: com },
	{ code: '0xc004d307', meaning: 'The maximum allowed number of re-arms has been exceeded; reinstall before rearming again (Software Protection).', source: askcoreRearm },
	{ code: '0xfffd0000', meaning: 'Exit code -196608: powershell.exe could not find the script named by -File.', source: 'PowerShell command-line behaviour, as in PowerShell/PowerShell issue threads on exit code -196608' },
];
