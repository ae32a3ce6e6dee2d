/**
 * Packaging tier: the GitHub Action (action.yml, a composite action), run
 * locally the way the runner runs it. Each step's `run:` command is executed
 * with bash and the environment the runner gives it: the step's `env:` block
 * with `${{ inputs.x }}` replaced by the workflow's value or the input's
 * default, GITHUB_ACTION_PATH, GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_ENV,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. The install step installs the npm
 * tarball (the `version` input accepts a tarball path), the check step runs it.
 *
 * Run: npm run test:package.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { copyExamples, manifest, packTarball, repoRoot } from './support';

// ---------------------------------------------------------------------------
// action.yml, read as the runner reads it (the subset of YAML it uses).

interface Step {
	name: string;
	id?: string;
	run: string;
	env: Record<string, string>;
}

function readAction(): { inputs: Map<string, string>; outputs: string[]; steps: Step[] } {
	const lines = fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8').split(/\r?\n/);
	const unquote = (value: string) => value.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
	const inputs = new Map<string, string>();
	const outputs: string[] = [];
	const steps: Step[] = [];
	let section = '';
	let current = '';
	let inEnv = false;
	for (const line of lines) {
		if (/^\S/.test(line)) section = line.replace(/:.*$/, '');
		if (section === 'inputs') {
			const name = /^ {2}([\w-]+):\s*$/.exec(line);
			if (name) inputs.set((current = name[1]), '');
			const value = /^ {4}default:(.*)$/.exec(line);
			if (value) inputs.set(current, unquote(value[1]));
		} else if (section === 'outputs') {
			const name = /^ {2}([\w-]+):\s*$/.exec(line);
			if (name) outputs.push(name[1]);
		} else if (section === 'runs') {
			const start = /^ {4}- name: (.*)$/.exec(line);
			if (start) {
				steps.push({ name: start[1], run: '', env: {} });
				inEnv = false;
				continue;
			}
			const step = steps[steps.length - 1];
			if (!step) continue;
			const field = /^ {6}([\w-]+):\s*(.*)$/.exec(line);
			if (field) {
				inEnv = field[1] === 'env';
				if (field[1] === 'run') step.run = field[2];
				if (field[1] === 'id') step.id = field[2];
			}
			const variable = /^ {8}([\w-]+):\s*(.*)$/.exec(line);
			if (inEnv && variable) step.env[variable[1]] = variable[2];
		}
	}
	return { inputs, outputs, steps };
}

const action = readAction();

/** The runner's environment for a step: `${{ inputs.x }}` → the workflow's `with:` value, else the default. */
function stepEnv(step: Step, withInputs: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, template] of Object.entries(step.env)) {
		env[key] = template.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_match, name: string) => {
			assert.ok(action.inputs.has(name), `${step.name} uses an input action.yml declares (${name})`);
			return withInputs[name] ?? action.inputs.get(name) ?? '';
		});
	}
	return env;
}

// ---------------------------------------------------------------------------

let scratch: string;
let examples: string;
let tarball: string;
let resealCli: string;

function runStep(step: Step, withInputs: Record<string, string>, extra: Record<string, string> = {}) {
	const files = { GITHUB_OUTPUT: path.join(scratch, `output-${Math.random().toString(36).slice(2)}`), GITHUB_STEP_SUMMARY: path.join(scratch, 'summary.md'), GITHUB_ENV: path.join(scratch, 'env') };
	for (const file of Object.values(files)) fs.writeFileSync(file, '', { flag: 'a' });
	const result = spawnSync('bash', ['-e', '-c', step.run], {
		cwd: examples,
		encoding: 'utf8',
		timeout: 180_000,
		env: { ...process.env, ...files, GITHUB_ACTION_PATH: repoRoot, GITHUB_WORKSPACE: examples, RUNNER_TEMP: path.join(scratch, 'runner-temp'), ...extra, ...stepEnv(step, withInputs) },
	});
	const outputs = Object.fromEntries(
		fs.readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
	);
	return { code: result.status, log: `${result.stdout}${result.stderr}`, outputs, env: fs.readFileSync(files.GITHUB_ENV, 'utf8') };
}

const installStep = action.steps[0];
const checkStep = action.steps.find((step) => step.id === 'check') ?? action.steps[1];

function check(withInputs: Record<string, string>) {
	return runStep(checkStep, withInputs, { RESEAL_CLI: resealCli });
}

