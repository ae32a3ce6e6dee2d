/**
 * Knowledge layer: small builders for value domains, shared by the answer-file
 * tables so each table reads as data.
 */
import type { EnumValue, ValueDomain } from './types';

/** `Yes`/`No`, each with what choosing it does. */
export function yesNo(yes: string, no: string): ValueDomain {
	return {
		kind: 'enum',
		values: [
			{ value: 'Yes', doc: yes },
			{ value: 'No', doc: no },
		],
	};
}

/** `1`/`0`, each with what choosing it does. */
export function zeroOne(one: string, zero: string): ValueDomain {
	return {
		kind: 'enum',
		values: [
			{ value: '1', doc: one },
			{ value: '0', doc: zero },
		],
	};
}

export function oneOf(...values: EnumValue[]): ValueDomain {
	return { kind: 'enum', values };
}

export const text: ValueDomain = { kind: 'text' };
export const path: ValueDomain = { kind: 'path' };
