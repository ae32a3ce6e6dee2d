/**
 * Service layer: where the secret values of an answer file are (passwords,
 * product keys), found through the knowledge tables' `secret` flag, so that
 * reports outside the editor (the bundle manifest and summary) can redact
 * them by place. Redacting by matching words would also hide the same word
 * elsewhere, and so reveal the secret.
 */
import type { DocumentKind } from './kindService';
import { answerFileSecrets, sysprepInfService, unattendTxtService } from './ini/sysprepInfService';
import { winbomIniService } from './winbomIni';

/** One secret value: 0-based line and columns of the text that holds it. */
export interface SecretSpan {
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly value: string;
}

const iniServices: Partial<Record<DocumentKind, { parse(text: string): Parameters<typeof answerFileSecrets>[0] }>> = {
	'sysprep-inf': sysprepInfService,
	'unattend-txt': unattendTxtService,
	'winbom-ini': winbomIniService,
};

/** The secret values of `text` read as `kind`; none for kinds without key = value entries. */
export function secretSpans(kind: DocumentKind, text: string): SecretSpan[] {
	const service = iniServices[kind];
	return service ? answerFileSecrets(service.parse(text)) : [];
}

/**
 * A message about the text at `range` with the secret values of the lines it
 * touches replaced by `********`; messages about other lines are left alone.
 */
export function redactAt(message: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, secrets: readonly SecretSpan[]): string {
	let out = message;
	for (const secret of secrets) {
		const value = secret.value.trim();
		// `*` alone is Setup's prompt marker, not a secret.
		if (range.end.line < secret.line || range.start.line > secret.line || value === '' || value === '*') continue;
		out = out.split(value).join('********');
	}
	return out;
}
