/**
 * Security: hostile workspace and output shapes for `reseal bundle` (issue 23)
 * — a link plus a file whose name holds backslashes, `--out` reached through
 * a link, a folder that merely holds a file called `reseal-manifest.json`,
 * names Windows cannot hold, a cabinet whose folders share one stream.
 * In-process through `runBundleCommand` with the fake analyser.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { openCab } from '../../server/src/bundle/cab';
import { planBundle, type InMemoryFile } from '../../server/src/bundle/planBundle';
import { windowsPathProblem } from '../../server/src/bundle/verify';
import { runBundleCommand } from '../../server/src/cli/bundleCommand';
import { openInside, readWorkspace, writeBundle } from '../../server/src/io/bundleWriter';
import { zeroBombCab } from '../fixtures/bundle/hostileCab';
import { ansi, fakeAnalyzer, peFixtures, sampleInf, sampleWorkspace, tree, writeTree } from '../fixtures/bundle/fixtures';

const { dir } = peFixtures();
const posix = process.platform !== 'win32';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await runBundleCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { analyzer: fakeAnalyzer, toolVersion: '9.9.9-test', handleSignals: false });
	return { code, stdout, stderr };
}

function tmp(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-hostile-'));
}

// ---------------------------------------------------------------------------
// 1. A link plus a file named `x\etc\passwd`

test('a link `x` and a file named `x\\etc\\passwd`: refused by name, and the writer never opens through the link', { skip: !posix && 'backslashes cannot be in names on Windows' }, async () => {
	const root = tmp();
	try {
		const host = path.join(root, 'host');
		fs.mkdirSync(path.join(host, 'etc'), { recursive: true });
		fs.writeFileSync(path.join(host, 'etc', 'passwd'), 'HOST-ONLY-4d1c');
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		writeTree(ws, [{ path: 'answer/Sysprep.inf', bytes: ansi(sampleInf.replace('Sysprep\\drivers\\video', 'Sysprep\\drivers\\video;Sysprep\\x\\etc')) }]);
		fs.symlinkSync(host, path.join(ws, 'x'));
		fs.writeFileSync(path.join(ws, 'x\\etc\\passwd'), 'decoy');
		const out = path.join(root, 'out');
		const r = await run([ws, '--out', out]);
		assert.equal(r.code, 1, r.stdout + r.stderr);
		assert.match(r.stderr, /bundle\.unsafe-path: x\\etc\\passwd: a name contains a backslash, which Windows reads as a folder separator/);
		assert.equal(fs.existsSync(out), false);

		// The writer on its own: a plan (however it came about) naming a path through the link fails.
		const reader = readWorkspace(ws);
		const good = path.join(root, 'good');
		writeTree(good, sampleWorkspace(dir));
		const plan = planBundle(readWorkspace(good), fakeAnalyzer);
		assert.ok(plan.ok);
		assert.equal(reader.read('x/etc/passwd'), undefined, 'the reader does not follow x');
		assert.throws(() => openInside(ws, 'x/etc/passwd'), /x is a symbolic link; links are never followed/);
		fs.symlinkSync(host, path.join(good, 'x'));
		const hostile = { ...plan, files: [...plan.files, { bundlePath: 'Sysprep/drivers/passwd', source: { kind: 'workspace' as const, path: 'x/etc/passwd' }, role: 'folder' as const, from: 'x/etc/passwd' }] };
		const written = await writeBundle(hostile, { workspaceRoot: good, out, toolVersion: 't' });
		assert.equal(written.ok, false);
		assert.match(written.ok ? '' : written.reason, /x is a symbolic link; links are never followed/);
		assert.equal(fs.existsSync(out), false);
		assert.deepEqual(fs.readdirSync(root).filter((n) => n.includes('.reseal-')), []);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('openInside: folders on the way must be folders, the file a regular file; a link at any depth is refused', () => {
	const root = tmp();
	try {
		fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
		fs.writeFileSync(path.join(root, 'a', 'b', 'f.inf'), 'inside');
		fs.symlinkSync(path.join(root, 'a'), path.join(root, 'link'));
		fs.symlinkSync(path.join(root, 'a', 'b', 'f.inf'), path.join(root, 'a', 'file-link.inf'));
		const fd = openInside(root, 'a/b/f.inf');
		assert.equal(fs.readFileSync(fd, 'utf8'), 'inside');
		fs.closeSync(fd);
		assert.throws(() => openInside(root, 'link/b/f.inf'), /link is a symbolic link/);
		assert.throws(() => openInside(root, 'a/file-link.inf'), /a\/file-link\.inf is a symbolic link/);
		assert.throws(() => openInside(root, 'a/b'), /not a regular file/);
		for (const bad of ['a/../a/b/f.inf', 'a//b/f.inf', './a/b/f.inf', 'a\\b\\f.inf', '']) {
			assert.throws(() => openInside(root, bad), /not a plain workspace path/, bad);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// 10. `--out` replaces only a bundle Reseal built; 12. compared as folders, not as text

test('--out holding a reseal-manifest.json beside other files, or a foreign manifest, is refused and left as it was', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		assert.equal((await run([ws, '--out', out, '--zip'])).code, 0);
		const manifest = fs.readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8');
		const cases: [string, (folder: string) => void, RegExp][] = [
			['a user file beside a copied manifest', (f) => {
				fs.writeFileSync(path.join(f, 'reseal-manifest.json'), manifest);
				fs.writeFileSync(path.join(f, 'thesis.docx'), 'years of work');
			}, /thesis\.docx is not one of the bundle's files/],
			['a manifest of another tool', (f) => fs.writeFileSync(path.join(f, 'reseal-manifest.json'), '{"tool":{"name":"other"},"files":[]}'), /is not a Reseal manifest/],
			['a manifest that is not JSON', (f) => fs.writeFileSync(path.join(f, 'reseal-manifest.json'), 'notes'), /is not JSON/],
			['a previous bundle with a file added', (f) => {
				fs.cpSync(out, f, { recursive: true });
				fs.writeFileSync(path.join(f, 'Sysprep', 'mine.txt'), 'added by hand');
			}, /Sysprep\/mine\.txt is not one of the bundle's files/],
			['a previous bundle with a folder added', (f) => {
				fs.cpSync(out, f, { recursive: true });
				fs.mkdirSync(path.join(f, 'Sysprep', 'mine', 'deep'), { recursive: true });
			}, /Sysprep\/mine is not one of the bundle's files/],
			['a previous bundle with a link added', (f) => {
				fs.cpSync(out, f, { recursive: true });
				fs.symlinkSync(ws, path.join(f, 'ws-link'));
			}, /ws-link is not one of the bundle's files/],
			['a previous bundle missing a file', (f) => {
				fs.cpSync(out, f, { recursive: true });
				fs.rmSync(path.join(f, 'Sysprep.zip'));
			}, /1 of the files its manifest lists are missing/],
		];
		for (const [name, make, reason] of cases) {
			const folder = path.join(root, name.replace(/\W+/g, '-'));
			fs.mkdirSync(folder);
			make(folder);
			const before = tree(folder).map((f) => `${f}:${fs.lstatSync(path.join(folder, f)).size}`);
			const r = await run([ws, '--out', folder]);
			assert.equal(r.code, 2, `${name}: ${r.stdout}${r.stderr}`);
			assert.match(r.stderr, /is not a bundle Reseal built/, name);
			assert.match(r.stderr, reason, name);
			assert.deepEqual(tree(folder).map((f) => `${f}:${fs.lstatSync(path.join(folder, f)).size}`), before, `${name}: untouched`);
		}
		// A previous bundle exactly as built, and an empty folder, are replaced.
		assert.equal((await run([ws, '--out', out])).code, 0);
		const empty = path.join(root, 'empty');
		fs.mkdirSync(empty);
		assert.equal((await run([ws, '--out', empty])).code, 0);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('the built folder and its subfolders get the mode any new folder gets (umask), not 0700', { skip: !posix && 'POSIX modes' }, async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const usual = path.join(root, 'usual');
		fs.mkdirSync(usual);
		const mode = fs.statSync(usual).mode & 0o777;
		const out = path.join(root, 'out');
		assert.equal((await run([ws, '--out', out])).code, 0);
		assert.equal((fs.statSync(out).mode & 0o777).toString(8), mode.toString(8));
		assert.equal((fs.statSync(path.join(out, 'Sysprep')).mode & 0o777).toString(8), mode.toString(8));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('--out naming the workspace or a folder above it through a link is refused: the workspace is never replaced', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		// A manifest kept in the workspace (copied from an old bundle) made the textual check pass.
		fs.writeFileSync(path.join(ws, 'reseal-manifest.json'), '{"tool":{"name":"reseal","version":"1"},"files":[]}');
		fs.symlinkSync(root, path.join(root, 'alias'));
		fs.symlinkSync(ws, path.join(root, 'ws-link'));
		const before = tree(ws);
		for (const [workspace, out] of [
			[ws, path.join(root, 'alias', 'ws')],
			[path.join(root, 'ws-link'), ws],
			[ws, path.join(root, 'alias', 'alias')],
		] as const) {
			const r = await run([workspace, '--out', out]);
			assert.equal(r.code, 2, `${workspace} → ${out}: ${r.stdout}${r.stderr}`);
			assert.match(r.stderr, /is or contains the workspace/);
		}
		assert.deepEqual(tree(ws), before);
		// Inside the workspace through a link: allowed, and the output is left out of the scan by its real path.
		const inside = path.join(root, 'alias', 'ws', 'build');
		const first = await run([ws, "--out", inside]);
		assert.equal(first.code, 0, first.stdout + first.stderr);
		const again = await run([ws, '--out', inside]);
		assert.equal(again.code, 0, again.stderr);
		assert.ok(!tree(path.join(ws, 'build')).some((f) => f.includes('build/')), 'the old bundle was not bundled into the new one');
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// 11. Names Windows cannot hold

test('a bundle never holds a name Windows cannot create or treats as a device, nor a path past MAX_PATH', () => {
	const deep = `drivers/video/${'d'.repeat(100)}/${'e'.repeat(100)}/${'f'.repeat(100)}/${'g'.repeat(100)}.inf`;
	const bad: [string, RegExp][] = [
		['drivers/nic/CON.inf', /CON\.inf is the device name CON, which Windows reserves in every folder and with any extension/],
		['drivers/nic/nul', /device name NUL/],
		['drivers/nic/aux.sys', /device name AUX/],
		['drivers/nic/COM1.cat', /device name COM1/],
		['drivers/nic/lpt9.tar.gz', /device name LPT9/],
		['drivers/nic/Con .inf', /device name CON/],
		['drivers/nic/prn/x.inf', /prn is the device name PRN/],
		['drivers/nic/x.inf:Zone.Identifier', /holds :: on NTFS `:` names an alternate data stream/],
		['drivers/nic/trailing.', /ends with a dot, which Windows drops/],
		['drivers/nic/trailing ', /ends with a space, which Windows drops/],
		['drivers/nic/a*b?.inf', /holds \?: `\?` is a wildcard/],
		['drivers/nic/q"<>|.inf', /holds <: `<` is reserved/],
		['drivers/nic/bell\u0007.inf', /control character U\+0007/],
		[deep, /its path on the master computer is 432 characters long, more than the 259 Windows XP and Setup read \(MAX_PATH\)/],
	];
	for (const [name, reason] of bad) {
		const files: InMemoryFile[] = [...sampleWorkspace(dir), { path: name, bytes: ansi('[Version]\n') }];
		const plan = planBundle(files, fakeAnalyzer);
		const refused = plan.checks.filter((c) => c.code === 'bundle.windows-name');
		assert.equal(plan.ok, false, `${JSON.stringify(name)} was accepted`);
		assert.equal(refused.length, 1, JSON.stringify(name));
		assert.match(refused[0]!.message, reason, JSON.stringify(name));
		assert.match(refused[0]!.message, /cannot go to C:\\Sysprep\\drivers\\.*; rename or move it\.$/);
		assert.ok(!plan.files.some((f) => f.from === name), `${JSON.stringify(name)} is not planned`);
	}
	// Names that only look alike are fine.
	for (const name of ['console.inf', 'CONx.inf', 'com10.inf', 'lpt.inf', 'nul_.inf', 'aux-driver.sys', '.hidden.inf', 'a b.inf']) {
		const plan = planBundle([...sampleWorkspace(dir), { path: `drivers/nic/${name}`, bytes: ansi('[Version]\n') }], fakeAnalyzer);
		assert.ok(plan.ok, `${name}: ${JSON.stringify(plan.checks.filter((c) => !c.ok))}`);
	}
	// The limits are Setup's: 259 characters for a file, 247 for a folder.
	assert.equal(windowsPathProblem(`Sysprep/${'a'.repeat(259 - 'C:\\Sysprep\\'.length)}`), undefined);
	assert.match(windowsPathProblem(`Sysprep/${'a'.repeat(260 - 'C:\\Sysprep\\'.length)}`) ?? '', /260 characters long/);
	assert.match(windowsPathProblem(`Sysprep/${'f'.repeat(240)}/x.inf`) ?? '', /its folder on the master computer is 251 characters long, more than the 247/);
});

test('the writer refuses a Windows-impossible name even in a plan it did not make', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const plan = planBundle(readWorkspace(ws), fakeAnalyzer);
		const hostile = { ...plan, files: [...plan.files, { bundlePath: 'Sysprep/drivers/AUX.inf', source: { kind: 'generated' as const, bytes: new Uint8Array([1]) }, role: 'folder' as const, from: 'x' }] };
		const out = path.join(root, 'out');
		const written = await writeBundle(hostile, { workspaceRoot: ws, out, toolVersion: 't' });
		assert.match(written.ok ? '' : written.reason, /Sysprep\/drivers\/AUX\.inf: AUX\.inf is the device name AUX/);
		assert.equal(fs.existsSync(out), false);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// 9. Cabinets that inflate the same data many times

const exeNames = ['sysprep.exe', 'setupcl.exe', 'factory.exe'];

test('a Deploy.cab whose three folders share one stream of zero blocks is refused when it opens, before anything inflates', () => {
	// The reported shape: 1.7 MB, 3 × 30,000 blocks of 32 KiB (2.9 GB if inflated per folder).
	const bomb = zeroBombCab({ folders: 3, blocksPerFolder: 30000, shared: true, names: exeNames });
	assert.ok(bomb.length < 2_000_000);
	const opened = openCab(bomb);
	assert.equal(opened.ok, false);
	assert.match(opened.ok ? '' : opened.reason, /the cabinet's contents exceed 256 MiB; a Deploy\.cab holds a few megabytes/);
	// Small enough for the total, still shared: refused for the sharing itself.
	const shared = openCab(zeroBombCab({ folders: 3, blocksPerFolder: 100, shared: true, names: exeNames }));
	assert.match(shared.ok ? '' : shared.reason, /folders 0 and 1 share data blocks/);
	// The limit is on the whole cabinet, not per folder: three honest folders of 98 MiB each are too much together.
	const big = openCab(zeroBombCab({ folders: 3, blocksPerFolder: 3150, shared: false, names: exeNames }));
	assert.match(big.ok ? '' : big.reason, /contents exceed 256 MiB/);
	const one = openCab(zeroBombCab({ folders: 1, blocksPerFolder: 3150, shared: false, names: ['sysprep.exe'] }));
	assert.ok(one.ok, one.ok ? '' : one.reason);
	const limited = openCab(zeroBombCab({ folders: 3, blocksPerFolder: 2, shared: false, names: exeNames }), { maxTotalBytes: 150_000 });
	assert.match(limited.ok ? '' : limited.reason, /contents exceed 150000 bytes/);
	// Through the planner: one bundle.bad-cab per executable, nothing planned from it.
	const plan = planBundle(sampleWorkspace(dir).filter((f) => !f.path.startsWith('deploy/')), fakeAnalyzer, { deployCab: { path: '/media/DEPLOY.CAB', bytes: bomb } });
	assert.equal(plan.ok, false);
	assert.deepEqual(plan.checks.filter((c) => c.code === 'bundle.bad-cab').length, 3);
	assert.ok(!plan.files.some((f) => f.source.kind === 'cab'));
});

test('a block that inflates past what its header declares is refused without inflating it whole', () => {
	const cab = zeroBombCab({ folders: 1, blocksPerFolder: 1, shared: false, names: ['sysprep.exe'] });
	// The file claims 100 bytes and its block 100 bytes; the block holds 32 KiB of zeros.
	const headerSize = 36 + 8;
	cab.writeUInt32LE(100, headerSize);
	const dataStart = cab.readUInt32LE(36);
	cab.writeUInt16LE(100, dataStart + 6);
	const opened = openCab(cab);
	assert.ok(opened.ok, opened.ok ? '' : opened.reason);
	const r = opened.cabinet.extract('sysprep.exe');
	assert.equal(r.ok, false);
	assert.match(r.ok ? '' : r.reason, /MSZIP data block 1 of folder 0 (does not inflate|inflates to)/);
});

test('the writer takes cabinet files from the plan: it neither inflates the cabinet again nor reads a cabinet that changed since', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, [...sampleWorkspace(dir).filter((f) => !f.path.startsWith('deploy/')), { path: 'media/DEPLOY.CAB', bytes: fs.readFileSync(path.join(dir, 'deploy-mszip.cab')) }]);
		const plan = planBundle(readWorkspace(ws), fakeAnalyzer);
		assert.ok(plan.ok, JSON.stringify(plan.checks.filter((c) => !c.ok)));
		fs.writeFileSync(path.join(ws, 'media', 'DEPLOY.CAB'), zeroBombCab({ folders: 3, blocksPerFolder: 100, shared: true, names: exeNames }));
		const out = path.join(root, 'out');
		const written = await writeBundle(plan, { workspaceRoot: ws, out, toolVersion: 't' });
		assert.ok(written.ok, written.ok ? '' : written.reason);
		for (const name of exeNames) {
			assert.ok(fs.readFileSync(path.join(out, 'Sysprep', name)).equals(fs.readFileSync(path.join(dir, 'x86-5.1', name))), name);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// Low: one huge unrelated script

test('a 600 MB unrelated .cmd is left out with a note, never read; the bundle builds', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		// Sparse: 600 MB on paper, nothing on disk.
		const fd = fs.openSync(path.join(ws, 'huge.cmd'), 'w');
		fs.ftruncateSync(fd, 600 * 1024 * 1024);
		fs.closeSync(fd);
		const out = path.join(root, 'out');
		const before = process.memoryUsage().rss;
		const r = await run([ws, '--out', out]);
		assert.equal(r.code, 0, r.stdout + r.stderr);
		assert.ok(process.memoryUsage().rss - before < 300 * 1024 * 1024, 'the file was not read');
		assert.match(r.stdout, /warning bundle\.unused-file: huge\.cmd is left out: it is 600\.0 MB, far larger than an answer file or script, so it was not read \(limit 64 MB\)\./);
		assert.ok(!tree(out).some((f) => f.includes('huge')));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// What held: 300,000 links and link loops

test('300,000 links and link loops in the workspace: listed once each, never followed, and the bundle builds without them', { skip: !posix && 'links' }, async () => {
	// In memory when the system offers it: creating 300,000 links on a disk under load takes minutes.
	const shm = '/dev/shm';
	const root = fs.existsSync(shm) && fs.statSync(shm).isDirectory() ? fs.mkdtempSync(path.join(shm, 'reseal-hostile-')) : tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const many = path.join(ws, 'links');
		fs.mkdirSync(many);
		for (let i = 0; i < 300_000; i++) fs.symlinkSync(i % 2 === 0 ? '..' : `l${i + 1}`, path.join(many, `l${i}`));
		// Loops: to the workspace itself, to a parent, and two links pointing at each other.
		fs.symlinkSync(ws, path.join(ws, 'self'));
		fs.symlinkSync(root, path.join(ws, 'up'));
		fs.symlinkSync('ping', path.join(ws, 'pong'));
		fs.symlinkSync('pong', path.join(ws, 'ping'));
		const entries = readWorkspace(ws).entries();
		assert.equal(entries.filter((e) => e.type === 'symlink').length, 300_004);
		assert.equal(new Set(entries.map((e) => e.path)).size, entries.length, 'each entry once');
		assert.ok(!entries.some((e) => /^(up|self|ping|pong|links\/l\d+)\//.test(e.path)), 'nothing below a link');
		const out = path.join(root, 'out');
		const r = await run([ws, '--out', out]);
		assert.equal(r.code, 0, r.stdout + r.stderr);
		assert.ok(!tree(out).some((f) => /^(links|up|self|ping|pong)(\/|$)/.test(f)));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
