/**
 * Security/robustness: `reseal bundle` killed with SIGKILL at random points
 * while it copies a ~200 MB drivers tree. After every kill the bundle in
 * `--out` is complete and matches its manifest (the previous one, or the new
 * one when the kill came after the swap), nothing partial is in `--out`, and
 * the next build removes the staging folders the killed ones left behind. A
 * kill between the swap's two renames (Linux cannot exchange two folders in one
 * call) leaves the previous bundle whole under its hidden name; the next build
 * renames it back.
 *
 * About 15 s; runs in `npm test`.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import type { BundleManifest } from '../../server/src/io/bundleWriter';
import { peFixtures, sampleWorkspace, writeTree, sha, tree } from '../fixtures/bundle/fixtures';

const cli = path.resolve(__dirname, '../../dist/cli.js');
const { dir } = peFixtures();

/** The bundle in `out` is exactly what its manifest lists, byte for byte. Returns the manifest's fingerprint. */
function assertIntact(out: string): string {
	const manifestPath = path.join(out, 'reseal-manifest.json');
	assert.ok(fs.existsSync(manifestPath), `${out} has no manifest: ${fs.existsSync(out) ? tree(out).join(', ') : 'missing'}`);
	const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as BundleManifest;
	const expected = [...manifest.files.map((f) => f.path), 'reseal-manifest.json', ...(manifest.zip ? [manifest.zip.path] : [])].sort();
	assert.deepEqual(tree(out), expected, 'the bundle holds exactly the files of its manifest');
	for (const f of manifest.files) {
		const abs = path.join(out, ...f.path.split('/'));
		assert.equal(fs.statSync(abs).size, f.size, f.path);
		assert.equal(sha(abs), f.sha256, f.path);
	}
	if (manifest.zip) assert.equal(sha(path.join(out, manifest.zip.path)), manifest.zip.sha256, 'zip');
	return createHash('sha256').update(fs.readFileSync(manifestPath)).digest('hex');
}

function build(ws: string, out: string, extra: string[] = []): { status: number | null; stdout: string; stderr: string; ms: number } {
	const started = performance.now();
	const r = spawnSync(process.execPath, [cli, 'bundle', ws, '--out', out, ...extra], { encoding: 'utf8', timeout: 300_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

function killAfter(ws: string, out: string, delayMs: number, extra: string[]): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [cli, 'bundle', ws, '--out', out, ...extra], { stdio: 'ignore' });
		const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			resolve({ code, signal });
		});
	});
}

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
	const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
	return Number(r.stdout);
}

