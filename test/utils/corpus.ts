/**
 * Test helpers: run Reseal over the real-world sample files in
 * `../shared/corpus/` through the CLI's own `check` path (file reading,
 * decoding, workspace view, language service) and count the findings.
 *
 * Used by `npm run corpus` (scripts/corpus.ts) and the corpus tests. Generic
 * over every file kind: a file is checked when `kindFromName` knows its name;
 * the folder's own notes (README, COPYING, JSON expectations, schemas, docs)
 * are skipped.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { main, type Finding } from '../../server/src/cli';
import { kindFromName } from '../../server/src/model/documentKind';
import type { DocumentKind } from '../../server/src/services/kindService';

export type Severity = Finding['severity'];
export const severityOrder: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The corpus folder next to the repository (`../shared/corpus`), or undefined when it is absent. */
export function corpusRoot(): string | undefined {
	const root = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
	return existsSync(root) ? root : undefined;
}

export interface CorpusFile {
	/** Absolute path. */
	readonly path: string;
	/** Path relative to the corpus root, with `/`. */
	readonly name: string;
	readonly kind: DocumentKind;
}

/** Names of the corpus's own notes and metadata, never checked. */
const notes = /^(readme|copying|license)(\.|$)|\.(json|md|yaml|yml)$/i;
const noteFolders = new Set(['schema', 'docs', 'node_modules', '.git']);

/** Every checkable file under `root`, sorted by name. */
export function corpusFiles(root: string, under = ''): CorpusFile[] {
	const found: CorpusFile[] = [];
	const walk = (folder: string): void => {
		let names: string[];
		try {
			names = readdirSync(folder).sort();
		} catch {
			return;
		}
		for (const entry of names) {
			const path = join(folder, entry);
			let stat;
			try {
				stat = lstatSync(path);
			} catch {
				continue;
			}
			if (stat.isDirectory()) {
				if (!noteFolders.has(entry.toLowerCase())) walk(path);
				continue;
			}
			if (!stat.isFile() || notes.test(entry)) continue;
			const kind = kindFromName(entry);
			if (kind) found.push({ path, name: relative(root, path).split('\\').join('/'), kind });
		}
	};
	walk(under ? join(root, under) : root);
	return found;
}

export interface CorpusResult {
	readonly files: readonly CorpusFile[];
	/** Findings keyed by the file's corpus-relative name (every file has an entry, maybe empty). */
	readonly findings: ReadonlyMap<string, readonly Finding[]>;
	/** What the CLI wrote to stderr (skipped files, unreadable input). */
	readonly stderr: string;
}

/** Checks the files with `reseal check --format json`, in chunks so the command line stays small. */
export async function checkCorpus(files: readonly CorpusFile[], extraArgs: readonly string[] = []): Promise<CorpusResult> {
	const byPath = new Map(files.map((file) => [file.path, file.name]));
	const findings = new Map<string, Finding[]>(files.map((file) => [file.name, []]));
	let stderr = '';
	const chunk = 200;
	for (let start = 0; start < files.length; start += chunk) {
		let stdout = '';
		await main(['check', '--format', 'json', ...extraArgs, ...files.slice(start, start + chunk).map((file) => file.path)], {
			stdout: (text) => {
				stdout += text;
			},
			stderr: (text) => {
				stderr += text;
			},
		});
		const parsed = stdout.trim() === '' ? [] : (JSON.parse(stdout) as Finding[]);
		for (const finding of parsed) {
			// The CLI shows a path outside the working folder as given: the absolute path.
			const name = byPath.get(finding.file) ?? byPath.get(resolve(finding.file)) ?? finding.file;
			const list = findings.get(name);
			if (list) list.push(finding);
			else findings.set(name, [finding]);
		}
	}
	return { files, findings, stderr };
}

export type SeverityCounts = Record<Severity, number>;

function emptyCounts(): SeverityCounts {
	return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** Findings per code and severity over the whole result. */
export function countByCode(result: CorpusResult): Map<string, SeverityCounts> {
	const counts = new Map<string, SeverityCounts>();
	for (const list of result.findings.values()) {
		for (const finding of list) {
			let entry = counts.get(finding.code);
			if (!entry) counts.set(finding.code, (entry = emptyCounts()));
			entry[finding.severity]++;
		}
	}
	return new Map([...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

export function countsOf(findings: readonly Finding[]): SeverityCounts {
	const counts = emptyCounts();
	for (const finding of findings) counts[finding.severity]++;
	return counts;
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
	return cells.map((cell, index) => (typeof cell === 'number' ? String(cell).padStart(widths[index]) : cell.padEnd(widths[index]))).join('  ').trimEnd();
}

/** The per-code table: one line per code with its count per severity, and a total line. */
export function renderCodeCounts(result: CorpusResult): string {
	const counts = countByCode(result);
	const width = Math.max(12, ...[...counts.keys()].map((code) => code.length));
	const widths = [width, 7, 7, 11, 5];
	const lines = [row(['code', 'error', 'warning', 'information', 'hint'], widths)];
	const total = emptyCounts();
	for (const [code, entry] of counts) {
		lines.push(row([code, entry.error, entry.warning, entry.information, entry.hint], widths));
		for (const severity of severityOrder) total[severity] += entry[severity];
	}
	lines.push(row(['total', total.error, total.warning, total.information, total.hint], widths));
	return lines.join('\n');
}

/**
 * The per-file table: counts per severity for every checked file with a finding
 * (every file with `all`), then how many files of each folder had none.
 */
export function renderFileCounts(result: CorpusResult, all = false): string {
	const names = result.files.map((file) => file.name);
	const width = Math.max(4, ...names.map((name) => name.length));
	const widths = [width, 5, 7, 4, 4];
	const lines = [row(['file', 'error', 'warning', 'info', 'hint'], widths)];
	const clean = new Map<string, number>();
	for (const name of names) {
		const findings = result.findings.get(name) ?? [];
		if (findings.length === 0 && !all) {
			const folder = name.includes('/') ? name.slice(0, name.indexOf('/')) : '.';
			clean.set(folder, (clean.get(folder) ?? 0) + 1);
			continue;
		}
		const counts = countsOf(findings);
		lines.push(row([name, counts.error, counts.warning, counts.information, counts.hint], widths));
	}
	for (const [folder, count] of clean) lines.push(`${folder}/: ${count} more file${count === 1 ? '' : 's'} with no findings`);
	return lines.join('\n');
}
