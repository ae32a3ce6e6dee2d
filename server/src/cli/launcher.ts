/**
 * CLI: the `reseal` bin. It turns on Node's compile cache (`io/compileCache.ts`)
 * and then loads the CLI bundle (`dist/cli-main.js`) and runs it; everything
 * else lives in `cli.ts`. Kept apart because the cache covers only modules
 * loaded after it is turned on: this small file is all Node compiles without it.
 */
import { join } from 'node:path';
import { enableCompileCache } from '../io/compileCache';

enableCompileCache();
// A computed path, so esbuild leaves the bundle to Node's loader instead of inlining it here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cli = require(join(__dirname, 'cli-main.js')) as typeof import('../cli');
cli.runProcess();
