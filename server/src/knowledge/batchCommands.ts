/**
 * Knowledge layer: cmd.exe built-in commands and the Windows command-line
 * tools that image-preparation scripts use.
 *
 * Conventions: `name` is lower case without extension (`taskkill`, not
 * `TASKKILL.EXE`); `kind` says whether cmd.exe runs it itself (`builtin`) or
 * starts a program from `System32` (`windows`). Switch names carry their
 * prefix (`/f`, `-r`) and are matched case-insensitively; a trailing `:` or
 * `=` in a switch name means it takes a value (`/t:`, `start=`). `doc` is our
 * own prose. `availability` notes versions that lack the tool.
 * `afterSysprep: 'harmless'` marks commands that may follow sysprep without
 * harm (echo, exit, …). `services` describes where a service name appears.
 */

export interface CommandSwitchSpec {
	readonly name: string;
	readonly doc: string;
}

export interface SubcommandSpec {
	readonly name: string;
	readonly doc: string;
	readonly switches?: readonly CommandSwitchSpec[];
	/** The first argument after this subcommand is a service name. */
	readonly takesService?: boolean;
	/** `net stop` semantics: the service is asked to stop (used by the unstoppable check). */
	readonly stopsService?: boolean;
	/** The arguments after this subcommand are file paths (`reg import file.reg`). */
	readonly pathArguments?: boolean;
}

/** How a command waits for someone at the console: always, only with a switch, or unless a switch is given. */
export interface PromptSpec {
	readonly withSwitch?: string;
	readonly unlessSwitch?: string;
	/** What happens with nobody at the console (our words). */
	readonly effect: string;
}

export interface BatchCommandSpec {
	readonly name: string;
	readonly aliases?: readonly string[];
	readonly kind: 'builtin' | 'windows';
	readonly syntax: string;
	readonly doc: string;
	readonly switches?: readonly CommandSwitchSpec[];
	readonly subcommands?: readonly SubcommandSpec[];
	/** Subcommands come after an optional `\\server` argument (sc.exe). */
	readonly serverArgument?: boolean;
	/** Service names may be display names (`net`), not only key names (`sc`). */
	readonly acceptsDisplayName?: boolean;
	readonly availability?: string;
	/** The generations that have the command when only some do: `xp`, `2003`, `vista` (Vista and later). */
	readonly targets?: readonly ('xp' | '2003' | 'vista')[];
	readonly afterSysprep?: 'harmless';
	/** Its arguments are file or folder paths, so an unquoted path with a space splits into two arguments. */
	readonly pathArguments?: boolean;
	/** It changes the current folder and takes the rest of the line as the folder's name (`cd`, `pushd`). */
	readonly changesFolder?: boolean;
	/** It waits for a key or an answer at the console (`pause`, `set /p`, `choice`). */
	readonly prompts?: PromptSpec;
	/** The reference page or seed the row was checked against, or `unverified`. */
	readonly source: string;
}

