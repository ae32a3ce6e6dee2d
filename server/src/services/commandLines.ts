/**
 * Service layer: the command-line checker shared by Cmdlines.txt and the
 * `[GuiRunOnce]` section of Sysprep.inf/Unattend.txt.
 *
 * `analyzeCommand` reads one command line the way Windows starts it (directly,
 * not through cmd.exe, unless the line says `cmd /c` or runs a batch file) and
 * reports what the context of `knowledge/commandLineRules.ts` forbids. Offsets
 * are columns into the text given, so callers build exact ranges. Never throws.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import {
	batchExtensions,
	cmdBuiltins,
	commandFileExtensions,
	commandSections,
	driveReferences,
	installerExtensions,
	installerPrograms,
	networkCommands,
	promptingPrograms,
	restartCommands,
	silentInstallers,
	type CommandListContext,
	type DriveReference,
	type SilentInstaller,
} from '../knowledge/commandLineRules';
import type { AnswerFileKind } from '../knowledge/types';
import { argumentTokens } from './commandArguments';

/** The argument mode over a slice of a line (columns stay the line's). */
export { argumentTokens };
import { fold, type IniLine } from '../model/iniParser';
import { sysprepInfCodes } from './codes/sysprepInfCodes';
import { codeTable, spanRange } from './diagnostics';
import type { BoundSection } from './ini/iniAnalysis';
import { isRegExpWhitespace } from '../util/text';

/** One word or operator of a command line; `text` has its quotes removed. */
export interface CommandToken {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** `&`, `&&`, `||`, `|`, `>`, `>>`, `<`, `2>&1`, … */
	readonly operator?: string;
	/** Argument mode only: the column of each character of `text` in the line. */
	readonly offsets?: readonly number[];
	/** Argument mode only: columns of the quotes the parser consumed (opening or closing a quoted run). */
	readonly quotes?: readonly number[];
}

/**
 * `interactive`: a known installer without its silent switch; `prompts`: a program that asks at the console
 * (`runas`); `start-no-wait`: `start` without `/wait`, so the line ends before the program does; `drive`: a
 * path that names Windows PE or the installed Windows (which one is in `means`).
 */
export type CommandRule = 'builtin' | 'shell-operator' | 'installer' | 'unc' | 'network' | 'restart' | 'interactive' | 'prompts' | 'start-no-wait' | 'drive';

export interface CommandFinding {
	readonly rule: CommandRule;
	readonly start: number;
	readonly end: number;
	/** The word that triggered the rule (program name, path, operator). */
	readonly subject: string;
	/** What the matched rule says about the subject, from the knowledge table. */
	readonly doc?: string;
	/** For `drive`: the system the path belongs to. */
	readonly means?: DriveReference['means'];
	/** For `interactive`: the switch that makes the program silent. */
	readonly suggest?: string;
}

export interface CommandAnalysis {
	readonly tokens: readonly CommandToken[];
	/** The first program the line starts (after `cmd /c`, `start`), if any. */
	readonly program?: CommandToken;
	/** The line is interpreted by cmd.exe (`cmd /c …` or a batch file). */
	readonly viaCmd: boolean;
	readonly findings: readonly CommandFinding[];
	/** Words that name files the command needs (programs, scripts, packages), redirect targets excluded. */
	readonly files: readonly CommandToken[];
}

const builtinByName = new Map(cmdBuiltins.map((item) => [item.name, item]));
const restartByProgram = new Map(restartCommands.map((item) => [item.program, item]));
const networkByProgram = new Map(networkCommands.map((item) => [item.program, item]));
const promptingByProgram = new Map(promptingPrograms.map((item) => [item.program, item]));

/** The silent-installer row for a program name (exact names first, then name prefixes). */
function silentInstallerFor(name: string): SilentInstaller | undefined {
	return silentInstallers.find((item) => (item.prefix ? name.startsWith(item.program) : name === item.program));
}

function isQuietSwitch(word: string, installer: SilentInstaller): boolean {
	if (!isSwitch(word)) return false;
	const name = word.slice(1).toLowerCase();
	return installer.quiet.includes(name) || (installer.quietPrefixes ?? []).some((prefix) => name.startsWith(prefix));
}

