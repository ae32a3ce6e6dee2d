/**
 * The `reseal` bin loads the CLI bundle through V8's code cache
 * (server/src/io/compileCache.ts): the first run writes the cache into the
 * user's own cache folder, later runs use it and answer the same, and an
 * unsafe or broken cache is never trusted. Runs the real `dist/cli.js`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { compileCacheDir } from '../../server/src/io/compileCache';

const cli = resolve(__dirname, '../../dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'reseal-cc-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const script = join(scratch, 'reseal.bat');
writeFileSync(script, '@echo off\r\nnet stop wuauserv\r\nC:\\Sysprep\\sysprep.exe -reseal -mini -quiet\r\n');

function run(cacheHome: string, extraEnv: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', script], { encoding: 'utf8', env: { ...process.env, RESEAL_NO_COMPILE_CACHE: '', XDG_CACHE_HOME: cacheHome, ...extraEnv } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheFiles = (home: string) => {
	try {
		return readdirSync(join(home, 'reseal', 'compile-cache'));
	} catch {
		return [];
	}
};

test('the cache folder follows the platform and can be turned off', () => {
	assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux'), join('/x/cache', 'reseal', 'compile-cache'));
	assert.equal(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32'), join('C:\\Users\\a\\AppData\\Local', 'reseal', 'compile-cache'));
	assert.equal(compileCacheDir({}, 'win32'), undefined, 'no LOCALAPPDATA, no cache');
	assert.equal(compileCacheDir({ RESEAL_NO_COMPILE_CACHE: '1', XDG_CACHE_HOME: '/x' }, 'linux'), undefined);
});

test('the first run writes a private cache file and later runs answer the same with it', { skip: process.platform === 'win32' && 'POSIX modes' }, () => {
	const home = mkdtempSync(join(tmpdir(), 'reseal-cc-home-'));
	try {
		const first = run(home);
		assert.equal(first.status, 0, first.stderr);
		const files = cacheFiles(home);
		assert.equal(files.length, 1, 'one cache file for this bundle');
		assert.match(files[0]!, /^[0-9a-f]{20}-v8-[\w.-]+-\w+\.bin$/);
		const stat = statSync(join(home, 'reseal', 'compile-cache', files[0]!));
		assert.ok(stat.size > 10_000, 'the cache holds compiled code');
		assert.equal(stat.mode & 0o077, 0, 'only the user can read or write it');
		assert.equal(statSync(join(home, 'reseal', 'compile-cache')).mode & 0o077, 0);
		const second = run(home);
		assert.equal(second.status, 0, second.stderr);
		assert.equal(second.stdout, first.stdout);
		assert.ok(JSON.parse(second.stdout).some((finding: { code: string }) => finding.code === 'bat.external-tool'), 'the run did check the script');
		const without = run(home, { RESEAL_NO_COMPILE_CACHE: '1' });
		assert.equal(without.stdout, first.stdout);
	} finally {
		rmSync(home, { recursive: true, force: true });
	}
});

test('a corrupt cache file is rejected and replaced, never trusted', { skip: process.platform === 'win32' && 'POSIX modes' }, () => {
	const home = mkdtempSync(join(tmpdir(), 'reseal-cc-home-'));
	try {
		const first = run(home);
		const [name] = cacheFiles(home);
		const file = join(home, 'reseal', 'compile-cache', name!);
		writeFileSync(file, Buffer.alloc(4096, 0x5a), { mode: 0o600 });
		const broken = run(home);
		assert.equal(broken.status, 0, broken.stderr);
		assert.equal(broken.stdout, first.stdout);
		assert.ok(statSync(file).size !== 4096, 'rewritten with real data');
	} finally {
		rmSync(home, { recursive: true, force: true });
	}
});

test('a cache folder that others can write into is not used', { skip: process.platform === 'win32' && 'POSIX modes' }, () => {
	const home = mkdtempSync(join(tmpdir(), 'reseal-cc-home-'));
	try {
		const dir = join(home, 'reseal', 'compile-cache');
		mkdirSync(dir, { recursive: true });
		chmodSync(dir, 0o777);
		const result = run(home);
		assert.equal(result.status, 0, result.stderr);
		assert.deepEqual(cacheFiles(home), [], 'nothing written to a shared folder');
		assert.equal(result.stdout, run(join(scratch, 'other-home')).stdout);
	} finally {
		rmSync(home, { recursive: true, force: true });
	}
});
