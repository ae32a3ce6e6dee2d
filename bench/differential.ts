/**
 * Differential check (not part of `npm test`): the language service of a base
 * revision and of the working tree must answer every request identically.
 *
 *   node --import tsx bench/differential.ts [--base <git-ref> | --base-dir <dir>] [--random N]
 *
 * The base defaults to HEAD, extracted read-only with `git archive` into a
 * temporary folder. Both `server/src/languageService.ts` trees are bundled with
 * esbuild and loaded side by side. Documents: test/fixtures/**, examples/**,
 * ../shared/corpus (when present), the generated bench inputs, seeded random
 * mutations of all of those, and seeded random texts for every kind. Requests per
 * document: validation under several settings, repeated (and with a workspace view), code
 * actions for the diagnostics, completion, hover, definition and references at
 * sampled positions, symbols, folding and facts. Each document is also edited
 * one character at a time under one URI with rising versions (the way an editor
 * drives the cache). The bundle planner (`planBundle` with the real language
 * service) plans workspaces made of examples/workspace, each fixture folder and
 * each seed document next to the committed PE fixtures, in three encodings.
 * Answers are compared as JSON; the script prints the counts
 * and the first differences and exits 1 when there is any.
 *
 * unattend.xml documents are skipped by default (`--xml` includes them): that
 * kind is being worked on separately, so its answers are expected to move.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { BundleOptions, BundlePlan, InMemoryFile } from '../server/src/bundle/planBundle';
import type { LanguageService } from '../server/src/languageService';
import type { BatchModel, BatchWord } from '../server/src/model/batchNodes';
import type { IniDocument, IniLine } from '../server/src/model/iniParser';
import type { Settings, WorkspaceView } from '../server/src/services/kindService';
import { generateAll, prng } from './generate';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const at = args.indexOf(name);
	return at >= 0 ? args[at + 1] : undefined;
};
const includeXml = args.includes('--xml');
const randomCount = Number(option('--random') ?? '300');

interface Tree {
	readonly ls: LanguageService;
	readonly parseBatch: (text: string) => BatchModel;
	readonly parseIni: (text: string) => IniDocument;
	readonly plan: (files: readonly InMemoryFile[], options: BundleOptions) => BundlePlan;
}

async function bundle(sourceRoot: string, out: string): Promise<Tree> {
	const contents = "export { getLanguageService } from './server/src/languageService'; export { parseBatch } from './server/src/model/batchParser'; export { parseIni } from './server/src/model/iniParser'; export { analyzerFromLanguageService, planBundle } from './server/src/bundle/planBundle';";
	await build({ stdin: { contents, resolveDir: sourceRoot, loader: 'ts' }, outfile: out, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error', nodePaths: [path.join(root, 'node_modules')] });
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const loaded = require(out) as {
		getLanguageService: () => LanguageService;
		parseBatch: Tree['parseBatch'];
		parseIni: Tree['parseIni'];
		planBundle: (files: readonly InMemoryFile[], analyzer: unknown, options: BundleOptions) => BundlePlan;
		analyzerFromLanguageService: (ls: LanguageService) => unknown;
	};
	const ls = loaded.getLanguageService();
	const analyzer = loaded.analyzerFromLanguageService(ls);
	return { ls, parseBatch: loaded.parseBatch, parseIni: loaded.parseIni, plan: (files, options) => loaded.planBundle(files, analyzer, options) };
}

/** The parsed models as plain data (getters read), so compact nodes compare with plain ones. */
function batchData(model: BatchModel): unknown {
	const word = (w: BatchWord | undefined) => w && [w.text, w.value, w.offset, w.length, w.quoted];
	return {
		commands: model.commands.map((c) => [c.index, c.offset, c.length, c.line, word(c.name), c.program, c.args.map(word), c.redirects.map((r) => [r.op, r.offset, r.length, word(r.target)]), c.silent, c.depth, c.connector, c.guard, c.launch && [word(c.launch.word), c.launch.program, c.launch.extension, c.launch.args.map(word), c.launch.viaStart, c.launch.waits]]),
		variables: model.variables.map((v) => [v.kind, v.name, v.text, v.offset, v.length, v.line, v.modifiers]),
		rest: [model.blocks, model.labels, model.labelRefs, model.comments, model.assignments, model.delayedExpansion, model.notBatch, model.problems, model.lineStarts, model.text],
	};
}

