/**
 * Model: the image metadata of a Windows imaging file (`install.wim`,
 * `install.esd`), read from bytes only. A WIM starts with a 208-byte header
 * whose `rhXmlData` resource header points at a UTF-16 XML document listing
 * every image (name, description, edition, architecture, languages, build).
 * That document is all Reseal needs, so a multi-gigabyte file costs two small
 * reads: the header, then the XML resource (`io/imageReader.ts` does them).
 *
 * Layout facts: the WIM header (`WIMHEADER_V1_PACKED`) and resource header
 * (`RESHDR_DISK_SHORT`) as documented in Microsoft's "Windows Imaging File
 * Format (WIM)" white paper and implemented by wimlib (`include/wimlib/header.h`,
 * `resource.h`). ESD files are the same container with solid resources
 * (version 0xE00). Pure: never throws, never reads beyond what it is given.
 */
import { decodeBytes } from '../util/decode';
import { childElements, parseXml, textContent, type XmlElement } from './xmlParser';

/** Size of the on-disk header; the XML resource follows wherever it points. */
export const wimHeaderBytes = 208;
/** The XML document of real media is tens of kilobytes; anything past this is not metadata we trust. */
export const maxWimXmlBytes = 16 * 1024 * 1024;

const wimMagic = 'MSWIM\0\0\0';
const pipableMagic = 'WLPWM\0\0\0';
const resourceCompressed = 0x04;
const headerFlagSpanned = 0x08;

export interface WimHeader {
	/** `esd` when the file uses solid resources (version 0xE00), else `wim`. */
	readonly format: 'wim' | 'esd';
	readonly version: number;
	readonly imageCount: number;
	readonly partNumber: number;
	readonly totalParts: number;
	readonly bootIndex: number;
	readonly xml: { readonly offset: number; readonly size: number; readonly compressed: boolean };
}

export type WimHeaderResult = { readonly ok: true; readonly header: WimHeader } | { readonly ok: false; readonly reason: string };

/**
 * Reads the header. `fileSize` lets it say "truncated" rather than pointing
 * past the end; a split image (`.swm`) and a compressed XML resource are refused
 * with the reason, because their metadata is not a plain read away.
 */
export function readWimHeader(bytes: Uint8Array, fileSize: number): WimHeaderResult {
	if (bytes.length < 8) return { ok: false, reason: `not a Windows image: ${fileSize} bytes is shorter than a WIM header` };
	const magic = ascii(bytes, 0, 8);
	if (magic === pipableMagic) return { ok: false, reason: 'a pipable WIM (wimlib --pipable) keeps its metadata at the end; convert it with `wimoptimize --not-pipable` first' };
	if (magic !== wimMagic) return { ok: false, reason: 'not a Windows image: it does not start with the WIM signature MSWIM' };
	if (bytes.length < wimHeaderBytes || fileSize < wimHeaderBytes) return { ok: false, reason: `truncated: a WIM header is ${wimHeaderBytes} bytes, the file has ${fileSize}` };
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerSize = view.getUint32(8, true);
	if (headerSize !== wimHeaderBytes) return { ok: false, reason: `not a WIM header Reseal can read: its size field says ${headerSize} bytes, not ${wimHeaderBytes}` };
	const version = view.getUint32(12, true);
	const flags = view.getUint32(16, true);
	const partNumber = view.getUint16(40, true);
	const totalParts = view.getUint16(42, true);
	const imageCount = view.getUint32(44, true);
	// rhXmlData: 7-byte stored size, 1 flag byte, 8-byte offset, 8-byte original size.
	const storedSize = readUint56(view, 72);
	const resourceFlags = view.getUint8(79);
	const offset = readUint64(view, 80);
	const size = readUint64(view, 88);
	const bootIndex = view.getUint32(120, true);
	if (totalParts > 1 || (flags & headerFlagSpanned) !== 0) {
		return { ok: false, reason: `part ${partNumber} of ${totalParts} of a split image (.swm); point Reseal at the whole install.wim or install.esd (wimlib-imagex join rebuilds it)` };
	}
	if ((resourceFlags & resourceCompressed) !== 0) {
		return { ok: false, reason: 'its XML metadata is stored compressed, which Reseal does not read (Microsoft media and wimlib store it uncompressed)' };
	}
	if (size === 0 || offset < wimHeaderBytes) return { ok: false, reason: 'the header points at no XML metadata' };
	if (size > maxWimXmlBytes || storedSize !== size) return { ok: false, reason: `the XML metadata would be ${size} bytes; real images carry far less, so it was not read (limit ${maxWimXmlBytes / 1048576} MB)` };
	if (offset + size > fileSize) return { ok: false, reason: `truncated: the XML metadata ends at byte ${offset + size}, the file has ${fileSize}` };
	return { ok: true, header: { format: version === 0xe00 ? 'esd' : 'wim', version, imageCount, partNumber, totalParts, bootIndex, xml: { offset, size, compressed: false } } };
}

