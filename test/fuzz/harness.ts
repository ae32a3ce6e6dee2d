/**
 * Robustness harness: `fast-check` arbitraries biased toward answer-file and
 * batch syntax, and the properties every parser and every language-service
 * entry point must satisfy on any input.
 *
 * The properties iterate over `kindServices` (the registry), so a kind that
 * lands later is covered without touching this file. `npm run fuzz`
 * (`test/fuzz/run.ts`) runs them at volume; `test/unit/robustness.test.ts`
 * runs a small fixed-seed slice in `npm test`.
 *
 * Invariants checked on every result:
 * - no exception escapes a kind service (called directly, so the façade's
 *   catch-all cannot hide one) and the façade never reports
 *   `reseal.internal-error`;
 * - every range lies inside the document (line < lineCount, character ≤ the
 *   line's length, start ≤ end), symbols nest, folds are ordered;
 * - completion and code-action edits apply cleanly (no overlap, in range);
 * - same input → same output (fresh service, same service, twice);
 * - after any sequence of edits the long-lived service answers exactly like a
 *   fresh one (the parse cache never serves stale results).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, Position, Range, SelectionRange, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService, limitDiagnostics, type LanguageService } from '../../server/src/languageService';
import { kindOf } from '../../server/src/model/documentKind';
import { parseIni } from '../../server/src/model/iniParser';
import { parseBatch } from '../../server/src/model/batchParser';
import { defaultSettings, type DocumentFacts, type DocumentKind, type KindService, type RequestContext, type Settings } from '../../server/src/services/kindService';
import { kindServices } from '../../server/src/services/registry';

export const repoRoot = path.resolve(__dirname, '../..');

/** A file name and language id per kind; `kindOf` must map them back to the kind. */
const kindFiles: Record<DocumentKind, { readonly name: string; readonly languageId: string }> = {
	'sysprep-inf': { name: 'Sysprep.inf', languageId: 'sysprep-inf' },
	'unattend-txt': { name: 'Unattend.txt', languageId: 'sysprep-inf' },
	'winbom-ini': { name: 'Winbom.ini', languageId: 'winbom-ini' },
	cmdlines: { name: 'Cmdlines.txt', languageId: 'cmdlines' },
	bat: { name: 'sysprep.bat', languageId: 'bat' },
	'unattend-xml': { name: 'unattend.xml', languageId: 'unattend-xml' },
	'setup-log': { name: 'setupact.log', languageId: 'setup-log' },
	embedded: { name: 'autounattend.xml.j2', languageId: 'jinja' },
};

/** The kinds registered right now: the harness covers exactly these. */
export function registeredKinds(): DocumentKind[] {
	return [...kindServices.keys()];
}

let documentCounter = 0;

/** A fresh URI per call (so the long-lived service's cache also sees eviction). */
export function uriFor(kind: DocumentKind, unique = true): string {
	const file = kindFiles[kind] ?? { name: `file.${kind}`, languageId: kind };
	return unique ? `file:///fuzz/case-${++documentCounter}/${file.name}` : `file:///fuzz/${file.name}`;
}

export function documentFor(kind: DocumentKind, text: string, version = 1, uri = uriFor(kind)): TextDocument {
	const file = kindFiles[kind] ?? { name: `file.${kind}`, languageId: kind };
	const document = TextDocument.create(uri, file.languageId, version, text);
	assert.equal(kindOf(document.uri, document.languageId), kind, `harness: ${uri} must resolve to ${kind}`);
	return document;
}

// ---------------------------------------------------------------------------
// Arbitraries

