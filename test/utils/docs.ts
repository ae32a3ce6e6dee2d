/**
 * Test helpers: the generated parts of the documentation.
 */
import { allDiagnosticCodes } from '../../server/src/services/diagnosticCodes';

export function renderCodeTable(): string {
	const rows = allDiagnosticCodes.map((spec) => `| \`${spec.code}\` | ${spec.severity} | ${spec.summary.replace(/\|/g, '\\|')} |`);
	return ['| Code | Default severity | What it catches |', '| --- | --- | --- |', ...rows].join('\n');
}

export function replaceGenerated(text: string, name: string, body: string): string {
	const start = `<!-- generated:${name}:start -->`;
	const end = `<!-- generated:${name}:end -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from === -1 || to === -1) throw new Error(`README.md lacks the ${name} markers`);
	return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}
