/**
 * Windows tier: `reseal bundle` run by the Windows Node under wine in
 * `C:\reseal-tests\…` with the real language service. The examples workspace
 * builds (the same bytes as on Linux), rebuilds over its previous bundle,
 * every refusal leaves the previous bundle byte for byte, a file held open in
 * the old bundle gives a clear error and loses nothing, and names that differ
 * only in case are handled the way Windows sees them.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { exes, peFixtures, sha, tree, writeTree } from '../fixtures/bundle/fixtures';
import { cliPath, repoRoot, runLinuxCli, runWindowsCli, skipReason, startWindowsNode, winPath, workFolder } from './wine';

const fx = peFixtures();
const skip = skipReason();
const dir = fx.dir;
let root = '';
let base = '';

before(() => {
	if (skip) return;
	assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run `npm run build` first');
	root = workFolder('bundle');
	base = prepareWorkspace(path.join(root, 'base'));
});

after(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

/** examples/workspace plus stand-in executables for what it needs (the repository commits no binaries). */
function prepareWorkspace(ws: string): string {
	const example = path.join(repoRoot, 'examples', 'workspace');
	cpSync(example, ws, { recursive: true });
	const inf = readFileSync(path.join(ws, 'Sysprep', 'Sysprep.inf'), 'latin1');
	writeTree(ws, exes(dir, /target=2003/.test(inf) ? 'x86-5.2' : 'x86-5.1').map((e) => ({ path: `Deploy/${e.name}`, bytes: e.bytes })));
	// The tools the scripts call, as the builder names them when they are missing.
	const probe = runLinuxCli(['bundle', ws, '--out', path.join(root, 'probe')], root);
	const tool = readFileSync(path.join(dir, 'x86-5.1', 'sysprep.exe'));
	for (const m of (probe.stdout + probe.stderr).matchAll(/calls (\S+?\.(?:exe|com)) /g)) writeTree(ws, [{ path: `Tools/${m[1]}`, bytes: tool }]);
	rmSync(path.join(root, 'probe'), { recursive: true, force: true });
	return ws;
}

function copyOf(name: string): string {
	const ws = path.join(root, name);
	cpSync(base, ws, { recursive: true });
	return ws;
}

function snapshot(folder: string): string[] {
	return tree(folder).map((f) => `${f} ${sha(path.join(folder, f))}`);
}

function leftovers(parent: string): string[] {
	return readdirSync(parent).filter((n) => n.includes('.reseal-'));
}

interface Manifest {
	files: { path: string; size: number; sha256: string; from: string }[];
}

