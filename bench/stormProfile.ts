/**
 * Bench support (not part of `npm run bench`): the server under the bench's edit
 * storm on one generated input, for profiling:
 * `npx tsx bench/stormProfile.ts <kind> [node flags…]`, e.g. `bat --cpu-prof --cpu-prof-dir=/tmp/p`.
 * It prints the p50/p95 of didChange → publishDiagnostics and exits the server
 * cleanly (shutdown/exit), so `--cpu-prof` writes its profile.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateAll } from './generate';

async function main(): Promise<void> {
	const [kind, ...flags] = process.argv.slice(2);
	const file = generateAll().find((candidate) => candidate.kind === kind);
	if (!file) throw new Error(`no generated input of kind ${kind}`);
	const child = spawn(process.execPath, [...flags, process.env.RESEAL_SERVER ?? join(__dirname, '../dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
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
	const uri = `file:///bench/${file.rel}`;
	await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: file.languageId, version: 1, text: file.text } });
	while (published < 1) await new Promise((resolve) => setTimeout(resolve, 5));
	const lines = file.text.split(/\r?\n/).length;
	const samples: number[] = [];
	for (let version = 2; version < 602; version++) {
		const line = ((version - (version % 2)) * 7919) % lines;
		const change = { range: { start: { line, character: 0 }, end: { line, character: version % 2 === 0 ? 0 : 1 } }, text: version % 2 === 0 ? 'x' : '' };
		const before = published;
		const t = performance.now();
		await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
		while (published === before) await new Promise((resolve) => setImmediate(resolve));
		samples.push(performance.now() - t);
	}
	samples.sort((a, b) => a - b);
	const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!.toFixed(1);
	console.log(`${file.name}: didChange → publish p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms (${samples.length} edits)`);
	await connection.sendRequest('shutdown');
	await connection.sendNotification('exit');
	await new Promise((resolve) => child.on('exit', resolve));
	process.exit(0);
}
void main();
