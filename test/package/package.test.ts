/**
 * Packaging tier: checks the VSIX that `npm run package` writes
 * (dist/reseal.vsix, production build) and the manifest it is built from.
 *
 * - the file list is exactly the allowed set (bundles, contributions,
 *   package.json, README, LICENSE), with no source maps or sources;
 * - it is under 1.5 MB and the bundles are minified without source maps (the
 *   client, the server and the CLI each carry the language service: the client
 *   plans bundles itself, so the size grows three times with the knowledge);
 * - every path `contributes` names exists, on disk and in the VSIX;
 * - the settings in package.json are the ones the server and client read;
 * - activation is lazy (our languages and our command only).
 *
 * Run: npm run test:package (packages first).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as zlib from 'node:zlib';
import { settingSpecs } from '../../server/src/services/settings';
import { fileNamePatterns } from '../../server/src/protocol';

const root = path.resolve(__dirname, '../..');
const vsixPath = path.join(root, 'dist/reseal.vsix');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;

interface PackageJson {
	name: string;
	publisher: string;
	license?: string;
	main: string;
	icon?: string;
	activationEvents?: string[];
	contributes: {
		languages?: { id: string; configuration?: string; icon?: { light: string; dark: string } }[];
		grammars?: { language?: string; path: string; scopeName: string }[];
		snippets?: { language: string; path: string }[];
		commands?: { command: string; title: string }[];
		configuration?: { properties: Record<string, { type?: string; enum?: unknown[]; default?: unknown }> };
		[key: string]: unknown;
	};
}

// ---------------------------------------------------------------------------
// A small ZIP reader (central directory + stored/deflated entries): the VSIX is
// read as VS Code reads it, without unzip on the machine.

interface ZipEntry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

function readZip(bytes: Buffer): ZipEntry[] {
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
		if (bytes.readUInt32LE(i) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	assert.ok(eocd >= 0, 'the VSIX is a ZIP file');
	const count = bytes.readUInt16LE(eocd + 10);
	let at = bytes.readUInt32LE(eocd + 16);
	const entries: ZipEntry[] = [];
	for (let i = 0; i < count; i++) {
		assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'central directory entry');
		const nameLength = bytes.readUInt16LE(at + 28);
		const extraLength = bytes.readUInt16LE(at + 30);
		const commentLength = bytes.readUInt16LE(at + 32);
		entries.push({
			method: bytes.readUInt16LE(at + 10),
			compressedSize: bytes.readUInt32LE(at + 20),
			size: bytes.readUInt32LE(at + 24),
			localOffset: bytes.readUInt32LE(at + 42),
			name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

function readEntry(bytes: Buffer, entry: ZipEntry): Buffer {
	const at = entry.localOffset;
	assert.equal(bytes.readUInt32LE(at), 0x04034b50, 'local file header');
	const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
	const data = bytes.subarray(start, start + entry.compressedSize);
	return entry.method === 0 ? data : zlib.inflateRawSync(data);
}

const vsixBytes = fs.existsSync(vsixPath) ? fs.readFileSync(vsixPath) : undefined;
const entries = vsixBytes ? readZip(vsixBytes) : [];
const files = entries.map((entry) => entry.name).filter((name) => !name.endsWith('/'));
const inVsix = (rel: string) => files.includes(`extension/${rel.replace(/^\.\//, '')}`);
const entryText = (rel: string): string => {
	const entry = entries.find((item) => item.name === `extension/${rel}`);
	assert.ok(entry && vsixBytes, `extension/${rel} is in the VSIX`);
	return readEntry(vsixBytes, entry).toString('utf8');
};

// ---------------------------------------------------------------------------

test('npm run package wrote dist/reseal.vsix', () => {
	assert.ok(vsixBytes, `${vsixPath} exists (run npm run package)`);
});

test('the VSIX holds only the bundles, the contributions, package.json, README and LICENSE', () => {
	const allowed = [
		/^\[Content_Types\]\.xml$/,
		/^extension\.vsixmanifest$/,
		/^extension\/package\.json$/,
		/^extension\/readme\.md$/i,
		/^extension\/changelog\.md$/i,
		/^extension\/LICENSE(\.txt)?$/,
		/^extension\/dist\/(extension|server|cli|cli-main)\.js$/,
		/^extension\/syntaxes\/[\w.-]+\.json$/,
		/^extension\/snippets\/[\w.-]+\.code-snippets$/,
		/^extension\/language-configuration\/[\w.-]+\.json$/,
		/^extension\/(docs\/)?images\/[\w.-]+\.png$/,
	];
	const unexpected = files.filter((name) => !allowed.some((pattern) => pattern.test(name)));
	assert.deepEqual(unexpected, [], `unexpected files in the VSIX:\n${unexpected.join('\n')}`);
	for (const required of ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/cli.js', 'extension/dist/cli-main.js', 'extension/LICENSE.txt']) {
		assert.ok(files.includes(required), `${required} is in the VSIX`);
	}
	assert.ok(!files.some((name) => /node_modules|\.map$|\.ts$/.test(name)), 'no node_modules, source maps or TypeScript sources');
});

test('the VSIX is under 1.5 MB and ships a minified production build without source maps', () => {
	assert.ok(vsixBytes);
	assert.ok(vsixBytes.length < 1536 * 1024, `dist/reseal.vsix is ${(vsixBytes.length / 1024).toFixed(0)} KB`);
	for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/cli-main.js']) {
		const text = entryText(bundle);
		assert.ok(!text.includes('sourceMappingURL'), `${bundle} has no source map reference`);
		// Minified code has very long lines (template literals keep their own line breaks).
		const average = text.length / text.split('\n').length;
		assert.ok(average > 300, `${bundle} is minified (average line ${average.toFixed(0)} characters)`);
	}
	const extension = entryText('dist/extension.js');
	assert.match(extension, /require\("vscode"\)/, 'vscode stays external');
	assert.ok(entryText('dist/server.js').startsWith('#!/usr/bin/env node'), 'the server keeps its shebang');
});

test('the packaged package.json is the repository one', () => {
	const packaged = JSON.parse(entryText('package.json')) as PackageJson;
	assert.equal(packaged.name, manifest.name);
	assert.equal(packaged.main, manifest.main);
	assert.deepEqual(packaged.contributes, manifest.contributes);
	assert.deepEqual(packaged.activationEvents, manifest.activationEvents);
});

test('every path package.json names exists on disk and in the VSIX', () => {
	const paths: string[] = [manifest.main];
	if (manifest.icon) paths.push(manifest.icon);
	const contributes = manifest.contributes;
	for (const language of contributes.languages ?? []) {
		if (language.configuration) paths.push(language.configuration);
		if (language.icon) paths.push(language.icon.light, language.icon.dark);
	}
	for (const grammar of contributes.grammars ?? []) paths.push(grammar.path);
	for (const snippet of contributes.snippets ?? []) paths.push(snippet.path);
	assert.ok(paths.length > 3);
	for (const rel of paths) {
		assert.ok(fs.existsSync(path.join(root, rel)), `${rel} exists`);
		assert.ok(inVsix(rel), `${rel} is packaged`);
		if (rel.endsWith('.json') || rel.endsWith('.code-snippets')) {
			assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8').replace(/^\s*\/\/.*$/gm, '')), `${rel} is valid JSON`);
		}
	}
	// Grammars of contributed languages point at contributed languages; injections name their scope.
	const ids = new Set((contributes.languages ?? []).map((language) => language.id));
	for (const grammar of contributes.grammars ?? []) {
		if (grammar.language) assert.ok(ids.has(grammar.language), `grammar ${grammar.path} belongs to a contributed language`);
		const scopeName = (JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8')) as { scopeName?: string }).scopeName;
		assert.equal(scopeName, grammar.scopeName, `${grammar.path} declares scopeName ${grammar.scopeName}`);
	}
});

test('the commands package.json contributes are registered by the client', () => {
	const clientSource = sourceFiles(path.join(root, 'client/src')).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
	for (const command of manifest.contributes.commands ?? []) {
		assert.ok(clientSource.includes(`'${command.command}'`), `${command.command} is registered in client/src`);
	}
});

// ---------------------------------------------------------------------------
// Settings: package.json ⇔ server (protocol.ts ClientSettings + server.ts applySettings) ⇔ client.

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
	});
}

test('every setting in package.json is one row of the settings module, which the server, the CLI and the client read', () => {
	// The full comparison (types, defaults, enums, bounds, both ways) is test/unit/settings.test.ts.
	const declaredKeys = Object.keys(manifest.contributes.configuration?.properties ?? {}).sort();
	assert.deepEqual(declaredKeys, settingSpecs.map((spec) => spec.name).sort());
	const readers = ['server/src/server.ts', 'server/src/cli/checkConfig.ts', 'client/src/commands/buildBundle.ts'];
	for (const file of readers) assert.match(fs.readFileSync(path.join(root, file), 'utf8'), /readSettings\(/, `${file} reads settings through the settings module`);
	const protocol = fs.readFileSync(path.join(root, 'server/src/protocol.ts'), 'utf8');
	// The section the client asks for is the prefix of every setting name.
	const section = /export const configurationSection = '([\w.-]+)'/.exec(protocol)?.[1];
	assert.ok(section, 'protocol.ts names the configuration section');
	for (const spec of settingSpecs) assert.ok(spec.name.startsWith(`${section}.`), spec.name);
});

test('activation is lazy: only our languages and our command', () => {
	const events = manifest.activationEvents ?? [];
	const protocol = fs.readFileSync(path.join(root, 'server/src/protocol.ts'), 'utf8');
	const served = new Set([...(manifest.contributes.languages ?? []).map((language) => language.id), ...[...(protocol.match(/languageIds\s*=\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((m) => m[1])]);
	const commands = new Set((manifest.contributes.commands ?? []).map((command) => command.command));
	assert.ok(events.length > 0, 'activationEvents are declared');
	for (const event of events) {
		const [kind, arg] = event.split(/:(.*)/s);
		if (kind === 'onLanguage') assert.ok(served.has(arg), `${event} names a language Reseal serves`);
		else if (kind === 'onCommand') assert.ok(commands.has(arg), `${event} names a contributed command`);
		// Folders holding an answer file activate Reseal so their problems show before any file is opened.
		else if (kind === 'workspaceContains') assert.ok((fileNamePatterns as readonly string[]).includes(arg), `${event} names an answer-file pattern the client selects`);
		else assert.fail(`${event} is not lazy (allowed: onLanguage:<ours>, workspaceContains:<answer file>, onCommand:reseal.buildBundle)`);
	}
	for (const language of manifest.contributes.languages ?? []) assert.ok(events.includes(`onLanguage:${language.id}`), `onLanguage:${language.id} activates the extension`);
	assert.ok(events.includes('onCommand:reseal.buildBundle'));
	assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
});

test('LICENSE and .vscodeignore are in place', () => {
	assert.equal(manifest.license, 'MIT');
	assert.match(fs.readFileSync(path.join(root, 'LICENSE'), 'utf8'), /^MIT License/);
	const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
	const rules = ignore.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
	assert.equal(rules[0], '**', '.vscodeignore excludes everything first');
	for (const rule of rules.slice(1)) assert.ok(rule.startsWith('!'), `.vscodeignore only lets shipped paths back in (${rule})`);
	assert.ok(!rules.some((rule) => /map|node_modules|\.ts$|docs/.test(rule)), 'no source maps, node_modules, sources or docs are let back in');
});
