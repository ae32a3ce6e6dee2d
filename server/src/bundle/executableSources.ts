/**
 * Bundle layer (pure): where the Sysprep executables come from (loose files in
 * the workspace, the workspace's Deploy.cab, or `--deploy-cab`) and the target
 * they imply when the caller pinned none.
 */
import { openCab, type Cabinet } from './cab';
import type { BundleTarget } from './checks';
import { expectedVersions, inferTarget, sysprepExecutables, type ExecutableInput, type SysprepExecutable } from './executableChecks';
import type { BundleOptions, PlanSource } from './planTypes';
import { readPe } from './pe';
import type { Index, WorkspaceEntry } from './workspaceIndex';

/** What the search needs from the planner: the index and its symbolic-link reporting. */
export interface ExecutableSearch {
	readonly index: Index;
	readonly options: BundleOptions;
	/** Reports links (never followed) once each. */
	refuseLinks(links: readonly WorkspaceEntry[]): void;
	linksNamed(name: string): WorkspaceEntry[];
}

export interface LocatedExecutables {
	readonly inputs: ExecutableInput[];
	readonly sources: Map<SysprepExecutable, PlanSource>;
}

export function locateExecutables(search: ExecutableSearch): LocatedExecutables {
	const { index, options } = search;
	const inputs: ExecutableInput[] = [];
	const sources = new Map<SysprepExecutable, PlanSource>();
	let cab: { path: string; external: boolean; cabinet?: Cabinet; problem?: string } | undefined;
	if (options.deployCab) {
		cab = { path: options.deployCab.path, external: true };
		const opened = openCab(options.deployCab.bytes);
		if (opened.ok) {
			cab.cabinet = opened.cabinet;
		} else {
			cab.problem = opened.reason;
		}
	}
	for (const name of sysprepExecutables) {
		search.refuseLinks(search.linksNamed(name));
		const loose = options.deployCab ? undefined : pickExecutable(index, options, name);
		if (loose) {
			const bytes = index.read(loose.path);
			inputs.push(bytes ? { name, from: loose.path, bytes } : { name, from: loose.path, problem: 'the file cannot be read' });
			sources.set(name, { kind: 'workspace', path: loose.path });
			continue;
		}
		if (!cab) {
			const found = index.byName.get('deploy.cab')?.[0];
			search.refuseLinks(search.linksNamed('deploy.cab'));
			if (found) {
				cab = { path: found.path, external: false };
				const bytes = index.read(found.path);
				const opened = bytes ? openCab(bytes) : { ok: false as const, reason: 'the file cannot be read' };
				if (opened.ok) {
					cab.cabinet = opened.cabinet;
				} else {
					cab.problem = opened.reason;
				}
			}
		}
		if (!cab) {
			inputs.push({ name });
			continue;
		}
		const from = `${cab.path}!${name}`;
		if (!cab.cabinet) {
			inputs.push({ name, from, problem: `${cab.path} is not a usable cabinet (${cab.problem ?? 'unreadable'})`, problemCode: 'bundle.bad-cab' });
			continue;
		}
		const entry = cab.cabinet.find(name);
		if (!entry) {
			inputs.push({ name });
			continue;
		}
		const extracted = cab.cabinet.extract(entry);
		if (!extracted.ok) {
			inputs.push({ name, from, problem: extracted.reason, problemCode: 'bundle.bad-cab' });
			continue;
		}
		inputs.push({ name, from, bytes: extracted.bytes });
		sources.set(name, { kind: 'cab', cab: cab.path, name: entry.name, external: cab.external, bytes: extracted.bytes });
	}
	return { inputs, sources };
}

/** Among several copies, prefer one built for the requested target; else the shallowest. */
function pickExecutable(index: Index, options: BundleOptions, name: string): WorkspaceEntry | undefined {
	const list = index.byName.get(name) ?? [];
	if (list.length <= 1 || (!options.os && !options.arch)) {
		return list[0];
	}
	const matches = list.filter((e) => {
		const bytes = index.read(e.path);
		const pe = bytes ? readPe(bytes) : undefined;
		if (!pe?.ok || !pe.info.architecture) {
			return false;
		}
		const arch = options.arch ?? pe.info.architecture;
		const version = `${pe.info.fileVersion?.major}.${pe.info.fileVersion?.minor}`;
		return arch === pe.info.architecture && (!options.os || expectedVersions({ os: options.os, arch }).includes(version));
	});
	return matches[0] ?? list[0];
}

/** The target: as pinned, else inferred from sysprep.exe, else the defaults; `message` explains an unpinned choice. */
export function chooseTarget(options: BundleOptions, inputs: readonly ExecutableInput[]): { target: BundleTarget; inferred: boolean; message?: string } {
	const { os, arch } = options;
	if (os && arch) {
		return { target: { os, arch }, inferred: false };
	}
	const sysprep = inputs.find((e) => e.name === 'sysprep.exe')?.bytes;
	const pe = sysprep ? readPe(sysprep) : undefined;
	const guess = pe?.ok ? inferTarget(pe.info) : undefined;
	const target: BundleTarget = { os: os ?? guess?.os ?? '2003', arch: arch ?? guess?.arch ?? 'x86' };
	const osText = target.os === 'xp' ? 'Windows XP' : 'Windows Server 2003';
	const message = guess
		? `Target ${osText} ${target.arch}${os || arch ? ' (partly' : ' ('}inferred from sysprep.exe; pass --os and --arch to pin it).`
		: `Target ${osText} ${target.arch} (default; pass --os and --arch to choose).`;
	return { target, inferred: guess !== undefined, message };
}
