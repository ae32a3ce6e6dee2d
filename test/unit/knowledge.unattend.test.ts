/**
 * Knowledge layer invariants: the Unattend.txt / Winnt.sif extras table
 * (server/src/knowledge/unattendTxt.ts), alone and merged with the Sysprep.inf
 * table, checked against the real answer files of the shared corpus.
 * Run: node --import tsx --test test/unit/knowledge.unattend.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unattendTxtExtras } from '../../server/src/knowledge/unattendTxt';
import { sysprepInf } from '../../server/src/knowledge/sysprepInf';
import type { EntrySpec, SectionSpec, ValueDomain } from '../../server/src/knowledge/types';

const extras: readonly SectionSpec[] = unattendTxtExtras.sections;
const CORPUS = '/work/shared/corpus/unattend-txt';

/** `Title<N>` -> /^Title\d+$/i; other names match literally (case-insensitive). */
function nameMatcher(name: string): RegExp {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<N>', '\\d+');
	return new RegExp(`^${escaped}$`, 'i');
}

function enumAccepts(domain: ValueDomain, value: string): boolean {
	if (domain.kind !== 'enum') return true;
	const v = value.toLowerCase();
	return domain.values.some((ev) => ev.value.toLowerCase() === v || (ev.aliases ?? []).some((a) => a.toLowerCase() === v));
}

