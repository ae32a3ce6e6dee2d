/**
 * Issue 18: the knowledge tables checked against the facts compiled from
 * Microsoft's reference pages (test/fixtures/reference/xp2003-facts.json), so
 * that a later edit cannot drift from the reference unnoticed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sysprepInf } from '../../server/src/knowledge/sysprepInf';
import type { AnswerFileKind, AnswerFileSpec, EntrySpec, SectionSpec } from '../../server/src/knowledge/types';
import { unattendTxtExtras } from '../../server/src/knowledge/unattendTxt';
import { winbomIni } from '../../server/src/knowledge/winbomIni';
import { blankMeaning } from '../../server/src/services/ini/iniValidation';

interface Fact {
	entry?: string;
	targets?: string[];
	readBy?: AnswerFileKind[];
	values?: string[];
	default?: string;
	blank?: string;
	truncatedAt?: number;
	maxLength?: number;
	quoted?: boolean;
	fields?: number;
	requiredWhen?: string;
}
interface Page {
	page: string;
	file: AnswerFileKind;
	section: string;
	alsoIn?: string[];
	entries: string[];
	facts?: Fact[];
}

const facts = JSON.parse(readFileSync(join(__dirname, '../fixtures/reference/xp2003-facts.json'), 'utf8')) as { pages: Page[] };
const tablesFor: Record<AnswerFileKind, AnswerFileSpec[]> = {
	sysprep: [sysprepInf],
	unattend: [unattendTxtExtras as AnswerFileSpec, sysprepInf],
	winbom: [winbomIni],
};

const fold = (text: string) => text.replace(/<N>$/, 'N').toLowerCase();

function sectionsOf(page: Page): SectionSpec[] {
	const names = [page.section, ...(page.alsoIn ?? [])].map(fold);
	return tablesFor[page.file].flatMap((table) => table.sections).filter((section) => names.includes(fold(section.name)));
}

function entryOf(page: Page, name: string): EntrySpec | undefined {
	return sectionsOf(page)
		.flatMap((section) => section.entries)
		.find((entry) => fold(entry.name) === fold(name));
}

test('the fixture holds reference pages for Sysprep.inf, Unattend.txt and Winbom.ini', () => {
	for (const kind of ['sysprep', 'unattend', 'winbom'] as const) assert.ok(facts.pages.some((page) => page.file === kind), kind);
});

for (const page of facts.pages) {
	test(`reference ${page.page}`, () => {
		const sections = sectionsOf(page);
		assert.ok(sections.length > 0, `no [${page.section}] in the ${page.file} tables`);
		for (const name of page.entries) {
			const entry = entryOf(page, name);
			assert.ok(entry, `[${page.section}] ${name} is documented but missing from the table`);
			assert.notEqual(entry.source, 'unverified', `[${page.section}] ${name} is on this page, so its source should say so`);
		}
		for (const fact of page.facts ?? []) {
			if (fact.entry === undefined) {
				if (fact.fields !== undefined) {
					const domain = sections[0].lineDomain;
					assert.ok(domain?.kind === 'path' && domain.extraFields === fact.fields - 1, `[${page.section}] lines take ${fact.fields} fields`);
				}
				continue;
			}
			const entry = entryOf(page, fact.entry)!;
			const label = `[${page.section}] ${fact.entry}`;
			if (fact.targets) assert.deepEqual([...(entry.targets ?? ['xp', '2003'])].sort(), [...fact.targets].sort(), `${label} targets`);
			if (fact.readBy) for (const kind of fact.readBy) assert.ok(!entry.fileKinds || entry.fileKinds.includes(kind), `${label} is read from ${kind}`);
			if (fact.values) {
				assert.equal(entry.domain.kind, 'enum', `${label} is an enumeration`);
				if (entry.domain.kind === 'enum') assert.deepEqual(entry.domain.values.map((item) => item.value.toLowerCase()).sort(), fact.values.map((item) => item.toLowerCase()).sort(), `${label} values`);
			}
			if (fact.default !== undefined) assert.equal(entry.default?.toLowerCase(), fact.default.toLowerCase(), `${label} default`);
			if (fact.blank !== undefined) assert.equal(blankMeaning(entry), fact.blank, `${label} blank`);
			if (fact.truncatedAt !== undefined) {
				assert.ok(entry.domain.kind === 'text', label);
				if (entry.domain.kind === 'text') assert.ok(entry.domain.maxLength === undefined || entry.domain.maxLength >= fact.truncatedAt, `${label}: longer names are truncated, not refused`);
				assert.match(entry.doc, new RegExp(String(fact.truncatedAt)), `${label} hover names the truncation`);
			}
			if (fact.maxLength !== undefined) assert.match(entry.doc, new RegExp(String(fact.maxLength)), `${label} hover names the limit`);
			if (fact.quoted) assert.match(entry.doc, /quot/i, `${label} hover says the reference quotes the value`);
			if (fact.requiredWhen) {
				const [other, value] = fact.requiredWhen.split('=');
				assert.equal(entry.required?.whenPresent, other, `${label} is needed only with ${fact.requiredWhen}`);
				assert.equal(entry.required?.whenValue, value, `${label} is needed only with ${fact.requiredWhen}`);
			}
		}
	});
}

test('values the reference itself uses in its examples are accepted', async () => {
	const { checkValue } = await import('../../server/src/services/ini/valueDomains');
	for (const page of facts.pages) {
		for (const fact of (page.facts ?? []) as (Fact & { accepts?: string[] })[]) {
			if (!fact.entry || !fact.accepts) continue;
			const entry = entryOf(page, fact.entry)!;
			for (const value of fact.accepts) assert.deepEqual(checkValue(entry.domain, value), { ok: true }, `[${page.section}] ${fact.entry} = ${value}`);
		}
	}
});
