/**
 * LSP glue: the node entry point of `reseal-language-server`. Speaks LSP over
 * stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket
 * (`--socket=N`), as vscode-languageserver decides from the arguments.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
	process.argv.push('--stdio');
}
const connection = createConnection(ProposedFeatures.all);
// stdout carries the protocol; anything printed by accident goes to the client's log instead.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
startServer(connection);
connection.listen();
