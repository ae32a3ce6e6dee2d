/**
 * Service layer: hover, outline (by pass and component) and folding for
 * `unattend.xml`. Text comes from the knowledge tables; secrets are never
 * repeated.
 */
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type Hover, type Position } from 'vscode-languageserver-types';
import { offsetAt, positionAt, type XmlElement } from '../../model/xmlParser';
import { nameRange, rangeOf, settingPath, valueOf, type UnattendAnalysis } from './unattendAnalysis';
import { domainValues } from './unattendValues';
import { componentMarkdown, settingMarkdown } from './unattendProse';
import { answerFileCommandHover } from './unattendCommands';

function markdown(value: string, analysis: UnattendAnalysis, start: number, end: number): Hover {
	return { contents: { kind: 'markdown', value }, range: rangeOf(analysis, start, end) };
}

export function hoverUnattend(analysis: UnattendAnalysis, position: Position): Hover | null {
	const offset = offsetAt(analysis.xml, position);
	const element = analysis.xml.elements.find((item) => item.start <= offset && offset <= item.startTagEnd) ?? elementAtValue(analysis, offset);
	if (!element) return null;
	const spec = analysis.index.spec;
	const binding = analysis.bindings.get(element);
	const onName = (element.nameStart <= offset && offset <= element.nameEnd) || (element.closeStart !== undefined && element.closeStart + 2 <= offset && offset <= element.closeStart + 2 + element.name.length);
	const nameSpan = (): [number, number] => (offset <= element.nameEnd + 1 && offset >= element.nameStart ? [element.nameStart, element.nameEnd] : [element.closeStart! + 2, element.closeStart! + 2 + element.name.length]);
	if (onName) {
		const [start, end] = nameSpan();
		if (binding?.kind === 'unattend') return markdown(`**unattend** — ${spec.rootDoc}`, analysis, start, end);
		if (binding?.kind === 'settings') {
			const pass = binding.block.pass;
			return markdown(`**settings** — ${spec.settingsDoc}${pass ? `\n\n**${pass.name}**: ${pass.doc} ${pass.trigger}` : ''}`, analysis, start, end);
		}
		if (binding?.kind === 'component') {
			const component = binding.block.spec;
			return markdown(component ? componentMarkdown(component) : `**component** — ${spec.componentDoc}`, analysis, start, end);
		}
		if (binding?.kind === 'setting' && binding.spec) {
			const command = binding.spec.domain?.kind === 'command' ? answerFileCommandHover(analysis, binding) : undefined;
			return markdown(`${settingMarkdown(binding.spec, settingPath(binding), binding.component.spec?.name ?? binding.component.name)}${command ? `\n\n${command}` : ''}`, analysis, start, end);
		}
		return null;
	}
	const attr = element.attributes.find((item) => item.nameStart <= offset && offset <= Math.max(item.end, item.nameEnd));
	if (attr) {
		if (element.localName === 'settings' && attr.name === 'pass') {
			const pass = analysis.index.passes.get(attr.value);
			return pass ? markdown(`**${pass.name}** — ${pass.doc}\n\n${pass.trigger}`, analysis, attr.valueStart, attr.valueEnd) : null;
		}
		if (element.localName === 'component') {
			if (attr.name === 'name' && binding?.kind === 'component' && binding.block.spec) {
				const component = binding.block.spec;
				return markdown(componentMarkdown(component), analysis, attr.valueStart, attr.valueEnd);
			}
			const attrSpec = spec.componentAttributes.find((item) => item.name === attr.name);
			if (attrSpec) {
				const value = attrSpec.values?.find((item) => item.value === attr.value);
				return markdown(`**${attrSpec.name}** — ${attrSpec.doc}${value ? `\n\n\`${value.value}\`: ${value.doc}` : ''}`, analysis, attr.nameStart, attr.end);
			}
		}
		if (attr.namespace === spec.wcmNamespace && attr.localName === 'action') {
			const value = spec.actions.find((item) => item.value === attr.value);
			return markdown(`**wcm:action** — ${spec.actionDoc}${value ? `\n\n\`${value.value}\`: ${value.doc}` : ''}`, analysis, attr.nameStart, attr.end);
		}
		if (attr.namespace === spec.wcmNamespace && attr.localName === 'keyValue') return markdown(`**wcm:keyValue** — ${spec.keyValueDoc}`, analysis, attr.nameStart, attr.end);
		if (attr.name === 'xmlns' && element === analysis.unattend) return markdown(`The answer-file namespace must be \`${spec.namespace}\`.`, analysis, attr.nameStart, attr.end);
		return null;
	}
	// On the value of a setting.
	if (binding?.kind === 'setting' && binding.spec?.domain) {
		const { value, start, end } = valueOf(analysis, element);
		if (offset < start || offset > end) return null;
		if (binding.spec.secret) return markdown(`The value of **${binding.spec.name}** is a secret; Reseal does not repeat it.`, analysis, start, end);
		const literal = domainValues(binding.spec.domain)?.find((item) => item.value === value);
		if (literal && literal.doc) return markdown(`**${binding.spec.name} = ${literal.value}** — ${literal.doc}`, analysis, start, end);
		const command = binding.spec.domain.kind === 'command' ? answerFileCommandHover(analysis, binding) : undefined;
		if (command) return markdown(`**${binding.spec.name}** — ${settingPath(binding).join('/')}\n\n${command}`, analysis, start, end);
		return markdown(settingMarkdown(binding.spec, settingPath(binding), binding.component.spec?.name ?? binding.component.name), analysis, start, end);
	}
	return null;
}

/** The element whose text content holds the offset. */
function elementAtValue(analysis: UnattendAnalysis, offset: number): XmlElement | undefined {
	let found: XmlElement | undefined;
	for (const element of analysis.xml.elements) {
		const end = element.closeStart ?? element.end;
		if (element.startTagEnd <= offset && offset <= end && (!found || element.depth > found.depth)) found = element;
		if (element.start > offset) break;
	}
	return found;
}

const maxSymbolDepth = 24;

export function symbolsUnattend(analysis: UnattendAnalysis): DocumentSymbol[] {
	const out: DocumentSymbol[] = [];
	for (const block of analysis.passes) {
		const children: DocumentSymbol[] = block.components.map((component) => ({
			name: component.name || 'component',
			detail: component.architecture?.value,
			kind: SymbolKind.Module,
			range: rangeOf(analysis, component.element.start, component.element.end),
			selectionRange: component.nameAttribute ? rangeOf(analysis, component.nameAttribute.valueStart, component.nameAttribute.valueEnd) : nameRange(analysis, component.element),
			children: settingSymbols(analysis, component.element, 0),
		}));
		out.push({
			name: block.passAttribute?.value || 'settings',
			detail: 'pass',
			kind: SymbolKind.Namespace,
			range: rangeOf(analysis, block.element.start, block.element.end),
			selectionRange: block.passAttribute ? rangeOf(analysis, block.passAttribute.valueStart, block.passAttribute.valueEnd) : nameRange(analysis, block.element),
			children,
		});
	}
	return out;
}

function settingSymbols(analysis: UnattendAnalysis, parent: XmlElement, depth: number): DocumentSymbol[] {
	if (depth >= maxSymbolDepth) return [];
	const out: DocumentSymbol[] = [];
	for (const child of parent.children) {
		if (child.type !== 'element') continue;
		const binding = analysis.bindings.get(child);
		const spec = binding?.kind === 'setting' ? binding.spec : undefined;
		const hasElements = child.children.some((item) => item.type === 'element');
		const value = hasElements ? undefined : valueOf(analysis, child).value;
		out.push({
			name: child.localName,
			detail: spec?.secret ? undefined : value !== undefined && value !== '' ? clip(value) : undefined,
			kind: hasElements ? SymbolKind.Object : SymbolKind.Property,
			range: rangeOf(analysis, child.start, child.end),
			selectionRange: nameRange(analysis, child),
			children: hasElements ? settingSymbols(analysis, child, depth + 1) : [],
		});
	}
	return out;
}

export function foldingUnattend(analysis: UnattendAnalysis): FoldingRange[] {
	const ranges: FoldingRange[] = [];
	const { xml } = analysis;
	for (const element of xml.elements) {
		const startLine = positionAt(xml, element.start).line;
		const closeLine = positionAt(xml, element.closeStart ?? element.end).line;
		const endLine = element.closeStart !== undefined ? closeLine - 1 : closeLine;
		if (endLine > startLine) ranges.push({ startLine, endLine });
	}
	for (const comment of xml.comments) {
		const startLine = positionAt(xml, comment.start).line;
		const endLine = positionAt(xml, comment.end).line;
		if (endLine > startLine) ranges.push({ startLine, endLine, kind: FoldingRangeKind.Comment });
	}
	return ranges;
}

function clip(text: string): string {
	const line = text.replace(/\s+/g, ' ');
	return line.length > 40 ? `${line.slice(0, 37)}…` : line;
}
