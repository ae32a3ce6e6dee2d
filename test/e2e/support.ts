/**
 * Real-editor tests: shared set-up of the throwaway workspace the editors open.
 *
 * `prepareWorkspace()` copies `test/e2e/workspace/` (Sysprep.inf with one
 * missing required entry, sysprep.bat with an undefined label) into a fresh
 * temporary folder and, when asked, adds Windows Server 2003 x86 Sysprep
 * executables built by `scripts/build-pe-fixtures.sh` (mingw-w64), so that
 * "Sysprep: Build Sysprep Bundle" has a valid workspace to build from.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const workspaceFixture = path.join(repoRoot, 'test/e2e/workspace');
/** Files of the fixture workspace the editors open (README.md only documents them). */
export const workspaceFiles = ['Sysprep.inf', 'sysprep.bat'] as const;
export const sysprepExecutables = ['sysprep.exe', 'setupcl.exe', 'factory.exe'] as const;

export interface PreparedWorkspace {
	/** Parent temporary folder (removed by `dispose`). */
	readonly root: string;
	/** The workspace folder the editor opens. */
	readonly folder: string;
	/** Where the bundle goes (`reseal.bundle.outputFolder` points here). */
	readonly bundleOut: string;
	/** Whether sysprep.exe, setupcl.exe and factory.exe were added. */
	readonly hasExecutables: boolean;
	dispose(): void;
}

export interface PrepareOptions {
	/** Add PE executables for the bundle scenario (needs mingw-w64). */
	readonly executables?: boolean;
	/** Extra files, path relative to the workspace → content. */
	readonly extraFiles?: Readonly<Record<string, string>>;
}

export function prepareWorkspace(options: PrepareOptions = {}): PreparedWorkspace {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-editor-'));
	const folder = path.join(root, 'image-build');
	const bundleOut = path.join(root, 'bundle-out');
	fs.mkdirSync(folder);
	for (const name of workspaceFiles) fs.copyFileSync(path.join(workspaceFixture, name), path.join(folder, name));
	fs.mkdirSync(path.join(folder, '.vscode'));
	fs.writeFileSync(path.join(folder, '.vscode/settings.json'), JSON.stringify({ 'reseal.bundle.outputFolder': '../bundle-out', 'reseal.format.equalsSpacing': 'spaces' }, null, '\t'));
	for (const [rel, text] of Object.entries(options.extraFiles ?? {})) {
		fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
		fs.writeFileSync(path.join(folder, rel), text);
	}
	let hasExecutables = false;
	if (options.executables) {
		const pe = peFixtures();
		if (pe) {
			for (const name of sysprepExecutables) fs.copyFileSync(path.join(pe, 'x86-5.2', name), path.join(folder, name));
			hasExecutables = true;
		}
	}
	return {
		root,
		folder,
		bundleOut,
		hasExecutables,
		dispose: () => fs.rmSync(root, { recursive: true, force: true }),
	};
}

/** The committed PE fixtures (test/fixtures/bundle/bin, built by scripts/build-pe-fixtures.sh); undefined when absent. */
export function peFixtures(): string | undefined {
	const dir = path.join(repoRoot, 'test/fixtures/bundle/bin');
	return fs.existsSync(path.join(dir, 'SHA256SUMS')) ? dir : undefined;
}

/** Polls `check` until it returns a value other than undefined/false, or throws after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let lastError: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value !== undefined && value !== false) return value;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}
