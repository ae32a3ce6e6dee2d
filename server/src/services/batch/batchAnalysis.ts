/**
 * Service layer: what the batch services share — knowledge lookups, the
 * sysprep runs of a script, service-name resolution and position helpers.
 *
 * Everything here reads the knowledge tables; no command name is special-cased
 * except through those tables.
 */
import type { Position, Range } from 'vscode-languageserver-types';
import type { RequestContext } from '../kindService';
import { batchCommands, windowsPrograms, type BatchCommandSpec, type SubcommandSpec } from '../../knowledge/batchCommands';
import { externalTools, type ExternalToolSpec } from '../../knowledge/externalTools';
import { windowsServices, type ServiceSpec, type ServiceTarget } from '../../knowledge/windowsServices';
import {
	sysprepExclusiveGroups,
	sysprepGenerations,
	vistaSysprep,
	xpSysprep,
	type SysprepEnding,
	type SysprepGeneration,
	type SysprepSwitchSpec,
	type SysprepSyntax,
} from '../../knowledge/sysprepSwitches';
import { offsetOf, positionOf } from '../../model/batchParser';
import type { BatchCommand, BatchLaunch, BatchModel, BatchWord } from '../../model/batchNodes';
import { editDistance } from '../../util/text';

export { sysprepExclusiveGroups, sysprepGenerations, vistaSysprep, xpSysprep };

// ---------------------------------------------------------------- positions

export function rangeOf(model: BatchModel, offset: number, length: number): Range {
	return { start: positionOf(model, offset), end: positionOf(model, offset + length) };
}

export function wordRange(model: BatchModel, word: { offset: number; length: number }): Range {
	return rangeOf(model, word.offset, word.length);
}

export function offsetAt(model: BatchModel, position: Position): number {
	return offsetOf(model, position);
}

export function contains(span: { offset: number; length: number }, offset: number): boolean {
	return offset >= span.offset && offset <= span.offset + span.length;
}

// ---------------------------------------------------------------- knowledge lookups

const commandIndex = new Map<string, BatchCommandSpec>();
for (const spec of batchCommands) {
	commandIndex.set(spec.name, spec);
	for (const alias of spec.aliases ?? []) commandIndex.set(alias, spec);
}
/** System32 programs the command table does not describe. */
const otherPrograms = new Set(windowsPrograms.map((program) => program.name));
const toolIndex = new Map<string, ExternalToolSpec>(externalTools.map((tool) => [tool.name.replace(/\.exe$/, ''), tool]));
const serviceIndex = new Map<string, ServiceSpec>();
const serviceDisplayIndex = new Map<string, ServiceSpec>();
for (const service of windowsServices) {
	serviceIndex.set(service.name.toLowerCase(), service);
	serviceDisplayIndex.set(service.display.toLowerCase(), service);
}

export function findCommand(program: string): BatchCommandSpec | undefined {
	return commandIndex.get(program);
}

/** The external tool a launch runs, unless it is a script (`sync.bat` is not `sync.exe`). */
export function findTool(launch: Pick<BatchLaunch, 'program' | 'extension'>): ExternalToolSpec | undefined {
	if (launch.extension === '.bat' || launch.extension === '.cmd') return undefined;
	return toolIndex.get(launch.program);
}

export function findSubcommand(spec: BatchCommandSpec, word: BatchWord | undefined): SubcommandSpec | undefined {
	if (!word) return undefined;
	const lower = word.value.toLowerCase();
	return spec.subcommands?.find((sub) => sub.name === lower);
}

export function findService(name: string, displayNames: boolean): ServiceSpec | undefined {
	const lower = name.toLowerCase().trim();
	return serviceIndex.get(lower) ?? (displayNames ? serviceDisplayIndex.get(lower) : undefined);
}

const suggestionCache = new Map<string, ServiceSpec | null>();

