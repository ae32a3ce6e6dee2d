/**
 * Test helpers: how Reseal's batch findings agree with the expectations of the
 * batch-spec parse corpus (`../shared/corpus/batch-spec/corpus/parse/<case>/`).
 *
 * batch-spec states per case whether live cmd.exe rejects the script with a
 * syntax error (`expect_syntax_errors`) or parses it cleanly. Reseal's rules
 * that claim "cmd.exe cannot read this" are the structural ones below; a case
 * agrees when Reseal reports an error of one of them exactly when batch-spec
 * expects a syntax error. Label findings (`bat.undefined-label`) are runtime
 * claims, checked against the case's own text: the label really is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../server/src/cli';
import type { CorpusResult } from './corpus';

/** Codes whose error means "cmd.exe rejects or misreads the structure of this line". */
export const structuralCodes = new Set(['bat.unbalanced-parens', 'bat.detached-block', 'bat.if-syntax', 'bat.not-batch', 'bat.for-syntax', 'bat.for-single-percent', 'bat.line-too-long']);

/** Syntax-error cases a Reseal rule is meant to catch (by case name), with that rule. */
export const matchedSyntaxCases: Readonly<Record<string, string>> = {
	'e001-nested-parens': 'bat.unbalanced-parens',
	'lonely-rparen-invalid': 'bat.unbalanced-parens',
	'else-glued-paren-invalid': 'bat.unbalanced-parens',
	'for-do-newline-paren-invalid': 'bat.detached-block',
	'if-exist-exists-misspell-valid': 'bat.if-syntax',
	'e010-for-missing-do': 'bat.for-syntax',
	'for-do-glued-paren-invalid': 'bat.for-syntax',
	'for-missing-in-invalid': 'bat.for-syntax',
	'for-in-glued-paren-invalid': 'bat.for-syntax',
};

export interface CaseExpectation {
	readonly name: string;
	readonly syntaxError: boolean;
	readonly tags: readonly string[];
	readonly input: string;
}

export function readCase(folder: string): CaseExpectation | undefined {
	const expectPath = join(folder, 'expect.json');
	if (!existsSync(expectPath)) return undefined;
	const expect = JSON.parse(readFileSync(expectPath, 'utf8')) as { parse?: { should_parse?: boolean; expect_syntax_errors?: boolean }; tags?: string[] };
	const parse = expect.parse ?? {};
	return {
		name: folder.split(/[\\/]/).pop() ?? folder,
		syntaxError: parse.expect_syntax_errors === true || parse.should_parse === false,
		tags: expect.tags ?? [],
		input: readFileSync(join(folder, 'input.cmd'), 'utf8'),
	};
}

export interface AgreementRow {
	readonly group: string;
	cases: number;
	agree: number;
	disagree: number;
	/** Syntax-error cases no Reseal rule covers (neither agreement nor disagreement). */
	noRule: number;
	readonly disagreements: string[];
}

/** True when the label a finding names has no `:label` line in the text (cmd.exe compares case-insensitively). */
function labelAbsent(input: string, finding: Finding): boolean {
	const name = /Label ':([^']+)'/.exec(finding.message)?.[1];
	if (!name) return false;
	return !input.split(/\r?\n/).some((line) => {
		const match = /^\s*:([^\s+:;,=<>|&^]+)/.exec(line);
		return !!match && match[1].toLowerCase() === name.toLowerCase();
	});
}

function isLabelCase(item: CaseExpectation): boolean {
	return item.tags.some((tag) => tag === 'goto' || tag === 'call' || tag === 'label' || tag === 'labels') || /\b(goto|call)\b/i.test(item.input);
}

function isParenCase(item: CaseExpectation): boolean {
	return item.tags.some((tag) => tag === 'paren' || tag === 'parentheses' || tag === 'group' || tag === 'else') || /[()]/.test(item.input);
}

/** The agreement table over every batch-spec case of `result` (files named `batch-spec/…/<case>/input.cmd`). */
export function agreement(root: string, result: CorpusResult): AgreementRow[] {
	const rows = new Map<string, AgreementRow>();
	const row = (group: string): AgreementRow => {
		let found = rows.get(group);
		if (!found) rows.set(group, (found = { group, cases: 0, agree: 0, disagree: 0, noRule: 0, disagreements: [] }));
		return found;
	};
	for (const file of result.files) {
		if (!file.name.startsWith('batch-spec/')) continue;
		const item = readCase(join(root, file.name, '..'));
		if (!item) continue;
		const findings = result.findings.get(file.name) ?? [];
		const structural = findings.filter((finding) => finding.severity === 'error' && structuralCodes.has(finding.code));
		const kind = item.syntaxError ? 'syntax-error cases' : 'clean-parse cases';
		const groups = [kind];
		if (isParenCase(item)) groups.push(`${kind} with parentheses`);
		if (isLabelCase(item)) groups.push(`${kind} with labels`);
		for (const group of groups) {
			const target = row(group);
			target.cases++;
			if (item.syntaxError) {
				const rule = matchedSyntaxCases[item.name];
				if (!rule) target.noRule++;
				else if (structural.some((finding) => finding.code === rule)) target.agree++;
				else {
					target.disagree++;
					target.disagreements.push(`${item.name} (expected ${rule})`);
				}
			} else if (structural.length === 0) target.agree++;
			else {
				target.disagree++;
				target.disagreements.push(`${item.name} (${structural.map((finding) => finding.code).join(', ')})`);
			}
		}
		const labels = findings.filter((finding) => finding.code === 'bat.undefined-label');
		if (labels.length > 0 || isLabelCase(item)) {
			const target = row('label references (runtime: the label is absent)');
			target.cases++;
			const wrong = labels.filter((finding) => !labelAbsent(item.input, finding));
			if (wrong.length === 0) target.agree++;
			else {
				target.disagree++;
				target.disagreements.push(`${item.name} (${wrong.map((finding) => finding.message.slice(0, 40)).join('; ')})`);
			}
		}
	}
	return [...rows.values()];
}

export function renderAgreement(rows: readonly AgreementRow[]): string {
	const width = Math.max(...rows.map((item) => item.group.length), 5);
	const head = `${'group'.padEnd(width)}  cases  agree  disagree  no rule`;
	const lines = rows.map((item) => `${item.group.padEnd(width)}  ${String(item.cases).padStart(5)}  ${String(item.agree).padStart(5)}  ${String(item.disagree).padStart(8)}  ${String(item.noRule).padStart(7)}${item.disagreements.length > 0 ? `  (${item.disagreements.join('; ')})` : ''}`);
	return [head, ...lines].join('\n');
}
