/**
 * Service layer: document links — paths an answer file or script names that
 * resolve to a file of the workspace.
 *
 * The workspace view lists workspace-relative paths; the document's own entry
 * in that list gives the workspace root as a URI prefix, so every link target
 * is an absolute URI without the service touching the disk.
 *
 * How a path resolves:
 * - relative (`other.cmd`, `..\unattend.xml`): against the document's folder;
 * - a run-time path (`C:\Sysprep\i386`, `%SystemDrive%\Drivers\Video`): the
 *   image's layout is not the workspace's, so the longest tail of the path
 *   that names a workspace file or folder wins (`sysprep/i386`, then `i386`).
 *   When several files match the same tail, the one under the document's
 *   folder is taken; otherwise there is no link (Reseal does not guess);
 * - a folder (`OemPnPDriversPath`, `InstallFilesPath`) links to the file a
 *   user wants there: Cmdlines.txt, else the first `.inf`, else its first file.
 */
import type { DocumentLink, Range } from 'vscode-languageserver-types';
import type { WorkspaceView } from './kindService';

export interface LinkCandidate {
	readonly path: string;
	readonly range: Range;
	readonly kind: 'file' | 'folder' | 'unknown';
	/** Only resolve against the document's folder (a bare program name Cmdlines.txt runs from its own folder). */
	readonly localOnly?: boolean;
}

export interface WorkspaceIndex {
	readonly rootUri: string;
	/** The document's folder, workspace-relative (`''` at the root). */
	readonly folder: string;
	readonly files: readonly string[];
	/** Lower-case path → path as listed. */
	readonly byLower: ReadonlyMap<string, string>;
	/** Lower-case folder → its files, in listing order. */
	readonly folders: ReadonlyMap<string, string[]>;
}

const maxIndexedFiles = 20000;

/** The workspace as seen from the document, or undefined when the document is not one of its files. */
export function indexWorkspace(documentUri: string, workspace: WorkspaceView | undefined): WorkspaceIndex | undefined {
	if (!workspace || !documentUri.startsWith('file:')) return undefined;
	let files: readonly string[];
	try {
		files = workspace.listFiles().slice(0, maxIndexedFiles);
	} catch {
		return undefined;
	}
	let path: string;
	try {
		path = decodeURIComponent(new URL(documentUri).pathname).toLowerCase();
	} catch {
		return undefined;
	}
	let self: string | undefined;
	for (const file of files) {
		const lower = file.toLowerCase();
		if ((path === lower || path.endsWith(`/${lower}`)) && (!self || file.length > self.length)) self = file;
	}
	if (self === undefined) return undefined;
	const depth = self.split('/').length;
	const uriParts = documentUri.split('/');
	if (uriParts.length <= depth) return undefined;
	const rootUri = uriParts.slice(0, uriParts.length - depth).join('/');
	const byLower = new Map<string, string>();
	const folders = new Map<string, string[]>();
	for (const file of files) {
		const lower = file.toLowerCase();
		byLower.set(lower, file);
		const parts = lower.split('/');
		for (let i = 1; i < parts.length; i++) {
			const folder = parts.slice(0, i).join('/');
			const list = folders.get(folder) ?? [];
			list.push(file);
			folders.set(folder, list);
		}
	}
	const slash = self.lastIndexOf('/');
	return { rootUri, folder: slash === -1 ? '' : self.slice(0, slash), files, byLower, folders };
}

