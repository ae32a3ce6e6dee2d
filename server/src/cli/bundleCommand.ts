/**
 * CLI: `reseal bundle <workspace> --out <dir> [--os xp|2003] [--arch x86|x64|ia64] [--deploy-cab <path>] [--zip]`.
 *
 * Parses the arguments, runs the shared planner/writer (`io/bundleWriter.ts`)
 * and prints the report: every failed check with its file and fix, warnings,
 * and the answer files' warnings. Exit codes: 0 built, 1 verification failed
 * (nothing written), 2 bad usage. Ctrl+C aborts cleanly: the staging folder is
 * removed and a previous bundle stays as it was.
 */
import { getLanguageService } from '../languageService';
import type { Architecture, WindowsTarget } from '../knowledge/types';
import { analyzerFromLanguageService, type BundleAnalyzer } from '../bundle/planBundle';
import type { BundleCheck } from '../bundle/verify';
import { buildBundle, MANIFEST_NAME, ZIP_NAME, type BuildResult } from '../io/bundleWriter';

declare const RESEAL_VERSION: string;

export interface BundleCommandDeps {
	/** The language service to analyse documents with (tests inject fakes). */
	readonly analyzer?: BundleAnalyzer;
	readonly toolVersion?: string;
	readonly signal?: AbortSignal;
	/** Install SIGINT/SIGTERM handlers that abort the build (default true). */
	readonly handleSignals?: boolean;
}

const usage = `Usage: reseal bundle <workspace> --out <dir> [--os xp|2003] [--arch x86|x64|ia64] [--deploy-cab <path>] [--zip] [--verbose]

Builds <dir>/Sysprep (the folder that goes to C:\\Sysprep on the master computer),
<dir>/reseal-manifest.json and, with --zip, <dir>/Sysprep.zip — only when every
verification passes. Without --os/--arch the target is read from sysprep.exe.
Exit 0: built; 1: verification failed (nothing written); 2: bad usage.
`;

interface Args {
	workspace: string;
	out: string;
	os?: WindowsTarget;
	arch?: Architecture;
	deployCab?: string;
	zip: boolean;
	verbose: boolean;
}

function parseArgs(argv: readonly string[]): Args | { help: true } | string {
	let workspace: string | undefined;
	let out: string | undefined;
	let os: WindowsTarget | undefined;
	let arch: Architecture | undefined;
	let deployCab: string | undefined;
	let zip = false;
	let verbose = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
		const flag = eq > 0 ? arg.slice(0, eq) : arg;
		const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
		const value = (): string | undefined => inline ?? argv[++i];
		switch (flag) {
			case '--help':
			case '-h':
				return { help: true };
			case '--out':
			case '-o': {
				const v = value();
				if (!v) {
					return '--out needs a folder';
				}
				out = v;
				break;
			}
			case '--os':
			case '--target': {
				const v = value();
				if (v !== 'xp' && v !== '2003') {
					return `--os must be xp or 2003 (got '${v ?? ''}')`;
				}
				os = v;
				break;
			}
			case '--arch': {
				const v = value();
				if (v !== 'x86' && v !== 'x64' && v !== 'ia64') {
					return `--arch must be x86, x64 or ia64 (got '${v ?? ''}')`;
				}
				arch = v;
				break;
			}
			case '--deploy-cab': {
				const v = value();
				if (!v) {
					return '--deploy-cab needs the path of Deploy.cab';
				}
				deployCab = v;
				break;
			}
			case '--zip':
				zip = true;
				break;
			case '--verbose':
			case '-v':
				verbose = true;
				break;
			default:
				if (arg.startsWith('-') && arg !== '-') {
					return `unknown option '${arg}'`;
				}
				if (workspace !== undefined) {
					return `only one workspace folder is allowed (got '${workspace}' and '${arg}')`;
				}
				workspace = arg;
		}
	}
	if (workspace === undefined) {
		return 'the workspace folder is missing';
	}
	if (out === undefined) {
		return '--out <dir> is required';
	}
	return { workspace, out, os, arch, deployCab, zip, verbose };
}

function formatCheck(c: BundleCheck): string {
	const level = c.ok ? 'ok' : c.level === 'warning' ? 'warning' : 'error';
	return `  ${level.padEnd(7)} ${c.code ? `${c.code}: ` : ''}${c.message}\n`;
}

