/**
 * Service layer: checking, describing and listing the values of a domain.
 *
 * Validation, hover and completion all go through here, so a new domain kind
 * is taught in one place.
 */
import type { EnumValue, ValueDomain } from '../../knowledge/types';
import { timeZones } from '../../knowledge/timeZones';

export type ValueVerdict =
	| { readonly ok: true }
	| {
			readonly ok: false;
			readonly message: string;
			/** Valid replacements worth offering as quick-fixes, best first. */
			readonly suggestions: readonly string[];
	  };

const ok: ValueVerdict = { ok: true };

const productKeyPattern = /^[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}$/i;
const ipv4Pattern = /^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const integerPattern = /^[+-]?\d+$/;
/** Characters no Windows path may contain (`:` is checked separately for drive letters). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const badPathChars = /[<>|\u0000-\u001f]/;

const timeZoneByIndex = new Map(timeZones.map((zone) => [zone.index, zone]));

export function findEnumValue(values: readonly EnumValue[], value: string): EnumValue | undefined {
	const lower = value.toLowerCase();
	return values.find((candidate) => candidate.value.toLowerCase() === lower || candidate.aliases?.some((alias) => alias.toLowerCase() === lower));
}

export function lookupTimeZone(value: string) {
	return integerPattern.test(value.trim()) ? timeZoneByIndex.get(Number.parseInt(value, 10)) : undefined;
}

/**
 * Verdicts of `checkValue` by domain and value, kept across validations: a driver section of
 * thousands of lines is checked again on every keystroke, and all but the edited line give the
 * same value as last time. Bounded by count and by characters, so a long session cannot grow it
 * without end: 4,000 versions of one 50 KB line once kept 200 MB.
 */
const verdicts = new WeakMap<ValueDomain, Map<string, ValueVerdict>>();
/** Every map in `verdicts`, so the character budget can empty them all. */
const rememberedMaps: Map<string, ValueVerdict>[] = [];
const maxRememberedValues = 16_384;
/** Values longer than this are checked every time (they are rare, and the cost is in their length anyway). */
const maxRememberedLength = 1024;
/** All remembered values together (about 4 MB). */
const maxRememberedCharacters = 2_000_000;
let rememberedCharacters = 0;

/** Characters held by the remembered values (for tests). */
export function rememberedValueCharacters(): number {
	return rememberedCharacters;
}

/**
 * A copy of `text` that holds on to nothing else. Values are slices of the document, and V8
 * keeps a slice's whole parent string alive: a remembered slice would pin every version of a
 * large file that was ever edited. Concatenating and slicing again makes V8 flatten a copy.
 */
function ownCopy(text: string): string {
	return ` ${text}`.slice(1);
}

/** `checkValue`, remembered (it depends on the domain and the value only). */
export function checkValueRemembered(domain: ValueDomain, value: string): ValueVerdict {
	if (value.length > maxRememberedLength) return checkValue(domain, value);
	let known = verdicts.get(domain);
	if (!known) {
		known = new Map();
		verdicts.set(domain, known);
		rememberedMaps.push(known);
	}
	let verdict = known.get(value);
	if (verdict === undefined) {
		verdict = checkValue(domain, value);
		if (rememberedCharacters + value.length > maxRememberedCharacters) {
			for (const map of rememberedMaps) map.clear();
			rememberedCharacters = 0;
		}
		if (known.size >= maxRememberedValues) {
			for (const remembered of known.keys()) rememberedCharacters -= remembered.length;
			known.clear();
		}
		known.set(ownCopy(value), verdict);
		rememberedCharacters += value.length;
	}
	return verdict;
}

