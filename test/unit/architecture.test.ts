/**
 * The layering ARCHITECTURE.md states, checked on every source file's imports
 * (static, dynamic and `require`), in the manner of rust-analyzer's tidy tests:
 * a new import that crosses a layer fails here, naming the file and the rule.
 * Also the size rule of the house (700 lines outside knowledge/ and parsers).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

type Layer = 'model' | 'knowledge' | 'services' | 'bundle' | 'util' | 'facade' | 'io' | 'cli' | 'protocol' | 'server' | 'client';

/** The layer of a source file (repository-relative, `/`-separated). */
function layerOf(rel: string): Layer | undefined {
	if (rel.startsWith('client/src/')) return 'client';
	const inServer = /^server\/src\/(.+)$/.exec(rel)?.[1];
	if (!inServer) return undefined;
	const folder = inServer.includes('/') ? inServer.slice(0, inServer.indexOf('/')) : undefined;
	if (folder === 'model' || folder === 'knowledge' || folder === 'services' || folder === 'bundle' || folder === 'util' || folder === 'io') return folder;
	if (folder === 'cli' || inServer === 'cli.ts') return 'cli';
	if (inServer === 'languageService.ts') return 'facade';
	// Names the server and the VS Code client share.
	if (inServer === 'protocol.ts') return 'protocol';
	if (['server.ts', 'main.ts', 'diagnosticsScheduler.ts', 'workspaceDiagnostics.ts'].includes(inServer)) return 'server';
	return undefined;
}

/** The layers below the adapters: no editor, no transport, no file system, no processes. */
const pure: ReadonlySet<Layer> = new Set(['model', 'knowledge', 'services', 'bundle', 'util', 'facade', 'protocol']);

/** Which layers each layer may import from (its own included). */
const mayImport: Record<Layer, readonly Layer[]> = {
	knowledge: ['knowledge'],
	util: ['util'],
	model: ['model', 'knowledge', 'util'],
	services: ['services', 'model', 'knowledge', 'util'],
	bundle: ['bundle', 'services', 'model', 'knowledge', 'util'],
	facade: ['services', 'model', 'knowledge', 'util'],
	io: ['io', 'bundle', 'services', 'model', 'knowledge', 'util'],
	protocol: [],
	cli: ['cli', 'io', 'facade', 'bundle', 'services', 'model', 'knowledge', 'util', 'protocol'],
	server: ['server', 'io', 'facade', 'services', 'model', 'knowledge', 'util', 'protocol'],
	client: ['client', 'io', 'facade', 'bundle', 'services', 'model', 'knowledge', 'util', 'protocol'],
};

const io = /^(node:)?(fs|fs\/promises|child_process)$/;
const transport = /^vscode-languageserver(\/.*)?$/;
const transportUsers = new Set(['server/src/server.ts', 'server/src/main.ts', 'server/src/diagnosticsScheduler.ts']);

function sourceFiles(dir: string, out: string[] = []): string[] {
	for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
		const rel = `${dir}/${entry.name}`;
		if (entry.isDirectory()) sourceFiles(rel, out);
		else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
	}
	return out;
}

/** Every module specifier a file imports or re-exports, including `import()` and `require()`. */
function importsOf(rel: string): string[] {
	const info = ts.preProcessFile(fs.readFileSync(path.join(root, rel), 'utf8'), true, true);
	return info.importedFiles.map((f) => f.fileName);
}

/** What one file does wrong, as readable lines. */
export function violations(rel: string, specifiers: readonly string[]): string[] {
	const layer = layerOf(rel);
	if (!layer) return [`${rel}: belongs to no layer; add it to layerOf in test/unit/architecture.test.ts and to ARCHITECTURE.md`];
	const out: string[] = [];
	for (const spec of specifiers) {
		if (spec.startsWith('.')) {
			const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec));
			const targetLayer = layerOf(target.endsWith('.ts') ? target : `${target}.ts`) ?? layerOf(`${target}/index.ts`);
			if (!targetLayer) out.push(`${rel}: imports ${spec}, outside the source layers`);
			else if (!mayImport[layer].includes(targetLayer)) out.push(`${rel} (${layer}) must not import ${spec} (${targetLayer})`);
			continue;
		}
		if (layer === 'knowledge') out.push(`${rel}: knowledge holds data only and imports nothing but knowledge/ (got ${spec})`);
		if (pure.has(layer) && io.test(spec)) out.push(`${rel} (${layer}) must not import ${spec}: file and process access belong to io/ and the adapters`);
		if (transport.test(spec) && !transportUsers.has(rel)) out.push(`${rel}: only server.ts, main.ts and diagnosticsScheduler.ts import the LSP transport (${spec})`);
		if (spec === 'vscode' && layer !== 'client') out.push(`${rel}: only client/ imports vscode`);
	}
	return out;
}

