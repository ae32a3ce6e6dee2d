/**
 * Service layer: the Setup timeline of a Sysprep.inf — sysprep -reseal -mini
 * on the master computer, then Mini-Setup on each clone (the entries that
 * answer it, the places where it stops and asks), then Cmdlines.txt, then the
 * `[GuiRunOnce]` commands at the first logon. The same model as the
 * unattend.xml timeline, so the view and `reseal explain` draw both.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { miniSetupSteps } from '../../knowledge/setupTimeline';
import type { WorkspaceView } from '../kindService';
import { spanRange } from '../diagnostics';
import type { Timeline, TimelineItem, TimelineStep } from '../unattendXml/unattendTimeline';
import type { IniAnalysis } from './iniAnalysis';
import { findEntry } from './knowledgeIndex';

const mask = '********';
/** Codes whose finding means "Mini-Setup stops here and asks". */
const stopCodes = new Set(['inf.missing-required-entry', 'inf.automation-value', 'inf.blank-prompts']);
/** Unknown or misspelt keys (`AdminPasword`) that may hold a secret are masked too. */
const secretName = /pas+w|pwd|key|productid|secret|credential/i;

export interface InfTimelineOptions {
	readonly file: string;
	readonly target: string;
	readonly workspace?: WorkspaceView;
	/** The file's own findings (the "stops and asks" ones become items). */
	readonly diagnostics: readonly Diagnostic[];
}

export function buildInfTimeline(model: IniAnalysis, options: InfTimelineOptions): Timeline {
	const steps = new Map<string, TimelineStep & { items: TimelineItem[] }>();
	for (const step of miniSetupSteps) steps.set(step.id, { id: step.id, label: step.label, runs: true, when: step.when, as: step.as, items: [] });
	const mini = steps.get('miniSetup')!;
	const logon = steps.get('guiRunOnce')!;
	for (const { section, info } of model.bound) {
		const commands = info?.spec.lineDomain?.kind === 'command';
		for (const line of section.lines) {
			const range = spanRange(line.type === 'entry' ? line.keySpan : line.valueSpan);
			if (commands) {
				logon.items.push({ kind: 'command', label: line.value, component: `[${section.name}]`, value: line.value, range, runsAs: `${logon.as}; one after another` });
				continue;
			}
			if (line.type !== 'entry') continue;
			const entry = info ? findEntry(info, line.key) : undefined;
			const secret = entry?.spec.secret === true || secretName.test(line.key);
			const kinds = entry?.spec.fileKinds ?? info?.spec.fileKinds;
			let ignored: string | undefined;
			if (!info) ignored = `[${section.name}] is not a section Mini-Setup reads`;
			else if (!entry) ignored = `${line.key} is not an entry of [${info.spec.name}]`;
			else if (kinds && !kinds.includes('sysprep')) ignored = `only text-mode Setup reads ${entry.spec.name} (Unattend.txt), not Mini-Setup`;
			mini.items.push({ kind: 'setting', label: line.key, component: `[${section.name}]`, path: line.key, value: secret ? mask : line.value, range, ignored });
		}
	}
	for (const diagnostic of options.diagnostics) {
		if (!stopCodes.has(String(diagnostic.code))) continue;
		mini.items.push({ kind: 'prompt', label: 'Mini-Setup stops and asks', component: 'Mini-Setup', value: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value, range: diagnostic.range });
	}
	const cmdlines = steps.get('cmdlines')!;
	const found = options.workspace?.listFiles().find((file) => /(?:^|\/)cmdlines\.txt$/i.test(file));
	const text = found ? options.workspace?.readText(found) : undefined;
	if (text) {
		let inCommands = false;
		text.split(/\r?\n/).forEach((raw, line) => {
			const trimmed = raw.trim();
			if (trimmed.startsWith('[')) inCommands = /^\[commands\]/i.test(trimmed);
			else if (inCommands && trimmed !== '' && !trimmed.startsWith(';')) {
				cmdlines.items.push({ kind: 'command', label: trimmed, component: found!, value: trimmed, range: { start: { line, character: 0 }, end: { line, character: raw.length } }, runsAs: `${cmdlines.as}; ${found} line ${line + 1}` });
			}
		});
	}
	const notes = found ? [] : [{ level: 'information' as const, message: 'No Cmdlines.txt in the workspace: Mini-Setup runs no commands before the first logon.' }];
	return {
		file: options.file,
		scenario: { id: 'sysprep', label: 'sysprep -reseal -mini (Windows XP / Server 2003)', command: 'sysprep -reseal -mini -quiet', chosenBy: 'the only way Mini-Setup reads Sysprep.inf' },
		target: options.target === 'xp' ? 'Windows XP' : 'Windows Server 2003',
		notes,
		steps: [...steps.values()],
	};
}
