/**
 * IO: a `WorkspaceView` over a folder on disk, for the cross-file checks
 * (Cmdlines.txt location, InstallFilesPath, tools a script calls). Used by the
 * LSP server and the CLI; the language service itself never touches the disk.
 *
 * The listing is bounded (files and depth), skips links and tool folders, and
 * is cached for a few seconds so typing does not rescan the tree.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { WorkspaceView } from '../services/kindService';
import { decodeBytes } from '../util/decode';

const maxFiles = 20000;
const maxDepth = 12;
const cacheMs = 5000;
/** Answer files and scripts are small; larger files are not read for cross-file checks. */
const maxReadBytes = 4 * 1024 * 1024;
const skipped = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', '.e2e']);

export interface FolderViewOptions {
	/** Text of open editor documents by absolute path; preferred over the disk. */
	readonly openText?: (absolutePath: string) => string | undefined;
}

export function createFolderView(root: string, options: FolderViewOptions = {}): WorkspaceView & { root: string } {
	let listed: { at: number; files: string[] } | undefined;
	const list = (): string[] => {
		const now = Date.now();
		if (listed && now - listed.at < cacheMs) return listed.files;
		const files: string[] = [];
		walk(root, 0, files);
		listed = { at: now, files };
		return files;
	};
	const walk = (folder: string, depth: number, files: string[]): void => {
		if (depth > maxDepth || files.length >= maxFiles) return;
		let names: string[];
		try {
			names = readdirSync(folder);
		} catch {
			return;
		}
		for (const name of names) {
			if (files.length >= maxFiles) return;
			const path = join(folder, name);
			let stat;
			try {
				stat = lstatSync(path);
			} catch {
				continue;
			}
			if (stat.isSymbolicLink()) continue;
			if (stat.isDirectory()) {
				if (!skipped.has(name)) walk(path, depth + 1, files);
			} else if (stat.isFile()) {
				files.push(relative(root, path).split(sep).join('/'));
			}
		}
	};
	return {
		root,
		listFiles: list,
		readText(path) {
			if (path.split('/').includes('..')) return undefined;
			const absolute = join(root, ...path.split('/'));
			const open = options.openText?.(absolute);
			if (open !== undefined) return open;
			try {
				if (statSync(absolute).size > maxReadBytes) return undefined;
				const decoded = decodeBytes(readFileSync(absolute));
				return decoded.ok ? decoded.text : undefined;
			} catch {
				return undefined;
			}
		},
	};
}
