/**
 * IO: reads the image metadata of an `install.wim`/`install.esd` for the
 * answer-file checks. Two bounded reads — the 208-byte header, then the XML
 * resource it points at — so a 5 GB image costs a few kilobytes of IO. The
 * bytes are interpreted by `model/wimImage.ts`; this file only opens and reads.
 *
 * Only regular files are read (a FIFO or device named like an image would block
 * or never end), opened non-blocking so the check itself cannot hang, and
 * answers are cached by path, size and modification time.
 */
import * as fs from 'node:fs';
import type { ImageReadResult } from '../services/kindService';
import { maxWimXmlBytes, parseWimXml, readWimHeader, wimHeaderBytes } from '../model/wimImage';

const cache = new Map<string, { readonly size: number; readonly mtimeMs: number; readonly result: ImageReadResult }>();
const maxCached = 16;

export function readImageMetadata(file: string, display: string = file): ImageReadResult {
	let fd: number | undefined;
	try {
		fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) return { ok: false, path: display, reason: 'not a regular file' };
		const cached = cache.get(file);
		if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.result;
		const result = readOpen(fd, stat.size, display);
		if (cache.size >= maxCached) cache.delete(cache.keys().next().value!);
		cache.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, result });
		return result;
	} catch (error) {
		return { ok: false, path: display, reason: `cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
	} finally {
		if (fd !== undefined) fs.closeSync(fd);
	}
}

function readOpen(fd: number, size: number, display: string): ImageReadResult {
	const head = readAt(fd, 0, Math.min(size, wimHeaderBytes));
	const header = readWimHeader(head, size);
	if (!header.ok) return { ok: false, path: display, reason: header.reason };
	const { offset, size: xmlSize } = header.header.xml;
	if (xmlSize > maxWimXmlBytes) return { ok: false, path: display, reason: 'the XML metadata is too large' };
	const xml = readAt(fd, offset, xmlSize);
	if (xml.length !== xmlSize) return { ok: false, path: display, reason: `truncated: the XML metadata should be ${xmlSize} bytes, ${xml.length} could be read` };
	const parsed = parseWimXml(xml);
	if (!parsed.ok) return { ok: false, path: display, reason: parsed.reason };
	return { ok: true, path: display, format: header.header.format, images: parsed.images };
}

function readAt(fd: number, position: number, length: number): Uint8Array {
	const buffer = Buffer.alloc(length);
	let filled = 0;
	while (filled < length) {
		const read = fs.readSync(fd, buffer, filled, length - filled, position + filled);
		if (read === 0) break;
		filled += read;
	}
	return buffer.subarray(0, filled);
}
