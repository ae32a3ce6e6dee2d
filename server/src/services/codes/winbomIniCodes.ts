/**
 * Service layer: diagnostic codes specific to Winbom.ini (Factory.exe's answer
 * file). The generic INI checks (unknown entries, invalid values, missing
 * section references, …) keep their `inf.*` codes for Winbom.ini too.
 *
 * Codes are stable; renaming one breaks users' CI.
 */
import type { DiagnosticCodeSpec } from './types';

export const winbomIniCodes = [
	{ code: 'winbom.missing-factory-section', severity: 'warning', summary: 'The file has no `[Factory]` section; Factory.exe ignores a Winbom.ini without it.' },
	{ code: 'winbom.ignored-by-type', severity: 'warning', summary: 'A section or entry that no state of the declared `WinbomType` (WinPE, Factory or OOBE) reads, so it has no effect in this file.' },
	{ code: 'winbom.unexpanded-variable', severity: 'warning', summary: 'An environment variable (`%VAR%`) in a value that Factory.exe passes on literally in the state that reads it.' },
	{ code: 'winbom.new-winbom-not-path', severity: 'error', summary: '`NewWinbom` must be the path of another Winbom.ini; the value does not look like a file path.' },
	{ code: 'winbom.new-winbom-self', severity: 'error', summary: '`NewWinbom` points back to this same file, so Factory.exe reads it again and again until it gives up after ten files.' },
	{ code: 'winbom.new-winbom-chain', severity: 'warning', summary: 'Following `NewWinbom` through the workspace files gives a chain longer than the ten files Factory.exe follows, or a loop.' },
	{ code: 'winbom.cleartext-credentials', severity: 'warning', summary: 'A password stored in clear text in Winbom.ini (`[Factory]`, `[WinPE]`, `[PnPDriverUpdate]`, account sections); anyone with the image or the share can read it.' },
	{ code: 'winbom.oemrun-syntax', severity: 'error', summary: 'An `[OEMRunOnce]`/`[OEMRun]` line not of the form `"description", "command"` (or, in `[OEMRunOnce]`, `"description", section_name, APP|INF|MSI`).' },
	{ code: 'winbom.oemrun-interactive', severity: 'information', summary: 'An `[OEMRunOnce]`/`[OEMRun]` command runs a known installer (`msiexec`, `wusa`, the Visual C++ and .NET redistributables, …) without its silent switch; the technician has to answer its dialogs in Factory mode.' },
	{ code: 'winbom.oemrun-runas', severity: 'warning', summary: 'An `[OEMRunOnce]`/`[OEMRun]` command uses `runas`, which asks for the password at the console and takes none on its command line.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type WinbomIniCode = (typeof winbomIniCodes)[number]['code'];
