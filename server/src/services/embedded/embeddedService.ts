/**
 * Service layer: the `embedded` kind — a template or host file that holds one
 * or more answer files (`model/embedded/hostRegions.ts`). Each region is a
 * virtual document of its own kind (unattend.xml, Sysprep.inf, Unattend.txt);
 * this service hands every request to that kind's service and maps every
 * position back to the host: diagnostics, hover, completion, quick-fixes
 * (whose text is re-encoded in the host's escapes), symbols, folding,
 * navigation and facts.
 */
import type {
	CodeAction,
	CompletionItem,
	CompletionList,
	Diagnostic,
	DocumentHighlight,
	DocumentSymbol,
	FoldingRange,
	Hover,
	Location,
	Position,
	Range,
	SelectionRange,
	TextEdit,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findRegions, type EmbeddedRegion } from '../../model/embedded/hostRegions';
import type { DocumentFacts, KindService, RequestContext } from '../kindService';
import { kindServices } from '../registry';

export interface EmbeddedModel {
	readonly text: string;
}

interface ParsedRegion {
	readonly region: EmbeddedRegion;
	readonly service: KindService;
	readonly model: unknown;
	readonly document: TextDocument;
}

/** Regions per model and URI (the façade caches the model per document version, so this lives as long as the text). */
const parsedRegions = new WeakMap<EmbeddedModel, { uri: string; regions: ParsedRegion[] }>();

/** Findings that two branches of one template conditional would raise against each other. */
const duplicateCodes = new Set(['xml.duplicate-pass', 'xml.duplicate-component', 'xml.duplicate-setting', 'xml.duplicate-key', 'xml.duplicate-order', 'inf.duplicate-entry', 'inf.duplicate-section']);

export function regionsOf(ctx: RequestContext, model: EmbeddedModel): ParsedRegion[] {
	const uri = ctx.document.uri;
	const known = parsedRegions.get(model);
	if (known && known.uri === uri) return known.regions;
	const regions: ParsedRegion[] = [];
	for (const region of findRegions(model.text, uri)) {
		const service = kindServices.get(region.kind);
		if (!service) continue;
		const languageId = region.kind === 'unattend-xml' ? 'unattend-xml' : 'sysprep-inf';
		regions.push({ region, service, model: service.parse(region.text), document: TextDocument.create(uri, languageId, ctx.document.version, region.text) });
	}
	parsedRegions.set(model, { uri, regions });
	return regions;
}

function innerContext(ctx: RequestContext, parsed: ParsedRegion): RequestContext {
	return { ...ctx, document: parsed.document };
}

export function toHostRange(host: TextDocument, parsed: ParsedRegion, range: Range): Range {
	const start = parsed.region.map.toSource(parsed.document.offsetAt(range.start), 'start');
	const end = parsed.region.map.toSource(parsed.document.offsetAt(range.end), 'end');
	return { start: host.positionAt(start), end: host.positionAt(Math.max(start, end)) };
}

function toInnerPosition(host: TextDocument, parsed: ParsedRegion, position: Position): Position | undefined {
	const offset = parsed.region.map.toTarget(host.offsetAt(position));
	return offset === undefined ? undefined : parsed.document.positionAt(offset);
}

function regionAt(ctx: RequestContext, model: EmbeddedModel, position: Position): { parsed: ParsedRegion; inner: Position } | undefined {
	const offset = ctx.document.offsetAt(position);
	for (const parsed of regionsOf(ctx, model)) {
		if (offset < parsed.region.hostStart || offset > parsed.region.hostEnd) continue;
		const inner = toInnerPosition(ctx.document, parsed, position);
		if (inner) return { parsed, inner };
	}
	return undefined;
}

/** A region's findings in its own coordinates, without duplicates between branches of one conditional. */
function innerDiagnostics(ctx: RequestContext, parsed: ParsedRegion): Diagnostic[] {
	const diagnostics = parsed.service.validate(innerContext(ctx, parsed), parsed.model);
	const alternatives = parsed.region.alternatives;
	if (alternatives.length === 0) return diagnostics;
	return diagnostics.filter((diagnostic) => {
		if (!duplicateCodes.has(String(diagnostic.code))) return true;
		const at = parsed.document.offsetAt(diagnostic.range.start);
		return !alternatives.some((span) => at >= span.from && at < span.to);
	});
}

