/**
 * Service layer: hover for batch scripts — commands, switches, services,
 * external tools, sysprep switches, labels and variables. All prose comes
 * from the knowledge tables.
 */
import { firstBootHover } from './firstBootChecks';
import type { Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { Collector } from './batchValidation';
import { checkSemantics } from './batchSemantics';
import type { RequestContext } from '../kindService';
import { cmdRuleNotes, parameterModifiers, wellKnownVariables, type BatchCommandSpec } from '../../knowledge/batchCommands';
import type { ExternalToolSpec } from '../../knowledge/externalTools';
import type { ServiceSpec } from '../../knowledge/windowsServices';
import { sysprepProgramDoc } from '../../knowledge/sysprepSwitches';
import type { BatchCommand, BatchModel, BatchVariable, BatchWord } from '../../model/batchNodes';
import {
	commandAt,
	contains,
	findCommand,
	findService,
	findSubcommand,
	findTool,
	markdown,
	scriptTarget,
	serviceOnTarget,
	targetNames,
	offsetAt,
	serviceUseOf,
	sysprepRunOf,
	wordAt,
	wordRange,
} from './batchAnalysis';

export function hoverBatch(ctx: RequestContext, model: BatchModel, position: { line: number; character: number }): Hover | null {
	const hover = wordHover(ctx, model, position);
	const finding = semanticFindingAt(ctx, model, position);
	if (!finding) return withFirstBoot(ctx, model, position.line, hover);
	const note = noteIndex.get(String(finding.code));
	const text = `**${String(finding.code)}** — ${note ?? finding.message}`;
	const below = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `\n\n---\n\n${hover.contents.value}` : '';
	return { contents: markdown(text + below), range: finding.range };
}

/** On the first line of SetupComplete.cmd and the like, what Setup does with the script comes first. */
function withFirstBoot(ctx: RequestContext, model: BatchModel, line: number, hover: Hover | null): Hover | null {
	const script = firstBootHover(ctx, model, line);
	if (!script) return hover;
	const below = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? `\n\n---\n\n${hover.contents.value}` : '';
	return { contents: markdown(String((script.contents as { value: string }).value) + below), range: hover?.range ?? script.range };
}

const noteIndex = new Map(cmdRuleNotes.map((row) => [row.code, row.note]));
const findingCache = new WeakMap<BatchModel, { uri: string; list: Diagnostic[] }>();

/** The finding of the cmd.exe layer under the position, computed once per parse. */
function semanticFindingAt(ctx: RequestContext, model: BatchModel, position: Position): Diagnostic | undefined {
	const uri = ctx.document?.uri ?? '';
	let cached = findingCache.get(model);
	if (!cached || cached.uri !== uri) {
		const out = new Collector(model, uri);
		checkSemantics(ctx, model, out);
		cached = { uri, list: out.list };
		findingCache.set(model, cached);
	}
	const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
	return cached.list.find((d) => before(d.range.start, position) && before(position, d.range.end));
}

function wordHover(ctx: RequestContext, model: BatchModel, position: { line: number; character: number }): Hover | null {
	const offset = offsetAt(model, position);
	const label = model.labels.find((l) => contains({ offset: l.offset - 1, length: l.length + 1 }, offset));
	if (label) return labelHover(model, label.name, wordRange(model, label));
	const ref = model.labelRefs.find((r) => contains(r, offset));
	if (ref) return labelHover(model, ref.name, wordRange(model, ref));
	const variable = model.variables.find((v) => offset >= v.offset && offset < v.offset + v.length);
	if (variable) return { contents: markdown(variableDoc(model, variable)), range: wordRange(model, variable) };
	const command = commandAt(model, offset);
	if (!command) return null;
	const word = wordAt(command, offset);
	if (!word) return null;
	const value = commandWordDoc(ctx, model, command, word);
	return value ? { contents: markdown(value), range: wordRange(model, word) } : null;
}

function labelHover(model: BatchModel, name: string, range: Hover['range']): Hover {
	const defs = model.labels.filter((l) => l.name === name);
	const refs = model.labelRefs.filter((r) => r.name === name);
	const where = defs.length === 0 ? 'not defined in this script' : `defined on line ${defs.map((d) => d.line + 1).join(', ')}`;
	const used = refs.length === 0 ? 'no `goto`/`call` uses it' : `used by ${refs.map((r) => `\`${r.kind}\` on line ${r.line + 1}`).join(', ')}`;
	return { contents: markdown(`**Label** \`:${defs[0]?.text ?? name}\` — ${where}; ${used}.`), range };
}

function variableDoc(model: BatchModel, variable: BatchVariable): string {
	const modifiers = [...variable.modifiers.replace(/^~/, '')]
		.map((letter) => parameterModifiers.find((m) => m.letter === letter.toLowerCase())?.doc)
		.filter((doc): doc is string => !!doc);
	const mod = modifiers.length > 0 ? ` — expands to its ${modifiers.join(', ')}` : '';
	switch (variable.kind) {
		case 'param':
			return variable.name === '0'
				? `**\`${variable.text}\`** — the script itself as it was started${mod}. \`%~dp0\` is the folder of the script with a trailing backslash.`
				: variable.name === '*'
					? '**`%*`** — all arguments of the script (or subroutine).'
					: `**\`${variable.text}\`** — argument ${variable.name} of the script or of the \`call\`ed subroutine${mod}.`;
		case 'loop': {
			const owner = model.commands.find((c) => c.program === 'for' && c.args.some((a) => a.value === `%%${variable.name}` || a.value === `%${variable.name}`));
			return `**\`${variable.text}\`** — loop variable of the \`for\`${owner ? ` on line ${owner.line + 1}` : ''}${mod}. Names are case-sensitive: \`%%i\` and \`%%I\` differ.`;
		}
		case 'delayed':
			return `**\`${variable.text}\`** — variable \`${variable.name}\` read at run time (delayed expansion), so it sees values set earlier in the same block.${assignmentNote(model, variable.name)}`;
		case 'env': {
			const known = wellKnownVariables.find((v) => v.name.toLowerCase() === variable.name);
			const edit = variable.modifiers ? ` The \`${variable.modifiers}\` part takes a substring or replaces text.` : '';
			const base = known ? `**\`%${known.name}%\`** — ${known.doc}` : `**\`%${variable.name}%\`** — environment variable, expanded when the line is read.`;
			return base + edit + assignmentNote(model, variable.name);
		}
	}
}

