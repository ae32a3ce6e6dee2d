/**
 * Service layer: the command lines of `unattend.xml` (RunSynchronous and
 * RunAsynchronous `Path`, FirstLogonCommands and LogonCommands `CommandLine`),
 * read with the one command-line model (`services/commandLines.ts`) in the
 * context of their pass and list (`knowledge/commandLineRules.ts`): the
 * documented length limit, who runs them, the network, Windows PE versus the
 * installed system, restarts, installers that wait for a click. Which list a
 * finding applies to comes from the tables; no list is named here.
 */
import type { Range } from 'vscode-languageserver-types';
import type { XmlElement } from '../../model/xmlParser';
import { answerFileCommandSettings, passCommandContexts, selfParsingPrograms, type AnswerFileCommandSetting, type PassCommandContext } from '../../knowledge/commandLineRules';
import { analyzeCommand, programName, type CommandFinding } from '../commandLines';
import { childNamed, valueOf, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import type { Collector } from './unattendValidation';

/** An answer-file command setting, with the table rows that describe where it runs. */
export interface AnswerFileCommand {
	readonly row: AnswerFileCommandSetting;
	/** Undefined when the setting sits in a pass where it does not run (reported elsewhere). */
	readonly context: PassCommandContext | undefined;
	readonly runsAs: string | undefined;
	readonly console: 'hidden' | 'user';
	/** The `<RunSynchronousCommand>` (item) element's binding. */
	readonly item: SettingBinding;
}

/** The table row of a command setting binding (`…/RunSynchronousCommand/Path`), if it is one. */
export function answerFileCommandOf(binding: SettingBinding): AnswerFileCommand | undefined {
	const item = binding.parent;
	const list = item?.parent;
	if (!item || !list) return undefined;
	const component = binding.component.spec?.name ?? binding.component.name;
	const row = answerFileCommandSettings.find((entry) => entry.component === component && entry.list === list.element.localName && entry.item === item.element.localName && entry.setting === binding.element.localName);
	if (!row) return undefined;
	const pass = binding.component.block.pass?.name;
	const context = pass && row.passes.includes(pass) ? passCommandContexts.find((entry) => entry.pass === pass) : undefined;
	return { row, context, runsAs: row.runsAs ?? context?.runsAs, console: row.console ?? context?.console ?? 'hidden', item };
}

const selfParsing = new Set(selfParsingPrograms.map((item) => item.program));

/** Checks one command setting's value (already known not to be a template slot). */
export function checkAnswerFileCommand(c: Collector, binding: SettingBinding, value: string, start: number, end: number): void {
	const command = answerFileCommandOf(binding);
	if (!command) return;
	const { row, context } = command;
	const { analysis } = c;
	const whole = c.range(start, end);
	const where = `${row.component} ${row.list}/${row.item}/${row.setting}`;
	if (row.maxLength !== undefined && value.length > row.maxLength) {
		c.add('xml.command-too-long', whole, `This command is ${value.length} characters long; the reference allows at most ${row.maxLength} for ${where}. Put the steps in a script (a .cmd or .ps1 file the image carries) and run that here.`);
	}
	if (!context) return;
	// Offsets inside the command map to the document only when the text is written without entities.
	const exact = analysis.xml.text.slice(start, end) === value;
	const rangeOf = (finding: CommandFinding): Range => (exact ? c.range(start + finding.start, start + finding.end) : whole);
	const result = analyzeCommand(value);
	const program = result.program ? programName(result.program.text) : '';
	const listName = `${row.list} (${context.pass})`;
	for (const finding of result.findings) {
		const range = rangeOf(finding);
		switch (finding.rule) {
			case 'builtin': {
				const at = c.range(start, start);
				c.add('xml.command-needs-cmd', range, `'${finding.subject}' is built into cmd.exe (it ${finding.doc}); Setup starts ${row.setting} as a program, so write 'cmd /c ${finding.subject} …'.`, exact ? [{ title: "Run it with 'cmd /c'", edits: [{ range: at, newText: 'cmd /c ' }], preferred: true }] : []);
				break;
			}
			case 'shell-operator': {
				if (selfParsing.has(program)) break;
				const at = c.range(start, start);
				c.add('xml.command-needs-cmd', range, `'${finding.subject}' is cmd.exe syntax; Setup starts ${row.setting} as a program without cmd.exe, so '${program || 'the program'}' receives it as an ordinary argument. Start the line with 'cmd /c'.`, exact ? [{ title: "Run it with 'cmd /c'", edits: [{ range: at, newText: 'cmd /c ' }], preferred: true }] : [], 'warning');
				break;
			}
			case 'installer':
				if (!context.installer) c.add('xml.command-no-installer', range, `'${clip(finding.subject)}' needs Windows Installer, which Windows PE does not have; install the package in specialize or at first sign-in instead.`);
				break;
			case 'unc':
			case 'network':
				checkNetwork(c, command, finding, range, listName);
				break;
			case 'restart':
				checkRestart(c, command, finding, range);
				break;
			case 'interactive': {
				const input = row.requiresUserInput ? childNamed(command.item.element, row.requiresUserInput) : undefined;
				if (input && valueOf(analysis, input).value.toLowerCase() === 'true') break;
				if (command.console === 'hidden') c.add('xml.command-interactive', range, `${capital(finding.doc ?? '')}; ${listName} runs as ${command.runsAs} with nobody at the screen, so the command waits forever and Setup with it. Add ${finding.suggest}.`);
				else c.add('xml.command-interactive', range, `${capital(finding.doc ?? '')}; at sign-in the user sees it and has to answer. Add ${finding.suggest} for an unattended install, or set ${row.requiresUserInput ?? 'RequiresUserInput'} to true if the dialog is intended.`, [], 'information');
				break;
			}
			case 'prompts':
				c.add('xml.command-runas', range, `${capital(finding.doc ?? '')}, so this command stops at a password prompt and never runs unattended. ${listName} already runs as ${command.runsAs}; run the program directly, or use a scheduled task or the Credentials of the command for another account.`);
				break;
			case 'start-no-wait':
				if (row.ordered) {
					const after = c.range(start + finding.end, start + finding.end);
					c.add('xml.command-start-no-wait', range, `'start' without /wait returns at once, so the next ${row.list} command begins while this program still runs and the order is lost. Write 'start /wait' (or drop 'start').`, exact ? [{ title: "Wait for the program: 'start /wait'", edits: [{ range: after, newText: ' /wait' }], preferred: true }] : []);
				}
				break;
			case 'drive':
				if (finding.means !== context.system) {
					const runs = context.system === 'winpe' ? 'in Windows PE, before the image is applied' : `in the installed Windows (${context.pass})`;
					c.add('xml.command-drive', range, `'${clip(finding.subject)}': ${finding.doc}. This command runs ${runs}.`);
				}
				break;
		}
	}
}

function checkNetwork(c: Collector, command: AnswerFileCommand, finding: CommandFinding, range: Range, listName: string): void {
	const { row, context } = command;
	if (context?.network === 'enableNetwork') {
		const setting = enableNetwork(c.analysis);
		if (setting !== 'true') {
			const why = setting === 'false' ? 'Microsoft-Windows-Setup EnableNetwork is false in this file, so Windows PE starts no network' : 'this file does not set Microsoft-Windows-Setup EnableNetwork, whose documented default in Windows Setup is false';
			c.add('xml.command-network', range, `'${clip(finding.subject)}' needs the network, but ${why}. Set EnableNetwork to true (Windows PE also needs a driver for the adapter), or carry the files on the media.`, [], setting === 'false' ? undefined : 'information');
			return;
		}
	}
	if (finding.rule !== 'unc' || !row.credentials) return;
	if (childNamed(command.item.element, row.credentials)) return;
	c.add('xml.command-unc-credentials', range, `'${clip(finding.subject)}' is a network path, and ${row.item} has no ${row.credentials}; the reference says a UNC path needs them. ${listName} runs as ${command.runsAs}, which reaches a share only as the computer account.`);
}

function checkRestart(c: Collector, command: AnswerFileCommand, finding: CommandFinding, range: Range): void {
	const { row } = command;
	const subject = `'${clip(finding.subject)}' restarts or shuts down the computer`;
	if (row.restart === 'willReboot') {
		const flag = row.willReboot ? childNamed(command.item.element, row.willReboot) : undefined;
		const value = flag ? valueOf(c.analysis, flag).value.toLowerCase() : '';
		if (value === 'always' || value === 'onrequest') return;
		c.add('xml.command-restart', range, `${subject} from inside ${row.list}, which the reference forbids: Setup does not know the list was cut short. Remove the restart and set ${row.willReboot} to Always (or OnRequest with exit code 1) so Setup restarts and resumes the remaining commands.`);
		return;
	}
	if (row.restart === 'ends-pass') {
		c.add('xml.command-restart', range, `${subject} in the middle of the ${command.context?.pass} pass, while Setup is still running; Setup does not resume what it was doing. Leave the restart to Setup.`);
		return;
	}
	// `drops-rest`: harmless as the last command of the list.
	const list = command.item.parent?.element;
	if (!list) return;
	const order = orderOf(c.analysis, command.item.element);
	let later = false;
	for (const sibling of list.children) {
		if (sibling.type !== 'element' || sibling.localName !== row.item || sibling === command.item.element) continue;
		const other = orderOf(c.analysis, sibling);
		if (order !== undefined && other !== undefined && other > order) later = true;
	}
	if (later) c.add('xml.command-restart', range, `${subject} before the last of the ${row.list}; the commands with a higher Order may never run. Make it the last command.`);
}

function orderOf(analysis: UnattendAnalysis, item: XmlElement): number | undefined {
	const order = childNamed(item, 'Order');
	if (!order) return undefined;
	const value = Number.parseInt(valueOf(analysis, order).value, 10);
	return Number.isFinite(value) ? value : undefined;
}

/** Microsoft-Windows-Setup EnableNetwork in windowsPE, lower case; undefined when the file does not set it. */
function enableNetwork(analysis: UnattendAnalysis): string | undefined {
	for (const binding of analysis.settings) {
		if (binding.element.localName !== 'EnableNetwork' || binding.parent !== undefined) continue;
		if (binding.component.block.pass?.name !== 'windowsPE') continue;
		return valueOf(analysis, binding.element).value.toLowerCase();
	}
	return undefined;
}

/** Hover lines for a command setting: what Setup starts, as whom and when. */
export function answerFileCommandHover(analysis: UnattendAnalysis, binding: SettingBinding): string | undefined {
	const command = answerFileCommandOf(binding);
	if (!command) return undefined;
	const { value } = valueOf(analysis, binding.element);
	const { row, context } = command;
	const shown = value === '' ? '(nothing)' : `\`${value.replace(/`/g, "'")}\``;
	const lines = [`Setup starts: ${shown}`];
	const pass = binding.component.block.pass?.name;
	if (context) {
		lines.push('', `Runs as ${command.runsAs}, in pass ${context.pass}${row.ordered ? '; the next command waits for it' : '; the next command does not wait for it'}.`);
		lines.push(context.network === 'up' ? 'The network is up.' : 'The network is up only when Microsoft-Windows-Setup EnableNetwork is true.');
	} else if (pass) {
		lines.push('', `${row.list} does not run in ${pass} (only in ${row.passes.join(', ')}).`);
	}
	if (row.maxLength !== undefined) lines.push(`${value.length} of at most ${row.maxLength} characters.`);
	return lines.join('\n');
}

function clip(text: string): string {
	return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
