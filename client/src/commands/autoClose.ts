/**
 * VS Code client: auto-close of XML tags in answer files, the way the XML
 * extension (vscode-xml) does it. When the last change of a document typed
 * `>` or `/`, the client asks the server (`reseal/autoClose`) what to insert —
 * `</Name>` after a start tag, `Name>` after `</`, `>` after `<Name /` — and
 * inserts it as a snippet if the document and the cursor have not moved on.
 * The server answers from its XML model; this file only watches typing.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { autoCloseRequest, configurationSection, documentSelector } from '../../../server/src/protocol';

/** The XML extension waits as long, so the server has the change before the request. */
const delayMs = 100;
const xmlLanguages = ['unattend-xml', 'xml'];

interface AutoCloseResult {
	readonly snippet: string;
	readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

export function registerAutoClose(client: () => LanguageClient | undefined): vscode.Disposable {
	let timer: NodeJS.Timeout | undefined;
	const selector = documentSelector();

	const enabled = (document: vscode.TextDocument): boolean => {
		if (!xmlLanguages.includes(document.languageId) || vscode.languages.match(selector, document) === 0) return false;
		if (vscode.workspace.getConfiguration(configurationSection, document).get<boolean>('unattend.autoCloseTags') === false) return false;
		// The XML extension closes tags in `xml` files itself; two inserts would double the end tag.
		if (document.languageId === 'xml' && vscode.extensions.getExtension('redhat.vscode-xml') && vscode.workspace.getConfiguration('xml', document).get<boolean>('completion.autoCloseTags') !== false) return false;
		return true;
	};

	const changes = vscode.workspace.onDidChangeTextDocument((event) => {
		const { document, contentChanges, reason } = event;
		// Undo and redo replay text; closing a tag then would fight the user.
		if (reason !== undefined || contentChanges.length === 0) return;
		const last = contentChanges[contentChanges.length - 1];
		// Only a single typed character: a paste or a completion that ends in '>' is left alone.
		if (last.rangeLength !== 0 || (last.text !== '>' && last.text !== '/')) return;
		const editor = vscode.window.activeTextEditor;
		if (!editor || editor.document !== document || !enabled(document)) return;
		const position = last.range.start.translate(0, 1);
		const version = document.version;
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = undefined;
			void close(document, position, version);
		}, delayMs);
	});

	async function close(document: vscode.TextDocument, position: vscode.Position, version: number): Promise<void> {
		const connection = client();
		if (!connection) return;
		const result = (await connection
			.sendRequest(autoCloseRequest, { textDocument: { uri: document.uri.toString() }, position: { line: position.line, character: position.character } })
			.catch(() => null)) as AutoCloseResult | null;
		const editor = vscode.window.activeTextEditor;
		if (!result || typeof result.snippet !== 'string' || !editor || editor.document !== document || document.version !== version) return;
		// The user may have moved on (another cursor, another line): insert only where the character was typed.
		const selection = editor.selection;
		if (editor.selections.length !== 1 || !selection.isEmpty || !selection.active.isEqual(position)) return;
		const at = new vscode.Position(result.range.start.line, result.range.start.character);
		// With its own undo stop, as the XML extension does: one undo removes the inserted tag and keeps what was typed.
		await editor.insertSnippet(new vscode.SnippetString(result.snippet), at);
	}

	return vscode.Disposable.from(changes, { dispose: () => timer && clearTimeout(timer) });
}
