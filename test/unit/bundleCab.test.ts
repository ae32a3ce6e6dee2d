/**
 * Bundle layer: the cabinet reader against real gcab cabinets (MSZIP and
 * uncompressed), checked byte for byte against the files packed into them
 * (CI also checks them against cabextract: test/ci/peFixtures.test.ts).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { cabChecksum, openCab } from '../../server/src/bundle/cab';
import { peFixtures } from '../fixtures/bundle/fixtures';

const { dir } = peFixtures();

/** What build-pe-fixtures.sh packs into both cabinets. */
const packed = ['x86-5.1/sysprep.exe', 'x86-5.1/setupcl.exe', 'x86-5.1/factory.exe', 'big.txt'];

for (const flavour of ['mszip', 'none']) {
	test(`extracts every file of a ${flavour} cabinet exactly as it was packed`, () => {
		const opened = openCab(fs.readFileSync(path.join(dir, `deploy-${flavour}.cab`)));
		assert.ok(opened.ok, !opened.ok ? opened.reason : '');
		const cab = opened.cabinet;
		assert.equal(cab.folders[0]!.compression, flavour);
		assert.ok(cab.folders[0]!.blockCount > 1, 'several CFDATA blocks, so MSZIP history crosses blocks');
		assert.deepEqual(cab.files.map((f) => f.name).sort(), packed.map((p) => path.basename(p)).sort());
		for (const p of packed) {
			const mine = cab.extract(path.basename(p));
			assert.ok(mine.ok, !mine.ok ? mine.reason : '');
			assert.ok(Buffer.from(mine.bytes).equals(fs.readFileSync(path.join(dir, p))), `${p} differs from the packed file`);
		}
		assert.ok(cab.find('SYSPREP.EXE'), 'names match case-insensitively');
	});
}

test('the committed corrupt cabinet opens, and its damaged file fails its checksum', () => {
	const r = openCab(fs.readFileSync(path.join(dir, 'deploy-corrupt.cab')));
	assert.ok(r.ok);
	const x = r.cabinet.extract('sysprep.exe');
	assert.equal(x.ok, false);
	assert.match(!x.ok ? x.reason : '', /checksum mismatch/);
});

test('detects a corrupted data block through its checksum', () => {
	const bytes = Buffer.from(fs.readFileSync(path.join(dir, 'deploy-none.cab')));
	const opened = openCab(bytes);
	assert.ok(opened.ok);
	const start = opened.cabinet.folders[0]!.dataOffset;
	const csum = bytes.readUInt32LE(start);
	assert.notEqual(csum, 0, 'gcab writes checksums');
	const cbData = bytes.readUInt16LE(start + 4);
	assert.equal(cabChecksum(bytes.subarray(start + 4, start + 8), cabChecksum(bytes.subarray(start + 8, start + 8 + cbData), 0)), csum);
	bytes[start + 8 + 100] ^= 0xff;
	const r = openCab(bytes);
	assert.ok(r.ok);
	const x = r.cabinet.extract('sysprep.exe');
	assert.equal(x.ok, false);
	assert.match(!x.ok ? x.reason : '', /checksum mismatch/);
	const lax = openCab(bytes, { verifyChecksums: false });
	assert.ok(lax.ok && lax.cabinet.extract('sysprep.exe').ok);
});

test('reports LZX and Quantum as unsupported compression', () => {
	for (const [type, name] of [
		[3 | (21 << 8), 'LZX'],
		[2, 'Quantum'],
	] as const) {
		const bytes = Buffer.from(fs.readFileSync(path.join(dir, 'deploy-mszip.cab')));
		bytes.writeUInt16LE(type, 36 + 6); // first CFFOLDER.typeCompress (no reserve area)
		const r = openCab(bytes);
		assert.ok(r.ok);
		assert.equal(r.cabinet.folders[0]!.compression, name.toLowerCase());
		const x = r.cabinet.extract('sysprep.exe');
		assert.equal(x.ok, false);
		assert.match(!x.ok ? x.reason : '', new RegExp(`unsupported compression ${name}`));
	}
});

test('never throws on truncated or corrupted cabinets', () => {
	assert.equal(openCab(Buffer.from('not a cab')).ok, false);
	for (const flavour of ['mszip', 'none']) {
		const bytes = fs.readFileSync(path.join(dir, `deploy-${flavour}.cab`));
		for (let len = 0; len < bytes.length; len += 211) {
			const r = openCab(bytes.subarray(0, len));
			if (r.ok) {
				for (const f of r.cabinet.files) {
					assert.equal(typeof r.cabinet.extract(f).ok, 'boolean');
				}
			}
		}
		let seed = 99;
		const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		for (let i = 0; i < 200; i++) {
			const copy = Buffer.from(bytes);
			for (let k = 0; k < 4; k++) {
				copy[Math.floor(rand() * Math.min(copy.length, 400))] = Math.floor(rand() * 256);
			}
			const r = openCab(copy, { verifyChecksums: i % 2 === 0 });
			if (r.ok) {
				for (const f of r.cabinet.files.slice(0, 4)) {
					assert.equal(typeof r.cabinet.extract(f).ok, 'boolean');
				}
			}
		}
	}
});
