/**
 * Knowledge layer: the command line of `powershell.exe` (Windows PowerShell
 * 5.1) and `pwsh.exe` (PowerShell 7), as answer-file commands use them.
 *
 * Sources: Microsoft's about_PowerShell_exe and about_Pwsh pages (parameters,
 * their short forms, "all parameters are case-insensitive", `-Command -` and
 * `-File -`), the console host's command-line parser in the PowerShell
 * repository (`CommandLineParameterParser.cs`: each switch matches when the
 * typed word is a prefix of its name at least as long as its shortest form,
 * tried in table order; the first unknown word starts the command in Windows
 * PowerShell and names the script file in PowerShell 7), and
 * about_Execution_Policies (default policies). Checks read these rows; no
 * switch name appears in a check.
 */

import type { UnattendTarget } from './unattendXmlTargets';

export type PowerShellHostId = 'powershell' | 'pwsh';

/** What a switch does to the command line's reading. */
export type PowerShellSwitchRole =
	| 'flag'
	| 'value'
	/** The rest of the line is the script (`-Command`). */
	| 'command'
	/** The next word is Base64 of the UTF-16LE script (`-EncodedCommand`). */
	| 'encoded'
	/** The next word is the script file; the rest are its arguments (`-File`). */
	| 'file'
	| 'policy'
	| 'window-style';

export interface PowerShellSwitch {
	/** Full name, lower case, without the dash. */
	readonly name: string;
	/** The name as the documentation spells it. */
	readonly title: string;
	/** The shortest prefix the parser accepts. */
	readonly shortest: string;
	/** Other spellings matched whole (`ep`, `ec`). */
	readonly aliases?: readonly string[];
	readonly role: PowerShellSwitchRole;
	readonly hosts: readonly PowerShellHostId[];
	/** What it does, in our words (hover). */
	readonly doc: string;
	readonly source: string;
}

const exeDoc = 'Microsoft Learn: about_PowerShell_exe';
const pwshDoc = 'Microsoft Learn: about_Pwsh';
const both: readonly PowerShellHostId[] = ['powershell', 'pwsh'];

