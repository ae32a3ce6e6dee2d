/**
 * `npm run bench`: speed and memory of Reseal against its baselines, side by
 * side in one run. Prints a table and writes bench/results.json. Not part of
 * `npm test`; nothing here fails the build.
 *
 * Environment:
 *   BENCH_BUNDLE_MB   size of the generated drivers tree (default 1024; 0 skips)
 *   BENCH_QUICK=1     fewer iterations (for a smoke run)
 *   BENCH_CPU_PROF=1  also write a V8 CPU profile of in-process validation to bench/profiles/
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import * as ini from 'ini';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/languageService';
import { kindServices } from '../server/src/services/registry';
import type { DocumentKind, KindService } from '../server/src/services/kindService';
import { generateAll, prng, writeAll, type BenchFile } from './generate';
import { BenchClient } from './lspBench';
import { workspaceBench } from './workspaceBench';
import { peerBench } from './peerBench';
import { logBench } from './logBench';
import { tagsBench } from './tagsBench';
import { latencyText, latencyValues, median, ms, na, percentile, row, rows, sample } from './report';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const quick = process.env.BENCH_QUICK === '1';
const requestCount = quick ? 200 : 300;

function registered(kind: DocumentKind): KindService | undefined {
	return kindServices.get(kind);
}

function notRegistered(kind: DocumentKind): string {
	return `kind '${kind}' is not registered in server/src/services/registry.ts yet`;
}

function uriFor(file: BenchFile, suffix = ''): string {
	return `file:///bench/${file.rel.split('/').map(encodeURIComponent).join('/')}${suffix}`;
}

// ---------------------------------------------------------------- in-process

function inProcess(files: readonly BenchFile[]): void {
	process.stderr.write('In-process: parse + full validation vs ini.parse vs split\n');
	const minIterations = quick ? 10 : 30;
	const minMs = quick ? 500 : 2000;
	for (const file of files) {
		const group = `validate ${file.name}`;
		const service = registered(file.kind);
		const text = file.text;
		const floor = median(sample(() => text.split(/\r?\n/), minIterations, minMs));
		const iniParse = median(sample(() => ini.parse(text), minIterations, minMs));
		if (!service) {
			na(group, 'parse + validation', notRegistered(file.kind));
			row({ group, metric: 'baselines', reseal: '—', baseline: `ini.parse ${ms(iniParse)} · split ${ms(floor)}`, status: 'info', values: { iniParseMs: iniParse, splitMs: floor } });
			continue;
		}
		const ls = getLanguageService();
		let version = 0;
		// A new version each run defeats the cache: every sample parses and validates.
		const validate = () => ls.doValidation(TextDocument.create(uriFor(file), file.languageId, ++version, text));
		const diagnostics = validate();
		const full = median(sample(validate, minIterations, minMs));
		const parseOnly = median(sample(() => service.parse(text), minIterations, minMs));
		const ratio = full / iniParse;
		const targeted = file.kind === 'sysprep-inf' || file.kind === 'winbom-ini' || file.kind === 'cmdlines';
		row({
			group,
			metric: 'parse + validation (doValidation)',
			reseal: ms(full),
			baseline: `ini.parse ${ms(iniParse)}`,
			ratio: `${ratio.toFixed(2)}× ini · ${(full / floor).toFixed(1)}× split`,
			target: targeted ? '≤ 2× ini.parse' : '(batch: ini.parse is only a reference)',
			status: targeted ? (ratio <= 2 ? 'PASS' : 'MISS') : 'info',
			values: { validateMs: full, parseMs: parseOnly, iniParseMs: iniParse, splitMs: floor, ratioIni: ratio, ratioSplit: full / floor, diagnostics: diagnostics.length, lines: text.split(/\r?\n/).length },
		});
		row({ group, metric: 'parse only (service.parse)', reseal: ms(parseOnly), baseline: `split ${ms(floor)}`, ratio: `${(parseOnly / iniParse).toFixed(2)}× ini`, status: 'info', values: { parseMs: parseOnly } });
	}

	// The cache: hover and completion on an unchanged document must not re-parse.
	const inf = files.find((file) => file.kind === 'sysprep-inf')!;
	const service = registered('sysprep-inf');
	if (service) {
		const original = service.parse;
		let parses = 0;
		const counting = service as { parse: (text: string) => unknown };
		counting.parse = (text: string) => {
			parses++;
			return original(text);
		};
		try {
			const ls = getLanguageService();
			const document = TextDocument.create(uriFor(inf), inf.languageId, 1, inf.text);
			ls.doValidation(document);
			const positions = requestPositions(inf, 200);
			const times: number[] = [];
			for (const position of positions) {
				const t = performance.now();
				ls.doHover(document, position);
				ls.doComplete(document, position);
				times.push(performance.now() - t);
			}
			ls.doValidation(document);
			row({
				group: 'cache',
				metric: 'parses for 1 validation + 200 hovers + 200 completions + 1 re-validation, same version',
				reseal: `${parses}`,
				target: '1',
				status: parses === 1 ? 'PASS' : 'MISS',
				values: { parses, hoverPlusCompletionP99Ms: percentile(times, 99) },
			});
		} finally {
			counting.parse = original;
		}
	}

	// Large files degrade gracefully: a 10,000-line file that is wrong on every line.
	if (service) {
		const r = prng(7);
		const lines = ['[Unattended]'];
		for (let i = 0; lines.length < 10000; i++) lines.push(`OemSkipEula${Math.floor(r() * 1e6)} = Maybe`, `TimeZone = ${Math.floor(r() * 999)}x`);
		const text = lines.join('\r\n');
		const ls = getLanguageService();
		let version = 0;
		let count = 0;
		const times = sample(() => {
			count = ls.doValidation(TextDocument.create('file:///bench/worst/Sysprep.inf', 'sysprep-inf', ++version, text), { maxDiagnostics: 1000 }).length;
		}, quick ? 5 : 10, quick ? 300 : 1000);
		row({
			group: 'cache',
			metric: '10,000 broken lines: diagnostics returned (maxDiagnostics 1000) and time',
			reseal: `${count} in ${ms(median(times))}`,
			target: '≤ 1001',
			status: count <= 1001 ? 'PASS' : 'MISS',
			values: { diagnostics: count, validateMs: median(times) },
		});
	}

	if (process.env.BENCH_CPU_PROF === '1') profileValidation(files);
}

/** Positions spread over the file: keys, values and headers, seeded. */
function requestPositions(file: BenchFile, count: number): { line: number; character: number }[] {
	const lines = file.text.split(/\r?\n/);
	const r = prng(count * 31 + lines.length);
	const out: { line: number; character: number }[] = [];
	const head = Math.min(lines.length, 60);
	while (out.length < count) {
		const line = r() < 0.35 ? Math.floor(r() * head) : Math.floor(r() * lines.length);
		const text = lines[line] ?? '';
		const equals = text.indexOf('=');
		const choice = r();
		const character = choice < 0.4 ? text.length - text.trimStart().length + 1 : choice < 0.8 && equals >= 0 ? Math.min(text.length, equals + 2) : Math.floor(r() * (text.length + 1));
		out.push({ line, character });
	}
	return out;
}

