/**
 * CI tier (`npm run test:fixtures`): rebuilds the Windows image fixtures with
 * wimlib (scripts/build-wim-fixtures.sh) and checks that the committed copies
 * in test/fixtures/images are still what the script makes — the reader gives
 * the same answers for both (wimlib stamps times and a GUID, so bytes differ) —
 * and that the reader agrees with wimlib's own `wiminfo --xml`.
 *
 * Without wimlib the tests skip with a message, unless RESEAL_REQUIRE_TOOLCHAIN=1
 * (set by .ci/run after installing the Debian packages).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { readImageMetadata } from '../../server/src/io/imageReader';
import { parseWimXml } from '../../server/src/model/wimImage';
import type { ImageReadResult } from '../../server/src/services/kindService';
import { hasTool, repoRoot } from '../fixtures/bundle/fixtures';

const tools = ['wimcapture', 'wimappend', 'wiminfo'];
const missing = tools.filter((tool) => !hasTool(tool));
if (missing.length > 0 && process.env.RESEAL_REQUIRE_TOOLCHAIN === '1') {
	throw new Error(`RESEAL_REQUIRE_TOOLCHAIN=1 but ${missing.join(', ')} missing (apt-get install wimtools)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')} (apt-get install wimtools)` : false;
const committed = path.join(repoRoot, 'test/fixtures/images');
const rebuilt = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-wim-rebuild-'));
after(() => fs.rmSync(rebuilt, { recursive: true, force: true }));
if (!skip) {
	const run = spawnSync('bash', [path.join(repoRoot, 'scripts/build-wim-fixtures.sh'), rebuilt], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`build-wim-fixtures.sh failed (${run.status}): ${run.stderr}`);
}

/** The reader's answer without what a rebuild changes (nothing of the metadata it reads does). */
function answer(result: ImageReadResult): unknown {
	if (!result.ok) return { ok: false, reason: result.reason };
	return { format: result.format, images: result.images.map((image) => ({ ...image, fields: Object.fromEntries([...image.fields].filter(([key]) => !/TIME\//.test(key))) })) };
}

const names = fs.readdirSync(committed).filter((name) => /\.(wim|esd)$/.test(name)).sort();

test('the script builds the same set of images as is committed', { skip }, () => {
	assert.deepEqual(fs.readdirSync(rebuilt).sort(), names);
});

for (const name of names) {
	test(`${name}: the reader answers the same for the committed and the rebuilt image`, { skip }, () => {
		assert.deepEqual(answer(readImageMetadata(path.join(rebuilt, name), name)), answer(readImageMetadata(path.join(committed, name), name)));
	});
	test(`${name}: the reader agrees with wiminfo --xml`, { skip }, () => {
		const xml = execFileSync('wiminfo', [path.join(committed, name), '--xml']);
		const fromWimlib = parseWimXml(xml);
		assert.ok(fromWimlib.ok);
		const ours = readImageMetadata(path.join(committed, name), name);
		assert.ok(ours.ok);
		assert.deepEqual(answer({ ...ours, images: fromWimlib.images }), answer(ours));
		const listed = execFileSync('wiminfo', [path.join(committed, name)], { encoding: 'utf8' });
		for (const image of ours.images) assert.match(listed, new RegExp(`Name:\\s+${image.name}\\n`));
	});
}
