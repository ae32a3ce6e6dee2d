/**
 * Service layer: diagnostics of batch scripts.
 *
 * Generic rules (labels, parentheses, services, external tools, Sysinternals
 * licence) run on every script and stay conservative; the `bat.sysprep-*`
 * rules look only at sysprep command lines. Every check reads the knowledge
 * tables through `batchAnalysis.ts`.
 */
import { checkFirstBoot } from './firstBootChecks';
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver-types';
import type { RequestContext } from '../kindService';
import { batchCodes, type BatchCode } from '../codes/batchCodes';
import type { CodeSeverity } from '../codes/types';
import type { BatchCommand, BatchModel } from '../../model/batchNodes';
import {
	findCommand,
	findService,
	findTool,
	rangeOf,
	scriptTarget,
	serviceOnTarget,
	serviceUseOf,
	targetNames,
	suggestService,
	sysprepExclusiveGroups,
	sysprepRunAt,
	sysprepRuns,
	vistaSysprep,
	wordRange,
	xpSysprep,
	type SysprepRun,
} from './batchAnalysis';
import { editDistance } from '../../util/text';
import { checkScriptRules } from './batchRules';
import { checkSemantics } from './batchSemantics';

const severities: Record<CodeSeverity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};
const severityOf = new Map<string, CodeSeverity>(batchCodes.map((spec) => [spec.code, spec.severity]));

/** Quick-fix payloads carried in `diagnostic.data`. */
export type BatFixData =
	| { readonly fix: 'replace'; readonly offset: number; readonly length: number; readonly replacements: readonly string[] }
	| { readonly fix: 'insert'; readonly offset: number; readonly text: string; readonly title: string }
	| { readonly fix: 'remove'; readonly offset: number; readonly length: number; readonly title: string }
	| { readonly fix: 'sysprep-switch'; readonly offset: number; readonly length: number; readonly replacements: readonly string[]; readonly removable: boolean }
	| { readonly fix: 'taskkill'; readonly command: number }
	| { readonly fix: 'edit'; readonly offset: number; readonly length: number; readonly text: string; readonly title: string };

export class Collector {
	readonly list: Diagnostic[] = [];
	constructor(private readonly model: BatchModel, private readonly uri: string) {}

	add(code: BatchCode, range: Range, message: string, options: { data?: BatFixData; lower?: CodeSeverity; related?: { offset: number; length: number; message: string } } = {}): void {
		const severity = severities[options.lower ?? severityOf.get(code) ?? 'warning'];
		const diagnostic: Diagnostic = { range, severity, code, source: 'reseal', message };
		if (options.data) diagnostic.data = options.data;
		if (options.related && this.uri) {
			const related: DiagnosticRelatedInformation = {
				location: { uri: this.uri, range: rangeOf(this.model, options.related.offset, options.related.length) },
				message: options.related.message,
			};
			diagnostic.relatedInformation = [related];
		}
		this.list.push(diagnostic);
	}
}

