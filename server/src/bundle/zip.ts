/**
 * Bundle layer (pure): ZIP archive records (PKWARE APPNOTE 6.3, no ZIP64).
 *
 * Windows XP's built-in "Compressed Folders" reads stored and deflated entries
 * without ZIP64, so archives are limited to 65,535 entries and 4 GiB; callers
 * get an error reason instead of a file XP cannot open. The record builders are
 * used by the streaming writer (`io/bundleWriter.ts`); `buildZip` assembles a
 * whole archive in memory for small inputs and tests. No `fs` here.
 */
import * as zlib from 'node:zlib';

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const FLAG_UTF8 = 0x0800;
export const ZIP_LIMIT = 0xffffffff;
export const ZIP_MAX_ENTRIES = 0xffff;

let table: Uint32Array | undefined;

/** CRC-32 (IEEE). Uses `zlib.crc32` when Node has it. */
export function crc32(data: Uint8Array, previous = 0): number {
	const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
	if (typeof native === 'function') {
		return native(data, previous) >>> 0;
	}
	if (!table) {
		table = new Uint32Array(256);
		for (let n = 0; n < 256; n++) {
			let c = n;
			for (let k = 0; k < 8; k++) {
				c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
			}
			table[n] = c >>> 0;
		}
	}
	let c = ~previous >>> 0;
	for (let i = 0; i < data.length; i++) {
		c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
	}
	return ~c >>> 0;
}

export interface ZipEntryHeader {
	/** Path inside the archive with `/` separators. */
	readonly name: string;
	readonly crc: number;
	readonly compressedSize: number;
	readonly size: number;
	/** 0 stored, 8 deflated. */
	readonly method: 0 | 8;
	readonly date: Date;
}

/** MS-DOS date and time words (local time, 2-second resolution, 1980–2107). */
export function dosDateTime(date: Date): { time: number; date: number } {
	const year = Math.min(2107, Math.max(1980, date.getFullYear()));
	return {
		time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
		date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
	};
}

function encodeName(name: string): { bytes: Buffer; utf8: boolean } {
	const ascii = /^[\x20-\x7e]*$/.test(name);
	return { bytes: Buffer.from(name, ascii ? 'latin1' : 'utf8'), utf8: !ascii };
}

/** The local file header that precedes an entry's data. */
export function localFileHeader(h: ZipEntryHeader): Buffer {
	const { bytes, utf8 } = encodeName(h.name);
	const dt = dosDateTime(h.date);
	const b = Buffer.alloc(30 + bytes.length);
	b.writeUInt32LE(LOCAL_SIG, 0);
	b.writeUInt16LE(20, 4);
	b.writeUInt16LE(utf8 ? FLAG_UTF8 : 0, 6);
	b.writeUInt16LE(h.method, 8);
	b.writeUInt16LE(dt.time, 10);
	b.writeUInt16LE(dt.date, 12);
	b.writeUInt32LE(h.crc >>> 0, 14);
	b.writeUInt32LE(h.compressedSize, 18);
	b.writeUInt32LE(h.size, 22);
	b.writeUInt16LE(bytes.length, 26);
	b.writeUInt16LE(0, 28);
	bytes.copy(b, 30);
	return b;
}

/** Offset of the CRC field inside a local header (for patching after streaming). */
export const LOCAL_HEADER_CRC_OFFSET = 14;

/** One central-directory record. */
export function centralDirectoryEntry(h: ZipEntryHeader, localHeaderOffset: number): Buffer {
	const { bytes, utf8 } = encodeName(h.name);
	const dt = dosDateTime(h.date);
	const b = Buffer.alloc(46 + bytes.length);
	b.writeUInt32LE(CENTRAL_SIG, 0);
	b.writeUInt16LE(20, 4); // made by: MS-DOS, spec 2.0
	b.writeUInt16LE(20, 6);
	b.writeUInt16LE(utf8 ? FLAG_UTF8 : 0, 8);
	b.writeUInt16LE(h.method, 10);
	b.writeUInt16LE(dt.time, 12);
	b.writeUInt16LE(dt.date, 14);
	b.writeUInt32LE(h.crc >>> 0, 16);
	b.writeUInt32LE(h.compressedSize, 20);
	b.writeUInt32LE(h.size, 24);
	b.writeUInt16LE(bytes.length, 28);
	b.writeUInt16LE(0, 30);
	b.writeUInt16LE(0, 32);
	b.writeUInt16LE(0, 34);
	b.writeUInt16LE(0, 36);
	b.writeUInt32LE(0x20, 38); // FILE_ATTRIBUTE_ARCHIVE
	b.writeUInt32LE(localHeaderOffset, 42);
	bytes.copy(b, 46);
	return b;
}

/** The end-of-central-directory record. */
export function endOfCentralDirectory(entries: number, cdSize: number, cdOffset: number): Buffer {
	const b = Buffer.alloc(22);
	b.writeUInt32LE(END_SIG, 0);
	b.writeUInt16LE(entries, 8);
	b.writeUInt16LE(entries, 10);
	b.writeUInt32LE(cdSize, 12);
	b.writeUInt32LE(cdOffset, 16);
	return b;
}

export type ZipResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly reason: string };

/** Builds a whole archive in memory (deflating each entry unless that grows it). Never throws. */
export function buildZip(entries: readonly { name: string; bytes: Uint8Array }[], date = new Date()): ZipResult {
	try {
		if (entries.length > ZIP_MAX_ENTRIES) {
			return { ok: false, reason: `${entries.length} files exceed the 65,535 entries a ZIP without ZIP64 can hold` };
		}
		const parts: Buffer[] = [];
		const central: Buffer[] = [];
		let offset = 0;
		for (const e of entries) {
			const deflated = zlib.deflateRawSync(e.bytes);
			const stored = deflated.length >= e.bytes.length;
			const data = stored ? Buffer.from(e.bytes) : deflated;
			const header: ZipEntryHeader = {
				name: e.name,
				crc: crc32(e.bytes),
				compressedSize: data.length,
				size: e.bytes.length,
				method: stored ? 0 : 8,
				date,
			};
			const local = localFileHeader(header);
			if (offset + local.length + data.length > ZIP_LIMIT) {
				return { ok: false, reason: 'the archive would exceed 4 GiB, which needs ZIP64 (Windows XP cannot open it)' };
			}
			central.push(centralDirectoryEntry(header, offset));
			parts.push(local, data);
			offset += local.length + data.length;
		}
		const cd = Buffer.concat(central);
		parts.push(cd, endOfCentralDirectory(entries.length, cd.length, offset));
		return { ok: true, bytes: Buffer.concat(parts) };
	} catch (e) {
		return { ok: false, reason: `cannot build the archive (${e instanceof Error ? e.message : String(e)})` };
	}
}
