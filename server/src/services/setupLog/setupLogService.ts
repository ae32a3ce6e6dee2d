/**
 * Service layer: the `KindService` for Setup and Sysprep logs — findings from
 * the signature table with the lines that explain them, the way back to the
 * workspace's answer file, an outline by phase with the failures on top,
 * folding of noise, and hover on error codes.
 */
import {
	SymbolKind,
	type Diagnostic,
	type DiagnosticRelatedInformation,
	type DocumentLink,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	type Location,
	type Position,
	type Range,
} from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setupLogErrorCodes, setupLogSummaryFacts } from '../../knowledge/setupLog';
import { kindFromName } from '../../model/documentKind';
import { attribute, childElements, parseXml, positionAt, textContent, type XmlDocument, type XmlElement } from '../../model/xmlParser';
import { codeTable, toLspSeverity } from '../diagnostics';
import { setupLogCodes, type SetupLogCode } from '../codes/setupLogCodes';
import type { DocumentFacts, KindService, RequestContext } from '../kindService';
import { indexWorkspace, uriOf, type WorkspaceIndex } from '../workspaceLinks';
import { kindServices } from '../registry';
import { analyseSetupLog, type LogHit, type QuotedLine, type SetupLogModel } from './setupLogAnalysis';

const diagnose = codeTable(setupLogCodes);

const noFacts: DocumentFacts = { referencedPaths: [], externalTools: [], runsSysprep: false, values: {} };

export const setupLogService: KindService<SetupLogModel> = {
	kind: 'setup-log',
	// A failure at the end of a 30 MB setupact.log must still be found; the analysis keeps no object per line.
	maxDocumentLength: 64 * 1024 * 1024,
	parse: analyseSetupLog,
	validate: (ctx, model) => validate(ctx, model),
	complete: () => ({ isIncomplete: false, items: [] }),
	hover: (ctx, _model, position) => hover(ctx, position),
	codeActions: () => [],
	symbols: (_ctx, model) => symbols(model),
	folding: (_ctx, model) => folding(model),
	definition: (ctx, model, position) => definition(ctx, model, position),
	references: () => [],
	facts: () => noFacts,
	links: (ctx, model) => links(ctx, model),
};

function lineRange(quoted: QuotedLine): Range {
	return { start: { line: quoted.line, character: quoted.start }, end: { line: quoted.line, character: quoted.end } };
}

/** Fills `{name}` and `{name?text}` from the hit's groups. */
function fill(template: string, groups: Readonly<Record<string, string>>): string {
	return template.replace(/\{(\w+)(\?[^{}]*)?\}/g, (_match, name: string, optional: string | undefined) => {
		const value = groups[name];
		if (optional !== undefined) return value ? `${optional.slice(1)}${value}` : '';
		return value ?? '…';
	});
}

function messageOf(hit: LogHit, answer: AnswerLocation | undefined): string {
	const parts = [fill(hit.signature.message, hit.groups)];
	const note = hit.signature.valueNotes?.[(hit.groups.exit ?? hit.groups.value ?? '').toLowerCase()];
	if (note) parts.push(note);
	if (hit.groups.command) parts.push(`Command: ${hit.groups.command}`);
	if (hit.count > 1) parts.push(`Logged ${hit.count} times; this is the first.`);
	parts.push(hit.signature.action);
	if (answer) parts.push(`In the workspace: ${answer.label}.`);
	return parts.join(' ');
}

