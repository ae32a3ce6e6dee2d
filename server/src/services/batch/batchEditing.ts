/**
 * Service layer: document links and inlay hints for batch scripts.
 *
 * Links: `call other.cmd` (and scripts run directly or with `start`), the
 * `/unattend:` answer file handed to sysprep, and other file paths the script
 * names, when they resolve to a workspace file. A bare script name resolves
 * only next to the script (cmd.exe finds it in the current folder or PATH,
 * not anywhere in the workspace).
 *
 * Inlay hints: a few words after terse sysprep switches (`-bmsd`, `-pnp`),
 * from the switch table.
 */
import type { DocumentLink, InlayHint, Range } from 'vscode-languageserver-types';
import type { BatchModel } from '../../model/batchNodes';
import type { RequestContext } from '../kindService';
import { indexWorkspace, linksFor, type LinkCandidate } from '../workspaceLinks';
import { rangeOf, sysprepRuns } from './batchAnalysis';
import { factsBatch } from './batchFacts';

export function linksBatch(ctx: RequestContext, model: BatchModel): DocumentLink[] {
	const index = indexWorkspace(ctx.document.uri, ctx.workspace);
	if (!index) return [];
	const candidates: LinkCandidate[] = [];
	const seen = new Set<string>();
	const add = (candidate: LinkCandidate) => {
		const key = `${candidate.range.start.line}:${candidate.range.start.character}`;
		if (seen.has(key)) return;
		seen.add(key);
		candidates.push(candidate);
	};
	for (const command of model.commands) {
		const launch = command.launch;
		if (!launch || (launch.extension !== '.bat' && launch.extension !== '.cmd')) continue;
		const word = launch.word;
		const quote = word.text.startsWith('"') ? 1 : 0;
		add({ path: word.value, range: rangeOf(model, word.offset + quote, word.value.length), kind: 'file', localOnly: !/[\\/]/.test(word.value) });
	}
	for (const path of factsBatch(model).referencedPaths) if (path.kind === 'file') add({ path: path.path, range: path.range, kind: 'file' });
	return linksFor(index, candidates);
}

export function inlayHintsBatch(model: BatchModel, range: Range): InlayHint[] {
	const hints: InlayHint[] = [];
	for (const run of sysprepRuns(model)) {
		for (const use of run.switches) {
			if (!use.spec?.hint) continue;
			const at = rangeOf(model, use.word.offset, use.word.length).end;
			if (at.line < range.start.line || at.line > range.end.line) continue;
			hints.push({ position: at, label: use.spec.hint, paddingLeft: true });
		}
	}
	return hints;
}
