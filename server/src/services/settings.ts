/**
 * Service layer: every `reseal.*` setting in one table — its name, type,
 * default and allowed values — and the one reader that turns what a client
 * (VS Code, Neovim, a `reseal.json`) sends into typed settings.
 *
 * The server, the CLI and the VS Code client all read settings through here,
 * and a test checks this table against `contributes.configuration` in
 * package.json both ways. Adding a setting is one row below plus its
 * package.json entry (description) and README line; its typed value appears
 * in `Settings` under the row's `key` by itself.
 *
 * Pure: no `vscode`, no transport, no file IO.
 */

/** Severity a user may give a diagnostic code; `off` drops it. */
export type SeverityLevel = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const severityLevels: readonly SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

interface SpecBase {
	/** The full setting name as package.json declares it. */
	readonly name: string;
	/** The property of `Settings` that holds the value. */
	readonly key: string;
}
interface EnumSpec extends SpecBase {
	readonly type: 'enum';
	readonly values: readonly string[];
	readonly default: string;
}
interface NumberSpec extends SpecBase {
	readonly type: 'number';
	readonly default: number;
	readonly minimum?: number;
	readonly maximum?: number;
	/** A value past `maximum` means "as many as possible": it becomes the maximum instead of being refused. */
	readonly clampToMaximum?: boolean;
}
interface BooleanSpec extends SpecBase {
	readonly type: 'boolean';
	readonly default: boolean;
}
interface StringSpec extends SpecBase {
	readonly type: 'string';
	readonly default: string;
}
/** An object mapping diagnostic codes to a `SeverityLevel`. */
interface SeverityMapSpec extends SpecBase {
	readonly type: 'severityMap';
	readonly default: Readonly<Record<string, SeverityLevel>>;
}
export type SettingSpec = EnumSpec | NumberSpec | BooleanSpec | StringSpec | SeverityMapSpec;

/** The table. Names and keys are published: never rename one, add a new row. */
export const settingSpecs = [
	{ name: 'reseal.target', key: 'target', type: 'enum', values: ['xp', '2003'], default: '2003' },
	{ name: 'reseal.architecture', key: 'architecture', type: 'enum', values: ['x86', 'x64', 'ia64'], default: 'x86' },
	{ name: 'reseal.batch.enable', key: 'batchSupport', type: 'enum', values: ['all', 'sysprep', 'off'], default: 'all' },
	{
		name: 'reseal.unattend.target',
		key: 'unattendTarget',
		type: 'enum',
		values: ['auto', 'vista', 'win7', 'win8', 'win81', 'win10', 'win11', 'ws2008', 'ws2008r2', 'ws2012', 'ws2012r2', 'ws2016', 'ws2019', 'ws2022', 'ws2025'],
		default: 'auto',
	},
	{ name: 'reseal.unattend.image', key: 'unattendImage', type: 'string', default: '' },
	{ name: 'reseal.validation.debounceMs', key: 'debounceMs', type: 'number', default: 150, minimum: 0, maximum: 5000 },
	// Bounded: a report of 1e8 problems of a 2 MB file outgrew the longest string V8 can build.
	{ name: 'reseal.validation.maxDiagnostics', key: 'maxDiagnostics', type: 'number', default: 1000, minimum: 1, maximum: 100_000, clampToMaximum: true },
	{ name: 'reseal.severity', key: 'severity', type: 'severityMap', default: {} },
	{ name: 'reseal.workspaceDiagnostics.enable', key: 'workspaceDiagnostics', type: 'boolean', default: true },
	{ name: 'reseal.workspaceDiagnostics.maxFiles', key: 'workspaceMaxFiles', type: 'number', default: 500, minimum: 0, maximum: 20000 },
	{ name: 'reseal.workspaceDiagnostics.maxFileSizeKB', key: 'workspaceMaxFileSizeKB', type: 'number', default: 1024, minimum: 1, maximum: 4096 },
	{ name: 'reseal.workspaceDiagnostics.maxLogSizeKB', key: 'workspaceMaxLogSizeKB', type: 'number', default: 65536, minimum: 0, maximum: 65536 },
	{ name: 'reseal.format.equalsSpacing', key: 'formatEqualsSpacing', type: 'enum', values: ['keep', 'none', 'spaces'], default: 'keep' },
	{ name: 'reseal.inlayHints.enable', key: 'inlayHints', type: 'boolean', default: true },
	{ name: 'reseal.trace.server', key: 'traceServer', type: 'enum', values: ['off', 'messages', 'verbose'], default: 'off' },
	{ name: 'reseal.bundle.outputFolder', key: 'bundleOutputFolder', type: 'string', default: '' },
	{ name: 'reseal.unattend.autoCloseTags', key: 'unattendAutoCloseTags', type: 'boolean', default: true },
] as const satisfies readonly SettingSpec[];

type Spec = (typeof settingSpecs)[number];
type ValueOf<S> = S extends { type: 'enum'; values: readonly (infer V)[] }
	? V
	: S extends { type: 'number' }
		? number
		: S extends { type: 'boolean' }
			? boolean
			: S extends { type: 'severityMap' }
				? Readonly<Record<string, SeverityLevel>>
				: string;

/** Every setting, typed, under its `key`. */
export type Settings = { readonly [S in Spec as S['key']]: ValueOf<S> };

