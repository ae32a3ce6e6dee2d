/**
 * The `reseal` bin turns on Node's own compile cache (server/src/io/compileCache.ts)
 * in the user's private cache folder: on Node 22.1 and later a run writes Node's
 * cache there and later runs answer byte for byte the same; on Node 20 nothing is
 * written. A folder someone else can change is never used, a damaged or stale
 * entry is never run, and no hand-made code cache is left in the sources or
 * bundles. Runs the real `dist/cli.js` with the Node running the tests
 * (`npm run test:node-lts` runs them again with the current LTS).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { compileCacheDir, privateFolder, unsafeFolder, type FolderStat } from '../../server/src/io/compileCache';

const root = resolve(__dirname, '../..');
const cli = join(root, 'dist/cli.js');
/** Node 22.1 and later; on Node 20 the CLI must load without a cache. */
const nodeHasCache = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const posix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;
const scratch = mkdtempSync(join(tmpdir(), 'reseal-cc-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const script = join(scratch, 'reseal.bat');
writeFileSync(script, '@echo off\r\nnet stop wuauserv\r\nC:\\Sysprep\\sysprep.exe -reseal -mini -quiet\r\n');

function run(cacheHome: string, extraEnv: Record<string, string> = {}, bin = cli, args = ['check', '--format', 'json', script]) {
	const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cacheHome, ...extraEnv };
	// Only Reseal's own choice is under test: a cache folder the caller's environment forces would hide it.
	delete env.NODE_COMPILE_CACHE;
	delete env.NODE_DISABLE_COMPILE_CACHE;
	if (!('RESEAL_NO_COMPILE_CACHE' in extraEnv)) delete env.RESEAL_NO_COMPILE_CACHE;
	const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
	const out = new Map<string, Buffer>();
	if (!existsSync(dir)) return out;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) out.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name)));
	}
	return out;
}

const freshHome = () => mkdtempSync(join(scratch, 'home-'));
const cacheOf = (home: string) => join(home, 'reseal', 'compile-cache');

test('the cache folder follows the platform and can be turned off', () => {
	assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux'), join('/x/cache', 'reseal', 'compile-cache'));
	assert.equal(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), join('C:\\Users\\a\\AppData\\Local', 'reseal', 'compile-cache'));
	assert.equal(compileCacheDir({}, 'win32'), undefined, 'no LOCALAPPDATA, no cache');
	assert.equal(compileCacheDir({ RESEAL_NO_COMPILE_CACHE: '1', XDG_CACHE_HOME: '/x' }, 'linux'), undefined);
});

test('a folder is trusted only when nobody but the user and root can change it', () => {
	const folder = (mode: number, uid = 1000, kind: 'dir' | 'link' | 'file' = 'dir'): FolderStat => ({ uid, mode, isDirectory: () => kind === 'dir', isSymbolicLink: () => kind === 'link' });
	assert.equal(unsafeFolder('/', folder(0o40755, 0), 1000, true), undefined, 'root-owned ancestor');
	assert.equal(unsafeFolder('/tmp', folder(0o41777, 0), 1000, true), undefined, 'sticky /tmp as an ancestor: others cannot rename or remove our folder in it');
	assert.equal(unsafeFolder('/home/a', folder(0o40755), 1000, true), undefined);
	assert.match(unsafeFolder('/srv/shared', folder(0o40777, 0), 1000, true)!, /writable by other users/, 'world-writable without the sticky bit');
	assert.match(unsafeFolder('/srv/team', folder(0o40775), 1000, true)!, /writable by other users/, 'group-writable');
	assert.match(unsafeFolder('/tmp/x', folder(0o40700, 1001), 1000, true)!, /belongs to user 1001/);
	assert.match(unsafeFolder('/tmp/x', folder(0o120777, 1000, 'link'), 1000, true)!, /is a link/);
	assert.match(unsafeFolder('/tmp/x', folder(0o100600, 1000, 'file'), 1000, true)!, /not a folder/);
	assert.equal(unsafeFolder('/home/a/.cache/reseal/compile-cache', folder(0o40700), 1000, false), undefined);
	assert.match(unsafeFolder('/home/a/.cache/reseal/compile-cache', folder(0o41777), 1000, false)!, /open to other users/, 'the cache folder itself must be closed, sticky or not');
	assert.match(unsafeFolder('/home/a/.cache/reseal/compile-cache', folder(0o40755), 1000, false)!, /open to other users/);
});

