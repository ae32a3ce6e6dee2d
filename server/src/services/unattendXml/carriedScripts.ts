/**
 * Service layer: scripts an answer file's commands run from places only the
 * media fills (`%WINDIR%\Setup\Scripts`, `C:\Windows\Temp`, the system drive,
 * the media's own drive, an MDT share's `%SCRIPTROOT%`). When the workspace
 * holds that media tree — an `$OEM$` folder, a media root, a whole deployment
 * share — and the file is not in it, the command fails on the target. Without
 * such a tree, or with a listing cut short, nothing is said. Packer's floppy
 * and CD lists are `packerShipping.ts`'s business.
 */
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';
import { codeTable } from '../diagnostics';
import { unattendXmlCodes } from '../codes/unattendXmlCodes';
import type { RequestContext } from '../kindService';
import { analyzeCommand, programName, type CommandToken } from '../commandLines';
import { carriedLocations, firstBootScripts, scriptHostPrograms, toolWrittenScripts } from '../../knowledge/firstBootScripts';
import { baseName } from '../../model/documentKind';
import { workspacePathOf } from '../embedded/packerShipping';
import { canonicalPath, carriersFor, mediaView } from '../mediaTree';
import { offsetAt } from '../../model/xmlParser';
import { rangeOf, valueOf, type UnattendAnalysis } from './unattendAnalysis';

const diagnose = codeTable(unattendXmlCodes);

const scriptHosts = new Set(scriptHostPrograms);
const toolWritten = new Set(toolWrittenScripts.map((row) => row.name.toLowerCase()));