before(() => {
	scratch = fs.mkdtempSync(path.join(tmpdir(), 'reseal-action-'));
	fs.mkdirSync(path.join(scratch, 'runner-temp'));
	examples = copyExamples();
	tarball = packTarball().tarball;
	// A path with a space, as Windows image folders often have.
	fs.mkdirSync(path.join(examples, 'my images'));
	fs.copyFileSync(path.join(examples, 'mistakes/Sysprep.inf'), path.join(examples, 'my images/Sysprep.inf'));
	// One warning (a misspelt service) and nothing else.
	fs.mkdirSync(path.join(examples, 'warnings'));
	fs.writeFileSync(path.join(examples, 'warnings/sysprep.bat'), '@echo off\r\nnet stop lanmanagerserver\r\n');
});

after(() => {
	for (const folder of [scratch, examples, path.dirname(tarball)]) fs.rmSync(folder, { recursive: true, force: true });
});

test('action.yml: a composite action whose steps receive every input, and whose script reads only those', () => {
	assert.match(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8'), /^runs:\n {2}using: composite$/m);
	assert.deepEqual([...action.inputs.keys()].sort(), ['annotations', 'config', 'fail-on', 'format', 'max-warnings', 'output', 'paths', 'version']);
	const passed = new Set(action.steps.flatMap((step) => Object.values(step.env).flatMap((value) => [...value.matchAll(/inputs\.([\w-]+)/g)].map((match) => match[1]))));
	assert.deepEqual([...passed].sort(), [...action.inputs.keys()].sort(), 'every input reaches a step');
	for (const step of action.steps) {
		for (const [key, value] of Object.entries(step.env)) assert.equal(key, `INPUT_${/inputs\.([\w-]+)/.exec(value)?.[1].toUpperCase().replace(/-/g, '_')}`, `${key} carries its own input`);
	}
	const script = fs.readFileSync(path.join(repoRoot, 'scripts/action/check.mjs'), 'utf8');
	const read = [...script.matchAll(/input\(env, '([\w-]+)'\)/g)].map((match) => match[1]);
	assert.deepEqual([...new Set(read)].sort(), Object.keys(checkStep.env).map((key) => key.slice(6).toLowerCase().replace(/_/g, '-')).sort(), 'check.mjs reads the inputs its step is given');
	assert.deepEqual(action.outputs.sort(), ['errors', 'exit-code', 'report', 'warnings']);
});

test('install step: installs the package the `version` input names and hands its path to the next step', () => {
	const install = runStep(installStep, { version: tarball });
	assert.equal(install.code, 0, install.log);
	const cli = /^RESEAL_CLI=(.+)$/m.exec(install.env)?.[1];
	assert.ok(cli && fs.existsSync(cli), `RESEAL_CLI is set in GITHUB_ENV: ${install.env}`);
	assert.match(install.log, new RegExp(`Installed reseal ${manifest.version.replace(/\./g, '\\.')} at `));
	resealCli = cli;
});

test('check step with the defaults (and the paths the workflow names): writes reseal.sarif, annotates, fails on errors', () => {
	assert.ok(resealCli, 'the install step ran');
	const result = check({ paths: 'mistakes workspace' });
	assert.equal(result.code, 1, result.log);
	const report = path.join(examples, 'reseal.sarif');
	assert.equal(result.outputs.report, report);
	assert.equal(result.outputs['exit-code'], '1');
	const sarif = JSON.parse(fs.readFileSync(report, 'utf8')) as { version: string; runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
	assert.equal(sarif.version, '2.1.0');
	const results = sarif.runs[0].results;
	const json = JSON.parse(spawnSync(resealCli, ['check', '--format', 'json', 'mistakes', 'workspace'], { cwd: examples, encoding: 'utf8' }).stdout) as { severity: string }[];
	assert.equal(results.length, json.length, 'the SARIF report holds every finding');
	assert.equal(result.outputs.errors, String(json.filter((finding) => finding.severity === 'error').length));
	assert.equal(result.outputs.warnings, String(json.filter((finding) => finding.severity === 'warning').length));
	assert.ok(results.some((item) => item.ruleId === 'inf.invalid-value' && item.locations[0].physicalLocation.artifactLocation.uri === 'mistakes/Sysprep.inf'));
	// Workflow annotations: one per finding, on the file and line.
	assert.match(result.log, /^::error file=mistakes\/Sysprep\.inf,line=\d+,col=\d+(,endColumn=\d+)?,title=Reseal inf\.invalid-value::.+$/m);
	assert.match(result.log, /^::notice file=workspace\/Sysprep\/sysprep\.bat,line=\d+,col=\d+.*title=Reseal bat\.external-tool::/m);
	assert.equal(result.log.match(/^::(error|warning|notice) /gm)?.length, json.length);
	assert.match(fs.readFileSync(path.join(scratch, 'summary.md'), 'utf8'), /### Reseal\n\n\d+ findings: \d+ errors, \d+ warnings\. Report: `reseal\.sarif`\./);
});

test('check step: fail-on never writes the report and passes; fail-on and max-warnings reach the CLI', () => {
	const never = check({ paths: 'mistakes', 'fail-on': 'never', annotations: 'false' });
	assert.equal(never.code, 0, never.log);
	assert.equal(never.outputs['exit-code'], '1', 'the CLI found errors');
	assert.doesNotMatch(never.log, /^::/m, 'annotations: false');
	assert.ok(fs.existsSync(never.outputs.report));

	// The clean workspace has notes only.
	assert.equal(check({ paths: 'workspace', 'fail-on': 'warning', 'max-warnings': '0' }).code, 0);
	const strict = check({ paths: 'workspace', 'fail-on': 'information' });
	assert.equal(strict.code, 1, strict.log);
	assert.match(strict.log, /3 findings at or above --fail-on information/);
	assert.equal(check({ paths: 'warnings', 'max-warnings': '1' }).code, 0);
	const budget = check({ paths: 'warnings', 'max-warnings': '0', format: 'json' });
	assert.equal(budget.code, 1, budget.log);
	assert.match(budget.log, /1 warnings, more than --max-warnings 0/);
	assert.equal(budget.outputs.warnings, '1');
	assert.equal(path.basename(budget.outputs.report), 'reseal-report.json', 'the json report does not take the name of the config file, reseal.json');
});

test('check step: format gitlab to a chosen output, one path per line (paths with spaces)', () => {
	const result = check({ paths: 'my images/Sysprep.inf\nworkspace/Sysprep/sysprep.bat\n', format: 'gitlab', output: 'reports/gl-code-quality.json' });
	assert.equal(result.code, 1, result.log);
	const report = JSON.parse(fs.readFileSync(path.join(examples, 'reports/gl-code-quality.json'), 'utf8')) as { check_name: string; severity: string; location: { path: string } }[];
	assert.ok(report.some((issue) => issue.location.path === 'my images/Sysprep.inf' && issue.check_name === 'inf.invalid-value' && issue.severity === 'critical'));
	assert.ok(report.some((issue) => issue.location.path === 'workspace/Sysprep/sysprep.bat'));
	assert.match(result.log, /^::error file=my images\/Sysprep\.inf,line=\d+,col=1,title=Reseal inf\.invalid-value::/m);
});

test('check step: bad inputs fail with a message and no report (exit 2)', () => {
	for (const [name, value, message] of [
		['fail-on', 'fatal', /fail-on must be error, warning, information or never/],
		['format', 'html', /format must be sarif, json, gitlab or text/],
		['max-warnings', 'ten', /max-warnings must be a whole number/],
	] as const) {
		const result = check({ paths: 'mistakes', output: `bad-${name}.out`, [name]: value });
		assert.equal(result.code, 2, `${name}=${value}: ${result.log}`);
		assert.match(result.log, new RegExp(`^::error title=Reseal::${message.source}`, 'm'));
		assert.ok(!fs.existsSync(path.join(examples, `bad-${name}.out`)));
	}
	const missing = check({ paths: 'no-such-folder', output: 'missing.sarif' });
	assert.equal(missing.code, 2);
	assert.match(missing.log, /no-such-folder: no such file or folder/);
	assert.equal(missing.outputs['exit-code'], '2');
});

test('check step: the config input becomes --config for the CLI', async () => {
	const { plan } = (await import(path.join(repoRoot, 'scripts/action/check.mjs'))) as { plan: (env: Record<string, string>) => { args: string[] } };
	const env = (inputs: Record<string, string>) => stepEnv(checkStep, inputs);
	assert.deepEqual(plan(env({ paths: 'images', config: 'ci/reseal.json' })).args, ['check', '--format', 'sarif', '--fail-on', 'error', '--config', 'ci/reseal.json', '--', 'images']);
	assert.deepEqual(plan(env({})).args, ['check', '--format', 'sarif', '--fail-on', 'error', '--', '.'], 'no config input, no --config');
	// The spelling JavaScript actions get (INPUT_FAIL-ON) works as well.
	assert.deepEqual(plan({ 'INPUT_FAIL-ON': 'warning', INPUT_PATHS: 'a b' }).args, ['check', '--format', 'sarif', '--fail-on', 'warning', '--', 'a', 'b']);
});