/** The closest known service name for a misspelt one, if plausible. */
export function suggestService(name: string, displayNames: boolean): ServiceSpec | undefined {
	const key = `${displayNames ? 'd' : 'k'}:${name.toLowerCase()}`;
	const cached = suggestionCache.get(key);
	if (cached !== undefined) return cached ?? undefined;
	const result = computeSuggestion(name, displayNames);
	if (suggestionCache.size > 5000) suggestionCache.clear();
	suggestionCache.set(key, result ?? null);
	return result;
}

/** Every character of `short` appears in `long` in order (`lanmanserver` in `lanmanagerserver`). */
function isSubsequence(short: string, long: string): boolean {
	let k = 0;
	for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
	return k === short.length;
}

/**
 * A name is close to a known one when at most two letters differ, or when up to four
 * letters were added or dropped without disturbing the rest (`lanmanagerserver`).
 * `FOGService` is not close to `srservice`: the third-party service must not be "corrected".
 */
function computeSuggestion(name: string, displayNames: boolean): ServiceSpec | undefined {
	const lower = name.toLowerCase();
	let best: ServiceSpec | undefined;
	let bestDistance = 5;
	for (const service of windowsServices) {
		const candidates = displayNames ? [service.name, service.display] : [service.name];
		for (const candidate of candidates) {
			const other = candidate.toLowerCase();
			const distance = editDistance(lower, other, bestDistance);
			if (distance >= bestDistance) continue;
			const close = distance <= Math.min(2, Math.floor(lower.length / 4)) || (distance <= 4 && Math.min(lower.length, other.length) >= 6 && (isSubsequence(lower, other) || isSubsequence(other, lower)));
			if (close) {
				best = service;
				bestDistance = distance;
			}
		}
	}
	return best;
}

// ---------------------------------------------------------------- the Windows a script is for

export interface ScriptTarget {
	/** The systems the checks hold the script to. */
	readonly targets: readonly ServiceTarget[];
	/** The generation the script itself shows, when it shows one. */
	readonly family?: 'xp2003' | 'vista';
	/** What shows it (`sysprep -reseal on line 12`), when the script does. */
	readonly evidence?: string;
	readonly title: string;
}

const targetTitles: Record<ServiceTarget, string> = { xp: 'Windows XP', '2003': 'Windows Server 2003', vista: 'Windows Vista and later' };

/** `Windows XP and Windows Vista and later`. */
export function targetNames(targets: readonly ServiceTarget[]): string {
	return targets.map((target) => targetTitles[target]).join(' and ');
}

/**
 * The Windows a script is written for: Vista and later when it runs sysprep with `/generalize`
 * syntax (or a command only Vista and later have), XP/Server 2003 when it uses `-reseal`
 * syntax (or a command only they have) — narrowed to XP or 2003 by `reseal.target` — and
 * otherwise `reseal.target` alone.
 */
export function scriptTarget(ctx: RequestContext, model: BatchModel): ScriptTarget {
	const setting: ServiceTarget = ctx.settings?.target === 'xp' ? 'xp' : '2003';
	const runs = sysprepRuns(model);
	const vista = runs.find((run) => run.syntax === 'vista');
	const xp = runs.find((run) => run.syntax === 'xp' && run.switches.length > 0);
	const at = (command: BatchCommand) => `line ${command.line + 1}`;
	if (vista && !xp) return { targets: ['vista'], family: 'vista', evidence: `sysprep ${vista.switches[0]?.word.value ?? ''} on ${at(vista.command)}`.replace('  ', ' '), title: targetTitles.vista };
	if (xp && !vista) return { targets: [setting], family: 'xp2003', evidence: `sysprep ${xp.switches[0].word.value} on ${at(xp.command)}`, title: targetTitles[setting] };
	if (!vista && !xp) {
		for (const command of model.commands) {
			const targets = findCommand(command.program)?.targets;
			if (!targets) continue;
			if (targets.length === 1 && targets[0] === 'vista') return { targets: ['vista'], family: 'vista', evidence: `'${command.name.text}' on ${at(command)}`, title: targetTitles.vista };
			if (!targets.includes('vista')) return { targets: [setting], family: 'xp2003', evidence: `'${command.name.text}' on ${at(command)}`, title: targetTitles[setting] };
		}
	}
	return { targets: [setting], title: targetTitles[setting] };
}

