/**
 * IO layer: reads an image-build workspace from disk and writes a planned
 * `C:\Sysprep` bundle atomically. Used by the CLI (`reseal bundle`) and the
 * VS Code client alike.
 *
 * - Reading: a lazy `WorkspaceReader` over a folder; `lstat` semantics only —
 *   symbolic links are listed as links and never followed, files are opened
 *   without following a link in any component (`noFollow.ts`).
 * - `--out` is replaced only when it is a previous bundle (`bundleOut.ts`).
 * - Writing: everything goes to a fresh staging folder beside `--out`; files
 *   are copied and hashed (SHA-256) in one streaming pass, the staged folder is
 *   verified against the plan, then swapped in (old renamed away, new renamed
 *   in, old deleted). Any failure or abort removes the staging folder and
 *   leaves a previous bundle untouched.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import {
	BUNDLE_ROOT,
	planBundle,
	type BundleAnalyzer,
	type BundlePlan,
	type PlannedFile,
	type WorkspaceEntry,
	type WorkspaceReader,
} from '../bundle/planBundle';
import { osName, sysprepExecutables, verifyWrittenBundle, windowsPathProblem, type BundleCheck, type ExecutableInput, type WrittenFile } from '../bundle/verify';
import {
	centralDirectoryEntry,
	crc32,
	endOfCentralDirectory,
	LOCAL_HEADER_CRC_OFFSET,
	localFileHeader,
	ZIP_LIMIT,
	ZIP_MAX_ENTRIES,
	type ZipEntryHeader,
} from '../bundle/zip';
import type { Architecture, WindowsTarget } from '../knowledge/types';
import type { Settings } from '../services/kindService';
import { checkOutTarget, MANIFEST_NAME, realOutPath } from './bundleOut';
import { walkFolder } from './folderWalker';
import { openInside, readNoFollow, realFolder, sizeNoFollow } from './noFollow';
import { fileUri } from './paths';

export { checkOutTarget, MANIFEST_NAME } from './bundleOut';
export { openInside } from './noFollow';
export const ZIP_NAME = 'Sysprep.zip';
const CHUNK = 1024 * 1024;
const readFd = promisify(fs.read);

// ---------------------------------------------------------------------------
// Reading a workspace

export interface ReadWorkspaceOptions {
	/** Absolute paths whose subtrees are skipped (e.g. `--out` inside the workspace). */
	readonly exclude?: readonly string[];
}

/** Lists `root` (never following links; `folderWalker.ts`) and reads files on demand without following any link. */
export function readWorkspace(root: string, options: ReadWorkspaceOptions = {}): WorkspaceReader {
	const absRoot = realFolder(root);
	let cached: readonly WorkspaceEntry[] | undefined;
	const walk = (): readonly WorkspaceEntry[] => walkFolder(absRoot, { exclude: options.exclude, readLinks: true }).entries;
	return {
		entries: () => (cached ??= walk()),
		read: (rel) => readNoFollow(absRoot, rel),
		sizeOf: (rel) => sizeNoFollow(absRoot, rel),
	};
}

// ---------------------------------------------------------------------------
// Manifest

export interface BundleManifest {
	readonly tool: { readonly name: 'reseal'; readonly version: string };
	readonly target: { readonly os: WindowsTarget; readonly arch: Architecture; readonly windows: string; readonly inferred: boolean };
	readonly files: readonly { readonly path: string; readonly size: number; readonly sha256: string; readonly from: string }[];
	readonly zip?: { readonly path: string; readonly size: number; readonly sha256: string };
	readonly checks: readonly BundleCheck[];
	readonly warnings: readonly { readonly file: string; readonly line: number; readonly column: number; readonly code?: string; readonly message: string }[];
}

// ---------------------------------------------------------------------------
// Writing

export interface WriteOptions {
	readonly workspaceRoot: string;
	readonly out: string;
	readonly zip?: boolean;
	readonly toolVersion: string;
	readonly signal?: AbortSignal;
	/** Files copied at once (default 8). */
	readonly concurrency?: number;
	/** Timestamp of ZIP entries (default now). */
	readonly date?: Date;
	/** How long a rename Windows refuses (EPERM, EACCES, EBUSY: a file briefly open) is retried, in ms (default 3000). */
	readonly renameRetryMs?: number;
}

export type WriteResult =
	/** `notes`: what the user should know although the build succeeded (an old bundle that could not be deleted yet). */
	| { readonly ok: true; readonly out: string; readonly manifest: BundleManifest; readonly notes: readonly string[] }
	/** `usage`: the request itself is wrong (exit 2); otherwise verification or IO failed (exit 1). */
	| { readonly ok: false; readonly usage: boolean; readonly reason: string; readonly checks: readonly BundleCheck[] };

