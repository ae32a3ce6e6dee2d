/**
 * Utilities: turning file bytes into text the way Windows tools wrote them.
 * Answer files come as ANSI (Windows-1252), UTF-8 (with or without BOM) or
 * UTF-16 with a BOM; binary files are refused with one clear reason.
 */

export type Decoded =
	| { readonly ok: true; readonly text: string; readonly encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
	| { readonly ok: false; readonly reason: string };

/** Files larger than this are refused rather than parsed (answer files are kilobytes). */
export const maxFileBytes = 64 * 1024 * 1024;

const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Code points of bytes 0x80–0x9F in Windows-1252 (the rest of the upper half is Latin-1). */
export const cp1252HighCodes: readonly number[] = Array.from(cp1252High, (c) => c.codePointAt(0)!);

export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length > maxFileBytes) return { ok: false, reason: `the file is ${(bytes.length / 1048576).toFixed(1)} MB; answer files and scripts are far smaller, so it was not read (limit ${maxFileBytes / 1048576} MB)` };
	// UTF-32 before UTF-16: the UTF-32 LE mark FF FE 00 00 starts with the UTF-16 LE one. Windows Setup reads neither form.
	const utf32 = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0 ? 'LE' : bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff ? 'BE' : undefined;
	if (utf32) return { ok: false, reason: `the file is UTF-32 ${utf32} (its byte order mark says so), which Windows Setup and cmd.exe do not read; save it as UTF-16 or UTF-8` };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
	const nul = sample.indexOf(0);
	if (nul !== -1) {
		// UTF-16 without a BOM shows NUL in every other byte of ASCII text.
		if (looksLikeBomlessUtf16(sample)) {
			const littleEndian = sample[1] === 0;
			const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes);
			if (mostlyText(text)) return { ok: true, text, encoding: littleEndian ? 'utf-16le' : 'utf-16be' };
		}
		return { ok: false, reason: `the file is binary (a NUL byte at offset ${nul}), not a text answer file or script` };
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
	}
}

/** Text files hold almost no control characters besides tab and line breaks. */
function mostlyText(text: string): boolean {
	let control = 0;
	const length = Math.min(text.length, 32768);
	for (let i = 0; i < length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
	}
	return control <= length * 0.01;
}

function looksLikeBomlessUtf16(sample: Uint8Array): boolean {
	if (sample.length < 16) return false;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i + 1 < sample.length; i += 2) {
		if (sample[i] === 0) evenZeros++;
		if (sample[i + 1] === 0) oddZeros++;
	}
	const pairs = Math.floor(sample.length / 2);
	return (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) || (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05);
}

export function decodeWindows1252(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) {
		const chunk = bytes.subarray(i, i + 8192);
		const chars = new Array<string>(chunk.length);
		for (let j = 0; j < chunk.length; j++) {
			const byte = chunk[j];
			chars[j] = byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
		}
		out += chars.join('');
	}
	return out;
}
