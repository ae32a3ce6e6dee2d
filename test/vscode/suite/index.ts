/**
 * @vscode/test-electron entry point (`extensionTestsPath`): runs the mocha
 * suite inside the VS Code extension host. Bundled to JS by
 * test/vscode/runTests.ts; `mocha` and `vscode` stay external.
 *
 * When RESEAL_VSCODE_RESULT is set, a JSON summary is also written there (the
 * code-server host of test/vscode/runInCodeServer.ts reads it, since a browser
 * workbench has no process exit code to report).
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';
import { registerSuite } from './extension.test';

export async function run(): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
	mocha.suite.emit('pre-require', globalThis, 'reseal-extension-suite', mocha);
	registerSuite();
	const failures: { title: string; error: string }[] = [];
	const passes: string[] = [];
	await new Promise<void>((resolve, reject) => {
		try {
			const runner = mocha.run((count) => {
				const resultPath = process.env.RESEAL_VSCODE_RESULT;
				if (resultPath) fs.writeFileSync(resultPath, JSON.stringify({ failures: count, passed: passes, failed: failures }, null, 2));
				if (count > 0) reject(new Error(`${count} test(s) failed: ${failures.map((f) => f.title).join('; ')}`));
				else resolve();
			});
			runner.on('pass', (t) => passes.push(t.fullTitle()));
			runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: err?.stack ?? String(err) }));
		} catch (error) {
			reject(error);
		}
	});
}
