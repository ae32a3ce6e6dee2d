/**
 * LSP glue: the node entry point of `reseal-language-server`. Speaks LSP over
 * stdio (`--stdio`, the default), node IPC (`--node-ipc`) or a socket
 * (`--socket=N`), as vscode-languageserver decides from the arguments.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Keep V8's young generation at its initial size. By default every scavenge whose survivors
// add up to the current capacity doubles the semi-spaces (up to 2 × 16 MB), and a parsed
// model of a large file survives by design, so opening four big files used to leave ~32 MB of
// young generation resident for good. This flag is read each time V8 considers growing the
// young generation, so setting it at start-up takes effect (unlike --max-semi-space-size,
// which only counts on the command line; see docs/editors.md). Scavenges stay cheap because
// the parsers allocate little besides the models they return.
setFlagsFromString('--semi-space-growth-factor=1');

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
