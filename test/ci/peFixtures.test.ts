/**
 * CI tier (`npm run test:fixtures`, called by .ci/run): rebuilds the binary
 * fixtures with the real tool chain (mingw-w64, gcab) and checks that the
 * committed copy in test/fixtures/bundle/bin is still what the script makes:
 * the readers give the same answers for both (compilers stamp a build time
 * into each executable, so bytes cannot be compared), and both cabinets
 * extract exactly like cabextract.
 *
 * Without the tools the tests skip with a message, unless
 * RESEAL_REQUIRE_TOOLCHAIN=1 (set by .ci/run after installing them).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { openCab } from '../../server/src/bundle/cab';
import { readPe } from '../../server/src/bundle/pe';
import { fixtureBin, hasTool, readManifest, repoRoot } from '../fixtures/bundle/fixtures';

const tools = ['i686-w64-mingw32-gcc', 'x86_64-w64-mingw32-gcc', 'i686-w64-mingw32-windres', 'x86_64-w64-mingw32-windres', 'gcab', 'cabextract'];
const missing = tools.filter((t) => !hasTool(t));
if (missing.length > 0 && process.env.RESEAL_REQUIRE_TOOLCHAIN === '1') {
	throw new Error(`RESEAL_REQUIRE_TOOLCHAIN=1 but ${missing.join(', ')} missing (apt-get install mingw-w64 gcab cabextract)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')} (apt-get install mingw-w64 gcab cabextract)` : false;

const rebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-pe-rebuild-'));
after(() => fs.rmSync(rebuilt, { recursive: true, force: true }));
if (!skip) {
	const run = spawnSync('bash', [path.join(repoRoot, 'scripts/build-pe-fixtures.sh'), rebuilt], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`build-pe-fixtures.sh failed (${run.status}): ${run.stderr}`);
}

const committed = readManifest(fixtureBin);

/** What the PE reader says, without the fields a rebuild changes (time stamp, checksum). */
function peAnswer(file: string): unknown {
	const r = readPe(fs.readFileSync(file));
	if (!r.ok) return { ok: false, reason: r.reason };
	const { machine, machineName, architecture, format, characteristics, isExecutable, isDll, fileVersion, productVersion, versionProblem } = r.info;
	return { machine, machineName, architecture, format, characteristics, isExecutable, isDll, fileVersion, productVersion, versionProblem };
}

/** What the cabinet reader says: folders, files and each file's extraction (bytes as SHA-256). */
function cabAnswer(file: string, contentOf: (name: string) => string): unknown {
	const r = openCab(fs.readFileSync(file));
	if (!r.ok) return { ok: false, reason: r.reason };
	return {
		compression: r.cabinet.folders.map((f) => f.compression),
		files: r.cabinet.files.map((f) => {
			const x = r.cabinet.extract(f.name);
			return { name: f.name, extracted: x.ok ? contentOf(f.name) === Buffer.from(x.bytes).toString('base64') : x.reason };
		}),
	};
}

test('the rebuild makes the same set of files as the committed manifest lists', { skip }, () => {
	assert.deepEqual([...readManifest(rebuilt).keys()].sort(), [...committed.keys()].sort());
});

test('the PE reader answers the same for every committed and rebuilt executable', { skip }, () => {
	const exes = [...committed.keys()].filter((rel) => rel.endsWith('.exe'));
	assert.ok(exes.length >= 14, 'four flavours of three executables, a text file and a DOS stub');
	for (const rel of exes) {
		assert.deepEqual(peAnswer(path.join(fixtureBin, rel)), peAnswer(path.join(rebuilt, rel)), rel);
	}
});

test('text fixtures are byte for byte what the script writes', { skip }, () => {
	for (const rel of ['big.txt', 'notpe.exe', 'dos.exe']) {
		assert.equal(readManifest(rebuilt).get(rel), committed.get(rel), rel);
	}
});

for (const [label, dir] of [
	['committed', fixtureBin],
	['rebuilt', rebuilt],
] as const) {
	test(`the ${label} cabinets extract exactly like cabextract, and the corrupt one fails only its checksum`, { skip }, () => {
		for (const cab of ['deploy-mszip.cab', 'deploy-none.cab']) {
			const out = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-cabextract-'));
			try {
				execFileSync('cabextract', ['-q', '-d', out, path.join(dir, cab)]);
				const answer = cabAnswer(path.join(dir, cab), (name) => fs.readFileSync(path.join(out, name)).toString('base64')) as { files: { name: string; extracted: unknown }[] };
				assert.deepEqual(answer.files.map((f) => f.name).sort(), fs.readdirSync(out).sort(), cab);
				for (const f of answer.files) assert.equal(f.extracted, true, `${cab}: ${f.name} differs from cabextract`);
			} finally {
				fs.rmSync(out, { recursive: true, force: true });
			}
		}
		const corrupt = openCab(fs.readFileSync(path.join(dir, 'deploy-corrupt.cab')));
		assert.ok(corrupt.ok);
		const x = corrupt.cabinet.extract('sysprep.exe');
		assert.ok(!x.ok && /checksum mismatch/.test(x.reason));
		// cabextract agrees the file is damaged.
		assert.notEqual(spawnSync('cabextract', ['-t', path.join(dir, 'deploy-corrupt.cab')]).status, 0);
	});
}

test('the cabinet reader answers the same for committed and rebuilt cabinets', { skip }, () => {
	const packed = (dir: string) => (name: string) => fs.readFileSync(path.join(dir, name.endsWith('.txt') ? name : path.join('x86-5.1', name))).toString('base64');
	for (const cab of ['deploy-mszip.cab', 'deploy-none.cab', 'deploy-corrupt.cab']) {
		assert.deepEqual(cabAnswer(path.join(fixtureBin, cab), packed(fixtureBin)), cabAnswer(path.join(rebuilt, cab), packed(rebuilt)), cab);
	}
});