/** Checks an unquoted value against a domain. `value` is never empty here. */
export function checkValue(domain: ValueDomain, value: string): ValueVerdict {
	switch (domain.kind) {
		case 'enum': {
			if (findEnumValue(domain.values, value)) return ok;
			const list = domain.values.map((item) => item.value);
			return { ok: false, message: `must be ${listWords(list)}`, suggestions: rankSuggestions(value, list) };
		}
		case 'integer': {
			if (domain.allowStar && value === '*') return ok;
			if (!integerPattern.test(value)) return { ok: false, message: `must be a whole number${rangeWords(domain.min, domain.max)}`, suggestions: [] };
			const number = Number.parseInt(value, 10);
			if ((domain.min !== undefined && number < domain.min) || (domain.max !== undefined && number > domain.max)) {
				const clamp = String(domain.min !== undefined && number < domain.min ? domain.min : domain.max);
				return { ok: false, message: `must be${rangeWords(domain.min, domain.max)}`, suggestions: [clamp] };
			}
			return ok;
		}
		case 'text': {
			if (domain.allowStar && value === '*') return ok;
			if (domain.maxLength !== undefined && value.length > domain.maxLength) {
				return { ok: false, message: `is ${value.length} characters long; at most ${domain.maxLength} are allowed`, suggestions: [value.slice(0, domain.maxLength)] };
			}
			if (domain.pattern !== undefined && !safeRegExp(domain.pattern).test(value)) {
				return { ok: false, message: `must be ${domain.patternHint ?? `text matching ${domain.pattern}`}`, suggestions: [] };
			}
			return ok;
		}
		case 'path': {
			if (domain.extraFields !== undefined) {
				const fields = splitFields(value);
				if (fields.length > domain.extraFields + 1) return { ok: false, message: `has ${fields.length} comma-separated fields; at most ${domain.extraFields + 1} are read (the path and ${domain.extraFields} more)`, suggestions: [] };
				return checkPath(fields[0], false) ?? ok;
			}
			if (!domain.list) return checkPath(value, false) ?? ok;
			for (const part of value.split(';')) {
				const verdict = checkPath(part, true);
				if (verdict) return verdict;
			}
			return ok;
		}
		case 'productKey':
			return productKeyPattern.test(value)
				? ok
				: { ok: false, message: 'must be a 25-character product key in five groups of five (XXXXX-XXXXX-XXXXX-XXXXX-XXXXX)', suggestions: [] };
		case 'timeZone': {
			if (lookupTimeZone(value)) return ok;
			return { ok: false, message: 'must be a time-zone index code such as 035 (Eastern Time) or 085 (GMT)', suggestions: [] };
		}
		case 'ipAddress': {
			const parts = domain.list ? value.split(',') : [value];
			const bad = parts.map((part) => part.trim().replace(/^"(.*)"$/, '$1')).find((part) => !ipv4Pattern.test(part));
			return bad === undefined ? ok : { ok: false, message: `must be an IPv4 address; '${bad}' is not one`, suggestions: [] };
		}
		case 'password':
		case 'sectionRef':
		case 'command':
		case 'any':
			return ok;
	}
}

/** One path of a `path` domain; undefined when it is fine. Called for every line of big driver sections. */
function checkPath(part: string, inList: boolean): ValueVerdict | undefined {
	const trimmed = unquote(part.trim());
	if (inList && trimmed === '') return undefined;
	if (badPathChars.test(trimmed)) return { ok: false, message: `contains a character Windows paths cannot hold in '${trimmed}'`, suggestions: [] };
	if (trimmed.indexOf(':', 2) !== -1 && !/^[a-z]+:\/\//i.test(trimmed)) {
		return { ok: false, message: `has a ':' outside the drive letter in '${trimmed}'`, suggestions: [] };
	}
	return undefined;
}

/** Splits an INF value at the commas outside quotes (`"a,b", c` is two fields). */
export function splitFields(value: string): string[] {
	const fields: string[] = [];
	let quoted = false;
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c === 0x22) quoted = !quoted;
		else if (c === 0x2c && !quoted) {
			fields.push(value.slice(start, i).trim());
			start = i + 1;
		}
	}
	fields.push(value.slice(start).trim());
	return fields;
}