const tokens = [
	'[', ']', '=', '"', ';', '%', '^', '(', ')', '&', '|', '>', '<', ':', ',', '!', '\\', '/', '*', '?', '#', '@', '-',
	'\r', '\n', '\r\n', '\r\n', '\n', '\t', ' ', ' ', '  ', '\0', '\uD800', '\uDC00', '\uDBFF', '\uFFFD', '\uFEFF', 'é', 'Ω', 'ß', '中', '😀', '\u202E', '\u0085', '\u2028',
	'[Unattended]', '[GuiUnattended]', '[UserData]', '[Identification]', '[Networking]', '[Sysprep]', '[SysprepMassStorage]', '[GuiRunOnce]', '[Factory]', '[WinPE]', '[Commands]', '[LicenseFilePrintData]', '[Display]', '[RegionalSettings]',
	'OemSkipEula=Yes', 'InstallFilesPath=C:\\Sysprep\\i386', 'OemPnPDriversPath=drivers\\nic;drivers\\video', 'AdminPassword="p@ss"', 'ProductKey=ABCDE-FGHIJ-KLMNO-PQRST-UVWXY', 'TimeZone=85', 'JoinDomain=CORP', 'DomainAdminPassword=x', 'UpdateInstalledDrivers=Yes', 'FactoryComputerName', 'ComputerName=*', 'OrgName="Contoso"', 'Password=secret', 'DriverSigningPolicy=Ignore', 'AutoLogon=Yes', 'AutoLogonCount=1', 'Command0="C:\\x.cmd"', 'BuildMassStorageSection=Yes', 'ExtendOemPartition=1', 'Mode=Mini', 'ResetSource=', 'JoinWorkgroup=WORKGROUP',
	'"C:\\Sysprep\\i386\\$OEM$\\cmd.cmd"', 'pci\\ven_8086&dev_7111="C:\\WINDOWS\\inf\\mshdc.inf"', 'primary_ide_channel=%systemroot%\\inf\\mshdc.inf',
	'@echo off', 'echo', 'rem ', '::', 'goto :eof', 'goto ', ':label', ':end', 'call :sub', 'if ', 'if not exist ', 'if errorlevel 1 ', ' else ', 'for %%a in (', ') do ', 'set ', 'set /p x=', 'setlocal EnableDelayedExpansion', 'endlocal', '%~dp0', '%1', '%%i', '%x%', '!x!', '%x:~1,2%', '%x:a=b%',
	'sysprep.exe -reseal -mini -quiet', 'C:\\Sysprep\\sysprep.exe -factory', 'start /wait ', 'cmd /c ', 'exit /b 0', 'sync.exe', 'kill.exe', 'net stop ', 'sc config ', 'reg add HKLM\\x /v y /d z /f', '>nul 2>&1', '2>&1', '^&', '^\r\n', '""', '"""',
	'C:\\Sysprep', '%SystemDrive%\\Sysprep\\drivers', '..\\..\\', 'D:\\', '\\\\server\\share',
];

const tokenArb = fc.constantFrom(...tokens);
const unicodeChunk = fc.string({ unit: 'grapheme', maxLength: 4 });
const anyCodeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 });
const asciiWord = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-'.split('')), maxLength: 10 });

/** Random text: mostly syntax tokens, some words, some arbitrary UTF-16 (lone surrogates, NUL, controls). */
export const tokenText: fc.Arbitrary<string> = fc
	.array(fc.oneof({ arbitrary: tokenArb, weight: 10 }, { arbitrary: asciiWord, weight: 4 }, { arbitrary: unicodeChunk, weight: 1 }, { arbitrary: anyCodeUnits, weight: 1 }), { maxLength: 120 })
	.map((parts) => parts.join(''));

/** Real files of the project (fixtures, examples), decoded as Windows would. */
export const seedFiles: readonly string[] = (() => {
	const out: string[] = [];
	const roots = ['test/fixtures/inf', 'test/fixtures/bat', 'examples', 'test/e2e/workspace'].map((r) => path.join(repoRoot, r));
	const walk = (dir: string): void => {
		let entries: fs.Dirent[];
		try {
			entries = fs.readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries) {
			const abs = path.join(dir, e.name);
			if (e.isDirectory()) walk(abs);
			else if (/\.(inf|bat|cmd|txt|ini|sif)$/i.test(e.name) && !e.name.endsWith('.expected.txt')) {
				const bytes = fs.readFileSync(abs);
				if (bytes.length < 64 * 1024) out.push(bytes.toString('latin1'));
			}
		}
	};
	for (const r of roots) walk(r);
	return out.length > 0 ? out : ['[Unattended]\r\nOemSkipEula=Yes\r\n'];
})();