function validate(ctx: RequestContext, model: SetupLogModel): Diagnostic[] {
	const out: Diagnostic[] = [];
	const uri = ctx.document.uri;
	const answers = new AnswerFiles(ctx);
	for (const hit of model.hits) {
		const answer = answers.locate(hit);
		const diagnostic = diagnose(hit.signature.code as SetupLogCode, lineRange(hit.at), messageOf(hit, answer));
		diagnostic.severity = toLspSeverity(hit.severity);
		const related: DiagnosticRelatedInformation[] = hit.related.map((item) => ({ location: { uri, range: lineRange(item) }, message: `Explains it: ${item.text}` }));
		if (answer) related.push({ location: answer.location, message: `The answer file's ${answer.label}` });
		if (answer?.own) related.push({ location: { uri: answer.location.uri, range: answer.own.range }, message: `Reseal's finding there: ${String(answer.own.code)}: ${typeof answer.own.message === 'string' ? answer.own.message : answer.own.message.value}` });
		if (related.length > 0) diagnostic.relatedInformation = related;
		out.push(diagnostic);
	}
	if (model.passes.length > 0) {
		const list = model.passes.map((pass) => `${pass.name} (line ${pass.at.line + 1})`).join(', ');
		const cached = model.cachedAt ? ` Setup cached the answer file at ${model.cachedAt} and reads that copy in the later passes.` : '';
		const diagnostic = diagnose('log.passes', lineRange(model.passes[0].at), `Configuration passes in this log: ${list}.${cached}`);
		diagnostic.relatedInformation = model.passes.slice(1).map((pass) => ({ location: { uri, range: lineRange(pass.at) }, message: `The ${pass.name} pass` }));
		out.push(diagnostic);
	}
	const noise = model.noise;
	if (noise.length > 0) {
		const shown = noise.slice(0, setupLogSummaryFacts.noise.shown);
		const kinds = shown.map((group) => `“${group.at.text.slice(0, 120)}” ×${group.count}`).join('; ');
		const more = noise.length > shown.length ? ` and ${noise.length - shown.length} other kinds` : '';
		const diagnostic = diagnose(
			'log.repeated-noise',
			lineRange(shown[0].at),
			`${model.noiseTotals.error} error and ${model.noiseTotals.warning} warning lines match no known failure (Setup logs many of them on successful runs), summarised by kind: ${kinds}${more}.`,
		);
		diagnostic.relatedInformation = shown.slice(1).map((group) => ({ location: { uri, range: lineRange(group.at) }, message: `First of ${group.count}: ${group.at.text.slice(0, 120)}` }));
		out.push(diagnostic);
	}
	return out;
}

interface AnswerLocation {
	readonly location: Location;
	readonly label: string;
	/** The answer file's own finding on that line, when Reseal has one. */
	readonly own?: Diagnostic;
}

/** The workspace's unattend.xml files, parsed once per request, and where a log finding points in them. */
class AnswerFiles {
	private readonly index: WorkspaceIndex | undefined;
	private files: { path: string; doc: XmlDocument; text: string }[] | undefined;
	private readonly findings = new Map<string, Diagnostic[]>();

	constructor(private readonly ctx: RequestContext) {
		this.index = indexWorkspace(ctx.document.uri, ctx.workspace);
	}

	private load(): { path: string; doc: XmlDocument; text: string }[] {
		if (this.files) return this.files;
		this.files = [];
		if (!this.index || !this.ctx.workspace) return this.files;
		for (const path of this.index.files) {
			if (kindFromName(path) !== 'unattend-xml' || this.files.length >= 16) continue;
			let text: string | undefined;
			try {
				text = this.ctx.workspace.readText(path);
			} catch {
				text = undefined;
			}
			if (text !== undefined) this.files.push({ path, doc: parseXml(text), text });
		}
		return this.files;
	}

	/** The answer file's own diagnostics (its kind's checks, with the user's settings), computed once per file. */
	private ownFindings(file: { path: string; text: string }): Diagnostic[] {
		let found = this.findings.get(file.path);
		if (!found) {
			found = [];
			const service = kindServices.get('unattend-xml');
			if (service && this.index) {
				const document = TextDocument.create(uriOf(this.index, file.path), 'unattend-xml', 1, file.text);
				try {
					found = service.validate({ document, settings: this.ctx.settings }, service.parse(file.text));
				} catch {
					found = [];
				}
			}
			this.findings.set(file.path, found);
		}
		return found;
	}

	private ownFindingOn(file: { path: string; text: string }, line: number): Diagnostic | undefined {
		return this.ownFindings(file).find((item) => item.range.start.line === line && (item.severity ?? 1) <= 2);
	}

