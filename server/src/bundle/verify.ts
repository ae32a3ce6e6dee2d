/**
 * Bundle layer (pure): the verification rules of a `C:\Sysprep` bundle.
 *
 * The planner runs these on the workspace before anything is written, and the
 * writer runs `verifyWrittenBundle` on the staged folder before swapping it in.
 * Every failed check names the file and the fix. Also holds the text codecs
 * the rules depend on (Windows-1252 and UTF-16LE for answer files, line-ending
 * normalisation for scripts). No `fs` here; nothing throws.
 */
import type { Architecture, WindowsTarget } from '../knowledge/types';
import type { BundleCode } from '../services/codes/bundleCodes';
import { describeMachine, formatVersion, machineTypes, readPe, type PeInfo, type PeVersion } from './pe';

/** One verification and its result; the manifest lists them all. */
export interface BundleCheck {
	/** Stable id, e.g. `executable.version:sysprep.exe`. */
	readonly id: string;
	readonly ok: boolean;
	/** What was checked and, when it failed, the fix. Never contains secrets. */
	readonly message: string;
	readonly code?: BundleCode;
	/** Workspace path (or bundle path for generated files) the check is about. */
	readonly file?: string;
	/** `warning`: reported but does not stop the build. Default `error`. */
	readonly level?: 'error' | 'warning';
}

export interface BundleTarget {
	readonly os: WindowsTarget;
	readonly arch: Architecture;
}

/** True when the checks allow a build. */
export function checksPass(checks: readonly BundleCheck[]): boolean {
	return checks.every((c) => c.ok || c.level === 'warning');
}

export const sysprepExecutables = ['sysprep.exe', 'setupcl.exe', 'factory.exe'] as const;
export type SysprepExecutable = (typeof sysprepExecutables)[number];

/**
 * Major.minor versions of Sysprep for a target. Windows XP x64 Edition (and
 * 64-bit Itanium XP 2003) share Server 2003's 5.2 code base, so their Deploy.cab
 * holds 5.2 binaries.
 */
export function expectedVersions(target: BundleTarget): readonly string[] {
	if (target.os === '2003') {
		return ['5.2'];
	}
	if (target.arch === 'x64') {
		return ['5.2'];
	}
	if (target.arch === 'ia64') {
		return ['5.1', '5.2'];
	}
	return ['5.1'];
}

export function osName(target: BundleTarget): string {
	const arch = target.arch === 'x86' ? '' : ` ${target.arch}`;
	return target.os === 'xp' ? `Windows XP${arch}` : `Windows Server 2003${arch}`;
}

/** The target a sysprep.exe was built for, when the caller gave none. */
export function inferTarget(info: PeInfo | undefined): BundleTarget | undefined {
	if (!info?.architecture || !info.fileVersion || info.fileVersion.major !== 5) {
		return undefined;
	}
	if (info.fileVersion.minor === 1) {
		return { os: 'xp', arch: info.architecture };
	}
	if (info.fileVersion.minor === 2) {
		// 5.2 is Server 2003 or XP x64; the server is the likelier master for a guess.
		return { os: '2003', arch: info.architecture };
	}
	return undefined;
}

/** An executable as found: where it came from and its bytes, or why it is missing. */
export interface ExecutableInput {
	readonly name: SysprepExecutable;
	/** Workspace path or `Deploy.cab!sysprep.exe`. */
	readonly from?: string;
	readonly bytes?: Uint8Array;
	/** Set when the file was located but could not be read or extracted. */
	readonly problem?: string;
	readonly problemCode?: BundleCode;
}

