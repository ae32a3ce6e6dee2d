/**
 * Bundle layer: the PE reader against real mingw-w64 executables with a
 * windres VERSIONINFO resource (x86/x64, versions 5.1 and 5.2).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readPe } from '../../server/src/bundle/pe';
import { peFixtures } from '../fixtures/bundle/fixtures';

const { dir } = peFixtures();

test('reads machine type and VS_FIXEDFILEINFO of real executables', () => {
	const cases = [
		{ flavour: 'x86-5.1', machine: 0x14c, arch: 'x86', format: 'PE32', version: [5, 1, 2600, 5512] },
		{ flavour: 'x86-5.2', machine: 0x14c, arch: 'x86', format: 'PE32', version: [5, 2, 3790, 3959] },
		{ flavour: 'x64-5.1', machine: 0x8664, arch: 'x64', format: 'PE32+', version: [5, 1, 2600, 5512] },
		{ flavour: 'x64-5.2', machine: 0x8664, arch: 'x64', format: 'PE32+', version: [5, 2, 3790, 3959] },
	];
	for (const c of cases) {
		for (const name of ['sysprep.exe', 'setupcl.exe', 'factory.exe']) {
			const r = readPe(fs.readFileSync(path.join(dir, c.flavour, name)));
			assert.ok(r.ok, `${c.flavour}/${name}`);
			assert.equal(r.info.machine, c.machine);
			assert.equal(r.info.architecture, c.arch);
			assert.equal(r.info.format, c.format);
			assert.equal(r.info.isExecutable, true);
			assert.equal(r.info.isDll, false);
			const v = r.info.fileVersion!;
			assert.deepEqual([v.major, v.minor, v.build, v.revision], c.version, `${c.flavour}/${name}`);
			assert.deepEqual(r.info.productVersion, r.info.fileVersion);
		}
	}
});

test('rejects text, DOS stubs and empty input with a reason', () => {
	for (const [file, pattern] of [
		['notpe.exe', /no MZ signature/],
		['dos.exe', /MZ header points outside|no PE signature/],
	] as const) {
		const r = readPe(fs.readFileSync(path.join(dir, file)));
		assert.equal(r.ok, false);
		assert.match(!r.ok ? r.reason : '', pattern);
	}
	assert.equal(readPe(new Uint8Array(0)).ok, false);
	const mzNoPe = Buffer.alloc(256);
	mzNoPe.write('MZ', 0, 'latin1');
	mzNoPe.writeUInt32LE(128, 0x3c);
	const r = readPe(mzNoPe);
	assert.equal(r.ok, false);
	assert.match(!r.ok ? r.reason : '', /no PE signature/);
});

test('reports the machine field as written (ia64 patch) and a missing version resource', () => {
	const bytes = Buffer.from(fs.readFileSync(path.join(dir, 'x86-5.1', 'sysprep.exe')));
	const pe = bytes.readUInt32LE(0x3c);
	bytes.writeUInt16LE(0x200, pe + 4);
	const r = readPe(bytes);
	assert.ok(r.ok);
	assert.equal(r.info.architecture, 'ia64');
	assert.match(r.info.machineName, /ia64 \(0x200\)/);

	// Zero the resource data directory: the image is still a PE, without version.
	const noRes = Buffer.from(fs.readFileSync(path.join(dir, 'x86-5.1', 'sysprep.exe')));
	const opt = noRes.readUInt32LE(0x3c) + 24;
	noRes.writeUInt32LE(0, opt + 96 + 16);
	noRes.writeUInt32LE(0, opt + 96 + 20);
	const n = readPe(noRes);
	assert.ok(n.ok);
	assert.equal(n.info.fileVersion, undefined);
	assert.match(n.info.versionProblem ?? '', /no resources/);
});

test('never throws on truncated or corrupted images', () => {
	for (const flavour of ['x86-5.1', 'x64-5.2']) {
		const bytes = fs.readFileSync(path.join(dir, flavour, 'sysprep.exe'));
		for (let len = 0; len < bytes.length; len += 97) {
			const r = readPe(bytes.subarray(0, len));
			assert.equal(typeof r.ok, 'boolean');
		}
		let seed = 12345;
		const rand = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
		for (let i = 0; i < 300; i++) {
			const copy = Buffer.from(bytes);
			for (let k = 0; k < 8; k++) {
				copy[Math.floor(rand() * Math.min(copy.length, 1024 * (1 + (i % 16))))] = Math.floor(rand() * 256);
			}
			const r = readPe(copy);
			assert.equal(typeof r.ok, 'boolean');
		}
	}
});
