/**
 * Service layer: recognises the answer-file templates of deployment tools
 * (knowledge/deploymentTools.ts) and the entries those tools fill at deploy
 * time, so an empty slot or the tool's token reads as a hint naming the tool.
 */
import { deploymentTools, type DeploymentTool } from '../../knowledge/deploymentTools';
import { fold } from '../../model/iniParser';
import { isPlaceholder } from '../../util/text';
import type { IniAnalysis } from './iniAnalysis';

interface CompiledTool {
	readonly tool: DeploymentTool;
	readonly path?: RegExp;
	readonly token?: RegExp;
	readonly directive?: RegExp;
	/** `section.entry`, folded. */
	readonly slots: ReadonlySet<string>;
}

let compiled: readonly CompiledTool[] | undefined;

function tools(): readonly CompiledTool[] {
	compiled ??= deploymentTools.map((tool) => ({
		tool,
		path: tool.pathPattern === undefined ? undefined : new RegExp(tool.pathPattern, 'i'),
		token: tool.valueToken === undefined ? undefined : new RegExp(tool.valueToken),
		directive: tool.directiveLine === undefined ? undefined : new RegExp(tool.directiveLine),
		slots: new Set(tool.slots.map((slot) => `${fold(slot.section)}.${fold(slot.entry)}`)),
	}));
	return compiled;
}

/** The tools whose template this file is: by its path, a marker section, or the tool's tokens in it. */
export function templateTools(uri: string | undefined, analysis: IniAnalysis): readonly CompiledTool[] {
	const path = uri === undefined ? '' : safeDecode(uri);
	return tools().filter((item) => {
		if (item.path && item.path.test(path)) return true;
		if (item.tool.markerSection !== undefined && analysis.byName.has(fold(item.tool.markerSection))) return true;
		if (!item.token && !item.directive) return false;
		for (const section of analysis.doc.sections) {
			for (const line of section.lines) {
				const value = line.value.trim();
				if (item.token?.test(value) || item.directive?.test(value)) return true;
			}
		}
		return false;
	});
}

/** The tool that fills `[section] key` when the value is empty, a template token or the tool's own token. */
export function fillingTool(matches: readonly CompiledTool[], section: string, key: string, value: string): DeploymentTool | undefined {
	const slot = `${fold(section)}.${fold(key)}`;
	for (const item of matches) {
		if (item.token?.test(value)) return item.tool;
		if (item.slots.has(slot) && (value === '' || isPlaceholder(value))) return item.tool;
	}
	return undefined;
}

/** The tool that writes `[section] key` itself, so its absence from the template is expected. */
export function writingTool(matches: readonly CompiledTool[], section: string, key: string): DeploymentTool | undefined {
	const slot = `${fold(section)}.${fold(key)}`;
	return matches.find((item) => item.slots.has(slot))?.tool;
}

/** A line the tool removes before Setup reads the file (`@@VBOX_COND_…@@`). */
export function directiveTool(matches: readonly CompiledTool[], text: string): DeploymentTool | undefined {
	return matches.find((item) => item.directive?.test(text.trim()))?.tool;
}

function safeDecode(uri: string): string {
	try {
		return decodeURIComponent(uri);
	} catch {
		return uri;
	}
}
