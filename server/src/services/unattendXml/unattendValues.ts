/**
 * Service layer: checks a setting's text against its value domain
 * (`UnattendValueDomain`), and the value lists completion offers.
 */
import { closestMatch } from '../../util/text';
import type { UnattendEnumValue, UnattendValueDomain } from '../../knowledge/unattendXmlTypes';
import type { UnattendIndex } from './unattendAnalysis';

export interface ValueVerdict {
	readonly ok: boolean;
	/** Completes "'<value>' is not valid for X: it …". */
	readonly message: string;
	/** Replacement values for a quick-fix, best first. */
	readonly suggestions: readonly string[];
	/** Only the letter case differs from a valid value (a warning, not an error). */
	readonly caseOnly?: boolean;
}

const ok: ValueVerdict = { ok: true, message: '', suggestions: [] };
const booleanValues: readonly UnattendEnumValue[] = [
	{ value: 'true', doc: 'Turns the setting on.' },
	{ value: 'false', doc: 'Turns the setting off.' },
];

const productKeyPattern = /^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){4}$/;
/** language[-Script][-REGION][-variant…][_sort]: a region is two letters or three digits (so `en-UGB` is not a tag). */
const languageTag = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3})(_[A-Za-z]+)?)?(-([A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*$/;
/** `0409:00000409`; Windows reads the layout as a hex number, so extra leading zeros are harmless. */
const inputCode = /^[0-9A-Fa-f]{4}:(\{[0-9A-Fa-f-]{36}\}\{[0-9A-Fa-f-]{36}\}|0*[0-9A-Fa-f]{8})$/;

function fail(message: string, suggestions: readonly string[] = [], caseOnly = false): ValueVerdict {
	return { ok: false, message, suggestions, caseOnly };
}

function words(values: readonly string[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** The literal values of an enumerated or boolean domain. */
export function domainValues(domain: UnattendValueDomain): readonly UnattendEnumValue[] | undefined {
	if (domain.kind === 'boolean') return booleanValues;
	if (domain.kind === 'enum') return domain.values;
	return undefined;
}

export function checkValue(domain: UnattendValueDomain, value: string, index: UnattendIndex): ValueVerdict {
	switch (domain.kind) {
		case 'boolean':
		case 'enum': {
			const values = domainValues(domain)!.map((item) => item.value);
			if (values.includes(value)) return ok;
			const sameCase = values.find((item) => item.toLowerCase() === value.toLowerCase());
			if (sameCase) return fail(`is spelled '${sameCase}' in the reference; write it exactly`, [sameCase], true);
			if (domain.kind === 'boolean') {
				const guess = /^(1|yes|on|enabled?)$/i.test(value) ? 'true' : /^(0|no|off|disabled?)$/i.test(value) ? 'false' : undefined;
				return fail(`must be true or false`, guess ? [guess] : values);
			}
			const near = closestMatch(value, values);
			return fail(`must be ${words(values)}`, near ? [near, ...values.filter((item) => item !== near)] : values);
		}
		case 'integer': {
			if (!/^[+-]?\d+$/.test(value)) return fail('must be a whole number');
			const number = Number.parseInt(value, 10);
			if (domain.min !== undefined && number < domain.min) return fail(domain.max !== undefined ? `must be from ${domain.min} to ${domain.max}` : `must be ${domain.min} or more`);
			if (domain.max !== undefined && number > domain.max) return fail(domain.min !== undefined ? `must be from ${domain.min} to ${domain.max}` : `must be ${domain.max} or less`);
			return ok;
		}
		case 'text': {
			if (value === '' && !domain.allowEmpty) return fail('is empty; give a value or remove the element');
			if (domain.maxLength !== undefined && value.length > domain.maxLength) return fail(`is ${value.length} characters long; the limit is ${domain.maxLength}`);
			if (domain.pattern !== undefined && !new RegExp(domain.pattern).test(value)) return fail(`is not ${domain.patternHint ?? 'in the expected form'}`);
			return ok;
		}
		case 'path':
		case 'command':
			return value === '' ? fail('is empty; give a value or remove the element') : ok;
		case 'productKey':
			if (value === '') return domain.allowEmpty ? ok : fail('is empty');
			return productKeyPattern.test(value) ? ok : fail('is not a product key of the form XXXXX-XXXXX-XXXXX-XXXXX-XXXXX');
		case 'password':
			return ok;
		case 'timeZone': {
			if (index.timeZones.has(value.toLowerCase())) return ok;
			if (/^\d{1,3}$/.test(value)) return fail('is a numeric time-zone index from Sysprep.inf; unattend.xml takes the Windows time-zone ID such as "W. Europe Standard Time"');
			if (/^\(?(GMT|UTC)\s*[+-]/i.test(value)) return fail('is a display name; unattend.xml takes the Windows time-zone ID such as "Pacific Standard Time" (see tzutil /l)');
			const near = closestMatch(value, index.spec.timeZoneIds);
			return fail(`is not a Windows time-zone ID${near ? `; did you mean '${near}'` : ' (see tzutil /l)'}`, near ? [near] : []);
		}
		case 'locale': {
			const parts = domain.list ? value.split(';').map((part) => part.trim()).filter((part) => part !== '') : [value];
			if (parts.length === 0) return fail('is empty');
			for (const part of parts) {
				if (languageTag.test(part)) continue;
				if (domain.inputLocale && inputCode.test(part)) continue;
				const fixed = part.replace('_', '-');
				return fail(
					domain.inputLocale ? `is not a language tag like en-US or an input code like 0409:00000409 ('${part}')` : `is not a language tag like en-US or de-DE ('${part}')`,
					fixed !== part && languageTag.test(fixed) ? [value.replace(part, fixed)] : [],
				);
			}
			return ok;
		}
		case 'any':
			return ok;
	}
}

/** Values completion offers for a domain, with their docs. */
export function completionValues(domain: UnattendValueDomain, index: UnattendIndex): readonly UnattendEnumValue[] {
	const literal = domainValues(domain);
	if (literal) return literal;
	if (domain.kind === 'timeZone') return index.spec.timeZoneIds.map((id) => ({ value: id, doc: 'Windows time-zone ID.' }));
	if (domain.kind === 'locale') {
		return ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'ja-JP', 'zh-CN', 'pt-BR', 'nl-NL'].map((tag) => ({ value: tag, doc: 'Language tag.' }));
	}
	return [];
}
