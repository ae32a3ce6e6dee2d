/**
 * Service layer: the checks of `unattend.xml`. Syntax problems come from the
 * parser; the rest read the binding (`unattendAnalysis.ts`) and the tables
 * (`knowledge/unattendXml.ts`) — no component or setting name appears here.
 *
 * A diagnostic with a quick-fix carries `data.fixes`: ready-made edits that
 * `unattendCodeActions.ts` turns into code actions.
 */
import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import { codeTable } from '../diagnostics';
import { unattendXmlCodes, type UnattendXmlCode } from '../codes/unattendXmlCodes';
import { resealCodes } from '../codes/resealCodes';
import { closestMatch } from '../../util/text';
import type { XmlElement, XmlProblem, XmlProblemCode } from '../../model/xmlParser';
import type { SettingSpec, UnattendPass } from '../../knowledge/unattendXmlTypes';
import { childNamed, nameRange, rangeOf, valueOf, wcmAttribute, type ComponentBlock, type PassBlock, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import { checkValue } from './unattendValues';
import { hasTemplateToken, isDirectiveText, isFillInTemplate } from './unattendTemplates';
import { appliesFrom, publishedKey, resolveTarget, type ResolvedTarget } from './unattendTarget';
import { checkImage, checkSelectionShape, imageTarget, type ImageLookup } from './unattendImage';
import { checkCommandLine, checkNamespaceTypos, checkPassword, isInstallMediaFile } from './unattendSecrets';
import { checkAnswerFileCommand } from './unattendCommands';
import { slotMessage, slotOf, templateToolOf } from './unattendToolSlots';
import { completeCommandFix, mergePassFix, moveComponentFixes, moveSettingFixes, nextOrder, passSuggestions, rankSettingPasses } from './unattendFixes';
import type { TemplateTool } from '../../knowledge/unattendXmlMdt';
import { checkWindows11 } from './unattendWindows11';

const diagnose = codeTable(unattendXmlCodes);
const diagnoseReseal = codeTable(resealCodes);

/** One ready-made quick-fix. */
export interface XmlFix {
	readonly title: string;
	readonly edits: TextEdit[];
	readonly preferred?: boolean;
}

/** What a diagnostic's `data` holds when fixes exist. */
export interface XmlFixData {
	readonly fixes: XmlFix[];
}

export interface XmlValidationOptions {
	readonly maxDiagnostics: number;
	/** `reseal.unattend.target`: a release id or `auto`. */
	readonly target?: string;
	/** The document's URI: deployment-tool templates are recognised by their path. */
	readonly uri?: string;
	/** The Windows image the file installs, when one is named or found (`unattendImage.ts`). */
	readonly image?: ImageLookup;
	/** The `xml.not-cached` message when the file is an autounattend.xml without windowsPE (`unattendTimeline.ts`). */
	readonly notCached?: string;
}

const problemCodes: Record<XmlProblemCode, UnattendXmlCode> = {
	'unescaped-ampersand': 'xml.syntax-ampersand',
	'unknown-entity': 'xml.syntax-ampersand',
	'unescaped-less-than': 'xml.syntax-tag',
	'unclosed-element': 'xml.syntax-unclosed',
	'mismatched-end-tag': 'xml.syntax-unclosed',
	'unexpected-end-tag': 'xml.syntax-unclosed',
	'malformed-tag': 'xml.syntax-tag',
	'malformed-attribute': 'xml.syntax-tag',
	'duplicate-attribute': 'xml.syntax-tag',
	'unterminated-comment': 'xml.syntax-comment',
	'double-hyphen-in-comment': 'xml.syntax-comment',
	'unterminated-cdata': 'xml.syntax-comment',
	'unterminated-declaration': 'xml.syntax-comment',
	'misplaced-declaration': 'xml.syntax-structure',
	'text-outside-root': 'xml.syntax-structure',
	'multiple-roots': 'xml.syntax-structure',
	'missing-root': 'xml.syntax-structure',
	'unbound-prefix': 'xml.unbound-prefix',
	'malformed-declaration': 'xml.syntax-declaration',
	'malformed-processing-instruction': 'xml.syntax-declaration',
	'invalid-character': 'xml.syntax-character',
	'cdata-end-in-text': 'xml.syntax-tag',
};

const architectureFamilies: Readonly<Record<string, string>> = { x86: 'x86', amd64: 'amd64', wow64: 'amd64', arm64: 'arm64', ia64: 'ia64' };

export class Collector {
	readonly out: Diagnostic[] = [];
	/** Elements already reported in the wrong pass: their descendants are not reported again. */
	readonly wrongPass = new Set<XmlElement>();
	constructor(
		readonly analysis: UnattendAnalysis,
		readonly target: ResolvedTarget,
		/** The deployment tool whose template this file is, if any. */
		readonly tool?: TemplateTool,
	) {}

	add(code: UnattendXmlCode, range: Range, message: string, fixes?: XmlFix[], lower?: 'information' | 'warning' | 'hint'): void {
		const diagnostic = diagnose(code, range, message, fixes && fixes.length > 0 ? ({ fixes } satisfies XmlFixData) : undefined);
		if (lower) diagnostic.severity = lower === 'information' ? 3 : lower === 'warning' ? 2 : 4;
		this.out.push(diagnostic);
	}

	range(start: number, end: number): Range {
		return rangeOf(this.analysis, start, end);
	}
}

export function validateUnattend(analysis: UnattendAnalysis, options: XmlValidationOptions): Diagnostic[] {
	const c = new Collector(analysis, resolveTarget(analysis, options.target, imageTarget(analysis, options.image)), templateToolOf(analysis, options.uri)?.tool);
	const { xml } = analysis;
	const secrets = secretSpans(analysis);
	for (const problem of xml.problems) reportProblem(c, problem, insideSpans(secrets, problem.start));
	// Only a hostile or binary file has more problems than the reader keeps (`maxXmlProblems`); say so once.
	if (xml.problemTotal > xml.problems.length) {
		const last = xml.problems[xml.problems.length - 1];
		c.out.push(diagnoseReseal('reseal.truncated', c.range(last.start, last.end), `The XML reader found ${xml.problemTotal} syntax problems; only the first ${xml.problems.length} are listed. This is not an answer file Setup can read.`));
	}
	const root = xml.root;
	if (root && !analysis.unattend) {
		// A root in another declared namespace is another XML format that only shares the file name (a scheduled task
		// named UnattendedBoot.xml); an undeclared or answer-file namespace is an answer file gone wrong.
		const other = root.namespace !== undefined && root.namespace !== analysis.index.spec.namespace;
		if (other) c.add('xml.not-unattend', nameRange(analysis, root), `This is a <${root.name}> document of ${root.namespace}, not an answer file; Reseal does not check it as one.`, [], 'information');
		else c.add('xml.not-unattend', nameRange(analysis, root), `The root element is <${root.name}>, not <unattend>; Setup does not read this file as an answer file.`);
	}
	if (analysis.unattend) {
		checkNamespace(c, analysis.unattend);
		checkNamespaceTypos(c);
		for (const [element, binding] of analysis.bindings) {
			if (binding.kind !== 'unexpected') continue;
			const parent = element.parent;
			const where = parent && parent.localName === 'settings' ? 'Only <component> elements belong in <settings>' : 'Only <settings> elements (one per configuration pass) belong in <unattend>';
			c.add('xml.unexpected-element', nameRange(analysis, element), `${where}; Setup ignores <${element.name}>.`);
		}
		checkPasses(c);
		checkComponents(c);
		checkArchitectures(c);
		for (const setting of analysis.settings) checkSetting(c, setting);
		checkWindows11(c, options.image);
		if (options.notCached) c.add('xml.not-cached', nameRange(analysis, analysis.unattend), options.notCached);
		const imageFindings = [...checkSelectionShape(analysis), ...checkImage({ analysis, lookup: options.image, target: { id: c.target.spec.id, source: c.target.source, because: c.target.because } })];
		for (const finding of imageFindings) {
			const range = c.range(finding.start, finding.end);
			const fix = finding.replacement && [{ title: finding.replacement.title, edits: [{ range: c.range(finding.replacement.start, finding.replacement.end), newText: finding.replacement.text }], preferred: true }];
			c.add(finding.code, range, finding.message, fix, finding.severity);
		}
	}
	const out = c.out;
	out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
	// The façade (languageService.ts) cuts at maxDiagnostics, once for every kind.
	return out;
}

/** Element names that hold a secret where the knowledge tables bind nothing (a broken file, a foreign component). */
const secretElementName = /password|productkey/i;

/**
 * The spans of the elements that hold a secret (bound to a secret setting, or
 * named like one, or the `Value` of such an element), as sorted disjoint
 * [start, end) pairs: a syntax message about text inside them must not quote it.
 */
function secretSpans(analysis: UnattendAnalysis): [number, number][] {
	const spans: [number, number][] = [];
	for (const element of analysis.xml.elements) {
		const binding = analysis.bindings.get(element);
		const secret = (binding?.kind === 'setting' && binding.spec?.secret === true) || secretElementName.test(element.localName) || (element.parent !== undefined && secretElementName.test(element.parent.localName));
		if (!secret) continue;
		const last = spans[spans.length - 1];
		// Elements come in document order, so a nested one lies inside the last span or starts a new one.
		if (last && element.start < last[1]) last[1] = Math.max(last[1], element.end);
		else spans.push([element.start, element.end]);
	}
	return spans;
}

function insideSpans(spans: readonly [number, number][], offset: number): boolean {
	let low = 0;
	let high = spans.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (offset < spans[middle][0]) high = middle - 1;
		else if (offset >= spans[middle][1]) low = middle + 1;
		else return true;
	}
	return false;
}

