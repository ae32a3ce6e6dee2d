/**
 * Distribution metadata that must agree with the code: the pre-commit hook's
 * file pattern selects exactly the names the CLI checks, its entry is a bin the
 * npm package declares, and the npm package ships its bins and nothing to install.
 * (The packaging tier, test/package/, runs the real tools.)
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { mayBeAnswerFile } from '../../server/src/model/documentKind';

const root = path.resolve(__dirname, '../..');
const hooks = fs.readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
	bin: Record<string, string>;
	files: string[];
	dependencies?: Record<string, string>;
	engines: Record<string, string>;
	private?: boolean;
	scripts: Record<string, string>;
};

function hookField(name: string): string {
	const match = new RegExp(`^(?:- | {2})${name}: (.*)$`, 'm').exec(hooks);
	assert.ok(match, `.pre-commit-hooks.yaml sets ${name}`);
	return match[1].trim().replace(/^'(.*)'$/, '$1');
}

test('the pre-commit file pattern selects exactly the files reseal check checks or reads to decide, in any case and any folder', () => {
	const source = hookField('files');
	assert.ok(source.startsWith('(?i)'), 'case-insensitive, as real media mixes SYSPREP.INF and Sysprep.inf');
	const pattern = new RegExp(source.slice(4), 'i');
	const names = [
		'Sysprep.inf', 'SYSPREP.INF', 'sysprep-2003.inf', 'xp_sysprep.inf', 'Unattend.txt', 'UNATTEND.TXT', 'unattend-x64.txt', 'winnt.sif', 'WINNT.SIF', 'server.sif',
		'Winbom.ini', 'WINBOM.INI', 'xp_winbom.ini', 'Cmdlines.txt', 'CMDLINES.TXT', 'old-cmdlines.txt', 'sysprep.bat', 'SEAL.CMD', 'postinstall.cmd',
		'unattend.xml', 'Autounattend.xml', 'AUTOUNATTEND.XML', 'unattend-generalize.xml',
		'setupact.log', 'SETUPERR.LOG', 'setuplog.txt', 'setupcl.log', 'Panther/diagerr.log', 'Windows/Panther/UnattendGC/setupact.log', '$WINDOWS.~BT/Sources/Panther/setupact.log',
		// Read to decide: any XML (root sniff), templates, host files.
		'sysprep.xml', 'answer.xml', 'windows.xml', 'Autounattend64.xml', 'config.xml', 'autounattend.pkrtpl.hcl', 'win.pkrtpl', 'autounattend.xml.j2', 'unattend.xml.tpl', 'unattend.xml.tmpl',
		'unattend.xml.mako', 'unattend.xml.erb', 'unattend.xml.in', 'unattend.xml.template', 'sysprep.inf.j2', 'winnt.sif.tpl', 'build.ps1', 'Build.PSM1', 'windows.pkr.hcl', 'main.tf', 'playbook.yml', 'values.YAML',
		// Not Reseal's:
		'setup.inf', 'oem.inf', 'readme.txt', 'notes.TXT', 'desktop.ini', 'boot.ini', 'install.sh', 'bat', 'cmd', 'sysprep.exe', 'sysprep.inf.bak', 'unattend', 'Sysprep.infx', 'unattend.xml.bak', 'j2', '.in', 'main.tfvars', 'setup.log', 'setupact.log.old', 'panther.log', 'Panther/setupact.txt',
	];
	for (const name of names) {
		for (const file of [name, `images/xp/${name}`, `i386/$OEM$/${name}`]) {
			assert.equal(pattern.test(file), mayBeAnswerFile(file), `${file}: the hook ${pattern.test(file) ? 'selects' : 'skips'} it, the CLI ${mayBeAnswerFile(file) ? 'reads' : 'skips'} it`);
		}
	}
	// A folder named like a Sysprep file does not make its other files match.
	assert.equal(pattern.test('sysprep.inf/readme.md'), false);
	assert.equal(pattern.test('unattend.txt.d/setup.ini'), false);
});

test('the pre-commit hook runs a bin of the npm package it installs', () => {
	assert.equal(hookField('language'), 'node');
	assert.equal(hookField('id'), 'reseal');
	const [command, subcommand] = hookField('entry').split(/\s+/);
	assert.ok(command in manifest.bin, `${command} is a bin of package.json`);
	assert.equal(subcommand, 'check');
	// pre-commit installs the hook from `npm pack`'s output; the prepack build must not print into it.
	assert.match(manifest.scripts.prepack, /scripts\/build\.mjs --production/);
	assert.match(fs.readFileSync(path.join(root, '.npmrc'), 'utf8'), /^foreground-scripts=false$/m);
});

test('the npm package: its bins are in `files`, it installs nothing else, and it names its Node.js', () => {
	assert.equal(manifest.private, undefined);
	assert.equal(manifest.dependencies, undefined, 'dist/cli.js and dist/server.js are self-contained esbuild bundles');
	for (const file of Object.values(manifest.bin)) assert.ok(manifest.files.includes(file), `${file} is packaged`);
	assert.ok(manifest.files.every((file) => /^(dist\/[\w-]+\.js|README\.md|LICENSE)$/.test(file)), `only bundles, README and LICENSE: ${manifest.files.join(', ')}`);
	assert.match(manifest.engines.node, /^>=\s*20/);
	for (const step of fs.readFileSync(path.join(root, 'action.yml'), 'utf8').matchAll(/\$GITHUB_ACTION_PATH\/([\w/.-]+)/g)) {
		assert.ok(fs.existsSync(path.join(root, step[1])), `action.yml runs ${step[1]}, which exists`);
	}
});

test('the CLI launcher loads a bundle that the npm package ships', () => {
	const launcher = fs.readFileSync(path.join(root, 'server/src/cli/launcher.ts'), 'utf8');
	const loaded = [...launcher.matchAll(/join\(__dirname, '([\w-]+\.js)'\)/g)].map((match) => `dist/${match[1]}`);
	assert.deepEqual(loaded, ['dist/cli-main.js']);
	for (const file of loaded) assert.ok(manifest.files.includes(file), `${file} is packaged beside ${manifest.bin.reseal}`);
});

test('the supported Node versions are stated once and tested: engines, README, the LTS test tier and CI agree', () => {
	const lts = /const version = process\.env\.RESEAL_NODE_LTS_VERSION \|\| '(\d+)\.\d+\.\d+'/.exec(fs.readFileSync(path.join(root, 'scripts/fetch-node-lts.mjs'), 'utf8'));
	assert.ok(lts, 'scripts/fetch-node-lts.mjs pins an LTS version');
	const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
	const floor = /^>=\s*(\d+)$/.exec(manifest.engines.node)?.[1];
	assert.ok(floor, `engines.node is a lower bound: ${manifest.engines.node}`);
	assert.match(readme, new RegExp(`Node\\.js ${floor} or later \\(tested on Node ${floor} and Node ${lts[1]}`), 'README names the floor and both tested versions');
	assert.match(manifest.scripts['test:node-lts'], /fetch-node-lts\.mjs --run npm test$/, 'the LTS tier runs README\'s test command');
	assert.match(fs.readFileSync(path.join(root, '.ci/run'), 'utf8'), /test:node-lts/, 'CI runs it');
});
