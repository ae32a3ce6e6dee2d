/**
 * CLI: the files `reseal check` looks at. A file argument is taken as is; a
 * folder argument is walked (`io/folderWalker.ts`, the same walk the server
 * and the bundle writer use) for the file kinds Reseal knows, and for the
 * names whose content decides (`.xml`, templates, host files: `needsContent`),
 * which `reseal check` reads and keeps only when they hold an answer file.
 */
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mayBeAnswerFile } from '../model/documentKind';
import { walkFolder } from '../io/folderWalker';

/** A file to check and the folder it was found under (its workspace for cross-file rules). */
export interface FoundFile {
	readonly path: string;
	readonly root: string;
	/** Named on the command line (the pre-commit hook names every staged candidate). */
	readonly explicit?: boolean;
}

export function collectFiles(input: string, found: FoundFile[], problems: string[]): void {
	let stat;
	try {
		stat = lstatSync(input);
	} catch {
		problems.push(`${input}: no such file or folder`);
		return;
	}
	if (stat.isSymbolicLink()) {
		// Links are not followed: they may point anywhere, including in circles.
		problems.push(`${input}: skipped (symbolic link)`);
		return;
	}
	if (stat.isFile()) {
		found.push({ path: input, root: dirname(input), explicit: true });
		return;
	}
	if (!stat.isDirectory()) return;
	const walked = walkFolder(input);
	for (const problem of walked.problems) problems.push(`${problem.path ? join(input, ...problem.path.split('/')) : input}: cannot list the folder (${problem.reason})`);
	if (walked.truncated) problems.push(`${input}: folders nested too deep were not searched`);
	for (const entry of walked.entries) {
		if (entry.type === 'file' && mayBeAnswerFile(entry.path)) found.push({ path: join(input, ...entry.path.split('/')), root: input });
	}
}