/** The first place in `word` where a drive-reference row starts a path (at the start, or after a non-name character). */
function driveReferenceIn(word: string): { row: DriveReference; at: number } | undefined {
	const lower = word.toLowerCase();
	for (const row of driveReferences) {
		let at = lower.indexOf(row.prefix);
		while (at !== -1) {
			const before = at === 0 ? 0 : lower.charCodeAt(at - 1);
			const after = lower.charCodeAt(at + row.prefix.length);
			const bounded = (at === 0 || !isAlphanumeric(before)) && (row.prefix.endsWith('\\') || Number.isNaN(after) || !isAlphanumeric(after));
			const rest = lower.slice(at + row.prefix.length);
			if (bounded && !(row.keep ?? []).some((tail) => rest.startsWith(tail))) return { row, at };
			at = lower.indexOf(row.prefix, at + 1);
		}
	}
	return undefined;
}

/**
 * Splits a command line into words and operators. With `doubledQuotes` (the
 * text sat inside an outer pair of quotes), `""` stands for one `"`. With
 * `argv`, it splits the way a program's C runtime splits what CreateProcess
 * hands it (no shell operators; backslashes before a quote escape it; the
 * columns of every character are kept), which is what `powershell.exe`
 * receives as its arguments.
 */
export function tokenizeCommand(text: string, doubledQuotes = false, argv = false): CommandToken[] {
	if (argv) return argumentTokens(text);
	const tokens: CommandToken[] = [];
	let i = 0;
	const n = text.length;
	while (i < n) {
		const ch = text.charCodeAt(i);
		if (ch === 32 || ch === 9) {
			i++;
			continue;
		}
		const length = operatorLength(text, i);
		if (length > 0) {
			const operator = text.slice(i, i + length);
			tokens.push({ text: operator, start: i, end: i + length, operator });
			i += length;
			continue;
		}
		const start = i;
		// The word is sliced in runs between quotes (no string per character).
		let word = '';
		let run = i;
		let quoted = false;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 0x22 /* " */) {
				word += text.slice(run, i);
				// Inside an outer quoted line a quote is written twice.
				if (doubledQuotes && text.charCodeAt(i + 1) === 0x22) i++;
				quoted = !quoted;
				i++;
				run = i;
				continue;
			}
			if (!quoted && (c === 32 || c === 9 || operatorLength(text, i) > 0)) break;
			i++;
		}
		word += text.slice(run, i);
		tokens.push({ text: word, start, end: i });
	}
	return tokens;
}

/**
 * Length of the operator at `i` (0 when there is none): `>`, `>>`, `<`, `>&1`,
 * `2>`, `2>>&1`, `&&`, `||`, `&`, `|`. Reads characters in place.
 */
function operatorLength(text: string, i: number): number {
	const ch = text.charCodeAt(i);
	if (ch === 0x3c /* < */) return 1;
	if (ch === 0x3e /* > */) return redirectLength(text, i + 1, 1);
	// `2>` and `1>` only when the digit starts a word (`2>nul`, not `file2>x`).
	if ((ch === 0x31 || ch === 0x32) && text.charCodeAt(i + 1) === 0x3e && (i === 0 || isRegExpWhitespace(text.charCodeAt(i - 1)))) return redirectLength(text, i + 2, 2);
	if (ch === 0x26 /* & */ || ch === 0x7c /* | */) return text.charCodeAt(i + 1) === ch ? 2 : 1;
	return 0;
}

/** The rest of a redirection after its first `>`: an optional second `>` and an optional `&1`/`&2`. */
function redirectLength(text: string, at: number, length: number): number {
	if (text.charCodeAt(at) === 0x3e) {
		at++;
		length++;
	}
	const next = text.charCodeAt(at + 1);
	if (text.charCodeAt(at) === 0x26 && (next === 0x31 || next === 0x32)) length += 2;
	return length;
}

/** The program name as the tables write it: no folder, no quotes, lower case, without `.exe`/`.com`. */
export function programName(word: string): string {
	const slash = Math.max(word.lastIndexOf('\\'), word.lastIndexOf('/'));
	const base = (slash === -1 ? word : word.slice(slash + 1)).toLowerCase();
	return base.endsWith('.exe') || base.endsWith('.com') ? base.slice(0, -4) : base;
}

