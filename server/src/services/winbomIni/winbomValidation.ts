/**
 * Service layer: the checks only Winbom.ini needs, run after the generic INI
 * checks: which sections and entries the declared `WinbomType` reads, where
 * environment variables are expanded, `NewWinbom` chains, clear-text
 * credentials, the `[OEMRunOnce]`/`[OEMRun]` line form and name lists.
 *
 * Every rule reads `knowledge/winbomIni.ts`; no entry name appears here.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { fold, parseIni, type IniEntry, type IniLine } from '../../model/iniParser';
import type { FactoryProcessing, SectionSpec, WinbomType } from '../../knowledge/types';
import { winbomMaxChain, winbomVariablesNotExpanded } from '../../knowledge/winbomIni';
import { oemRunContext } from '../../knowledge/commandLineRules';
import type { RunField } from './winbomBinding';
import { isPlaceholder } from '../../util/text';
import { sysprepInfCodes } from '../codes/sysprepInfCodes';
import { winbomIniCodes } from '../codes/winbomIniCodes';
import { analyzeCommand, contextFindings, rawLineText, sharedRuleMessage } from '../commandLines';
import { codeTable, spanRange } from '../diagnostics';
import { safeList, safeRead, uriPath, workspacePathOf } from '../cmdlines/cmdlinesValidation';
import type { BoundSection } from '../ini/iniAnalysis';
import { findEntry, type EntryInfo, type SectionInfo } from '../ini/knowledgeIndex';
import { checkValueRemembered, findEnumValue } from '../ini/valueDomains';
import type { RequestContext } from '../kindService';
import type { WinbomAnalysis } from './winbomBinding';
import type { FixData } from '../ini/iniValidation';

const diagnose = codeTable(winbomIniCodes);
const diagnoseInf = codeTable(sysprepInfCodes);

/** The section of Winbom.ini that declares the type and the chain (the table's first section). */
const factorySection = 'Factory';
const typeEntry = 'WinbomType';
const chainEntry = 'NewWinbom';

