/**
 * Service layer: the secret values of an answer file (passwords, product
 * keys), found through the knowledge tables' `secret` flag, so that reports
 * outside the editor (the bundle manifest and summary) can redact them.
 */
import type { DocumentKind } from './kindService';
import { answerFileSecrets, sysprepInfService, unattendTxtService } from './ini/sysprepInfService';
import { winbomIniService } from './winbomIni';

const iniServices: Partial<Record<DocumentKind, { parse(text: string): Parameters<typeof answerFileSecrets>[0] }>> = {
	'sysprep-inf': sysprepInfService,
	'unattend-txt': unattendTxtService,
	'winbom-ini': winbomIniService,
};

/** Values of the secret entries of `text` read as `kind`; none for kinds without key = value entries. */
export function secretValues(kind: DocumentKind, text: string): string[] {
	const service = iniServices[kind];
	return service ? answerFileSecrets(service.parse(text)) : [];
}
