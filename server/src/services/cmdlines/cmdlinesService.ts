/**
 * Service layer: the `KindService` for Cmdlines.txt — checks, completion,
 * hover, quick-fixes, outline, folding and facts. The checks live in
 * `cmdlinesValidation.ts`; command knowledge in `knowledge/commandLineRules.ts`.
 */
import {
	CodeActionKind,
	CompletionItemKind,
	InsertTextFormat,
	SymbolKind,
	type CodeAction,
	type CompletionItem,
	type Diagnostic,
	type DocumentSymbol,
	type Hover,
	type Position,
} from 'vscode-languageserver-types';
import { cmdBuiltins, cmdlinesCompletions, cmdlinesContext, cmdlinesSection, installerPrograms, networkCommands, restartCommands } from '../../knowledge/commandLineRules';
import { fold } from '../../model/iniParser';
import { effectiveCommandLine, programName } from '../commandLines';
import { powerShellLineHover } from '../powershellCommand';
import { spanRange } from '../diagnostics';
import type { DocumentFacts, KindService } from '../kindService';
import { parseCmdlines, validateCmdlines, type CmdlinesFix, type CmdlinesModel } from './cmdlinesValidation';
import { foldingIni } from '../ini/iniNavigation';
import { formatIni } from '../ini/iniFormat';
import { indexWorkspace, linksFor, type LinkCandidate } from '../workspaceLinks';

export const cmdlinesService: KindService<CmdlinesModel> = {
	kind: 'cmdlines',
	parse: parseCmdlines,
	validate: validateCmdlines,
	complete: (ctx, model, position) => ({ isIncomplete: false, items: complete(model, position, ctx.document.getText({ start: { line: position.line, character: 0 }, end: position })) }),
	hover: (_ctx, model, position) => hover(model, position),
	codeActions: (ctx, _model, _range, diagnostics) => codeActions(ctx.document.uri, diagnostics),
	symbols: (_ctx, model) => symbols(model),
	folding: (_ctx, model) => foldingIni(model.doc),
	definition: () => [],
	references: () => [],
	facts: (_ctx, model) => facts(model),
	format: (ctx, model, _options, range) => formatIni(ctx.document.getText(), model.doc, ctx.settings.formatEqualsSpacing, range),
	links: (ctx, model) => linksFor(indexWorkspace(ctx.document.uri, ctx.workspace), linkCandidates(model)),
};

/** Programs and files the commands name; Cmdlines.txt runs from its own folder, so a bare name resolves only there. */
function linkCandidates(model: CmdlinesModel): LinkCandidate[] {
	const out: LinkCandidate[] = [];
	for (const { command, analysis, line } of model.commands) {
		for (const file of analysis.files) {
			const text = file.text.replace(/^"|"$/g, '');
			const quote = file.text.startsWith('"') ? 1 : 0;
			if (text === '') continue;
			const start = command.column + file.start + quote;
			out.push({
				path: text,
				range: spanRange({ line: line.lineSpan.line, start, end: start + text.length }),
				kind: /\.[a-z0-9]{1,4}$/i.test(text) ? 'file' : 'unknown',
				localOnly: !/[\\/]/.test(text),
			});
		}
	}
	return out;
}

function sectionAt(model: CmdlinesModel, line: number) {
	let found;
	for (const section of model.doc.sections) if (section.headerSpan.line <= line) found = section;
	return found;
}

function complete(model: CmdlinesModel, position: Position, before: string): CompletionItem[] {
	const section = sectionAt(model, position.line);
	const trimmed = before.trimStart();
	if (trimmed.startsWith('[') || !section) {
		const hasCommands = model.doc.sections.some((item) => fold(item.name) === fold(cmdlinesSection.name));
		if (hasCommands && !trimmed.startsWith('[')) return [];
		return [
			{
				label: `[${cmdlinesSection.name}]`,
				kind: CompletionItemKind.Module,
				documentation: { kind: 'markdown', value: cmdlinesSection.doc },
				insertText: `${trimmed.startsWith('[') ? '' : '['}${cmdlinesSection.name}]\n"$1"`,
				insertTextFormat: InsertTextFormat.Snippet,
				...(trimmed.startsWith('[') ? { filterText: `[${cmdlinesSection.name}]`, textEdit: { range: { start: { line: position.line, character: before.length - trimmed.length }, end: position }, newText: `[${cmdlinesSection.name}]\n"$1"` } } : {}),
			},
		];
	}
	if (fold(section.name) !== fold(cmdlinesSection.name) || trimmed.length > 1 || (trimmed.length === 1 && trimmed !== '"')) return [];
	const start = { line: position.line, character: before.length - trimmed.length };
	return cmdlinesCompletions.map((item, order) => ({
		label: item.label,
		kind: CompletionItemKind.Snippet,
		detail: item.detail,
		sortText: String(order).padStart(2, '0'),
		filterText: `"${item.label}`,
		insertTextFormat: InsertTextFormat.Snippet,
		textEdit: { range: { start, end: position }, newText: item.body },
	}));
}