const variablePattern = /%[A-Za-z_][\w#$'(){}~.-]*%/g;

/** The declared `WinbomType`, if the file gives a valid one. */
export function declaredType(model: WinbomAnalysis): WinbomType | undefined {
	const entry = factoryEntry(model, typeEntry);
	if (!entry) return undefined;
	const info = model.index.sections.get(fold(factorySection));
	const spec = info ? findEntry(info, typeEntry)?.spec : undefined;
	if (spec?.domain.kind !== 'enum') return undefined;
	return findEnumValue(spec.domain.values, entry.value)?.value as WinbomType | undefined;
}

function factoryEntry(model: WinbomAnalysis, name: string): IniEntry | undefined {
	for (const item of model.byName.get(fold(factorySection)) ?? []) {
		for (const line of item.section.lines) if (line.type === 'entry' && fold(line.key) === fold(name)) return line;
	}
	return undefined;
}

/** The WinbomType values whose states read a section: its own, or those of any of its entries. */
export function sectionTypes(info: SectionInfo): readonly WinbomType[] | undefined {
	if (info.spec.factory) return info.spec.factory.states.length === 0 ? undefined : info.spec.factory.types;
	const types = new Set<WinbomType>();
	for (const entry of info.ordered) for (const type of entry.spec.factory?.types ?? []) types.add(type);
	return types.size === 0 ? undefined : [...types];
}

/** How Factory.exe processes a value: the entry's own processing or its section's. */
export function processingOf(section: SectionSpec, entry: EntryInfo | undefined): FactoryProcessing | undefined {
	return entry?.spec.factory ?? section.factory;
}

/** Whether variables are expanded in a section's values under a type (undefined: Factory.exe does not read it). */
export function expandsVariables(section: SectionSpec, entry: EntryInfo | undefined, type: WinbomType | undefined): boolean | undefined {
	const processing = processingOf(section, entry);
	if (!processing || processing.states.length === 0) return undefined;
	if (type && winbomVariablesNotExpanded.some((item) => fold(item.section) === fold(section.name) && item.types.includes(type))) return false;
	return entry?.spec.expandsVariables ?? processing.variables;
}

export function validateWinbom(ctx: RequestContext, model: WinbomAnalysis): Diagnostic[] {
	const out: Diagnostic[] = [];
	const { doc } = model;
	if (!model.byName.has(fold(factorySection)) && (doc.sections.length > 0 || doc.preamble.length > 0)) {
		out.push(diagnose('winbom.missing-factory-section', topRange(doc.lineLengths[0] ?? 0), `Winbom.ini has no [${factorySection}] section; Factory.exe ignores the whole file without it. Add [${factorySection}] with ${typeEntry} = Factory (or WinPE, OOBE).`, { fix: 'insert-entry', section: factorySection, entry: typeEntry, value: 'Factory' } satisfies FixData));
	}
	const type = declaredType(model);
	for (const bound of model.bound) {
		if (!bound.info) continue;
		const ignored = type ? checkType(bound, type, out) : false;
		checkLines(bound, type, ignored, out);
	}
	checkRunLines(model, out);
	checkChain(ctx, model, out);
	return out;
}

/** Reports a section (or its entries) that the declared type never reads; true when the whole section is ignored. */
function checkType(bound: BoundSection, type: WinbomType, out: Diagnostic[]): boolean {
	const info = bound.info!;
	const types = sectionTypes(info);
	if (types && !types.includes(type)) {
		out.push(diagnose('winbom.ignored-by-type', spanRange(bound.section.nameSpan), `No ${type} state reads [${bound.section.name}]; Factory.exe uses it only when ${typeEntry} is ${words(types)}, so it has no effect in this file.`));
		return true;
	}
	for (const line of bound.section.lines) {
		if (line.type !== 'entry') continue;
		const entry = findEntry(info, line.key);
		const entryTypes = entry?.spec.factory?.types;
		if (entry && entryTypes && entry.spec.factory!.states.length > 0 && !entryTypes.includes(type)) {
			out.push(diagnose('winbom.ignored-by-type', spanRange(line.keySpan), `No ${type} state reads ${entry.spec.name}; Factory.exe uses it only when ${typeEntry} is ${words(entryTypes)}.`));
		}
	}
	return false;
}

function checkLines(bound: BoundSection, type: WinbomType | undefined, ignored: boolean, out: Diagnostic[]): void {
	const info = bound.info!;
	const spec = info.spec;
	for (const line of bound.section.lines) {
		const entry = line.type === 'entry' && spec.shape !== 'values' ? findEntry(info, line.key) : undefined;
		// Where the value is: the whole line for lists, after `=` otherwise.
		const value = spec.shape === 'values' || line.type === 'value' ? rawLineText(line) : { text: line.rawValue, column: line.valueSpan.start };
		if (!ignored && (spec.shape !== 'entries' || entry)) checkVariables(line, bound.section.name, value, spec, entry, type, out);
		if (entry && line.type === 'entry' && entry.spec.domain.kind === 'password') checkCredential(line, entry, bound.section.name, out);
		if (spec.shape === 'values' && spec.lineDomain && spec.lineDomain.kind !== 'command' && spec.lineDomain.kind !== 'any' && line.type === 'value') {
			const text = line.value.trim();
			const verdict = text === '' ? { ok: true as const } : checkValueRemembered(spec.lineDomain, text);
			if (!verdict.ok) out.push(diagnoseInf('inf.invalid-value', spanRange(line.valueSpan), `'${clip(text)}' in [${spec.name}] ${verdict.message}.`));
		}
	}
}

function checkVariables(line: IniLine, sectionName: string, value: { text: string; column: number }, spec: SectionSpec, entry: EntryInfo | undefined, type: WinbomType | undefined, out: Diagnostic[]): void {
	if (!value.text.includes('%')) return;
	const expands = expandsVariables(spec, entry, type);
	if (expands !== false) return;
	const unquoted = value.text.replace(/^"(.*)"$/, '$1');
	if (isPlaceholder(unquoted)) return; // A template token a script replaces, not a variable.
	const processing = processingOf(spec, entry)!;
	const what = entry ? entry.spec.name : `[${sectionName}]`;
	const byType = type && processing.variables && entry?.spec.expandsVariables !== false ? ` when ${typeEntry} is ${type}` : '';
	for (const match of value.text.matchAll(variablePattern)) {
		const start = value.column + (match.index ?? 0);
		out.push(diagnose('winbom.unexpanded-variable', spanRange({ line: line.lineSpan.line, start, end: start + match[0].length }), `Factory.exe does not expand environment variables in ${what}${byType} (state "${processing.states.join('", "')}"), so ${match[0]} stays literal text; write the path out in full.`));
	}
}

function checkCredential(line: IniEntry, entry: EntryInfo, sectionName: string, out: Diagnostic[]): void {
	const value = line.value.trim();
	if (value === '' || value === '*' || isPlaceholder(value)) return;
	out.push(diagnose('winbom.cleartext-credentials', spanRange(line.valueSpan), `${entry.spec.name} in [${sectionName}] is stored in clear text; anyone who can read this Winbom.ini (on the image, the share or the distribution media) learns it. Use an account with only the rights the factory needs, and remove the file when it is done.`));
}

function checkRunLines(model: WinbomAnalysis, out: Diagnostic[]): void {
	for (const run of model.runLines) {
		const { fields, list, line } = run;
		const name = `[${list.section}]`;
		const form = list.sectionForm ? `"description", "command" or "description", section_name, ${list.sectionForm.kinds.map((kind) => kind.value).join('|')}` : '"description", "command"';
		const whole = spanRange(line.lineSpan);
		if (fields.length < 2) {
			out.push(diagnose('winbom.oemrun-syntax', whole, `${name} lines read ${form}; this line has no comma after the description.`));
			continue;
		}
		if (fields[0].text.trim() === '') out.push(diagnose('winbom.oemrun-syntax', spanRange(fields[0].span), `${name} lines start with a description shown while the item runs; this one is empty.`));
		if (fields.length === 2) {
			if (fields[1].text.trim() === '') out.push(diagnose('winbom.oemrun-syntax', spanRange(fields[1].span), `The command of this ${name} line is empty.`));
			else checkRunCommand(fields[1], out);
			continue;
		}
		if (fields.length === 3 && list.sectionForm) {
			if (!run.target) {
				out.push(diagnose('winbom.oemrun-syntax', spanRange(fields[2].span), `The third field of an ${name} line says how the named section installs: ${list.sectionForm.kinds.map((kind) => kind.value).join(', ')}; '${clip(fields[2].text)}' is none of them. Quote the command if it contains commas.`));
			}
			continue;
		}
		const extra = fields[list.sectionForm ? 3 : 2];
		const range = { start: spanRange(extra.span).start, end: whole.end };
		out.push(diagnose('winbom.oemrun-syntax', range, `${name} lines read ${form}; the text from here on is extra. Quote the command if it contains commas.`));
	}
}

/** The rules every command list shares, on the command field of a run line. */
function checkRunCommand(field: RunField, out: Diagnostic[]): void {
	// Offsets map into the line only when unquoting changed nothing but the outer quotes.
	const exact = !field.quoted || !field.text.includes('"');
	const column = field.span.start + (field.quoted ? 1 : 0);
	for (const finding of contextFindings(analyzeCommand(field.text), oemRunContext)) {
		const message = sharedRuleMessage(finding, oemRunContext);
		if (!message) continue;
		const range = spanRange(exact ? { line: field.span.line, start: column + finding.start, end: column + finding.end } : field.span);
		out.push(diagnose(finding.rule === 'prompts' ? 'winbom.oemrun-runas' : 'winbom.oemrun-interactive', range, message));
	}
}

/** `NewWinbom`: a path, not this file, and (with a workspace) a chain of at most ten files. */
function checkChain(ctx: RequestContext, model: WinbomAnalysis, out: Diagnostic[]): void {
	const entry = factoryEntry(model, chainEntry);
	if (!entry) return;
	const value = entry.value.trim();
	if (value === '' || isPlaceholder(value)) return;
	const range = spanRange(entry.valueSpan);
	if (!/[\\/]/.test(value) && !/\.ini$/i.test(value)) {
		out.push(diagnose('winbom.new-winbom-not-path', range, `${chainEntry} takes the full path of another Winbom.ini (for example D:\\Factory\\Winbom.ini); '${clip(value)}' is not a path.`));
		return;
	}
	const files = ctx.workspace ? safeList(ctx.workspace) : [];
	const self = workspacePathOf(ctx.document.uri, files) ?? uriPath(ctx.document.uri);
	if (pointsTo(value, self)) {
		out.push(diagnose('winbom.new-winbom-self', range, `${chainEntry} points to this same file, so Factory.exe reads it again on every hop until it stops after ${winbomMaxChain} files; point it at another Winbom.ini or remove the entry.`));
		return;
	}
	if (!ctx.workspace) return;
	const chain = [self];
	let next: string | undefined = value;
	while (next !== undefined && chain.length <= winbomMaxChain + 1) {
		const file = resolveInWorkspace(next, files);
		if (file === undefined) return; // The chain leaves the workspace; nothing more is known.
		if (chain.some((item) => item.toLowerCase() === file.toLowerCase())) {
			out.push(diagnose('winbom.new-winbom-chain', range, `${chainEntry} loops: ${[...chain, file].join(' → ')}; Factory.exe goes round until it stops after ${winbomMaxChain} files.`));
			return;
		}
		chain.push(file);
		const text = safeRead(ctx.workspace, file);
		next = text === undefined ? undefined : chainValue(text);
	}
	if (chain.length > winbomMaxChain) {
		out.push(diagnose('winbom.new-winbom-chain', range, `Following ${chainEntry} gives ${chain.length > winbomMaxChain + 1 ? `more than ${winbomMaxChain + 1}` : chain.length} files (${chain.slice(0, 4).join(' → ')} → …); Factory.exe follows at most ${winbomMaxChain} and then uses the file it reached.`));
	}
}

function chainValue(text: string): string | undefined {
	// Factory.exe's reader is not documented to take `;` mid-line for a comment or `\\` for a continuation.
	const doc = parseIni(text, { infSyntax: false });
	for (const section of doc.sections) {
		if (fold(section.name) !== fold(factorySection)) continue;
		for (const line of section.lines) {
			if (line.type === 'entry' && fold(line.key) === fold(chainEntry) && line.value.trim() !== '' && !isPlaceholder(line.value.trim())) return line.value.trim();
		}
	}
	return undefined;
}

/** The folder names and file name of a Windows path, lower case, without drive or leading variable. */
function pathSegments(path: string): { segments: string[]; rooted: boolean } {
	const normal = path.replace(/^"(.*)"$/, '$1').replace(/\//g, '\\');
	const rooted = /^(?:[a-z]:|%[^%]+%|\\)/i.test(normal);
	const stripped = normal.replace(/^[a-z]:/i, '').replace(/^%[^%]+%/, '');
	return { segments: stripped.toLowerCase().split('\\').filter((part) => part !== '' && part !== '.'), rooted };
}

function pointsTo(value: string, documentPath: string): boolean {
	const { segments, rooted } = pathSegments(value);
	const own = documentPath.toLowerCase().split('/').filter((part) => part !== '');
	if (segments.length === 0 || own.length === 0) return false;
	if (segments.length === 1) return !rooted && segments[0] === own[own.length - 1];
	if (segments.length > own.length) return false;
	return segments.every((part, index) => own[own.length - segments.length + index] === part);
}

/** The workspace file a Windows path most likely means: the longest case-insensitive match of its trailing names. */
function resolveInWorkspace(value: string, files: readonly string[]): string | undefined {
	const { segments } = pathSegments(value);
	if (segments.length === 0) return undefined;
	let best: { file: string; score: number } | undefined;
	for (const file of files) {
		const parts = file.toLowerCase().split('/').filter((part) => part !== '');
		let score = 0;
		while (score < segments.length && score < parts.length && parts[parts.length - 1 - score] === segments[segments.length - 1 - score]) score++;
		if (score === 0) continue;
		// A bare file-name match is too weak when the value names folders too.
		if (score < Math.min(2, segments.length)) continue;
		if (!best || score > best.score) best = { file, score };
	}
	return best?.file;
}

function topRange(length: number): Range {
	return { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(length, 200) } };
}

function words(types: readonly string[]): string {
	return types.length <= 1 ? types.join('') : `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

