/**
 * Service layer: the `KindService` for Sysprep.inf and for Unattend.txt /
 * winnt.sif, which share the format and most of the knowledge.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { fold, parseIni } from '../../model/iniParser';
import type { AnswerFileKind, AnswerFileSpec } from '../../knowledge/types';
import { sysprepInf } from '../../knowledge/sysprepInf';
import { unattendTxtExtras } from '../../knowledge/unattendTxt';
import { sysprepInfSkeletons } from '../../knowledge/skeletons';
import { defaultSettings, type DocumentFacts, type DocumentKind, type KindService, type RequestContext } from '../kindService';
import { spanRange } from '../diagnostics';
import { analyze, splitList, type BoundSection, type IniAnalysis } from './iniAnalysis';
import { codeActionsIni } from './iniCodeActions';
import { completeIni } from './iniCompletion';
import { definitionIni, foldingIni, hoverIni, referencesIni, symbolsIni } from './iniNavigation';
import { validateIni } from './iniValidation';
import { formatIni } from './iniFormat';
import { inlayHintsIni } from './iniInlayHints';
import { highlightsIni, prepareRenameIni, renameIni } from './iniRename';
import { indexWorkspace, linksFor } from '../workspaceLinks';
import { buildIndex, findEntry, type KnowledgeIndex } from './knowledgeIndex';
import { buildInfTimeline } from './infTimeline';

export function createAnswerFileService(kind: DocumentKind, fileKind: AnswerFileKind, title: string, tables: readonly AnswerFileSpec[]): KindService<IniAnalysis> {
	let cachedIndex: KnowledgeIndex | undefined;
	const index = () => (cachedIndex ??= buildIndex(fileKind, tables));
	const validate = (ctx: RequestContext, model: IniAnalysis): Diagnostic[] =>
		validateIni(model, { uri: ctx.document.uri, target: ctx.settings.target, targetChosen: ctx.settings.target !== defaultSettings.target, architecture: ctx.settings.architecture, maxDiagnostics: ctx.settings.maxDiagnostics });
	return {
		kind,
		parse: (text) => {
			const known = index();
			return analyze(parseIni(text, { semicolonListKeys: known.semicolonListKeys }), known);
		},
		validate,
		complete: (ctx, model, position) => completeIni(ctx.document, model, position, { fileTitle: title, skeletons: fileKind === 'sysprep' ? sysprepInfSkeletons : undefined }),
		hover: (_ctx, model, position) => hoverIni(model, position, title),
		codeActions: (ctx, model, _range, diagnostics) => codeActionsIni(ctx.document, model, diagnostics, () => validate(ctx, model)),
		symbols: (_ctx, model) => symbolsIni(model),
		folding: (_ctx, model) => foldingIni(model.doc),
		definition: (ctx, model, position) => definitionIni(model, ctx.document.uri, position),
		references: (ctx, model, position) => referencesIni(model, ctx.document.uri, position),
		facts: (_ctx, model) => answerFileFacts(model),
		prepareRename: (_ctx, model, position) => prepareRenameIni(model, position),
		rename: (_ctx, model, position, newName) => renameIni(model, position, newName),
		highlights: (_ctx, model, position) => highlightsIni(model, position),
		format: (ctx, model, _options, range) => formatIni(ctx.document.getText(), model.doc, ctx.settings.formatEqualsSpacing, range),
		links: (ctx, model) =>
			linksFor(
				indexWorkspace(ctx.document.uri, ctx.workspace),
				answerFileFacts(model).referencedPaths.map((path) => ({ path: path.path, range: path.range, kind: path.kind })),
			),
		inlayHints: (_ctx, model, range) => inlayHintsIni(model, range),
		// Only Sysprep.inf drives Mini-Setup; Unattend.txt belongs to a full Setup.
		timeline: fileKind === 'sysprep' ? (ctx, model) => buildInfTimeline(model, { file: ctx.document.uri, target: ctx.settings.target, workspace: ctx.workspace, diagnostics: validate(ctx, model) }) : undefined,
	};
}

/** Entry names that hold a password or product key whatever section they are in. */
const secretName = /password|passwd|pwd|productkey|productid/i;

/**
 * Whether an entry holds a secret: its knowledge row says so; unknown sections
 * and misspelt keys carry no row, so the name decides (EncryptedAdminPassword
 * has a row: a Yes/No flag, not a secret).
 */
function isSecret(info: BoundSection['info'], key: string): boolean {
	const entry = info ? findEntry(info, key) : undefined;
	return entry ? entry.spec.secret === true : secretName.test(key);
}

/** The values of the entries that hold secrets, so reports can redact them. */
export function answerFileSecrets(model: IniAnalysis): string[] {
	const out: string[] = [];
	for (const { section, info } of model.bound) {
		for (const line of section.lines) {
			if (line.type === 'entry' && isSecret(info, line.key)) out.push(line.value);
		}
	}
	return out;
}

/** Settings and paths an answer file declares, secrets left out. */
export function answerFileFacts(model: IniAnalysis): DocumentFacts {
	const values: Record<string, string> = {};
	const referencedPaths: DocumentFacts['referencedPaths'][number][] = [];
	for (const { section, info } of model.bound) {
		for (const line of section.lines) {
			if (line.type !== 'entry') continue;
			if (isSecret(info, line.key)) continue;
			const entry = info ? findEntry(info, line.key) : undefined;
			const key = `${fold(section.name)}.${fold(line.key)}`;
			if (!(key in values)) values[key] = line.value;
			const domain = entry?.spec.domain ?? (info?.spec.shape === 'open' ? info.spec.lineDomain : undefined);
			if (domain?.kind !== 'path') continue;
			const parts = domain.list ? splitList(line, true, ';') : [{ text: line.value, span: line.valueSpan }];
			for (const part of parts) {
				if (part.text === '') continue;
				referencedPaths.push({
					path: domain.relativeTo && !/^[a-z]:|^\\\\|^%/i.test(part.text) ? `${domain.relativeTo}\\${part.text}` : part.text,
					range: spanRange(part.span),
					purpose: `${entry?.spec.name ?? line.key} in [${section.name}]`,
					kind: domain.pathKind ?? (/\.[a-z0-9]{1,4}$/i.test(part.text) ? 'file' : 'unknown'),
				});
			}
		}
	}
	return { referencedPaths, externalTools: [], runsSysprep: model.index.fileKind === 'sysprep', values };
}

export const sysprepInfService = createAnswerFileService('sysprep-inf', 'sysprep', 'Sysprep.inf', [sysprepInf, unattendTxtExtras]);
export const unattendTxtService = createAnswerFileService('unattend-txt', 'unattend', 'Unattend.txt', [sysprepInf, unattendTxtExtras]);
