/**
 * IO: the first bytes of a file, for the content sniff of names that need it
 * (`model/documentKind.ts`: an `.xml` is an answer file when its root is
 * `unattend`). Reading 16 KB instead of the whole file keeps a workspace full
 * of large XML files cheap; `undefined` when the file cannot be read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { baseName, sniffLength, sniffUnattendRoot } from '../model/documentKind';
import { decodeBytes } from '../util/decode';

/** Enough bytes for `sniffLength` characters in UTF-16. */
const headBytes = sniffLength * 2;
/** The first read: enough for the declaration and root of nearly every file. */
const firstBytes = 1024;

export function readHead(path: string, maxBytes = headBytes): Buffer | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		const buffer = Buffer.allocUnsafe(maxBytes);
		const read = readSync(fd, buffer, 0, maxBytes, 0);
		return buffer.subarray(0, read);
	} catch {
		return undefined;
	} finally {
		if (fd !== undefined) closeSync(fd);
	}
}

/**
 * False only when the file is an `.xml` whose first bytes show it is not an
 * answer file: the caller then skips it without reading the rest. Other names
 * (templates, host files) need their whole text and answer true.
 */
export function mayBeAnswerFileByHead(path: string): boolean {
	if (!baseName(path).endsWith('.xml')) return true;
	// Most roots sit in the first kilobyte; a long prolog (a licence comment) needs the larger head.
	for (const bytes of [firstBytes, headBytes]) {
		const head = readHead(path, bytes);
		if (!head) return true; // Let the full read report why it cannot.
		const decoded = decodeBytes(head);
		if (!decoded.ok) return false;
		const verdict = sniffUnattendRoot(decoded.text);
		if (verdict !== undefined) return verdict;
		if (head.length < bytes) return false; // The whole file was read and holds no root.
	}
	return false;
}
