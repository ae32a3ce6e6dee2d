/**
 * Knowledge layer invariants: the Winbom.ini table (server/src/knowledge/winbomIni.ts).
 * Run: node --import tsx --test test/unit/knowledge.winbom.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { winbomIni } from '../../server/src/knowledge/winbomIni';
import type { EntrySpec, SectionSpec, ValueDomain } from '../../server/src/knowledge/types';

const sections: readonly SectionSpec[] = winbomIni.sections;

/** `Size<N>` -> /^Size\d+$/i; other names match literally (case-insensitive). */
function nameMatcher(name: string): RegExp {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<N>', '\\d+');
	return new RegExp(`^${escaped}$`, 'i');
}

function findSection(name: string): SectionSpec | undefined {
	return sections.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function findEntry(section: string, key: string): EntrySpec | undefined {
	return findSection(section)?.entries.find((e) => nameMatcher(e.name).test(key));
}

function enumAccepts(domain: ValueDomain, value: string): boolean {
	if (domain.kind !== 'enum') return true;
	const v = value.toLowerCase();
	return domain.values.some((ev) => ev.value.toLowerCase() === v || (ev.aliases ?? []).some((a) => a.toLowerCase() === v));
}

function sentences(doc: string): number {
	return doc.split(/(?<=[.!?])\s+(?=[A-Z`(])/).filter((s) => s.trim().length > 0).length;
}

test('winbom: kind and title', () => {
	assert.equal(winbomIni.kind, 'winbom');
	assert.equal(winbomIni.title, 'Winbom.ini');
});

test('winbom: section names are unique (case-insensitive)', () => {
	const seen = new Set<string>();
	for (const s of sections) {
		const key = s.name.toLowerCase();
		assert.ok(!seen.has(key), `duplicate section ${s.name}`);
		seen.add(key);
	}
});

test('winbom: entry names are unique within each section (case-insensitive)', () => {
	for (const s of sections) {
		const seen = new Set<string>();
		for (const e of s.entries) {
			const key = e.name.toLowerCase();
			assert.ok(!seen.has(key), `duplicate entry ${s.name}.${e.name}`);
			seen.add(key);
		}
	}
});

test('winbom: every section listed by the reference is present', () => {
	const expected = [
		'Components',
		'ComputerSettings',
		'DesktopShortcutsFolder',
		'DiskConfig',
		'<description>.config',
		'Factory',
		'NetCards',
		'OEMLink',
		'OEMRun',
		'OEMRunOnce',
		'<application>',
		'PnPDrivers',
		'PnPDriverUpdate',
		'SetupHomenet',
		'Shell',
		'StartMenuMFUList',
		'UpdateSystem',
		'UserAccounts',
		'UserDefined',
		'WinPE',
		'WinPE.Net',
	];
	for (const name of expected) assert.ok(findSection(name), `missing section [${name}]`);
});

test('winbom: docs are present and short (1-4 sentences)', () => {
	for (const s of sections) {
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

test('winbom: enum domains are non-empty with unique values', () => {
	const domains: [string, ValueDomain][] = [];
	for (const s of sections) {
		if (s.lineDomain) domains.push([`[${s.name}] lines`, s.lineDomain]);
		for (const e of s.entries) domains.push([`${s.name}.${e.name}`, e.domain]);
	}
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
});

test('winbom: defaults lie inside their domains', () => {
	for (const s of sections) {
		for (const e of s.entries) {
			if (e.default === undefined) continue;
			const d = e.domain;
			const where = `${s.name}.${e.name} default ${e.default}`;
			if (d.kind === 'enum') assert.ok(enumAccepts(d, e.default), where);
			if (d.kind === 'integer') {
				if (e.default === '*') assert.ok(d.allowStar, where);
				else {
					const n = Number(e.default);
					assert.ok(Number.isInteger(n), where);
					if (d.min !== undefined) assert.ok(n >= d.min, where);
					if (d.max !== undefined) assert.ok(n <= d.max, where);
				}
			}
			if (d.kind === 'text' && d.pattern) assert.ok(new RegExp(d.pattern).test(e.default), where);
		}
	}
});

test('winbom: patterns compile and examples start with their entry name', () => {
	for (const s of sections) {
		if (s.keyPattern) assert.doesNotThrow(() => new RegExp(s.keyPattern as string), `[${s.name}] keyPattern`);
		for (const e of s.entries) {
			if (e.domain.kind === 'text' && e.domain.pattern) {
				assert.doesNotThrow(() => new RegExp((e.domain as { pattern: string }).pattern), `${s.name}.${e.name} pattern`);
			}
			if (e.example) {
				const key = e.example.split('=')[0]?.trim() ?? '';
				assert.ok(nameMatcher(e.name).test(key), `${s.name}.${e.name}: example "${e.example}" uses another key`);
			}
		}
	}
});

test('winbom: passwords are secret', () => {
	for (const s of sections) {
		for (const e of s.entries) {
			if (e.domain.kind === 'password' || /password$/i.test(e.name)) {
				assert.equal(e.secret, true, `${s.name}.${e.name} must be secret`);
			}
		}
	}
});

test('winbom: open and values sections declare a line domain', () => {
	for (const s of sections) {
		if (s.shape === 'open' || s.shape === 'values') assert.ok(s.lineDomain, `[${s.name}] needs lineDomain`);
	}
});

test('winbom: every entry, or its section, carries factory processing', () => {
	const winbomTypes = new Set(['WinPE', 'Factory', 'OOBE']);
	for (const s of sections) {
		const check = (fp: NonNullable<SectionSpec['factory']>, where: string) => {
			assert.ok(fp.types.length > 0, `${where}: no WinbomType`);
			for (const t of fp.types) assert.ok(winbomTypes.has(t), `${where}: bad type ${t}`);
			assert.ok(fp.executes === 'once' || fp.executes === 'always', `${where}: executes`);
			assert.equal(typeof fp.variables, 'boolean', `${where}: variables`);
		};
		if (s.factory) check(s.factory, `[${s.name}]`);
		if (s.entries.length === 0) {
			assert.ok(s.factory, `[${s.name}] has no entries and no factory info`);
		}
		for (const e of s.entries) {
			const fp = e.factory ?? s.factory;
			assert.ok(fp, `${s.name}.${e.name} has no factory info (nor its section)`);
			check(fp, `${s.name}.${e.name}`);
		}
	}
});

test('winbom: WinbomType values are exactly WinPE, Factory, OOBE', () => {
	const e = findEntry('Factory', 'WinbomType');
	assert.ok(e);
	assert.equal(e.domain.kind, 'enum');
	if (e.domain.kind === 'enum') {
		assert.deepEqual(
			e.domain.values.map((v) => v.value).sort(),
			['Factory', 'OOBE', 'WinPE'],
		);
	}
});

test('winbom: defaults that depend on the first-run experience, memory or architecture are not one fixed value', () => {
	for (const [section, key, condition] of [
		['PnPDriverUpdate', 'UpdateInstalledDrivers', /Windows Welcome/],
		['WinPE', 'PageFileSize', /memory/],
		['<description>.config', 'WipeDisk', /64-bit/],
	] as const) {
		const e = findEntry(section, key);
		assert.ok(e, `missing ${section}.${key}`);
		assert.equal(e.default, undefined, `${key} has a conditional default`);
		assert.match(e.doc, condition);
	}
});

test('winbom: per-state defaults from the processing tables', () => {
	const expected: [string, string, string][] = [
		['ComputerSettings', 'DisplayResolution', '800x600x16'],
		['ComputerSettings', 'ExtendPartition', '0'],
		['ComputerSettings', 'AuditAdminAutoLogon', 'No'],
		['Factory', 'RebootAfterComputerName', 'No'],
		['Factory', 'OptimizeShell', 'Yes'],
		['Factory', 'Reseal', 'No'],
		['PnPDriverUpdate', 'TargetRoot', '%SYSTEMROOT%\\drivers'],
		['PnPDriverUpdate', 'WaitForPnP', 'Yes'],
		['WinPE', 'Quiet', 'No'],
		['WinPE', 'Restart', 'Prompt'],
		['WinPE.Net', 'Startnet', 'Yes'],
		['WinPE.Net', 'IPConfig', 'DHCP'],
		['<description>.config', 'ForceFormat', 'No'],
		['<description>.config', 'FileSystem1', 'NTFS'],
		['<description>.config', 'PartitionType2', 'Primary'],
		['<description>.config', 'QuickFormat3', 'Yes'],
		['<description>.config', 'SetActive1', 'No'],
	];
	for (const [section, key, value] of expected) {
		const e = findEntry(section, key);
		assert.ok(e, `missing ${section}.${key}`);
		assert.equal(e.default, value, `${section}.${key}`);
	}
});

test('winbom: processing states match the reference tables', () => {
	const states = (section: string, key: string) => findEntry(section, key)?.factory ?? findSection(section)?.factory;
	assert.deepEqual(states('ComputerSettings', 'DisplayResolution')?.states, ['Setting display resolution']);
	assert.equal(states('ComputerSettings', 'SourcePath')?.variables, true);
	assert.equal(states('PnPDriverUpdate', 'WaitForPnP')?.executes, 'always');
	assert.equal(states('PnPDriverUpdate', 'UpdateInstalledDrivers')?.executes, 'once');
	assert.deepEqual(states('Factory', 'ResealMode')?.states, ['Launching Sysprep']);
	assert.deepEqual(states('WinPE', 'Restart')?.states, ['Finishing Windows PE']);
	assert.deepEqual(findSection('WinPE.Net')?.entries.every((e) => e.factory?.types.join() === 'WinPE'), true);
	assert.equal(states('Shell', 'CustomDefaultThemeFile')?.variables, true);
	assert.equal(states('Shell', 'DefaultThemesOff')?.variables, false);
	assert.deepEqual(findSection('OEMRunOnce')?.factory?.states, ['Installing applications']);
	assert.deepEqual(findSection('UserAccounts')?.targets, ['xp']);
});

test('winbom: numbered entries match their numbered keys', () => {
	assert.ok(findEntry('DiskConfig', 'Disk1'));
	assert.ok(findEntry('DiskConfig', 'disk12'));
	assert.ok(findEntry('<description>.config', 'Size4'));
	assert.ok(!findEntry('<description>.config', 'SizeX'));
	assert.ok(!findEntry('<description>.config', 'Size'));
});

test('winbom: section references point at template sections', () => {
	const templates = new Set(sections.map((s) => s.template).filter((t): t is string => t !== undefined));
	for (const s of sections) {
		for (const e of s.entries) {
			if (e.domain.kind === 'sectionRef' && e.domain.template) {
				assert.ok(templates.has(e.domain.template), `${s.name}.${e.name} refers to unknown template ${e.domain.template}`);
			}
		}
	}
});
