/**
 * Experiment: RSS of `dist/server.js` with all four bench inputs open, under
 * extra V8 flags given as arguments (`npx tsx bench/memExperiment.ts --optimize-for-size`);
 * `--storm` first makes 200 one-character edits per file, as the bench's edit storm does.
 * The flags are passed through NODE_OPTIONS-free `node <flags> dist/server.js`;
 * `RESEAL_SERVER=<path>` measures another build (e.g. a base revision for an A/B).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateAll } from './generate';

async function main(): Promise<void> {
	const storm = process.argv.includes('--storm');
	const flags = process.argv.slice(2).filter((arg) => arg !== '--storm');
	const child = spawn(process.execPath, [...flags, process.env.RESEAL_SERVER ?? join(__dirname, '../dist/server.js'), '--stdio'], { stdio: 'pipe' });
	const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
	let published = 0;
	connection.onNotification('textDocument/publishDiagnostics', () => {
		published++;
	});
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	connection.listen();
	await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
	await connection.sendNotification('initialized', {});
	await connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { validation: { debounceMs: 0 } } } });
	const files = generateAll();
	for (const file of files) await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file:///bench/${file.rel}`, languageId: file.languageId, version: 1, text: file.text } });
	while (published < files.length) await new Promise((resolve) => setTimeout(resolve, 20));
	if (storm) {
		// `--storm`: 200 one-character edits per file (insert, then delete), each waited for, then idle.
		for (const file of files) {
			const uri = `file:///bench/${file.rel}`;
			const lines = file.text.split(/\r?\n/).length;
			for (let version = 2; version < 402; version++) {
				// Even versions insert an 'x' at the start of a line, odd ones take it out again.
				const line = ((version - (version % 2)) * 7919) % lines;
				const end = version % 2 === 0 ? 0 : 1;
				const change = { range: { start: { line, character: 0 }, end: { line, character: end } }, text: version % 2 === 0 ? 'x' : '' };
				const before = published;
				await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
				while (published === before) await new Promise((resolve) => setTimeout(resolve, 1));
			}
		}
	}
	await new Promise((resolve) => setTimeout(resolve, 1500));
	const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
	console.log(flags.join(' ') || '(no flags)', /VmRSS:\s+(\d+)/.exec(status)![1], 'KiB');
	child.kill();
	process.exit(0);
}
void main();
