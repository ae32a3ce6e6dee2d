/**
 * Service layer: the checks for Cmdlines.txt.
 *
 * The file is read with the one INI parser; every line of `[Commands]` is a
 * command line checked by the shared checker (`services/commandLines.ts`) in
 * the Cmdlines.txt context (no network, no Windows Installer, a restart cuts
 * Mini-Setup short). With a workspace view, the location of the file and the
 * `InstallFilesPath` of the workspace's Sysprep.inf are checked too.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { cmdlinesContext, cmdlinesSection } from '../../knowledge/commandLineRules';
import { fold, parseIni, type IniDocument, type IniLine } from '../../model/iniParser';
import { closestMatch, isPlaceholder, trimTrailing } from '../../util/text';
import { cmdlinesCodes } from '../codes/cmdlinesCodes';
import { powerShellLineFindings } from '../powershellCommand';
import { analyzeCommand, contextFindings, lineCommand, quotedReplacement, quotingFinding, rawLineText, readInfCommand, sharedRuleMessage, type CommandAnalysis, type LineCommand } from '../commandLines';
import { codeTable, spanRange } from '../diagnostics';
import { lineRemoval } from '../ini/iniCodeActions';
import type { RequestContext, WorkspaceView } from '../kindService';

const diagnose = codeTable(cmdlinesCodes);

/** What a Cmdlines.txt quick-fix does, carried in `Diagnostic.data`: replace ranges with text. */
export interface CmdlinesFix {
	readonly title: string;
	readonly edits: readonly { readonly range: Range; readonly newText: string }[];
}

export interface CmdlinesModel {
	readonly doc: IniDocument;
	/** Each command line of `[Commands]`, read once. */
	readonly commands: readonly CommandLine[];
}

export interface CommandLine {
	readonly line: IniLine;
	readonly command: LineCommand;
	readonly analysis: CommandAnalysis;
}

/**
 * A command line of `[Commands]`. Its reading and analysis are pure functions of the
 * line, so they are computed when asked for rather than kept for every line of the
 * model (validation reads each once; hover and facts read the lines they need).
 */
class CommandLineItem implements CommandLine {
	constructor(readonly line: IniLine) {}
	get command(): LineCommand {
		const raw = rawLineText(this.line);
		return lineCommand(raw.text, raw.column);
	}
	get analysis(): CommandAnalysis {
		const command = this.command;
		return analyzeCommand(command.text, command.quoted);
	}
}

export function parseCmdlines(text: string): CmdlinesModel {
	const doc = parseIni(text);
	const commands: CommandLine[] = [];
	const wanted = fold(cmdlinesSection.name);
	for (const section of doc.sections) {
		if (fold(section.name) !== wanted) continue;
		for (const line of section.lines) commands.push(new CommandLineItem(line));
	}
	return { doc, commands };
}

