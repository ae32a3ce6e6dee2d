/**
 * Service layer: answer-file templates of deployment tools (MDT and the
 * tools in `knowledge/unattendXmlMdt.ts`). In a file the tool fills at deploy
 * time, an empty element at one of its slots is a hint naming the tool and the
 * property that fills it, not a finding; everything else is checked as usual.
 */
import { templateTools, type TemplateSlot, type TemplateTool } from '../../knowledge/unattendXmlMdt';
import { settingPath, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';

const toolPaths = templateTools.map((tool) => ({ tool, patterns: tool.pathPatterns.map((source) => new RegExp(source, 'i')) }));

/** The file's path from its URI (`file:///C:/ds/Control/WIN10/Unattend.xml` → `/C:/ds/Control/WIN10/Unattend.xml`). */
function pathOf(uri: string): string {
	const path = uri.replace(/^[a-z][\w+.-]*:\/\/[^/]*/i, '');
	try {
		return decodeURIComponent(path);
	} catch {
		return path;
	}
}

/** The deployment tool whose template this is, by its path or by text only its templates contain. */
export function templateToolOf(analysis: UnattendAnalysis, uri: string | undefined): { tool: TemplateTool; by: 'path' | 'content' } | undefined {
	const path = uri ? pathOf(uri) : '';
	for (const { tool, patterns } of toolPaths) if (path && patterns.some((pattern) => pattern.test(path))) return { tool, by: 'path' };
	const text = analysis.xml.text;
	for (const tool of templateTools) if (tool.contentMarkers.some((marker) => text.includes(marker))) return { tool, by: 'content' };
	return undefined;
}

/** The slot an element fills, when the tool writes a property into its path in its pass. */
export function slotOf(tool: TemplateTool, binding: SettingBinding): TemplateSlot | undefined {
	const pass = binding.component.block.pass?.name;
	const component = binding.component.name.toLowerCase();
	const path = settingPath(binding).join('/');
	return tool.slots.find((slot) => slot.pass === pass && slot.component.toLowerCase() === component && slot.path === path);
}

/** The hint's words for a slot: who fills it, from what, and what happens when the property is blank. */
export function slotMessage(tool: TemplateTool, slot: TemplateSlot, name: string): string {
	const blank = slot.whenBlank === 'remove-self' ? `, and removes the element when ${slot.property} is blank` : slot.whenBlank === 'remove-parent' ? `, and removes its parent when ${slot.property} is blank` : '';
	return `An empty ${name} in this ${tool.tool} template: ${tool.tool} writes the task-sequence property ${slot.property} into it at deploy time${blank}. Reseal does not check it here.`;
}