function iniData(doc: IniDocument): unknown {
	const line = (l: IniLine) => (l.type === 'entry' ? [l.type, l.key, l.keySpan, l.value, l.rawValue, l.valueSpan, l.equalsColumn, l.quoted, l.lineSpan] : [l.type, l.value, l.rawValue, l.valueSpan, l.quoted, l.lineSpan]);
	return {
		sections: doc.sections.map((s) => [s.name, s.nameSpan, s.headerSpan, s.lastContentLine, s.lines.map(line)]),
		preamble: doc.preamble.map(line),
		rest: [doc.comments, doc.problems, doc.lineCount, doc.lineLengths, doc.eol],
	};
}

function baseTree(tmp: string): string {
	const dir = option('--base-dir');
	if (dir) return path.resolve(dir);
	const ref = option('--base') ?? 'HEAD';
	const out = path.join(tmp, 'base');
	fs.mkdirSync(out, { recursive: true });
	// Read-only: `git archive` writes the tree of `ref` to stdout; nothing in the repository changes.
	const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', ref, 'server/src'], { maxBuffer: 256 * 1024 * 1024 });
	execFileSync('tar', ['-x', '-C', out], { input: tar });
	return out;
}

interface Doc {
	readonly label: string;
	readonly uri: string;
	readonly languageId: string;
	readonly text: string;
}

function walk(dir: string, out: string[] = []): string[] {
	if (!fs.existsSync(dir)) return out;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (entry.isFile()) out.push(full);
	}
	return out;
}

const languageIds: Record<string, string> = { 'sysprep-inf': 'sysprep-inf', 'unattend-txt': 'sysprep-inf', 'winbom-ini': 'winbom-ini', cmdlines: 'cmdlines', bat: 'bat', 'unattend-xml': 'xml' };
/** A file name per kind, for texts that have none. */
const namesByKind: Record<string, string> = { 'sysprep-inf': 'Sysprep.inf', 'unattend-txt': 'Unattend.txt', 'winbom-ini': 'Winbom.ini', cmdlines: 'Cmdlines.txt', bat: 'reseal.bat' };

function collect(ls: LanguageService): Doc[] {
	const docs: Doc[] = [];
	const files = [...walk(path.join(root, 'test/fixtures')), ...walk(path.join(root, 'examples')), ...walk(path.resolve(root, '../shared/corpus'))];
	for (const file of files) {
		const kind = ls.kindOf(file);
		if (!kind || (kind === 'unattend-xml' && !includeXml)) continue;
		const buffer = fs.readFileSync(file);
		if (buffer.length > 4 * 1024 * 1024) continue;
		const rel = path.relative(path.resolve(root, '..'), file);
		docs.push({ label: rel, uri: `file:///work/${rel.split(path.sep).map(encodeURIComponent).join('/')}`, languageId: languageIds[kind] ?? 'plaintext', text: buffer.toString('latin1') });
	}
	for (const file of generateAll()) docs.push({ label: `bench:${file.rel}`, uri: `file:///bench/${file.rel.split('/').map(encodeURIComponent).join('/')}`, languageId: file.languageId, text: file.text });
	return docs;
}

const alphabet = ['[', ']', '=', '"', '""', ';', '#', '//', ' ', '\t', '\r', '\n', '\r\n', 'a', 'Z', 'REM ', 'rem', '%', '%%', '!', '^', '&', '&&', '|', '||', '>', '2>&1', '<', '(', ')', ':', '::', '~', 'dp0', '%%~nxi', '%SystemRoot%', '!x!', ':~0,2', 'x:a=b', ',', '\\', '/', '-', 'é', '\u0000', '\ufeff', ' = ', 'if ', 'else ', 'for ', ' in (', ') do ', 'set ', 'call :', 'goto ', 'echo ', 'start /wait ', 'cmd /c ', 'sysprep -reseal -mini -quiet', 'net stop ', 'sc config ', 'pskill', 'setlocal enabledelayedexpansion', '[Unattended]', '[GuiRunOnce]', '[Commands]', '[SysprepMassStorage]', '[OEMRunOnce]', 'OemSkipEula', 'InstallFilesPath', 'Command0', 'TimeZone', '\\\\server\\share', 'msiexec /i x.msi', 'shutdown -r', 'regedit /s a.reg', '"cmd /c a.cmd"', 'PCI\\VEN_8086&DEV_2922'];

function randomText(r: () => number, length: number): string {
	let out = '';
	while (out.length < length) out += alphabet[Math.floor(r() * alphabet.length)];
	return out;
}

