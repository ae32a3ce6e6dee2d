/**
 * `reseal check` of a folder holding an answer file in every form Reseal
 * reads (other names, templates of each engine, PowerShell/HCL/YAML hosts):
 * the planted mistake is reported at its line and column in the host file in
 * text, JSON, SARIF and GitLab output, no placeholder draws more than a hint,
 * and files that hold no answer file are left alone. Runs the real dist/cli.js.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const cli = resolve(__dirname, '../../dist/cli.js');
const forms = resolve(__dirname, '../fixtures/embedded/forms');

interface Finding {
	file: string;
	range: { start: { line: number; character: number }; end: { line: number; character: number } };
	severity: string;
	code: string;
	message: string;
}

function run(args: string[], cwd?: string) {
	const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every 0-based position of `needle` in a file's text. */
function positionsOf(text: string, needle: string): { line: number; character: number }[] {
	const out: { line: number; character: number }[] = [];
	const lines = text.split('\n');
	lines.forEach((line, index) => {
		for (let at = line.indexOf(needle); at !== -1; at = line.indexOf(needle, at + 1)) out.push({ line: index, character: at });
	});
	return out;
}

/** The planted mistake of each fixture: a misspelt pass, or for the INI kinds an invalid OemSkipWelcome. */
const planted: Record<string, { text: string; code: string }[]> = {
	'Autounattend64.xml': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'answer.xml': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'sysprep.xml': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'windows.xml': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'autounattend.pkrtpl.hcl': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'autounattend.xml.j2': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.mako': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.erb': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.tmpl': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.tpl': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.in': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'unattend.xml.template': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'build.ps1': [
		{ text: 'oobeSytem', code: 'xml.unknown-pass' },
		{ text: 'specialise', code: 'xml.unknown-pass' },
	],
	'windows.pkr.hcl': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	// One in the heredoc, one in a quoted string with \" escapes.
	'main.tf': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'playbook.yml': [{ text: 'oobeSytem', code: 'xml.unknown-pass' }],
	'sysprep.inf.j2': [{ text: 'Maybe', code: 'inf.invalid-value' }],
	'winnt.sif.tpl': [{ text: 'Maybe', code: 'inf.invalid-value' }],
};

