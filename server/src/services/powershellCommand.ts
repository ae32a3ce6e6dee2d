/**
 * Service layer: what `powershell.exe` and `pwsh.exe` make of a command line.
 *
 * Reads the arguments the way the PowerShell console host does
 * (`knowledge/powershellHost.ts`): switches by prefix, `-Command` taking the
 * rest of the line (joined with blanks), `-EncodedCommand` decoded from
 * Base64 of UTF-16LE, `-File` with the script's own arguments after it. The
 * script PowerShell receives is tokenized (`model/powershell.ts`) and its
 * problems are mapped back onto the command line's columns. Pure; never throws.
 * The arguments come from the one command-line model (`commandLines.ts`).
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { analyzeCommand, argumentTokens, lineCommand, programName, rawLineText, readInfCommand, type CommandToken } from './commandLines';
import { sysprepInfCodes } from './codes/sysprepInfCodes';
import { codeTable, spanRange } from './diagnostics';
import type { BoundSection } from './ini/iniAnalysis';
import {
	executionPolicies,
	joiningCommands,
	policySetters,
	powershellHosts,
	powershellSwitches,
	promptingCommands,
	scriptFileExtensions,
	windowStyles,
	type PowerShellHostId,
	type PowerShellSwitch,
} from '../knowledge/powershellHost';
import { isPsDash, tokenizePowerShell, type PsTokens } from '../model/powershell';

export type PowerShellRule =
	/** The script PowerShell receives does not parse. */
	| 'syntax'
	/** Quotes meant for PowerShell are consumed by the argument parser. */
	| 'quoting'
	/** A script file runs without `-ExecutionPolicy`. */
	| 'policy'
	/** The host's own arguments are wrong (missing value, bad Base64, bad value, order). */
	| 'arguments'
	/** The script waits for an answer at the console. */
	| 'prompt';

export interface PowerShellFinding {
	readonly rule: PowerShellRule;
	/** Columns in the command line given to `readPowerShellCommand`. */
	readonly start: number;
	readonly end: number;
	readonly message: string;
	/** Error only where PowerShell certainly fails or runs nothing; the rest are warnings or information. */
	readonly severity: 'error' | 'warning' | 'information';
}

export interface PowerShellSwitchUse {
	readonly spec: PowerShellSwitch;
	readonly token: CommandToken;
	readonly value?: CommandToken;
}

export interface PowerShellInvocation {
	readonly host: PowerShellHostId;
	readonly hostTitle: string;
	readonly program: CommandToken;
	readonly switches: readonly PowerShellSwitchUse[];
	/** How the code is given. */
	readonly mode: 'command' | 'encoded' | 'file' | 'stdin' | 'none';
	/** The script text PowerShell runs (`command`, `encoded`). */
	readonly script?: string;
	/** Column in the line of each character of `script` (absent for `encoded`: the whole Base64 word stands for it). */
	readonly scriptOffsets?: readonly number[];
	/** The word that holds the code (the Base64 word for `encoded`, the file for `file`). */
	readonly codeToken?: CommandToken;
	readonly fileArguments?: readonly CommandToken[];
	readonly tokens?: PsTokens;
	readonly findings: readonly PowerShellFinding[];
}

const hostByProgram = new Map(powershellHosts.map((item) => [item.program, item]));
const policyNames = new Map(executionPolicies.map((item) => [item.name.toLowerCase(), item]));
const windowStyleNames = new Set(windowStyles.map((style) => style.toLowerCase()));
const promptingNames = new Map(promptingCommands.map((item) => [item.name, item]));

/** The host a program name starts, if it is a PowerShell host. */
export function powershellHostOf(program: string): { host: PowerShellHostId; title: string } | undefined {
	const row = hostByProgram.get(program);
	return row ? { host: row.host, title: row.title } : undefined;
}

/** The switch a typed word names for this host (without its leading `-`, `/` or `--`), by the parser's prefix rule. */
export function matchPowerShellSwitch(word: string, host: PowerShellHostId): PowerShellSwitch | undefined {
	const key = word.toLowerCase();
	if (key === '') return undefined;
	for (const spec of powershellSwitches) {
		if (!spec.hosts.includes(host)) continue;
		if (key.length >= spec.shortest.length && spec.name.startsWith(key)) return spec;
		if (spec.aliases?.includes(key)) return spec;
	}
	return undefined;
}

