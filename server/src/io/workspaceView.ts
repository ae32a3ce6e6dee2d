/**
 * IO: a `WorkspaceView` over a folder on disk, for the cross-file checks
 * (Cmdlines.txt location, InstallFilesPath, tools a script calls). Used by the
 * LSP server and the CLI; the language service itself never touches the disk.
 *
 * The listing (`folderWalker.ts`) is bounded (files and depth) and skips links
 * and tool folders; it is cached for a few seconds so typing does not rescan the tree.
 * A listing cut short says so (`isComplete`, `onTruncated`), so cross-file rules
 * never conclude from it that a file is missing.
 */
import { closeSync, fstatSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { readImageMetadata } from './imageReader';
import { walkFolder } from './folderWalker';
import { openInside, realFolder } from './noFollow';
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
	/** Told when a listing was cut short by the limits (once per listing), with a sentence for the user. */
	readonly onTruncated?: (message: string) => void;
	/** The file limit (default 20,000). */
	readonly maxFiles?: number;
}

export interface FolderView extends WorkspaceView {
	readonly root: string;
	/** Forgets the cached listing (files were created or deleted). */
	invalidate(): void;
}

export function createFolderView(root: string, options: FolderViewOptions = {}): FolderView {
	let listed: { at: number; files: string[]; truncated: boolean } | undefined;
	let realRoot: string | undefined;
	const limit = options.maxFiles ?? maxFiles;
	const walk = (): { files: string[]; truncated: boolean } => {
		const now = Date.now();
		if (listed && now - listed.at < cacheMs) return listed;
		const walked = walkFolder(root, { maxFiles: limit, maxDepth });
		const files = walked.entries.filter((entry) => entry.type === 'file').map((entry) => entry.path);
		listed = { at: now, files, truncated: walked.truncated };
		if (walked.truncated) {
			options.onTruncated?.(
				`${root} holds more than ${limit} files or folders nested deeper than ${maxDepth}; checks across files looked at the first ${files.length} files only and do not report a file as missing.`,
			);
		}
		return listed;
	};
	/** A workspace file's bytes, decoded; like the listing, reading never follows a link (`noFollow.ts`). */
	const readDisk = (path: string): ReturnType<typeof decodeBytes> | undefined => {
		const parts = path.split('/').filter((part) => part !== '' && part !== '.');
		if (parts.includes('..') || parts.length === 0) return undefined;
		let fd: number | undefined;
		try {
			fd = openInside((realRoot ??= realFolder(root)), parts.join('/'));
			if (fstatSync(fd).size > maxReadBytes) return undefined;
			return decodeBytes(readFileSync(fd));
		} catch {
			return undefined;
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
	};
	return {
		root,
		listFiles: () => walk().files,
		isComplete: () => !walk().truncated,
		invalidate: () => {
			listed = undefined;
		},
		// The disk copy decides: cmd.exe runs the saved bytes, whatever an editor shows.
		encodingOf(path) {
			const decoded = readDisk(path);
			return decoded?.ok ? decoded.encoding : undefined;
		},
		readText(path) {
			const parts = path.split('/').filter((part) => part !== '' && part !== '.');
			if (parts.includes('..') || parts.length === 0) return undefined;
			const open = options.openText?.(join(root, ...parts));
			if (open !== undefined) return open;
			const decoded = readDisk(path);
			return decoded?.ok ? decoded.text : undefined;
		},
		readImage(path) {
			// Images usually live beside the repository (media folders), so relative paths may leave the root; only metadata is read.
			const absolute = isAbsolute(path) ? path : resolve(root, ...path.split(/[\\/]/));
			return readImageMetadata(absolute, path);
		},
	};
}
