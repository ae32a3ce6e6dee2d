/**
 * Bench: the peer side by side. Blinter (a Python batch-file linter, `pip install
 * blinter`) lints the same generated 2,838-line and 5,000-line scripts that Reseal
 * validates, once in process (its `lint_batch_file`, median of a few runs after a
 * warm-up) and once as a whole process (its command line against `reseal check`).
 * When the package is not importable the peer rows say how to get it and are skipped;
 * Reseal's own numbers are still printed.
 *
 * `BENCH_PYTHON` chooses the interpreter (default `python3`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/languageService';
import { batchScriptExact } from './generate';
import { median, ms, na, row, sample } from './report';

const python = process.env.BENCH_PYTHON ?? 'python3';

// Times lint_batch_file in the interpreter: one warm-up, then `runs` runs; prints JSON.
const inProcessScript = `
import json, statistics, sys, time
from blinter import lint_batch_file
path, runs = sys.argv[1], int(sys.argv[2])
issues = lint_batch_file(path)
times = []
for _ in range(runs):
    t = time.perf_counter()
    issues = lint_batch_file(path)
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"medianMs": statistics.median(times), "issues": len(issues) if issues is not None else None}))
`;

// The console entry point as \`blinter <file>\` would run it, without needing it on PATH.
const wholeProcessScript = `
import sys
import blinter
sys.argv = ["blinter", sys.argv[1]]
sys.exit(blinter.main())
`;

function blinterVersion(): string | { reason: string } {
	const probe = spawnSync(python, ['-c', 'import blinter; print(getattr(blinter, "__version__", "unknown version"))'], { encoding: 'utf8' });
	if (probe.error) return { reason: `${python} is not available (${probe.error.message}); install Python 3 and then \`pip install blinter\`` };
	if (probe.status !== 0) return { reason: `the blinter package is not installed for ${python}: run \`${python} -m pip install blinter\` (needs access to PyPI; set BENCH_PYTHON to use another interpreter) — peer rows skipped` };
	return probe.stdout.trim();
}

function wallMs(command: string, args: string[]): { ms: number; status: number | null; stderr: string } {
	const t = performance.now();
	const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { ms: performance.now() - t, status: run.status, stderr: run.stderr ?? '' };
}

export function peerBench(cliScript: string, quick: boolean): void {
	process.stderr.write('Peer: Blinter on the same scripts\n');
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-peer-'));
	try {
		const version = blinterVersion();
		const ls = getLanguageService();
		for (const lines of [2838, 5000]) {
			const group = `peer ${lines.toLocaleString('en')}-line script`;
			const text = batchScriptExact(lines);
			const file = path.join(work, `peer${lines}.bat`);
			fs.writeFileSync(file, text, 'latin1');
			let documentVersion = 0;
			const uri = `file:///bench/peer/peer${lines}.bat`;
			const ours = median(sample(() => ls.doValidation(TextDocument.create(uri, 'bat', ++documentVersion, text)), quick ? 10 : 30, quick ? 500 : 1500));
			const oursWhole: number[] = [];
			for (let i = 0; i < (quick ? 3 : 5); i++) oursWhole.push(wallMs(process.execPath, [cliScript, 'check', '--format', 'json', file]).ms);
			row({ group, metric: 'Reseal: in process (doValidation) · whole process (reseal check)', reseal: `${ms(ours)} · ${ms(median(oursWhole))} wall`, status: 'info', values: { inProcessMs: ours, wholeProcessMs: median(oursWhole) } });
			if (typeof version !== 'string') {
				na(group, 'Blinter in process / whole process', version.reason);
				continue;
			}
			const runs = quick ? 2 : lines > 3000 ? 3 : 5;
			const inProc = spawnSync(python, ['-c', inProcessScript, file, String(runs)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
			let theirs: number | undefined;
			try {
				theirs = (JSON.parse(inProc.stdout.trim().split('\n').pop() ?? '') as { medianMs: number }).medianMs;
			} catch {
				na(group, 'Blinter in process', `lint_batch_file failed: ${(inProc.stderr || inProc.stdout).trim().split('\n').slice(-2).join(' / ')}`);
			}
			if (theirs !== undefined) {
				const ratio = theirs / ours;
				row({
					group,
					metric: `in process: Blinter ${version} lint_batch_file / Reseal doValidation`,
					reseal: ms(ours),
					baseline: `Blinter ${ms(theirs)}`,
					ratio: `${ratio.toFixed(0)}× faster`,
					target: lines === 2838 ? '≥ 1000×' : undefined,
					status: lines === 2838 ? (ratio >= 1000 ? 'PASS' : 'MISS') : 'info',
					values: { resealMs: ours, blinterMs: theirs, ratio },
				});
			}
			const whole: number[] = [];
			let failure: string | undefined;
			for (let i = 0; i < (quick ? 2 : 3); i++) {
				const run = wallMs(python, ['-c', wholeProcessScript, file]);
				if (run.stderr.includes('Traceback')) failure = run.stderr.trim().split('\n').slice(-1)[0];
				whole.push(run.ms);
			}
			if (failure) {
				na(group, 'Blinter whole process', `blinter crashed: ${failure}`);
				continue;
			}
			const ratio = median(whole) / median(oursWhole);
			row({
				group,
				metric: 'whole process: blinter <file> / reseal check <file>',
				reseal: `${ms(median(oursWhole))} wall`,
				baseline: `Blinter ${ms(median(whole))} wall`,
				ratio: `${ratio.toFixed(1)}× faster`,
				target: lines === 2838 ? '≥ 10×' : undefined,
				status: lines === 2838 ? (ratio >= 10 ? 'PASS' : 'MISS') : 'info',
				values: { resealMs: median(oursWhole), blinterMs: median(whole), ratio },
			});
		}
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}
