/**
 * Service layer: checks of how cmd.exe reads a script — labels called or run
 * as commands, bodies detached from their `if`/`for`, unreadable conditions,
 * redirections in echo text, `%ERRORLEVEL%` read too early, and the like.
 *
 * Each rule fires only on a form whose effect cmd.exe leaves no doubt about;
 * the quiet cases (the forms that work) are in the rule tests.
 */
import type { BatchCommand, BatchModel, BatchRedirect } from '../../model/batchNodes';
import { editDistance } from '../../util/text';
import { isKnownProgram, rangeOf, wordRange } from './batchAnalysis';
import type { Collector } from './batchValidation';

export function checkScriptRules(model: BatchModel, out: Collector): void {
	const labels = new Map<string, number>();
	for (const label of model.labels) if (!labels.has(label.name)) labels.set(label.name, label.line);
	for (const command of model.commands) {
		checkCallWithoutColon(model, command, labels, out);
		checkLabelAsCommand(model, command, labels, out);
		checkIfCondition(model, command, out);
		checkGluedEcho(model, command, out);
		for (const redirect of command.redirects) {
			checkNullDevice(model, redirect, out);
			if (command.program === 'echo') checkEchoRedirect(model, redirect, out);
		}
	}
	checkDetachedBodies(model, out);
	checkEofLabel(model, out);
	checkErrorlevelInBlocks(model, out);
}

/** A bare name that may be a label's: no path, extension, variable or quote. */
const bareName = /^[A-Za-z_][\w-]*$/;

function checkCallWithoutColon(model: BatchModel, command: BatchCommand, labels: ReadonlyMap<string, number>, out: Collector): void {
	if (command.program !== 'call') return;
	const target = command.args[0];
	if (!target || target.quoted || !bareName.test(target.value)) return;
	const line = labels.get(target.value.toLowerCase());
	if (line === undefined) return;
	out.add(
		'bat.call-without-colon',
		wordRange(model, target),
		`'call ${target.value}' starts a program or script named '${target.value}', not the subroutine ':${target.value}' on line ${line + 1}; with no such program cmd.exe reports it is not recognized and goes on. Write 'call :${target.value}'.`,
		{ data: { fix: 'insert', offset: target.offset, text: ':', title: `Call the label ':${target.value}'` } },
	);
}

function checkLabelAsCommand(model: BatchModel, command: BatchCommand, labels: ReadonlyMap<string, number>, out: Collector): void {
	const name = command.name;
	if (name.quoted || !bareName.test(name.value) || command.args.length > 0) return;
	const line = labels.get(name.value.toLowerCase());
	if (line === undefined || isKnownProgram(command.program)) return;
	out.add(
		'bat.label-as-command',
		wordRange(model, name),
		`'${name.value}' is the name of the label on line ${line + 1}, but a label is not a command: cmd.exe looks for a program called '${name.value}' and, finding none, goes on with the next line. Jump with 'goto :${name.value}' or run it as a subroutine with 'call :${name.value}'.`,
		{ data: { fix: 'replace', offset: name.offset, length: name.length, replacements: [`goto :${name.value}`, `call :${name.value}`] } },
	);
}

const ifKeywords = ['exist', 'defined', 'errorlevel', 'cmdextversion'];

/**
 * `if exists x …`: an unknown keyword followed by no comparison. The condition is read as
 * `string1`, and a missing `==` or operator is a syntax error that ends the script.
 */
function checkIfCondition(model: BatchModel, command: BatchCommand, out: Collector): void {
	if (command.program !== 'if' || command.name.text.toLowerCase() !== 'if') return;
	let k = 0;
	if (command.args[k]?.value.toLowerCase() === '/i') k++;
	if (command.args[k]?.value.toLowerCase() === 'not') k++;
	const condition = command.args.slice(k);
	if (condition.length !== 1) return;
	const word = condition[0];
	const lower = word.value.toLowerCase();
	if (word.quoted || !/^[A-Za-z]+$/.test(word.value) || ifKeywords.includes(lower)) return;
	const close = ifKeywords.find((keyword) => editDistance(lower, keyword, 3) <= 2);
	const hint = close ? ` Did you mean '${close}'?` : '';
	out.add(
		'bat.if-syntax',
		wordRange(model, word),
		`'${word.value}' is not an 'if' keyword (exist, defined, errorlevel, cmdextversion) and no '==' or comparison operator follows it, so cmd.exe stops the script with a syntax error ("… was unexpected at this time").${hint}`,
		{ data: close ? { fix: 'replace', offset: word.offset, length: word.length, replacements: [close] } : undefined },
	);
}

