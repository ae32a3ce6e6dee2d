/**
 * Knowledge layer: what the command lists of image-based installs may run.
 *
 * Cmdlines.txt (`[Commands]`, run by Mini-Setup from `InstallFilesPath\$OEM$`)
 * and `[GuiRunOnce]` of Sysprep.inf/Unattend.txt (run at the first logon) hold
 * whole command lines that Windows starts directly, not through cmd.exe. The
 * shared checker (`services/commandLines.ts`) reads these tables; no command
 * name is special-cased in code.
 *
 * Naming conventions:
 * - program names are lower case, without path and without `.exe`/`.com`;
 * - switches are written without their leading `-` or `/` (both are accepted);
 * - `doc` is our own prose, present tense, one short sentence.
 */
import type { AnswerFileKind } from './types';
import type { UnattendPass } from './unattendXmlTypes';

/** A command that only exists inside cmd.exe, so it needs `cmd /c` in a command list. */
export interface BuiltinCommand {
	readonly name: string;
	readonly doc: string;
}

export const cmdBuiltins: readonly BuiltinCommand[] = [
	{ name: 'assoc', doc: 'shows or changes file-extension associations' },
	{ name: 'call', doc: 'runs another batch file and returns' },
	{ name: 'cd', doc: 'changes the current folder' },
	{ name: 'chdir', doc: 'changes the current folder' },
	{ name: 'cls', doc: 'clears the console window' },
	{ name: 'color', doc: 'sets console colours' },
	{ name: 'copy', doc: 'copies files' },
	{ name: 'date', doc: 'shows or sets the date' },
	{ name: 'del', doc: 'deletes files' },
	{ name: 'dir', doc: 'lists a folder' },
	{ name: 'echo', doc: 'prints text (usually redirected into a file)' },
	{ name: 'erase', doc: 'deletes files' },
	{ name: 'for', doc: 'loops over files or command output' },
	{ name: 'ftype', doc: 'shows or changes file-type open commands' },
	{ name: 'goto', doc: 'jumps to a batch label' },
	{ name: 'if', doc: 'runs a command on a condition' },
	{ name: 'md', doc: 'creates a folder' },
	{ name: 'mkdir', doc: 'creates a folder' },
	{ name: 'move', doc: 'moves or renames files' },
	{ name: 'path', doc: 'shows or sets the search path' },
	{ name: 'pause', doc: 'waits for a key press' },
	{ name: 'popd', doc: 'returns to the folder saved by pushd' },
	{ name: 'pushd', doc: 'saves the current folder and changes to another' },
	{ name: 'rd', doc: 'removes a folder' },
	{ name: 'ren', doc: 'renames files' },
	{ name: 'rename', doc: 'renames files' },
	{ name: 'rmdir', doc: 'removes a folder' },
	{ name: 'set', doc: 'sets an environment variable for the cmd.exe session only' },
	{ name: 'start', doc: 'starts a program in a new window' },
	{ name: 'time', doc: 'shows or sets the time' },
	{ name: 'title', doc: 'sets the console window title' },
	{ name: 'type', doc: 'prints a file' },
	{ name: 'ver', doc: 'prints the Windows version' },
	{ name: 'vol', doc: 'prints the volume label' },
];

/** Programs whose run ends the session: a restart or shutdown when one of `switches` is given (any switch when the list is empty). */
export interface RestartCommand {
	readonly program: string;
	readonly switches: readonly string[];
	readonly doc: string;
}

export const restartCommands: readonly RestartCommand[] = [
	{ program: 'shutdown', switches: ['r', 's', 'p', 'g'], doc: 'shutdown.exe restarts (`-r`) or shuts down (`-s`) the computer' },
	{ program: 'psshutdown', switches: ['r', 's', 'k'], doc: 'PsShutdown restarts, shuts down or powers off the computer' },
	{ program: 'tsshutdn', switches: [], doc: 'tsshutdn shuts the server down (or restarts it with `/reboot`)' },
	{ program: 'sysprep', switches: ['reboot', 'shutdown', 'forceshutdown', 'reseal', 'factory', 'audit'], doc: 'Sysprep ends the session and restarts or shuts down the computer' },
];

/** Programs and package extensions that need the Windows Installer service. */
export const installerPrograms: readonly string[] = ['msiexec'];
export const installerExtensions: readonly string[] = ['.msi', '.msp'];

/** `program subcommand` pairs that need the network (UNC paths are recognised separately). */
export interface NetworkCommand {
	readonly program: string;
	/** Empty: any use of the program needs the network. */
	readonly subcommands: readonly string[];
	readonly doc: string;
}

