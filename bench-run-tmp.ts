import { runBundleCommand } from './server/src/cli/bundleCommand';
import { fakeAnalyzer } from './test/fixtures/bundle/fixtures';
(async () => {
	const t = process.hrtime.bigint();
	const code = await runBundleCommand(['/tmp/bench/ws', '--out', '/tmp/bench/out'], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) }, { analyzer: fakeAnalyzer, handleSignals: false });
	console.log('exit', code, 'internal ms', Number(process.hrtime.bigint() - t) / 1e6);
})();