function reportProblem(c: Collector, problem: XmlProblem, inSecret: boolean): void {
	const code = problemCodes[problem.code];
	const range = c.range(problem.start, problem.end);
	const fixes: XmlFix[] = [];
	if (problem.code === 'unescaped-ampersand') {
		const count = Math.max(1, problem.end - problem.start);
		fixes.push({ title: count > 1 ? `Escape '${'&'.repeat(count)}' as '${'&amp;'.repeat(count)}'` : "Escape '&' as '&amp;'", edits: [{ range, newText: '&amp;'.repeat(count) }], preferred: true });
	}
	// A forbidden character is never content anyone meant (a form feed or escape pasted from another tool).
	if (problem.code === 'invalid-character') fixes.push({ title: 'Remove the character', edits: [{ range, newText: '' }], preferred: true });
	if (problem.code === 'unescaped-less-than') fixes.push({ title: "Escape '<' as '&lt;'", edits: [{ range, newText: '&lt;' }], preferred: true });
	if (problem.code === 'unbound-prefix') {
		const prefix = c.analysis.xml.text.slice(problem.start, problem.end);
		if (prefix === 'wcm') {
			const host = declarationHost(c.analysis, problem.start);
			if (host) fixes.push({ title: 'Declare xmlns:wcm on the component', edits: [insertAttribute(c, host, `xmlns:wcm="${c.analysis.index.spec.wcmNamespace}"`)], preferred: true });
		}
	}
	// The parser's message may quote the text it stopped at; inside a secret it says what is wrong without it.
	const message = inSecret ? `This secret value is not well-formed XML (${problem.code.replace(/-/g, ' ')}), so Setup rejects the file; write each '&' in it as '&amp;' and each '<' as '&lt;'.` : problem.message;
	c.add(code, range, message, fixes);
}

