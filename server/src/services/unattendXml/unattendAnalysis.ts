/**
 * Service layer: binds a parsed `unattend.xml` to the knowledge tables — which
 * `<settings>` element is which pass, which `<component>` is which component,
 * and which table row each setting element is. Validation, completion, hover
 * and the outline all read this binding instead of walking the tree again.
 *
 * The walk is iterative (an explicit stack), like the parser, so deep or
 * hostile nesting cannot overflow the call stack.
 */
import type { Range } from 'vscode-languageserver-types';
import { attribute, attributeNS, childElements, parseXml, positionAt, textContent, type XmlAttribute, type XmlDocument, type XmlElement } from '../../model/xmlParser';
import { unattendXml } from '../../knowledge/unattendXml';
import { unattendCatalog } from './unattendCatalog';
import type { UnattendTarget } from '../../knowledge/unattendXmlTargets';
import { inferTarget, readDirective } from './unattendTarget';
import type { ComponentSpec, PassSpec, SettingSpec, UnattendPass, UnattendXmlSpec } from '../../knowledge/unattendXmlTypes';

/** Knowledge lookups built once. */
export interface UnattendIndex {
	readonly spec: UnattendXmlSpec;
	readonly passes: ReadonlyMap<string, PassSpec>;
	/** Components by lower-cased name. */
	readonly components: ReadonlyMap<string, ComponentSpec>;
	/** Time-zone IDs by lower-cased ID. */
	readonly timeZones: ReadonlyMap<string, string>;
	/** Top-level setting name → components that define it (for "it belongs in …"). */
	readonly topLevelOwners: ReadonlyMap<string, readonly ComponentSpec[]>;
}

let cachedIndex: UnattendIndex | undefined;

export function unattendIndex(): UnattendIndex {
	if (cachedIndex) return cachedIndex;
	const spec: UnattendXmlSpec = { ...unattendXml, components: unattendCatalog(unattendXml.components) };
	const owners = new Map<string, ComponentSpec[]>();
	for (const component of spec.components) {
		for (const setting of component.settings) {
			const list = owners.get(setting.name) ?? [];
			list.push(component);
			owners.set(setting.name, list);
		}
	}
	cachedIndex = {
		spec,
		passes: new Map(spec.passes.map((pass) => [pass.name, pass])),
		components: new Map(spec.components.map((component) => [component.name.toLowerCase(), component])),
		timeZones: new Map(spec.timeZoneIds.map((id) => [id.toLowerCase(), id])),
		topLevelOwners: owners,
	};
	return cachedIndex;
}

export interface PassBlock {
	readonly element: XmlElement;
	readonly passAttribute: XmlAttribute | undefined;
	/** The known pass, when `pass` names one exactly. */
	readonly pass: PassSpec | undefined;
	readonly components: ComponentBlock[];
}

export interface ComponentBlock {
	readonly element: XmlElement;
	readonly block: PassBlock;
	readonly nameAttribute: XmlAttribute | undefined;
	readonly name: string;
	readonly spec: ComponentSpec | undefined;
	readonly architecture: XmlAttribute | undefined;
}

export interface SettingBinding {
	readonly kind: 'setting';
	readonly element: XmlElement;
	readonly component: ComponentBlock;
	/** The table row, when the element is known. */
	readonly spec: SettingSpec | undefined;
	/** What the parent allows (undefined under an unknown element or component). */
	readonly allowed: readonly SettingSpec[] | undefined;
	/** The parent's spec, or undefined at the top of the component. */
	readonly parentSpec: SettingSpec | undefined;
	/** Passes that apply, inherited from the nearest ancestor that names them. */
	readonly passes: readonly UnattendPass[] | undefined;
	/** The enclosing setting, or undefined at the top of the component (see `settingPath`). */
	readonly parent: SettingBinding | undefined;
}

export type Binding =
	| { readonly kind: 'unattend'; readonly element: XmlElement }
	| { readonly kind: 'settings'; readonly element: XmlElement; readonly block: PassBlock }
	| { readonly kind: 'component'; readonly element: XmlElement; readonly block: ComponentBlock }
	| SettingBinding
	/** Allowed housekeeping elements Windows SIM writes (`cpi:offlineImage`, `servicing`). */
	| { readonly kind: 'housekeeping'; readonly element: XmlElement }
	/** An element of another XML namespace (`<Extensions xmlns="…">`): not Setup's business, skipped with its subtree. */
	| { readonly kind: 'foreign'; readonly element: XmlElement }
	| { readonly kind: 'unexpected'; readonly element: XmlElement };

export interface UnattendAnalysis {
	readonly xml: XmlDocument;
	readonly index: UnattendIndex;
	/** The root when it is `<unattend>` (in any namespace). */
	readonly unattend: XmlElement | undefined;
	readonly passes: PassBlock[];
	readonly components: ComponentBlock[];
	readonly settings: SettingBinding[];
	readonly bindings: ReadonlyMap<XmlElement, Binding>;
	/** The release named by a `<!-- reseal: target=win7 -->` comment, if any. */
	readonly directiveTarget: UnattendTarget | undefined;
	/** The release the file reveals (an image name, a published setup key), if any. */
	readonly inferredTarget: { readonly target: UnattendTarget; readonly because: string } | undefined;
}

/** Root children Windows SIM may write besides `<settings>`. */
const housekeepingRootChildren = new Set(['offlineImage', 'servicing']);