test('the examples workspace builds on Windows: the same files and bytes as on Linux', { skip }, () => {
	const out = path.join(root, 'out-first');
	const win = runWindowsCli(['bundle', winPath(base), '--out', winPath(out), '--zip'], root);
	assert.equal(win.code, 0, win.stdout + win.stderr);
	assert.match(win.stdout, new RegExp(`Built ${winPath(out).replace(/\\/g, '\\\\')}: Sysprep/ \\(\\d+ files`));
	const linuxOut = path.join(root, 'out-linux');
	const linux = runLinuxCli(['bundle', base, '--out', linuxOut, '--zip'], root);
	assert.equal(linux.code, 0, linux.stdout + linux.stderr);
	const winManifest = JSON.parse(readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8')) as Manifest;
	const linuxManifest = JSON.parse(readFileSync(path.join(linuxOut, 'reseal-manifest.json'), 'utf8')) as Manifest;
	const files = (m: Manifest) => m.files.map((f) => `${f.path} ${f.size} ${f.sha256} ${f.from}`).sort();
	assert.deepEqual(files(winManifest), files(linuxManifest));
	for (const f of winManifest.files) assert.ok(!f.path.includes('\\') && !f.from.includes('\\'), `${f.path} ${f.from}`);
	assert.deepEqual(tree(out).filter((f) => f.startsWith('Sysprep/')), winManifest.files.map((f) => f.path).sort());
	assert.match(readFileSync(path.join(out, 'Sysprep', 'Sysprep.inf'), 'latin1'), /\r\n/);
	assert.doesNotMatch(readFileSync(path.join(out, 'Sysprep', 'Sysprep.inf'), 'latin1'), /[^\r]\n/);
	assert.deepEqual(leftovers(root), []);
});

test('a rebuild over an existing bundle replaces it', { skip }, () => {
	const ws = copyOf('ws-rebuild');
	const out = path.join(root, 'out-rebuild');
	assert.equal(runWindowsCli(['bundle', winPath(ws), '--out', winPath(out), '--zip'], root).code, 0);
	writeTree(ws, [{ path: 'Sysprep/drivers/net/extra.inf', bytes: Buffer.from('[Version]\r\nSignature="$Windows NT$"\r\n', 'latin1') }]);
	const again = runWindowsCli(['bundle', winPath(ws), '--out', winPath(out)], root);
	assert.equal(again.code, 0, again.stdout + again.stderr);
	const files = tree(out);
	assert.ok(files.includes('Sysprep/drivers/net/extra.inf'), files.join());
	assert.ok(!files.includes('Sysprep.zip'), 'the old ZIP went with the old bundle');
	assert.deepEqual(leftovers(root), []);
});

type Scenario = { code: string; args?: string[]; edit: (ws: string) => void };

const scenarios: Scenario[] = [
	{ code: 'bundle.missing-executable', edit: (ws) => rmSync(path.join(ws, 'Deploy', 'factory.exe')) },
	{ code: 'bundle.not-pe', edit: (ws) => cpSync(path.join(dir, 'notpe.exe'), path.join(ws, 'Deploy', 'setupcl.exe')) },
	{ code: 'bundle.wrong-architecture', args: ['--arch', 'x64'], edit: () => undefined },
	{
		code: 'bundle.mixed-versions',
		edit: (ws) => {
			// factory.exe from the other Windows version than the two others.
			const other = sha(path.join(ws, 'Deploy', 'sysprep.exe')) === sha(path.join(dir, 'x86-5.1', 'sysprep.exe')) ? 'x86-5.2' : 'x86-5.1';
			cpSync(path.join(dir, other, 'factory.exe'), path.join(ws, 'Deploy', 'factory.exe'));
		},
	},
	{
		code: 'bundle.missing-tool',
		edit: (ws) => {
			const first = readdirSync(path.join(ws, 'Tools'))[0]!;
			rmSync(path.join(ws, 'Tools', first));
		},
	},
	{ code: 'bundle.file-has-errors', edit: (ws) => writeFileSync(path.join(ws, 'Sysprep', 'sysprep.bat'), `${readFileSync(path.join(ws, 'Sysprep', 'sysprep.bat'), 'latin1')}\r\ngoto nowhere\r\n`, 'latin1') },
	{ code: 'bundle.ambiguous-file', edit: (ws) => cpSync(path.join(ws, 'Sysprep', 'Sysprep.inf'), path.join(ws, 'Copy', 'Sysprep.inf')) },
	{ code: 'bundle.missing-folder', edit: (ws) => rmSync(path.join(ws, 'Sysprep', 'drivers', 'net'), { recursive: true }) },
	{ code: 'bundle.cmdlines-location', edit: (ws) => editInf(ws, (text) => text.replace(/InstallFilesPath = .*\r?\n/, '')) },
	{ code: 'bundle.encoding', edit: (ws) => editInf(ws, (text) => text.replace('Build Team', 'Ωmega Team'), 'utf8') },
	{
		code: 'bundle.bad-cab',
		edit: (ws) => {
			rmSync(path.join(ws, 'Deploy'), { recursive: true });
			const cab = readFileSync(path.join(dir, 'deploy-mszip.cab'));
			cab[200] ^= 0xff; // inside the first data block: its checksum no longer matches
			writeTree(ws, [{ path: 'Deploy.cab', bytes: cab }]);
		},
	},
];

function editInf(ws: string, change: (text: string) => string, encoding: BufferEncoding = 'latin1'): void {
	const file = path.join(ws, 'Sysprep', 'Sysprep.inf');
	writeFileSync(file, change(readFileSync(file, 'latin1')), encoding);
}

test('every refusal exits 1 and leaves the previous bundle byte for byte', { skip }, () => {
	const out = path.join(root, 'out-refusals');
	assert.equal(runWindowsCli(['bundle', winPath(base), '--out', winPath(out)], root).code, 0);
	const before = snapshot(out);
	for (const s of scenarios) {
		const ws = copyOf(`ws-${s.code}`);
		s.edit(ws);
		const r = runWindowsCli(['bundle', winPath(ws), '--out', winPath(out), ...(s.args ?? [])], root);
		assert.equal(r.code, 1, `${s.code}: ${r.stdout}${r.stderr}`);
		assert.ok(r.stderr.includes(s.code), `${s.code}: ${r.stderr}`);
		assert.match(r.stderr, /Bundle not built: verification failed; nothing was written/);
		assert.deepEqual(snapshot(out), before, s.code);
	}
	// Bad usage: --out names a folder that is not a bundle.
	const docs = path.join(root, 'docs');
	writeTree(docs, [{ path: 'keep.txt', bytes: Buffer.from('precious') }]);
	const usage = runWindowsCli(['bundle', winPath(base), '--out', winPath(docs)], root);
	assert.equal(usage.code, 2, usage.stderr);
	assert.deepEqual(readdirSync(docs), ['keep.txt']);
	assert.deepEqual(leftovers(root), []);
});

/** libuv's flag for opening a file with no sharing at all (as some editors and Office do); Node does not name it. */
const UV_FS_O_EXLOCK = 0x10000000;

for (const mode of ['shared', 'exclusive'] as const) {
	test(`a file held open (${mode}) in the old bundle: a clear error or a note, nothing lost; the next build works`, { skip }, async () => {
		const out = path.join(root, `out-open-${mode}`);
		assert.equal(runWindowsCli(['bundle', winPath(base), '--out', winPath(out)], root).code, 0);
		const before = snapshot(out);
		// Another Windows process (an editor, Explorer's preview) holds Sysprep.inf open.
		const ready = path.join(root, `holder-ready-${mode}`);
		const release = path.join(root, `holder-release-${mode}`);
		const holderScript = path.join(root, 'holder.js');
		writeFileSync(
			holderScript,
			[
				"const fs = require('fs');",
				'const [file, ready, release, flags] = process.argv.slice(2);',
				'const fd = fs.openSync(file, flags === "r" ? "r" : Number(flags));',
				'fs.writeFileSync(ready, String(fd));',
				'const timer = setInterval(() => { if (fs.existsSync(release)) { fs.closeSync(fd); clearInterval(timer); } }, 100);',
				'setTimeout(() => process.exit(3), 120000).unref();',
			].join('\n'),
		);
		const holder = startWindowsNode([winPath(holderScript), winPath(path.join(out, 'Sysprep', 'Sysprep.inf')), winPath(ready), winPath(release), mode === 'shared' ? 'r' : String(UV_FS_O_EXLOCK)], root, path.join(root, 'holder.log'));
		const exited = new Promise<number | null>((resolve) => holder.once('exit', resolve));
		try {
			for (let i = 0; i < 600 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 100));
			assert.ok(existsSync(ready), `the holder did not start: ${existsSync(path.join(root, 'holder.log')) ? readFileSync(path.join(root, 'holder.log'), 'utf8') : ''}`);
			const ws = copyOf(`ws-open-${mode}`);
			writeTree(ws, [{ path: 'Sysprep/drivers/net/extra.inf', bytes: Buffer.from('[Version]\r\n', 'latin1') }]);
			const blocked = runWindowsCli(['bundle', winPath(ws), '--out', winPath(out)], root);
			if (blocked.code === 0) {
				// Wine lets the folder be renamed (Windows refuses while a file in it is open), but, like Windows,
				// it cannot delete the open file: the new bundle is complete and the user is told what is left.
				assert.ok(tree(out).includes('Sysprep/drivers/net/extra.inf'));
				assert.match(blocked.stdout, /Note: the previous bundle could not be deleted completely \((EBUSY|ENOTEMPTY|EPERM)[^)]*\); what is left is in C:\\.*\.out-open-\w+\.reseal-old-/);
				assert.equal(leftovers(root).length, 1, leftovers(root).join());
			} else {
				// Windows itself: the first rename fails; nothing changes.
				assert.equal(blocked.code, 1, blocked.stdout + blocked.stderr);
				assert.match(blocked.stderr, /in use, open in another program/);
				assert.match(blocked.stderr, /previous bundle, if any, is untouched/);
				assert.deepEqual(snapshot(out), before);
				assert.deepEqual(leftovers(root), []);
			}
			writeFileSync(release, '');
			assert.equal(await exited, 0);
			// Once the file is closed the next build works and removes what the blocked one left.
			const after = runWindowsCli(['bundle', winPath(ws), '--out', winPath(out)], root);
			assert.equal(after.code, 0, after.stdout + after.stderr);
			assert.doesNotMatch(after.stdout, /Note:/);
			assert.ok(tree(out).includes('Sysprep/drivers/net/extra.inf'));
			assert.deepEqual(leftovers(root), []);
		} finally {
			writeFileSync(release, '');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
			holder.kill();
		}
	});
}

