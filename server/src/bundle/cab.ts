/**
 * Bundle layer (pure): a Microsoft Cabinet (CAB) reader for `Deploy.cab`.
 *
 * Implements CFHEADER / CFFOLDER / CFFILE / CFDATA from [MS-CAB] with the two
 * compression methods Deploy.cab files are expected to use: none and MSZIP
 * (each CFDATA block is `CK` + a raw deflate stream whose window is the previous
 * block's output, so it is inflated with that output as preset dictionary).
 * Quantum and LZX are reported as unsupported. Data checksums are verified when
 * present (non-zero). Works on a byte buffer, imports no `fs`, never throws.
 */
import * as zlib from 'node:zlib';

export interface CabEntry {
	/** Name as stored (may contain `\` folders). */
	readonly name: string;
	readonly size: number;
	/** Index of the CFFOLDER holding the file. */
	readonly folder: number;
	/** Offset of the file inside the folder's uncompressed stream. */
	readonly offset: number;
	readonly attributes: number;
}

export type CabCompression = 'none' | 'mszip' | 'quantum' | 'lzx' | 'unknown';

export interface CabFolder {
	readonly dataOffset: number;
	readonly blockCount: number;
	readonly compression: CabCompression;
	readonly typeCompress: number;
}

export type CabExtractResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: string };

export interface Cabinet {
	readonly files: readonly CabEntry[];
	readonly folders: readonly CabFolder[];
	/** The entry whose name (or base name) equals `name`, case-insensitively. */
	find(name: string): CabEntry | undefined;
	/** Extracts one file. Folders are decompressed once and cached. */
	extract(nameOrEntry: string | CabEntry): CabExtractResult;
}

export type CabOpenResult = { readonly ok: true; readonly cabinet: Cabinet } | { readonly ok: false; readonly reason: string };

export interface CabOptions {
	/** Verify CFDATA checksums that are non-zero (default true). */
	readonly verifyChecksums?: boolean;
	/**
	 * Refuse a cabinet whose folders hold more than this many bytes in all
	 * (default 256 MiB; a Deploy.cab holds a few MB). Checked against the block
	 * headers when the cabinet opens, and again on the bytes actually inflated.
	 */
	readonly maxTotalBytes?: number;
}

const FLAG_PREV_CABINET = 0x0001;
const FLAG_NEXT_CABINET = 0x0002;
const FLAG_RESERVE_PRESENT = 0x0004;
const ATTR_NAME_IS_UTF = 0x80;
const MSZIP_WINDOW = 32768;
/** [MS-CAB] 2.5: a CFDATA block holds at most 32 KiB of uncompressed data (plus 6 KiB slack some compressors use). */
const MAX_BLOCK_BYTES = 32768 + 6144;
const DEFAULT_MAX_TOTAL = 256 * 1024 * 1024;

function compressionOf(typeCompress: number): CabCompression {
	switch (typeCompress & 0x000f) {
		case 0:
			return 'none';
		case 1:
			return 'mszip';
		case 2:
			return 'quantum';
		case 3:
			return 'lzx';
		default:
			return 'unknown';
	}
}

/** [MS-CAB] 2.4 checksum (CSUMCompute). */
export function cabChecksum(data: Uint8Array, seed: number): number {
	let csum = seed >>> 0;
	const whole = data.length >>> 2;
	let p = 0;
	for (let i = 0; i < whole; i++, p += 4) {
		csum ^= (data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16) | (data[p + 3]! << 24)) >>> 0;
	}
	let ul = 0;
	const rest = data.length & 3;
	if (rest === 3) {
		ul |= data[p++]! << 16;
	}
	if (rest >= 2) {
		ul |= data[p++]! << 8;
	}
	if (rest >= 1) {
		ul |= data[p]!;
	}
	return (csum ^ ul) >>> 0;
}

