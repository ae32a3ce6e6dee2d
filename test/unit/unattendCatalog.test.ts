/**
 * The merged unattend.xml catalog over all its settings: no value domain is a
 * placeholder copied from the reference's Values table (the setting's own
 * name, `Path`, `default_brightness`), every reference row sits at its own
 * level of the tree, and completion offers at each level exactly that level's
 * children. When a git clone of the reference mirror is at hand
 * (`UNATTEND_REFERENCE_GIT`), every listed value is also looked up on its page.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { unattendXml } from '../../server/src/knowledge/unattendXml';
import { referenceComponents, referenceSource } from '../../server/src/knowledge/unattendXmlReference';
import type { ComponentSpec, SettingSpec } from '../../server/src/knowledge/unattendXmlTypes';
import { unattendCatalog } from '../../server/src/services/unattendXml/unattendCatalog';
import { completionLabels } from '../utils/fixture';

const catalog = unattendCatalog(unattendXml.components);

function* walk(settings: readonly SettingSpec[], path: string[] = []): Generator<[string[], SettingSpec]> {
	for (const setting of settings) {
		yield [[...path, setting.name], setting];
		if (setting.children) yield* walk(setting.children, [...path, setting.name]);
	}
}

/** Words the reference uses to say what to write, never values themselves. */
const placeholder = /^(path|string|integer|guid|url|name|value|text|number)$|^[a-z]+_[a-z_]+$|^-?\d+\s*-\s*\d+$/i;

test('no value domain is the setting\'s own name or a placeholder', () => {
	let enums = 0;
	const wrong: string[] = [];
	for (const component of catalog) {
		for (const [path, setting] of walk(component.settings)) {
			const where = `${component.name}/${path.join('/')}`;
			const values = setting.domain?.kind === 'enum' ? setting.domain.values.map((item) => item.value) : [];
			// Restart's default is the value Restart; a default is wrong only when it is the name and no value.
			if (setting.default !== undefined && setting.default.toLowerCase() === setting.name.toLowerCase() && !values.includes(setting.default)) wrong.push(`${where}: default ${setting.default}`);
			if (setting.domain?.kind !== 'enum') continue;
			enums++;
			if (values.length === 1 && values[0].toLowerCase() === setting.name.toLowerCase()) wrong.push(`${where}: only value is its own name`);
			for (const value of values) if (placeholder.test(value)) wrong.push(`${where}: ${value}`);
		}
	}
	assert.ok(enums > 100, `${enums} enumerations`);
	assert.deepEqual(wrong, []);
});

test('every reference row sits at its own level of the catalog tree', () => {
	const byName = new Map(catalog.map((component) => [component.name.toLowerCase(), component]));
	const misplaced: string[] = [];
	for (const [name, , , rows] of referenceComponents) {
		const component = byName.get(name.toLowerCase())!;
		for (const [path] of rows) {
			let level: readonly SettingSpec[] | undefined = component.settings;
			for (const part of path.split('/')) level = level?.find((setting) => setting.name === part)?.children ?? (level?.some((setting) => setting.name === part) ? [] : undefined);
			if (level === undefined) misplaced.push(`${name}/${path}`);
		}
		// Top-level names are the reference's own top-level rows plus the hand-written ones, never a nested name.
		const nested = new Set(rows.filter((row) => row[0].includes('/')).map((row) => row[0].slice(row[0].lastIndexOf('/') + 1)));
		const top = new Set(rows.filter((row) => !row[0].includes('/')).map((row) => row[0]));
		const hand = new Set(unattendXml.components.find((item) => item.name.toLowerCase() === name.toLowerCase())?.settings.map((setting) => setting.name));
		for (const setting of component.settings) if (!top.has(setting.name) && !hand.has(setting.name) && nested.has(setting.name)) misplaced.push(`${name}: top-level ${setting.name}`);
	}
	assert.deepEqual(misplaced, []);
});

const ns = 'xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';

function document(component: ComponentSpec, path: readonly SettingSpec[]): string {
	const pass = component.passes[0];
	const open = path.map((setting) => `<${setting.name}${setting.listItem === 'keyed' ? ' wcm:action="add" wcm:keyValue="k"' : setting.listItem ? ' wcm:action="add"' : ''}>`).join('\n');
	const close = [...path].reverse().map((setting) => `</${setting.name}>`).join('\n');
	return `//- /unattend.xml\n<unattend ${ns}>\n<settings pass="${pass}">\n<component name="${component.name}" ${ids}>\n${open}\n$0\n${close}\n</component>\n</settings>\n</unattend>\n`;
}

test('completion offers at each level exactly that level\'s children', () => {
	let levels = 0;
	const wrong: string[] = [];
	const check = (component: ComponentSpec, path: readonly SettingSpec[], children: readonly SettingSpec[]) => {
		levels++;
		const offered = completionLabels(document(component, path)).sort();
		const expected = [...new Set(children.map((setting) => setting.name))].sort();
		if (JSON.stringify(offered) !== JSON.stringify(expected)) wrong.push(`${component.name}/${path.map((setting) => setting.name).join('/')}: ${offered.filter((item) => !expected.includes(item)).join(',')} | ${expected.filter((item) => !offered.includes(item)).join(',')}`);
	};
	const visit = (component: ComponentSpec, path: SettingSpec[], settings: readonly SettingSpec[]) => {
		for (const setting of settings) {
			if (!setting.children || setting.children.length === 0) continue;
			check(component, [...path, setting], setting.children);
			visit(component, [...path, setting], setting.children);
		}
	};
	for (const component of catalog) {
		check(component, [], component.settings);
		visit(component, [], component.settings);
	}
	assert.ok(levels > 300, `${levels} levels`);
	assert.deepEqual(wrong, []);
});

const gitDir = process.env.UNATTEND_REFERENCE_GIT;
test('every value the reference table lists appears on the setting\'s page', { skip: gitDir && existsSync(gitDir) ? false : 'set UNATTEND_REFERENCE_GIT to a clone of sfigg/commercialization-public to compare with the pages' }, () => {
	const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir!, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	const folder = referenceSource.folder;
	const files = new Map(git('ls-tree', '-r', '--name-only', referenceSource.commit, folder).split('\n').map((file) => [file.slice(folder.length).replace(/\.md$/, '').toLowerCase(), file]));
	const missing: string[] = [];
	let checked = 0;
	for (const [component, , , rows] of referenceComponents) {
		for (const [path, , , type] of rows) {
			if (!type.startsWith('e:')) continue;
			// Pages are named after their path; the few named otherwise are skipped, not guessed.
			const file = files.get(`${component}-${path.replace(/\//g, '-')}`.toLowerCase());
			if (!file) continue;
			const page = git('show', `${referenceSource.commit}:${file}`);
			for (const value of type.slice(2).split('|')) {
				checked++;
				if (!new RegExp(`(^|[^\\w])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`).test(page)) missing.push(`${component}/${path}: ${value}`);
			}
		}
	}
	assert.ok(checked > 300, `${checked} values checked`);
	assert.deepEqual(missing, []);
});
