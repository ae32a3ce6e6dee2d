/**
 * CLI: the settings `reseal check` applies to each file. They come from the
 * nearest `reseal.json` (or `.resealrc.json`) in the file's folder or any folder
 * above it — the same keys as the editor's `reseal.*` settings, read by the same
 * reader (`services/settings.ts`) — and then from the command-line flags,
 * which win (`--target`, `--arch`, `--severity code=level`).
 *
 * A config file that is not valid JSON is an error; values the reader ignores
 * (unknown settings, unknown diagnostic codes, wrong values) are warnings.
 */
import { readFileSync, statSync } from 'node:fs';
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

	private configFor(folder: string): string | undefined {
		if (this.byFolder.has(folder)) return this.byFolder.get(folder);
		let found: string | undefined;
		for (const name of configFileNames) {
			const candidate = join(folder, name);
			try {
				if (statSync(candidate).isFile()) {
					found = candidate;
					break;
				}
			} catch {
				// Not here.
			}
		}
		if (!found) {
			const parent = dirname(folder);
			found = parent !== folder ? this.configFor(parent) : undefined;
		}
		this.byFolder.set(folder, found);
		return found;
	}

	private read(path: string): Partial<Settings> | undefined {
		if (this.byFile.has(path)) return this.byFile.get(path);
		let settings: Partial<Settings> | undefined;
		try {
			const raw: unknown = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
			const read = readSettings(raw, { isKnownCode, reportUnknown: true });
			for (const message of read.problems) this.problems.push({ file: path, message, fatal: false });
			// Only what the file sets; the rest stays at the defaults or the flags.
			settings = Object.fromEntries(Object.entries(read.settings).filter(([key, value]) => value !== (defaultSettings as Record<string, unknown>)[key])) as Partial<Settings>;
		} catch (error) {
			this.problems.push({ file: path, message: `cannot read it as JSON (${error instanceof Error ? error.message : String(error)})`, fatal: true });
		}
		this.byFile.set(path, settings);
		return settings;
	}
}
