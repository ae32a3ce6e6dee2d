/**
 * IO: the first bytes of a file, for the content sniff of names that need it
 * (`model/documentKind.ts`: an `.xml` is an answer file when its root is
 * `unattend`). Reading 16 KB instead of the whole file keeps a workspace full
 * of large XML files cheap; `undefined` when the file cannot be read.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { baseName, isUnattendXmlText, sniffLength } from '../model/documentKind';
import { decodeBytes } from '../util/decode';

/** Enough bytes for `sniffLength` characters in UTF-16. */
const headBytes = sniffLength * 2;

export function readHead(path: string, maxBytes = headBytes): Buffer | undefined {
	let fd: number | undefined;
	try {
		fd = openSync(path, 'r');
		const buffer = Buffer.alloc(maxBytes);
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
	const head = readHead(path);
	if (!head) return true; // Let the full read report why it cannot.
	const decoded = decodeBytes(head);
	return decoded.ok && isUnattendXmlText(decoded.text);
}
