/**
 * Windows tier: `reseal check` run by the Windows Node under wine on copies of
 * the examples and fixtures in `C:\reseal-tests\…`. The findings must be the
 * ones Linux reports for the same files; only the path separator differs.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { cliPath, repoRoot, runLinuxCli, runWindowsCli, skipReason, winPath, workFolder } from './wine';

const skip = skipReason();
let root = '';

interface Finding {
	file: string;
	range: unknown;
	severity: string;
	code: string;
	message: string;
}

before(() => {
	if (skip) return;
	assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run `npm run build` first');
	root = workFolder('check');
	cpSync(path.join(repoRoot, 'examples'), path.join(root, 'examples'), { recursive: true });
	// The fixtures of every file kind (the bundle fixtures hold no checked files).
	for (const kind of ['bat', 'cmdlines', 'inf', 'unattend', 'unattend-xml', 'winbom']) {
		cpSync(path.join(repoRoot, 'test', 'fixtures', kind), path.join(root, 'fixtures', kind), { recursive: true });
	}
});

after(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

function sortKey(f: Finding): string {
	return `${f.file}\0${JSON.stringify(f.range)}\0${f.code}\0${f.message}`;
}

for (const input of ['examples', 'fixtures']) {
	test(`check ${input}: the same findings as on Linux, with Windows paths`, { skip }, () => {
		const win = runWindowsCli(['check', '--format', 'json', input], root);
		const linux = runLinuxCli(['check', '--format', 'json', input], root);
		assert.equal(win.code, linux.code, `exit codes differ; Windows stderr: ${win.stderr}`);
		assert.equal(win.stderr, linux.stderr.replace(/\//g, '\\'));
		const winFindings = JSON.parse(win.stdout) as Finding[];
		const linuxFindings = JSON.parse(linux.stdout) as Finding[];
		assert.ok(linuxFindings.length > 10, 'the inputs have findings to compare');
		for (const f of winFindings) {
			assert.ok(!f.file.includes('/'), `a Windows path uses backslashes: ${f.file}`);
			assert.ok(f.file.startsWith(`${input}\\`), f.file);
		}
		const normal = winFindings.map((f) => ({ ...f, file: f.file.replace(/\\/g, '/') }));
		assert.deepEqual(normal.map(sortKey).sort(), linuxFindings.map(sortKey).sort());
	});
}

test('text output names files as Windows paths; exit 1 on errors, 0 when clean', { skip }, () => {
	const win = runWindowsCli(['check', 'examples\\mistakes'], root);
	assert.equal(win.code, 1, win.stderr);
	const lines = win.stdout.trimEnd().split('\n');
	assert.match(lines[0]!, /^examples\\mistakes\\Sysprep\.inf:\d+:\d+: (information|warning|error) inf\./);
	assert.match(lines.at(-1)!, /^2 files checked: \d+ errors/);
	const clean = path.join(root, 'clean');
	cpSync(path.join(root, 'fixtures', 'cmdlines', 'valid'), clean, { recursive: true });
	const ok = runWindowsCli(['check', winPath(clean)], root);
	assert.equal(ok.code, 0, ok.stdout + ok.stderr);
	assert.match(ok.stdout, /checked: 0 errors, 0 warnings/);
});

test('absolute C:\\ paths and a file named in another case are found', { skip }, () => {
	const inf = winPath(path.join(root, 'examples', 'mistakes', 'Sysprep.inf'));
	const upper = inf.replace(/Sysprep\.inf$/, 'SYSPREP.INF');
	const win = runWindowsCli(['check', '--format', 'json', upper], path.join(root, 'fixtures'));
	assert.equal(win.code, 1, win.stderr);
	const findings = JSON.parse(win.stdout) as Finding[];
	assert.ok(findings.length > 0);
	for (const f of findings) assert.equal(f.file.toLowerCase(), inf.toLowerCase());
	// The same folder named twice in different case is checked once.
	const once = JSON.parse(runWindowsCli(['check', '--format', 'json', 'examples'], root).stdout) as Finding[];
	const twice = JSON.parse(runWindowsCli(['check', '--format', 'json', 'examples', 'EXAMPLES\\MISTAKES'], root).stdout) as Finding[];
	assert.equal(twice.length, once.length);
});

test('SARIF: relative artifact URIs with forward slashes, %SRCROOT% a file:///C:/ URI', { skip }, () => {
	const win = runWindowsCli(['check', '--format', 'sarif', 'examples'], root);
	assert.equal(win.code, 1, win.stderr);
	const sarif = JSON.parse(win.stdout);
	const run0 = sarif.runs[0];
	const base = run0.originalUriBaseIds['%SRCROOT%'].uri as string;
	assert.equal(base, `file:///C:/${winPath(root).slice(3).split('\\').map(encodeURIComponent).join('/')}/`);
	assert.doesNotThrow(() => new URL(base));
	const uris = run0.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation);
	assert.ok(uris.some((u: { uri: string }) => u.uri === 'examples/mistakes/Sysprep.inf'));
	for (const u of uris) {
		assert.ok(!u.uri.includes('\\') && !u.uri.includes('%5C'), u.uri);
		assert.equal(u.uriBaseId, '%SRCROOT%');
	}
	// A file outside the current folder gets an absolute file URI of its own.
	const outside = runWindowsCli(['check', '--format', 'sarif', winPath(path.join(root, 'examples', 'mistakes'))], path.join(root, 'fixtures'));
	const loc = JSON.parse(outside.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation;
	assert.match(loc.uri, /^file:\/\/\/C:\/reseal-tests\/check-[^/]+\/examples\/mistakes\/(Sysprep\.inf|sysprep\.bat)$/);
	assert.equal(loc.uriBaseId, undefined);
});

test('CRLF, LF and UTF-16 files give the same findings on Windows', { skip }, () => {
	const text = '[Unattended]\nOemSkipEula = on\nInstallFilesPath = C:\\Sysprep\\i386\n';
	const folder = path.join(root, 'eol');
	for (const [name, bytes] of [
		['lf', Buffer.from(text, 'latin1')],
		['crlf', Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1')],
		['utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')])],
	] as const) {
		cpSync(path.join(root, 'examples', 'mistakes', 'Sysprep.inf'), path.join(folder, name, 'Sysprep.inf'));
		writeFileSync(path.join(folder, name, 'Sysprep.inf'), bytes);
	}
	const win = runWindowsCli(['check', '--format', 'json', 'eol'], root);
	const findings = JSON.parse(win.stdout) as Finding[];
	const by = (name: string) => findings.filter((f) => f.file.startsWith(`eol\\${name}\\`)).map((f) => `${JSON.stringify(f.range)} ${f.code}`);
	assert.ok(by('lf').length > 0);
	assert.deepEqual(by('crlf'), by('lf'));
	assert.deepEqual(by('utf16'), by('lf'));
});

test('bad usage exits 2 with a message naming the Windows path', { skip }, () => {
	const missing = runWindowsCli(['check', 'C:\\nowhere\\Sysprep.inf'], root);
	assert.equal(missing.code, 2);
	assert.match(missing.stderr, /C:\\nowhere\\Sysprep\.inf: no such file or folder/);
	assert.equal(runWindowsCli(['check', '--format', 'xml', '.'], root).code, 2);
});
