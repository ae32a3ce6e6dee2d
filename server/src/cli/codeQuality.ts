/**
 * CLI: findings as a GitLab code quality report (`--format gitlab`), the JSON
 * array GitLab reads from `artifacts:reports:codequality` to show findings in
 * merge requests.
 */
import { createHash } from 'node:crypto';
import { sep } from 'node:path';

interface Finding {
	file: string;
	range: { start: { line: number; character: number } };
	severity: 'error' | 'warning' | 'information' | 'hint';
	code: string;
	message: string;
}

const levels: Record<Finding['severity'], string> = { error: 'critical', warning: 'major', information: 'minor', hint: 'info' };

export function toCodeQuality(findings: readonly Finding[]): object[] {
	// The fingerprint must survive unrelated edits that move lines, so it names the
	// file, the code, the message and the how-many-th such finding, not the line.
	const seen = new Map<string, number>();
	return findings.map((finding) => {
		const path = finding.file.split(sep).join('/');
		const key = `${path}\0${finding.code}\0${finding.message}`;
		const occurrence = (seen.get(key) ?? 0) + 1;
		seen.set(key, occurrence);
		return {
			description: finding.message,
			check_name: finding.code,
			fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32),
			severity: levels[finding.severity],
			location: { path, lines: { begin: finding.range.start.line + 1 } },
		};
	});
}
