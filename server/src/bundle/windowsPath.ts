/**
 * Bundle layer (pure): paths. Workspace-relative paths (safety, normalisation,
 * symbolic-link targets) and the Windows paths answer files and scripts name
 * (where they land on the master computer relative to `C:\Sysprep`).
 */
import { windowsNameRules } from '../knowledge/windowsNames';

/** Why a workspace-relative path is unsafe, or undefined when it is fine. */
export function unsafePathReason(path: string): string | undefined {
	if (path.length === 0) {
		return 'the path is empty; workspace paths must stay inside the workspace';
	}
	if (path.includes('\0')) {
		return 'the path contains a NUL character; workspace paths must stay inside the workspace';
	}
	if (/^[a-zA-Z]:/.test(path) || path.startsWith('/') || path.startsWith('\\')) {
		return 'the path is absolute; workspace paths must stay inside the workspace';
	}
	if (path.split(/[\\/]/).some((s) => s === '..')) {
		return 'the path climbs out of the workspace with ..; workspace paths must stay inside the workspace';
	}
	// Listings separate folders with `/`, so a `\` is part of a name (legal on Linux and macOS):
	// Windows would read it as a folder separator, and so would every Windows path in the answer files.
	if (path.includes('\\')) {
		return 'a name contains a backslash, which Windows reads as a folder separator; rename it';
	}
	return undefined;
}

/** Normalises `a\b/./c` to `a/b/c` (no `..` resolution: such paths are refused). */
export function normalizeRelative(path: string): string {
	return path
		.split(/[\\/]+/)
		.filter((s) => s !== '' && s !== '.')
		.join('/');
}

/**
 * Resolves a symbolic link's target lexically against the link's folder.
 * Returns the workspace-relative target, or undefined when it leaves the workspace.
 */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
	if (/^[a-zA-Z]:/.test(target) || target.startsWith('/') || target.startsWith('\\')) {
		return undefined;
	}
	// Workspace paths never hold `..` (unsafePathReason refuses them), so the link's folder and
	// the target resolve as one path; climbing above the workspace gives undefined.
	return segmentsOf(`${dirName(normalizeRelative(linkPath))}/${target}`)?.join('/');
}

/** The last segment of a `/`-separated path. */
export const baseName = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
/** Everything before the last segment of a `/`-separated path ('' at the top). */
export const dirName = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
export const depth = (p: string): number => p.split('/').length;
/** Shallow paths first, then by name: the order in which duplicates are resolved. */
export const byDepth = (a: { path: string }, b: { path: string }): number => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

// ---------------------------------------------------------------------------
// Windows paths of the master computer

export type Resolved =
	| { readonly where: 'bundle'; readonly rel: string }
	| { readonly where: 'system' }
	| { readonly where: 'outside'; readonly path: string }
	| { readonly where: 'unknown'; readonly path: string };

export type PathBase = { readonly kind: 'systemdrive' } | { readonly kind: 'bundle-dir'; readonly dir: string };

const systemVariables = /^%(windir|systemroot|programfiles|commonprogramfiles|programfiles\(x86\)|temp|tmp|userprofile|allusersprofile|appdata|homedrive|homepath|comspec)%/i;
const systemFolders = new Set(['windows', 'winnt', 'program files', 'program files (x86)', 'documents and settings', 'recycler', 'system volume information']);

/** Splits `a\b\..\c` into segments with `.`/`..` resolved; undefined when it climbs above the start. */
function segmentsOf(path: string): string[] | undefined {
	const out: string[] = [];
	for (const seg of path.split(/[\\/]+/)) {
		if (seg === '' || seg === '.') {
			continue;
		}
		if (seg === '..') {
			if (out.length === 0) {
				return undefined;
			}
			out.pop();
		} else {
			out.push(seg);
		}
	}
	return out;
}

