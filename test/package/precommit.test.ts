/**
 * Packaging tier: the pre-commit hook (.pre-commit-hooks.yaml), run by the real
 * `pre-commit` tool the way a user's repository runs it.
 *
 * A throwaway Git repository stands in for this one (the working tree's files,
 * committed), so pre-commit installs the hook from it exactly as from GitHub:
 * `npm install` with dev dependencies, `npm pack` (prepack builds), `npm install
 * -g` of that tarball. A second throwaway repository holds the user's files: a
 * good Sysprep.inf commits, a bad one is refused with Reseal's message.
 *
 * Run: npm run test:package. Skips when `pre-commit` or `git` is missing
 * (Debian: apt-get install pre-commit). The hook install takes a while the first
 * time; npm's cache is used (prefer-offline).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, toolVersion } from './support';

const preCommit = toolVersion('pre-commit');
const git = toolVersion('git');
const skip = !git ? 'git is not installed' : !preCommit ? 'pre-commit is not installed (apt-get install pre-commit)' : false;

const scratch = fs.mkdtempSync(path.join(tmpdir(), 'reseal-pre-commit-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const identity = { GIT_AUTHOR_NAME: 'Reseal Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Reseal Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
const env = {
	...process.env,
	...identity,
	// pre-commit keeps its hook environments here, not in the user's ~/.cache.
	PRE_COMMIT_HOME: path.join(scratch, 'cache'),
	// Reuse npm's cache for the hook's npm install instead of asking the registry again.
	npm_config_prefer_offline: 'true',
	npm_config_audit: 'false',
	npm_config_fund: 'false',
	// Keep the machine's git configuration (hooksPath, templates) out of the throwaway repositories.
	GIT_CONFIG_GLOBAL: '/dev/null',
	GIT_CONFIG_NOSYSTEM: '1',
};

function gitIn(cwd: string, ...args: string[]): string {
	return execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8' });
}

/** This working tree (tracked and new files, as .gitignore allows) as a fresh repository; returns its path and commit. */
function hookRepository(): { folder: string; rev: string } {
	const folder = path.join(scratch, 'reseal');
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
	for (const file of files) {
		const from = path.join(repoRoot, file);
		if (!fs.existsSync(from)) continue; // deleted but not yet committed
		fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
		fs.copyFileSync(from, path.join(folder, file));
	}
	gitIn(folder, 'init', '-q');
	gitIn(folder, 'add', '-A');
	gitIn(folder, 'commit', '-q', '-m', 'reseal under test');
	return { folder, rev: gitIn(folder, 'rev-parse', 'HEAD').trim() };
}

const good = [
	'[Unattended]', 'OemSkipEula = Yes', 'InstallFilesPath = C:\\Sysprep\\i386',
	'[GuiUnattended]', 'AdminPassword = *', 'EncryptedAdminPassword = No', 'TimeZone = 035', 'OEMSkipRegional = 1', 'OEMSkipWelcome = 1',
	'[UserData]', 'FullName = A', 'OrgName = B', 'ComputerName = *', 'ProductKey = ABCDE-FGHIJ-KLMNO-PQRST-UVWXY',
	'[LicenseFilePrintData]', 'AutoMode = PerSeat', 'AutoUsers = 5',
	'[Identification]', 'JoinWorkgroup = WG', '[Networking]', 'InstallDefaultComponents = Yes', '',
].join('\r\n');

test('pre-commit runs Reseal: a good Sysprep.inf commits, a bad one is refused with Reseal\'s message', { skip, timeout: 600_000 }, () => {
	const hook = hookRepository();
	const project = path.join(scratch, 'images');
	fs.mkdirSync(project);
	gitIn(project, 'init', '-q');
	fs.writeFileSync(
		path.join(project, '.pre-commit-config.yaml'),
		['repos:', `  - repo: ${hook.folder}`, `    rev: ${hook.rev}`, '    hooks:', '      - id: reseal', ''].join('\n'),
	);
	execFileSync('pre-commit', ['install'], { cwd: project, env, encoding: 'utf8' });

	const commit = (message: string) => spawnSync('git', ['commit', '-m', message], { cwd: project, env, encoding: 'utf8', timeout: 540_000 });
	const started = Date.now();
	fs.mkdirSync(path.join(project, 'xp'));
	fs.writeFileSync(path.join(project, 'xp/Sysprep.inf'), good);
	fs.writeFileSync(path.join(project, 'README.txt'), 'Not a file Reseal checks.\n');
	gitIn(project, 'add', '-A');
	const first = commit('good answer file');
	const firstOutput = `${first.stdout}${first.stderr}`;
	console.log(`  ${preCommit}: hook installed and run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	assert.equal(first.status, 0, `the good file commits:\n${firstOutput}`);
	assert.match(firstOutput, /Reseal \(Sysprep answer files and scripts\)\.+Passed/);

	// The bad file: an invalid value (error) in a file named in another case.
	fs.mkdirSync(path.join(project, 'w2k3'));
	fs.writeFileSync(path.join(project, 'w2k3/SYSPREP.INF'), good.replace('OemSkipEula = Yes', 'OemSkipEula = on'));
	gitIn(project, 'add', '-A');
	const second = commit('bad answer file');
	const secondOutput = `${second.stdout}${second.stderr}`;
	assert.notEqual(second.status, 0, `the bad file is refused:\n${secondOutput}`);
	assert.match(secondOutput, /Reseal \(Sysprep answer files and scripts\)\.+Failed/);
	assert.match(secondOutput, /w2k3\/SYSPREP\.INF:2:15: error inf\.invalid-value: 'on' is not valid for OemSkipEula: it must be Yes or No\./);
	assert.doesNotMatch(secondOutput, /xp\/Sysprep\.inf/, 'pre-commit passes only the staged files');
	assert.equal(gitIn(project, 'rev-list', '--count', 'HEAD').trim(), '1', 'only the first commit exists');
});
