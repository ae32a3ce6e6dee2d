/**
 * Test helpers for the editing features (rename, highlight, formatting,
 * links, inlay hints), on top of the caret/`$0` fixtures of `fixture.ts`.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentHighlight, InlayHint, Range } from 'vscode-languageserver-types';
import type { Settings, WorkspaceView } from '../../server/src/services/kindService';
import { dedent, documentFor, service, single } from './fixture';

/** Renames the symbol at `$0` and returns the new text; fails when the rename is refused. */
export function renamed(source: string, newName: string, path?: string): string {
	const fixture = single(source, path);
	assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
	const document = documentFor(fixture);
	const prepared = service.prepareRename(document, fixture.cursor);
	assert.ok(prepared && 'range' in prepared, `prepareRename refused: ${JSON.stringify(prepared)}`);
	const result = service.rename(document, fixture.cursor, newName);
	assert.ok(result && !('error' in result), `rename refused: ${JSON.stringify(result)}`);
	return TextDocument.applyEdits(document, result.changes![document.uri]);
}

/** Why a rename at `$0` is refused (the prepareRename message, or the rename message with `newName`). */
export function renameRefusal(source: string, newName?: string, path?: string): string | null | undefined {
	const fixture = single(source, path);
	const document = documentFor(fixture);
	const prepared = service.prepareRename(document, fixture.cursor!);
	if (prepared === null) return null;
	if ('error' in prepared) return prepared.error;
	if (newName === undefined) return undefined;
	const result = service.rename(document, fixture.cursor!, newName);
	return result && 'error' in result ? result.error : undefined;
}

/** The highlighted words at `$0`, as `text@line:kind` (kind 1 text, 2 read, 3 write). */
export function highlighted(source: string, path?: string): string[] {
	const fixture = single(source, path);
	const document = documentFor(fixture);
	return service.findDocumentHighlights(document, fixture.cursor!).map((item: DocumentHighlight) => `${document.getText(item.range)}@${item.range.start.line}:${item.kind}`);
}

/** Formats a file (the text as given, no dedent) and returns the result. */
export function formatted(text: string, path = '/Sysprep.inf', settings?: Partial<Settings>, range?: Range, options = { tabSize: 2, insertSpaces: true }): string {
	const document = TextDocument.create(`file://${path}`, '', 1, text);
	return TextDocument.applyEdits(document, service.format(document, options, settings, range));
}

/** Inlay hints of the whole fixture as `line:character label`. */
export function hints(source: string, path?: string, settings?: Partial<Settings>): string[] {
	const fixture = single(source, path);
	const document = documentFor(fixture);
	return service
		.getInlayHints(document, { start: { line: 0, character: 0 }, end: { line: document.lineCount, character: 0 } }, settings)
		.map((hint: InlayHint) => `${hint.position.line}:${hint.position.character} ${typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')}`);
}

/** A workspace of in-memory files (paths relative to `/ws`). */
export function memoryWorkspace(files: Record<string, string>): WorkspaceView {
	return { listFiles: () => Object.keys(files), readText: (path) => files[path] };
}

/** The links of `path` inside the in-memory workspace rooted at `/ws`, as `linked text -> target`. */
export function links(files: Record<string, string>, path: string): string[] {
	const text = dedent(files[path]);
	const document = TextDocument.create(`file:///ws/${path.split('/').map(encodeURIComponent).join('/')}`, '', 1, text);
	return service.findDocumentLinks(document, memoryWorkspace(files)).map((link) => `${document.getText(link.range)} -> ${link.target}`);
}
