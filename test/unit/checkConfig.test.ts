/**
 * CLI configuration (`reseal.json`) found by the upward search, against
 * hostile shapes: links to /proc files, huge files, files whose bytes must not
 * be printed, and config files outside the project (above the repository, in
 * a folder anyone may write to, in another user's folder).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { CheckConfigs } from '../../server/src/cli/checkConfig';

const posix = process.platform !== 'win32';

function tmp(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-checkconfig-'));
}

function write(root: string, files: Record<string, string>): void {
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
		fs.writeFileSync(path.join(root, name), text);
	}
}

const off = JSON.stringify({ severity: { 'bat.external-tool': 'off' } });

function severityOf(configs: CheckConfigs, file: string): string | undefined {
	return configs.settingsFor(file, {}, {}).severity?.['bat.external-tool'];
}

test('a reseal.json that is a link is refused without being read: /proc/self/pagemap, /proc/self/environ, a file elsewhere', { skip: !posix && 'links' }, () => {
	const root = tmp();
	try {
		write(root, { 'elsewhere.json': off, 'a/run.bat': '', 'b/run.bat': '', 'c/run.bat': '' });
		const targets = { a: '/proc/self/pagemap', b: '/proc/self/environ', c: path.join(root, 'elsewhere.json') };
		for (const [folder, target] of Object.entries(targets)) fs.symlinkSync(target, path.join(root, folder, 'reseal.json'));
		for (const folder of Object.keys(targets)) {
			const configs = new CheckConfigs();
			const before = process.memoryUsage().rss;
			assert.equal(severityOf(configs, path.join(root, folder, 'run.bat')), undefined, folder);
			assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024, `${folder}: memory grew`);
			assert.deepEqual(
				configs.problems.map((p) => [path.relative(root, p.file), p.message, p.fatal]),
				[[`${folder}/reseal.json`, 'is a symbolic link; configuration files are not followed through links — copy the file here', true]],
			);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('--config may name a link, but what it reads is bounded and its bytes never reach the message', { skip: process.platform !== 'linux' && '/proc' }, () => {
	const environ = new CheckConfigs('/proc/self/environ');
	environ.settingsFor('/x/run.bat', {}, {});
	assert.equal(environ.problems.length, 1);
	assert.equal(environ.problems[0]!.message, 'cannot read it as JSON (it is not valid JSON)');
	const zero = new CheckConfigs('/dev/zero');
	zero.settingsFor('/x/run.bat', {}, {});
	assert.equal(zero.problems[0]!.message, 'is not a regular file');
	// Reports a size of 0 and reads without end: at most 1 MiB is read (the kernel may refuse unaligned reads).
	const before = process.memoryUsage().rss;
	const pagemap = new CheckConfigs('/proc/self/pagemap');
	pagemap.settingsFor('/x/run.bat', {}, {});
	assert.match(pagemap.problems[0]!.message, /^(is larger than 1048576 bytes|cannot be read \(EINVAL\))$/);
	assert.ok(process.memoryUsage().rss - before < 64 * 1024 * 1024);
});

test('messages about a broken or oversized reseal.json give a position, never its text', () => {
	const root = tmp();
	try {
		write(root, {
			'a/reseal.json': '{\n  "target": "xp",\n  "token": SECRET-TOKEN-123\n}',
			'b/reseal.json': `{"x": "${'y'.repeat(2_000_000)}"}`,
			'a/run.bat': '',
			'b/run.bat': '',
		});
		const configs = new CheckConfigs();
		configs.settingsFor(path.join(root, 'a', 'run.bat'), {}, {});
		configs.settingsFor(path.join(root, 'b', 'run.bat'), {}, {});
		const messages = configs.problems.map((p) => p.message);
		assert.ok(!messages.join('\n').includes('SECRET'), messages.join('\n'));
		assert.match(messages[0]!, /^cannot read it as JSON \(it is not valid JSON( at line 3, column \d+)?\)$/);
		assert.equal(messages[1], 'is 2000009 bytes; a configuration file is at most 1048576 bytes');
		assert.ok(configs.problems.every((p) => p.fatal));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('the search stops at the repository top folder (.git) and never reads from a folder anyone may write to or another user owns', { skip: !posix && 'POSIX owners and modes' }, () => {
	const root = tmp();
	try {
		write(root, {
			'reseal.json': off,
			'repo/.git/HEAD': 'ref: refs/heads/main\n',
			'repo/src/run.bat': '',
			'repo2/.git/HEAD': '',
			'repo2/reseal.json': off,
			'repo2/src/run.bat': '',
			'shared/reseal.json': off,
			'shared/proj/run.bat': '',
		});
		const configs = new CheckConfigs();
		assert.equal(severityOf(configs, path.join(root, 'repo', 'src', 'run.bat')), undefined, 'a config above the repository does not apply');
		assert.equal(severityOf(configs, path.join(root, 'repo2', 'src', 'run.bat')), 'off', "the repository's own config applies");
		fs.chmodSync(path.join(root, 'shared'), 0o777);
		assert.equal(severityOf(configs, path.join(root, 'shared', 'proj', 'run.bat')), undefined, 'a config in a world-writable folder does not apply');
		assert.deepEqual(configs.problems.map((p) => [path.relative(root, p.file), p.fatal]), [['shared/reseal.json', false]]);
		assert.match(configs.problems[0]!.message, /^ignored: anyone can write to .*shared, so it could have been put there by someone else$/);
		if (process.getuid?.() === 0) {
			write(root, { 'theirs/reseal.json': off, 'theirs/proj/run.bat': '' });
			fs.chownSync(path.join(root, 'theirs'), 4321, 4321);
			const again = new CheckConfigs();
			assert.equal(severityOf(again, path.join(root, 'theirs', 'proj', 'run.bat')), undefined, "another user's config does not apply");
			assert.match(again.problems[0]?.message ?? '', /theirs belongs to another user/);
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});
