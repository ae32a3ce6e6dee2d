/**
 * Service layer: the cross-file check between a Packer template and the
 * answer file it ships. When a workspace Packer template (`*.pkr.hcl`,
 * `*.pkr.json`) names this answer file in `floppy_files`, `cd_files` or
 * `cd_content`, every script the answer file runs from a removable drive
 * (`A:\setup.ps1`, `E:\scripts\x.cmd`) must travel in the same lists;
 * otherwise the command fails and Packer only shows "Waiting for WinRM".
 * Reads the workspace view only; nothing here touches the disk.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { codeTable } from '../diagnostics';
import { unattendXmlCodes } from '../codes/unattendXmlCodes';
import type { RequestContext, WorkspaceView } from '../kindService';
import { baseName } from '../../model/documentKind';

const diagnose = codeTable(unattendXmlCodes);

/** Attributes whose files Packer puts on the floppy or CD it attaches. */
const shippingAttribute = /\b(floppy_files|cd_files|cd_content|floppy_content)\b["']?\s*[=:]\s*/g;

/** A script on a drive letter other than the system drive (C:) and WinPE's X:, as commands write it. */
// No ':' after the drive: each candidate then stops at the next one, so `t:\t:\…` stays linear.
const scriptPath = /\b([ABD-WYZabd-wyz]):\\[^\s"'<>|&:]*?\.(?:ps1|cmd|bat|vbs|js|exe|msi|reg)\b/g;

interface Shipment {
	readonly template: string;
	readonly carried: ReadonlySet<string>;
}

/** The text inside the brackets or braces that start at `open`, or undefined when they do not close. */
function block(text: string, open: number): string | undefined {
	const opener = text[open];
	const closer = opener === '[' ? ']' : opener === '{' ? '}' : '';
	if (!closer) return undefined;
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === opener) depth++;
		else if (text[i] === closer && --depth === 0) return text.slice(open + 1, i);
	}
	return undefined;
}

/** The workspace-relative path of the document (lower case), or undefined when the listing does not hold it. */
export function workspacePathOf(uri: string, files: readonly string[]): string | undefined {
	let path = uri;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL; use it as a path.
	}
	const normal = path.replace(/\\/g, '/').toLowerCase();
	return files.map((file) => file.toLowerCase()).find((file) => normal === file || normal.endsWith(`/${file}`));
}

/** An entry of a Packer list as a workspace path: `./x`, `${path.root}/x` and `{{template_dir}}/x` are relative to the template's folder. */
function resolveEntry(entry: string, templateFolder: string): string {
	const parts = templateFolder === '' ? [] : templateFolder.split('/');
	const relative = entry.replace(/\\/g, '/').replace(/^(?:\$\{path\.(?:root|cwd)\}|\{\{\s*template_dir\s*\}\}|\.)\//, '');
	for (const part of relative.split('/')) {
		if (part === '' || part === '.') continue;
		if (part === '..') parts.pop();
		else parts.push(part);
	}
	return parts.join('/').toLowerCase();
}

/** Packer templates: HCL2 (`*.pkr.hcl`, `*.pkr.json`) and the classic JSON form with `builders`. */
function isPackerTemplate(file: string, text: string): boolean {
	return /\.pkr\.(hcl|json)$/i.test(file) || (/\.json$/i.test(file) && text.includes('"builders"'));
}

/** The Packer templates of the workspace that ship the document, and the file names each carries. */
function shipmentsOf(workspace: WorkspaceView, uri: string): Shipment[] {
	let files: readonly string[];
	try {
		files = workspace.listFiles();
	} catch {
		return [];
	}
	const selfPath = workspacePathOf(uri, files);
	if (!selfPath) return [];
	const self = baseName(selfPath);
	const out: Shipment[] = [];
	for (const file of files) {
		if (!/\.(hcl|json)$/i.test(file)) continue;
		const text = workspace.readText(file);
		if (!text || !isPackerTemplate(file, text) || !text.toLowerCase().includes(self)) continue;
		const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
		const entries: string[] = [];
		for (const match of text.matchAll(shippingAttribute)) {
			const inside = block(text, match.index + match[0].length);
			if (inside === undefined) continue;
			for (const literal of inside.matchAll(/"([^"\r\n]*)"/g)) entries.push(literal[1]);
		}
		// The template ships this very file (the same name elsewhere in the workspace belongs to another build).
		if (!entries.some((entry) => resolveEntry(entry, folder) === selfPath)) continue;
		const carried = new Set<string>();
		for (const entry of entries) {
			const name = baseName(entry.replace(/(?<!\/)\/+$/, ''));
			carried.add(name);
			// A folder or a glob carries every workspace file below a folder of that name.
			if (entry.endsWith('/') || entry.includes('*') || !name.includes('.')) {
				const folder = baseName((entry.includes('*') ? entry.slice(0, entry.indexOf('*')) : entry).replace(/(?<!\/)\/+$/, ''));
				for (const other of files) if (other.toLowerCase().split('/').slice(0, -1).includes(folder)) carried.add(baseName(other));
			}
		}
		out.push({ template: file, carried });
	}
	return out;
}

/**
 * Warnings for scripts an answer file runs from a removable drive that the
 * Packer template shipping it leaves out. `text` is the answer file as Setup
 * reads it; `toRange` maps its offsets to the document's ranges.
 */
export function shippingDiagnostics(ctx: RequestContext, text: string, toRange: (from: number, to: number) => Range): Diagnostic[] {
	if (!ctx.workspace || text.search(scriptPath) === -1) return [];
	const shipments = shipmentsOf(ctx.workspace, ctx.document.uri);
	if (shipments.length === 0) return [];
	const comments = commentSpans(text);
	const out: Diagnostic[] = [];
	for (const match of text.matchAll(scriptPath)) {
		// A commented-out command (`<!-- WITHOUT WINDOWS UPDATES … -->`) never runs.
		if (comments.some(([from, to]) => match.index >= from && match.index < to)) continue;
		const name = baseName(match[0]);
		const missing = shipments.find((shipment) => !shipment.carried.has(name));
		if (!missing) continue;
		out.push(
			diagnose(
				'xml.packer-missing-file',
				toRange(match.index, match.index + match[0].length),
				`${match[0]} runs from the ${/^[ab]/i.test(match[1]) ? 'floppy' : 'CD'} drive, but ${missing.template} ships this answer file without ${name} (not in floppy_files, cd_files or cd_content); the command fails and the build waits for WinRM.`,
			),
		);
	}
	return out;
}

/** `<!-- … -->` spans of an XML text (an unclosed one runs to the end). */
function commentSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (let at = text.indexOf('<!--'); at !== -1; at = text.indexOf('<!--', at)) {
		const end = text.indexOf('-->', at + 4);
		spans.push([at, end === -1 ? text.length : end + 3]);
		if (end === -1) break;
		at = end + 3;
	}
	return spans;
}
