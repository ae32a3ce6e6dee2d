/**
 * IO: reading files below a folder without following links — every folder on
 * the way and the file itself — for the bundle reader and writer
 * (`bundleWriter.ts`), which must never copy a file from outside the workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** The real path of a folder the user named (the user may name it through a link; nothing below it is followed). */
export function realFolder(folder: string): string {
	// The JavaScript realpath (lstat per component), not `.native`: the same answer on every platform, wine included.
	try {
		return fs.realpathSync(path.resolve(folder));
	} catch {
		return path.resolve(folder);
	}
}

/** Linux names an open file's real path under /proc; elsewhere the lstat comparisons below stand alone. */
const procFd = process.platform === 'linux' && fs.existsSync('/proc/self/fd') ? '/proc/self/fd' : undefined;

/**
 * Opens the regular file `rel` (`/`-separated) below the real folder `root`
 * for reading without following a link in any component: each folder on the
 * way is checked with `lstat`, the file is opened with `O_NOFOLLOW`, its
 * `fstat` identity must be the one `lstat` saw, and the folders must still be
 * the same folders afterwards (on Linux the kernel's own path of the open file
 * must also be `root/rel`). A link swapped in at any point makes it throw.
 */
export function openInside(root: string, rel: string): number {
	const parts = rel.split('/');
	if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))) {
		throw new Error(`${rel} is not a plain workspace path`);
	}
	const folders: { abs: string; st: fs.BigIntStats }[] = [];
	let abs = root;
	for (const part of parts.slice(0, -1)) {
		abs = path.join(abs, part);
		const st = fs.lstatSync(abs, { bigint: true });
		if (!st.isDirectory()) {
			throw new Error(`${rel}: ${path.relative(root, abs)} is ${st.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; links are never followed`);
		}
		folders.push({ abs, st });
	}
	const file = path.join(abs, parts[parts.length - 1]!);
	const seen = fs.lstatSync(file, { bigint: true });
	if (!seen.isFile()) {
		throw new Error(`${rel} is ${seen.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; links are never followed`);
	}
	const fd = fs.openSync(file, fs.constants.O_RDONLY | O_NOFOLLOW);
	try {
		const st = fs.fstatSync(fd, { bigint: true });
		const same = (a: fs.BigIntStats, b: fs.BigIntStats): boolean => a.dev === b.dev && a.ino === b.ino;
		if (!st.isFile() || !same(st, seen)) {
			throw new Error(`${rel} changed while it was opened`);
		}
		for (const f of folders) {
			const again = fs.lstatSync(f.abs, { bigint: true });
			if (!again.isDirectory() || !same(again, f.st)) {
				throw new Error(`${rel}: ${path.relative(root, f.abs)} changed while it was opened`);
			}
		}
		if (procFd && fs.readlinkSync(`${procFd}/${fd}`) !== file) {
			throw new Error(`${rel} does not lie where it was listed`);
		}
		return fd;
	} catch (e) {
		fs.closeSync(fd);
		throw e;
	}
}

export function readNoFollow(root: string, rel: string): Uint8Array | undefined {
	let fd: number | undefined;
	try {
		fd = openInside(root, rel);
		return fs.readFileSync(fd);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}

/** The size of the regular file `rel` below `root`, found as `openInside` finds it; undefined when it cannot be opened so. */
export function sizeNoFollow(root: string, rel: string): number | undefined {
	let fd: number | undefined;
	try {
		fd = openInside(root, rel);
		return fs.fstatSync(fd).size;
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) {
			fs.closeSync(fd);
		}
	}
}
