/**
 * Service layer: the cross-file check between a batch script and the answer
 * file it hands to Sysprep (`sysprep /generalize /oobe /unattend:<file>`).
 *
 * It reads the script's `DocumentFacts` — the batch service lists each
 * `/unattend:` target in `referencedPaths` — and the workspace view, and
 * reports targets whose file is not in the workspace. The batch service calls
 * it from its validation; nothing here reads the disk.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { codeTable } from '../diagnostics';
import { unattendXmlCodes } from '../codes/unattendXmlCodes';
import type { DocumentFacts, RequestContext, WorkspaceView } from '../kindService';
import { baseName } from '../../model/documentKind';

const diagnose = codeTable(unattendXmlCodes);

function safeList(workspace: WorkspaceView): readonly string[] {
	try {
		return workspace.listFiles();
	} catch {
		return [];
	}
}

function isComplete(workspace: WorkspaceView): boolean {
	try {
		return workspace.isComplete?.() ?? true;
	} catch {
		return false;
	}
}

/** The workspace-relative folder of a document (`''` at the root), matched case-insensitively. */
function folderOf(uri: string, files: readonly string[]): string | undefined {
	let path = uri;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL; use it as a path.
	}
	const normal = path.replace(/\\/g, '/').toLowerCase();
	const self = files.find((file) => normal === file.toLowerCase() || normal.endsWith(`/${file.toLowerCase()}`));
	if (self === undefined) return undefined;
	const slash = self.lastIndexOf('/');
	return slash === -1 ? '' : self.slice(0, slash);
}

/** True for a path that only exists at run time on the image (`C:\…`, `%WINDIR%\…`, a UNC share). */
function isRuntimePath(path: string): boolean {
	return /^[a-z]:/i.test(path) || /^%[^%~]+%/.test(path) || /^\\\\/.test(path);
}

/** The Sysprep folder the bundle builds (`C:\Sysprep\…`): a file there comes from the workspace. */
function isBundlePath(path: string): boolean {
	return /^(?:[a-z]:|%systemdrive%)[\\/]+sysprep(?:[\\/]|$)/i.test(path);
}

/**
 * Diagnostics for `/unattend:` targets of a batch script that no workspace
 * file provides: an absolute path is matched by its file name anywhere in the
 * workspace (the bundle copies it there), a relative path against the
 * script's folder.
 */
export function answerFileReferenceDiagnostics(ctx: RequestContext, facts: DocumentFacts): Diagnostic[] {
	const workspace = ctx.workspace;
	if (!workspace) return [];
	const targets = facts.referencedPaths.filter((reference) => /\/unattend\b/i.test(reference.purpose) && reference.path !== '');
	if (targets.length === 0) return [];
	const files = safeList(workspace);
	if (files.length === 0) return [];
	// A listing cut short by the walk's limits cannot show that a file is missing.
	const complete = isComplete(workspace);
	const lower = new Set(files.map((file) => file.toLowerCase()));
	const names = new Set(files.map((file) => baseName(file)));
	const folder = folderOf(ctx.document.uri, files);
	const out: Diagnostic[] = [];
	for (const target of targets) {
		// `%~dp0` is the script's own folder: what follows is relative to it.
		const value = target.path.replace(/^"|"$/g, '').replace(/^%~dp0[\\/]?/i, '');
		const name = baseName(value);
		if (/[%!]/.test(name) || (/[%!]/.test(value) && !isRuntimePath(value))) continue; // Built from variables at run time.
		let found: boolean;
		if (isRuntimePath(value)) {
			found = names.has(name);
		} else {
			const relative = value.replace(/\\/g, '/').replace(/^\.\//, '');
			const joined = (folder ? `${folder}/${relative}` : relative).toLowerCase();
			found = lower.has(joined) || names.has(name);
		}
		if (found || !complete) continue;
		if (isRuntimePath(value) && !isBundlePath(value)) {
			// A path on the target machine's disk (`C:\Windows\Panther\…`, `a:\…`): the image or the
			// build tool may well put it there, so the workspace not holding it is only worth a note.
			const note = diagnose(
				'xml.missing-answer-file',
				target.range,
				`Sysprep reads '${value}' from the disk of the machine being sealed, and the workspace holds no '${name}' for Reseal to check; make sure the image (or the tool that builds it) puts the answer file there.`,
			);
			note.severity = DiagnosticSeverity.Information;
			out.push(note);
			continue;
		}
		out.push(
			diagnose(
				'xml.missing-answer-file',
				target.range,
				`Sysprep is told to use '${value}', but no file named '${name}' is in the workspace; Sysprep stops when it cannot read the answer file. Add it (Reseal then checks it) or fix the path.`,
			),
		);
	}
	return out;
}