export const networkCommands: readonly NetworkCommand[] = [
	{ program: 'net', subcommands: ['use', 'view', 'time'], doc: '`net use`/`net view`/`net time` talk to other computers' },
	{ program: 'ftp', subcommands: [], doc: 'ftp transfers files over the network' },
	{ program: 'tftp', subcommands: [], doc: 'tftp transfers files over the network' },
];

/** File extensions whose programs cmd.exe starts itself, so shell syntax on their line is interpreted. */
export const batchExtensions: readonly string[] = ['.bat', '.cmd'];

/** Extensions worth recording as files a command line needs (scripts, programs, data it feeds). */
export const commandFileExtensions: readonly string[] = ['.exe', '.com', '.bat', '.cmd', '.vbs', '.js', '.wsf', '.reg', '.inf', '.msi', '.msp', '.ini', '.txt'];

/** Where a list of command lines runs, and what is available there. */
export interface CommandListContext {
	readonly id: 'cmdlines' | 'guiRunOnce' | 'oemRun';
	/** Human name used in messages, e.g. "Cmdlines.txt". */
	readonly title: string;
	/** When the list runs, in our words. */
	readonly runsWhen: string;
	/** The network is up, so UNC paths and `net use` work. */
	readonly network: boolean;
	/** The Windows Installer service runs, so `.msi` packages install. */
	readonly installer: boolean;
	/** What a restart does: cut Setup short (`interrupts`) or drop the commands after it (`drops-rest`). */
	readonly restart: 'interrupts' | 'drops-rest';
	/** Every line must be wholly enclosed in double quotes. */
	readonly quotesRequired: boolean;
	/** Each command waits for the previous one, so `start` without `/wait` loses the order. */
	readonly ordered: boolean;
	/** `hidden`: nobody sees the command's window, so a prompt waits forever; `user`: the signed-in user sees it. */
	readonly console: 'hidden' | 'user';
}

export const cmdlinesContext: CommandListContext = {
	id: 'cmdlines',
	title: 'Cmdlines.txt',
	runsWhen: 'at the end of Mini-Setup, before the first restart, as the system account without networking',
	network: false,
	installer: false,
	restart: 'interrupts',
	quotesRequired: true,
	ordered: true,
	console: 'hidden',
};

export const guiRunOnceContext: CommandListContext = {
	id: 'guiRunOnce',
	title: '[GuiRunOnce]',
	runsWhen: 'once, in order, when the first user logs on after Mini-Setup, with the network up',
	network: true,
	installer: true,
	restart: 'drops-rest',
	quotesRequired: false,
	ordered: true,
	console: 'user',
};

/** Winbom.ini `[OEMRunOnce]`/`[OEMRun]`: Factory mode, with a technician at the console; the order of the launches is not documented. */
export const oemRunContext: CommandListContext = {
	id: 'oemRun',
	title: '[OEMRun]/[OEMRunOnce]',
	runsWhen: 'in Factory mode (sysprep -factory), signed in, with the network and the [Factory] credentials',
	network: true,
	installer: true,
	restart: 'drops-rest',
	quotesRequired: true,
	ordered: false,
	console: 'user',
};

/** Sections of INI answer files whose lines are command lines checked with a context. */
export const commandSections: readonly { readonly section: string; readonly fileKinds: readonly AnswerFileKind[]; readonly context: CommandListContext }[] = [
	{ section: 'GuiRunOnce', fileKinds: ['sysprep', 'unattend'], context: guiRunOnceContext },
];

/** The one section Cmdlines.txt has. */
export const cmdlinesSection = {
	name: 'Commands',
	doc: 'The commands Mini-Setup runs one after another, each waiting for the previous one, at the end of Mini-Setup and before the first restart. Write one command per line, wholly enclosed in double quotes (a quote inside the command is written twice). Programs start directly, so commands built into cmd.exe need `cmd /c`; there is no network and no Windows Installer yet.',
	example: '[Commands]\n"cmd /c mkdir C:\\Logs"\n"rundll32 setupapi,InstallHinfSection DefaultInstall 128 .\\tweaks.inf"',
} as const;

/** Command lines completion offers at the start of a `[Commands]` line (VS Code snippet bodies). */
export const cmdlinesCompletions: readonly { readonly label: string; readonly detail: string; readonly body: string }[] = [
	{ label: 'cmd /c …', detail: 'run a cmd.exe command or batch file', body: '"cmd /c ${1:script.cmd}"' },
	{ label: 'rundll32 setupapi,InstallHinfSection …', detail: 'apply an INF file from $OEM$', body: '"rundll32 setupapi,InstallHinfSection ${1:DefaultInstall} 128 ${2:.\\\\tweaks.inf}"' },
	{ label: 'regedit /s …', detail: 'import a .reg file from $OEM$', body: '"regedit /s ${1:settings.reg}"' },
];

