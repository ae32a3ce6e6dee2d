/**
 * Service layer: the `KindService` for batch scripts (`.bat`/`.cmd`).
 *
 * It applies `Settings.batchSupport` (`off`: nothing; `sysprep`: only scripts
 * that run sysprep or are named like one) and wraps every feature so that no
 * request throws: a failure yields the neutral answer.
 */
import type { CompletionList, Position, Range } from 'vscode-languageserver-types';
import type { DocumentFacts, KindService, RequestContext } from '../kindService';
import { parseBatch } from '../../model/batchParser';
import type { BatchModel } from '../../model/batchNodes';
import { batchEnabled, existGuards } from './batchAnalysis';
import { codeActionsBatch } from './batchCodeActions';
import { completeBatch } from './batchCompletion';
import { factsBatch } from './batchFacts';
import { hoverBatch } from './batchHover';
import { definitionBatch, foldingBatch, referencesBatch, symbolsBatch, workspaceSymbolsBatch } from './batchNavigation';
import { validateBatch } from './batchValidation';
import { answerFileReferenceDiagnostics } from '../unattendXml/answerFileReferences';
import { highlightsBatch, prepareRenameBatch, renameBatch } from './batchRename';
import { inlayHintsBatch, linksBatch } from './batchEditing';

export type { BatchModel } from '../../model/batchNodes';

const noCompletion: CompletionList = { isIncomplete: false, items: [] };
const noFacts: DocumentFacts = { referencedPaths: [], externalTools: [], runsSysprep: false, values: {} };

/** The script's facts without the `/unattend:` files it first tests with `if exist` (the author handles their absence). */
function unguardedFacts(model: BatchModel): DocumentFacts {
	const facts = factsBatch(model);
	const tested = existGuards(model);
	if (tested.size === 0) return facts;
	const key = (path: string) => path.replace(/^"|"$/g, '').replace(/\//g, '\\').toLowerCase();
	return { ...facts, referencedPaths: facts.referencedPaths.filter((reference) => !(/\/unattend\b/i.test(reference.purpose) && tested.has(key(reference.path)))) };
}

function guarded<R>(ctx: RequestContext, model: BatchModel, fallback: R, run: () => R): R {
	try {
		if (!model || !batchEnabled(ctx, model)) return fallback;
		return run();
	} catch {
		return fallback;
	}
}

export const batchService: KindService<BatchModel> = {
	kind: 'bat',
	parse: (text: string) => parseBatch(text),
	// `sysprep /unattend:<file>` must name an answer file the workspace holds (checked by the unattend.xml rules).
	// Without a workspace there is nothing to look the answer file up in, so the facts are not gathered.
	validate: (ctx, model) => guarded(ctx, model, [], () => (ctx.workspace ? [...validateBatch(ctx, model), ...answerFileReferenceDiagnostics(ctx, unguardedFacts(model))] : validateBatch(ctx, model))),
	complete: (ctx, model, position: Position) => guarded(ctx, model, noCompletion, () => completeBatch(ctx, model, position)),
	hover: (ctx, model, position: Position) => guarded(ctx, model, null, () => hoverBatch(ctx, model, position)),
	codeActions: (ctx, model, range: Range, diagnostics) => guarded(ctx, model, [], () => codeActionsBatch(ctx, model, range, diagnostics)),
	symbols: (ctx, model) => guarded(ctx, model, [], () => symbolsBatch(ctx, model)),
	workspaceSymbols: (ctx, model) => guarded(ctx, model, [], () => workspaceSymbolsBatch(ctx, model)),
	folding: (ctx, model) => guarded(ctx, model, [], () => foldingBatch(ctx, model)),
	definition: (ctx, model, position: Position) => guarded(ctx, model, [], () => definitionBatch(ctx, model, position)),
	references: (ctx, model, position: Position) => guarded(ctx, model, [], () => referencesBatch(ctx, model, position)),
	facts: (ctx, model) => guarded(ctx, model, noFacts, () => factsBatch(model)),
	prepareRename: (ctx, model, position: Position) => guarded(ctx, model, null, () => prepareRenameBatch(model, position)),
	rename: (ctx, model, position: Position, newName: string) => guarded(ctx, model, null, () => renameBatch(model, position, newName)),
	highlights: (ctx, model, position: Position) => guarded(ctx, model, [], () => highlightsBatch(model, position)),
	links: (ctx, model) => guarded(ctx, model, [], () => linksBatch(ctx, model)),
	inlayHints: (ctx, model, range: Range) => guarded(ctx, model, [], () => inlayHintsBatch(model, range)),
};