function profileValidation(files: readonly BenchFile[]): void {
	const dir = path.join(__dirname, 'profiles');
	fs.mkdirSync(dir, { recursive: true });
	const session = new Session();
	session.connect();
	for (const file of files) {
		if (!registered(file.kind)) continue;
		const ls = getLanguageService();
		let version = 0;
		session.post('Profiler.enable');
		session.post('Profiler.start');
		for (let i = 0; i < 20; i++) ls.doValidation(TextDocument.create(uriFor(file), file.languageId, ++version, file.text));
		session.post('Profiler.stop', (error, result) => {
			if (!error) fs.writeFileSync(path.join(dir, `${file.kind}.cpuprofile`), JSON.stringify(result.profile));
		});
	}
	session.disconnect();
	process.stderr.write(`  CPU profiles written to ${path.relative(root, dir)}/\n`);
}

// ---------------------------------------------------------------- over LSP

async function startedServer(script: string): Promise<{ client: BenchClient; startup: number }> {
	const client = new BenchClient(script);
	const startup = await client.initialize();
	return { client, startup };
}

async function openAll(client: BenchClient, files: readonly BenchFile[], withDiagnostics: boolean): Promise<Map<string, number>> {
	const times = new Map<string, number>();
	for (const file of files) {
		const uri = uriFor(file);
		const t = performance.now();
		const published = withDiagnostics ? client.diagnosticsFor(uri, 1) : undefined;
		await client.open(uri, file.languageId, file.text);
		if (published) await published;
		else await client.barrier();
		times.set(file.rel, performance.now() - t);
	}
	return times;
}

