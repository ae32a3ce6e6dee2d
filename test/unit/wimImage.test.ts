/**
 * The Windows image reader (`model/wimImage.ts`, `io/imageReader.ts`) on the
 * committed wimlib-built fixtures (scripts/build-wim-fixtures.sh) and on
 * corrupt, truncated, split and hostile copies of them.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { parseWimXml, readWimHeader, wimHeaderBytes } from '../../server/src/model/wimImage';
import { readImageMetadata } from '../../server/src/io/imageReader';
import { imageRelease } from '../../server/src/services/unattendXml/unattendImage';

const imageFixtures = path.resolve(__dirname, '../fixtures/images');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-wim-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function copyWith(name: string, target: string, change: (bytes: Buffer) => Buffer): string {
	const out = path.join(scratch, target);
	fs.writeFileSync(out, change(Buffer.from(fs.readFileSync(path.join(imageFixtures, name)))));
	return out;
}

test('the client WIM lists its three images with names, editions, architecture, languages and build', () => {
	const result = readImageMetadata(path.join(imageFixtures, 'client.wim'), 'client.wim');
	assert.ok(result.ok, result.ok ? '' : result.reason);
	assert.equal(result.format, 'wim');
	assert.deepEqual(
		result.images.map((image) => [image.index, image.name, image.editionId, image.arch, image.version?.build, image.languages.join(',')]),
		[
			[1, 'Windows 11 Home', 'Core', 9, 22631, 'en-US'],
			[2, 'Windows 11 Pro', 'Professional', 9, 22631, 'en-US'],
			[3, 'Windows 11 Pro N', 'ProfessionalN', 9, 22631, 'en-US'],
		],
	);
	assert.equal(result.images[1].fields.get('WINDOWS/EDITIONID'), 'Professional');
	assert.equal(imageRelease(result.images[0])?.target, 'win11');
});

test('the solid ESD is read the same way, and its Server images are Server 2022', () => {
	const result = readImageMetadata(path.join(imageFixtures, 'server.esd'));
	assert.ok(result.ok, result.ok ? '' : result.reason);
	assert.equal(result.format, 'esd');
	assert.deepEqual(result.images.map((image) => image.name), ['Windows Server 2022 Standard', 'Windows Server 2022 Datacenter']);
	assert.deepEqual(result.images[0].languages, ['en-US', 'de-DE']);
	assert.equal(result.images[0].defaultLanguage, 'en-US');
	assert.equal(imageRelease(result.images[0])?.target, 'ws2022');
});

test('an uncompressed x86 WIM reads as x86 Windows 10', () => {
	const result = readImageMetadata(path.join(imageFixtures, 'x86.wim'));
	assert.ok(result.ok);
	assert.equal(result.images[0].arch, 0);
	assert.equal(imageRelease(result.images[0])?.target, 'win10');
});

const refusals: [string, (bytes: Buffer) => Buffer, RegExp][] = [
	['a text file', () => Buffer.from('<unattend/>\n'), /not a Windows image: it does not start with the WIM signature/],
	['an empty file', () => Buffer.alloc(0), /shorter than a WIM header/],
	['a header cut short', (bytes) => bytes.subarray(0, 100), /truncated: a WIM header is 208 bytes/],
	['a file cut before its XML ends', (bytes) => bytes.subarray(0, bytes.length - 40), /truncated: the XML metadata ends at byte/],
	[
		'a split image (part 1 of 2)',
		(bytes) => {
			bytes.writeUInt16LE(2, 42);
			return bytes;
		},
		/part 1 of 2 of a split image \(\.swm\)/,
	],
	[
		'compressed XML metadata',
		(bytes) => {
			bytes[79] |= 0x04;
			return bytes;
		},
		/XML metadata is stored compressed/,
	],
	[
		'a pipable WIM',
		(bytes) => {
			bytes.write('WLPWM\0\0\0', 0, 'latin1');
			return bytes;
		},
		/pipable WIM/,
	],
	[
		'an XML resource claimed to be 4 GB',
		(bytes) => {
			bytes.writeUInt32LE(0xffffffff, 72);
			bytes.writeUInt32LE(0xffffffff, 88);
			return bytes;
		},
		/would be 4294967295 bytes/,
	],
	[
		'an XML offset past 2^53',
		(bytes) => {
			bytes.writeUInt32LE(0xffffffff, 84);
			return bytes;
		},
		/truncated/,
	],
	[
		'XML that is not the WIM document',
		(bytes) => {
			const offset = Number(bytes.readBigUInt64LE(80));
			const size = Number(bytes.readBigUInt64LE(88));
			const junk = Buffer.from('\ufeff<NOTWIM/>'.padEnd(size / 2, ' '), 'utf16le');
			junk.copy(bytes, offset);
			return bytes;
		},
		/no <WIM> root element/,
	],
];

for (const [name, change, reason] of refusals) {
	test(`refused with a reason: ${name}`, () => {
		const file = copyWith('client.wim', `${name.replace(/\W+/g, '-')}.wim`, change);
		const result = readImageMetadata(file, 'x.wim');
		assert.equal(result.ok, false);
		assert.match(result.ok ? '' : result.reason, reason);
	});
}

test('a folder, a missing file and a FIFO are refused without blocking', () => {
	const missing = readImageMetadata(path.join(scratch, 'nope.wim'));
	assert.ok(!missing.ok && /ENOENT/.test(missing.reason));
	const folder = readImageMetadata(scratch);
	assert.ok(!folder.ok && /not a regular file/.test(folder.reason));
	const fifo = path.join(scratch, 'pipe.wim');
	try {
		execFileSync('mkfifo', [fifo]);
	} catch {
		return; // no mkfifo on this platform
	}
	const result = readImageMetadata(fifo);
	assert.ok(!result.ok && /not a regular file/.test(result.reason));
});

test('a sparse 5 GB image is read from its header and XML only', () => {
	const source = fs.readFileSync(path.join(imageFixtures, 'client.wim'));
	const big = path.join(scratch, 'big.wim');
	const fd = fs.openSync(big, 'w');
	try {
		// Move the XML to the end of a 5 GB sparse file and point the header at it.
		const offset = Number(source.readBigUInt64LE(80));
		const size = Number(source.readBigUInt64LE(88));
		const header = Buffer.from(source.subarray(0, wimHeaderBytes));
		const at = 5 * 1024 ** 3;
		header.writeBigUInt64LE(BigInt(at), 80);
		fs.writeSync(fd, header, 0, header.length, 0);
		fs.writeSync(fd, source, offset, size, at);
	} finally {
		fs.closeSync(fd);
	}
	const result = readImageMetadata(big);
	assert.ok(result.ok, result.ok ? '' : result.reason);
	assert.equal(result.images.length, 3);
});

test('the pure readers never throw on arbitrary bytes', () => {
	const valid = fs.readFileSync(path.join(imageFixtures, 'client.wim'));
	fc.assert(
		fc.property(fc.uint8Array({ maxLength: 400 }), fc.nat(valid.length), (noise, at) => {
			const bytes = Buffer.from(valid);
			Buffer.from(noise).copy(bytes, Math.min(at, bytes.length));
			const header = readWimHeader(bytes, bytes.length);
			if (header.ok) parseWimXml(bytes.subarray(header.header.xml.offset, header.header.xml.offset + header.header.xml.size));
			parseWimXml(noise);
		}),
		{ numRuns: 300 },
	);
});