function extensionOf(word: string): string {
	let start = word.length;
	while (start > 0 && isAlphanumeric(word.charCodeAt(start - 1))) start--;
	if (start === word.length || start === 0 || word.charCodeAt(start - 1) !== 0x2e /* . */) return '';
	return word.slice(start - 1).toLowerCase();
}

function isAlphanumeric(code: number): boolean {
	return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSwitch(word: string): boolean {
	const first = word.charCodeAt(0);
	return first === 0x2d /* - */ || first === 0x2f /* / */;
}

/**
 * `cmd /c "…"`: cmd.exe removes the first quote after the switch and the last
 * quote of the line and runs what is left, so `cmd /c "del "C:\\a b\\x""` deletes
 * `"C:\\a b\\x"`. The body is read again as cmd.exe reads it, offsets kept.
 */
function unquoteCmdBody(text: string, tokens: CommandToken[], doubledQuotes: boolean): CommandToken[] {
	if (doubledQuotes || tokens.length < 3 || tokens[0].operator || programName(tokens[0].text) !== 'cmd') return tokens;
	let run = 1;
	while (run < tokens.length && !tokens[run].operator && !/^\/[ck]$/i.test(tokens[run].text)) run++;
	const body = tokens[run + 1];
	if (run >= tokens.length || tokens[run].operator || !body || body.operator || text.charCodeAt(body.start) !== 0x22) return tokens;
	const last = text.lastIndexOf('"');
	if (last <= body.start) return tokens;
	const shift = (at: number) => (token: CommandToken): CommandToken => ({ ...token, start: token.start + at, end: token.end + at });
	return [...tokens.slice(0, run + 1), ...tokenizeCommand(text.slice(body.start + 1, last)).map(shift(body.start + 1)), ...tokenizeCommand(text.slice(last + 1)).map(shift(last + 1))];
}

/** Checks one command line. `text` is the command without its outer quotes. */
export function analyzeCommand(text: string, doubledQuotes = false): CommandAnalysis {
	const tokens = unquoteCmdBody(text, tokenizeCommand(text, doubledQuotes), doubledQuotes);
	const findings: CommandFinding[] = [];
	const files: CommandToken[] = [];
	// Words of each simple command; redirect targets are dropped (the command writes them).
	const segments: CommandToken[][] = [[]];
	let expectTarget = false;
	for (const token of tokens) {
		if (token.operator) {
			if (/^[<>]|^[12]>/.test(token.operator)) expectTarget = !token.operator.includes('&');
			else segments.push([]);
			continue;
		}
		if (expectTarget) {
			expectTarget = false;
			continue;
		}
		segments[segments.length - 1].push(token);
	}
	const first = segments[0];
	let viaCmd = false;
	let program: CommandToken | undefined;
	let words = first;
	if (first.length > 0) {
		const name = programName(first[0].text);
		if (name === 'cmd') {
			const run = first.findIndex((word, index) => index > 0 && /^\/[ck]$/i.test(word.text));
			viaCmd = run !== -1;
			words = run === -1 ? [] : first.slice(run + 1);
		} else if (batchExtensions.includes(extensionOf(first[0].text))) {
			viaCmd = true;
		}
	}
	segments[0] = words;
	for (let index = 0; index < segments.length; index++) {
		let segment = segments[index];
		if (segment.length === 0) continue;
		// `start /wait "title" program …` and `call program …` run the program that follows.
		while (viaCmd && segment.length > 1 && (programName(segment[0].text) === 'start' || programName(segment[0].text) === 'call')) {
			const isStart = programName(segment[0].text) === 'start';
			let skip = 1;
			let titleSeen = false;
			let waits = false;
			while (skip < segment.length && isStart) {
				const word = segment[skip];
				if (isSwitch(word.text)) {
					if (word.text.slice(1).toLowerCase() === 'wait') waits = true;
					skip++;
				} else if (!titleSeen && text[word.start] === '"' && skip + 1 < segment.length) {
					titleSeen = true;
					skip++;
				} else break;
			}
			if (isStart && !waits) findings.push({ rule: 'start-no-wait', start: segment[0].start, end: segment[0].end, subject: segment[0].text });
			if (skip >= segment.length) break;
			segment = segment.slice(skip);
		}
		const head = segment[0];
		program ??= head;
		const name = programName(head.text);
		const bare = !/[\\/:.]/.test(head.text);
		const builtin = bare ? builtinByName.get(name) : undefined;
		if (builtin && !viaCmd) findings.push({ rule: 'builtin', start: head.start, end: head.end, subject: head.text, doc: builtin.doc });
		if (!builtin) files.push(head);
		for (const word of segment.slice(1)) if (commandFileExtensions.includes(extensionOf(word.text))) files.push(word);

		if (installerPrograms.includes(name)) {
			findings.push({ rule: 'installer', start: head.start, end: head.end, subject: head.text });
		} else {
			const packageWord = segment.find((word) => installerExtensions.includes(extensionOf(word.text)));
			if (packageWord) findings.push({ rule: 'installer', start: packageWord.start, end: packageWord.end, subject: packageWord.text });
		}

		const network = networkByProgram.get(name);
		if (network && (network.subcommands.length === 0 || (segment.length > 1 && network.subcommands.includes(segment[1].text.toLowerCase())))) {
			const end = network.subcommands.length > 0 ? segment[1].end : head.end;
			findings.push({ rule: 'network', start: head.start, end, subject: text.slice(head.start, end), doc: network.doc });
		}
		for (const word of segment) {
			if (word.text.startsWith('\\\\') && !word.text.startsWith('\\\\?\\') && !word.text.startsWith('\\\\.\\')) {
				findings.push({ rule: 'unc', start: word.start, end: word.end, subject: word.text });
				break;
			}
		}

		const installer = silentInstallerFor(name);
		if (installer && !segment.slice(1).some((word) => isQuietSwitch(word.text, installer))) {
			findings.push({ rule: 'interactive', start: head.start, end: head.end, subject: head.text, doc: installer.doc, suggest: installer.suggest });
		}
		const prompting = promptingByProgram.get(name);
		if (prompting) findings.push({ rule: 'prompts', start: head.start, end: head.end, subject: head.text, doc: prompting.doc });

		const restart = restartByProgram.get(name);
		if (restart) {
			const trigger = restart.switches.length === 0 ? head : segment.slice(1).find((word) => isSwitch(word.text) && restart.switches.includes(word.text.slice(1).toLowerCase()));
			if (trigger) findings.push({ rule: 'restart', start: head.start, end: trigger.end, subject: text.slice(head.start, trigger.end), doc: restart.doc });
		}
	}
	// Every word, redirect targets included (`>>X:\\diskpart.txt` writes to Windows PE's drive).
	for (const token of tokens) {
		if (token.operator) continue;
		const found = driveReferenceIn(token.text);
		if (!found) continue;
		findings.push({ rule: 'drive', start: token.start, end: token.end, subject: token.text, doc: found.row.doc, means: found.row.means });
	}
	if (!viaCmd) {
		const operator = tokens.find((token) => token.operator !== undefined);
		if (operator && !findings.some((finding) => finding.rule === 'builtin')) {
			findings.push({ rule: 'shell-operator', start: operator.start, end: operator.end, subject: operator.operator! });
		}
	}
	return { tokens, program, viaCmd, findings, files };
}

/** Where the command text of a whole line starts, and whether the line is one quoted string. */
export interface LineCommand {
	/** The command without outer quotes (doubled quotes kept as written). */
	readonly text: string;
	/** Column of `text[0]` in the line. */
	readonly column: number;
	/** The line is wholly enclosed in one pair of quotes. */
	readonly quoted: boolean;
	/** The whole line as written (trimmed). */
	readonly raw: string;
	readonly rawColumn: number;
}

/** Reads a whole trimmed line as a command (quoted or not). */
export function lineCommand(raw: string, column: number): LineCommand {
	if (raw.length >= 2 && raw.startsWith('"') && closingQuote(raw) === raw.length - 1) {
		return { text: raw.slice(1, -1), column: column + 1, quoted: true, raw, rawColumn: column };
	}
	return { text: raw, column, quoted: false, raw, rawColumn: column };
}

/** Index of the quote that closes the one at 0 (`""` inside counts as a literal quote), or -1. */
export function closingQuote(raw: string): number {
	let i = 1;
	while (i < raw.length) {
		if (raw[i] === '"') {
			if (raw[i + 1] === '"' && i + 1 < raw.length - 1) {
				i += 2;
				continue;
			}
			return i;
		}
		i++;
	}
	return -1;
}

/**
 * The text of an INI line as written, from its parsed parts (the parser split
 * `a = b` lines; a command such as `cmd /c set X=1` must be read whole).
 */
export function rawLineText(line: IniLine): { text: string; column: number } {
	if (line.type === 'value') return { text: line.rawValue, column: line.valueSpan.start };
	const keyWidth = line.keySpan.end - line.keySpan.start;
	const key = line.key.length === keyWidth ? line.key : `"${line.key.replace(/"/g, '""')}"`.padEnd(keyWidth, ' ').slice(0, keyWidth);
	const text = key + ' '.repeat(Math.max(0, line.equalsColumn - line.keySpan.end)) + '=' + ' '.repeat(Math.max(0, line.valueSpan.start - line.equalsColumn - 1)) + line.rawValue;
	return { text, column: line.keySpan.start };
}

const diagnoseInf = codeTable(sysprepInfCodes);

/** The command-list context of an INI section, if its lines are command lines for this file kind. */
export function commandContextFor(sectionName: string, fileKind: AnswerFileKind): CommandListContext | undefined {
	const key = fold(sectionName);
	return commandSections.find((item) => fold(item.section) === key && item.fileKinds.includes(fileKind))?.context;
}

/**
 * Checks the lines of a `values` section whose lines are command lines
 * (`[GuiRunOnce]`). `Command0 = "…"` lines are read by their value.
 */
export function validateCommandSection(bound: BoundSection, fileKind: AnswerFileKind): Diagnostic[] {
	const out: Diagnostic[] = [];
	const context = commandContextFor(bound.section.name, fileKind);
	if (!context) return out;
	const lines = bound.section.lines;
	lines.forEach((line, index) => {
		const whole = line.type === 'entry' && /^command\d*$/i.test(line.key) ? { text: line.rawValue, column: line.valueSpan.start } : rawLineText(line);
		const command = lineCommand(whole.text, whole.column);
		const reading = readInfCommand(command.raw);
		const quoting = quotingFinding(reading, context.title);
		if (quoting) {
			const range = spanRange({ line: line.lineSpan.line, start: command.rawColumn + quoting.start, end: command.rawColumn + quoting.end });
			const whole = spanRange({ line: line.lineSpan.line, start: command.rawColumn, end: command.rawColumn + command.raw.length });
			const fix = { fix: 'edits', title: 'Enclose the command in quotes', edits: [{ range: whole, newText: quotedReplacement(command.raw, reading, quoting.broken) }] } as const;
			out.push(diagnoseInf(quoting.broken ? 'inf.guirunonce-quoting' : 'inf.guirunonce-joined', range, quoting.message, fix));
		}
		const analysis = analyzeCommand(command.text, command.quoted);
		const last = index === lines.length - 1;
		for (const finding of contextFindings(analysis, context)) {
			const range = spanRange({ line: line.lineSpan.line, start: command.column + finding.start, end: command.column + finding.end });
			if (finding.rule === 'builtin') {
				out.push(diagnoseInf('inf.guirunonce-needs-cmd', range, `'${finding.subject}' is built into cmd.exe (it ${finding.doc}); Windows starts ${context.title} lines as programs, so write 'cmd /c ${finding.subject} …'.`, { fix: 'rename', to: `cmd /c ${finding.subject}` }));
			} else if (finding.rule === 'shell-operator') {
				const diagnostic = diagnoseInf('inf.guirunonce-needs-cmd', range, `'${finding.subject}' is cmd.exe syntax; without 'cmd /c' at the start the program receives it as an ordinary argument.`);
				diagnostic.severity = DiagnosticSeverity.Warning;
				out.push(diagnostic);
			} else if (finding.rule === 'restart' && !last) {
				out.push(diagnoseInf('inf.guirunonce-restart', range, `'${finding.subject}' restarts or shuts down the computer, and the ${context.title} commands after it never run. Make it the last line, or run the steps from one script that uses 'start /wait' for each and restarts at its end.`));
			} else if (finding.rule === 'interactive') {
				out.push(diagnoseInf('inf.guirunonce-interactive', range, sharedRuleMessage(finding, context)!));
			} else if (finding.rule === 'prompts') {
				out.push(diagnoseInf('inf.guirunonce-runas', range, sharedRuleMessage(finding, context)!));
			} else if (finding.rule === 'start-no-wait') {
				out.push(diagnoseInf('inf.guirunonce-start-no-wait', range, sharedRuleMessage(finding, context)!, { fix: 'edits', title: "Wait for the program: 'start /wait'", edits: [{ range: { start: range.end, end: range.end }, newText: ' /wait' }] }));
			}
		}
	});
	return out;
}

/** The findings that the context forbids (network and installer use depend on it). */
export function contextFindings(analysis: CommandAnalysis, context: CommandListContext): CommandFinding[] {
	return analysis.findings.filter((finding) => {
		switch (finding.rule) {
			case 'installer':
				return !context.installer;
			case 'unc':
			case 'network':
				return !context.network;
			case 'start-no-wait':
				return context.ordered;
			case 'drive':
				// The INI lists run in one Windows (no Windows PE step), so no path belongs to another system.
				return false;
			default:
				return true;
		}
	});
}

/** One piece of a line as Setup's INF reader sees it: quoted (quotes removed, `""` made `"`) or bare. */
export interface InfPiece {
	readonly text: string;
	readonly quoted: boolean;
	/** Columns in the raw line text, quotes included. */
	readonly start: number;
	readonly end: number;
}

/**
 * How Setup's INF reader turns one raw line into the command it starts: quoted
 * pieces lose their quotes (`""` inside stands for one `"`), bare text between
 * them is kept, the pieces are joined, and the ends are trimmed. A `,` outside
 * quotes ends the first field; `;` outside quotes starts a comment; with
 * `equalsSplits` an `=` outside quotes makes what precedes it a key.
 */
export interface InfReading {
	/** The command line Setup passes on (the first field, joined). */
	readonly effective: string;
	readonly pieces: readonly InfPiece[];
	/** The whole line is one quoted piece. */
	readonly wholeQuoted: boolean;
	/** Column of a quote that is never closed. */
	readonly openQuote?: number;
	/** Where a `,` or `=` outside quotes cuts the line. */
	readonly split?: { readonly column: number; readonly char: ',' | '=' };
	/** Column of a `;` outside quotes (the rest is a comment to the reader). */
	readonly comment?: number;
	/** The program path lost its quotes in the join although it holds a space; `glued` when a quote boundary falls inside the path itself. */
	readonly programQuotesLost?: 'separate' | 'glued';
	/** The program path as Windows receives it (set with `programQuotesLost`). */
	readonly programPath?: string;
}

export function readInfCommand(raw: string, equalsSplits = false): InfReading {
	const pieces: InfPiece[] = [];
	let openQuote: number | undefined;
	let split: InfReading['split'];
	let comment: number | undefined;
	let i = 0;
	let bareStart = 0;
	const n = raw.length;
	const flushBare = (end: number) => {
		if (end > bareStart) pieces.push({ text: raw.slice(bareStart, end), quoted: false, start: bareStart, end });
	};
	scan: while (i < n) {
		const ch = raw[i];
		if (ch === '"') {
			flushBare(i);
			const start = i;
			let text = '';
			let j = i + 1;
			let closed = false;
			while (j < n) {
				if (raw[j] === '"') {
					if (raw[j + 1] === '"') {
						text += '"';
						j += 2;
						continue;
					}
					closed = true;
					break;
				}
				text += raw[j];
				j++;
			}
			if (!closed) {
				openQuote = start;
				pieces.push({ text, quoted: true, start, end: n });
				i = n;
				bareStart = n;
				break;
			}
			pieces.push({ text, quoted: true, start, end: j + 1 });
			i = j + 1;
			bareStart = i;
			continue;
		}
		if (ch === ',' || (equalsSplits && ch === '=')) {
			split = { column: i, char: ch };
			break scan;
		}
		if (ch === ';') {
			comment = i;
			break scan;
		}
		i++;
	}
	if (split === undefined && comment === undefined) flushBare(n);
	else flushBare(i);
	// The reader trims the field: blanks at the ends of bare pieces go.
	const texts = pieces.map((piece) => piece.text);
	if (pieces.length > 0 && !pieces[0].quoted) texts[0] = texts[0].trimStart();
	if (pieces.length > 0 && !pieces[pieces.length - 1].quoted) texts[texts.length - 1] = texts[texts.length - 1].trimEnd();
	const effective = texts.join('');
	const wholeQuoted = pieces.length === 1 && pieces[0].quoted && openQuote === undefined && split === undefined && comment === undefined && pieces[0].start === 0 && pieces[0].end === n;
	const lost = wholeQuoted ? undefined : lostProgramQuotes(pieces, texts);
	return { effective, pieces, wholeQuoted, openQuote, split, comment, programQuotesLost: lost?.kind, programPath: lost?.path };
}

/** Whether a quoted program path with a space reaches Windows without its quotes. */
function lostProgramQuotes(pieces: readonly InfPiece[], texts: readonly string[]): { kind: 'separate' | 'glued'; path: string } | undefined {
	const first = texts.findIndex((text) => text !== '');
	if (first === -1) return undefined;
	// An effective command that itself starts with a quote (from `""`) keeps the program quoted.
	if (texts[first].startsWith('"')) return undefined;
	// The program word: pieces glued together until bare text brings a blank.
	let glued = false;
	let spaced = false;
	let path = '';
	for (let index = first; index < pieces.length; index++) {
		const piece = pieces[index];
		const text = texts[index];
		if (!piece.quoted) {
			const blank = text.search(/\s/);
			if (blank !== -1) {
				if (blank > 0 && index > first) glued = true;
				path += text.slice(0, blank);
				break;
			}
			path += text;
			if (index > first) glued = true;
			continue;
		}
		// Only a path counts (a folder separator or drive colon before the blank), not `"cmd /c"`.
		const blank = text.search(/\s/);
		if (blank !== -1 && (path !== '' || /[\\:]/.test(text.slice(0, blank)))) spaced = true;
		if (index > first) glued = true;
		path += text;
	}
	if (!spaced) return undefined;
	return { kind: glued ? 'glued' : 'separate', path };
}

/** The line written as one quoted string (inner quotes doubled), with a spaced program path kept in quotes. */
export function quotedLine(reading: InfReading): string {
	const command = reading.programPath !== undefined && reading.effective.startsWith(reading.programPath) ? `"${reading.programPath}"${reading.effective.slice(reading.programPath.length)}` : reading.effective;
	return `"${command.replace(/"/g, '""')}"`;
}

/** What is wrong with how a line is quoted, from its INF reading; undefined when nothing is. Columns are in the raw line. */
export interface QuotingFinding {
	/** The effective command is broken (error), rather than joined (warning). */
	readonly broken: boolean;
	readonly start: number;
	readonly end: number;
	readonly message: string;
}

/**
 * Judges one INF reading. A line Setup reads exactly as written (one quoted
 * string, or bare text with no quotes) is fine unless `requireQuotes`; pieces
 * that join into a working command are worth a warning; a reading that cuts or
 * mangles the command is an error.
 */
export function quotingFinding(reading: InfReading, title: string, requireQuotes = false): QuotingFinding | undefined {
	if (reading.wholeQuoted) return undefined;
	const end = reading.pieces.length > 0 ? reading.pieces[reading.pieces.length - 1].end : 0;
	const shown = clipCommand(reading.effective);
	if (reading.openQuote !== undefined) {
		return { broken: true, start: reading.openQuote, end: reading.openQuote + 1, message: `This quote is never closed, so Setup's INF reader runs the rest of the line as it stands (\`${shown}\`); close it, or put the whole command in one pair of quotes and double the quotes inside.` };
	}
	if (reading.split) {
		const what = reading.split.char === ',' ? `'${reading.split.char}' outside quotes ends the command for Setup's INF reader` : `'=' outside quotes makes Setup's INF reader take the text before it as an entry name`;
		return { broken: true, start: reading.split.column, end: reading.split.column + 1, message: `The ${what}, so ${title} starts only \`${shown}\`; put the whole command in one pair of quotes.` };
	}
	if (reading.programQuotesLost === 'glued') {
		return { broken: true, start: 0, end, message: `Only part of the program path is in quotes. Setup's INF reader removes the quotes and joins the pieces into \`${shown}\`, so Windows gets a path with spaces and no quotes; write ${clipCommand(quotedLine(reading))}.` };
	}
	const joined = reading.pieces.length > 1 || reading.pieces.some((piece) => piece.quoted);
	if (!joined && reading.comment === undefined) {
		if (!requireQuotes || reading.effective === '') return undefined;
		return { broken: false, start: 0, end, message: `Setup expects each command in double quotes; without them this line still reads as \`${shown}\`. Write ${clipCommand(quotedLine(reading))}.` };
	}
	let message = `This line is not one quoted string; Setup's INF reader removes the quotes and joins the pieces into \`${shown}\`.`;
	if (reading.comment !== undefined) message += ` The ';' outside quotes starts a comment, so everything after it is dropped.`;
	if (reading.programQuotesLost === 'separate') message += ' The program path then has spaces and no quotes, so Windows has to guess where it ends.';
	message += ` To pass it on as written, use ${clipCommand(quotedLine(reading))}.`;
	return { broken: false, start: 0, end: reading.comment ?? end, message };
}

function clipCommand(text: string): string {
	return text.length > 90 ? `${text.slice(0, 87)}…` : text;
}

/** Hover line: the command Setup starts after its INF reader has read the line. */
export function effectiveCommandLine(raw: string, equalsSplits: boolean): string {
	const reading = readInfCommand(raw, equalsSplits);
	const command = reading.effective === '' ? '(nothing)' : `\`${reading.effective.replace(/`/g, "'")}\``;
	return reading.wholeQuoted && !reading.effective.includes('"') ? `Setup starts: ${command}` : `Setup starts: ${command} (after its INF reader has removed the quotes and joined the pieces)`;
}

