/**
 * Service layer: the one composer of `unattend.xml` documentation, shared by
 * hover and completion. Pure: knowledge rows in, Markdown out.
 *
 * The first line is a summary: our hand-written `doc` where the tables have
 * one, else a sentence composed here from the facts the generated reference
 * table holds (the element's name, its value type, whether it is a list item
 * or a container). Then values and their effect, default, passes, releases,
 * and last the structure (list item, children, related settings).
 */
import type { ComponentSpec, SettingSpec, UnattendValueDomain } from '../../knowledge/unattendXmlTypes';
import { unattendTargets } from '../../knowledge/unattendXmlTargets';

const targetLabel = new Map<string, string>(unattendTargets.map((target) => [target.id, target.label]));

const unitWords: Readonly<Record<string, string>> = {
	ms: 'milliseconds', s: 'seconds', min: 'minutes', h: 'hours', d: 'days', bytes: 'bytes', KB: 'KB', MB: 'MB', GB: 'GB',
	'%': 'percent', px: 'pixels', bpp: 'bits per pixel', Hz: 'hertz',
};

/**
 * An element name as words: `HideEULAPage` → `hide EULA page`,
 * `fDenyTSConnections` → `deny TS connections`, `Home_Page` → `home page`.
 * Acronyms keep their capitals; a one- or two-letter Hungarian prefix goes.
 */
