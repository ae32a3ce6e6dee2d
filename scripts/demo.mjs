// `npm run demo`: checks the shipped examples with the real CLI and prints the
// findings. examples/workspace is a clean image build; examples/mistakes holds
// the mistakes Reseal exists to catch, so errors there are expected.
import { spawnSync } from 'node:child_process';

const runs = [
	{ title: 'A clean image-build workspace (expect no errors)', args: ['examples/workspace'], expected: 0 },
	{ title: 'Typical mistakes (expect errors)', args: ['examples/mistakes'], expected: 1 },
];
let failed = false;
for (const { title, args, expected } of runs) {
	console.log(`\n=== ${title}: reseal check ${args.join(' ')}`);
	const result = spawnSync(process.execPath, ['dist/cli.js', 'check', ...args], { stdio: 'inherit' });
	if (result.status !== expected) {
		console.error(`unexpected exit code ${result.status} (expected ${expected})`);
		failed = true;
	}
}
process.exitCode = failed ? 1 : 0;