/** A real file with random splices: realistic structure, hostile details. */
export const mutatedSeed: fc.Arbitrary<string> = fc
	.tuple(
		fc.constantFrom(...seedFiles),
		fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), tokenText), { maxLength: 6 }),
	)
	.map(([seed, splices]) => {
		let text = seed;
		for (const [at, remove, insert] of splices) {
			const offset = Math.floor(at * text.length);
			text = text.slice(0, offset) + insert.slice(0, 80) + text.slice(offset + remove);
		}
		return text;
	});

export const hostileText: fc.Arbitrary<string> = fc.oneof({ arbitrary: tokenText, weight: 3 }, { arbitrary: mutatedSeed, weight: 2 }, { arbitrary: fc.string({ maxLength: 60 }), weight: 1 });

/** Positions inside, at the edges of and past the end of a document (a few negative ones too). */
export const positionArb: fc.Arbitrary<Position> = fc.record({
	line: fc.oneof(fc.nat({ max: 40 }), fc.constantFrom(0, 1, 1e6, 2 ** 31 - 1), fc.integer({ min: -3, max: -1 })),
	character: fc.oneof(fc.nat({ max: 120 }), fc.constantFrom(0, 1e6, 2 ** 31 - 1), fc.integer({ min: -3, max: -1 })),
});

export const rangeArb: fc.Arbitrary<Range> = fc.tuple(positionArb, positionArb).map(([a, b]) => ({ start: a, end: b }));

export const settingsArb: fc.Arbitrary<Partial<Settings>> = fc.record(
	{
		target: fc.constantFrom('xp' as const, '2003' as const),
		architecture: fc.constantFrom('x86' as const, 'x64' as const, 'ia64' as const),
		batchSupport: fc.constantFrom('all' as const, 'sysprep' as const, 'off' as const),
		maxDiagnostics: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1000)),
	},
	{ requiredKeys: [] },
);

/** One edit: replace [start, start+remove) (as fractions of the text) with `insert`; sometimes a full replacement. */
export const editArb = fc.oneof(
	{ arbitrary: fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 30 }), insert: fc.oneof(tokenText.map((t) => t.slice(0, 40)), fc.constantFrom('', '\r\n', '[', ']', '=', '"', '(', ')')) }), weight: 8 },
	{ arbitrary: fc.record({ full: hostileText }), weight: 1 },
	{ arbitrary: fc.record({ pastEnd: fc.constantFrom('x', '\r\n', '') }), weight: 1 },
);
export type EditSpec = { at: number; remove: number; insert: string } | { full: string } | { pastEnd: string };

// ---------------------------------------------------------------------------
// Range checks