/** The `<component>` (or root) that should declare a namespace used at `offset`. */
function declarationHost(analysis: UnattendAnalysis, offset: number): XmlElement | undefined {
	const owner = analysis.xml.elements.find((element) => element.start <= offset && offset < element.startTagEnd);
	let host: XmlElement | undefined = owner;
	while (host && host.localName !== 'component') host = host.parent;
	return host ?? analysis.xml.root;
}

function insertAttribute(c: Collector, element: XmlElement, attributeText: string): TextEdit {
	const at = element.attributes.length > 0 ? element.attributes[element.attributes.length - 1].end : element.nameEnd;
	return { range: c.range(at, at), newText: ` ${attributeText}` };
}

function checkNamespace(c: Collector, unattend: XmlElement): void {
	const expected = c.analysis.index.spec.namespace;
	if (unattend.namespace === expected) return;
	const declaration = unattend.attributes.find((item) => item.name === 'xmlns');
	if (!declaration) {
		c.add('xml.wrong-namespace', nameRange(c.analysis, unattend), `<unattend> needs xmlns="${expected}"; without it Setup finds no settings in the file.`, [
			{ title: `Add xmlns="${expected}"`, edits: [{ range: c.range(unattend.nameEnd, unattend.nameEnd), newText: ` xmlns="${expected}"` }], preferred: true },
		]);
		return;
	}
	const range = c.range(declaration.valueStart, declaration.valueEnd);
	c.add('xml.wrong-namespace', range, `The answer-file namespace is "${expected}", not "${declaration.value}"; Setup finds no settings in a file with another namespace.`, [
		{ title: `Change the namespace to "${expected}"`, edits: [{ range, newText: expected }], preferred: true },
	]);
}

function checkPasses(c: Collector): void {
	const { analysis } = c;
	const names = analysis.index.spec.passes.map((pass) => pass.name);
	const seen = new Map<string, PassBlock>();
	for (const block of analysis.passes) {
		const attr = block.passAttribute;
		if (!attr) {
			// The pass is certain when it is the only one that applies every component inside.
			const known = block.components.map((component) => component.spec);
			const common = known.length > 0 && known.every((spec) => spec !== undefined) ? names.filter((pass) => known.every((spec) => spec!.passes.includes(pass))) : [];
			const fixes = common.length === 1 ? [{ title: `Add pass="${common[0]}"`, edits: [insertAttribute(c, block.element, `pass="${common[0]}"`)], preferred: true }] : [];
			c.add('xml.missing-pass', nameRange(analysis, block.element), `<settings> needs a pass attribute (${names.join(', ')}); Setup cannot tell when to apply it.`, fixes);
			continue;
		}
		const range = c.range(attr.valueStart, attr.valueEnd);
		if (!block.pass) {
			const suggestions = passSuggestions(attr.value, names, closestMatch(attr.value, names));
			const near = suggestions.length === 1 ? suggestions[0] : undefined;
			const caseOnly = near !== undefined && near.toLowerCase() === attr.value.toLowerCase();
			const message = caseOnly
				? `Pass names are case-sensitive: write '${near}', not '${attr.value}'; Setup skips a pass it does not recognise.`
				: `'${attr.value}' is not a configuration pass${near ? `; did you mean '${near}'?` : `. The passes are ${names.join(', ')}.`}`;
			c.add('xml.unknown-pass', range, message, suggestions.map((name, order) => ({ title: `Change to '${name}'`, edits: [{ range, newText: name }], preferred: order === 0 && suggestions.length === 1 })));
			continue;
		}
		const earlier = seen.get(block.pass.name);
		if (earlier) {
			const line = analysis.xml.lineStarts.length > 0 ? rangeOf(analysis, earlier.element.start, earlier.element.start).start.line + 1 : 0;
			c.add('xml.duplicate-pass', range, `The ${block.pass.name} pass already has a <settings> element on line ${line}; keep one per pass so no component is applied twice or skipped.`, mergePassFix(c, earlier, block));
		} else {
			seen.set(block.pass.name, block);
		}
	}
}