/** A file a command needs, with its offsets in the document (or the value's when entities moved them). */
interface NeededFile {
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/**
 * The files a command runs: its program, the script a script host runs
 * (`cscript x.vbs`, `powershell -File x.ps1`); not the files a `copy` or an
 * installer's switches name.
 */
function runTargets(value: string): CommandToken[] {
	const analysis = analyzeCommand(value);
	const out: CommandToken[] = [];
	if (analysis.program) out.push(analysis.program);
	const tokens = analysis.tokens;
	const host = analysis.program && scriptHosts.has(programName(analysis.program.text));
	for (let index = 0; index + 1 < tokens.length; index++) {
		if (host && /^-f(?:ile)?$/i.test(tokens[index].text)) out.push(tokens[index + 1]);
	}
	// `cscript //nologo x.vbs`: the first script-like file after the host.
	if (host) {
		const script = analysis.files.find((token) => token !== analysis.program && !out.includes(token));
		if (script) out.push(script);
	}
	return out;
}

/** The document's text with comments and `<Description>` texts blanked: a file named there is only talked about. */
function spokenText(analysis: UnattendAnalysis): string {
	const text = analysis.xml.text;
	const spans: [number, number][] = analysis.xml.comments.map((comment) => [comment.start, comment.end]);
	for (const element of analysis.xml.elements) if (element.localName === 'Description' && element.closeStart !== undefined) spans.push([element.startTagEnd, element.closeStart]);
	if (spans.length === 0) return text;
	spans.sort((a, b) => a[0] - b[0]);
	let out = '';
	let at = 0;
	for (const [start, end] of spans) {
		if (start < at) continue;
		out += text.slice(at, start) + ' '.repeat(end - start);
		at = end;
	}
	return out + text.slice(at);
}

function occurrences(haystack: string, needle: string): number {
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
	return count;
}

export function carriedScriptDiagnostics(ctx: RequestContext, analysis: UnattendAnalysis): Diagnostic[] {
	const view = mediaView(ctx.workspace);
	if (!view || !view.complete || (view.oemTrees.length === 0 && view.mediaRoots.length === 0 && view.deploymentShares.length === 0)) return [];
	const self = workspacePathOf(ctx.document.uri, view.files);
	if (self === undefined) return [];
	const folder = self.includes('/') ? self.slice(0, self.lastIndexOf('/')) : '';
	const commands: { file: NeededFile; name: string }[] = [];
	const text = analysis.xml.text;
	for (const setting of analysis.settings) {
		if (setting.spec?.domain?.kind !== 'command') continue;
		const { value, start, end } = valueOf(analysis, setting.element);
		if (value === '') continue;
		// Offsets inside the value hold only when no entity changed its length.
		const exact = text.slice(start, end) === value;
		for (const token of runTargets(value)) {
			const path = token.text;
			// A bare name is found on the search path; a name without an extension is a folder or a path cut at a space.
			if (!/[\\/]/.test(path) || !/\.[a-z0-9]{1,4}$/i.test(path)) continue;
			const file = exact ? { text: path, start: start + token.start, end: start + token.end } : { text: path, start, end };
			commands.push({ file, name: baseName(path.replace(/\\/g, '/')) });
		}
	}
	if (commands.length === 0) return [];
	const lowerText = spokenText(analysis).toLowerCase();
	const out: Diagnostic[] = [];
	for (const { file, name } of commands) {
		if (name === '' || toolWritten.has(name)) continue;
		// Named again outside the commands that run it: another step (a copy, an inline file, a download) likely puts it there.
		const runs = commands.filter((other) => other.name === name).length;
		if (occurrences(lowerText, name) > runs) continue;
		const lookup = carriersFor(view, file.text, folder);
		if (!lookup || lookup.candidates.some((candidate) => view.lower.has(candidate.toLowerCase()))) continue;
		const elsewhere = view.files.find((path) => baseName(path) === name);
		out.push(
			diagnose(
				'xml.missing-script',
				rangeOf(analysis, file.start, file.end),
				`Setup runs '${file.text}', but ${lookup.tree} has no '${lookup.wanted}'${elsewhere ? ` (the workspace holds '${elsewhere}', which that tree does not carry)` : ''}; the command fails on the installed system. Add the file there, or make sure another step puts it in place.`,
			),
		);
	}
	return out;
}

/**
 * Hover text for a command's script in a place only the media fills: where
 * the installed system has it, which `$OEM$` folder carries it, and whether
 * the workspace's tree holds it. Undefined elsewhere.
 */
export function carriedScriptHover(ctx: RequestContext, analysis: UnattendAnalysis, position: Position): { text: string; range: Range } | undefined {
	const offset = offsetAt(analysis.xml, position);
	const text = analysis.xml.text;
	for (const setting of analysis.settings) {
		if (setting.spec?.domain?.kind !== 'command') continue;
		const { value, start, end } = valueOf(analysis, setting.element);
		if (offset < start || offset > end || text.slice(start, end) !== value) continue;
		const token = runTargets(value).find((item) => start + item.start <= offset && offset <= start + item.end);
		if (!token) return undefined;
		const path = canonicalPath(token.text);
		const location = carriedLocations.find((row) => path.toLowerCase().startsWith(canonicalPath(row.prefix).toLowerCase()));
		if (!location) return undefined;
		const rest = path.slice(canonicalPath(location.prefix).length);
		const lines = [`**\`${token.text}\`** — ${location.doc}`, '', `On installation media, \`sources\\$OEM$\\${location.oem[0]}${rest}\` puts it there (Setup copies \`$OEM$\\$$\` into %WINDIR% and \`$OEM$\\$1\` to the system drive).`];
		const script = firstBootScripts.find((row) => row.name.toLowerCase() === baseName(rest));
		if (script) lines.push('', `${script.name}: Windows Setup runs it itself ${script.when}, as ${script.runsAs}.`);
		const view = mediaView(ctx.workspace);
		const self = view ? workspacePathOf(ctx.document.uri, view.files) : undefined;
		const lookup = view && self !== undefined ? carriersFor(view, token.text, self.includes('/') ? self.slice(0, self.lastIndexOf('/')) : '') : undefined;
		if (view && lookup) {
			const found = lookup.candidates.find((candidate) => view.lower.has(candidate.toLowerCase()));
			lines.push('', found ? `In this workspace: \`${view.files.find((file) => file.toLowerCase() === found.toLowerCase()) ?? found}\`.` : `Not in ${lookup.tree}${view.complete ? '' : ' (as far as the listing goes; it was cut short)'}.`);
		}
		lines.push('', `Source: ${location.source}`);
		return { text: lines.join('\n'), range: rangeOf(analysis, start + token.start, start + token.end) };
	}
	return undefined;
}
