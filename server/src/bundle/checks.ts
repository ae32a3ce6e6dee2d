/**
 * Bundle layer (pure): one verification and its result, the unit of every
 * check the planner and the writer report (the manifest lists them all).
 */
import type { Architecture, WindowsTarget } from '../knowledge/types';
import type { BundleCode } from '../services/codes/bundleCodes';

/** One verification and its result; the manifest lists them all. */
export interface BundleCheck {
	/** Stable id, e.g. `executable.version:sysprep.exe`. */
	readonly id: string;
	readonly ok: boolean;
	/** What was checked and, when it failed, the fix. Never contains secrets. */
	readonly message: string;
	readonly code?: BundleCode;
	/** Workspace path (or bundle path for generated files) the check is about. */
	readonly file?: string;
	/** `warning`: reported but does not stop the build. Default `error`. */
	readonly level?: 'error' | 'warning';
}

export interface BundleTarget {
	readonly os: WindowsTarget;
	readonly arch: Architecture;
}

/** True when the checks allow a build. */
export function checksPass(checks: readonly BundleCheck[]): boolean {
	return checks.every((c) => c.ok || c.level === 'warning');
}

/** A failed check that stops the build. */
export function failed(id: string, code: BundleCode, file: string | undefined, message: string): BundleCheck {
	return { id, ok: false, code, file, message };
}

/** A failed check that is reported but does not stop the build. */
export function warned(id: string, code: BundleCode, file: string | undefined, message: string): BundleCheck {
	return { id, ok: false, code, file, message, level: 'warning' };
}

export function passed(id: string, file: string | undefined, message: string): BundleCheck {
	return { id, ok: true, file, message };
}
