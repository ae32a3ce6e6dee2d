/**
 * VS Code client: starts the Reseal language server and registers the
 * commands. Everything that knows about Sysprep lives in the server and the
 * service layer; this file only connects VS Code to them.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { configurationSection } from '../../server/src/protocol';
import { registerBuildBundleCommand } from './commands/buildBundle';

let client: LanguageClient | undefined;

/** Files the server recognises by name even when VS Code gives them a generic language id. */
const namePatterns = [
	'**/[Ss][Yy][Ss][Pp][Rr][Ee][Pp].[Ii][Nn][Ff]',
	'**/[Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Tt][Xx][Tt]',
	'**/*.[Ss][Ii][Ff]',
	'**/[Ww][Ii][Nn][Bb][Oo][Mm].[Ii][Nn][Ii]',
	'**/[Cc][Mm][Dd][Ll][Ii][Nn][Ee][Ss].[Tt][Xx][Tt]',
	// unattend.xml keeps VS Code's own `xml` language id; the server picks the kind from the name.
	'**/[Aa][Uu][Tt][Oo][Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Xx][Mm][Ll]',
	'**/[Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Xx][Mm][Ll]',
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [
			{ language: 'sysprep-inf' },
			{ language: 'winbom-ini' },
			{ language: 'cmdlines' },
			{ language: 'bat' },
			...namePatterns.map((pattern) => ({ scheme: 'file', pattern })),
		],
		synchronize: { configurationSection },
		diagnosticCollectionName: 'reseal',
	};
	client = new LanguageClient('reseal', 'Reseal', serverOptions, clientOptions);
	context.subscriptions.push(registerBuildBundleCommand(context));
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