function checkComponents(c: Collector): void {
	const { analysis } = c;
	const spec = analysis.index.spec;
	const known = spec.components.map((component) => component.name);
	for (const block of analysis.passes) {
		const seen = new Map<string, ComponentBlock>();
		for (const component of block.components) {
			const element = component.element;
			const missing = spec.componentAttributes.filter((item) => item.required && !element.attributes.some((attr) => attr.name === item.name));
			if (missing.length > 0) {
				const list = missing.map((item) => item.name).join(', ');
				const majority = majorityArchitecture(analysis) ?? 'amd64';
				const text = missing.map((item) => `${item.name}="${item.name === 'processorArchitecture' ? majority : item.insertValue}"`).filter((item) => !item.startsWith('name='));
				c.add('xml.component-attribute', nameRange(analysis, element), `<component> lacks ${list}; Setup identifies a component by all five attributes and skips one it cannot match.`, text.length > 0 ? [{ title: `Add ${missing.filter((item) => item.name !== 'name').map((item) => item.name).join(', ')}`, edits: [insertAttribute(c, element, text.join(' '))], preferred: true }] : []);
			}
			for (const attrSpec of spec.componentAttributes) {
				if (!attrSpec.values) continue;
				const attr = element.attributes.find((item) => item.name === attrSpec.name);
				if (!attr || attrSpec.values.some((item) => item.value === attr.value)) continue;
				const range = c.range(attr.valueStart, attr.valueEnd);
				if (hasTemplateToken(attr.value)) {
					c.add('xml.template-placeholder', range, `'${attr.value}' is a template token that a build tool substitutes; Reseal does not check ${attrSpec.name} further.`);
					continue;
				}
				const sameCase = attrSpec.values.find((item) => item.value.toLowerCase() === attr.value.toLowerCase());
				if (sameCase && attrSpec.name === 'versionScope') continue; // Windows SIM itself writes both nonSxS and NonSxS.
				const values = attrSpec.values.map((item) => item.value);
				c.add('xml.component-attribute', range, sameCase ? `${attrSpec.name} is written '${sameCase.value}'.` : `'${attr.value}' is not a valid ${attrSpec.name}; use ${values.join(', ')}.`, values.length <= 6 ? values.map((value, order) => ({ title: `Change to '${value}'`, edits: [{ range, newText: value }], preferred: order === 0 })) : [], sameCase ? 'warning' : undefined);
			}
			if (!component.name) continue;
			const nameAttr = component.nameAttribute!;
			const nameSpan = c.range(nameAttr.valueStart, nameAttr.valueEnd);
			if (!component.spec) {
				const near = closestMatch(component.name, known);
				if (near) {
					c.add('xml.unknown-component', nameSpan, `'${component.name}' is not a Windows component; did you mean '${near}'? Setup ignores a component it cannot find.`, [{ title: `Change to '${near}'`, edits: [{ range: nameSpan, newText: near }], preferred: true }]);
				} else {
					c.add('xml.unknown-component', nameSpan, `Reseal does not know the component '${component.name}', so its settings are not checked.`, [], 'information');
				}
			} else if (block.pass && !component.spec.passes.includes(block.pass.name)) {
				c.add('xml.component-wrong-pass', nameSpan, `${component.spec.name} is applied only in ${words(component.spec.passes)}; in ${block.pass.name} Setup ignores it and all its settings.`, moveComponentFixes(c, component, rankPasses(c.analysis, component)));
			}
			const key = `${component.name.toLowerCase()}|${component.architecture?.value ?? ''}`;
			const earlier = seen.get(key);
			if (earlier) {
				c.add('xml.duplicate-component', nameSpan, `${component.name} (${component.architecture?.value ?? 'no architecture'}) already appears in this pass on line ${rangeOf(analysis, earlier.element.start, earlier.element.start).start.line + 1}; merge the two so no setting is lost.`);
			} else {
				seen.set(key, component);
			}
		}
	}
}

/** The passes of a component, best first: where most of its present settings apply, then passes the file already has. */
function rankPasses(analysis: UnattendAnalysis, component: ComponentBlock): UnattendPass[] {
	const spec = component.spec!;
	const present = new Set(analysis.passes.map((block) => block.pass?.name));
	const children = component.element.children.filter((child): child is XmlElement => child.type === 'element');
	const score = (pass: UnattendPass) => children.filter((child) => {
		const setting = spec.settings.find((item) => item.name === child.localName);
		return setting !== undefined && (!setting.passes || setting.passes.includes(pass));
	}).length;
	return spec.passes
		.map((pass, order) => ({ pass, order, score: score(pass), present: present.has(pass) ? 1 : 0 }))
		.sort((a, b) => b.score - a.score || b.present - a.present || a.order - b.order)
		.slice(0, 3)
		.map((item) => item.pass);
}

function family(value: string | undefined): string | undefined {
	return value === undefined ? undefined : architectureFamilies[value];
}