function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/**
 * Checks, from the block headers alone (nothing is inflated), that the folders'
 * data streams are disjoint, that the whole cabinet declares at most
 * `maxTotal` bytes of contents, and that each file lies inside its folder. A
 * cabinet whose folders share one stream of blocks would otherwise inflate the
 * same bytes once per folder. Folders are walked in stream order, so the work is
 * bounded by the cabinet's size. Returns the refusal, or undefined.
 */
function checkLayout(view: DataView, folders: readonly CabFolder[], files: readonly CabEntry[], cbCFData: number, maxTotal: number): string | undefined {
	const len = view.byteLength;
	const declared = new Array<number>(folders.length).fill(0);
	const order = folders.map((f, i) => ({ f, i })).sort((a, b) => a.f.dataOffset - b.f.dataOffset);
	let previousEnd = 0;
	let previous = -1;
	let total = 0;
	for (const { f, i } of order) {
		if (f.blockCount === 0) {
			continue;
		}
		if (f.dataOffset < previousEnd) {
			return `folders ${previous} and ${i} share data blocks (the cabinet is damaged, or built to inflate the same data several times)`;
		}
		let q = f.dataOffset;
		for (let b = 0; b < f.blockCount && q + 8 + cbCFData <= len; b++) {
			const cbData = view.getUint16(q + 4, true);
			const cbUncomp = view.getUint16(q + 6, true);
			if (cbUncomp > MAX_BLOCK_BYTES) {
				return `data block ${b + 1} of folder ${i} declares ${cbUncomp} bytes, more than a cabinet block holds`;
			}
			declared[i]! += cbUncomp;
			total += cbUncomp;
			if (total > maxTotal) {
				return `the cabinet's contents exceed ${sizeText(maxTotal)}; a Deploy.cab holds a few megabytes`;
			}
			q += 8 + cbCFData + cbData;
		}
		// A truncated stream is reported when a file of the folder is extracted.
		previousEnd = Math.min(q, len);
		previous = i;
	}
	for (const file of files) {
		if (file.folder >= 0xfffd) {
			continue;
		}
		if (file.folder >= folders.length) {
			return `${file.name} names folder ${file.folder}, which the cabinet does not have`;
		}
		if (file.offset + file.size > declared[file.folder]!) {
			return `${file.name} extends past the end of folder ${file.folder} (the cabinet is damaged or truncated)`;
		}
	}
	return undefined;
}

/** Parses the cabinet headers of `bytes`. Never throws. */
export function openCab(bytes: Uint8Array, options: CabOptions = {}): CabOpenResult {
	try {
		return openCabUnchecked(bytes, options);
	} catch (e) {
		return { ok: false, reason: `damaged cabinet (${e instanceof Error ? e.message : String(e)})` };
	}
}