function toHostDiagnostic(ctx: RequestContext, parsed: ParsedRegion, diagnostic: Diagnostic): Diagnostic {
	const related = diagnostic.relatedInformation?.map((info) => (info.location.uri === ctx.document.uri ? { ...info, location: { uri: info.location.uri, range: toHostRange(ctx.document, parsed, info.location.range) } } : info));
	return { ...diagnostic, range: toHostRange(ctx.document, parsed, diagnostic.range), ...(related ? { relatedInformation: related } : {}) };
}

function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** An inner edit as the host writes it, or undefined when it leaves the region. */
function toHostEdit(ctx: RequestContext, parsed: ParsedRegion, edit: TextEdit): TextEdit | undefined {
	const range = toHostRange(ctx.document, parsed, edit.range);
	const start = ctx.document.offsetAt(range.start);
	const end = ctx.document.offsetAt(range.end);
	if (start < parsed.region.hostStart || end > parsed.region.hostEnd) return undefined;
	return { range, newText: parsed.region.encode(edit.newText) };
}

function mapCompletion(ctx: RequestContext, parsed: ParsedRegion, item: CompletionItem): CompletionItem | undefined {
	const mapped: CompletionItem = { ...item };
	if (item.textEdit) {
		if ('range' in item.textEdit) {
			const edit = toHostEdit(ctx, parsed, item.textEdit);
			if (!edit) return undefined;
			mapped.textEdit = edit;
		} else {
			const insert = toHostEdit(ctx, parsed, { range: item.textEdit.insert, newText: item.textEdit.newText });
			const replace = toHostEdit(ctx, parsed, { range: item.textEdit.replace, newText: item.textEdit.newText });
			if (!insert || !replace) return undefined;
			mapped.textEdit = { newText: insert.newText, insert: insert.range, replace: replace.range };
		}
	} else if (item.insertText !== undefined) mapped.insertText = parsed.region.encode(item.insertText);
	if (item.additionalTextEdits) {
		const edits = item.additionalTextEdits.map((edit) => toHostEdit(ctx, parsed, edit));
		if (edits.some((edit) => !edit)) return undefined;
		mapped.additionalTextEdits = edits as TextEdit[];
	}
	return mapped;
}

function mapSymbol(ctx: RequestContext, parsed: ParsedRegion, symbol: DocumentSymbol): DocumentSymbol {
	return {
		...symbol,
		range: toHostRange(ctx.document, parsed, symbol.range),
		selectionRange: toHostRange(ctx.document, parsed, symbol.selectionRange),
		...(symbol.children ? { children: symbol.children.map((child) => mapSymbol(ctx, parsed, child)) } : {}),
	};
}

function mapLocations(ctx: RequestContext, parsed: ParsedRegion, locations: readonly Location[]): Location[] {
	return locations.map((location) => (location.uri === ctx.document.uri ? { uri: location.uri, range: toHostRange(ctx.document, parsed, location.range) } : location));
}

const noFacts: DocumentFacts = { referencedPaths: [], externalTools: [], runsSysprep: false, values: {} };