export function serviceOnTarget(service: ServiceSpec, target: ScriptTarget): boolean {
	return target.targets.some((t) => service.targets.includes(t));
}

/** Every program name completion and the unknown-program logic know about. */
export function isKnownProgram(program: string): boolean {
	return commandIndex.has(program) || toolIndex.has(program) || program === 'sysprep' || otherPrograms.has(program);
}

// ---------------------------------------------------------------- services named by net/sc

export interface ServiceUse {
	readonly command: BatchCommand;
	readonly spec: BatchCommandSpec;
	readonly subcommand: SubcommandSpec;
	readonly word: BatchWord;
}

/** The service-name argument of a `net stop`/`sc config`-style command, if any. */
export function serviceUseOf(command: BatchCommand): ServiceUse | undefined {
	const spec = findCommand(command.program);
	if (!spec?.subcommands) return undefined;
	let index = 0;
	if (spec.serverArgument && command.args[0]?.value.startsWith('\\\\')) index = 1;
	const subcommand = findSubcommand(spec, command.args[index]);
	if (!subcommand?.takesService) return undefined;
	const word = command.args[index + 1];
	if (!word || word.value.startsWith('/') || word.value === '' || /[%!*?]/.test(word.value)) return undefined;
	return { command, spec, subcommand, word };
}

// ---------------------------------------------------------------- sysprep runs

export interface SysprepSwitchUse {
	readonly word: BatchWord;
	readonly prefix: string;
	/** Lower case, without prefix and value. */
	readonly name: string;
	readonly value?: string;
	readonly spec?: SysprepSwitchSpec;
}

export interface SysprepRun {
	readonly command: BatchCommand;
	readonly launch: BatchLaunch;
	readonly syntax: SysprepSyntax | 'mixed';
	readonly generation: SysprepGeneration;
	readonly switches: readonly SysprepSwitchUse[];
	readonly ending: SysprepEnding;
	/** Started with `start` and without `/wait`. */
	readonly detached: boolean;
}

const xpNames = new Set(xpSysprep.switches.map((s) => s.name));
const vistaNames = new Set(vistaSysprep.switches.map((s) => s.name));

function splitSwitch(word: BatchWord): { prefix: string; name: string; value?: string } | null {
	const match = /^([-/])([A-Za-z]+)(?::(.*))?$/.exec(word.value);
	if (!match) return null;
	return { prefix: match[1], name: match[2].toLowerCase(), value: match[3] };
}

/** Which generation a sysprep command line is written for. */
function syntaxOf(launch: BatchLaunch, parts: readonly { prefix: string; name: string }[]): SysprepSyntax | 'mixed' {
	let xp = 0;
	let vista = 0;
	let slashes = 0;
	for (const part of parts) {
		if (xpNames.has(part.name) && !vistaNames.has(part.name)) xp++;
		else if (vistaNames.has(part.name) && !xpNames.has(part.name) && part.prefix === '/') vista++;
		if (part.prefix === '/') slashes++;
	}
	if (xp > 0 && vista > 0) return 'mixed';
	if (vista > 0) return 'vista';
	if (xp > 0) return 'xp';
	if (/system32[\\/]+sysprep/i.test(launch.word.value)) return 'vista';
	if (parts.length > 0 && slashes === parts.length) return 'vista';
	return 'xp';
}