export function uriOf(index: WorkspaceIndex, file: string): string {
	return `${index.rootUri}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** `a/b/../c` → `a/c`; undefined when it climbs above the workspace. */
function normalise(parts: readonly string[]): string | undefined {
	const out: string[] = [];
	for (const part of parts) {
		if (part === '' || part === '.') continue;
		if (part === '..') {
			if (out.length === 0) return undefined;
			out.pop();
		} else out.push(part);
	}
	return out.join('/');
}

/** The tail segments of a run-time path, or undefined when it is relative. */
function runtimeTail(path: string): string[] | undefined {
	let rest: string | undefined;
	const drive = /^[a-z]:[\\/]?/i.exec(path);
	const variable = /^%[a-z_][\w]*%[\\/]?/i.exec(path);
	const unc = /^\\\\[^\\/]+[\\/][^\\/]+[\\/]?/.exec(path);
	if (drive) rest = path.slice(drive[0].length);
	else if (variable) rest = path.slice(variable[0].length);
	else if (unc) rest = path.slice(unc[0].length);
	else if (/^[\\/]/.test(path)) rest = path.slice(1);
	if (rest === undefined) return undefined;
	return rest.split(/[\\/]+/).filter((part) => part !== '' && part !== '.');
}

/** Programs, drivers and archives: an editor cannot show them, so a link to one is no help. */
const binaryName = /\.(exe|com|dll|sys|ocx|cpl|scr|cab|msi|msu|msp|zip|7z|iso|wim|img|bin|cat|chm|hlp|ico|bmp|jpg|png)$/i;

/** The file a folder link opens. */
function fileInFolder(index: WorkspaceIndex, folder: string): string | undefined {
	const inside = index.folders.get(folder)?.filter((file) => !binaryName.test(file));
	if (!inside || inside.length === 0) return undefined;
	const direct = inside.filter((file) => !file.slice(folder.length + 1).includes('/'));
	const pool = direct.length > 0 ? direct : inside;
	const sorted = [...pool].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
	return sorted.find((file) => /(^|\/)cmdlines\.txt$/i.test(file)) ?? sorted.find((file) => /\.inf$/i.test(file)) ?? sorted[0];
}

function lookup(index: WorkspaceIndex, lower: string, kind: LinkCandidate['kind']): string | undefined {
	if (kind !== 'folder') {
		const file = index.byLower.get(lower);
		if (file) return file;
	}
	if (kind !== 'file' && index.folders.has(lower)) return fileInFolder(index, lower);
	return undefined;
}

/** The workspace file a path names, or undefined. */
export function resolvePath(index: WorkspaceIndex, candidate: LinkCandidate): string | undefined {
	const value = candidate.path.trim().replace(/^"|"$/g, '');
	if (value === '' || value.length > 1024) return undefined;
	const tail = runtimeTail(value);
	// A variable anywhere else is only known at run time.
	if (/[%!]/.test(tail ? tail.join('/') : value)) return undefined;
	if (!tail) {
		const joined = normalise([...index.folder.split('/'), ...value.split(/[\\/]+/)]);
		if (joined === undefined || joined === '') return undefined;
		const local = lookup(index, joined.toLowerCase(), candidate.kind);
		if (local || candidate.localOnly) return local;
	}
	if (candidate.localOnly) return undefined;
	const parts = (tail ?? value.split(/[\\/]+/).filter((part) => part !== '' && part !== '.' && part !== '..')).map((part) => part.toLowerCase());
	for (let start = 0; start < parts.length; start++) {
		const suffix = parts.slice(start).join('/');
		const matches = matchesOf(index, suffix, candidate.kind);
		if (matches.length === 1) return matches[0];
		if (matches.length > 1) {
			const prefix = index.folder === '' ? '' : `${index.folder.toLowerCase()}/`;
			const near = matches.filter((file) => file.toLowerCase().startsWith(prefix));
			return near.length === 1 ? near[0] : undefined;
		}
	}
	return undefined;
}

/** Workspace files (or folders' chosen files) whose path ends with `suffix`. */
function matchesOf(index: WorkspaceIndex, suffix: string, kind: LinkCandidate['kind']): string[] {
	const found = new Set<string>();
	if (kind !== 'folder') {
		for (const [lower, file] of index.byLower) if (lower === suffix || lower.endsWith(`/${suffix}`)) found.add(file);
	}
	if (kind !== 'file' && found.size === 0) {
		for (const folder of index.folders.keys()) {
			if (folder === suffix || folder.endsWith(`/${suffix}`)) {
				const file = fileInFolder(index, folder);
				if (file) found.add(file);
			}
		}
	}
	return [...found];
}

/** Links for the candidates that resolve; each carries its own tooltip. */
export function linksFor(index: WorkspaceIndex | undefined, candidates: readonly LinkCandidate[]): DocumentLink[] {
	if (!index) return [];
	const links: DocumentLink[] = [];
	for (const candidate of candidates) {
		const file = resolvePath(index, candidate);
		if (!file || binaryName.test(file)) continue;
		links.push({ range: candidate.range, target: uriOf(index, file), tooltip: `Open ${file}` });
	}
	return links;
}
