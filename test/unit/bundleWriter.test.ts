/**
 * IO + CLI: `reseal bundle` on real folders — atomic writes, the manifest,
 * the ZIP, exit codes, and that every verification failure writes nothing.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { runBundleCommand, type BundleCommandDeps } from '../../server/src/cli/bundleCommand';
import type { BundleManifest } from '../../server/src/io/bundleWriter';
import { ansi, exes, fakeAnalyzer, hasTool, peFixtures, repoRoot, sampleInf, sampleWorkspace, sh, writeTree, sha, tree } from '../fixtures/bundle/fixtures';

const { dir } = peFixtures();

async function run(argv: string[], deps: BundleCommandDeps = {}): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const code = await runBundleCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { analyzer: fakeAnalyzer, toolVersion: '9.9.9-test', handleSignals: false, ...deps });
	return { code, stdout, stderr };
}

function tmp(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-bundle-test-'));
}

function leftovers(parent: string): string[] {
	return fs.readdirSync(parent).filter((n) => n.includes('.reseal-'));
}

test('builds Sysprep/, the manifest and the ZIP; the manifest matches the files', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		const r = await run([ws, '--out', out, '--zip']);
		assert.equal(r.code, 0, r.stderr);
		assert.match(r.stdout, /Built .*out: Sysprep\/ \(13 files/);
		const manifest = JSON.parse(fs.readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8')) as BundleManifest;
		assert.equal(manifest.tool.version, '9.9.9-test');
		assert.deepEqual(manifest.target, { os: 'xp', arch: 'x86', windows: 'Windows XP', inferred: true });
		const files = tree(out).filter((f) => f.startsWith('Sysprep/'));
		assert.deepEqual(manifest.files.map((f) => f.path).sort(), files);
		for (const f of manifest.files) {
			const abs = path.join(out, ...f.path.split('/'));
			assert.equal(f.size, fs.statSync(abs).size, f.path);
			assert.equal(f.sha256, sha(abs), f.path);
		}
		assert.ok(fs.readFileSync(path.join(out, 'Sysprep', 'sysprep.exe')).equals(fs.readFileSync(path.join(ws, 'deploy', 'sysprep.exe'))));
		assert.ok(manifest.checks.every((c) => c.ok || c.level === 'warning'));
		assert.ok(manifest.checks.some((c) => c.id === 'written.complete' && c.ok));
		// Secrets stay out of the manifest and the report.
		const text = fs.readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8') + r.stdout + r.stderr;
		assert.ok(!text.includes('Sup3rS3cretPw') && !text.includes('QWERT-YUIOP'));
		// The ZIP holds the same files.
		assert.equal(manifest.zip?.sha256, sha(path.join(out, 'Sysprep.zip')));
		if (hasTool('unzip')) {
			sh('unzip', ['-q', '-t', 'Sysprep.zip'], out);
			sh('unzip', ['-q', 'Sysprep.zip', '-d', 'unzipped'], out);
			for (const f of files) {
				assert.ok(fs.readFileSync(path.join(out, 'unzipped', f)).equals(fs.readFileSync(path.join(out, f))), f);
			}
		}
		assert.deepEqual(leftovers(root), []);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('a second build replaces the previous bundle atomically', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		assert.equal((await run([ws, '--out', out, '--zip'])).code, 0);
		fs.writeFileSync(path.join(ws, 'drivers', 'video', 'new.inf'), ansi('[Version]\n'));
		fs.rmSync(path.join(ws, 'drivers', 'nic', 'e100b.sys'));
		const second = await run([ws, '--out', out]);
		assert.equal(second.code, 0, second.stderr);
		const files = tree(out);
		assert.ok(files.includes('Sysprep/drivers/video/new.inf'));
		assert.ok(!files.includes('Sysprep/drivers/nic/e100b.sys'));
		assert.ok(!files.includes('Sysprep.zip'), 'the old ZIP went with the old bundle');
		assert.deepEqual(leftovers(root), []);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('--out inside the workspace is left out of the workspace scan', async () => {
	const root = tmp();
	try {
		writeTree(root, sampleWorkspace(dir));
		const out = path.join(root, 'build');
		assert.equal((await run([root, '--out', out])).code, 0);
		const again = await run([root, '--out', out]);
		assert.equal(again.code, 0, again.stderr);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// The cabinet holds the x86-5.1 executables; CI also compares it with cabextract (test/ci).
test('--deploy-cab supplies the executables from an MSZIP cabinet, identical to the files packed into it', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir).filter((f) => !f.path.startsWith('deploy/')));
		const out = path.join(root, 'out');
		const r = await run([ws, '--out', out, '--deploy-cab', path.join(dir, 'deploy-mszip.cab'), '--os', 'xp', '--arch', 'x86']);
		assert.equal(r.code, 0, r.stderr);
		for (const name of ['sysprep.exe', 'setupcl.exe', 'factory.exe']) {
			assert.ok(fs.readFileSync(path.join(out, 'Sysprep', name)).equals(fs.readFileSync(path.join(dir, 'x86-5.1', name))), name);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// Every verification failure: exit 1, nothing written, a previous bundle untouched.

type Scenario = { code: string; args?: string[]; edit: (ws: string) => void };

const rm = (ws: string, p: string): void => fs.rmSync(path.join(ws, ...p.split('/')), { recursive: true, force: true });
const put = (ws: string, p: string, bytes: Uint8Array): void => writeTree(ws, [{ path: p, bytes }]);

const scenarios: Scenario[] = [
	{ code: 'bundle.missing-executable', edit: (ws) => rm(ws, 'deploy/factory.exe') },
	{ code: 'bundle.not-pe', edit: (ws) => put(ws, 'deploy/setupcl.exe', fs.readFileSync(path.join(dir, 'notpe.exe'))) },
	{ code: 'bundle.wrong-architecture', args: ['--os', 'xp', '--arch', 'x64'], edit: () => undefined },
	{ code: 'bundle.wrong-version', args: ['--os', '2003', '--arch', 'x86'], edit: () => undefined },
	{ code: 'bundle.mixed-versions', edit: (ws) => put(ws, 'deploy/factory.exe', exes(dir, 'x86-5.2')[2]!.bytes) },
	{ code: 'bundle.missing-tool', edit: (ws) => rm(ws, 'tools/sync.exe') },
	{ code: 'bundle.missing-folder', edit: (ws) => rm(ws, 'drivers/nic') },
	{ code: 'bundle.missing-file', edit: (ws) => rm(ws, 'answer') },
	{ code: 'bundle.cmdlines-location', edit: (ws) => put(ws, 'answer/Sysprep.inf', ansi(sampleInf.replace(/InstallFilesPath=.*\n/, ''))) },
	{ code: 'bundle.file-has-errors', edit: (ws) => put(ws, 'scripts/post.cmd', ansi('@echo off\nrem ERROR! broken\n')) },
	{
		code: 'bundle.unsafe-path',
		edit: (ws) => {
			rm(ws, 'tools/kill.exe');
			fs.symlinkSync('/bin/kill', path.join(ws, 'tools', 'kill.exe'));
		},
	},
	{ code: 'bundle.encoding', edit: (ws) => put(ws, 'answer/Sysprep.inf', Buffer.from(sampleInf.replace('Contoso IT', 'Ωmega'), 'utf8')) },
	{ code: 'bundle.ambiguous-file', edit: (ws) => put(ws, 'other/Sysprep.inf', ansi(sampleInf)) },
	{
		code: 'bundle.bad-cab',
		edit: (ws) => {
			rm(ws, 'deploy');
			const cab = Buffer.from(fs.readFileSync(path.join(dir, 'deploy-mszip.cab')));
			cab[200] ^= 0xff; // inside the first data block: checksum mismatch
			put(ws, 'Deploy.cab', cab);
		},
	},
];

for (const s of scenarios) {
	test(`${s.code}: exit 1, nothing written, previous bundle untouched`, async () => {
		const root = tmp();
		try {
			const ws = path.join(root, 'ws');
			writeTree(ws, sampleWorkspace(dir));
			// Fresh output: nothing appears.
			s.edit(ws);
			const fresh = path.join(root, 'fresh');
			const r = await run([ws, '--out', fresh, ...(s.args ?? [])]);
			assert.equal(r.code, 1, r.stdout + r.stderr);
			assert.match(r.stderr, new RegExp(s.code.replace('.', '\\.')));
			assert.match(r.stderr, /Bundle not built: verification failed; nothing was written/);
			assert.equal(fs.existsSync(fresh), false);
			assert.deepEqual(leftovers(root), []);
		} finally {
			fs.rmSync(root, { recursive: true, force: true });
		}
	});
}

test('a failed rebuild leaves the previous bundle byte for byte', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		assert.equal((await run([ws, '--out', out])).code, 0);
		const before = tree(out).map((f) => `${f} ${sha(path.join(out, f))}`);
		for (const s of scenarios) {
			const copy = path.join(root, `ws-${s.code}`);
			writeTree(copy, sampleWorkspace(dir));
			s.edit(copy);
			const r = await run([copy, '--out', out, ...(s.args ?? [])]);
			assert.equal(r.code, 1, s.code);
			assert.deepEqual(tree(out).map((f) => `${f} ${sha(path.join(out, f))}`), before, s.code);
		}
		assert.deepEqual(leftovers(root), []);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('an interrupted build leaves the previous bundle untouched and no staging folder', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		assert.equal((await run([ws, '--out', out])).code, 0);
		const before = tree(out).map((f) => `${f} ${sha(path.join(out, f))}`);
		const big = Buffer.alloc(1024 * 1024, 1);
		for (let i = 0; i < 150; i++) {
			put(ws, `drivers/video/blob${i}.bin`, big);
		}
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 15);
		const r = await run([ws, '--out', out], { signal: controller.signal });
		assert.equal(r.code, 1, r.stdout);
		assert.match(r.stderr, /interrupted/);
		assert.deepEqual(tree(out).map((f) => `${f} ${sha(path.join(out, f))}`), before);
		assert.deepEqual(leftovers(root), []);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('bad usage exits 2 without writing', async () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const notBundle = path.join(root, 'docs');
		fs.mkdirSync(notBundle);
		fs.writeFileSync(path.join(notBundle, 'keep.txt'), 'precious');
		const cases: string[][] = [
			[],
			[ws],
			[ws, '--out'],
			[ws, '--out', path.join(root, 'o'), '--os', 'vista'],
			[ws, '--out', path.join(root, 'o'), '--arch', 'arm'],
			[ws, '--out', path.join(root, 'o'), '--bogus'],
			[ws, 'second', '--out', path.join(root, 'o')],
			[path.join(root, 'missing'), '--out', path.join(root, 'o')],
			[ws, '--out', notBundle],
			[ws, '--out', root],
			[ws, '--out', path.join(root, 'no', 'parent')],
			[ws, '--out', path.join(root, 'o'), '--deploy-cab', path.join(root, 'nope.cab')],
		];
		for (const argv of cases) {
			const r = await run(argv);
			assert.equal(r.code, 2, `${argv.join(' ')}: ${r.stderr}`);
		}
		assert.equal(fs.readFileSync(path.join(notBundle, 'keep.txt'), 'utf8'), 'precious');
		assert.deepEqual(fs.readdirSync(notBundle), ['keep.txt']);
		assert.equal(fs.existsSync(path.join(root, 'o')), false);
		assert.equal((await run(['--help'])).code, 0);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('examples/workspace builds with the real language service', async () => {
	const example = path.join(repoRoot, 'examples', 'workspace');
	const infs = (fs.readdirSync(example, { recursive: true }) as string[]).filter((n) => path.basename(n).toLowerCase() === 'sysprep.inf');
	assert.equal(infs.length, 1, 'examples/workspace holds one Sysprep.inf');
	const infText = fs.readFileSync(path.join(example, infs[0]), 'utf8');
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		fs.cpSync(example, ws, { recursive: true });
		// The example commits no binaries: README-bundle.md lists what goes where.
		const flavour = /target=2003/.test(infText) ? 'x86-5.2' : 'x86-5.1';
		writeTree(ws, exes(dir, flavour).map((e) => ({ path: `Deploy/${e.name}`, bytes: e.bytes })));
		const tool = fs.readFileSync(path.join(dir, 'x86-5.1', 'sysprep.exe'));
		const missing = /calls (\S+?\.(?:exe|com)) /g;
		const out = path.join(root, 'out');
		let r = await run([ws, '--out', out], { analyzer: undefined });
		// Stand-in binaries for the third-party tools the scripts call.
		for (const m of (r.stdout + r.stderr).matchAll(missing)) {
			writeTree(ws, [{ path: `Tools/${m[1]}`, bytes: tool }]);
		}
		r = await run([ws, '--out', out], { analyzer: undefined });
		assert.equal(r.code, 0, r.stdout + r.stderr);
		assert.ok(fs.existsSync(path.join(out, 'Sysprep', 'Sysprep.inf')));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
