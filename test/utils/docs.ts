/**
 * Test helpers: the generated parts of the documentation.
 */
import { allDiagnosticCodes } from '../../server/src/services/diagnosticCodes';
import { quickFixNotes } from '../../server/src/services/codes/quickFixes';

/** The code prefixes whose quick-fixes README lists (the answer-file kinds). */
export const quickFixPrefixes = ['xml.', 'inf.', 'cmdlines.', 'winbom.'] as const;

export function renderCodeTable(): string {
	const rows = allDiagnosticCodes.map((spec) => `| \`${spec.code}\` | ${spec.severity} | ${spec.summary.replace(/\|/g, '\\|')} |`);
	return ['| Code | Default severity | What it catches |', '| --- | --- | --- |', ...rows].join('\n');
}

export function renderQuickFixTable(): string {
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	const rows = allDiagnosticCodes
		.filter((spec) => quickFixPrefixes.some((prefix) => spec.code.startsWith(prefix)))
		.map((spec) => {
			const note = quickFixNotes[spec.code];
			const text = !note ? 'Not yet decided.' : 'fix' in note ? note.fix : `None: ${note.noFix}`;
			return `| \`${spec.code}\` | ${note && 'fix' in note ? 'yes' : 'no'} | ${cell(text)} |`;
		});
	return ['| Code | Fix | What the fix does, or why there is none |', '| --- | --- | --- |', ...rows].join('\n');
}

export function replaceGenerated(text: string, name: string, body: string): string {
	const start = `<!-- generated:${name}:start -->`;
	const end = `<!-- generated:${name}:end -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	if (from === -1 || to === -1) throw new Error(`README.md lacks the ${name} markers`);
	return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}