export function lineLengthsOf(text: string): number[] {
	return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function isPosition(value: unknown): value is Position {
	return typeof value === 'object' && value !== null && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}

export function assertPosition(position: unknown, lengths: readonly number[], what: string): void {
	assert.ok(isPosition(position), `${what}: not a position: ${JSON.stringify(position)}`);
	const { line, character } = position;
	assert.ok(Number.isInteger(line) && Number.isInteger(character), `${what}: non-integer position ${JSON.stringify(position)}`);
	assert.ok(line >= 0 && line < lengths.length, `${what}: line ${line} outside 0..${lengths.length - 1}`);
	assert.ok(character >= 0 && character <= lengths[line]!, `${what}: character ${character} past line ${line} (length ${lengths[line]})`);
}

export function assertRange(range: Range | undefined, lengths: readonly number[], what: string): void {
	assert.ok(range && typeof range === 'object', `${what}: missing range`);
	assertPosition(range.start, lengths, `${what}.start`);
	assertPosition(range.end, lengths, `${what}.end`);
	assert.ok(before(range.start, range.end), `${what}: start after end ${JSON.stringify(range)}`);
}

function before(a: Position, b: Position): boolean {
	return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
	return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** What the façade does with a position: clamp into the document. */
export function clamp(document: TextDocument, position: Position): Position {
	const line = Math.max(0, Math.min(position.line, document.lineCount - 1));
	return document.positionAt(document.offsetAt({ line, character: Math.max(0, position.character) }));
}

function applyCleanly(document: TextDocument, edits: readonly TextEdit[], what: string): string {
	const lengths = lineLengthsOf(document.getText());
	edits.forEach((edit, i) => {
		assertRange(edit.range, lengths, `${what}[${i}]`);
		assert.equal(typeof edit.newText, 'string', `${what}[${i}].newText`);
	});
	try {
		return TextDocument.applyEdits(document, [...edits]);
	} catch (error) {
		assert.fail(`${what}: edits do not apply: ${(error as Error).message} ${JSON.stringify(edits)}`);
	}
}

// ---------------------------------------------------------------------------
// Per-result checks

export function checkDiagnostics(document: TextDocument, diagnostics: readonly Diagnostic[], settings: Partial<Settings>): void {
	const lengths = lineLengthsOf(document.getText());
	assert.ok(Array.isArray(diagnostics), 'validate: not an array');
	const cap = settings.maxDiagnostics ?? defaultSettings.maxDiagnostics;
	assert.ok(diagnostics.length <= cap + 1, `validate: ${diagnostics.length} diagnostics exceed maxDiagnostics ${cap} (+1 summary)`);
	diagnostics.forEach((d, i) => {
		assertRange(d.range, lengths, `diagnostic[${i}] ${String(d.code)}`);
		assert.notEqual(d.code, 'reseal.internal-error', `validate: internal error: ${d.message}`);
		assert.ok(typeof d.message === 'string' && d.message.length > 0, `diagnostic[${i}]: empty message`);
		for (const [j, related] of (d.relatedInformation ?? []).entries()) {
			if (related.location.uri === document.uri) assertRange(related.location.range, lengths, `diagnostic[${i}].related[${j}]`);
		}
	});
}

export function checkCompletion(document: TextDocument, list: CompletionList, position: Position): void {
	assert.ok(list && Array.isArray(list.items), 'complete: no item list');
	const at = clamp(document, position);
	list.items.forEach((item, i) => {
		assert.ok(typeof item.label === 'string' && item.label.length > 0, `completion[${i}]: empty label`);
		const edit = item.textEdit;
		if (edit) {
			const range = 'range' in edit ? edit.range : edit.replace;
			const ranges = 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
			for (const r of ranges) {
				assert.ok(r.start.line === at.line && r.end.line === at.line, `completion[${i}] ${item.label}: edit range ${JSON.stringify(r)} not on the line of ${JSON.stringify(at)}`);
				assert.ok(r.start.character <= at.character && at.character <= r.end.character, `completion[${i}] ${item.label}: edit range ${JSON.stringify(r)} does not contain ${JSON.stringify(at)}`);
			}
			applyCleanly(document, [{ range, newText: edit.newText }, ...(item.additionalTextEdits ?? [])], `completion[${i}] ${item.label} edits`);
		} else if (item.additionalTextEdits) {
			applyCleanly(document, item.additionalTextEdits, `completion[${i}] ${item.label} additionalTextEdits`);
		}
	});
}

export function checkHover(document: TextDocument, hover: Hover | null): void {
	if (!hover) return;
	assert.ok(hover.contents, 'hover: no contents');
	if (hover.range) assertRange(hover.range, lineLengthsOf(document.getText()), 'hover.range');
}

/** Applies every action's edit; returns the edited texts. */
export function checkCodeActions(document: TextDocument, actions: readonly CodeAction[]): string[] {
	assert.ok(Array.isArray(actions), 'codeActions: not an array');
	const texts: string[] = [];
	const lengths = lineLengthsOf(document.getText());
	actions.forEach((action, i) => {
		assert.ok(typeof action.title === 'string' && action.title.length > 0, `codeAction[${i}]: empty title`);
		for (const [j, d] of (action.diagnostics ?? []).entries()) assert.ok(d.range, `codeAction[${i}].diagnostics[${j}]: no range`);
		const edit = action.edit;
		if (!edit) return;
		const editsFor: TextEdit[][] = [];
		for (const [uri, edits] of Object.entries(edit.changes ?? {}) as [string, TextEdit[]][]) {
			assert.equal(uri, document.uri, `codeAction[${i}] ${action.title}: edits another document ${uri}`);
			editsFor.push(edits);
		}
		for (const change of edit.documentChanges ?? []) {
			if (!('textDocument' in change)) assert.fail(`codeAction[${i}] ${action.title}: file operation in a quick-fix`);
			assert.equal(change.textDocument.uri, document.uri, `codeAction[${i}] ${action.title}: edits another document`);
			if (change.textDocument.version !== null) assert.equal(change.textDocument.version, document.version, `codeAction[${i}] ${action.title}: edit for another version`);
			editsFor.push(change.edits.map((e: TextEdit) => ({ range: e.range, newText: e.newText })));
		}
		for (const edits of editsFor) {
			edits.forEach((e, k) => assertRange(e.range, lengths, `codeAction[${i}] ${action.title} edit[${k}]`));
			texts.push(applyCleanly(document, edits, `codeAction[${i}] ${action.title}`));
		}
	});
	return texts;
}

export function checkSymbols(document: TextDocument, symbols: readonly DocumentSymbol[]): void {
	const lengths = lineLengthsOf(document.getText());
	const walk = (list: readonly DocumentSymbol[], parent: DocumentSymbol | undefined, trail: string): void => {
		list.forEach((s, i) => {
			const what = `${trail}[${i}] ${JSON.stringify(s.name)}`;
			assert.ok(typeof s.name === 'string' && s.name.trim().length > 0, `${what}: empty symbol name (VS Code rejects it)`);
			assertRange(s.range, lengths, `${what}.range`);
			assertRange(s.selectionRange, lengths, `${what}.selectionRange`);
			assert.ok(contains(s.range, s.selectionRange), `${what}: selectionRange outside range`);
			if (parent) assert.ok(contains(parent.range, s.range), `${what}: child outside its parent`);
			walk(s.children ?? [], s, `${what}.children`);
		});
	};
	walk(symbols, undefined, 'symbol');
}

export function checkFolding(document: TextDocument, folds: readonly FoldingRange[]): void {
	const lineCount = document.lineCount;
	folds.forEach((f, i) => {
		assert.ok(Number.isInteger(f.startLine) && Number.isInteger(f.endLine), `fold[${i}]: non-integer`);
		assert.ok(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lineCount, `fold[${i}]: ${f.startLine}..${f.endLine} outside 0..${lineCount - 1}`);
	});
}

export function checkLocations(document: TextDocument, locations: readonly Location[], what: string): void {
	const lengths = lineLengthsOf(document.getText());
	locations.forEach((l, i) => {
		assert.ok(typeof l.uri === 'string' && l.uri.length > 0, `${what}[${i}]: no uri`);
		if (l.uri === document.uri) assertRange(l.range, lengths, `${what}[${i}]`);
	});
}

/** Entries whose value is a secret (EncryptedAdminPassword is a Yes/No flag, not one). */
const secretKey = /^(adminpassword|domainadminpassword|productkey|productid|password|defaultpassword|userpassword)$/i;

export function checkFacts(document: TextDocument, facts: DocumentFacts | undefined): void {
	if (!facts) return;
	const lengths = lineLengthsOf(document.getText());
	facts.referencedPaths.forEach((p, i) => assertRange(p.range, lengths, `facts.referencedPaths[${i}]`));
	facts.externalTools.forEach((t, i) => assertRange(t.range, lengths, `facts.externalTools[${i}]`));
	for (const [key, value] of Object.entries(facts.values)) {
		assert.equal(typeof value, 'string', `facts.values.${key}`);
		assert.ok(!secretKey.test(key.split('.').pop() ?? ''), `facts.values holds a secret: ${key}`);
	}
}

/** Tag editing (kinds that have it): linked names hold the same text, selection ranges nest, auto-close inserts at a point. */
function checkTagEditing(document: TextDocument, service: KindService, ctx: RequestContext, model: unknown, at: Position): void {
	const lengths = lineLengthsOf(document.getText());
	const linked = service.linkedEditing?.(ctx, model, at);
	if (linked) {
		linked.ranges.forEach((range, i) => assertRange(range, lengths, `linkedEditing[${i}]`));
		assert.equal(new Set(linked.ranges.map((range) => document.getText(range))).size, 1, 'linked ranges hold different text');
	}
	for (const [i, selection] of (service.selectionRanges?.(ctx, model, [at]) ?? []).entries()) {
		for (let level: SelectionRange | undefined = selection; level; level = level.parent) {
			assertRange(level.range, lengths, `selectionRange[${i}]`);
			if (level.parent) assert.ok(contains(level.parent.range, level.range), `selectionRange[${i}]: a parent does not hold its child`);
		}
	}
	const close = service.autoClose?.(ctx, model, at);
	if (close) {
		assertRange(close.range, lengths, 'autoClose.range');
		assert.deepEqual(close.range.start, close.range.end, 'autoClose inserts at a point');
	}
}

// ---------------------------------------------------------------------------
// Properties

export interface Results {
	diagnostics: Diagnostic[];
	completion: CompletionList;
	hover: Hover | null;
	actions: CodeAction[];
	symbols: DocumentSymbol[];
	folding: FoldingRange[];
	definition: Location[];
	references: Location[];
	facts: DocumentFacts | undefined;
}

/** Calls every request of a kind service directly (no catch-all), checking each result. */
export function exerciseKind(service: KindService, document: TextDocument, settings: Partial<Settings>, position: Position, range: Range): Results {
	const ctx: RequestContext = { document, settings: { ...defaultSettings, ...settings } };
	const text = document.getText();
	const model = service.parse(text);
	const at = clamp(document, position);
	const diagnostics = service.validate(ctx, model);
	// The kinds no longer cut; the façade orders and cuts every kind's list once.
	checkDiagnostics(document, limitDiagnostics(diagnostics, ctx.settings.maxDiagnostics), settings);
	const completion = service.complete(ctx, model, at);
	checkCompletion(document, completion, position);
	const hover = service.hover(ctx, model, at);
	checkHover(document, hover);
	// Code actions: for the random range with every diagnostic, then per diagnostic over its own range.
	const actions = service.codeActions(ctx, model, range, diagnostics);
	checkCodeActions(document, actions);
	for (const d of diagnostics.slice(0, 10)) checkCodeActions(document, service.codeActions(ctx, model, d.range, [d]));
	const symbols = service.symbols(ctx, model);
	checkSymbols(document, symbols);
	const folding = service.folding(ctx, model);
	checkFolding(document, folding);
	const definition = service.definition(ctx, model, at);
	checkLocations(document, definition, 'definition');
	const references = service.references(ctx, model, at);
	checkLocations(document, references, 'references');
	const facts = service.facts(ctx, model);
	checkFacts(document, facts);
	checkTagEditing(document, service, ctx, model, at);
	assert.equal(text, document.getText(), 'a request modified the document');
	return { diagnostics, completion, hover, actions, symbols, folding, definition, references, facts };
}

/** The same requests through the façade. */
export function viaFacade(ls: LanguageService, document: TextDocument, settings: Partial<Settings>, position: Position, range: Range): Results {
	const diagnostics = ls.doValidation(document, settings);
	return {
		diagnostics,
		completion: ls.doComplete(document, position, settings),
		hover: ls.doHover(document, position, settings),
		actions: ls.doCodeActions(document, range, diagnostics, settings),
		symbols: ls.findDocumentSymbols(document),
		folding: ls.getFoldingRanges(document),
		definition: ls.findDefinition(document, position),
		references: ls.findReferences(document, position),
		facts: ls.getFacts(document, settings),
	};
}

/** The service whose cache lives across cases (eviction, reuse of URIs and versions). */
const longLived = getLanguageService();

export type PropertyName = 'requests' | 'determinism' | 'edits' | 'stale-actions' | 'parsers';
export const propertyNames: readonly PropertyName[] = ['requests', 'determinism', 'edits', 'stale-actions', 'parsers'];

/** Property for one kind (`parsers` ignores the kind's service and fuzzes the model parsers directly). */
export function property(kind: DocumentKind, name: PropertyName): fc.IPropertyWithHooks<unknown[]> {
	const service = kindServices.get(kind);
	if (!service) throw new Error(`kind ${kind} is not registered`);
	switch (name) {
		case 'requests':
			return fc.property(hostileText, settingsArb, positionArb, rangeArb, (text, settings, position, range) => {
				const document = documentFor(kind, text);
				exerciseKind(service, document, settings, position, range);
				// The façade answers the same, with no internal error.
				const facade = viaFacade(longLived, document, settings, position, range);
				checkDiagnostics(document, facade.diagnostics, settings);
			}) as fc.IPropertyWithHooks<unknown[]>;
		case 'determinism':
			return fc.property(hostileText, settingsArb, positionArb, rangeArb, (text, settings, position, range) => {
				const uri = uriFor(kind);
				const a = JSON.stringify(viaFacade(getLanguageService(), documentFor(kind, text, 1, uri), settings, position, range));
				const b = JSON.stringify(viaFacade(getLanguageService(), documentFor(kind, text, 1, uri), settings, position, range));
				assert.equal(a, b, 'two fresh services disagree');
				const document = documentFor(kind, text, 1, uri);
				const c = JSON.stringify(viaFacade(longLived, document, settings, position, range));
				const d = JSON.stringify(viaFacade(longLived, document, settings, position, range));
				assert.equal(c, a, 'the long-lived service disagrees with a fresh one');
				assert.equal(d, a, 'a second call disagrees with the first');
			}) as fc.IPropertyWithHooks<unknown[]>;
		case 'edits':
			return fc.property(hostileText, fc.array(fc.tuple(editArb as fc.Arbitrary<EditSpec>, positionArb, fc.boolean()), { minLength: 1, maxLength: 12 }), (initial, steps) => {
				const uri = uriFor(kind);
				let document = documentFor(kind, initial, 1, uri);
				longLived.doValidation(document);
				for (const [spec, position, reopen] of steps) {
					const text = document.getText();
					let change: { range: Range; text: string } | { text: string };
					if ('full' in spec) change = { text: spec.full };
					else if ('pastEnd' in spec) change = { range: { start: { line: document.lineCount + 3, character: 5 }, end: { line: document.lineCount + 9, character: 0 } }, text: spec.pastEnd };
					else {
						const start = Math.floor(spec.at * text.length);
						change = { range: { start: document.positionAt(start), end: document.positionAt(start + spec.remove) }, text: spec.insert };
					}
					// `reopen`: the same URI and version with different text (CLI-style callers do that).
					document = reopen ? documentFor(kind, TextDocument.applyEdits(document, 'range' in change ? [{ range: change.range, newText: change.text }] : [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: change.text }]), document.version, uri) : TextDocument.update(document, [change], document.version + 1);
					const fresh = getLanguageService();
					const freshDocument = documentFor(kind, document.getText(), document.version, uri);
					const range = { start: position, end: position };
					assert.equal(JSON.stringify(longLived.doValidation(document)), JSON.stringify(fresh.doValidation(freshDocument)), 'stale diagnostics after an edit');
					assert.equal(JSON.stringify(longLived.findDocumentSymbols(document)), JSON.stringify(fresh.findDocumentSymbols(freshDocument)), 'stale symbols after an edit');
					assert.equal(JSON.stringify(longLived.getFoldingRanges(document)), JSON.stringify(fresh.getFoldingRanges(freshDocument)), 'stale folding after an edit');
					assert.equal(JSON.stringify(longLived.doHover(document, position)), JSON.stringify(fresh.doHover(freshDocument, position)), 'stale hover after an edit');
					assert.equal(JSON.stringify(longLived.doComplete(document, position)), JSON.stringify(fresh.doComplete(freshDocument, position)), 'stale completion after an edit');
					assert.equal(JSON.stringify(longLived.getFacts(document)), JSON.stringify(fresh.getFacts(freshDocument)), 'stale facts after an edit');
					assert.equal(JSON.stringify(longLived.doCodeActions(document, range, [])), JSON.stringify(fresh.doCodeActions(freshDocument, range, [])), 'stale code actions after an edit');
				}
				checkDiagnostics(document, longLived.doValidation(document), {});
			}) as fc.IPropertyWithHooks<unknown[]>;
		case 'stale-actions':
			// The client sends the diagnostics it has, which may belong to an older version of the text.
			return fc.property(hostileText, fc.array(fc.tuple(editArb as fc.Arbitrary<EditSpec>), { minLength: 1, maxLength: 3 }), rangeArb, (initial, steps, range) => {
				const old = documentFor(kind, initial);
				const ctx: RequestContext = { document: old, settings: defaultSettings };
				const stale = service.validate(ctx, service.parse(initial));
				let text = initial;
				for (const [spec] of steps) {
					if ('full' in spec) text = spec.full;
					else if ('pastEnd' in spec) text += spec.pastEnd;
					else {
						const start = Math.floor(spec.at * text.length);
						text = text.slice(0, start) + spec.insert + text.slice(start + spec.remove);
					}
				}
				// Through the façade: it is the one that must cope with what clients send.
				const document = documentFor(kind, text, 2);
				checkCodeActions(document, longLived.doCodeActions(document, range, stale));
				for (const d of stale.slice(0, 10)) checkCodeActions(document, longLived.doCodeActions(document, d.range, [d]));
			}) as fc.IPropertyWithHooks<unknown[]>;
		case 'parsers':
			return fc.property(hostileText, (text) => {
				checkIniModel(text, parseIni(text));
				checkBatchModel(text, parseBatch(text));
				const model = service.parse(text);
				assert.ok(model !== undefined && model !== null, `${kind}: parse returned nothing`);
			}) as fc.IPropertyWithHooks<unknown[]>;
	}
}

/** Every `LineSpan` of the INI model lies on an existing line within its length. */
export function checkIniModel(text: string, model: ReturnType<typeof parseIni>): void {
	const lengths = lineLengthsOf(text);
	assert.equal(model.lineCount, lengths.length, 'parseIni: lineCount');
	assert.deepEqual(model.lineLengths, lengths, 'parseIni: lineLengths');
	walk(model, (node, trail) => {
		if (typeof node.line === 'number' && typeof node.start === 'number' && typeof node.end === 'number') {
			const { line, start, end } = node as { line: number; start: number; end: number };
			assert.ok(line >= 0 && line < lengths.length && start >= 0 && start <= end && end <= lengths[line]!, `parseIni: span ${trail} ${JSON.stringify(node)} outside line ${line} (length ${lengths[line]})`);
		}
	});
}

/** Every `offset`/`length` node of the batch model lies inside the text. */
export function checkBatchModel(text: string, model: ReturnType<typeof parseBatch>): void {
	// A lone CR becomes LF (the same length), so lines agree with the editor's.
	assert.equal(model.text, text.replace(/\r(?!\n)/g, '\n'), 'parseBatch: text');
	walk(model, (node, trail) => {
		if (typeof node.offset === 'number' && typeof node.length === 'number') {
			const { offset, length } = node as { offset: number; length: number };
			assert.ok(offset >= 0 && length >= 0 && offset + length <= text.length, `parseBatch: node ${trail} [${offset}, +${length}] outside 0..${text.length}`);
		}
	});
}

function walk(root: unknown, visit: (node: Record<string, unknown>, trail: string) => void): void {
	const seen = new Set<unknown>();
	const stack: [unknown, string][] = [[root, '$']];
	while (stack.length > 0) {
		const [node, trail] = stack.pop()!;
		if (typeof node !== 'object' || node === null || seen.has(node)) continue;
		seen.add(node);
		if (Array.isArray(node)) {
			node.forEach((child, i) => stack.push([child, `${trail}[${i}]`]));
			continue;
		}
		visit(node as Record<string, unknown>, trail);
		for (const [key, child] of Object.entries(node)) if (key !== 'text' && key !== 'lineStarts') stack.push([child, `${trail}.${key}`]);
	}
}
