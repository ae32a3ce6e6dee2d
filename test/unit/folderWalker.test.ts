/**
 * The one workspace walk (`server/src/io/folderWalker.ts`) and its three users.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isSkippedFolderName, walkFolder } from '../../server/src/io/folderWalker';
import { createFolderView } from '../../server/src/io/workspaceView';
import { readWorkspace } from '../../server/src/io/bundleWriter';

const base = mkdtempSync(join(tmpdir(), 'reseal-walk-'));
after(() => rmSync(base, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
	const root = join(base, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, ...path.split('/').slice(0, -1)), { recursive: true });
		writeFileSync(join(root, ...path.split('/')), text);
	}
	return root;
}

test('lists files and folders in a stable order, skipping version control, package caches and staging folders', () => {
	const root = tree('plain', {
		'Sysprep/sysprep.inf': '[Unattended]\n',
		'Sysprep/i386/$OEM$/cmdlines.txt': '[Commands]\n',
		'b.bat': '@echo off\n',
		'.git/config': 'x',
		'node_modules/pkg/sysprep.inf': 'x',
		'.svn/sysprep.inf': 'x',
		'out.reseal-tmp-123/sysprep.inf': 'x',
		'test/e2e/sysprep.inf': 'kept',
	});
	const walked = walkFolder(root);
	assert.deepEqual(
		walked.entries.map((entry) => `${entry.type} ${entry.path}`),
		['directory Sysprep', 'file Sysprep/sysprep.inf', 'directory Sysprep/i386', 'directory Sysprep/i386/$OEM$', 'file Sysprep/i386/$OEM$/cmdlines.txt', 'file b.bat', 'directory test', 'directory test/e2e', 'file test/e2e/sysprep.inf'].sort((a, b) => (a.split(' ')[1] < b.split(' ')[1] ? -1 : 1)),
	);
	assert.equal(walked.truncated, false);
	assert.deepEqual(walked.problems, []);
});

test('the skip list holds no folder names of this repository (tests, builds, e2e installs)', () => {
	for (const name of ['test', 'tests', 'e2e', '.e2e', 'dist', 'fixtures', 'bench', 'scripts', 'server', 'client']) assert.equal(isSkippedFolderName(name), false, name);
	for (const name of ['.git', '.hg', '.svn', 'node_modules', 'Sysprep.reseal-old-42']) assert.equal(isSkippedFolderName(name), true, name);
});

test('links are listed, never followed: a link out of the folder or in a circle adds nothing below it', () => {
	const outside = tree('outside', { 'secret/sysprep.inf': 'x' });
	const root = tree('links', { 'a/sysprep.inf': '[Unattended]\n' });
	symlinkSync(join(outside, 'secret'), join(root, 'escape'));
	symlinkSync(root, join(root, 'a', 'loop'));
	const walked = walkFolder(root, { readLinks: true });
	assert.deepEqual(
		walked.entries.map((entry) => `${entry.type} ${entry.path}${entry.linkTarget ? ` -> ${entry.linkTarget === root ? '<root>' : '<outside>'}` : ''}`),
		['directory a', 'symlink a/loop -> <root>', 'file a/sysprep.inf', 'symlink escape -> <outside>'],
	);
});

test('limits: depth and file count cut the walk and say so; excluded subtrees are left out', () => {
	const deep: Record<string, string> = {};
	deep[`${Array.from({ length: 20 }, (_, i) => `d${i}`).join('/')}/sysprep.inf`] = 'x';
	const root = tree('deep', deep);
	const shallow = walkFolder(root, { maxDepth: 5 });
	assert.equal(shallow.truncated, true);
	assert.ok(!shallow.entries.some((entry) => entry.type === 'file'));
	assert.equal(walkFolder(root).entries.filter((entry) => entry.type === 'file').length, 1);

	const many: Record<string, string> = {};
	for (let i = 0; i < 30; i++) many[`f${String(i).padStart(2, '0')}.bat`] = 'x';
	const wide = tree('wide', many);
	const capped = walkFolder(wide, { maxFiles: 10 });
	assert.equal(capped.entries.length, 10);
	assert.equal(capped.truncated, true);
	assert.deepEqual(walkFolder(wide, { exclude: [join(wide, 'f00.bat'), join(wide, 'f01.bat')] }).entries[0].path, 'f02.bat');
});

test('hostile names: spaces, unicode, leading dashes and names like `..foo` are listed as they are', () => {
	const root = tree('names', { 'a b/ü sysprep.inf': 'x', '-rf/..foo.bat': 'x' });
	assert.deepEqual(walkFolder(root).entries.filter((entry) => entry.type === 'file').map((entry) => entry.path).sort(), ['-rf/..foo.bat', 'a b/ü sysprep.inf']);
	assert.deepEqual(walkFolder(join(root, 'missing')).problems.map((problem) => `${problem.path}:${problem.reason}`), [':ENOENT']);
});

test('the server view, the bundle reader and `reseal check` walk through it', () => {
	const root = tree('users', { 'Sysprep/sysprep.inf': 'x', 'node_modules/x/sysprep.inf': 'x', 'tools/sync.exe': 'x' });
	assert.deepEqual([...createFolderView(root).listFiles()].sort(), ['Sysprep/sysprep.inf', 'tools/sync.exe']);
	assert.deepEqual(readWorkspace(root).entries().map((entry) => entry.path), ['Sysprep', 'Sysprep/sysprep.inf', 'tools', 'tools/sync.exe']);
	const read = (file: string) => readFileSync(join(__dirname, '../..', file), 'utf8');
	const writer = read('server/src/io/bundleWriter.ts');
	// The writer's other listing (`listStaged`) checks the bundle it wrote, where every file must be seen: not a workspace walk.
	const reader = writer.slice(writer.indexOf('export function readWorkspace'), writer.indexOf('\n}\n', writer.indexOf('export function readWorkspace')));
	for (const source of [read('server/src/io/workspaceView.ts'), reader, read('server/src/cli/collectFiles.ts')]) {
		assert.match(source, /walkFolder\(/);
		assert.doesNotMatch(source, /readdir/, 'no second walk');
	}
	assert.doesNotMatch(read('server/src/cli.ts'), /readdir/);
});
