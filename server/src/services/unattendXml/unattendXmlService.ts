/**
 * Service layer: the `KindService` for `unattend.xml` / `autounattend.xml`
 * (Windows Vista and later answer files). VS Code gives these files its own
 * `xml` language id; the façade picks this service from the file name.
 */
import type { DocumentFacts, KindService } from '../kindService';
import { analyzeUnattend, rangeOf, settingPath, valueOf, type UnattendAnalysis } from './unattendAnalysis';
import { codeActionsUnattend } from './unattendCodeActions';
import { completeUnattend } from './unattendCompletion';
import { foldingUnattend, hoverUnattend, symbolsUnattend } from './unattendNavigation';
import { validateUnattend } from './unattendValidation';
import { formatUnattend } from './unattendFormat';
import { findImage, imageHover, withImageValues } from './unattendImage';
import { shippingDiagnostics } from '../embedded/packerShipping';
import { carriedScriptDiagnostics, carriedScriptHover } from './carriedScripts';
import type { Hover } from 'vscode-languageserver-types';
import { buildTimeline, notCachedMessage } from './unattendTimeline';
import { baseName } from '../../model/documentKind';
import { hoverWindows11 } from './unattendWindows11';
import { offsetAt } from '../../model/xmlParser';
import { autoCloseAt, endTagCompletion, linkedEditingRanges, selectionRangeAt, tagHighlights } from './unattendTags';

export type { UnattendAnalysis } from './unattendAnalysis';

/** Settings keyed `pass.component.path` in lower case, and the paths the file names; secrets left out. */
export function factsUnattend(analysis: UnattendAnalysis): DocumentFacts {
	const values: Record<string, string> = {};
	const referencedPaths: DocumentFacts['referencedPaths'][number][] = [];
	for (const setting of analysis.settings) {
		const spec = setting.spec;
		if (!spec?.domain || spec.secret || setting.element.children.some((child) => child.type === 'element')) continue;
		const { value, start, end } = valueOf(analysis, setting.element);
		const pass = setting.component.block.passAttribute?.value ?? '';
		const path = settingPath(setting);
		const key = `${pass}.${setting.component.name}.${path.join('.')}`.toLowerCase();
		if (!(key in values)) values[key] = value;
		if (spec.domain.kind === 'path' && value !== '') {
			referencedPaths.push({
				path: value,
				range: rangeOf(analysis, start, end),
				purpose: `${path.join('/')} in ${setting.component.name} (${pass})`,
				kind: /\.[a-z0-9]{1,4}$/i.test(value) ? 'file' : 'folder',
			});
		}
	}
	return { referencedPaths, externalTools: [], runsSysprep: false, values };
}

/** The setting's hover with what Reseal knows of the script a command runs from the media, that part first. */
function withCarriedScript(hover: Hover | null, script: { text: string; range: Hover['range'] } | undefined): Hover | null {
	if (!script) return hover;
	const below = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `\n\n---\n\n${hover.contents.value}` : '';
	return { contents: { kind: 'markdown', value: script.text + below }, range: script.range };
}

export const unattendXmlService: KindService<UnattendAnalysis> = {
	kind: 'unattend-xml',
	parse: (text) => analyzeUnattend(text),
	validate: (ctx, model) => [
		...validateUnattend(model, {
			maxDiagnostics: ctx.settings.maxDiagnostics,
			target: ctx.settings.unattendTarget,
			uri: ctx.document.uri,
			image: findImage(model, ctx.settings, ctx.workspace),
			notCached: notCachedMessage(model, baseName(ctx.document.uri)),
		}),
		...shippingDiagnostics(ctx, model.xml.text, (from, to) => rangeOf(model, from, to)),
		...carriedScriptDiagnostics(ctx, model),
	],
	complete: (ctx, model, position) => {
		// After `</` only the end tag makes sense; after `<` it is one more choice.
		const endTag = endTagCompletion(model.xml, offsetAt(model.xml, position));
		if (endTag?.afterSlash) return { isIncomplete: false, items: endTag.items };
		const list = withImageValues(completeUnattend(model, position, baseName(ctx.document.uri)), model, position, () => findImage(model, ctx.settings, ctx.workspace));
		return endTag && endTag.items.length > 0 ? { ...list, items: [...list.items, ...endTag.items] } : list;
	},
	hover: (ctx, model, position) => imageHover(model, position, () => findImage(model, ctx.settings, ctx.workspace)) ?? hoverWindows11(model, position) ?? withCarriedScript(hoverUnattend(model, position), carriedScriptHover(ctx, model, position)),
	codeActions: (ctx, model, _range, diagnostics) =>
		codeActionsUnattend(ctx.document.uri, diagnostics, () => validateUnattend(model, { maxDiagnostics: Number.MAX_SAFE_INTEGER, target: ctx.settings.unattendTarget, uri: ctx.document.uri, image: findImage(model, ctx.settings, ctx.workspace) })),
	symbols: (_ctx, model) => symbolsUnattend(model),
	folding: (_ctx, model) => foldingUnattend(model),
	definition: () => [],
	references: () => [],
	facts: (_ctx, model) => factsUnattend(model),
	format: (_ctx, model, options, range) => formatUnattend(model.xml, options, range),
	highlights: (_ctx, model, position) => tagHighlights(model.xml, offsetAt(model.xml, position)),
	linkedEditing: (_ctx, model, position) => linkedEditingRanges(model.xml, offsetAt(model.xml, position)),
	selectionRanges: (_ctx, model, positions) => positions.map((position) => selectionRangeAt(model.xml, offsetAt(model.xml, position))),
	autoClose: (_ctx, model, position) => autoCloseAt(model.xml, offsetAt(model.xml, position)),
	timeline: (ctx, model, scenario) => buildTimeline(model, { file: ctx.document.uri, scenario, target: ctx.settings.unattendTarget, workspace: ctx.workspace }),
};