/** `text.replace(/^"(.*)"$/, '$1')` without the regex: `.` stops at line terminators, so those keep the quotes. */
function unquote(text: string): string {
	if (text.length < 2 || text.charCodeAt(0) !== 34 || text.charCodeAt(text.length - 1) !== 34) return text;
	const inner = text.slice(1, -1);
	return /[\n\r\u2028\u2029]/.test(inner) ? text : inner;
}

/** One line describing the allowed values, for hover. */
export function describeDomain(domain: ValueDomain): string {
	switch (domain.kind) {
		case 'enum':
			return listWords(domain.values.map((item) => `\`${item.value}\``));
		case 'integer':
			return `a whole number${rangeWords(domain.min, domain.max)}${domain.allowStar ? ', or `*`' : ''}`;
		case 'text':
			return [
				domain.patternHint ?? 'text',
				domain.maxLength !== undefined ? `up to ${domain.maxLength} characters` : undefined,
				domain.allowStar ? '`*` lets Setup choose' : undefined,
			]
				.filter(Boolean)
				.join('; ');
		case 'path':
			return `${domain.list ? 'one or more paths separated by `;`' : 'a path'}${domain.relativeTo ? ` relative to ${domain.relativeTo}` : ''}${domain.extraFields ? `, optionally followed by up to ${domain.extraFields} more comma-separated fields` : ''}`;
		case 'productKey':
			return 'a product key `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`';
		case 'password':
			return 'a password (kept out of hover and reports)';
		case 'timeZone':
			return 'a time-zone index code (completion lists them with their names)';
		case 'ipAddress':
			return domain.list ? 'IPv4 addresses separated by commas' : 'an IPv4 address';
		case 'sectionRef':
			return domain.list ? 'names of sections in this file, separated by commas' : 'the name of a section in this file';
		case 'command':
			return 'a command line';
		case 'any':
			return 'any value';
	}
}

/** Values completion can offer for a domain: literal, label, detail, documentation. */
export function domainValues(domain: ValueDomain): { value: string; detail?: string; doc?: string }[] {
	switch (domain.kind) {
		case 'enum':
			return domain.values.map((item) => ({ value: item.value, doc: item.doc }));
		case 'timeZone':
			return timeZones.map((zone) => ({ value: String(zone.index).padStart(3, '0'), detail: zone.name, doc: zone.standardName }));
		case 'integer':
			return domain.allowStar ? [{ value: '*', detail: 'let Setup decide' }] : [];
		case 'text':
			return domain.allowStar ? [{ value: '*', detail: 'let Setup generate it' }] : [];
		default:
			return [];
	}
}

function rankSuggestions(value: string, candidates: readonly string[]): string[] {
	const lower = value.toLowerCase();
	const synonyms: Record<string, string[]> = {
		on: ['yes', '1', 'enable', 'enabled', 'true'],
		off: ['no', '0', 'disable', 'disabled', 'false'],
		true: ['yes', '1'],
		false: ['no', '0'],
		enable: ['yes', '1'],
		enabled: ['yes', '1'],
		disable: ['no', '0'],
		disabled: ['no', '0'],
		y: ['yes'],
		n: ['no'],
		'1': ['yes'],
		'0': ['no'],
		yes: ['1'],
		no: ['0'],
	};
	const preferred = synonyms[lower] ?? [];
	return [...candidates].sort((a, b) => score(b) - score(a));
	function score(candidate: string): number {
		const c = candidate.toLowerCase();
		const synonymRank = preferred.indexOf(c);
		if (synonymRank !== -1) return 100 - synonymRank;
		if (c.startsWith(lower) || lower.startsWith(c)) return 50;
		return 0;
	}
}

function listWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function rangeWords(min: number | undefined, max: number | undefined): string {
	if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
	if (min !== undefined) return ` of at least ${min}`;
	if (max !== undefined) return ` of at most ${max}`;
	return '';
}

const regExpCache = new Map<string, RegExp>();
function safeRegExp(source: string): RegExp {
	let cached = regExpCache.get(source);
	if (!cached) {
		cached = new RegExp(source, 'i');
		regExpCache.set(source, cached);
	}
	return cached;
}
