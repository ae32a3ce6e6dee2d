/**
 * Every diagnostic code is exercised by at least one test or golden file, so
 * a rule cannot silently stop firing.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allDiagnosticCodes } from '../../server/src/services/diagnosticCodes';

function collect(folder: string, out: string[]): void {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) collect(path, out);
		else if (/\.(ts|txt|bat|cmd|inf|ini|xml)$/i.test(name)) out.push(readFileSync(path, 'latin1'));
	}
}

test('every diagnostic code appears in a test or golden file', () => {
	const texts: string[] = [];
	collect(join(__dirname, '..'), texts);
	const all = texts.join('\n');
	const untested = allDiagnosticCodes.map((spec) => spec.code).filter((code) => code !== 'reseal.internal-error' && !all.includes(code));
	assert.deepEqual(untested, []);
});
