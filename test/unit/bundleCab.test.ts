/**
 * Bundle layer: the cabinet reader against real gcab cabinets (MSZIP and
 * uncompressed), checked byte for byte against cabextract.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cabChecksum, openCab } from '../../server/src/bundle/cab';
import { peFixtures, sh } from '../fixtures/bundle/fixtures';

const fx = peFixtures();
const skip = 'skip' in fx ? fx.skip : false;
const dir = 'dir' in fx ? fx.dir : '';

for (const flavour of ['mszip', 'none']) {
	test(`extracts every file of a ${flavour} cabinet exactly like cabextract`, { skip }, () => {
		const cabPath = path.join(dir, `deploy-${flavour}.cab`);
		const out = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-cabextract-'));
		try {
			sh('cabextract', ['-q', '-d', out, cabPath]);
			const opened = openCab(fs.readFileSync(cabPath));
			assert.ok(opened.ok, !opened.ok ? opened.reason : '');
			const cab = opened.cabinet;
			assert.equal(cab.folders[0]!.compression, flavour);
			assert.ok(cab.folders[0]!.blockCount > 1, 'several CFDATA blocks, so MSZIP history crosses blocks');
			assert.deepEqual(cab.files.map((f) => f.name).sort(), fs.readdirSync(out).sort());
			for (const f of cab.files) {
				const mine = cab.extract(f.name);
				assert.ok(mine.ok, !mine.ok ? mine.reason : '');
				assert.ok(Buffer.from(mine.bytes).equals(fs.readFileSync(path.join(out, f.name))), `${f.name} differs from cabextract`);
			}
			assert.ok(cab.find('SYSPREP.EXE'), 'names match case-insensitively');
		} finally {
			fs.rmSync(out, { recursive: true, force: true });
		}
	});
}

test('detects a corrupted data block through its checksum', { skip }, () => {
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

test('reports LZX and Quantum as unsupported compression', { skip }, () => {
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

test('never throws on truncated or corrupted cabinets', { skip }, () => {
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
