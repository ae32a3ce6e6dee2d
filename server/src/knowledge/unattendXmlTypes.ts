/**
 * Knowledge layer: the shapes of the tables that describe `unattend.xml`
 * (Windows Vista and later answer files).
 *
 * Invariant: this module and `unattendXml.ts` import nothing but these types.
 * Checks, completion and hover read the tables; no component or setting name
 * is special-cased in code.
 *
 * Naming conventions:
 * - `name` is the spelling Microsoft's Unattended Windows Setup Reference
 *   uses; element names are case-sensitive in XML, so it is matched exactly
 *   (a case-only difference is reported as a likely typo).
 * - `doc` is our own prose, Markdown allowed, present tense, short.
 * - `example` is the XML of the setting alone, as it would appear in the file.
 */

import type { UnattendTarget } from './unattendXmlTargets';

/** The configuration passes, in the order Windows runs them. */
export type UnattendPass = 'windowsPE' | 'offlineServicing' | 'generalize' | 'specialize' | 'auditSystem' | 'auditUser' | 'oobeSystem';

export interface PassSpec {
	readonly name: UnattendPass;
	/** What the pass is for and when it runs, in our words. */
	readonly doc: string;
	/** What starts the pass (Setup from media, `sysprep /generalize`, audit mode, …). */
	readonly trigger: string;
}

/** One allowed literal of an enumerated setting or attribute. */
export interface UnattendEnumValue {
	readonly value: string;
	readonly doc: string;
}

/**
 * The values a setting accepts. Validation, completion and hover each handle
 * every case of this union.
 */