function openCabUnchecked(bytes: Uint8Array, options: CabOptions): CabOpenResult {
	const len = bytes.byteLength;
	const view = new DataView(bytes.buffer, bytes.byteOffset, len);
	if (len < 36 || bytes[0] !== 0x4d || bytes[1] !== 0x53 || bytes[2] !== 0x43 || bytes[3] !== 0x46) {
		return { ok: false, reason: 'no MSCF signature: this is not a cabinet file' };
	}
	const coffFiles = view.getUint32(16, true);
	const versionMinor = bytes[24]!;
	const versionMajor = bytes[25]!;
	const cFolders = view.getUint16(26, true);
	const cFiles = view.getUint16(28, true);
	const flags = view.getUint16(30, true);
	if (versionMajor !== 1 || versionMinor !== 3) {
		return { ok: false, reason: `unsupported cabinet format version ${versionMajor}.${versionMinor} (expected 1.3)` };
	}
	let p = 36;
	let cbCFFolder = 0;
	let cbCFData = 0;
	if (flags & FLAG_RESERVE_PRESENT) {
		if (p + 4 > len) {
			return { ok: false, reason: 'truncated cabinet header' };
		}
		const cbCFHeader = view.getUint16(p, true);
		cbCFFolder = bytes[p + 2]!;
		cbCFData = bytes[p + 3]!;
		p += 4 + cbCFHeader;
	}
	const skipString = (): boolean => {
		while (p < len && bytes[p] !== 0) {
			p++;
		}
		p++;
		return p <= len;
	};
	if (flags & FLAG_PREV_CABINET) {
		if (!skipString() || !skipString()) {
			return { ok: false, reason: 'truncated cabinet header' };
		}
	}
	if (flags & FLAG_NEXT_CABINET) {
		if (!skipString() || !skipString()) {
			return { ok: false, reason: 'truncated cabinet header' };
		}
	}
	const folders: CabFolder[] = [];
	for (let i = 0; i < cFolders; i++) {
		if (p + 8 > len) {
			return { ok: false, reason: 'truncated folder table' };
		}
		const typeCompress = view.getUint16(p + 6, true);
		folders.push({
			dataOffset: view.getUint32(p, true),
			blockCount: view.getUint16(p + 4, true),
			compression: compressionOf(typeCompress),
			typeCompress,
		});
		p += 8 + cbCFFolder;
	}
	const files: CabEntry[] = [];
	p = coffFiles;
	for (let i = 0; i < cFiles; i++) {
		if (p + 16 > len) {
			return { ok: false, reason: 'truncated file table' };
		}
		const size = view.getUint32(p, true);
		const offset = view.getUint32(p + 4, true);
		const folder = view.getUint16(p + 8, true);
		const attributes = view.getUint16(p + 14, true);
		let end = p + 16;
		while (end < len && bytes[end] !== 0) {
			end++;
		}
		if (end >= len) {
			return { ok: false, reason: 'truncated file name in file table' };
		}
		const raw = bytes.subarray(p + 16, end);
		const name = attributes & ATTR_NAME_IS_UTF ? Buffer.from(raw).toString('utf8') : Buffer.from(raw).toString('latin1');
		files.push({ name, size, offset, folder, attributes });
		p = end + 1;
	}

	const maxTotalBytes = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL;
	const layout = checkLayout(view, folders, files, cbCFData, maxTotalBytes);
	if (typeof layout === 'string') {
		return { ok: false, reason: layout };
	}

	const cache = new Map<number, CabExtractResult>();
	const verify = options.verifyChecksums ?? true;
	// Counted over every folder: inflating the same data through several folders is paid once only.
	let inflatedTotal = 0;

	const decompressFolder = (index: number): CabExtractResult => {
		const folder = folders[index];
		if (!folder) {
			return { ok: false, reason: `folder ${index} does not exist` };
		}
		if (folder.compression === 'quantum' || folder.compression === 'lzx' || folder.compression === 'unknown') {
			const name = folder.compression === 'unknown' ? `type ${folder.typeCompress & 0xf}` : folder.compression === 'lzx' ? 'LZX' : 'Quantum';
			return {
				ok: false,
				reason: `unsupported compression ${name} (only uncompressed and MSZIP cabinets are supported); extract the files with expand.exe or cabextract, or rebuild the cabinet with MSZIP`,
			};
		}
		const chunks: Uint8Array[] = [];
		let total = 0;
		let history: Uint8Array = new Uint8Array(0);
		let q = folder.dataOffset;
		for (let b = 0; b < folder.blockCount; b++) {
			if (q + 8 + cbCFData > len) {
				return { ok: false, reason: `data block ${b + 1} of folder ${index} is truncated` };
			}
			const csum = view.getUint32(q, true);
			const cbData = view.getUint16(q + 4, true);
			const cbUncomp = view.getUint16(q + 6, true);
			const dataStart = q + 8 + cbCFData;
			if (dataStart + cbData > len) {
				return { ok: false, reason: `data block ${b + 1} of folder ${index} is truncated` };
			}
			const data = bytes.subarray(dataStart, dataStart + cbData);
			if (verify && csum !== 0) {
				const computed = cabChecksum(bytes.subarray(q + 4, q + 8), cabChecksum(data, 0));
				if (computed !== csum) {
					return { ok: false, reason: `checksum mismatch in data block ${b + 1} of folder ${index}: the cabinet is damaged` };
				}
			}
			let out: Uint8Array;
			if (folder.compression === 'none') {
				out = data;
			} else {
				if (data.length < 2 || data[0] !== 0x43 || data[1] !== 0x4b) {
					return { ok: false, reason: `data block ${b + 1} of folder ${index} lacks the MSZIP "CK" signature` };
				}
				try {
					// A block may not inflate past what its header declares (deflate reaches about 1000:1).
					const opts: zlib.ZlibOptions = { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(cbUncomp, 1) };
					out = history.length > 0
						? zlib.inflateRawSync(data.subarray(2), { ...opts, dictionary: history })
						: zlib.inflateRawSync(data.subarray(2), opts);
				} catch (e) {
					return {
						ok: false,
						reason: `MSZIP data block ${b + 1} of folder ${index} does not inflate (${e instanceof Error ? e.message : String(e)})`,
					};
				}
				if (out.length !== cbUncomp) {
					return {
						ok: false,
						reason: `MSZIP data block ${b + 1} of folder ${index} inflates to ${out.length} bytes, the header says ${cbUncomp}`,
					};
				}
				if (out.length >= MSZIP_WINDOW) {
					history = out.subarray(out.length - MSZIP_WINDOW);
				} else {
					const joined = new Uint8Array(Math.min(MSZIP_WINDOW, history.length + out.length));
					const keep = joined.length - out.length;
					joined.set(history.subarray(history.length - keep), 0);
					joined.set(out, keep);
					history = joined;
				}
			}
			if (cbUncomp === 0 && b < folder.blockCount - 1) {
				return { ok: false, reason: `data block ${b + 1} of folder ${index} continues in another cabinet (multi-cabinet sets are not supported)` };
			}
			total += out.length;
			inflatedTotal += out.length;
			if (inflatedTotal > maxTotalBytes) {
				return { ok: false, reason: `the cabinet inflates beyond ${sizeText(maxTotalBytes)}` };
			}
			chunks.push(out);
			q = dataStart + cbData;
		}
		const whole = Buffer.concat(chunks, total);
		return { ok: true, bytes: whole };
	};

	const cabinet: Cabinet = {
		files,
		folders,
		find(name: string): CabEntry | undefined {
			const wanted = name.toLowerCase();
			return (
				files.find((f) => f.name.toLowerCase() === wanted) ??
				files.find((f) => (f.name.split(/[\\/]/).pop() ?? '').toLowerCase() === wanted)
			);
		},
		extract(nameOrEntry: string | CabEntry): CabExtractResult {
			try {
				const entry = typeof nameOrEntry === 'string' ? cabinet.find(nameOrEntry) : nameOrEntry;
				if (!entry) {
					return { ok: false, reason: `the cabinet has no file named ${String(nameOrEntry)}` };
				}
				if (entry.folder >= 0xfffd) {
					return { ok: false, reason: `${entry.name} spans several cabinets (multi-cabinet sets are not supported)` };
				}
				let folderData = cache.get(entry.folder);
				if (!folderData) {
					folderData = decompressFolder(entry.folder);
					cache.set(entry.folder, folderData);
				}
				if (!folderData.ok) {
					return { ok: false, reason: `${entry.name}: ${folderData.reason}` };
				}
				if (entry.offset + entry.size > folderData.bytes.length) {
					return { ok: false, reason: `${entry.name} extends past the end of its folder: the cabinet is truncated` };
				}
				return { ok: true, bytes: folderData.bytes.subarray(entry.offset, entry.offset + entry.size) };
			} catch (e) {
				return { ok: false, reason: `damaged cabinet (${e instanceof Error ? e.message : String(e)})` };
			}
		},
	};
	return { ok: true, cabinet };
}
