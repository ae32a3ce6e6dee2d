/**
 * Bundle layer (pure): the checks of a bundled answer file's or script's
 * content: the bytes it is written as (encoding, line endings) and the
 * language service's diagnostics.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { DocumentKind } from '../services/kindService';
import { failed, passed, warned, type BundleCheck } from './checks';
import { encodeAnswerFile, scriptWithCrlf, type DecodedText } from './encoding';
import type { PlanDiagnostic } from './planTypes';

/** The kinds written as answer files (re-encoded for Setup); the rest are scripts. */
export const answerKinds: ReadonlySet<DocumentKind> = new Set(['sysprep-inf', 'unattend-txt', 'winbom-ini', 'cmdlines']);

export interface BundledText {
	readonly path: string;
	readonly kind: DocumentKind;
	readonly decoded: DecodedText;
	readonly bytes: Uint8Array;
}

/** The bytes a document is written as, or no bytes when it cannot be written as it is. */
export function encodeForBundle(doc: BundledText): { check: BundleCheck; bytes?: Uint8Array } {
	const id = `encoding:${doc.path}`;
	if (answerKinds.has(doc.kind)) {
		const r = encodeAnswerFile(doc.decoded);
		if (!r.ok) {
			const where = r.problems
				.slice(0, 5)
				.map((p) => `line ${p.line} column ${p.column} (${p.char})`)
				.join(', ');
			return {
				check: failed(
					id,
					'bundle.encoding',
					doc.path,
					`${doc.path} has characters Windows-1252 cannot encode at ${where}${r.problems.length > 5 ? ', …' : ''}; replace them, or save the file as UTF-16LE (Unicode) with a BOM, which Setup also reads.`,
				),
			};
		}
		return { check: passed(id, doc.path, `${doc.path} is written as ${r.encoding === 'utf-16le' ? 'UTF-16LE with BOM' : 'Windows-1252'} with CRLF line endings.`), bytes: r.bytes };
	}
	if (doc.decoded.encoding === 'utf-16le' || doc.decoded.encoding === 'utf-16be') {
		return { check: failed(id, 'bundle.encoding', doc.path, `${doc.path} is UTF-16, which cmd.exe cannot run; save it as ANSI.`) };
	}
	if (doc.decoded.encoding === 'utf-8-bom') {
		return {
			check: failed(id, 'bundle.encoding', doc.path, `${doc.path} starts with a UTF-8 byte-order mark, which cmd.exe runs as part of the first command; save it as ANSI without BOM.`),
		};
	}
	const check =
		doc.decoded.encoding === 'utf-8'
			? warned(id, 'bundle.encoding', doc.path, `${doc.path} contains UTF-8 characters; cmd.exe on Windows XP reads scripts in the OEM code page, so they may be garbled.`)
			: passed(id, doc.path, `${doc.path} is written with CRLF line endings.`);
	return { check, bytes: scriptWithCrlf(doc.bytes) };
}

const severities = ['error', 'error', 'warning', 'information', 'hint'] as const;

/** The document's diagnostics for the report, and one check: no errors. */
export function diagnosticsCheck(path: string, diags: readonly Diagnostic[]): { diagnostics: PlanDiagnostic[]; check: BundleCheck } {
	const mine: PlanDiagnostic[] = diags.map((d) => ({
		file: path,
		line: d.range.start.line + 1,
		column: d.range.start.character + 1,
		severity: severities[d.severity ?? 1] ?? 'error',
		code: d.code === undefined ? undefined : String(d.code),
		message: typeof d.message === 'string' ? d.message : String((d.message as { value?: unknown }).value ?? ''),
	}));
	const errors = mine.filter((d) => d.severity === 'error');
	const warnings = mine.filter((d) => d.severity === 'warning').length;
	const id = `diagnostics:${path}`;
	if (errors.length > 0) {
		const list = errors
			.slice(0, 5)
			.map((d) => `${d.line}:${d.column} ${d.code ? `${d.code} ` : ''}${d.message}`)
			.join('; ');
		return {
			diagnostics: mine,
			check: failed(id, 'bundle.file-has-errors', path, `${path} has ${errors.length} error${errors.length === 1 ? '' : 's'} (${list}${errors.length > 5 ? '; …' : ''}); fix them (\`reseal check\` lists all).`),
		};
	}
	return { diagnostics: mine, check: passed(id, path, `${path} has no errors${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}.`) };
}
