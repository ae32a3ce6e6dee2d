/**
 * Unit tests for the knowledge layer: invariants of the Sysprep.inf table and
 * the time-zone index table. Run with
 * `node --import tsx --test test/unit/knowledge.sysprepInf.test.ts`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sysprepInf } from '../../server/src/knowledge/sysprepInf';
import { timeZones } from '../../server/src/knowledge/timeZones';
import type { EntrySpec, SectionSpec, ValueDomain } from '../../server/src/knowledge/types';

const lower = (s: string): string => s.toLowerCase();

function findSection(name: string): SectionSpec | undefined {
	return sysprepInf.sections.find((s) => lower(s.name) === lower(name));
}

function findEntry(section: SectionSpec, name: string): EntrySpec | undefined {
	return section.entries.find((e) => lower(e.name) === lower(name));
}

/** Every domain in the table with a label for messages. */
function allDomains(): { where: string; domain: ValueDomain }[] {
	const out: { where: string; domain: ValueDomain }[] = [];
	for (const section of sysprepInf.sections) {
		if (section.lineDomain) out.push({ where: `[${section.name}] lines`, domain: section.lineDomain });
		for (const entry of section.entries) out.push({ where: `[${section.name}] ${entry.name}`, domain: entry.domain });
	}
	return out;
}

function enumAccepts(domain: ValueDomain, value: string): boolean {
	if (domain.kind !== 'enum') return true;
	const v = lower(value);
	return domain.values.some((ev) => lower(ev.value) === v || (ev.aliases ?? []).some((a) => lower(a) === v));
}