/** In the order the parser tries them (a shorter typed word takes the first row it fits). */
export const powershellSwitches: readonly PowerShellSwitch[] = [
	{ name: 'help', title: 'Help', shortest: 'h', aliases: ['?'], role: 'flag', hosts: both, doc: 'prints the usage text and exits without running anything', source: exeDoc },
	{ name: 'login', title: 'Login', shortest: 'l', role: 'flag', hosts: ['pwsh'], doc: 'starts a login shell (does nothing on Windows)', source: pwshDoc },
	{ name: 'noexit', title: 'NoExit', shortest: 'noe', role: 'flag', hosts: both, doc: 'keeps the session open after the command or script; an unattended command then never finishes', source: exeDoc },
	{ name: 'noprofile', title: 'NoProfile', shortest: 'nop', role: 'flag', hosts: both, doc: 'does not load the PowerShell profiles, so the command runs the same on every computer', source: exeDoc },
	{ name: 'nologo', title: 'NoLogo', shortest: 'nol', role: 'flag', hosts: both, doc: 'hides the start-up banner', source: exeDoc },
	{ name: 'noninteractive', title: 'NonInteractive', shortest: 'noni', role: 'flag', hosts: both, doc: 'makes any prompt fail at once instead of waiting for an answer nobody gives', source: exeDoc },
	{ name: 'interactive', title: 'Interactive', shortest: 'i', role: 'flag', hosts: ['pwsh'], doc: 'presents an interactive prompt', source: pwshDoc },
	{ name: 'configurationname', title: 'ConfigurationName', shortest: 'config', role: 'value', hosts: both, doc: 'names a session configuration (endpoint) to run in', source: exeDoc },
	{ name: 'custompipename', title: 'CustomPipeName', shortest: 'cus', role: 'value', hosts: ['pwsh'], doc: 'names the pipe used for debugging and remoting', source: pwshDoc },
	{ name: 'commandwithargs', title: 'CommandWithArgs', shortest: 'commandwithargs', aliases: ['cwa'], role: 'command', hosts: ['pwsh'], doc: 'runs a command with the arguments that follow it as `$args`', source: pwshDoc },
	{ name: 'command', title: 'Command', shortest: 'c', role: 'command', hosts: both, doc: 'runs the rest of the command line as PowerShell code (`-` reads the code from standard input)', source: exeDoc },
	{ name: 'windowstyle', title: 'WindowStyle', shortest: 'w', role: 'window-style', hosts: both, doc: 'sets the console window to Normal, Minimized, Maximized or Hidden', source: exeDoc },
	{ name: 'file', title: 'File', shortest: 'f', role: 'file', hosts: both, doc: 'runs a script file; every word after the file name is an argument of the script, not of PowerShell', source: exeDoc },
	{ name: 'outputformat', title: 'OutputFormat', shortest: 'o', aliases: ['of'], role: 'value', hosts: both, doc: 'formats the output as Text or XML', source: exeDoc },
	{ name: 'inputformat', title: 'InputFormat', shortest: 'i', aliases: ['if'], role: 'value', hosts: ['powershell'], doc: 'reads input as Text or XML', source: exeDoc },
	{ name: 'inputformat', title: 'InputFormat', shortest: 'inp', aliases: ['if'], role: 'value', hosts: ['pwsh'], doc: 'reads input as Text or XML', source: pwshDoc },
	{ name: 'executionpolicy', title: 'ExecutionPolicy', shortest: 'ex', aliases: ['ep'], role: 'policy', hosts: both, doc: 'sets the execution policy of this session only (not saved)', source: exeDoc },
	{ name: 'encodedcommand', title: 'EncodedCommand', shortest: 'e', aliases: ['ec'], role: 'encoded', hosts: both, doc: 'runs code given as Base64 of its UTF-16LE text, which avoids quoting problems', source: exeDoc },
	{ name: 'encodedarguments', title: 'EncodedArguments', shortest: 'encodeda', aliases: ['ea'], role: 'value', hosts: both, doc: 'passes arguments given in encoded form', source: exeDoc },
	{ name: 'settingsfile', title: 'SettingsFile', shortest: 'settings', role: 'value', hosts: ['pwsh'], doc: 'reads session settings from a JSON file', source: pwshDoc },
	{ name: 'sta', title: 'STA', shortest: 'sta', role: 'flag', hosts: both, doc: 'runs in a single-threaded apartment (the default)', source: exeDoc },
	{ name: 'mta', title: 'MTA', shortest: 'mta', role: 'flag', hosts: both, doc: 'runs in a multi-threaded apartment', source: exeDoc },
	{ name: 'workingdirectory', title: 'WorkingDirectory', shortest: 'wo', aliases: ['wd'], role: 'value', hosts: ['pwsh'], doc: 'starts in the given folder', source: pwshDoc },
	{ name: 'version', title: 'Version', shortest: 'v', role: 'value', hosts: ['powershell'], doc: 'starts the given older version of Windows PowerShell (2.0 needs .NET Framework 3.5)', source: exeDoc },
	{ name: 'version', title: 'Version', shortest: 'v', role: 'flag', hosts: ['pwsh'], doc: 'prints the version and exits without running anything', source: pwshDoc },
	{ name: 'psconsolefile', title: 'PSConsoleFile', shortest: 'psc', role: 'value', hosts: ['powershell'], doc: 'loads a console file', source: exeDoc },
	{ name: 'noprofileloadtime', title: 'NoProfileLoadTime', shortest: 'noprofileloadtime', role: 'flag', hosts: ['pwsh'], doc: 'hides the profile load time message', source: pwshDoc },
];