function sentences(doc: string): number {
	return doc.split(/(?<=[.!?])\s+(?=[A-Z`(])/).filter((s) => s.trim().length > 0).length;
}

function unquote(value: string): string {
	const v = value.trim();
	return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

interface IniSection {
	readonly name: string;
	readonly lines: { readonly key?: string; readonly value: string }[];
}

/** Minimal INI reader for the tests: `;` comments, `[section]`, `key = value` or bare lines. */
function parseIni(text: string): IniSection[] {
	const out: { name: string; lines: { key?: string; value: string }[] }[] = [];
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.trim();
		if (line === '' || line.startsWith(';')) continue;
		const header = /^\[(.+)\]$/.exec(line);
		if (header) {
			out.push({ name: header[1]!.trim(), lines: [] });
			continue;
		}
		const current = out[out.length - 1];
		if (!current) continue;
		const eq = line.indexOf('=');
		if (eq < 0) current.lines.push({ value: line });
		else current.lines.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim() });
	}
	return out;
}

/** Sysprep.inf table plus the extras, merged by section name. */
function mergedSections(): Map<string, SectionSpec[]> {
	const map = new Map<string, SectionSpec[]>();
	for (const s of [...sysprepInf.sections, ...extras]) {
		const key = s.name.toLowerCase();
		map.set(key, [...(map.get(key) ?? []), s]);
	}
	return map;
}

test('unattend: kind and title', () => {
	assert.equal(unattendTxtExtras.kind, 'unattend');
	assert.equal(unattendTxtExtras.title, 'Unattend.txt');
});

test('unattend: section names are unique (case-insensitive)', () => {
	const seen = new Set<string>();
	for (const s of extras) {
		const key = s.name.toLowerCase();
		assert.ok(!seen.has(key), `duplicate section ${s.name}`);
		seen.add(key);
	}
});

test('unattend: entry names are unique within each section (case-insensitive)', () => {
	for (const s of extras) {
		const seen = new Set<string>();
		for (const e of s.entries) {
			const key = e.name.toLowerCase();
			assert.ok(!seen.has(key), `duplicate entry ${s.name}.${e.name}`);
			seen.add(key);
		}
	}
});

test('unattend: extras do not repeat entries of the Sysprep.inf table', () => {
	for (const s of extras) {
		const other = sysprepInf.sections.find((o) => o.name.toLowerCase() === s.name.toLowerCase());
		if (!other) continue;
		for (const e of s.entries) {
			const dup = other.entries.find((o) => o.name.toLowerCase() === e.name.toLowerCase());
			assert.ok(!dup, `${s.name}.${e.name} is already in sysprepInf.ts`);
		}
	}
});

test('unattend: the text-mode-only sections are present', () => {
	const expected = [
		'Data',
		'SetupData',
		'Unattended',
		'Components',
		'RemoteInstall',
		'OSChooser',
		'MassStorageDrivers',
		'OEMBootFiles',
		'KeyboardDrivers',
		'PointingDeviceDrivers',
		'Fax',
		'WindowsFirewall',
		'WindowsFirewall.<profile_name>',
		'SystemRestore',
		'IEPopupBlocker',
		'PCHealth',
		'Win9xUpg',
		'TerminalServices',
	];
	for (const name of expected) {
		assert.ok(extras.some((s) => s.name.toLowerCase() === name.toLowerCase()), `missing section [${name}]`);
	}
});

test('unattend: [Unattended] extras are marked unattend-only', () => {
	const unattended = extras.find((s) => s.name === 'Unattended');
	assert.ok(unattended);
	for (const e of unattended.entries) assert.deepEqual(e.fileKinds, ['unattend'], `Unattended.${e.name}`);
});

test('unattend: docs are present and short (1-4 sentences)', () => {
	for (const s of extras) {
		assert.ok(s.doc.trim().length > 0, `section ${s.name} has no doc`);
		assert.ok(sentences(s.doc) <= 4, `section ${s.name} doc is longer than 4 sentences`);
		for (const e of s.entries) {
			assert.ok(e.doc.trim().length > 0, `${s.name}.${e.name} has no doc`);
			assert.ok(sentences(e.doc) <= 4, `${s.name}.${e.name} doc is longer than 4 sentences`);
			if (e.domain.kind === 'enum') {
				for (const v of e.domain.values) assert.ok(v.doc.trim().length > 0, `${s.name}.${e.name}=${v.value} has no doc`);
			}
		}
	}
});

test('unattend: enum domains are non-empty with unique values', () => {
	for (const s of extras) {
		const domains: [string, ValueDomain][] = s.entries.map((e) => [`${s.name}.${e.name}`, e.domain]);
		if (s.lineDomain) domains.push([`[${s.name}] lines`, s.lineDomain]);
		for (const [where, d] of domains) {
			if (d.kind !== 'enum') continue;
			assert.ok(d.values.length > 0, `${where}: empty enum`);
			const seen = new Set<string>();
			for (const v of d.values) {
				for (const spelling of [v.value, ...(v.aliases ?? [])]) {
					assert.ok(!seen.has(spelling.toLowerCase()), `${where}: duplicate enum value ${spelling}`);
					seen.add(spelling.toLowerCase());
				}
			}
		}
	}
});

test('unattend: defaults lie inside their domains', () => {
	for (const s of extras) {
		for (const e of s.entries) {
			if (e.default === undefined) continue;
			const d = e.domain;
			const where = `${s.name}.${e.name} default ${e.default}`;
			if (d.kind === 'enum') assert.ok(enumAccepts(d, e.default), where);
			if (d.kind === 'integer') {
				const n = Number(e.default);
				assert.ok(Number.isInteger(n), where);
				if (d.min !== undefined) assert.ok(n >= d.min, where);
				if (d.max !== undefined) assert.ok(n <= d.max, where);
			}
			if (d.kind === 'text' && d.pattern) assert.ok(new RegExp(d.pattern).test(e.default), where);
		}
	}
});

test('unattend: examples use their entry name; patterns compile; passwords are secret', () => {
	for (const s of extras) {
		if (s.keyPattern) assert.doesNotThrow(() => new RegExp(s.keyPattern as string));
		if (s.shape === 'open' || s.shape === 'values') assert.ok(s.lineDomain, `[${s.name}] needs lineDomain`);
		for (const e of s.entries) {
			if (e.example) {
				const key = e.example.split('=')[0]?.trim() ?? '';
				assert.ok(nameMatcher(e.name).test(key), `${s.name}.${e.name}: example "${e.example}" uses another key`);
			}
			if (e.domain.kind === 'text' && e.domain.pattern) {
				const pattern = e.domain.pattern;
				assert.doesNotThrow(() => new RegExp(pattern), `${s.name}.${e.name} pattern`);
			}
			if (e.domain.kind === 'password' || /password$/i.test(e.name)) assert.equal(e.secret, true, `${s.name}.${e.name}`);
		}
	}
});

test('unattend: section references point at template sections', () => {
	const templates = new Set(extras.map((s) => s.template).filter((t): t is string => t !== undefined));
	for (const s of extras) {
		for (const e of s.entries) {
			if (e.domain.kind === 'sectionRef' && e.domain.template) {
				assert.ok(templates.has(e.domain.template), `${s.name}.${e.name} -> ${e.domain.template}`);
			}
		}
	}
});

const corpusFiles = existsSync(CORPUS) ? readdirSync(CORPUS).map((f) => join(CORPUS, f)) : [];

test('unattend: every section and entry of the corpus files is known (Sysprep.inf + extras)', { skip: corpusFiles.length === 0 }, () => {
	const merged = mergedSections();
	const problems: string[] = [];
	for (const file of corpusFiles) {
		const ini = parseIni(readFileSync(file, 'latin1'));
		// Author-named sections reached through sectionRef entries.
		const referenced = new Map<string, SectionSpec>();
		for (const sec of ini) {
			for (const specs of [merged.get(sec.name.toLowerCase()) ?? []]) {
				for (const spec of specs) {
					for (const line of sec.lines) {
						if (line.key === undefined) continue;
						const entry = spec.entries.find((e) => nameMatcher(e.name).test(line.key as string));
						const d = entry?.domain ?? (spec.shape === 'open' ? spec.lineDomain : undefined);
						if (d?.kind !== 'sectionRef') continue;
						const target = [...sysprepInf.sections, ...extras].find((s) => s.template === d.template);
						if (!target) continue;
						for (const ref of unquote(line.value).split(',')) referenced.set(ref.trim().toLowerCase(), target);
					}
				}
			}
		}
		for (const sec of ini) {
			const specs = merged.get(sec.name.toLowerCase()) ?? [];
			const viaRef = referenced.get(sec.name.toLowerCase());
			const all = viaRef ? [...specs, viaRef] : specs;
			if (all.length === 0) {
				problems.push(`${file}: unknown section [${sec.name}]`);
				continue;
			}
			if (all.some((s) => s.shape !== 'entries')) continue;
			for (const line of sec.lines) {
				if (line.key === undefined) continue; // bare lines are the checker's business
				const known = all.some((s) => s.entries.some((e) => nameMatcher(e.name).test(line.key as string)));
				if (!known) problems.push(`${file}: unknown entry [${sec.name}] ${line.key}`);
			}
		}
	}
	assert.deepEqual(problems, []);
});

test('unattend: corpus values are accepted by the extras domains', { skip: corpusFiles.length === 0 }, () => {
	// The dockur file carries documented mistakes; its other values must still pass.
	const problems: string[] = [];
	for (const file of corpusFiles) {
		for (const sec of parseIni(readFileSync(file, 'latin1'))) {
			const spec = extras.find((s) => s.name.toLowerCase() === sec.name.toLowerCase());
			if (!spec) continue;
			for (const line of sec.lines) {
				if (line.key === undefined) continue;
				const entry = spec.entries.find((e) => nameMatcher(e.name).test(line.key as string));
				const domain = entry?.domain ?? spec.lineDomain;
				if (!domain) continue;
				if (!enumAccepts(domain, unquote(line.value))) problems.push(`${file}: [${sec.name}] ${line.key} = ${line.value}`);
			}
		}
	}
	assert.deepEqual(problems, []);
});

test('unattend: the firewall profile section of the corpus resolves through Profiles', () => {
	const fw = extras.find((s) => s.name === 'WindowsFirewall');
	const profiles = fw?.entries.find((e) => e.name === 'Profiles') as EntrySpec | undefined;
	assert.ok(profiles && profiles.domain.kind === 'sectionRef');
	const template = profiles.domain.kind === 'sectionRef' ? profiles.domain.template : undefined;
	const profile = extras.find((s) => s.template === template);
	assert.ok(profile);
	const mode = profile.entries.find((e) => e.name === 'Mode');
	assert.ok(mode && enumAccepts(mode.domain, '0'));
});
