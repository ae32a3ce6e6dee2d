/**
 * Knowledge layer: the shapes of the data tables that describe answer files.
 *
 * Invariant: this module and every `knowledge/*` data file import nothing but
 * these types. Checks, completion and hover read the tables; no entry name is
 * special-cased in code.
 *
 * Naming conventions for data files:
 * - `name` is the canonical spelling from Microsoft's reference (case matters
 *   only for display; matching is case-insensitive).
 * - `doc` is our own prose, Markdown allowed, present tense, one short paragraph.
 * - `example` is a full line as it would appear in the file (`Key = Value`).
 */

/** The Windows generation an answer file targets. */
export type WindowsTarget = 'xp' | '2003';

/** Processor architecture of the image. */
export type Architecture = 'x86' | 'x64' | 'ia64';

/** One allowed literal value of an enumerated entry. */
export interface EnumValue {
	/** The literal as documented, e.g. `Yes`, `PerSeat`, `Ignore`. */
	readonly value: string;
	/** What choosing it does, in our words. */
	readonly doc: string;
	/** Other spellings Setup also accepts (still case-insensitive). */
	readonly aliases?: readonly string[];
}

/**
 * The set of values an entry accepts. Validation, completion and hover are all
 * driven by this union, so a new kind of domain needs one case in each service.
 */
export type ValueDomain =
	/** Exactly one of the listed literals, compared case-insensitively. */
	| { readonly kind: 'enum'; readonly values: readonly EnumValue[] }
	/** A whole number, optionally bounded (inclusive). `allowStar` accepts `*` (Setup prompts or picks). */
	| { readonly kind: 'integer'; readonly min?: number; readonly max?: number; readonly allowStar?: boolean }
	/** Free text. `maxLength` counts characters without surrounding quotes; `pattern` is a JS regex source tested against the unquoted value. */
	| {
			readonly kind: 'text';
			readonly maxLength?: number;
			readonly pattern?: string;
			/** Shown when `pattern` fails, e.g. "a NetBIOS name: letters, digits and hyphens". */
			readonly patternHint?: string;
			/** `*` alone is meaningful (for example a generated computer name). */
			readonly allowStar?: boolean;
			/** The value is made of codes a name table spells out (inlay hints show the names). */
			readonly names?: 'localeId' | 'inputLocales' | 'languageGroups';
			/** A length past which the value still works but is shortened or loses a feature (ComputerName past the NetBIOS limit). */
			readonly softMaxLength?: number;
			/** What happens past `softMaxLength`, completing "…, so …". */
			readonly softMaxHint?: string;
	  }
	/** A file-system path, absolute or relative as documented. `list` means several paths separated by `;`. */
	| {
			readonly kind: 'path';
			readonly list?: boolean;
			readonly relativeTo?: string;
			readonly pathKind?: 'folder' | 'file';
			/** Up to this many more comma-separated fields may follow the path (`[SysprepMassStorage]`: floppy folder, description, tag). */
			readonly extraFields?: number;
	  }
	/** A 25-character product key `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. */
	| { readonly kind: 'productKey' }
	/** A password; never echoed in hover, reports or logs. `encryptedBy` names the entry that says whether it is encrypted. */
	| { readonly kind: 'password'; readonly encryptedBy?: string }
	/** A time-zone index code from the `timeZones` table. */
	| { readonly kind: 'timeZone' }
	/** An IPv4 address; `list` allows several separated by commas. */
	| { readonly kind: 'ipAddress'; readonly list?: boolean }
	/** The name of another section in the same file (e.g. `[NetAdapters] Adapter1 = params.Adapter1`). `list` allows comma-separated names. */
	/**
	 * Names of sections in the same file. `prefix`: a value that names no section
	 * also resolves to `[prefix + value]` (Microsoft's own example writes the short form).
	 */
	| {
			readonly kind: 'sectionRef';
			readonly list?: boolean;
			readonly template?: string;
			readonly prefix?: string;
			/** The named section may be absent: Setup then installs the component with its default settings (Setup Manager writes such references). */
			readonly optional?: boolean;
	  }
	/** A command line (used by `[GuiRunOnce]` and similar lists). */
	| { readonly kind: 'command' }
	/** Anything; use sparingly and say why in the entry's doc. */
	| { readonly kind: 'any' };

/**
 * When an entry is needed. Requirements are evaluated against the whole file
 * and the target; `fullAutomation` means Mini-Setup prompts when it is absent.
 */
export interface Requirement {
	/** The reason shown in the diagnostic, e.g. "full automation of Mini-Setup". */
	readonly reason: 'fullAutomation';
	/** Only for these targets (e.g. `[LicenseFilePrintData]` is Server 2003 only). */
	readonly targets?: readonly WindowsTarget[];
	/** Satisfied if any entry in this group (in the same section) is present, e.g. JoinWorkgroup | JoinDomain. */
	readonly anyOf?: readonly string[];
	/** Needed only when this entry of the same section is present (e.g. DomainAdmin needs JoinDomain). */
	readonly whenPresent?: string;
	/** With `whenPresent`: needed only when that entry has this value (AutoUsers only when `AutoMode = PerServer`). */
	readonly whenValue?: string;
	/** The value full automation needs, if one specific value is required (e.g. `OEMSkipWelcome = 1`). */
	readonly value?: string;
	/** `value` is not needed when one of these sections is present (they say what to install instead). */
	readonly unlessSections?: readonly string[];
}