export function analyzeUnattend(text: string): UnattendAnalysis {
	const xml = parseXml(text);
	const index = unattendIndex();
	const bindings = new Map<XmlElement, Binding>();
	const passes: PassBlock[] = [];
	const components: ComponentBlock[] = [];
	const settings: SettingBinding[] = [];
	const root = xml.root;
	const unattend = root && root.localName === 'unattend' ? root : undefined;
	if (unattend) {
		bindings.set(unattend, { kind: 'unattend', element: unattend });
		for (const child of childElements(unattend)) {
			if (child.namespace !== unattend.namespace && !housekeepingRootChildren.has(child.localName)) {
				bindings.set(child, { kind: 'foreign', element: child });
				continue;
			}
			if (child.localName !== 'settings') {
				bindings.set(child, { kind: housekeepingRootChildren.has(child.localName) ? 'housekeeping' : 'unexpected', element: child });
				continue;
			}
			const passAttribute = attribute(child, 'pass');
			const block: PassBlock = { element: child, passAttribute, pass: passAttribute ? index.passes.get(passAttribute.value) : undefined, components: [] };
			passes.push(block);
			bindings.set(child, { kind: 'settings', element: child, block });
			for (const item of childElements(child)) {
				if (item.namespace !== child.namespace) {
					bindings.set(item, { kind: 'foreign', element: item });
					continue;
				}
				if (item.localName !== 'component') {
					bindings.set(item, { kind: 'unexpected', element: item });
					continue;
				}
				const nameAttribute = attribute(item, 'name');
				const name = nameAttribute?.value.trim() ?? '';
				const component: ComponentBlock = {
					element: item,
					block,
					nameAttribute,
					name,
					spec: name ? index.components.get(name.toLowerCase()) : undefined,
					architecture: attribute(item, 'processorArchitecture'),
				};
				block.components.push(component);
				components.push(component);
				bindings.set(item, { kind: 'component', element: item, block: component });
				bindSettings(component, bindings, settings);
			}
		}
	}
	const analysis = { xml, index, unattend, passes, components, settings, bindings, directiveTarget: readDirective(xml), inferredTarget: undefined };
	return { ...analysis, inferredTarget: inferTarget(analysis) };
}

interface PendingSetting {
	readonly element: XmlElement;
	readonly allowed: readonly SettingSpec[] | undefined;
	readonly parentSpec: SettingSpec | undefined;
	readonly passes: readonly UnattendPass[] | undefined;
	readonly parent: SettingBinding | undefined;
}

function bindSettings(component: ComponentBlock, bindings: Map<XmlElement, Binding>, out: SettingBinding[]): void {
	const allowed = component.spec?.settings;
	const pending: PendingSetting[] = [];
	const top = childElements(component.element);
	const namespace = component.element.namespace;
	const own = (element: XmlElement) => {
		if (element.namespace === namespace) return true;
		bindings.set(element, { kind: 'foreign', element });
		return false;
	};
	for (let k = top.length - 1; k >= 0; k--) if (own(top[k])) pending.push({ element: top[k], allowed, parentSpec: undefined, passes: component.spec?.passes, parent: undefined });
	while (pending.length > 0) {
		const item = pending.pop()!;
		const local = item.element.localName;
		const spec = item.allowed?.find((candidate) => candidate.name === local) ?? item.allowed?.find((candidate) => candidate.spellings?.includes(local));
		const passes = spec?.passes ?? item.passes;
		const binding: SettingBinding = { kind: 'setting', element: item.element, component, spec, allowed: item.allowed, parentSpec: item.parentSpec, passes, parent: item.parent };
		bindings.set(item.element, binding);
		out.push(binding);
		const children = childElements(item.element);
		for (let k = children.length - 1; k >= 0; k--) if (own(children[k])) pending.push({ element: children[k], allowed: spec?.children, parentSpec: spec, passes, parent: binding });
	}
}

/** The LSP range of an offset span. */
export function rangeOf(analysis: UnattendAnalysis, start: number, end: number): Range {
	return { start: positionAt(analysis.xml, start), end: positionAt(analysis.xml, end) };
}

/** The range of an element's name in its start tag. */
export function nameRange(analysis: UnattendAnalysis, element: XmlElement): Range {
	return rangeOf(analysis, element.nameStart, element.nameEnd);
}

/** The trimmed text value of an element and its span (zero-width after the start tag when empty). */
export function valueOf(analysis: UnattendAnalysis, element: XmlElement): { value: string; start: number; end: number } {
	const raw = textContent(element);
	const value = raw.trim();
	const text = analysis.xml.text;
	let start = element.startTagEnd;
	let end = element.closeStart ?? element.end;
	if (element.selfClosing) return { value: '', start: element.end, end: element.end };
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { value, start, end };
}

export function wcmAttribute(analysis: UnattendAnalysis, element: XmlElement, localName: string): XmlAttribute | undefined {
	return attributeNS(element, analysis.index.spec.wcmNamespace, localName) ?? element.attributes.find((item) => item.prefix !== undefined && item.localName === localName && (item.namespace === undefined || item.prefix === 'wcm'));
}

/** The first child element with this local name. */
export function childNamed(element: XmlElement, localName: string): XmlElement | undefined {
	for (const child of element.children) if (child.type === 'element' && child.localName === localName) return child;
	return undefined;
}

/** Element names from the component down to the setting (at most `limit` names, the innermost kept). */
export function settingPath(binding: SettingBinding, limit = 64): string[] {
	const names: string[] = [];
	for (let at: SettingBinding | undefined = binding; at && names.length < limit; at = at.parent) names.push(at.element.localName);
	return names.reverse();
}