export const batchCommands: readonly BatchCommandSpec[] = [
	// cmd.exe built-ins.
	{ name: 'assoc', kind: 'builtin', syntax: 'assoc [.ext[=[fileType]]]', doc: 'Shows or changes which file type an extension belongs to.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'break', kind: 'builtin', syntax: 'break', doc: 'Kept for MS-DOS compatibility; does nothing on Windows.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'call', kind: 'builtin', syntax: 'call [drive:][path]file [args] | call :label [args]', doc: 'Runs another batch file and returns, or runs a subroutine at `:label` until `goto :eof` or `exit /b`. Without `call`, running a batch file never comes back.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'cd', aliases: ['chdir'], kind: 'builtin', syntax: 'cd [/d] [drive:][path]', doc: 'Shows or changes the current folder. Without `/d` the current drive stays the same.', switches: [{ name: '/d', doc: 'Also changes the current drive.' }], changesFolder: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'cls', kind: 'builtin', syntax: 'cls', doc: 'Clears the console window.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'color', kind: 'builtin', syntax: 'color [attr]', doc: 'Sets console background and text colours from two hex digits.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'copy', kind: 'builtin', syntax: 'copy [/y|/-y] [/v] [/b|/a] source [+ source …] [destination]', doc: 'Copies one or more files; `+` joins files into one.', switches: [{ name: '/y', doc: 'Overwrites without asking.' }, { name: '/-y', doc: 'Asks before overwriting.' }, { name: '/v', doc: 'Verifies the copy.' }, { name: '/b', doc: 'Binary copy.' }, { name: '/a', doc: 'ASCII copy (stops at Ctrl+Z).' }, { name: '/z', doc: 'Restartable network copy.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'date', kind: 'builtin', syntax: 'date [/t | date]', doc: 'Shows or sets the system date.', switches: [{ name: '/t', doc: 'Prints the date without asking for a new one.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'del', aliases: ['erase'], kind: 'builtin', syntax: 'del [/p] [/f] [/s] [/q] [/a[:attrs]] names', doc: 'Deletes files. A folder name deletes the files inside it, not the folder.', switches: [{ name: '/p', doc: 'Asks before each file.' }, { name: '/f', doc: 'Also deletes read-only files.' }, { name: '/s', doc: 'Deletes matching files in all subfolders too.' }, { name: '/q', doc: 'Quiet: no confirmation for wildcards.' }, { name: '/a', doc: 'Selects files by attribute (`/a:h` hidden, `/a:r` read-only, …).' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'dir', kind: 'builtin', syntax: 'dir [path] [/a[:attrs]] [/b] [/s] [/o[:order]]', doc: 'Lists files and folders.', switches: [{ name: '/b', doc: 'Bare format: names only.' }, { name: '/s', doc: 'Includes subfolders.' }, { name: '/a', doc: 'Selects by attribute.' }, { name: '/o', doc: 'Sorts the list.' }, { name: '/w', doc: 'Wide format.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'echo', kind: 'builtin', syntax: 'echo [on|off] | echo message | echo.', doc: 'Prints a message, or turns command echoing on or off. `echo.` prints an empty line; `@` before a line hides that line alone.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'endlocal', kind: 'builtin', syntax: 'endlocal', doc: 'Ends the environment changes begun by the matching `setlocal`.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'exit', kind: 'builtin', syntax: 'exit [/b] [exitCode]', doc: 'Closes cmd.exe, or with `/b` leaves only the current batch file or subroutine, setting ERRORLEVEL.', switches: [{ name: '/b', doc: 'Leaves the batch file (or `call`ed subroutine) instead of closing cmd.exe.' }], afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'for', kind: 'builtin', syntax: 'for [/d|/r [path]|/l|/f ["options"]] %%v in (set) do command', doc: 'Runs a command for each item of a set: files, folders (`/d`), a tree (`/r`), a number range (`/l`) or the lines of files, strings or command output (`/f`). In batch files the loop variable is written `%%v`.', switches: [{ name: '/d', doc: 'Matches folders instead of files.' }, { name: '/r', doc: 'Walks a folder tree.' }, { name: '/l', doc: 'Counts: `(start,step,end)`.' }, { name: '/f', doc: 'Parses lines; options such as `"usebackq tokens=1,2 delims=,"` control the split.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'ftype', kind: 'builtin', syntax: 'ftype [fileType[=[command]]]', doc: 'Shows or changes the open command of a file type.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'goto', kind: 'builtin', syntax: 'goto label | goto :eof', doc: 'Continues at the line after `:label`. `goto :eof` ends the batch file or the current `call`ed subroutine.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'if', kind: 'builtin', syntax: 'if [/i] [not] errorlevel n | exist path | defined var | a==b | a op b command [else command]', doc: 'Runs a command when a condition holds. `else` works only after a closing parenthesis on the same line. Comparison operators: `equ neq lss leq gtr geq`.', switches: [{ name: '/i', doc: 'Compares strings without regard to case.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'md', aliases: ['mkdir'], kind: 'builtin', syntax: 'md [drive:]path', doc: 'Creates a folder, with any missing parent folders.', pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'mklink', kind: 'builtin', syntax: 'mklink [/d|/h|/j] link target', doc: 'Creates symbolic links, hard links or junctions.', availability: 'Windows Vista and later only.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'move', kind: 'builtin', syntax: 'move [/y|/-y] source destination', doc: 'Moves or renames files and folders.', switches: [{ name: '/y', doc: 'Overwrites without asking.' }, { name: '/-y', doc: 'Asks before overwriting.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'path', kind: 'builtin', syntax: 'path [paths] | path ;', doc: 'Shows or sets the program search path.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'pause', kind: 'builtin', syntax: 'pause', doc: 'Waits for a key press, printing "Press any key to continue…". It blocks an unattended run.', afterSysprep: 'harmless', prompts: { effect: 'waits for a key press that never comes' }, source: 'Windows XP command-line reference A-Z' },
	{ name: 'popd', kind: 'builtin', syntax: 'popd', doc: 'Returns to the folder saved by `pushd`.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'prompt', kind: 'builtin', syntax: 'prompt [text]', doc: 'Changes the command prompt.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'pushd', kind: 'builtin', syntax: 'pushd [path]', doc: 'Saves the current folder and changes to another; a UNC path gets a temporary drive letter.', changesFolder: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'rd', aliases: ['rmdir'], kind: 'builtin', syntax: 'rd [/s] [/q] path', doc: 'Removes a folder.', switches: [{ name: '/s', doc: 'Removes all files and subfolders too.' }, { name: '/q', doc: 'Quiet: no confirmation with `/s`.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'rem', kind: 'builtin', syntax: 'rem [comment]', doc: 'A comment: the rest of the line is ignored (redirections and `%` expansion still happen).', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'ren', aliases: ['rename'], kind: 'builtin', syntax: 'ren [drive:][path]name newName', doc: 'Renames files; the new name cannot contain a path.', pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'set', kind: 'builtin', syntax: 'set [name=[value]] | set /a expr | set /p name=prompt', doc: 'Shows, sets or removes environment variables. `set "name=value"` keeps trailing spaces out of the value.', switches: [{ name: '/a', doc: 'Evaluates an arithmetic expression.' }, { name: '/p', doc: 'Reads the value from the user (or redirected input).' }], prompts: { withSwitch: '/p', effect: 'waits for an answer and an Enter that never come' }, source: 'Windows XP command-line reference A-Z' },
	{ name: 'setlocal', kind: 'builtin', syntax: 'setlocal [enableextensions|disableextensions] [enabledelayedexpansion|disabledelayedexpansion]', doc: 'Starts a local environment that ends at `endlocal` or the end of the script. `enabledelayedexpansion` makes `!var!` read the value at run time, inside blocks too.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'shift', kind: 'builtin', syntax: 'shift [/n]', doc: 'Moves the batch parameters down by one (`%2` becomes `%1`).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'start', kind: 'builtin', syntax: 'start ["title"] [/d path] [/min|/max] [/wait] [/b] [/low|/normal|/high] program [args]', doc: 'Starts a program in a new window and returns at once unless `/wait` is given. A first quoted argument is taken as the window title, so write `start "" "C:\\path with spaces\\prog.exe"`.', switches: [{ name: '/wait', doc: 'Waits for the program to end before the script continues.' }, { name: '/b', doc: 'Runs in the same console without a new window.' }, { name: '/min', doc: 'Starts minimised.' }, { name: '/max', doc: 'Starts maximised.' }, { name: '/d', doc: 'Sets the starting folder.' }, { name: '/low', doc: 'Low priority.' }, { name: '/normal', doc: 'Normal priority.' }, { name: '/high', doc: 'High priority.' }, { name: '/realtime', doc: 'Real-time priority.' }, { name: '/i', doc: 'Uses the environment cmd.exe started with.' }, { name: '/separate', doc: 'Runs a 16-bit program in its own memory space.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'time', kind: 'builtin', syntax: 'time [/t | time]', doc: 'Shows or sets the system time.', switches: [{ name: '/t', doc: 'Prints the time without asking for a new one.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'title', kind: 'builtin', syntax: 'title text', doc: 'Sets the console window title.', afterSysprep: 'harmless', source: 'Windows XP command-line reference A-Z' },
	{ name: 'type', kind: 'builtin', syntax: 'type file', doc: 'Prints the content of text files.', pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'ver', kind: 'builtin', syntax: 'ver', doc: 'Prints the Windows version.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'verify', kind: 'builtin', syntax: 'verify [on|off]', doc: 'Turns write verification on or off.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'vol', kind: 'builtin', syntax: 'vol [drive:]', doc: 'Prints the volume label and serial number.', source: 'Windows XP command-line reference A-Z' },
	// Windows command-line programs.
	{ name: 'at', kind: 'windows', syntax: 'at [\\\\computer] time [/every:days] "command"', doc: 'Schedules a command through the Task Scheduler (superseded by `schtasks`).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'attrib', kind: 'windows', syntax: 'attrib [+r|-r] [+a|-a] [+s|-s] [+h|-h] files [/s [/d]]', doc: 'Shows or changes file attributes.', switches: [{ name: '/s', doc: 'Includes matching files in subfolders.' }, { name: '/d', doc: 'Includes folders.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'bcdedit', kind: 'windows', syntax: 'bcdedit /set {id} setting value', doc: 'Edits the boot configuration data store.', availability: 'Windows Vista and later; XP/2003 use `boot.ini` and `bootcfg`.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'bootcfg', kind: 'windows', syntax: 'bootcfg /query | /timeout n | /raw …', doc: 'Reads and edits `boot.ini`.', availability: 'Windows XP and Server 2003.', targets: ['xp', '2003'], source: 'Windows XP command-line reference A-Z' },
	{ name: 'cacls', kind: 'windows', syntax: 'cacls file [/t] [/e] [/g user:perm] [/r user]', doc: 'Shows or changes file access control lists (superseded by `icacls`).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'chkdsk', kind: 'windows', syntax: 'chkdsk [volume] [/f] [/r]', doc: 'Checks a disk and reports or repairs errors.', switches: [{ name: '/f', doc: 'Fixes errors.' }, { name: '/r', doc: 'Finds bad sectors and recovers readable data.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'choice', kind: 'windows', syntax: 'choice [/c keys] [/t seconds /d default] [/m text]', doc: 'Asks the user to pick one key and sets ERRORLEVEL to its position.', availability: 'Server 2003 and Vista and later; not in Windows XP.', prompts: { unlessSwitch: '/t', effect: 'waits for a key that never comes; `/t seconds /d key` lets it go on with the default' }, source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'cipher', kind: 'windows', syntax: 'cipher [/w:folder] …', doc: 'Shows or changes EFS encryption; `/w` wipes free space.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'cleanmgr', kind: 'windows', syntax: 'cleanmgr [/sagerun:n]', doc: 'Disk Cleanup; `/sagerun:n` runs the cleanup set saved with `/sageset:n`.', source: 'unverified' },
	{ name: 'cmd', kind: 'windows', syntax: 'cmd [/c|/k] [/q] [/v:on] [/e:on] command', doc: 'Starts a new command interpreter.', switches: [{ name: '/c', doc: 'Runs the command and ends.' }, { name: '/k', doc: 'Runs the command and stays open.' }, { name: '/q', doc: 'Turns echo off.' }, { name: '/v:on', doc: 'Enables delayed expansion (`!var!`).' }, { name: '/e:on', doc: 'Enables command extensions.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'compact', kind: 'windows', syntax: 'compact [/c|/u] [/s] files', doc: 'Shows or changes NTFS compression.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'control', kind: 'windows', syntax: 'control [applet]', doc: 'Opens Control Panel or one of its applets.', source: 'unverified' },
	{ name: 'cscript', kind: 'windows', syntax: 'cscript [//nologo] [//b] script.vbs [args]', doc: 'Runs a VBScript or JScript file with console output (Windows Script Host).', switches: [{ name: '//nologo', doc: 'Hides the banner.' }, { name: '//b', doc: 'Batch mode: no prompts or script errors shown.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'defrag', kind: 'windows', syntax: 'defrag volume [-a] [-f] [-v]', doc: 'Defragments a volume.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'diskpart', kind: 'windows', syntax: 'diskpart [/s script]', doc: 'Manages disks, partitions and volumes from a script.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'driverquery', kind: 'windows', syntax: 'driverquery [/v] [/fo csv]', doc: 'Lists installed drivers.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'eventcreate', kind: 'windows', syntax: 'eventcreate /t type /id n /l log /d text', doc: 'Writes an event into an event log.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'expand', kind: 'windows', syntax: 'expand source [-f:files] destination', doc: 'Extracts files from compressed `.cab` or `_`-named files (for example `Deploy.cab`).', switches: [{ name: '-f:', doc: 'Names the files to extract (`-f:*` for all).' }, { name: '-r', doc: 'Renames expanded files.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
	{ name: 'explorer', kind: 'windows', syntax: 'explorer [path]', doc: 'The Windows shell; with a path, opens a folder window.', source: 'unverified' },
	{ name: 'find', kind: 'windows', syntax: 'find [/i] [/v] [/c] "text" [files]', doc: 'Searches for a text in files or piped input; ERRORLEVEL is 0 when found.', switches: [{ name: '/i', doc: 'Ignores case.' }, { name: '/v', doc: 'Prints lines that do not match.' }, { name: '/c', doc: 'Counts matching lines.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'findstr', kind: 'windows', syntax: 'findstr [/i] [/r] [/c:"text"] strings [files]', doc: 'Searches for strings or regular expressions in files or piped input.', switches: [{ name: '/i', doc: 'Ignores case.' }, { name: '/r', doc: 'Regular expressions.' }, { name: '/c:', doc: 'A literal search string.' }, { name: '/v', doc: 'Non-matching lines.' }, { name: '/s', doc: 'Searches subfolders.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'format', kind: 'windows', syntax: 'format volume [/fs:ntfs] [/q] [/y]', doc: 'Formats a disk volume.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'fsutil', kind: 'windows', syntax: 'fsutil command …', doc: 'File-system utilities (behaviour settings, dirty bit, hard links, …).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'gpupdate', kind: 'windows', syntax: 'gpupdate [/force] [/target:computer|user]', doc: 'Refreshes Group Policy.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'icacls', kind: 'windows', syntax: 'icacls file [/grant user:perm] [/t]', doc: 'Shows or changes file permissions.', availability: 'Server 2003 SP2 and Vista and later; not in Windows XP.', targets: ['vista'], pathArguments: true, source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'ipconfig', kind: 'windows', syntax: 'ipconfig [/all | /release | /renew | /flushdns | /registerdns]', doc: 'Shows and refreshes the TCP/IP configuration.', switches: [{ name: '/all', doc: 'Full details.' }, { name: '/release', doc: 'Releases DHCP leases — common before imaging.' }, { name: '/renew', doc: 'Renews DHCP leases.' }, { name: '/flushdns', doc: 'Empties the DNS client cache.' }, { name: '/registerdns', doc: 'Re-registers DNS names.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'label', kind: 'windows', syntax: 'label [drive:][label]', doc: 'Changes a volume label.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'logoff', kind: 'windows', syntax: 'logoff [session]', doc: 'Logs off a session.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'more', kind: 'windows', syntax: 'more [file]', doc: 'Shows output one screen at a time.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'mountvol', kind: 'windows', syntax: 'mountvol [path volume] [/d]', doc: 'Creates, lists and removes volume mount points.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'msiexec', kind: 'windows', syntax: 'msiexec /i package.msi [/qn] [/norestart] [PROPERTY=value]', doc: 'Installs, repairs and removes Windows Installer packages.', switches: [{ name: '/i', doc: 'Installs.' }, { name: '/x', doc: 'Uninstalls.' }, { name: '/qn', doc: 'No user interface.' }, { name: '/qb', doc: 'Basic progress only.' }, { name: '/norestart', doc: 'Never restarts.' }, { name: '/l*v', doc: 'Verbose log file.' }], source: 'Windows XP command-line reference A-Z' },
	{
		name: 'net',
		source: 'Windows XP command-line reference A-Z',
		kind: 'windows',
		syntax: 'net stop|start|use|user|localgroup|share|time|view … [/yes]',
		doc: 'Manages services, network connections, shares, users and groups. `/yes` answers the questions `net` would ask (stopping dependent services, closing open files).',
		acceptsDisplayName: true,
		switches: [{ name: '/yes', doc: 'Answers yes to every question (also `/y`).' }, { name: '/y', doc: 'Answers yes to every question.' }, { name: '/no', doc: 'Answers no to every question.' }],
		subcommands: [
			{ name: 'stop', doc: 'Stops a service and, with `/yes`, the services that depend on it. Takes the key name or the display name.', takesService: true, stopsService: true },
			{ name: 'start', doc: 'Starts a service; without a name lists the running ones.', takesService: true },
			{ name: 'pause', doc: 'Pauses a service that supports it.', takesService: true },
			{ name: 'continue', doc: 'Resumes a paused service.', takesService: true },
			{ name: 'use', doc: 'Connects or disconnects network drives; `net use * /delete /yes` drops every connection.', switches: [{ name: '/delete', doc: 'Removes the connection.' }, { name: '/persistent:', doc: '`yes` or `no`: whether connections come back at logon.' }, { name: '/user:', doc: 'Connects as another account.' }] },
			{ name: 'user', doc: 'Adds, changes or removes user accounts.', switches: [{ name: '/add', doc: 'Creates the account.' }, { name: '/delete', doc: 'Deletes the account.' }, { name: '/active:', doc: '`yes` or `no`.' }, { name: '/expires:', doc: 'Expiry date or `never`.' }] },
			{ name: 'localgroup', doc: 'Adds or removes local groups and their members.', switches: [{ name: '/add', doc: 'Adds.' }, { name: '/delete', doc: 'Removes.' }] },
			{ name: 'share', doc: 'Creates, lists and removes shares.', switches: [{ name: '/delete', doc: 'Removes the share.' }] },
			{ name: 'time', doc: 'Shows or synchronises the clock with another computer.', switches: [{ name: '/set', doc: 'Sets the local clock.' }] },
			{ name: 'view', doc: 'Lists computers or shares.' },
			{ name: 'accounts', doc: 'Shows or changes password and logon policy.' },
			{ name: 'config', doc: 'Shows Server or Workstation settings.' },
			{ name: 'session', doc: 'Lists or ends sessions with this server.' },
			{ name: 'send', doc: 'Sends a Messenger message.' },
		],
	},
	{ name: 'netsh', kind: 'windows', syntax: 'netsh context command …', doc: 'Configures networking: interfaces, firewall (`netsh firewall` on XP SP2/2003), WinHTTP proxy and more.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'netstat', kind: 'windows', syntax: 'netstat [-a] [-n] [-o]', doc: 'Lists network connections and listening ports.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'nslookup', kind: 'windows', syntax: 'nslookup [name] [server]', doc: 'Queries DNS servers.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'ping', kind: 'windows', syntax: 'ping [-n count] [-w ms] host', doc: 'Checks that a host answers; `ping -n 6 127.0.0.1 >nul` is the XP idiom for waiting about five seconds.', switches: [{ name: '-n', doc: 'Number of echo requests.' }, { name: '-w', doc: 'Timeout per reply in milliseconds.' }, { name: '-t', doc: 'Pings until stopped.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'powercfg', kind: 'windows', syntax: 'powercfg /hibernate off | /change …', doc: 'Changes power schemes and hibernation.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'reg', kind: 'windows', syntax: 'reg query|add|delete|copy|save|load|unload|import|export key [/v name] [/t type] [/d data] [/f]', doc: 'Reads and changes the registry from the command line.', switches: [{ name: '/v', doc: 'Names the value.' }, { name: '/ve', doc: 'The default (unnamed) value.' }, { name: '/t', doc: 'Value type (`REG_SZ`, `REG_DWORD`, …).' }, { name: '/d', doc: 'Value data.' }, { name: '/f', doc: 'Overwrites or deletes without asking.' }, { name: '/s', doc: 'Queries all subkeys.' }], subcommands: [{ name: 'query', doc: 'Reads keys and values.' }, { name: 'add', doc: 'Adds or changes a key or value.' }, { name: 'delete', doc: 'Deletes a key or value.' }, { name: 'copy', doc: 'Copies a key.' }, { name: 'save', doc: 'Saves a key to a hive file.' }, { name: 'load', doc: 'Loads a hive file under a key (e.g. the default user profile).' }, { name: 'unload', doc: 'Unloads a hive loaded with `reg load`.' }, { name: 'import', doc: 'Imports a `.reg` file.', pathArguments: true }, { name: 'export', doc: 'Exports a key to a `.reg` file.', pathArguments: true }, { name: 'compare', doc: 'Compares keys.' }, { name: 'restore', doc: 'Restores a saved hive.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'regedit', kind: 'windows', syntax: 'regedit [/s] file.reg', doc: 'Registry Editor; `regedit /s file.reg` imports a file without asking.', switches: [{ name: '/s', doc: 'Silent import.' }, { name: '/e', doc: 'Exports a key to a file.' }], source: 'unverified' },
	{ name: 'regsvr32', kind: 'windows', syntax: 'regsvr32 [/s] [/u] file.dll', doc: 'Registers or unregisters a COM DLL.', switches: [{ name: '/s', doc: 'No message boxes.' }, { name: '/u', doc: 'Unregisters.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'robocopy', kind: 'windows', syntax: 'robocopy source destination [files] [/mir] [/e] …', doc: 'Robust file and tree copy.', availability: 'Vista and later; on XP/2003 only from the Resource Kit.', pathArguments: true, source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'rundll32', kind: 'windows', syntax: 'rundll32 dll,entry [args]', doc: 'Calls an exported function of a DLL (Control Panel applets, printer setup, …).', source: 'unverified' },
	{ name: 'runas', kind: 'windows', syntax: 'runas /user:name command', doc: 'Runs a program as another user; it asks for the password.', source: 'Windows XP command-line reference A-Z' },
	{
		name: 'sc',
		source: 'Windows XP command-line reference A-Z',
		kind: 'windows',
		syntax: 'sc [\\\\server] query|start|stop|config|delete|create|description service [options]',
		doc: 'Talks to the service control manager. Takes the service key name only (not the display name); options are written `name= value` with the space after `=`.',
		serverArgument: true,
		switches: [{ name: 'start=', doc: '`auto`, `demand`, `disabled`, `boot` or `system`.' }, { name: 'binpath=', doc: 'The service command line.' }, { name: 'depend=', doc: 'Services it depends on, separated by `/`.' }, { name: 'obj=', doc: 'The account it runs as.' }, { name: 'displayname=', doc: 'The display name.' }, { name: 'type=', doc: 'Service type (`own`, `share`, `kernel`, …).' }],
		subcommands: [
			{ name: 'query', doc: 'Shows the state of a service (or of all with no name).', takesService: true },
			{ name: 'queryex', doc: 'Like `query`, with the process ID.', takesService: true },
			{ name: 'qc', doc: 'Shows the configuration of a service.', takesService: true },
			{ name: 'start', doc: 'Starts a service.', takesService: true },
			{ name: 'stop', doc: 'Asks a service to stop and returns without waiting.', takesService: true, stopsService: true },
			{ name: 'pause', doc: 'Pauses a service.', takesService: true },
			{ name: 'continue', doc: 'Resumes a paused service.', takesService: true },
			{ name: 'config', doc: 'Changes the configuration, e.g. `sc config wuauserv start= disabled`.', takesService: true },
			{ name: 'description', doc: 'Sets the description.', takesService: true },
			{ name: 'failure', doc: 'Sets the recovery actions.', takesService: true },
			{ name: 'delete', doc: 'Marks a service for deletion.', takesService: true },
			{ name: 'create', doc: 'Creates a service.' },
		],
	},
	{ name: 'schtasks', kind: 'windows', syntax: 'schtasks /create|/delete|/run|/query …', doc: 'Creates, runs and removes scheduled tasks.', switches: [{ name: '/create', doc: 'Creates a task.' }, { name: '/delete', doc: 'Deletes a task.' }, { name: '/run', doc: 'Runs a task now.' }, { name: '/query', doc: 'Lists tasks.' }, { name: '/tn', doc: 'Task name.' }, { name: '/tr', doc: 'Command to run.' }, { name: '/sc', doc: 'Schedule (`once`, `onstart`, `onlogon`, …).' }, { name: '/ru', doc: 'Account to run as.' }, { name: '/f', doc: 'No confirmation.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'secedit', kind: 'windows', syntax: 'secedit /configure /db file.sdb [/cfg file.inf]', doc: 'Applies or analyses security templates.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'setx', kind: 'windows', syntax: 'setx name value [/m]', doc: 'Sets an environment variable permanently (for new processes).', availability: 'Server 2003 Support Tools, Vista and later; not in Windows XP.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'sfc', kind: 'windows', syntax: 'sfc /scannow', doc: 'Checks protected system files and restores changed ones.', source: 'Windows XP command-line reference A-Z' },
	{
		name: 'shutdown',
		source: 'Windows XP command-line reference A-Z',
		kind: 'windows',
		syntax: 'shutdown [-s|-r|-l|-a] [-f] [-t seconds] [-c "comment"] [-m \\\\computer]',
		doc: 'Shuts down, restarts or logs off the computer. XP and Server 2003 write switches with `-` (the `/` form also works).',
		switches: [{ name: '-s', doc: 'Shuts down.' }, { name: '-r', doc: 'Restarts.' }, { name: '-l', doc: 'Logs off.' }, { name: '-a', doc: 'Cancels a pending shutdown.' }, { name: '-f', doc: 'Closes programs without warning.' }, { name: '-t', doc: 'Delay in seconds (default 30).' }, { name: '-c', doc: 'Comment shown to users.' }, { name: '-m', doc: 'Remote computer.' }, { name: '-d', doc: 'Reason code.' }, { name: '/s', doc: 'Shuts down.' }, { name: '/r', doc: 'Restarts.' }, { name: '/f', doc: 'Closes programs without warning.' }, { name: '/t', doc: 'Delay in seconds.' }],
	},
	{ name: 'sort', kind: 'windows', syntax: 'sort [/r] [file]', doc: 'Sorts lines.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'subst', kind: 'windows', syntax: 'subst [drive: path | drive: /d]', doc: 'Maps a folder to a drive letter.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'systeminfo', kind: 'windows', syntax: 'systeminfo [/fo csv]', doc: 'Prints the system configuration.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'takeown', kind: 'windows', syntax: 'takeown /f file [/r]', doc: 'Takes ownership of files.', availability: 'Server 2003 and Vista and later; not in Windows XP.', pathArguments: true, source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'taskkill', kind: 'windows', syntax: 'taskkill [/f] /im image.exe | /pid id [/t]', doc: 'Ends processes by image name or process ID. Ships with XP Professional and Server 2003 (not XP Home).', switches: [{ name: '/f', doc: 'Forces the process to end.' }, { name: '/im', doc: 'Image name, wildcards allowed (`name.exe`).' }, { name: '/pid', doc: 'Process ID.' }, { name: '/t', doc: 'Also ends child processes.' }, { name: '/fi', doc: 'Filter, e.g. `"USERNAME eq admin"`.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'tasklist', kind: 'windows', syntax: 'tasklist [/fi filter] [/svc]', doc: 'Lists running processes.', switches: [{ name: '/svc', doc: 'Shows services in each process.' }, { name: '/fi', doc: 'Filter.' }, { name: '/fo', doc: 'Output format.' }], source: 'Windows XP command-line reference A-Z' },
	{ name: 'timeout', kind: 'windows', syntax: 'timeout /t seconds [/nobreak]', doc: 'Waits for the given number of seconds or a key press.', switches: [{ name: '/t', doc: 'Seconds to wait (-1 waits for a key).' }, { name: '/nobreak', doc: 'Ignores key presses.' }], availability: 'Server 2003 and Vista and later; not in Windows XP (use `ping -n` there).', afterSysprep: 'harmless', prompts: { unlessSwitch: '/nobreak', effect: 'can be cut short by a key, or fail at once with "Input redirection is not supported" when there is no console to read keys from; `/nobreak` ignores keys, and `ping -n <seconds+1> 127.0.0.1 >nul` waits with no console at all' }, source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'tskill', kind: 'windows', syntax: 'tskill process | pid', doc: 'Ends a process by name or ID (Terminal Services tool).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'vssadmin', kind: 'windows', syntax: 'vssadmin list|delete shadows …', doc: 'Manages volume shadow copies.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'w32tm', kind: 'windows', syntax: 'w32tm /resync | /config …', doc: 'Configures and tests the Windows Time service.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'where', kind: 'windows', syntax: 'where [/r dir] pattern', doc: 'Finds files on the search path.', availability: 'Server 2003 and Vista and later; not in Windows XP.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'whoami', kind: 'windows', syntax: 'whoami [/all]', doc: 'Prints the current user.', availability: 'Server 2003 and Vista and later; in the XP Support Tools.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'wmic', kind: 'windows', syntax: 'wmic alias verb …', doc: 'WMI from the command line (not in XP Home).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'wscript', kind: 'windows', syntax: 'wscript script.vbs [args]', doc: 'Runs a VBScript or JScript file with windowed output.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'notepad', kind: 'windows', syntax: 'notepad [file]', doc: 'Opens a text file in Notepad; the script waits until it is closed.', source: 'unverified' },
	{ name: 'mshta', kind: 'windows', syntax: 'mshta file.hta | url', doc: 'Runs an HTML Application.', source: 'unverified' },
	{ name: 'wuauclt', kind: 'windows', syntax: 'wuauclt /detectnow | /resetauthorization', doc: 'Automatic Updates client; `/resetauthorization /detectnow` makes a cloned machine register afresh with WSUS.', switches: [{ name: '/detectnow', doc: 'Checks for updates now.' }, { name: '/resetauthorization', doc: 'Drops the WSUS cookie so the machine gets a new identity.' }], source: 'unverified' },
	{ name: 'sysocmgr', kind: 'windows', syntax: 'sysocmgr /i:%windir%\\inf\\sysoc.inf /u:answer.txt /q', doc: 'Adds or removes Windows optional components from an answer file.', availability: 'Windows XP and Server 2003.', targets: ['xp', '2003'], source: 'unverified' },
	{ name: 'hostname', kind: 'windows', syntax: 'hostname', doc: 'Prints the computer name.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'tracert', kind: 'windows', syntax: 'tracert host', doc: 'Shows the route to a host.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'route', kind: 'windows', syntax: 'route print | add | delete …', doc: 'Shows and changes the IP routing table.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'arp', kind: 'windows', syntax: 'arp -a | -d …', doc: 'Shows and changes the ARP cache.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'nbtstat', kind: 'windows', syntax: 'nbtstat -R | -n | -a name', doc: 'NetBIOS over TCP/IP statistics and cache control.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'fc', kind: 'windows', syntax: 'fc file1 file2', doc: 'Compares two files.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'tree', kind: 'windows', syntax: 'tree [path] [/f]', doc: 'Draws the folder tree.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'msg', kind: 'windows', syntax: 'msg user message', doc: 'Sends a message to a session.', source: 'unverified' },
	{ name: 'ntbackup', kind: 'windows', syntax: 'ntbackup backup …', doc: 'Windows Backup from the command line.', availability: 'Windows XP and Server 2003.', targets: ['xp', '2003'], source: 'unverified' },
	{ name: 'powershell', kind: 'windows', syntax: 'powershell -command …', doc: 'Windows PowerShell.', availability: 'Vista and later in the box; an optional download on XP/Server 2003.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'pnputil', kind: 'windows', syntax: 'pnputil -a driver.inf', doc: 'Adds drivers to the driver store.', availability: 'Windows Vista and later.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'dism', kind: 'windows', syntax: 'dism /online …', doc: 'Services Windows images and the running system.', availability: 'Windows 7 / Server 2008 R2 and later.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'wevtutil', kind: 'windows', syntax: 'wevtutil cl log', doc: 'Manages event logs (`cl` clears one).', availability: 'Windows Vista and later.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'comp', kind: 'windows', syntax: 'comp file1 file2', doc: 'Compares two files or sets of files byte by byte.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'convert', kind: 'windows', syntax: 'convert volume /fs:ntfs', doc: 'Converts a FAT volume to NTFS in place.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'diskcomp', kind: 'windows', syntax: 'diskcomp drive1: drive2:', doc: 'Compares the contents of two floppy disks.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'diskcopy', kind: 'windows', syntax: 'diskcopy drive1: drive2:', doc: 'Copies one floppy disk to another.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'doskey', kind: 'windows', syntax: 'doskey macro=text', doc: 'Edits command lines and defines command macros.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'chcp', kind: 'windows', syntax: 'chcp [codepage]', doc: 'Shows or sets the console code page (`chcp 65001` for UTF-8).', source: 'Windows XP command-line reference A-Z' },
	{ name: 'getmac', kind: 'windows', syntax: 'getmac [/v]', doc: 'Prints the MAC addresses of the network adapters.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'openfiles', kind: 'windows', syntax: 'openfiles /query', doc: 'Lists files opened by local or remote users.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'pathping', kind: 'windows', syntax: 'pathping host', doc: 'Traces a route and measures loss per hop.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'print', kind: 'windows', syntax: 'print [/d:device] file', doc: 'Prints a text file.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'recover', kind: 'windows', syntax: 'recover file', doc: 'Recovers readable data from a damaged disk.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'replace', kind: 'windows', syntax: 'replace source destination [/a] [/s]', doc: 'Replaces or adds files in a folder.', source: 'Windows XP command-line reference A-Z' },
	{ name: 'mode', kind: 'windows', syntax: 'mode con|com1 …', doc: 'Configures console and serial ports.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'clip', kind: 'windows', syntax: 'command | clip', doc: 'Copies piped output to the clipboard.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'forfiles', kind: 'windows', syntax: 'forfiles /p path /m mask /c "cmd /c …"', doc: 'Runs a command for each file that matches.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'waitfor', kind: 'windows', syntax: 'waitfor signal', doc: 'Waits for or sends a named signal between computers.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'certutil', kind: 'windows', syntax: 'certutil -addstore root file.cer', doc: 'Manages certificates and certificate stores.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'bitsadmin', kind: 'windows', syntax: 'bitsadmin /transfer name url file', doc: 'Creates and watches BITS transfer jobs.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'wusa', kind: 'windows', syntax: 'wusa update.msu /quiet /norestart', doc: 'Installs Windows update packages (`.msu`).', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'winrm', kind: 'windows', syntax: 'winrm quickconfig | set …', doc: 'Configures Windows Remote Management.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'gpresult', kind: 'windows', syntax: 'gpresult /r', doc: 'Shows the applied Group Policy.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'auditpol', kind: 'windows', syntax: 'auditpol /set …', doc: 'Shows and changes audit policy.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'bootsect', kind: 'windows', syntax: 'bootsect /nt60 drive:', doc: 'Writes a boot sector for bootmgr or NTLDR.', source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'bcdboot', kind: 'windows', syntax: 'bcdboot C:\\Windows', doc: 'Creates boot files and a BCD store from an installed Windows.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'reagentc', kind: 'windows', syntax: 'reagentc /info', doc: 'Configures the Windows Recovery Environment.', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'wpeutil', kind: 'windows', syntax: 'wpeutil reboot', doc: 'Windows PE commands (reboot, shutdown, network start).', targets: ['vista'], source: 'Windows Commands reference (learn.microsoft.com)' },
	{ name: 'xcopy', kind: 'windows', syntax: 'xcopy source [destination] [/e] [/i] [/h] [/k] [/y] [/c] [/q]', doc: 'Copies files and folder trees.', switches: [{ name: '/e', doc: 'Copies subfolders, empty ones too.' }, { name: '/s', doc: 'Copies non-empty subfolders.' }, { name: '/i', doc: 'Treats a missing destination as a folder.' }, { name: '/h', doc: 'Copies hidden and system files.' }, { name: '/k', doc: 'Keeps attributes.' }, { name: '/y', doc: 'Overwrites without asking.' }, { name: '/c', doc: 'Continues after errors.' }, { name: '/q', doc: 'Does not list files.' }, { name: '/r', doc: 'Overwrites read-only files.' }], pathArguments: true, source: 'Windows XP command-line reference A-Z' },
];

/** Environment variables that image scripts read, with what they hold. */
export const wellKnownVariables: readonly { readonly name: string; readonly doc: string }[] = [
	{ name: 'SystemDrive', doc: 'The drive Windows is installed on, e.g. `C:`.' },
	{ name: 'SystemRoot', doc: 'The Windows folder, e.g. `C:\\WINDOWS`.' },
	{ name: 'windir', doc: 'The Windows folder (same as `SystemRoot`).' },
	{ name: 'ProgramFiles', doc: 'The Program Files folder.' },
	{ name: 'CommonProgramFiles', doc: 'The Common Files folder under Program Files.' },
	{ name: 'ALLUSERSPROFILE', doc: 'The All Users profile folder.' },
	{ name: 'USERPROFILE', doc: 'The current user\'s profile folder.' },
	{ name: 'APPDATA', doc: 'The current user\'s Application Data folder.' },
	{ name: 'TEMP', doc: 'The temporary folder of the current user.' },
	{ name: 'TMP', doc: 'The temporary folder of the current user.' },
	{ name: 'COMPUTERNAME', doc: 'The NetBIOS name of this computer.' },
	{ name: 'USERNAME', doc: 'The name of the current user.' },
	{ name: 'USERDOMAIN', doc: 'The domain (or computer) of the current user.' },
	{ name: 'PROCESSOR_ARCHITECTURE', doc: '`x86`, `AMD64` or `IA64`.' },
	{ name: 'PATH', doc: 'The program search path.' },
	{ name: 'PATHEXT', doc: 'Extensions tried when a command has none.' },
	{ name: 'COMSPEC', doc: 'The command interpreter, normally `cmd.exe`.' },
	{ name: 'ERRORLEVEL', doc: 'The exit code of the last program (dynamic, unless a variable of that name was set).' },
	{ name: 'CD', doc: 'The current folder (dynamic).' },
	{ name: 'DATE', doc: 'The current date (dynamic, locale format).' },
	{ name: 'TIME', doc: 'The current time (dynamic, locale format).' },
	{ name: 'RANDOM', doc: 'A random number from 0 to 32767 (dynamic).' },
	{ name: 'CMDCMDLINE', doc: 'The command line that started cmd.exe (dynamic).' },
];

/** Modifiers of `%~` parameters and loop variables, e.g. `%~dp0`. */
export const parameterModifiers: readonly { readonly letter: string; readonly doc: string }[] = [
	{ letter: 'f', doc: 'full path' },
	{ letter: 'd', doc: 'drive' },
	{ letter: 'p', doc: 'folder path with trailing backslash' },
	{ letter: 'n', doc: 'file name without extension' },
	{ letter: 'x', doc: 'extension' },
	{ letter: 's', doc: 'short (8.3) names' },
	{ letter: 'a', doc: 'attributes' },
	{ letter: 't', doc: 'date and time' },
	{ letter: 'z', doc: 'size' },
];

/**
 * Environment variables whose value holds a space. `always`: on every Windows
 * (`C:\Program Files`); otherwise only on XP/Server 2003 (`C:\Documents and
 * Settings\…`) or when the user name has one, so Reseal cannot be sure.
 */
export interface SpacedVariableSpec {
	readonly name: string;
	readonly always: boolean;
	readonly value: string;
	readonly source: string;
}

const envReference = 'Recognized environment variables (learn.microsoft.com); Windows XP Professional Resource Kit, "Environment variables"';

export const spacedVariables: readonly SpacedVariableSpec[] = [
	{ name: 'ProgramFiles', always: true, value: '`C:\\Program Files`', source: envReference },
	{ name: 'ProgramFiles(x86)', always: true, value: '`C:\\Program Files (x86)`', source: envReference },
	{ name: 'ProgramW6432', always: true, value: '`C:\\Program Files`', source: envReference },
	{ name: 'CommonProgramFiles', always: true, value: '`C:\\Program Files\\Common Files`', source: envReference },
	{ name: 'CommonProgramFiles(x86)', always: true, value: '`C:\\Program Files (x86)\\Common Files`', source: envReference },
	{ name: 'CommonProgramW6432', always: true, value: '`C:\\Program Files\\Common Files`', source: envReference },
	{ name: 'ALLUSERSPROFILE', always: false, value: '`C:\\Documents and Settings\\All Users` on XP/Server 2003 (`C:\\ProgramData` later)', source: envReference },
	{ name: 'USERPROFILE', always: false, value: '`C:\\Documents and Settings\\<user>` on XP/Server 2003, `C:\\Users\\<user>` later; the user name may hold a space', source: envReference },
	{ name: 'APPDATA', always: false, value: '`…\\<user>\\Application Data` on XP/Server 2003, `C:\\Users\\<user>\\AppData\\Roaming` later; the user name may hold a space', source: envReference },
];

/** Folders Windows itself creates whose names hold a space, as they appear inside paths. */
export const spacedFolders: readonly { readonly name: string; readonly source: string }[] = [
	{ name: 'Program Files (x86)', source: envReference },
	{ name: 'Program Files', source: envReference },
	{ name: 'Common Files', source: envReference },
	{ name: 'Documents and Settings', source: envReference },
	{ name: 'All Users', source: envReference },
	{ name: 'Default User', source: envReference },
	{ name: 'Application Data', source: envReference },
	{ name: 'Local Settings', source: envReference },
	{ name: 'Start Menu', source: 'Known folders: FOLDERID_StartMenu, FOLDERID_CommonStartMenu (learn.microsoft.com)' },
	{ name: 'Windows NT', source: 'Windows folder layout: `C:\\Program Files\\Windows NT` (Windows XP and later)' },
	{ name: 'Internet Explorer', source: 'Windows folder layout: `C:\\Program Files\\Internet Explorer`' },
	{ name: 'Windows Defender', source: 'Windows folder layout: `C:\\Program Files\\Windows Defender` (Vista and later)' },
];

/**
 * Programs of `%SystemRoot%\System32` (and `\Wbem`, `\WindowsPowerShell\v1.0`) that scripts
 * call and the command table above does not describe; cmd.exe finds them through `PATH`.
 */
export const windowsPrograms: readonly { readonly name: string; readonly targets?: readonly ('xp' | '2003' | 'vista')[]; readonly source: string }[] = [
	...['cmdkey', 'dcomcnfg', 'diskperf', 'eventvwr', 'ftp', 'iexpress', 'lodctr', 'makecab', 'mmc', 'msinfo32', 'qprocess', 'query', 'tscon', 'write', 'calc', 'mspaint', 'regini', 'sigverif', 'verifier', 'winver', 'taskmgr'].map((name) => ({ name, source: 'Windows Commands reference A-Z (learn.microsoft.com); Windows XP command-line reference A-Z' })),
	...['wecutil', 'wbadmin', 'slmgr', 'manage-bde', 'netcfg', 'oobe'].map((name) => ({ name, targets: ['vista'] as const, source: 'Windows Commands reference A-Z (learn.microsoft.com)' })),
];

/**
 * What cmd.exe does in the cases the `bat.*` semantics rules report, shown when
 * the pointer rests on a finding. Our words; `source` names where the behaviour
 * is documented or was observed.
 */
export const cmdRuleNotes: readonly { readonly code: string; readonly note: string; readonly source: string }[] = [
	{ code: 'bat.byte-order-mark', note: 'cmd.exe reads a script byte by byte in the console code page and knows no byte-order mark. The three bytes EF BB BF of a UTF-8 BOM become `ï»¿` (code page 1252/437 shows them differently) glued to the first word, so the first line names a program that does not exist. Editors hide the mark; "UTF-8" without BOM or ANSI avoids it.', source: 'cmd.exe behaviour; Windows Commands reference, cmd (learn.microsoft.com); DosTips "UTF-8 BOM in batch files"' },
	{ code: 'bat.lf-line-ends', note: '`goto` and `call :label` search the file for the label by reading it in 512-byte blocks and computing where lines start from CR LF pairs. With LF-only line ends the computed offsets drift, so a label near a block boundary can be missed ("The system cannot find the batch label specified") or the jump lands in the middle of a line. Git may convert line ends on checkout (`core.autocrlf`); files copied from Linux or a build host keep LF. A file that fits in one block is safe.', source: 'DosTips forum, "GOTO/CALL label search with Unix line endings"; SS64 cmd.exe notes' },
	{ code: 'bat.line-too-long', note: 'cmd.exe reads at most 8191 characters of a line (after expansion the limit is the same); a longer line stops the script with "The input line is too long."', source: 'Command prompt (Cmd.exe) command-line string limitation, KB830473 (learn.microsoft.com)' },
	{ code: 'bat.prose-line', note: 'Every line of a script that is not a label or a comment is a command. A sentence meant as a message starts with a word cmd.exe looks up as a program in the current folder and on `PATH` (with each `PATHEXT` extension); it finds none, prints "is not recognized as an internal or external command" and sets ERRORLEVEL 9009.', source: 'Windows Commands reference, cmd: command search sequence (learn.microsoft.com)' },
	{ code: 'bat.cd-to-program', note: '`cd` and `pushd` take the rest of the line as one folder name (spaces included, with command extensions on). A program path after them is not run; the change fails with "The directory name is invalid." and the script goes on in the old folder.', source: 'Windows Commands reference, cd and pushd (learn.microsoft.com)' },
	{ code: 'bat.unquoted-spaces', note: 'cmd.exe splits the arguments of a command at spaces outside double quotes, after expanding `%variables%`. A path with a space (`C:\\Program Files\\…`, `…\\Start Menu\\Programs\\Startup`) then reaches `copy`, `del`, `rd` or `reg import` as two or more arguments: the command fails, or acts on the wrong path (`rd /s /q` on the pieces). Quote the whole path.', source: 'Windows Commands reference, cmd: "use quotation marks to surround file names that contain spaces" (learn.microsoft.com)' },
	{ code: 'bat.start-title', note: '`start` treats its first double-quoted argument as the title of the new console window. `start "C:\\Program Files\\App\\app.exe"` therefore opens a new cmd.exe window with that title; the program never runs. Pass an empty title first: `start "" "C:\\Program Files\\App\\app.exe"`.', source: 'Windows Commands reference, start (learn.microsoft.com)' },
	{ code: 'bat.slashed-program', note: 'In the command name, cmd.exe stops at `/` (the switch character), so `tools/setup.exe` runs `tools` with the switch `/setup.exe` and `./run.cmd` runs `.`. An absolute path (`C:/Tools/x.exe`) or a quoted one is passed to Windows whole and works; backslashes always do.', source: 'cmd.exe behaviour, observed (superuser.com "How does pushd behave with slashes"); Naming Files, Paths, and Namespaces (learn.microsoft.com)' },
	{ code: 'bat.set-spaces', note: '`set` splits at the first `=` and keeps everything else: `set name = value` defines the variable `name ` (with a trailing space) holding ` value`. `%name%` stays undefined. Spaces around `=` are only allowed in `set /a`.', source: 'Windows Commands reference, set (learn.microsoft.com)' },
	{ code: 'bat.if-parenthesised', note: '`if` takes no parentheses around its condition. In `if ("%X%"=="") (`, the first operand is `("%X%"` and the second `"")`, parentheses included; they are never equal, so the block never runs. The `(` that opens the body comes after the condition.', source: 'Windows Commands reference, if (learn.microsoft.com)' },
	{ code: 'bat.if-unquoted-operand', note: 'Quotes are part of an `if` comparison. `if %VAR%==""` compares the bare value with two quote characters and is false whenever VAR has a value; when VAR is empty the line reads `if ==""`, a syntax error ("=="" was unexpected at this time.") that stops the script. Quote both sides alike: `if "%VAR%"==""`.', source: 'Windows Commands reference, if (learn.microsoft.com)' },
	{ code: 'bat.if-quotes', note: 'cmd.exe reads an `if` operand up to a space or `=` outside quotes; inside quotes everything, `==` included, belongs to the operand. With one quote missing, the `==` ends up inside one long operand, no operator follows, and cmd.exe stops with "The syntax of the command is incorrect."', source: 'Windows Commands reference, if (learn.microsoft.com)' },
	{ code: 'bat.for-single-percent', note: 'At the command prompt a `for` variable is `%i`; in a batch file it must be `%%i`, because cmd.exe first expands `%…%` pairs of the line. `%i in (…) do echo %` becomes an (empty) environment variable and the `for` line falls apart: "… was unexpected at this time."', source: 'Windows Commands reference, for (learn.microsoft.com)' },
	{ code: 'bat.for-syntax', note: 'A `for` needs `in (set) do command` on the same logical line, with a space before each parenthesis that follows `in` and `do`. Without `in` or `do`, or with `in(`/`do(`, cmd.exe reports a syntax error and stops the script.', source: 'Windows Commands reference, for (learn.microsoft.com)' },
	{ code: 'bat.label-in-block', note: 'Inside `( … )` cmd.exe reads a label line (`:name`, and `::` comments are labels) and then takes the next line as a command whatever it is: a second `::` line runs as a command ("The system cannot find the drive specified."), and a `)` right after one is a syntax error (") was unexpected at this time."). `rem` is a command and is safe in blocks.', source: 'SS64, "Comments in a batch file (REM and ::)"; DosTips, "labels inside parenthesised blocks"' },
	{ code: 'bat.delayed-without-setlocal', note: '`!name!` is read at run time only when delayed expansion is on: `setlocal enabledelayedexpansion` in the script, `cmd /v:on`, or the `DelayedExpansion` registry value. Otherwise `!name!` is plain text and stays in the command as written.', source: 'Windows Commands reference, setlocal and cmd /v (learn.microsoft.com)' },
	{ code: 'bat.script-without-call', note: 'Running a `.bat` or `.cmd` file by name transfers control to it: when it ends, cmd.exe ends too (or returns to whoever called the first script), never to the next line here. `call script.cmd` runs it and comes back.', source: 'Windows Commands reference, call (learn.microsoft.com)' },
	{ code: 'bat.unreachable', note: 'cmd.exe runs a script line by line; `goto` and `exit` leave the current line for good. Lines after them run only when a `goto` or `call` reaches a label between them, so lines with no label before them are never run. Often a leftover, sometimes a label that was meant to be there.', source: 'Windows Commands reference, goto and exit (learn.microsoft.com)' },
	{ code: 'bat.exit-in-called-script', note: '`call other.cmd` runs the other script in the same cmd.exe process. Its `exit` ends that process, so the calling script stops too; `exit /b [code]` ends only the called script (or subroutine) and hands ERRORLEVEL back.', source: 'Windows Commands reference, exit and call (learn.microsoft.com)' },
	{ code: 'bat.unattended-prompt', note: 'Windows Setup runs SetupComplete.cmd, ErrorHandler.cmd, `RunSynchronous` commands, Cmdlines.txt and `[GuiRunOnce]` entries with nobody at the console, and build tools (Packer provisioners) run scripts over WinRM or SSH without one. A command that waits for a key or an answer waits forever, or fails at once when it finds no console to read from. A technician\'s script that pauses on purpose is not checked.', source: 'Add a Custom Script to Windows Setup (learn.microsoft.com); Packer windows-shell provisioner documentation' },
];