	locate(hit: LogHit): AnswerLocation | undefined {
		const target = hit.signature.answerFile;
		if (!target || !this.index) return undefined;
		const named = hit.groups.file ? baseOf(hit.groups.file) : undefined;
		const files = this.load();
		// The file the log names wins; otherwise every answer file of the workspace is a candidate.
		const candidates = named ? files.filter((file) => baseOf(file.path) === named) : files;
		const pool = candidates.length > 0 ? candidates : files;
		const line = hit.groups.line ? Number(hit.groups.line) : undefined;
		if (line !== undefined && pool.length === 1) {
			const file = pool[0];
			const column = Math.max(0, Number(hit.groups.column ?? '1') - 1);
			const position = { line: Math.max(0, line - 1), character: column };
			return { location: { uri: uriOf(this.index, file.path), range: { start: position, end: position } }, label: `${file.path} line ${line}`, own: this.ownFindingOn(file, position.line) };
		}
		const pass = target.pass === '*' ? hit.pass : target.pass;
		const component = target.component === '*' ? hit.groups.component : target.component;
		const setting = hit.groups.setting ?? target.setting;
		for (const file of pool) {
			const found = findSetting(file.doc, pass, component, setting, hit.groups.command);
			if (found) {
				const start = positionAt(file.doc, found.element.nameStart);
				const end = positionAt(file.doc, found.element.nameEnd);
				return { location: { uri: uriOf(this.index, file.path), range: { start, end } }, label: `${found.label} in ${file.path} (line ${start.line + 1})`, own: this.ownFindingOn(file, start.line) };
			}
		}
		return undefined;
	}
}

function baseOf(path: string): string {
	const parts = path.split(/[\\/]/);
	return (parts[parts.length - 1] ?? '').toLowerCase();
}

