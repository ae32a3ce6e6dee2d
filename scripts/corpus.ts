/**
 * `npm run corpus`: checks every sample file under `../shared/corpus/` with the
 * CLI's `check` path and prints, per diagnostic code, how many findings each
 * severity has, then the counts per file. Use it to judge a rule's noise on
 * real files before and after a change.
 *
 *   npm run corpus                  every file kind
 *   npm run corpus -- batch         only files under corpus/batch (any folder name)
 *   npm run corpus -- --all         list files without findings too
 *   npm run corpus -- --target xp   passed on to `reseal check`
 *
 * With batch-spec cases among the files it also prints how Reseal agrees with their expectations.
 */
import { checkCorpus, corpusFiles, corpusRoot, renderCodeCounts, renderFileCounts } from '../test/utils/corpus';
import { agreement, renderAgreement } from '../test/utils/batchSpecAgreement';

async function run(): Promise<void> {
	const args = process.argv.slice(2);
	const all = args.includes('--all');
	const passOn: string[] = [];
	const folders: string[] = [];
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--all') continue;
		if (args[i] === '--target' || args[i] === '--arch') passOn.push(args[i], args[++i] ?? '');
		else folders.push(args[i]);
	}
	const root = corpusRoot();
	if (!root) {
		process.stdout.write('npm run corpus: ../shared/corpus is not there; nothing to check.\n');
		return;
	}
	const files = folders.length > 0 ? folders.flatMap((folder) => corpusFiles(root, folder)) : corpusFiles(root);
	const result = await checkCorpus(files, passOn);
	if (result.stderr.trim() !== '') process.stdout.write(`${result.stderr.trim()}\n\n`);
	process.stdout.write(`Checked ${files.length} files under ${root}${folders.length > 0 ? ` (${folders.join(', ')})` : ''}.\n\n`);
	process.stdout.write(`Findings per code:\n${renderCodeCounts(result)}\n\n`);
	process.stdout.write(`Findings per file:\n${renderFileCounts(result, all)}\n`);
	if (files.some((file) => file.name.startsWith('batch-spec/'))) process.stdout.write(`\nAgreement with batch-spec's expectations:\n${renderAgreement(agreement(root, result))}\n`);
}

run().catch((error: unknown) => {
	process.stderr.write(`npm run corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});
