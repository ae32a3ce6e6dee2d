/**
 * Service layer: the `KindService` for Winbom.ini. The generic INI service
 * (built from the Winbom.ini table) does parsing, completion, quick-fixes,
 * outline, folding and navigation; this module composes the Winbom.ini
 * binding (`winbomBinding.ts`), checks (`winbomValidation.ts`) and the
 * Factory.exe processing notes in hover around it.
 */
import type { Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { winbomIni, winbomVariablesNotExpanded } from '../../knowledge/winbomIni';
import type { WinbomType } from '../../knowledge/types';
import { fold } from '../../model/iniParser';
import { createAnswerFileService } from '../ini/sysprepInfService';
import { entryInfoFor, sectionAtLine } from '../ini/iniAnalysis';
import type { KindService, RequestContext } from '../kindService';
import { bindWinbom, type WinbomAnalysis } from './winbomBinding';
import { declaredType, processingOf, sectionTypes, validateWinbom } from './winbomValidation';

const base = createAnswerFileService('winbom-ini', 'winbom', 'Winbom.ini', [winbomIni]);

/** Generic findings Winbom.ini reports in its own words (`winbom.cleartext-credentials`) or that only fit Sysprep.inf passwords. */
const replacedCodes = new Set(['inf.cleartext-password', 'inf.blank-admin-password', 'inf.null-admin-password']);

function validate(ctx: RequestContext, model: WinbomAnalysis): Diagnostic[] {
	const generic = base.validate(ctx, model).filter((diagnostic) => !replacedCodes.has(String(diagnostic.code)));
	const out = [...generic, ...validateWinbom(ctx, model)];
	out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
	// The façade (languageService.ts) cuts at maxDiagnostics, once for every kind.
	return out;
}

export const winbomIniService: KindService<WinbomAnalysis> = {
	kind: 'winbom-ini',
	parse: (text) => bindWinbom(base.parse(text)),
	validate,
	complete: (ctx, model, position) => base.complete(ctx, model, position),
	hover: (ctx, model, position) => hover(ctx, model, position),
	codeActions: (ctx, model, range, diagnostics) => base.codeActions(ctx, model, range, diagnostics),
	symbols: (ctx, model) => base.symbols(ctx, model),
	folding: (ctx, model) => base.folding(ctx, model),
	definition: (ctx, model, position) => base.definition(ctx, model, position),
	references: (ctx, model, position) => base.references(ctx, model, position),
	facts: (ctx, model) => base.facts(ctx, model),
	prepareRename: (ctx, model, position) => base.prepareRename!(ctx, model, position),
	rename: (ctx, model, position, newName) => base.rename!(ctx, model, position, newName),
	highlights: (ctx, model, position) => base.highlights!(ctx, model, position),
	format: (ctx, model, options, range) => base.format!(ctx, model, options, range),
	links: (ctx, model) => base.links!(ctx, model),
	inlayHints: (ctx, model, range) => base.inlayHints!(ctx, model, range),
};

/**
 * An `[OEMRunOnce]`/`[OEMRun]` line is `"description", command` or
 * `"description", section, type`: Factory.exe starts the second field, so the
 * hover shows that one (the first is only the text it displays).
 */
function runLineHover(model: WinbomAnalysis, position: Position): Hover | null {
	const run = model.runLines.find((item) => item.line.lineSpan.line === position.line);
	if (!run) return null;
	const [description, command, type] = run.fields;
	const lines = [`**[${run.section.name}] line**`, ''];
	if (description) lines.push(`Shown while it runs: \`${description.text.replace(/`/g, "'")}\``);
	if (run.target) lines.push(`Installs the application section \`[${run.target.name}]\`${type ? ` as ${type.text}` : ''}.`);
	else if (command && command.text !== '') lines.push(`Factory.exe starts: \`${command.text.replace(/`/g, "'")}\``);
	else lines.push('No command: the line needs a second field with the command to run.');
	return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: { start: { line: run.line.lineSpan.line, character: run.line.lineSpan.start }, end: { line: run.line.lineSpan.line, character: run.line.lineSpan.end } } };
}

/** The generic hover plus which Factory.exe states read the item, and what this file's WinbomType means for it. */
function hover(ctx: RequestContext, model: WinbomAnalysis, position: Position): Hover | null {
	const run = runLineHover(model, position);
	if (run) return run;
	const result = base.hover(ctx, model, position);
	if (!result || typeof result.contents !== 'object' || !('kind' in result.contents)) return result;
	const bound = sectionAtLine(model, position.line);
	if (!bound?.info) return result;
	const onHeader = bound.section.headerSpan.line === position.line;
	const line = onHeader ? undefined : bound.section.lines.find((item) => item.lineSpan.line === position.line);
	const entry = line?.type === 'entry' ? entryInfoFor(bound, line.key) : undefined;
	if (!onHeader && !entry) return result;
	const spec = bound.info.spec;
	const processing = processingOf(spec, entry);
	const notes: string[] = [];
	if (processing) {
		if (entry && !entry.spec.factory) {
			notes.push(`- Factory.exe: read when WinbomType is ${processing.types.join(', ')}; runs ${processing.executes === 'once' ? 'once' : `on every boot${processing.onceIn ? ` (once under ${processing.onceIn.join(', ')})` : ''}`}; environment variables ${(entry.spec.expandsVariables ?? processing.variables) ? 'are expanded' : 'are not expanded'}`);
		}
		if (processing.states.length > 0) notes.push(`- ${processing.states.length === 1 ? 'State' : 'States'}: ${processing.states.map((state) => `"${state}"`).join(', ')}`);
		else notes.push('- Factory.exe itself does not act on it; other programs read it');
		const literal = winbomVariablesNotExpanded.find((item) => fold(item.section) === fold(spec.name));
		if (literal && processing.variables) notes.push(`- Under WinbomType ${literal.types.join(', ')} the values are taken literally (no variable expansion)`);
	}
	if (!processing && onHeader) {
		const readers = sectionTypes(bound.info);
		if (readers) notes.push(`- Factory.exe: entries are read when WinbomType is ${readers.join(', ')}; hover an entry for its state`);
	}
	const type = declaredType(model);
	const types: readonly WinbomType[] | undefined = entry ? (entry.spec.factory?.types ?? sectionTypes(bound.info)) : sectionTypes(bound.info);
	if (type && types && processing && processing.states.length > 0) {
		notes.push(types.includes(type) ? `- This file is WinbomType ${type}: read` : `- This file is WinbomType ${type}: **not read**`);
	}
	if (notes.length === 0) return result;
	// Notes go with the other bullet points, before the example.
	const value = result.contents.value;
	const example = value.indexOf('\n\n```');
	const merged = example === -1 ? `${value}\n${notes.join('\n')}` : `${value.slice(0, example)}\n${notes.join('\n')}${value.slice(example)}`;
	return { ...result, contents: { kind: 'markdown', value: merged } };
}
