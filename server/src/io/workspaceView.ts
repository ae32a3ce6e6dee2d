/**
 * IO: a `WorkspaceView` over a folder on disk, for the cross-file checks
 * (Cmdlines.txt location, InstallFilesPath, tools a script calls). Used by the
 * LSP server and the CLI; the language service itself never touches the disk.
 *
 * The listing (`folderWalker.ts`) is bounded (files and depth) and skips links
 * and tool folders; it is cached for a few seconds so typing does not rescan the tree.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { readImageMetadata } from './imageReader';
import { walkFolder } from './folderWalker';
import type { WorkspaceView } from '../services/kindService';
import { decodeBytes } from '../util/decode';

const maxFiles = 20000;
const maxDepth = 12;
const cacheMs = 5000;
/** Answer files and scripts are small; larger files are not read for cross-file checks. */
const maxReadBytes = 4 * 1024 * 1024;

export interface FolderViewOptions {
	/** Text of open editor documents by absolute path; preferred over the disk. */
	readonly openText?: (absolutePath: string) => string | undefined;
}

export interface FolderView extends WorkspaceView {
	readonly root: string;
	/** Forgets the cached listing (files were created or deleted). */
	invalidate(): void;
}

export function createFolderView(root: string, options: FolderViewOptions = {}): FolderView {
	let listed: { at: number; files: string[] } | undefined;
	const list = (): string[] => {
		const now = Date.now();
		if (listed && now - listed.at < cacheMs) return listed.files;
		const walked = walkFolder(root, { maxFiles, maxDepth });
		const files = walked.entries.filter((entry) => entry.type === 'file').map((entry) => entry.path);
		listed = { at: now, files };
		return files;
	};
	return {
		root,
		listFiles: list,
		invalidate: () => {
			listed = undefined;
		},
		// The disk copy decides: cmd.exe runs the saved bytes, whatever an editor shows.
		encodingOf(path) {
			if (path.split('/').includes('..')) return undefined;
			try {
				const absolute = join(root, ...path.split('/'));
				if (statSync(absolute).size > maxReadBytes) return undefined;
				const decoded = decodeBytes(readFileSync(absolute));
				return decoded.ok ? decoded.encoding : undefined;
			} catch {
				return undefined;
			}
		},
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
		readImage(path) {
			// Images usually live beside the repository (media folders), so relative paths may leave the root; only metadata is read.
			const absolute = isAbsolute(path) ? path : resolve(root, ...path.split(/[\\/]/));
			return readImageMetadata(absolute, path);
		},
	};
}