/** Template and host-language tokens of the fixtures: none may draw more than a hint. */
const placeholder = /\$\{[^}]*\}|\{\{.*?\}\}|\{%.*?%\}|%\{.*?\}|<%.*?%>|@[A-Z_]+@|\$\(\$env:\w+\)|\$ComputerName|`\$team|^\s*%.*$|^##.*$/gm;

test('reseal check of a folder with every form: the planted mistake at its host position, no finding on a placeholder, non-answer files left alone', () => {
	const { code, stdout } = run(['check', '--format', 'json', forms]);
	assert.equal(code, 1);
	const findings = JSON.parse(stdout) as Finding[];
	const byFile = new Map<string, Finding[]>();
	for (const finding of findings) {
		const name = finding.file.split(/[\\/]/).pop()!;
		byFile.set(name, [...(byFile.get(name) ?? []), finding]);
	}
	for (const name of readdirSync(forms)) {
		const text = readFileSync(join(forms, name), 'utf8');
		const found = byFile.get(name) ?? [];
		if (!planted[name]) {
			assert.deepEqual(found, [], `${name} holds no answer file and is left alone`);
			continue;
		}
		for (const mistake of planted[name]) {
			const expected = positionsOf(text, mistake.text);
			assert.ok(expected.length > 0, `${name} holds ${mistake.text}`);
			for (const position of expected) {
				assert.ok(
					found.some((finding) => finding.code === mistake.code && finding.range.start.line === position.line && finding.range.start.character === position.character),
					`${name}: ${mistake.code} at ${position.line + 1}:${position.character + 1}; got ${found.map((finding) => `${finding.code}@${finding.range.start.line + 1}:${finding.range.start.character + 1}`).join(', ')}`,
				);
			}
		}
		const lines = text.split('\n');
		for (const [index, line] of lines.entries()) {
			for (const match of line.matchAll(placeholder)) {
				const from = match.index;
				const to = from + match[0].length;
				const onIt = found.filter((finding) => finding.severity !== 'hint' && finding.range.start.line === index && finding.range.start.character >= from && finding.range.start.character < to);
				assert.deepEqual(onIt, [], `${name}:${index + 1}: no finding above a hint on ${match[0]}`);
			}
		}
	}
	assert.ok(!byFile.has('pom.xml') && !byFile.has('tools.ps1'));
});

test('text, SARIF and GitLab output name the host file and position', () => {
	const text = run(['check', join(forms, 'build.ps1')]);
	assert.match(text.stdout, /build\.ps1:7:19: error xml\.unknown-pass: 'oobeSytem'/);
	assert.match(text.stdout, /build\.ps1:18:19: error xml\.unknown-pass: 'specialise'/);
	const sarif = JSON.parse(run(['check', '--format', 'sarif', join(forms, 'playbook.yml')]).stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[] };
	const result = sarif.runs[0].results.find((item) => item.ruleId === 'xml.unknown-pass');
	assert.ok(result);
	assert.match(result.locations[0].physicalLocation.artifactLocation.uri, /playbook\.yml$/);
	assert.deepEqual([result.locations[0].physicalLocation.region.startLine, result.locations[0].physicalLocation.region.startColumn], [9, 29]);
	const gitlab = JSON.parse(run(['check', '--format', 'gitlab', join(forms, 'windows.pkr.hcl')]).stdout) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
	const issue = gitlab.find((item) => item.check_name === 'xml.unknown-pass');
	assert.ok(issue);
	assert.match(issue.location.path, /windows\.pkr\.hcl$/);
	assert.equal(issue.location.lines.begin, 8);
});

test('files named on the command line that hold no answer file (as the pre-commit hook passes them) are a clean run', () => {
	const { code, stdout, stderr } = run(['check', join(forms, 'pom.xml'), join(forms, 'tools.ps1')]);
	assert.equal(code, 0, stderr);
	assert.match(stdout, /0 files checked/);
	assert.equal(stderr, '');
});

test('an .xml is judged by its root within the first kilobytes: a large non-answer XML is skipped, an unattend root after a long prolog is checked', () => {
	const root = mkdtempSync(join(tmpdir(), 'reseal-embedded-'));
	cpSync(join(forms, 'sysprep.xml'), join(root, 'image.xml'));
	writeFileSync(join(root, 'data.xml'), `<?xml version="1.0"?>\n<data>${'<row pass="oobeSytem"/>'.repeat(50_000)}</data>\n`);
	writeFileSync(join(root, 'licensed.xml'), `<?xml version="1.0"?>\n<!-- ${'licence text '.repeat(200)} -->\n${readFileSync(join(forms, 'sysprep.xml'), 'utf8').replace(/^<\?xml[^>]*>\n/, '')}`);
	const findings = JSON.parse(run(['check', '--format', 'json', root]).stdout) as Finding[];
	const files = new Set(findings.map((finding) => finding.file.split(/[\\/]/).pop()));
	assert.deepEqual([...files].sort(), ['image.xml', 'licensed.xml']);
});

test('the GitHub Action (scripts/action/check.mjs) picks up every form and annotates the host file and line', () => {
	const root = mkdtempSync(join(tmpdir(), 'reseal-action-'));
	cpSync(forms, root, { recursive: true });
	const result = spawnSync(process.execPath, [resolve(__dirname, '../../scripts/action/check.mjs')], {
		encoding: 'utf8',
		cwd: root,
		env: { ...process.env, INPUT_PATHS: '.', INPUT_FORMAT: 'sarif', RESEAL_CLI: cli, GITHUB_WORKSPACE: root },
	});
	assert.equal(result.status, 1, result.stderr);
	const annotated = new Map<string, number[]>();
	for (const match of result.stdout.matchAll(/^::error file=([^,]+),line=(\d+),col=\d+.*?title=Reseal (xml\.unknown-pass|inf\.invalid-value)::/gm)) {
		const name = decodeURIComponent(match[1]).split('/').pop()!;
		annotated.set(name, [...(annotated.get(name) ?? []), Number(match[2])]);
	}
	for (const [name, mistakes] of Object.entries(planted)) {
		const text = readFileSync(join(forms, name), 'utf8');
		const lines = mistakes.flatMap((mistake) => positionsOf(text, mistake.text).map((position) => position.line + 1));
		assert.deepEqual([...(annotated.get(name) ?? [])].sort((a, b) => a - b), [...new Set(lines)].sort((a, b) => a - b), `${name} annotated at its planted lines`);
	}
});
