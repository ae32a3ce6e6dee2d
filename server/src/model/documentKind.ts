/**
 * Model layer: which kind of file a document is, from its language id and,
 * when the id is generic, from its file name (in any case: real media has
 * `SYSPREP.INF`, `Sysprep.inf` and `sysprep.inf`).
 */

/**
 * Every document kind Reseal understands. `embedded` is a file that holds an
 * answer file without being one: a build-tool template (`autounattend.pkrtpl.hcl`,
 * `sysprep.inf.j2`) or a host file with the answer file in a string (`.ps1`
 * here-string, HCL heredoc, YAML block scalar); see `model/embedded/`.
 */
export type DocumentKind = 'sysprep-inf' | 'unattend-txt' | 'winbom-ini' | 'cmdlines' | 'bat' | 'unattend-xml' | 'embedded' | 'setup-log';

const byLanguageId: Record<string, DocumentKind> = {
	'sysprep-inf': 'sysprep-inf',
	'winbom-ini': 'winbom-ini',
	cmdlines: 'cmdlines',
	bat: 'bat',
	'unattend-xml': 'unattend-xml',
	'setup-log': 'setup-log',
};

/** The last path segment of a URI or path, decoded, lower-cased. */
export function baseName(uriOrPath: string): string {
	let path = uriOrPath;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL after all; use it as a path.
	}
	const parts = path.split(/[\\/]/);
	return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** The kind a file name implies, or undefined for files Reseal leaves alone. */
export function kindFromName(uriOrPath: string): DocumentKind | undefined {
	const name = baseName(uriOrPath);
	const template = templateOf(name);
	if (template) return answerBaseName(template.base) ? 'embedded' : undefined;
	return kindFromBaseName(name) ?? setupLogFromName(uriOrPath, name);
}

/**
 * Setup and Sysprep logs: `setupact.log`, `setuperr.log`, XP's `setuplog.txt`
 * and Sysprep's `setupcl.log` by name, and any `.log` in a `Panther` folder
 * (`%WINDIR%\Panther`, its `UnattendGC`, `Sysprep\Panther`,
 * `$WINDOWS.~BT\Sources\Panther`).
 */
const setupLogNames = new Set(['setupact.log', 'setuperr.log', 'setuplog.txt', 'setupcl.log']);

function setupLogFromName(uriOrPath: string, name: string): DocumentKind | undefined {
	if (setupLogNames.has(name)) return 'setup-log';
	if (!name.endsWith('.log')) return undefined;
	let path = uriOrPath;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL; use it as a path.
	}
	const folders = path.toLowerCase().split(/[\\/]/).slice(0, -1);
	return folders.includes('panther') ? 'setup-log' : undefined;
}

function kindFromBaseName(name: string): Exclude<DocumentKind, 'embedded' | 'setup-log'> | undefined {
	if (name === 'sysprep.inf') return 'sysprep-inf';
	if (name === 'unattend.txt' || name === 'winnt.sif' || name.endsWith('.sif')) return 'unattend-txt';
	if (name === 'winbom.ini') return 'winbom-ini';
	if (name === 'cmdlines.txt') return 'cmdlines';
	if (name.endsWith('.bat') || name.endsWith('.cmd')) return 'bat';
	if (name === 'unattend.xml' || name === 'autounattend.xml') return 'unattend-xml';
	// Copies kept under other names: `sysprep-2003.inf`, `xp_winbom.ini`, `old-cmdlines.txt`.
	if (name.endsWith('.inf') && name.includes('sysprep')) return 'sysprep-inf';
	if (name.endsWith('.txt') && name.includes('unattend')) return 'unattend-txt';
	if (name.endsWith('.ini') && name.includes('winbom')) return 'winbom-ini';
	if (name.endsWith('.txt') && name.includes('cmdlines')) return 'cmdlines';
	if (name.endsWith('.xml') && name.includes('unattend')) return 'unattend-xml';
	return undefined;
}

/** Template engines whose syntax Reseal reads around an answer file. `generic` accepts the tags of them all. */
export type TemplateEngine = 'hcl' | 'jinja' | 'mako' | 'erb' | 'go' | 'generic';

