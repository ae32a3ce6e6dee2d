/**
 * IO: loads a CommonJS bundle through V8's code cache, so that a short CLI run
 * does not spend most of its time compiling the one-megabyte bundle again.
 *
 * Node 20 has no built-in compile cache (`module.enableCompileCache` came in
 * Node 22), so this does what it does: compile with `vm.Script` and the
 * `cachedData` of an earlier run, and write fresh data at exit when there was
 * none or V8 rejected it. The cache lives in the user's own cache folder
 * (never a shared temporary folder: cached code is code), in a folder only the
 * user can write, named by the bundle's build hash, the V8 version and the
 * architecture. Anything unusual — no cache folder, a folder someone else can
 * write, an unreadable or rejected file — falls back to a plain `require`.
 * `RESEAL_NO_COMPILE_CACHE=1` turns it off.
 */
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The folder for cache files, or undefined when there is no private place for them. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
	if (env.RESEAL_NO_COMPILE_CACHE) return undefined;
	let base: string | undefined;
	if (platform === 'win32') base = env.LOCALAPPDATA;
	else if (platform === 'darwin') base = join(homedir(), 'Library', 'Caches');
	else base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return base ? join(base, 'reseal', 'compile-cache') : undefined;
}

/** Someone else's file or folder, or one others may write into, could hand us their code. */
function ownedAndUnshared(stat: Stats): boolean {
	return process.platform === 'win32' || (stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0);
}

/** Creates the folder (owner-only) and says whether it is safe to read code from. */
function privateFolder(dir: string): boolean {
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	const stat = statSync(dir);
	return stat.isDirectory() && ownedAndUnshared(stat);
}

function readIfPrivate(file: string): Buffer | undefined {
	try {
		return ownedAndUnshared(statSync(file)) ? readFileSync(file) : undefined;
	} catch {
		return undefined;
	}
}

function writeAtomically(file: string, data: Buffer): void {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, data, { mode: 0o600 });
		renameSync(temporary, file);
	} catch {
		try {
			unlinkSync(temporary);
		} catch {
			// Nothing was written.
		}
	}
}

/**
 * `require(file)`, compiled with the code cache when one can be used. `buildId`
 * names this exact bundle (its content hash, fixed at build time).
 */
export function requireCached(file: string, buildId: string): unknown {
	let cacheFile: string | undefined;
	try {
		const dir = compileCacheDir();
		if (dir && /^[\w-]+$/.test(buildId) && privateFolder(dir)) cacheFile = join(dir, `${buildId}-v8-${process.versions.v8.replace(/[^\w.-]/g, '_')}-${process.arch}.bin`);
	} catch {
		cacheFile = undefined;
	}
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	if (!cacheFile) return require(file);
	let script: Script;
	let cached: Buffer | undefined;
	try {
		// The build checks that the bundle is ASCII (esbuild escapes the rest), so Latin-1 reads it
		// the same as UTF-8 and skips decoding a megabyte.
		const source = readFileSync(file, 'latin1');
		cached = readIfPrivate(cacheFile);
		// The shebang line is not JavaScript inside the module wrapper.
		const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
		script = new Script(Module.wrap(body), { filename: file, cachedData: cached });
	} catch {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		return require(file);
	}
	if (!cached || script.cachedDataRejected) {
		// At exit the functions this run compiled are in the data too, so the next run compiles almost nothing.
		process.once('exit', () => {
			try {
				writeAtomically(cacheFile, script.createCachedData());
			} catch {
				// A cache that cannot be written only costs the next run its speed.
			}
		});
	}
	const target = new Module(file);
	target.filename = file;
	const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
	run.call(target.exports, target.exports, createRequire(file), target, file, dirname(file));
	target.loaded = true;
	return target.exports;
}