/** Presence, PE format, machine type, version and consistency of the three executables. */
export function verifyExecutables(exes: readonly ExecutableInput[], target: BundleTarget): BundleCheck[] {
	const checks: BundleCheck[] = [];
	const versions: { name: string; from: string; version: PeVersion }[] = [];
	const wantMachine = machineTypes[target.arch];
	const wantVersions = expectedVersions(target);
	for (const name of sysprepExecutables) {
		const exe = exes.find((e) => e.name === name);
		if (!exe || (!exe.bytes && !exe.problem)) {
			checks.push({
				id: `executable.present:${name}`,
				ok: false,
				code: 'bundle.missing-executable',
				file: name,
				message: `${name} is missing: put sysprep.exe, setupcl.exe and factory.exe from the Deploy.cab of ${osName(target)} (same service pack) in the workspace, or pass --deploy-cab <path to Deploy.cab>.`,
			});
			continue;
		}
		const from = exe.from ?? name;
		if (exe.problem || !exe.bytes) {
			checks.push({
				id: `executable.present:${name}`,
				ok: false,
				code: exe.problemCode ?? 'bundle.missing-executable',
				file: from,
				message: `${name} cannot be read from ${from}: ${exe.problem ?? 'no data'}.`,
			});
			continue;
		}
		checks.push({ id: `executable.present:${name}`, ok: true, file: from, message: `${name} found in ${from}.` });
		const pe = readPe(exe.bytes);
		if (!pe.ok || !pe.info.isExecutable || pe.info.isDll) {
			const reason = !pe.ok ? pe.reason : pe.info.isDll ? 'it is a DLL, not a program' : 'it is not marked executable';
			checks.push({
				id: `executable.pe:${name}`,
				ok: false,
				code: 'bundle.not-pe',
				file: from,
				message: `${from} is not a genuine Win32 executable (${reason}); replace it with ${name} from Deploy.cab.`,
			});
			continue;
		}
		checks.push({ id: `executable.pe:${name}`, ok: true, file: from, message: `${from} is a ${pe.info.format} executable.` });
		if (pe.info.machine !== wantMachine) {
			checks.push({
				id: `executable.architecture:${name}`,
				ok: false,
				code: 'bundle.wrong-architecture',
				file: from,
				message: `${from} is built for ${describeMachine(pe.info.machine)} but the image is ${describeMachine(wantMachine)}; use the ${target.arch} Deploy.cab or pass --arch ${pe.info.architecture ?? target.arch}.`,
			});
		} else {
			checks.push({ id: `executable.architecture:${name}`, ok: true, file: from, message: `${from} is ${describeMachine(pe.info.machine)}.` });
		}
		const version = pe.info.fileVersion;
		if (!version) {
			checks.push({
				id: `executable.version:${name}`,
				ok: false,
				code: 'bundle.wrong-version',
				file: from,
				message: `${from} has no version information (${pe.info.versionProblem ?? 'VS_VERSIONINFO missing'}); genuine Sysprep files carry one — replace it with ${name} from Deploy.cab.`,
			});
			continue;
		}
		versions.push({ name, from, version });
		const short = formatVersion(version, 2);
		if (!wantVersions.includes(short)) {
			checks.push({
				id: `executable.version:${name}`,
				ok: false,
				code: 'bundle.wrong-version',
				file: from,
				message: `${from} is version ${formatVersion(version)} but ${osName(target)} needs ${wantVersions.join(' or ')}; use the Deploy.cab of ${osName(target)}${short === '5.1' ? ' or pass --os xp' : short === '5.2' ? ' or pass --os 2003' : ''}.`,
			});
		} else {
			checks.push({ id: `executable.version:${name}`, ok: true, file: from, message: `${from} is version ${formatVersion(version)}.` });
		}
	}
	if (versions.length > 1) {
		const distinct = new Set(versions.map((v) => formatVersion(v.version)));
		if (distinct.size > 1) {
			checks.push({
				id: 'executable.consistent',
				ok: false,
				code: 'bundle.mixed-versions',
				file: versions[0]!.from,
				message: `The Sysprep executables come from different builds (${versions.map((v) => `${v.name} ${formatVersion(v.version)}`).join(', ')}); take all three from the same Deploy.cab.`,
			});
		} else {
			checks.push({ id: 'executable.consistent', ok: true, message: `The Sysprep executables share version ${[...distinct][0]}.` });
		}
	}
	return checks;
}

// ---------------------------------------------------------------------------
// Workspace paths

/** Why a workspace-relative path is unsafe, or undefined when it is fine. */
export function unsafePathReason(path: string): string | undefined {
	if (path.length === 0) {
		return 'the path is empty';
	}
	if (path.includes('\0')) {
		return 'the path contains a NUL character';
	}
	if (/^[a-zA-Z]:/.test(path) || path.startsWith('/') || path.startsWith('\\')) {
		return 'the path is absolute';
	}
	if (path.split(/[\\/]/).some((s) => s === '..')) {
		return 'the path climbs out of the workspace with ..';
	}
	return undefined;
}

/** Normalises `a\b/./c` to `a/b/c` (no `..` resolution: such paths are refused). */
export function normalizeRelative(path: string): string {
	return path
		.split(/[\\/]+/)
		.filter((s) => s !== '' && s !== '.')
		.join('/');
}

/**
 * Resolves a symbolic link's target lexically against the link's folder.
 * Returns the workspace-relative target, or undefined when it leaves the workspace.
 */
export function resolveLinkTarget(linkPath: string, target: string): string | undefined {
	if (/^[a-zA-Z]:/.test(target) || target.startsWith('/') || target.startsWith('\\')) {
		return undefined;
	}
	const parts = normalizeRelative(linkPath).split('/');
	parts.pop();
	for (const seg of target.split(/[\\/]+/)) {
		if (seg === '' || seg === '.') {
			continue;
		}
		if (seg === '..') {
			if (parts.length === 0) {
				return undefined;
			}
			parts.pop();
		} else {
			parts.push(seg);
		}
	}
	return parts.join('/');
}

// ---------------------------------------------------------------------------
// Text encodings

const cp1252High: readonly number[] = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const cp1252Encode = new Map<number, number>(cp1252High.map((cp, i) => [cp, 0x80 + i]));

export type SourceEncoding = 'windows-1252' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
	readonly text: string;
	readonly encoding: SourceEncoding;
}

