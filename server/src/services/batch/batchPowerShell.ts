/**
 * Service layer: batch lines that run `powershell.exe` or `pwsh.exe`.
 *
 * cmd.exe hands the rest of the command to PowerShell, whose own argument
 * parser then takes the quotes (`services/powershellCommand.ts`). Only what is
 * certain from the line is reported: code that does not parse, quotes lost in
 * the hand-over, wrong host arguments. Whether a script file may run and who
 * answers a prompt depend on how the script itself is run, so those are left
 * out here. Lines continued with `^`, or with a caret cmd.exe would remove,
 * are skipped: the text PowerShell receives is then not the text on the line.
 */
import type { BatchModel } from '../../model/batchNodes';
import { powerShellInvocation, powershellHostOf } from '../powershellCommand';
import { rangeOf } from './batchAnalysis';
import type { Collector } from './batchValidation';

export function checkPowerShellLines(model: BatchModel, out: Collector): void {
	for (const command of model.commands) {
		const launch = command.launch;
		if (!launch || !powershellHostOf(launch.program)) continue;
		const last = launch.args.length > 0 ? launch.args[launch.args.length - 1] : launch.word;
		const start = launch.word.offset;
		const end = last.offset + last.length;
		const text = model.text.slice(start, end);
		if (text.includes('^') || text.includes('\n')) continue;
		const invocation = powerShellInvocation(text, { viaCmd: true, stdinRedirected: command.redirects.some((redirect) => redirect.op === '<') || command.connector === '|' });
		if (!invocation) continue;
		for (const finding of invocation.findings) {
			if (finding.rule === 'policy' || finding.rule === 'prompt') continue;
			const lower = finding.severity === 'error' ? undefined : finding.severity;
			out.add('bat.powershell', rangeOf(model, start + finding.start, Math.max(1, finding.end - finding.start)), finding.message, { lower });
		}
	}
}
