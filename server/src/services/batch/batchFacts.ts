/**
 * Service layer: what a batch script says about the files around it — the
 * programs the bundle must carry, the Windows paths it needs, and whether it
 * runs sysprep.
 */
import type { DocumentFacts } from '../kindService';
import type { BatchModel, BatchWord } from '../../model/batchNodes';
import { findCommand, findTool, isKnownProgram, rangeOf, runsSysprep, sysprepRunAt } from './batchAnalysis';
import { trimTrailing } from '../../util/text';

type ExternalTool = DocumentFacts['externalTools'][number];
type ReferencedPath = DocumentFacts['referencedPaths'][number];

const pathPattern = /(?:[A-Za-z]:|%[A-Za-z_][\w]*%)[\\/][^\s"<>|*?]*|\\\\[^\s"\\<>|]+\\[^\s"<>|]*/g;
/** Commands whose arguments are text, not paths the script needs. */
const textCommands = new Set(['echo', 'rem', 'title', 'set', 'if', 'for', 'goto']);
/** Commands that remove what they name: the target need not exist, but its folder must. */
const removingCommands = new Set(['del', 'erase', 'rd', 'rmdir']);
/** Commands that create what they name: nothing has to exist beforehand. */
const creatingCommands = new Set(['md', 'mkdir']);

function kindOf(path: string): ReferencedPath['kind'] {
	if (/[*?]/.test(path)) return 'unknown';
	const last = trimTrailing(path, '\\/').split(/[\\/]/).pop() ?? '';
	if (path.endsWith('\\') || path.endsWith('/')) return 'folder';
	return /\.[A-Za-z0-9]{1,4}$/.test(last) ? 'file' : 'folder';
}

function pathsIn(model: BatchModel, word: BatchWord, purpose: string, out: ReferencedPath[], forced?: ReferencedPath['kind'], parentOnly = false): void {
	pathPattern.lastIndex = 0;
	for (let match = pathPattern.exec(word.text); match; match = pathPattern.exec(word.text)) {
		let path = trimTrailing(match[0], '.,;');
		if (parentOnly) path = trimTrailing(path, '\\/').replace(/[\\/][^\\/]*$/, '');
		if (path.length < 3 || /^[A-Za-z]:$/.test(path)) continue;
		out.push({ path, range: rangeOf(model, word.offset + match.index, path.length), purpose, kind: parentOnly ? 'folder' : (forced ?? kindOf(path)) });
	}
}

export function factsBatch(model: BatchModel): DocumentFacts {
	if (model.notBatch) return { referencedPaths: [], externalTools: [], runsSysprep: false, values: {} };
	const tools: ExternalTool[] = [];
	const seenTools = new Set<string>();
	const paths: ReferencedPath[] = [];
	for (const command of model.commands) {
		const launch = command.launch;
		if (launch && launch.program) {
			const tool = findTool(launch);
			const run = sysprepRunAt(model, command);
			const range = rangeOf(model, launch.word.offset, launch.word.length);
			if (tool && !(run && run.syntax === 'vista')) {
				if (!seenTools.has(tool.name)) tools.push({ name: tool.name, range, origin: tool.origin });
				seenTools.add(tool.name);
			} else if (!tool && !isKnownProgram(launch.program) && /^[\w.~-]+$/.test(launch.program) && !/\.(bat|cmd)$/.test(launch.extension)) {
				const name = `${launch.program}${launch.extension || '.exe'}`;
				if (!seenTools.has(name)) tools.push({ name, range, origin: 'Unknown to Reseal: not a Windows XP/Server 2003 command as far as it knows; the bundle must carry it if it is not installed on the image.' });
				seenTools.add(name);
			}
			if (/[\\/]/.test(launch.word.value)) pathsIn(model, launch.word, `program run by the script (${launch.program})`, paths, 'file');
		}
		for (const redirect of command.redirects) {
			if (!redirect.target) continue;
			// Output files are created by the redirection; only their folder has to exist.
			if (redirect.op.includes('<')) pathsIn(model, redirect.target, 'input of a redirection', paths);
			else pathsIn(model, redirect.target, 'folder of a redirection\'s output', paths, 'folder', true);
		}
		if (textCommands.has(command.program) || creatingCommands.has(command.program)) continue;
		const removes = removingCommands.has(command.program);
		const spec = findCommand(command.program);
		const args = launch && launch.word !== command.name ? command.args.filter((arg) => arg !== launch.word) : command.args;
		for (const arg of args) {
			const unattend = /^[-/]unattend:(.+)$/i.exec(arg.value);
			if (unattend && sysprepRunAt(model, command)) {
				const at = arg.text.toLowerCase().indexOf('unattend:') + 'unattend:'.length;
				const value = arg.text.slice(at).replace(/^"|"$/g, '');
				paths.push({ path: value, range: rangeOf(model, arg.offset + at, arg.length - at), purpose: 'sysprep answer file (/unattend)', kind: 'file' });
				continue;
			}
			if (removes) pathsIn(model, arg, `folder of what ${command.program} removes`, paths, 'folder', true);
			else pathsIn(model, arg, `argument of ${launch?.program || spec?.name || command.program}`, paths);
		}
	}
	return { referencedPaths: paths, externalTools: tools, runsSysprep: runsSysprep(model), values: {} };
}
