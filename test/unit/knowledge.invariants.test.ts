/**
 * Knowledge invariants, once for every table in server/src/knowledge: the
 * rules each table must keep whatever its file kind (unique names, our own
 * docs present and short, enum values unique, defaults and examples inside
 * their domains, secrets flagged, references resolvable). A new table gets the
 * same checks by being added to one of the lists below.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchCommands, parameterModifiers, wellKnownVariables } from '../../server/src/knowledge/batchCommands';
import { answerFileCommandSettings, cmdBuiltins, cmdlinesCompletions, driveReferences, networkCommands, passCommandContexts, promptingPrograms, restartCommands, selfParsingPrograms, silentInstallers } from '../../server/src/knowledge/commandLineRules';
import { externalTools } from '../../server/src/knowledge/externalTools';
import { carriedLocations, firstBootScripts, oemFolders, oemLocations } from '../../server/src/knowledge/firstBootScripts';
import { sysprepInfSkeletons } from '../../server/src/knowledge/skeletons';
import { sysprepInf } from '../../server/src/knowledge/sysprepInf';
import { sysprepExclusiveGroups, sysprepGenerations } from '../../server/src/knowledge/sysprepSwitches';
import { timeZones } from '../../server/src/knowledge/timeZones';
import type { AnswerFileSpec, ValueDomain } from '../../server/src/knowledge/types';
import { unattendTxtExtras } from '../../server/src/knowledge/unattendTxt';
import { unattendXml, unattendXmlSkeletons } from '../../server/src/knowledge/unattendXml';
import type { SettingSpec } from '../../server/src/knowledge/unattendXmlTypes';
import { winbomIni } from '../../server/src/knowledge/winbomIni';
import { windowsServices } from '../../server/src/knowledge/windowsServices';
import { localAccountRoutes, newSetupExperience, setupCommands, setupRegistryKeys, setupRegistryValues, windows11Versions } from '../../server/src/knowledge/windows11Setup';
import { checkValue } from '../../server/src/services/ini/valueDomains';

/** Every INI answer-file table. */
const answerFileTables: readonly AnswerFileSpec[] = [sysprepInf, unattendTxtExtras as AnswerFileSpec, winbomIni as AnswerFileSpec];

/** Every list of named rows: label, rows, the field that must be unique, whether rows carry a `doc`. */
const namedLists: readonly { label: string; rows: readonly object[]; key: string; documented: boolean }[] = [
	{ label: 'batchCommands', rows: batchCommands, key: 'name', documented: true },
	{ label: 'wellKnownVariables', rows: wellKnownVariables, key: 'name', documented: true },
	{ label: 'parameterModifiers', rows: parameterModifiers, key: 'letter', documented: true },
	{ label: 'cmdBuiltins', rows: cmdBuiltins, key: 'name', documented: false },
	{ label: 'restartCommands', rows: restartCommands, key: 'program', documented: true },
	{ label: 'networkCommands', rows: networkCommands, key: 'program', documented: true },
	{ label: 'cmdlinesCompletions', rows: cmdlinesCompletions, key: 'label', documented: false },
	{ label: 'silentInstallers', rows: silentInstallers, key: 'program', documented: true },
	{ label: 'promptingPrograms', rows: promptingPrograms, key: 'program', documented: true },
	{ label: 'driveReferences', rows: driveReferences, key: 'prefix', documented: true },
	{ label: 'passCommandContexts', rows: passCommandContexts, key: 'pass', documented: false },
	{ label: 'selfParsingPrograms', rows: selfParsingPrograms, key: 'program', documented: false },
	{ label: 'externalTools', rows: externalTools, key: 'name', documented: true },
	{ label: 'windowsServices', rows: windowsServices, key: 'name', documented: true },
	{ label: 'windowsServices (display names)', rows: windowsServices, key: 'display', documented: true },
	{ label: 'timeZones', rows: timeZones, key: 'index', documented: false },
	{ label: 'sysprepInfSkeletons', rows: sysprepInfSkeletons, key: 'label', documented: true },
	{ label: 'unattendXmlSkeletons', rows: unattendXmlSkeletons, key: 'name', documented: false },
	...sysprepGenerations.map((g) => ({ label: `sysprep switches (${g.syntax})`, rows: g.switches, key: 'name', documented: true })),
	{ label: 'unattend.xml components', rows: unattendXml.components, key: 'name', documented: true },
	{ label: 'firstBootScripts', rows: firstBootScripts, key: 'name', documented: false },
	{ label: 'oemFolders', rows: oemFolders, key: 'folder', documented: true },
	{ label: 'oemLocations', rows: oemLocations, key: 'parent', documented: true },
	{ label: 'carriedLocations', rows: carriedLocations, key: 'prefix', documented: true },
];