test('the private folder is created owner-only and named by its real path', { skip: !posix && 'POSIX modes' }, () => {
	const home = freshHome();
	const uid = process.getuid!();
	const linked = join(scratch, 'linked-home');
	symlinkSync(home, linked);
	const result = privateFolder(join(linked, 'reseal', 'compile-cache'), uid);
	assert.deepEqual(result, { path: cacheOf(home) });
	for (const dir of [join(home, 'reseal'), cacheOf(home)]) assert.equal(statSync(dir).mode & 0o077, 0, `${dir} is owner-only`);
	chmodSync(cacheOf(home), 0o755);
	assert.deepEqual(privateFolder(cacheOf(home), uid), { path: cacheOf(home) });
	assert.equal(statSync(cacheOf(home)).mode & 0o077, 0, 'the user\'s own folder with an old umask is closed');
});

test('a cache base that others can write into is refused before anything is created in it', { skip: !posix && 'POSIX modes' }, () => {
	const shared = freshHome();
	chmodSync(shared, 0o777);
	const result = privateFolder(cacheOf(shared), process.getuid!());
	assert.ok('refused' in result && /writable by other users/.test(result.refused), JSON.stringify(result));
	assert.deepEqual(readdirSync(shared), []);
	const first = run(shared);
	assert.equal(first.status, 0, first.stderr);
	assert.deepEqual([...filesUnder(shared).keys()], [], 'the CLI writes nothing there');
	assert.equal(first.stdout, run(freshHome()).stdout, 'and answers the same');
});

test('a name another user planted in a shared folder is refused, not followed: the victim\'s files stay as they were', { skip: (!posix || !isRoot) && 'needs root to stand for a second user' }, () => {
	const attacker = 4242;
	for (const plant of ['link', 'folder'] as const) {
		// /tmp-like: world-writable with the sticky bit, so the victim may create folders in it.
		const shared = freshHome();
		chmodSync(shared, 0o1777);
		const victim = freshHome();
		const bashrc = join(victim, '.bashrc');
		writeFileSync(bashrc, 'export PATH\n');
		if (plant === 'link') {
			symlinkSync(victim, join(shared, 'reseal'));
			lchownSync(join(shared, 'reseal'), attacker, attacker);
		} else {
			// The attacker's own folder, with links named as Node names its subfolder.
			const dir = cacheOf(shared);
			mkdirSync(dir, { recursive: true, mode: 0o777 });
			for (const d of [join(shared, 'reseal'), dir]) lchownSync(d, attacker, attacker);
			for (const tag of ['v20', 'v22', 'v24']) symlinkSync(victim, join(dir, tag));
		}
		const result = privateFolder(cacheOf(shared), 0);
		assert.ok('refused' in result && /belongs to user 4242/.test(result.refused), `${plant}: ${JSON.stringify(result)}`);
		const runResult = run(shared);
		assert.equal(runResult.status, 0, runResult.stderr);
		assert.deepEqual([...filesUnder(victim).keys()], [bashrc], `${plant}: nothing written into the victim's folder`);
		assert.equal(readFileSync(bashrc, 'utf8'), 'export PATH\n');
		assert.equal(lstatSync(join(shared, 'reseal')).uid, attacker, 'the planted name is left alone');
	}
});

