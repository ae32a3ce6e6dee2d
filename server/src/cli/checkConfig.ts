/**
 * CLI: the settings `reseal check` applies to each file. They come from the
 * nearest `reseal.json` (or `.resealrc.json`) in the file's folder or any folder
 * above it — the same keys as the editor's `reseal.*` settings, read by the same
 * reader (`services/settings.ts`) — and then from the command-line flags,
 * which win (`--target`, `--arch`, `--severity code=level`).
 *
 * A config file that is not valid JSON is an error; values the reader ignores
 * (unknown settings, unknown diagnostic codes, wrong values) are warnings.
 *
 * The upward search is bounded, because a config file changes what `check`
 * reports: it stops at the repository's top folder (one holding `.git`), it
 * never reads from or climbs past a folder that anyone may write to (`/tmp`) or
 * that belongs to another user, it does not follow links (a link named
 * `reseal.json` is an error), reads only regular files of at most 1 MiB, and
 * its error messages never quote the file's bytes.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultSettings, readSettings, severityLevels, type SeverityLevel, type Settings } from '../services/settings';
import { isKnownCode } from '../services/suppression';

export const configFileNames = ['reseal.json', '.resealrc.json'] as const;

/** `code=level` from `--severity`; a string is the reason it was refused. */
export function parseSeverityFlag(value: string | undefined): { code: string; level: SeverityLevel } | string {
	const match = /^([^=\s]+)=([a-z]+)$/i.exec(value ?? '');
	if (!match) return `--severity takes code=level, for example bat.external-tool=off (got '${value ?? ''}')`;
	const [, code, level] = match;
	if (!severityLevels.includes(level.toLowerCase() as SeverityLevel)) return `--severity ${code}: the level must be error, warning, information, hint or off (got '${level}')`;
	if (!isKnownCode(code)) return `--severity: unknown diagnostic code '${code}'`;
	return { code, level: level.toLowerCase() as SeverityLevel };
}

export interface ConfigProblem {
	readonly file: string;
	readonly message: string;
	readonly fatal: boolean;
}

/** Finds and reads config files, once per folder and once per file. */
export class CheckConfigs {
	private readonly byFolder = new Map<string, string | undefined>();
	private readonly byFile = new Map<string, Partial<Settings> | undefined>();
	readonly problems: ConfigProblem[] = [];

	/** @param explicit a config file named with `--config`: it applies to every file instead of the upward search. */
	constructor(private readonly explicit?: string) {}

	/** The settings for one checked file: config file first, then the flags. */
	settingsFor(file: string, flags: Partial<Settings>, severityFlags: Readonly<Record<string, SeverityLevel>>): Partial<Settings> {
		const configPath = this.explicit ? resolve(this.explicit) : this.configFor(dirname(resolve(file)));
		const fromConfig = configPath ? this.read(configPath) : undefined;
		const severity = { ...(fromConfig?.severity ?? {}), ...severityFlags };
		return { ...fromConfig, ...flags, severity };
	}

	private configFor(start: string): string | undefined {
		const visited: string[] = [];
		let found: string | undefined;
		for (let folder = start; ; folder = dirname(folder)) {
			if (this.byFolder.has(folder)) {
				found = this.byFolder.get(folder);
				break;
			}
			visited.push(folder);
			const untrusted = untrustedFolder(folder);
			const candidates = configFileNames.map((name) => join(folder, name));
			const present = candidates.find((candidate) => lstatOrUndefined(candidate) !== undefined);
			if (untrusted) {
				if (present) this.problems.push({ file: present, message: `ignored: ${untrusted}, so it could have been put there by someone else`, fatal: false });
				break;
			}
			if (present) {
				const st = lstatOrUndefined(present)!;
				if (st.isFile()) found = present;
				else this.problems.push({ file: present, message: `is ${st.isSymbolicLink() ? 'a symbolic link; configuration files are not followed through links — copy the file here' : 'not a regular file'}`, fatal: true });
				break;
			}
			// The repository's top folder is the last one searched: a config above it belongs to something else.
			if (existsSync(join(folder, '.git')) || dirname(folder) === folder) break;
		}
		for (const folder of visited) this.byFolder.set(folder, found);
		return found;
	}

	private read(path: string): Partial<Settings> | undefined {
		if (this.byFile.has(path)) return this.byFile.get(path);
		let settings: Partial<Settings> | undefined;
		const text = readConfigText(path, path !== this.explicitPath);
		if (typeof text !== 'string') {
			this.problems.push({ file: path, message: text.problem, fatal: true });
		} else {
			try {
				const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
				const read = readSettings(raw, { isKnownCode, reportUnknown: true });
				for (const message of read.problems) this.problems.push({ file: path, message, fatal: false });
				// Only what the file sets; the rest stays at the defaults or the flags.
				settings = Object.fromEntries(Object.entries(read.settings).filter(([key, value]) => value !== (defaultSettings as Record<string, unknown>)[key])) as Partial<Settings>;
			} catch (error) {
				this.problems.push({ file: path, message: `cannot read it as JSON (${jsonErrorWhere(error, text)})`, fatal: true });
			}
		}
		this.byFile.set(path, settings);
		return settings;
	}

	private get explicitPath(): string | undefined {
		return this.explicit ? resolve(this.explicit) : undefined;
	}
}

/** Configuration files are small; this bounds what a link to a device or a huge file could cost. */
export const maxConfigBytes = 1024 * 1024;

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/** Why a folder's config file cannot be trusted (POSIX owners and modes), or undefined. */
function untrustedFolder(folder: string): string | undefined {
	const uid = process.getuid?.();
	if (uid === undefined) return undefined;
	let st: ReturnType<typeof statSync>;
	try {
		st = statSync(folder);
	} catch {
		return 'its folder cannot be read';
	}
	if ((st.mode & 0o002) !== 0) return `anyone can write to ${folder}`;
	if (st.uid !== uid && st.uid !== 0) return `${folder} belongs to another user`;
	return undefined;
}

/**
 * The text of a config file, or why it cannot be read. A file found by the
 * search is opened without following a link; one named with `--config` may be
 * reached through a link, but is still a regular file of bounded size.
 */
function readConfigText(path: string, noFollow: boolean): string | { problem: string } {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | (noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { problem: code === 'ELOOP' ? 'is a symbolic link; configuration files are not followed through links — copy the file here' : `cannot be opened (${code ?? 'error'})` };
	}
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) return { problem: 'is not a regular file' };
		if (st.size > maxConfigBytes) return { problem: `is ${st.size} bytes; a configuration file is at most ${maxConfigBytes} bytes` };
		// Read at most one byte past the limit: the size can change after fstat.
		const buffer = Buffer.alloc(maxConfigBytes + 1);
		let length = 0;
		for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
		if (length > maxConfigBytes) return { problem: `is larger than ${maxConfigBytes} bytes` };
		return buffer.subarray(0, length).toString('utf8');
	} catch (error) {
		return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
	} finally {
		closeSync(fd);
	}
}

/** Where JSON.parse failed, as line and column — never the text around it, which may be anything the path led to. */
function jsonErrorWhere(error: unknown, text: string): string {
	const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
	if (!position) return 'it is not valid JSON';
	const before = text.slice(0, Number(position[1]));
	const line = before.split('\n').length;
	return `it is not valid JSON at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
