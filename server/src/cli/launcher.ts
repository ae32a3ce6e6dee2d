/**
 * CLI: the `reseal` bin. It only loads the CLI bundle (`dist/cli-main.js`)
 * through the compile cache and runs it; everything else lives in `cli.ts`.
 * Kept apart so that this small file is all Node compiles before the cache
 * takes over.
 */
import { join } from 'node:path';
import { requireCached } from '../io/compileCache';

/** The content hash of `dist/cli-main.js`, set by `scripts/build.mjs`. */
declare const RESEAL_CLI_BUILD_ID: string;

const cli = requireCached(join(__dirname, 'cli-main.js'), RESEAL_CLI_BUILD_ID) as typeof import('../cli');
cli.runProcess();