export function sysprepRunOf(command: BatchCommand): SysprepRun | undefined {
	const launch = command.launch;
	if (!launch || launch.program !== 'sysprep' || launch.extension === '.bat' || launch.extension === '.cmd') return undefined;
	const parts: { word: BatchWord; prefix: string; name: string; value?: string }[] = [];
	for (const word of launch.args) {
		const part = splitSwitch(word);
		if (part) parts.push({ word, ...part });
	}
	const syntax = syntaxOf(launch, parts);
	const generation = syntax === 'vista' ? vistaSysprep : xpSysprep;
	const switches: SysprepSwitchUse[] = parts.map((part) => ({
		...part,
		spec: syntax === 'mixed' ? (xpSysprep.switches.find((s) => s.name === part.name) ?? vistaSysprep.switches.find((s) => s.name === part.name)) : generation.switches.find((s) => s.name === part.name),
	}));
	return { command, launch, syntax, generation, switches, ending: endingOf(generation, switches), detached: launch.viaStart && !launch.waits };
}

function endingOf(generation: SysprepGeneration, switches: readonly SysprepSwitchUse[]): SysprepEnding {
	const endingGroup = sysprepExclusiveGroups.find((group) => group.syntax === generation.syntax && group.names.includes('reboot'));
	const explicit = switches.find((use) => use.spec?.ending && endingGroup?.names.includes(use.name));
	if (explicit?.spec?.ending) return explicit.spec.ending;
	const action = switches.find((use) => use.spec?.ending);
	return action?.spec?.ending ?? generation.defaultEnding;
}

const runCache = new WeakMap<BatchModel, Map<BatchCommand, SysprepRun>>();

function runMap(model: BatchModel): Map<BatchCommand, SysprepRun> {
	let map = runCache.get(model);
	if (!map) {
		map = new Map();
		for (const command of model.commands) {
			const run = sysprepRunOf(command);
			if (run) map.set(command, run);
		}
		runCache.set(model, map);
	}
	return map;
}

/** The sysprep runs of a script in source order, computed once per model. */
export function sysprepRuns(model: BatchModel): SysprepRun[] {
	return [...runMap(model).values()];
}

/** The sysprep run of one command of the model, if it is one. */
export function sysprepRunAt(model: BatchModel, command: BatchCommand): SysprepRun | undefined {
	return runMap(model).get(command);
}

/** The script runs sysprep.exe (and is a batch script at all). */
export function runsSysprep(model: BatchModel): boolean {
	return model.notBatch === null && runMap(model).size > 0;
}

/**
 * The paths that `if exist X` guards of the script test (lower case, `\` separators, no
 * quotes), for the commands they guard: a missing file there is the author's expected case.
 */
export function existGuards(model: BatchModel): Set<string> {
	const paths = new Set<string>();
	for (const command of model.commands) {
		if (command.program !== 'if') continue;
		let k = 0;
		if (command.args[k]?.value.toLowerCase() === '/i') k++;
		if (command.args[k]?.value.toLowerCase() === 'not') continue;
		if (command.args[k]?.value.toLowerCase() !== 'exist' || !command.args[k + 1]) continue;
		paths.add(command.args[k + 1].value.replace(/\//g, '\\').toLowerCase());
	}
	return paths;
}

/** Whether batch support applies to this document under the user's settings. */
export function batchEnabled(ctx: RequestContext, model: BatchModel): boolean {
	const mode = ctx.settings?.batchSupport ?? 'all';
	if (mode === 'off') return false;
	if (mode === 'all') return true;
	const uri = ctx.document?.uri ?? '';
	const base = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
	return /sysprep/i.test(base) || runsSysprep(model);
}

/** The command whose span (name to last argument) contains the offset, innermost first. */
export function commandAt(model: BatchModel, offset: number): BatchCommand | undefined {
	let found: BatchCommand | undefined;
	for (const command of model.commands) {
		if (command.offset > offset) break;
		if (contains(command, offset)) found = command;
	}
	return found;
}

/** The word of a command (name, argument or redirection target) under the offset. */
export function wordAt(command: BatchCommand, offset: number): BatchWord | undefined {
	if (contains(command.name, offset)) return command.name;
	for (const arg of command.args) if (contains(arg, offset)) return arg;
	return undefined;
}

export function markdown(value: string): { kind: 'markdown'; value: string } {
	return { kind: 'markdown', value };
}