test('Node\'s compile cache: written in the private folder on Node 22 and later, nothing on Node 20; the same answer either way', { skip: !posix && 'POSIX modes' }, () => {
	const home = freshHome();
	const first = run(home);
	assert.equal(first.status, 0, first.stderr);
	assert.ok(JSON.parse(first.stdout).some((finding: { code: string }) => finding.code === 'bat.external-tool'), 'the run did check the script');
	const files = filesUnder(home);
	if (nodeHasCache) {
		assert.equal(files.size, 1, `one cache entry, for the bundle: ${[...files.keys()].join(', ')}`);
		const [[file, bytes]] = [...files];
		// Node's layout: <folder>/<node version>-<arch>-<V8 tag>-<uid>/<hash of the file name>.
		assert.match(file!, new RegExp(`^${cacheOf(home).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/v\\d+\\.\\d+\\.\\d+-\\w+-[0-9a-f]{8}-\\d+/[0-9a-f]{8}$`));
		assert.ok(bytes!.length > 10_000, 'the entry holds compiled code');
		assert.equal(statSync(cacheOf(home)).mode & 0o077, 0, 'only the user can reach it');
	} else {
		assert.deepEqual([...files.keys()], [], 'Node 20: no cache file');
		assert.ok(!existsSync(join(home, 'reseal')), 'Node 20: not even the folder');
	}
	const second = run(home);
	assert.equal(second.status, 0, second.stderr);
	assert.equal(second.stdout, first.stdout, 'the second run answers byte for byte the same');
	assert.equal(second.stderr, first.stderr);
	const again = filesUnder(home);
	assert.deepEqual([...again.keys()], [...files.keys()]);
	for (const [file, bytes] of files) assert.ok(again.get(file)!.equals(bytes), 'an accepted entry is not rewritten');
	const off = freshHome();
	const without = run(off, { RESEAL_NO_COMPILE_CACHE: '1' });
	assert.equal(without.stdout, first.stdout);
	assert.deepEqual(readdirSync(off), [], 'RESEAL_NO_COMPILE_CACHE=1: nothing read or written');
});

test('a flipped bit in a cache entry is caught by Node\'s checksum: the run answers the same and a good entry replaces it', { skip: (!posix || !nodeHasCache) && 'Node 22.1 and later on POSIX' }, () => {
	const home = freshHome();
	const first = run(home);
	const [[file, bytes]] = [...filesUnder(home)];
	// Past Node's header, inside the V8 data (or its compressed form).
	for (const offset of [40, Math.floor(bytes!.length / 2), bytes!.length - 1]) {
		const damaged = Buffer.from(bytes!);
		damaged[offset]! ^= 0x10;
		writeFileSync(file!, damaged);
		const again = run(home);
		assert.equal(again.status, 0, again.stderr);
		assert.equal(again.stderr, '');
		assert.equal(again.stdout, first.stdout, `bit flipped at ${offset}`);
		const rewritten = readFileSync(file!);
		assert.ok(!rewritten.equals(damaged), 'the damaged entry is replaced');
		run(home);
		assert.ok(readFileSync(file!).equals(rewritten), 'by a good one, which the next run accepts as it is');
	}
});

test('the cache is tied to the code: after a same-length edit of the bundle the new code runs', { skip: !posix && 'POSIX modes' }, () => {
	const home = freshHome();
	const dist = mkdtempSync(join(scratch, 'dist-'));
	copyFileSync(cli, join(dist, 'cli.js'));
	const original = readFileSync(join(root, 'dist/cli-main.js'), 'latin1');
	const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
	const literal = JSON.stringify(version);
	assert.ok(original.includes(literal), 'the bundle holds the version string');
	const forged = `"${'9'.repeat(version.length)}"`;
	writeFileSync(join(dist, 'cli-main.js'), original.split(literal).join(forged), 'latin1');
	const versionOf = () => run(home, {}, join(dist, 'cli.js'), ['--version']).stdout.trim();
	// The entry is made from the forged code and then sits beside the real bundle at the same path and length.
	assert.equal(versionOf(), JSON.parse(forged));
	assert.equal(versionOf(), JSON.parse(forged), 'and is used');
	writeFileSync(join(dist, 'cli-main.js'), original, 'latin1');
	assert.equal(versionOf(), version, 'the real code runs, not the cached one');
});

test('no hand-made code cache is left: nothing in the sources or the bundles reads or writes V8 cached data', () => {
	// The calls a hand-made cache needs: V8's cached data in and out, and compiling a module by hand (`vm` itself has other uses).
	const handMade = /\bcachedData(Rejected)?\b|createCachedData|produceCachedData|\bnew (vm\.)?Script\(|\.wrap\(\w+\)/;
	const offenders: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
			const rel = `${dir}/${entry.name}`;
			if (entry.isDirectory()) walk(rel);
			else if (/\.ts$/.test(entry.name) && handMade.test(readFileSync(join(root, rel), 'utf8'))) offenders.push(rel);
		}
	};
	walk('server/src');
	walk('client/src');
	for (const bundle of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js']) {
		if (handMade.test(readFileSync(join(root, bundle), 'utf8'))) offenders.push(bundle);
	}
	assert.deepEqual(offenders, []);
	assert.match(readFileSync(join(root, 'dist/cli.js'), 'utf8'), /enableCompileCache/, 'the launcher uses Node\'s cache');
});
