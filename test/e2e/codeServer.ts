/**
 * Real-editor tests: a throwaway code-server (VS Code in the browser) bound
 * to 127.0.0.1 with its own config, user data and extensions folders, and
 * the packaged extension (`dist/reseal.vsix`) installed into it.
 *
 * code-server itself lives under `.e2e/code-server` (installed by
 * `scripts/install-code-server.sh`), never in the project's package.json.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, waitFor } from './support';

const run = promisify(execFile);

export const codeServerBin = path.join(process.env.RESEAL_CODE_SERVER_DIR ?? path.join(repoRoot, '.e2e/code-server'), 'node_modules/.bin/code-server');

/** Settings that keep the workbench quiet and deterministic for the tests. */
const userSettings = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.welcomePage.walkthroughs.openOnInstall': false,
	'workbench.enableExperiments': false,
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.ignoreRecommendations': true,
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'update.mode': 'none',
	'files.autoSave': 'off',
	'editor.wordBasedSuggestions': 'off',
	'editor.quickSuggestions': { other: false, comments: false, strings: false },
	'editor.suggestOnTriggerCharacters': false,
	'editor.acceptSuggestionOnEnter': 'off',
	'editor.hover.delay': 100,
	'editor.minimap.enabled': false,
	'editor.fontSize': 14,
	'window.commandCenter': false,
	'chat.commandCenter.enabled': false,
	'workbench.layoutControl.enabled': false,
};

export interface CodeServer {
	readonly url: string;
	readonly log: () => string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

async function healthy(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}/healthz`);
		return response.ok;
	} catch {
		return false;
	}
}

/**
 * Starts code-server on a free port with `vsix` installed (when given) and
 * `folder` as its default workspace; `extraEnv` reaches its extension host.
 */
export async function startCodeServer(vsix: string | undefined, folder: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<CodeServer> {
	if (!fs.existsSync(codeServerBin)) throw new Error(`code-server is not installed at ${codeServerBin}; run scripts/install-code-server.sh`);
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-code-server-'));
	const dirs = { config: path.join(home, 'config.yaml'), user: path.join(home, 'user'), extensions: path.join(home, 'extensions') };
	fs.mkdirSync(path.join(dirs.user, 'User'), { recursive: true });
	fs.mkdirSync(dirs.extensions);
	fs.writeFileSync(path.join(dirs.user, 'User/settings.json'), JSON.stringify(userSettings, null, '\t'));
	const port = await freePort();
	fs.writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
	const env = { ...process.env, ...extraEnv, XDG_CONFIG_HOME: path.join(home, 'xdg-config'), XDG_DATA_HOME: path.join(home, 'xdg-data') };
	const common = ['--config', dirs.config, '--user-data-dir', dirs.user, '--extensions-dir', dirs.extensions];
	if (vsix) await run(codeServerBin, [...common, '--install-extension', vsix], { env });

	let log = '';
	const child: ChildProcess = spawn(
		codeServerBin,
		[...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', folder],
		{ env, stdio: ['ignore', 'pipe', 'pipe'] },
	);
	child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitFor('code-server to answer /healthz', async () => {
			if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${log}`);
			return healthy(url);
		}, 60_000, 100);
	} catch (error) {
		child.kill('SIGTERM');
		await exited;
		throw error;
	}
	return {
		url,
		log: () => log,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
				await exited;
				clearTimeout(timer);
			}
			fs.rmSync(home, { recursive: true, force: true });
		},
	};
}