/** The programs that are PowerShell hosts, by the name `programName` gives (no folder, no `.exe`). */
export const powershellHosts: readonly { readonly program: string; readonly host: PowerShellHostId; readonly title: string }[] = [
	{ program: 'powershell', host: 'powershell', title: 'Windows PowerShell (powershell.exe)' },
	{ program: 'pwsh', host: 'pwsh', title: 'PowerShell 7 (pwsh.exe)' },
];

/** Values `-ExecutionPolicy` accepts (about_Execution_Policies; the parser compares them ignoring case). */
export const executionPolicies: readonly { readonly name: string; readonly runsScripts: boolean; readonly doc: string }[] = [
	{ name: 'AllSigned', runsScripts: false, doc: 'runs only scripts signed by a trusted publisher' },
	{ name: 'Bypass', runsScripts: true, doc: 'blocks nothing and asks nothing' },
	{ name: 'Default', runsScripts: false, doc: 'the default policy: Restricted on Windows clients, RemoteSigned on Windows Server' },
	{ name: 'RemoteSigned', runsScripts: true, doc: 'runs local scripts; downloaded ones must be signed' },
	{ name: 'Restricted', runsScripts: false, doc: 'runs no script files at all' },
	{ name: 'Undefined', runsScripts: false, doc: 'sets nothing for this scope, so the next scope decides' },
	{ name: 'Unrestricted', runsScripts: true, doc: 'runs all scripts, asking before running a downloaded one' },
];

/** The effective policy when nothing sets one (about_Execution_Policies, "Default execution policy"). */
export const defaultExecutionPolicies: readonly { readonly edition: string; readonly policy: string; readonly source: string }[] = [
	{ edition: 'Windows client (Windows 7 to Windows 11)', policy: 'Restricted', source: 'Microsoft Learn: about_Execution_Policies' },
	{ edition: 'Windows Server (2012 R2 and later)', policy: 'RemoteSigned', source: 'Microsoft Learn: about_Execution_Policies' },
];

/** Windows Server releases whose default policy is RemoteSigned, so a local script runs without -ExecutionPolicy (about_Execution_Policies). */
export const remoteSignedByDefault: readonly UnattendTarget[] = ['ws2012r2', 'ws2016', 'ws2019', 'ws2022', 'ws2025'];

/** Component names only Windows Server images carry, which mark an answer file for a server. */
export const serverOnlyComponents: readonly string[] = ['Microsoft-Windows-ServerManager-SvrMgrNc', 'Microsoft-Windows-IE-ESC'];

/** `-WindowStyle` values (System.Diagnostics.ProcessWindowStyle, which the parser converts to). */
export const windowStyles: readonly string[] = ['Normal', 'Hidden', 'Minimized', 'Maximized'];

/** Extensions `-File` accepts in Windows PowerShell (its parser refuses any other). */
export const scriptFileExtensions: readonly string[] = ['.ps1'];

/**
 * Commands that wait for an answer at the console. In an unattended pass
 * nobody answers, so the command hangs unless `-NonInteractive` makes the
 * prompt fail.
 */
export const promptingCommands: readonly { readonly name: string; readonly doc: string }[] = [
	{ name: 'read-host', doc: 'reads a line typed at the console' },
	{ name: 'get-credential', doc: 'asks for a user name and password' },
	{ name: 'pause', doc: 'waits for Enter' },
];

/** Commands that print their arguments joined by one blank, so quotes lost around words with blanks change nothing they show (Write-Host). */
export const joiningCommands: readonly string[] = ['write-host'];

/**
 * Text that marks a command changing the execution policy for later commands:
 * the cmdlet, and the registry keys that hold the policy (the LocalMachine
 * scope and the Group Policy setting), lower case.
 */
export const policySetters: readonly string[] = ['set-executionpolicy', 'shellids\\microsoft.powershell', 'policies\\microsoft\\windows\\powershell'];
