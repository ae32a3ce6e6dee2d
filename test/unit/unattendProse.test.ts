/**
 * Hover prose over the whole unattend.xml catalog: every component and every
 * setting, at every level, gets a summary sentence beyond the structural
 * lines (path, type, passes), laid out summary → values → default → passes →
 * releases → structure. When a git clone of the reference mirror is at hand
 * (`UNATTEND_REFERENCE_GIT`), no prose shares a run of 13 words with the
 * reference's own text: the facts are Microsoft's, the sentences ours. The
 * reference text is read only here, never shipped.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { unattendXml } from '../../server/src/knowledge/unattendXml';
import { referenceSource } from '../../server/src/knowledge/unattendXmlReference';
import type { ComponentSpec, SettingSpec } from '../../server/src/knowledge/unattendXmlTypes';
import { catalogCounts, unattendCatalog } from '../../server/src/services/unattendXml/unattendCatalog';
import { componentMarkdown, componentSummary, nameWords, settingMarkdown, settingSummary } from '../../server/src/services/unattendXml/unattendProse';

const catalog = unattendCatalog(unattendXml.components);

function* walk(settings: readonly SettingSpec[], path: string[] = []): Generator<[string[], SettingSpec]> {
	for (const setting of settings) {
		yield [[...path, setting.name], setting];
		if (setting.children) yield* walk(setting.children, [...path, setting.name]);
	}
}

function* everySetting(components: readonly ComponentSpec[]): Generator<[ComponentSpec, string[], SettingSpec]> {
	for (const component of components) for (const [path, setting] of walk(component.settings)) yield [component, path, setting];
}

/** Lines that only restate structure; a summary must be something else. */
const structural = /^(Value:|Default:|Applied in:|Windows:|Contains:|A list item|An empty element|See also:|Meaning:|Counted in)/;

function isSentence(text: string): boolean {
	return /[.!?)]$/.test(text.trim()) && text.trim().split(/\s+/).length >= 3 && !structural.test(text.trim());
}

test('every component has a summary sentence, and hover shows it right under the name', () => {
	assert.ok(catalog.length >= 80, `only ${catalog.length} components`);
	const missing: string[] = [];
	for (const component of catalog) {
		const summary = componentSummary(component);
		if (!isSentence(summary)) missing.push(`${component.name}: ${JSON.stringify(summary)}`);
		assert.equal(componentMarkdown(component).split('\n\n')[1], summary);
	}
	assert.deepEqual(missing, []);
	// The hand-written ones: every component now has our own prose, not only the composed fallback.
	assert.deepEqual(catalog.filter((component) => !component.doc).map((component) => component.name), []);
});

test('every setting at every level has a summary sentence beyond the structure, first in its hover', () => {
	const { settings } = catalogCounts(catalog);
	assert.ok(settings >= 1100, `only ${settings} settings`);
	const missing: string[] = [];
	let composed = 0;
	for (const [component, path, setting] of everySetting(catalog)) {
		const summary = settingSummary(setting, path);
		if (!setting.doc) composed++;
		if (!isSentence(summary)) missing.push(`${component.name}|${path.join('/')}: ${JSON.stringify(summary)}`);
		const blocks = settingMarkdown(setting, path, component.name).split('\n\n');
		assert.match(blocks[0], new RegExp(`^\\*\\*${setting.name.replace(/[.]/g, '\\.')}\\*\\* — ${component.name}`));
		assert.equal(blocks[1], summary, `${component.name}|${path.join('/')}`);
	}
	assert.deepEqual(missing, []);
	// A composed summary names what the element is in words, so it is never an empty template.
	assert.ok(composed > 0 && composed < settings);
});

