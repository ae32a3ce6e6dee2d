/**
 * Service layer: the installation media a workspace holds, read from its file
 * listing — `$OEM$` trees (and where each lands on the installed system),
 * media roots (a folder with `sources\install.wim`), whole MDT deployment
 * shares — and the mapping from a run-time path of the installed system
 * (`%WINDIR%\Setup\Scripts\x.cmd`, `D:\x.cmd`, `%SCRIPTROOT%\x.wsf`) to the
 * workspace files that would carry it. The answer-file and batch checks share
 * it; nothing here reads the disk.
 */
import { carriedLocations, deploymentShareMarker, deploymentShareVariables, locationVariables, oemFolders, oemLocations, systemDriveFolders, type OemFolder, type OemLocation } from '../knowledge/firstBootScripts';
import type { WorkspaceView } from './kindService';

/** One `$OEM$` folder of the workspace. */
export interface OemTree {
	/** Its workspace path, as the listing spells it (`iso/sources/$OEM$`). */
	readonly path: string;
	/** The folder it serves: the media root for `sources/$OEM$`, the share root for MDT's places, else its parent. */
	readonly root: string;
	/** The documented place it sits in, when it is one. */
	readonly location: OemLocation | undefined;
}

/** What the workspace holds of installation media and deployment shares. */
export interface MediaView {
	readonly files: readonly string[];
	/** Lower-cased paths, for lookups. */
	readonly lower: ReadonlySet<string>;
	/** False when the listing was cut short: nothing may be called missing then. */
	readonly complete: boolean;
	readonly oemTrees: readonly OemTree[];
	/** Folders holding `sources/install.wim` (or `.esd`/`.swm`, `boot.wim`) or `sources/$OEM$`. */
	readonly mediaRoots: readonly string[];
	/** Roots of MDT deployment shares whose Scripts folder is in the workspace. */
	readonly deploymentShares: readonly string[];
}

const oemName = /^\$oem\$(?: folders)?$/i;

function parentOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash === -1 ? '' : path.slice(0, slash);
}

function join(folder: string, rest: string): string {
	return folder === '' ? rest : rest === '' ? folder : `${folder}/${rest}`;
}

/** True when `folder` is `ancestor` or lies below it (case-insensitive, `''` is the workspace root). */
export function isWithin(folder: string, ancestor: string): boolean {
	const a = ancestor.toLowerCase();
	const f = folder.toLowerCase();
	return a === '' || f === a || f.startsWith(`${a}/`);
}

/** The documented place of a `$OEM$` folder whose parent is `parent`, and the root it serves. */
function placeOf(parent: string): { location: OemLocation | undefined; root: string } {
	const parts = parent === '' ? [] : parent.split('/');
	for (const location of oemLocations) {
		if (location.parent === '') continue;
		const pattern = location.parent.split('/');
		if (parts.length < pattern.length) continue;
		const tail = parts.slice(parts.length - pattern.length);
		if (pattern.every((part, index) => part === '*' || part.toLowerCase() === tail[index].toLowerCase())) {
			return { location, root: parts.slice(0, parts.length - pattern.length).join('/') };
		}
	}
	return { location: undefined, root: parent };
}

/** The media view of a workspace, or undefined without a listing. */
export function mediaView(workspace: WorkspaceView | undefined): MediaView | undefined {
	if (!workspace) return undefined;
	let files: readonly string[];
	let complete: boolean;
	try {
		files = workspace.listFiles();
		complete = workspace.isComplete?.() ?? true;
	} catch {
		return undefined;
	}
	const cached = views.get(files);
	if (cached && cached.complete === complete) return cached;
	const view = buildView(files, complete);
	views.set(files, view);
	return view;
}

/** One view per listing: every answer file and script of a workspace check reads the same array. */
const views = new WeakMap<readonly string[], MediaView>();

function buildView(files: readonly string[], complete: boolean): MediaView {
	const lower = new Set(files.map((file) => file.toLowerCase()));
	const trees = new Map<string, OemTree>();
	const roots = new Set<string>();
	const shares: string[] = [];
	const marker = `/${deploymentShareMarker.toLowerCase()}`;
	for (const file of files) {
		const parts = file.split('/');
		const at = parts.findIndex((part) => oemName.test(part));
		if (at !== -1 && at < parts.length - 1) {
			const path = parts.slice(0, at + 1).join('/');
			const key = path.toLowerCase();
			if (!trees.has(key)) {
				const parent = parts.slice(0, at).join('/');
				const place = placeOf(parent);
				// A `$OEM$` beside a `sources` folder is at the root of the media, where Setup does not read it.
				trees.set(key, { path, root: place.root, location: place.location ?? (lowerHasFolder(files, join(parent, 'sources')) ? undefined : oemLocations.find((location) => location.parent === '')) });
				if (place.location?.parent === 'sources') roots.add(place.root);
			}
		}
		const name = file.toLowerCase();
		if (/(?:^|\/)sources\/(?:install\.(?:wim|esd|swm)|boot\.wim)$/.test(name)) roots.add(parentOf(parentOf(file)));
		if (name === deploymentShareMarker.toLowerCase() || name.endsWith(marker)) shares.push(file.slice(0, file.length - deploymentShareMarker.length).replace(/\/$/, ''));
	}
	return { files, lower, complete, oemTrees: [...trees.values()], mediaRoots: [...roots], deploymentShares: shares };
}

/** True when some listed file lies below `folder`. */
function lowerHasFolder(files: readonly string[], folder: string): boolean {
	const prefix = `${folder.toLowerCase()}/`;
	return files.some((file) => file.toLowerCase().startsWith(prefix));
}

