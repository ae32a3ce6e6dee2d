/**
 * Service layer: what Setup will do with an `unattend.xml`, pass by pass, in a
 * scenario (install from media, sysprep /generalize /oobe, audit mode, DISM
 * /Apply-Unattend): the passes that run and those that do not, when and as
 * whom, each pass's components, settings (secrets masked) and commands in
 * order, and what is ignored and why. The VS Code view, `reseal explain
 * <file>` and the `xml.not-cached` check read this one model.
 */
import type { Range } from 'vscode-languageserver-types';
import { commandTimings, implicitSearchOrder, implicitSearchSource, logonSteps, setupScenarios, type ScenarioSpec, type SetupScenario } from '../../knowledge/setupTimeline';
import type { UnattendPass } from '../../knowledge/unattendXmlTypes';
import type { WorkspaceView } from '../kindService';
import { baseName } from '../../model/documentKind';
import { childNamed, rangeOf, settingPath, valueOf, type ComponentBlock, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import { appliesFrom, resolveTarget, type ResolvedTarget } from './unattendTarget';

export const passOrder: readonly UnattendPass[] = ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem'];
export const scenarioIds: readonly SetupScenario[] = setupScenarios.map((scenario) => scenario.id);

export interface TimelineItem {
	/** `prompt`: a place where Setup stops and asks (a missing answer). */
	readonly kind: 'component' | 'setting' | 'command' | 'prompt';
	readonly label: string;
	readonly component: string;
	/** The setting's path below its component (`OOBE/HideEULAPage`). */
	readonly path?: string;
	/** The value; `********` for secrets. */
	readonly value?: string;
	readonly range: Range;
	/** Why Setup will not apply it, when it will not. */
	readonly ignored?: string;
	/** For commands: who runs it and whether the next waits. */
	readonly runsAs?: string;
	readonly order?: number;
}

export interface TimelineStep {
	/** A configuration pass, a sign-in step, or a Windows XP step (`miniSetup`, `cmdlines`, …). */
	readonly id: string;
	readonly label: string;
	readonly runs: boolean;
	readonly when: string;
	readonly as: string;
	/** Why the step does not run in this scenario. */
	readonly reason?: string;
	readonly items: TimelineItem[];
}

export interface TimelineNote {
	readonly level: 'warning' | 'information';
	readonly message: string;
	readonly range?: Range;
}

export interface Timeline {
	readonly file: string;
	readonly scenario: { readonly id: SetupScenario; readonly label: string; readonly command: string; readonly chosenBy: string };
	readonly target: string;
	readonly notes: TimelineNote[];
	readonly steps: TimelineStep[];
}

export interface TimelineOptions {
	/** A scenario the user chose; otherwise it is inferred. */
	readonly scenario?: SetupScenario;
	/** The file's path or URI, for the name-based inference and messages. */
	readonly file: string;
	readonly target?: string;
	readonly workspace?: WorkspaceView;
}

const mask = '********';
/** The audit-mode switch of the file: Microsoft-Windows-Deployment Reseal/Mode = Audit (knowledge, not a special case). */
const auditSwitch = { path: 'Reseal/Mode', value: 'audit' };

/** The scenario a file is written for, and what says so. */
export function inferScenario(analysis: UnattendAnalysis, file: string, workspace?: WorkspaceView): { id: SetupScenario; chosenBy: string } {
	const name = baseName(file);
	if (name.includes('autounattend')) return { id: 'media', chosenBy: 'the file name (Setup reads autounattend.xml from the media)' };
	const script = sysprepScriptFor(name, workspace);
	if (script) return { id: script.audit ? 'audit' : 'sysprep', chosenBy: `${script.path} runs sysprep with /unattend:${name}` };
	const passes = new Set(analysis.passes.map((block) => block.pass?.name).filter((pass) => pass !== undefined));
	if (passes.has('windowsPE')) return { id: 'media', chosenBy: 'its windowsPE pass (only Setup from media reads it)' };
	if (passes.has('generalize')) return { id: 'sysprep', chosenBy: 'its generalize pass (only sysprep /generalize runs it)' };
	if (passes.size === 1 && passes.has('offlineServicing')) return { id: 'apply', chosenBy: 'it holds only offlineServicing settings' };
	return { id: 'sysprep', chosenBy: 'the default for an answer file without windowsPE settings' };
}

/** A workspace script that runs sysprep with this file (bounded: the first 200 scripts). */
function sysprepScriptFor(name: string, workspace: WorkspaceView | undefined): { path: string; audit: boolean } | undefined {
	if (!workspace) return undefined;
	const scripts = workspace
		.listFiles()
		.filter((file) => /\.(?:bat|cmd|ps1)$/i.test(file))
		.slice(0, 200);
	for (const path of scripts) {
		const text = workspace.readText(path);
		if (!text) continue;
		for (const line of text.split(/\r?\n/)) {
			const lower = line.toLowerCase();
			if (!lower.includes('sysprep') || !lower.includes('/unattend:')) continue;
			const named = lower.slice(lower.indexOf('/unattend:') + 10).replace(/^"/, '').split(/["\s]/)[0];
			if (baseName(named) === name) return { path, audit: /\s\/audit\b/.test(lower) };
		}
	}
	return undefined;
}

