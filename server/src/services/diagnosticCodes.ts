/**
 * Service layer: every diagnostic code Reseal can report, joined from the
 * per-kind tables. The README's table and the SARIF rule list come from here.
 */
import type { DiagnosticCodeSpec } from './codes/types';
import { sysprepInfCodes } from './codes/sysprepInfCodes';
import { bundleCodes } from './codes/bundleCodes';
import { unattendXmlCodes } from './codes/unattendXmlCodes';
import { batchCodes } from './codes/batchCodes';
import { winbomIniCodes } from './codes/winbomIniCodes';
import { cmdlinesCodes } from './codes/cmdlinesCodes';
import { resealCodes } from './codes/resealCodes';
import { setupLogCodes } from './codes/setupLogCodes';

export const allDiagnosticCodes: readonly DiagnosticCodeSpec[] = [...resealCodes, ...sysprepInfCodes, ...winbomIniCodes, ...cmdlinesCodes, ...batchCodes, ...unattendXmlCodes, ...setupLogCodes, ...bundleCodes];