/**
 * The quick-fix text for a badly quoted command line: a broken line quoted as
 * written (the author's text, quotes inside doubled), a joined one as Setup's
 * INF reader joins it, with the program path in quotes.
 */
export function quotedReplacement(raw: string, reading: InfReading, broken: boolean): string {
	const inner = raw.startsWith('"') && closingQuote(raw) === -1 ? raw.slice(1) : raw;
	return broken && reading.programQuotesLost !== 'glued' ? `"${inner.replace(/"/g, '""')}"` : quotedLine(reading);
}

/**
 * The words for the rules every command list shares (an installer without its
 * silent switch, `runas`, `start` without `/wait`), for a list's context;
 * undefined for the other rules. Each file kind reports them under its own code.
 */
export function sharedRuleMessage(finding: CommandFinding, context: CommandListContext): string | undefined {
	const doc = finding.doc ? finding.doc.charAt(0).toUpperCase() + finding.doc.slice(1) : '';
	switch (finding.rule) {
		case 'interactive':
			return context.console === 'hidden'
				? `${doc}; ${context.title} runs ${context.runsWhen}, with nobody at the screen, so the command waits for a click forever. Add ${finding.suggest}.`
				: `${doc}; it runs ${context.runsWhen}, so whoever is signed in has to answer it. Add ${finding.suggest} for an unattended install.`;
		case 'prompts':
			return `${doc}, so this ${context.title} command stops at a password prompt and never runs unattended; run the program directly.`;
		case 'start-no-wait':
			return `'start' without /wait returns at once, so the next ${context.title} command begins while this program still runs and the order is lost. Write 'start /wait' (or drop 'start').`;
		default:
			return undefined;
	}
}