/** One image of the file as its XML describes it; absent fields are undefined. */
export interface WimImage {
	readonly index: number;
	readonly name?: string;
	readonly description?: string;
	readonly displayName?: string;
	readonly flags?: string;
	readonly editionId?: string;
	readonly installationType?: string;
	readonly productName?: string;
	/** The `ARCH` number (`knowledge/windowsImages.ts` names it). */
	readonly arch?: number;
	readonly languages: readonly string[];
	readonly defaultLanguage?: string;
	readonly version?: { readonly major?: number; readonly minor?: number; readonly build?: number; readonly spBuild?: number };
	readonly totalBytes?: number;
	/**
	 * Every leaf of the image's XML by its path below `IMAGE` (`NAME`,
	 * `WINDOWS/EDITIONID`, …), upper case as the file writes it: Setup's
	 * `MetaData` keys are such paths (`/IMAGE/NAME`), so any key can be matched.
	 */
	readonly fields: ReadonlyMap<string, string>;
}

export type WimXmlResult = { readonly ok: true; readonly images: readonly WimImage[] } | { readonly ok: false; readonly reason: string };

/** Parses the XML resource (UTF-16LE with a BOM on real media; the one decoder tells). */
export function parseWimXml(bytes: Uint8Array): WimXmlResult {
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) return { ok: false, reason: `the XML metadata cannot be read as text: ${decoded.reason}` };
	const xml = parseXml(decoded.text);
	const root = xml.root;
	if (!root || root.localName !== 'WIM') return { ok: false, reason: 'the XML metadata has no <WIM> root element' };
	const images: WimImage[] = [];
	for (const element of childElements(root)) {
		if (element.localName !== 'IMAGE') continue;
		const index = Number(element.attributes.find((attr) => attr.localName === 'INDEX')?.value);
		if (!Number.isInteger(index) || index < 1) continue;
		const windows = child(element, 'WINDOWS');
		const languages = windows ? child(windows, 'LANGUAGES') : undefined;
		const version = windows ? child(windows, 'VERSION') : undefined;
		images.push({
			index,
			name: text(element, 'NAME'),
			description: text(element, 'DESCRIPTION'),
			displayName: text(element, 'DISPLAYNAME'),
			flags: text(element, 'FLAGS'),
			editionId: windows && text(windows, 'EDITIONID'),
			installationType: windows && text(windows, 'INSTALLATIONTYPE'),
			productName: windows && text(windows, 'PRODUCTNAME'),
			arch: windows && integer(windows, 'ARCH'),
			languages: languages ? childElements(languages).filter((item) => item.localName === 'LANGUAGE').map((item) => textContent(item).trim()).filter((item) => item !== '') : [],
			defaultLanguage: languages && text(languages, 'DEFAULT'),
			version: version && { major: integer(version, 'MAJOR'), minor: integer(version, 'MINOR'), build: integer(version, 'BUILD'), spBuild: integer(version, 'SPBUILD') },
			totalBytes: integer(element, 'TOTALBYTES'),
			fields: leafFields(element),
		});
	}
	images.sort((a, b) => a.index - b.index);
	return { ok: true, images };
}

/** Leaf texts by path; the XML is small and shallow, so the walk is bounded by it. */
function leafFields(image: XmlElement): Map<string, string> {
	const fields = new Map<string, string>();
	const stack: { element: XmlElement; path: string }[] = childElements(image).map((element) => ({ element, path: element.localName }));
	while (stack.length > 0) {
		const { element, path } = stack.pop()!;
		const children = childElements(element);
		if (children.length === 0) {
			if (!fields.has(path)) fields.set(path, textContent(element).trim());
			continue;
		}
		for (const item of children) stack.push({ element: item, path: `${path}/${item.localName}` });
	}
	return fields;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
	return childElements(element).find((item) => item.localName === name);
}

function text(element: XmlElement, name: string): string | undefined {
	const found = child(element, name);
	const value = found ? textContent(found).trim() : '';
	return value === '' ? undefined : value;
}

function integer(element: XmlElement, name: string): number | undefined {
	const value = text(element, name);
	if (value === undefined || !/^(?:0x[0-9a-f]+|\d+)$/i.test(value)) return undefined;
	const parsed = Number(value);
	return Number.isSafeInteger(parsed) ? parsed : undefined;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
	let out = '';
	for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
	return out;
}

function readUint56(view: DataView, at: number): number {
	return view.getUint32(at, true) + view.getUint16(at + 4, true) * 2 ** 32 + view.getUint8(at + 6) * 2 ** 48;
}

function readUint64(view: DataView, at: number): number {
	const high = view.getUint32(at + 4, true);
	// Offsets past 2^53 do not occur in real files; clamp so the bounds tests refuse them.
	return high >= 2 ** 21 ? Number.MAX_SAFE_INTEGER : view.getUint32(at, true) + high * 2 ** 32;
}
