/**
 * Bundle layer (pure): the checks of the Sysprep executables (presence, PE
 * format, machine type, version, consistency) and the target they imply.
 * Every failed check names the file and the fix. No `fs`; nothing throws.
 */
import type { BundleCode } from '../services/codes/bundleCodes';
import type { BundleCheck, BundleTarget } from './checks';
import { describeMachine, formatVersion, machineTypes, readPe, type PeInfo, type PeVersion } from './pe';

export const sysprepExecutables = ['sysprep.exe', 'setupcl.exe', 'factory.exe'] as const;
export type SysprepExecutable = (typeof sysprepExecutables)[number];

/**
 * Major.minor versions of Sysprep for a target. Windows XP x64 Edition (and
 * 64-bit Itanium XP 2003) share Server 2003's 5.2 code base, so their Deploy.cab
 * holds 5.2 binaries.
 */
export function expectedVersions(target: BundleTarget): readonly string[] {
	if (target.os === '2003') {
		return ['5.2'];
	}
	if (target.arch === 'x64') {
		return ['5.2'];
	}
	if (target.arch === 'ia64') {
		return ['5.1', '5.2'];
	}
	return ['5.1'];
}

export function osName(target: BundleTarget): string {
	const arch = target.arch === 'x86' ? '' : ` ${target.arch}`;
	return target.os === 'xp' ? `Windows XP${arch}` : `Windows Server 2003${arch}`;
}

/** The target a sysprep.exe was built for, when the caller gave none. */
export function inferTarget(info: PeInfo | undefined): BundleTarget | undefined {
	if (!info?.architecture || !info.fileVersion || info.fileVersion.major !== 5) {
		return undefined;
	}
	if (info.fileVersion.minor === 1) {
		return { os: 'xp', arch: info.architecture };
	}
	if (info.fileVersion.minor === 2) {
		// 5.2 is Server 2003 or XP x64; the server is the likelier master for a guess.
		return { os: '2003', arch: info.architecture };
	}
	return undefined;
}

/** An executable as found: where it came from and its bytes, or why it is missing. */
export interface ExecutableInput {
	readonly name: SysprepExecutable;
	/** Workspace path or `Deploy.cab!sysprep.exe`. */
	readonly from?: string;
	readonly bytes?: Uint8Array;
	/** Set when the file was located but could not be read or extracted. */
	readonly problem?: string;
	readonly problemCode?: BundleCode;
}

/** Presence, PE format, machine type, version and consistency of the three executables. */
export function verifyExecutables(exes: readonly ExecutableInput[], target: BundleTarget): BundleCheck[] {
	const checks: BundleCheck[] = [];
	const versions: { name: string; from: string; version: PeVersion }[] = [];
	const wantMachine = machineTypes[target.arch];
	const wantVersions = expectedVersions(target);
	for (const name of sysprepExecutables) {
		const exe = exes.find((e) => e.name === name);
		if (!exe || (!exe.bytes && !exe.problem)) {
			checks.push({
				id: `executable.present:${name}`,
				ok: false,
				code: 'bundle.missing-executable',
				file: name,
				message: `${name} is missing: put sysprep.exe, setupcl.exe and factory.exe from the Deploy.cab of ${osName(target)} (same service pack) in the workspace, or pass --deploy-cab <path to Deploy.cab>.`,
			});
			continue;
		}
		const from = exe.from ?? name;
		if (exe.problem || !exe.bytes) {
			checks.push({
				id: `executable.present:${name}`,
				ok: false,
				code: exe.problemCode ?? 'bundle.missing-executable',
				file: from,
				message: `${name} cannot be read from ${from}: ${exe.problem ?? 'no data'}.`,
			});
			continue;
		}
		checks.push({ id: `executable.present:${name}`, ok: true, file: from, message: `${name} found in ${from}.` });
		const pe = readPe(exe.bytes);
		if (!pe.ok || !pe.info.isExecutable || pe.info.isDll) {
			const reason = !pe.ok ? pe.reason : pe.info.isDll ? 'it is a DLL, not a program' : 'it is not marked executable';
			checks.push({
				id: `executable.pe:${name}`,
				ok: false,
				code: 'bundle.not-pe',
				file: from,
				message: `${from} is not a genuine Win32 executable (${reason}); replace it with ${name} from Deploy.cab.`,
			});
			continue;
		}
		checks.push({ id: `executable.pe:${name}`, ok: true, file: from, message: `${from} is a ${pe.info.format} executable.` });
		if (pe.info.machine !== wantMachine) {
			checks.push({
				id: `executable.architecture:${name}`,
				ok: false,
				code: 'bundle.wrong-architecture',
				file: from,
				message: `${from} is built for ${describeMachine(pe.info.machine)} but the image is ${describeMachine(wantMachine)}; use the ${target.arch} Deploy.cab or pass --arch ${pe.info.architecture ?? target.arch}.`,
			});
		} else {
			checks.push({ id: `executable.architecture:${name}`, ok: true, file: from, message: `${from} is ${describeMachine(pe.info.machine)}.` });
		}
		const version = pe.info.fileVersion;
		if (!version) {
			checks.push({
				id: `executable.version:${name}`,
				ok: false,
				code: 'bundle.wrong-version',
				file: from,
				message: `${from} has no version information (${pe.info.versionProblem ?? 'VS_VERSIONINFO missing'}); genuine Sysprep files carry one — replace it with ${name} from Deploy.cab.`,
			});
			continue;
		}
		versions.push({ name, from, version });
		const short = formatVersion(version, 2);
		if (!wantVersions.includes(short)) {
			checks.push({
				id: `executable.version:${name}`,
				ok: false,
				code: 'bundle.wrong-version',
				file: from,
				message: `${from} is version ${formatVersion(version)} but ${osName(target)} needs ${wantVersions.join(' or ')}; use the Deploy.cab of ${osName(target)}${short === '5.1' ? ' or pass --os xp' : short === '5.2' ? ' or pass --os 2003' : ''}.`,
			});
		} else {
			checks.push({ id: `executable.version:${name}`, ok: true, file: from, message: `${from} is version ${formatVersion(version)}.` });
		}
	}
	if (versions.length > 1) {
		const distinct = new Set(versions.map((v) => formatVersion(v.version)));
		if (distinct.size > 1) {
			checks.push({
				id: 'executable.consistent',
				ok: false,
				code: 'bundle.mixed-versions',
				file: versions[0]!.from,
				message: `The Sysprep executables come from different builds (${versions.map((v) => `${v.name} ${formatVersion(v.version)}`).join(', ')}); take all three from the same Deploy.cab.`,
			});
		} else {
			checks.push({ id: 'executable.consistent', ok: true, message: `The Sysprep executables share version ${[...distinct][0]}.` });
		}
	}
	return checks;
}