export function validateCmdlines(ctx: RequestContext, model: CmdlinesModel): Diagnostic[] {
	const { doc } = model;
	const out: Diagnostic[] = [];
	for (const problem of doc.problems) {
		if (problem.code !== 'unclosed-section' && problem.code !== 'empty-section-name') continue;
		// A header that only lacks its `]` (a name follows the `[`): closing it is what was meant.
		const header = problem.code === 'unclosed-section' ? doc.sections.find((section) => section.nameSpan.line === problem.span.line && section.name.trim() !== '') : undefined;
		const at = header ? spanRange({ line: header.nameSpan.line, start: header.nameSpan.end, end: header.nameSpan.end }) : undefined;
		out.push(diagnose('cmdlines.malformed-section', spanRange(problem.span), problem.message, at ? fix("Close the header with ']'", at, ']') : undefined));
	}
	// A run of consecutive misused comment lines (a licence header) is one finding with one fix.
	let run: { range: Range; marker: string; edits: { range: Range; newText: string }[]; last: number } | undefined;
	const flush = () => {
		if (!run) return;
		const lines = run.edits.length;
		const message = lines === 1 ? `'${run.marker}' is not a documented comment marker in Cmdlines.txt; start comment lines with ';'.` : `'${run.marker}' starts ${lines} comment lines here, but it is not a documented comment marker in Cmdlines.txt; start comment lines with ';'.`;
		out.push(diagnose('cmdlines.comment-marker', run.range, message, { title: lines === 1 ? "Use ';' to start the comment" : `Use ';' on all ${lines} comment lines`, edits: run.edits } satisfies CmdlinesFix));
		run = undefined;
	};
	for (const comment of doc.comments) {
		if (comment.marker === ';') {
			flush();
			continue;
		}
		const marker = comment.marker === 'rem' ? comment.text.slice(0, 3) : comment.marker;
		const range = spanRange({ ...comment.span, end: comment.span.start + marker.length });
		if (run && run.last === comment.span.line - 1) {
			run.edits.push({ range, newText: ';' });
			run.last = comment.span.line;
		} else {
			flush();
			run = { range, marker, edits: [{ range, newText: ';' }], last: comment.span.line };
		}
	}
	flush();
	// Commands written without any header: the header above them is what was meant. With a [Commands] section
	// further down, which lines belong in it is the author's call.
	const hasCommands = doc.sections.some((section) => fold(section.name) === fold(cmdlinesSection.name));
	const firstLine = doc.preamble[0]?.lineSpan.line;
	const header = !hasCommands && firstLine !== undefined ? fix(`Add the [${cmdlinesSection.name}] header above the commands`, spanRange({ line: firstLine, start: 0, end: 0 }), `[${cmdlinesSection.name}]${doc.eol}`) : undefined;
	const commandsSection = doc.sections.find((section) => fold(section.name) === fold(cmdlinesSection.name));
	for (const line of doc.preamble) {
		// With a [Commands] section further down, the line moves to its end: Setup reads no other section.
		const at = commandsSection ? { line: commandsSection.lastContentLine, character: doc.lineLengths[commandsSection.lastContentLine] ?? 0 } : undefined;
		const move: CmdlinesFix | undefined = at
			? { title: `Move the line into [${cmdlinesSection.name}]`, edits: [{ range: lineRemoval(doc, line.lineSpan.line), newText: '' }, { range: { start: at, end: at }, newText: `${doc.eol}${rawLineText(line).text.trim()}` }] }
			: header;
		out.push(diagnose('cmdlines.outside-section', spanRange(line.lineSpan), `This line comes before the [${cmdlinesSection.name}] header, so it never runs; move it into [${cmdlinesSection.name}].`, move));
	}
	let commandsSeen = false;
	for (const section of doc.sections) {
		if (section.name === '') continue;
		if (fold(section.name) === fold(cmdlinesSection.name)) {
			commandsSeen = true;
			continue;
		}
		const suggestion = closestMatch(section.name, [cmdlinesSection.name]);
		const range = spanRange(section.nameSpan);
		out.push(
			diagnose(
				'cmdlines.unknown-section',
				range,
				`Setup reads only [${cmdlinesSection.name}] from Cmdlines.txt; the lines of [${section.name}] never run.${suggestion ? ` Did you mean [${suggestion}]?` : ''}`,
				suggestion ? fix(`Change to '${suggestion}'`, range, suggestion) : undefined,
			),
		);
	}
	if (!commandsSeen && (doc.sections.length > 0 || doc.preamble.length > 0 || doc.comments.length > 0)) {
		out.push(diagnose('cmdlines.missing-commands-section', topRange(doc), `Cmdlines.txt has no [${cmdlinesSection.name}] section, so Mini-Setup runs nothing from it.`, header));
	}
	for (const item of model.commands) validateCommand(item, doc, out);
	if (ctx.workspace) validatePlacement(ctx, model, ctx.workspace, out);

	out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
	// The façade (languageService.ts) cuts at maxDiagnostics, once for every kind.
	return out;
}

