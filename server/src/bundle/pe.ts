/**
 * Bundle layer (pure): a minimal Portable Executable reader.
 *
 * Reads just enough of a PE image to tell whether `sysprep.exe`, `setupcl.exe`
 * and `factory.exe` are genuine executables for the target: the COFF machine
 * type and the `VS_FIXEDFILEINFO` of the `VS_VERSIONINFO` resource. Works on a
 * byte buffer, imports nothing from the file system and never throws: every
 * malformed input becomes `{ ok: false, reason }`.
 */
import type { Architecture } from '../knowledge/types';

export interface PeVersion {
	readonly major: number;
	readonly minor: number;
	readonly build: number;
	readonly revision: number;
}

export interface PeInfo {
	/** COFF `Machine` field, e.g. 0x14c. */
	readonly machine: number;
	/** Reseal's name for the machine type, undefined for machines no Sysprep ran on. */
	readonly architecture: Architecture | undefined;
	/** Human-readable machine name (`x86 (0x14c)`). */
	readonly machineName: string;
	/** Optional-header magic: PE32 or PE32+. */
	readonly format: 'PE32' | 'PE32+';
	/** COFF characteristics. */
	readonly characteristics: number;
	readonly isDll: boolean;
	readonly isExecutable: boolean;
	/** `dwFileVersionMS/LS` of `VS_FIXEDFILEINFO`; undefined when the image has no version resource. */
	readonly fileVersion?: PeVersion;
	readonly productVersion?: PeVersion;
	/** Why `fileVersion` is missing. */
	readonly versionProblem?: string;
}

export type PeResult = { readonly ok: true; readonly info: PeInfo } | { readonly ok: false; readonly reason: string };

export const machineTypes: Readonly<Record<Architecture, number>> = { x86: 0x14c, x64: 0x8664, ia64: 0x200 };

const machineNames: Readonly<Record<number, string>> = {
	0x14c: 'x86',
	0x8664: 'x64',
	0x200: 'ia64',
	0x1c0: 'ARM',
	0x1c4: 'ARMv7',
	0xaa64: 'ARM64',
	0xebc: 'EFI byte code',
	0x166: 'MIPS',
	0x1f0: 'PowerPC',
	0x184: 'Alpha',
};

/** `x86 (0x14c)`. */
export function describeMachine(machine: number): string {
	const name = machineNames[machine] ?? 'unknown machine';
	return `${name} (0x${machine.toString(16)})`;
}

export function formatVersion(v: PeVersion | undefined, parts: 2 | 4 = 4): string {
	if (!v) {
		return 'no version';
	}
	return parts === 2 ? `${v.major}.${v.minor}` : `${v.major}.${v.minor}.${v.build}.${v.revision}`;
}

const RT_VERSION = 16;
const VS_FFI_SIGNATURE = 0xfeef04bd;
const MAX_SECTIONS = 96;

interface Section {
	readonly va: number;
	readonly vsize: number;
	readonly rawPtr: number;
	readonly rawSize: number;
}

/** Reads the PE headers and version resource of `bytes`. Never throws. */
export function readPe(bytes: Uint8Array): PeResult {
	try {
		return readPeUnchecked(bytes);
	} catch (e) {
		// Defence in depth: every access is bounds-checked, but a reader must never throw.
		return { ok: false, reason: `unreadable PE image (${e instanceof Error ? e.message : String(e)})` };
	}
}