/** The `$OEM$` tree a workspace file lies in, and its path below the tree (`$$/Setup/Scripts/x.cmd`). */
export function oemTreeOf(view: MediaView, file: string): { tree: OemTree; inner: string } | undefined {
	const key = file.toLowerCase();
	for (const tree of view.oemTrees) {
		const prefix = `${tree.path.toLowerCase()}/`;
		if (key.startsWith(prefix)) return { tree, inner: file.slice(prefix.length) };
	}
	return undefined;
}

/** Where a path below `$OEM$` lands on the installed system (`%WINDIR%\Setup\Scripts\x.cmd`), or the unused folder it is in. */
export function oemDestination(inner: string): { path: string } | { legacy: OemFolder } | undefined {
	const parts = inner.split('/');
	if (parts.length < 2) return undefined;
	const innerLower = inner.toLowerCase();
	const legacy = oemFolders.find((row) => !row.vista && innerLower.startsWith(`${row.folder.replace(/\\/g, '/').toLowerCase()}/`));
	if (legacy) return { legacy };
	const head = parts[0];
	const rest = parts.slice(1).join('\\');
	const row = oemFolders.find((item) => item.vista && item.folder.toLowerCase() === head.toLowerCase());
	if (row?.target) return { path: `${row.target}\\${rest}` };
	if (/^[a-z]$/i.test(head)) return { path: `${head.toUpperCase()}:\\${rest}` };
	return undefined;
}

/**
 * A run-time path with its folder variables written one way: `%SystemRoot%`,
 * `C:\Windows` and `%SystemDrive%\Windows` become `%WINDIR%`, `C:` becomes
 * `%SystemDrive%`; `/` becomes `\`. Quotes are dropped.
 */
export function canonicalPath(path: string): string {
	let text = path.replace(/"/g, '').replace(/\//g, '\\').replace(/\\{2,}/g, '\\');
	// Two rounds: `C:\Windows` may first become `%SystemDrive%\Windows`, then `%WINDIR%`.
	for (let round = 0; round < 2; round++) {
		for (const variable of pathVariables) {
			const name = variable.name.toLowerCase();
			if (text.slice(0, name.length).toLowerCase() === name && (text.length === name.length || text[name.length] === '\\')) {
				text = variable.means + text.slice(name.length);
				break;
			}
		}
	}
	return text;
}

/** The variables longest first, so `C:\Windows` wins over `C:`. */
const pathVariables = [...locationVariables].sort((a, b) => b.name.length - a.name.length);

/** Where a run-time path would come from in the workspace. */
export interface CarrierLookup {
	/** Workspace paths that would carry the file (any one suffices). */
	readonly candidates: readonly string[];
	/** What was looked at, for the message (`the $OEM$ tree at iso/sources/$OEM$`). */
	readonly tree: string;
	/** The path the file would need, for the message (`$$\Setup\Scripts\x.cmd`). */
	readonly wanted: string;
}

/**
 * The workspace places that would carry the file a command runs at `runtime`,
 * for an answer file in `folder`; undefined when the workspace holds no tree
 * for that place (so nothing can be concluded).
 */
export function carriersFor(view: MediaView, runtime: string, folder: string): CarrierLookup | undefined {
	const path = canonicalPath(runtime.trim());
	const lowerPath = path.toLowerCase();
	// MDT: %SCRIPTROOT%\x and %DEPLOYROOT%\x inside a whole deployment share.
	for (const variable of deploymentShareVariables) {
		const name = variable.name.toLowerCase();
		if (!lowerPath.startsWith(`${name}\\`)) continue;
		const shares = view.deploymentShares.filter((share) => isWithin(folder, share));
		if (shares.length === 0) return undefined;
		const rest = path.slice(name.length + 1).replace(/\\/g, '/');
		return { candidates: shares.map((share) => join(join(share, variable.folder), rest)), tree: `the deployment share at '${shares[0] || '.'}'`, wanted: join(variable.folder, rest).replace(/\//g, '\\') };
	}
	if (/%/.test(path)) {
		// Another variable in the path is only known at run time.
		if (!/^%(?:WINDIR|SystemDrive)%\\[^%]*$/i.test(path)) return undefined;
	}
	const trees = view.oemTrees.filter((tree) => tree.location !== undefined && isWithin(folder, tree.root));
	const drive = /^([d-wyz]):\\(.+)$/i.exec(path);
	if (drive) {
		// A removable drive: the media root (or `$OEM$\<letter>` for the installed system's own drive).
		const roots = view.mediaRoots.filter((root) => isWithin(folder, root));
		if (roots.length === 0) return undefined;
		const rest = drive[2].replace(/\\/g, '/');
		const candidates = [...roots.map((root) => join(root, rest)), ...trees.map((tree) => `${tree.path}/${drive[1]}/${rest}`)];
		return { candidates, tree: `the installation media at '${roots[0] || '.'}'`, wanted: drive[2] };
	}
	if (trees.length === 0) return undefined;
	for (const location of carriedLocations) {
		const prefix = canonicalPath(location.prefix).toLowerCase();
		if (!lowerPath.startsWith(prefix)) continue;
		const rest = path.slice(prefix.length);
		if (rest === '' || rest.endsWith('\\')) return undefined;
		const first = rest.split('\\')[0].toLowerCase();
		// `%SystemDrive%\Program Files\…` and the like: Windows or an installer makes those.
		if (prefix === '%systemdrive%\\' && (!rest.includes('\\') ? false : systemDriveFolders.some((name) => name.toLowerCase() === first))) return undefined;
		const restPath = rest.replace(/\\/g, '/');
		const candidates = trees.flatMap((tree) => location.oem.map((oem) => `${tree.path}/${oem.replace(/\\/g, '/')}${restPath}`));
		return { candidates, tree: `the $OEM$ tree at '${trees[0].path}'`, wanted: `${location.oem[0]}${rest}` };
	}
	return undefined;
}
