/**
 * Service layer: every diagnostic code Reseal can report, joined from the
 * per-kind tables. The README's table and the SARIF rule list come from here.
 */
import type { DiagnosticCodeSpec } from './codes/types';
import { infCodes } from './codes/infCodes';
import { bundleCodes } from './codes/bundleCodes';
import { xmlCodes } from './codes/xmlCodes';
import { batCodes } from './codes/batCodes';
import { winbomCodes } from './codes/winbomCodes';
import { cmdlinesCodes } from './codes/cmdlinesCodes';

/** Codes that belong to no single file kind. */
export const generalCodes = [
	{ code: 'reseal.internal-error', severity: 'warning', summary: 'Reseal failed while checking the file; the message says where. Please report it.' },
	{ code: 'reseal.unreadable-file', severity: 'error', summary: 'The CLI could not read the file as text (binary, too large, or unreadable); the message says why.' },
	{ code: 'reseal.unknown-code', severity: 'warning', summary: 'A `reseal-disable-…` comment names a diagnostic code Reseal does not have (a typo or a renamed code), so it silences nothing for it.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export const allDiagnosticCodes: readonly DiagnosticCodeSpec[] = [...generalCodes, ...infCodes, ...winbomCodes, ...cmdlinesCodes, ...batCodes, ...xmlCodes, ...bundleCodes];
