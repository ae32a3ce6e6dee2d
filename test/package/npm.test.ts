/**
 * Packaging tier: the npm package, tested as if it had been published.
 *
 * `npm pack` (prepack builds the production bundles) → the tarball holds only
 * the CLI and server bundles, README, LICENSE and package.json, and declares no
 * dependencies → `npm install -g --offline` into an empty prefix, from outside
 * the repository → the installed `reseal` checks a copy of examples/, and the
 * installed `reseal-language-server --stdio` answers one diagnostics round trip
 * → the Neovim set-up copied from docs/editors.md starts the installed server.
 *
 * Run: npm run test:package. The Neovim part skips when `nvim` is missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../utils/lspClient';
import { copyExamples, installTarball, manifest, packTarball, repoRoot, toolVersion, type PackResult } from './support';

let pack: PackResult;
let bin: string;
let examples: string;
const temporary: string[] = [];

before(() => {
	pack = packTarball();
	const installed = installTarball(pack.tarball);
	bin = installed.bin;
	examples = copyExamples();
	temporary.push(path.dirname(pack.tarball), installed.prefix, examples);
	console.log(`  ${path.basename(pack.tarball)}: ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
	for (const file of pack.files) console.log(`    ${file.path} (${(file.size / 1024).toFixed(1)} KiB)`);
});

after(() => {
	for (const folder of temporary) fs.rmSync(folder, { recursive: true, force: true });
});

function runInstalled(command: string, args: string[], cwd = examples) {
	const result = spawnSync(path.join(bin, command), args, { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the tarball holds the bundles (the CLI is a launcher and its bundle), README, LICENSE and package.json, and nothing else', () => {
	assert.deepEqual(pack.files.map((file) => file.path).sort(), ['LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli.js', 'dist/server.js', 'package.json']);
	assert.ok(pack.size < 1024 * 1024, `the tarball is ${(pack.size / 1024).toFixed(0)} KiB`);
});

test('the packaged manifest is publishable: bins, engines, no runtime dependencies', () => {
	const packaged = JSON.parse(fs.readFileSync(path.join(path.dirname(bin), 'lib/node_modules', manifest.name, 'package.json'), 'utf8')) as Record<string, unknown>;
	assert.equal(packaged.private, undefined, 'not private');
	assert.deepEqual(packaged.bin, { reseal: 'dist/cli.js', 'reseal-language-server': 'dist/server.js' });
	assert.match(String((packaged.engines as Record<string, string>).node), />=\s*20/);
	assert.equal(packaged.dependencies, undefined, 'the bundles carry their dependencies; nothing is installed beside them');
	assert.equal(packaged.license, 'MIT');
	// npm installed nothing but the package itself.
	const installedFolder = path.join(path.dirname(bin), 'lib/node_modules');
	assert.deepEqual(fs.readdirSync(installedFolder), [manifest.name]);
	assert.ok(!fs.existsSync(path.join(installedFolder, manifest.name, 'node_modules')));
});

test('the installed reseal and reseal-language-server answer --version and --help', () => {
	const version = runInstalled('reseal', ['--version']);
	assert.equal(version.code, 0);
	assert.equal(version.stdout.trim(), manifest.version);
	const help = runInstalled('reseal', ['--help']);
	assert.equal(help.code, 0);
	assert.match(help.stdout, /reseal check/);
	assert.match(help.stdout, /--fail-on/);
	assert.equal(runInstalled('reseal', ['frobnicate']).code, 2);
	const server = runInstalled('reseal-language-server', ['--version']);
	assert.equal(server.code, 0);
	assert.equal(server.stdout.trim(), manifest.version);
	assert.match(runInstalled('reseal-language-server', ['--help']).stdout, /--stdio/);
});

test('the installed reseal checks the examples: the mistakes fail, the clean workspace passes', () => {
	const mistakes = runInstalled('reseal', ['check', '--format', 'json', 'mistakes']);
	assert.equal(mistakes.code, 1, mistakes.stderr);
	const findings = JSON.parse(mistakes.stdout) as { file: string; code: string; severity: string; range: { start: { line: number } } }[];
	const codes = new Set(findings.map((finding) => `${finding.file} ${finding.code}`));
	for (const expected of ['mistakes/Sysprep.inf inf.invalid-value', 'mistakes/Sysprep.inf inf.rem-comment', 'mistakes/sysprep.bat bat.undefined-label']) {
		assert.ok(codes.has(expected), `${expected} in ${[...codes].join(', ')}`);
	}
	const workspace = runInstalled('reseal', ['check', 'workspace']);
	assert.equal(workspace.code, 0, workspace.stdout + workspace.stderr);
	assert.match(workspace.stdout, /4 files checked: 0 errors, 0 warnings/);
	const strict = runInstalled('reseal', ['check', '--fail-on', 'information', 'workspace']);
	assert.equal(strict.code, 1, 'the notes of the clean workspace fail --fail-on information');
});

test('the installed reseal-language-server --stdio: initialize, didOpen, publishDiagnostics, shutdown', async () => {
	const client = new LspTestClient(['--stdio'], path.join(bin, 'reseal-language-server'));
	try {
		const init = await client.initialize();
		assert.ok(init.capabilities.textDocumentSync, 'the server announces text synchronisation');
		const file = path.join(examples, 'mistakes/Sysprep.inf');
		const uri = pathToFileURL(file).href;
		await client.open(uri, fs.readFileSync(file, 'latin1'));
		const published = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0, 20_000);
		const cli = JSON.parse(runInstalled('reseal', ['check', '--format', 'json', 'mistakes/Sysprep.inf']).stdout) as { code: string }[];
		assert.deepEqual(client.codes(published.diagnostics).sort(), cli.map((finding) => finding.code).sort(), 'the server and the CLI agree');
	} finally {
		assert.equal(await client.shutdown(), 0, `the server exits cleanly${client.stderr ? `: ${client.stderr}` : ''}`);
	}
});

// ---------------------------------------------------------------------------
// Neovim: the set-up a user copies from docs/editors.md, with the installed server on PATH.

const nvim = toolVersion('nvim');

/** The Lua block after `<!-- tested: nvim-X -->` in docs/editors.md. */
function docSnippet(marker: string): string {
	const doc = fs.readFileSync(path.join(repoRoot, 'docs/editors.md'), 'utf8');
	const match = new RegExp(`<!-- tested: ${marker.replace('.', '\\.')} -->\\s*\`\`\`lua\\n([\\s\\S]*?)\`\`\``).exec(doc);
	assert.ok(match, `docs/editors.md has a Lua block marked "tested: ${marker}"`);
	return match[1];
}

