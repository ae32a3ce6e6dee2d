// Bundles the extension client, the language server and the CLI with esbuild.
// `vscode` stays external: the editor provides it at run time.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const production = process.argv.includes('--production');
const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	sourcemap: production ? false : 'linked',
	minify: production,
	logLevel: 'warning',
	define: { RESEAL_VERSION: JSON.stringify(version) },
};

await Promise.all([
	build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
	build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
	build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-main.js', banner: { js: '#!/usr/bin/env node' } }),
]);
// The `reseal` bin is a small launcher that loads cli-main.js through V8's code cache
// (server/src/io/compileCache.ts); the cache files are named by this hash of the bundle.
// The launcher reads the bundle as Latin-1 (no UTF-8 decoding of a megabyte), which is the same text
// only for ASCII. esbuild's default ASCII charset escapes every other character in strings, regular
// expressions and templates, so what is left is in comments: make those '?' (one UTF-16 unit each,
// so the source map's columns stay right).
const cliBundle = Buffer.from(readFileSync('dist/cli-main.js', 'utf8').replace(/[\u0080-\uffff]/g, '?'), 'latin1');
writeFileSync('dist/cli-main.js', cliBundle);
const cliBuildId = createHash('sha256').update(cliBundle).digest('hex').slice(0, 20);
await build({ ...common, sourcemap: false, entryPoints: ['server/src/cli/launcher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: { ...common.define, RESEAL_CLI_BUILD_ID: JSON.stringify(cliBuildId) } });
for (const file of ['dist/server.js', 'dist/cli.js', 'dist/cli-main.js']) chmodSync(file, 0o755);
// The launcher has no source map; do not leave one from an older build beside it.
rmSync('dist/cli.js.map', { force: true });
