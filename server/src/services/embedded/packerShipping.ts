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
const scriptPath = /\b([ABD-WYZabd-wyz]):\\[^\s"'<>|&]*?\.(?:ps1|cmd|bat|vbs|js|exe|msi|reg)\b/g;

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

/** The Packer templates of the workspace that ship the file `self`, and the file names each carries. */
function shipmentsOf(workspace: WorkspaceView, self: string): Shipment[] {
	let files: readonly string[];
	try {
		files = workspace.listFiles();
	} catch {
		return [];
	}
	const out: Shipment[] = [];
	for (const file of files) {
		if (!/\.pkr\.(hcl|json)$/i.test(file)) continue;
		const text = workspace.readText(file);
		if (!text || !text.toLowerCase().includes(self)) continue;
		const entries: string[] = [];
		for (const match of text.matchAll(shippingAttribute)) {
			const inside = block(text, match.index + match[0].length);
			if (inside === undefined) continue;
			for (const literal of inside.matchAll(/"([^"\r\n]*)"/g)) entries.push(literal[1]);
		}
		if (!entries.some((entry) => entry.toLowerCase().includes(self))) continue;
		const carried = new Set<string>();
		for (const entry of entries) {
			const name = baseName(entry.replace(/\/+$/, ''));
			carried.add(name);
			// A folder or a glob carries every workspace file below a folder of that name.
			if (entry.endsWith('/') || entry.includes('*') || !name.includes('.')) {
				const folder = baseName(entry.replace(/\/?\*.*$/, '').replace(/\/+$/, ''));
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
	const self = baseName(ctx.document.uri);
	const shipments = shipmentsOf(ctx.workspace, self);
	if (shipments.length === 0) return [];
	const out: Diagnostic[] = [];
	for (const match of text.matchAll(scriptPath)) {
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