/**
 * A program that shows its own dialogs unless a switch makes it silent. Lines
 * that run it without one of `quiet` (or a switch starting with one of
 * `quietPrefixes`) wait for a click; where nobody sees the window, forever.
 */
export interface SilentInstaller {
	/** Program name as `programName` writes it; with `prefix`, names starting with it (`vc_redist.x64`). */
	readonly program: string;
	readonly prefix?: boolean;
	readonly quiet: readonly string[];
	readonly quietPrefixes?: readonly string[];
	/** The switch to suggest. */
	readonly suggest: string;
	readonly doc: string;
	readonly source: string;
}

export const silentInstallers: readonly SilentInstaller[] = [
	{ program: 'msiexec', quiet: ['passive'], quietPrefixes: ['q'], suggest: '/qn', doc: 'Windows Installer shows its wizard unless `/quiet`, `/passive` or a `/q` UI level is given', source: 'Microsoft Learn: Command-Line Options (Windows Installer), msiexec /quiet /passive /q{n|b|r|f}' },
	{ program: 'wusa', quiet: ['quiet'], suggest: '/quiet', doc: 'the Windows Update Standalone Installer asks for confirmation unless `/quiet` is given', source: 'Microsoft Support: Description of the Windows Update Standalone Installer in Windows (wusa.exe /quiet)' },
	{ program: 'vc_redist', prefix: true, quiet: ['passive'], quietPrefixes: ['q'], suggest: '/install /quiet /norestart', doc: 'the Visual C++ Redistributable installer shows its setup window unless `/quiet` or `/passive` is given', source: 'Microsoft Learn: Redistributing Visual C++ files (vc_redist.x64.exe /install /quiet /norestart)' },
	{ program: 'vcredist', prefix: true, quiet: ['passive'], quietPrefixes: ['q'], suggest: '/q', doc: 'the older Visual C++ Redistributable installers show their setup window unless `/q` (or `/quiet`, `/passive`) is given', source: 'Microsoft Learn: Redistributing Visual C++ files (vcredist_x86.exe /q for Visual Studio 2005-2012)' },
	{ program: 'ndp4', prefix: true, quiet: ['passive'], quietPrefixes: ['q'], suggest: '/q /norestart', doc: 'the .NET Framework offline installer shows its setup window unless `/q` or `/passive` is given', source: 'Microsoft Learn: .NET Framework deployment guide for administrators (/q /norestart)' },
	{ program: 'dotnetfx', prefix: true, quiet: ['passive'], quietPrefixes: ['q'], suggest: '/q /norestart', doc: 'the .NET Framework installer shows its setup window unless `/q` or `/passive` is given', source: 'Microsoft Learn: .NET Framework deployment guide for administrators (/q /norestart)' },
	{ program: 'vboxwindowsadditions', prefix: true, quiet: ['s'], suggest: '/S', doc: 'the VirtualBox Guest Additions installer shows its wizard unless `/S` is given', source: 'Oracle VM VirtualBox User Manual: Unattended Installation of the Guest Additions (VBoxWindowsAdditions.exe /S)' },
	{ program: 'virtio-win-guest-tools', quiet: ['passive'], quietPrefixes: ['q'], suggest: '/quiet /norestart', doc: 'the virtio-win guest tools bundle shows its setup window unless `/quiet` or `/passive` is given', source: 'virtio-win/virtio-win-guest-tools-installer README (WiX Burn bundle: /quiet, /passive)' },
];

/** Programs that ask at the console for something the command line cannot carry. */
export interface PromptingProgram {
	readonly program: string;
	readonly doc: string;
	readonly source: string;
}

export const promptingPrograms: readonly PromptingProgram[] = [
	{ program: 'runas', doc: 'runas reads the password of the other account from the console and takes none on its command line', source: 'Microsoft Learn: runas (Windows Commands): "Enter the password for the account when prompted"' },
];

/**
 * Paths that name one of the two systems of an installation: Windows PE (the
 * RAM drive `X:`, `%WINDIR%` = `X:\Windows` while it runs) or the installed
 * Windows (`C:\Windows`, the profile and program folders). A path is written
 * lower case; `keep` lists what may follow it and is the same in both
 * systems (`%WINDIR%\System32\reg.exe` runs Windows PE's own reg.exe).
 */
