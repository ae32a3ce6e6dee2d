/**
 * Issue 18: hover text and messages are our own words. Every string literal in
 * the knowledge tables and the services (hover, messages, summaries, of every
 * file kind) is compared with the seed documents in ../shared/seeds/; a run of
 * 8 or more consecutive words shared with a seed fails the test.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const RUN = 8;
const root = join(__dirname, '../..');
const seedsDir = [process.env.RESEAL_SEEDS, join(root, '../shared/seeds')].find((path): path is string => Boolean(path) && existsSync(path!));

/** Lower-case words; anything that is not a letter, digit or apostrophe separates them. */
function words(text: string): string[] {
	return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/** String literals of a TypeScript source, `${…}` holes replaced by a break so no run crosses them. */
export function literals(source: string): string[] {
	const found: string[] = [];
	const pattern = /'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
	for (const match of source.matchAll(pattern)) {
		const text = match[1] ?? match[2] ?? match[3] ?? '';
		found.push(...text.split(/\$\{[^}]*\}/));
	}
	return found;
}

function sourceFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
		else if (name.endsWith('.ts')) out.push(path);
	}
	return out;
}

test('the word-run finder sees a shared run and ignores a shorter one', () => {
	const seed = new Set(runs(words('one two three four five six seven eight nine')));
	assert.equal(sharedRun('zero one two three four five six seven eight', seed), 'one two three four five six seven eight');
	assert.equal(sharedRun('one two three four five six seven', seed), undefined);
	assert.deepEqual(literals("a = 'x y' + `p ${q} r`"), ['x y', 'p ', ' r']);
});

function runs(list: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i + RUN <= list.length; i++) out.push(list.slice(i, i + RUN).join(' '));
	return out;
}

function sharedRun(text: string, seed: ReadonlySet<string>): string | undefined {
	return runs(words(text)).find((run) => seed.has(run));
}

test('no hover text or message shares 8 consecutive words with the seeds', { skip: seedsDir ? false : 'no ../shared/seeds beside this checkout' }, () => {
	const seed = new Set<string>();
	for (const name of readdirSync(seedsDir!)) for (const run of runs(words(readFileSync(join(seedsDir!, name), 'utf8')))) seed.add(run);
	const files = [...sourceFiles(join(root, 'server/src/knowledge')), ...sourceFiles(join(root, 'server/src/services'))];
	const hits: string[] = [];
	for (const file of files) {
		for (const literal of literals(readFileSync(file, 'utf8'))) {
			const run = sharedRun(literal, seed);
			if (run) hits.push(`${file.slice(root.length + 1)}: "${run}"`);
		}
	}
	assert.ok(files.length > 20, 'the source tree was not found');
	assert.deepEqual(hits, []);
});
