/**
 * Service layer: the batch rules for the scripts Windows Setup runs by name
 * (`knowledge/firstBootScripts.ts`): SetupComplete.cmd and ErrorHandler.cmd.
 * Where an `$OEM$` tree of the workspace puts the file, names that are almost
 * right in a `Setup\Scripts` folder, what the script must not do, and the
 * hover that says when and how Setup runs it. The rows decide; no name is
 * special-cased here.
 */
import type { Hover, Range } from 'vscode-languageserver-types';
import { firstBootScripts, oemLocations, type FirstBootScript } from '../../knowledge/firstBootScripts';
import type { BatchModel } from '../../model/batchNodes';
import type { RequestContext } from '../kindService';
import { canonicalPath, mediaView, oemDestination, oemTreeOf } from '../mediaTree';
import { uriPath, workspacePathOf } from '../cmdlines/cmdlinesValidation';
import { rangeOf, wordRange } from './batchAnalysis';
import type { Collector } from './batchValidation';

const byName = new Map(firstBootScripts.map((row) => [row.name.toLowerCase(), row]));

function fileName(ctx: RequestContext): string {
	const path = uriPath(ctx.document?.uri ?? '');
	return path.slice(path.lastIndexOf('/') + 1);
}

/** The row of the script Setup runs under this document's name, if it is one. */
export function firstBootScriptOf(ctx: RequestContext): FirstBootScript | undefined {
	return byName.get(fileName(ctx).toLowerCase());
}

/** Why nobody is at the console, in the words of the table (for `bat.unattended-prompt`). */
export function firstBootRunBy(row: FirstBootScript): string {
	return `Windows Setup runs \`${row.imageFolder}\\${row.name}\` as ${row.runsAs} ${row.when}`;
}

/** Letters and digits only, lower case: `Setup-Complete` and `setup_complete` read alike. */
function stem(name: string): string {
	const dot = name.lastIndexOf('.');
	return (dot > 0 ? name.slice(0, dot) : name).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Edit distance, bounded: stops counting past `limit`. Names are short, so the table is small. */
function distance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}

/** The row whose name this one almost is (another extension, a letter or two off), if any. */
function nearMiss(name: string): FirstBootScript | undefined {
	const own = stem(name);
	if (own.length < 6) return undefined;
	return firstBootScripts.find((row) => row.name.toLowerCase() !== name.toLowerCase() && distance(own, stem(row.name), 2) <= 2);
}

function firstLine(model: BatchModel): Range {
	const text = model.text ?? '';
	const end = text.search(/\r?\n/);
	return rangeOf(model, 0, end === -1 ? Math.min(text.length, 200) : Math.min(end, 200));
}