function hover(model: CmdlinesModel, position: Position): Hover | null {
	const section = model.doc.sections.find((item) => item.headerSpan.line === position.line && position.character >= item.nameSpan.start && position.character <= item.nameSpan.end);
	if (section) {
		const text =
			fold(section.name) === fold(cmdlinesSection.name)
				? `**[${cmdlinesSection.name}]** — Cmdlines.txt\n\n${cmdlinesSection.doc}\n\n- Runs ${cmdlinesContext.runsWhen}.\n- ${model.commands.length} command${model.commands.length === 1 ? '' : 's'} in this file.`
				: `**[${section.name}]** is not read: Setup runs only the lines of [${cmdlinesSection.name}].`;
		return { contents: { kind: 'markdown', value: text }, range: spanRange(section.nameSpan) };
	}
	const index = model.commands.findIndex((item) => item.line.lineSpan.line === position.line);
	if (index === -1) return null;
	const { command, analysis, line } = model.commands[index];
	const column = position.character - command.column;
	const token = analysis.tokens.find((item) => !item.operator && column >= item.start && column <= item.end);
	const lines: string[] = [`**Command ${index + 1} of ${model.commands.length}** — runs ${cmdlinesContext.runsWhen}; each command waits for the previous one.`, '', effectiveCommandLine(command.raw, true)];
	if (analysis.viaCmd) lines.push('', 'Runs through cmd.exe, so built-in commands, `>` redirection and `&` chains work.');
	const powershell = powerShellLineHover(command.raw);
	if (powershell) lines.push('', powershell);
	if (token) {
		const name = programName(token.text);
		const builtin = cmdBuiltins.find((item) => item.name === name);
		const restart = restartCommands.find((item) => item.program === name);
		const network = networkCommands.find((item) => item.program === name);
		if (builtin && !/[\\/:.]/.test(token.text)) lines.push('', `\`${builtin.name}\` is built into cmd.exe: it ${builtin.doc}.${analysis.viaCmd ? '' : ' It needs `cmd /c` in front.'}`);
		if (restart) lines.push('', `${restart.doc}; in Cmdlines.txt that cuts Mini-Setup short.`);
		if (network) lines.push('', `${network.doc}; there is no network while Cmdlines.txt runs.`);
		if (installerPrograms.includes(name)) lines.push('', 'Windows Installer does not run while Cmdlines.txt is processed; use [GuiRunOnce].');
		const range = { line: line.lineSpan.line, start: command.column + token.start, end: command.column + token.end };
		return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanRange(range) };
	}
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: spanRange(line.lineSpan) };
}

function codeActions(uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
	const actions: CodeAction[] = [];
	for (const diagnostic of diagnostics) {
		const data = diagnostic.data as CmdlinesFix | undefined;
		if (!data || typeof data !== 'object' || typeof data.title !== 'string' || !Array.isArray(data.edits)) continue;
		actions.push({ title: data.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: { changes: { [uri]: data.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } } });
	}
	return actions;
}

function symbols(model: CmdlinesModel): DocumentSymbol[] {
	// Group commands by section in one pass; files with many sections stay linear.
	const sectionOfLine = new Map<unknown, (typeof model.doc.sections)[number]>();
	for (const section of model.doc.sections) for (const line of section.lines) sectionOfLine.set(line, section);
	const commandsBySection = new Map<unknown, (typeof model.commands)[number][]>();
	for (const item of model.commands) {
		const section = sectionOfLine.get(item.line);
		if (!section) continue;
		const list = commandsBySection.get(section) ?? [];
		list.push(item);
		commandsBySection.set(section, list);
	}
	return model.doc.sections.map((section) => {
		const end = section.lastContentLine;
		const commands = commandsBySection.get(section) ?? [];
		return {
			name: `[${section.name}]`,
			detail: fold(section.name) === fold(cmdlinesSection.name) ? `${commands.length} command${commands.length === 1 ? '' : 's'}` : 'not read by Setup',
			kind: SymbolKind.Namespace,
			range: { start: { line: section.headerSpan.line, character: section.headerSpan.start }, end: { line: end, character: end === section.headerSpan.line ? section.headerSpan.end : (model.doc.lineLengths[end] ?? 0) } },
			selectionRange: spanRange(section.nameSpan),
			children: commands.slice(0, 2000).map((item) => ({
				name: clip(item.command.text.trim() || '(empty)'),
				kind: SymbolKind.Function,
				range: spanRange(item.line.lineSpan),
				selectionRange: spanRange(item.line.lineSpan),
			})),
		};
	});
}

/** Files the commands need: scripts and programs given with a folder or a script extension; run from `$OEM$`. */
function facts(model: CmdlinesModel): DocumentFacts {
	const referencedPaths: DocumentFacts['referencedPaths'][number][] = [];
	for (const { command, analysis, line } of model.commands) {
		for (const file of analysis.files) {
			const isProgram = file === analysis.program;
			if (file.text.includes('%') || file.text.startsWith('\\\\')) continue;
			// A bare program name (`regedit.exe`) is found on the search path, not next to the file.
			if (isProgram && !file.text.includes('\\')) continue;
			referencedPaths.push({
				path: file.text,
				range: spanRange({ line: line.lineSpan.line, start: command.column + file.start, end: command.column + file.end }),
				purpose: `${isProgram ? 'program' : 'file'} run by Cmdlines.txt`,
				kind: /\.[a-z0-9]{1,4}$/i.test(file.text) ? 'file' : 'unknown',
			});
		}
	}
	return { referencedPaths, externalTools: [], runsSysprep: false, values: {} };
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
