/**
 * LSP glue: the node entry point of `reseal-language-server`. Speaks LSP over
 * stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket
 * (`--socket=N`), as vscode-languageserver decides from the arguments.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

declare const RESEAL_VERSION: string;

// Installers and health checks (Mason, `hx --health`, scripts) ask a server binary for these.
if (process.argv.includes('--version') || process.argv.includes('-v')) {
	process.stdout.write(`${typeof RESEAL_VERSION === 'string' ? RESEAL_VERSION : 'dev'}\n`);
	process.exit(0);
}
if (process.argv.includes('--help') || process.argv.includes('-h')) {
	process.stdout.write(
		'Usage: reseal-language-server [--stdio | --node-ipc | --socket=PORT]\n\n' +
			'The Reseal language server (Language Server Protocol) for Sysprep.inf, Unattend.txt, Winbom.ini,\n' +
			'Cmdlines.txt, batch scripts and unattend.xml. Editors start it; it speaks LSP over stdio by default.\n' +
			'Editor set-ups: https://github.com/reseal/reseal/blob/main/docs/editors.md\n',
	);
	process.exit(0);
}

// A full collection once the server falls idle after a burst of work (opening a workspace,
// a storm of edits) returns the garbage of discarded models to the system instead of
// keeping the heap at its high-water mark. `gc` is only reachable with --expose-gc, which
// can be switched on at run time; the function is taken from a fresh context.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (() => void) | undefined;

if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
	process.argv.push('--stdio');
}
const connection = createConnection(ProposedFeatures.all);
// stdout carries the protocol; anything printed by accident goes to the client's log instead.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
startServer(connection, { collectGarbage: typeof collectGarbage === 'function' ? collectGarbage : undefined });
connection.listen();
