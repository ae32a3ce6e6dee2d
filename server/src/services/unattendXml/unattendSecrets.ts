/**
 * Service layer: `unattend.xml` checks about secrets, command lines and
 * namespace declarations, split from `unattendValidation.ts` to keep it
 * readable. Like the rest, they read the tables and name no setting.
 */
import type { Range } from 'vscode-languageserver-types';
import type { SettingSpec } from '../../knowledge/unattendXmlTypes';
import { childNamed, nameRange, valueOf, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import { isFillInTemplate } from './unattendTemplates';
import type { Collector } from './unattendValidation';
import { checkPowerShellCommand } from './unattendPowerShell';
import type { XmlElement } from '../../model/xmlParser';
import { escapeXmlText, trimTrailing } from '../../util/text';

/** Passwords: blank ones, clear text, and `PlainText` = false values that are not what Windows SIM writes. */
export function checkPassword(c: Collector, binding: SettingBinding, spec: SettingSpec, value: string, range: Range): void {
	const domain = spec.domain;
	if (domain?.kind !== 'password') return;
	const owner = binding.parentSpec && binding.parentSpec.domain === undefined ? binding.parentSpec.name : spec.name;
	const sibling = domain.plainTextSibling && binding.element.parent ? childNamed(binding.element.parent, domain.plainTextSibling) : undefined;
	const flag = sibling ? valueOf(c.analysis, sibling).value.toLowerCase() : 'true';
	if (value === '') {
		if (isFillInTemplate(c.analysis)) return; // A slot the tool fills; reported as a template placeholder.
		if (domain.use === 'credential') {
			const use = credentialUse(c, binding, spec);
			if (!use) return; // Nothing signs in with it (no JoinDomain): an empty slot, not an open account.
			c.add('xml.blank-password', nameRange(c.analysis, binding.element), `The password of ${owner} is empty, so ${use}; that fails unless the account really has none. Give the password, or let the deployment tool fill it.`);
			return;
		}
		c.add('xml.blank-password', nameRange(c.analysis, binding.element), `The ${owner} is empty: the account gets no password, so anyone who reaches it (at the console, or over the network where blank passwords are allowed) can sign in. Set a password, or leave the element out where the reference allows it.`);
		return;
	}
	if (flag === 'true') {
		const span = sibling ? valueOf(c.analysis, sibling) : { start: range.start, end: range.end };
		const where = sibling ? c.range((span as { start: number }).start, (span as { end: number }).end) : range;
		c.add('xml.plaintext-password', where, `The ${owner} is in clear text: anyone who can read this file, the image, or the copy Setup keeps in Windows\\Panther can read it. PlainText = false would not protect it either (Windows SIM only Base64-encodes the password, which anyone can decode); keep the file private or set the password at deployment time.`);
		return;
	}
	if (flag !== 'false' || !domain.encodedSuffix) return;
	const decoded = decodeSimPassword(value);
	if (decoded === undefined) {
		// The value is a typed password: either say so (PlainText = true) or write what Windows SIM would.
		const fixes = sibling
			? [
					{ title: `Set ${domain.plainTextSibling} to true (the value is the password as typed)`, edits: [{ range: c.range(valueOf(c.analysis, sibling).start, valueOf(c.analysis, sibling).end), newText: 'true' }], preferred: true },
					{ title: 'Encode the password as Windows SIM does', edits: [{ range, newText: encodeSimPassword(value, domain.encodedSuffix) }], preferred: false },
				]
			: [];
		c.add('xml.password-encoding', range, `With PlainText = false, Setup expects the Base64 text Windows SIM writes; this value is not Base64, so the account would get a different password than intended.`, fixes);
	} else if (!decoded.endsWith(domain.encodedSuffix)) {
		c.add('xml.password-encoding', range, `With PlainText = false, Windows SIM encodes the password followed by '${domain.encodedSuffix}'; this value decodes to something without that suffix (copied from another setting?), so Setup derives a different password.`);
	}
}

/**
 * Whether a credential's password is used, and for what: undefined when the
 * setting (or its container) names a sibling, such as `JoinDomain`, that
 * holds no value, so nothing signs in with it; else the words for the use.
 */
function credentialUse(c: Collector, binding: SettingBinding, spec: SettingSpec): string | undefined {
	const holder = spec.inUseWhen ? binding.element : binding.parentSpec?.inUseWhen ? binding.element.parent : undefined;
	const sibling = spec.inUseWhen ?? binding.parentSpec?.inUseWhen;
	if (!holder || !sibling) return 'Setup signs in with no password';
	const named = holder.parent ? childNamed(holder.parent, sibling) : undefined;
	const value = named ? valueOf(c.analysis, named).value.trim() : '';
	return value === '' ? undefined : `the join to ${sibling} '${value}' signs in with no password`;
}

/** Decodes Windows SIM's password form (Base64 of UTF-16LE); undefined when it is not that. */
export function decodeSimPassword(value: string): string | undefined {
	if (value === '' || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
	const bytes = Buffer.from(value, 'base64');
	if (bytes.length % 2 !== 0) return undefined;
	return bytes.toString('utf16le');
}

/** Windows SIM's password form: Base64 of the UTF-16LE password followed by the setting's suffix. */
export function encodeSimPassword(password: string, suffix: string): string {
	return Buffer.from(password + suffix, 'utf16le').toString('base64');
}

/** Approved PowerShell verbs that start cmdlet names people put in command lines. */
const powershellVerbs = new Set(['add', 'clear', 'copy', 'disable', 'enable', 'export', 'get', 'import', 'install', 'invoke', 'move', 'new', 'out', 'register', 'remove', 'rename', 'restart', 'set', 'start', 'stop', 'test', 'uninstall', 'unregister', 'update', 'write']);

/** A command line that starts with a PowerShell cmdlet instead of a program; and what PowerShell makes of one that runs it. */
export function checkCommandLine(c: Collector, spec: SettingSpec, value: string, range: Range, element: XmlElement): void {
	checkPowerShellCommand(c, element);
	const first = /^\s*"?([A-Za-z]+)-([A-Za-z]+)(?=[\s"]|$)/.exec(value);
	if (!first || !powershellVerbs.has(first[1].toLowerCase())) return;
	c.add('xml.powershell-command', range, `${spec.name} starts with the PowerShell cmdlet '${first[1]}-${first[2]}', but Setup starts a program here, not a PowerShell command; write powershell.exe -NoProfile -Command "…" in front of it.`, [
		{ title: 'Run it through powershell.exe', edits: [{ range, newText: escapeXmlText(`powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "${value.trim().replace(/"/g, '\\"')}"`) }], preferred: true },
	]);
}