function validateCommand(item: CommandLine, doc: IniDocument, out: Diagnostic[]): void {
	const line = item.line;
	const command = item.command;
	const lineNo = line.lineSpan.line;
	const reading = readInfCommand(command.raw, true);
	const quoting = quotingFinding(reading, 'Setup', true);
	if (quoting) {
		const range = spanRange({ line: lineNo, start: command.rawColumn + quoting.start, end: command.rawColumn + quoting.end });
		const whole = spanRange({ line: lineNo, start: command.rawColumn, end: command.rawColumn + command.raw.length });
		// Broken lines are quoted as written (the author's text, quotes doubled); joined ones as they read.
		const replacement = quotedReplacement(command.raw, reading, quoting.broken);
		out.push(diagnose(quoting.broken ? 'cmdlines.unquoted-command' : 'cmdlines.joined-command', range, quoting.message, fix('Enclose the command in quotes', whole, replacement)));
	} else if (command.quoted && command.text.trim() === '') {
		// Removing the line changes nothing Setup does: it had nothing to run.
		const removal = lineRemoval(doc, lineNo);
		out.push(diagnose('cmdlines.empty-command', spanRange(line.lineSpan), 'The quotes hold no command; remove the line or write the command between them.', fix('Remove the empty command', removal, '')));
		return;
	}
	for (const finding of powerShellLineFindings(command.raw)) {
		const diagnostic = diagnose('cmdlines.powershell', spanRange({ line: lineNo, start: command.rawColumn + finding.start, end: command.rawColumn + finding.end }), finding.message);
		if (finding.severity !== 'error') diagnostic.severity = finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
		out.push(diagnostic);
	}
	const analysis = analyzeCommand(command.text, command.quoted);
	// A line of quoted and bare pieces runs as Setup joins it: when that starts with `cmd /c`, shell syntax is fine.
	const joinedRunsCmd = !reading.wholeQuoted && /^\s*"?cmd(?:\.exe)?"?\s+\/[ck]\b/i.test(reading.effective);
	for (const finding of contextFindings(analysis, cmdlinesContext)) {
		if (joinedRunsCmd && (finding.rule === 'shell-operator' || finding.rule === 'builtin')) continue;
		const range = spanRange({ line: lineNo, start: command.column + finding.start, end: command.column + finding.end });
		switch (finding.rule) {
			case 'builtin': {
				const at = { line: lineNo, character: command.column + finding.start };
				out.push(diagnose('cmdlines.needs-cmd', range, `'${finding.subject}' is built into cmd.exe (it ${finding.doc}); Setup starts each line as a program, so write 'cmd /c ${finding.subject} …'.`, fix("Run it with 'cmd /c'", { start: at, end: at }, 'cmd /c ')));
				break;
			}
			case 'shell-operator': {
				const at = { line: lineNo, character: command.column + (analysis.program?.start ?? 0) };
				const diagnostic = diagnose('cmdlines.needs-cmd', range, `'${finding.subject}' is cmd.exe syntax; without 'cmd /c' at the start of the line the program receives it as an ordinary argument.`, fix("Run it with 'cmd /c'", { start: at, end: at }, 'cmd /c '));
				diagnostic.severity = DiagnosticSeverity.Warning;
				out.push(diagnostic);
				break;
			}
			case 'installer':
				out.push(diagnose('cmdlines.msi', range, `'${clip(finding.subject)}' needs Windows Installer, which cannot run while Mini-Setup processes Cmdlines.txt; install the package from [GuiRunOnce] in Sysprep.inf instead.`));
				break;
			case 'unc':
				out.push(diagnose('cmdlines.network', range, `'${clip(finding.subject)}' is a network path, but networking is not started while Cmdlines.txt runs; copy the files into $OEM$ or use [GuiRunOnce].`));
				break;
			case 'network':
				out.push(diagnose('cmdlines.network', range, `'${finding.subject}' needs the network, which is not started while Cmdlines.txt runs; move it to [GuiRunOnce].`));
				break;
			case 'restart':
				out.push(diagnose('cmdlines.restart', range, `'${finding.subject}' restarts or shuts down the computer while Mini-Setup is still finishing; let Mini-Setup restart on its own and move this to [GuiRunOnce] if it is needed.`));
				break;
			case 'interactive':
				out.push(diagnose('cmdlines.interactive', range, sharedRuleMessage(finding, cmdlinesContext)!));
				break;
			case 'prompts':
				out.push(diagnose('cmdlines.runas', range, sharedRuleMessage(finding, cmdlinesContext)!));
				break;
			case 'start-no-wait':
				out.push(diagnose('cmdlines.start-no-wait', range, sharedRuleMessage(finding, cmdlinesContext)!, fix("Wait for the program: 'start /wait'", { start: range.end, end: range.end }, ' /wait')));
				break;
		}
	}
}