function mutate(r: () => number, text: string): string {
	const lines = text.split(/(?<=\n)/);
	const edits = 1 + Math.floor(r() * 6);
	for (let k = 0; k < edits && lines.length > 0; k++) {
		const at = Math.floor(r() * lines.length);
		const choice = r();
		if (choice < 0.25) lines.splice(at, 1);
		else if (choice < 0.5) lines.splice(at, 0, lines[Math.floor(r() * lines.length)]);
		else {
			const line = lines[at];
			const col = Math.floor(r() * (line.length + 1));
			const insert = choice < 0.8 ? alphabet[Math.floor(r() * alphabet.length)] : '';
			lines[at] = line.slice(0, col) + insert + line.slice(col + (choice >= 0.8 ? 1 + Math.floor(r() * 4) : 0));
		}
	}
	return lines.join('');
}

/** A fake workspace holding the document next to a Sysprep.inf, so cross-file rules run. */
function workspaceFor(doc: Doc, infText: string): WorkspaceView {
	const rel = doc.uri.startsWith('file:///bench/') ? decodeURIComponent(doc.uri.slice('file:///bench/'.length)) : `Sysprep/i386/$OEM$/${decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1))}`;
	const files = ['Sysprep/Sysprep.inf', 'Sysprep/sysprep.exe', 'Sysprep/unattend.xml', rel];
	return { listFiles: () => files, readText: (p) => (p.toLowerCase() === 'sysprep/sysprep.inf' ? infText : p === rel ? doc.text : undefined) };
}

function positions(text: string, r: () => number, budget: number): { line: number; character: number }[] {
	const lines = text.split(/\r\n|\r|\n/);
	const out: { line: number; character: number }[] = [];
	const step = Math.max(1, Math.floor(lines.length / budget));
	for (let line = 0; line < lines.length && out.length < budget * 3; line += step) {
		const length = lines[line].length;
		out.push({ line, character: 0 }, { line, character: Math.floor(r() * (length + 1)) }, { line, character: length });
	}
	out.push({ line: lines.length + 3, character: 2 }, { line: 0, character: 10_000 });
	return out;
}