function unquote(value: string): string {
	const t = value.trim();
	return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

describe('sysprepInf knowledge table', () => {
	it('is the Sysprep.inf table', () => {
		assert.equal(sysprepInf.kind, 'sysprep');
		assert.equal(sysprepInf.title, 'Sysprep.inf');
		assert.ok(sysprepInf.sections.length > 0);
	});

	it('has unique section names (case-insensitive)', () => {
		const seen = new Set<string>();
		for (const section of sysprepInf.sections) {
			assert.ok(!seen.has(lower(section.name)), `duplicate section [${section.name}]`);
			seen.add(lower(section.name));
		}
	});

	it('has unique entry names within each section (case-insensitive)', () => {
		for (const section of sysprepInf.sections) {
			const seen = new Set<string>();
			for (const entry of section.entries) {
				assert.ok(!seen.has(lower(entry.name)), `duplicate entry ${entry.name} in [${section.name}]`);
				seen.add(lower(entry.name));
			}
		}
	});

	it('documents every section, entry and enum value', () => {
		for (const section of sysprepInf.sections) {
			assert.ok(section.doc.trim().length > 0, `[${section.name}] has no doc`);
			for (const entry of section.entries) {
				assert.ok(entry.doc.trim().length > 0, `[${section.name}] ${entry.name} has no doc`);
			}
		}
		for (const { where, domain } of allDomains()) {
			if (domain.kind === 'enum') {
				for (const v of domain.values) assert.ok(v.doc.trim().length > 0, `${where}: value ${v.value} has no doc`);
			}
		}
	});

	it('has non-empty enum domains without duplicate values', () => {
		for (const { where, domain } of allDomains()) {
			if (domain.kind !== 'enum') continue;
			assert.ok(domain.values.length > 0, `${where}: empty enum`);
			const seen = new Set<string>();
			for (const v of domain.values) {
				for (const spelling of [v.value, ...(v.aliases ?? [])]) {
					assert.ok(!seen.has(lower(spelling)), `${where}: duplicate enum value ${spelling}`);
					seen.add(lower(spelling));
				}
			}
		}
	});

	it('keeps defaults inside enum domains', () => {
		for (const section of sysprepInf.sections) {
			for (const entry of section.entries) {
				if (entry.default === undefined) continue;
				assert.ok(enumAccepts(entry.domain, entry.default), `[${section.name}] ${entry.name}: default ${entry.default} not in domain`);
			}
		}
	});

	it('has valid integer bounds and compilable patterns', () => {
		for (const { where, domain } of allDomains()) {
			if (domain.kind === 'integer' && domain.min !== undefined && domain.max !== undefined) {
				assert.ok(domain.min <= domain.max, `${where}: min > max`);
			}
			if (domain.kind === 'text' && domain.pattern !== undefined) {
				assert.doesNotThrow(() => new RegExp(domain.pattern as string), `${where}: bad pattern`);
				assert.ok(domain.patternHint, `${where}: pattern without patternHint`);
			}
		}
		for (const section of sysprepInf.sections) {
			if (section.keyPattern !== undefined) assert.doesNotThrow(() => new RegExp(section.keyPattern as string));
		}
	});

	it('gives lineDomain to open and values sections only, and no entries to empty sections', () => {
		for (const section of sysprepInf.sections) {
			if (section.shape === 'open' || section.shape === 'values') {
				assert.ok(section.lineDomain, `[${section.name}] (${section.shape}) needs a lineDomain`);
			}
			if (section.shape === 'empty') assert.equal(section.entries.length, 0, `[${section.name}] is empty but has entries`);
			if (section.shape === 'values') assert.equal(section.entries.length, 0, `[${section.name}] lists values but has entries`);
		}
	});

	it('writes examples as full lines for the entry they belong to', () => {
		for (const section of sysprepInf.sections) {
			for (const entry of section.entries) {
				if (entry.example === undefined) continue;
				const [key, ...rest] = entry.example.split('=');
				assert.ok(rest.length > 0, `[${section.name}] ${entry.name}: example has no '='`);
				// Numbered entries (`Quick_Link_<N>`) show one concrete number in their example.
				const name = new RegExp(`^${lower(entry.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<n>/g, '[0-9]+')}$`);
				assert.match(lower(key.trim()), name, `[${section.name}] ${entry.name}: example names another key`);
				const value = unquote(rest.join('='));
				assert.ok(enumAccepts(entry.domain, value), `[${section.name}] ${entry.name}: example value ${value} not in domain`);
				if (entry.domain.kind === 'text' && entry.domain.pattern && !(entry.domain.allowStar && value === '*')) {
					assert.match(value, new RegExp(entry.domain.pattern), `[${section.name}] ${entry.name}: example fails pattern`);
				}
				if (entry.domain.kind === 'integer') {
					const n = Number(value);
					assert.ok(Number.isInteger(n), `[${section.name}] ${entry.name}: example is not an integer`);
					if (entry.domain.min !== undefined) assert.ok(n >= entry.domain.min);
					if (entry.domain.max !== undefined) assert.ok(n <= entry.domain.max);
				}
			}
		}
	});

	it('refers only to entries that exist from requirements, and gives quick-fix values', () => {
		for (const section of sysprepInf.sections) {
			for (const entry of section.entries) {
				const req = entry.required;
				if (!req) continue;
				assert.equal(req.reason, 'fullAutomation');
				for (const name of req.anyOf ?? []) {
					assert.ok(findEntry(section, name), `[${section.name}] ${entry.name}: anyOf names unknown ${name}`);
				}
				assert.ok(
					(req.anyOf ?? []).length === 0 || (req.anyOf ?? []).some((n) => lower(n) === lower(entry.name)),
					`[${section.name}] ${entry.name}: anyOf group must include the entry itself`,
				);
				if (req.whenPresent !== undefined) {
					assert.ok(findEntry(section, req.whenPresent), `[${section.name}] ${entry.name}: whenPresent names unknown ${req.whenPresent}`);
				}
				if (req.value !== undefined) {
					assert.ok(enumAccepts(entry.domain, req.value), `[${section.name}] ${entry.name}: required value outside domain`);
				}
				assert.ok(entry.insertValue, `[${section.name}] ${entry.name}: required entry without insertValue`);
				if (req.value !== undefined) assert.equal(lower(entry.insertValue ?? ''), lower(req.value));
				assert.ok(!(entry.fileKinds && !entry.fileKinds.includes('sysprep')), `[${section.name}] ${entry.name}: required but not read from Sysprep.inf`);
			}
		}
	});

	it('states the full-automation requirements of the deployment guide', () => {
		const need = (section: string, entry: string): EntrySpec => {
			const s = findSection(section);
			assert.ok(s, `missing [${section}]`);
			const e = findEntry(s, entry);
			assert.ok(e, `missing [${section}] ${entry}`);
			assert.ok(e.required, `[${section}] ${entry} is not required`);
			return e;
		};
		need('GuiUnattended', 'AdminPassword');
		need('GuiUnattended', 'EncryptedAdminPassword');
		need('GuiUnattended', 'TimeZone');
		assert.equal(need('GuiUnattended', 'OEMSkipWelcome').required?.value, '1');
		assert.equal(need('GuiUnattended', 'OEMSkipRegional').required?.value, '1');
		assert.deepEqual(need('Identification', 'JoinWorkgroup').required?.anyOf, ['JoinWorkgroup', 'JoinDomain']);
		assert.deepEqual(need('Identification', 'JoinDomain').required?.anyOf, ['JoinWorkgroup', 'JoinDomain']);
		assert.equal(need('Identification', 'DomainAdmin').required?.whenPresent, 'JoinDomain');
		assert.equal(need('Identification', 'DomainAdminPassword').required?.whenPresent, 'JoinDomain');
		assert.deepEqual(need('LicenseFilePrintData', 'AutoMode').required?.targets, ['2003']);
		assert.deepEqual(need('LicenseFilePrintData', 'AutoUsers').required?.targets, ['2003']);
		assert.deepEqual(findSection('LicenseFilePrintData')?.targets, ['2003']);
		assert.equal(need('Networking', 'InstallDefaultComponents').required?.value, 'Yes');
		assert.equal(need('Unattended', 'OemSkipEula').required?.value, 'Yes');
		need('Unattended', 'InstallFilesPath');
		for (const e of ['ComputerName', 'FullName', 'OrgName', 'ProductKey']) need('UserData', e);
		const admin = need('GuiUnattended', 'AdminPassword');
		assert.ok(!(admin.insertValue ?? '').replace(/"/g, '').startsWith('*'), 'AdminPassword placeholder must not start with *');
	});

	it('marks passwords and product keys as secrets', () => {
		for (const section of sysprepInf.sections) {
			for (const entry of section.entries) {
				if (entry.domain.kind === 'password' || entry.domain.kind === 'productKey') {
					assert.equal(entry.secret, true, `[${section.name}] ${entry.name} must be secret`);
				}
			}
		}
		for (const [s, e] of [
			['GuiUnattended', 'AdminPassword'],
			['Identification', 'DomainAdminPassword'],
			['UserData', 'ProductKey'],
			['UserData', 'ProductID'],
		] as const) {
			const entry = findEntry(findSection(s) as SectionSpec, e);
			assert.equal(entry?.secret, true, `[${s}] ${e} must be secret`);
		}
	});

	it('resolves every sectionRef template to a templated section', () => {
		const templates = new Set(sysprepInf.sections.filter((s) => s.template).map((s) => lower(s.template as string)));
		for (const section of sysprepInf.sections) {
			if (section.template !== undefined) assert.equal(lower(section.name), lower(section.template));
		}
		for (const { where, domain } of allDomains()) {
			if (domain.kind === 'sectionRef' && domain.template !== undefined) {
				assert.ok(templates.has(lower(domain.template)), `${where}: no section for template ${domain.template}`);
			}
		}
	});

	it('covers every section of the Sysprep.inf table in the deployment guide', () => {
		// Seed table name -> name in our table (templated sections use their template).
		const table: Record<string, string> = {
			'adapter_specific_protocol_section': 'params.MS_TCPIP.<adapter>',
			Display: 'Display',
			GuiRunOnce: 'GuiRunOnce',
			GuiUnattended: 'GuiUnattended',
			Identification: 'Identification',
			IEHardening: 'IEHardening',
			LicenseFilePrintData: 'LicenseFilePrintData',
			'MS_AppleTalk parameters': 'params.MS_AppleTalk',
			'MS_ATMArps parameters': 'params.MS_ATMArps',
			'MS_ATMLANE parameters': 'params.MS_ATMLANE',
			'MS_ATMUni parameters': 'params.MS_ATMUni',
			'MS_L2TP parameters': 'params.MS_L2TP',
			'MS_MSClient parameters': 'params.MS_MSClient',
			'MS_NetMon parameters': 'params.MS_NetMon',
			'MS_NWClient parameters': 'params.MS_NWClient',
			'MS_NWIPX parameters': 'params.MS_NWIPX',
			'MS_NwSapAgent parameters': 'params.MS_NwSapAgent',
			'MS_PPTP parameters': 'params.MS_PPTP',
			'MS_Psched parameters': 'params.MS_Psched',
			'MS_RAS parameters': 'params.MS_RAS',
			'MS_RasSrv parameters': 'params.MS_RasSrv',
			'MS_Server parameters': 'params.MS_Server',
			'MS_TCPIP parameters': 'params.MS_TCPIP',
			'MS_WLBS parameters': 'params.MS_WLBS',
			NetAdapters: 'NetAdapters',
			NetBindings: 'NetBindings',
			NetClients: 'NetClients',
			NetOptionalComponents: 'NetOptionalComponents',
			NetProtocols: 'NetProtocols',
			NetServices: 'NetServices',
			Networking: 'Networking',
			'params.adapter_instance': 'params.<adapter>',
			'protocol_parameters_section': 'params.MS_TCPIP',
			RegionalSettings: 'RegionalSettings',
			Sysprep: 'Sysprep',
			SysprepMassStorage: 'SysprepMassStorage',
			TapiLocation: 'TapiLocation',
			Unattended: 'Unattended',
			UserData: 'UserData',
		};
		for (const [seed, ours] of Object.entries(table)) {
			assert.ok(findSection(ours), `seed section [${seed}] is missing (expected [${ours}])`);
		}
		for (const extra of ['Branding', 'Proxy', 'URL', 'FavoritesEx', 'SetupMgr', 'SysprepCleanup', 'OEM_Ads']) {
			assert.ok(findSection(extra), `missing [${extra}]`);
		}
	});

	it('covers the entries named for the main sections', () => {
		const expected: Record<string, string[]> = {
			GuiUnattended: ['AdminPassword', 'EncryptedAdminPassword', 'AutoLogon', 'AutoLogonCount', 'OEMSkipRegional', 'OEMSkipWelcome', 'OEMDuplicatorString', 'TimeZone', 'ProfilesDir', 'DetachedProgram', 'Arguments'],
			Identification: ['JoinWorkgroup', 'JoinDomain', 'DomainAdmin', 'DomainAdminPassword', 'MachineObjectOU', 'DoOldStyleDomainJoin'],
			Unattended: ['OemSkipEula', 'InstallFilesPath', 'OemPnPDriversPath', 'DriverSigningPolicy', 'NonDriverSigningPolicy', 'ExtendOemPartition', 'KeepPageFile', 'OemPreinstall', 'TargetPath', 'UpdateInstalledDrivers', 'UpdateServerProfileDirectory', 'ResetSourcePath', 'TapiConfigured', 'UnattendMode'],
			UserData: ['ComputerName', 'FullName', 'OrgName', 'ProductKey', 'ProductID'],
			Display: ['BitsPerPel', 'Xresolution', 'Yresolution', 'Vrefresh', 'AutoConfirm', 'ConfigureAtLogon'],
			RegionalSettings: ['Language', 'LanguageGroup', 'SystemLocale', 'UserLocale', 'InputLocale', 'UserLocale_DefaultUser', 'InputLocale_DefaultUser'],
			TapiLocation: ['CountryCode', 'Dialing', 'AreaCode', 'LongDistanceAccess'],
			Sysprep: ['BuildMassStorageSection'],
			'params.<adapter>': ['INFID', 'NetCardAddress', 'PciBusNumber', 'PciDeviceNumber', 'PciFunctionNumber', 'ConnectionName'],
			'params.MS_TCPIP': ['DNS', 'DNSSuffixSearchOrder', 'EnableLMHosts', 'AdapterSections'],
			'params.MS_TCPIP.<adapter>': ['DHCP', 'IPAddress', 'SubnetMask', 'DefaultGateway', 'DNSServerSearchOrder', 'WINS', 'WinsServerList', 'NetBIOSOptions', 'SpecificTo', 'DNSDomain'],
			NetClients: ['MS_MSClient', 'MS_NWClient'],
			NetProtocols: ['MS_TCPIP', 'MS_NWIPX'],
		};
		for (const [sectionName, entries] of Object.entries(expected)) {
			const section = findSection(sectionName);
			assert.ok(section, `missing [${sectionName}]`);
			for (const e of entries) assert.ok(findEntry(section, e), `missing [${sectionName}] ${e}`);
		}
		assert.equal(findSection('GuiRunOnce')?.shape, 'values');
		assert.equal(findSection('GuiRunOnce')?.lineDomain?.kind, 'command');
		assert.equal(findSection('SysprepMassStorage')?.shape, 'open');
		assert.equal(findSection('SysprepMassStorage')?.lineDomain?.kind, 'path');
		const adapter1 = findEntry(findSection('NetAdapters') as SectionSpec, 'Adapter1');
		assert.deepEqual(adapter1?.domain, { kind: 'sectionRef', template: 'params.<adapter>' });
	});

	it('accepts the documented lowercase spellings seen in real files', () => {
		const unattended = findSection('Unattended') as SectionSpec;
		assert.ok(enumAccepts((findEntry(unattended, 'DriverSigningPolicy') as EntrySpec).domain, 'ignore'));
		assert.ok(enumAccepts((findEntry(unattended, 'UpdateInstalledDrivers') as EntrySpec).domain, 'no'));
		const gui = findSection('GuiUnattended') as SectionSpec;
		assert.ok(enumAccepts((findEntry(gui, 'EncryptedAdminPassword') as EntrySpec).domain, 'NO'));
		assert.ok(findEntry(gui, 'OEMDuplicatorstring'));
		const computerName = findEntry(findSection('UserData') as SectionSpec, 'ComputerName') as EntrySpec;
		assert.ok(computerName.domain.kind === 'text' && computerName.domain.allowStar);
	});

	it('knows every section and entry key used by the sample Sysprep.inf files', (t) => {
		const dir = '/work/shared/corpus/sysprep-inf';
		if (!existsSync(dir)) {
			t.skip('sample corpus not available');
			return;
		}
		for (const file of readdirSync(dir)) {
			let section: SectionSpec | undefined;
			for (const raw of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
				const line = raw.trim();
				if (line === '' || line.startsWith(';')) continue;
				const header = /^\[(.+)\]$/.exec(line);
				if (header) {
					section = findSection(header[1]);
					assert.ok(section, `${file}: unknown section [${header[1]}]`);
					continue;
				}
				if (!section || section.shape !== 'entries') continue;
				const key = line.split('=')[0].trim();
				const entry = findEntry(section, key);
				assert.ok(entry, `${file}: unknown entry [${section.name}] ${key}`);
				const value = unquote(line.slice(line.indexOf('=') + 1));
				assert.ok(enumAccepts(entry.domain, value), `${file}: [${section.name}] ${key} = ${value} outside domain`);
			}
		}
	});
});

describe('timeZones knowledge table', () => {
	it('has unique, non-negative integer indexes in ascending order', () => {
		const seen = new Set<number>();
		let previous = -1;
		for (const tz of timeZones) {
			assert.ok(Number.isInteger(tz.index) && tz.index >= 0, `bad index ${tz.index}`);
			assert.ok(!seen.has(tz.index), `duplicate index ${tz.index}`);
			assert.ok(tz.index > previous, `index ${tz.index} out of order`);
			seen.add(tz.index);
			previous = tz.index;
		}
	});

	it('names every zone with a GMT display name and a standard name', () => {
		for (const tz of timeZones) {
			assert.match(tz.name, /^\(GMT([+-]\d\d:\d\d)?\) \S/, `bad display name for ${tz.index}`);
			assert.ok(tz.standardName.trim().length > 0, `no standard name for ${tz.index}`);
		}
	});

	it('contains the well-known codes', () => {
		const byIndex = new Map(timeZones.map((tz) => [tz.index, tz]));
		assert.equal(byIndex.get(4)?.standardName, 'Pacific Standard Time');
		assert.equal(byIndex.get(35)?.standardName, 'Eastern Standard Time');
		assert.equal(byIndex.get(85)?.standardName, 'GMT Standard Time');
		assert.equal(byIndex.get(110)?.standardName, 'W. Europe Standard Time');
		assert.equal(byIndex.get(300)?.standardName, 'Tonga Standard Time');
		assert.equal(timeZones.length, 75);
	});
});
