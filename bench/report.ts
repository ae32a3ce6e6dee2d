/**
 * Bench support: the rows of the result table and the sampling helpers every
 * part of the bench shares.
 */
import { performance } from 'node:perf_hooks';

export type Status = 'PASS' | 'MISS' | 'info' | 'n/a';
export interface Row {
	readonly group: string;
	readonly metric: string;
	readonly reseal: string;
	readonly baseline?: string;
	readonly ratio?: string;
	readonly target?: string;
	readonly status: Status;
	readonly values?: Record<string, number | string | undefined>;
}
export const rows: Row[] = [];

export function row(r: Row): void {
	rows.push(r);
	const mark = r.status === 'info' ? '' : ` [${r.status}]`;
	process.stderr.write(`  ${r.group} · ${r.metric}: ${r.reseal}${r.baseline ? ` vs ${r.baseline}` : ''}${r.ratio ? ` (${r.ratio})` : ''}${mark}\n`);
}

export function na(group: string, metric: string, reason: string): void {
	row({ group, metric, reseal: `n/a: ${reason}`, status: 'n/a' });
}

export function ms(value: number): string {
	return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

export function percentile(samples: readonly number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export function latencyText(samples: readonly number[]): string {
	return `p50 ${ms(percentile(samples, 50))} · p95 ${ms(percentile(samples, 95))} · p99 ${ms(percentile(samples, 99))}`;
}

export function latencyValues(samples: readonly number[]): Record<string, number> {
	return { n: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), max: Math.max(...samples) };
}

/** Runs `fn` until both `minIterations` and `minMs` are reached (after a warm-up); returns per-run milliseconds. */
export function sample(fn: () => unknown, minIterations: number, minMs: number, maxIterations = 2000): number[] {
	for (let i = 0; i < 3; i++) fn();
	const out: number[] = [];
	const start = performance.now();
	while (out.length < maxIterations && (out.length < minIterations || performance.now() - start < minMs)) {
		const t = performance.now();
		fn();
		out.push(performance.now() - t);
	}
	return out;
}

