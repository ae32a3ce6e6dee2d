/**
 * Bundle layer (pure): the check of a written bundle. The writer runs it on
 * the staged folder before swapping it in. No `fs`; nothing throws.
 */
import type { BundleCheck, BundleTarget } from './checks';
import { verifyExecutables, type ExecutableInput } from './executableChecks';

export interface WrittenFile {
	readonly bundlePath: string;
	readonly size: number;
	readonly sha256: string;
}

/**
 * Compares what landed in the staging folder with the plan, and re-checks the
 * staged executables. `listed` is every file found under the staging folder.
 */
export function verifyWrittenBundle(
	planned: readonly string[],
	written: readonly WrittenFile[],
	listed: readonly string[],
	stagedExecutables: readonly ExecutableInput[],
	target: BundleTarget,
): BundleCheck[] {
	const checks: BundleCheck[] = [];
	const writtenSet = new Set(written.map((w) => w.bundlePath));
	const listedSet = new Set(listed);
	const missing = planned.filter((p) => !writtenSet.has(p) || !listedSet.has(p));
	const extra = listed.filter((p) => !planned.includes(p));
	checks.push(
		missing.length === 0 && extra.length === 0
			? { id: 'written.complete', ok: true, message: `All ${planned.length} planned files were written and nothing else.` }
			: {
					id: 'written.complete',
					ok: false,
					code: 'bundle.write-failed',
					message: `The staged bundle differs from the plan (${missing.length} missing${missing.length ? `: ${missing.slice(0, 5).join(', ')}` : ''}; ${extra.length} unexpected${extra.length ? `: ${extra.slice(0, 5).join(', ')}` : ''}); a file changed during the build — run it again.`,
				},
	);
	const again = verifyExecutables(stagedExecutables, target).filter((c) => !c.ok);
	checks.push(
		again.length === 0
			? { id: 'written.executables', ok: true, message: 'The staged Sysprep executables pass the same checks.' }
			: {
					id: 'written.executables',
					ok: false,
					code: 'bundle.write-failed',
					message: `The staged Sysprep executables no longer pass: ${again.map((c) => c.message).join(' ')} A file changed during the build — run it again.`,
				},
	);
	return checks;
}
