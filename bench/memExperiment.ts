/**
 * Experiment: RSS of `dist/server.js` with all four bench inputs open, under
 * extra V8 flags given as arguments (`npx tsx bench/memExperiment.ts --optimize-for-size`).
 * The flags are passed through NODE_OPTIONS-free `node <flags> dist/server.js`;
 * `RESEAL_SERVER=<path>` measures another build (e.g. a base revision for an A/B).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateAll } from './generate';

async function main(): Promise<void> {
	const flags = process.argv.slice(2);
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
	const files = generateAll();
	for (const file of files) await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file:///bench/${file.rel}`, languageId: file.languageId, version: 1, text: file.text } });
	while (published < files.length) await new Promise((resolve) => setTimeout(resolve, 20));
	await new Promise((resolve) => setTimeout(resolve, 1500));
	const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
	console.log(flags.join(' ') || '(no flags)', /VmRSS:\s+(\d+)/.exec(status)![1], 'KiB');
	child.kill();
	process.exit(0);
}
void main();