function report(result: Exclude<BuildResult, { status: 'usage' }>, args: Args, write: (s: string) => void): void {
	const checks = result.status === 'built' ? result.manifest.checks : result.checks;
	const errors = checks.filter((c) => !c.ok && c.level !== 'warning');
	const warnings = checks.filter((c) => !c.ok && c.level === 'warning');
	const passed = checks.filter((c) => c.ok);
	if (result.plan) {
		const t = result.plan.target;
		write(`Target: ${t.os === 'xp' ? 'Windows XP' : 'Windows Server 2003'} ${t.arch}${t.inferred ? ' (from sysprep.exe)' : ''}\n`);
	}
	if (errors.length > 0) {
		write(`Errors (${errors.length}):\n`);
		errors.forEach((c) => write(formatCheck(c)));
	}
	if (warnings.length > 0) {
		write(`Warnings (${warnings.length}):\n`);
		warnings.forEach((c) => write(formatCheck(c)));
	}
	const fileWarnings = result.plan?.diagnostics.filter((d) => d.severity === 'warning') ?? [];
	if (fileWarnings.length > 0) {
		write(`Warnings in answer files and scripts (${fileWarnings.length}):\n`);
		for (const d of fileWarnings) {
			write(`  ${d.file}:${d.line}:${d.column} ${d.code ? `${d.code}: ` : ''}${d.message}\n`);
		}
	}
	if (args.verbose) {
		write(`Passed (${passed.length}):\n`);
		passed.forEach((c) => write(formatCheck(c)));
	} else {
		write(`${passed.length} check${passed.length === 1 ? '' : 's'} passed (--verbose lists them).\n`);
	}
}

export async function runBundleCommand(
	argv: string[],
	out: { stdout: (s: string) => void; stderr: (s: string) => void },
	deps: BundleCommandDeps = {},
): Promise<number> {
	const args = parseArgs(argv);
	if (typeof args === 'string') {
		out.stderr(`reseal bundle: ${args}\n\n${usage}`);
		return 2;
	}
	if ('help' in args) {
		out.stdout(usage);
		return 0;
	}
	const controller = new AbortController();
	const onSignal = (): void => controller.abort();
	const handle = deps.handleSignals ?? true;
	if (handle) {
		process.once('SIGINT', onSignal);
		process.once('SIGTERM', onSignal);
	}
	deps.signal?.addEventListener('abort', onSignal, { once: true });
	try {
		const analyzer = deps.analyzer ?? analyzerFromLanguageService(getLanguageService());
		const toolVersion = deps.toolVersion ?? (typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev');
		const result = await buildBundle({
			workspace: args.workspace,
			out: args.out,
			analyzer,
			os: args.os,
			arch: args.arch,
			deployCab: args.deployCab,
			zip: args.zip,
			toolVersion,
			signal: controller.signal,
		});
		if (result.status === 'usage') {
			out.stderr(`reseal bundle: ${result.reason}\n`);
			return 2;
		}
		if (result.status === 'failed') {
			report(result, args, out.stderr);
			out.stderr(`Bundle not built: ${result.reason}.\n`);
			return 1;
		}
		report(result, args, out.stdout);
		const bytes = result.manifest.files.reduce((n, f) => n + f.size, 0);
		out.stdout(
			`Built ${result.out}: Sysprep/ (${result.manifest.files.length} files, ${formatBytes(bytes)}), ${MANIFEST_NAME}${result.manifest.zip ? `, ${ZIP_NAME} (${formatBytes(result.manifest.zip.size)})` : ''}.\n`,
		);
		for (const note of result.notes) {
			out.stdout(`Note: ${note}\n`);
		}
		return 0;
	} finally {
		if (handle) {
			process.removeListener('SIGINT', onSignal);
			process.removeListener('SIGTERM', onSignal);
		}
	}
}

function formatBytes(n: number): string {
	if (n < 1024) {
		return `${n} B`;
	}
	if (n < 1024 * 1024) {
		return `${(n / 1024).toFixed(1)} KB`;
	}
	if (n < 1024 * 1024 * 1024) {
		return `${(n / 1024 / 1024).toFixed(1)} MB`;
	}
	return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
