/**
 * Bench rows for Setup and Sysprep logs: `reseal check` of a generated 30 MB
 * setupact.log whose only failure is on its last line (target: under 2 s), and
 * the child's peak memory next to the same check of a 10 MB log, so "memory
 * stays flat" is a number: the analysis keeps no object per line, so the peak
 * grows with the text Node must hold, not with the lines.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, ms, na, row } from './report';

/** Panther lines of the kinds a long Setup log is made of, with an error now and then, and one failure at the end. */
export function generateSetupLog(megabytes: number): string {
	const stamp = '2024-02-03 10:11:12, ';
	const noise = [
		`${stamp}Info                  CSI    00000042 Perf: component store operation finished in 12 ms`,
		`${stamp}Info                  CBS    Exec: Processing complete, session: 30987654_123456789, package: Package_for_RollupFix~31bf3856ad364e35~amd64~~19041.1.1`,
		`${stamp}Info       [0x0f004d] SYSPRP The time is now 2024-02-03 10:11:12`,
		`${stamp}Info                         [SETUPUGC.EXE] Found run command in registry: will continue execution without examining exit code`,
		`${stamp}Warning               MOUPG  CSetupDiagnostics::ReportData - Not reporting WINDLP data point [0x2002]`,
		`${stamp}Error                        Failed to delete \\\\?\\C:\\windows.old\\WINDOWS\\System32\\example.dll. hr = 0x80070005`,
		'    Host OS Type: Client',
	];
	const parts: string[] = [];
	let size = 0;
	let i = 0;
	while (size < megabytes * 1024 * 1024) {
		const line = noise[i % noise.length];
		parts.push(line);
		size += line.length + 2;
		i++;
	}
	parts.push(`${stamp}Error                 SYSPRP BitLocker-Sysprep: BitLocker is on for the OS volume. Turn BitLocker off to run Sysprep. (0x80310039)`);
	return `${parts.join('\r\n')}\r\n`;
}

export function logBench(cli: string, quick: boolean): void {
	process.stderr.write('Setup logs: reseal check of generated setupact.log files\n');
	if (!fs.existsSync(cli)) {
		na('setup-log', 'reseal check of a 30 MB log', 'dist/cli.js is missing');
		return;
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bench-logs-'));
	try {
		// Reports the child's peak resident memory when it exits.
		const probe = path.join(dir, 'max-rss.cjs');
		fs.writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`maxrss ${u.maxRSS} cpu ${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`); });\n");
		const measured: Record<number, { ms: number; cpuMs: number; rssMB: number; found: boolean; exit: number | null }> = {};
		for (const megabytes of [10, 30]) {
			const folder = path.join(dir, `${megabytes}mb`, 'Panther');
			fs.mkdirSync(folder, { recursive: true });
			const file = path.join(folder, 'setupact.log');
			fs.writeFileSync(file, generateSetupLog(megabytes));
			const times: number[] = [];
			const cpu: number[] = [];
			let rss = 0;
			let found = false;
			let exit: number | null = null;
			for (let run = 0; run < (quick ? 2 : 5); run++) {
				const started = performance.now();
				const result = spawnSync(process.execPath, ['--require', probe, cli, 'check', '--format', 'json', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
				times.push(performance.now() - started);
				exit = result.status;
				rss = Math.max(rss, Number(/maxrss (\d+)/.exec(result.stderr ?? '')?.[1] ?? '0') / 1024);
				cpu.push(Number(/cpu ([\d.]+)/.exec(result.stderr ?? '')?.[1] ?? 'NaN'));
				found = (result.stdout ?? '').includes('log.bitlocker-on');
			}
			measured[megabytes] = { ms: median(times), cpuMs: median(cpu), rssMB: rss, found, exit };
		}
		const big = measured[30];
		const small = measured[10];
		row({
			group: 'setup-log',
			metric: `reseal check of a 30 MB setupact.log, failure on its last line (median of ${quick ? 2 : 5})`,
			reseal: `${ms(big.ms)} wall, ${ms(big.cpuMs)} CPU, failure ${big.found ? 'found' : 'MISSED'} (exit ${big.exit})`,
			baseline: `10 MB: ${ms(small.ms)} wall, ${ms(small.cpuMs)} CPU; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`,
			target: '< 2000 ms and found',
			status: big.found && big.ms < 2000 ? 'PASS' : 'MISS',
			values: { ms30: big.ms, cpuMs30: big.cpuMs, ms10: small.ms, cpuMs10: small.cpuMs, found30: String(big.found), load: os.loadavg()[0] },
		});
		row({
			group: 'setup-log',
			metric: 'peak memory of that check (child maxRSS)',
			reseal: `${big.rssMB.toFixed(0)} MB for 30 MB`,
			baseline: `${small.rssMB.toFixed(0)} MB for 10 MB`,
			ratio: `${((big.rssMB - small.rssMB) / 20).toFixed(1)} MB per extra MB of log`,
			status: 'info',
			values: { rss30MB: big.rssMB, rss10MB: small.rssMB },
		});
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** `node --import tsx bench/logBench.ts`: only these rows. */
if (require.main === module) logBench(path.resolve(__dirname, '../dist/cli.js'), process.env.BENCH_QUICK === '1');