async function main(): Promise<void> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-differential-'));
	try {
		const baseTreeModules = await bundle(baseTree(tmp), path.join(tmp, 'base.js'));
		const headTreeModules = await bundle(root, path.join(tmp, 'head.js'));
		const base = baseTreeModules.ls;
		const head = headTreeModules.ls;
		const r = prng(20240611);
		const seeds = collect(head);
		const docs: Doc[] = [...seeds];
		for (let k = 0; k < randomCount; k++) {
			const source = seeds[Math.floor(r() * seeds.length)];
			const text = source.text.length > 200_000 ? source.text.slice(0, 200_000) : source.text;
			docs.push({ ...source, label: `mutation ${k} of ${source.label}`, uri: `${source.uri}?m=${k}`, text: mutate(r, text) });
		}
		for (const kind of Object.keys(namesByKind)) {
			for (let k = 0; k < Math.max(1, Math.floor(randomCount / 10)); k++) {
				docs.push({ label: `random ${kind} ${k}`, uri: `file:///random/${k}/${namesByKind[kind]}`, languageId: languageIds[kind], text: randomText(r, Math.floor(r() * 3000)) });
			}
		}
		const infText = seeds.find((doc) => doc.label.endsWith('Sysprep.inf'))?.text ?? '[Unattended]\r\nInstallFilesPath = C:\\Sysprep\\i386\r\n';
		const settingsVariants: Partial<Settings>[] = [{}, { target: 'xp', architecture: 'x64', maxDiagnostics: 5 }, { batchSupport: 'sysprep' }];
		let requests = 0;
		let differences = 0;
		const shown: string[] = [];
		const compare = (doc: Doc, what: string, run: (ls: LanguageService) => unknown) => {
			requests++;
			const a = JSON.stringify(safe(() => run(base)));
			const b = JSON.stringify(safe(() => run(head)));
			if (a !== b) {
				differences++;
				if (shown.length < 15) shown.push(`${doc.label} · ${what}\n    base: ${a?.slice(0, 400)}\n    head: ${b?.slice(0, 400)}`);
			}
		};
		// The parsers themselves, on every text as both a batch script and an answer file.
		const variableAlphabet = ['%', '%%', '!', '~', ':', ':~', '-', ',', '=', '1', '9', '*', 'a', 'Z', 'f', 'd', 'p', '$', 'x', ' ', '\t', '\r', '\n', '\r\n', '"', '^', '&', '|', '<', '>', '::', 'rem ', 'setlocal enabledelayedexpansion\n', '\u00a0', '\u2028'];
		const modelTexts = docs.map((doc) => doc.text);
		for (let k = 0; k < randomCount * 3; k++) {
			let text = '';
			const length = Math.floor(r() * 200);
			while (text.length < length) text += variableAlphabet[Math.floor(r() * variableAlphabet.length)];
			modelTexts.push(text);
		}
		let models = 0;
		for (const text of modelTexts) {
			models++;
			compare({ label: `model text ${models}` } as Doc, 'parseBatch', (ls) => batchData((ls === base ? baseTreeModules : headTreeModules).parseBatch(text)));
			compare({ label: `model text ${models}` } as Doc, 'parseIni', (ls) => iniData((ls === base ? baseTreeModules : headTreeModules).parseIni(text)));
		}
		for (const doc of docs) {
			const document = TextDocument.create(doc.uri, doc.languageId, 1, doc.text);
			let diagnostics: unknown[] = [];
			for (const settings of settingsVariants) {
				compare(doc, `validation ${JSON.stringify(settings)}`, (ls) => (diagnostics = ls.doValidation(document, settings)));
			}
			// The same version under the same settings again (the façade may answer from its cache).
			compare(doc, 'validation repeated', (ls) => ls.doValidation(document, settingsVariants[settingsVariants.length - 1]));
			compare(doc, 'validation with workspace', (ls) => ls.doValidation(document, {}, workspaceFor(doc, infText)));
			compare(doc, 'validation with workspace repeated', (ls) => ls.doValidation(document, {}, workspaceFor(doc, infText)));
			const all = { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } };
			compare(doc, 'code actions', (ls) => ls.doCodeActions(document, all, ls.doValidation(document)));
			compare(doc, 'symbols', (ls) => ls.findDocumentSymbols(document));
			compare(doc, 'folding', (ls) => ls.getFoldingRanges(document));
			compare(doc, 'facts', (ls) => ls.getFacts(document));
			compare(doc, 'facts xp', (ls) => ls.getFacts(document, { target: 'xp' }));
			for (const position of positions(doc.text, r, doc.text.length > 100_000 ? 40 : 25)) {
				const at = `${position.line}:${position.character}`;
				compare(doc, `completion ${at}`, (ls) => ls.doComplete(document, position));
				compare(doc, `hover ${at}`, (ls) => ls.doHover(document, position));
				compare(doc, `definition ${at}`, (ls) => ls.findDefinition(document, position));
				compare(doc, `references ${at}`, (ls) => ls.findReferences(document, position));
				const range = { start: position, end: position };
				compare(doc, `code actions ${at}`, (ls) => ls.doCodeActions(document, range, diagnostics as never));
			}
			// An editing session: one-character edits under one URI with rising versions.
			if (doc.text.length < 300_000) {
				let current = document;
				const er = prng(doc.text.length + 17);
				for (let step = 0; step < 8; step++) {
					const line = Math.floor(er() * current.lineCount);
					const lineText = current.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
					const character = Math.floor(er() * (lineText.length + 1));
					const text = er() < 0.6 ? alphabet[Math.floor(er() * alphabet.length)] : '';
					const end = text === '' ? { line, character: character + 1 } : { line, character };
					const content = TextDocument.applyEdits(current, [{ range: { start: { line, character }, end }, newText: text }]);
					current = TextDocument.create(doc.uri, doc.languageId, current.version + 1, content);
					const edited = current;
					compare(doc, `edit ${step + 1} validation`, (ls) => ls.doValidation(edited));
					compare(doc, `edit ${step + 1} hover`, (ls) => ls.doHover(edited, { line, character }));
					compare(doc, `edit ${step + 1} completion`, (ls) => ls.doComplete(edited, { line, character: character + text.length }));
				}
			}
			for (const ls of [base, head]) ls.forget(doc.uri);
		}
		// The bundle planner over whole workspaces.
		const bundleOptions: BundleOptions[] = [{}, { os: 'xp', arch: 'x86' }, { os: '2003', arch: 'x64', deployCab: { path: 'Deploy.cab', bytes: fs.readFileSync(path.join(root, 'test/fixtures/bundle/bin/deploy-mszip.cab')) } }];
		const workspaces = bundleWorkspaces(seeds, (uri) => head.kindOf(decodeURIComponent(uri)));
		for (const workspace of workspaces) {
			for (const options of bundleOptions) {
				compare({ label: `bundle ${workspace.label}` } as Doc, `plan ${options.os ?? ''}${options.arch ?? ''}${options.deployCab ? ' deploy-cab' : ''}`, (ls) => planData((ls === base ? baseTreeModules : headTreeModules).plan(workspace.files, options)));
			}
		}
		console.log(`${workspaces.length} workspaces planned as bundles under ${bundleOptions.length} option sets.`);
		console.log(`${docs.length} documents (${seeds.length} files and bench inputs, ${docs.length - seeds.length} random) and ${models} texts parsed as batch and INI models; ${requests} requests and models compared, ${differences} differences.`);
		if (shown.length > 0) console.log(`First differences:\n  ${shown.join('\n  ')}`);
		process.exitCode = differences === 0 ? 0 : 1;
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

