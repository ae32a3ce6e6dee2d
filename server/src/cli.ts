/**
 * CLI: `reseal check` and `reseal bundle`. It reads files, hands their text to
 * the same language service the editor uses, and prints the findings.
 *
 * Exit codes: 0 nothing at or over the fail threshold (by default: no error),
 * 1 findings at or over it, 2 bad usage.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from './languageService';
import { kindFromContent, kindFromName, needsContent } from './model/documentKind';
import { looksLikeSetupLog } from './model/setupLog';
import { mayBeAnswerFileByHead, readHead } from './io/fileHead';
import { severityName } from './services/diagnostics';
import { allDiagnosticCodes } from './services/diagnosticCodes';
import type { Settings } from './services/kindService';
import { decodeBytes } from './util/decode';
import { toCodeQuality } from './cli/codeQuality';
import { defaultFailPolicy, parseFailOption, policyFailure, type FailPolicy } from './cli/failPolicy';
import { isUnattendTarget } from './services/unattendXml/unattendTarget';
import { unattendTargets } from './knowledge/unattendXmlTargets';
import { collectFiles, type FoundFile } from './cli/collectFiles';
import { CheckConfigs, parseSeverityFlag } from './cli/checkConfig';
import type { SeverityLevel } from './services/settings';
import { createFolderView } from './io/workspaceView';
import type { WorkspaceView } from './services/kindService';
import { fileUri, pathKey, relativeUri } from './io/paths';

declare const RESEAL_VERSION: string;
const version = typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev';

export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

const usage = `Usage:
  reseal check [--format text|json|sarif|gitlab] [--target xp|2003] [--arch x86|x64|ia64]
               [--unattend-target auto|vista|win7|…|win11|ws2008|…|ws2025] [--image install.wim]
               [--fail-on error|warning|information] [--max-warnings N]
               [--config reseal.json] [--severity code=level]... <files or folders>...
  reseal bundle <workspace> --out <dir> [--os xp|2003] [--arch x86|x64|ia64] [--deploy-cab <path>] [--zip]
  reseal explain <code|entry>
  reseal explain <answer-file.xml> [--scenario media|sysprep|audit|apply] [--format text|markdown|json|html]
  reseal --version | --help

check   prints the diagnostics of Sysprep.inf, Unattend.txt/winnt.sif, Winbom.ini,
        Cmdlines.txt, batch files and unattend.xml, and explains Setup and Sysprep
        logs (setupact.log, setuperr.log, Panther folders); folders are searched recursively.
        --format          text (default), json (0-based ranges), sarif (SARIF 2.1.0)
                          or gitlab (GitLab code quality report)
        --fail-on LEVEL   the lowest severity that fails the check (default: error)
        --max-warnings N  also fail when there are more than N warnings
        --image PATH      check unattend.xml files against this install.wim or
                          install.esd (image names, indexes, architecture,
                          languages, release); only its metadata is read
        Exit 0: nothing at or over the threshold (by default: no error);
             1: findings at or over it (or too many warnings); 2: bad usage.
        Settings come from the nearest reseal.json (or .resealrc.json) above
        each file, or from the file --config names; flags win. --severity
        sets a code to error, warning, information, hint or off (repeatable).
bundle  builds a verified C:\\Sysprep folder from a workspace (reseal bundle --help).
explain prints what Reseal knows of a diagnostic code or an answer-file entry,
        or, for an unattend.xml, the Setup timeline: the passes in order, what
        each applies or ignores and why (--scenario chooses how it is used);
        (its summary, facts and source).
`;

/** One finding in the shape of the JSON output contract. */
export interface Finding {
	file: string;
	range: Diagnostic['range'];
	severity: 'error' | 'warning' | 'information' | 'hint';
	code: string;
	message: string;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
	const [command, ...rest] = argv;
	if (command === '--version' || command === '-v') {
		io.stdout(`${version}\n`);
		return 0;
	}
	if (command === '--help' || command === '-h' || command === 'help') {
		io.stdout(usage);
		return 0;
	}
	if (command === 'check') return runCheck(rest, io);
	// Loaded on use: the bundle planner and `explain` pull in every kind's tables, which a `check` of one file never needs.
	/* eslint-disable @typescript-eslint/no-require-imports */
	if (command === 'bundle') return (require('./cli/bundleCommand') as typeof import('./cli/bundleCommand')).runBundleCommand(rest, io);
	if (command === 'explain') return (require('./cli/explainCommand') as typeof import('./cli/explainCommand')).runExplain(rest, io);
	/* eslint-enable @typescript-eslint/no-require-imports */
	io.stderr(command ? `reseal: unknown command '${command}'\n\n${usage}` : usage);
	return 2;
}

interface CheckOptions {
	format: 'text' | 'json' | 'sarif' | 'gitlab';
	settings: Partial<Settings>;
	fail: FailPolicy;
	severity: Record<string, SeverityLevel>;
	config?: string;
	inputs: string[];
}