export interface DriveReference {
	readonly prefix: string;
	readonly means: 'winpe' | 'installed';
	readonly keep?: readonly string[];
	readonly doc: string;
	readonly source: string;
}

const winpeDrive = 'Microsoft Learn: WinPE: Create bootable media / WinPE for Windows 10 (Windows PE runs from a RAM disk as X:, X:\\Windows is its system folder)';
const windowsSetupPasses = 'Microsoft Learn: How Configuration Passes Work (windowsPE configures Windows PE and applies the image; the installed Windows starts in specialize)';
const peSystemTools = ['\\system32', '\\syswow64', '\\sysnative'];

export const driveReferences: readonly DriveReference[] = [
	{ prefix: 'x:\\', means: 'winpe', doc: 'X: is the RAM drive Windows PE runs from; the installed Windows has no X: drive', source: winpeDrive },
	{ prefix: 'c:\\windows', means: 'installed', doc: 'C:\\Windows is the installed Windows, which the windowsPE pass has not applied yet (C: may even be another partition in Windows PE)', source: windowsSetupPasses },
	{ prefix: 'c:\\program files', means: 'installed', doc: 'C:\\Program Files belongs to the installed Windows, which the windowsPE pass has not applied yet', source: windowsSetupPasses },
	{ prefix: 'c:\\users', means: 'installed', doc: 'C:\\Users belongs to the installed Windows, which the windowsPE pass has not applied yet', source: windowsSetupPasses },
	{ prefix: '%windir%', means: 'installed', keep: peSystemTools, doc: 'while Windows PE runs, %WINDIR% is X:\\Windows, not the Windows being installed', source: winpeDrive },
	{ prefix: '%systemroot%', means: 'installed', keep: peSystemTools, doc: 'while Windows PE runs, %SystemRoot% is X:\\Windows, not the Windows being installed', source: winpeDrive },
	{ prefix: '%programfiles%', means: 'installed', doc: 'while Windows PE runs, %ProgramFiles% is X:\\Program Files, not the folder of the Windows being installed', source: winpeDrive },
];

/** What runs a pass's commands: the account, the network, which Windows, whether someone sees the window. */
export interface PassCommandContext {
	readonly pass: UnattendPass;
	readonly runsAs: string;
	/** `up`: the network is started; `enableNetwork`: only when Microsoft-Windows-Setup EnableNetwork is true. */
	readonly network: 'up' | 'enableNetwork';
	/** The Windows the commands run in: Windows PE or the installed system. */
	readonly system: 'winpe' | 'installed';
	/** The Windows Installer service can run (Windows PE has none). */
	readonly installer: boolean;
	readonly console: 'hidden' | 'user';
	readonly source: string;
}

const reference = 'Unattended Windows Setup Reference';

export const passCommandContexts: readonly PassCommandContext[] = [
	{ pass: 'windowsPE', runsAs: 'SYSTEM, in Windows PE', network: 'enableNetwork', system: 'winpe', installer: false, console: 'hidden', source: `${reference}: Microsoft-Windows-Setup RunSynchronous ("All RunSynchronous commands run in the system context"), EnableNetwork ("In Windows Setup scenarios, the default value is false"); Microsoft Learn: WinPE for Windows 10 (no Windows Installer)` },
	{ pass: 'specialize', runsAs: 'SYSTEM, in the installed Windows, before anyone signs in', network: 'up', system: 'installed', installer: true, console: 'hidden', source: `${reference}: Microsoft-Windows-Deployment RunSynchronous ("in the system context in the specialize configuration pass")` },
	{ pass: 'auditSystem', runsAs: 'SYSTEM, in audit mode, before the built-in Administrator signs in', network: 'up', system: 'installed', installer: true, console: 'hidden', source: `${reference}: How Configuration Passes Work (auditSystem runs in the system context)` },
	{ pass: 'auditUser', runsAs: 'the built-in Administrator signed in to audit mode', network: 'up', system: 'installed', installer: true, console: 'user', source: `${reference}: Microsoft-Windows-Deployment RunSynchronous ("in the user context in the auditUser configuration pass")` },
	{ pass: 'oobeSystem', runsAs: 'SYSTEM, during Windows Welcome', network: 'up', system: 'installed', installer: true, console: 'hidden', source: `${reference}: How Configuration Passes Work (oobeSystem)` },
];

/**
 * The unattend.xml settings that hold a command line, with their documented
 * limits and what their list does: whether the next command waits, and what
 * a restart inside a command does to the list.
 */