test('names that differ only in case: one file per Windows name, --out matched in any case', { skip }, () => {
	const ws = copyOf('ws-case');
	// Both exist on Linux; on NTFS they would be one file.
	cpSync(path.join(ws, 'Sysprep', 'drivers', 'net', 'example-nic.inf'), path.join(ws, 'Sysprep', 'drivers', 'net', 'EXAMPLE-NIC.INF'));
	const win = runWindowsCli(['bundle', winPath(ws), '--out', winPath(path.join(root, 'out-case'))], root);
	const linux = runLinuxCli(['bundle', ws, '--out', path.join(root, 'out-case-linux')], root);
	assert.equal(win.code, linux.code, win.stdout + win.stderr);
	const codes = (text: string) => [...text.matchAll(/\b(bundle\.[a-z-]+)/g)].map((m) => m[1]).sort();
	assert.deepEqual(codes(win.stdout + win.stderr), codes(linux.stdout + linux.stderr));
	assert.ok(codes(win.stdout + win.stderr).includes('bundle.path-collision'), win.stdout + win.stderr);
	if (win.code === 0) {
		const nics = tree(path.join(root, 'out-case')).filter((f) => f.toLowerCase() === 'sysprep/drivers/net/example-nic.inf');
		assert.equal(nics.length, 1, nics.join());
	}
	// --out inside the workspace, spelled in another case: it is still left out of the scan, twice.
	const inner = copyOf('ws-inner');
	const spelled = winPath(path.join(inner, 'Build')).replace('ws-inner', 'WS-INNER');
	const manifests: string[] = [];
	for (let i = 0; i < 2; i++) {
		const r = runWindowsCli(['bundle', winPath(inner), '--out', spelled], root);
		assert.equal(r.code, 0, `build ${i + 1}: ${r.stdout}${r.stderr}`);
		const manifest = JSON.parse(readFileSync(path.join(inner, 'Build', 'reseal-manifest.json'), 'utf8')) as Manifest;
		manifests.push(manifest.files.map((f) => `${f.path} ${f.sha256} ${f.from}`).join('\n'));
	}
	assert.equal(manifests[1], manifests[0], 'the second build does not pick up the first one');
	// --out above the workspace, spelled in another case, is refused for what it is.
	const above = runWindowsCli(['bundle', winPath(inner), '--out', winPath(root).toUpperCase()], root);
	assert.equal(above.code, 2);
	assert.match(above.stderr, /contains the workspace/);
});