function isAudit(analysis: UnattendAnalysis): boolean {
	return analysis.settings.some((binding) => settingPath(binding).join('/') === auditSwitch.path && valueOf(analysis, binding.element).value.toLowerCase() === auditSwitch.value && binding.component.block.pass?.name === 'oobeSystem');
}

function spec(id: SetupScenario): ScenarioSpec {
	return setupScenarios.find((scenario) => scenario.id === id) ?? setupScenarios[0];
}

export function buildTimeline(analysis: UnattendAnalysis, options: TimelineOptions): Timeline {
	const inferred = inferScenario(analysis, options.file, options.workspace);
	const scenarioId = options.scenario ?? inferred.id;
	const scenario = spec(scenarioId);
	const chosenBy = options.scenario ? 'chosen' : inferred.chosenBy;
	const target = resolveTarget(analysis, options.target);
	const audit = isAudit(analysis);
	const steps = new Map<string, TimelineStep>();
	for (const pass of passOrder) {
		const step = scenario.steps.find((item) => item.pass === pass);
		const passSpec = analysis.index.passes.get(pass);
		let reason: string | undefined;
		if (!step) reason = scenario.notRun[pass] ?? `${pass} does not run in this scenario`;
		else if (step.onlyWithAudit && !audit) reason = `${pass} runs only in audit mode, and the file does not set Microsoft-Windows-Deployment Reseal/Mode to Audit`;
		else if (step.notWithAudit && audit) reason = `the file sets Reseal/Mode to Audit, so the computer starts into audit mode instead of Windows Welcome`;
		steps.set(pass, { id: pass, label: pass, runs: reason === undefined, when: step?.when ?? passSpec?.trigger ?? '', as: step?.as ?? '', reason, items: [] });
	}
	const oobe = steps.get('oobeSystem')!;
	for (const logon of logonSteps) {
		steps.set(logon.id, { id: logon.id, label: logon.label, runs: oobe.runs, when: logon.when, as: '', reason: oobe.runs ? undefined : `it follows oobeSystem, which does not run: ${oobe.reason}`, items: [] });
	}
	const notes: TimelineNote[] = [];
	collectItems(analysis, steps, target);
	addNotes(analysis, options.file, scenario, audit, notes);
	return {
		file: options.file,
		scenario: { id: scenario.id, label: scenario.label, command: scenario.command, chosenBy },
		target: `${target.spec.label}${target.source === 'default' ? ' (the newest; nothing names a release)' : ''}`,
		notes,
		steps: [...steps.values()],
	};
}