/** Where a path from an answer file or script lands on the master computer. */
export function resolveWindowsPath(raw: string, base: PathBase): Resolved {
	let s = raw.trim().replace(/^"+|"+$/g, '').trim().replace(/\//g, '\\');
	s = s.replace(/%systemdrive%/gi, 'C:');
	if (s === '') {
		return { where: 'unknown', path: raw };
	}
	if (systemVariables.test(s)) {
		return { where: 'system' };
	}
	if (/%[^%]+%/.test(s)) {
		return { where: 'unknown', path: raw };
	}
	if (s.startsWith('\\\\')) {
		return { where: 'outside', path: s };
	}
	if (s.startsWith('\\')) {
		s = `C:${s}`;
	}
	const drive = /^([a-zA-Z]):\\?(.*)$/.exec(s);
	if (drive) {
		const segs = segmentsOf(drive[2]!);
		if (!segs || segs.length === 0) {
			return { where: 'system' };
		}
		if (drive[1]!.toUpperCase() !== 'C') {
			return { where: 'outside', path: s };
		}
		const first = segs[0]!.toLowerCase();
		if (first === 'sysprep') {
			return { where: 'bundle', rel: segs.slice(1).join('/') };
		}
		if (systemFolders.has(first)) {
			return { where: 'system' };
		}
		return { where: 'outside', path: `C:\\${segs.join('\\')}` };
	}
	if (base.kind === 'systemdrive') {
		return resolveWindowsPath(`C:\\${s}`, base);
	}
	const segs = segmentsOf(`${base.dir}\\${s}`);
	if (!segs) {
		// Climbs above C:\Sysprep: resolve against C:\ instead.
		const fromRoot = segmentsOf(`sysprep\\${base.dir}\\${s}`);
		return fromRoot ? resolveWindowsPath(`C:\\${fromRoot.join('\\')}`, { kind: 'systemdrive' }) : { where: 'unknown', path: raw };
	}
	return { where: 'bundle', rel: segs.join('/') };
}

/** `C:\\Sysprep\\…` for a bundle-relative path. */
export function winPath(rel: string): string {
	return rel === '' ? 'C:\\Sysprep' : `C:\\Sysprep\\${rel.replace(/\//g, '\\')}`;
}

// ---------------------------------------------------------------------------
// Names Windows can hold

const reservedDevices = new Set(windowsNameRules.reservedDeviceNames.map((n) => n.toLowerCase()));

/** Why Windows cannot hold one file or folder name, or undefined. */
function nameProblem(name: string): string | undefined {
	const control = [...name].find((c) => c.charCodeAt(0) < 32);
	if (control !== undefined) {
		return `${JSON.stringify(name)} holds the control character U+${control.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which Windows names cannot hold`;
	}
	for (const r of windowsNameRules.reservedCharacters) {
		if (name.includes(r.char)) {
			return `${name} holds ${r.char}: ${r.why}`;
		}
	}
	if (/[. ]$/.test(name)) {
		return `${name} ends with a ${name.endsWith('.') ? 'dot' : 'space'}, which Windows drops, so the file would get another name`;
	}
	// `CON.inf`, `con.tar.gz` and `CON .inf` all open the console device, not a file.
	const stem = name.split('.')[0]!.replace(/ +$/, '').toLowerCase();
	if (reservedDevices.has(stem)) {
		return `${name} is the device name ${stem.toUpperCase()}, which Windows reserves in every folder and with any extension`;
	}
	if (name.length > windowsNameRules.maxComponent) {
		return `a name of ${name.length} characters is longer than the ${windowsNameRules.maxComponent} Windows allows`;
	}
	return undefined;
}

/**
 * Why a bundle path (`Sysprep/…`, `/`-separated) cannot exist under `C:\` on
 * the master computer, or undefined: a name Windows cannot hold, or a path
 * past MAX_PATH as Setup reads it (`C:\Sysprep\…`).
 */
export function windowsPathProblem(bundlePath: string): string | undefined {
	for (const name of bundlePath.split('/')) {
		const problem = nameProblem(name);
		if (problem) {
			return problem;
		}
	}
	const full = `C:\\${bundlePath.replace(/\//g, '\\')}`;
	if (full.length > windowsNameRules.maxPath) {
		return `its path on the master computer is ${full.length} characters long, more than the ${windowsNameRules.maxPath} Windows XP and Setup read (MAX_PATH)`;
	}
	const folder = full.slice(0, full.lastIndexOf('\\'));
	if (folder.length > windowsNameRules.maxFolderPath) {
		return `its folder on the master computer is ${folder.length} characters long, more than the ${windowsNameRules.maxFolderPath} Windows XP can create (MAX_PATH minus 12)`;
	}
	return undefined;
}
