/**
 * Service layer: diagnostic codes of Cmdlines.txt (the `[Commands]` list that
 * Mini-Setup runs from `InstallFilesPath\$OEM$` just before it finishes).
 *
 * Codes are stable; renaming one breaks users' CI. The command checks shared
 * with `[GuiRunOnce]` (see `services/commandLines.ts`) report here with the
 * `cmdlines.` prefix and in Sysprep.inf with `inf.guirunonce-*`.
 */
import type { DiagnosticCodeSpec } from './types';

export const cmdlinesCodes = [
	{ code: 'cmdlines.unquoted-command', severity: 'error', summary: 'A command line that Setup\'s INF reader breaks: a quote left open, a `,` or `=` outside quotes that cuts the line, or a program path only partly inside quotes.' },
	{ code: 'cmdlines.joined-command', severity: 'warning', summary: 'A command line that is not one quoted string but still reads as a working command once Setup\'s INF reader joins its pieces; the message shows that command.' },
	{ code: 'cmdlines.empty-command', severity: 'warning', summary: 'An empty command (`""`); Setup has nothing to run for the line.' },
	{ code: 'cmdlines.missing-commands-section', severity: 'warning', summary: 'The file has no `[Commands]` section, so Mini-Setup runs nothing from it.' },
	{ code: 'cmdlines.unknown-section', severity: 'warning', summary: 'A section other than `[Commands]`; Setup reads only `[Commands]`, so its lines never run.' },
	{ code: 'cmdlines.outside-section', severity: 'error', summary: 'A command before the `[Commands]` header belongs to no section and never runs.' },
	{ code: 'cmdlines.malformed-section', severity: 'error', summary: 'A section header without its closing `]` or without a name.' },
	{ code: 'cmdlines.comment-marker', severity: 'warning', summary: '`#`, `//` or `REM` used as a comment; only `;` is a documented comment in Cmdlines.txt.' },
	{ code: 'cmdlines.needs-cmd', severity: 'error', summary: 'A command built into cmd.exe (`mkdir`, `copy`, `echo`, …) or shell syntax (`>`, `|`, `&`) without `cmd /c`; Setup starts programs directly, so the command fails or its arguments are mangled.' },
	{ code: 'cmdlines.msi', severity: 'error', summary: 'A Windows Installer package or `msiexec`; the Windows Installer service cannot run while Mini-Setup processes Cmdlines.txt. Use `[GuiRunOnce]` instead.' },
	{ code: 'cmdlines.network', severity: 'warning', summary: 'A UNC path or `net use`; networking is not started while Cmdlines.txt runs, so the share cannot be reached.' },
	{ code: 'cmdlines.restart', severity: 'warning', summary: 'A command that restarts or shuts down the computer; it cuts Mini-Setup short before it finishes.' },
	{ code: 'cmdlines.location', severity: 'warning', summary: 'Cmdlines.txt is not in `Sysprep\\i386\\$OEM$`, the only place Mini-Setup looks for it (the `$OEM$` folder under InstallFilesPath).' },
	{ code: 'cmdlines.install-files-path', severity: 'warning', summary: 'The workspace\'s Sysprep.inf does not set `[Unattended] InstallFilesPath` to the `i386` folder that holds this `$OEM$` folder, so Mini-Setup never runs the file.' },
	{ code: 'cmdlines.interactive', severity: 'warning', summary: 'A known installer (`msiexec`, `wusa`, the Visual C++ and .NET redistributables, …) without its silent switch; Cmdlines.txt runs with nobody at the screen, so it waits for a click forever.' },
	{ code: 'cmdlines.runas', severity: 'warning', summary: '`runas` asks for the password at the console and takes none on its command line, so the command never runs unattended.' },
	{ code: 'cmdlines.start-no-wait', severity: 'information', summary: '`start` without `/wait`: the line ends at once and the next command starts while the program still runs, so the order of the list is lost.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type CmdlinesCode = (typeof cmdlinesCodes)[number]['code'];