/** The architecture most components use (wow64 counts as amd64); undefined when none is written. */
export function majorityArchitecture(analysis: UnattendAnalysis): string | undefined {
	const counts = new Map<string, number>();
	for (const component of analysis.components) {
		const value = family(component.architecture?.value);
		if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	let best: string | undefined;
	let bestCount = 0;
	for (const [value, count] of counts) {
		if (count > bestCount) {
			best = value;
			bestCount = count;
		}
	}
	return best;
}

function checkArchitectures(c: Collector): void {
	const { analysis } = c;
	const majority = majorityArchitecture(analysis);
	if (!majority) return;
	// A file written for several architectures repeats each component once per architecture; that is deliberate.
	const present = new Set(analysis.components.map((component) => `${component.block.element.start}|${component.name.toLowerCase()}|${family(component.architecture?.value)}`));
	for (const component of analysis.components) {
		const attr = component.architecture;
		const value = family(attr?.value);
		if (!attr || !value || value === majority) continue;
		if (present.has(`${component.block.element.start}|${component.name.toLowerCase()}|${majority}`)) continue;
		const range = c.range(attr.valueStart, attr.valueEnd);
		c.add(
			'xml.mixed-architecture',
			range,
			`This component is for ${attr.value} but the other components of the file are for ${majority}; Setup applies only components that match the image, so one of them is silently skipped.`,
			[{ title: `Change to '${majority}'`, edits: [{ range, newText: majority }], preferred: true }],
		);
	}
}

function words(values: readonly string[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

function checkSetting(c: Collector, binding: SettingBinding): void {
	const { analysis } = c;
	const { element, spec, component } = binding;
	if (!component.spec) return;
	if (!spec) {
		if (!binding.allowed) return; // Under an unknown element; that one is reported.
		reportUnknownSetting(c, binding);
		return;
	}
	const pass = component.block.pass?.name;
	const underReported = ancestorReported(c, binding);
	if (!underReported && !spec.unlisted && spec.passes && pass && component.spec.passes.includes(pass) && !spec.passes.includes(pass)) {
		c.add('xml.setting-wrong-pass', nameRange(analysis, element), `${spec.name} is applied only in ${words(spec.passes)}; in ${pass} Setup ignores it.`, moveSettingFixes(c, binding, rankSettingPasses(analysis, spec.passes, pass)));
		c.wrongPass.add(element);
	} else if (!underReported && spec.deprecated && appliesFrom(c.target, spec.deprecatedSince)) {
		const note = targetNote(c, spec);
		c.add('xml.deprecated-setting', nameRange(analysis, element), note ? `${spec.deprecated.replace(/\.$/, '')}${note}` : spec.deprecated, [], spec.removed ? undefined : 'information');
	}
	checkDuplicates(c, binding);
	if (spec.listItem) checkListItem(c, binding, spec);
	if (spec.commands) checkCommands(c, binding, spec);
	// A keyed item documented both ways (Key/Value children, or the value as its text) is checked as written.
	const asValue = spec.domain !== undefined && !element.children.some((child) => child.type === 'element');
	if (spec.children && !asValue) {
		const stray = element.children.find((child) => ((child.type === 'text' && child.value.trim() !== '') || child.type === 'cdata') && !(child.type === 'text' && isDirectiveText(child.value)));
		for (const child of element.children) {
			if (child.type !== 'text' || child.value.trim() === '' || !isDirectiveText(child.value)) continue;
			const raw = analysis.xml.text.slice(child.start, child.end);
			for (const match of raw.matchAll(/[^\r\n]+/g)) {
				const line = match[0];
				const lead = line.length - line.trimStart().length;
				if (line.trim() === '') continue;
				const from = child.start + match.index! + lead;
				c.add('xml.template-placeholder', c.range(from, from + line.trim().length), 'A template directive line: a build tool keeps one branch; Reseal checks the elements around it as written.');
			}
		}
		const keyChild = spec.children.find((item) => item.domain?.kind === 'productKey');
		if (stray && keyChild && stray.type === 'text' && /^\s*[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){4}\s*$/.test(stray.value)) {
			c.add('xml.product-key-placement', c.range(stray.start, stray.end), `A product key typed directly in <${spec.name}>; it belongs in its <${keyChild.name}> element, otherwise Setup does not see it.`, [
				{ title: `Wrap it in <${keyChild.name}>`, edits: [{ range: c.range(stray.start, stray.end), newText: `<${keyChild.name}>${stray.value.trim()}</${keyChild.name}>` }], preferred: true },
			]);
		} else if (stray) c.add('xml.unexpected-content', c.range(stray.start, stray.end), `${spec.name} holds settings, not a value; Setup ignores this text. Put the value in one of its child elements (${spec.children.map((item) => item.name).slice(0, 4).join(', ')}${spec.children.length > 4 ? ', …' : ''}).`);
		return;
	}
	if (spec.domain) checkValueSetting(c, binding, spec);
}

function ancestorReported(c: Collector, binding: SettingBinding): boolean {
	for (let at = binding.parent; at; at = at.parent) if (c.wrongPass.has(at.element)) return true;
	return false;
}

/** Says which release a target-dependent finding was checked for, and how to change it. */
function targetNote(c: Collector, spec: SettingSpec): string {
	if (!spec.deprecatedSince) return '';
	const { target } = c;
	const how = target.source === 'comment' ? 'from the reseal comment' : target.source === 'setting' ? 'from reseal.unattend.target' : target.source === 'file' || target.source === 'image' ? `from ${target.because}` : 'the newest release; set reseal.unattend.target or add <!-- reseal: target=win7 --> for an older one';
	return ` (checked for ${target.spec.label}, ${how}).`;
}

function reportUnknownSetting(c: Collector, binding: SettingBinding): void {
	const { analysis } = c;
	const { element, component } = binding;
	const allowed = binding.allowed!;
	const name = element.localName;
	const owner = binding.parentSpec ? `<${binding.parentSpec.name}>` : component.spec!.name;
	const near = closestMatch(name, allowed.map((item) => item.name));
	const range = nameRange(analysis, element);
	// An item written without its list container (<ModifyPartition> straight under <Disk>): wrap it, do not rename it.
	const container = allowed.find((item) => item.children?.some((child) => child.name === name));
	if (container && element.closed) {
		c.add('xml.unknown-setting', range, `<${name}> belongs inside <${container.name}>, not directly in ${owner}; Setup does not find it here.`, [wrapFix(c, element, container.name)]);
		return;
	}
	if (near) {
		const caseOnly = near.toLowerCase() === name.toLowerCase();
		const message = caseOnly ? `Element names are case-sensitive: ${owner} has '${near}', not '${name}'.` : `'${name}' is not a setting of ${owner}; did you mean '${near}'?`;
		c.add('xml.unknown-setting', range, message, [renameFix(c, element, near)]);
		return;
	}
	if (!binding.parentSpec) {
		const others = (analysis.index.topLevelOwners.get(name) ?? []).filter((item) => item !== component.spec);
		if (others.length > 0) {
			c.add('xml.unknown-setting', range, `'${name}' is not a setting of ${owner}; it belongs to ${others.map((item) => item.name).join(' or ')}.`);
			return;
		}
	}
	// Without a close match it may be a setting of a newer release than the reference Reseal was built from.
	c.add('xml.unknown-setting', range, `Reseal does not know '${name}' in ${owner} (it may be newer than the reference it was built from); check the spelling.`, [], 'information');
}

function wrapFix(c: Collector, element: XmlElement, container: string): XmlFix {
	const prefix = element.prefix ? `${element.prefix}:` : '';
	return { title: `Wrap it in <${container}>`, edits: [{ range: c.range(element.start, element.start), newText: `<${prefix}${container}>` }, { range: c.range(element.end, element.end), newText: `</${prefix}${container}>` }], preferred: true };
}

function renameFix(c: Collector, element: XmlElement, to: string): XmlFix {
	const prefix = element.prefix ? `${element.prefix}:` : '';
	const edits: TextEdit[] = [{ range: c.range(element.nameStart, element.nameEnd), newText: prefix + to }];
	if (element.closed && element.closeStart !== undefined && !element.selfClosing) {
		edits.push({ range: c.range(element.closeStart + 2, element.closeStart + 2 + element.name.length), newText: prefix + to });
	}
	return { title: `Change to '${to}'`, edits, preferred: true };
}

function checkDuplicates(c: Collector, binding: SettingBinding): void {
	const { element, spec } = binding;
	if (!spec || spec.listItem || !element.parent) return;
	for (const sibling of element.parent.children) {
		if (sibling === element) return;
		if (sibling.type === 'element' && sibling.localName === element.localName) {
			const between = element.parent.children.slice(element.parent.children.indexOf(sibling) + 1, element.parent.children.indexOf(element));
			if (between.some((node) => node.type === 'comment' || (node.type === 'text' && isDirectiveText(node.value)))) {
				c.add('xml.duplicate-setting', nameRange(c.analysis, element), `${spec.name} also appears on line ${rangeOf(c.analysis, sibling.start, sibling.start).start.line + 1}, separated by a comment or template directive: alternatives a script or template keeps one of. As written, only one takes effect.`, [], 'hint');
				return;
			}
			c.add('xml.duplicate-setting', nameRange(c.analysis, element), `${spec.name} already appears on line ${rangeOf(c.analysis, sibling.start, sibling.start).start.line + 1} in the same parent; only one of them takes effect.`);
			return;
		}
	}
}

function checkListItem(c: Collector, binding: SettingBinding, spec: SettingSpec): void {
	const { analysis } = c;
	const element = binding.element;
	const action = wcmAttribute(analysis, element, 'action');
	const actions = analysis.index.spec.actions.map((item) => item.value);
	if (!action) {
		const prefix = wcmPrefixInScope(analysis, element);
		const edits: TextEdit[] = [insertAttribute(c, element, `${prefix ?? 'wcm'}:action="add"`)];
		// Without a declaration in scope the attribute needs one, on the component as Windows SIM writes it.
		const host = prefix ? undefined : declarationHost(analysis, element.start);
		if (!prefix && host && !host.attributes.some((attr) => attr.name === 'xmlns:wcm')) edits.push(insertAttribute(c, host, `xmlns:wcm="${analysis.index.spec.wcmNamespace}"`));
		c.add('xml.list-action', nameRange(analysis, element), `${spec.name} is a list item without wcm:action; Windows SIM writes wcm:action="add" so Setup adds the item instead of ignoring it when answer files are merged.`, edits.length > 0 ? [{ title: 'Add wcm:action="add"', edits, preferred: true }] : [], 'information');
	} else if (!actions.includes(action.value)) {
		const range = c.range(action.valueStart, action.valueEnd);
		const near = actions.find((item) => item === action.value.toLowerCase()) ?? closestMatch(action.value, actions);
		c.add('xml.list-action', range, `wcm:action must be ${actions.join(', ')}; '${action.value}' makes Setup reject the item.`, near ? [{ title: `Change to '${near}'`, edits: [{ range, newText: near }], preferred: true }] : []);
	}
	if (spec.listItem !== 'keyed') return;
	const key = wcmAttribute(analysis, element, 'keyValue');
	if (!key) {
		c.add('xml.list-action', nameRange(analysis, element), `${spec.name} needs wcm:keyValue, a key unique within its list; Setup cannot add the item without it.`);
		return;
	}
	const parent = element.parent;
	if (!parent) return;
	for (const sibling of parent.children) {
		if (sibling === element) break;
		if (sibling.type !== 'element' || sibling.localName !== element.localName) continue;
		const other = wcmAttribute(analysis, sibling, 'keyValue');
		if (other && other.value === key.value) {
			c.add('xml.duplicate-key', c.range(key.valueStart, key.valueEnd), `wcm:keyValue '${key.value}' is already used on line ${rangeOf(analysis, sibling.start, sibling.start).start.line + 1}; each item of the list needs its own key.`);
			break;
		}
	}
}

/** The prefix bound to the wcm namespace where `element` is, if any. */
function wcmPrefixInScope(analysis: UnattendAnalysis, element: XmlElement): string | undefined {
	for (let at: XmlElement | undefined = element; at; at = at.parent) {
		for (const attr of at.attributes) if (attr.prefix === 'xmlns' && attr.value === analysis.index.spec.wcmNamespace) return attr.localName;
	}
	return undefined;
}

function checkCommands(c: Collector, binding: SettingBinding, spec: SettingSpec): void {
	const { analysis } = c;
	const rule = spec.commands!;
	const itemSpec = spec.children?.find((item) => item.listItem);
	if (!itemSpec) return;
	const items: { element: XmlElement; order: XmlElement | undefined; value: number | undefined }[] = [];
	for (const child of binding.element.children) {
		if (child.type !== 'element' || child.localName !== itemSpec.name) continue;
		const order = childNamed(child, rule.orderChild);
		const raw = order ? valueOf(analysis, order).value : '';
		const value = /^[+-]?\d+$/.test(raw) ? Number.parseInt(raw, 10) : undefined;
		items.push({ element: child, order, value });
		const hasCommand = rule.commandChildren.some((name) => {
			const found = childNamed(child, name);
			return found !== undefined && valueOf(analysis, found).value !== '';
		});
		const what = rule.commandChildren.join(' or ');
		// An empty element for what to run is added only when none is there: an empty one needs the author's command.
		const addCommand = !rule.commandChildren.some((name) => childNamed(child, name) !== undefined);
		const fixes = () => completeCommandFix(c, child, rule, order ? undefined : nextOrder(analysis, binding.element, rule), !hasCommand && addCommand);
		if (!order && !hasCommand) c.add('xml.incomplete-command', nameRange(analysis, child), `This ${itemSpec.name} has neither ${rule.orderChild} nor ${what}; Setup cannot place it in the list or run anything.`, fixes());
		else if (!order) c.add('xml.incomplete-command', nameRange(analysis, child), `This ${itemSpec.name} has no ${rule.orderChild}; Setup needs one to place the command in the list.`, fixes());
		else if (!hasCommand) c.add('xml.incomplete-command', nameRange(analysis, child), `This ${itemSpec.name} has no ${what}, so Setup has nothing to run.`, addCommand ? fixes() : []);
	}
	const seen = new Map<number, XmlElement>();
	for (const item of items) {
		if (item.value === undefined || !item.order) continue;
		const earlier = seen.get(item.value);
		if (earlier) {
			const span = valueOf(analysis, item.order);
			c.add('xml.duplicate-order', c.range(span.start, span.end), `Order ${item.value} is already used on line ${rangeOf(analysis, earlier.start, earlier.start).start.line + 1}; every command of ${spec.name} needs its own Order.`, renumberFix(c, items));
		} else {
			seen.set(item.value, item.order);
		}
	}
}

function renumberFix(c: Collector, items: readonly { order: XmlElement | undefined }[]): XmlFix[] {
	const edits: TextEdit[] = [];
	let next = 1;
	for (const item of items) {
		if (!item.order) continue;
		const span = valueOf(c.analysis, item.order);
		if (item.order.selfClosing) continue;
		edits.push({ range: c.range(span.start, span.end), newText: String(next) });
		next++;
	}
	return [{ title: 'Renumber the commands 1, 2, 3, … in file order', edits, preferred: true }];
}

function checkValueSetting(c: Collector, binding: SettingBinding, spec: SettingSpec): void {
	const { analysis } = c;
	const element = binding.element;
	const domain = spec.domain!;
	if (domain.kind === 'any') return; // Documented without its content: nothing to check.
	const child = element.children.find((item) => item.type === 'element');
	if (child) {
		c.add('xml.unexpected-content', nameRange(analysis, element), `${spec.name} takes a value, not child elements; Setup rejects the <${child.type === 'element' ? child.name : ''}> inside it.`);
		return;
	}
	const { value, start, end } = valueOf(analysis, element);
	const range = c.range(start, end);
	if (value === '' && isFillInTemplate(analysis) && !element.selfClosing) {
		c.add('xml.template-placeholder', nameRange(analysis, element), `An empty ${spec.name} padded with blanks: a slot a tool fills in place; Reseal does not check it.`);
		return;
	}
	const slot = value === '' && c.tool ? slotOf(c.tool, binding) : undefined;
	if (slot && c.tool) {
		c.add('xml.template-placeholder', nameRange(analysis, element), slotMessage(c.tool, slot, spec.name));
		return;
	}
	if (hasTemplateToken(value)) {
		c.add('xml.template-placeholder', range, `${spec.secret ? 'The value' : `'${truncate(value)}'`} holds a template token that a build tool substitutes; Reseal does not check ${spec.name} further.`);
		return;
	}
	if (domain.kind === 'password') {
		checkPassword(c, binding, spec, value, range);
		return;
	}
	// One rule for empty elements: the reference decides; where it is silent, text may be empty and a typed value may not.
	if (value === '') {
		// The reference's own statement earns the warning; where it is silent, an empty typed value is only worth knowing.
		// A warning needs both: the reference's statement and a typed value that an empty text cannot be. Empty strings the
		// reference calls unsupported (UserData/Organization) are left empty by working Packer templates, and our table
		// documents a meaning for some empty values (an empty product key makes Setup ask): those stay information.
		const meaningful = 'allowEmpty' in domain && domain.allowEmpty === true;
		if (spec.emptyAllowed === false) c.add('xml.empty-value', nameRange(analysis, element), `${spec.name} is empty, and the reference says it does not support an empty element; leave it out or give a value.`, [], typedDomains.has(domain.kind) && !meaningful ? 'warning' : 'information');
		else if (spec.emptyAllowed === undefined && typedDomains.has(domain.kind)) c.add('xml.empty-value', nameRange(analysis, element), `${spec.name} is empty; it takes ${typedDomains.get(domain.kind)}, and the reference does not say what Setup does with an empty element. Write a value or leave the element out.`);
		return;
	}
	const verdict = checkValue(domain, value, analysis.index);
	if (!verdict.ok) {
		const shown = spec.secret ? 'The value' : value === '' ? 'The empty value' : `'${truncate(value)}'`;
		const fixes = verdict.suggestions.slice(0, 6).map((suggestion, order) => ({ title: `Change to '${suggestion}'`, edits: [{ range, newText: suggestion }], preferred: order === 0 }));
		// Ranges and value lists read from the generated table are facts, but not reviewed one by one: a warning, not an error.
		c.add('xml.invalid-value', range, `${shown} is not valid for ${spec.name}: it ${verdict.message}.`, fixes, verdict.caseOnly || (spec.generated && domain.kind !== 'boolean') ? 'warning' : undefined);
		return;
	}
	if (domain.kind === 'command') {
		checkCommandLine(c, spec, value, range, element);
		checkAnswerFileCommand(c, binding, value, start, end);
	}
	if (spec.caution && value.toLowerCase() === spec.caution.whenValue.toLowerCase()) {
		const fixValue = spec.caution.fixValue;
		const fixes = fixValue !== undefined ? [{ title: `Set ${spec.name} to ${fixValue} (final Sysprep)`, edits: [{ range, newText: fixValue }], preferred: false }] : [];
		if (isInstallMediaFile(analysis)) {
			c.add(`xml.${spec.caution.code}`, range, `${spec.name} = ${value} matters only if this file is also passed to sysprep /generalize: it installs Windows from media, and Setup from media never runs the generalize pass.`, fixes, 'information');
		} else {
			c.add(`xml.${spec.caution.code}`, range, spec.caution.message, fixes);
		}
	}
	// Microsoft's published generic and KMS client setup keys are public, not secrets.
	if (domain.kind === 'productKey' && value !== '' && !publishedKey(value)) {
		c.add('xml.cleartext-product-key', range, `The product key is stored in clear text here and in the copy Setup caches in Windows\\Panther; keep this file out of shared images or inject the key at deployment time.`);
	}
}

/** Value kinds that have no empty form, in words. */
const typedDomains = new Map<string, string>([
	['boolean', 'true or false'],
	['integer', 'a number'],
	['enum', 'one of its listed values'],
	['timeZone', 'a Windows time-zone ID'],
]);

export function truncate(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