/** Engine suffixes, longest first (`.pkrtpl.hcl` before `.hcl` could match anything else). */
const templateSuffixes: readonly (readonly [string, TemplateEngine])[] = [
	['.pkrtpl.hcl', 'hcl'],
	['.pkrtpl', 'hcl'],
	['.tftpl', 'hcl'],
	['.j2', 'jinja'],
	['.jinja2', 'jinja'],
	['.jinja', 'jinja'],
	['.mako', 'mako'],
	['.erb', 'erb'],
	['.gotmpl', 'go'],
	['.tmpl', 'generic'],
	['.tpl', 'generic'],
	['.template', 'generic'],
	['.in', 'generic'],
];

/** A template's engine and the name it renders to (`autounattend.xml.j2` → `autounattend.xml`). */
export function templateOf(uriOrPath: string): { readonly engine: TemplateEngine; readonly base: string } | undefined {
	const name = baseName(uriOrPath);
	for (const [suffix, engine] of templateSuffixes) {
		if (name.length > suffix.length && name.endsWith(suffix)) return { engine, base: name.slice(0, -suffix.length) };
	}
	return undefined;
}

/** The answer-file kind a rendered name implies: a known name, or an extension-less `autounattend`/`sysprep`/`winnt`. */
export function answerKindOfBaseName(base: string): 'unattend-xml' | 'sysprep-inf' | 'unattend-txt' | undefined {
	const known = kindFromBaseName(base);
	if (known === 'unattend-xml' || known === 'sysprep-inf' || known === 'unattend-txt') return known;
	if (known) return undefined;
	// By `includes`, not `^[^.]*name[^.]*$`: that pattern retried every occurrence of the name to the end.
	const bare = !base.includes('.');
	if ((bare && base.includes('unattend')) || base.endsWith('unattend.xml')) return 'unattend-xml';
	if (bare && base.includes('sysprep')) return 'sysprep-inf';
	if (bare && base.includes('winnt')) return 'unattend-txt';
	return undefined;
}

function answerBaseName(base: string): boolean {
	return answerKindOfBaseName(base) !== undefined;
}

/** Host files that may carry an answer file in a string: PowerShell, Packer/Terraform HCL, YAML. */
export type HostLanguage = 'powershell' | 'hcl' | 'yaml';

export function hostLanguageOf(uriOrPath: string): HostLanguage | undefined {
	const name = baseName(uriOrPath);
	if (name.endsWith('.ps1') || name.endsWith('.psm1')) return 'powershell';
	if (name.endsWith('.hcl') || name.endsWith('.tf')) return 'hcl';
	if (name.endsWith('.yml') || name.endsWith('.yaml')) return 'yaml';
	return undefined;
}

/** How much of an `.xml` file the root sniff reads: a prolog with a long licence comment still fits. */
export const sniffLength = 8192;

/**
 * Whether an XML text's root element is `unattend` in the
 * `urn:schemas-microsoft-com:unattend` namespace. Reads at most `sniffLength`
 * characters and skips the prolog (declaration, comments, processing
 * instructions, doctype) with `indexOf`, so a large `pom.xml` costs microseconds.
 */
export function isUnattendXmlText(text: string): boolean {
	return sniffUnattendRoot(text) === true;
}

/** The sniff on a head of the file: true or false when the head decides, undefined when the prolog runs past it. */
export function sniffUnattendRoot(text: string): boolean | undefined {
	const end = Math.min(text.length, sniffLength);
	let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	while (at < end) {
		const c = text.charCodeAt(at);
		if (c === 32 || c === 9 || c === 10 || c === 13) {
			at++;
			continue;
		}
		if (c !== 60 /* < */) return false;
		if (text.startsWith('<?', at)) at = skipPast(text, '?>', at, end);
		else if (text.startsWith('<!--', at)) at = skipPast(text, '-->', at, end);
		else if (text.startsWith('<!', at)) at = skipPast(text, '>', at, end);
		else {
			const tagEnd = text.indexOf('>', at);
			const tag = text.slice(at + 1, tagEnd === -1 || tagEnd > end ? end : tagEnd);
			const name = /^(?:[\w.-]+:)?([\w.-]+)/.exec(tag);
			if (!name || name[1] !== 'unattend') return false;
			if (tag.includes('urn:schemas-microsoft-com:unattend')) return true;
			// The start tag goes on past the head: more text may still hold the namespace.
			return tagEnd === -1 && text.length < sniffLength ? undefined : false;
		}
	}
	return text.length < sniffLength ? undefined : false;
}

