/**
 * In-editor tier: runs test/vscode/suite (mocha, VS Code API) in a real VS Code
 * extension host with the extension loaded from this folder (dist/, built by
 * `npm run build`).
 *
 * Hosts, in order:
 *  1. VS Code Desktop through @vscode/test-electron: `VSCODE_PATH` (an installed
 *     `code` executable), or a download from update.code.visualstudio.com.
 *     On a Linux machine without a display, run under `xvfb-run -a`.
 *  2. When no VS Code can be had (no network, as on the project's CI), the same
 *     suite runs in code-server's extension host when code-server is installed
 *     (scripts/install-code-server.sh; `npm run test:e2e` installs it), via
 *     the workbench's extensionDevelopmentPath/extensionTestsPath payload.
 *     Set RESEAL_VSCODE_HOST=electron to refuse this fallback.
 *  3. Otherwise it prints why nothing ran and exits 0: this tier is never the
 *     only proof (test:e2e drives the real UI, test:nvim a second LSP client).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { chromium } from 'playwright-core';
import { codeServerBin, startCodeServer } from '../e2e/codeServer';
import { prepareWorkspace, repoRoot, waitFor, type PreparedWorkspace } from '../e2e/support';

const suiteOut = path.join(repoRoot, '.e2e/vscode-suite');
const suiteEntry = path.join(suiteOut, 'index.js');

async function bundleSuite(): Promise<void> {
	await build({
		entryPoints: [path.join(repoRoot, 'test/vscode/suite/index.ts')],
		outfile: suiteEntry,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		sourcemap: 'inline',
		external: ['vscode', 'mocha'],
		logLevel: 'warning',
		// `require('mocha')` resolves from .e2e/vscode-suite up to the project's node_modules.
	});
}

async function resolveVSCode(): Promise<{ path?: string; why?: string }> {
	if (process.env.VSCODE_PATH) {
		if (!fs.existsSync(process.env.VSCODE_PATH)) return { why: `VSCODE_PATH=${process.env.VSCODE_PATH} does not exist` };
		return { path: process.env.VSCODE_PATH };
	}
	try {
		return { path: await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable', timeout: 20_000 }) };
	} catch (error) {
		return { why: `VS Code could not be downloaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
	}
}

async function runInElectron(executable: string, ws: PreparedWorkspace): Promise<number> {
	const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-vscode-user-'));
	try {
		return await runTests({
			vscodeExecutablePath: executable,
			extensionDevelopmentPath: repoRoot,
			extensionTestsPath: suiteEntry,
			launchArgs: [ws.folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
		});
	} finally {
		fs.rmSync(userData, { recursive: true, force: true });
	}
}

interface SuiteResult {
	failures: number;
	passed: string[];
	failed: { title: string; error: string }[];
}

async function runInCodeServer(ws: PreparedWorkspace): Promise<number> {
	const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) => fs.existsSync(file));
	if (!chromiumPath) throw new Error('code-server is installed but Chromium is not (apt-get install chromium)');
	const resultPath = path.join(ws.root, 'vscode-suite-result.json');
	const server = await startCodeServer(undefined, ws.folder, { RESEAL_VSCODE_RESULT: resultPath });
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-chromium-'));
	const browser = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const authority = new URL(server.url).host;
		const remote = (file: string) => `vscode-remote://${authority}${file}`;
		const payload = JSON.stringify([
			['extensionDevelopmentPath', remote(repoRoot)],
			['extensionTestsPath', remote(suiteEntry)],
		]);
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(`${server.url}/?folder=${encodeURIComponent(ws.folder)}&payload=${encodeURIComponent(payload)}`);
		const result = await waitFor('the suite to report (RESEAL_VSCODE_RESULT)', () => fs.existsSync(resultPath) && (JSON.parse(fs.readFileSync(resultPath, 'utf8')) as SuiteResult), 180_000, 200);
		for (const title of result.passed) console.log(`  ✔ ${title}`);
		for (const failure of result.failed) console.log(`  ✖ ${failure.title}\n${failure.error.replace(/^/gm, '      ')}`);
		console.log(`${result.passed.length} passing, ${result.failed.length} failing (VS Code extension host of code-server)`);
		return result.failures === 0 && result.passed.length > 0 ? 0 : 1;
	} catch (error) {
		fs.mkdirSync(path.join(repoRoot, 'test-output/vscode'), { recursive: true });
		fs.writeFileSync(path.join(repoRoot, 'test-output/vscode/code-server.log'), server.log());
		throw error;
	} finally {
		await browser.close().catch(() => undefined);
		await server.stop();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

async function main(): Promise<number> {
	const started = Date.now();
	if (!fs.existsSync(path.join(repoRoot, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
	await bundleSuite();
	const ws = prepareWorkspace({ executables: true });
	try {
		if (!ws.hasExecutables) console.log('note: no PE fixtures (test/fixtures/bundle/bin); the bundle test will fail');
		const vscodeExe = await resolveVSCode();
		if (vscodeExe.path) {
			console.log(`test:vscode: running the suite in VS Code Desktop (${vscodeExe.path})`);
			const code = await runInElectron(vscodeExe.path, ws);
			console.log(`test:vscode: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			return code;
		}
		console.log(`test:vscode: ${vscodeExe.why}.`);
		console.log('  @vscode/test-electron needs VS Code Desktop: set VSCODE_PATH to an installed `code`, or run where update.code.visualstudio.com is reachable.');
		if (process.env.RESEAL_VSCODE_HOST !== 'electron' && fs.existsSync(codeServerBin)) {
			console.log('test:vscode: running the same suite in the extension host of code-server (VS Code 1.100.3) instead.');
			const code = await runInCodeServer(ws);
			console.log(`test:vscode: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			return code;
		}
		console.log('test:vscode: SKIPPED — no VS Code and no code-server here (scripts/install-code-server.sh installs code-server).');
		console.log('  The real-editor proof on this machine is npm run test:e2e (VS Code UI in code-server) and npm run test:nvim.');
		return 0;
	} finally {
		ws.dispose();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.stack : error);
		process.exit(1);
	},
);