function assignmentNote(model: BatchModel, name: string): string {
	const sets = model.assignments.filter((a) => a.name === name);
	return sets.length > 0 ? ` Set on line ${sets.map((s) => s.line + 1).join(', ')}.` : '';
}

function commandDoc(spec: BatchCommandSpec): string {
	const kind = spec.kind === 'builtin' ? 'cmd.exe built-in' : 'Windows program';
	const availability = spec.availability ? `\n\n*Availability:* ${spec.availability}` : '';
	return `**${spec.name}** (${kind})\n\n\`${spec.syntax}\`\n\n${spec.doc}${availability}`;
}

function toolDoc(tool: ExternalToolSpec): string {
	return `**${tool.name}** — ${tool.title} (not part of Windows)\n\n${tool.doc}\n\n*Origin:* ${tool.origin}\n\n*Placement:* ${tool.placement}`;
}

function serviceDoc(service: ServiceSpec, ctx: RequestContext, model: BatchModel): string {
	const origin = service.origin === 'third-party' || service.origin === 'optional' ? ` Installed by ${service.installedBy ?? 'an optional component'}.` : '';
	const target = scriptTarget(ctx, model);
	const missing = !serviceOnTarget(service, target);
	const targets = service.targets.length < 3 ? ` Present by default on ${targetNames(service.targets)} only${missing ? ` — not on ${target.title}` : ''}.` : '';
	const addOn = service.addOn ? ` Elsewhere it comes with ${service.addOn}.` : '';
	const stop = service.stoppable === false ? ' **Cannot be stopped.**' : '';
	return `**${service.display}** (service \`${service.name}\`)\n\n${service.doc}${origin}${targets}${addOn}${stop}`;
}

function switchDoc(spec: { switches?: readonly { name: string; doc: string }[] } | undefined, word: BatchWord): string | undefined {
	const lower = word.value.toLowerCase();
	const found = spec?.switches?.find((s) => s.name === lower || (/[:=]$/.test(s.name) && lower.startsWith(s.name)) || lower.startsWith(s.name + ':'));
	return found ? `\`${found.name}\` — ${found.doc}` : undefined;
}

function commandWordDoc(ctx: RequestContext, model: BatchModel, command: BatchCommand, word: BatchWord): string | undefined {
	const launch = command.launch;
	const run = sysprepRunOf(command);
	if (run && word === run.launch.word) {
		return `${sysprepProgramDoc}\n\nThis command uses **${run.syntax === 'mixed' ? 'mixed' : run.generation.title}** syntax. ${run.generation.location}`;
	}
	if (run) {
		const use = run.switches.find((s) => s.word === word);
		if (use) {
			const generation = use.spec ? (run.generation.switches.includes(use.spec) ? run.generation : undefined) : undefined;
			if (use.spec) {
				const availability = use.spec.availability ? `\n\n*Availability:* ${use.spec.availability}` : '';
				return `**sysprep ${(generation?.prefix ?? use.prefix) + use.spec.name}${use.spec.value ? `:${use.spec.value}` : ''}** (${generation?.title ?? 'sysprep'})\n\n${use.spec.doc}${availability}`;
			}
			return `\`${word.value}\` is not a switch of ${run.generation.title}.`;
		}
	}
	if (word === command.name) {
		const spec = findCommand(command.program);
		if (spec) return commandDoc(spec);
		const tool = launch ? findTool(launch) : undefined;
		if (tool) return toolDoc(tool);
		return undefined;
	}
	if (launch && launch.word === word) {
		const tool = findTool(launch);
		if (tool) return toolDoc(tool);
		const spec = findCommand(launch.program);
		if (spec) return commandDoc(spec);
	}
	const service = serviceUseOf(command);
	if (service && service.word === word) {
		const known = findService(word.value, service.spec.acceptsDisplayName === true);
		return known ? serviceDoc(known, ctx, model) : `\`${word.value}\` is not a service Reseal knows.`;
	}
	const spec = findCommand(command.program);
	if (spec) {
		const sub = findSubcommand(spec, command.args[spec.serverArgument && command.args[0]?.value.startsWith('\\\\') ? 1 : 0]);
		if (sub && command.args.includes(word) && word.value.toLowerCase() === sub.name) return `**${spec.name} ${sub.name}** — ${sub.doc}`;
		const doc = switchDoc(sub, word) ?? switchDoc(spec, word);
		if (doc) return doc;
	}
	if (launch && launch.args.includes(word)) {
		const tool = findTool(launch);
		const doc = switchDoc(tool, word) ?? switchDoc(findCommand(launch.program), word);
		if (doc) return doc;
	}
	return undefined;
}
