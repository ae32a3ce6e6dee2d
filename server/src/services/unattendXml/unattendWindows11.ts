/**
 * Service layer: Windows 11 setup knowledge applied to the commands of an
 * answer file. A command that writes a registry value Setup or OOBE reads
 * (`reg add`, `New-ItemProperty`, `Set-ItemProperty`) is checked against the
 * pass it runs in, the release the file targets and the build of the image;
 * a command naming a removed local-account route against the build.
 *
 * The rows come from `knowledge/windows11Setup.ts`; command lines are read
 * with the one command-line model (`tokenizeCommand`, `programName`). A
 * quoted script (`powershell -Command "…"`, `cmd /c "…"`) is read once more
 * word by word: enough to find the cmdlet, `-Path` and `-Name`.
 */
import type { Hover, Position } from 'vscode-languageserver-types';
import { offsetAt } from '../../model/xmlParser';
import { setupCommands, setupRegistryKeys, setupRegistryValues, windows11Versions, type BuildChange, type SetupCommandSpec, type SetupRegistryKeySpec, type SetupRegistryValueSpec } from '../../knowledge/windows11Setup';
import type { UnattendPass } from '../../knowledge/unattendXmlTypes';
import { closestMatch, editDistance, trimTrailing } from '../../util/text';
import { programName, tokenizeCommand } from '../commandLines';
import { rangeOf, valueOf, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import { imageRelease, selectedImages, type ImageLookup } from './unattendImage';
import type { Collector } from './unattendValidation';

/** One word of a command line (or of a script quoted in it), offsets into the setting's value. */
interface Word {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** An operator or a `;` ends a command. */
	readonly ends: boolean;
}

export interface RegistryWrite {
	readonly key: SetupRegistryKeySpec;
	readonly name: string;
	readonly keyWord: Word;
	readonly nameWord: Word;
	/** The row, when the name is one the key is known to hold. */
	readonly value: SetupRegistryValueSpec | undefined;
}

export interface CommandUse {
	readonly command: SetupCommandSpec;
	readonly word: Word;
}

const keysByName = new Map(setupRegistryKeys.map((row) => [row.key.toLowerCase(), row]));
const valuesByKey = new Map<string, SetupRegistryValueSpec[]>();
for (const row of setupRegistryValues) {
	const list = valuesByKey.get(row.key.toLowerCase()) ?? [];
	list.push(row);
	valuesByKey.set(row.key.toLowerCase(), list);
}
const powershellWriters = new Set(['new-itemproperty', 'set-itemproperty']);
const scriptSwitches = new Set(['/c', '/k', '/r', '-command', '-c', '/command', 'powershell', 'powershell.exe', 'pwsh', 'pwsh.exe']);

/** Quotes and PowerShell punctuation around a word. */
function bare(text: string): string {
	let from = 0;
	let to = text.length;
	while (from < to && `'"(,`.includes(text[from])) from++;
	while (to > from && `'");,`.includes(text[to - 1])) to--;
	return text.slice(from, to);
}

/** The words of a command line; a quoted word holding spaces (a script) is split once more. */
function wordsOf(value: string): Word[] {
	const out: Word[] = [];
	let previous = '';
	for (const token of tokenizeCommand(value)) {
		const before = previous;
		previous = bare(token.text).toLowerCase();
		if (token.operator) {
			out.push({ text: token.text, start: token.start, end: token.end, ends: true });
			continue;
		}
		// Only the argument of `cmd /c`, `powershell -Command` (or a bare script after powershell) is a script; another
		// quoted word with spaces is one value (`"HKLM\Some Key"`, `"BypassSecureBootCheck "`).
		if (!/\s/.test(token.text) || !scriptSwitches.has(before)) {
			out.push({ text: token.text, start: token.start, end: token.end, ends: token.text.endsWith(';') });
			continue;
		}
		// Map the script's words into the value when its text sits there unchanged; otherwise onto the whole word.
		const base = value.indexOf(token.text, token.start);
		const mapped = base >= 0 && base + token.text.length <= token.end;
		for (const inner of tokenizeCommand(token.text)) {
			const start = mapped ? base + inner.start : token.start;
			const end = mapped ? base + inner.end : token.end;
			out.push({ text: inner.text, start, end, ends: inner.operator !== undefined || inner.text.endsWith(';') });
		}
	}
	return out;
}

/** `HKLM:\…`, `HKEY_LOCAL_MACHINE\…`, `Registry::HKLM\…` → `hklm\…`. */
function canonicalKey(word: string): string {
	let key = bare(word).replace(/\//g, '\\').toLowerCase();
	const provider = key.indexOf('registry::');
	if (provider >= 0) key = key.slice(provider + 'registry::'.length);
	if (key.startsWith('hkey_local_machine')) key = `hklm${key.slice('hkey_local_machine'.length)}`;
	if (key.startsWith('hklm:')) key = `hklm${key.slice(5)}`;
	return trimTrailing(key.replace(/\\{2,}/g, '\\'), '\\');
}

/** The known registry values a command line writes. */
export function registryWrites(value: string): RegistryWrite[] {
	const words = wordsOf(value);
	const out: RegistryWrite[] = [];
	for (let i = 0; i < words.length; i++) {
		const program = programName(bare(words[i].text));
		let keyWord: Word | undefined;
		let nameWord: Word | undefined;
		if (program === 'reg' && !words[i].ends && bare(words[i + 1]?.text ?? '').toLowerCase() === 'add') {
			keyWord = words[i + 2];
			for (let j = i + 3; j < words.length - 1 && !words[j - 1].ends; j++) {
				if (bare(words[j].text).toLowerCase() === '/v') nameWord = words[j + 1];
			}
		} else if (powershellWriters.has(program)) {
			// Named -Path/-Name, or the two positions right after the cmdlet.
			const positional: Word[] = [];
			for (let j = i + 1; j < words.length && !words[j - 1].ends; j++) {
				const word = bare(words[j].text).toLowerCase();
				if ((word === '-path' || word === '-literalpath') && words[j + 1]) keyWord = words[++j];
				else if (word === '-name' && words[j + 1]) nameWord = words[++j];
				else if (word.startsWith('-')) j++;
				else positional.push(words[j]);
			}
			keyWord ??= positional.shift();
			nameWord ??= positional.shift();
		}
		if (!keyWord || !nameWord) continue;
		const key = keysByName.get(canonicalKey(keyWord.text));
		if (!key) continue;
		const name = bare(nameWord.text);
		// A name built at run time (`for %s in (…) do reg add … /v Bypas%sCheck`, `$name`) is not checked by its spelling.
		if (name === '' || /[%!$]/.test(name)) continue;
		const row = valuesByKey.get(key.key.toLowerCase())?.find((item) => item.name.toLowerCase() === name.toLowerCase());
		out.push({ key, name, keyWord, nameWord, value: row });
	}
	return out;
}

/** Setup commands (local-account routes) a command line names. */
export function commandUses(value: string): CommandUse[] {
	const out: CommandUse[] = [];
	for (const word of wordsOf(value)) {
		const text = bare(word.text).replace(/\//g, '\\').toLowerCase();
		const norm = text.replace(/\\{2,}/g, '\\');
		const command = setupCommands.find((row) => row.words.some((name) => norm === name.replace(/\//g, '\\') || norm.endsWith(`\\${name}`) || text === name));
		if (command) out.push({ command, word });
	}
	return out;
}

/** The build of the image the file installs, when every selected image has the same one. */
export function imageBuild(analysis: UnattendAnalysis, lookup: ImageLookup): number | undefined {
	if (!lookup || 'ambiguous' in lookup || !lookup.result.ok) return undefined;
	const builds = new Set(selectedImages(analysis, lookup.result.images).filter((image) => imageRelease(image)?.target === 'win11').map((image) => image.version?.build));
	if (builds.size !== 1) return undefined;
	const [build] = builds;
	return build;
}

/** `build 26200 (25H2)`; a build past the last release row is that release's line. */
export function buildLabel(build: number): string {
	const version = [...windows11Versions].reverse().find((row) => build >= row.build);
	if (!version) return `build ${build}`;
	return build === version.build ? `build ${build} (${version.version})` : `build ${build} (${version.version} line)`;
}

interface Located {
	readonly binding: SettingBinding;
	readonly pass: UnattendPass | undefined;
	readonly value: string;
	/** Where a word of the value is in the file (the whole value when entities shift the offsets). */
	readonly at: (word: Word) => { start: number; end: number };
}

function commandSettings(analysis: UnattendAnalysis): Located[] {
	const out: Located[] = [];
	for (const binding of analysis.settings) {
		if (binding.spec?.domain?.kind !== 'command') continue;
		if (binding.element.children.some((child) => child.type === 'element')) continue;
		const { value, start, end } = valueOf(analysis, binding.element);
		if (value === '') continue;
		const exact = analysis.xml.text.slice(start, end) === value;
		out.push({ binding, pass: binding.component.block.pass?.name, value, at: (word) => (exact ? { start: start + word.start, end: start + word.end } : { start, end }) });
	}
	return out;
}

function removalMessage(label: string, change: BuildChange, build: number | undefined, c: Collector): { message: string; severity?: 'information' } | undefined {
	if (build !== undefined) {
		if (build < change.build) return undefined;
		return { message: `${label} is gone in ${buildLabel(build)}, the build of the image: ${change.what}.` };
	}
	// Without a build only Windows 11 as such is known: say from which build it applies.
	if (c.target.spec.id !== 'win11') return undefined;
	const from = change.revision !== undefined ? `${change.build}.${change.revision}` : `${change.build}`;
	return {
		message: `${label} no longer works from build ${from} ${buildLabel(change.build).replace(/^build \d+ /, '')}: ${change.what}. Checked for Windows 11 without a build; name the image (reseal.unattend.image) to check the build it installs.`,
		severity: 'information',
	};
}

function targetWords(c: Collector): string {
	const { target } = c;
	if (target.source === 'comment') return `${target.spec.label} (from the reseal comment)`;
	if (target.source === 'setting') return `${target.spec.label} (from reseal.unattend.target)`;
	return `${target.spec.label} (from ${target.because ?? 'the file'})`;
}

/** The Windows 11 findings of a file's commands. */
export function checkWindows11(c: Collector, image: ImageLookup): void {
	const settings = commandSettings(c.analysis);
	if (settings.length === 0) return;
	const build = imageBuild(c.analysis, image);
	const found = settings.map((item) => ({ item, writes: registryWrites(item.value), commands: commandUses(item.value) }));
	// A value also written where it works makes a misplaced copy harmless.
	const effective = new Set<string>();
	for (const { item, writes } of found) {
		for (const write of writes) if (item.pass && write.key.effectivePasses.includes(item.pass)) effective.add(`${write.key.key}|${write.name}`.toLowerCase());
	}
	for (const { item, writes, commands } of found) {
		for (const write of writes) checkWrite(c, item, write, build, effective);
		for (const use of commands) {
			if (!use.command.removed) continue;
			const verdict = removalMessage(use.command.label, use.command.removed, build, c);
			const span = item.at(use.word);
			if (verdict) c.add('xml.win11-build-removed', c.range(span.start, span.end), verdict.message, [], verdict.severity);
		}
	}
}

function checkWrite(c: Collector, item: Located, write: RegistryWrite, build: number | undefined, effective: ReadonlySet<string>): void {
	const { key, name } = write;
	const span = item.at(write.nameWord);
	const range = c.range(span.start, span.end);
	if (!write.value) {
		// Registry value names keep their spaces: `"BypassSecureBootCheck "` is another name, and Setup reads none of it.
		const spaced = (valuesByKey.get(key.key.toLowerCase()) ?? []).find((row) => row.name.toLowerCase() === name.trim().toLowerCase());
		if (spaced) {
			c.add('xml.win11-registry-name', range, `The value name '${name}' has spaces around ${spaced.name}; the registry keeps them, so Setup, which reads '${spaced.name}', never sees this value.`);
			return;
		}
		const elsewhere = setupRegistryValues.find((row) => row.name.toLowerCase() === name.toLowerCase());
		if (elsewhere) {
			c.add('xml.win11-registry-name', range, `${name} is read under ${elsewhere.key}, not under ${key.label}; nothing reads it here.`);
			return;
		}
		// Other names under an open key (the OOBE key's DisableVoice, …) are none of our business.
		if (!key.closed) return;
		const known = (valuesByKey.get(key.key.toLowerCase()) ?? []).map((row) => row.name);
		// Only a near spelling is offered as the intended name; BypassDiskCheck is not a typo of BypassTPMCheck.
		const near = closestMatch(name, known);
		const typo = near !== undefined && editDistance(name.toLowerCase(), near.toLowerCase(), 3) <= 2 ? near : undefined;
		c.add('xml.win11-registry-name', range, `Setup is not known to read ${name} under ${key.label}${typo ? `; did you mean ${typo}?` : `; the values reported to work there are ${known.join(', ')}.`}`, [], 'information');
		return;
	}
	const pass = item.pass;
	const misplaced = pass ? key.ineffective.find((row) => row.passes.includes(pass)) : undefined;
	if (pass && misplaced) {
		const redundant = effective.has(`${key.key}|${name}`.toLowerCase());
		const tail = redundant ? ' The file also writes it where it works, so this copy only does nothing.' : ` To take effect, ${key.remedy}.`;
		c.add('xml.win11-registry-pass', range, `${name} is written in ${pass}, but ${misplaced.why}.${tail}`, [], redundant || key.misplacedSeverity === 'information' ? 'information' : undefined);
	}
	// Only a release someone named (or the image's build) counts: the file's own hints (a Windows 10 catalog, a key
	// Windows 10 and 11 share) are often left over in Windows 11 files.
	if ((c.target.source === 'comment' || c.target.source === 'setting' || c.target.source === 'image') && !key.releases.includes(c.target.spec.id)) {
		c.add('xml.win11-not-windows11', range, `${name} is read only by Windows 11 Setup and OOBE; this file targets ${targetWords(c)}, where it does nothing.`);
	}
	if (write.value.removed) {
		const verdict = removalMessage(name, write.value.removed, build, c);
		if (verdict) c.add('xml.win11-build-removed', range, verdict.message, [], verdict.severity);
	}
}

function valueMarkdown(key: SetupRegistryKeySpec, row: SetupRegistryValueSpec): string {
	const lines = [`**${row.name}** (${key.key})`, '', row.doc, '', key.doc];
	const builds = row.fromBuild !== undefined ? `Windows 11 from ${buildLabel(row.fromBuild)}` : key.releases.map((id) => (id === 'win11' ? 'Windows 11' : id === 'win10' ? 'Windows 10' : id)).join(' and ');
	lines.push('', `Builds: ${builds}${row.removed ? `; gone from ${buildLabel(row.removed.build)}: ${row.removed.what}` : ''}.`);
	if (row.caution) lines.push('', row.caution);
	lines.push('', `Where it works: ${key.effectivePasses.join(', ')}.`, '', `Source: ${row.source}.`);
	return lines.join('\n');
}

function commandMarkdown(row: SetupCommandSpec): string {
	const lines = [`**${row.label}**`, '', row.doc];
	const from = row.fromBuild !== undefined ? `from ${buildLabel(row.fromBuild)}` : 'Windows 11';
	lines.push('', `Builds: ${from}${row.removed ? `; gone from ${buildLabel(row.removed.build)}: ${row.removed.what}` : ''}.`);
	lines.push('', `Source: ${row.source}${row.removed ? `; ${row.removed.source}` : ''}.`);
	return lines.join('\n');
}

/** Hover on a registry value or setup command inside a command line: what reads it, in which builds, and the source. */
export function hoverWindows11(analysis: UnattendAnalysis, position: Position): Hover | null {
	const offset = offsetAt(analysis.xml, position);
	for (const item of commandSettings(analysis)) {
		const whole = item.at({ text: item.value, start: 0, end: item.value.length, ends: true });
		if (offset < whole.start || offset > whole.end) continue;
		for (const write of registryWrites(item.value)) {
			const span = item.at(write.nameWord);
			if (!write.value || offset < span.start || offset > span.end) continue;
			return { contents: { kind: 'markdown', value: valueMarkdown(write.key, write.value) }, range: rangeOf(analysis, span.start, span.end) };
		}
		for (const use of commandUses(item.value)) {
			const span = item.at(use.word);
			if (offset < span.start || offset > span.end) continue;
			return { contents: { kind: 'markdown', value: commandMarkdown(use.command) }, range: rangeOf(analysis, span.start, span.end) };
		}
		return null;
	}
	return null;
}
