/**
 * Service layer: diagnostic codes for INI answer files (Sysprep.inf,
 * Unattend.txt/winnt.sif). Winbom.ini and Cmdlines.txt keep their own tables.
 */
import type { DiagnosticCodeSpec } from './types';

export const sysprepInfCodes = [
	{ code: 'inf.not-answer-file', severity: 'information', summary: 'A file named like an answer file whose sections are none that Setup reads (another tool\'s INI file); it is not checked further.' },
	{ code: 'inf.unknown-section', severity: 'warning', summary: 'A section Setup does not document; Mini-Setup ignores it, so its settings never apply.' },
	{ code: 'inf.unknown-entry', severity: 'warning', summary: 'An entry the section does not document (often a typo); Setup ignores it or fails unpredictably.' },
	{ code: 'inf.missing-value', severity: 'warning', summary: 'An entry left empty where an empty value means nothing to Setup; give it a value or remove the line.' },
	{ code: 'inf.blank-prompts', severity: 'warning', summary: 'An entry left empty on purpose or by accident, so Mini-Setup stops and asks for it on every machine (full automation breaks).' },
	{ code: 'inf.blank-default', severity: 'information', summary: 'An entry left empty, so Setup uses its default for it.' },
	{ code: 'inf.long-value', severity: 'warning', summary: 'A value past a practical limit that Setup shortens or that loses a feature (ComputerName past the 15-character NetBIOS limit).' },
	{ code: 'inf.unquoted-value', severity: 'information', summary: 'A value the reference asks to quote is written without quotes; Setup drops the characters that an INF line treats specially (spaces at the ends, `;` onwards, `,`).' },
	{ code: 'inf.missing-equals', severity: 'error', summary: 'A line in an entries section without `=`, such as a bare `JoinWorkgroup`; Setup cannot read it as a setting.' },
	{ code: 'inf.invalid-value', severity: 'error', summary: 'A value outside the entry\'s documented domain (`on` is not `Yes`, a number out of range, a malformed key).' },
	{ code: 'inf.duplicate-entry', severity: 'warning', summary: 'The same entry twice in one section; only one of the values takes effect.' },
	{ code: 'inf.duplicate-section', severity: 'warning', summary: 'The same section header twice; keep one so every setting is in one place.' },
	{ code: 'inf.rem-comment', severity: 'error', summary: '`REM` is not a comment in an answer file; Setup reads the line as an entry. Use `;`.' },
	{ code: 'inf.hash-comment', severity: 'warning', summary: '`#` is not the documented comment character; use `;`.' },
	{ code: 'inf.entry-outside-section', severity: 'error', summary: 'A setting before the first section header belongs to no section and is never read.' },
	{ code: 'inf.malformed-section', severity: 'error', summary: 'A section header without its closing `]` or without a name.' },
	{ code: 'inf.line-continued', severity: 'warning', summary: 'A line ends with `\\` outside quotes, so Setup\'s INF reader joins the next line to it (a path written with a final backslash swallows the line after it); quote the value or drop the backslash.' },
	{ code: 'inf.syntax', severity: 'warning', summary: 'A line whose quoting or layout Setup may read differently from what was meant.' },
	{ code: 'inf.missing-required-entry', severity: 'warning', summary: 'An entry that full automation of Mini-Setup needs is absent, so Mini-Setup stops and prompts on every machine.' },
	{ code: 'inf.automation-value', severity: 'warning', summary: 'An entry full automation needs is set to a value that still makes Mini-Setup stop (e.g. `OEMSkipWelcome = 0`).' },
	{ code: 'inf.null-admin-password', severity: 'error', summary: '`AdminPassword` starts with `*` followed by text; Setup may set an empty administrator password.' },
	{ code: 'inf.blank-admin-password', severity: 'information', summary: '`AdminPassword = *` deliberately sets an empty administrator password.' },
	{ code: 'inf.cleartext-password', severity: 'warning', summary: 'A password stored in clear text in the answer file (`DomainAdminPassword` cannot be encrypted).' },
	{ code: 'inf.missing-section-ref', severity: 'error', summary: 'An entry names a section that the file does not contain, so that configuration is silently skipped.' },
	{ code: 'inf.unreferenced-section', severity: 'warning', summary: 'An author-named section (`[params.…]`) that no entry points to; Setup never reads it.' },
	{ code: 'inf.placeholder-value', severity: 'hint', summary: 'A template token (`WIN_XP_PRO_KEY`, `%PRODUCTKEY%`, `@PRODUCTKEY@`) that a deployment script substitutes; checked after substitution.' },
	{ code: 'inf.wrong-target', severity: 'warning', summary: 'A section or entry the targeted Windows version ignores (e.g. `[LicenseFilePrintData]` on Windows XP).' },
	{ code: 'inf.text-mode-only', severity: 'warning', summary: 'An entry only text-mode Setup (Unattend.txt/winnt.sif) reads; Mini-Setup ignores it in Sysprep.inf.' },
	{ code: 'inf.deprecated-entry', severity: 'information', summary: 'An entry the reference marks as obsolete or ignored; the message names the replacement.' },
	{ code: 'inf.driver-path-is-file', severity: 'warning', summary: 'A driver search path names an `.inf` file; Setup expects folders to search.' },
	{ code: 'inf.guirunonce-needs-cmd', severity: 'error', summary: 'A `[GuiRunOnce]` command built into cmd.exe (`mkdir`, `copy`, `echo`, …) or using shell syntax (`>`, `|`, `&`) without `cmd /c`; Windows starts the line as a program, so it fails or gets mangled arguments.' },
	{ code: 'inf.guirunonce-quoting', severity: 'error', summary: 'A `[GuiRunOnce]` line that Setup\'s INF reader breaks: a quote left open, a `,` outside quotes that cuts the line, or a program path only partly inside quotes.' },
	{ code: 'inf.guirunonce-joined', severity: 'warning', summary: 'A `[GuiRunOnce]` line made of quoted and bare pieces that Setup joins into one command, dropping the quotes; the message shows the command that runs.' },
	{ code: 'inf.guirunonce-restart', severity: 'warning', summary: 'A `[GuiRunOnce]` command restarts or shuts down the computer before the end of the list; the commands after it never run.' },
	{ code: 'inf.truncated', severity: 'information', summary: 'Superseded by `reseal.truncated` (no longer reported): the file produced more diagnostics than the configured limit.' },
	{ code: 'inf.guirunonce-interactive', severity: 'information', summary: 'A `[GuiRunOnce]` command runs a known installer (`msiexec`, `wusa`, the Visual C++ and .NET redistributables, …) without its silent switch; the user who signs in has to answer its dialogs.' },
	{ code: 'inf.guirunonce-runas', severity: 'warning', summary: 'A `[GuiRunOnce]` command uses `runas`, which asks for the password at the console and takes none on its command line.' },
	{ code: 'inf.guirunonce-start-no-wait', severity: 'information', summary: 'A `[GuiRunOnce]` command uses `start` without `/wait`: the next command starts while the program still runs, so the order is lost.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type SysprepInfCode = (typeof sysprepInfCodes)[number]['code'];