const files = [...sourceFiles('server/src'), ...sourceFiles('client/src')];

test('every source file belongs to a layer and imports only what its layer may', () => {
	assert.ok(files.length > 50, `found ${files.length} source files`);
	const problems = files.flatMap((rel) => violations(rel, importsOf(rel)));
	assert.deepEqual(problems, []);
});

test('the rules catch what they are meant to catch', () => {
	// Each line is a broken import the test above must reject.
	const broken: [string, string][] = [
		['server/src/bundle/planBundle.ts', 'node:fs'],
		['server/src/services/ini/sysprepInfService.ts', 'child_process'],
		['server/src/model/iniParser.ts', '../services/kindService'],
		['server/src/knowledge/sysprepInf.ts', 'vscode-languageserver-types'],
		['server/src/knowledge/sysprepInf.ts', '../services/ini/knowledgeIndex'],
		['server/src/languageService.ts', 'vscode-languageserver/node'],
		['server/src/services/registry.ts', 'vscode'],
		['server/src/io/bundleWriter.ts', '../cli/bundleCommand'],
		['server/src/util/decode.ts', '../model/iniParser'],
		['server/src/newLayer.ts', './languageService'],
		['client/src/extension.ts', '../../server/src/server'],
		['server/src/protocol.ts', './languageService'],
	];
	for (const [rel, spec] of broken) assert.notDeepEqual(violations(rel, [spec]), [], `${rel} importing ${spec}`);
	assert.deepEqual(violations('server/src/main.ts', ['vscode-languageserver/node']), []);
	assert.deepEqual(violations('client/src/extension.ts', ['vscode']), []);
	assert.deepEqual(violations('server/src/io/bundleWriter.ts', ['node:fs/promises', '../bundle/planBundle']), []);
});

test('knowledge/ exports data, not renderers: the only functions are the domain builders its tables use', () => {
	const found: string[] = [];
	for (const rel of files.filter((f) => layerOf(f) === 'knowledge' && !f.endsWith('/domains.ts'))) {
		const source = ts.createSourceFile(rel, fs.readFileSync(path.join(root, rel), 'utf8'), ts.ScriptTarget.ES2022, true);
		for (const statement of source.statements) {
			const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
			if (!exported) continue;
			if (ts.isFunctionDeclaration(statement)) found.push(`${rel}: function ${statement.name?.text}`);
			if (ts.isVariableStatement(statement)) {
				for (const d of statement.declarationList.declarations) {
					if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) found.push(`${rel}: ${d.name.getText()}`);
				}
			}
		}
	}
	assert.deepEqual(found, []);
});

test('every source path ARCHITECTURE.md names exists', () => {
	const doc = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
	const named = [...doc.matchAll(/\b((?:server|client)\/src\/[\w./-]*\w)/g)].map((m) => m[1]!);
	assert.ok(named.length > 5);
	const missing = named.filter((p) => !fs.existsSync(path.join(root, p)) && !fs.existsSync(path.join(root, `${p}.ts`)));
	assert.deepEqual([...new Set(missing)], []);
});

test('no source file above 700 lines outside knowledge/ and the parsers', () => {
	const long = files
		.filter((rel) => layerOf(rel) !== 'knowledge' && !/^server\/src\/model\/\w+Parser\.ts$/.test(rel))
		.map((rel) => ({ rel, lines: fs.readFileSync(path.join(root, rel), 'utf8').split('\n').length }))
		.filter((f) => f.lines > 700)
		.map((f) => `${f.rel}: ${f.lines} lines`);
	assert.deepEqual(long, []);
});
