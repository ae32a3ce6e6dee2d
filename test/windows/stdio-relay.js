// Runs under the Windows Node in wine. Starts `node.exe <server> --stdio` with
// real Windows pipes as its stdin/stdout (the product's --stdio contract, as
// VS Code on Windows starts it) and relays them to a TCP port the Linux test
// listens on: wine cannot hand Linux pipes to Windows Node as stdio (EBADF).
// Usage: node.exe stdio-relay.js <port> <server.js> [server args...]
'use strict';
const { spawn } = require('node:child_process');
const net = require('node:net');

const [port, server, ...args] = process.argv.slice(2);
const child = spawn(process.execPath, [server, ...args], { stdio: ['pipe', 'pipe', 'inherit'], windowsHide: true });
const socket = net.connect(Number(port), '127.0.0.1');
socket.pipe(child.stdin);
child.stdout.pipe(socket);
socket.on('error', () => child.kill());
// The client hung up without shutdown/exit: end the server's stdin like an editor that quits.
socket.on('end', () => child.stdin.end());
child.on('exit', (code, signal) => {
	process.stdout.write(`server exited: ${code === null ? signal : code}\n`);
	socket.end(() => process.exit(code === null ? 1 : code));
});
