/**
 * CLI: which findings make `reseal check` exit 1. CI chooses the threshold
 * (`--fail-on error|warning|information`) and a warning budget
 * (`--max-warnings N`, as ESLint has); the default keeps the historic contract:
 * exit 1 on any error, warnings allowed.
 */

export type FailLevel = 'error' | 'warning' | 'information';

export interface FailPolicy {
	failOn: FailLevel;
	/** Exit 1 when there are more warnings than this (undefined: no budget). */
	maxWarnings?: number;
}

export const defaultFailPolicy: FailPolicy = { failOn: 'error' };

const rank: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

/**
 * Applies one fail-policy option to `policy`. Returns undefined when `flag` is
 * not one of ours, an error message for a bad value, or the updated policy.
 */
export function parseFailOption(flag: string, value: string | undefined, policy: FailPolicy): FailPolicy | string | undefined {
	if (flag === '--fail-on') {
		if (value !== 'error' && value !== 'warning' && value !== 'information') return `--fail-on must be error, warning or information (got '${value ?? ''}')`;
		return { ...policy, failOn: value };
	}
	if (flag === '--max-warnings') {
		if (value === undefined || !/^\d+$/.test(value)) return `--max-warnings must be a whole number of 0 or more (got '${value ?? ''}')`;
		return { ...policy, maxWarnings: Number(value) };
	}
	return undefined;
}

/** Why the findings fail the policy, or undefined when they pass. */
export function policyFailure(severities: readonly string[], policy: FailPolicy): string | undefined {
	const limit = rank[policy.failOn];
	const failing = severities.filter((severity) => (rank[severity] ?? 99) <= limit).length;
	if (failing > 0) return `${failing} finding${failing === 1 ? '' : 's'} at or above --fail-on ${policy.failOn}`;
	const warnings = severities.filter((severity) => severity === 'warning').length;
	if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return `${warnings} warnings, more than --max-warnings ${policy.maxWarnings}`;
	return undefined;
}
