/**
 * Extracts facts from Microsoft's "Unattended Windows Setup Reference"
 * (Markdown pages under `customize/desktop/unattend/` of the public
 * `sfigg/commercialization-public` repository, a mirror of Microsoft's
 * hardware-docs) into `server/src/knowledge/unattendXmlReference.ts`.
 *
 * Run by hand when the reference changes, never at build or test time:
 *
 *   npx tsx scripts/extract-unattend-reference.ts <git-dir> [commit]
 *   UNATTEND_REFERENCE_GIT=<git-dir> npx tsx scripts/extract-unattend-reference.ts
 *
 * `<git-dir>` is a git directory (a bare clone or a `.git` folder); the pages
 * are read with `git show`, so no work tree is needed.
 *
 * Only facts are written (names, paths, passes, value types, ranges, enum
 * literals with their short labels, defaults, units, empty-element support,
 * deprecation, versions, architectures, the sibling settings a page links
 * to); no sentence of the pages is copied: hover composes its own sentences
 * from these facts (services/unattendXml/unattendProse.ts).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const gitDir = process.argv[2] ?? process.env.UNATTEND_REFERENCE_GIT;
if (!gitDir) {
	console.error('usage: tsx scripts/extract-unattend-reference.ts <git-dir> [commit]  (or set UNATTEND_REFERENCE_GIT)');
	process.exit(2);
}
const folder = 'customize/desktop/unattend/';
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const commit = git('rev-parse', process.argv[3] ?? 'HEAD').trim();
const origin = (() => {
	try {
		return git('config', '--get', 'remote.origin.url').trim();
	} catch {
		return '';
	}
})();
const repository = process.env.UNATTEND_REFERENCE_REPO ?? (origin.match(/github\.com[/:]([^/]+\/[^/.]+)/)?.[1] ?? 'sfigg/commercialization-public');

const passes = ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem'] as const;
const passBit = new Map(passes.map((pass, order) => [pass.toLowerCase(), 1 << order]));

interface Page {
	file: string;
	title: string;
	body: string;
	sections: Map<string, string>;
}

function clean(text: string): string {
	return text.replace(/\\([_*\\[\]-])/g, '$1').replace(/&nbsp;/g, ' ').trim();
}

function readPage(file: string): Page {
	let text = git('show', `${commit}:${folder}${file}`).replace(/\r\n?/g, '\n');
	if (text.startsWith('---\n')) {
		const end = text.indexOf('\n---', 4);
		if (end > 0) text = text.slice(text.indexOf('\n', end + 1) + 1);
	}
	const title = clean(text.match(/^#\s+(.+)$/m)?.[1] ?? '');
	const sections = new Map<string, string>();
	const parts = text.split(/^##\s+/m);
	for (const part of parts.slice(1)) {
		const newline = part.indexOf('\n');
		const head = part.slice(0, newline < 0 ? part.length : newline).replace(/<[^>]*>/g, '').trim().toLowerCase();
		const content = newline < 0 ? '' : part.slice(newline + 1);
		sections.set(head, (sections.get(head) ?? '') + content);
	}
	return { file, title, body: text, sections };
}

function section(page: Page, ...names: string[]): string {
	for (const [head, content] of page.sections) if (names.some((name) => head.startsWith(name))) return content;
	return '';
}

const files = git('ls-tree', '-r', '--name-only', commit, folder)
	.split('\n')
	.filter((path) => path.endsWith('.md'))
	.map((path) => path.slice(folder.length))
	.filter((file) => !file.includes('/'));
const skipped = new Set(['TOC.md', 'index.md', 'components-b-unattend.md']);
const pages = new Map<string, Page>();
for (const file of files) if (!skipped.has(file) && !file.startsWith('changed-')) pages.set(file.toLowerCase(), readPage(file));

/** The links of a page's "Parent hierarchy" line, in order, without a link to the page itself. */
function hierarchyLinks(page: Page): { file: string; text: string }[] | undefined {
	const text = section(page, 'parent hierarchy');
	const line = text.split('\n').find((item) => /\.md\)?\s*\|/.test(item) || /^\s*(\*\*|`)/.test(item));
	if (!line) return undefined;
	// A few lines lose the '(' of a link (`[Name]page.md)`); the closing ')' still marks it.
	const links = [...line.matchAll(/(?:\[([^\]]+)\])?\(?([A-Za-z0-9_-]+\.md)\)/g)].map((match) => ({ file: match[2].toLowerCase(), text: match[1] ? clean(match[1]) : '' }));
	return links.filter((link) => link.file !== page.file.toLowerCase());
}

/**
 * A page's element name. The title and the last (bold) item of the hierarchy
 * line usually agree; when they do not, the one the page's XML example uses as
 * an element wins (`AddAllVolumes`, `WindowsSpacebar`), else a title that is a
 * plain name (`ItemUrl`), else the bold item (`ClearTpm` under a title that
 * repeats the component).
 */
function ownName(page: Page, bold: string): string {
	const title = page.title.replace(/\s+/g, '');
	const candidates = [title, bold].filter((name) => /^[A-Za-z_][\w.-]*$/.test(name));
	const examples = (page.body.match(/```[\s\S]*?```/g) ?? []).join('\n');
	const used = candidates.find((name) => new RegExp(`<${name.replace(/\./g, '\\.')}[\\s/>]`).test(examples));
	if (used) return used;
	return candidates.find((name) => !/^Microsoft-Windows-/i.test(name)) ?? candidates[0] ?? bold;
}

const pathCache = new Map<string, string[] | undefined>();

/**
 * The element names from the component down to the page's own element.
 * Each page's path is its parent page's path plus its own title: the pages'
 * hierarchy lines skip levels, drop separators or repeat a sibling's name
 * (PromotedIcon2 says PromotedIcon1), but the link to the immediate parent is
 * reliable, and so is each page's title. One page can serve two places (the
 * WideTiles page of RegionalOverride describes StartTiles/WideTiles), so a
 * line that names more levels than the parent page's path keeps its own.
 */
function hierarchy(page: Page, depth = 0): string[] | undefined {
	const key = page.file.toLowerCase();
	if (pathCache.has(key)) return pathCache.get(key);
	const links = hierarchyLinks(page);
	const text = section(page, 'parent hierarchy');
	const bold = text.match(/\*\*([^*]+)\*\*\s*$/m)?.[1] ?? text.match(/\|\s*`?([A-Za-z_][\w.-]*)`?\s*$/m)?.[1] ?? '';
	let path: string[] | undefined;
	if (links && links.length > 0 && depth < 16) {
		const parent = links[links.length - 1];
		const parentPage = pages.get(parent.file);
		const self = ownName(page, clean(bold));
		// The component keeps its full name (its page title is sometimes shortened); other levels use page titles.
		const linkName = (link: { file: string; text: string }, order: number) => (order === 0 && /-/.test(link.text) && /[A-Z]/.test(link.text) ? link.text : pages.get(link.file)?.title || link.text);
		if (links.length === 1) path = [linkName(parent, 0), self];
		else {
			// The parent page's own path, unless this line names more levels (a parent page shared by two places).
			// The page's file name spells its path in lower case; it settles a link to the wrong parent page.
			const named = [...links.map(linkName), self];
			const aboveParent = parentPage ? hierarchy(parentPage, depth + 1) : undefined;
			const above = aboveParent ? [...aboveParent, self] : undefined;
			const slug = (names: string[]) => names.join('-').replace(/\s+/g, '').toLowerCase();
			const file = page.file.toLowerCase().replace(/\.md$/, '');
			if (above && slug(above) === file) path = above;
			else if (slug(named) === file) path = named;
			else path = above && above.length >= named.length ? above : named;
		}
	}
	pathCache.set(key, path);
	return path;
}

function passMask(page: Page): number {
	const text = section(page, 'valid configuration pass');
	let mask = 0;
	for (const word of text.match(/[A-Za-z]+/g) ?? []) mask |= passBit.get(word.toLowerCase()) ?? 0;
	return mask;
}

/** First-cell literals of the Values table: [literal, isPlaceholder, description]. */
function valueRows(text: string): [string, boolean, string][] {
	const rows: [string, boolean, string][] = [];
	for (const tr of text.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
		const cells = tr.match(/<td[\s\S]*?<\/td>/g) ?? [];
		if (cells.length < 2) continue;
		const first = cells[0].replace(/<\/?(td|p)[^>]*>/g, '').trim();
		const italic = /^<em>/.test(first);
		rows.push([clean(first.replace(/<[^>]+>/g, '')), italic, cells.slice(1).join(' ').replace(/<[^>]+>/g, ' ')]);
	}
	for (const line of text.split('\n')) {
		const match = line.match(/^\s*\|([^|]*)\|(.*)\|?\s*$/);
		if (!match || /^\s*:?-+/.test(match[1]) || /^\s*(value|setting|name)\s*$/i.test(match[1])) continue;
		const first = match[1].trim();
		const italic = /^\*[^*]/.test(first) || /^_/.test(first);
		rows.push([clean(first.replace(/[*`]/g, '')), italic, match[2]]);
	}
	return rows.filter((row) => row[0] !== '');
}