export const embeddedService: KindService<EmbeddedModel> = {
	kind: 'embedded',
	parse: (text) => ({ text }),
	validate(ctx, model) {
		const out: Diagnostic[] = [];
		for (const parsed of regionsOf(ctx, model)) {
			// The inner service's own cross-file checks (the Packer shipping check among them) see the host's URI and workspace.
			for (const diagnostic of innerDiagnostics(ctx, parsed)) out.push(toHostDiagnostic(ctx, parsed, diagnostic));
		}
		return out;
	},
	complete(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		if (!at) return { isIncomplete: false, items: [] };
		const list: CompletionList = at.parsed.service.complete(innerContext(ctx, at.parsed), at.parsed.model, at.inner);
		const items: CompletionItem[] = [];
		for (const item of list.items) {
			const mapped = mapCompletion(ctx, at.parsed, item);
			if (mapped) items.push(mapped);
		}
		return { isIncomplete: list.isIncomplete, items };
	},
	hover(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		if (!at) return null;
		const hover: Hover | null = at.parsed.service.hover(innerContext(ctx, at.parsed), at.parsed.model, at.inner);
		if (!hover) return null;
		return hover.range ? { ...hover, range: toHostRange(ctx.document, at.parsed, hover.range) } : hover;
	},
	codeActions(ctx, model, range, diagnostics) {
		const actions: CodeAction[] = [];
		const from = ctx.document.offsetAt(range.start);
		const to = ctx.document.offsetAt(range.end);
		for (const parsed of regionsOf(ctx, model)) {
			if (to < parsed.region.hostStart || from > parsed.region.hostEnd) continue;
			// Match the editor's (host) diagnostics with fresh inner ones, whose `data` the inner fixes read.
			const pairs: { host: Diagnostic; inner: Diagnostic }[] = [];
			for (const inner of innerDiagnostics(ctx, parsed)) {
				const hostRange = toHostRange(ctx.document, parsed, inner.range);
				const host = diagnostics.find((item) => item.code === inner.code && sameRange(item.range, hostRange));
				if (host) pairs.push({ host, inner });
			}
			if (pairs.length === 0) continue;
			const innerRange = { start: parsed.document.positionAt(0), end: parsed.document.positionAt(parsed.region.text.length) };
			for (const action of parsed.service.codeActions(innerContext(ctx, parsed), parsed.model, innerRange, pairs.map((pair) => pair.inner))) {
				if (action.edit?.documentChanges) continue;
				const changes: Record<string, TextEdit[]> = {};
				let ok = true;
				for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
					if (uri !== ctx.document.uri) {
						ok = false;
						break;
					}
					const mapped = edits.map((edit) => toHostEdit(ctx, parsed, edit));
					if (mapped.some((edit) => !edit)) ok = false;
					changes[uri] = mapped as TextEdit[];
				}
				if (!ok) continue;
				const hostDiagnostics = action.diagnostics?.map((diagnostic) => pairs.find((pair) => pair.inner === diagnostic)?.host ?? diagnostic);
				actions.push({ ...action, ...(action.edit ? { edit: { changes } } : {}), ...(hostDiagnostics ? { diagnostics: hostDiagnostics } : {}) });
			}
		}
		return actions;
	},
	symbols(ctx, model) {
		return regionsOf(ctx, model).flatMap((parsed) => parsed.service.symbols(innerContext(ctx, parsed), parsed.model).map((symbol) => mapSymbol(ctx, parsed, symbol)));
	},
	folding(ctx, model) {
		const out: FoldingRange[] = [];
		for (const parsed of regionsOf(ctx, model)) {
			for (const range of parsed.service.folding(innerContext(ctx, parsed), parsed.model)) {
				const mapped = toHostRange(ctx.document, parsed, { start: { line: range.startLine, character: 0 }, end: { line: range.endLine, character: 0 } });
				if (mapped.end.line > mapped.start.line) out.push({ ...range, startLine: mapped.start.line, endLine: mapped.end.line, startCharacter: undefined, endCharacter: undefined });
			}
		}
		return out;
	},
	definition(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		return at ? mapLocations(ctx, at.parsed, at.parsed.service.definition(innerContext(ctx, at.parsed), at.parsed.model, at.inner)) : [];
	},
	references(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		return at ? mapLocations(ctx, at.parsed, at.parsed.service.references(innerContext(ctx, at.parsed), at.parsed.model, at.inner)) : [];
	},
	facts: (ctx, model) => embeddedFacts(ctx, model),
	highlights(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		const inner: DocumentHighlight[] = at?.parsed.service.highlights?.(innerContext(ctx, at.parsed), at.parsed.model, at.inner) ?? [];
		return at ? inner.map((highlight) => ({ ...highlight, range: toHostRange(ctx.document, at.parsed, highlight.range) })) : [];
	},
	linkedEditing(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		const inner = at?.parsed.service.linkedEditing?.(innerContext(ctx, at.parsed), at.parsed.model, at.inner);
		if (!at || !inner) return null;
		// Linked ranges must hold the same text in the host; a name the host escapes differently is not edited as one.
		const ranges = inner.ranges.map((range) => toHostRange(ctx.document, at.parsed, range));
		const texts = new Set(ranges.map((range) => ctx.document.getText(range)));
		const innerText = at.parsed.document.getText(inner.ranges[0]);
		return texts.size === 1 && texts.has(innerText) && ranges.every((range) => insideRegion(ctx, at.parsed, range)) ? { ...inner, ranges } : null;
	},
	selectionRanges(ctx, model, positions) {
		return positions.map((position): SelectionRange => {
			const at = regionAt(ctx, model, position);
			const inner = at?.parsed.service.selectionRanges?.(innerContext(ctx, at.parsed), at.parsed.model, [at.inner])[0];
			if (!at || !inner) return { range: { start: position, end: position } };
			// Innermost first; the chain stops where it would leave the region.
			const ranges: Range[] = [];
			for (let level: SelectionRange | undefined = inner; level; level = level.parent) {
				const range = toHostRange(ctx.document, at.parsed, level.range);
				if (!insideRegion(ctx, at.parsed, range)) break;
				const previous = ranges[ranges.length - 1];
				// A host escape can make two levels one range; each level must hold the one before it.
				if (previous && !(ctx.document.offsetAt(range.start) <= ctx.document.offsetAt(previous.start) && ctx.document.offsetAt(range.end) >= ctx.document.offsetAt(previous.end))) break;
				if (previous && ctx.document.offsetAt(range.start) === ctx.document.offsetAt(previous.start) && ctx.document.offsetAt(range.end) === ctx.document.offsetAt(previous.end)) continue;
				ranges.push(range);
			}
			let chain: SelectionRange | undefined;
			for (let i = ranges.length - 1; i >= 0; i--) chain = { range: ranges[i], ...(chain ? { parent: chain } : {}) };
			return chain ?? { range: { start: position, end: position } };
		});
	},
	autoClose(ctx, model, position) {
		const at = regionAt(ctx, model, position);
		const inner = at?.parsed.service.autoClose?.(innerContext(ctx, at.parsed), at.parsed.model, at.inner);
		if (!at || !inner) return null;
		const edit = toHostEdit(ctx, at.parsed, { range: inner.range, newText: inner.text });
		return edit ? { range: edit.range, text: edit.newText, cursor: inner.cursor } : null;
	},
};

function insideRegion(ctx: RequestContext, parsed: ParsedRegion, range: Range): boolean {
	return ctx.document.offsetAt(range.start) >= parsed.region.hostStart && ctx.document.offsetAt(range.end) <= parsed.region.hostEnd;
}

/** Every region's facts, with ranges in the host. */
function embeddedFacts(ctx: RequestContext, model: EmbeddedModel): DocumentFacts {
	const regions = regionsOf(ctx, model);
	if (regions.length === 0) return noFacts;
	const facts = { referencedPaths: [] as DocumentFacts['referencedPaths'][number][], externalTools: [] as DocumentFacts['externalTools'][number][], runsSysprep: false, values: {} as Record<string, string> };
	for (const parsed of regions) {
		const inner = parsed.service.facts(innerContext(ctx, parsed), parsed.model);
		for (const path of inner.referencedPaths) facts.referencedPaths.push({ ...path, range: toHostRange(ctx.document, parsed, path.range) });
		for (const tool of inner.externalTools) facts.externalTools.push({ ...tool, range: toHostRange(ctx.document, parsed, tool.range) });
		facts.runsSysprep ||= inner.runsSysprep;
		Object.assign(facts.values, inner.values);
	}
	return facts;
}
