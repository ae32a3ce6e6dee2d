/**
 * Test helpers: fixtures with cursor markers and caret annotations.
 *
 * - `//- /path/Name.ext` starts a file; the name decides the document kind
 *   (no header means `/Sysprep.inf`).
 * - `$0` marks the cursor.
 * - A line such as `   ^^^^ warning inf.unknown-entry: message` is an
 *   annotation: its carets underline the same columns of the previous
 *   non-annotation line, and it is removed before parsing. A single `|`
 *   instead of carets marks a zero-width range. The message may be left out
 *   (only the code is compared; `code…` reads well) or end in `…` (compared as a prefix);
 *   with `messageMatch: 'contains'` a message is any part of the diagnostic's.
 *
 * Also the helpers for tests that call one `KindService` directly
 * (`kindContext`, `cursors`, `positionAt`).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import { severityName } from '../../server/src/services/diagnostics';
import { defaultSettings, type KindService, type RequestContext, type Settings, type WorkspaceView } from '../../server/src/services/kindService';

export interface Annotation {
	line: number;
	start: number;
	end: number;
	severity: string;
	code: string;
	message?: string;
}

export interface Fixture {
	path: string;
	text: string;
	cursor?: Position;
	annotations: Annotation[];
}

const annotationLine = /^(\s*)(\^+|\|)\s+(error|warning|information|info|hint)\s+([\w.-]+)…?(?::\s?(.*))?$/;

/** Removes the leading newline and common indentation of a template literal, so fixtures can be indented in tests. */
export function dedent(text: string): string {
	const body = text.replace(/^\r?\n/, '').replace(/\n[ \t]*$/, '\n');
	const lines = body.split('\n');
	const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
	const common = indents.length > 0 ? Math.min(...indents) : 0;
	return lines.map((line) => line.slice(common)).join('\n');
}

export function parseFixture(source: string, defaultPath = '/Sysprep.inf'): Fixture[] {
	const text = dedent(source);
	const chunks: { path: string; lines: string[] }[] = [];
	for (const line of text.split('\n')) {
		const header = /^\/\/- (\S+)\s*$/.exec(line);
		if (header) chunks.push({ path: header[1], lines: [] });
		else {
			if (chunks.length === 0) chunks.push({ path: defaultPath, lines: [] });
			chunks[chunks.length - 1].lines.push(line);
		}
	}
	return chunks.map(({ path, lines }) => {
		const kept: string[] = [];
		const annotations: Annotation[] = [];
		let cursor: Position | undefined;
		for (const line of lines) {
			const match = annotationLine.exec(line);
			if (match && kept.length > 0) {
				const start = match[1].length;
				const zeroWidth = match[2] === '|';
				annotations.push({
					line: kept.length - 1,
					start,
					end: zeroWidth ? start : start + match[2].length,
					severity: match[3] === 'info' ? 'information' : match[3],
					code: match[4],
					message: match[5],
				});
				continue;
			}
			const marker = line.indexOf('$0');
			if (marker !== -1) {
				assert.equal(cursor, undefined, 'a fixture may hold only one $0');
				cursor = { line: kept.length, character: marker };
				kept.push(line.slice(0, marker) + line.slice(marker + 2));
			} else {
				kept.push(line);
			}
		}
		return { path, text: kept.join('\n'), cursor, annotations };
	});
}

export function documentFor(fixture: Fixture, languageId = ''): TextDocument {
	return TextDocument.create(`file://${fixture.path}`, languageId, 1, fixture.text);
}

export const service = getLanguageService();

function render(item: Annotation): string {
	return `${item.line}:${item.start}-${item.end} ${item.severity} ${item.code}${item.message !== undefined ? `: ${item.message}` : ''}`;
}

export interface DiagnosticCheckOptions {
	settings?: Partial<Settings>;
	/** The file name of a fixture without a `//-` header (default `/Sysprep.inf`). */
	path?: string;
	/** `contains`: an annotation's message may be any part of the diagnostic's (default: exact, or a prefix ending in `…`). */
	messageMatch?: 'exact' | 'contains';
	/** Compare only these codes (others are ignored). */
	only?: string[];
	/** Ignore these codes. */
	ignore?: string[];
	/** The files around the document (cross-file rules, the image an answer file installs). */
	workspace?: WorkspaceView;
}