export interface AnswerFileCommandSetting {
	readonly component: string;
	/** The list (`RunSynchronous`), the item (`RunSynchronousCommand`) and the setting holding the command (`Path`). */
	readonly list: string;
	readonly item: string;
	readonly setting: string;
	readonly passes: readonly UnattendPass[];
	/** The documented maximum length in characters; undefined where the reference states none. */
	readonly maxLength?: number;
	readonly ordered: boolean;
	/** `willReboot`: the item's WillReboot sibling must announce it; `ends-pass`: it cuts the pass short; `drops-rest`: the commands after it never run. */
	readonly restart: 'willReboot' | 'ends-pass' | 'drops-rest';
	/** Who runs it when not the pass's account (sign-in commands). */
	readonly runsAs?: string;
	readonly console?: 'hidden' | 'user';
	/** Sibling elements the checks read. */
	readonly willReboot?: string;
	readonly credentials?: string;
	readonly requiresUserInput?: string;
	readonly source: string;
}

export const answerFileCommandSettings: readonly AnswerFileCommandSetting[] = [
	{ component: 'Microsoft-Windows-Setup', list: 'RunSynchronous', item: 'RunSynchronousCommand', setting: 'Path', passes: ['windowsPE'], ordered: true, restart: 'ends-pass', credentials: 'Credentials', source: `${reference}: Microsoft-Windows-Setup | RunSynchronous | RunSynchronousCommand | Path ("Path_to_command is a string", no maximum stated; no WillReboot child)` },
	{ component: 'Microsoft-Windows-Setup', list: 'RunAsynchronous', item: 'RunAsynchronousCommand', setting: 'Path', passes: ['windowsPE'], ordered: false, restart: 'ends-pass', credentials: 'Credentials', source: `${reference}: Microsoft-Windows-Setup | RunAsynchronous | RunAsynchronousCommand | Path (no maximum stated)` },
	{ component: 'Microsoft-Windows-Deployment', list: 'RunSynchronous', item: 'RunSynchronousCommand', setting: 'Path', passes: ['specialize', 'auditUser'], maxLength: 259, ordered: true, restart: 'willReboot', willReboot: 'WillReboot', credentials: 'Credentials', source: `${reference}: Microsoft-Windows-Deployment | RunSynchronous | RunSynchronousCommand | Path ("a string with a maximum length of 259 characters"; "Do not add commands that shut down or reboot the computer; instead, use … WillReboot")` },
	{ component: 'Microsoft-Windows-Deployment', list: 'RunAsynchronous', item: 'RunAsynchronousCommand', setting: 'Path', passes: ['specialize', 'auditUser'], maxLength: 259, ordered: false, restart: 'ends-pass', credentials: 'Credentials', source: `${reference}: Microsoft-Windows-Deployment | RunAsynchronous | RunAsynchronousCommand | Path ("a string with a maximum length of 259 characters")` },
	{ component: 'Microsoft-Windows-Shell-Setup', list: 'FirstLogonCommands', item: 'SynchronousCommand', setting: 'CommandLine', passes: ['oobeSystem'], maxLength: 1024, ordered: true, restart: 'drops-rest', runsAs: 'the first user who signs in (elevated when an administrator)', console: 'user', requiresUserInput: 'RequiresUserInput', source: `${reference}: Microsoft-Windows-Shell-Setup | FirstLogonCommands | SynchronousCommand | CommandLine ("a string with a maximum length of 1024 characters"); SynchronousCommand ("each command still runs sequentially in the order specified", which corrects the older note on FirstLogonCommands that they start at the same time)` },
	{ component: 'Microsoft-Windows-Shell-Setup', list: 'LogonCommands', item: 'AsynchronousCommand', setting: 'CommandLine', passes: ['oobeSystem'], maxLength: 1024, ordered: false, restart: 'drops-rest', runsAs: 'the user who signs in (without administrative rights)', console: 'user', requiresUserInput: 'RequiresUserInput', source: `${reference}: Microsoft-Windows-Shell-Setup | LogonCommands | AsynchronousCommand | CommandLine ("a string with a maximum length of 1024 characters"); LogonCommands ("cannot be used to launch applications that require administrative privileges")` },
];

/**
 * Programs that read the rest of their command line as their own language, so
 * `|`, `>` and `;` there are theirs, not cmd.exe syntax (PowerShell's own
 * arguments are checked elsewhere).
 */
export const selfParsingPrograms: readonly { readonly program: string; readonly source: string }[] = [
	{ program: 'powershell', source: 'Microsoft Learn: about_PowerShell_exe (-Command: the rest of the command line is run as PowerShell)' },
	{ program: 'pwsh', source: 'Microsoft Learn: about_Pwsh (-Command: the rest of the command line is run as PowerShell)' },
];
