/**
 * Knowledge layer: the full component catalog of `unattend.xml`, built once
 * on first use from two sources:
 * - the generated reference table (`unattendXmlReference.ts`): every
 *   component and setting Microsoft documents, with passes, value types,
 *   defaults, empty-element support and deprecation — facts only;
 * - the hand-written table (`unattendXml.ts`): our own summaries, richer
 *   value domains (product keys, passwords, locales, time zones), command
 *   lists and cautions, plus settings of older releases the current
 *   reference no longer lists (SkipMachineOOBE, ShowWindowsLive, …).
 *
 * Where both know a setting, the reference decides passes and list-item
 * kind, the hand table decides prose and value domain.
 */
import { unattendSimSpellings } from '../../knowledge/unattendXml';
import { unattendSettingDocs } from '../../knowledge/unattendXmlDocs';
import { referenceComponents } from '../../knowledge/unattendXmlReference';
import type { ReferenceComponent, ReferenceRow } from '../../knowledge/unattendXmlReferenceTypes';
import { unattendTargets, type UnattendTarget } from '../../knowledge/unattendXmlTargets';
import type { ComponentSpec, SettingSpec, UnattendPass, UnattendValueDomain } from '../../knowledge/unattendXmlTypes';


/**
 * Release ids as the reference's "changed answer file settings" pages name
 * them, mapped to a target: `win81` (Windows 8.1 / Server 2012 R2), a
 * Windows 10 build number (`1709`), or empty (no release given: Windows 10).
 */
function releaseTarget(release: string): UnattendTarget {
	if (release === 'win8' || release === 'win81' || release === 'win7' || release === 'vista' || release === 'win11') return release;
	return 'win10';
}

const passOrder: readonly UnattendPass[] = ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem'];
const allPasses = (1 << passOrder.length) - 1;

function passList(mask: number): UnattendPass[] {
	return passOrder.filter((_, order) => (mask & (1 << order)) !== 0);
}

function labelsOf(labels: string): Map<string, string> {
	return new Map(labels === '' ? [] : labels.split('|').map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)] as [string, string]));
}

function domainOf(type: string, empty: number, labels = new Map<string, string>()): UnattendValueDomain {
	const [kind, a, b] = type.split(':');
	switch (kind) {
		case 'b':
			return { kind: 'boolean' };
		case 'i': {
			const min = a !== undefined && a !== '' ? Number(a) : undefined;
			const max = b !== undefined && b !== '' ? Number(b) : undefined;
			return { kind: 'integer', ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) };
		}
		case 'e':
			return { kind: 'enum', values: type.slice(2).split('|').map((value) => ({ value, doc: labels.get(value) ?? '' })) };
		case 's':
			return { kind: 'text', ...(a ? { maxLength: Number(a) } : {}), allowEmpty: empty !== 2 };
		default:
			return { kind: 'any' };
	}
}

const targetLabel = new Map(unattendTargets.map((target) => [target.id, target.label]));
const releaseWords = (release: string) => (/^\d{4}$/.test(release) ? `Windows 10 version ${release}` : targetLabel.get(releaseTarget(release)) ?? 'Windows 10');

interface Node {
	spec: { -readonly [K in keyof SettingSpec]: SettingSpec[K] };
	children: Map<string, Node>;
}

function nodeOf(row: ReferenceRow): Node {
	const [path, kind, mask, type, empty, fallback, status, versions, labels = '', unit = '', related = ''] = row;
	const name = path.slice(path.lastIndexOf('/') + 1);
	const spec: Node['spec'] = { name, doc: '', generated: true };
	const labelMap = labelsOf(labels);
	if (labelMap.size > 0) spec.valueLabels = [...labelMap].map(([value, doc]) => ({ value, doc }));
	if (unit !== '') spec.unit = unit;
	if (related !== '') spec.related = related.split(' ');
	if (mask !== 0) spec.passes = passList(mask);
	if (kind === 2) spec.listItem = 'add';
	if (kind === 3) spec.listItem = 'keyed';
	if (kind === 0 || ((kind === 2 || kind === 3) && type !== '')) spec.domain = domainOf(type, empty, labelMap);
	if (empty !== 0) spec.emptyAllowed = empty === 1;
	if (fallback !== '') spec.default = fallback;
	if (versions !== '') spec.versions = versions.split(' ');
	if (status !== '') {
		const [state, release = ''] = status.split(':');
		const when = release ? ` since ${releaseWords(release)}` : '';
		if (state === 'r') spec.removed = true;
		spec.deprecated = state === 'r' ? `The reference lists ${name} as removed${when}; Windows ignores it.` : `The reference lists ${name} as deprecated${when}; it may have no effect.`;
		if (release) spec.deprecatedSince = releaseTarget(release);
	}
	return { spec, children: new Map() };
}