function collectItems(analysis: UnattendAnalysis, steps: Map<string, TimelineStep>, target: ResolvedTarget): void {
	const byComponent = new Map<ComponentBlock, SettingBinding[]>();
	for (const binding of analysis.settings) {
		const list = byComponent.get(binding.component);
		if (list) list.push(binding);
		else byComponent.set(binding.component, [binding]);
	}
	for (const block of analysis.passes) {
		const pass = block.pass?.name;
		if (!pass) continue;
		const step = steps.get(pass)!;
		for (const component of block.components) {
			const componentName = component.spec?.name ?? component.name;
			const wrongPass = component.spec && !component.spec.passes.includes(pass) ? `Setup does not apply ${componentName} in ${pass} (only in ${component.spec.passes.join(', ')})` : undefined;
			const ignored = stepReason(step) ?? wrongPass;
			step.items.push({ kind: 'component', label: componentName, component: componentName, range: rangeOf(analysis, component.element.nameStart, component.element.nameEnd), ignored, runsAs: component.architecture?.value });
			collectSettings(analysis, component, byComponent.get(component) ?? [], step, steps, target, ignored);
		}
	}
	for (const step of steps.values()) step.items.sort((a, b) => (a.kind === 'command' && b.kind === 'command' ? (a.order ?? 0) - (b.order ?? 0) : 0));
}

function stepReason(step: TimelineStep): string | undefined {
	return step.runs ? undefined : `${step.label} does not run: ${step.reason}`;
}

function collectSettings(
	analysis: UnattendAnalysis,
	component: ComponentBlock,
	bindings: readonly SettingBinding[],
	step: TimelineStep,
	steps: Map<string, TimelineStep>,
	target: ResolvedTarget,
	componentIgnored: string | undefined,
): void {
	const pass = step.id as UnattendPass;
	const commandItems = new Set<unknown>();
	for (const binding of bindings) {
		// Commands are one item each, placed where they run.
		if (binding.parentSpec?.commands && binding.spec?.listItem) {
			if (commandItems.has(binding.element)) continue;
			commandItems.add(binding.element);
			addCommand(analysis, binding, component, step, steps, componentIgnored);
			continue;
		}
		if (insideCommand(binding) || binding.element.children.some((child) => child.type === 'element')) continue;
		const path = settingPath(binding).join('/');
		const value = binding.spec?.secret ? mask : valueOf(analysis, binding.element).value;
		let ignored = componentIgnored;
		if (!ignored && binding.passes && !binding.passes.includes(pass)) ignored = `Setup applies ${path} only in ${binding.passes.join(', ')}, not in ${pass}`;
		if (!ignored && binding.spec?.removed && appliesFrom(target, binding.spec.deprecatedSince)) ignored = `removed in ${target.spec.label}: ${binding.spec.deprecated ?? ''}`.trim();
		if (!ignored && !binding.spec && binding.allowed) ignored = `${path} is not a setting of ${component.spec?.name ?? component.name}; Setup ignores it`;
		step.items.push({ kind: 'setting', label: path, component: component.spec?.name ?? component.name, path, value, range: rangeOf(analysis, binding.element.nameStart, binding.element.nameEnd), ignored });
	}
}

function insideCommand(binding: SettingBinding): boolean {
	for (let at = binding.parent; at; at = at.parent) if (at.parentSpec?.commands && at.spec?.listItem) return true;
	return false;
}

