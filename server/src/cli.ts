/**
 * CLI: `reseal check` and `reseal bundle`. It reads files, hands their text to
 * the same language service the editor uses, and prints the findings.
 *
 * Exit codes: 0 clean (warnings allowed), 1 an error was found, 2 bad usage.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from './languageService';
import { kindFromName } from './model/documentKind';
import { severityName } from './services/diagnostics';
import { allDiagnosticCodes } from './services/diagnosticCodes';
import type { Settings } from './services/kindService';
import { decodeBytes } from './util/decode';
import { runBundleCommand } from './cli/bundleCommand';
import { isUnattendTarget } from './services/xml/unattendTarget';
import { unattendTargets } from './knowledge/unattendXmlTargets';
import { createFolderView } from './io/workspaceView';
import type { WorkspaceView } from './services/kindService';

declare const RESEAL_VERSION: string;
const version = typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev';

export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
}

const usage = `Usage:
  reseal check [--format text|json|sarif] [--target xp|2003] [--arch x86|x64|ia64]
               [--unattend-target auto|vista|win7|…|win11|ws2008|…|ws2025] <files or folders>...
  reseal bundle <workspace> --out <dir> [--os xp|2003] [--arch x86|x64|ia64] [--deploy-cab <path>] [--zip]
  reseal --version | --help

check   prints the diagnostics of Sysprep.inf, Unattend.txt/winnt.sif, Winbom.ini,
        Cmdlines.txt and batch files; folders are searched recursively.
        Exit 0: no errors; 1: at least one error; 2: bad usage.
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
	if (command === 'bundle') return runBundleCommand(rest, io);
	io.stderr(command ? `reseal: unknown command '${command}'\n\n${usage}` : usage);
	return 2;
}

interface CheckOptions {
	format: 'text' | 'json' | 'sarif';
	settings: Partial<Settings>;
	inputs: string[];
}

function parseCheckArgs(args: string[]): CheckOptions | string {
	const options: CheckOptions = { format: 'text', settings: {}, inputs: [] };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		const value = () => inline ?? args[++i];
		if (flag === '--format' || flag === '-f') {
			const format = value();
			if (format !== 'text' && format !== 'json' && format !== 'sarif') return `--format must be text, json or sarif (got '${format ?? ''}')`;
			options.format = format;
		} else if (flag === '--target' || flag === '--os') {
			const target = value();
			if (target !== 'xp' && target !== '2003') return `--target must be xp or 2003 (got '${target ?? ''}')`;
			options.settings = { ...options.settings, target };
		} else if (flag === '--unattend-target') {
			const target = value();
			if (target !== 'auto' && !isUnattendTarget(target)) return `--unattend-target must be auto or one of ${unattendTargets.map((item) => item.id).join(', ')} (got '${target ?? ''}')`;
			options.settings = { ...options.settings, unattendTarget: target };
		} else if (flag === '--arch') {
			const arch = value();
			if (arch !== 'x86' && arch !== 'x64' && arch !== 'ia64') return `--arch must be x86, x64 or ia64 (got '${arch ?? ''}')`;
			options.settings = { ...options.settings, architecture: arch };
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

/** Folders never worth descending into. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A file to check and the folder it was found under (its workspace for cross-file rules). */
interface FoundFile {
	readonly path: string;
	readonly root: string;
}

function collectFiles(input: string, found: FoundFile[], problems: string[], root = input): void {
	let stat;
	try {
		stat = lstatSync(input);
	} catch {
		problems.push(`${input}: no such file or folder`);
		return;
	}
	if (stat.isSymbolicLink()) {
		// Links are not followed: they may point anywhere, including in circles.
		problems.push(`${input}: skipped (symbolic link)`);
		return;
	}
	if (stat.isFile()) {
		found.push({ path: input, root: dirname(input) });
		return;
	}
	if (!stat.isDirectory()) return;
	let names: string[];
	try {
		names = readdirSync(input).sort();
	} catch (error) {
		problems.push(`${input}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
		return;
	}
	for (const name of names) {
		const path = join(input, name);
		let child;
		try {
			child = lstatSync(path);
		} catch {
			continue;
		}
		if (child.isDirectory() && !skippedFolders.has(name)) collectFiles(path, found, problems, root);
		else if (child.isFile() && kindFromName(name)) found.push({ path, root });
	}
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
	const options = parseCheckArgs(args);
	if (typeof options === 'string') {
		io.stderr(`reseal check: ${options}\n\n${usage}`);
		return 2;
	}
	const files: FoundFile[] = [];
	const problems: string[] = [];
	for (const input of options.inputs) collectFiles(input, files, problems);
	for (const problem of problems) io.stderr(`reseal: ${problem}\n`);
	const service = getLanguageService();
	const findings: Finding[] = [];
	let checked = 0;
	const views = new Map<string, WorkspaceView>();
	const seen = new Set<string>();
	for (const { path: file, root } of files) {
		if (seen.has(resolve(file))) continue;
		seen.add(resolve(file));
		const kind = kindFromName(file);
		if (!kind) {
			io.stderr(`reseal: ${file}: not a file kind Reseal checks (Sysprep.inf, Unattend.txt, winnt.sif, Winbom.ini, Cmdlines.txt, .bat, .cmd); skipped\n`);
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
		if (!decoded.ok) {
			findings.push(unreadable(display, decoded.reason));
			continue;
		}
		checked++;
		const document = TextDocument.create(fileUri(file), '', 1, decoded.text);
		let view = views.get(root);
		if (!view) views.set(root, (view = createFolderView(resolve(root))));
		for (const diagnostic of service.doValidation(document, options.settings, view)) {
			findings.push({
				file: display,
				range: diagnostic.range,
				severity: severityName(diagnostic.severity),
				code: String(diagnostic.code ?? ''),
				message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
			});
		}
	}
	if (checked === 0 && findings.length === 0) {
		io.stderr('reseal check: found no file to check\n');
		return 2;
	}
	if (options.format === 'json') io.stdout(`${JSON.stringify(findings, null, 2)}\n`);
	else if (options.format === 'sarif') io.stdout(`${JSON.stringify(toSarif(findings), null, 2)}\n`);
	else io.stdout(toText(findings, checked));
	return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

function unreadable(file: string, reason: string): Finding {
	return { file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'error', code: 'reseal.unreadable-file', message: `Cannot check this file: ${reason}.` };
}

function displayPath(file: string): string {
	const relativePath = relative(process.cwd(), file);
	return relativePath && !relativePath.startsWith('..') ? relativePath : file;
}

function fileUri(file: string): string {
	let absolute = resolve(file);
	try {
		absolute = realpathSync(absolute);
	} catch {
		// Keep the resolved path.
	}
	return `file://${absolute.split(sep).map(encodeURIComponent).join('/')}`;
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
				originalUriBaseIds: { '%SRCROOT%': { uri: `file://${process.cwd().split(sep).map(encodeURIComponent).join('/')}/` } },
				results: findings.map((finding) => ({
					ruleId: finding.code,
					...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
					level: sarifLevels[finding.severity],
					message: { text: finding.message },
					locations: [
						{
							physicalLocation: {
								artifactLocation: { uri: finding.file.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
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

if (require.main === module) {
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
