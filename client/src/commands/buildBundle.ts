/**
 * VS Code client: the "Sysprep: Build Sysprep Bundle" command. The planning,
 * verification and writing are the same code the CLI runs
 * (`server/src/io/bundleWriter.ts`); this file only adds the UI: progress with
 * cancel, a report in an output channel, failures in the Problems view, and
 * an "Open Bundle Folder" action.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getLanguageService } from '../../../server/src/languageService';
import { analyzerFromLanguageService } from '../../../server/src/bundle/planBundle';
import { buildBundle, type BuildResult } from '../../../server/src/io/bundleWriter';
import type { BundleCheck } from '../../../server/src/bundle/verify';
import { configurationSection } from '../../../server/src/protocol';
import { readSettings } from '../../../server/src/services/settings';
import { isKnownCode } from '../../../server/src/services/suppression';

declare const RESEAL_VERSION: string;

export function registerBuildBundleCommand(context: vscode.ExtensionContext): vscode.Disposable {
	const output = vscode.window.createOutputChannel('Reseal Bundle');
	const problems = vscode.languages.createDiagnosticCollection('reseal-bundle');
	const command = vscode.commands.registerCommand('reseal.buildBundle', async (workspaceArg?: vscode.Uri, outArg?: vscode.Uri) => {
		if (!vscode.workspace.isTrusted) {
			void vscode.window.showWarningMessage('Building a Sysprep bundle writes files, so it is available only in a trusted workspace.');
			return undefined;
		}
		const folder = workspaceArg ?? (await pickWorkspaceFolder());
		if (!folder) return undefined;
		// The same reader as the server and the CLI (defaults, validation); the configuration object is plain data once copied.
		const settings = readSettings(JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(configurationSection, folder))), { isKnownCode }).settings;
		const configured = settings.bundleOutputFolder;
		const out = outArg?.fsPath ?? (configured ? path.resolve(folder.fsPath, configured) : `${folder.fsPath}-bundle`);
		const target = settings.target;
		const arch = settings.architecture;
		const result = await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: 'Building Sysprep bundle', cancellable: true },
			async (progress, token) => {
				const abort = new AbortController();
				token.onCancellationRequested(() => abort.abort());
				progress.report({ message: `from ${folder.fsPath}` });
				return buildBundle({
					workspace: folder.fsPath,
					out,
					analyzer: analyzerFromLanguageService(getLanguageService()),
					os: target,
					arch,
					settings,
					toolVersion: typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev',
					signal: abort.signal,
				});
			},
		);
		report(result, folder, out, output, problems);
		return result.status;
	});
	context.subscriptions.push(output, problems);
	return command;
}

async function pickWorkspaceFolder(): Promise<vscode.Uri | undefined> {
	const folders = vscode.workspace.workspaceFolders ?? [];
	if (folders.length === 0) {
		void vscode.window.showErrorMessage('Open the image-build folder first: the bundle is built from a workspace folder.');
		return undefined;
	}
	if (folders.length === 1) return folders[0].uri;
	const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Build the Sysprep bundle from which folder?' });
	return picked?.uri;
}

function report(result: BuildResult, folder: vscode.Uri, out: string, output: vscode.OutputChannel, problems: vscode.DiagnosticCollection): void {
	problems.clear();
	output.clear();
	output.appendLine(`Reseal bundle: ${folder.fsPath} → ${out}`);
	if (result.status === 'usage') {
		output.appendLine(`Not built: ${result.reason}`);
		void vscode.window.showErrorMessage(`Sysprep bundle not built: ${result.reason}`);
		return;
	}
	const checks: readonly BundleCheck[] = result.status === 'built' ? result.plan.checks : result.checks;
	for (const check of checks) output.appendLine(`${check.ok ? 'ok  ' : check.level === 'warning' ? 'warn' : 'FAIL'}  ${check.message}`);
	const plan = result.plan;
	if (plan) {
		for (const diagnostic of plan.diagnostics) output.appendLine(`${diagnostic.severity.padEnd(11)} ${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.code ?? ''} ${diagnostic.message}`);
	}
	publishProblems(folder, checks, plan?.diagnostics ?? [], problems);
	if (result.status === 'built') {
		output.appendLine(`Built ${result.manifest.files.length} files into ${result.out}.`);
		for (const note of result.notes) output.appendLine(`Note: ${note}`);
		void vscode.window.showInformationMessage(`Sysprep bundle built: ${result.manifest.files.length} files in ${result.out}.`, 'Open Bundle Folder', 'Show Report').then((choice) => {
			if (choice === 'Open Bundle Folder') void vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(path.join(result.out, 'Sysprep')), { forceNewWindow: true });
			if (choice === 'Show Report') output.show(true);
		});
	} else {
		output.appendLine(`Not built: ${result.reason}`);
		output.show(true);
		void vscode.window.showErrorMessage(`Sysprep bundle not built: ${result.reason}`, 'Show Report').then((choice) => {
			if (choice === 'Show Report') output.show(true);
		});
	}
}

function publishProblems(folder: vscode.Uri, checks: readonly BundleCheck[], diagnostics: readonly { file: string; line: number; column: number; severity: string; code?: string; message: string }[], problems: vscode.DiagnosticCollection): void {
	const byFile = new Map<string, vscode.Diagnostic[]>();
	const add = (file: string | undefined, diagnostic: vscode.Diagnostic) => {
		const key = file && !file.includes('!') ? file : '';
		const list = byFile.get(key) ?? [];
		list.push(diagnostic);
		byFile.set(key, list);
	};
	for (const check of checks) {
		if (check.ok) continue;
		const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), check.message, check.level === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
		diagnostic.code = check.code;
		diagnostic.source = 'reseal';
		add(check.file, diagnostic);
	}
	for (const item of diagnostics) {
		if (item.severity !== 'error') continue;
		const position = new vscode.Position(Math.max(0, item.line - 1), Math.max(0, item.column - 1));
		const diagnostic = new vscode.Diagnostic(new vscode.Range(position, position), item.message, vscode.DiagnosticSeverity.Error);
		diagnostic.code = item.code;
		diagnostic.source = 'reseal';
		add(item.file, diagnostic);
	}
	for (const [file, list] of byFile) problems.set(vscode.Uri.joinPath(folder, file), list);
}
