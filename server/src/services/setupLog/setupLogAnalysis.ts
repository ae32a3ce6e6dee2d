/**
 * Service layer: one pass over a Setup or Sysprep log that finds the known
 * failure signatures (`knowledge/setupLog.ts`), the phases and passes, and
 * summarises the rest.
 *
 * Speed and memory on multi-megabyte logs: the needles of the knowledge table
 * are searched in one pass over the whole text first (`util/multiSearch.ts`),
 * and only lines holding a needle are matched in full. Other lines cost a header read
 * and, for Error/Warning lines, one counter in a bounded table; no object is
 * kept per line.
 */
import { setupLogPhases, setupLogSignatures, setupLogSummaryFacts, type LogSignature } from '../../knowledge/setupLog';
import { emptyView, readLogLine, scanLogLines, type LogLevel, type LogLineView } from '../../model/setupLog';
import type { CodeSeverity } from '../codes/types';
import { setupLogCodes } from '../codes/setupLogCodes';
import { multiSearch } from '../../util/multiSearch';

/** A line quoted by a finding (the decisive line or one that explains it). */
export interface QuotedLine {
	readonly line: number;
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

export interface LogHit {
	readonly signature: LogSignature;
	readonly severity: CodeSeverity;
	readonly at: QuotedLine;
	readonly groups: Readonly<Record<string, string>>;
	/** How many lines matched (a `first` signature counts its repeats here). */
	count: number;
	readonly related: readonly QuotedLine[];
	/** The configuration pass the log was in at this line, when known. */
	readonly pass?: string;
}

export interface LogPhaseSegment {
	readonly name: string;
	readonly startLine: number;
	endLine: number;
}

export interface NoiseGroup {
	readonly key: string;
	readonly level: 'error' | 'warning';
	count: number;
	readonly at: QuotedLine;
}

interface RecentError {
	readonly line: number;
	readonly offset: number;
	readonly length: number;
}

export interface LogFold {
	readonly startLine: number;
	readonly endLine: number;
}

export interface SetupLogModel {
	readonly lineCount: number;
	readonly pantherLines: number;
	readonly hits: readonly LogHit[];
	readonly phases: readonly LogPhaseSegment[];
	readonly passes: readonly { readonly name: string; readonly at: QuotedLine }[];
	readonly cachedAt?: string;
	readonly noise: readonly NoiseGroup[];
	readonly noiseTotals: { readonly error: number; readonly warning: number };
	readonly folds: readonly LogFold[];
}

/** Bounds that keep memory flat whatever the log's size. */
const limits = { hitsPerCode: 200, noiseGroups: 400, folds: 5000, phases: 2000, explainKept: 3, recentErrors: 64, quoted: 240 };

const defaultSeverity = new Map<string, CodeSeverity>(setupLogCodes.map((spec) => [spec.code, spec.severity]));

/** Every substring worth a full look at a line, searched in one pass over the whole text. */
const needleSearch = multiSearch(
	(() => {
		const texts = new Set<string>();
		for (const signature of setupLogSignatures) {
			for (const needle of signature.needles) texts.add(needle);
			for (const needle of signature.explainedBy ?? []) texts.add(needle);
		}
		for (const phase of setupLogPhases) for (const needle of phase.needles) texts.add(needle);
		for (const needle of setupLogSummaryFacts.passes.needles) texts.add(needle);
		for (const needle of setupLogSummaryFacts.cache.needles) texts.add(needle);
		return [...texts];
	})(),
);

/** The line's range, and its text without the time stamp and level (component and message). */
function quote(view: LogLineView): QuotedLine {
	const start = view.startColumn;
	const message = view.panther ? `${view.component ? `${view.component} ` : ''}${view.text.slice(view.messageColumn)}` : view.text.slice(start);
	const text = message.length > limits.quoted ? `${message.slice(0, limits.quoted)}…` : message;
	return { line: view.line, start, end: view.text.length, text: text.trim() };
}

const resultCode = /0x[0-9A-Fa-f]{8}/g;

/** The last 8-digit result code a line holds. */
function lastCode(text: string): string | undefined {
	let found: string | undefined;
	for (const match of text.matchAll(resultCode)) found = match[0];
	return found?.toLowerCase();
}

function levelAllowed(signature: LogSignature, level: LogLevel): boolean {
	if (!signature.levels || level === 'other') return true;
	return (signature.levels as readonly string[]).includes(level);
}

function noiseKey(view: LogLineView): string {
	const message = view.text.slice(view.messageColumn, view.messageColumn + 64);
	let cut = message.length;
	for (const stop of ['\\', "'", '"', '(', ' hr ', '[gle', ' = ']) {
		const at = message.indexOf(stop, 6);
		if (at !== -1 && at < cut) cut = at;
	}
	return `${view.component}|${message.slice(0, cut).replace(/0x[0-9A-Fa-f]+|\d+/g, '#').trim()}`;
}

export function analyseSetupLog(text: string): SetupLogModel {
	const hits: LogHit[] = [];
	const firstHit = new Map<string, LogHit>();
	const distinct = new Map<string, LogHit>();
	const perCode = new Map<string, number>();
	const explain = new Map<LogSignature, QuotedLine[]>();
	const phases: LogPhaseSegment[] = [];
	const passes: { name: string; at: QuotedLine }[] = [];
	const seenPasses = new Set<string>();
	let currentPass: string | undefined;
	let cachedAt: string | undefined;
	const noise = new Map<string, NoiseGroup>();
	const noiseTotals = { error: 0, warning: 0 };
	const folds: LogFold[] = [];
	let pantherLines = 0;
	/** Where the last Error lines are (quoted only when a signature traces a result code back to where it started). */
	const recentErrorSpots: RecentError[] = [];
	// Folding: a run of continuation lines, and a run of plain Info lines of one component.
	let continuationStart = -1;
	let runKey = '';
	let runStart = -1;
	let lastLine = 0;

	const closeRun = (endLine: number) => {
		if (runStart !== -1 && endLine - runStart >= 9 && folds.length < limits.folds) folds.push({ startLine: runStart, endLine });
		runStart = -1;
		runKey = '';
	};

	const lineCount = scanLogLines(text, (view) => {
		lastLine = view.line;
		if (view.panther) pantherLines++;
		// Continuation blocks fold under the entry above them.
		if (view.continuation) {
			if (continuationStart === -1) continuationStart = view.line - 1;
		} else if (continuationStart !== -1) {
			if (view.line - 1 > continuationStart && folds.length < limits.folds) folds.push({ startLine: continuationStart, endLine: view.line - 1 });
			continuationStart = -1;
		}
		// The automaton reads the line in place, from after the time stamp and level (no needle is in them).
		const interesting = needleSearch.occursIn(text, view.offset + view.bodyColumn, view.offset + view.text.length);
		let matched = false;
		if (interesting) matched = matchLine(view);
		if ((view.level === 'error' || view.level === 'fatal' || view.level === 'warning') && !matched) countNoise(view);
		if (view.level === 'error' || view.level === 'fatal') {
			recentErrorSpots.push({ line: view.line, offset: view.offset, length: view.text.length });
			if (recentErrorSpots.length > limits.recentErrors) recentErrorSpots.shift();
		}
		if (view.level === 'info' && !matched) {
			const key = `${view.component}|${view.tag}`;
			if (key !== runKey) {
				closeRun(view.line - 1);
				runKey = key;
				runStart = view.line;
			}
		} else if (!view.continuation) closeRun(view.line - 1);
	});
	closeRun(lastLine);
	if (continuationStart !== -1 && lastLine > continuationStart && folds.length < limits.folds) folds.push({ startLine: continuationStart, endLine: lastLine });
	if (phases.length > 0) phases[phases.length - 1].endLine = Math.max(phases[phases.length - 1].startLine, lastLine);

	function countNoise(view: LogLineView): void {
		const level = view.level === 'warning' ? 'warning' : 'error';
		noiseTotals[level]++;
		const key = `${level}|${noiseKey(view)}`;
		const group = noise.get(key);
		if (group) group.count++;
		else if (noise.size < limits.noiseGroups) noise.set(key, { key, level, count: 1, at: quote(view) });
	}

	function matchLine(view: LogLineView): boolean {
		const line = view.text;
		let matched = false;
		for (const phase of setupLogPhases) {
			if (!phase.needles.some((needle) => line.includes(needle))) continue;
			const last = phases[phases.length - 1];
			if (last?.name === phase.name) break;
			if (last) last.endLine = Math.max(last.startLine, view.line - 1);
			if (phases.length < limits.phases) phases.push({ name: phase.name, startLine: view.line, endLine: view.line });
			break;
		}
		const passFact = setupLogSummaryFacts.passes;
		if (passFact.needles.some((needle) => line.includes(needle))) {
			const groups = passFact.pattern.exec(line)?.groups;
			const name = groups?.a ?? groups?.b ?? groups?.c;
			if (name) {
				currentPass = name;
				if (!seenPasses.has(name.toLowerCase())) {
					seenPasses.add(name.toLowerCase());
					passes.push({ name, at: quote(view) });
				}
			}
		}
		if (!cachedAt && line.includes(setupLogSummaryFacts.cache.needles[0])) cachedAt = setupLogSummaryFacts.cache.pattern.exec(line)?.groups?.file;
		for (const signature of setupLogSignatures) {
			if (signature.needles.some((needle) => line.includes(needle)) && levelAllowed(signature, view.level)) {
				const groups = signature.pattern ? signature.pattern.exec(line)?.groups : {};
				if (groups) {
					matched = true;
					record(signature, view, groups);
					continue;
				}
			}
			if (signature.explainedBy?.some((needle) => line.includes(needle))) {
				const kept = explain.get(signature) ?? [];
				kept.push(quote(view));
				if (kept.length > (signature.report === 'each' ? 1 : limits.explainKept)) kept.shift();
				explain.set(signature, kept);
			}
		}
		return matched;
	}

	function record(signature: LogSignature, view: LogLineView, rawGroups: Record<string, string | undefined>): void {
		const groups: Record<string, string> = {};
		for (const [name, value] of Object.entries(rawGroups)) if (value !== undefined && value !== '') groups[name] = value;
		const ignore = signature.ignoreWhen;
		if (ignore && ignore.pattern.test(groups[ignore.group] ?? '')) {
			// A success (exit code 0): its explaining line is used up too.
			explain.delete(signature);
			return;
		}
		if (signature.report === 'first') {
			const first = firstHit.get(signature.code);
			if (first) {
				first.count++;
				return;
			}
		}
		let distinctKey: string | undefined;
		if (signature.report === 'each-distinct') {
			distinctKey = `${signature.code}|${(groups.file ?? groups.package ?? groups.module ?? view.text.slice(view.messageColumn)).toLowerCase()}`;
			const seen = distinct.get(distinctKey);
			if (seen) {
				seen.count++;
				return;
			}
		}
		const used = perCode.get(signature.code) ?? 0;
		if (used >= limits.hitsPerCode) return;
		perCode.set(signature.code, used + 1);
		const related = [...(explain.get(signature) ?? [])];
		if (signature.traceErrorCode) traceCode(groups, related);
		if (signature.explainedByErrors) {
			for (const item of recentErrors().slice(-signature.explainedByErrors)) if (!related.some((kept) => kept.line === item.line)) related.push(item);
			related.sort((a, b) => a.line - b.line);
		}
		if (signature.report === 'each') explain.delete(signature);
		const capture = signature.explainCapture;
		if (capture) {
			for (const item of related) for (const [name, value] of Object.entries(capture.exec(item.text)?.groups ?? {})) if (value) groups[name] ??= value;
		}
		const hit: LogHit = { signature, severity: defaultSeverity.get(signature.code) ?? 'information', at: quote(view), groups, count: 1, related, pass: groups.pass ?? currentPass };
		hits.push(hit);
		if (signature.report === 'first') firstHit.set(signature.code, hit);
		if (distinctKey) distinct.set(distinctKey, hit);
	}

	/** The chain of Error lines that carry the last error's result code: its first line and the last one. */
	function recentErrors(): QuotedLine[] {
		const view = emptyView();
		return recentErrorSpots.map((spot) => {
			readLogLine(text.slice(spot.offset, spot.offset + spot.length), spot.line, spot.offset, false, view);
			return quote(view);
		});
	}

	function traceCode(groups: Record<string, string>, related: QuotedLine[]): void {
		const errors = recentErrors();
		const last = errors[errors.length - 1];
		const code = last ? lastCode(last.text) : undefined;
		if (!last || !code) return;
		let origin = errors.length - 1;
		while (origin > 0 && errors[origin - 1].text.toLowerCase().includes(code)) origin--;
		groups.value ??= code.replace(/^0x/, '0x').toUpperCase().replace(/^0X/, '0x');
		groups.origin = String(errors[origin].line + 1);
		related.push(errors[origin]);
		if (origin !== errors.length - 1) related.push(last);
	}

	const reported = new Set(hits.map((hit) => hit.signature.code));
	const kept = hits.filter((hit) => !hit.signature.supersededBy?.some((code) => reported.has(code)));
	const groups = [...noise.values()].sort((a, b) => b.count - a.count || a.at.line - b.at.line);
	return { lineCount, pantherLines, hits: kept, phases, passes, cachedAt, noise: groups, noiseTotals, folds };
}
