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
	installerExtensions,
	installerPrograms,
	networkCommands,
	restartCommands,
	type CommandListContext,
} from '../knowledge/commandLineRules';
import type { AnswerFileKind } from '../knowledge/types';
import { fold, type IniLine } from '../model/iniParser';
import { infCodes } from './codes/infCodes';
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
}

export type CommandRule = 'builtin' | 'shell-operator' | 'installer' | 'unc' | 'network' | 'restart';

export interface CommandFinding {
	readonly rule: CommandRule;
	readonly start: number;
	readonly end: number;
	/** The word that triggered the rule (program name, path, operator). */
	readonly subject: string;
	/** What the matched rule says about the subject, from the knowledge table. */
	readonly doc?: string;
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

/**
 * Splits a command line into words and operators. With `doubledQuotes` (the
 * text sat inside an outer pair of quotes), `""` stands for one `"`.
 */
export function tokenizeCommand(text: string, doubledQuotes = false): CommandToken[] {
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

/** Checks one command line. `text` is the command without its outer quotes. */
export function analyzeCommand(text: string, doubledQuotes = false): CommandAnalysis {
	const tokens = tokenizeCommand(text, doubledQuotes);
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
			while (skip < segment.length && isStart) {
				const word = segment[skip];
				if (isSwitch(word.text)) skip++;
				else if (!titleSeen && text[word.start] === '"' && skip + 1 < segment.length) {
					titleSeen = true;
					skip++;
				} else break;
			}
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

		const restart = restartByProgram.get(name);
		if (restart) {
			const trigger = restart.switches.length === 0 ? head : segment.slice(1).find((word) => isSwitch(word.text) && restart.switches.includes(word.text.slice(1).toLowerCase()));
			if (trigger) findings.push({ rule: 'restart', start: head.start, end: trigger.end, subject: text.slice(head.start, trigger.end), doc: restart.doc });
		}
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

const diagnoseInf = codeTable(infCodes);

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
			default:
				return true;
		}
	});
}
