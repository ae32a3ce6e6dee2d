/// <reference types="mocha" />
/**
 * The real-editor scenarios as an in-editor mocha suite, driven through the
 * VS Code API in a real extension host (@vscode/test-electron, or code-server's
 * extension host): the workspace is a copy of test/e2e/workspace/ with
 * Sysprep executables added (see test/e2e/support.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const extensionId = 'reseal.reseal';

async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = check();
		if (value !== undefined && value !== false) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

function folder(): vscode.Uri {
	const folders = vscode.workspace.workspaceFolders;
	assert.ok(folders && folders.length > 0, 'the test workspace is open');
	return folders[0].uri;
}

function codes(uri: vscode.Uri): string[] {
	return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

async function open(name: string): Promise<vscode.TextEditor> {
	const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), name));
	return vscode.window.showTextDocument(document);
}

function hoverText(hovers: vscode.Hover[]): string {
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n');
}

export function registerSuite(): void {
	suite('Reseal in VS Code', () => {
		suiteSetup(async () => {
			const extension = vscode.extensions.getExtension(extensionId);
			assert.ok(extension, `${extensionId} is installed`);
		});

		test('Sysprep.inf with a missing required entry gets the diagnostic', async () => {
			const editor = await open('Sysprep.inf');
			assert.equal(editor.document.languageId, 'sysprep-inf');
			await until('inf.missing-required-entry', () => codes(editor.document.uri).includes('inf.missing-required-entry'));
			const diagnostic = vscode.languages.getDiagnostics(editor.document.uri).find((d) => String(d.code) === 'inf.missing-required-entry');
			assert.ok(diagnostic);
			assert.match(diagnostic.message, /EncryptedAdminPassword/);
			assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
			assert.equal(diagnostic.source, 'reseal');
			assert.ok(vscode.extensions.getExtension(extensionId)?.isActive, 'opening a Sysprep.inf activated the extension');
		});

		test('the quick fix inserts the entry and the problem disappears', async () => {
			const editor = await open('Sysprep.inf');
			const uri = editor.document.uri;
			const diagnostic = await until('the diagnostic', () => vscode.languages.getDiagnostics(uri).find((d) => String(d.code) === 'inf.missing-required-entry'));
			const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
			const fix = actions.find((action) => action.title.includes('EncryptedAdminPassword'));
			assert.ok(fix?.edit, `a quick fix is offered: ${actions.map((a) => a.title).join(', ')}`);
			assert.ok(await vscode.workspace.applyEdit(fix.edit));
			assert.match(editor.document.getText(), /^EncryptedAdminPassword\s*=\s*No\r?$/m);
			await until('the problem to disappear', () => !codes(uri).includes('inf.missing-required-entry'));
			assert.ok(await editor.document.save());
		});

		test('completion offers the entries of the section', async () => {
			const editor = await open('Sysprep.inf');
			const lines = editor.document.getText().split(/\r?\n/);
			const section = lines.indexOf('[GuiUnattended]');
			const blank = lines.findIndex((line, index) => index > section && line.trim() === '');
			const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(blank, 0));
			const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
			for (const entry of ['AutoLogon', 'OEMSkipWelcome', 'TimeZone']) assert.ok(labels.includes(entry), `offers ${entry}: ${labels.join(', ')}`);
			for (const foreign of ['ProductKey', 'OemSkipEula']) assert.ok(!labels.includes(foreign), `does not offer ${foreign}`);
		});

		test('hover shows the documentation of the entry', async () => {
			const editor = await open('Sysprep.inf');
			const line = editor.document.getText().split(/\r?\n/).findIndex((text) => text.startsWith('OemSkipWelcome'));
			const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(line, 3));
			const text = hoverText(hovers);
			assert.match(text, /OEMSkipWelcome/);
			assert.match(text, /Skips the Welcome page/);
		});

		test('the outline lists the sections', async () => {
			const editor = await open('Sysprep.inf');
			const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
			assert.deepEqual(
				symbols.map((symbol) => symbol.name),
				['[Unattended]', '[GuiUnattended]', '[UserData]', '[Identification]', '[Networking]', '[LicenseFilePrintData]'],
			);
		});

		test('sysprep.bat gets bat.undefined-label for goto :missing', async () => {
			const editor = await open('sysprep.bat');
			assert.equal(editor.document.languageId, 'bat');
			const uri = editor.document.uri;
			await until('bat.undefined-label', () => codes(uri).includes('bat.undefined-label'));
			const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
			assert.ok(await editor.edit((edit) => edit.insert(end, ':missing\r\necho sysprep.exe was not found.\r\n')));
			await until('bat.undefined-label to disappear', () => !codes(uri).includes('bat.undefined-label'));
			assert.ok(await editor.document.save());
		});

		test('Sysprep: Build Sysprep Bundle builds the bundle and writes the manifest', async () => {
			const status = await vscode.commands.executeCommand<string>('reseal.buildBundle');
			assert.equal(status, 'built');
			const out = path.resolve(folder().fsPath, vscode.workspace.getConfiguration('reseal', folder()).get<string>('bundle.outputFolder', '') || `${folder().fsPath}-bundle`);
			const manifest = JSON.parse(fs.readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8')) as { files: { path: string }[] };
			const files = manifest.files.map((file) => file.path);
			for (const name of ['Sysprep/Sysprep.inf', 'Sysprep/sysprep.exe', 'Sysprep/setupcl.exe', 'Sysprep/factory.exe']) assert.ok(files.includes(name), `manifest lists ${name}: ${files.join(', ')}`);
			assert.match(fs.readFileSync(path.join(out, 'Sysprep/Sysprep.inf'), 'utf8'), /EncryptedAdminPassword\s*=\s*No/);
		});

		// After the bundle test: the answer file written here is not part of that workspace's bundle.
		test('typing > after a start tag in unattend.xml inserts the end tag, and </ completes it', async () => {
			const file = vscode.Uri.joinPath(folder(), 'tags', 'unattend.xml');
			fs.mkdirSync(path.dirname(file.fsPath), { recursive: true });
			fs.writeFileSync(file.fsPath, '<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="specialize">\n    \n  </settings>\n</unattend>\n');
			const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
			// The server has the file once it answers for it: the matching tag of <settings>.
			const settingsName = new vscode.Position(2, 4);
			const deadline = Date.now() + 30_000;
			while (((await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>('vscode.executeDocumentHighlights', file, settingsName)) ?? []).length < 2) {
				assert.ok(Date.now() < deadline, 'the server answers for the answer file within 30 s');
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
			editor.selection = new vscode.Selection(3, 4, 3, 4);
			for (const char of '<Order>') await vscode.commands.executeCommand('type', { text: char });
			await until('</Order> after the cursor', () => editor.document.lineAt(3).text === '    <Order></Order>');
			assert.equal(editor.selection.active.character, 11, 'the cursor stays between the tags');
			await vscode.commands.executeCommand('type', { text: '1' });
			const end = editor.document.lineAt(3).range.end;
			assert.ok(await editor.edit((edit) => edit.insert(end, '\n    <Path>C:\\Windows<')));
			const after = editor.document.lineAt(4).range.end;
			editor.selection = new vscode.Selection(after, after);
			await vscode.commands.executeCommand('type', { text: '/' });
			await until('</ completed to </Path>', () => editor.document.lineAt(4).text === '    <Path>C:\\Windows</Path>');
			assert.equal(editor.document.lineAt(3).text, '    <Order>1</Order>');
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		});
	});
}