export function validateBatch(ctx: RequestContext, model: BatchModel): Diagnostic[] {
	const out = new Collector(model, ctx.document?.uri ?? '');
	if (model.notBatch) {
		out.add('bat.not-batch', rangeOf(model, model.notBatch.offset, model.notBatch.length), model.notBatch.message);
		return out.list;
	}
	for (const problem of model.problems) {
		const data: BatFixData | undefined = problem.insert ? { fix: 'insert', offset: problem.offset, text: problem.insert.text, title: problem.insert.title } : undefined;
		out.add(problem.code, rangeOf(model, problem.offset, problem.length), problem.message, { data });
	}
	checkLabels(model, out);
	checkServices(ctx, model, out);
	checkScriptRules(model, out);
	checkSemantics(ctx, model, out);
	checkFirstBoot(ctx, model, out);
	checkTools(model, out);
	for (const run of sysprepRuns(model)) checkSysprepRun(model, run, out);
	checkSysprepOrder(model, out);
	// The façade (languageService.ts) orders the list and cuts it at maxDiagnostics.
	return out.list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function checkLabels(model: BatchModel, out: Collector): void {
	const byName = new Map<string, (typeof model.labels)[number]>();
	for (const label of model.labels) {
		const first = byName.get(label.name);
		if (!first) {
			byName.set(label.name, label);
			continue;
		}
		out.add('bat.duplicate-label', rangeOf(model, label.offset, label.length), `Label ':${label.text}' is already defined on line ${first.line + 1}; goto jumps to whichever copy it meets first after the current line.`, {
			related: { offset: first.offset, length: first.length, message: 'First definition' },
		});
	}
	const names = [...byName.values()];
	let suggestionBudget = 100; // NOTE: keeps huge generated scripts linear.
	for (const ref of model.labelRefs) {
		if (byName.has(ref.name)) continue;
		let best: string | undefined;
		let bestDistance = Math.max(1, Math.floor(ref.name.length / 3)) + 1;
		for (const label of suggestionBudget-- > 0 ? names : []) {
			const distance = editDistance(ref.name, label.name, bestDistance);
			if (distance < bestDistance) {
				best = label.text;
				bestDistance = distance;
			}
		}
		const hint = best ? ` Did you mean ':${best}'?` : '';
		out.add('bat.undefined-label', rangeOf(model, ref.offset, ref.length), `Label ':${ref.text}' is not defined in this script, so '${ref.kind}' stops the script with "The system cannot find the batch label specified".${hint}`, {
			data: best ? { fix: 'replace', offset: ref.offset, length: ref.length, replacements: [best] } : undefined,
		});
	}
}

function checkServices(ctx: RequestContext, model: BatchModel, out: Collector): void {
	const target = scriptTarget(ctx, model);
	for (const command of model.commands) {
		const use = serviceUseOf(command);
		if (!use) continue;
		const name = use.word.value;
		const display = use.spec.acceptsDisplayName === true;
		const known = findService(name, display);
		const where = `${use.spec.name} ${use.subcommand.name}`;
		if (known) {
			if (use.subcommand.stopsService && known.stoppable === false) {
				out.add('bat.unstoppable-service', wordRange(model, use.word), `'${known.display}' (${known.name}) cannot be stopped: Windows refuses the request and '${where}' only prints an error. Remove the line.`, {
					data: { fix: 'remove', offset: command.offset, length: command.length, title: `Remove '${where} ${name}'` },
				});
			}
			if (!serviceOnTarget(known, target)) {
				// Only the script's own sysprep syntax (or a generation-bound command) makes this a warning:
				// the setting may simply not have been changed from its default.
				const onFamily = target.family === 'vista' ? known.targets.includes('vista') : target.family === 'xp2003' ? known.targets.some((t) => t !== 'vista') : true;
				const why = target.evidence ? `this script is for ${target.family === 'vista' ? 'Windows Vista and later' : 'Windows XP/Server 2003'} (${target.evidence})${target.family === 'xp2003' ? ` and reseal.target is ${target.title}` : ''}` : `reseal.target is ${target.title}`;
				const addOn = known.addOn ? ` unless ${known.addOn} is installed` : '';
				out.add('bat.service-not-on-target', wordRange(model, use.word), `'${known.name}' (${known.display}) is a service of ${targetNames(known.targets)} only, but ${why}; there '${where}' fails with "The service name is invalid"${addOn}.`, {
					lower: onFamily || known.addOn ? 'information' : undefined,
				});
			}
			continue;
		}
		const suggestion = suggestService(name, display);
		if (suggestion) {
			out.add('bat.unknown-service', wordRange(model, use.word), `Reseal knows no service '${name}'; did you mean '${suggestion.name}' (${suggestion.display})? '${where}' fails with "The service name is invalid".`, {
				data: { fix: 'replace', offset: use.word.offset, length: use.word.length, replacements: [suggestion.name] },
			});
		} else {
			out.add('bat.unknown-service', wordRange(model, use.word), `Reseal does not know a service '${name}'; unless a program on the image installs it, '${where}' fails with "The service name is invalid".`, { lower: 'information' });
		}
	}
}

function checkTools(model: BatchModel, out: Collector): void {
	const seen = new Set<string>();
	for (const command of model.commands) {
		const launch = command.launch;
		if (!launch) continue;
		const tool = findTool(launch);
		if (!tool || seen.has(tool.name)) continue;
		seen.add(tool.name);
		if (tool.family === 'deploy') {
			// sysprep.exe is part of Vista and later; only the XP/2003 command lines need Deploy.cab.
			if (tool.name === 'sysprep.exe' && sysprepRunAt(model, command)?.syntax === 'vista') continue;
		}
		const range = wordRange(model, launch.word);
		out.add('bat.external-tool', range, `${tool.name} (${tool.title}) is not part of Windows; the bundle must carry it. Get it from: ${tool.origin} Place it: ${tool.placement}`, {
			data: tool.replacement ? { fix: 'taskkill', command: command.index } : undefined,
		});
		if (tool.eula && !launch.args.some((arg) => /^[-/]accepteula$/i.test(arg.value))) {
			out.add('bat.missing-accepteula', range, `The first call of ${tool.title} has no '/accepteula'; on a fresh image it opens the licence dialog and the unattended script waits forever.`, {
				data: { fix: 'insert', offset: launch.word.offset + launch.word.length, text: ' /accepteula', title: "Add '/accepteula'" },
			});
		}
	}
}

function checkSysprepRun(model: BatchModel, run: SysprepRun, out: Collector): void {
	if (run.syntax === 'mixed') {
		const xp = run.switches.filter((use) => xpSysprep.switches.some((s) => s.name === use.name) && !vistaSysprep.switches.some((s) => s.name === use.name)).map((use) => use.word.value);
		const vista = run.switches.filter((use) => vistaSysprep.switches.some((s) => s.name === use.name) && !xpSysprep.switches.some((s) => s.name === use.name)).map((use) => use.word.value);
		const first = run.switches[0]?.word ?? run.launch.word;
		const last = run.switches[run.switches.length - 1]?.word ?? run.launch.word;
		out.add('bat.sysprep-mixed-syntax', rangeOf(model, first.offset, last.offset + last.length - first.offset), `This sysprep command mixes XP/2003 switches (${xp.join(' ')}) with Vista and later switches (${vista.join(' ')}); no sysprep accepts both. Keep the set that matches the image.`);
		return;
	}
	const generation = run.generation;
	const other = generation === xpSysprep ? vistaSysprep : xpSysprep;
	const present = new Map<string, (typeof run.switches)[number]>();
	for (const use of run.switches) {
		if (!use.spec) {
			const suggestions = generation.switches
				.filter((s) => s.name.includes(use.name) || editDistance(s.name, use.name, 2) <= 2)
				.map((s) => `${generation.prefix}${s.name}`);
			const inOther = other.switches.some((s) => s.name === use.name);
			const why = inOther ? ` ('${use.name}' exists only in ${other.title})` : '';
			const note = generation.unknownNotes?.[use.name];
			const hint = note ? ` ${note.replace(/`/g, "'")}` : suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
			out.add('bat.sysprep-unknown-switch', wordRange(model, use.word), `'${use.word.value}' is not a switch of ${generation.title}${why}.${hint}`, {
				data: { fix: 'sysprep-switch', offset: use.word.offset, length: use.word.length, replacements: suggestions, removable: true },
			});
			continue;
		}
		if (use.spec.value && (use.value === undefined || use.value === '')) {
			out.add('bat.sysprep-unknown-switch', wordRange(model, use.word), `'${generation.prefix}${use.spec.name}' needs a value: '${generation.prefix}${use.spec.name}:${use.spec.value}'.`);
		} else if (use.spec.values && use.value !== undefined && !use.spec.values.includes(use.value.toLowerCase())) {
			out.add('bat.sysprep-unknown-switch', wordRange(model, use.word), `'${use.value}' is not a value of '${generation.prefix}${use.spec.name}'; it takes ${use.spec.values.map((v) => `'${v}'`).join(', ')}.`, {
				data: { fix: 'sysprep-switch', offset: use.word.offset, length: use.word.length, replacements: use.spec.values.map((v) => `${generation.prefix}${use.spec!.name}:${v}`), removable: false },
			});
		} else if (!use.spec.value && use.value !== undefined) {
			out.add('bat.sysprep-unknown-switch', wordRange(model, use.word), `'${generation.prefix}${use.spec.name}' takes no value.`, {
				data: { fix: 'sysprep-switch', offset: use.word.offset, length: use.word.length, replacements: [`${generation.prefix}${use.spec.name}`], removable: false },
			});
		}
		if (!present.has(use.name)) present.set(use.name, use);
	}
	for (const group of sysprepExclusiveGroups) {
		if (group.syntax !== generation.syntax) continue;
		const found = group.names.filter((name) => present.has(name));
		if (found.length < 2) continue;
		const second = present.get(found[1])!;
		const listed = found.map((name) => `'${present.get(name)!.word.value}'`).join(' and ');
		out.add('bat.sysprep-exclusive-switches', wordRange(model, second.word), `${listed} cannot be used together: ${group.reason}.`, {
			data: { fix: 'remove', offset: second.word.offset - 1, length: second.word.length + 1, title: `Remove '${second.word.value}'` },
		});
	}
	for (const use of present.values()) {
		for (const needed of use.spec?.requires ?? []) {
			if (present.has(needed) || generation.syntax !== 'xp') continue;
			out.add('bat.sysprep-mini-without-reseal', wordRange(model, use.word), `'${use.word.value}' only chooses Mini-Setup for a reseal; without '${generation.prefix}${needed}' this run does not seal the image.`, {
				data: { fix: 'insert', offset: use.word.offset, text: `${generation.prefix}${needed} `, title: `Add '${generation.prefix}${needed}'` },
			});
		}
	}
}

/** Commands after a sysprep run that ends the session, or that race with `start sysprep`. */
function checkSysprepOrder(model: BatchModel, out: Collector): void {
	const labelOffsets = model.labels.map((label) => label.offset).sort((a, b) => a - b);
	let nextLabelIndex = 0;
	for (const run of sysprepRuns(model)) {
		const start = run.command;
		if (start.depth > 0 || start.guard !== null) continue; // NOTE: conservative: branches make the order unknowable.
		if (!run.detached && run.ending === 'return') continue;
		while (nextLabelIndex < labelOffsets.length && labelOffsets[nextLabelIndex] <= start.offset) nextLabelIndex++;
		const nextLabel = labelOffsets[nextLabelIndex] ?? Number.POSITIVE_INFINITY;
		let offender: BatchCommand | undefined;
		for (let k = start.index + 1; k < model.commands.length; k++) {
			const command = model.commands[k];
			if (command.offset > nextLabel) break;
			if (isHarmlessAfterSysprep(command)) {
				if (command.program === 'goto' || command.program === 'exit') break;
				continue;
			}
			offender = command;
			break;
		}
		if (!offender) continue;
		const line = start.line + 1;
		const range = rangeOf(model, offender.offset, offender.length);
		if (run.detached) {
			out.add('bat.sysprep-start-race', range, `This runs while sysprep, started without '/wait' on line ${line}, is still sealing the system; the two race. Use 'start /wait' or make sysprep the last command.`, {
				data: { fix: 'insert', offset: start.name.offset + start.name.length, text: ' /wait', title: "Add '/wait' to start" },
			});
		} else {
			const how = run.ending === 'reboot' ? 'restarts' : 'shuts down';
			out.add('bat.sysprep-not-last', range, `sysprep on line ${line} ${how} the machine when it finishes, so this command may never run, or run on a half-sealed system. Move it before sysprep.`);
		}
	}
}

const selfDelete = /^"?%~?f?0"?$/i;

function isHarmlessAfterSysprep(command: BatchCommand): boolean {
	if (findCommand(command.program)?.afterSysprep === 'harmless') return true;
	// The self-delete idiom `(goto) 2>nul & del "%~f0"` removes the script itself.
	return (command.program === 'del' || command.program === 'erase') && command.args.some((arg) => selfDelete.test(arg.value));
}