export const defaultSettings: Settings = Object.fromEntries(settingSpecs.map((spec) => [spec.key, spec.default])) as unknown as Settings;

/** The configuration section clients send (`reseal` → `{ target, batch: { enable }, … }`). */
export const configurationSection = 'reseal';

export interface ReadOptions {
	/** Settings to start from (values that are missing or invalid keep these). */
	readonly base?: Settings;
	/** Whether a diagnostic code exists; codes it rejects in `reseal.severity` are reported. */
	readonly isKnownCode?: (code: string) => boolean;
	/** Report names under the section that no row declares (for `reseal.json`; editors send extra keys). */
	readonly reportUnknown?: boolean;
}

export interface ReadResult {
	readonly settings: Settings;
	/** One sentence per value that was ignored, naming the setting. */
	readonly problems: readonly string[];
}

/**
 * Reads the `reseal` section as clients send it: nested (`{ batch: { enable } }`,
 * what VS Code's `getConfiguration('reseal')` gives) or flat (`{ 'batch.enable' }`,
 * `{ 'reseal.batch.enable' }`). Never throws; a wrong value keeps the base value and
 * is reported.
 */
export function readSettings(raw: unknown, options: ReadOptions = {}): ReadResult {
	const base = options.base ?? defaultSettings;
	const values: Record<string, unknown> = { ...base };
	const problems: string[] = [];
	if (raw === undefined || raw === null) return { settings: base, problems };
	if (!isRecord(raw)) return { settings: base, problems: [`the "${configurationSection}" settings must be an object`] };
	for (const spec of settingSpecs as readonly SettingSpec[]) {
		const found = lookup(raw, spec.name.slice(configurationSection.length + 1));
		if (found === undefined || found === null) continue;
		const checked = check(spec, found, options, problems);
		if (checked !== undefined) values[spec.key] = checked;
	}
	if (options.reportUnknown) {
		for (const name of leafNames(raw)) problems.push(`unknown setting "${name}"`);
	}
	return { settings: values as unknown as Settings, problems };
}

function check(spec: SettingSpec, value: unknown, options: ReadOptions, problems: string[]): unknown {
	const bad = (expected: string): undefined => {
		problems.push(`${spec.name} must be ${expected} (got ${JSON.stringify(value)})`);
		return undefined;
	};
	switch (spec.type) {
		case 'enum':
			return typeof value === 'string' && spec.values.includes(value) ? value : bad(`one of ${spec.values.join(', ')}`);
		case 'boolean':
			return typeof value === 'boolean' ? value : bad('true or false');
		case 'string':
			return typeof value === 'string' ? value : bad('a string');
		case 'number': {
			const range = `a number${spec.minimum !== undefined ? ` from ${spec.minimum}` : ''}${spec.maximum !== undefined ? ` up to ${spec.maximum}` : ''}`;
			if (typeof value !== 'number' || !Number.isFinite(value)) return bad(range);
			if (spec.clampToMaximum && spec.maximum !== undefined && value > spec.maximum) return spec.maximum;
			if ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)) return bad(range);
			return Math.floor(value);
		}
		case 'severityMap': {
			if (!isRecord(value)) return bad('an object mapping diagnostic codes to error, warning, information, hint or off');
			const map: Record<string, SeverityLevel> = {};
			for (const [code, level] of Object.entries(value)) {
				if (typeof level !== 'string' || !severityLevels.includes(level as SeverityLevel)) {
					problems.push(`${spec.name}: "${code}" must map to error, warning, information, hint or off (got ${JSON.stringify(level)})`);
				} else if (options.isKnownCode && !options.isKnownCode(code)) {
					problems.push(`${spec.name}: unknown diagnostic code "${code}"`);
				} else {
					map[code] = level as SeverityLevel;
				}
			}
			return map;
		}
	}
}

/** `batch.enable` in `{ batch: { enable } }`, `{ 'batch.enable' }` or `{ 'reseal.batch.enable' }`. */
function lookup(raw: Record<string, unknown>, path: string): unknown {
	for (const flat of [path, `${configurationSection}.${path}`]) if (Object.hasOwn(raw, flat)) return raw[flat];
	if (isRecord(raw[configurationSection])) {
		const inner = lookup(raw[configurationSection] as Record<string, unknown>, path);
		if (inner !== undefined) return inner;
	}
	let node: unknown = raw;
	for (const part of path.split('.')) {
		if (!isRecord(node) || !Object.hasOwn(node, part)) return undefined;
		node = node[part];
	}
	return node;
}

/** Names in `raw` that match no setting (the object of `reseal.severity` is one value). */
function leafNames(raw: Record<string, unknown>): string[] {
	const known = (settingSpecs as readonly SettingSpec[]).map((spec) => spec.name.slice(configurationSection.length + 1));
	const unknown: string[] = [];
	const visit = (node: Record<string, unknown>, prefix: string): void => {
		for (const [name, value] of Object.entries(node)) {
			const path = prefix ? `${prefix}.${name}` : name.startsWith(`${configurationSection}.`) ? name.slice(configurationSection.length + 1) : name;
			if (path === configurationSection && isRecord(value)) visit(value, '');
			else if (known.includes(path)) continue;
			else if (isRecord(value) && known.some((key) => key.startsWith(`${path}.`))) visit(value, path);
			else if (path !== '$schema') unknown.push(path);
		}
	};
	visit(raw, '');
	return unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
