/**
 * IO: turns on Node's own compile cache (`module.enableCompileCache`, Node 22.1
 * and later) for the CLI bundle, so that a short CLI run does not spend most of
 * its time compiling a megabyte of JavaScript again. Node keys each entry by the
 * file name, checks the source's length and CRC-32 and the entry's CRC-32 before
 * V8 sees it, and writes through a `mkstemp` file renamed into place; Reseal
 * only chooses the folder. Node does not check who can write there, and cached
 * code is code: the folder is used only when every folder on its real path,
 * from `/` down, belongs to the user or root and nobody else can change it, so
 * nothing can be swapped between this check and Node's write at exit.
 * Node 20 has no compile cache and loads without one; `RESEAL_NO_COMPILE_CACHE=1`
 * keeps it off.
 */
import { chmodSync, lstatSync, mkdirSync, realpathSync, type Stats } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';

/** The folder for cache files, or undefined when there is no place for them. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
	if (env.RESEAL_NO_COMPILE_CACHE) return undefined;
	let base: string | undefined;
	if (platform === 'win32') base = env.LOCALAPPDATA;
	else if (platform === 'darwin') base = join(homedir(), 'Library', 'Caches');
	else base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return base ? join(base, 'reseal', 'compile-cache') : undefined;
}

/** What `lstat` tells about one folder on the path. */
export type FolderStat = Pick<Stats, 'uid' | 'mode' | 'isDirectory' | 'isSymbolicLink'>;

/**
 * Why someone other than `uid` (and root) could change what is at `folder`, or
 * undefined when nobody can. `ancestor` is true for a folder above the cache
 * folder: there a sticky, world-writable folder (`/tmp`) is fine, because others
 * can add names to it but not rename or remove ours; the cache folder itself
 * must be closed to everyone else, because Node creates its subfolder with the
 * user's umask.
 */
export function unsafeFolder(folder: string, stat: FolderStat, uid: number, ancestor: boolean): string | undefined {
	if (stat.isSymbolicLink()) return `${folder} is a link`;
	if (!stat.isDirectory()) return `${folder} is not a folder`;
	if (stat.uid !== uid && stat.uid !== 0) return `${folder} belongs to user ${stat.uid}`;
	if (!ancestor) return (stat.mode & 0o077) === 0 ? undefined : `${folder} is open to other users`;
	if ((stat.mode & 0o022) === 0 || (stat.mode & 0o1000) !== 0) return undefined;
	return `${folder} is writable by other users`;
}

/** Every folder from the root down to `path`, `path` last. */
function foldersDown(path: string): string[] {
	const { root } = parse(path);
	const out = [root];
	let current = root;
	for (const part of path.slice(root.length).split(sep).filter(Boolean)) {
		current = join(current, part);
		out.push(current);
	}
	return out;
}

/**
 * Creates `dir` (owner-only) and returns its real path when it and every folder
 * above it, both as named and after links are resolved, pass `unsafeFolder`; or
 * why not. Folders are checked from the root down before anything below them is
 * trusted, and missing ones are created one at a time with `mkdir`, which never
 * follows a link: a name someone else planted is found and refused, never used.
 */
export function privateFolder(dir: string, uid: number): { path: string } | { refused: string } {
	const wanted = resolve(dir);
	const planted = plantedOnPath(wanted, uid);
	if (planted) return { refused: planted };
	let existing = wanted;
	const missing: string[] = [];
	for (;;) {
		try {
			existing = realpathSync.native(existing);
			break;
		} catch {
			const parent = dirname(existing);
			if (parent === existing) return { refused: `no folder of ${dir} exists` };
			missing.unshift(basename(existing));
			existing = parent;
		}
	}
	const folders = foldersDown(existing);
	for (const name of missing) folders.push(join(folders[folders.length - 1]!, name));
	for (let i = 0; i < folders.length; i++) {
		const folder = folders[i]!;
		const last = i === folders.length - 1;
		if (i >= folders.length - missing.length) {
			try {
				mkdirSync(folder, { mode: 0o700 });
			} catch (error) {
				// A name that appeared meanwhile is checked below like any other.
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { refused: `cannot create ${folder}` };
			}
		}
		let stat = lstatSync(folder);
		// The user's own cache folder with read access for others (an old umask) is closed rather than refused.
		if (last && stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) !== 0) {
			chmodSync(folder, 0o700);
			stat = lstatSync(folder);
		}
		const reason = unsafeFolder(folder, stat, uid, !last);
		if (reason) return { refused: reason };
	}
	// Once more, for a name planted while the folders were made; the real path, which Node gets, is not affected by later ones.
	const late = plantedOnPath(wanted, uid);
	return late ? { refused: late } : { path: folders[folders.length - 1]! };
}

/** The path as named: a link or folder that another user made on it is refused, not followed. */
function plantedOnPath(path: string, uid: number): string | undefined {
	for (const folder of foldersDown(path)) {
		let stat: Stats;
		try {
			stat = lstatSync(folder);
		} catch {
			return undefined;
		}
		if (stat.uid !== uid && stat.uid !== 0) return `${folder} belongs to user ${stat.uid}`;
	}
	return undefined;
}

type EnableCompileCache = (dir: string) => { status: number; message?: string; directory?: string };

/**
 * Turns on Node's compile cache in the user's private cache folder, for the
 * modules loaded after this call. Returns the folder, or why there is none;
 * never throws, since a missing cache only costs speed.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): { directory: string } | { off: string } {
	const enable = (Module as unknown as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
	if (typeof enable !== 'function') return { off: `Node ${process.version} has no compile cache` };
	const dir = compileCacheDir(env);
	if (!dir) return { off: env.RESEAL_NO_COMPILE_CACHE ? 'RESEAL_NO_COMPILE_CACHE is set' : 'no cache folder' };
	try {
		let folder = dir;
		if (process.platform === 'win32') {
			// %LOCALAPPDATA% is the user's own, closed to other users by its ACL.
			mkdirSync(dir, { recursive: true });
		} else {
			const checked = privateFolder(dir, process.getuid?.() ?? -1);
			if ('refused' in checked) return { off: checked.refused };
			folder = checked.path;
		}
		const result = enable(folder);
		// Status 1 is ENABLED, 2 ALREADY_ENABLED (NODE_COMPILE_CACHE chose a folder), 3 DISABLED (NODE_DISABLE_COMPILE_CACHE).
		return result.status === 1 ? { directory: result.directory ?? folder } : { off: result.message ?? `status ${result.status}` };
	} catch {
		return { off: 'the cache folder cannot be used' };
	}
}
