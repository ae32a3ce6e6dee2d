/**
 * The settings module (`server/src/services/settings.ts`): a drift test against
 * package.json `contributes.configuration` both ways, the reader's validation,
 * and the client's document selector built from the shared language ids.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { configurationSection as settingsSection, defaultSettings, readSettings, settingSpecs, type SettingSpec } from '../../server/src/services/settings';
import { isKnownCode } from '../../server/src/services/suppression';
import { configurationSection, documentSelector, fileNamePatterns, languageIds } from '../../server/src/protocol';
import { kindOf } from '../../server/src/model/documentKind';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	contributes: {
		languages: { id: string }[];
		configuration: { properties: Record<string, { type?: string; enum?: unknown[]; default?: unknown; minimum?: number; maximum?: number; additionalProperties?: { enum?: unknown[] } }> };
	};
};
const declared = manifest.contributes.configuration.properties;
const specs = settingSpecs as readonly SettingSpec[];

type Properties = typeof declared;

/** Every difference between package.json's settings and the module's table, one sentence each. */
function drift(properties: Properties): string[] {
	const problems: string[] = [];
	for (const name of Object.keys(properties)) if (!specs.some((spec) => spec.name === name)) problems.push(`${name} is in package.json but not in the settings module`);
	for (const spec of specs) {
		const property = properties[spec.name];
		if (!property) {
			problems.push(`${spec.name} is in the settings module but not in package.json`);
			continue;
		}
		const expect = (what: string, actual: unknown, wanted: unknown) => {
			if (JSON.stringify(actual) !== JSON.stringify(wanted)) problems.push(`${spec.name}: ${what} is ${JSON.stringify(actual)} in package.json, ${JSON.stringify(wanted)} in the module`);
		};
		expect('default', property.default, spec.default);
		switch (spec.type) {
			case 'enum':
				expect('type', property.type, 'string');
				expect('enum', property.enum, spec.values);
				break;
			case 'number':
				expect('type', property.type === 'integer' ? 'number' : property.type, 'number');
				expect('minimum', property.minimum, spec.minimum);
				expect('maximum', property.maximum, spec.maximum);
				break;
			case 'boolean':
			case 'string':
				expect('type', property.type, spec.type);
				expect('enum', property.enum, undefined);
				break;
			case 'severityMap':
				expect('type', property.type, 'object');
				expect('levels', property.additionalProperties?.enum, ['error', 'warning', 'information', 'hint', 'off']);
				break;
		}
	}
	return problems;
}

test('package.json settings and the settings module agree both ways: names, types, defaults, values, bounds', () => {
	assert.deepEqual(drift(declared), []);
	assert.equal(new Set(specs.map((spec) => spec.key)).size, specs.length, 'each row has its own key');
});

test('the drift check fails on a setting missing on either side or a changed default or enum', () => {
	const mutated: Properties = JSON.parse(JSON.stringify(declared));
	delete mutated['reseal.target'];
	mutated['reseal.notInTheModule'] = { type: 'boolean', default: false };
	mutated['reseal.batch.enable'].enum = ['all', 'off'];
	mutated['reseal.workspaceDiagnostics.maxFiles'].default = 10;
	assert.deepEqual(drift(mutated), [
		'reseal.notInTheModule is in package.json but not in the settings module',
		'reseal.target is in the settings module but not in package.json',
		'reseal.batch.enable: enum is ["all","off"] in package.json, ["all","sysprep","off"] in the module',
		'reseal.workspaceDiagnostics.maxFiles: default is 10 in package.json, 500 in the module',
	]);
});

test('defaults come from the table', () => {
	for (const spec of specs) assert.deepEqual((defaultSettings as Record<string, unknown>)[spec.key], spec.default, spec.name);
	assert.equal(readSettings(undefined).settings, defaultSettings);
});