function readPeUnchecked(bytes: Uint8Array): PeResult {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const len = bytes.byteLength;
	const u16 = (o: number): number | undefined => (o >= 0 && o + 2 <= len ? view.getUint16(o, true) : undefined);
	const u32 = (o: number): number | undefined => (o >= 0 && o + 4 <= len ? view.getUint32(o, true) : undefined);

	if (len < 64 || bytes[0] !== 0x4d || bytes[1] !== 0x5a) {
		return { ok: false, reason: 'no MZ signature: this is not a Windows executable' };
	}
	const peOff = u32(0x3c);
	if (peOff === undefined || peOff < 4 || peOff + 24 > len) {
		return { ok: false, reason: 'MZ header points outside the file: a DOS program or a damaged file, not a PE executable' };
	}
	if (u32(peOff) !== 0x00004550) {
		return { ok: false, reason: 'no PE signature: a DOS or 16-bit program, not a Win32 executable' };
	}
	const coff = peOff + 4;
	const machine = u16(coff) ?? 0;
	const sectionCount = u16(coff + 2) ?? 0;
	const optSize = u16(coff + 16) ?? 0;
	const characteristics = u16(coff + 18) ?? 0;
	const opt = coff + 20;
	const magic = u16(opt);
	if (magic === undefined || optSize < 2 || opt + optSize > len) {
		return { ok: false, reason: 'the optional header is missing or truncated' };
	}
	if (magic !== 0x10b && magic !== 0x20b) {
		return { ok: false, reason: `unknown optional-header magic 0x${magic.toString(16)}` };
	}
	const format = magic === 0x20b ? 'PE32+' : 'PE32';
	const arch = (Object.keys(machineTypes) as Architecture[]).find((a) => machineTypes[a] === machine);
	const base: Omit<PeInfo, 'fileVersion' | 'productVersion' | 'versionProblem'> = {
		machine,
		architecture: arch,
		machineName: describeMachine(machine),
		format,
		characteristics,
		isDll: (characteristics & 0x2000) !== 0,
		isExecutable: (characteristics & 0x0002) !== 0,
	};

	if (sectionCount > MAX_SECTIONS) {
		return { ok: true, info: { ...base, versionProblem: `implausible section count ${sectionCount}` } };
	}
	const sections: Section[] = [];
	const secTable = opt + optSize;
	for (let i = 0; i < sectionCount; i++) {
		const s = secTable + i * 40;
		const vsize = u32(s + 8);
		const va = u32(s + 12);
		const rawSize = u32(s + 16);
		const rawPtr = u32(s + 20);
		if (vsize === undefined || va === undefined || rawSize === undefined || rawPtr === undefined) {
			return { ok: true, info: { ...base, versionProblem: 'the section table is truncated' } };
		}
		sections.push({ va, vsize, rawPtr, rawSize });
	}
	const rvaToOffset = (rva: number, size: number): number | undefined => {
		for (const s of sections) {
			const span = Math.max(s.vsize, s.rawSize);
			if (rva >= s.va && rva < s.va + span) {
				const off = s.rawPtr + (rva - s.va);
				if (off + size <= s.rawPtr + s.rawSize && off + size <= len) {
					return off;
				}
				return undefined;
			}
		}
		return undefined;
	};

	const ddCountOff = magic === 0x20b ? opt + 108 : opt + 92;
	const ddOff = magic === 0x20b ? opt + 112 : opt + 96;
	const ddCount = u32(ddCountOff) ?? 0;
	if (ddCount < 3 || ddOff + 3 * 8 > opt + optSize) {
		return { ok: true, info: { ...base, versionProblem: 'the image has no resource directory' } };
	}
	const resRva = u32(ddOff + 16) ?? 0;
	const resSize = u32(ddOff + 20) ?? 0;
	if (resRva === 0 || resSize === 0) {
		return { ok: true, info: { ...base, versionProblem: 'the image has no resources (no VS_VERSIONINFO)' } };
	}
	const resOff = rvaToOffset(resRva, 16);
	if (resOff === undefined) {
		return { ok: true, info: { ...base, versionProblem: 'the resource directory lies outside the file' } };
	}
	const resEnd = Math.min(len, resOff + resSize);

	/** Entries of a resource directory at `dirRel` (relative to the resource root). */
	const dirEntries = (dirRel: number): { id: number | undefined; target: number; isDir: boolean }[] | undefined => {
		const d = resOff + dirRel;
		const named = u16(d + 12);
		const ids = u16(d + 14);
		if (named === undefined || ids === undefined || d + 16 + (named + ids) * 8 > resEnd) {
			return undefined;
		}
		const out: { id: number | undefined; target: number; isDir: boolean }[] = [];
		for (let i = 0; i < named + ids; i++) {
			const e = d + 16 + i * 8;
			const name = u32(e) ?? 0;
			const data = u32(e + 4) ?? 0;
			out.push({
				id: (name & 0x80000000) !== 0 ? undefined : name,
				target: data & 0x7fffffff,
				isDir: (data & 0x80000000) !== 0,
			});
		}
		return out;
	};

	const types = dirEntries(0);
	if (!types) {
		return { ok: true, info: { ...base, versionProblem: 'the resource directory is damaged' } };
	}
	const versionType = types.find((e) => e.id === RT_VERSION && e.isDir);
	if (!versionType) {
		return { ok: true, info: { ...base, versionProblem: 'the image has no VS_VERSIONINFO resource' } };
	}
	const names = dirEntries(versionType.target);
	const firstName = names?.find((e) => e.isDir);
	const langs = firstName ? dirEntries(firstName.target) : undefined;
	const leaf = langs?.find((e) => !e.isDir);
	if (!leaf) {
		return { ok: true, info: { ...base, versionProblem: 'the VS_VERSIONINFO resource directory is damaged' } };
	}
	const dataRva = u32(resOff + leaf.target);
	const dataSize = u32(resOff + leaf.target + 4);
	if (dataRva === undefined || dataSize === undefined || dataSize < 6) {
		return { ok: true, info: { ...base, versionProblem: 'the VS_VERSIONINFO data entry is damaged' } };
	}
	const dataOff = rvaToOffset(dataRva, Math.min(dataSize, 92));
	if (dataOff === undefined) {
		return { ok: true, info: { ...base, versionProblem: 'the VS_VERSIONINFO data lies outside the file' } };
	}
	const dataEnd = Math.min(len, dataOff + dataSize);
	const fixed = findFixedFileInfo(bytes, view, dataOff, dataEnd);
	if (fixed === undefined) {
		return { ok: true, info: { ...base, versionProblem: 'VS_VERSIONINFO has no VS_FIXEDFILEINFO' } };
	}
	const version = (ms: number, ls: number): PeVersion => ({
		major: ms >>> 16,
		minor: ms & 0xffff,
		build: ls >>> 16,
		revision: ls & 0xffff,
	});
	return {
		ok: true,
		info: {
			...base,
			fileVersion: version(view.getUint32(fixed + 8, true), view.getUint32(fixed + 12, true)),
			productVersion: version(view.getUint32(fixed + 16, true), view.getUint32(fixed + 20, true)),
		},
	};
}

