/**
 * VS Code client: starts the Reseal language server and registers the
 * commands. Everything that knows about Sysprep lives in the server and the
 * service layer; this file only connects VS Code to them.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { configurationSection, documentSelector } from '../../server/src/protocol';
import { registerBuildBundleCommand } from './commands/buildBundle';
import { registerShowTimelineCommand } from './commands/showTimeline';
import { registerAutoClose } from './commands/autoClose';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const serverModule = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: documentSelector(),
		synchronize: { configurationSection },
		diagnosticCollectionName: 'reseal',
	};
	client = new LanguageClient('reseal', 'Reseal', serverOptions, clientOptions);
	context.subscriptions.push(registerBuildBundleCommand(context), registerShowTimelineCommand(() => client), registerAutoClose(() => client));
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