function same(a: string | undefined, b: string | undefined): boolean {
	return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function descendants(element: XmlElement, visit: (element: XmlElement) => boolean): XmlElement | undefined {
	const stack = [...childElements(element)].reverse();
	while (stack.length > 0) {
		const next = stack.pop()!;
		if (visit(next)) return next;
		stack.push(...childElements(next).reverse());
	}
	return undefined;
}

/** `settings[pass] / component[name] / … / setting`, or the command whose Path the log quotes. */
function findSetting(doc: XmlDocument, pass: string | undefined, component: string | undefined, setting: string | undefined, command: string | undefined): { element: XmlElement; label: string } | undefined {
	if (!doc.root || !component) return undefined;
	for (const settings of childElements(doc.root)) {
		if (settings.localName !== 'settings') continue;
		const passName = attribute(settings, 'pass')?.value;
		if (pass && !same(passName, pass)) continue;
		for (const element of childElements(settings)) {
			if (element.localName !== 'component' || !same(attribute(element, 'name')?.value, component)) continue;
			const where = `${component} (${passName ?? 'pass'})`;
			if (command !== undefined) {
				const path = descendants(element, (item) => item.localName === 'Path' && textContent(item).trim() === command.trim());
				if (path) return { element: path, label: `command of ${where}` };
			}
			if (!setting) return { element, label: where };
			const last = setting.split('/').pop()!;
			const found = descendants(element, (item) => same(item.localName, last));
			return found ? { element: found, label: `${setting} of ${where}` } : { element, label: where };
		}
	}
	return undefined;
}

function links(ctx: RequestContext, model: SetupLogModel): DocumentLink[] {
	const answers = new AnswerFiles(ctx);
	const out: DocumentLink[] = [];
	for (const hit of model.hits) {
		const answer = answers.locate(hit);
		if (!answer) continue;
		const line = answer.location.range.start.line + 1;
		out.push({ range: lineRange(hit.at), target: `${answer.location.uri}#L${line}`, tooltip: `Open ${answer.label}` });
	}
	return out;
}

function definition(ctx: RequestContext, model: SetupLogModel, position: Position): Location[] {
	const answers = new AnswerFiles(ctx);
	for (const hit of model.hits) {
		if (hit.at.line !== position.line) continue;
		const answer = answers.locate(hit);
		if (answer) return [answer.location];
	}
	return [];
}

const severityOrder: Record<string, number> = { error: 0, warning: 1, information: 2, hint: 3 };

function symbols(model: SetupLogModel): DocumentSymbol[] {
	const out: DocumentSymbol[] = [];
	const findings = [...model.hits].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.at.line - b.at.line);
	const failures = findings.filter((hit) => hit.severity !== 'information');
	const facts = findings.filter((hit) => hit.severity === 'information');
	const group = (name: string, hits: LogHit[], kind: SymbolKind) => {
		if (hits.length === 0) return;
		const children = hits.map((hit) => ({ name: `line ${hit.at.line + 1}: ${fill(hit.signature.message, hit.groups).slice(0, 100)}`, detail: hit.signature.code, kind, range: lineRange(hit.at), selectionRange: lineRange(hit.at) }));
		const first = Math.min(...hits.map((hit) => hit.at.line));
		const last = Math.max(...hits.map((hit) => hit.at.line));
		const range = { start: { line: first, character: 0 }, end: { line: last, character: 0 } };
		out.push({ name, detail: `${hits.length}`, kind: SymbolKind.Namespace, range, selectionRange: children[0].range, children });
	};
	group('Failures', failures, SymbolKind.Event);
	group('Facts', facts, SymbolKind.Property);
	if (model.passes.length > 0) {
		const passes = model.passes.map((pass) => ({ name: `${pass.name} pass`, detail: `line ${pass.at.line + 1}`, kind: SymbolKind.Event, range: lineRange(pass.at), selectionRange: lineRange(pass.at) }));
		const facts = out.find((symbol) => symbol.name === 'Facts');
		if (facts) facts.children = [...(facts.children ?? []), ...passes];
		else out.push({ name: 'Facts', detail: `${passes.length}`, kind: SymbolKind.Namespace, range: { start: passes[0].range.start, end: passes[passes.length - 1].range.end }, selectionRange: passes[0].range, children: passes });
	}
	for (const phase of model.phases) {
		const range = { start: { line: phase.startLine, character: 0 }, end: { line: phase.endLine, character: 0 } };
		out.push({ name: phase.name, detail: `lines ${phase.startLine + 1}–${phase.endLine + 1}`, kind: SymbolKind.Module, range, selectionRange: { start: range.start, end: range.start } });
	}
	return out;
}

function folding(model: SetupLogModel): FoldingRange[] {
	const out: FoldingRange[] = model.folds.map((fold) => ({ startLine: fold.startLine, endLine: fold.endLine }));
	for (const phase of model.phases) if (phase.endLine > phase.startLine) out.push({ startLine: phase.startLine, endLine: phase.endLine, kind: 'region' });
	return out;
}

const byCode = new Map(setupLogErrorCodes.map((row) => [row.code, row]));

/** `0x5`, `0x00000005` and `0x80070005` are one Win32 error; 8-digit HRESULT/NTSTATUS values stay as they are. */
function normaliseCode(hex: string): string {
	const digits = hex.slice(2).toLowerCase().replace(/^0+(?=.)/, '');
	if (digits.length <= 4) return `0x8007${digits.padStart(4, '0')}`;
	return `0x${digits.padStart(8, '0')}`;
}

function hover(ctx: RequestContext, position: Position): Hover | null {
	const line = ctx.document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
	const pattern = /0x[0-9A-Fa-f]{1,8}\b/g;
	for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
		const start = match.index;
		const end = start + match[0].length;
		if (position.character < start || position.character > end) continue;
		const row = byCode.get(normaliseCode(match[0]));
		if (!row) return null;
		const title = row.name ? `**${row.code.toUpperCase().replace('0X', '0x')}** — \`${row.name}\`` : `**${row.code.toUpperCase().replace('0X', '0x')}**`;
		return { contents: { kind: 'markdown', value: `${title}\n\n${row.meaning}\n\nSource: ${row.source}` }, range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
	}
	return null;
}