/** Decodes an answer file or script as Setup and editors would. */
export function decodeText(bytes: Uint8Array): DecodedText {
	const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) {
		return { text: b.subarray(2, 2 + ((b.length - 2) & ~1)).toString('utf16le'), encoding: 'utf-16le' };
	}
	if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
		const swapped = Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)));
		swapped.swap16();
		return { text: swapped.toString('utf16le'), encoding: 'utf-16be' };
	}
	if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
		return { text: b.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
	}
	let ascii = true;
	for (let i = 0; i < b.length; i++) {
		if (b[i]! >= 0x80) {
			ascii = false;
			break;
		}
	}
	if (!ascii) {
		try {
			return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
		} catch {
			// not UTF-8: fall through to the ANSI code page
		}
	}
	let text = '';
	for (let i = 0; i < b.length; i++) {
		const c = b[i]!;
		text += String.fromCharCode(c >= 0x80 && c < 0xa0 ? cp1252High[c - 0x80]! : c);
	}
	return { text, encoding: 'windows-1252' };
}

export interface EncodingProblem {
	readonly line: number;
	readonly column: number;
	readonly char: string;
}

export type EncodeResult =
	| { readonly ok: true; readonly bytes: Uint8Array; readonly encoding: 'windows-1252' | 'utf-16le' }
	| { readonly ok: false; readonly problems: readonly EncodingProblem[] };

/** `\r\n` everywhere. */
export function toCrlf(text: string): string {
	return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/**
 * Encodes an answer file for Setup: CRLF line endings, UTF-16LE with BOM when
 * the source was UTF-16, otherwise Windows-1252; characters that code page
 * lacks are reported (line and column are 1-based).
 */
export function encodeAnswerFile(decoded: DecodedText): EncodeResult {
	const text = toCrlf(decoded.text);
	if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
		return { ok: true, bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), encoding: 'utf-16le' };
	}
	const out = Buffer.alloc(text.length);
	const problems: EncodingProblem[] = [];
	let line = 1;
	let col = 1;
	let n = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0)!;
		let byte: number | undefined;
		if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) {
			byte = cp;
		} else {
			byte = cp1252Encode.get(cp);
		}
		if (byte === undefined) {
			if (problems.length < 20) {
				problems.push({ line, column: col, char: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` });
			}
		} else {
			out[n++] = byte;
		}
		if (ch === '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	if (problems.length > 0) {
		return { ok: false, problems };
	}
	return { ok: true, bytes: out.subarray(0, n), encoding: 'windows-1252' };
}

/** Batch script bytes with CRLF line endings (cmd.exe mis-parses labels in LF-only files), else unchanged. */
export function scriptWithCrlf(bytes: Uint8Array): Uint8Array {
	let needs = false;
	for (let i = 0; i < bytes.length; i++) {
		if ((bytes[i] === 0x0a && (i === 0 || bytes[i - 1] !== 0x0d)) || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
			needs = true;
			break;
		}
	}
	if (!needs) {
		return bytes;
	}
	const out: number[] = [];
	for (let i = 0; i < bytes.length; i++) {
		const c = bytes[i]!;
		if (c === 0x0d) {
			out.push(0x0d, 0x0a);
			if (bytes[i + 1] === 0x0a) {
				i++;
			}
		} else if (c === 0x0a) {
			out.push(0x0d, 0x0a);
		} else {
			out.push(c);
		}
	}
	return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------
// Written bundle

export interface WrittenFile {
	readonly bundlePath: string;
	readonly size: number;
	readonly sha256: string;
}

/**
 * Compares what landed in the staging folder with the plan, and re-checks the
 * staged executables. `listed` is every file found under the staging folder.
 */
export function verifyWrittenBundle(
	planned: readonly string[],
	written: readonly WrittenFile[],
	listed: readonly string[],
	stagedExecutables: readonly ExecutableInput[],
	target: BundleTarget,
): BundleCheck[] {
	const checks: BundleCheck[] = [];
	const writtenSet = new Set(written.map((w) => w.bundlePath));
	const listedSet = new Set(listed);
	const missing = planned.filter((p) => !writtenSet.has(p) || !listedSet.has(p));
	const extra = listed.filter((p) => !planned.includes(p));
	checks.push(
		missing.length === 0 && extra.length === 0
			? { id: 'written.complete', ok: true, message: `All ${planned.length} planned files were written and nothing else.` }
			: {
					id: 'written.complete',
					ok: false,
					code: 'bundle.write-failed',
					message: `The staged bundle differs from the plan (${missing.length} missing${missing.length ? `: ${missing.slice(0, 5).join(', ')}` : ''}; ${extra.length} unexpected${extra.length ? `: ${extra.slice(0, 5).join(', ')}` : ''}); a file changed during the build — run it again.`,
				},
	);
	const again = verifyExecutables(stagedExecutables, target).filter((c) => !c.ok);
	checks.push(
		again.length === 0
			? { id: 'written.executables', ok: true, message: 'The staged Sysprep executables pass the same checks.' }
			: {
					id: 'written.executables',
					ok: false,
					code: 'bundle.write-failed',
					message: `The staged Sysprep executables no longer pass: ${again.map((c) => c.message).join(' ')} A file changed during the build — run it again.`,
				},
	);
	return checks;
}