const field = (row: object, key: string): unknown => (row as Record<string, unknown>)[key];

/** Names equal when case is ignored (Setup and cmd.exe compare that way). */
function duplicates(values: readonly unknown[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const value of values) {
		const k = String(value).toLowerCase();
		if (seen.has(k)) out.push(String(value));
		seen.add(k);
	}
	return out;
}

function sentences(doc: string): number {
	return doc.split(/(?<=[.!?])\s+(?=[A-Z`(])/).filter((s) => s.trim().length > 0).length;
}

/** `Size<N>` matches `Size1`; other names match themselves, ignoring case. */
function nameMatcher(name: string): RegExp {
	return new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<N>', '\\d+')}$`, 'i');
}

test('every named list: non-empty, unique names (ignoring case), a doc on documented rows', () => {
	const problems: string[] = [];
	for (const list of namedLists) {
		if (list.rows.length === 0) problems.push(`${list.label} is empty`);
		for (const name of duplicates(list.rows.map((row) => field(row, list.key)))) problems.push(`${list.label}: ${name} twice`);
		if (!list.documented) continue;
		for (const row of list.rows) {
			const doc = field(row, 'doc');
			if (typeof doc !== 'string' || doc.trim() === '') problems.push(`${list.label}: ${String(field(row, list.key))} has no doc`);
		}
	}
	assert.deepEqual(problems, []);
});

test('every sysprep exclusive group names switches of its generation', () => {
	for (const group of sysprepExclusiveGroups) {
		const generation = sysprepGenerations.find((g) => g.syntax === group.syntax);
		assert.ok(generation, group.syntax);
		for (const name of group.names) assert.ok(generation.switches.some((s) => s.name.toLowerCase() === name.toLowerCase()), `${group.syntax}: ${name}`);
	}
});

for (const table of answerFileTables) {
	const sections = table.sections;
	const label = `${table.title} (${table.kind})`;

	test(`${label}: unique section names, unique entry names per section`, () => {
		assert.deepEqual(duplicates(sections.map((s) => s.name)), []);
		for (const s of sections) assert.deepEqual(duplicates(s.entries.map((e) => e.name)), [], `[${s.name}]`);
	});

	test(`${label}: docs are present and short (1–4 sentences), enum values documented`, () => {
		const problems: string[] = [];
		for (const s of sections) {
			if (s.doc.trim() === '' || sentences(s.doc) > 4) problems.push(`[${s.name}]`);
			for (const e of s.entries) {
				if (e.doc.trim() === '' || sentences(e.doc) > 4) problems.push(`${s.name}.${e.name}`);
				if (e.domain.kind === 'enum') for (const v of e.domain.values) if (v.doc.trim() === '') problems.push(`${s.name}.${e.name}=${v.value}`);
			}
		}
		assert.deepEqual(problems, []);
	});

	test(`${label}: enum domains are non-empty with unique values and aliases`, () => {
		const domains: [string, ValueDomain][] = sections.flatMap((s) => [...(s.lineDomain ? [[`[${s.name}] lines`, s.lineDomain] as [string, ValueDomain]] : []), ...s.entries.map((e) => [`${s.name}.${e.name}`, e.domain] as [string, ValueDomain])]);
		for (const [where, d] of domains) {
			if (d.kind !== 'enum') continue;
			assert.ok(d.values.length > 0, `${where}: empty enum`);
			assert.deepEqual(duplicates(d.values.flatMap((v) => [v.value, ...(v.aliases ?? [])])), [], where);
		}
	});

	test(`${label}: defaults are values the checker accepts; patterns compile; examples use their entry name`, () => {
		for (const s of sections) {
			if (s.keyPattern) assert.doesNotThrow(() => new RegExp(s.keyPattern!), `[${s.name}] keyPattern`);
			if (s.shape === 'open' || s.shape === 'values') assert.ok(s.lineDomain, `[${s.name}] (${s.shape}) needs a lineDomain`);
			for (const e of s.entries) {
				const where = `${s.name}.${e.name}`;
				if (e.domain.kind === 'text' && e.domain.pattern) assert.doesNotThrow(() => new RegExp((e.domain as { pattern: string }).pattern), `${where} pattern`);
				if (e.default !== undefined && !['path', 'password', 'productKey', 'any', 'command'].includes(e.domain.kind)) {
					assert.notEqual(checkValue(e.domain, e.default).ok, false, `${where}: default ${e.default} is outside its domain`);
				}
				if (e.example) assert.ok(nameMatcher(e.name).test(e.example.split('=')[0]!.trim()), `${where}: example "${e.example}" uses another key`);
			}
		}
	});

	test(`${label}: passwords and product keys are flagged secret`, () => {
		for (const s of sections) {
			for (const e of s.entries) {
				// EncryptedAdminPassword is a Yes/No flag, not a password.
				if (e.domain.kind === 'password' || e.domain.kind === 'productKey' || (/password$/i.test(e.name) && e.domain.kind !== 'enum')) assert.equal(e.secret, true, `${s.name}.${e.name} must be secret`);
			}
		}
	});

	test(`${label}: section references point at template sections`, () => {
		const templates = new Set([...answerFileTables.flatMap((t) => t.sections)].map((s) => s.template).filter((t): t is string => t !== undefined));
		for (const s of sections) {
			for (const e of s.entries) {
				if (e.domain.kind === 'sectionRef' && e.domain.template) assert.ok(templates.has(e.domain.template), `${s.name}.${e.name} → ${e.domain.template}`);
			}
		}
	});
}

test('unattend.xml: every setting has a doc; sibling names are unique; passwords and keys are secret', () => {
	const problems: string[] = [];
	const walk = (where: string, settings: readonly SettingSpec[]): void => {
		for (const name of duplicates(settings.map((s) => s.name))) problems.push(`${where}: ${name} twice`);
		for (const s of settings) {
			const here = `${where}/${s.name}`;
			if (s.doc.trim() === '') problems.push(`${here} has no doc`);
			const kind = s.domain?.kind as string | undefined;
			if ((kind === 'password' || kind === 'productKey') && !s.secret) problems.push(`${here} must be secret`);
			walk(here, s.children ?? []);
		}
	};
	for (const component of unattendXml.components) walk(component.name, component.settings);
	assert.deepEqual(problems, []);
});

test('command-line knowledge rows name their source', () => {
	const tables: readonly { label: string; rows: readonly { readonly source: string }[] }[] = [
		{ label: 'silentInstallers', rows: silentInstallers },
		{ label: 'promptingPrograms', rows: promptingPrograms },
		{ label: 'driveReferences', rows: driveReferences },
		{ label: 'passCommandContexts', rows: passCommandContexts },
		{ label: 'answerFileCommandSettings', rows: answerFileCommandSettings },
		{ label: 'selfParsingPrograms', rows: selfParsingPrograms },
	];
	const problems = tables.flatMap((table) => table.rows.filter((row) => row.source.trim().length < 10).map((row) => `${table.label}: ${JSON.stringify(row).slice(0, 60)} has no source`));
	assert.deepEqual(problems, []);
});

test('Windows 11 setup: every row names its source; keys, builds and passes are consistent', () => {
	const tables: [string, readonly { source: string; removed?: { source: string } }[]][] = [
		['windows11Versions', windows11Versions],
		['setupRegistryKeys', setupRegistryKeys],
		['setupRegistryValues', setupRegistryValues],
		['setupCommands', setupCommands],
		['localAccountRoutes', localAccountRoutes],
		['newSetupExperience', newSetupExperience],
	];
	const problems: string[] = [];
	for (const [label, rows] of tables) {
		assert.ok(rows.length > 0, `${label} is empty`);
		rows.forEach((row, index) => {
			if (row.source.trim().length < 10) problems.push(`${label}[${index}] has no source`);
			if (row.removed && row.removed.source.trim().length < 10) problems.push(`${label}[${index}] removal has no source`);
		});
	}
	// Builds ascend, so a build belongs to the last version it reaches.
	for (let i = 1; i < windows11Versions.length; i++) assert.ok(windows11Versions[i].build > windows11Versions[i - 1].build, windows11Versions[i].version);
	const keys = new Set(setupRegistryKeys.map((row) => row.key));
	for (const row of setupRegistryValues) if (!keys.has(row.key)) problems.push(`${row.name}: key ${row.key} is not in setupRegistryKeys`);
	for (const name of duplicates(setupRegistryValues.map((row) => `${row.key}|${row.name}`))) problems.push(`${name} twice`);
	// A pass is either where a key works or where it does not, never both.
	for (const row of setupRegistryKeys) {
		for (const miss of row.ineffective) for (const pass of miss.passes) if (row.effectivePasses.includes(pass)) problems.push(`${row.label}: ${pass} both effective and not`);
	}
	for (const row of [...setupRegistryValues, ...setupCommands]) {
		if (row.removed && row.removed.build < windows11Versions[0].build) problems.push(`${JSON.stringify(row).slice(0, 40)}: removal before Windows 11`);
	}
	assert.deepEqual(problems, []);
});
