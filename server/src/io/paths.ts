/**
 * IO: file paths and `file:` URIs the way the host OS means them. On Windows
 * a path compares case-insensitively (`C:\Work` is `c:\work`), a URI from VS
 * Code looks like `file:///c%3A/Work/Sysprep.inf`, and a file URI needs three
 * slashes before the drive letter. Every function takes the path flavour
 * (`path.win32` or `path.posix`) so Linux tests can reproduce Windows.
 */
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type PathFlavour = nodePath.PlatformPath;

const isWindows = (p: PathFlavour): boolean => p.sep === '\\';

/** The comparable form of a path (a map key): absolute, normalised, and on Windows lower-cased without a trailing separator. */
export function pathKey(file: string, p: PathFlavour = nodePath): string {
	return comparable(file, p);
}

function comparable(file: string, p: PathFlavour): string {
	let normal = p.resolve(file);
	if (normal.length > 1 && normal.endsWith(p.sep) && p.dirname(normal) !== normal) normal = normal.slice(0, -1);
	return isWindows(p) ? normal.toLowerCase() : normal;
}

/** Whether two paths name the same file (case-insensitively on Windows). */
export function samePath(a: string, b: string, p: PathFlavour = nodePath): boolean {
	return comparable(a, p) === comparable(b, p);
}

/** Whether `child` lies strictly inside the folder `folder` (case-insensitively on Windows). */
export function isInside(folder: string, child: string, p: PathFlavour = nodePath): boolean {
	const parent = comparable(folder, p);
	const inner = comparable(child, p);
	return inner !== parent && inner.startsWith(parent.endsWith(p.sep) ? parent : parent + p.sep);
}

/** The `file:` URI of an absolute path: `file:///C:/Sysprep/a%20b.inf` on Windows, `file:///work/x` elsewhere. */
export function fileUri(absolute: string, p: PathFlavour = nodePath): string {
	return pathToFileURL(absolute, { windows: isWindows(p) }).href;
}

/**
 * The path of a `file:` URI, or undefined for other schemes and malformed URIs.
 * Accepts VS Code's `file:///c%3A/…` and the plain `file:///C:/…` alike.
 */
export function pathOfUri(uri: string, p: PathFlavour = nodePath): string | undefined {
	if (!/^file:/i.test(uri)) return undefined;
	try {
		return fileURLToPath(uri, { windows: isWindows(p) });
	} catch {
		return undefined;
	}
}

/** A relative path as a URI reference with `/` separators (each segment percent-encoded). */
export function relativeUri(relative: string, p: PathFlavour = nodePath): string {
	return relative.split(isWindows(p) ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}

/** The deepest of `roots` that contains `file`, or undefined. */
export function rootOf(file: string, roots: readonly string[], p: PathFlavour = nodePath): string | undefined {
	return roots.filter((root) => isInside(root, file, p)).sort((a, b) => b.length - a.length)[0];
}
