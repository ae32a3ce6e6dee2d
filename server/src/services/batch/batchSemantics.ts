/**
 * Service layer: the cmd.exe layer under the batch checks — how cmd.exe reads
 * the bytes, the words and the blocks of a script, and what the first word of
 * a command runs. Every rule fires on a form whose effect cmd.exe leaves no
 * doubt about; the quiet cases are in `test/fixtures/bat/semanticCases.ts`.
 *
 * The tables (path commands, prompting commands, variables and folders with
 * spaces, unattended script names, System32 programs) are in
 * `knowledge/batchCommands.ts`; the hover text of each finding is in
 * `cmdRuleNotes` below it.
 */
import { firstBootRunBy, firstBootScriptOf } from './firstBootChecks';
import type { RequestContext, WorkspaceView } from '../kindService';
import { spacedFolders, spacedVariables, windowsPrograms, type SpacedVariableSpec } from '../../knowledge/batchCommands';
import type { BatchCommand, BatchModel, BatchWord } from '../../model/batchNodes';
import { kindFromName } from '../../model/documentKind';
import { findCommand, findSubcommand, isKnownProgram, rangeOf, scriptTarget, wordRange } from './batchAnalysis';
import type { Collector } from './batchValidation';
import { safeList, safeRead, uriPath, workspacePathOf } from '../cmdlines/cmdlinesValidation';

export function checkSemantics(ctx: RequestContext, model: BatchModel, out: Collector): void {
	checkByteOrderMark(ctx, model, out);
	checkLineEnds(model, out);
	checkLongLines(model, out);
	const unreachable = unreachableCommands(model, out);
	const labels = new Set(model.labels.map((label) => label.name));
	let unattended: string | null | undefined;
	for (const command of model.commands) {
		checkProse(ctx, model, command, labels, unreachable, out);
		checkCdToProgram(model, command, out);
		checkScriptWithoutCall(model, command, out);
		checkUnquotedSpaces(ctx, model, command, out);
		checkStartTitle(model, command, out);
		checkSlashedProgram(model, command, out);
		checkSetSpaces(model, command, out);
		checkIfOperands(model, command, out);
		checkForLoop(model, command, out);
		if (findCommand(command.program)?.prompts) {
			unattended ??= unattendedBy(ctx);
			if (unattended) checkPrompt(model, command, unattended, out);
		}
	}
	checkLabelCommentsInBlocks(model, out);
	checkDelayedWithoutSetlocal(model, out);
	checkExitInCalledScript(ctx, model, out);
}

// ---------------------------------------------------------------- bytes and lines

/** The script's own path in the workspace, when the document is one of its files. */
function ownPath(ctx: RequestContext, workspace: WorkspaceView): string | undefined {
	return workspacePathOf(ctx.document?.uri ?? '', safeList(workspace));
}

function savedWithBom(ctx: RequestContext): boolean {
	const workspace = ctx.workspace;
	if (!workspace?.encodingOf) return false;
	const path = ownPath(ctx, workspace);
	try {
		return path !== undefined && workspace.encodingOf(path) === 'utf-8-bom';
	} catch {
		return false;
	}
}

function checkByteOrderMark(ctx: RequestContext, model: BatchModel, out: Collector): void {
	const inText = model.text.charCodeAt(0) === 0xfeff;
	if (!inText && !savedWithBom(ctx)) return;
	const start = inText ? 1 : 0;
	const firstEnd = model.lineStarts.length > 1 ? model.lineStarts[1] - 1 : model.text.length;
	const line = model.text.slice(start, firstEnd).replace(/\r$/, '');
	const word = /^\S*/.exec(line)![0];
	const runs = model.commands.some((command) => command.line === 0 && command.program !== 'rem') || model.labels.some((label) => label.line === 0);
	const what = word === '' ? 'an empty first line' : `'ï»¿${word}'`;
	const effect = runs
		? `so ${what} is not recognized: the first command does not run${/^:/.test(word) ? ' and the label cannot be found' : ''}${/^@?echo$/i.test(word) ? ' and echo stays on' : ''}`
		: `so the first line prints a "not recognized" error`;
	out.add('bat.byte-order-mark', rangeOf(model, start, Math.max(word.length, 0)), `The file starts with a UTF-8 byte-order mark (EF BB BF). cmd.exe reads those bytes as the characters 'ï»¿' glued to the first word, ${effect}. Save the script as UTF-8 without a BOM (or ANSI).`, {
		lower: runs ? undefined : 'warning',
		data: inText ? { fix: 'edit', offset: 0, length: 1, text: '', title: 'Remove the byte-order mark' } : undefined,
	});
}

