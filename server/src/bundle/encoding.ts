/**
 * Bundle layer (pure): text encodings of the bundled files. Decoding is
 * `util/decode.ts`, shared with the CLI and the server, so the planner reads a
 * file exactly as `reseal check` does; this module adds what the bundle writes:
 * Windows-1252 or UTF-16LE (with BOM) answer files and CRLF scripts.
 */
import { cp1252HighCodes, decodeBytes, decodeWindows1252 } from '../util/decode';

const cp1252Encode = new Map<number, number>(cp1252HighCodes.map((cp, i) => [cp, 0x80 + i]));

export type SourceEncoding = 'windows-1252' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
	readonly text: string;
	readonly encoding: SourceEncoding;
}

/**
 * Decodes an answer file or script with the shared decoder. Pure ASCII counts
 * as Windows-1252 here (only real UTF-8 characters concern cmd.exe), and a file
 * the decoder refuses (binary, huge) is read byte for byte as Windows-1252 so
 * its checks still report what is wrong with it.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
	if (decoded.encoding === 'utf-8' && isAscii(bytes)) {
		return { text: decoded.text, encoding: 'windows-1252' };
	}
	return { text: decoded.text, encoding: decoded.encoding };
}

function isAscii(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) {
		if (bytes[i]! >= 0x80) {
			return false;
		}
	}
	return true;
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