function addCommand(analysis: UnattendAnalysis, binding: SettingBinding, component: ComponentBlock, step: TimelineStep, steps: Map<string, TimelineStep>, componentIgnored: string | undefined): void {
	const rule = binding.parentSpec!.commands!;
	const listName = binding.parent?.element.localName ?? '';
	const timing = commandTimings.find((item) => item.list === listName);
	const orderElement = childNamed(binding.element, rule.orderChild);
	const order = orderElement ? Number(valueOf(analysis, orderElement).value) : undefined;
	const commandElement = rule.commandChildren.map((name) => childNamed(binding.element, name)).find((item) => item !== undefined);
	const command = commandElement ? valueOf(analysis, commandElement).value : '';
	const where = timing?.step ? steps.get(timing.step)! : step;
	// A command that runs at sign-in is skipped for the sign-in step's reason, not its pass's.
	const ignored = (timing?.step ? stepReason(where) : undefined) ?? componentIgnored ?? (binding.passes && !binding.passes.includes(step.id as UnattendPass) ? `${listName} runs only from ${binding.passes.join(', ')}` : stepReason(where));
	where.items.push({
		kind: 'command',
		label: `${listName} ${Number.isFinite(order) ? order : '?'}: ${command}`,
		component: component.spec?.name ?? component.name,
		path: settingPath(binding).join('/'),
		value: command,
		range: rangeOf(analysis, binding.element.nameStart, binding.element.nameEnd),
		ignored,
		runsAs: timing ? `${timing.as}; ${timing.waits ? 'the next command waits for it' : 'the next command does not wait'}` : undefined,
		order: Number.isFinite(order) ? order : undefined,
	});
}

function addNotes(analysis: UnattendAnalysis, file: string, scenario: ScenarioSpec, audit: boolean, notes: TimelineNote[]): void {
	const name = baseName(file);
	const passes = new Set(analysis.passes.map((block) => block.pass?.name));
	const later = [...passes].filter((pass) => pass && pass !== 'windowsPE' && pass !== 'offlineServicing');
	if (scenario.id === 'media') {
		const missing = notCachedMessage(analysis, name);
		if (missing) notes.push({ level: 'information', message: missing });
		if (!name.toLowerCase().includes('autounattend') && passes.has('windowsPE')) {
			notes.push({ level: 'warning', message: `On installation media Setup reads the windowsPE and offlineServicing passes only from a file named Autounattend.xml; ${name} is used for them only when named with setup.exe /unattend:${name}.` });
		}
	}
	if (scenario.id === 'sysprep' || scenario.id === 'audit') {
		notes.push({ level: 'information', message: `Sysprep uses the file /unattend: names. Without it, Setup searches: ${implicitSearchOrder.map((row, index) => `${index + 1}. ${row.place} (${row.names})`).join('; ')} — so a copy cached in %WINDIR%\\Panther by the installation wins over C:\\Windows\\System32\\Sysprep\\unattend.xml (${implicitSearchSource}).` });
	}
	if (scenario.id === 'apply' && later.length > 0) notes.push({ level: 'warning', message: `DISM /Apply-Unattend applies only the offlineServicing pass; the settings of ${later.join(', ')} take effect only if the file is also placed where Setup reads it later (Windows\\Panther\\unattend.xml).` });
	if (!audit && scenario.id !== 'audit' && (passes.has('auditSystem') || passes.has('auditUser'))) {
		notes.push({ level: 'information', message: 'The file has audit-pass settings but does not set Microsoft-Windows-Deployment Reseal/Mode to Audit: they run only when the computer is started into audit mode (sysprep /audit or Ctrl+Shift+F3 in Windows Welcome).' });
	}
}

/** The `xml.not-cached` finding: an autounattend.xml on media without a windowsPE pass loses its later passes. */
export function notCachedMessage(analysis: UnattendAnalysis, name: string): string | undefined {
	// Build tools name the file autounattend*.xml and copy it to the media as Autounattend.xml.
	if (!name.toLowerCase().includes('autounattend')) return undefined;
	const passes = new Set(analysis.passes.map((block) => block.pass?.name).filter((pass) => pass !== undefined));
	if (passes.size === 0 || passes.has('windowsPE')) return undefined;
	// offlineServicing is applied from the media; generalize never runs in a media install.
	const later = [...passes].filter((pass) => pass !== 'offlineServicing' && pass !== 'generalize');
	if (later.length === 0) return undefined;
	return `This autounattend.xml has no windowsPE pass: Setup caches the answer file for the later passes while it runs windowsPE from the media, so the ${later.join(', ')} settings will not be cached; after the first restart Setup finds them only if the media is still attached or a build step copies the file to Windows\\Panther.`;
}
