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
	readonly id: 'cmdlines' | 'guiRunOnce';
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
}

export const cmdlinesContext: CommandListContext = {
	id: 'cmdlines',
	title: 'Cmdlines.txt',
	runsWhen: 'at the end of Mini-Setup, before the first restart, as the system account without networking',
	network: false,
	installer: false,
	restart: 'interrupts',
	quotesRequired: true,
};

export const guiRunOnceContext: CommandListContext = {
	id: 'guiRunOnce',
	title: '[GuiRunOnce]',
	runsWhen: 'once, in order, when the first user logs on after Mini-Setup, with the network up',
	network: true,
	installer: true,
	restart: 'drops-rest',
	quotesRequired: false,
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
