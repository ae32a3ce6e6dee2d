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
import { resealCodes } from './codes/resealCodes';

/** Codes that belong to no single file kind (the façade reports them). */
export const generalCodes = resealCodes;

export const allDiagnosticCodes: readonly DiagnosticCodeSpec[] = [...resealCodes, ...infCodes, ...winbomCodes, ...cmdlinesCodes, ...batCodes, ...xmlCodes, ...bundleCodes];
