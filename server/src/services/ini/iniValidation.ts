/**
 * Service layer: the checks for Sysprep.inf and Unattend.txt/winnt.sif.
 *
 * Every rule reads the knowledge tables; no entry name appears in this file.
 * Diagnostics carry `data` that the code-action provider turns into fixes.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { fold, type IniDocument, type IniEntry, type IniLine, type IniSection } from '../../model/iniParser';
import type { Architecture, BlankMeaning, EntrySpec, Requirement, SectionSpec, WindowsTarget } from '../../knowledge/types';
import { sysprepInfCodes } from '../codes/sysprepInfCodes';
import { codeTable, spanRange } from '../diagnostics';
import { closestMatch, isPlaceholder } from '../../util/text';
import { splitList, type BoundSection, type IniAnalysis } from './iniAnalysis';
import { findEntry, isSecretEntry, secretNamePattern, sectionsDefining, type EntryInfo, type SectionInfo } from './knowledgeIndex';
import { checkValue, checkValueRemembered } from './valueDomains';
import { validateCommandSection } from '../commandLines';
import { validatePowerShellSection } from '../powershellCommand';
import { directiveTool, fillingTool, templateTools, writingTool } from './deploymentTemplates';

const diagnose = codeTable(sysprepInfCodes);

/** What a quick-fix needs to know, carried in `Diagnostic.data`. */
export type FixData =
	| { readonly fix: 'rename'; readonly to: string }
	| { readonly fix: 'replace-value'; readonly values: readonly string[] }
	| { readonly fix: 'insert-entry'; readonly section: string; readonly entry: string; readonly value: string }
	| { readonly fix: 'comment-marker' }
	| { readonly fix: 'insert-equals'; readonly column: number }
	| { readonly fix: 'delete-line' }
	/** Ready-made edits (the checks know the exact text). */
	| { readonly fix: 'edits'; readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[]; readonly alternatives?: readonly { readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[] }
	/** Moves an entry line into the one section that documents it (created at the end when absent). */
	| { readonly fix: 'move-entry'; readonly section: string; readonly entry: string; readonly value: string; readonly line: number }
	/** Encloses the text of `range` in double quotes (a `"` inside doubled, as INF strings write it). */
	| { readonly fix: 'quote'; readonly range: Range; readonly alternatives?: readonly { readonly title: string; readonly edits: readonly { readonly range: Range; readonly newText: string }[] }[] };

export interface ValidationOptions {
	readonly target: WindowsTarget;
	/** The target differs from the default setting, so the user chose it; the file's content does not override it. */
	readonly targetChosen?: boolean;
	readonly architecture: Architecture;
	readonly maxDiagnostics: number;
	/** The document's URI: deployment tools keep their templates in known folders. */
	readonly uri?: string;
}

/** The deployment tools whose template each analysed file is (set by validateIni). */
const templatesOf = new WeakMap<IniAnalysis, ReturnType<typeof templateTools>>();

export function validateIni(analysis: IniAnalysis, options: ValidationOptions): Diagnostic[] {
	// A `; reseal: target=` directive wins, then a target the user chose, then what the file's own entries say, then the default.
	const inferred = analysis.directives.target ?? (options.targetChosen ? options.target : inferTarget(analysis));
	const target = inferred ?? options.target;
	const architecture = analysis.directives.architecture ?? options.architecture;
	templatesOf.set(analysis, templateTools(options.uri, analysis));
	const out: Diagnostic[] = [];
	const { doc, index } = analysis;
	const isSysprep = index.fileKind === 'sysprep';
	// A file with sections, none of which Setup (or a deployment tool) reads, is some other INI file under an
	// answer file's name: one note instead of a finding on every line.
	if (analysis.bound.length > 1 && analysis.bound.every((bound) => !bound.info && !templatesOf.get(analysis)?.some((item) => item.tool.markerSection !== undefined && fold(item.tool.markerSection) === fold(bound.section.name)))) {
		const names = analysis.bound.slice(0, 3).map((bound) => `[${bound.section.name}]`).join(', ');
		return [diagnose('inf.not-answer-file', topRange(doc), `None of this file's sections (${names}${analysis.bound.length > 3 ? ', …' : ''}) is one Setup reads, so this is not a Windows answer file, and Setup would ignore it as one; it is not checked further.`)];
	}

	for (const problem of doc.problems) {
		const code = problem.code === 'unclosed-section' || problem.code === 'empty-section-name' ? 'inf.malformed-section' : 'inf.syntax';
		// A header that only lacks its `]` (a name follows the `[`): closing it is what was meant.
		const header = problem.code === 'unclosed-section' ? doc.sections.find((section) => section.nameSpan.line === problem.span.line) : undefined;
		const close = header && header.name.trim() !== '' ? spanRange({ line: header.nameSpan.line, start: header.nameSpan.end, end: header.nameSpan.end }) : undefined;
		out.push(diagnose(code, spanRange(problem.span), problem.message, close ? ({ fix: 'edits', title: "Close the header with ']'", edits: [{ range: close, newText: ']' }] } satisfies FixData) : undefined));
	}
	for (const comment of doc.comments) {
		if (comment.marker === 'rem') {
			out.push(diagnose('inf.rem-comment', spanRange({ ...comment.span, end: comment.span.start + 3 }), '`REM` does not start a comment in an answer file; Setup reads this line as an entry. Use `;` instead.', { fix: 'comment-marker' } satisfies FixData));
		} else if (comment.marker === '#' || comment.marker === '//') {
			out.push(diagnose('inf.hash-comment', spanRange({ ...comment.span, end: comment.span.start + comment.marker.length }), `\`${comment.marker}\` is not a documented comment marker in answer files; use \`;\` so every Setup version skips the line.`, { fix: 'comment-marker' } satisfies FixData));
		}
	}
	for (const line of [...doc.preamble, ...doc.sections.flatMap((section) => section.lines)]) {
		if (line.continuation) out.push(continuedLine(line));
	}
	for (const line of doc.preamble) {
		// An entry that only one section documents belongs there; anything else needs the author.
		const home = line.type === 'entry' ? sectionsDefining(analysis.index, line.key).filter((section) => section.spec.template === undefined) : [];
		const fix = line.type === 'entry' && home.length === 1 && !hasEntry(analysis, home[0].spec.name, line.key) ? ({ fix: 'move-entry', section: home[0].spec.name, entry: line.key, value: line.rawValue, line: line.lineSpan.line } satisfies FixData) : undefined;
		out.push(diagnose('inf.entry-outside-section', spanRange(line.lineSpan), `This line comes before the first [section] header, so Setup never reads it. Move it into ${fix ? `[${fix.section}]` : 'the section it belongs to'}.`, fix));
	}

	const seenSections = new Map<string, IniSection>();
	for (const bound of analysis.bound) {
		const { section, info } = bound;
		const key = fold(section.name);
		const first = seenSections.get(key);
		if (first) {
			out.push(diagnose('inf.duplicate-section', spanRange(section.nameSpan), `[${section.name}] already appears on line ${first.headerSpan.line + 1}; keep its entries in one section.`));
		} else {
			seenSections.set(key, section);
		}
		if (section.name === '') continue;
		const owner = templatesOf.get(analysis)?.find((item) => item.tool.markerSection !== undefined && fold(item.tool.markerSection) === key)?.tool;
		if (!info && owner) {
			out.push(diagnose('inf.placeholder-value', spanRange(section.nameSpan), `[${section.name}] belongs to ${owner.name}, which reads it when it writes the answer file; Setup ignores it.`));
			continue;
		}
		if (!info) {
			const suggestion = closestMatch(section.name, [...index.sections.values()].map((item) => item.spec.name));
			out.push(diagnose('inf.unknown-section', spanRange(section.nameSpan), `[${section.name}] is not a documented section; ${suggestion ? `did you mean [${suggestion}]? ` : ''}Setup ignores it.`, suggestion ? ({ fix: 'rename', to: suggestion } satisfies FixData) : undefined));
			continue;
		}
		if (bound.via === 'pattern') {
			out.push(diagnose('inf.unreferenced-section', spanRange(section.nameSpan), `No entry in this file points to [${section.name}], so Setup never reads it. Reference it from the section that lists ${info.spec.name} sections.`));
		}
		if (isSysprep && !info.honoured) {
			out.push(diagnose('inf.text-mode-only', spanRange(section.nameSpan), `[${info.spec.name}] is read only by text-mode Setup (Unattend.txt/winnt.sif); Mini-Setup ignores it in Sysprep.inf.`));
		} else if (info.spec.targets && !info.spec.targets.includes(target)) {
			out.push(versionDependent(diagnose('inf.wrong-target', spanRange(section.nameSpan), `[${info.spec.name}] applies only to ${targetWords(info.spec.targets)}; the target is ${targetWords([target])}.`)));
		}
		validateLines(bound, analysis, target, architecture, out);
	}

	validateReferences(analysis, out);
	if (isSysprep) validateRequirements(analysis, target, out);
	// A generic XP/2003 template (nothing, or both versions, named) is checked as the default target; what
	// only that version needs is then worth knowing, not a warning.
	if (inferred === undefined) for (let i = 0; i < out.length; i++) if (versionFindings.has(out[i])) out[i] = unsure(out[i], target);
	out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

	// The façade (languageService.ts) cuts at maxDiagnostics, once for every kind.
	return out;
}

function validateLines(bound: BoundSection, analysis: IniAnalysis, target: WindowsTarget, architecture: Architecture, out: Diagnostic[]): void {
	const info = bound.info!;
	const spec = info.spec;
	const seen = new Map<string, IniEntry>();
	// Command lists (`[GuiRunOnce]`) get the checks shared with Cmdlines.txt.
	if (spec.shape === 'values' && spec.lineDomain?.kind === 'command') {
		out.push(...validateCommandSection(bound, analysis.index.fileKind));
		out.push(...validatePowerShellSection(bound));
	}
	for (const line of bound.section.lines) {
		if (spec.shape === 'values') {
			// Value lists take whole lines; an `=` inside a command is part of it.
			continue;
		}
		if (line.type === 'value') {
			validateBareLine(line, bound, analysis, out);
			continue;
		}
		if (spec.shape === 'empty') {
			out.push(diagnose('inf.unknown-entry', spanRange(line.keySpan), `[${spec.name}] takes no entries; Setup ignores '${line.key}' here.`));
			continue;
		}
		// Entries slice their key and value from the text on each access; read each once.
		const key = line.key;
		const duplicateKey = fold(key);
		const earlier = seen.get(duplicateKey);
		if (earlier) {
			out.push(diagnose('inf.duplicate-entry', spanRange(line.keySpan), `'${line.key}' is already set on line ${earlier.keySpan.line + 1} of [${bound.section.name}]; only one value takes effect.`, { fix: 'delete-line' } satisfies FixData));
		} else {
			seen.set(duplicateKey, line);
		}
		if (spec.shape === 'open') {
			validateOpenLine(line, key, spec, out);
			continue;
		}
		const entry = findEntry(info, key);
		if (!entry) {
			reportUnknownEntry(line, bound, analysis, out);
			continue;
		}
		validateEntry(line, entry, analysis, target, architecture, out);
	}
}

/** A final `\` joins the next line (or lines) to this one; say what Setup then reads. */
function continuedLine(line: IniLine): Diagnostic {
	const what = line.type === 'entry' ? `${line.key} reads '${truncate(line.value)}'` : `the line reads '${truncate(line.value)}'`;
	if (line.continuedLines === 0) {
		// Nothing to join (a blank line or the end of the file follows): only the backslash is lost.
		const finding = diagnose('inf.line-continued', spanRange(line.continuation!), `This line ends with '\\', which Setup's INF reader takes for a line continuation; nothing follows it, so Setup only drops the backslash and ${what}. Put a path that ends in '\\' in quotes to keep it.`, continuationFix(line));
		return { ...finding, severity: DiagnosticSeverity.Information };
	}
	const joined = line.continuedLines === 1 ? 'the next line' : `the next ${line.continuedLines} lines`;
	return diagnose('inf.line-continued', spanRange(line.continuation!), `This line ends with '\\', which Setup's INF reader takes for a line continuation: it joins ${joined} to this one, so ${what}. Put a path that ends in '\\' in quotes, or drop the final backslash.`, continuationFix(line));
}

/** Quoting the value keeps a final backslash (preferred); dropping the backslash is the other way out. */
function continuationFix(line: IniLine): FixData | undefined {
	const drop = { title: 'Remove the final backslash', edits: [{ range: spanRange(line.continuation!), newText: '' }] };
	if (line.type !== 'entry' || line.quoted || line.value === '') return { fix: 'edits', ...drop };
	const end = Math.max(line.valueSpan.end, line.continuation!.end);
	return { fix: 'quote', range: spanRange({ line: line.valueSpan.line, start: line.valueSpan.start, end }), alternatives: [drop] };
}

/** `Key=abc;def`: a `;` right after the value starts a comment, which the author may not have meant. */
function gluedComment(line: IniEntry, name: string, secret: boolean, out: Diagnostic[]): void {
	const comment = line.comment;
	if (!comment || line.value === '' || comment.start !== line.valueSpan.end) return;
	const reads = secret ? `only the text before it as ${name}` : `${name} as '${truncate(line.value)}'`;
	const range = spanRange({ line: comment.line, start: line.valueSpan.start, end: comment.end });
	out.push(diagnose('inf.unquoted-value', range, `The ';' right after the value starts a comment, so Setup reads ${reads}; if the text after ';' belongs to the value, put the whole value in quotes.`, { fix: 'quote', range } satisfies FixData));
}

function validateBareLine(line: IniLine, bound: BoundSection, analysis: IniAnalysis, out: Diagnostic[]): void {
	const info = bound.info!;
	const tool = directiveTool(templatesOf.get(analysis) ?? [], line.value);
	if (tool) {
		out.push(diagnose('inf.placeholder-value', spanRange(line.valueSpan), `${tool.name} removes or keeps this block marker when it writes the file; Setup never sees it.`));
		return;
	}
	if (info.spec.shape === 'empty') {
		out.push(diagnose('inf.unknown-entry', spanRange(line.valueSpan), `[${info.spec.name}] takes no entries; Setup ignores this line.`));
		return;
	}
	const text = line.value.trim();
	const entry = findEntry(info, text);
	if (entry) {
		out.push(diagnose('inf.missing-equals', spanRange(line.valueSpan), `'${text}' has no '=' and no value; write it as '${entry.spec.name} = ${entry.spec.insertValue ?? entry.spec.example?.split('=')[1]?.trim() ?? '…'}'.`));
		return;
	}
	// `FileSystem-ConvertNTFS`: a known key glued to its value by a typo.
	const glued = /^([A-Za-z_][\w.]*)(?:\s*[-:]\s*|\s+)(\S.*)$/.exec(text);
	// `AdminPassword Secret`: the rest of the line is a secret, so no message quotes the line.
	const secret = (glued !== null && isSecretEntry(info, glued[1])) || secretNamePattern.test(text);
	if (glued) {
		const gluedEntry = findEntry(info, glued[1]);
		if (gluedEntry) {
			const column = line.valueSpan.start + glued[1].length;
			const message = secret ? `${gluedEntry.spec.name} and its value have no '=' between them; write '${gluedEntry.spec.name} = …'.` : `'${text}' has no '='; did you mean '${gluedEntry.spec.name} = ${glued[2]}'?`;
			out.push(diagnose('inf.missing-equals', spanRange(line.valueSpan), message, { fix: 'insert-equals', column } satisfies FixData));
			return;
		}
	}
	out.push(diagnose('inf.missing-equals', spanRange(line.valueSpan), `[${info.spec.name}] expects 'entry = value' lines; ${secret ? 'this line' : `'${truncate(text)}'`} has no '='.`));
}

/** Compiled `keyPattern`s: an open section of 10,000 lines must not build 10,000 RegExps. */
const keyPatterns = new Map<string, RegExp>();

function keyPattern(source: string): RegExp {
	let pattern = keyPatterns.get(source);
	if (!pattern) {
		pattern = new RegExp(source, 'i');
		keyPatterns.set(source, pattern);
	}
	return pattern;
}

function validateOpenLine(line: IniEntry, key: string, spec: SectionSpec, out: Diagnostic[]): void {
	if (spec.keyPattern !== undefined && !keyPattern(spec.keyPattern).test(key)) {
		out.push(diagnose('inf.invalid-value', spanRange(line.keySpan), `'${truncate(key)}' is not ${spec.keyDoc ?? 'a valid key here'}.`));
	}
	const value = line.value;
	if (value === '') {
		out.push(diagnose('inf.missing-value', spanRange(line.lineSpan), `'${truncate(key)}' has no value after '=', so the line does nothing.`));
		return;
	}
	if (spec.lineDomain) {
		const verdict = checkValueRemembered(spec.lineDomain, value);
		if (!verdict.ok) out.push(diagnose('inf.invalid-value', spanRange(line.valueSpan), `The value of '${truncate(key)}' ${verdict.message}.`));
	}
}

/** Whether the file's section already sets the entry (a move there would make a duplicate the author has to resolve). */
function hasEntry(analysis: IniAnalysis, section: string, key: string): boolean {
	return (analysis.byName.get(fold(section)) ?? []).some((bound) => bound.section.lines.some((line) => line.type === 'entry' && fold(line.key) === fold(key)));
}

function reportUnknownEntry(line: IniEntry, bound: BoundSection, analysis: IniAnalysis, out: Diagnostic[]): void {
	const info = bound.info!;
	const names = info.ordered.filter((item) => !item.spec.name.includes('<')).map((item) => item.spec.name);
	const suggestion = closestMatch(line.key, names);
	const elsewhere = sectionsDefining(analysis.index, line.key).filter((section) => section !== info && section.spec.template === undefined);
	let message = `'${line.key}' is not an entry of [${info.spec.name}]`;
	if (elsewhere.length > 0) message += `; it belongs in [${elsewhere[0].spec.name}]`;
	else if (suggestion) message += `; did you mean '${suggestion}'?`;
	else message += '.';
	if (!message.endsWith('.') && !message.endsWith('?')) message += '.';
	const fix: FixData | undefined =
		elsewhere.length === 1 && !hasEntry(analysis, elsewhere[0].spec.name, line.key) ? { fix: 'move-entry', section: elsewhere[0].spec.name, entry: line.key, value: line.rawValue, line: line.lineSpan.line } : suggestion && elsewhere.length === 0 ? { fix: 'rename', to: suggestion } : undefined;
	out.push(diagnose('inf.unknown-entry', spanRange(line.keySpan), message, fix));
}

function validateEntry(line: IniEntry, entry: EntryInfo, analysis: IniAnalysis, target: WindowsTarget, architecture: Architecture, out: Diagnostic[]): void {
	const spec = entry.spec;
	if (analysis.index.fileKind === 'sysprep' && !entry.honoured) {
		// A section already reported as text-mode only covers its entries.
		if (analysis.index.sections.get(fold(entry.section.name))?.honoured !== false) out.push(diagnose('inf.text-mode-only', spanRange(line.keySpan), `${spec.name} is read only by text-mode Setup (Unattend.txt/winnt.sif); Mini-Setup ignores it in Sysprep.inf.`));
	} else if (spec.targets && !spec.targets.includes(target) && !entry.section.targets) {
		// A section already reported for its target covers its entries.
		out.push(versionDependent(diagnose('inf.wrong-target', spanRange(line.keySpan), `${spec.name} applies only to ${targetWords(spec.targets)}; the target is ${targetWords([target])}.`)));
	}
	if (spec.architectures && !spec.architectures.includes(architecture)) {
		out.push(diagnose('inf.wrong-target', spanRange(line.keySpan), `${spec.name} applies only to ${spec.architectures.join(' and ')} images; the image is ${architecture}.`));
	}
	if (spec.deprecated) out.push(diagnose('inf.deprecated-entry', spanRange(line.keySpan), `${spec.name}: ${spec.deprecated}`));
	gluedComment(line, spec.name, spec.secret === true, out);

	const tool = fillingTool(templatesOf.get(analysis) ?? [], entry.section.name, spec.name, line.value);
	if (tool) {
		const what = line.value === '' ? 'left empty' : spec.secret ? 'a token' : `'${truncate(line.value)}'`;
		out.push(diagnose('inf.placeholder-value', spanRange(line.value === '' ? line.lineSpan : line.valueSpan), `${spec.name} is ${what} in this ${tool.name} template: the tool fills it at deploy time ${tool.fills}. It is checked once filled.`));
		return;
	}
	if (line.value === '') {
		validateBlank(line, spec, out);
		return;
	}
	// The secret test comes before any message that quotes the value.
	if (isPlaceholder(line.value)) {
		out.push(diagnose('inf.placeholder-value', spanRange(line.valueSpan), `${spec.secret ? 'The value' : `'${truncate(line.value)}'`} looks like a template token that a deployment script replaces; ${spec.name} is checked once it holds a real value.`));
		return;
	}
	const domain = spec.domain;
	if (domain.kind === 'password') {
		validatePassword(line, spec, out);
		return;
	}
	if (domain.kind === 'path' && domain.list) {
		for (const part of splitList(line, true, ';')) {
			if (/\.inf$/i.test(part.text)) {
				// The folder that holds the .inf is what Setup searches; a bare file name has no folder to offer.
				const folder = part.text.replace(/[\\/][^\\/]*$/, '');
				const fix = folder !== part.text && folder !== '' ? ({ fix: 'edits', title: `Use the folder '${folder}'`, edits: [{ range: spanRange(part.span), newText: folder }] } satisfies FixData) : undefined;
				out.push(diagnose('inf.driver-path-is-file', spanRange(part.span), `'${part.text}' names an .inf file; ${spec.name} lists folders to search${domain.relativeTo ? ` (relative to ${domain.relativeTo})` : ''}. Use its folder instead.`, fix));
			}
		}
	}
	const verdict = checkValue(domain, line.value);
	if (!verdict.ok) {
		const shown = spec.secret ? 'The value' : `'${truncate(line.value)}'`;
		out.push(diagnose('inf.invalid-value', spanRange(line.valueSpan), `${shown} is not valid for ${spec.name}: it ${verdict.message}.`, verdict.suggestions.length > 0 ? ({ fix: 'replace-value', values: verdict.suggestions.slice(0, 6) } satisfies FixData) : undefined));
		return;
	}
	if (domain.kind === 'text' && domain.softMaxLength !== undefined && line.value.length > domain.softMaxLength && !(domain.allowStar && line.value === '*')) {
		out.push(diagnose('inf.long-value', spanRange(line.valueSpan), `${spec.name} is ${line.value.length} characters long, past ${domain.softMaxLength}, so ${domain.softMaxHint ?? 'Setup shortens it'}.`));
	}
	const required = spec.required;
	if (required?.value !== undefined && appliesTo(required, target) && line.value.toLowerCase() !== required.value.toLowerCase() && !required.unlessSections?.some((name) => analysis.byName.has(fold(name)))) {
		out.push(diagnose('inf.automation-value', spanRange(line.valueSpan), `Full automation needs ${spec.name} = ${required.value}; with '${truncate(line.value)}' Mini-Setup still stops at this step.`, { fix: 'replace-value', values: [required.value] } satisfies FixData));
	}
}

/**
 * `Entry =` and `Entry = ""` read the same to Setup: an empty string. What that
 * does depends on the entry (its `blank` fact, else what the table implies).
 */
function validateBlank(line: IniEntry, spec: EntrySpec, out: Diagnostic[]): void {
	const range = spanRange({ ...line.keySpan, end: line.lineSpan.end });
	const fill = spec.insertValue && !spec.secret ? ({ fix: 'replace-value', values: [spec.insertValue] } satisfies FixData) : undefined;
	switch (blankMeaning(spec)) {
		case 'prompts':
			out.push(diagnose('inf.blank-prompts', range, `${spec.name} is empty, so Setup stops and asks for it on every machine; fill it in if the installation must run without anyone present.`, fill));
			return;
		case 'default':
			out.push(diagnose('inf.blank-default', range, spec.default !== undefined ? `${spec.name} is empty, so Setup uses its default (${spec.default}).` : `${spec.name} is empty, which Setup reads as not set, so its own default applies (see hover).`));
			return;
		case 'meaningless':
			out.push(diagnose('inf.missing-value', range, `${spec.name} is empty, which means nothing to Setup; give it a value (${spec.insertValue ? `for example ${spec.insertValue}` : 'see hover for the allowed values'}) or remove the line.`, fill));
	}
}

/** The table's `blank` fact; without one, an entry with a default takes it and one full automation needs prompts. */
export function blankMeaning(spec: EntrySpec): BlankMeaning {
	if (spec.blank) return spec.blank;
	if (spec.default !== undefined) return 'default';
	if (spec.required?.reason === 'fullAutomation' && spec.required.value === undefined) return 'prompts';
	return 'meaningless';
}

/** Characters an unquoted INF value cannot carry as written: `,` splits fields, `"` starts quoting. */
const unquotedTrouble = /[,"]/;

function validatePassword(line: IniEntry, spec: EntrySpec, out: Diagnostic[]): void {
	if (!line.quoted && unquotedTrouble.test(line.value)) {
		out.push(diagnose('inf.unquoted-value', spanRange(line.valueSpan), `${spec.name} is not in quotes and contains a comma or a quote, which Setup's INF reader treats as syntax, so the password it sets is not the one written; enclose it in double quotes.`, { fix: 'quote', range: spanRange(line.valueSpan) } satisfies FixData));
	}
	const domain = spec.domain;
	if (domain.kind !== 'password') return;
	const value = line.value;
	if (value === '*') {
		out.push(diagnose('inf.blank-admin-password', spanRange(line.valueSpan), `${spec.name} = * gives the account an empty password.`));
		return;
	}
	if (value.startsWith('*')) {
		out.push(diagnose('inf.null-admin-password', spanRange(line.valueSpan), `${spec.name} must not begin with '*': Setup may treat it as an empty password and leave the account open. Remove the leading '*'.`));
		return;
	}
	if (domain.encryptedBy === undefined) {
		out.push(diagnose('inf.cleartext-password', spanRange(line.valueSpan), `${spec.name} cannot be encrypted, so anyone who reads this file or the image learns it. Leave it empty to be prompted, or remove the file after Setup.`));
	}
}

function validateReferences(analysis: IniAnalysis, out: Diagnostic[]): void {
	for (const reference of analysis.references) {
		if (analysis.byName.has(fold(reference.name))) continue;
		const finding = diagnose('inf.missing-section-ref', spanRange(reference.span), `${reference.entry.key} points to [${reference.name}], which this file does not contain; that configuration is skipped.`);
		// A component's parameter section is optional: without it Setup installs the component with its defaults.
		out.push(reference.optional ? { ...finding, severity: DiagnosticSeverity.Information, message: `${reference.entry.key} points to [${reference.name}], which this file does not contain, so Setup installs ${reference.entry.key} with its default settings. Add the section only to change them.` } : finding);
	}
}

function validateRequirements(analysis: IniAnalysis, target: WindowsTarget, out: Diagnostic[]): void {
	const { doc, index } = analysis;
	const top = topRange(doc);
	for (const info of index.sections.values()) {
		if (!info.honoured) continue;
		if (info.spec.targets && !info.spec.targets.includes(target)) continue;
		// Most sections require nothing; do not fold every key of a 10,000-line [SysprepMassStorage] for them.
		if (!hasRequirements(info)) continue;
		const present = analysis.byName.get(fold(info.spec.name));
		const keys = new Map<string, string>();
		// An entry written without a value already gets a blank-value finding; do not report it twice.
		for (const item of present ?? []) for (const line of item.section.lines) if (line.type === 'entry') keys.set(fold(line.key), line.value);
		const reported = new Set<string>();
		for (const entry of info.ordered) {
			const rule = entry.spec.required;
			if (!rule || !appliesTo(rule, target) || !entry.honoured) continue;
			if (rule.whenPresent !== undefined && !keys.has(fold(rule.whenPresent))) continue;
			if (rule.whenPresent !== undefined && rule.whenValue !== undefined && keys.get(fold(rule.whenPresent))?.toLowerCase() !== rule.whenValue.toLowerCase()) continue;
			const group = rule.anyOf ?? [entry.spec.name];
			const groupKey = group.map(fold).sort().join('|');
			if (reported.has(groupKey)) continue;
			if (group.some((name) => keys.has(fold(name)))) continue;
			// A deployment tool writes the entry into its template at deploy time.
			if (group.some((name) => writingTool(templatesOf.get(analysis) ?? [], info.spec.name, name))) continue;
			reported.add(groupKey);
			const value = entry.spec.insertValue ?? rule.value ?? '';
			const names = group.length > 1 ? group.join(' or ') : entry.spec.name;
			const range = present ? spanRange(present[0].section.nameSpan) : top;
			const why = present ? 'without it' : `the file has no [${info.spec.name}] section, so`;
			const finding = diagnose('inf.missing-required-entry', range, `Full automation needs ${names} in [${info.spec.name}]; ${why} Mini-Setup stops and asks for it.`, { fix: 'insert-entry', section: info.spec.name, entry: entry.spec.name, value } satisfies FixData);
			out.push(rule.targets || info.spec.targets ? versionDependent(finding) : finding);
		}
	}
}

/** Findings that hold only for one Windows version. */
const versionFindings = new WeakSet<Diagnostic>();

function versionDependent(diagnostic: Diagnostic): Diagnostic {
	versionFindings.add(diagnostic);
	return diagnostic;
}

function unsure(diagnostic: Diagnostic, target: WindowsTarget): Diagnostic {
	const other = target === 'xp' ? '2003' : 'xp';
	return {
		...diagnostic,
		severity: DiagnosticSeverity.Information,
		message: `${diagnostic.message} The file does not say which Windows it is for (it names neither version, or both), so this holds only if it is for ${targetWords([target])}; add '; reseal: target=${target}' or '; reseal: target=${other}' to decide.`,
	};
}

/** Comments that name the Windows version the file is written for. */
const commentTargets: readonly { readonly pattern: RegExp; readonly target: WindowsTarget }[] = [
	{ pattern: /(?:^|[^a-z0-9])(?:windows|win)[\s_-]*xp(?![a-z0-9])|(?:^|[^a-z0-9])xp[\s_-]+(?:pro(?:fessional)?|home|sp[1-3])(?![a-z0-9])/i, target: 'xp' },
	{ pattern: /(?:^|[^a-z0-9])(?:(?:windows[\s_-]+)?server|windows|win)[\s_-]*2003(?![0-9])|(?:^|[^a-z0-9])w2k3(?![a-z0-9])/i, target: '2003' },
];

/** Entries whose template tokens often name the edition (`ProductKey = WIN_XP_PRO_KEY`). */
const keyEntries = new Set(['productkey', 'productid']);

/**
 * The Windows version the file's own content points to: the sections and entries
 * that only one version reads (UnattendSwitch, [SystemRestore] for XP;
 * [LicenseFilePrintData] for Server 2003) and comments that name a version,
 * when they all point the same way.
 */
export function inferTarget(analysis: IniAnalysis): WindowsTarget | undefined {
	const seen = new Set<WindowsTarget>();
	const named = [...analysis.doc.comments, ...analysis.doc.trailingComments].map((comment) => comment.text);
	for (const bound of analysis.bound) for (const line of bound.section.lines) if (line.type === 'entry' && keyEntries.has(fold(line.key)) && isPlaceholder(line.value)) named.push(line.value);
	for (const text of named) for (const { pattern, target } of commentTargets) if (pattern.test(text)) seen.add(target);
	for (const bound of analysis.bound) {
		const info = bound.info;
		if (!info) continue;
		if (info.spec.targets?.length === 1) seen.add(info.spec.targets[0]);
		if (info.spec.shape !== 'entries') continue;
		for (const line of bound.section.lines) {
			if (line.type !== 'entry') continue;
			const targets = findEntry(info, line.key)?.spec.targets;
			if (targets?.length === 1) seen.add(targets[0]);
		}
		if (seen.size > 1) return undefined;
	}
	return seen.size === 1 ? [...seen][0] : undefined;
}

const requirementCache = new WeakMap<SectionInfo, boolean>();

function hasRequirements(info: SectionInfo): boolean {
	let has = requirementCache.get(info);
	if (has === undefined) {
		has = info.ordered.some((entry) => entry.spec.required !== undefined);
		requirementCache.set(info, has);
	}
	return has;
}

function appliesTo(rule: Requirement, target: WindowsTarget): boolean {
	return !rule.targets || rule.targets.includes(target);
}

function topRange(doc: IniDocument): Range {
	return { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(doc.lineLengths[0] ?? 0, 200) } };
}

function targetWords(targets: readonly WindowsTarget[]): string {
	return targets.map((item) => (item === 'xp' ? 'Windows XP' : 'Windows Server 2003')).join(' and ');
}

function truncate(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

