/**
 * Service layer: diagnostic codes of the bundle builder (`reseal bundle`).
 *
 * Each code names one reason a `C:\Sysprep` bundle is refused (or, for
 * warnings, built with a remark). The planner and the writer report checks
 * with these codes; the CLI and the VS Code client show them with the file and
 * the fix. Codes are stable: renaming one breaks users' CI.
 */
import type { DiagnosticCodeSpec } from './types';

export const bundleCodes: readonly DiagnosticCodeSpec[] = [
	{ code: 'bundle.missing-file', severity: 'error', summary: 'A file the bundle needs (Sysprep.inf, Winbom.ini in Factory mode, a referenced file) is not in the workspace.' },
	{ code: 'bundle.missing-executable', severity: 'error', summary: 'sysprep.exe, setupcl.exe or factory.exe is neither in the workspace nor in Deploy.cab; Sysprep cannot run without all three.' },
	{ code: 'bundle.not-pe', severity: 'error', summary: 'A Sysprep executable is not a Win32 PE program (damaged, truncated, DOS or not an executable at all).' },
	{ code: 'bundle.wrong-architecture', severity: 'error', summary: 'A Sysprep executable is built for another processor than the image (x86 0x14c, x64 0x8664, ia64 0x200).' },
	{ code: 'bundle.wrong-version', severity: 'error', summary: 'A Sysprep executable comes from another Windows version than the target (5.1 Windows XP, 5.2 Server 2003 and XP x64).' },
	{ code: 'bundle.mixed-versions', severity: 'error', summary: 'sysprep.exe, setupcl.exe and factory.exe come from different builds or service packs; they must come from the same Deploy.cab.' },
	{ code: 'bundle.missing-tool', severity: 'error', summary: 'A script calls a program that is not part of Windows (sync.exe, kill.exe, …) and the workspace does not contain it.' },
	{ code: 'bundle.missing-folder', severity: 'error', summary: 'A folder named by OemPnPDriversPath, a script or an answer file under C:\\Sysprep is not in the workspace.' },
	{ code: 'bundle.outside-bundle', severity: 'warning', summary: 'A referenced path lies outside C:\\Sysprep, so the bundle does not carry it; it must reach the image another way.' },
	{ code: 'bundle.cmdlines-location', severity: 'error', summary: 'Cmdlines.txt is only run from InstallFilesPath\\$OEM$; Sysprep.inf must set InstallFilesPath under C:\\Sysprep.' },
	{ code: 'bundle.file-has-errors', severity: 'error', summary: 'An answer file or script of the bundle has error-level diagnostics.' },
	{ code: 'bundle.unsafe-path', severity: 'error', summary: 'A workspace path escapes the workspace (.., absolute, or a symbolic link); links are never followed.' },
	{ code: 'bundle.encoding', severity: 'error', summary: 'A file cannot be written in an encoding Setup or cmd.exe reads (Windows-1252 or UTF-16LE with BOM for answer files; ANSI for scripts).' },
	{ code: 'bundle.ambiguous-file', severity: 'error', summary: 'The workspace holds several equally likely candidates (e.g. two Sysprep.inf at the same depth); keep one or move the others deeper.' },
	{ code: 'bundle.bad-cab', severity: 'error', summary: 'Deploy.cab cannot be read: damaged, multi-cabinet, or compressed with LZX/Quantum (only none and MSZIP are supported).' },
	{ code: 'bundle.path-collision', severity: 'warning', summary: 'Two workspace files map to the same bundle path (Windows file names ignore case); the first one is kept.' },
	{ code: 'bundle.unused-file', severity: 'warning', summary: 'A file the builder looks for is present but not needed (Winbom.ini without Factory mode, an extra Sysprep.inf) and is left out.' },
	{ code: 'bundle.windows-name', severity: 'error', summary: 'A bundled file would get a name or path Windows cannot hold: a device name (CON, NUL, COM1, … with any extension), `<>:"|?*`, a control character, a trailing dot or space, or a path past MAX_PATH.' },
	{ code: 'bundle.write-failed', severity: 'error', summary: 'Writing or verifying the bundle on disk failed; the previous bundle is left untouched.' },
];

export type BundleCode =
	| 'bundle.missing-file'
	| 'bundle.missing-executable'
	| 'bundle.not-pe'
	| 'bundle.wrong-architecture'
	| 'bundle.wrong-version'
	| 'bundle.mixed-versions'
	| 'bundle.missing-tool'
	| 'bundle.missing-folder'
	| 'bundle.outside-bundle'
	| 'bundle.cmdlines-location'
	| 'bundle.file-has-errors'
	| 'bundle.unsafe-path'
	| 'bundle.encoding'
	| 'bundle.ambiguous-file'
	| 'bundle.bad-cab'
	| 'bundle.path-collision'
	| 'bundle.unused-file'
	| 'bundle.windows-name'
	| 'bundle.write-failed';
