/**
 * Service layer: completion for batch scripts — command names, switches of
 * the command under the cursor (sysprep switches of the generation in use),
 * service names after `net stop`/`sc config`, labels after `goto`/`call :`,
 * variables after `%`, and after `!` where delayed expansion is on.
 */
import { CompletionItemKind, type CompletionItem, type CompletionList, type Range } from 'vscode-languageserver-types';
import type { RequestContext } from '../kindService';
import { batchCommands, wellKnownVariables } from '../../knowledge/batchCommands';
import { externalTools } from '../../knowledge/externalTools';
import { windowsServices } from '../../knowledge/windowsServices';
import { sysprepGenerations, type SysprepGeneration } from '../../knowledge/sysprepSwitches';
import { parseBatch, positionOf } from '../../model/batchParser';
import type { BatchCommand, BatchModel } from '../../model/batchNodes';
import { findCommand, findSubcommand, findTool, markdown, offsetAt, sysprepRunOf } from './batchAnalysis';
import { isRegExpWhitespace, trailingRun, trimTrailing, whitespaceChars } from '../../util/text';
import { envSymbols } from './batchVariables';

const empty: CompletionList = { isIncomplete: false, items: [] };

export function completeBatch(ctx: RequestContext, model: BatchModel, position: { line: number; character: number }): CompletionList {
	const offset = offsetAt(model, position);
	const lineStart = model.lineStarts[Math.min(position.line, model.lineStarts.length - 1)] ?? 0;
	const prefix = model.text.slice(lineStart, offset);
	const partial = trailingRun(prefix, (char) => !isRegExpWhitespace(char.charCodeAt(0)) && !'&|<>()'.includes(char));
	const partialStart = offset - partial.length;
	const range: Range = { start: positionOf(model, partialStart), end: positionOf(model, offset) };

	const gotoColon = gotoTarget(prefix) ?? (/(?:^|[\s&|(@])call\s+:\S*$/i.test(prefix) ? true : undefined);
	if (gotoColon !== undefined) return labels(model, range, gotoColon || /^:/.test(partial));

	const percent = /%([A-Za-z_][^%\s]*)?$/.exec(prefix);
	if (percent && partial.includes('%')) {
		const start = offset - percent[0].length;
		return variables(model, { start: positionOf(model, start), end: positionOf(model, offset) }, '%');
	}
	// `!NAME!` means the variable only where delayed expansion is on; elsewhere cmd.exe prints it as it is.
	const bang = /!([A-Za-z_][^!%\s]*)?$/.exec(prefix);
	if (bang && partial.includes('!') && delayedAt(model, offset)) {
		const start = offset - bang[0].length;
		return variables(model, { start: positionOf(model, start), end: positionOf(model, offset) }, '!');
	}

	const parsed = parseBatch(prefix);
	const last = parsed.commands[parsed.commands.length - 1];
	const local = partialStart - lineStart;
	if (!last || commandPosition(parsed.text, last, local)) return commands(range);
	return argumentItems(ctx, last, partial, local, range);
}

/**
 * Whether the cursor ends `goto label` or `goto:label` (undefined when not;
 * true when a colon precedes the label). Read from the end of the line: one
 * pattern ending in `\S*$` retried every `goto` of a long line to its end.
 */
function gotoTarget(prefix: string): boolean | undefined {
	const word = trailingRun(prefix, (char) => !isRegExpWhitespace(char.charCodeAt(0)));
	const wordStart = prefix.length - word.length;
	const before = trimTrailing(prefix.slice(0, wordStart), whitespaceChars);
	// `goto  label`: blanks between the keyword and the last word.
	if (before.length < wordStart && /(?:^|[\s&|(@])goto$/i.test(before)) return word.startsWith(':');
	// `goto:label` (no blank): inside the last word, at its start or after an operator.
	return /(?:^|[&|(@])goto:/i.test(word) ? true : undefined;
}

function commandPosition(text: string, last: BatchCommand, partialStart: number): boolean {
	if (last.name.offset >= partialStart) return true;
	if (last.program === 'if' || last.program === 'for') {
		const tail = last.args[last.args.length - 1];
		if (last.program === 'for') return tail?.value.toLowerCase() === 'do';
		return last.args.length >= 2 && partialStart > (tail ? tail.offset + tail.length : 0);
	}
	const end = last.offset + last.length;
	return /[&|(]/.test(text.slice(end, partialStart));
}

function commands(range: Range): CompletionList {
	const items: CompletionItem[] = [];
	for (const spec of batchCommands) {
		items.push({ label: spec.name, kind: CompletionItemKind.Keyword, detail: spec.kind === 'builtin' ? 'cmd.exe built-in' : 'Windows program', documentation: markdown(`\`${spec.syntax}\`\n\n${spec.doc}`), textEdit: { range, newText: spec.name } });
	}
	for (const tool of externalTools) {
		const name = tool.name.replace(/\.exe$/, '');
		items.push({ label: name, kind: CompletionItemKind.Function, detail: `${tool.title} (not part of Windows)`, documentation: markdown(tool.doc), textEdit: { range, newText: name } });
	}
	items.push({ label: 'sysprep', kind: CompletionItemKind.Function, detail: 'System Preparation Tool', textEdit: { range, newText: 'sysprep' }, sortText: '0sysprep' });
	return { isIncomplete: false, items: dedupe(items) };
}

function dedupe(items: CompletionItem[]): CompletionItem[] {
	const seen = new Set<string>();
	return items.filter((item) => (seen.has(item.label) ? false : (seen.add(item.label), true)));
}

function labels(model: BatchModel, range: Range, hasColon: boolean): CompletionList {
	const items: CompletionItem[] = [];
	const seen = new Set<string>();
	for (const label of model.labels) {
		if (seen.has(label.name)) continue;
		seen.add(label.name);
		items.push({ label: label.text, kind: CompletionItemKind.Reference, detail: `label on line ${label.line + 1}`, filterText: hasColon ? `:${label.text}` : label.text, textEdit: { range, newText: hasColon ? `:${label.text}` : label.text } });
	}
	items.push({ label: ':eof', kind: CompletionItemKind.Keyword, detail: 'end of the script or subroutine', textEdit: { range, newText: ':eof' } });
	return { isIncomplete: false, items };
}

/** Whether delayed expansion is on at `offset`: the last `setlocal` before it that says so enabled it. */
function delayedAt(model: BatchModel, offset: number): boolean {
	let on = false;
	for (const command of model.commands) {
		if (command.offset >= offset) break;
		if (command.program !== 'setlocal') continue;
		for (const arg of command.args) {
			const word = arg.value.toLowerCase();
			if (word === 'enabledelayedexpansion') on = true;
			else if (word === 'disabledelayedexpansion') on = false;
		}
	}
	return on;
}

function variables(model: BatchModel, range: Range, marker: '%' | '!'): CompletionList {
	const items: CompletionItem[] = [];
	const seen = new Set<string>();
	const delayedDoc = marker === '!' ? markdown('Read when the command runs (delayed expansion), so inside a `(…)` block it sees values set earlier in the same block.') : undefined;
	for (const symbol of envSymbols(model).values()) {
		const first = symbol.spans.find((span) => span.write);
		if (!symbol.setByScript || !first) continue;
		seen.add(symbol.name);
		const text = `${marker}${model.text.slice(first.offset, first.offset + first.length)}${marker}`;
		items.push({ label: text, kind: CompletionItemKind.Variable, detail: `set on line ${positionOf(model, first.offset).line + 1}`, documentation: delayedDoc, textEdit: { range, newText: text } });
	}
	for (const variable of wellKnownVariables) {
		if (seen.has(variable.name.toLowerCase())) continue;
		const text = `${marker}${variable.name}${marker}`;
		items.push({ label: text, kind: CompletionItemKind.Variable, documentation: markdown(variable.doc), textEdit: { range, newText: text } });
	}
	if (marker === '%') items.push({ label: '%~dp0', kind: CompletionItemKind.Variable, documentation: markdown('The folder of this script, with a trailing backslash.'), textEdit: { range, newText: '%~dp0' } });
	return { isIncomplete: false, items };
}

function switchItems(switches: readonly { name: string; doc: string }[], partial: string, range: Range, detail: string): CompletionItem[] {
	const lower = partial.toLowerCase();
	return switches
		.filter((s) => s.name.startsWith(lower) || lower === '')
		.map((s) => ({ label: s.name, kind: CompletionItemKind.Property, detail, documentation: markdown(s.doc), textEdit: { range, newText: s.name } }));
}

function sysprepItems(generations: readonly SysprepGeneration[], range: Range, used: ReadonlySet<string>): CompletionItem[] {
	const items: CompletionItem[] = [];
	for (const generation of generations) {
		for (const spec of generation.switches) {
			if (used.has(spec.name)) continue;
			const text = `${generation.prefix}${spec.name}${spec.value ? ':' : ''}`;
			items.push({ label: text, kind: CompletionItemKind.Property, detail: generation.title, documentation: markdown(spec.doc + (spec.availability ? `\n\n*Availability:* ${spec.availability}` : '')), textEdit: { range, newText: text } });
		}
	}
	return items;
}

function argumentItems(ctx: RequestContext, command: BatchCommand, partial: string, partialStart: number, range: Range): CompletionList {
	const run = sysprepRunOf(command);
	if (run && (run.launch.word.offset < partialStart)) {
		const used = new Set(run.switches.filter((s) => s.word.offset < partialStart).map((s) => s.name));
		let generations = sysprepGenerations;
		if (partial.startsWith('-')) generations = sysprepGenerations.filter((g) => g.prefix === '-');
		else if (partial.startsWith('/')) generations = sysprepGenerations.filter((g) => g.prefix === '/');
		else if (run.switches.some((s) => s.word.offset < partialStart) && run.syntax !== 'mixed') generations = [run.generation];
		return { isIncomplete: false, items: sysprepItems(generations, range, used) };
	}
	const launch = command.launch;
	const spec = findCommand(command.program);
	const before = command.args.filter((arg) => arg.offset < partialStart);
	if (spec?.subcommands) {
		const serverSkip = spec.serverArgument && before[0]?.value.startsWith('\\\\') ? 1 : 0;
		const subWord = before[serverSkip];
		const sub = findSubcommand(spec, subWord);
		if (!subWord) {
			return { isIncomplete: false, items: spec.subcommands.map((s) => ({ label: s.name, kind: CompletionItemKind.Method, documentation: markdown(s.doc), textEdit: { range, newText: s.name } })) };
		}
		if (sub?.takesService && before.length === serverSkip + 1 && !partial.startsWith('/')) {
			return { isIncomplete: false, items: serviceItems(ctx, range, spec.acceptsDisplayName === true && partial.startsWith('"')) };
		}
		if (partial.startsWith('/') || partial.startsWith('-') || spec.name === 'sc') {
			return { isIncomplete: false, items: dedupe([...switchItems(sub?.switches ?? [], partial, range, `${spec.name} ${sub?.name ?? ''}`), ...switchItems(spec.switches ?? [], partial, range, spec.name)]) };
		}
		return empty;
	}
	if (partial.startsWith('/') || partial.startsWith('-')) {
		const tool = launch ? findTool(launch) : undefined;
		const items = [...switchItems(spec?.switches ?? [], partial, range, spec?.name ?? ''), ...switchItems(tool?.switches ?? [], partial, range, tool?.title ?? '')];
		if (launch && launch.program !== command.program) items.push(...switchItems(findCommand(launch.program)?.switches ?? [], partial, range, launch.program));
		return { isIncomplete: false, items: dedupe(items) };
	}
	return empty;
}

function serviceItems(ctx: RequestContext, range: Range, display: boolean): CompletionItem[] {
	const target = ctx.settings?.target;
	return windowsServices.map((service) => {
		const text = display || /\s/.test(service.name) ? `"${display ? service.display : service.name}"` : service.name;
		const unavailable = service.targets && target && !service.targets.includes(target);
		return {
			label: text,
			kind: CompletionItemKind.Value,
			detail: service.display + (service.stoppable === false ? ' (cannot be stopped)' : ''),
			documentation: markdown(service.doc),
			sortText: `${service.origin && service.origin !== 'windows' ? '2' : unavailable ? '1' : '0'}${service.name.toLowerCase()}`,
			textEdit: { range, newText: text },
		};
	});
}