/** Where Mini-Setup looks for Cmdlines.txt, and whether Sysprep.inf points there. */
function validatePlacement(ctx: RequestContext, model: CmdlinesModel, workspace: WorkspaceView, out: Diagnostic[]): void {
	const files = safeList(workspace);
	const sysprepInfs = files.filter((file) => lastSegment(file) === 'sysprep.inf');
	// Without a Sysprep.inf this is a CD-based install, where $OEM$ sits elsewhere.
	if (sysprepInfs.length === 0) return;
	const self = workspacePathOf(ctx.document.uri, files);
	if (self === undefined) return;
	const segments = self.toLowerCase().split('/');
	const range = anchorRange(model.doc);
	const n = segments.length;
	const inOem = n >= 3 && segments[n - 2] === '$oem$' && segments[n - 3] === 'i386';
	const parent = n >= 4 ? segments[n - 4] : undefined;
	if (!inOem || (parent !== undefined && parent !== 'sysprep')) {
		out.push(diagnose('cmdlines.location', range, `Mini-Setup looks for Cmdlines.txt only in Sysprep\\i386\\$OEM$ (the $OEM$ folder under InstallFilesPath); this file is at ${self.replace(/\//g, '\\')}.`));
		return;
	}
	const i386Folder = segments.slice(0, n - 2).join('/');
	const sysprepFolder = segments.slice(0, n - 3).join('/');
	const inf = sysprepInfs.find((file) => parentFolder(file).toLowerCase() === sysprepFolder) ?? [...sysprepInfs].sort((a, b) => a.split('/').length - b.split('/').length)[0];
	const text = safeRead(workspace, inf);
	if (text === undefined) return;
	const value = installFilesPath(text);
	const expected = `${parent === undefined ? 'sysprep' : parent}\\i386`;
	if (value === undefined) {
		out.push(diagnose('cmdlines.install-files-path', range, `${inf} sets no [Unattended] InstallFilesPath, so Mini-Setup never runs this Cmdlines.txt; add InstallFilesPath = C:\\Sysprep\\i386.`));
		return;
	}
	if (isPlaceholder(value)) return;
	const tail = trimTrailing(value.replace(/\//g, '\\'), '\\').toLowerCase().split('\\').slice(-2).join('\\');
	if (tail !== expected) {
		out.push(diagnose('cmdlines.install-files-path', range, `${inf} sets InstallFilesPath = ${value}, but this Cmdlines.txt sits in ${i386Folder.replace(/\//g, '\\')}\\$OEM$; Mini-Setup runs Cmdlines.txt only from InstallFilesPath\\$OEM$, so set it to C:\\Sysprep\\i386.`));
	}
}

/** `[Unattended] InstallFilesPath` of a Sysprep.inf text, unquoted; undefined when absent or empty. */
function installFilesPath(text: string): string | undefined {
	const doc = parseIni(text);
	for (const section of doc.sections) {
		if (fold(section.name) !== 'unattended') continue;
		for (const line of section.lines) {
			if (line.type === 'entry' && fold(line.key) === 'installfilespath' && line.value.trim() !== '') return line.value.trim();
		}
	}
	return undefined;
}

/** The workspace-relative path of a document, matched case-insensitively against the workspace's files. */
export function workspacePathOf(uri: string, files: readonly string[]): string | undefined {
	const path = uriPath(uri).toLowerCase();
	let best: string | undefined;
	for (const file of files) {
		const lower = file.toLowerCase().replace(/^\.?\//, '');
		if (path === lower || path.endsWith(`/${lower}`)) {
			if (best === undefined || lower.length > best.length) best = file.replace(/^\.?\//, '');
		}
	}
	return best;
}

export function uriPath(uri: string): string {
	let path = uri;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) path = decodeURIComponent(new URL(uri).pathname);
	} catch {
		// Not a URL; treat it as a path.
	}
	return path.replace(/\\/g, '/');
}

export function safeList(workspace: WorkspaceView): readonly string[] {
	try {
		return workspace.listFiles();
	} catch {
		return [];
	}
}

export function safeRead(workspace: WorkspaceView, path: string): string | undefined {
	try {
		return workspace.readText(path);
	} catch {
		return undefined;
	}
}

function lastSegment(path: string): string {
	return (path.split('/').pop() ?? '').toLowerCase();
}

function parentFolder(path: string): string {
	const parts = path.split('/');
	parts.pop();
	return parts.join('/');
}

function anchorRange(doc: IniDocument): Range {
	const commands = doc.sections.find((section) => fold(section.name) === fold(cmdlinesSection.name));
	return commands ? spanRange(commands.nameSpan) : topRange(doc);
}

function topRange(doc: IniDocument): Range {
	return { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(doc.lineLengths[0] ?? 0, 200) } };
}

function fix(title: string, range: Range, newText: string): CmdlinesFix {
	return { title, edits: [{ range, newText }] };
}

function clip(text: string): string {
	return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}