async function settle(client: BenchClient): Promise<number | undefined> {
	await client.barrier();
	await new Promise((resolve) => setTimeout(resolve, 1000));
	await client.barrier();
	return client.rssKiB();
}

async function overLsp(files: readonly BenchFile[]): Promise<void> {
	process.stderr.write('Over LSP (dist/server.js --stdio)\n');
	const serverScript = path.join(dist, 'server.js');
	if (!fs.existsSync(serverScript)) {
		na('lsp', 'everything', 'dist/server.js is missing (npm run build)');
		return;
	}
	// Start-up: spawn → initialize answered → initialized sent.
	const startups: number[] = [];
	for (let i = 0; i < (quick ? 3 : 7); i++) {
		const { client, startup } = await startedServer(serverScript);
		startups.push(startup);
		await client.shutdown();
	}
	row({ group: 'lsp', metric: 'start-up to initialized', reseal: `median ${ms(median(startups))}`, status: 'info', values: { medianMs: median(startups), samples: startups.length } });

	const { client } = await startedServer(serverScript);
	try {
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { reseal: { validation: { debounceMs: 0 } } } });
		await client.barrier();
		const openTimes = await openAll(client, files, true);
		for (const file of files) {
			const supported = registered(file.kind) !== undefined;
			const t = openTimes.get(file.rel)!;
			const count = client.last.get(uriFor(file))?.diagnostics.length ?? 0;
			row({ group: `lsp ${file.name}`, metric: 'didOpen → publishDiagnostics', reseal: supported ? `${ms(t)} (${count} diagnostics)` : `${ms(t)} (n/a: ${notRegistered(file.kind)})`, status: supported ? 'info' : 'n/a', values: { ms: t, diagnostics: count } });
		}
		// Memory right after opening: one parse per file, as an editor would have it.
		const rss = await settle(client);
		row({ group: 'memory', metric: 'Reseal server RSS, all 4 files open', reseal: rss ? `${(rss / 1024).toFixed(1)} MiB` : 'n/a', status: 'info', values: { rssKiB: rss } });

		// Re-open the big answer file under fresh URIs for a steadier number.
		const inf = files.find((file) => file.kind === 'sysprep-inf')!;
		const reopen: number[] = [];
		for (let i = 0; i < (quick ? 5 : 15); i++) {
			const uri = uriFor(inf, `?copy=${i}`);
			const t = performance.now();
			const published = client.diagnosticsFor(uri, 1);
			await client.open(uri, inf.languageId, inf.text);
			await published;
			reopen.push(performance.now() - t);
			const cleared = client.diagnosticsFor(uri, 0);
			await client.close(uri);
			await cleared;
		}
		row({ group: `lsp ${inf.name}`, metric: `didOpen → publishDiagnostics (${reopen.length} re-opens)`, reseal: latencyText(reopen), status: 'info', values: latencyValues(reopen) });

		for (const file of files) {
			if (!registered(file.kind)) {
				na(`lsp ${file.name}`, 'didChange / completion / hover', notRegistered(file.kind));
				continue;
			}
			await editLatency(client, file);
			await requestLatency(client, file, 'textDocument/completion', 'completion');
			await requestLatency(client, file, 'textDocument/hover', 'hover');
		}
		const after = await settle(client);
		row({
			group: 'memory',
			metric: 'Reseal server RSS after the edit/request storm',
			reseal: after ? `${(after / 1024).toFixed(1)} MiB` : 'n/a',
			target: '≤ 100 MiB',
			status: after ? (after <= 100 * 1024 ? 'PASS' : 'MISS') : 'n/a',
			values: { rssKiB: after },
		});

		// Memory baseline: the same documents in a featureless server.
		const minimal = await minimalServerScript();
		if (typeof minimal !== 'string' || !rss) {
			na('memory', 'Reseal RSS / minimal server RSS', typeof minimal === 'string' ? 'Reseal RSS unavailable' : minimal.reason);
		} else {
			const { client: base } = await startedServer(minimal);
			try {
				await openAll(base, files, false);
				const baseRss = await settle(base);
				if (!baseRss) na('memory', 'Reseal RSS / minimal server RSS', '/proc unavailable');
				else {
					const ratio = rss / baseRss;
					row({
						group: 'memory',
						metric: 'resident memory, all files open',
						reseal: `${(rss / 1024).toFixed(1)} MiB`,
						baseline: `minimal server ${(baseRss / 1024).toFixed(1)} MiB`,
						ratio: `${ratio.toFixed(2)}×`,
						target: '≤ 1.3×',
						status: ratio <= 1.3 ? 'PASS' : 'MISS',
						values: { resealKiB: rss, minimalKiB: baseRss, ratio },
					});
				}
			} finally {
				await base.shutdown();
			}
		}
	} finally {
		await client.shutdown();
	}
}