test('composed summaries say what the element name says, in words', () => {
	assert.deepEqual(nameWords('HideEULAPage'), ['hide', 'EULA', 'page']);
	assert.deepEqual(nameWords('fDenyTSConnections'), ['deny', 'TS', 'connections']);
	assert.deepEqual(nameWords('Home_Page'), ['home', 'page']);
	assert.deepEqual(nameWords('SquareTile10'), ['square', 'tile', '10']);
	assert.deepEqual(nameWords('DomainProfile_LogFile'), ['log', 'file', '(domain profile)']);
	assert.deepEqual(nameWords('WiFiToWlan'), ['Wi-Fi', 'to', 'wlan']);
	const summaryOf = (component: string, path: string) => {
		const spec = catalog.find((item) => item.name === component)!;
		let list: readonly SettingSpec[] | undefined = spec.settings;
		let found: SettingSpec | undefined;
		for (const part of path.split('/')) {
			found = list?.find((item) => item.name === part);
			list = found?.children;
		}
		assert.ok(found, `${component}|${path}`);
		return settingSummary(found, path.split('/'));
	};
	// Booleans say what `true` does, from the verb of the name.
	assert.equal(summaryOf('Microsoft-Windows-Audio-AudioCore', 'EnableCaptureMonitor'), '`true` turns on capture monitor; `false` turns it off.');
	// 0/1 enumerations read as switches with their own literals.
	assert.match(summaryOf('Microsoft-Windows-Embedded-BootExp', 'HideBootLogo'), /^`1` hides boot logo; `0` shows it\.$/);
	// A value below a container names its owner.
	assert.match(summaryOf('Microsoft-Windows-Shell-Setup', 'StartTiles/SquareTiles/SquareTile1/AppId'), /app id of `SquareTile1`/);
	// Blocked/Allowed enumerations are Keyboard Filter keys.
	assert.equal(summaryOf('Microsoft-Windows-Embedded-KeyboardFilterService', 'AltF4'), '`Blocked` drops the `AltF4` key or key combination; `Allowed` lets it through.');
	// Numbers carry the unit the reference gives.
	assert.match(summaryOf('Microsoft-Windows-NetworkLoadBalancing-Core', 'Clusters/Cluster/MembershipHeartbeatPeriod'), /milliseconds/);
});

test('hover blocks come in order: summary, values, default, passes, releases, structure', () => {
	const order = ['Value:', 'Default:', 'Applied in:', 'Windows:', 'A list item', 'Contains:', 'See also:'];
	for (const [component, path, setting] of everySetting(catalog)) {
		const text = settingMarkdown(setting, path, component.name);
		const at = order.map((marker) => text.indexOf(marker)).filter((index) => index >= 0);
		assert.deepEqual(at, [...at].sort((a, b) => a - b), `${component.name}|${path.join('/')}`);
	}
});

const gitDir = process.env.UNATTEND_REFERENCE_GIT;

/** Lower-case words of a text, without Markdown, tags or punctuation. */
function words(text: string): string[] {
	return text
		.replace(/<[^>]*>/g, ' ')
		.replace(/&[a-z]+;/g, ' ')
		.toLowerCase()
		.match(/[a-z0-9]+/g) ?? [];
}

const run = 13;

test(`no prose shares a run of ${run} words with the reference text`, { skip: gitDir && existsSync(gitDir) ? false : 'set UNATTEND_REFERENCE_GIT to a clone of sfigg/commercialization-public to compare with the pages' }, () => {
	const git = (args: string[], input?: string) => execFileSync('git', ['--git-dir', gitDir!, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, input });
	const blobs = git(['ls-tree', '-r', referenceSource.commit, referenceSource.folder])
		.split('\n')
		.filter((line) => line.endsWith('.md'))
		.map((line) => line.split(/\s+/)[2]);
	const pages = git(['cat-file', '--batch'], `${blobs.join('\n')}\n`);
	const reference = new Set<string>();
	const all = words(pages);
	for (let at = 0; at + run <= all.length; at++) reference.add(all.slice(at, at + run).join(' '));
	assert.ok(reference.size > 100_000, `only ${reference.size} runs read from the reference`);
	const copied: string[] = [];
	const check = (where: string, text: string) => {
		const own = words(text);
		for (let at = 0; at + run <= own.length; at++) {
			const slice = own.slice(at, at + run).join(' ');
			if (reference.has(slice)) {
				copied.push(`${where}: "${slice}"`);
				return;
			}
		}
	};
	for (const component of catalog) check(component.name, componentMarkdown(component));
	for (const [component, path, setting] of everySetting(catalog)) check(`${component.name}|${path.join('/')}`, settingMarkdown(setting, path, component.name));
	for (const pass of unattendXml.passes) check(`pass ${pass.name}`, `${pass.doc} ${pass.trigger}`);
	assert.deepEqual(copied, []);
});