function parseCheckArgs(args: string[]): CheckOptions | string {
	const options: CheckOptions = { format: 'text', settings: {}, fail: defaultFailPolicy, severity: {}, inputs: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? args[++i];
		if (flag === '--format' || flag === '-f') {
			const format = value();
			if (format !== 'text' && format !== 'json' && format !== 'sarif' && format !== 'gitlab') return `--format must be text, json, sarif or gitlab (got '${format ?? ''}')`;
			options.format = format;
		} else if (flag === '--target' || flag === '--os') {
			const target = value();
			if (target !== 'xp' && target !== '2003') return `--target must be xp or 2003 (got '${target ?? ''}')`;
			options.settings = { ...options.settings, target };
		} else if (flag === '--unattend-target') {
			const target = value();
			if (target !== 'auto' && !isUnattendTarget(target)) return `--unattend-target must be auto or one of ${unattendTargets.map((item) => item.id).join(', ')} (got '${target ?? ''}')`;
			options.settings = { ...options.settings, unattendTarget: target };
		} else if (flag === '--image') {
			const image = value();
			if (!image) return '--image needs the path of an install.wim or install.esd';
			if (!existsSync(image)) return `--image: ${image}: no such file`;
			options.settings = { ...options.settings, unattendImage: resolve(image) };
		} else if (flag === '--arch') {
			const arch = value();
			if (arch !== 'x86' && arch !== 'x64' && arch !== 'ia64') return `--arch must be x86, x64 or ia64 (got '${arch ?? ''}')`;
			options.settings = { ...options.settings, architecture: arch };
		} else if (flag === '--fail-on' || flag === '--max-warnings') {
			const fail = parseFailOption(flag, value(), options.fail);
			if (typeof fail === 'string') return fail;
			if (fail) options.fail = fail;
		} else if (flag === '--config') {
			const config = value();
			if (!config) return '--config needs a file (reseal.json)';
			if (!existsSync(config)) return `--config: ${config}: no such file`;
			options.config = config;
		} else if (flag === '--severity') {
			const parsed = parseSeverityFlag(value());
			if (typeof parsed === 'string') return parsed;
			options.severity[parsed.code] = parsed.level;
		} else if (flag === '--') {
			options.inputs.push(...args.slice(i + 1));
			break;
		} else if (flag.startsWith('-') && flag !== '-') {
			return `unknown option '${flag}'`;
		} else {
			options.inputs.push(arg);
		}
	}
	if (options.inputs.length === 0) return 'name at least one file or folder to check';
	return options;
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
	const optionArgs = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
	if (optionArgs.includes('--help') || optionArgs.includes('-h')) {
		io.stdout(usage);
		return 0;
	}
	const options = parseCheckArgs(args);
	if (typeof options === 'string') {
		io.stderr(`reseal check: ${options}\n\n${usage}`);
		return 2;
	}
	const files: FoundFile[] = [];
	const problems: string[] = [];
	for (const input of options.inputs) collectFiles(input, files, problems);
	for (const problem of problems) io.stderr(`reseal: ${problem}\n`);
	const configs = new CheckConfigs(options.config);
	const service = getLanguageService();
	const findings: Finding[] = [];
	let checked = 0;
	const views = new Map<string, WorkspaceView>();
	/** Folder views whose listing hit the limits: said once each, after the findings. */
	const truncatedViews = new Set<string>();
	const seen = new Set<string>();
	// Files whose content showed they hold no answer file (a pom.xml, a .ps1 without one): skipped quietly.
	let notAnswerFiles = 0;
	for (const { path: file, root, explicit } of files) {
		// On Windows `Image\Sysprep.inf` and `IMAGE\SYSPREP.INF` are one file, checked once.
		if (seen.has(pathKey(file))) continue;
		seen.add(pathKey(file));
		// A file named on the command line may be a Setup log under another name (`setupact-2024.log`): the Panther layout tells.
		const kind = kindFromName(file) ?? (explicit && sniffsAsLog(file) ? 'setup-log' : undefined);
		const sniff = !kind && needsContent(file);
		if (!kind && !sniff) {
			io.stderr(`reseal: ${file}: not a file kind Reseal checks (Sysprep.inf, Unattend.txt, winnt.sif, Winbom.ini, Cmdlines.txt, .bat, .cmd, unattend.xml, templates and files that hold an answer file, setupact.log/setuperr.log); skipped\n`);
			continue;
		}
		if (sniff && !mayBeAnswerFileByHead(file)) {
			notAnswerFiles++;
			continue;
		}
		const display = displayPath(file);
		let bytes: Buffer;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			findings.push(unreadable(display, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
			continue;
		}
		const decoded = decodeBytes(bytes);
		if (!decoded.ok && sniff) {
			notAnswerFiles++;
			continue;
		}
		if (!decoded.ok) {
			findings.push(unreadable(display, decoded.reason));
			continue;
		}
		if (sniff && !kindFromContent(file, decoded.text)) {
			notAnswerFiles++;
			continue;
		}
		checked++;
		const document = TextDocument.create(documentUri(file), kind === 'setup-log' ? 'setup-log' : '', 1, decoded.text);
		let view = views.get(root);
		if (!view) views.set(root, (view = createFolderView(resolve(root), { onTruncated: (message) => truncatedViews.add(message) })));
		const settings = configs.settingsFor(file, options.settings, options.severity);
		if (configs.problems.some((problem) => problem.fatal)) break;
		for (const diagnostic of service.doValidation(document, settings, view)) {
			findings.push({
				file: display,
				range: diagnostic.range,
				severity: severityName(diagnostic.severity),
				code: String(diagnostic.code ?? ''),
				message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
			});
		}
	}
	for (const message of truncatedViews) io.stderr(`reseal: warning: ${message}\n`);
	for (const problem of configs.problems) io.stderr(`reseal: ${displayPath(problem.file)}: ${problem.fatal ? '' : 'warning: '}${problem.message}\n`);
	if (configs.problems.some((problem) => problem.fatal)) return 2;
	// The pre-commit hook names every staged .xml, .ps1, .yml…: none holding an answer file is a clean run.
	const onlyCandidates = notAnswerFiles > 0 && files.every((file) => file.explicit);
	if (checked === 0 && findings.length === 0 && !onlyCandidates) {
		io.stderr('reseal check: found no file to check\n');
		return 2;
	}
	if (options.format === 'json') io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
	else if (options.format === 'sarif') io.stdout(`${JSON.stringify(toSarif(findings), null, 2)}\n`);
	else if (options.format === 'gitlab') io.stdout(`${JSON.stringify(toCodeQuality(findings), null, 2)}\n`);
	else io.stdout(toText(findings, checked));
	const failure = policyFailure(findings.map((finding) => finding.severity), options.fail);
	// The default policy keeps its historic quiet stderr; a chosen one says why it failed.
	if (failure && options.fail !== defaultFailPolicy) io.stderr(`reseal check: ${failure}\n`);
	return failure ? 1 : 0;
}

/** The first 4 KB of a file have the Panther log layout (a bounded read). */
function sniffsAsLog(file: string): boolean {
	const head = readHead(file, 4096);
	const decoded = head ? decodeBytes(head) : undefined;
	return decoded?.ok === true && looksLikeSetupLog(decoded.text);
}

function unreadable(file: string, reason: string): Finding {
	return { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', code: 'reseal.unreadable-file', message: `Cannot check this file: ${reason}.` };
}

function displayPath(file: string): string {
	const relativePath = relative(process.cwd(), file);
	return relativePath && !relativePath.startsWith('..') ? relativePath : file;
}

function documentUri(file: string): string {
	let absolute = resolve(file);
	try {
		absolute = realpathSync(absolute);
	} catch {
		// Keep the resolved path.
	}
	return fileUri(absolute);
}

function toText(findings: Finding[], checked: number): string {
	const lines = findings.map((finding) => `${finding.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.severity} ${finding.code}: ${finding.message}`);
	const count = (severity: Finding['severity']) => findings.filter((finding) => finding.severity === severity).length;
	lines.push(`${checked} file${checked === 1 ? '' : 's'} checked: ${count('error')} errors, ${count('warning')} warnings, ${count('information')} notes, ${count('hint')} hints.`);
	return `${lines.join('\n')}\n`;
}

const sarifLevels: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function toSarif(findings: Finding[]): object {
	const rules = allDiagnosticCodes.map((spec) => ({
		id: spec.code,
		name: spec.code.replace(/[.-](\w)/g, (_match, letter: string) => letter.toUpperCase()),
		shortDescription: { text: spec.summary },
		defaultConfiguration: { level: sarifLevels[spec.severity] },
	}));
	const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'Reseal', version, semanticVersion: version, informationUri: 'https://github.com/reseal/reseal', rules } },
				columnKind: 'utf16CodeUnits',
				originalUriBaseIds: { '%SRCROOT%': { uri: `${fileUri(process.cwd()).replace(/\/$/, '')}/` } },
				results: findings.map((finding) => ({
					ruleId: finding.code,
					...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
					level: sarifLevels[finding.severity],
					message: { text: finding.message },
					locations: [
						{
							physicalLocation: {
								// Files outside the current folder (another drive on Windows) keep an absolute URI.
								artifactLocation: isAbsolute(finding.file) ? { uri: fileUri(finding.file) } : { uri: relativeUri(finding.file), uriBaseId: '%SRCROOT%' },
								region: {
									startLine: finding.range.start.line + 1,
									startColumn: finding.range.start.character + 1,
									endLine: finding.range.end.line + 1,
									endColumn: finding.range.end.character + 1,
								},
							},
						},
					],
				})),
			},
		],
	};
}

/** Runs the CLI on this process's arguments and streams (the `reseal` bin, through `cli/launcher.ts`). */
export function runProcess(): void {
	main(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`reseal: ${error instanceof Error ? error.message : String(error)}\n`);
			process.exitCode = 2;
		},
	);
}

if (require.main === module) runProcess();