/** Offset of the `VS_FIXEDFILEINFO` inside the version resource, or undefined. */
function findFixedFileInfo(bytes: Uint8Array, view: DataView, start: number, end: number): number | undefined {
	// Structured path: wLength, wValueLength, wType, "VS_VERSION_INFO\0", padding to 32 bits.
	const key = 'VS_VERSION_INFO';
	const keyOff = start + 6;
	let keyOk = keyOff + (key.length + 1) * 2 <= end;
	for (let i = 0; keyOk && i < key.length; i++) {
		if (view.getUint16(keyOff + i * 2, true) !== key.charCodeAt(i)) {
			keyOk = false;
		}
	}
	if (keyOk) {
		const valueLength = view.getUint16(start + 2, true);
		const value = start + ((6 + (key.length + 1) * 2 + 3) & ~3);
		if (valueLength >= 52 && value + 52 <= end && view.getUint32(value, true) === VS_FFI_SIGNATURE) {
			return value;
		}
	}
	// Fallback (16-bit style or odd padding): scan for the signature on 32-bit boundaries.
	for (let o = start; o + 52 <= end; o += 4) {
		if (bytes[o] === 0xbd && view.getUint32(o, true) === VS_FFI_SIGNATURE) {
			return o;
		}
	}
	return undefined;
}