/** The switch word without its `-`, `/` or `--`; undefined when the word is not a switch. */
function switchKey(text: string): string | undefined {
	const first = text.charCodeAt(0);
	if (!isPsDash(first) && first !== 0x2f) return undefined;
	const rest = text.slice(1);
	return isPsDash(first) && isPsDash(rest.charCodeAt(0)) ? rest.slice(1) : rest;
}

export interface PowerShellContext {
	/** Standard input comes from a file or pipe (`< file`, `… |`), so `-Command -` has something to read. */
	readonly stdinRedirected?: boolean;
	/** Something else in the file sets the execution policy (lowers the policy finding to information). */
	readonly policySetElsewhere?: boolean;
	/** The file is for a Windows Server release whose default policy (RemoteSigned) runs local scripts. */
	readonly remoteSignedDefault?: boolean;
}

/**
 * Reads the arguments of a PowerShell host. `args` are the argument-mode
 * tokens of the command line from the program word on (`args[0]` is the
 * program); their columns are the line's.
 */
export function readPowerShellArguments(lineText: string, args: readonly CommandToken[], host: PowerShellHostId, hostTitle: string, context: PowerShellContext = {}): PowerShellInvocation {
	const findings: PowerShellFinding[] = [];
	const switches: PowerShellSwitchUse[] = [];
	const program = args[0];
	let mode = 'none' as PowerShellInvocation['mode'];
	let script: string | undefined;
	let scriptOffsets: number[] | undefined;
	let codeToken: CommandToken | undefined;
	let fileArguments: CommandToken[] | undefined;
	let index = 1;
	const takeCommand = (from: number) => {
		const words = args.slice(from);
		if (words.length === 1 && words[0].text === '-') {
			mode = 'stdin';
			codeToken = words[0];
			if (!context.stdinRedirected) findings.push({ rule: 'arguments', start: words[0].start, end: words[0].end, severity: 'error', message: `'-Command -' reads the code from standard input, but nothing is redirected into this command, so ${hostTitle} stops with an error instead of running anything.` });
			return;
		}
		mode = 'command';
		const joined = joinArguments(words);
		script = joined.text;
		scriptOffsets = joined.offsets;
		quotingFindings(words, findings, script, (from, to) => lineText.slice(from, to));
	};
	while (index < args.length) {
		const token = args[index];
		const key = switchKey(token.text);
		if (key === undefined) {
			// Windows PowerShell reads the first word that is not a switch as the start of the command; PowerShell 7 as the script file.
			if (host === 'powershell') takeCommand(index);
			else takeFile(index - 1, true);
			break;
		}
		const spec = matchPowerShellSwitch(key, host);
		if (!spec) {
			if (host === 'powershell') {
				findings.push({ rule: 'arguments', start: token.start, end: token.end, severity: 'warning', message: `'${token.text}' is not a switch of ${hostTitle}, so it takes it, and everything after it, as the PowerShell command to run; check the spelling (about_PowerShell_exe lists the switches).` });
				takeCommand(index);
			} else {
				findings.push({ rule: 'arguments', start: token.start, end: token.end, severity: 'error', message: `'${token.text}' is not a switch of ${hostTitle}; it stops with an error and runs nothing (about_Pwsh lists the switches).` });
			}
			break;
		}
		const value = args[index + 1];
		const use: PowerShellSwitchUse = { spec, token, value: spec.role === 'flag' || spec.role === 'command' || spec.role === 'file' ? undefined : value };
		switches.push(use);
		if (spec.role === 'command') {
			if (!value) {
				findings.push({ rule: 'arguments', start: token.start, end: token.end, severity: 'error', message: `${token.text} is the last word of the line, so ${hostTitle} has no command to run and stops with an error.` });
				break;
			}
			takeCommand(index + 1);
			break;
		}
		if (spec.role === 'file') {
			takeFile(index, false);
			break;
		}
		if (spec.role === 'flag') {
			index++;
			continue;
		}
		if (!value) {
			findings.push({ rule: 'arguments', start: token.start, end: token.end, severity: 'error', message: `${token.text} needs a value after it; ${hostTitle} stops with an error.` });
			break;
		}
		if (spec.role === 'encoded') {
			mode = 'encoded';
			codeToken = value;
			const decoded = decodeEncodedCommand(value.text);
			if (decoded === undefined) findings.push({ rule: 'arguments', start: value.start, end: value.end, severity: 'error', message: `This is not Base64 of UTF-16LE text, which -EncodedCommand expects, so ${hostTitle} stops with an error; encode the script with [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($script)).` });
			else script = decoded;
		} else if (spec.role === 'policy' && !policyNames.has(value.text.toLowerCase())) {
			findings.push({ rule: 'arguments', start: value.start, end: value.end, severity: host === 'pwsh' ? 'error' : 'warning', message: `'${value.text}' is not an execution policy; -ExecutionPolicy takes one of ${executionPolicies.map((item) => item.name).join(', ')}.` });
		} else if (spec.role === 'window-style' && !windowStyleNames.has(value.text.toLowerCase())) {
			findings.push({ rule: 'arguments', start: value.start, end: value.end, severity: 'error', message: `'${value.text}' is not a window style; ${hostTitle} stops with an error. Use one of ${windowStyles.join(', ')}.` });
		}
		index += 2;
	}

	function takeFile(at: number, implicit: boolean): void {
		const file = args[at + 1];
		const switchToken = args[at];
		if (!file) {
			findings.push({ rule: 'arguments', start: switchToken.start, end: switchToken.end, severity: 'error', message: `-File is the last word of the line, so ${hostTitle} has no script to run and stops with an error.` });
			return;
		}
		if (file.text === '-') {
			mode = 'stdin';
			codeToken = file;
			return;
		}
		mode = 'file';
		codeToken = file;
		fileArguments = args.slice(at + 2);
		const lower = file.text.toLowerCase();
		// A path from a variable (`%PS1%`, `$script`) is only known when the command runs.
		if (host === 'powershell' && !/[%$]/.test(file.text) && !scriptFileExtensions.some((extension) => lower.endsWith(extension))) {
			findings.push({ rule: 'arguments', start: file.start, end: file.end, severity: 'error', message: `${hostTitle} runs only ${scriptFileExtensions.join(', ')} files with -File; it refuses '${file.text}' and runs nothing.` });
		}
		// Host switches written after the file reach the script instead of PowerShell.
		for (const word of fileArguments) {
			const key = switchKey(word.text);
			const spec = key === undefined ? undefined : matchPowerShellSwitch(key, host);
			if (spec && spec.role !== 'flag' && key !== undefined && key.length > 1) {
				findings.push({ rule: 'arguments', start: word.start, end: word.end, severity: 'warning', message: `${word.text} comes after the script file, so ${hostTitle} passes it to the script as an argument instead of using it; put the ${spec.name === 'executionpolicy' ? '-ExecutionPolicy' : `-${word.text.replace(/^[-/]+/, '')}`} switch before ${implicit ? 'the file' : '-File'}.` });
				break;
			}
		}
	}

	let tokens: PsTokens | undefined;
	if (script !== undefined) {
		tokens = tokenizePowerShell(script);
		const mapped = (offset: number) => (scriptOffsets ? (scriptOffsets[Math.min(offset, scriptOffsets.length - 1)] ?? codeToken?.start ?? program.start) : undefined);
		for (const problem of tokens.problems.slice(0, 3)) {
			const start = mapped(problem.start);
			const end = mapped(Math.max(problem.start, problem.end - 1));
			const where = start === undefined || end === undefined ? codeToken ?? program : { start, end: end + 1 };
			const prefix = mode === 'encoded' ? 'The decoded -EncodedCommand script: ' : '';
			findings.push({ rule: 'syntax', start: where.start, end: where.end, severity: 'error', message: `${prefix}${problem.message}${mode === 'command' ? ` PowerShell receives: \`${clip(script)}\`` : ''}` });
		}
		// Code that does not parse says it all; a lost-quote warning on the same code would repeat it.
		if (findings.some((finding) => finding.rule === 'syntax')) {
			const kept = findings.filter((finding) => finding.rule !== 'quoting');
			findings.length = 0;
			findings.push(...kept);
		}
		promptFindings(tokens, scriptOffsets, switches, codeToken ?? program, findings);
	}
	const runsScriptFile = mode === 'file' && codeToken && scriptFileExtensions.some((extension) => codeToken!.text.toLowerCase().endsWith(extension)) ? codeToken : mode === 'command' && tokens ? scriptFileWord(tokens, scriptOffsets) : undefined;
	if (runsScriptFile && !switches.some((use) => use.spec.role === 'policy')) {
		const lowered = context.policySetElsewhere === true || context.remoteSignedDefault === true;
		const why = context.remoteSignedDefault ? '; this file is for Windows Server, whose default RemoteSigned runs a local script, but a client image or a Group Policy would block it' : context.policySetElsewhere ? '; another command of this file sets the policy, which helps only if it runs first' : '';
		findings.push({
			rule: 'policy',
			start: runsScriptFile.start,
			end: runsScriptFile.end,
			severity: lowered ? 'information' : 'warning',
			message: `${hostTitle} runs the script file '${runsScriptFile.text}' without -ExecutionPolicy. The default policy on Windows client editions is Restricted, which runs no script file, so there the script does not run (Windows Server 2012 R2 and later default to RemoteSigned)${why}. Add -ExecutionPolicy Bypass before ${mode === 'file' ? '-File' : '-Command'}.`,
		});
	}
	return { host, hostTitle, program, switches, mode, script, scriptOffsets: mode === 'encoded' ? undefined : scriptOffsets, codeToken, fileArguments, tokens, findings };
}

/** Hover text: the host, the switches that apply, and the code PowerShell receives as a `powershell` block. */
export function powerShellHover(invocation: PowerShellInvocation): string {
	const lines = [`**${invocation.hostTitle}**`];
	for (const use of invocation.switches) {
		const name = use.spec.name;
		const shown = `-${use.spec.title}`;
		lines.push(`- \`${shown}${use.value ? ` ${use.value.text.length > 40 ? `${use.value.text.slice(0, 37)}…` : use.value.text}` : ''}\`${use.token.text.slice(1).toLowerCase() !== name ? ` (written \`${use.token.text}\`)` : ''}: ${use.spec.doc}`);
	}
	if (invocation.mode === 'file' && invocation.codeToken) {
		lines.push('', `Runs the script file \`${invocation.codeToken.text}\`${invocation.fileArguments && invocation.fileArguments.length > 0 ? ` with the arguments \`${invocation.fileArguments.map((word) => word.text).join(' ')}\`` : ''}.`);
	}
	if (invocation.mode === 'stdin') lines.push('', 'Reads the code from standard input.');
	if (invocation.script !== undefined) {
		const fence = invocation.script.includes('```') ? '````' : '```';
		const shown = invocation.script.length > 4000 ? `${invocation.script.slice(0, 4000)}\n# … (cut)` : invocation.script;
		lines.push('', invocation.mode === 'encoded' ? 'PowerShell runs (decoded from -EncodedCommand):' : 'PowerShell receives:', '', `${fence}powershell`, shown, fence);
	}
	return lines.join('\n');
}

/** Decodes -EncodedCommand's value (Base64 of UTF-16LE); undefined when it is not that. */
export function decodeEncodedCommand(value: string): string | undefined {
	if (value === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return undefined;
	const bytes = Buffer.from(value, 'base64');
	if (bytes.length === 0 || bytes.length % 2 !== 0) return undefined;
	return bytes.toString('utf16le');
}

/** The arguments after -Command joined with one blank each, as the host joins them, with each character's column. */
function joinArguments(words: readonly CommandToken[]): { text: string; offsets: number[] } {
	const parts: string[] = [];
	const offsets: number[] = [];
	words.forEach((word, index) => {
		if (index > 0) {
			parts.push(' ');
			offsets.push(word.start);
		}
		parts.push(word.text);
		if (word.offsets) offsets.push(...word.offsets);
		else for (let k = 0; k < word.text.length; k++) offsets.push(Math.min(word.start + k, word.end));
	});
	return { text: parts.join(''), offsets };
}

/**
 * Quotes the argument parser consumed inside the code. A pair of quotes
 * around the whole code is how the code is passed; the others were meant as
 * PowerShell quotes. Their loss matters when the text they held was empty or
 * held a blank or a character PowerShell reads as syntax: PowerShell then
 * receives other words than the author wrote (`"C:\a b.txt"` becomes two).
 */
function quotingFindings(words: readonly CommandToken[], findings: PowerShellFinding[], script: string, text: (start: number, end: number) => string): void {
	let quotes = words.flatMap((word) => word.quotes ?? []);
	if (quotes.length === 0) return;
	const regionStart = words[0].start;
	const regionEnd = words[words.length - 1].end - 1;
	// The pair that wraps the code: from its first character to a quote in its last word (`"… ";` counts too).
	const lastWord = words[words.length - 1];
	if (quotes.length >= 2 && quotes[0] === regionStart && quotes[quotes.length - 1] >= lastWord.start) quotes = quotes.slice(1, -1);
	for (let pair = 0; pair < quotes.length; pair += 2) {
		const open = quotes[pair];
		const close = pair + 1 < quotes.length ? quotes[pair + 1] : regionEnd + 1;
		const held = text(open + 1, close);
		if (held !== '' && !/[\s;|&(){}<>,#'`]/.test(held)) continue;
		// A command that prints its arguments joined by blanks (`Write-Host "a b"`) shows the same text without the
		// quotes; any other command gets other arguments than written.
		const statement = text(regionStart, open);
		const cut = Math.max(statement.lastIndexOf(';'), statement.lastIndexOf('|'), statement.lastIndexOf('{'), statement.lastIndexOf('('));
		const commandWord = statement.slice(cut + 1).trim().split(/\s/, 1)[0].replace(/^[&.]/, '').toLowerCase();
		const harmless = held !== '' && joiningCommands.includes(commandWord);
		findings.push({
			rule: 'quoting',
			start: open,
			end: open + 1,
			severity: harmless ? 'information' : 'warning',
			message: `The command-line parser removes this quote before PowerShell sees the code (only \\" passes a quote through), so ${held === '' ? 'the empty string it opens is lost' : `\`${clip(held, 40)}\` is no longer one quoted string`}; PowerShell receives: \`${clip(script)}\`. Escape the inner quotes as \\", or use single quotes inside the command.`,
		});
		return;
	}
}

/** A `.ps1` file the -Command code runs first (`& 'C:\x.ps1'`, `. .\x.ps1`, `C:\x.ps1 -Arg`). */
function scriptFileWord(tokens: PsTokens, offsets: readonly number[] | undefined): { start: number; end: number; text: string } | undefined {
	const list = tokens.tokens.filter((token) => token.kind !== 'newline' && token.kind !== 'comment');
	let at = 0;
	if (list[at]?.kind === 'operator' && (list[at].text === '&' || list[at].text === '.')) at++;
	const word = list[at];
	if (!word || (word.kind !== 'word' && word.kind !== 'string')) return undefined;
	const name = word.kind === 'string' ? word.text.slice(1, -1) : word.text;
	if (!scriptFileExtensions.some((extension) => name.toLowerCase().endsWith(extension))) return undefined;
	if (!offsets) return undefined;
	return { start: offsets[word.start] ?? 0, end: (offsets[word.end - 1] ?? 0) + 1, text: name };
}

/** A prompting command in code run without -NonInteractive hangs the pass. */
function promptFindings(tokens: PsTokens, offsets: readonly number[] | undefined, switches: readonly PowerShellSwitchUse[], where: { start: number; end: number }, findings: PowerShellFinding[]): void {
	if (switches.some((use) => use.spec.name === 'noninteractive')) return;
	const prompt = tokens.tokens.find((token) => token.kind === 'word' && promptingNames.has(token.text.toLowerCase()));
	if (!prompt) return;
	const row = promptingNames.get(prompt.text.toLowerCase())!;
	const start = offsets?.[prompt.start];
	const end = offsets?.[prompt.end - 1];
	const range = start !== undefined && end !== undefined ? { start, end: end + 1 } : where;
	findings.push({ rule: 'prompt', start: range.start, end: range.end, severity: 'warning', message: `The code runs ${prompt.text}, which ${row.doc}; nobody answers during an unattended pass, so the command waits for ever. Remove the prompt, or add -NonInteractive so it fails at once.` });
}

/** Whether a command text sets the execution policy (the cmdlet, or the registry key that holds the policy). */
export function setsExecutionPolicy(text: string): boolean {
	const lower = text.toLowerCase();
	return policySetters.some((marker) => lower.includes(marker));
}

function clip(text: string, width = 120): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > width ? `${flat.slice(0, width - 3)}…` : flat;
}

/**
 * The PowerShell host a command line starts (directly, after `cmd /c`,
 * `start`, `call`, or after a `&&`), with its arguments read as PowerShell
 * reads them; undefined when it starts none. Columns are the text's. With
 * `viaCmd` the line is known to pass through cmd.exe (a batch file line), so
 * cmd's operators end the PowerShell command.
 */
export function powerShellInvocation(text: string, context: PowerShellContext & { readonly viaCmd?: boolean } = {}): PowerShellInvocation | undefined {
	const analysis = analyzeCommand(text);
	const viaCmd = analysis.viaCmd || context.viaCmd === true;
	const tokens = analysis.tokens;
	// Which words start a program: the first, the one after an operator, after `cmd /c`, after `start [switches] ["title"]`, after `call`.
	let expect: 'head' | 'after-cmd' | 'after-start' | 'none' = 'head';
	let titleSeen = false;
	for (let index = 0; index < tokens.length; index++) {
		const token = tokens[index];
		const previous = index > 0 ? tokens[index - 1] : undefined;
		if (token.operator) {
			// A redirection's target follows; any other operator starts a new command.
			expect = /^[<>]|^[12]>/.test(token.operator) ? expect : 'head';
			continue;
		}
		if (previous?.operator !== undefined && /^[<>]|^[12]>/.test(previous.operator) && !previous.operator.includes('&')) continue;
		if (expect === 'none') continue;
		if (expect === 'after-cmd') {
			if (/^\/[ck]$/i.test(token.text)) expect = 'head';
			continue;
		}
		if (expect === 'after-start') {
			if (token.text.startsWith('/')) continue;
			if (!titleSeen && text[token.start] === '"' && index + 1 < tokens.length && !tokens[index + 1].operator) {
				titleSeen = true;
				continue;
			}
		}
		// `cmd /c "powershell -Command …" >log`: cmd.exe removes the first quote and the last quote of the line (`cmd /?`,
		// the rule for anything but one quoted program name) and runs the rest as a command line.
		if (previous && /^\/[ck]$/i.test(previous.text)) {
			let open = previous.end;
			while (text[open] === ' ' || text[open] === '\t') open++;
			if (text[open] === '"' && powershellHostOf(programName((text[token.start] === '"' ? token.text.split(/\s/, 1)[0] : token.text)))) return throughCmdQuotes(text, open, context);
		}
		const name = programName(token.text);
		if (name === 'cmd') {
			expect = 'after-cmd';
			continue;
		}
		if (name === 'start' || name === 'call') {
			expect = name === 'start' ? 'after-start' : 'head';
			titleSeen = false;
			continue;
		}
		expect = 'none';
		const found = powershellHostOf(name);
		if (!found) continue;
		let end = text.length;
		let redirected = context.stdinRedirected === true || previous?.operator === '|';
		if (viaCmd) {
			// cmd.exe takes its operators and redirections out of what the program receives.
			const next = tokens.slice(index + 1).find((item) => item.operator !== undefined);
			if (next) {
				end = next.start;
				if (next.operator === '<') redirected = true;
			}
		}
		return readHost(text, token.start, end, { ...context, stdinRedirected: redirected });
	}
	return undefined;
}

/**
 * PowerShell findings of one INF-style command line (Cmdlines.txt,
 * `[GuiRunOnce]`), with columns in the raw line: a line wholly in quotes is
 * read with its doubled quotes made single, a line without quotes as it
 * stands; a line of joined pieces is left to the quoting checks.
 */
export function powerShellLineFindings(raw: string): PowerShellFinding[] {
	if (!/pwsh|powershell/i.test(raw)) return [];
	const reading = readInfCommand(raw);
	if (reading.openQuote !== undefined || reading.split !== undefined || reading.comment !== undefined) return [];
	let text = raw;
	let columns: number[] | undefined;
	if (reading.wholeQuoted) {
		const chars: string[] = [];
		columns = [];
		for (let i = 1; i < raw.length - 1; i++) {
			chars.push(raw[i]);
			columns.push(i);
			if (raw[i] === '"' && raw[i + 1] === '"') i++;
		}
		columns.push(raw.length - 1);
		text = chars.join('');
	} else if (reading.pieces.some((piece) => piece.quoted) && reading.pieces.length > 1) {
		return [];
	}
	const invocation = powerShellInvocation(text);
	if (!invocation) return [];
	const at = (column: number) => (columns ? columns[Math.min(column, columns.length - 1)] : column);
	return invocation.findings.map((finding) => ({ ...finding, start: at(finding.start), end: finding.end > finding.start ? at(finding.end - 1) + 1 : at(finding.start) }));
}

/** Hover text for an INF-style command line that runs PowerShell (after Setup's INF reader has read it); undefined otherwise. */
export function powerShellLineHover(raw: string): string | undefined {
	if (!/pwsh|powershell/i.test(raw)) return undefined;
	const invocation = powerShellInvocation(readInfCommand(raw).effective);
	return invocation ? powerShellHover(invocation) : undefined;
}

/** The command line cmd.exe runs after taking the quote at `open` and the last quote of the line, read again; findings mapped back. */
function throughCmdQuotes(text: string, open: number, context: PowerShellContext & { readonly viaCmd?: boolean }): PowerShellInvocation | undefined {
	const close = text.lastIndexOf('"');
	if (close <= open) return undefined;
	const inner = text.slice(open + 1, close) + text.slice(close + 1);
	const columns: number[] = [];
	for (let k = open + 1; k < close; k++) columns.push(k);
	for (let k = close + 1; k <= text.length; k++) columns.push(k);
	const invocation = powerShellInvocation(inner, { ...context, viaCmd: true });
	if (!invocation) return undefined;
	const at = (column: number) => columns[Math.max(0, Math.min(column, columns.length - 1))];
	return {
		...invocation,
		scriptOffsets: invocation.scriptOffsets?.map(at),
		findings: invocation.findings.map((finding) => ({ ...finding, start: at(finding.start), end: finding.end > finding.start ? at(finding.end - 1) + 1 : at(finding.start) })),
	};
}

function readHost(text: string, from: number, to: number, context: PowerShellContext): PowerShellInvocation | undefined {
	const args = argumentTokens(text, from, to);
	const found = args.length > 0 ? powershellHostOf(programName(args[0].text)) : undefined;
	if (!found) return undefined;
	return readPowerShellArguments(text, args, found.host, found.title, context);
}

const diagnoseInf = codeTable(sysprepInfCodes);

/** The PowerShell checks for the lines of a `[GuiRunOnce]` section (`Command0 = "…"` lines read by their value). */
export function validatePowerShellSection(bound: BoundSection): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const line of bound.section.lines) {
		const whole = line.type === 'entry' && /^command\d*$/i.test(line.key) ? { text: line.rawValue, column: line.valueSpan.start } : rawLineText(line);
		const command = lineCommand(whole.text, whole.column);
		for (const finding of powerShellLineFindings(command.raw)) {
			const range = spanRange({ line: line.lineSpan.line, start: command.rawColumn + finding.start, end: command.rawColumn + finding.end });
			const diagnostic = diagnoseInf('inf.guirunonce-powershell', range, finding.message);
			if (finding.severity !== 'error') diagnostic.severity = finding.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information;
			out.push(diagnostic);
		}
	}
	return out;
}
