/**
 * Security: what the bundle builder and the CLI refuse, keep secret and never
 * do — through the real `dist/cli.js`.
 *
 * - Workspace paths that leave the workspace (`..`, absolute, drive letters,
 *   symbolic links to files or folders outside) are refused with
 *   `bundle.unsafe-path` and nothing outside the workspace is ever copied;
 *   `--out` that is a link, a root or a non-bundle folder is refused.
 * - Passwords, domain credentials and product keys never appear in stdout,
 *   stderr, the manifest, the ZIP (unpacked) or `reseal check` output in any
 *   format — only in the bundled answer files themselves.
 * - Nothing in the workspace is ever executed.
 * - Building a bundle is off in untrusted workspaces.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { ansi, hasTool, peFixtures, repoRoot, sampleInf, sampleWorkspace, writeTree } from '../fixtures/bundle/fixtures';

const cli = path.resolve(__dirname, '../../dist/cli.js');
const { dir } = peFixtures();

function run(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: options.cwd, env: options.env ?? process.env, timeout: 120_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function files(root: string): string[] {
	if (!fs.existsSync(root)) return [];
	return (fs.readdirSync(root, { recursive: true }) as string[]).map((p) => path.join(root, p)).filter((p) => fs.lstatSync(p).isFile());
}

function tmp(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-security-'));
}

// ---------------------------------------------------------------------------
// Paths

test('symbolic links to folders and files outside the workspace are refused and never followed', () => {
	const root = tmp();
	try {
		const outside = path.join(root, 'outside');
		fs.mkdirSync(outside);
		fs.writeFileSync(path.join(outside, 'stolen.inf'), 'OUTSIDE-CONTENT-7f3a');
		const cases: [string, (ws: string) => void][] = [
			['folder link inside a driver folder', (ws) => fs.symlinkSync(outside, path.join(ws, 'drivers', 'nic', 'ext'))],
			['drivers folder itself a link', (ws) => {
				fs.rmSync(path.join(ws, 'drivers', 'nic'), { recursive: true });
				fs.symlinkSync(outside, path.join(ws, 'drivers', 'nic'));
			}],
			['file link in drivers', (ws) => fs.symlinkSync(path.join(outside, 'stolen.inf'), path.join(ws, 'drivers', 'video', 'stolen.inf'))],
			['relative link climbing out', (ws) => fs.symlinkSync('../../../outside/stolen.inf', path.join(ws, 'drivers', 'video', 'up.inf'))],
			['Sysprep.inf is a link', (ws) => {
				fs.renameSync(path.join(ws, 'answer', 'Sysprep.inf'), path.join(outside, 'Sysprep.inf'));
				fs.symlinkSync(path.join(outside, 'Sysprep.inf'), path.join(ws, 'answer', 'Sysprep.inf'));
			}],
		];
		for (const [name, edit] of cases) {
			const ws = path.join(root, `ws-${name.replace(/\W+/g, '-')}`);
			writeTree(ws, sampleWorkspace(dir));
			edit(ws);
			const out = path.join(root, `out-${name.replace(/\W+/g, '-')}`);
			const r = run(['bundle', ws, '--out', out]);
			assert.equal(r.status, 1, `${name}: ${r.stdout}${r.stderr}`);
			assert.match(r.stderr, /bundle\.unsafe-path/, name);
			assert.match(r.stderr, /Bundle not built/, name);
			assert.equal(fs.existsSync(out), false, `${name}: nothing written`);
			assert.deepEqual(fs.readdirSync(root).filter((n) => n.includes('.reseal-')), [], `${name}: no staging left`);
		}
		// A link where the bundle needs nothing is not an error, and it is not followed either.
		const ws = path.join(root, 'ws-unneeded');
		writeTree(ws, sampleWorkspace(dir));
		fs.symlinkSync(outside, path.join(ws, 'notes'));
		fs.symlinkSync(outside, path.join(ws, 'drivers', 'unused'));
		const out = path.join(root, 'out-unneeded');
		const r = run(['bundle', ws, '--out', out, '--zip']);
		assert.equal(r.status, 0, r.stderr);
		for (const file of files(out)) assert.ok(!fs.readFileSync(file).includes('OUTSIDE-CONTENT'), `${file} holds content from outside`);
		assert.ok(!files(out).some((f) => f.includes('stolen')));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('answer-file paths with .., drive letters and UNC shares never pull files from outside the workspace', () => {
	const root = tmp();
	try {
		const outside = path.join(root, 'etc');
		fs.mkdirSync(outside);
		fs.writeFileSync(path.join(outside, 'secret.inf'), 'OUTSIDE-CONTENT-9c2e');
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const inf = sampleInf
			.replace(/OemPnPDriversPath=.*\n/, 'OemPnPDriversPath=Sysprep\\drivers\\nic;..\\..\\..\\etc;Sysprep\\..\\..\\..\\etc;D:\\drivers;\\\\server\\share\\drv\n')
			.replace('InstallFilesPath=C:\\Sysprep\\i386', 'InstallFilesPath=C:\\Sysprep\\i386');
		writeTree(ws, [
			{ path: 'answer/Sysprep.inf', bytes: ansi(inf) },
			{ path: 'scripts/post.cmd', bytes: ansi('@echo off\r\ncopy ..\\..\\..\\etc\\secret.inf C:\\Sysprep\\x.inf\r\ncall \\\\server\\share\\setup.cmd\r\ntype D:\\boot.ini\r\n') },
		]);
		const out = path.join(root, 'out');
		const r = run(['bundle', ws, '--out', out, '--zip']);
		for (const file of files(out)) {
			assert.ok(!fs.readFileSync(file).includes('OUTSIDE-CONTENT'), `${file} holds content from outside the workspace`);
		}
		if (r.status === 0) {
			const manifest = JSON.parse(fs.readFileSync(path.join(out, 'reseal-manifest.json'), 'utf8')) as { files: { path: string; from: string }[] };
			for (const f of manifest.files) {
				assert.doesNotMatch(f.path, /(^|\/)\.\.(\/|$)|^\/|^[a-z]:/i, f.path);
				assert.doesNotMatch(f.from, /(^|[\\/])\.\.([\\/]|$)|^\/|^[a-z]:|^\\\\/i, `${f.path} from ${f.from}`);
			}
		}
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('--out that is a link, a file-system root, the workspace or a non-bundle folder is refused (exit 2, nothing touched)', () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const target = path.join(root, 'precious');
		fs.mkdirSync(target);
		fs.writeFileSync(path.join(target, 'keep.txt'), 'keep');
		fs.symlinkSync(target, path.join(root, 'link-out'));
		for (const out of [path.join(root, 'link-out'), '/', ws, root, target]) {
			const r = run(['bundle', ws, '--out', out]);
			assert.equal(r.status, 2, `${out}: ${r.stdout}${r.stderr}`);
			assert.match(r.stderr, /reseal bundle: /);
		}
		assert.deepEqual(fs.readdirSync(target), ['keep.txt']);
		assert.equal(fs.readFileSync(path.join(target, 'keep.txt'), 'utf8'), 'keep');
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// Secrets

const secrets = {
	admin: 'Zq9AdminPw7731',
	domain: 'Zq9DomPw4410',
	productKey: 'KQ7RT-M8XW2-PL4VB-HH93C-ZT6YD',
	factory: 'Zq9FactoryPw2208',
	winpe: 'Zq9WinPEPw6615',
	driverShare: 'Zq9ShareePw5150',
	misspelt: 'Zq9Misspelt3391',
};

const secretInf = `; reseal: target=xp
[Unattended]
OemSkipEula=Yes
InstallFilesPath=C:\\Sysprep\\i386
OemPnPDriversPath=Sysprep\\drivers\\nic;Sysprep\\drivers\\video
DriverSigningPolicy=Ignore

[GuiUnattended]
AdminPassword="${secrets.admin}"
EncryptedAdminPassword=No
OEMSkipRegional=1
OEMSkipWelcome=1
TimeZone=85

[UserData]
FullName="Contoso IT"
OrgName="Contoso"
ComputerName=*
ProductKey=${secrets.productKey}

[Identification]
JoinDomain=CORP
DomainAdmin=CORP\\joiner
DomainAdminPassword=${secrets.domain}

[Networking]
InstallDefaultComponents=Yes
`;

const secretWinbom = `[Factory]
WinBOMType=Factory
Reseal=Reseal
UserName=FACTORY\\builder
Password=${secrets.factory}

[WinPE]
Restart=Reboot
UserName=PE\\admin
Password="${secrets.winpe}"

[PnPDriverUpdate]
UserName=SHARE\\drv
Password=${secrets.driverShare}
`;

/** What may hold the secrets: the answer files themselves (bundled or checked). */
const answerFile = /^(sysprep\.inf|winbom\.ini|unattend\.txt)$/i;