export type UnattendValueDomain =
	/** `true` or `false`. */
	| { readonly kind: 'boolean' }
	/** One of the literals (exact spelling; a case-only difference is reported as a warning). */
	| { readonly kind: 'enum'; readonly values: readonly UnattendEnumValue[] }
	/** A whole number, optionally bounded (inclusive). */
	| { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
	/** Free text; `pattern` is a JS regex source, `patternHint` says in words what it expects. */
	| { readonly kind: 'text'; readonly maxLength?: number; readonly pattern?: string; readonly patternHint?: string; readonly allowEmpty?: boolean }
	/** A file or folder path, or a command line (`command`). */
	| { readonly kind: 'path' }
	| { readonly kind: 'command' }
	/** A 25-character product key; `allowEmpty` when an empty key means "ask". */
	| { readonly kind: 'productKey'; readonly allowEmpty?: boolean }
	/**
	 * A password `Value`. `plainTextSibling` names the sibling element that
	 * says whether it is encoded; `encodedSuffix` is what Windows SIM appends
	 * before it Base64-encodes the UTF-16 text.
	 */
	| { readonly kind: 'password'; readonly plainTextSibling?: string; readonly encodedSuffix?: string; readonly use?: PasswordUse }
	/** A Windows time-zone ID from `timeZoneIds`. */
	| { readonly kind: 'timeZone' }
	/** A language tag (`en-US`); `inputLocale` also accepts `0409:00000409` codes, `list` a `;`-separated list. */
	| { readonly kind: 'locale'; readonly inputLocale?: boolean; readonly list?: boolean }
	/** Anything; say why in the setting's doc. */
	| { readonly kind: 'any' };

/**
 * What a password is for: `account` (the default) is the password an account
 * gets, so an empty one leaves the account open; `credential` is what Setup
 * signs in with somewhere else (a domain join, a network share), so an empty
 * one only matters when that is used at all.
 */
export type PasswordUse = 'account' | 'credential';

/** A value that is valid but known to cause trouble; the message explains. */
export interface SettingCaution {
	/** The value that triggers it (compared case-insensitively). */
	readonly whenValue: string;
	/** The diagnostic code suffix (`xml.<code>`). */
	readonly code: 'skip-rearm';
	readonly message: string;
	/** The value the quick-fix writes. */
	readonly fixValue?: string;
}

/**
 * How the items of a list are written: `add` items carry `wcm:action="add"`;
 * `keyed` items also carry `wcm:keyValue`, unique within the list.
 */
export type ListItemKind = 'add' | 'keyed';

/** Commands that run in order: `Order` must be unique and positive, and something must say what to run. */
export interface CommandListRule {
	/** The child that orders the items, e.g. `Order`. */
	readonly orderChild: string;
	/** At least one of these children says what to run (`Path`, `CommandLine`). */
	readonly commandChildren: readonly string[];
}

/** One element a component accepts (a value or a container of further settings). */
export interface SettingSpec {
	readonly name: string;
	readonly doc: string;
	/** Present for value settings: the text the element holds. */
	readonly domain?: UnattendValueDomain;
	/** Present for containers: the elements it may hold. */
	readonly children?: readonly SettingSpec[];
	/** Passes in which Setup applies the setting; absent means every pass of its component. */
	readonly passes?: readonly UnattendPass[];
	/** The element is an item of a list (it may repeat) and needs `wcm:action`. */
	readonly listItem?: ListItemKind;
	/** The element's items are commands (`RunSynchronousCommand`, `SynchronousCommand`). */
	readonly commands?: CommandListRule;
	/** Documented default when the element is absent. */
	readonly default?: string;
	readonly example?: string;
	/** Obsolete or ignored; the text says what to use instead. */
	readonly deprecated?: string;
	/** With `deprecated`: the first release where it applies (earlier targets get no finding). */
	readonly deprecatedSince?: UnattendTarget;
	/** The reference says whether an empty element is supported (undefined: it does not say). */
	readonly emptyAllowed?: boolean;
	/** Windows releases the reference names for the setting (hover only). */
	readonly versions?: readonly string[];
	/** Short labels the reference gives some values (`0` Unknown, `1` Phone); hover only. */
	readonly valueLabels?: readonly UnattendEnumValue[];
	/** The unit a number is counted in (`MB`, `s`, `min`, `px`); hover only. */
	readonly unit?: string;
	/** Other settings of the component the reference relates to this one, as paths below the component; hover only. */
	readonly related?: readonly string[];
	/**
	 * The row comes only from the generated reference table, not reviewed by
	 * hand: a value outside an extracted enumeration or range is a warning,
	 * not an error.
	 */
	readonly generated?: boolean;
	/** The current reference does not list the setting (an older release's): its passes are not checked. */
	readonly unlisted?: boolean;
	/** Found only in answer files that Setup reads from installation media (windowsPE). */
	readonly installMedia?: boolean;
	/** With `deprecated`: the reference lists it as removed, not merely deprecated. */
	readonly removed?: boolean;
	/** The value is a secret: keep it out of hover, outline and facts. */
	readonly secret?: boolean;
	/** A placeholder value for completion and quick-fixes. */
	readonly insertValue?: string;
	/**
	 * Other spellings of the element name that Windows SIM writes (its schema
	 * differs from the reference's page, e.g. `OEMAppId` for `OEMAppID`);
	 * Setup reads them as this setting.
	 */
	readonly spellings?: readonly string[];
	/**
	 * A sibling setting whose value puts this one to use: join credentials
	 * matter only when `JoinDomain` names a domain. Empty or absent, nothing
	 * reads this setting, so an empty value in it is not a finding.
	 */
	readonly inUseWhen?: string;
	readonly caution?: SettingCaution;
}

export interface ComponentSpec {
	/** Canonical name, e.g. `Microsoft-Windows-Shell-Setup`. */
	readonly name: string;
	readonly doc: string;
	/** Passes in which Setup applies any of the component's settings. */
	readonly passes: readonly UnattendPass[];
	readonly settings: readonly SettingSpec[];
	/**
	 * The table lists every top-level setting of the component, so an unknown
	 * one is a mistake; otherwise an unknown setting without a close match is
	 * only reported as information.
	 */
	readonly complete?: boolean;
	/** Windows releases and architectures the reference names for the component (hover only). */
	readonly versions?: readonly string[];
	readonly architectures?: readonly string[];
}

/** An attribute of `<component>` (or of a list item). */
export interface AttributeSpec {
	readonly name: string;
	readonly doc: string;
	readonly required: boolean;
	/** Allowed values, when fixed. */
	readonly values?: readonly UnattendEnumValue[];
	/** The value Windows SIM writes, inserted by completion and quick-fixes. */
	readonly insertValue: string;
}

/** A whole answer file offered as a snippet and by completion in an empty file. */
export interface UnattendSkeleton {
	/** The snippet's title. */
	readonly name: string;
	readonly prefix: string;
	readonly description: string;
	/** Lines in VS Code snippet syntax (`${1|amd64,x86|}`, `${2:default}`), indented with tabs. */
	readonly body: readonly string[];
	/** The file name (lower case) it is offered first for in an empty file: `autounattend.xml`, `unattend.xml`. */
	readonly fileName?: string;
}

/** The whole `unattend.xml` table. */
export interface UnattendXmlSpec {
	/** `urn:schemas-microsoft-com:unattend`. */
	readonly namespace: string;
	/** `http://schemas.microsoft.com/WMIConfig/2002/State`. */
	readonly wcmNamespace: string;
	/** `http://www.w3.org/2001/XMLSchema-instance`, which Windows SIM also declares. */
	readonly xsiNamespace: string;
	readonly rootDoc: string;
	readonly settingsDoc: string;
	readonly componentDoc: string;
	readonly passes: readonly PassSpec[];
	readonly componentAttributes: readonly AttributeSpec[];
	/** `wcm:action` values. */
	readonly actions: readonly UnattendEnumValue[];
	readonly actionDoc: string;
	readonly keyValueDoc: string;
	readonly components: readonly ComponentSpec[];
	/** Windows time-zone IDs (`tzutil /l`), for `TimeZone`. */
	readonly timeZoneIds: readonly string[];
}