function integer(text: string): string | undefined {
	const n = (value: string) => value.replace(/,/g, '');
	const range = text.match(/(?:integer|valid values are)[^.]*?(?:between|from)\s+(-?[\d,]+)[^.\d-]*?(?:and\s|through\s|to\s|-)\s*(-?[\d,]+)/i) ?? text.match(/(?:range|ranges)[^.]*?(?:from|between)?\s+(-?[\d,]+)\s*(?:-|to|through|and)\s*(-?[\d,]+)/i);
	if (range) return `i:${n(range[1])}:${n(range[2])}`;
	if (/is an? (?:integer|whole number|dword)|integer value/i.test(text)) return 'i';
	return undefined;
}

/**
 * A first cell that names what to write rather than being it: the setting's
 * own name (`GUID`, `ItemKey`, `Path` on the AcceleratorXML page), the page
 * title, or a lower-case word with an underscore (`default_brightness`).
 */
function isPlaceholder(literal: string, page: Page, self: string, only: boolean): boolean {
	const lower = literal.toLowerCase();
	// Restart's values are Restart and Shutdown: the own name is a placeholder only when it stands alone.
	if (only && (lower === self.toLowerCase() || lower === page.title.replace(/\s+/g, '').toLowerCase())) return true;
	if (/^[a-z]+_[a-z_]+$/.test(literal)) return true;
	return /^(path|string|integer|guid|url|name|value|text|number)$/i.test(literal) && !/^(true|false)$/i.test(literal);
}