test('the reader takes the nested shape VS Code sends, the flat shape and the prefixed shape', () => {
	const nested = readSettings({ target: 'xp', batch: { enable: 'sysprep' }, validation: { maxDiagnostics: 20.7 }, workspaceDiagnostics: { enable: false } });
	assert.deepEqual(nested.problems, []);
	assert.equal(nested.settings.target, 'xp');
	assert.equal(nested.settings.batchSupport, 'sysprep');
	assert.equal(nested.settings.maxDiagnostics, 20);
	assert.equal(nested.settings.workspaceDiagnostics, false);
	assert.equal(readSettings({ 'batch.enable': 'off' }).settings.batchSupport, 'off');
	assert.equal(readSettings({ 'reseal.architecture': 'x64' }).settings.architecture, 'x64');
	assert.equal(readSettings({ reseal: { architecture: 'ia64' } }).settings.architecture, 'ia64');
});

test('wrong values keep the previous value and are reported by name', () => {
	const base = readSettings({ target: 'xp' }).settings;
	const read = readSettings({ target: 'vista', validation: { debounceMs: -5, maxDiagnostics: 'many' }, workspaceDiagnostics: { enable: 'yes' } }, { base });
	assert.equal(read.settings.target, 'xp');
	assert.equal(read.settings.debounceMs, 150);
	assert.equal(read.settings.maxDiagnostics, 1000);
	assert.equal(read.settings.workspaceDiagnostics, true);
	assert.deepEqual(read.problems.map((problem) => problem.split(' ')[0]), ['reseal.target', 'reseal.validation.debounceMs', 'reseal.validation.maxDiagnostics', 'reseal.workspaceDiagnostics.enable']);
	assert.deepEqual(readSettings('xp').problems, ['the "reseal" settings must be an object']);
});

test('reseal.severity keeps known codes with valid levels and reports the rest', () => {
	const read = readSettings({ severity: { 'bat.external-tool': 'off', 'inf.unknown-entry': 'error', 'inf.no-such-rule': 'off', 'bat.undefined-label': 'fatal' } }, { isKnownCode });
	assert.deepEqual(read.settings.severity, { 'bat.external-tool': 'off', 'inf.unknown-entry': 'error' });
	assert.deepEqual(read.problems, [
		'reseal.severity: unknown diagnostic code "inf.no-such-rule"',
		'reseal.severity: "bat.undefined-label" must map to error, warning, information, hint or off (got "fatal")',
	]);
});

test('unknown settings are reported when asked (reseal.json), and only then', () => {
	const raw = { target: 'xp', tagret: 'xp', batch: { enable: 'all', mode: 1 }, severity: { 'bat.external-tool': 'off' } };
	assert.deepEqual(readSettings(raw, { reportUnknown: true }).problems, ['unknown setting "tagret"', 'unknown setting "batch.mode"']);
	assert.deepEqual(readSettings(raw).problems, []);
});

test('the client selects documents by the shared language ids and file names', () => {
	const selector = documentSelector();
	const byLanguage = selector.flatMap((entry) => ('language' in entry ? [entry.language] : []));
	for (const language of manifest.contributes.languages) assert.ok(byLanguage.includes(language.id), `${language.id} is selected`);
	for (const id of byLanguage) assert.ok((languageIds as readonly string[]).includes(id));
	assert.ok(!byLanguage.includes('xml'), 'generic XML files are selected by name only');
	assert.equal(selector.length - byLanguage.length, fileNamePatterns.length);
	// Every name pattern names a file the server gives a kind.
	for (const name of ['SYSPREP.INF', 'unattend.txt', 'winnt.sif', 'Winbom.ini', 'cmdlines.txt', 'AutoUnattend.xml', 'unattend.xml']) assert.ok(kindOf(name), name);
	const client = readFileSync(join(root, 'client/src/extension.ts'), 'utf8');
	assert.match(client, /documentSelector:\s*documentSelector\(\)/, 'the client uses the shared selector');
});

test('README documents every setting, the comment syntax and the CLI config file', () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	for (const spec of specs) assert.ok(readme.includes(`| \`${spec.name}\` |`), `README's settings table has ${spec.name}`);
	for (const syntax of ['; reseal-disable-next-line', 'rem reseal-disable-next-line', '<!-- reseal-disable-next-line', 'reseal-disable-file', 'reseal.json', '.resealrc.json', '--severity code=level']) assert.ok(readme.includes(syntax), `README mentions ${syntax}`);
});

test('the server, the client and the settings table read the same configuration section', () => {
	assert.equal(configurationSection, settingsSection);
	for (const spec of settingSpecs) assert.ok(spec.name.startsWith(`${configurationSection}.`), spec.name);
});