function checkLineEnds(model: BatchModel, out: Collector): void {
	const jump = model.labelRefs[0];
	const text = model.text;
	// cmd.exe reads a script in 512-byte blocks; a file that fits in one cannot lose a label.
	if (!jump || text.length <= 512 || text.includes('\r\n') || !text.includes('\n')) return;
	out.add('bat.lf-line-ends', rangeOf(model, jump.offset, jump.length), `The script ends its lines with LF only, and '${jump.kind}' searches for a label. cmd.exe finds labels by reading the file in blocks and assumes CR LF line ends: with LF only it can miss a label or jump into the middle of a line. Save the script with CR LF line ends (Windows line endings).`, {
		data: { fix: 'edit', offset: 0, length: text.length, text: text.replace(/\n/g, '\r\n'), title: 'Convert the line ends to CR LF' },
	});
}

/** cmd.exe reads at most 8191 characters of a line. */
const maxLine = 8191;

function checkLongLines(model: BatchModel, out: Collector): void {
	const starts = model.lineStarts;
	for (let k = 0; k < starts.length; k++) {
		const end = k + 1 < starts.length ? starts[k + 1] - 1 : model.text.length;
		const length = end - starts[k] - (model.text[end - 1] === '\r' ? 1 : 0);
		if (length <= maxLine) continue;
		out.add('bat.line-too-long', rangeOf(model, starts[k] + maxLine, length - maxLine), `This line is ${length} characters long; cmd.exe reads at most ${maxLine} characters of a line and stops with "The input line is too long." Split it, or move the data to a file.`);
	}
}

// ---------------------------------------------------------------- what runs

/** Commands no path reaches: after an unconditional top-level `exit` or `goto`, before the next label. */
function unreachableCommands(model: BatchModel, out?: Collector): Set<number> {
	const dead = new Set<number>();
	let stopper: BatchCommand | undefined;
	const labelLines = model.labels.map((label) => label.line).sort((a, b) => a - b);
	let labelIndex = 0;
	let stopLine = -1;
	for (const command of model.commands) {
		while (labelIndex < labelLines.length && labelLines[labelIndex] <= command.line) {
			if (labelLines[labelIndex] > stopLine) stopLine = -1;
			labelIndex++;
		}
		if (stopLine >= 0 && command.line > stopLine) {
			// One note per run of dead lines, on its first command.
			if (stopper && out) {
				const shown = lineText(model, command).trim();
				out.add('bat.unreachable', rangeOf(model, command.offset, shown.length), `No path reaches this line: '${stopper.name.text} ${stopper.args.map((arg) => arg.text).join(' ')}'`.trimEnd() + ` on line ${stopper.line + 1} always leaves, and no label comes before it. Add a label to jump to, or remove the dead lines.`);
				stopper = undefined;
			}
			dead.add(command.index);
			continue;
		}
		const jumps = command.program === 'goto' || (command.program === 'exit' && command.name.text.toLowerCase() === 'exit');
		if (jumps && command.depth === 0 && command.guard === null && (command.connector === null || command.connector === '&')) {
			stopLine = command.line;
			stopper = command;
		}
	}
	return dead;
}

/** Short words that make a run of plain words read as an English sentence. */
const functionWords = new Set(['the', 'a', 'an', 'to', 'is', 'are', 'will', 'and', 'of', 'for', 'this', 'that', 'please', 'you', 'your', 'be', 'now', 'with', 'it', 'in', 'on', 'has', 'have', 'was', 'then', 'before', 'after', 'all', 'not']);
const programsByName = new Set(windowsPrograms.map((program) => program.name));

/** The physical line of a command from its start, without the line break. */
function lineText(model: BatchModel, command: BatchCommand): string {
	const next = model.lineStarts[command.line + 1];
	const end = next === undefined ? model.text.length : next - 1;
	return model.text.slice(command.offset, end).replace(/\r$/, '');
}