export function checkFirstBoot(ctx: RequestContext, model: BatchModel, out: Collector): void {
	const row = firstBootScriptOf(ctx);
	if (row) checkForbidden(model, row, out);
	const name = fileName(ctx);
	const near = row ? undefined : nearMiss(name);
	if (!row && !near) return;
	const view = mediaView(ctx.workspace);
	if (!view) return;
	const self = workspacePathOf(ctx.document?.uri ?? '', view.files);
	if (self === undefined) return;
	if (row) {
		const inTree = oemTreeOf(view, self);
		if (!inTree) return;
		const wanted = canonicalPath(row.imageFolder).toLowerCase();
		const mediaPlace = `\`${row.mediaFolder}\\${row.name}\``;
		if (!inTree.tree.location) {
			out.add('bat.first-boot-script-location', firstLine(model), `This $OEM$ folder ('${inTree.tree.path}') sits beside the media's sources folder; Windows Setup reads $OEM$ only inside sources (${oemLocations[0].doc.split('. ')[0].replace(/`/g, "'")}), so ${row.name} never reaches ${row.imageFolder}. Move it to ${mediaPlace}.`);
			return;
		}
		const destination = oemDestination(inTree.inner);
		if (!destination) return;
		if ('legacy' in destination) {
			out.add('bat.first-boot-script-location', firstLine(model), `'${destination.legacy.folder}' below $OEM$ is not used by Windows Vista and later (${destination.legacy.doc.replace(/`/g, "'")}); Windows Setup runs ${row.name} only from ${row.imageFolder}, which is ${mediaPlace} on the media.`);
			return;
		}
		const folder = canonicalPath(destination.path.slice(0, destination.path.lastIndexOf('\\')));
		if (folder.toLowerCase() === wanted) return;
		const message = `Setup copies this file to '${folder}\\${row.name}', but it runs ${row.name} only from ${row.imageFolder} (${row.when}); put it at ${mediaPlace}.`;
		// A \Setup\Scripts folder under the wrong root shows the intent; the root of a tree may be a slip;
		// anywhere else (C:\Recovery\OEM for push-button reset, a tools folder) the copy is a source another step uses.
		const leaf = wanted.slice(wanted.indexOf('\\'));
		if (folder.toLowerCase().endsWith(leaf)) out.add('bat.first-boot-script-location', firstLine(model), message);
		else if (!folder.includes('\\')) out.add('bat.first-boot-script-location', firstLine(model), message, { lower: 'information' });
		return;
	}
	if (!near) return;
	const folder = self.includes('/') ? self.slice(0, self.lastIndexOf('/')) : '';
	// Only a `Setup\Scripts` folder shows the intent; elsewhere the name may be the author's own.
	if (!/(?:^|\/)setup\/scripts$/i.test(folder)) return;
	// A correctly named script beside it probably calls this one.
	if (view.lower.has(`${folder}/${near.name}`.toLowerCase())) return;
	out.add('bat.first-boot-script-name', firstLine(model), `Windows Setup looks for ${near.name} by that exact name in ${near.imageFolder} (${near.when}); it never runs '${name}'. Rename it to ${near.name}.`);
}

/** Commands the row says the script must not run (`shutdown /r` in SetupComplete.cmd). */
function checkForbidden(model: BatchModel, row: FirstBootScript, out: Collector): void {
	for (const rule of row.forbidden) {
		for (const command of model.commands) {
			const program = command.launch?.program ?? command.program;
			if (program !== rule.program) continue;
			const trigger = command.args.find((arg) => /^[-/]/.test(arg.value) && rule.switches.includes(arg.value.slice(1).toLowerCase()));
			if (!trigger) continue;
			// The last thing the script does (bar `exit`): the documented risk stays, but no command of its own is lost.
			const last = !model.commands.some((other) => other.index > command.index && other.program !== 'exit' && other.program !== 'goto');
			const range = wordRange(model, { offset: command.name.offset, length: trigger.offset + trigger.length - command.name.offset });
			out.add('bat.first-boot-restart', range, `'${command.name.text} ${trigger.text}' restarts the computer from ${row.name}: ${rule.why}.${last ? '' : ' The commands after it may never run.'} Let the script end, and restart from a later step (a FirstLogonCommands entry, or a scheduled task).`, last ? { lower: 'information' } : {});
		}
	}
}

/** Hover on the first line of a script Setup runs by name: when, as whom, what Setup does with it. */
export function firstBootHover(ctx: RequestContext, model: BatchModel, line: number): Hover | null {
	const row = firstBootScriptOf(ctx);
	if (!row || line !== 0) return null;
	const lines = [
		`**${row.name}** — Windows Setup runs \`${row.imageFolder}\\${row.name}\` ${row.when}, as ${row.runsAs}.`,
		'',
		`- On installation media: \`${row.mediaFolder}\\${row.name}\`.`,
		`- ${row.console[0].toUpperCase()}${row.console.slice(1)}.`,
		`- ${row.waits[0].toUpperCase()}${row.waits.slice(1)}.`,
		`- ${row.exitCode[0].toUpperCase()}${row.exitCode.slice(1)}; ${row.log.replace(/^Setup/, 'it')}.`,
		...row.skipped.map((item) => `- Not run: ${item}.`),
		...row.cautions.map((item) => `- ${item[0].toUpperCase()}${item.slice(1)}.`),
		'',
		`Source: ${row.source}`,
	];
	return { contents: { kind: 'markdown', value: lines.join('\n') }, range: firstLine(model) };
}
