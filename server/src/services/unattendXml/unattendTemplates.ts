/**
 * Service layer: template syntax in answer files that build tools (Packer,
 * Ansible/Jinja, Vagrant, deployment scripts) substitute before Setup reads
 * the file. A value holding such a token is reported once as a hint and not
 * checked further; directive lines between elements are not content.
 */
import type { XmlDocument, XmlElement } from '../../model/xmlParser';
import type { UnattendAnalysis } from './unattendAnalysis';
import { isPlaceholder } from '../../util/text';

/** Tokens that may sit anywhere in a value or attribute. */
const embedded = [
	// `{{- name -}}`: the dashes and blanks are text without braces too, so the
	// one class covers them (writing them out made the pattern cubic).
	/\{\{[^{}]+\}\}/, // {{ name }} (Jinja, Ansible, Go templates)
	/\$\{[A-Za-z_][^{}]*\}/, // ${var} (Packer HCL, shell)
	/%\{[^{}]*~?\}/, // %{ if … ~}
	/@@[A-Za-z_][\w.-]*@@/, // @@NAME@@
];

/** Forms that count only as the whole value (inside a command line they are runtime variables or literals). */
const whole = [
	/^\{(?![0-9A-Fa-f]{8}-)[A-Za-z_][\w.-]*\}$/, // {Name}, not a {GUID}
	/^\[[A-Za-z_][\w.-]*\]$/, // [NAME]
	/^\$env:[A-Za-z_]\w*$/i, // $env:X
	/^<[A-Z][A-Z0-9_]*>$/, // <PRODUCT_KEY> written as text (escaped)
];

/** Windows environment variables that Setup or the shell expand at run time: not template tokens. */
const windowsVariables = new Set(['systemdrive', 'systemroot', 'windir', 'programfiles', 'programfiles(x86)', 'programdata', 'configsetroot', 'userprofile', 'temp', 'tmp', 'appdata', 'localappdata', 'public', 'allusersprofile', 'computername', 'username', 'userdomain', 'homedrive', 'homepath', 'comspec', 'os', 'processor_architecture']);

/**
 * `{% … %}` (Jinja, Ansible statements), found by position: a pattern would
 * retry from every `{%` of a value that never closes one.
 */
function hasStatementTag(value: string): boolean {
	const open = value.indexOf('{%');
	return open !== -1 && value.indexOf('%}', open + 2) !== -1;
}

/** Whether a value (or attribute value) holds a template token. */
export function hasTemplateToken(value: string): boolean {
	if (value === '') return false;
	if (embedded.some((pattern) => pattern.test(value)) || hasStatementTag(value)) return true;
	const percent = /^%([A-Za-z_][\w.()-]*)%$/.exec(value);
	if (percent) return !windowsVariables.has(percent[1].toLowerCase());
	if (whole.some((pattern) => pattern.test(value))) return true;
	return isPlaceholder(value) && !value.startsWith('%');
}

const directiveLine = /^\s*(\{%-?[\s\S]*?-?%\}|%\{[^{}]*\}|\{\{-?[^{}]*-?\}\}|\{#[\s\S]*?#\})\s*$/;

/** Text between elements that consists only of template directive lines (`{% if %}`, `%{ else ~}`). */
export function isDirectiveText(text: string): boolean {
	const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	return lines.length > 0 && lines.every((line) => directiveLine.test(line));
}

/**
 * An empty element followed on its line by a long run of blanks: a slot a
 * tool overwrites in place (the padding keeps the file size and offsets).
 */
export function isPaddedSlot(xml: XmlDocument, element: XmlElement): boolean {
	const text = xml.text;
	let at = element.end;
	let blanks = 0;
	while (at < text.length && (text[at] === ' ' || text[at] === '\t')) {
		at++;
		blanks++;
	}
	return blanks >= 16 && (at === text.length || text[at] === '\r' || text[at] === '\n');
}

const fillIn = new WeakMap<UnattendAnalysis, boolean>();

/**
 * A file whose empty elements are padded for in-place patching (at least two
 * padded slots): every empty element in it is then a slot the tool fills.
 */
export function isFillInTemplate(analysis: UnattendAnalysis): boolean {
	let known = fillIn.get(analysis);
	if (known === undefined) {
		let slots = 0;
		for (const element of analysis.xml.elements) {
			if (element.children.length === 0 && !element.selfClosing && isPaddedSlot(analysis.xml, element)) slots++;
			if (slots >= 2) break;
		}
		known = slots >= 2;
		fillIn.set(analysis, known);
	}
	return known;
}
