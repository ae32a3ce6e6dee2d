/**
 * VS Code client: "Reseal: Show Setup Timeline". A view beside the editor that
 * draws what Setup will do with the active answer file, pass by pass, and
 * follows the file as it is edited and as another answer file becomes active.
 * The model comes from the server (`reseal/timeline`); the page is the same
 * renderer the CLI's `--format html` uses. A click on a line reveals it.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { timelineRequest } from '../../../server/src/protocol';
import { renderTimelineHtml } from '../../../server/src/services/unattendXml/timelineRender';
import type { Timeline } from '../../../server/src/services/unattendXml/unattendTimeline';

const scenarios = ['auto', 'media', 'sysprep', 'audit', 'apply'] as const;
const refreshMs = 300;

/** The page's script: line links and the scenario picker post back to the extension. */
const linkScript = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
	const link = event.target.closest('[data-line]');
	if (!link) return;
	event.preventDefault();
	vscode.postMessage({ type: 'reveal', line: Number(link.getAttribute('data-line')) });
});
const picker = document.getElementById('scenario');
if (picker) picker.addEventListener('change', () => vscode.postMessage({ type: 'scenario', scenario: picker.value }));
`;

export function registerShowTimelineCommand(client: () => LanguageClient | undefined): vscode.Disposable {
	let panel: vscode.WebviewPanel | undefined;
	let shown: vscode.Uri | undefined;
	let scenario: (typeof scenarios)[number] = 'auto';
	let timer: NodeJS.Timeout | undefined;

	const isAnswerFile = (document: vscode.TextDocument): boolean => /(?:unattend.*\.xml|sysprep\.inf)$/i.test(document.uri.path) || document.languageId === 'unattend-xml';

	const refresh = async (): Promise<void> => {
		if (!panel || !shown) return;
		const connection = client();
		if (!connection) return;
		const timeline = (await connection.sendRequest(timelineRequest, { uri: shown.toString(), scenario: scenario === 'auto' ? undefined : scenario }).catch(() => null)) as Timeline | null;
		if (!panel) return;
		const nonce = randomBytes(16).toString('base64');
		const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'`;
		panel.title = `Setup Timeline: ${shown.path.split('/').pop() ?? ''}`;
		panel.webview.html = timeline
			? renderTimelineHtml({ ...timeline, file: vscode.workspace.asRelativePath(shown) }, { linkScript, nonce, csp, scenarios: [...scenarios], scenario })
			: `<!DOCTYPE html><html><body><p>Reseal draws a Setup timeline for unattend.xml answer files and Sysprep.inf.</p></body></html>`;
	};
	const later = (): void => {
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => void refresh(), refreshMs);
	};

	const command = vscode.commands.registerCommand('reseal.showTimeline', async (uri?: vscode.Uri) => {
		const target = uri ?? vscode.window.activeTextEditor?.document.uri;
		if (!target) {
			void vscode.window.showInformationMessage('Open an unattend.xml answer file to see its Setup timeline.');
			return;
		}
		shown = target;
		if (!panel) {
			panel = vscode.window.createWebviewPanel('reseal.timeline', 'Setup Timeline', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [] });
			panel.onDidDispose(() => {
				panel = undefined;
				shown = undefined;
			});
			panel.webview.onDidReceiveMessage(async (message: { type?: string; line?: number; scenario?: string }) => {
				if (message.type === 'scenario' && scenarios.includes(message.scenario as (typeof scenarios)[number])) {
					scenario = message.scenario as (typeof scenarios)[number];
					await refresh();
				} else if (message.type === 'reveal' && shown && typeof message.line === 'number') {
					const document = await vscode.workspace.openTextDocument(shown);
					const position = new vscode.Position(message.line, 0);
					const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
					editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
				}
			});
		}
		await refresh();
	});
	const follow = vscode.window.onDidChangeActiveTextEditor((editor) => {
		if (panel && editor && isAnswerFile(editor.document) && editor.document.uri.toString() !== shown?.toString()) {
			shown = editor.document.uri;
			later();
		}
	});
	const edits = vscode.workspace.onDidChangeTextDocument((event) => {
		if (panel && shown && event.document.uri.toString() === shown.toString()) later();
	});
	return vscode.Disposable.from(command, follow, edits, { dispose: () => panel?.dispose() });
}