/** Overlays a hand-written setting on the reference node of the same name. */
function overlay(node: Node | undefined, hand: SettingSpec): Node {
	if (!node) {
		const children = new Map<string, Node>();
		for (const child of hand.children ?? []) children.set(child.name, overlay(undefined, child));
		return { spec: { ...hand, children: undefined, unlisted: true }, children };
	}
	const ref = node.spec;
	const spec: Node['spec'] = { ...ref, ...hand, generated: false };
	// The reference is authoritative for where a setting applies and how list items are written.
	spec.passes = ref.passes ?? hand.passes;
	spec.listItem = ref.listItem ?? hand.listItem;
	spec.emptyAllowed = ref.emptyAllowed ?? hand.emptyAllowed;
	spec.default = hand.default ?? ref.default;
	spec.deprecated = hand.deprecated ?? ref.deprecated;
	spec.deprecatedSince = hand.deprecated ? hand.deprecatedSince : ref.deprecatedSince;
	spec.removed = hand.deprecated ? hand.removed : ref.removed;
	spec.versions = ref.versions;
	spec.valueLabels = ref.valueLabels;
	spec.unit = ref.unit;
	spec.related = ref.related;
	spec.domain = hand.domain ?? (hand.children ? undefined : ref.domain);
	spec.children = undefined;
	for (const child of hand.children ?? []) node.children.set(child.name, overlay(node.children.get(child.name), child));
	node.spec = spec;
	return node;
}

function freeze(node: Node, key: string): SettingSpec {
	const spec = node.spec;
	if (!spec.doc) spec.doc = unattendSettingDocs[key] ?? '';
	if (node.children.size > 0) {
		spec.children = [...node.children.values()].map((child) => freeze(child, `${key}/${child.spec.name}`));
		// A hand-written value stays beside the reference's Key/Value children of a keyed item: the reference's own
		// examples write `<IpAddress wcm:action="add" wcm:keyValue="1">192.168.0.1/24</IpAddress>`.
		if (spec.generated !== false) delete spec.domain;
	} else if (!spec.domain) {
		// A container the reference names without documenting its children: accept anything in it.
		spec.domain = { kind: 'any' };
	}
	return spec as SettingSpec;
}

function referenceTree(component: ReferenceComponent): Map<string, Node> {
	const top = new Map<string, Node>();
	const byPath = new Map<string, Node>();
	const rows = [...component[3]].sort((a, b) => a[0].split('/').length - b[0].split('/').length);
	/** The node of a path, made a plain container when no row names it, so a row never lands at the wrong level. */
	const nodeAt = (path: string): Node => {
		let node = byPath.get(path);
		if (!node) {
			node = nodeOf([path, 1, 0, '', 0, '', '', '']);
			byPath.set(path, node);
			attach(path, node);
		}
		return node;
	};
	const attach = (path: string, node: Node) => {
		const cut = path.lastIndexOf('/');
		(cut < 0 ? top : nodeAt(path.slice(0, cut)).children).set(node.spec.name, node);
	};
	for (const row of rows) {
		const node = nodeOf(row);
		byPath.set(row[0], node);
		attach(row[0], node);
	}
	return top;
}

function componentOf(ref: ReferenceComponent | undefined, hand: ComponentSpec | undefined): ComponentSpec {
	const top = ref ? referenceTree(ref) : new Map<string, Node>();
	for (const setting of hand?.settings ?? []) top.set(setting.name, overlay(top.get(setting.name), setting));
	const componentName = (hand?.name ?? ref?.[0] ?? '').toLowerCase();
	for (const row of unattendSimSpellings) {
		if (row.component.toLowerCase() !== componentName) continue;
		let level: Map<string, Node> | undefined = top;
		let node: Node | undefined;
		for (const part of row.path.split('/')) {
			node = level?.get(part);
			level = node?.children;
		}
		if (node) node.spec.spellings = [...(node.spec.spellings ?? []), row.spelling];
	}
	// Top-level settings decide where a component applies (a nested page with a stray pass does not widen it).
	let mask = 0;
	for (const row of ref?.[3] ?? []) if (!row[0].includes('/')) mask |= row[2];
	if (mask === 0) for (const row of ref?.[3] ?? []) mask |= row[2];
	for (const pass of hand?.passes ?? []) mask |= 1 << passOrder.indexOf(pass);
	const name = hand?.name ?? ref![0];
	return {
		name,
		doc: hand?.doc ?? unattendSettingDocs[name] ?? '',
		passes: passList(mask === 0 ? allPasses : mask),
		settings: [...top.values()].map((node) => freeze(node, `${name}|${node.spec.name}`)),
		// The reference lists every setting of its components; an unknown one is then a typo or an older release's setting.
		complete: hand?.complete ?? ref !== undefined,
		...(ref && ref[1] ? { versions: ref[1].split(' ') } : {}),
		...(ref && ref[2] ? { architectures: ref[2].split(' ') } : {}),
	};
}

let built: readonly ComponentSpec[] | undefined;

/** Every component: the reference's, merged with the hand-written table. Built on first call. */
export function unattendCatalog(hand: readonly ComponentSpec[]): readonly ComponentSpec[] {
	if (built) return built;
	const refs = new Map(referenceComponents.map((component) => [component[0].toLowerCase(), component]));
	const out: ComponentSpec[] = [];
	const seen = new Set<string>();
	for (const component of hand) {
		const key = component.name.toLowerCase();
		seen.add(key);
		out.push(componentOf(refs.get(key), component));
	}
	for (const [key, ref] of refs) if (!seen.has(key)) out.push(componentOf(ref, undefined));
	built = out;
	return built;
}

/** Counts for reports and tests: components and settings (every element path) known. */
export function catalogCounts(components: readonly ComponentSpec[]): { components: number; settings: number } {
	let settings = 0;
	const walk = (list: readonly SettingSpec[]) => {
		for (const item of list) {
			settings++;
			if (item.children) walk(item.children);
		}
	};
	for (const component of components) walk(component.settings);
	return { components: components.length, settings };
}
