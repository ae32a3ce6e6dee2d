/**
 * Bundle layer (pure): the workspace as the planner sees it. A listing plus
 * lazy reads (`WorkspaceReader`: in-memory files in tests, `io/bundleWriter.ts`
 * on disk), indexed by lower-case path, by file name and by folder; unsafe
 * paths and names that differ only in case are set aside for the checks.
 */
import { maxFileBytes } from '../util/decode';
import { byDepth, baseName, dirName, normalizeRelative, unsafePathReason } from './windowsPath';

/** One entry of a workspace listing; paths are workspace-relative with `/`. */
export interface WorkspaceEntry {
	readonly path: string;
	readonly type: 'file' | 'directory' | 'symlink' | 'other';
	readonly size?: number;
	/** The link text of a symbolic link (never followed). */
	readonly linkTarget?: string;
}

/** Lazy access to a workspace: the planner reads only the files it analyses. */
export interface WorkspaceReader {
	entries(): readonly WorkspaceEntry[];
	read(path: string): Uint8Array | undefined;
	/** A file's size without reading it (listings on disk carry none), so oversized files are never read. */
	sizeOf?(path: string): number | undefined;
}

export type InMemoryFile = { readonly path: string; readonly bytes: Uint8Array } | { readonly path: string; readonly symlink: string };

export type WorkspaceInput = readonly InMemoryFile[] | WorkspaceReader;

export interface Index {
	readonly files: Map<string, WorkspaceEntry>;
	readonly byName: Map<string, WorkspaceEntry[]>;
	readonly links: WorkspaceEntry[];
	readonly dirs: Map<string, string>;
	readonly read: (path: string) => Uint8Array | undefined;
	/** The size of a workspace file, when the listing or the reader knows it. */
	readonly sizeOf: (path: string) => number | undefined;
	readonly unsafe: { path: string; reason: string }[];
	/** Workspace files whose paths differ only in case; Windows keeps one of each pair. */
	readonly caseClashes: { kept: string; dropped: string }[];
}


export function toReader(input: WorkspaceInput): WorkspaceReader {
	if (!Array.isArray(input)) {
		return input as WorkspaceReader;
	}
	const list = input as readonly InMemoryFile[];
	const map = new Map<string, Uint8Array>();
	const entries: WorkspaceEntry[] = [];
	for (const f of list) {
		if ('symlink' in f) {
			entries.push({ path: f.path, type: 'symlink', linkTarget: f.symlink });
		} else {
			entries.push({ path: f.path, type: 'file', size: f.bytes.length });
			map.set(f.path, f.bytes);
		}
	}
	return { entries: () => entries, read: (p) => map.get(p) };
}

export function buildIndex(reader: WorkspaceReader): Index {
	const files = new Map<string, WorkspaceEntry>();
	const byName = new Map<string, WorkspaceEntry[]>();
	const links: WorkspaceEntry[] = [];
	const dirs = new Map<string, string>();
	const unsafe: { path: string; reason: string }[] = [];
	const caseClashes: { kept: string; dropped: string }[] = [];
	const addDirs = (p: string): void => {
		let d = dirName(p);
		while (d !== '' && !dirs.has(d.toLowerCase())) {
			dirs.set(d.toLowerCase(), d);
			d = dirName(d);
		}
	};
	for (const raw of reader.entries()) {
		const reason = unsafePathReason(raw.path);
		if (reason) {
			unsafe.push({ path: raw.path, reason });
			continue;
		}
		const path = normalizeRelative(raw.path);
		const entry: WorkspaceEntry = { ...raw, path };
		if (entry.type === 'directory') {
			dirs.set(path.toLowerCase(), path);
			addDirs(path);
		} else if (entry.type === 'symlink') {
			links.push(entry);
			addDirs(path);
		} else if (entry.type === 'file') {
			const clash = files.get(path.toLowerCase());
			if (clash) {
				caseClashes.push({ kept: clash.path, dropped: path });
				continue;
			}
			files.set(path.toLowerCase(), entry);
			const name = baseName(path).toLowerCase();
			const list = byName.get(name) ?? [];
			list.push(entry);
			byName.set(name, list);
			addDirs(path);
		}
	}
	for (const list of byName.values()) {
		list.sort(byDepth);
	}
	const originals = new Map<string, string>();
	for (const e of reader.entries()) {
		originals.set(normalizeRelative(e.path), e.path);
	}
	const original = (p: string): string => originals.get(p) ?? p;
	const sizeOf = (p: string): number | undefined => files.get(p.toLowerCase())?.size ?? reader.sizeOf?.(original(p));
	return { files, byName, links, dirs, read: (p) => reader.read(original(p)), sizeOf, unsafe, caseClashes };
}

/**
 * The bytes of an answer file or script, or its size when it is far larger
 * than one can be (`maxFileBytes`): such a file is never read, so one huge
 * unrelated file cannot exhaust memory or the longest string V8 makes.
 */
export function readTextBytes(index: Index, path: string): Uint8Array | { readonly tooLarge: number } | undefined {
	const size = index.sizeOf(path);
	if (size !== undefined && size > maxFileBytes) {
		return { tooLarge: size };
	}
	return index.read(path);
}

export function tooLargeText(size: number): string {
	return `is ${(size / 1048576).toFixed(1)} MB, far larger than an answer file or script, so it was not read (limit ${maxFileBytes / 1048576} MB)`;
}