export function nameWords(name: string): string[] {
	// `DomainProfile_LogFile`: a compound before the underscore is the scope the rest applies to (`Home_Page` is one name).
	const scoped = name.match(/^([A-Z][a-z]+[A-Z][A-Za-z]*)_([A-Z][A-Za-z0-9]+)$/);
	if (scoped) return [...nameWords(scoped[2]), `(${nameWords(scoped[1]).join(' ')})`];
	const spaced = name
		.replace(/^[a-z]{1,2}(?=[A-Z])/, '')
		.replace(/[_.-]+/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ')
		.replace(/([a-z])(\d)/g, '$1 $2')
		// "WiFi" splits like any other pair of words; write it the usual way.
		.replace(/\bWi Fi\b/g, 'Wi-Fi');
	return spaced
		.split(' ')
		.filter((word) => word !== '')
		.map((word) => (/^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word));
}

/** What `true` does, from the verb the name starts with (`HideX`, `EnableX`, `SkipX`…). */
type Say = (rest: string, on: string, off: string) => string;
const booleanVerbs: readonly { readonly words: readonly string[]; readonly say: Say }[] = [
	{ words: ['enable', 'enabled'], say: (rest, on, off) => `${on} turns on ${rest}; ${off} turns it off.` },
	{ words: ['disable', 'disabled'], say: (rest, on, off) => `${on} turns off ${rest}; ${off} leaves it on.` },
	{ words: ['hide'], say: (rest, on, off) => `${on} hides ${rest}; ${off} shows it.` },
	{ words: ['show', 'display'], say: (rest, on, off) => `${on} shows ${rest}; ${off} hides it.` },
	{ words: ['skip'], say: (rest, on, off) => `${on} skips ${rest}; ${off} does not skip it.` },
	{ words: ['allow'], say: (rest, on, off) => `${on} allows ${rest}; ${off} does not.` },
	{ words: ['prevent', 'block', 'deny', 'no'], say: (rest, on, off) => `${on} prevents ${rest}; ${off} allows it.` },
	{ words: ['use'], say: (rest, on, off) => `${on} uses ${rest}; ${off} does not.` },
	{ words: ['remove', 'delete', 'clear', 'uninstall'], say: (rest, on, off) => `${on} removes ${rest}; ${off} keeps it.` },
	{ words: ['force'], say: (rest, on, off) => `${on} forces ${rest}; ${off} does not.` },
];

/** What the "on" value of a yes/no setting does, from its name; `on`/`off` are the literals (`true`/`false` or `1`/`0`). */
function switchSentence(words: readonly string[], on = '`true`', off = '`false`'): string {
	const [first = '', second = ''] = words;
	if ((first === 'is' || first === 'are') && words.length > 1) return `Whether it ${words.join(' ')}: ${on} yes, ${off} no.`;
	if (first === 'do' && second === 'not' && words.length > 2) return `${on} tells Windows not to ${words.slice(2).join(' ')}; ${off} lets it.`;
	const verb = booleanVerbs.find((item) => item.words.includes(first));
	if (verb && words.length > 1) return verb.say(words.slice(1).join(' '), on, off);
	const last = words[words.length - 1];
	if (words.length > 1 && (last === 'enabled' || last === 'on')) return `Turns ${words.slice(0, -1).join(' ')} on (${on}) or off (${off}).`;
	if (words.length > 1 && last === 'disabled') return `${on} turns off ${words.slice(0, -1).join(' ')}; ${off} leaves it on.`;
	return `${on} turns on *${words.join(' ')}*; ${off} turns it off.`;
}

/** Literals in the order a list reads them: `A`, `B` or `C`. */
function orList(values: readonly string[]): string {
	const quoted = values.map((value) => `\`${value}\``);
	return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted.join('');
}

const pathNouns = new Set(['path', 'file', 'folder', 'directory', 'dll', 'location']);

/** One sentence from the facts alone, for a setting no one wrote prose for. */
function composedSummary(spec: SettingSpec, path: readonly string[]): string {
	const words = nameWords(spec.name);
	// A value below a container reads better with its owner: "the app id of `SquareTile3`".
	const owner = path.length > 1 ? path[path.length - 2] : '';
	const phrase = owner && !spec.children && !spec.listItem ? `${words.join(' ')} of \`${owner}\`` : words.join(' ');
	if (spec.listItem) {
		const key = spec.listItem === 'keyed' ? ', named by its `wcm:keyValue`' : '';
		return `One ${phrase} entry of the list${key}; repeat the element for each further entry.`;
	}
	if (spec.children) {
		const items = spec.children.filter((child) => child.listItem);
		if (items.length > 0 && items.length === spec.children.length) return `The list of ${nameWords(items[0].name).join(' ')} entries.`;
		return `Groups the settings of \`${spec.name}\`.`;
	}
	const domain = spec.domain;
	switch (domain?.kind) {
		case 'boolean':
			return switchSentence(words);
		case 'enum': {
			const values = domain.values.map((item) => item.value);
			const sorted = [...values].sort().join('|').toLowerCase();
			if (sorted === '0|1') return switchSentence(words, '`1`', '`0`');
			if (sorted === 'false|true') return switchSentence(words);
			// Keyboard Filter style: each element is a key or combination, blocked or let through.
			if (sorted === 'allowed|blocked') return `\`Blocked\` drops the \`${spec.name}\` key or key combination; \`Allowed\` lets it through.`;
			return values.length <= 6 ? `Sets the ${phrase}: ${orList(values)}.` : `Sets the ${phrase}, one of ${values.length} values.`;
		}
		case 'integer':
			return `Sets the ${phrase}, a number${spec.unit ? ` of ${unitWords[spec.unit] ?? spec.unit}` : ''}.`;
		case 'password':
			return `The ${phrase} password.`;
		case 'path':
		case 'command':
			return `The ${phrase} to use, as a ${domain.kind === 'path' ? 'path' : 'command line'}.`;
		default:
			break;
	}
	if (pathNouns.has(words[words.length - 1]?.toLowerCase() ?? '')) return `Sets the ${phrase}, as a path.`;
	if (domain?.kind === 'text') return `Sets the ${phrase}, as text.`;
	if (spec.unit) return `Sets the ${phrase}, in ${unitWords[spec.unit] ?? spec.unit}.`;
	return `Sets the ${phrase}; the reference does not say what form the value takes.`;
}

/** The one-line summary of a setting: our prose, or a sentence from the facts. */
export function settingSummary(spec: SettingSpec, path: readonly string[] = [spec.name]): string {
	return spec.doc || composedSummary(spec, path);
}

/** The one-line summary of a component: our prose, or a sentence from its name. */
export function componentSummary(component: ComponentSpec): string {
	if (component.doc) return component.doc;
	const bare = component.name.replace(/^Microsoft-Windows-/i, '');
	return `Settings of the ${bare.split('-').flatMap(nameWords).join(' ')} feature (${component.settings.length} top-level settings).`;
}

/** A value label as a short phrase: "Specifies tone dialing" reads as "tone dialing". */
function label(text: string): string {
	return text.replace(/^Specifies /, '');
}

function domainWords(domain: UnattendValueDomain | undefined): string | undefined {
	if (!domain) return undefined;
	switch (domain.kind) {
		case 'boolean':
			return '`true` or `false`';
		case 'enum':
			return domain.values.map((item) => `\`${item.value}\`${item.doc ? ` (${label(item.doc)})` : ''}`).join(', ');
		case 'integer':
			return domain.min !== undefined && domain.max !== undefined ? `a whole number from ${domain.min} to ${domain.max}` : domain.min !== undefined ? `a whole number, at least ${domain.min}` : 'a whole number';
		case 'text':
			return domain.maxLength ? `text, at most ${domain.maxLength} characters` : 'text';
		case 'path':
			return 'a path';
		case 'command':
			return 'a command line';
		case 'productKey':
			return 'a product key `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`';
		case 'password':
			return 'a password';
		case 'timeZone':
			return 'a Windows time-zone ID (`tzutil /l`)';
		case 'locale':
			return domain.inputLocale ? 'language tags or input codes (`en-US`, `0409:00000409`), `;`-separated' : 'a language tag (`en-US`)';
		case 'any':
			return undefined;
	}
}

function releases(ids: readonly string[]): string {
	return ids.map((id) => targetLabel.get(id) ?? id).join(', ');
}

/**
 * The full documentation of a setting: heading, summary, values and their
 * effect, default, passes, releases, structure. `path` runs from the top of
 * the component to the setting itself.
 */
export function settingMarkdown(spec: SettingSpec, path: readonly string[], component: string): string {
	const where = path.length > 1 ? ` › ${path.slice(0, -1).join(' › ')}` : '';
	const blocks = [`**${spec.name}** — ${component}${where}`, settingSummary(spec, path)];
	const values: string[] = [];
	const words = domainWords(spec.domain);
	if (words) values.push(`Value: ${words}${spec.unit && spec.domain?.kind === 'integer' ? `, in ${unitWords[spec.unit] ?? spec.unit}` : ''}.`);
	// A composed summary already names the unit.
	else if (spec.unit && spec.doc) values.push(`Counted in ${unitWords[spec.unit] ?? spec.unit}.`);
	// Labels of enumerations are already in the value list; those of booleans and numbers are not.
	if (spec.valueLabels && spec.domain?.kind !== 'enum') values.push(`Meaning: ${spec.valueLabels.map((item) => `\`${item.value}\` ${label(item.doc)}`).join('; ')}.`);
	if (spec.default !== undefined) values.push(`Default: \`${spec.default}\`.`);
	if (spec.emptyAllowed !== undefined) values.push(spec.emptyAllowed ? 'An empty element is allowed.' : 'An empty element is not allowed.');
	if (values.length > 0) blocks.push(values.join(' '));
	const when: string[] = [];
	if (spec.passes) when.push(`Applied in: ${spec.passes.join(', ')}.`);
	if (spec.versions) when.push(`Windows: ${releases(spec.versions)}.`);
	if (when.length > 0) blocks.push(when.join(' '));
	if (spec.unlisted) blocks.push('Not in the current Unattended Windows Setup Reference (a setting of an older or newer release).');
	if (spec.deprecated) blocks.push(`${spec.removed ? 'Removed' : 'Deprecated'}: ${spec.deprecated}`);
	const structure: string[] = [];
	if (spec.listItem) structure.push(spec.listItem === 'keyed' ? 'A list item: write `wcm:action="add"` and a unique `wcm:keyValue`.' : 'A list item: write `wcm:action="add"`.');
	if (spec.children) structure.push(`Contains: ${spec.children.map((item) => item.name).join(', ')}.`);
	if (spec.related && spec.related.length > 0) structure.push(`See also: ${spec.related.map((item) => `\`${item}\``).join(', ')}.`);
	if (structure.length > 0) blocks.push(structure.join(' '));
	return blocks.join('\n\n');
}

/** The full documentation of a component: heading, summary, passes, releases, architectures. */
export function componentMarkdown(component: ComponentSpec): string {
	const blocks = [`**${component.name}**`, componentSummary(component)];
	const when = [`Applied in: ${component.passes.join(', ')}.`];
	if (component.versions) when.push(`Windows: ${releases(component.versions)}.`);
	if (component.architectures) when.push(`Architectures: ${component.architectures.join(', ')}.`);
	blocks.push(when.join(' '));
	return blocks.join('\n\n');
}
