/**
 * IO: the one walk over a workspace folder, used by `reseal check` (folder
 * arguments), the bundle writer (`readWorkspace`) and the server's workspace
 * view and workspace-wide diagnostics.
 *
 * - Links are listed as links and never followed, so the walk cannot leave the
 *   folder or loop.
 * - It is bounded: a depth limit and an optional file limit; hitting either is
 *   reported as `truncated`.
 * - Folders that cannot be listed are reported, never thrown.
 * - Names come back in a stable order (sorted, folders visited where they sort).
 */
import { readdirSync, readlinkSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { isInside, samePath } from './paths';

/** Folders no workspace walk descends into: version control, package caches, the bundle writer's staging folders. */
const skippedNames = new Set(['.git', '.hg', '.svn', 'node_modules']);

export function isSkippedFolderName(name: string): boolean {
	return skippedNames.has(name) || /\.reseal-(tmp|old)-/.test(name);
}

export interface WalkEntry {
	/** Relative to the root, `/`-separated. */
	readonly path: string;
	readonly type: 'file' | 'directory' | 'symlink' | 'other';
	/** Where a link points, as written (only with `readLinks`). */
	readonly linkTarget?: string;
}

export interface WalkOptions {
	/** Stop after this many files (default: no limit). */
	readonly maxFiles?: number;
	/** Do not descend below this many folder levels (default 64). */
	readonly maxDepth?: number;
	/** Absolute paths whose subtrees are left out (e.g. `--out` inside the workspace). */
	readonly exclude?: readonly string[];
	/** Record where each link points. */
	readonly readLinks?: boolean;
}

export interface WalkResult {
	readonly entries: readonly WalkEntry[];
	/** True when a limit cut the walk short. */
	readonly truncated: boolean;
	/** Folders that could not be listed (relative; '' is the root), with the system's reason code. */
	readonly problems: readonly { readonly path: string; readonly reason: string }[];
}

const defaultMaxDepth = 64;

export function walkFolder(root: string, options: WalkOptions = {}): WalkResult {
	const absRoot = resolve(root);
	const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
	const maxDepth = options.maxDepth ?? defaultMaxDepth;
	const exclude = (options.exclude ?? []).map((path) => resolve(path));
	const entries: WalkEntry[] = [];
	const problems: { path: string; reason: string }[] = [];
	let files = 0;
	let truncated = false;

	const visit = (rel: string, depth: number): void => {
		const abs = rel === '' ? absRoot : join(absRoot, ...rel.split('/'));
		let dirents: Dirent[];
		try {
			dirents = readdirSync(abs, { withFileTypes: true });
		} catch (error) {
			problems.push({ path: rel, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
			return;
		}
		dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const dirent of dirents) {
			if (files >= maxFiles) {
				truncated = true;
				return;
			}
			const name = dirent.name;
			if (isSkippedFolderName(name)) continue;
			const childRel = rel === '' ? name : `${rel}/${name}`;
			const childAbs = join(abs, name);
			// Case-insensitive on Windows: `--out C:\WS\Build` is the folder `c:\ws\build`.
			if (exclude.some((path) => samePath(childAbs, path) || isInside(path, childAbs))) continue;
			if (dirent.isSymbolicLink()) {
				let linkTarget: string | undefined;
				if (options.readLinks) {
					try {
						linkTarget = readlinkSync(childAbs);
					} catch {
						linkTarget = undefined;
					}
				}
				entries.push({ path: childRel, type: 'symlink', linkTarget });
			} else if (dirent.isDirectory()) {
				entries.push({ path: childRel, type: 'directory' });
				if (depth + 1 > maxDepth) truncated = true;
				else visit(childRel, depth + 1);
			} else if (dirent.isFile()) {
				files++;
				entries.push({ path: childRel, type: 'file' });
			} else {
				entries.push({ path: childRel, type: 'other' });
			}
		}
	};
	visit('', 0);
	return { entries, truncated, problems };
}
