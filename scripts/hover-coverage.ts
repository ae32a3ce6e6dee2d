/**
 * Measures unattend.xml hover prose: how many components and settings (at
 * every level) have a hand-written `doc`, and which settings real answer files
 * use most (so the hand-written prose goes where people look).
 *
 *   npx tsx scripts/hover-coverage.ts [folder…]
 *
 * Folders default to the shared corpus and the gathered files outside the
 * repository; missing folders are skipped. Reading files is this script's job,
 * never the language service's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unattendXml } from '../server/src/knowledge/unattendXml';
import type { SettingSpec } from '../server/src/knowledge/unattendXmlTypes';
import { analyzeUnattend, settingPath } from '../server/src/services/unattendXml/unattendAnalysis';
import { unattendCatalog } from '../server/src/services/unattendXml/unattendCatalog';
import { componentSummary, settingSummary } from '../server/src/services/unattendXml/unattendProse';

const catalog = unattendCatalog(unattendXml.components);
let components = 0;
let componentsWithDoc = 0;
let top = 0;
let topWithDoc = 0;
let all = 0;
let allWithDoc = 0;
// Summaries hover shows: our `doc`, else one composed from the reference facts; a missing one is a bug.
let withoutSummary = 0;
const documented = new Map<string, boolean>();
const walk = (component: string, settings: readonly SettingSpec[], path: string[]) => {
	for (const setting of settings) {
		const here = [...path, setting.name];
		all++;
		if (setting.doc) allWithDoc++;
		if (!settingSummary(setting, here)) withoutSummary++;
		if (here.length === 1) {
			top++;
			if (setting.doc) topWithDoc++;
		}
		documented.set(`${component}|${here.join('/')}`, setting.doc !== '');
		if (setting.children) walk(component, setting.children, here);
	}
};
for (const component of catalog) {
	components++;
	if (component.doc) componentsWithDoc++;
	if (!componentSummary(component)) withoutSummary++;
	walk(component.name, component.settings, []);
}
console.log(`components: ${components}, without doc ${components - componentsWithDoc}`);
console.log(`top-level settings: ${top}, without doc ${top - topWithDoc}`);
console.log(`settings at every level: ${all}, without doc ${all - allWithDoc} (their hover summary is composed from the reference facts)`);
console.log(`components and settings without any hover summary: ${withoutSummary}`);

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/work/shared/corpus/unattend-xml', '/work/gathered/xml', '/work/gathered/embed'];
const files: string[] = [];
const collect = (path: string, depth: number) => {
	let info;
	try {
		info = statSync(path);
	} catch {
		return;
	}
	if (info.isDirectory()) {
		if (depth > 12 || path.endsWith('/.git')) return;
		for (const name of readdirSync(path)) collect(join(path, name), depth + 1);
	} else if (info.size < 2_000_000) files.push(path);
};
for (const folder of folders) collect(folder, 0);

const uses = new Map<string, number>();
let answerFiles = 0;
for (const file of files) {
	const text = readFileSync(file, 'latin1');
	// Each answer file in the file (templates and scripts may hold several); its bytes are enough to bind settings.
	for (let at = text.indexOf('<unattend'); at >= 0; at = text.indexOf('<unattend', at + 1)) {
		const end = text.indexOf('</unattend>', at);
		if (end < 0) break;
		answerFiles++;
		const analysis = analyzeUnattend(text.slice(at, end + 11));
		const seen = new Set<string>();
		for (const binding of analysis.bindings.values()) {
			if (binding.kind !== 'setting' || !binding.spec || !binding.component.spec) continue;
			const key = `${binding.component.spec.name}|${settingPath(binding).join('/')}`;
			if (seen.has(key)) continue;
			seen.add(key);
			uses.set(key, (uses.get(key) ?? 0) + 1);
		}
		at = end;
	}
}
const ranked = [...uses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`\n${answerFiles} answer files in ${files.length} files; ${uses.size} distinct setting paths used`);
const limit = Number(process.env.TOP ?? 100);
let undocumented = 0;
for (const [key, count] of ranked) {
	const has = documented.get(key);
	if (!has) undocumented++;
	if (undocumented <= limit || process.env.ALL) console.log(`${String(count).padStart(4)} ${has ? 'doc ' : 'NONE'} ${key}`);
}
