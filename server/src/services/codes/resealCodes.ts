/**
 * Service layer: diagnostic codes that belong to no single file kind; the
 * language-service façade reports them.
 *
 * Codes are stable; renaming one breaks users' CI.
 */
import type { DiagnosticCodeSpec } from './types';

export const resealCodes = [
	{ code: 'reseal.internal-error', severity: 'warning', summary: 'Reseal failed while checking the file; the message says where. Please report it.' },
	{ code: 'reseal.unreadable-file', severity: 'error', summary: 'The CLI could not read the file as text (binary, too large, or unreadable); the message says why.' },
	{ code: 'reseal.truncated', severity: 'information', summary: 'The file has more problems than `reseal.validation.maxDiagnostics`; the most severe are shown, and the message says how many were left out.' },
	{ code: 'reseal.unknown-code', severity: 'warning', summary: 'A `reseal-disable-…` comment names a diagnostic code Reseal does not have (a typo or a renamed code), so it silences nothing for it.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type ResealCode = (typeof resealCodes)[number]['code'];