/** One `key = value` entry a section accepts. */
export interface EntrySpec {
	readonly name: string;
	readonly doc: string;
	readonly domain: ValueDomain;
	/** Value used when the entry is absent, as the reference states it. */
	readonly default?: string;
	/** A complete line, e.g. `TimeZone = 035`. */
	readonly example?: string;
	/** Windows versions that read the entry; absent means both XP and Server 2003. */
	readonly targets?: readonly WindowsTarget[];
	/** Architectures that read the entry; absent means all. */
	readonly architectures?: readonly Architecture[];
	readonly required?: Requirement;
	/** The value is a secret (password, key): keep it out of hover, manifests and logs. */
	readonly secret?: boolean;
	/**
	 * The file kinds that honour this entry when it differs from its section's,
	 * e.g. an `[Unattended]` entry that only text-mode Setup reads (`['unattend']`).
	 */
	readonly fileKinds?: readonly AnswerFileKind[];
	/** A value placeholder used when a quick-fix inserts the entry. */
	readonly insertValue?: string;
	/** The value is a Windows environment-variable-bearing path or text that Setup expands. */
	readonly expandsVariables?: boolean;
	/** Marked obsolete or ignored by Mini-Setup; the text says what to use instead. */
	readonly deprecated?: string;
	/** Winbom.ini only: when Factory.exe reads the entry. */
	readonly factory?: FactoryProcessing;
	/**
	 * What this entry's value means depends on another entry of the section (AutoUsers on AutoMode):
	 * the inlay hint shown after the value, by the other entry's value (compared case-insensitively).
	 */
	readonly pairHint?: { readonly entry: string; readonly labels: Readonly<Record<string, string>> };
	/**
	 * What an empty value (`Entry =` or `Entry = ""`) does: `prompts` (Setup asks for it,
	 * so full automation breaks), `default` (Setup uses its default) or `meaningless`
	 * (nothing sensible happens). Absent means `meaningless`.
	 */
	readonly blank?: BlankMeaning;
	/** Where the facts come from: a reference page, a seed, or `unverified`. Never shown in hover. */
	readonly source?: string;
}

/** What Setup does with an entry whose value is empty. */
export type BlankMeaning = 'prompts' | 'default' | 'meaningless';

/** The `[Factory] WinbomType` values. */
export type WinbomType = 'WinPE' | 'Factory' | 'OOBE';

/**
 * How Factory.exe processes a Winbom.ini entry or section, from the per-state
 * tables of the reference: which WinbomType states read it, whether the state
 * runs once or on every boot, and whether environment variables are expanded.
 */
export interface FactoryProcessing {
	/** The WinbomType values whose states read it. */
	readonly types: readonly WinbomType[];
	/** The state name(s) as the log shows them, e.g. "Setting display resolution". */
	readonly states: readonly string[];
	readonly executes: 'once' | 'always';
	/** WinbomType values under which the state runs only once although `executes` is `always` (display settings in OOBE). */
	readonly onceIn?: readonly WinbomType[];
	/** Environment variables are expanded in the value (system variables only before logon). */
	readonly variables: boolean;
}

/** The answer-file kinds that share the INI format. */
export type AnswerFileKind = 'sysprep' | 'unattend' | 'winbom';

/**
 * How the lines of a section are shaped:
 * - `entries`: documented `key = value` lines only;
 * - `values`: a list of bare values or quoted command lines (`[GuiRunOnce]`);
 * - `open`: author-chosen keys whose values follow one domain (`[SysprepMassStorage]`: hardware ID = INF path);
 * - `empty`: the header alone carries the meaning (`[Networking]` in Sysprep.inf).
 */
export type SectionShape = 'entries' | 'values' | 'open' | 'empty';

/** One section of an answer file. */
export interface SectionSpec {
	/** Canonical name; for templated sections the template, e.g. `params.<adapter>`. */
	readonly name: string;
	readonly doc: string;
	readonly shape: SectionShape;
	readonly entries: readonly EntrySpec[];
	/** For `open` and `values` sections: the domain of each line's value. */
	readonly lineDomain?: ValueDomain;
	/** For `open` sections: what the keys are, e.g. "a Plug and Play hardware ID". */
	readonly keyDoc?: string;
	/** For `open` sections: a JS regex source the key must match. */
	readonly keyPattern?: string;
	/**
	 * The section's name is chosen by the author and given by a `sectionRef` entry
	 * elsewhere (`[params.Adapter1]`). Such sections are matched through references,
	 * and `template` names the spec in `sectionRef.template`.
	 */
	readonly template?: string;
	readonly targets?: readonly WindowsTarget[];
	/** File kinds that honour the section; absent means the table's own kind. */
	readonly fileKinds?: readonly AnswerFileKind[];
	/** Required as a whole (the header must be present) for full automation. */
	readonly required?: Requirement;
	/** A multi-line snippet body (VS Code snippet syntax) used by completion after `[`. */
	readonly snippet?: string;
	readonly example?: string;
	/** Winbom.ini only: how Factory.exe processes the section as a whole. */
	readonly factory?: FactoryProcessing;
	/** Where the facts come from: a reference page, a seed, or `unverified`. Never shown in hover. */
	readonly source?: string;
}

/** A time zone for the `TimeZone` entry. */
export interface TimeZoneSpec {
	/** Index code as written in the file, without leading zeros (`35`); files may write `035`. */
	readonly index: number;
	/** Display name as Windows XP lists it, e.g. "(GMT-05:00) Eastern Time (US & Canada)". */
	readonly name: string;
	/** Standard-time name, e.g. "Eastern Standard Time". */
	readonly standardName: string;
}

/** A whole answer-file table. */
export interface AnswerFileSpec {
	readonly kind: AnswerFileKind;
	/** Human name, e.g. "Sysprep.inf". */
	readonly title: string;
	readonly sections: readonly SectionSpec[];
}