function typeOf(page: Page, self: string): { type: string; empty: number; fallback?: string } {
	const values = section(page, 'values', 'value');
	const body = page.body;
	const empty = /does not support empty elements/i.test(body) ? 2 : /supports empty elements/i.test(body) ? 1 : 0;
	let fallback: string | undefined;
	const raw = valueRows(values);
	// Some pages set every literal in italics (`*Allowed*`, `*Blocked*`): two or more plain words in italics are values, not placeholders.
	const italicWords = raw.length >= 2 && raw.every((row) => row[1] && /^[A-Za-z]+$/.test(row[0])) && new Set(raw.map((row) => row[0].toLowerCase())).size === raw.length;
	const found = italicWords ? raw.map((row): [string, boolean, string] => [row[0], false, row[2]]) : raw;
	const rows = found.map((row): [string, boolean, string] => [row[0], row[1] || isPlaceholder(row[0], page, self, found.length === 1), row[2]]);
	// Integer literals and ranges (`0`, `1-100`) are one integer range; flags that combine (`1|2|4|8`) are any integer.
	const numeric = rows.length > 0 && rows.every((row) => !row[1] && /^-?\d+(?:\s*-\s*\d+)?$/.test(row[0]));
	if (numeric && rows.some((row) => /\d\s*-\s*\d/.test(row[0]))) {
		const bounds = rows.flatMap((row) => row[0].split(/(?<=\d)\s*-\s*/).map(Number));
		return { type: `i:${Math.min(...bounds)}:${Math.max(...bounds)}`, empty, fallback: rows.find((row) => /\bdefault\b/i.test(row[2]))?.[0] };
	}
	if (numeric && /\bcombine these values|bitwise|\bsum of\b/i.test(values)) {
		return { type: 'i', empty, fallback: values.match(/default value is (\d+)/i)?.[1] };
	}
	for (const row of rows) if (/\bdefault\b/i.test(row[2]) && !row[1]) fallback = row[0];
	if (!fallback) fallback = clean(values.match(/default(?: value)? is (?:<strong>|\*\*|`)([^<*`]+)(?:<\/strong>|\*\*|`)/i)?.[1] ?? '') || undefined;
	const literals = rows.filter((row) => !row[1]).map((row) => row[0]);
	const lower = new Set(literals.map((item) => item.toLowerCase()));
	if (literals.length === 2 && lower.has('true') && lower.has('false') && rows.length === 2) return { type: 'b', empty, fallback };
	const numberType = integer(values) ?? (rows.some((row) => row[1]) ? integer(rows.map((row) => row[2]).join(' ')) : undefined);
	if (numberType) return { type: numberType, empty, fallback };
	if (literals.length > 0 && rows.every((row) => !row[1]) && literals.every((item) => /^[A-Za-z0-9_.:-]{1,40}$/.test(item))) {
		return { type: `e:${[...new Set(literals)].join('|')}`, empty, fallback };
	}
	const max = values.match(/maximum (?:length )?of ([\d,]+) (characters|bytes)/i) ?? body.match(/maximum length of ([\d,]+) (characters|bytes)/i);
	if (max) return { type: `s:${max[1].replace(/,/g, '')}`, empty, fallback };
	if (/\bstring\b/i.test(values) || empty !== 0) return { type: 's', empty, fallback };
	return { type: '', empty, fallback };
}

/** `add`/`modify`/… and whether items carry wcm:keyValue, from the XML example. */
function listItem(page: Page, name: string): number {
	const examples = (page.body.match(/```[\s\S]*?```/g) ?? []).join('\n');
	const tag = new RegExp(`<${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s([^>]*)>`, 'g');
	let kind = 0;
	for (const match of examples.matchAll(tag)) {
		if (/wcm:keyValue/i.test(match[1])) return 3;
		if (/wcm:action/i.test(match[1])) kind = 2;
	}
	return kind;
}

/**
 * Short labels of enumerated values: the middle cell of a three-column Values
 * table (`0 | Unknown | …`), or a description of at most three words
 * (`Off`). Longer descriptions are sentences, which we never copy.
 */
function valueLabels(page: Page): string {
	const text = section(page, 'values', 'value');
	const labels: string[] = [];
	const add = (value: string, label: string) => {
		const literal = clean(value.replace(/<[^>]+>/g, '').replace(/[*`]/g, ''));
		const words = clean(label.replace(/<[^>]+>/g, ' ').replace(/[*`]/g, '')).replace(/\s+/g, ' ').replace(/\.$/, '');
		if (!/^[A-Za-z0-9_.:-]{1,40}$/.test(literal) || words === '' || words.split(' ').length > 4 || words.length > 32 || /[|=]/.test(words)) return;
		if (words.toLowerCase() === literal.toLowerCase() || /^(value|description|meaning|setting)$/i.test(words)) return;
		labels.push(`${literal}=${words}`);
	};
	for (const tr of text.match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
		const cells = tr.match(/<td[\s\S]*?<\/td>/g) ?? [];
		if (cells.length >= 3) add(cells[0], cells[1]);
		else if (cells.length === 2 && cells[1].replace(/<[^>]+>/g, ' ').trim().split(/\s+/).length <= 3) add(cells[0], cells[1]);
	}
	for (const line of text.split('\n')) {
		const cells = line.trim().replace(/^\||\|$/g, '').split('|');
		if (cells.length < 2 || /^\s*:?-+/.test(cells[0])) continue;
		if (cells.length >= 3) add(cells[0], cells[1]);
		else if (cells[1].trim().split(/\s+/).length <= 3) add(cells[0], cells[1]);
	}
	return [...new Set(labels)].join('|');
}

/** The unit a number is counted in: an explicit "in <unit>", else the one unit the Values section names. */
function unitOf(page: Page): string {
	const text = section(page, 'values', 'value').replace(/<[^>]+>/g, ' ');
	const units: [string, string][] = [
		// Plural only: "the second of two lines" is not a unit.
		['milliseconds', 'ms'], ['seconds', 's'], ['minutes', 'min'], ['hours', 'h'], ['days', 'd'],
		['megabytes?|MB', 'MB'], ['kilobytes?|KB', 'KB'], ['gigabytes?|GB', 'GB'], ['bytes', 'bytes'],
		['percent(?:age)?', '%'], ['bits[- ]per[- ]pixel', 'bpp'], ['pixels?', 'px'], ['hertz|Hz', 'Hz'],
	];
	for (const [words, unit] of units) if (new RegExp(`\\bin (?:${words})\\b`, 'i').test(text)) return unit;
	const found = units.filter(([words]) => new RegExp(`\\b(?:${words})\\b`, 'i').test(text)).map(([, unit]) => unit);
	// "pixel" inside "bits per pixel" is one fact; any other pair is ambiguous.
	const set = new Set(found.includes('bpp') ? found.filter((unit) => unit !== 'px') : found);
	return set.size === 1 ? [...set][0] : '';
}

/** Pages the introduction and the Values section link to (other settings it works with). */
function linkedPages(page: Page): string[] {
	const intro = page.body.split(/^##\s+/m)[0];
	const text = `${intro}\n${section(page, 'values', 'value')}`;
	return [...new Set([...text.matchAll(/\]\(([A-Za-z0-9_-]+\.md)\)/g)].map((match) => match[1].toLowerCase()))].filter((file) => file !== page.file.toLowerCase());
}

const windowsNames: [RegExp, string][] = [
	[/Windows Server 2025/, 'ws2025'], [/Windows Server 2022/, 'ws2022'], [/Windows Server 2019/, 'ws2019'], [/Windows Server 2016/, 'ws2016'],
	[/Windows Server 2012 R2/, 'ws2012r2'], [/Windows Server 2012(?! R2)/, 'ws2012'], [/Windows Server 2008 R2/, 'ws2008r2'], [/Windows Server 2008(?! R2)/, 'ws2008'],
	[/Windows 11/, 'win11'], [/Windows 10/, 'win10'], [/Windows 8\.1/, 'win81'], [/Windows 8(?!\.)/, 'win8'], [/Windows 7/, 'win7'], [/Windows Vista/, 'vista'],
];

function appliesTo(page: Page): [string, string] {
	const text = section(page, 'applies to').replace(/\[[^\]]*\]\([^)]*\)/g, '');
	const versions = windowsNames.filter(([pattern]) => pattern.test(text)).map(([, id]) => id);
	const archs = ['x86', 'amd64', 'arm64', 'arm'].filter((arch) => new RegExp(`\\b${arch}\\b`, 'i').test(text));
	return [versions.join(' '), archs.join(' ')];
}

/** Deprecated/removed status: from the page itself, then from the "changed settings" pages (which win). */
function ownStatus(page: Page): string {
	// Only the page's own introduction counts: tables of child elements mention their children's status.
	const text = page.body.split(/^##\s+/m)[0].split('\n').filter((line) => !/^\s*(\||<t[dr])/.test(line)).join('\n');
	if (!/(this|the) setting (is|has been|was) (now )?(deprecated|removed)|^\s*>?\s*\**\s*deprecated\b/im.test(text)) return '';
	const build = text.match(/deprecated in Windows 10,? version (\d{4})/i)?.[1];
	return build ? `d:${build}` : 'd';
}

const changed = new Map<string, string>();
for (const file of files.filter((item) => item.startsWith('changed-'))) {
	// One line per table row, holding only its first cell: descriptions link to other pages.
	const text = git('show', `${commit}:${folder}${file}`)
		.replace(/<tr[\s\S]*?<\/tr>/g, (row) => `| ${(row.match(/<td[\s\S]*?<\/td>/)?.[0] ?? '').replace(/\s+/g, ' ')} |`)
		.split('\n')
		.map((line) => (line.trimStart().startsWith('|') ? `| ${line.split('|')[1] ?? ''} |` : line))
		.join('\n');
	let release = file.includes('windows-8') ? 'win81' : '';
	let kind = '';
	for (const line of text.split('\n')) {
		const heading = line.match(/^(#{1,4})\s+(.*)$/);
		if (heading) {
			const build = heading[2].match(/build (\d{4})/i)?.[1] ?? (/Windows 8\.1/.test(heading[2]) ? 'win81' : undefined);
			if (build && heading[1].length <= 2) release = build;
			kind = /deprecated/i.test(heading[2]) ? 'd' : /removed/i.test(heading[2]) ? 'r' : '';
			continue;
		}
		if (!kind) continue;
		for (const match of line.matchAll(/\]\(([a-z0-9-]+\.md)\)/gi)) {
			const key = match[1].toLowerCase();
			if (!changed.has(key) || kind === 'r') changed.set(key, `${kind}:${release}`);
		}
	}
}

interface Row {
	path: string[];
	kind: number;
	passes: number;
	type: string;
	empty: number;
	fallback: string;
	status: string;
	versions: string;
	labels: string;
	unit: string;
	links: string[];
	related: string;
}

const components = new Map<string, { name: string; versions: string; archs: string; rows: Row[] }>();
const rows: Row[] = [];
for (const page of pages.values()) {
	const path = hierarchy(page);
	if (!path) {
		if (!/^[A-Za-z][A-Za-z0-9-]*-[A-Za-z0-9 -]+$/.test(page.title) || /\s(?!Library)/.test(page.title)) continue;
		const name = page.title.replace(/\s+/g, '').replace(/-+$/, '');
		const [versions, archs] = appliesTo(page);
		if (!components.has(name.toLowerCase())) components.set(name.toLowerCase(), { name, versions, archs, rows: [] });
		continue;
	}
	if (path.length < 2) continue;
	path[0] = path[0].replace(/\s+/g, '').replace(/-+$/, '');
	const self = path[path.length - 1];
	const { type, empty, fallback } = typeOf(page, path[path.length - 1]);
	const [versions] = appliesTo(page);
	rows.push({
		path: path.map((item) => item.replace(/\s+/g, '')),
		kind: listItem(page, self),
		passes: passMask(page),
		type,
		empty,
		fallback: fallback ?? '',
		status: changed.get(page.file.toLowerCase()) ?? ownStatus(page),
		versions,
		labels: type.startsWith('e:') || type === 'b' || type.startsWith('i') ? valueLabels(page) : '',
		unit: type.startsWith('i') || type === '' ? unitOf(page) : '',
		links: linkedPages(page),
		related: '',
	});
}

// A few pages repeat another page's title or hierarchy: keep one row per path, with the passes of both.
{
	const byPath = new Map<string, Row>();
	for (const row of rows.splice(0)) {
		const key = row.path.join('/').toLowerCase();
		const earlier = byPath.get(key);
		if (!earlier) {
			byPath.set(key, row);
			continue;
		}
		earlier.passes |= row.passes;
		if (earlier.kind === 0) earlier.kind = row.kind;
		if (earlier.type === '') earlier.type = row.type;
	}
	rows.push(...byPath.values());
}

// A level no page of its own describes (RegionalOverride's WideTiles shares the page of StartTiles/WideTiles) becomes a container.
{
	const known = new Set(rows.map((row) => row.path.join('/').toLowerCase()));
	for (const row of [...rows]) {
		for (let cut = row.path.length - 1; cut >= 2; cut--) {
			const key = row.path.slice(0, cut).join('/').toLowerCase();
			if (known.has(key)) break;
			known.add(key);
			rows.push({ path: row.path.slice(0, cut), kind: 1, passes: row.passes, type: '', empty: 0, fallback: '', status: '', versions: '', labels: '', unit: '', links: [], related: '' });
		}
	}
}

// Containers: any row that is the parent of another row.
const parents = new Set(rows.map((row) => row.path.slice(0, -1).join('/').toLowerCase()));
for (const row of rows) {
	const key = row.path[0].toLowerCase();
	let component = components.get(key);
	if (!component) {
		component = { name: row.path[0], versions: '', archs: '', rows: [] };
		components.set(key, component);
	}
	// Some pages link the component in lower case; keep a capitalised spelling.
	if (!/[A-Z]/.test(component.name) && /[A-Z]/.test(row.path[0])) component.name = row.path[0];
	// Prefer the component page's spelling.
	row.path[0] = component.name;
	if (parents.has(row.path.join('/').toLowerCase())) {
		if (row.kind === 0) row.kind = 1;
		row.type = '';
		row.fallback = '';
		row.labels = '';
		row.unit = '';
	}
	component.rows.push(row);
}

// Related settings: linked pages that are settings of the same component, by their path below it.
for (const row of rows) {
	const related = row.links
		.map((file) => pages.get(file))
		.map((page) => (page ? hierarchy(page) : undefined))
		.filter((path): path is string[] => path !== undefined && path.length >= 2 && path[0].replace(/\s+/g, '').toLowerCase() === row.path[0].toLowerCase())
		.map((path) => path.slice(1).map((item) => item.replace(/\s+/g, '')).join('/'))
		// Its own ancestors and descendants are already in the structure lines.
		.filter((path) => {
			const own = row.path.slice(1).join('/');
			return path !== own && !own.startsWith(`${path}/`) && !path.startsWith(`${own}/`);
		});
	row.related = [...new Set(related)].slice(0, 6).join(' ');
}

const sorted = [...components.values()].sort((a, b) => a.name.localeCompare(b.name));
const out: string[] = [];
out.push('/**');
out.push(' * GENERATED by scripts/extract-unattend-reference.ts — do not edit by hand.');
out.push(` * Source: https://github.com/${repository} at commit ${commit},`);
out.push(` * folder ${folder} (Microsoft's Unattended Windows Setup Reference).`);
out.push(' * Facts only: element paths, kinds, passes, value types, value labels, defaults,');
out.push(' * units, empty-element support, deprecation, versions and related settings.');
out.push(' * Row layout: see unattendXmlReferenceTypes.ts.');
out.push(' */');
out.push("import type { ReferenceComponent } from './unattendXmlReferenceTypes';");
out.push('');
out.push(`export const referenceSource = { repository: '${repository}', commit: '${commit}', folder: '${folder}' } as const;`);
out.push('');
out.push('export const referenceComponents: readonly ReferenceComponent[] = [');
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
let settings = 0;
for (const component of sorted) {
	component.rows.sort((a, b) => a.path.join('/').localeCompare(b.path.join('/')));
	out.push(`\t[${quote(component.name)}, ${quote(component.versions)}, ${quote(component.archs)}, [`);
	for (const row of component.rows) {
		settings++;
		out.push(`\t\t[${quote(row.path.slice(1).join('/'))}, ${row.kind}, ${row.passes}, ${quote(row.type)}, ${row.empty}, ${quote(row.fallback)}, ${quote(row.status)}, ${quote(row.versions)}${row.labels || row.unit || row.related ? `, ${quote(row.labels)}, ${quote(row.unit)}, ${quote(row.related)}` : ''}],`);
	}
	out.push('\t]],');
}
out.push('];');
out.push('');
const target = join(import.meta.dirname, '..', 'server', 'src', 'knowledge', 'unattendXmlReference.ts');
writeFileSync(target, out.join('\n'));
console.log(`${sorted.length} components, ${settings} settings from ${repository}@${commit.slice(0, 12)} -> ${target}`);