function assertNoSecret(text: string, where: string): void {
	for (const [name, secret] of Object.entries(secrets)) {
		assert.ok(!text.includes(secret), `${where} leaks the ${name} secret: …${text.slice(Math.max(0, text.indexOf(secret) - 120), text.indexOf(secret) + 40)}…`);
	}
	// The product key must not leak in part either (Windows shows its groups separately).
	for (const group of secrets.productKey.split('-')) assert.ok(!text.includes(group), `${where} leaks product-key group ${group}`);
}

test('secrets never appear in stdout, stderr, the manifest, the ZIP or check reports — only in the answer files', () => {
	const root = tmp();
	try {
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		writeTree(ws, [
			{ path: 'answer/Sysprep.inf', bytes: ansi(secretInf) },
			{ path: 'answer/Winbom.ini', bytes: ansi(secretWinbom) },
			// A misspelt secret and a secret in an unknown section: no knowledge row marks them.
			{ path: 'extra/Unattend.txt', bytes: ansi(`[GuiUnattended]\nAdminPasword=${secrets.misspelt}\n[Custom]\nServicePassword=${secrets.misspelt}\n`) },
		]);
		const artefacts: [string, string][] = [];
		for (const extra of [[], ['--zip'], ['--zip', '--verbose']]) {
			const out = path.join(root, `out${extra.join('')}`);
			const r = run(['bundle', ws, '--out', out, ...extra]);
			artefacts.push([`bundle ${extra.join(' ')} stdout`, r.stdout], [`bundle ${extra.join(' ')} stderr`, r.stderr]);
			if (fs.existsSync(out) && extra.includes('--zip') && hasTool('unzip')) {
				spawnSync('unzip', ['-q', 'Sysprep.zip', '-d', path.join(root, `unzipped${extra.join('')}`)], { cwd: out });
			}
		}
		// A failing build (an error added) reports too: its report must be clean as well.
		const broken = path.join(root, 'broken');
		fs.cpSync(ws, broken, { recursive: true });
		fs.writeFileSync(path.join(broken, 'answer', 'Sysprep.inf'), ansi(secretInf.replace('[Networking]', '[Networking]\nBogus Entry Without Equals "x')));
		const failed = run(['bundle', broken, '--out', path.join(root, 'out-broken'), '--verbose']);
		artefacts.push(['failed bundle stdout', failed.stdout], ['failed bundle stderr', failed.stderr]);
		for (const format of ['text', 'json', 'sarif']) {
			const r = run(['check', '--format', format, ws]);
			artefacts.push([`check ${format} stdout`, r.stdout], [`check ${format} stderr`, r.stderr]);
		}
		assert.ok(fs.existsSync(path.join(root, 'out--zip', 'reseal-manifest.json')), `the bundle was built: ${artefacts[3]![1]}`);
		for (const f of [...files(path.join(root, 'out')), ...files(path.join(root, 'out--zip')), ...files(path.join(root, 'out--zip--verbose')), ...files(path.join(root, 'unzipped--zip'))]) {
			if (answerFile.test(path.basename(f))) continue;
			artefacts.push([path.relative(root, f), fs.readFileSync(f).toString('latin1')]);
		}
		assert.ok(artefacts.some(([name]) => name.endsWith('reseal-manifest.json')));
		for (const [where, text] of artefacts) assertNoSecret(text, where);
		// The bundled answer files do carry them (they must, for Setup to use them).
		const bundledInf = files(path.join(root, 'out')).find((f) => /sysprep\.inf$/i.test(f));
		assert.ok(bundledInf && fs.readFileSync(bundledInf, 'latin1').includes(secrets.admin));
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

// ---------------------------------------------------------------------------
// Execution and trust

test('nothing in the workspace is ever executed, by check or by bundle', () => {
	const root = tmp();
	try {
		const marker = path.join(root, 'EXECUTED');
		const ws = path.join(root, 'ws');
		writeTree(ws, sampleWorkspace(dir));
		const payload = `#!/bin/sh\necho ran > "${marker}"\n`;
		// Scripts and "tools" that would leave a marker if anything ran them — directly, through a shell, or from PATH.
		for (const rel of ['scripts/reseal.bat', 'scripts/post.cmd', 'tools/sync.exe', 'tools/kill.exe', 'tools/spdrvscn.exe', 'tools/sysprep', 'tools/cmd', 'tools/cmd.exe', 'tools/unzip', 'tools/cabextract', 'tools/sh']) {
			fs.writeFileSync(path.join(ws, ...rel.split('/')), rel.startsWith('scripts/') ? `${payload}@echo off\r\nsync.exe\r\nC:\\Sysprep\\sysprep.exe -reseal -mini -quiet\r\n` : payload, { mode: 0o755 });
		}
		const env = { ...process.env, PATH: `${path.join(ws, 'tools')}${path.delimiter}${process.env.PATH ?? ''}`, COMSPEC: path.join(ws, 'tools', 'cmd.exe') };
		run(['check', '--format', 'json', ws], { env, cwd: ws });
		run(['bundle', ws, '--out', path.join(root, 'out'), '--zip'], { env, cwd: ws });
		assert.equal(fs.existsSync(marker), false, 'a workspace file was executed');
	} finally {
		fs.rmSync(root, { recursive: true, force: true });
	}
});

test('bundle building is off in untrusted workspaces (package.json enablement + client check)', () => {
	const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
		contributes: { commands: { command: string; enablement?: string }[] };
		capabilities: { untrustedWorkspaces: { supported: boolean | string } };
	};
	const command = pkg.contributes.commands.find((c) => c.command === 'reseal.buildBundle');
	assert.ok(command, 'the command is contributed');
	assert.match(command.enablement ?? '', /(^|&&\s*)isWorkspaceTrusted(\s*&&|$)/);
	assert.notEqual(pkg.capabilities.untrustedWorkspaces.supported, true, 'untrusted workspaces are supported only in part');
	const source = fs.readFileSync(path.join(repoRoot, 'client/src/commands/buildBundle.ts'), 'utf8');
	const check = source.indexOf('if (!vscode.workspace.isTrusted)');
	assert.ok(check !== -1, 'the command checks vscode.workspace.isTrusted');
	const register = source.indexOf("registerCommand('reseal.buildBundle'");
	const build = source.indexOf('buildBundle({', register);
	assert.ok(register !== -1 && check > register && check < build, 'the trust check comes before any build');
	assert.match(source.slice(check, source.indexOf('}', check) + 1), /return/, 'an untrusted workspace returns without building');
	// The CLI has no trust model of its own: it never runs workspace content (test above).
});
