/**
 * Bench support (not part of `npm run bench`): the server under an edit storm on one
 * generated input, for profiling:
 * `BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/p" npx tsx bench/stormProfile.ts <kind>`.
 * It prints the p50/p95/p99 of didChange → publishDiagnostics over 300 edits and exits
 * the server with shutdown/exit, so `--cpu-prof` writes its profile.
 */
import { join } from 'node:path';
import { generateAll } from './generate';
import { BenchClient } from './lspBench';

async function main(): Promise<void> {
	const kind = process.argv[2];
	const file = generateAll().find((candidate) => candidate.kind === kind);
	if (!file) throw new Error(`no generated input of kind ${kind}`);
	const client = new BenchClient(process.env.RESEAL_SERVER ?? join(__dirname, '../dist/server.js'));
	await client.initialize();
	await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { validation: { debounceMs: 0 } } } });
	const uri = `file:///bench/${file.rel}`;
	const opened = client.diagnosticsFor(uri, 1);
	await client.open(uri, file.languageId, file.text);
	await opened;
	const lines = file.text.split(/\r?\n/).length;
	const samples: number[] = [];
	for (let version = 2; version < 602; version++) {
		// Even versions insert an 'x' at the start of a line, odd ones take it out again.
		const line = ((version - (version % 2)) * 7919) % lines;
		const change = { range: { start: { line, character: 0 }, end: { line, character: version % 2 === 0 ? 0 : 1 } }, text: version % 2 === 0 ? 'x' : '' };
		const t = performance.now();
		const published = client.diagnosticsFor(uri, version);
		await client.change(uri, version, [change]);
		await published;
		if (version % 2 === 0) samples.push(performance.now() - t);
	}
	samples.sort((a, b) => a - b);
	const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))]!.toFixed(1);
	console.log(`${file.name}: didChange → publish p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms (${samples.length} edits)`);
	await client.shutdown();
}
void main();
