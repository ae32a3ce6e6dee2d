/**
 * Bundle layer: the ZIP records, checked with unzip/python's zipfile.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { buildZip, crc32, dosDateTime } from '../../server/src/bundle/zip';
import { hasTool, sh } from '../fixtures/bundle/fixtures';

test('crc32 matches the standard check value', () => {
	assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926);
	assert.equal(crc32(Buffer.from('456789'), crc32(Buffer.from('123'))), 0xcbf43926);
});

test('dos date and time', () => {
	const dt = dosDateTime(new Date(2003, 3, 24, 13, 45, 31));
	assert.equal(dt.date, ((2003 - 1980) << 9) | (4 << 5) | 24);
	assert.equal(dt.time, (13 << 11) | (45 << 5) | 15);
});

test('an in-memory archive opens in unzip and python zipfile with identical contents', { skip: hasTool('unzip') && hasTool('python3') ? false : 'unzip or python3 is not installed' }, () => {
	const files = [
		{ name: 'Sysprep/Sysprep.inf', bytes: Buffer.from('[Unattended]\r\nOemSkipEula=Yes\r\n'.repeat(50)) },
		{ name: 'Sysprep/i386/$OEM$/Cmdlines.txt', bytes: Buffer.from('[Commands]\r\n') },
		{ name: 'Sysprep/random.bin', bytes: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) & 0xff)) },
		{ name: 'Sysprep/empty.txt', bytes: Buffer.alloc(0) },
		{ name: 'Sysprep/Pilotes/élan.inf', bytes: Buffer.from('x') },
	];
	const zip = buildZip(files);
	assert.ok(zip.ok);
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-zip-'));
	try {
		fs.writeFileSync(path.join(tmp, 'a.zip'), zip.bytes);
		sh('unzip', ['-q', '-t', 'a.zip'], tmp);
		// python's zipfile honours the UTF-8 name flag regardless of the locale.
		sh('python3', ['-c', 'import zipfile,sys; z=zipfile.ZipFile("a.zip"); assert z.testzip() is None; z.extractall("x")'], tmp);
		for (const f of files) {
			assert.ok(fs.readFileSync(path.join(tmp, 'x', ...f.name.split('/'))).equals(f.bytes), f.name);
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
});
