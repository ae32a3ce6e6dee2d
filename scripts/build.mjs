// Bundles the extension client, the language server and the CLI with esbuild.
// `vscode` stays external: the editor provides it at run time.
import { build } from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';

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
// The `reseal` bin is a small launcher that turns on Node's compile cache (server/src/io/compileCache.ts)
// and then loads cli-main.js, so that the cache covers the bundle.
await build({ ...common, sourcemap: false, entryPoints: ['server/src/cli/launcher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
for (const file of ['dist/server.js', 'dist/cli.js', 'dist/cli-main.js']) chmodSync(file, 0o755);
// The launcher has no source map; do not leave one from an older build beside it.
rmSync('dist/cli.js.map', { force: true });
