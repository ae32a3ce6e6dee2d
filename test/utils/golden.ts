/**
 * Test helpers: golden files. Diagnostics of a whole file are rendered one per
 * line and compared with `<name>.expected.txt`; `UPDATE_EXPECT=1` rewrites them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { severityName } from '../../server/src/services/diagnostics';
import type { Settings } from '../../server/src/services/kindService';
import { service } from './fixture';

export function renderDiagnostics(diagnostics: readonly Diagnostic[]): string {
	return diagnostics
		.map((diagnostic) => {
			const { start, end } = diagnostic.range;
			const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
			return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severityName(diagnostic.severity)} ${diagnostic.code} ${message}`;
		})
		.join('\n');
}

/** Checks `file` as if it were named `asName` (which decides its kind) against `expectedPath`. */
export function checkGolden(file: string, asName: string, expectedPath: string, settings?: Partial<Settings>): Diagnostic[] {
	const text = readFileSync(file, 'utf8');
	const diagnostics = service.doValidation(TextDocument.create(`file:///golden/${asName}`, '', 1, text), settings);
	checkGoldenText(`${renderDiagnostics(diagnostics)}\n`, expectedPath, file);
	return diagnostics;
}

/** Compares any rendered text with `expectedPath` (written when missing or with `UPDATE_EXPECT=1`). */
export function checkGoldenText(actual: string, expectedPath: string, what = expectedPath): void {
	if (process.env.UPDATE_EXPECT === '1' || !existsSync(expectedPath)) {
		writeFileSync(expectedPath, actual);
		return;
	}
	assert.equal(actual, readFileSync(expectedPath, 'utf8'), `golden output changed for ${what}; review and rerun with UPDATE_EXPECT=1`);
}

/** `../shared/corpus` beside the checkout, or undefined when this clone has none. */
export function sharedCorpus(): string | undefined {
	const candidates = [process.env.RESEAL_CORPUS, `${__dirname}/../../../shared/corpus`].filter((item): item is string => Boolean(item));
	return candidates.find((path) => existsSync(path));
}