function skipPast(text: string, close: string, from: number, end: number): number {
	const found = text.indexOf(close, from + 2);
	return found === -1 || found >= end ? end : found + close.length;
}

/** INI answer files: a section header Sysprep.inf or Unattend.txt always has. */
const iniAnswerSection = /^[ \t]*\[(?:Unattended|GuiUnattended|UserData|Sysprep|Data|SetupData)\][ \t]*\r?$/im;

/** The answer-file kind of a text (an unattend.xml root, or an INI answer file's sections), if any. */
export function answerKindOfText(text: string): 'unattend-xml' | 'sysprep-inf' | 'unattend-txt' | undefined {
	const start = text.search(/\S/);
	if (start === -1) return undefined;
	if (text[start] === '<') return isUnattendXmlText(start > sniffLength / 2 ? text.slice(start) : text) ? 'unattend-xml' : undefined;
	if (!iniAnswerSection.test(text)) return undefined;
	// [Data] and [SetupData] are text-mode Setup's (winnt.sif); the rest both files share.
	return /^[ \t]*\[(?:Data|SetupData)\]/im.test(text) ? 'unattend-txt' : 'sysprep-inf';
}

/** A cheap test that a host file may hold an answer file somewhere: one linear regex over the text. */
export function mayHoldAnswerText(text: string): boolean {
	return /urn:schemas-microsoft-com:unattend|\[(?:GuiUnattended|Unattended|UserData)\]/i.test(text);
}

/**
 * Names whose kind the content decides: any `.xml` (root sniff), template
 * names (`*.pkrtpl`, `*.j2`, …) and host files (`.ps1`, `.tf`, `.yml`, …).
 * The workspace walk, `reseal check` and the pre-commit hook's pattern take
 * these as candidates and read them to decide.
 */
export function needsContent(uriOrPath: string): boolean {
	if (kindFromName(uriOrPath)) return false;
	const name = baseName(uriOrPath);
	return name.endsWith('.xml') || templateOf(name) !== undefined || hostLanguageOf(name) !== undefined;
}

/** Names Reseal checks or reads to decide (what the pre-commit hook's `files` pattern selects). */
export function mayBeAnswerFile(uriOrPath: string): boolean {
	return kindFromName(uriOrPath) !== undefined || needsContent(uriOrPath);
}

/**
 * The document's kind: a Reseal language id wins, except that the
 * `sysprep-inf` id also covers Unattend.txt/winnt.sif, told apart by name, and
 * a template name with a Reseal id is a template. Without a name or id that
 * decides, `text` does: an `.xml` with an unattend root, a template or host
 * file that holds an answer file.
 */
export function kindOf(uriOrPath: string, languageId?: string, text?: string): DocumentKind | undefined {
	const fromName = kindFromName(uriOrPath);
	if (languageId === 'sysprep-inf' && fromName === 'unattend-txt') return 'unattend-txt';
	const fromId = languageId ? byLanguageId[languageId] : undefined;
	if (fromId && templateOf(uriOrPath)) return 'embedded';
	const known = fromId ?? fromName;
	if (known || text === undefined) return known;
	return kindFromContent(uriOrPath, text);
}

/** The kind content gives a name that needs it (`needsContent`). */
export function kindFromContent(uriOrPath: string, text: string): DocumentKind | undefined {
	const name = baseName(uriOrPath);
	if (templateOf(name)) return answerKindOfText(text) || mayHoldAnswerText(text) ? 'embedded' : undefined;
	if (name.endsWith('.xml')) return isUnattendXmlText(text) ? 'unattend-xml' : undefined;
	if (hostLanguageOf(name)) return mayHoldAnswerText(text) ? 'embedded' : undefined;
	return undefined;
}
