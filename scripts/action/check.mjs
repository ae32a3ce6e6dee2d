#!/usr/bin/env node
// Step 2 of action.yml: runs `reseal check` with the action's inputs, writes the
// report, shows the findings as workflow annotations, sets the step outputs and
// exits with the CLI's exit code (0 passed, 1 findings at or over the threshold,
// 2 bad usage). Inputs arrive as INPUT_* variables, as action.yml sets them
// (INPUT_FAIL_ON; the INPUT_FAIL-ON spelling JavaScript actions get works too).
// RESEAL_CLI names the CLI (install.sh sets it); without it `reseal` on PATH runs.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const defaultOutputs = { sarif: 'reseal.sarif', json: 'reseal-report.json', gitlab: 'gl-code-quality-report.json', text: 'reseal-report.txt' };

export function input(env, name) {
	const key = `INPUT_${name.toUpperCase()}`;
	return (env[key.replace(/-/g, '_')] ?? env[key] ?? '').trim();
}

/** The action's inputs as CLI arguments, or an error message for a bad input. */
export function plan(env) {
	const format = input(env, 'format') || 'sarif';
	if (!(format in defaultOutputs)) return { error: `format must be sarif, json, gitlab or text (got '${format}')` };
	const raw = input(env, 'paths') || '.';
	// One path per line when there are several lines (paths may hold spaces), else space-separated.
	const paths = (raw.includes('\n') ? raw.split(/\r?\n/) : raw.split(/\s+/)).map((path) => path.trim()).filter(Boolean);
	const failOn = input(env, 'fail-on') || 'error';
	if (!['error', 'warning', 'information', 'never'].includes(failOn)) return { error: `fail-on must be error, warning, information or never (got '${failOn}')` };
	const maxWarnings = input(env, 'max-warnings');
	if (maxWarnings && !/^\d+$/.test(maxWarnings)) return { error: `max-warnings must be a whole number (got '${maxWarnings}')` };
	const config = input(env, 'config');
	const annotations = input(env, 'annotations') || 'true';
	if (annotations !== 'true' && annotations !== 'false') return { error: `annotations must be true or false (got '${annotations}')` };
	const args = ['check', '--format', format === 'text' ? 'text' : format];
	if (failOn !== 'never') args.push('--fail-on', failOn);
	if (maxWarnings && failOn !== 'never') args.push('--max-warnings', maxWarnings);
	if (config) args.push('--config', config);
	args.push('--', ...paths);
	return { args, format, output: input(env, 'output') || defaultOutputs[format], failOn, annotations: annotations === 'true' };
}

/** Findings of a report as {file, line, column, endLine, endColumn, level, code, message}, for annotations and counts. */
export function findingsOf(format, text) {
	if (format === 'sarif') {
		return (JSON.parse(text).runs ?? []).flatMap((run) =>
			(run.results ?? []).map((result) => {
				const location = result.locations?.[0]?.physicalLocation;
				const region = location?.region ?? {};
				return {
					file: decodeURIComponent(location?.artifactLocation?.uri ?? ''),
					line: region.startLine ?? 1,
					column: region.startColumn ?? 1,
					endLine: region.endLine,
					endColumn: region.endColumn,
					level: { error: 'error', warning: 'warning' }[result.level] ?? 'notice',
					code: result.ruleId,
					message: result.message?.text ?? '',
				};
			}),
		);
	}
	if (format === 'json') {
		return JSON.parse(text).map((finding) => ({
			file: finding.file,
			line: finding.range.start.line + 1,
			column: finding.range.start.character + 1,
			endLine: finding.range.end.line + 1,
			endColumn: finding.range.end.character + 1,
			level: { error: 'error', warning: 'warning' }[finding.severity] ?? 'notice',
			code: finding.code,
			message: finding.message,
		}));
	}
	if (format === 'gitlab') {
		return JSON.parse(text).map((issue) => ({
			file: issue.location.path,
			line: issue.location.lines.begin,
			level: { critical: 'error', blocker: 'error', major: 'warning' }[issue.severity] ?? 'notice',
			code: issue.check_name,
			message: issue.description,
		}));
	}
	return [];
}

// Workflow command escaping (the rules @actions/core applies).
const escapeData = (text) => String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(finding) {
	const props = [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`, `col=${finding.column ?? 1}`];
	if (finding.endLine === finding.line && finding.endColumn) props.push(`endColumn=${finding.endColumn}`);
	props.push(`title=${escapeProperty(`Reseal ${finding.code}`)}`);
	return `::${finding.level} ${props.join(',')}::${escapeData(finding.message)}`;
}

export function run(env = process.env, log = (line) => process.stdout.write(`${line}\n`)) {
	const step = plan(env);
	if (step.error) {
		log(`::error title=Reseal::${escapeData(step.error)}`);
		return 2;
	}
	const cli = env.RESEAL_CLI || 'reseal';
	log(`${cli} ${step.args.join(' ')}`);
	// npm's Windows shims are .cmd files, which only a shell runs.
	const result = spawnSync(cli, step.args, { encoding: 'utf8', maxBuffer: 1 << 30, shell: process.platform === 'win32', env });
	if (result.error) {
		log(`::error title=Reseal::${escapeData(`cannot run ${cli}: ${result.error.message}`)}`);
		return 2;
	}
	if (result.stderr) log(result.stderr.trimEnd());
	const code = result.status ?? 2;
	const output = resolve(env.GITHUB_WORKSPACE || '.', step.output);
	const outputs = { report: output, 'exit-code': String(code), errors: '0', warnings: '0' };
	if (code !== 2) {
		mkdirSync(dirname(output), { recursive: true });
		writeFileSync(output, result.stdout);
		log(`Report written to ${output}`);
		const findings = findingsOf(step.format, result.stdout);
		outputs.errors = String(findings.filter((finding) => finding.level === 'error').length);
		outputs.warnings = String(findings.filter((finding) => finding.level === 'warning').length);
		if (step.format === 'text') log(result.stdout.trimEnd());
		if (step.annotations) for (const finding of findings) log(annotation(finding));
		if (env.GITHUB_STEP_SUMMARY) {
			appendFileSync(env.GITHUB_STEP_SUMMARY, `### Reseal\n\n${findings.length} finding${findings.length === 1 ? '' : 's'}: ${outputs.errors} errors, ${outputs.warnings} warnings. Report: \`${step.output}\`.\n`);
		}
	}
	if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(''));
	return step.failOn === 'never' && code === 1 ? 0 : code;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = run();
