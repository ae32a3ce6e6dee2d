/**
 * IO: whether `reseal bundle` may replace the folder `--out` names. It never
 * replaces the workspace or a folder above it (compared as real folders, not as
 * text) nor any folder it did not build: a previous bundle is a folder whose
 * manifest is Reseal's and whose files are exactly the manifest's.
 */
import type * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { BundleManifest } from './bundleWriter';
import { realFolder } from './noFollow';
import { isInside, samePath } from './paths';

export const MANIFEST_NAME = 'reseal-manifest.json';

/** `out` with its parent folder's real path (`out` itself may not exist yet). */
export function realOutPath(out: string): string {
	const abs = path.resolve(out);
	return path.join(realFolder(path.dirname(abs)), path.basename(abs));
}

/** Why `out` may not be replaced, or undefined. Refuses to replace anything that is not a previous bundle. */
export async function checkOutTarget(out: string, workspaceRoot: string): Promise<string | undefined> {
	const absOut = path.resolve(out);
	if (path.dirname(absOut) === absOut) {
		return '--out must not be a file-system root.';
	}
	try {
		const parent = await fsp.stat(path.dirname(absOut));
		if (!parent.isDirectory()) {
			return `the parent of --out (${path.dirname(absOut)}) is not a folder.`;
		}
	} catch {
		return `the parent of --out (${path.dirname(absOut)}) does not exist; create it first.`;
	}
	// Compared as the folders they are, not as text: a link to the workspace, or one of its
	// folders mounted elsewhere, is still the workspace.
	const realWs = realFolder(workspaceRoot);
	const realOut = realOutPath(absOut);
	if (samePath(realOut, realWs) || isInside(realOut, realWs) || (await holdsWorkspace(realOut, realWs))) {
		return `--out ${out} is or contains the workspace${samePath(realOut, absOut) ? '' : ` (${realOut})`}; choose a folder outside it (or inside it, but not above it).`;
	}
	let st: fs.Stats;
	try {
		st = await fsp.lstat(absOut);
	} catch {
		return undefined;
	}
	if (st.isSymbolicLink()) {
		return `--out ${out} is a symbolic link; Reseal does not replace links.`;
	}
	if (!st.isDirectory()) {
		return `--out ${out} exists and is not a folder.`;
	}
	const notBundle = await notPreviousBundle(absOut);
	return notBundle ? `--out ${out} is not a bundle Reseal built (${notBundle}); refusing to replace it — choose a new or empty folder.` : undefined;
}

/** Whether the existing folder `out` is the workspace or one of the folders above it, by device and inode. */
async function holdsWorkspace(out: string, ws: string): Promise<boolean> {
	let outId: fs.BigIntStats;
	try {
		outId = await fsp.stat(out, { bigint: true });
	} catch {
		return false;
	}
	for (let folder = ws; ; folder = path.dirname(folder)) {
		const st = await fsp.stat(folder, { bigint: true }).catch(() => undefined);
		if (st && st.dev === outId.dev && st.ino === outId.ino) {
			return true;
		}
		if (path.dirname(folder) === folder) {
			return false;
		}
	}
}

/** Manifests larger than this are not Reseal's (a manifest line per file; 1 GiB of drivers is far less). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * Why the existing folder `out` is not a previous bundle, or undefined when it is
 * one (or empty): its manifest must be a Reseal manifest and its files exactly
 * the manifest's files, the manifest and the ZIP — so no file of the user's is
 * ever deleted with it.
 */
async function notPreviousBundle(out: string): Promise<string | undefined> {
	const top = await fsp.readdir(out);
	if (top.length === 0) {
		return undefined;
	}
	const manifestPath = path.join(out, MANIFEST_NAME);
	const mst = await fsp.lstat(manifestPath).catch(() => undefined);
	if (!mst?.isFile()) {
		return `it is not empty and has no ${MANIFEST_NAME}`;
	}
	if (mst.size > MAX_MANIFEST_BYTES) {
		return `its ${MANIFEST_NAME} is too large to be Reseal's`;
	}
	let manifest: unknown;
	try {
		manifest = JSON.parse(await fsp.readFile(manifestPath, 'utf8'));
	} catch {
		return `its ${MANIFEST_NAME} is not JSON`;
	}
	const m = manifest as Partial<BundleManifest> | null;
	if (typeof m !== 'object' || m === null || m.tool?.name !== 'reseal' || !Array.isArray(m.files) || !m.files.every((f) => typeof f?.path === 'string')) {
		return `its ${MANIFEST_NAME} is not a Reseal manifest`;
	}
	const expected = new Set<string>([MANIFEST_NAME, ...m.files.map((f) => f.path)]);
	if (m.zip !== undefined) {
		expected.add(m.zip.path);
	}
	const folders = new Set<string>();
	for (const f of expected) {
		for (let i = f.indexOf('/'); i > 0; i = f.indexOf('/', i + 1)) {
			folders.add(f.slice(0, i));
		}
	}
	// The walk stops at the first name the manifest does not account for.
	let files = 0;
	const stack = [''];
	while (stack.length > 0) {
		const rel = stack.pop()!;
		for (const d of await fsp.readdir(rel === '' ? out : path.join(out, ...rel.split('/')), { withFileTypes: true })) {
			const child = rel === '' ? d.name : `${rel}/${d.name}`;
			if (d.isDirectory() && folders.has(child)) {
				stack.push(child);
			} else if (d.isFile() && expected.has(child)) {
				files++;
			} else {
				return `${child} is not one of the bundle's files`;
			}
		}
	}
	return files === expected.size ? undefined : `${expected.size - files} of the files its manifest lists are missing`;
}