/** Files below `dir` as in-memory workspace files (paths relative to `dir`). */
function filesUnder(dir: string): InMemoryFile[] {
	return walk(dir).map((file) => ({ path: path.relative(dir, file).split(path.sep).join('/'), bytes: fs.readFileSync(file) }));
}

/** A plan as plain data: generated bytes as base64. */
function planData(plan: BundlePlan): unknown {
	return { ...plan, files: plan.files.map((f) => (f.source.kind === 'generated' ? { ...f, source: { kind: 'generated', base64: Buffer.from(f.source.bytes).toString('base64') } } : f)) };
}

/** Workspaces for the bundle planner: real folders, and every seed document placed under its kind's name. */
function bundleWorkspaces(seeds: readonly Doc[], kindOf: (file: string) => string | undefined): { label: string; files: InMemoryFile[] }[] {
	const bin = path.join(root, 'test/fixtures/bundle/bin');
	if (!fs.existsSync(bin)) return [];
	const exes = (flavour: string) => ['sysprep.exe', 'setupcl.exe', 'factory.exe'].map((name) => ({ path: `deploy/${name}`, bytes: fs.readFileSync(path.join(bin, flavour, name)) }));
	const tool = fs.readFileSync(path.join(bin, 'x86-5.1/sysprep.exe'));
	const out: { label: string; files: InMemoryFile[] }[] = [{ label: 'examples/workspace', files: [...filesUnder(path.join(root, 'examples/workspace')), ...exes('x86-5.2')] }];
	for (const entry of fs.readdirSync(path.join(root, 'test/fixtures'), { withFileTypes: true })) {
		if (entry.isDirectory() && entry.name !== 'bundle') out.push({ label: `test/fixtures/${entry.name}`, files: [...filesUnder(path.join(root, 'test/fixtures', entry.name)), ...exes('x86-5.1')] });
	}
	const base: InMemoryFile[] = [
		{ path: 'answer/Sysprep.inf', bytes: Buffer.from('[Unattended]\r\nOemSkipEula=Yes\r\nInstallFilesPath=C:\\Sysprep\\i386\r\n[GuiUnattended]\r\nAdminPassword="Secr3tValue"\r\n', 'latin1') },
		{ path: 'answer/Cmdlines.txt', bytes: Buffer.from('[Commands]\r\n"C:\\Sysprep\\post.cmd"\r\n', 'latin1') },
		{ path: 'scripts/reseal.bat', bytes: Buffer.from('@echo off\r\nsync.exe -r\r\nC:\\Sysprep\\sysprep.exe -reseal -mini -quiet\r\n', 'latin1') },
		{ path: 'tools/sync.exe', bytes: tool },
		{ path: 'drivers/nic/e100b.inf', bytes: Buffer.from('[Version]\r\n', 'latin1') },
	];
	const encodings: [string, (text: string) => Buffer][] = [
		['latin1', (text) => Buffer.from(text, 'latin1')],
		['utf-16le BOM', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
		['utf-8 BOM', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
	];
	for (const doc of seeds) {
		const kind = kindOf(doc.uri);
		const name = kind === 'bat' ? doc.uri.slice(doc.uri.lastIndexOf('/') + 1) : kind ? namesByKind[kind] : undefined;
		if (!name || kind === 'unattend-xml' || doc.text.length > 200_000) continue;
		const folder = kind === 'bat' ? 'scripts' : 'answer';
		for (const [encoding, encode] of encodings) {
			const files = base.filter((f) => f.path.toLowerCase() !== `${folder}/${name}`.toLowerCase() && !(kind === 'sysprep-inf' && f.path === 'answer/Sysprep.inf'));
			out.push({ label: `${doc.label} (${encoding})`, files: [...files, { path: `${folder}/${decodeURIComponent(name)}`, bytes: encode(doc.text) }, ...exes('x86-5.1')] });
		}
	}
	return out;
}

function safe(run: () => unknown): unknown {
	try {
		return run();
	} catch (error) {
		return { thrown: error instanceof Error ? error.message : String(error) };
	}
}

void main();
