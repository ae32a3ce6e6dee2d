/**
 * Service layer: diagnostic codes of batch scripts (`.bat`/`.cmd`).
 *
 * Generic rules stay conservative because they run on every batch file;
 * `bat.sysprep-*` rules apply only to scripts that run sysprep.exe.
 */
import type { DiagnosticCodeSpec } from './types';

export const batchCodes = [
	{ code: 'bat.not-batch', severity: 'error', summary: 'The file does not read as a batch script (prose, `#` lines, `Run:` lines); cmd.exe would try to run each line as a command.' },
	{ code: 'bat.undefined-label', severity: 'error', summary: '`goto` or `call :` names a label the script does not define, so cmd.exe stops with "The system cannot find the batch label specified".' },
	{ code: 'bat.duplicate-label', severity: 'warning', summary: 'A label is defined twice; `goto` jumps to whichever copy it meets first after the current line, which is rarely intended.' },
	{ code: 'bat.unbalanced-parens', severity: 'error', summary: 'A parenthesised block is never closed (or a `)` closes nothing), so cmd.exe reads the rest of the script differently than it looks.' },
	{ code: 'bat.sysprep-unknown-switch', severity: 'error', summary: 'sysprep.exe does not know the switch for the syntax in use (XP/2003 `-switch` or Vista `/switch`) and stops or shows its dialog.' },
	{ code: 'bat.sysprep-mixed-syntax', severity: 'error', summary: 'One sysprep command mixes XP/2003 switches (`-reseal`) with Vista and later switches (`/generalize`); no sysprep version accepts both.' },
	{ code: 'bat.sysprep-exclusive-switches', severity: 'error', summary: 'Two sysprep switches that exclude each other are given together (for example `-reseal -factory`, `/oobe /audit`, `/shutdown /reboot`).' },
	{ code: 'bat.sysprep-mini-without-reseal', severity: 'warning', summary: '`-mini` only chooses Mini-Setup for a reseal; without `-reseal` it does not prepare the image.' },
	{ code: 'bat.sysprep-not-last', severity: 'warning', summary: 'Commands follow a sysprep run that shuts down or restarts the machine; they may never run, or run on a half-sealed system.' },
	{ code: 'bat.sysprep-start-race', severity: 'warning', summary: '`start sysprep` without `/wait` returns at once, so the commands after it race with sysprep sealing the system.' },
	{ code: 'bat.missing-accepteula', severity: 'warning', summary: 'The first call of a Sysinternals tool lacks `/accepteula`; on a fresh image the tool opens its licence dialog and the unattended script hangs.' },
	{ code: 'bat.unknown-service', severity: 'warning', summary: '`net stop`/`sc` names a service Reseal does not know: a warning with the close real name when there is one, otherwise a note (programs on the image may install it).' },
	{ code: 'bat.service-not-on-target', severity: 'warning', summary: '`net stop`/`sc` names a service the targeted Windows lacks (for example `wscsvc` on Server 2003, `WSearch` on XP); the target comes from the script\'s sysprep syntax, or from `reseal.target` (then only a note).' },
	{ code: 'bat.unstoppable-service', severity: 'warning', summary: '`net stop` targets a service Windows refuses to stop (Security Accounts Manager, RPC, Event Log, …); the command only prints an error.' },
	{ code: 'bat.call-without-colon', severity: 'warning', summary: '`call name` where `:name` is a label of this script: without the colon `call` starts a program or script of that name, not the subroutine.' },
	{ code: 'bat.label-as-command', severity: 'warning', summary: 'A label name used as a command on its own (`cleanup` for `:cleanup`); cmd.exe looks for a program of that name instead of jumping. Use `goto` or `call :`.' },
	{ code: 'bat.detached-block', severity: 'error', summary: 'An `if …`, `for … do` or `else` ends its line and the `(` block starts on the next one; cmd.exe does not join them, so the condition has no command (a syntax error that stops the script) and the block is not its body.' },
	{ code: 'bat.if-syntax', severity: 'error', summary: 'An `if` condition cmd.exe cannot read, such as `if exists file` (the keyword is `exist`); the syntax error stops the script.' },
	{ code: 'bat.null-device', severity: 'warning', summary: 'Output redirected to `null` (or `nil`), which creates a file of that name; the null device is `nul`.' },
	{ code: 'bat.glued-echo', severity: 'warning', summary: '`echo` glued to a character cmd.exe does not accept there (`echo####`); cmd.exe looks for a program of that name and prints nothing. Put a space after `echo`.' },
	{ code: 'bat.eof-label', severity: 'warning', summary: 'The script defines its own `:eof` label, but `goto :eof` always ends the script or subroutine and never jumps there.' },
	{ code: 'bat.errorlevel-in-block', severity: 'warning', summary: '`%ERRORLEVEL%` inside a parenthesised block after a command: cmd.exe expands it when it reads the whole block, so it holds the value from before the block. Use `if errorlevel N` or `!ERRORLEVEL!` with delayed expansion.' },
	{ code: 'bat.echo-redirect', severity: 'warning', summary: 'An unescaped `<` or an arrow such as `->` in echo text is a redirection: cmd.exe reads from or writes to a file instead of printing the text. Escape it as `^<` / `^>`.' },
	{ code: 'bat.external-tool', severity: 'information', summary: 'The script runs a program that is not part of Windows; the image bundle must carry it (named with its origin and where to put it).' },
	{ code: 'bat.byte-order-mark', severity: 'error', summary: 'The script starts with a UTF-8 byte-order mark; cmd.exe reads its bytes as part of the first word (`ï»¿@echo`), so the first command does not run.' },
	{ code: 'bat.lf-line-ends', severity: 'information', summary: 'The script has LF-only line ends and jumps to labels; cmd.exe\'s label search assumes CR LF and can miss a label or land mid-line.' },
	{ code: 'bat.line-too-long', severity: 'error', summary: 'A line is longer than the 8191 characters cmd.exe reads; it stops with "The input line is too long."' },
	{ code: 'bat.prose-line', severity: 'warning', summary: 'A line reads as a sentence but runs as a command whose program does not exist; `echo` or `rem` was meant.' },
	{ code: 'bat.cd-to-program', severity: 'error', summary: '`cd`/`pushd` to a program file or with another command\'s switches (`cd …\\sysprep.exe /oobe`): the folder change fails and nothing runs.' },
	{ code: 'bat.unquoted-spaces', severity: 'error', summary: 'An unquoted path of a file command holds a space (`Program Files`, `Start Menu`, `%ProgramFiles%`), so cmd.exe splits it into several arguments; a note when the space depends on the user name or the Windows version.' },
	{ code: 'bat.start-title', severity: 'error', summary: '`start "C:\\…\\x.exe"`: the first quoted argument of `start` is the window title, so the program never starts. Write `start "" "C:\\…\\x.exe"`.' },
	{ code: 'bat.slashed-program', severity: 'error', summary: 'A relative program path written with `/` (`tools/x.exe`, `./x.cmd`): cmd.exe ends the command name at the first `/`.' },
	{ code: 'bat.set-spaces', severity: 'warning', summary: '`set name = value` defines `name ` (with the space), not `name`; `%name%` stays undefined.' },
	{ code: 'bat.if-parenthesised', severity: 'error', summary: '`if ("%X%"=="") (`: `if` has no parentheses around its condition, so the parentheses are compared too and the test is never true.' },
	{ code: 'bat.if-unquoted-operand', severity: 'warning', summary: 'An `if` comparison quotes one side but not the variable on the other (`IF %VAR%==""`): the sides never match, and an empty variable is a syntax error that stops the script.' },
	{ code: 'bat.if-quotes', severity: 'error', summary: 'The quotes of an `if` comparison do not pair up, so its `==` lies inside a quoted string (`if "%A% == "x"`): a syntax error that stops the script.' },
	{ code: 'bat.for-single-percent', severity: 'error', summary: '`for %i` in a batch file: scripts write the loop variable `%%i`; a single `%` breaks the line with a syntax error.' },
	{ code: 'bat.for-syntax', severity: 'error', summary: 'A `for` without `in (set)` or `do`, or with `in(`/`do(` glued to the parenthesis: a syntax error that stops the script.' },
	{ code: 'bat.label-in-block', severity: 'warning', summary: 'A `::` comment or label inside a parenthesised block followed by another one or by `)`: cmd.exe runs the next line as a command or stops with ") was unexpected". Use `rem` in blocks.' },
	{ code: 'bat.delayed-without-setlocal', severity: 'warning', summary: '`!var!` reads a variable the script sets, but delayed expansion is never turned on (`setlocal enabledelayedexpansion`), so the text stays `!var!`.' },
	{ code: 'bat.script-without-call', severity: 'warning', summary: 'Another batch script run by name without `call`: cmd.exe never returns from it, so the commands after it do not run.' },
	{ code: 'bat.unreachable', severity: 'information', summary: 'Commands after an unconditional `exit` or `goto` with no label before them: no path reaches them (dead code, or a label was forgotten).' },
	{ code: 'bat.exit-in-called-script', severity: 'warning', summary: '`exit` without `/b` in a script that another script of the workspace runs with `call`: it ends the caller too, so the caller\'s remaining commands never run.' },
	{ code: 'bat.unattended-prompt', severity: 'warning', summary: '`pause`, `set /p`, `choice` without `/t` or `timeout` without `/nobreak` in a script that runs with nobody at the console (SetupComplete.cmd, answer-file commands, Cmdlines.txt, build templates).' },
	{ code: 'bat.first-boot-script-location', severity: 'warning', summary: 'SetupComplete.cmd or ErrorHandler.cmd in an `$OEM$` tree at a place that does not land in `%WINDIR%\\Setup\\Scripts` (or in an `$OEM$` folder Setup does not read); Windows Setup never runs it there.' },
	{ code: 'bat.first-boot-script-name', severity: 'warning', summary: 'A script in a `Setup\\Scripts` folder named almost like SetupComplete.cmd or ErrorHandler.cmd (`SetupComplete.bat`, `SetupCompleted.cmd`); Windows Setup runs only the exact names.' },
	{ code: 'bat.first-boot-restart', severity: 'warning', summary: '`shutdown /r` in SetupComplete.cmd: Setup cannot resume the script after a restart, and Microsoft warns that restarting from it leaves the system in a bad state.' },
] as const satisfies readonly DiagnosticCodeSpec[];

/** Every code this table defines. */
export type BatchCode = (typeof batchCodes)[number]['code'];