/** `xmlns` declarations that are almost the answer-file, wcm or xsi namespace. */
export function checkNamespaceTypos(c: Collector): void {
	const spec = c.analysis.index.spec;
	const known = [spec.namespace, spec.wcmNamespace, spec.xsiNamespace];
	const normal = (uri: string) => trimTrailing(uri.trim().toLowerCase().replace(/^https:/, 'http:'), '/');
	for (const element of c.analysis.xml.elements) {
		for (const attr of element.attributes) {
			if (attr.name !== 'xmlns' && attr.prefix !== 'xmlns') continue;
			if (known.includes(attr.value)) continue;
			const intended = known.find((uri) => normal(uri) === normal(attr.value));
			if (!intended) continue;
			const range = c.range(attr.valueStart, attr.valueEnd);
			c.add('xml.namespace-typo', range, `'${attr.value}' is not the namespace Setup reads; it is '${intended}'. The ${attr.prefix === 'xmlns' ? `${attr.localName}: attributes` : 'elements'} this declaration covers are invisible to Setup.`, [
				{ title: `Change to '${intended}'`, edits: [{ range, newText: intended }], preferred: true },
			]);
		}
	}
}

/** An answer file Setup reads from installation media: it installs an image in windowsPE. */
export function isInstallMediaFile(analysis: UnattendAnalysis): boolean {
	return analysis.settings.some((binding) => binding.spec?.installMedia === true && binding.component.block.pass?.name === 'windowsPE');
}