function destination(stage: string, bundlePath: string): string {
	const parts = bundlePath.split('/');
	if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))) {
		throw new Error(`unsafe bundle path ${bundlePath}`);
	}
	// The planner refuses these; a plan from elsewhere must not write a device name on Windows either.
	const problem = windowsPathProblem(bundlePath);
	if (problem) {
		throw new Error(`${bundlePath}: ${problem}`);
	}
	const abs = path.join(stage, ...parts);
	const back = path.relative(stage, abs);
	if (back.startsWith('..') || path.isAbsolute(back)) {
		throw new Error(`bundle path ${bundlePath} leaves the output folder`);
	}
	return abs;
}

/** Copies workspace file `rel` to a new file `dest` and hashes it in the same pass (double-buffered). */
async function copyAndHash(root: string, rel: string, dest: string): Promise<{ size: number; sha256: string }> {
	const fd = openInside(root, rel);
	try {
		const st = fs.fstatSync(fd);
		const output = await fsp.open(dest, 'wx');
		try {
			const hash = createHash('sha256');
			const size = Math.min(CHUNK, Math.max(st.size, 1));
			const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
			let which = 0;
			let pending: Promise<unknown> = Promise.resolve();
			let total = 0;
			for (;;) {
				const buf = buffers[which]!;
				const { bytesRead } = await readFd(fd, buf, 0, buf.length, null);
				if (bytesRead === 0) {
					break;
				}
				hash.update(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
				await pending;
				pending = output.write(buf, 0, bytesRead, total);
				total += bytesRead;
				which ^= 1;
			}
			await pending;
			return { size: total, sha256: hash.digest('hex') };
		} finally {
			await output.close();
		}
	} finally {
		fs.closeSync(fd);
	}
}

async function writeAndHash(dest: string, bytes: Uint8Array): Promise<{ size: number; sha256: string }> {
	await fsp.writeFile(dest, bytes, { flag: 'wx' });
	return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function listStaged(stage: string): string[] {
	const out: string[] = [];
	const stack: string[] = [''];
	while (stack.length > 0) {
		const rel = stack.pop()!;
		for (const d of fs.readdirSync(rel === '' ? stage : path.join(stage, ...rel.split('/')), { withFileTypes: true })) {
			const child = rel === '' ? d.name : `${rel}/${d.name}`;
			if (d.isDirectory()) {
				stack.push(child);
			} else {
				out.push(child);
			}
		}
	}
	return out;
}

async function writeZip(stage: string, files: readonly WrittenFile[], zipPath: string, date: Date, signal?: AbortSignal): Promise<{ size: number; sha256: string }> {
	if (files.length > ZIP_MAX_ENTRIES) {
		throw new Error(`${files.length} files exceed the 65,535 entries a ZIP without ZIP64 can hold (Windows XP cannot open ZIP64)`);
	}
	const zip = await fsp.open(zipPath, 'wx');
	try {
		let offset = 0;
		const central: Buffer[] = [];
		for (const f of files) {
			signal?.throwIfAborted();
			const localOffset = offset;
			const header: ZipEntryHeader = { name: f.bundlePath, crc: 0, compressedSize: 0, size: 0, method: 8, date };
			const local = localFileHeader(header);
			await zip.write(local, 0, local.length, offset);
			offset += local.length;
			let crc = 0;
			let size = 0;
			let csize = 0;
			await pipeline(
				fs.createReadStream(destination(stage, f.bundlePath), { highWaterMark: CHUNK }),
				async function* (source: AsyncIterable<Buffer>) {
					for await (const chunk of source) {
						crc = crc32(chunk, crc);
						size += chunk.length;
						yield chunk;
					}
				},
				zlib.createDeflateRaw({ level: 6 }),
				async function (source: AsyncIterable<Buffer>) {
					for await (const chunk of source) {
						await zip.write(chunk, 0, chunk.length, offset);
						offset += chunk.length;
						csize += chunk.length;
					}
				},
			);
			if (offset > ZIP_LIMIT || size > ZIP_LIMIT) {
				throw new Error('the archive would exceed 4 GiB, which needs ZIP64 (Windows XP cannot open it); build without --zip');
			}
			const patch = Buffer.alloc(12);
			patch.writeUInt32LE(crc >>> 0, 0);
			patch.writeUInt32LE(csize, 4);
			patch.writeUInt32LE(size, 8);
			await zip.write(patch, 0, 12, localOffset + LOCAL_HEADER_CRC_OFFSET);
			central.push(centralDirectoryEntry({ ...header, crc, compressedSize: csize, size }, localOffset));
		}
		const cd = Buffer.concat(central);
		const end = endOfCentralDirectory(files.length, cd.length, offset);
		if (offset + cd.length + end.length > ZIP_LIMIT) {
			throw new Error('the archive would exceed 4 GiB, which needs ZIP64 (Windows XP cannot open it); build without --zip');
		}
		await zip.write(cd, 0, cd.length, offset);
		await zip.write(end, 0, end.length, offset + cd.length);
	} finally {
		await zip.close();
	}
	const hash = createHash('sha256');
	let size = 0;
	for await (const chunk of fs.createReadStream(zipPath, { highWaterMark: CHUNK })) {
		hash.update(chunk as Buffer);
		size += (chunk as Buffer).length;
	}
	return { size, sha256: hash.digest('hex') };
}

/** Runs `worker` over `items` with at most `limit` at a time; stops at the first failure. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	let failed: unknown;
	const run = async (): Promise<void> => {
		while (failed === undefined && next < items.length) {
			const item = items[next++]!;
			try {
				await worker(item);
			} catch (e) {
				failed ??= e;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
	if (failed !== undefined) {
		throw failed;
	}
}

/** Writes a verified plan to `options.out` atomically. Nothing is written when the plan failed. */
export async function writeBundle(plan: BundlePlan, options: WriteOptions): Promise<WriteResult> {
	if (!plan.ok) {
		return { ok: false, usage: false, reason: 'verification failed; nothing was written', checks: plan.checks };
	}
	const shown = path.resolve(options.out);
	const root = realFolder(options.workspaceRoot);
	const refusal = await checkOutTarget(shown, root);
	if (refusal) {
		return { ok: false, usage: true, reason: refusal, checks: [] };
	}
	// Staged and swapped in the real parent folder, so every path below it is a real path (openInside).
	const out = realOutPath(shown);
	const parent = path.dirname(out);
	const base = path.basename(out);
	let stage: string | undefined;
	try {
		await cleanStale(parent, base, out);
		stage = await makeStage(parent, base);
		const stageDir = stage;
		const written = new Map<string, WrittenFile>();
		const dirs = new Set<string>();
		const mkdirFor = async (file: string): Promise<void> => {
			const dir = path.dirname(file);
			if (!dirs.has(dir)) {
				await fsp.mkdir(dir, { recursive: true });
				dirs.add(dir);
			}
		};
		const copyOne = async (file: PlannedFile): Promise<void> => {
			options.signal?.throwIfAborted();
			const dest = destination(stageDir, file.bundlePath);
			await mkdirFor(dest);
			let result: { size: number; sha256: string };
			if (file.source.kind === 'workspace') {
				result = await copyAndHash(root, file.source.path, dest);
			} else {
				result = await writeAndHash(dest, file.source.bytes);
			}
			written.set(file.bundlePath, { bundlePath: file.bundlePath, ...result });
		};
		// Large files first keeps the pool busy; order does not affect the output.
		await pool(plan.files, options.concurrency ?? 8, copyOne);
		options.signal?.throwIfAborted();

		const planned = plan.files.map((f) => f.bundlePath);
		const stagedExes: ExecutableInput[] = sysprepExecutables.map((name) => {
			const p = `${BUNDLE_ROOT}/${name}`;
			const bytes = planned.includes(p) ? readNoFollow(stageDir, p) : undefined;
			return bytes ? { name, from: p, bytes } : { name };
		});
		const writtenList = planned.map((p) => written.get(p)).filter((w): w is WrittenFile => w !== undefined);
		const post = verifyWrittenBundle(planned, writtenList, listStaged(stageDir), stagedExes, plan.target);
		const checks = [...plan.checks, ...post];
		if (post.some((c) => !c.ok)) {
			await fsp.rm(stageDir, { recursive: true, force: true });
			return { ok: false, usage: false, reason: 'the staged bundle failed verification; nothing was written', checks };
		}

		const zip = options.zip ? await writeZip(stageDir, writtenList, path.join(stageDir, ZIP_NAME), options.date ?? new Date(), options.signal) : undefined;
		const fromOf = new Map(plan.files.map((f) => [f.bundlePath, f.source.kind === 'generated' ? `${f.from} (normalised)` : f.from]));
		const manifest: BundleManifest = {
			tool: { name: 'reseal', version: options.toolVersion },
			target: { os: plan.target.os, arch: plan.target.arch, windows: osName(plan.target), inferred: plan.target.inferred },
			files: writtenList.map((w) => ({ path: w.bundlePath, size: w.size, sha256: w.sha256, from: fromOf.get(w.bundlePath) ?? '' })),
			...(zip ? { zip: { path: ZIP_NAME, ...zip } } : {}),
			checks,
			warnings: plan.diagnostics
				.filter((d) => d.severity === 'warning')
				.map((d) => ({ file: d.file, line: d.line, column: d.column, ...(d.code ? { code: d.code } : {}), message: d.message })),
		};
		await fsp.writeFile(path.join(stageDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, '\t')}\n`, { flag: 'wx' });
		options.signal?.throwIfAborted();

		const notes = await swapIn(stageDir, out, parent, base, options.renameRetryMs ?? 3000);
		stage = undefined;
		return { ok: true, out: shown, manifest, notes };
	} catch (e) {
		const aborted = options.signal?.aborted === true;
		const reason = aborted
			? 'the build was interrupted; nothing was written and the previous bundle, if any, is untouched'
			: `writing the bundle failed (${e instanceof Error ? e.message : String(e)}); nothing was written and the previous bundle, if any, is untouched`;
		return {
			ok: false,
			usage: false,
			reason,
			checks: [...plan.checks, { id: 'written', ok: false, code: 'bundle.write-failed', message: reason }],
		};
	} finally {
		if (stage) {
			await fsp.rm(stage, { recursive: true, force: true }).catch(() => undefined);
		}
	}
}

/**
 * Creates the staging folder beside `out`. Not `mkdtemp`: its folders are mode
 * 0700 and would stay so once swapped in; `mkdir` gives the user's usual mode
 * (umask) and still fails rather than reuse an existing name.
 */
async function makeStage(parent: string, base: string): Promise<string> {
	for (;;) {
		const stage = path.join(parent, `.${base}.reseal-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
		try {
			await fsp.mkdir(stage);
			return stage;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw e;
			}
		}
	}
}

/**
 * Removes what a killed build left beside `out`: staging folders
 * (`.<out>.reseal-tmp-<pid>-*`) and renamed-away bundles (`.<out>.reseal-old-<pid>-*`)
 * of processes that are gone. A build killed between its two renames left no
 * `out` at all: its previous bundle is renamed back first.
 */
async function cleanStale(parent: string, base: string, out: string): Promise<void> {
	const prefix = `.${base}.reseal-`;
	const stale = (await fsp.readdir(parent)).filter((name) => {
		const m = /^(tmp|old)-(\d+)-/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
		return m !== null && !alive(Number(m[2]));
	});
	const olds = stale.filter((name) => name.startsWith(`${prefix}old-`)).sort();
	if (olds.length > 0 && !(await fsp.lstat(out).then(() => true, () => false))) {
		const last = olds.pop()!;
		if (await fsp.lstat(path.join(parent, last, MANIFEST_NAME)).then(() => true, () => false)) {
			await fsp.rename(path.join(parent, last), out);
		}
	}
	for (const name of stale) {
		await fsp.rm(path.join(parent, name), { recursive: true, force: true }).catch(() => undefined);
	}
}

/** Whether a process still runs (this one included: its own builds are never stale). */
function alive(pid: number): boolean {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Errors with which Windows refuses to rename or delete something another program holds open. */
const inUseCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

export function isInUse(e: unknown): boolean {
	return inUseCodes.has((e as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/**
 * Runs `attempt` until it succeeds, retrying for about `budgetMs` with growing
 * pauses while it fails with an "in use" error: on Windows an antivirus scan,
 * the search indexer or Explorer's preview holds a fresh file open for a moment.
 */
export async function retryWhileInUse<T>(attempt: () => Promise<T>, budgetMs: number, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Promise<T> {
	let waited = 0;
	for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
		try {
			return await attempt();
		} catch (e) {
			if (!isInUse(e) || waited >= budgetMs) throw e;
			await sleep(pause);
			waited += pause;
		}
	}
}

/**
 * Renames at once, without yielding to the event loop, so the two renames of a
 * swap follow each other within microseconds: a kill between them (repaired by
 * `cleanStale`) becomes very unlikely. Only an "in use" refusal waits and retries.
 */
async function renameNow(from: string, to: string, retryMs: number): Promise<void> {
	try {
		fs.renameSync(from, to);
	} catch (e) {
		if (!isInUse(e)) throw e;
		await retryWhileInUse(() => fsp.rename(from, to), retryMs);
	}
}

/**
 * Renames the old bundle away, the new one in, then deletes the old one;
 * restores the old one if the second rename fails. Windows refuses to rename
 * a folder while a file in it is open, so a rename that keeps failing with an
 * "in use" error becomes a clear message and nothing is changed. Returns notes
 * for the user (an old bundle that could not be deleted yet).
 */
async function swapIn(stage: string, out: string, parent: string, base: string, retryMs: number): Promise<string[]> {
	let old: string | undefined;
	try {
		await fsp.lstat(out);
		old = path.join(parent, `.${base}.reseal-old-${process.pid}-${Date.now().toString(36)}`);
		const away = old;
		await renameNow(out, away, retryMs);
	} catch (e) {
		if (isInUse(e)) {
			throw new Error(
				`the previous bundle ${out} cannot be replaced (${(e as NodeJS.ErrnoException).code}): a file or folder in it is in use, open in another program (an editor, Explorer, a command prompt whose current folder is inside it); close it and build again`,
			);
		}
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
			throw e;
		}
		old = undefined;
	}
	try {
		await renameNow(stage, out, retryMs);
	} catch (e) {
		if (old) {
			const back = old;
			await retryWhileInUse(() => fsp.rename(back, out), retryMs);
		}
		throw e;
	}
	if (!old) {
		return [];
	}
	try {
		const gone = old;
		await retryWhileInUse(() => fsp.rm(gone, { recursive: true, force: true }), retryMs);
		return [];
	} catch (e) {
		// Windows keeps a file another program holds open (and its folder); the next build removes the rest.
		return [
			`the previous bundle could not be deleted completely (${(e as NodeJS.ErrnoException).code ?? 'error'}: a file in it is open in another program); what is left is in ${old}, which the next build removes.`,
		];
	}
}

// ---------------------------------------------------------------------------
// One call for the CLI and the VS Code client

export interface BuildOptions {
	readonly workspace: string;
	readonly out: string;
	readonly analyzer: BundleAnalyzer;
	readonly os?: WindowsTarget;
	readonly arch?: Architecture;
	readonly deployCab?: string;
	readonly zip?: boolean;
	readonly toolVersion: string;
	readonly settings?: Partial<Settings>;
	readonly signal?: AbortSignal;
}

export type BuildResult =
	| { readonly status: 'built'; readonly plan: BundlePlan; readonly manifest: BundleManifest; readonly out: string; readonly notes: readonly string[] }
	| { readonly status: 'failed'; readonly plan?: BundlePlan; readonly reason: string; readonly checks: readonly BundleCheck[] }
	| { readonly status: 'usage'; readonly reason: string };

/** Plans, verifies and writes a bundle. Never throws. */
export async function buildBundle(options: BuildOptions): Promise<BuildResult> {
	try {
		const root = realFolder(options.workspace);
		let st: fs.Stats;
		try {
			st = await fsp.stat(root);
		} catch {
			return { status: 'usage', reason: `the workspace ${options.workspace} does not exist.` };
		}
		if (!st.isDirectory()) {
			return { status: 'usage', reason: `the workspace ${options.workspace} is not a folder.` };
		}
		const refusal = await checkOutTarget(options.out, root);
		if (refusal) {
			return { status: 'usage', reason: refusal };
		}
		let deployCab: { path: string; bytes: Uint8Array } | undefined;
		if (options.deployCab !== undefined) {
			try {
				deployCab = { path: path.resolve(options.deployCab), bytes: await fsp.readFile(options.deployCab) };
			} catch {
				return { status: 'usage', reason: `--deploy-cab ${options.deployCab} cannot be read.` };
			}
		}
		const reader = readWorkspace(root, { exclude: [realOutPath(options.out)] });
		const plan = planBundle(reader, options.analyzer, {
			os: options.os,
			arch: options.arch,
			deployCab,
			settings: options.settings,
			documentUri: (p) => fileUri(path.join(root, ...p.split('/'))),
		});
		if (!plan.ok) {
			return { status: 'failed', plan, reason: 'verification failed; nothing was written', checks: plan.checks };
		}
		const written = await writeBundle(plan, {
			workspaceRoot: root,
			out: options.out,
			zip: options.zip,
			toolVersion: options.toolVersion,
			signal: options.signal,
		});
		if (written.ok) {
			return { status: 'built', plan, manifest: written.manifest, out: written.out, notes: written.notes };
		}
		return written.usage ? { status: 'usage', reason: written.reason } : { status: 'failed', plan, reason: written.reason, checks: written.checks };
	} catch (e) {
		return { status: 'failed', reason: `internal error (${e instanceof Error ? e.message : String(e)})`, checks: [] };
	}
}

