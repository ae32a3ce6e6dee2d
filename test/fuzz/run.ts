/**
 * `npm run fuzz`: the robustness properties of `harness.ts` at volume.
 *
 * The case budget (FUZZ_CASES, default 100,000) is split evenly over every
 * registered kind × property and run in parallel worker processes (one per
 * core, FUZZ_JOBS to override). FUZZ_SEED fixes the seed (default: time-based,
 * printed so a failure can be replayed with FUZZ_SEED=<seed>). Prints the
 * cases and time of each job and the total; exits 1 on the first
 * counterexample, with the shrunk input and the stack.
 *
 *   FUZZ_CASES=2000 npm run fuzz                  # a quick look
 *   FUZZ_ONLY=sysprep-inf:edits npm run fuzz      # one job
 */
import { spawn } from 'node:child_process';
import * as os from 'node:os';
import fc from 'fast-check';
import { property, propertyNames, registeredKinds, type PropertyName } from './harness';
import type { DocumentKind } from '../../server/src/services/kindService';

interface Job {
	readonly kind: DocumentKind;
	readonly property: PropertyName;
	readonly runs: number;
	readonly seed: number;
}

interface JobResult {
	readonly job: Job;
	readonly ok: boolean;
	readonly ms: number;
	readonly runs: number;
	readonly report?: string;
}

function runJob(job: Job): JobResult {
	const started = performance.now();
	const details = fc.check(property(job.kind, job.property), { numRuns: job.runs, seed: job.seed, endOnFailure: false });
	const ms = performance.now() - started;
	if (!details.failed) return { job, ok: true, ms, runs: details.numRuns };
	const error = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
	const report = [
		`Counterexample (seed ${details.seed}, path "${details.counterexamplePath}", shrunk ${details.numShrinks} times):`,
		fc.stringify(details.counterexample),
		error,
	].join('\n');
	return { job, ok: false, ms, runs: details.numRuns, report };
}

async function main(): Promise<number> {
	if (process.argv[2] === '--worker') {
		const job = JSON.parse(process.argv[3]!) as Job;
		process.stdout.write(`${JSON.stringify(runJob(job))}\n`);
		return 0;
	}
	const total = Number(process.env.FUZZ_CASES ?? 100_000);
	const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
	const only = process.env.FUZZ_ONLY?.split(',');
	const kinds = registeredKinds();
	let pairs = kinds.flatMap((kind) => propertyNames.map((p) => ({ kind, property: p })));
	if (only) pairs = pairs.filter((p) => only.some((o) => `${p.kind}:${p.property}`.includes(o)));
	const perJob = Math.ceil(total / pairs.length);
	const jobs: Job[] = pairs.map((p, i) => ({ ...p, runs: perJob, seed: seed + i }));
	const parallel = Number(process.env.FUZZ_JOBS ?? Math.max(1, os.availableParallelism?.() ?? os.cpus().length));
	console.log(`reseal fuzz: ${jobs.length} jobs (${kinds.join(', ')} × ${propertyNames.join(', ')}), ${perJob} cases each, ${parallel} in parallel, seed ${seed}`);
	const started = performance.now();
	const results: JobResult[] = [];
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < jobs.length) {
			const job = jobs[next++]!;
			const result = await spawnJob(job);
			results.push(result);
			const status = result.ok ? 'ok  ' : 'FAIL';
			console.log(`  ${status} ${`${job.kind}:${job.property}`.padEnd(28)} ${String(result.runs).padStart(7)} cases ${(result.ms / 1000).toFixed(1).padStart(7)} s  (seed ${job.seed})`);
			if (result.report) console.log(result.report.replace(/^/gm, '       '));
		}
	};
	await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, worker));
	const cases = results.reduce((n, r) => n + r.runs, 0);
	const failed = results.filter((r) => !r.ok);
	console.log(`reseal fuzz: ${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${failed.length} failing job(s)${failed.length > 0 ? `: ${failed.map((r) => `${r.job.kind}:${r.job.property}`).join(', ')}` : ''}`);
	return failed.length > 0 ? 1 : 0;
}

function spawnJob(job: Job): Promise<JobResult> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [...process.execArgv, __filename, '--worker', JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('exit', (code, signal) => {
			const line = stdout.trim().split('\n').pop() ?? '';
			try {
				resolve(JSON.parse(line) as JobResult);
			} catch {
				resolve({ job, ok: false, ms: 0, runs: 0, report: `worker died (code ${code}, signal ${signal}):\n${stderr}${stdout}` });
			}
		});
	});
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error);
		process.exitCode = 2;
	},
);