/** Asserts that the diagnostics equal the fixture's annotations, reporting every difference at once. */
export function checkDiagnostics(source: string, options: DiagnosticCheckOptions = {}): Diagnostic[] {
	const fixtures = parseFixture(source, options.path);
	const all: Diagnostic[] = [];
	for (const fixture of fixtures) {
		const diagnostics = service.doValidation(documentFor(fixture), options.settings, options.workspace).filter(
			(diagnostic) => (!options.only || options.only.includes(String(diagnostic.code))) && !options.ignore?.includes(String(diagnostic.code)),
		);
		all.push(...diagnostics);
		const actual: Annotation[] = diagnostics.map((diagnostic) => ({
			line: diagnostic.range.start.line,
			start: diagnostic.range.start.character,
			end: diagnostic.range.end.line === diagnostic.range.start.line ? diagnostic.range.end.character : diagnostic.range.start.character,
			severity: severityName(diagnostic.severity),
			code: String(diagnostic.code),
			message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
		}));
		const unmatched = [...actual];
		const missing: Annotation[] = [];
		for (const expected of fixture.annotations) {
			const index = unmatched.findIndex(
				(item) =>
					item.line === expected.line &&
					item.start === expected.start &&
					item.end === expected.end &&
					item.severity === expected.severity &&
					item.code === expected.code &&
					(expected.message === undefined ||
						(options.messageMatch === 'contains'
							? item.message!.includes(expected.message)
							: expected.message.endsWith('…')
								? item.message!.startsWith(expected.message.slice(0, -1))
								: item.message === expected.message)),
			);
			if (index === -1) missing.push(expected);
			else unmatched.splice(index, 1);
		}
		if (missing.length > 0 || unmatched.length > 0) {
			assert.fail(
				[`Diagnostics differ for ${fixture.path}:`, ...missing.map((item) => `  missing:    ${render(item)}`), ...unmatched.map((item) => `  unexpected: ${render(item)}`)].join('\n'),
			);
		}
	}
	return all;
}

export function single(source: string, defaultPath?: string): Fixture {
	const fixtures = parseFixture(source, defaultPath);
	assert.equal(fixtures.length, 1, 'expected one file in the fixture');
	return fixtures[0];
}

export function completionLabels(source: string, settings?: Partial<Settings>, workspace?: WorkspaceView): string[] {
	const fixture = single(source);
	assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
	return service.doComplete(documentFor(fixture), fixture.cursor, settings, workspace).items.map((item) => item.label);
}

export function hoverText(source: string, settings?: Partial<Settings>, workspace?: WorkspaceView): string | undefined {
	const fixture = single(source);
	assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
	const hover = service.doHover(documentFor(fixture), fixture.cursor, settings, workspace);
	if (!hover) return undefined;
	const contents = hover.contents;
	return typeof contents === 'string' ? contents : 'value' in contents ? contents.value : JSON.stringify(contents);
}

/** Applies the code action with `title` at the cursor (or on the first diagnostic) and returns the new text. */
export function applyFix(source: string, title: string | RegExp, settings?: Partial<Settings>, workspace?: WorkspaceView): string {
	const fixture = single(source);
	const document = documentFor(fixture);
	const diagnostics = service.doValidation(document, settings, workspace);
	const at = fixture.cursor;
	const relevant = at ? diagnostics.filter((diagnostic) => diagnostic.range.start.line <= at.line && diagnostic.range.end.line >= at.line) : diagnostics;
	const range = at ? { start: at, end: at } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	const actions = service.doCodeActions(document, range, relevant, settings, workspace);
	const action = actions.find((item) => (typeof title === 'string' ? item.title === title : title.test(item.title)));
	assert.ok(action, `no code action ${String(title)}; offered: ${actions.map((item) => item.title).join(' | ')}`);
	const edits = action.edit?.changes?.[document.uri] ?? [];
	return TextDocument.applyEdits(document, edits);
}

/** A request context and model for calling one kind's service directly (below the façade). */
export function kindContext<M>(kindService: KindService<M>, text: string, options: { uri: string; languageId?: string; settings?: Partial<Settings> }): { ctx: RequestContext; model: M } {
	const document = TextDocument.create(options.uri, options.languageId ?? kindService.kind, 1, text);
	return { ctx: { document, settings: { ...defaultSettings, ...options.settings } }, model: kindService.parse(text) };
}

/** Removes `$0` markers; returns the clean text and the marker offsets. */
export function cursors(source: string): { text: string; offsets: number[] } {
	const offsets: number[] = [];
	let text = '';
	let rest = source;
	for (let at = rest.indexOf('$0'); at !== -1; at = rest.indexOf('$0')) {
		text += rest.slice(0, at);
		offsets.push(text.length);
		rest = rest.slice(at + 2);
	}
	return { text: text + rest, offsets };
}

export function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A diagnostic's message as plain text (LSP 3.18 also allows Markdown content). */
export function messageOf(diagnostic: Diagnostic): string {
	return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** An in-memory workspace for cross-file rules: workspace-relative path → text. */
export function memoryWorkspace(files: Record<string, string>): WorkspaceView {
	return { listFiles: () => Object.keys(files), readText: (path) => files[path] };
}