test('Neovim: the set-up from docs/editors.md starts the installed server for Sysprep.inf and not for other text files', { skip: nvim ? false : 'nvim is not installed (apt-get install neovim)' }, () => {
	const [major, minor] = (/v(\d+)\.(\d+)/.exec(nvim ?? '') ?? []).slice(1).map(Number);
	const marker = major > 0 || minor >= 11 ? 'nvim-0.11' : minor >= 8 ? 'nvim-0.8' : 'nvim-0.7';
	const folder = path.join(examples, 'mistakes');
	const setup = path.join(examples, 'init.lua');
	const resultPath = path.join(examples, 'nvim-result.json');
	fs.writeFileSync(setup, docSnippet(marker));
	fs.writeFileSync(path.join(folder, 'notes.txt'), 'Not a Sysprep file.\n');
	const started = Date.now();
	const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${setup}`, '-c', 'edit Sysprep.inf', '-c', `luafile ${path.join(__dirname, 'editor-probe.lua')}`], {
		cwd: folder,
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, RESEAL_RESULT: resultPath },
	});
	assert.equal(run.status, 0, `nvim exited with ${run.status ?? run.signal}: ${run.stdout}${run.stderr}`);
	const result = JSON.parse(fs.readFileSync(resultPath, 'utf8')) as {
		waited: boolean;
		diagnostics: { code: string; message: string }[];
		clients: { name: string; cmd: string[] }[];
		unrelated_clients: unknown[];
	};
	console.log(`  ${nvim}: the "${marker}" set-up from docs/editors.md, diagnostics in ${Date.now() - started} ms`);
	assert.ok(result.waited, 'Neovim showed diagnostics within 30 s');
	assert.deepEqual(result.clients, [{ name: 'reseal', cmd: ['reseal-language-server', '--stdio'] }], 'one reseal client, started by name from PATH');
	const codes = result.diagnostics.map((diagnostic) => diagnostic.code);
	assert.ok(codes.includes('inf.invalid-value') && codes.includes('inf.rem-comment'), `diagnostics: ${codes.join(', ')}`);
	assert.deepEqual(result.unrelated_clients, [], 'no client attaches to notes.txt');
});