async function editLatency(client: BenchClient, file: BenchFile): Promise<void> {
	const uri = uriFor(file);
	const lines = file.text.split(/\r?\n/);
	const r = prng(lines.length);
	const samples: number[] = [];
	let version = 1;
	let counts = 0;
	for (let i = 0; i < requestCount; i++) {
		// Insert one character, then take it out again, so the text stays realistic.
		const line = Math.floor(r() * lines.length);
		const character = Math.min(lines[line]!.length, 1);
		version++;
		const insert = { range: { start: { line, character }, end: { line, character } }, text: 'x' };
		const t = performance.now();
		const published = client.diagnosticsFor(uri, version);
		await client.change(uri, version, [insert]);
		counts = (await published).diagnostics.length;
		samples.push(performance.now() - t);
		version++;
		const remove = { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
		const restored = client.diagnosticsFor(uri, version);
		await client.change(uri, version, [remove]);
		await restored;
	}
	const p95 = percentile(samples, 95);
	row({
		group: `lsp ${file.name}`,
		metric: 'didChange → publishDiagnostics (1 char, debounce 0)',
		reseal: latencyText(samples),
		target: 'p95 ≤ 12 ms + debounce',
		status: p95 <= 12 ? 'PASS' : 'MISS',
		values: { ...latencyValues(samples), lastDiagnostics: counts },
	});
}

async function requestLatency(client: BenchClient, file: BenchFile, method: string, label: string): Promise<void> {
	const uri = uriFor(file);
	const positions = requestPositions(file, requestCount);
	const samples: number[] = [];
	let items = 0;
	for (let i = 0; i < 10; i++) await client.connection.sendRequest(method, { textDocument: { uri }, position: positions[i] });
	for (const position of positions) {
		const t = performance.now();
		const result = (await client.connection.sendRequest(method, { textDocument: { uri }, position })) as { items?: unknown[] } | null;
		samples.push(performance.now() - t);
		if (result && Array.isArray(result.items)) items += result.items.length;
	}
	const p99 = percentile(samples, 99);
	row({
		group: `lsp ${file.name}`,
		metric: `${label} latency (${samples.length} requests)`,
		reseal: latencyText(samples) + (label === 'completion' ? ` · ${(items / samples.length).toFixed(0)} items avg` : ''),
		target: 'p99 ≤ 5 ms',
		status: p99 <= 5 ? 'PASS' : 'MISS',
		values: latencyValues(samples),
	});
}

/** Bundles bench/minimalServer.ts with esbuild (like the real server) into a temp folder. */
async function minimalServerScript(): Promise<string | { reason: string }> {
	try {
		const { build } = await import('esbuild');
		const outfile = path.join(os.tmpdir(), `reseal-bench-minimal-${process.pid}.js`);
		await build({ entryPoints: [path.join(__dirname, 'minimalServer.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
		cleanups.push(() => fs.rmSync(outfile, { force: true }));
		return outfile;
	} catch (error) {
		return { reason: `cannot bundle bench/minimalServer.ts (${error instanceof Error ? error.message : String(error)})` };
	}
}

// ---------------------------------------------------------------- CLI

function wall(command: string, args: string[], cwd = root, env: NodeJS.ProcessEnv = process.env): { ms: number; status: number | null; stderr: string } {
	const t = performance.now();
	const run = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { ms: performance.now() - t, status: run.status, stderr: run.stderr ?? '' };
}

function cliCheck(files: readonly BenchFile[], generatedDir: string): void {
	process.stderr.write('CLI: reseal check\n');
	const cli = path.join(dist, 'cli.js');
	if (!fs.existsSync(cli)) {
		na('cli', 'reseal check', 'dist/cli.js is missing');
		return;
	}
	const corpus = path.resolve(root, '../shared/corpus');
	const targets: { label: string; args: string[] }[] = [];
	if (fs.existsSync(corpus)) targets.push({ label: `../shared/corpus (${countFiles(corpus)} files)`, args: [corpus] });
	else targets.push({ label: 'examples/', args: [path.join(root, 'examples')] });
	targets.push({ label: `generated inputs (${files.length} files, ${files.reduce((n, f) => n + f.text.split(/\r?\n/).length, 0)} lines)`, args: [generatedDir] });
	// Start-up: one small file, runs interleaved with `node -e 0` so both see the same load.
	const small = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-small-'));
	cleanups.push(() => fs.rmSync(small, { recursive: true, force: true }));
	const smallFile = path.join(small, 'reseal.bat');
	fs.writeFileSync(smallFile, '@echo off\r\nrem Reseals the image.\r\nnet stop wuauserv\r\ncd /d C:\\Sysprep\r\nsysprep -reseal -mini -quiet\r\n');
	const bare: number[] = [];
	const one: number[] = [];
	const cold: number[] = [];
	let oneStatus: number | null = null;
	// On Node 22.1 and later the bin turns on Node's compile cache in the user's cache folder
	// (server/src/io/compileCache.ts); a private folder for this run, warmed once, stands for every run
	// after the first of a version. Node 20 has no compile cache: there both rows measure the same.
	const cacheHome = path.join(small, 'cache');
	const warmEnv = { ...process.env, RESEAL_NO_COMPILE_CACHE: '', XDG_CACHE_HOME: cacheHome };
	const coldEnv = { ...process.env, RESEAL_NO_COMPILE_CACHE: '1' };
	wall(process.execPath, [cli, 'check', '--format', 'json', smallFile], root, warmEnv);
	for (let i = 0; i < (quick ? 5 : 15); i++) {
		bare.push(wall(process.execPath, ['-e', '0']).ms);
		const run = wall(process.execPath, [cli, 'check', '--format', 'json', smallFile], root, warmEnv);
		one.push(run.ms);
		oneStatus = run.status;
		cold.push(wall(process.execPath, [cli, 'check', '--format', 'json', smallFile], root, coldEnv).ms);
	}
	const extra = median(one) - median(bare);
	row({
		group: 'cli',
		metric: `reseal check of one small file (median of ${one.length}, interleaved)`,
		reseal: `${ms(median(one))} wall (exit ${oneStatus})`,
		baseline: `node -e 0 ${ms(median(bare))}`,
		ratio: `+${ms(extra)}`,
		target: '≤ node -e 0 + 15 ms',
		status: extra <= 15 ? 'PASS' : 'MISS',
		values: { medianMs: median(one), nodeStartMs: median(bare), extraMs: extra },
	});
	row({
		group: 'cli',
		metric: 'the same without the compile cache (first run of a version, RESEAL_NO_COMPILE_CACHE=1, or Node 20)',
		reseal: `${ms(median(cold))} wall`,
		baseline: `node -e 0 ${ms(median(bare))}`,
		ratio: `+${ms(median(cold) - median(bare))}`,
		status: 'info',
		values: { medianMs: median(cold), nodeStartMs: median(bare), extraMs: median(cold) - median(bare) },
	});
	const node = { ms: median(bare) };
	for (const target of targets) {
		const times: number[] = [];
		let status: number | null = null;
		for (let i = 0; i < (quick ? 2 : 5); i++) {
			const run = wall(process.execPath, [cli, 'check', '--format', 'json', ...target.args]);
			times.push(run.ms);
			status = run.status;
		}
		row({ group: 'cli', metric: `reseal check ${target.label}`, reseal: `${ms(median(times))} wall (exit ${status})`, baseline: `node -e 0 ${ms(node.ms)}`, status: 'info', values: { medianMs: median(times), exit: status ?? undefined, nodeStartMs: node.ms } });
	}
}

function countFiles(dir: string): number {
	let n = 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) n += countFiles(path.join(dir, entry.name));
		else if (entry.isFile() && !entry.name.endsWith('.md')) n++;
	}
	return n;
}

// ---------------------------------------------------------------- bundle

/** The committed PE fixtures (built by scripts/build-pe-fixtures.sh). */
function peFixtureDir(): string | { reason: string } {
	const dir = path.join(root, 'test/fixtures/bundle/bin');
	return fs.existsSync(path.join(dir, 'x86-5.2', 'sysprep.exe')) ? dir : { reason: `${dir} is missing` };
}

const driverClasses = ['net', 'video', 'storage', 'chipset', 'audio', 'usb', 'printer', 'modem'];

/** A workspace with a minimal valid Sysprep.inf and `megabytes` of drivers in Sysprep/drivers/<class>/<device>/. */
function generateWorkspace(ws: string, pe: string, megabytes: number): { files: number; bytes: number } {
	const r = prng(1024);
	const sys = path.join(ws, 'Sysprep');
	fs.mkdirSync(sys, { recursive: true });
	for (const exe of ['sysprep.exe', 'setupcl.exe', 'factory.exe']) fs.copyFileSync(path.join(pe, 'x86-5.2', exe), path.join(sys, exe));
	const pool = Buffer.alloc(8 * 1024 * 1024);
	for (let i = 0; i < pool.length; i += 4) pool.writeUInt32LE((r() * 0x100000000) >>> 0, i);
	const budget = megabytes * 1024 * 1024;
	let bytes = 0;
	let files = 0;
	let device = 0;
	const used = new Set<string>();
	while (bytes < budget) {
		const cls = driverClasses[Math.floor(r() * driverClasses.length)]!;
		const name = `${cls}${device++}_${Math.floor(r() * 0xffff).toString(16)}`;
		used.add(cls);
		const dir = path.join(sys, 'drivers', cls, name);
		fs.mkdirSync(dir, { recursive: true });
		const infText = `[Version]\r\nSignature="$Windows NT$"\r\nClass=${cls}\r\nProvider=%Vendor%\r\nDriverVer=0${1 + Math.floor(r() * 9)}/15/2006,5.${Math.floor(r() * 99)}.0.0\r\n\r\n[Strings]\r\nVendor="Bench Devices ${device}"\r\n`;
		fs.writeFileSync(path.join(dir, `${name}.inf`), infText.repeat(1 + Math.floor(r() * 40)));
		bytes += infText.length;
		files++;
		const parts: [string, number][] = [
			['.sys', 20_000 + Math.floor(r() * r() * 3_000_000)],
			['.cat', 4_000 + Math.floor(r() * 16_000)],
		];
		if (r() < 0.5) parts.push(['.dll', 100_000 + Math.floor(r() * r() * 6_000_000)]);
		if (r() < 0.08) parts.push(['.cab', 5_000_000 + Math.floor(r() * 25_000_000)]);
		for (const [ext, size] of parts) {
			const fd = fs.openSync(path.join(dir, `${name}${ext}`), 'w');
			let left = size;
			while (left > 0) {
				const chunk = Math.min(left, pool.length);
				const offset = Math.floor(r() * (pool.length - chunk + 1));
				fs.writeSync(fd, pool, offset, chunk);
				left -= chunk;
			}
			fs.closeSync(fd);
			bytes += size;
			files++;
		}
	}
	const driverPath = [...used].sort().map((cls) => `Sysprep\\drivers\\${cls}`).join(';');
	const inf = ['[Unattended]', 'OemSkipEula=Yes', `OemPnPDriversPath=${driverPath}`, 'DriverSigningPolicy=Ignore', '', '[GuiUnattended]', 'OEMSkipRegional=1', 'OemSkipWelcome=1', 'TimeZone=085', '', '[UserData]', 'FullName="Build Team"', 'OrgName="Example"', 'ComputerName=*', '', '[Identification]', 'JoinWorkgroup=BUILD', '', '[Networking]', 'InstallDefaultComponents=Yes', ''].join('\r\n');
	fs.writeFileSync(path.join(sys, 'Sysprep.inf'), inf);
	return { files: files + 4, bytes };
}

function bundleBench(): void {
	process.stderr.write('Bundle\n');
	const megabytes = Number(process.env.BENCH_BUNDLE_MB ?? '1024');
	if (!Number.isFinite(megabytes) || megabytes <= 0) {
		na('bundle', 'reseal bundle vs cp -r + sha256sum', 'skipped (BENCH_BUNDLE_MB=0)');
		return;
	}
	const cli = path.join(dist, 'cli.js');
	const help = spawnSync(process.execPath, [cli, 'bundle', '--help'], { encoding: 'utf8' });
	if (!fs.existsSync(path.join(root, 'server/src/io/bundleWriter.ts')) || help.status !== 0) {
		na('bundle', 'reseal bundle vs cp -r + sha256sum', 'the bundle builder is not ready (reseal bundle --help failed)');
		return;
	}
	const pe = peFixtureDir();
	if (typeof pe !== 'string') {
		na('bundle', 'reseal bundle vs cp -r + sha256sum', pe.reason);
		return;
	}
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-bundle-'));
	const cleanup = () => fs.rmSync(work, { recursive: true, force: true });
	cleanups.push(cleanup);
	try {
		const ws = path.join(work, 'ws');
		const t = performance.now();
		const tree = generateWorkspace(ws, pe, megabytes);
		process.stderr.write(`  generated ${tree.files} files, ${(tree.bytes / 1048576).toFixed(0)} MiB in ${ms(performance.now() - t)}\n`);
		const runs = megabytes <= 256 ? 3 : 1;
		const baseline: number[] = [];
		const bundle: number[] = [];
		let failure: string | undefined;
		for (let i = 0; i < runs && !failure; i++) {
			const copy = path.join(work, 'copy');
			const b = wall('bash', ['-c', 'cp -r "$1/Sysprep" "$2" && find "$2" -type f -print0 | xargs -0 sha256sum > /dev/null', 'bench', ws, copy]);
			if (b.status !== 0) failure = `cp/sha256sum failed: ${b.stderr.trim()}`;
			baseline.push(b.ms);
			fs.rmSync(copy, { recursive: true, force: true });
			const out = path.join(work, 'out');
			const run = wall(process.execPath, [cli, 'bundle', ws, '--out', out]);
			if (run.status !== 0) failure = `reseal bundle exited ${run.status}: ${(run.stderr || '').trim().split('\n').slice(0, 3).join(' / ')}`;
			bundle.push(run.ms);
			fs.rmSync(out, { recursive: true, force: true });
		}
		if (failure) {
			na('bundle', 'reseal bundle vs cp -r + sha256sum', failure);
			return;
		}
		const ratio = median(bundle) / median(baseline);
		row({
			group: 'bundle',
			metric: `reseal bundle, ${(tree.bytes / 1048576).toFixed(0)} MiB in ${tree.files} files`,
			reseal: ms(median(bundle)),
			baseline: `cp -r + sha256sum ${ms(median(baseline))}`,
			ratio: `${ratio.toFixed(2)}×`,
			target: '≤ 1.5×',
			status: ratio <= 1.5 ? 'PASS' : 'MISS',
			values: { bundleMs: median(bundle), baselineMs: median(baseline), ratio, files: tree.files, bytes: tree.bytes, runs },
		});
	} finally {
		cleanup();
	}
}

// ---------------------------------------------------------------- main

const cleanups: (() => void)[] = [];

/** `reseal check --image` of a 5 GB sparse install.wim: the metadata read must not depend on the image's size. */
function imageBench(): void {
	process.stderr.write('CLI: reseal check --image (5 GB sparse install.wim)\n');
	const cli = path.join(dist, 'cli.js');
	const fixture = path.join(root, 'test/fixtures/images/client.wim');
	if (!fs.existsSync(cli) || !fs.existsSync(fixture)) {
		na('cli', 'reseal check --image of a 5 GB install.wim', 'dist/cli.js or the image fixture is missing');
		return;
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-image-'));
	cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
	const source = fs.readFileSync(fixture);
	const big = path.join(dir, 'install.wim');
	const fd = fs.openSync(big, 'w');
	try {
		// The fixture's header and XML, moved to the end of a 5 GB sparse file.
		const header = Buffer.from(source.subarray(0, 208));
		const at = 5 * 1024 ** 3;
		header.writeBigUInt64LE(BigInt(at), 80);
		fs.writeSync(fd, header, 0, header.length, 0);
		fs.writeSync(fd, source, Number(source.readBigUInt64LE(80)), Number(source.readBigUInt64LE(88)), at);
	} finally {
		fs.closeSync(fd);
	}
	const ws = path.join(dir, 'ws');
	fs.mkdirSync(ws);
	fs.writeFileSync(
		path.join(ws, 'autounattend.xml'),
		'<unattend xmlns="urn:schemas-microsoft-com:unattend"><settings pass="windowsPE"><component name="Microsoft-Windows-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"><ImageInstall><OSImage><InstallFrom><MetaData wcm:action="add"><Key>/IMAGE/NAME</Key><Value>Windows 11 Pro</Value></MetaData></InstallFrom></OSImage></ImageInstall></component></settings></unattend>\n',
	);
	const withImage: number[] = [];
	const without: number[] = [];
	let status: number | null = null;
	for (let i = 0; i < (quick ? 3 : 9); i++) {
		const run = wall(process.execPath, [cli, 'check', '--format', 'json', '--image', big, ws]);
		withImage.push(run.ms);
		status = run.status;
		without.push(wall(process.execPath, [cli, 'check', '--format', 'json', ws]).ms);
	}
	const extra = median(withImage) - median(without);
	row({
		group: 'cli',
		metric: `reseal check --image of a 5 GB sparse install.wim (median of ${withImage.length}, interleaved)`,
		reseal: `${ms(median(withImage))} wall (exit ${status})`,
		baseline: `without --image ${ms(median(without))}`,
		ratio: `+${ms(extra)}`,
		target: 'metadata read ≤ 50 ms',
		status: extra <= 50 && status === 0 ? 'PASS' : 'MISS',
		values: { medianMs: median(withImage), withoutMs: median(without), extraMs: extra },
	});
}

function printTable(): void {
	const header = ['Area', 'Metric', 'Reseal', 'Baseline', 'Ratio', 'Target', 'Result'];
	const body = rows.map((r) => [r.group, r.metric, r.reseal, r.baseline ?? '', r.ratio ?? '', r.target ?? '', r.status === 'info' ? '' : r.status]);
	const widths = header.map((h, i) => Math.min(i === 1 ? 60 : 70, Math.max(h.length, ...body.map((b) => b[i]!.length))));
	const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	console.log(line(header));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
	const started = performance.now();
	const files = generateAll();
	const generatedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-inputs-'));
	cleanups.push(() => fs.rmSync(generatedDir, { recursive: true, force: true }));
	writeAll(generatedDir, files);
	const loadBefore = os.loadavg()[0]!;
	process.stderr.write(`Reseal bench — node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(2)}${quick ? ', quick' : ''}\n`);
	if (loadBefore > os.cpus().length * 0.5) process.stderr.write('  note: the machine is busy; latencies (p95/p99 above all) will be noisy\n');
	inProcess(files);
	tagsBench(quick);
	await overLsp(files);
	cliCheck(files, generatedDir);
	await workspaceBench(path.join(dist, 'server.js'), files);
	peerBench(path.join(dist, 'cli.js'), quick);
	logBench(path.join(dist, 'cli.js'), quick);
	bundleBench();
	imageBench();
	printTable();
	const results = {
		date: new Date().toISOString(),
		node: process.version,
		platform: `${os.platform()} ${os.release()}`,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model,
		quick,
		loadAverage: { start: loadBefore, end: os.loadavg()[0] },
		bundleMegabytes: Number(process.env.BENCH_BUNDLE_MB ?? '1024'),
		registeredKinds: [...kindServices.keys()],
		inputs: files.map((f) => ({ file: f.rel, kind: f.kind, lines: f.text.split(/\r?\n/).length, chars: f.text.length })),
		rows,
		durationMs: performance.now() - started,
	};
	fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	const missed = rows.filter((r) => r.status === 'MISS').length;
	const passed = rows.filter((r) => r.status === 'PASS').length;
	const unavailable = rows.filter((r) => r.status === 'n/a').length;
	console.log(`\nLoad average ${loadBefore.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end, ${os.cpus().length} CPUs.`);
	console.log(`${passed} targets met, ${missed} missed, ${unavailable} not measured; ${((performance.now() - started) / 1000).toFixed(0)} s. Results: bench/results.json`);
}

main()
	.catch((error: unknown) => {
		console.error(error instanceof Error ? error.stack : String(error));
		process.exitCode = 1;
	})
	.finally(() => {
		for (const cleanup of cleanups.reverse()) {
			try {
				cleanup();
			} catch {
				// Best effort.
			}
		}
	});