/** Characters cmd.exe accepts glued to `echo` (`echo.`, `echo:`, `echo(` …); others make one unknown program name. */
const gluedEcho = /^echo[^A-Za-z0-9_.\/\\:(+[\];,=\s"%!^&|<>)]/i;

function checkGluedEcho(model: BatchModel, command: BatchCommand, out: Collector): void {
	const name = command.name;
	if (name.quoted || !gluedEcho.test(name.text)) return;
	out.add(
		'bat.glued-echo',
		wordRange(model, name),
		`cmd.exe reads '${name.text.length > 24 ? `${name.text.slice(0, 24)}…` : name.text}' as the name of a program, not as echo with text: it prints "is not recognized" instead of the text. Put a space after 'echo'.`,
		{ data: { fix: 'insert', offset: name.offset + 4, text: ' ', title: "Put a space after 'echo'" } },
	);
}

function checkNullDevice(model: BatchModel, redirect: BatchRedirect, out: Collector): void {
	const target = redirect.target;
	if (!redirect.op.includes('>') || !target || target.value.toLowerCase() !== 'null') return;
	out.add('bat.null-device', wordRange(model, target), `'${redirect.op}${target.text}' writes a file named '${target.value}' in the current folder; the device that discards output is 'nul' (one l).`, {
		data: { fix: 'replace', offset: target.offset, length: target.length, replacements: ['nul'] },
	});
}

/** An input redirection, or an arrow (`->`, `=>`), in echo text: meant as text, read as a redirection. */
function checkEchoRedirect(model: BatchModel, redirect: BatchRedirect, out: Collector): void {
	const text = model.text;
	const op = redirect.op;
	if (/^\d/.test(op) || op.includes('&')) return;
	const before = text[redirect.offset - 1];
	const input = op.startsWith('<');
	// `a -> b` and `x => y` are arrows in text; `====>>log` appends a banner on purpose.
	const arrow = op === '>' && (before === '-' || before === '=') && /[ \t]/.test(text[redirect.offset + 1] ?? '');
	if (!input && !arrow) return;
	const shown = text.slice(redirect.offset, redirect.offset + Math.min(redirect.length, 24));
	const effect = input ? `reads the input of echo from a file named '${redirect.target?.value ?? ''}' (echo never reads it, and the line fails when that file is missing)` : `sends the echo output into a file named '${redirect.target?.value ?? ''}' instead of printing it`;
	out.add('bat.echo-redirect', rangeOf(model, redirect.offset, redirect.length), `'${shown}' in echo text is a redirection: cmd.exe ${effect}. Escape the character as '^${op[0]}' to print it.`, {
		data: { fix: 'insert', offset: redirect.offset, text: '^', title: `Escape '${op[0]}' as '^${op[0]}'` },
	});
}

function checkDetachedBodies(model: BatchModel, out: Collector): void {
	for (const detached of model.detachedBodies) {
		if (detached.open === null) continue;
		const keyword = detached.keyword;
		const openLine = rangeOf(model, detached.open, 0).start.line + 1;
		out.add(
			'bat.detached-block',
			rangeOf(model, detached.offset, detached.length),
			`This '${keyword}' ends its line without a command, and cmd.exe does not take the '(' block on line ${openLine} as its body: the bare '${keyword}' is a syntax error that stops the script. Put the '(' at the end of this line.`,
			{ data: { fix: 'edit', offset: detached.end, length: detached.open + 1 - detached.end, text: ' (', title: "Move '(' up to the end of this line" } },
		);
	}
}

function checkEofLabel(model: BatchModel, out: Collector): void {
	const jump = model.eofJumps[0];
	if (!jump) return;
	for (const label of model.labels) {
		if (label.name !== 'eof') continue;
		out.add(
			'bat.eof-label',
			rangeOf(model, label.offset, label.length),
			`'goto :eof' (line ${jump.line + 1}) always ends the script or the current subroutine; it never jumps to this label, which only runs when the lines above fall through to it. Give the label another name and jump to that.`,
			{ related: { offset: jump.offset, length: jump.length, message: "'goto :eof' ends the script here" } },
		);
	}
}

/** Commands that leave ERRORLEVEL as it was. */
const keepsErrorlevel = new Set(['echo', 'rem', 'title', 'cls', 'pause', 'if', 'for', 'goto']);

/**
 * `%ERRORLEVEL%` inside a block, after a command of the same block: cmd.exe expands every
 * `%…%` of a block when it reads it, before anything in it runs.
 */
function checkErrorlevelInBlocks(model: BatchModel, out: Collector): void {
	const references = model.variables.filter((variable) => variable.kind === 'env' && variable.name === 'errorlevel' && variable.modifiers === '');
	if (references.length === 0) return;
	// Top-level blocks in document order: a reference's outermost block is the one whose span holds it.
	const outers: (typeof model.blocks)[number][] = [];
	for (const block of [...model.blocks].sort((a, b) => a.open - b.open)) {
		const last = outers[outers.length - 1];
		if (last && block.open < (last.close ?? Number.POSITIVE_INFINITY)) continue;
		outers.push(block);
	}
	// One walk: references and commands both come in offset order.
	let outerIndex = 0;
	let commandIndex = 0;
	let changed: BatchCommand | undefined;
	for (const reference of references) {
		while (outerIndex < outers.length && (outers[outerIndex].close ?? Number.POSITIVE_INFINITY) < reference.offset) outerIndex++;
		const outer = outers[outerIndex];
		let inRem = false;
		while (commandIndex < model.commands.length && model.commands[commandIndex].offset < reference.offset) {
			const command = model.commands[commandIndex];
			if (command.offset + command.length >= reference.offset) {
				// The command the reference belongs to: it runs after the expansion, so it does not count.
				if (command.program === 'rem') inRem = true;
				break;
			}
			if (!keepsErrorlevel.has(command.program)) changed = command;
			commandIndex++;
		}
		if (!outer || outer.open > reference.offset || inRem || !changed || changed.offset < outer.open) continue;
		const delayed = `!${reference.text.slice(1, -1)}!`;
		out.add(
			'bat.errorlevel-in-block',
			rangeOf(model, reference.offset, reference.length),
			`${reference.text} is expanded once, when cmd.exe reads the block that starts on line ${outer.openLine + 1}, so it still holds the exit code from before '${changed.name.text}' on line ${changed.line + 1} ran. Test with 'if errorlevel 1', or enable delayed expansion and write ${delayed}.`,
			{ data: model.delayedExpansion ? { fix: 'replace', offset: reference.offset, length: reference.length, replacements: [delayed] } : undefined },
		);
	}
}