function readsAsProse(line: string): boolean {
	if (/[%!\\/<>|&^="=]|\s-\w|^\S+\.\w+/.test(line)) return false;
	const words = line.trim().split(/\s+/);
	if (words.length < 4 || !words.every((word) => /^[A-Za-z][A-Za-z']*[.,:;!?]?$/.test(word))) return false;
	return words.slice(1).some((word) => functionWords.has(word.replace(/[.,:;!?]$/, '').toLowerCase()));
}

/** Base names (without extension) of the programs and scripts in the workspace, listed once per workspace view. */
const workspacePrograms = new WeakMap<WorkspaceView, { at: number; names: Set<string> }>();

function isWorkspaceScript(ctx: RequestContext, name: string): boolean {
	const workspace = ctx.workspace;
	if (!workspace) return false;
	let known = workspacePrograms.get(workspace);
	// The view caches its listing for a few seconds; so does this set.
	if (!known || Date.now() - known.at > 5000) {
		const names = new Set<string>();
		for (const file of safeList(workspace)) {
			const match = /(?<![^/])([^/]+)\.(?:bat|cmd|exe|com)$/i.exec(file);
			if (match) names.add(match[1].toLowerCase());
		}
		known = { at: Date.now(), names };
		workspacePrograms.set(workspace, known);
	}
	return known.names.has(name.toLowerCase());
}

function checkProse(ctx: RequestContext, model: BatchModel, command: BatchCommand, labels: ReadonlySet<string>, unreachable: ReadonlySet<number>, out: Collector): void {
	const name = command.name;
	if (command.connector !== null || name.quoted || unreachable.has(command.index) || !/^[A-Za-z]+$/.test(name.text)) return;
	const program = command.program;
	if (isKnownProgram(program) || programsByName.has(program) || labels.has(program)) return;
	const line = lineText(model, command);
	if (!readsAsProse(line) || isWorkspaceScript(ctx, name.text)) return;
	out.add('bat.prose-line', rangeOf(model, command.offset, line.trimEnd().length), `This line reads as a sentence, but cmd.exe runs it: it looks for a program called '${name.text}', finds none, prints "'${name.text}' is not recognized as an internal or external command" and goes on. Print it with 'echo', or make it a comment with 'rem'.`);
}

/** A word that names a program file rather than a folder. */
const programFile = /\.(?:exe|com|bat|cmd|msc|msi|vbs|ps1)$/i;

function checkCdToProgram(model: BatchModel, command: BatchCommand, out: Collector): void {
	if (!findCommand(command.program)?.changesFolder) return;
	const args = command.args.filter((arg) => !/^\/d$/i.test(arg.value));
	const target = args[0];
	if (!target) return;
	const named = programFile.test(target.value.replace(/(?<![\\/])[\\/]+$/, ''));
	const switches = args.slice(1).filter((arg) => /^\/[A-Za-z]/.test(arg.value) && !arg.quoted);
	if (!named && switches.length === 0) return;
	const last = command.args[command.args.length - 1];
	const range = rangeOf(model, command.name.offset, last.offset + last.length - command.name.offset);
	const why = named ? `'${target.value}' names a program file, not a folder` : `${switches.map((arg) => `'${arg.value}'`).join(' ')} ${switches.length > 1 ? 'are switches' : 'is a switch'} of another command, not of '${command.name.text}'`;
	out.add('bat.cd-to-program', range, `${why}: '${command.name.text}' takes the whole rest of the line as a folder name, fails with "The directory name is invalid" (or "The system cannot find the path specified") and runs nothing. To run the program, drop '${command.name.text}'.`, {
		data: named && target === args[0] ? { fix: 'edit', offset: command.name.offset, length: target.offset - command.name.offset, text: '', title: `Run '${target.value}' instead of changing to it` } : undefined,
	});
}

type Block = BatchModel['blocks'][number];
const innermostCache = new WeakMap<BatchModel, Map<number, Block>>();

/** The innermost block around each command inside one, in one sweep over blocks and commands. */
function innermostBlocks(model: BatchModel): Map<number, Block> {
	let map = innermostCache.get(model);
	if (map) return map;
	map = new Map();
	const blocks = [...model.blocks].sort((a, b) => a.open - b.open);
	const open: Block[] = [];
	let b = 0;
	for (const command of model.commands) {
		while (b < blocks.length && blocks[b].open < command.offset) open.push(blocks[b++]);
		while (open.length > 0 && (open[open.length - 1].close ?? Number.POSITIVE_INFINITY) < command.offset) open.pop();
		const top = open[open.length - 1];
		if (top) map.set(command.index, top);
	}
	innermostCache.set(model, map);
	return map;
}

/**
 * A batch script run by name, without `call`: cmd.exe hands the rest of the run over to it and
 * never comes back, so what follows in this script does not run.
 */
function checkScriptWithoutCall(model: BatchModel, command: BatchCommand, out: Collector): void {
	const launch = command.launch;
	if (!launch || launch.word !== command.name || (launch.extension !== '.bat' && launch.extension !== '.cmd')) return;
	if (/\//.test(command.name.text) && !/^[A-Za-z]:/.test(command.name.text)) return; // `bat.slashed-program`: it does not start at all.
	// The innermost block around the command: an `else` branch of the same `if` never follows it.
	const block = innermostBlocks(model).get(command.index);
	const follows = (next: BatchCommand): boolean => {
		if (next.program === 'rem' || (next.program === 'exit' && next.depth <= command.depth)) return false;
		if (!block) return next.connector !== 'else';
		if (next.offset < (block.close ?? Number.POSITIVE_INFINITY)) return true;
		return next.depth < command.depth || next.guard !== block.guard;
	};
	let after: BatchCommand | undefined;
	for (let k = command.index + 1; k < model.commands.length && !after; k++) if (follows(model.commands[k])) after = model.commands[k];
	if (!after) return;
	out.add('bat.script-without-call', wordRange(model, command.name), `'${command.name.text}' is a batch script run without 'call': cmd.exe continues in it and never returns here, so '${lineText(model, after).trim().slice(0, 40)}' on line ${after.line + 1} and the rest do not run. Write 'call ${command.name.text}'.`, {
		data: { fix: 'insert', offset: command.name.offset, text: 'call ', title: "Run it with 'call'" },
	});
}

// ---------------------------------------------------------------- words and quoting

const variableIndex = new Map<string, SpacedVariableSpec>(spacedVariables.map((spec) => [spec.name.toLowerCase(), spec]));
const folderPattern = new RegExp(`(?:^|[\\\\/])(?:${spacedFolders.map((folder) => folder.name.replace(/[()]/g, '\\$&')).join('|')})(?=[\\\\/]|$)`, 'i');

/** The arguments of a command that are paths: every argument of a path command, those after `reg import`. */
function pathArguments(command: BatchCommand): readonly BatchWord[] {
	const spec = findCommand(command.program);
	if (!spec || command.launch?.word !== command.name) return [];
	if (spec.pathArguments) return command.args;
	const sub = findSubcommand(spec, command.args[0]);
	return sub?.pathArguments ? command.args.slice(1) : [];
}

function checkUnquotedSpaces(ctx: RequestContext, model: BatchModel, command: BatchCommand, out: Collector): void {
	const args = pathArguments(command);
	if (args.length === 0) return;
	const text = model.text;
	for (let k = 0; k < args.length; k++) {
		const arg = args[k];
		if (arg.quoted || /^[-/]/.test(arg.value)) continue;
		// A path Windows spells with a space, split by cmd.exe into several arguments.
		let joined = arg.text;
		let end = k;
		for (let j = k + 1; j < args.length && j <= k + 3; j++) {
			const next = args[j];
			if (next.quoted || !/^[ \t]+$/.test(text.slice(args[j - 1].offset + args[j - 1].length, next.offset))) break;
			joined += ` ${next.text}`;
			// The folder name must start in this word and reach into the next ones.
			const found = folderPattern.exec(joined);
			if (found && found.index < arg.text.length && found.index + found[0].length > arg.text.length) {
				end = j;
				break;
			}
		}
		if (end > k) {
			const last = args[end];
			const source = text.slice(arg.offset, last.offset + last.length);
			const folder = folderPattern.exec(joined)![0].replace(/^[\\/]/, '');
			out.add('bat.unquoted-spaces', rangeOf(model, arg.offset, source.length), `'${source}' is not quoted, so cmd.exe splits it at the space in '${folder}' and '${command.name.text}' receives ${end - k + 1} arguments ('${args.slice(k, end + 1).map((a) => a.text).join("', '")}') instead of one path. Put the path in double quotes.`, {
				data: { fix: 'edit', offset: arg.offset, length: source.length, text: `"${source}"`, title: 'Put the path in double quotes' },
			});
			k = end;
			continue;
		}
		const spaced = spacedVariableIn(arg.text);
		if (!spaced) continue;
		const lower = spaced.always || familyOf(ctx, model) === 'xp2003' ? undefined : 'information';
		const holds = spaced.always ? `always holds a space (${spaced.value})` : `holds a space on some systems (${spaced.value})`;
		out.add('bat.unquoted-spaces', wordRange(model, arg), `'%${spaced.name}%' ${holds}, and '${arg.text}' is not quoted: cmd.exe expands the variable first and then splits the path at the space, so '${command.name.text}' receives the pieces as separate arguments. Put the path in double quotes.`, {
			lower,
			data: { fix: 'edit', offset: arg.offset, length: arg.length, text: `"${arg.text}"`, title: 'Put the path in double quotes' },
		});
	}
}

const families = new WeakMap<BatchModel, { family: ReturnType<typeof scriptTarget>['family'] }>();

/** The Windows generation the script itself shows (settings do not change it), worked out once per parse. */
function familyOf(ctx: RequestContext, model: BatchModel): ReturnType<typeof scriptTarget>['family'] {
	let known = families.get(model);
	if (!known) families.set(model, (known = { family: scriptTarget(ctx, model).family }));
	return known.family;
}

function spacedVariableIn(text: string): SpacedVariableSpec | undefined {
	const pattern = /%([^%\s:]+)(?::[^%]*)?%/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const spec = variableIndex.get(match[1].toLowerCase());
		if (spec) return spec;
	}
	return undefined;
}

function checkStartTitle(model: BatchModel, command: BatchCommand, out: Collector): void {
	if (command.program !== 'start') return;
	const title = command.args.find((arg) => !(arg.value.startsWith('/') && !arg.quoted));
	if (!title || !title.quoted || !programFile.test(title.value.trim()) || !/[\\/]|^\S+$/.test(title.value)) return;
	const launch = command.launch;
	if (launch && launch.word !== title && !/^[-/]/.test(launch.word.value)) return;
	out.add('bat.start-title', wordRange(model, title), `'start' takes its first quoted argument as the window title, so ${title.text} becomes the title of a new console window and the program never starts. Give an empty title first: start "" ${title.text}.`, {
		data: { fix: 'insert', offset: title.offset, text: '"" ', title: 'Add an empty window title before the program' },
	});
}

function checkSlashedProgram(model: BatchModel, command: BatchCommand, out: Collector): void {
	const name = command.name;
	if (name.quoted || command.program === 'rem') return;
	// `C:/Tools/x.exe` works; a relative path with `/` is cut at the first `/`.
	const match = /^(\.{1,2}|(?=[\w.-]*[A-Za-z_])[\w.-]+)\/[\w.-]/.exec(name.text);
	if (!match || /^[A-Za-z]:/.test(name.text) || findCommand(match[1].toLowerCase())) return;
	out.add('bat.slashed-program', wordRange(model, name), `cmd.exe ends the name of a command at the first '/', so it looks for a program called '${match[1]}' and passes '${name.text.slice(match[1].length)}' to it as a switch: "'${match[1]}' is not recognized". Write the path with backslashes.`, {
		data: { fix: 'edit', offset: name.offset, length: name.length, text: name.text.replace(/\//g, '\\'), title: 'Write the path with backslashes' },
	});
}

const variableCache = new WeakMap<BatchModel, Set<string>>();
const guardCache = new WeakMap<BatchModel, Set<number>>();

function variableNames(model: BatchModel): Set<string> {
	let names = variableCache.get(model);
	if (!names) variableCache.set(model, (names = new Set(model.variables.map((variable) => variable.name))));
	return names;
}

/** The `if`/`for` commands that own a parenthesised block. */
function blockGuards(model: BatchModel): Set<number> {
	let guards = guardCache.get(model);
	if (!guards) guardCache.set(model, (guards = new Set(model.blocks.flatMap((block) => (block.guard === null ? [] : [block.guard])))));
	return guards;
}

function checkSetSpaces(model: BatchModel, command: BatchCommand, out: Collector): void {
	if (command.program !== 'set' || command.name.text.toLowerCase() !== 'set') return;
	const first = command.args[0];
	if (!first || /^\/[ap]$/i.test(first.value)) return;
	const end = command.offset + command.length;
	const raw = model.text.slice(first.offset, end);
	const match = /^("?)([^\s="]+)([ \t]+)=([ \t]*)/.exec(raw);
	if (!match) return;
	const name = match[2];
	const spacedName = `${name}${match[3]}`.toLowerCase();
	if (variableNames(model).has(spacedName)) return;
	const at = first.offset + match[1].length;
	const length = match[2].length + match[3].length + 1 + match[4].length;
	out.add('bat.set-spaces', rangeOf(model, at, length), `'set ${name}${match[3]}=' defines a variable whose name ends in ${match[3].length === 1 ? 'a space' : 'spaces'} ('${name}${match[3]}')${match[4] ? ' and whose value starts with one' : ''}; '%${name}%' stays undefined. Write 'set ${name}=value' with no spaces around '='.`, {
		data: { fix: 'edit', offset: at, length, text: `${name}=`, title: `Remove the spaces around '='` },
	});
}

// ---------------------------------------------------------------- blocks and flow

/** Variables cmd.exe always defines, so `if %X%==…` cannot lose its left side. */
const neverEmpty = new Set(['errorlevel', 'cd', 'date', 'time', 'random', 'cmdextversion', 'cmdcmdline', 'computername', 'systemroot', 'windir', 'systemdrive', 'comspec', 'os', 'processor_architecture', 'number_of_processors', 'path', 'pathext', 'programfiles', 'username', 'userdomain', 'temp', 'tmp']);

/** The condition text of an `if` (after `/i` and `not`) and where it starts. */
function ifCondition(model: BatchModel, command: BatchCommand): { text: string; offset: number } | undefined {
	if (command.program !== 'if' || command.name.text.toLowerCase() !== 'if') return undefined;
	let k = 0;
	if (command.args[k]?.value.toLowerCase() === '/i') k++;
	if (command.args[k]?.value.toLowerCase() === 'not') k++;
	const first = command.args[k];
	if (!first) return undefined;
	const next = model.lineStarts[command.line + 1];
	const end = next === undefined ? model.text.length : next - 1;
	return { text: model.text.slice(first.offset, end).replace(/\r$/, ''), offset: first.offset };
}

function checkIfOperands(model: BatchModel, command: BatchCommand, out: Collector): void {
	const condition = ifCondition(model, command);
	if (!condition) return;
	const paren = /^\(((?:[^\s()=]|=(?!=))+)\s*(==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s*([^\s()]+)\)(?=\s)/i.exec(condition.text);
	if (paren) {
		out.add('bat.if-parenthesised', rangeOf(model, condition.offset, paren[0].length), `'if' has no parentheses around its condition: cmd.exe compares '(${paren[1]}' with '${paren[3]})', parentheses included, so the test is never true. Remove the parentheses around the comparison.`, {
			data: { fix: 'edit', offset: condition.offset, length: paren[0].length, text: paren[0].slice(1, -1), title: 'Remove the parentheses around the comparison' },
		});
		return;
	}
	if (checkIfQuotes(model, condition, out)) return;
	const comparison = /^((?:"[^"\r\n]*"|[^\s="(])+)\s*(==)\s*((?:"[^"\r\n]*"|[^\s="()])+)/.exec(condition.text);
	if (!comparison) return;
	const left = comparison[1];
	const right = comparison[3];
	const maybeEmpty = (operand: string) => {
		const only = /^(?:%~?[0-9]|%[A-Za-z_][\w()]*%)+$/.exec(operand);
		if (!only) return false;
		const names = operand.match(/%~?([0-9])|%([^%]+)%/g) ?? [];
		return names.every((name) => !neverEmpty.has(name.replace(/%|~/g, '').toLowerCase()));
	};
	const quoted = (operand: string) => operand.startsWith('"') && operand.endsWith('"');
	const [bare, other] = maybeEmpty(left) && quoted(right) ? [left, right] : maybeEmpty(right) && quoted(left) ? [right, left] : [];
	if (!bare || !other) return;
	const at = condition.offset + (bare === left ? 0 : comparison[0].length - right.length);
	const emptyTest = other === '""';
	out.add('bat.if-unquoted-operand', rangeOf(model, at, bare.length), emptyTest
		? `'${bare}' is not quoted: when it is empty, which is what this compares against, cmd.exe reads 'if ==""', stops the script with a syntax error ("=="" was unexpected at this time") and the test never runs. Quote both sides: "${bare}"==""`
		: `'${bare}' is not quoted but ${other} is: the quotes take part in the comparison, so the two sides never match, and when '${bare}' is empty the line is a syntax error that stops the script. Quote both sides: "${bare}"==${other}`, {
		data: { fix: 'edit', offset: at, length: bare.length, text: `"${bare}"`, title: `Quote '${bare}'` },
	});
}

/**
 * `if "%a% == "b"`: the only `==` of a comparison lies inside a quoted string, so cmd.exe
 * reads one long operand and no operator.
 */
function checkIfQuotes(model: BatchModel, condition: { text: string; offset: number }, out: Collector): boolean {
	const text = condition.text;
	if (!text.startsWith('"')) return false;
	let quoted = false;
	let inside = -1;
	let firstClose = -1;
	for (let k = 0; k < text.length; k++) {
		const c = text[k];
		if (c === '"') {
			quoted = !quoted;
			if (!quoted && firstClose < 0) firstClose = k;
			continue;
		}
		if (!quoted && (c === '(' || c === '&' || c === '|')) break;
		if (text.startsWith('==', k) || (/^\s(?:equ|neq|lss|leq|gtr|geq)\s/i.test(text.slice(k, k + 5)))) {
			if (!quoted) return false;
			if (inside < 0) inside = k;
		}
	}
	if (inside < 0 || firstClose < 0 || inside > firstClose) return false;
	const shown = text.slice(0, firstClose + 1);
	out.add('bat.if-quotes', rangeOf(model, condition.offset, shown.length), `The quotes of this comparison do not pair up: ${shown} is one quoted string with the '==' inside it, so cmd.exe finds no operator between two operands and stops the script with "The syntax of the command is incorrect." Close the quote before '==' and open one after it.`);
	return true;
}

function checkForLoop(model: BatchModel, command: BatchCommand, out: Collector): void {
	if (command.program !== 'for' || command.name.text.toLowerCase() !== 'for') return;
	const variable = command.args.find((arg) => /^%%?[A-Za-z]$/.test(arg.value) || /^%%?[A-Za-z]$/.test(arg.text));
	if (variable && /^%[A-Za-z]$/.test(variable.text)) {
		const letter = variable.text[1];
		const line = lineText(model, command);
		const single = new RegExp(`(?<!%)%${letter}(?![A-Za-z0-9_%])`, 'g');
		const body = blockGuards(model).has(command.index);
		out.add('bat.for-single-percent', wordRange(model, variable), `In a batch file the loop variable is written '%%${letter}': cmd.exe reads '%${letter}' as the start of an environment variable, the 'for' line falls apart and the script stops with "… was unexpected at this time". Double the percent signs (a single % is for the command prompt only).`, {
			data: body ? undefined : { fix: 'edit', offset: command.offset, length: line.length, text: line.replace(single, `%%${letter}`), title: `Write the loop variable as %%${letter}` },
		});
	}
	const words = command.args.map((arg) => arg.value.toLowerCase());
	const inAt = words.indexOf('in');
	const gluedIn = command.args.find((arg) => /^in\(/i.test(arg.value));
	const gluedDo = command.args.find((arg) => /^do\(/i.test(arg.value));
	const hasDo = words.slice(inAt + 1).includes('do');
	if (inAt >= 0 && hasDo && !gluedDo) return;
	if (/\^\s*$/.test(lineText(model, command))) return; // The header goes on on the next line.
	const last = command.args[command.args.length - 1] ?? command.name;
	const glued = gluedIn ?? gluedDo;
	const why = glued
		? `'${glued.text.slice(0, 3)}' is glued to its '(': cmd.exe needs a space there`
		: inAt < 0
			? `This 'for' has no 'in' before its set`
			: `This 'for' has no 'do' and no command to run`;
	out.add('bat.for-syntax', rangeOf(model, command.name.offset, last.offset + last.length - command.name.offset), `${why}: cmd.exe stops the script with a syntax error. Write 'for %%v in (set) do command'.`, {
		data: glued ? { fix: 'insert', offset: glued.offset + 2, text: ' ', title: `Put a space after '${glued.text.slice(0, 2)}'` } : undefined,
	});
}

/** Lines of labels and `::` comments inside parenthesised blocks, and the lines that follow them. */
function checkLabelCommentsInBlocks(model: BatchModel, out: Collector): void {
	if (model.blocks.length === 0) return;
	const lineCount = model.lineStarts.length;
	const inside = new Int32Array(lineCount + 1);
	for (const block of model.blocks) {
		if (block.closeLine === null) continue;
		inside[block.openLine + 1]++;
		inside[block.closeLine]--;
	}
	for (let k = 1; k <= lineCount; k++) inside[k] += inside[k - 1];
	const labelLike = new Map<number, { offset: number; length: number; colons: boolean }>();
	for (const comment of model.comments) if (comment.kind === '::' && inside[comment.line] > 0) labelLike.set(comment.line, { offset: comment.offset, length: 2, colons: true });
	for (const label of model.labels) if (inside[label.line] > 0 && !labelLike.has(label.line)) labelLike.set(label.line, { offset: label.offset - 1, length: label.length + 1, colons: false });
	const text = model.text;
	for (const [line, span] of labelLike) {
		let next = line + 1;
		while (next < lineCount && /^[ \t]*\r?$/.test(lineSlice(model, next))) next++;
		if (next >= lineCount) continue;
		const following = lineSlice(model, next).trimStart();
		const followingLabel = labelLike.get(next);
		if (followingLabel) {
			const fix = followingLabel.colons ? { fix: 'replace' as const, offset: followingLabel.offset, length: 2, replacements: ['rem'] } : undefined;
			out.add('bat.label-in-block', rangeOf(model, followingLabel.offset, followingLabel.length), `Inside a parenthesised block cmd.exe takes the line after a label or '::' line as a command, so this '${text.slice(followingLabel.offset, followingLabel.offset + Math.min(followingLabel.length, 20))}' line runs as one and prints "The system cannot find the drive specified." Use 'rem' for comments inside blocks.`, { data: fix });
		} else if (following.startsWith(')')) {
			const fix = span.colons ? { fix: 'replace' as const, offset: span.offset, length: 2, replacements: ['rem'] } : undefined;
			out.add('bat.label-in-block', rangeOf(model, span.offset, span.length), `A label or '::' line right before the ')' that closes a block makes cmd.exe read the ')' as a command: the script stops with ") was unexpected at this time." Use 'rem' for comments inside blocks.`, { data: fix });
		}
	}
}

function lineSlice(model: BatchModel, line: number): string {
	const next = model.lineStarts[line + 1];
	return model.text.slice(model.lineStarts[line], next === undefined ? model.text.length : next - 1);
}

function checkDelayedWithoutSetlocal(model: BatchModel, out: Collector): void {
	if (model.delayedExpansion || !model.text.includes('!')) return;
	const assigned = new Set(model.assignments.map((assignment) => assignment.name));
	if (assigned.size === 0) return;
	const comments = model.comments;
	let c = 0;
	const pattern = /!([A-Za-z_][\w#$.-]*)(?::[^!\r\n]*)?!/g;
	let reported = 0;
	for (let match = pattern.exec(model.text); match && reported < 20; match = pattern.exec(model.text)) {
		const at = match.index;
		while (c < comments.length && comments[c].offset + comments[c].length < at) c++;
		if (c < comments.length && comments[c].offset <= at) continue;
		if (!assigned.has(match[1].toLowerCase())) continue;
		reported++;
		out.add('bat.delayed-without-setlocal', rangeOf(model, at, match[0].length), `'${match[0]}' reads '${match[1]}' with delayed expansion, but the script never turns it on ('setlocal enabledelayedexpansion'), so cmd.exe leaves the text '${match[0]}' as it is. Add 'setlocal enabledelayedexpansion' near the top, or use '%${match[1]}%' outside blocks.`);
	}
}

/** The workspace script that runs this one with `call` (and so expects it back), if any. */
function callerOf(ctx: RequestContext): string | undefined {
	const workspace = ctx.workspace;
	const path = uriPath(ctx.document?.uri ?? '');
	const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
	if (!workspace || !/\.(bat|cmd)$/.test(base)) return undefined;
	const needle = new RegExp(`(?:^|[&(\\s])call\\s+"?(?:[^\\s"&|<>]*[\\\\/])?${base.replace(/[.$()]/g, '\\$&')}"?(?=$|[\\s&|)])`, 'im');
	let read = 0;
	for (const file of safeList(workspace)) {
		if (!/\.(bat|cmd)$/i.test(file) || file.toLowerCase().endsWith(`/${base}`) || file.toLowerCase() === base) continue;
		if (read++ > 200) break; // NOTE: bounds the work in a huge workspace.
		const text = safeRead(workspace, file);
		if (text && needle.test(text)) return file;
	}
	return undefined;
}

/** `exit` without `/b` in a script another workspace script runs with `call`: it ends the caller too. */
function checkExitInCalledScript(ctx: RequestContext, model: BatchModel, out: Collector): void {
	const exits = model.commands.filter((command) => command.program === 'exit' && command.name.text.toLowerCase() === 'exit' && !command.args.some((arg) => /^\/b$/i.test(arg.value)));
	if (exits.length === 0) return;
	const caller = callerOf(ctx);
	if (!caller) return;
	for (const command of exits) {
		out.add('bat.exit-in-called-script', wordRange(model, command.name), `${caller} runs this script with 'call' and goes on after it, but 'exit' without '/b' ends the whole cmd.exe session, caller included, so the rest of ${caller} never runs. Use 'exit /b' to return to the caller.`, {
			data: { fix: 'insert', offset: command.name.offset + command.name.length, text: ' /b', title: "Use 'exit /b'" },
		});
	}
}

// ---------------------------------------------------------------- nobody at the console

/**
 * Why nobody is at the console when this script runs, or null: its name is one
 * Windows Setup runs itself, or an answer file, Cmdlines.txt or a build template of
 * the workspace names it.
 */
function unattendedBy(ctx: RequestContext): string | null {
	const path = uriPath(ctx.document?.uri ?? '');
	const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
	if (!base) return null;
	const known = firstBootScriptOf(ctx);
	if (known) return firstBootRunBy(known);
	const workspace = ctx.workspace;
	if (!workspace) return null;
	const needle = new RegExp(`(?:^|[\\\\/"'\\s=])${base.replace(/[.$()]/g, '\\$&')}(?=$|["'\\s<,;])`, 'im');
	let read = 0;
	for (const file of safeList(workspace)) {
		const kind = kindFromName(file);
		const template = /\.pkr\.(?:hcl|json)$/i.test(file) || isPackerJson(file.slice(file.lastIndexOf('/') + 1));
		if (!template && kind !== 'unattend-xml' && kind !== 'sysprep-inf' && kind !== 'unattend-txt' && kind !== 'cmdlines') continue;
		if (read++ > 200) break; // NOTE: bounds the work in a huge workspace.
		const text = safeRead(workspace, file);
		if (text && needle.test(text)) return `${file} runs it${template ? ' during an unattended build' : ' during unattended Setup'}`;
	}
	return null;
}

function checkPrompt(model: BatchModel, command: BatchCommand, why: string, out: Collector): void {
	const prompts = findCommand(command.program)?.prompts;
	if (!prompts || command.launch?.word !== command.name) return;
	const has = (name: string) => command.args.some((arg) => arg.value.toLowerCase() === name || arg.value.toLowerCase().startsWith(`${name}:`));
	if (prompts.withSwitch && !has(prompts.withSwitch)) return;
	if (prompts.unlessSwitch && has(prompts.unlessSwitch)) return;
	if (command.redirects.some((redirect) => redirect.op.includes('<'))) return;
	// `pause >nul` still waits; `echo y| pause` is fed by the pipe.
	if (command.connector === '|') return;
	const shown = lineText(model, command).trim();
	out.add('bat.unattended-prompt', wordRange(model, command.name), `Nobody is at the console when this script runs (${why}), so '${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}' ${prompts.effect.replace(/`/g, "'")}.`);
}

/** `*packer*.json` as a file name (a name test per occurrence of `packer` was quadratic in a long name). */
function isPackerJson(name: string): boolean {
	return /\.json$/i.test(name) && name.slice(0, -5).toLowerCase().includes('packer');
}