test('SIGKILL mid-copy, 10 times: the bundle in --out stays whole; the next build sweeps the leftovers', { timeout: 600_000 }, async () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-kill-'));
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		// ~200 MB of driver payload in 100 files of 2 MB (distinct contents).
		const block = randomBytes(2 * 1024 * 1024);
		for (let i = 0; i < 100; i++) {
			block.writeUInt32LE(i, 0);
			fs.writeFileSync(path.join(ws, 'drivers', 'video', `blob${String(i).padStart(3, '0')}.bin`), block);
		}
		const out = path.join(root, 'out');
		const first = build(ws, out);
		assert.equal(first.status, 0, first.stderr);
		let fingerprint = assertIntact(out);
		console.log(`  full build of ~200 MB: ${first.ms.toFixed(0)} ms`);
		const seen = new Set([fingerprint]);
		let kills = 0;
		for (let round = 0; round < 10; round++) {
			// Change the workspace so each build would produce a different bundle.
			fs.writeFileSync(path.join(ws, 'drivers', 'video', `round${round}.inf`), `[Version]\r\n; round ${round}\r\n`);
			const delay = 80 + Math.floor(Math.random() * Math.max(200, first.ms * 1.1));
			const zip = round % 3 === 2 ? ['--zip'] : [];
			const r = await killAfter(ws, out, delay, zip);
			if (r.signal === 'SIGKILL') kills++;
			// A kill between the swap's two renames leaves no --out, only the previous bundle
			// whole under its hidden name, which the next build renames back (cleanStale).
			const hidden = fs.existsSync(out) ? [] : fs.readdirSync(root).filter((n) => n.startsWith('.out.reseal-old-'));
			if (hidden.length > 0) assert.equal(hidden.length, 1, `round ${round}: --out is missing and several hidden bundles lie beside it`);
			const now = assertIntact(hidden.length > 0 ? path.join(root, hidden[0]) : out);
			if (r.signal !== 'SIGKILL') assert.equal(r.code, 0, `round ${round}: the build finished before the kill but failed`);
			// Either the previous bundle, or (kill after the swap / build finished) a new complete one.
			if (now !== fingerprint) seen.add(now);
			fingerprint = now;
			const siblings = fs.readdirSync(root).filter((n) => n !== 'ws' && n !== 'out');
			for (const s of siblings) assert.match(s, /^\.out\.reseal-(tmp|old)-\d+-/, `unexpected ${s} beside --out`);
			console.log(`  round ${round}: ${r.signal ?? `exit ${r.code}`} after ${delay} ms${zip.length ? ' (--zip)' : ''}; ${hidden.length > 0 ? 'killed between the renames: the previous bundle is whole beside --out' : '--out intact'}; ${siblings.length} hidden leftover(s)`);
		}
		assert.ok(kills >= 5, `only ${kills} of 10 runs were killed mid-build`);
		// The next build starts by sweeping what the killed ones left.
		const last = build(ws, out);
		assert.equal(last.status, 0, last.stderr);
		assertIntact(out);
		assert.deepEqual(fs.readdirSync(root).sort(), ['out', 'ws']);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('stale staging folders: dead builds are swept, live ones are left alone, a bundle lost between the two renames comes back', () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-stale-'));
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const out = path.join(root, 'out');
		assert.equal(build(ws, out).status, 0);
		const dead = deadPid();
		// A build killed between "rename out away" and "rename stage in": no out, the old bundle hidden.
		const hidden = path.join(root, `.out.reseal-old-${dead}-abc`);
		fs.renameSync(out, hidden);
		fs.mkdirSync(path.join(root, `.out.reseal-tmp-${dead}-xyz123`, 'Sysprep'), { recursive: true });
		fs.writeFileSync(path.join(root, `.out.reseal-tmp-${dead}-xyz123`, 'Sysprep', 'half.sys'), 'partial');
		const live = path.join(root, `.out.reseal-tmp-${process.pid}-live01`);
		fs.mkdirSync(live);
		const other = path.join(root, `.other.reseal-tmp-${dead}-zzz`);
		fs.mkdirSync(other);
		// A failed build writes nothing and sweeps nothing.
		fs.writeFileSync(path.join(ws, 'scripts', 'post.cmd'), '@echo off\r\ngoto nowhere\r\n');
		const failed = build(ws, out);
		fs.writeFileSync(path.join(ws, 'scripts', 'post.cmd'), '@echo off\r\ndel /q C:\\Sysprep\\*.log\r\n');
		if (failed.status === 0) fs.rmSync(out, { recursive: true, force: true });
		const r = build(ws, out);
		assert.equal(r.status, 0, r.stderr);
		assertIntact(out);
		assert.ok(!fs.existsSync(hidden), 'the hidden old bundle was restored, then replaced');
		assert.ok(!fs.existsSync(path.join(root, `.out.reseal-tmp-${dead}-xyz123`)), 'the dead staging folder is gone');
		assert.ok(fs.existsSync(live), 'a staging folder of a running process is left alone');
		assert.ok(fs.existsSync(other), 'folders of another --out are left alone');
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('SIGKILL while Sysprep.zip is being written: the previous bundle stays whole, and the next build sweeps the half ZIP', { timeout: 600_000 }, async () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-killzip-'));
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		// ~40 MB that deflate cannot shrink, so the ZIP takes a while to write.
		const block = randomBytes(2 * 1024 * 1024);
		for (let i = 0; i < 20; i++) {
			block.writeUInt32LE(i, 0);
			fs.writeFileSync(path.join(ws, 'drivers', 'video', `blob${i}.bin`), block);
		}
		const out = path.join(root, 'out');
		assert.equal(build(ws, out, ['--zip']).status, 0);
		const previous = assertIntact(out);
		let killedInZip = false;
		for (let attempt = 0; attempt < 5 && !killedInZip; attempt++) {
			fs.writeFileSync(path.join(ws, 'drivers', 'video', 'attempt.inf'), `[Version]\r\n; attempt ${attempt}\r\n`);
			const child = spawn(process.execPath, [cli, 'bundle', ws, '--out', out, '--zip'], { stdio: 'ignore' });
			const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
			// Kill as soon as a staging folder holds the ZIP: the files are copied, the swap is still ahead.
			const watcher = setInterval(() => {
				for (const name of fs.readdirSync(root)) {
					if (name.startsWith('.out.reseal-tmp-') && fs.existsSync(path.join(root, name, 'Sysprep.zip'))) {
						killedInZip = child.kill('SIGKILL');
						clearInterval(watcher);
						return;
					}
				}
			}, 1);
			const signal = await exited;
			clearInterval(watcher);
			killedInZip &&= signal === 'SIGKILL';
			// Whole in every case: the previous bundle, or a new one when the build finished first.
			const now = assertIntact(out);
			if (!killedInZip) continue;
			assert.equal(now, previous, 'killed before the swap: still the previous bundle');
			assert.ok(fs.readdirSync(root).some((n) => n.startsWith('.out.reseal-tmp-')), 'the killed build left its staging folder');
		}
		assert.ok(killedInZip, 'no build was caught writing its ZIP in 5 attempts');
		const last = build(ws, out, ['--zip']);
		assert.equal(last.status, 0, last.stderr);
		assertIntact(out);
		assert.deepEqual(fs.readdirSync(root).sort(), ['out', 'ws']);
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
