/**
 * CLI: `reseal explain <code|entry>` prints what Reseal knows about one
 * diagnostic code (severity and summary) or one answer-file entry or section
 * (value domain, default, versions, what a blank does, and where the facts come
 * from). Hover leaves the source out; this is where it can be read.
 */
import { sysprepInf } from '../knowledge/sysprepInf';
import type { AnswerFileSpec, EntrySpec, SectionSpec } from '../knowledge/types';
import { unattendTxtExtras } from '../knowledge/unattendTxt';
import { winbomIni } from '../knowledge/winbomIni';
import { allDiagnosticCodes } from '../services/diagnosticCodes';
import { blankMeaning } from '../services/ini/iniValidation';
import { describeDomain } from '../services/ini/valueDomains';
import type { CliIo } from '../cli';
import { setupLogErrorCodes, setupLogSignatures } from '../knowledge/setupLog';
import { looksLikeAnswerFile, runTimeline } from './timelineCommand';

const usage = `Usage:
  reseal explain <code>             a diagnostic code, e.g. inf.blank-prompts or log.bitlocker-on
  reseal explain <0x…>              an error code from a Setup log, e.g. 0x80073cf2
  reseal explain <entry>            an answer-file entry, e.g. ComputerName
  reseal explain [Section]          a section, e.g. [GuiUnattended]
  reseal explain [Section] <entry>  one entry of one section (also Section.Entry)
  reseal explain <answer-file.xml> [--scenario media|sysprep|audit|apply] [--format text|markdown|json|html]
                                    what Setup will do with the file, pass by pass
`;

const tables: readonly AnswerFileSpec[] = [sysprepInf, unattendTxtExtras as AnswerFileSpec, winbomIni];

const blankWords = { prompts: 'Setup stops and asks for it', default: 'Setup uses its default', meaningless: 'it means nothing to Setup' } as const;

export function runExplain(args: readonly string[], io: CliIo): number {
	if (args.some(looksLikeAnswerFile)) return runTimeline(args, io);
	const query = args.join(' ').trim();
	if (query === '' || query === '--help' || query === '-h') {
		io.stdout(usage);
		return query === '' ? 2 : 0;
	}
	const code = allDiagnosticCodes.find((item) => item.code === query.toLowerCase());
	if (code) {
		const signature = setupLogSignatures.find((row) => row.code === code.code);
		const page = signature
			? `\n  What it means: ${signature.meaning}\n  What to do: ${signature.action}\n  Windows versions: ${signature.windows}\n  Found by: ${signature.needles.map((needle) => `"${needle}"`).join(' or ')}\n  Source: ${signature.source}\n`
			: '';
		io.stdout(`${code.code} (${code.severity} by default)\n${code.summary}\n${page}`);
		return 0;
	}
	// An error code from a Setup log: `reseal explain 0x80073cf2`.
	const errorCode = /^0x[0-9a-f]{1,8}$/i.test(query) ? setupLogErrorCodes.find((row) => row.code === query.toLowerCase()) : undefined;
	if (errorCode) {
		io.stdout(`${errorCode.code}${errorCode.name ? ` ${errorCode.name}` : ''}\n  ${errorCode.meaning}\n  Source: ${errorCode.source}\n`);
		return 0;
	}
	const parsed = /^\[([^\]]+)\](.*)$/s.exec(query) ?? /^([^\s.=]+(?:\.[^\s.=]+)*)\.([^\s.=]+)$/.exec(query);
	const sectionName = parsed?.[1]?.toLowerCase();
	const entryName = (parsed ? parsed[2] : query).trim().toLowerCase();
	const out: string[] = [];
	for (const table of tables) {
		for (const section of table.sections) {
			if (sectionName !== undefined && section.name.toLowerCase() !== sectionName) continue;
			if (entryName === '') {
				out.push(describeSection(table, section));
				continue;
			}
			for (const entry of section.entries) if (matches(entry.name, entryName)) out.push(describeEntry(table, section, entry));
		}
	}
	if (out.length === 0) {
		io.stderr(`reseal: nothing known as '${query}'; try a diagnostic code (inf.unknown-entry) or an entry name (ComputerName).\n`);
		return 1;
	}
	io.stdout(`${out.join('\n')}\n`);
	return 0;
}

/** `Size<N>` matches `Size1`; otherwise names compare case-insensitively. */
function matches(name: string, wanted: string): boolean {
	const lower = name.toLowerCase();
	if (lower === wanted) return true;
	return lower.endsWith('<n>') && new RegExp(`^${escape(lower.slice(0, -3))}\\d+$`).test(wanted);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describeSection(table: AnswerFileSpec, section: SectionSpec): string {
	const lines = [`[${section.name}] — ${table.title}`, `  ${section.doc}`];
	if (section.targets) lines.push(`  Windows versions: ${section.targets.join(', ')}`);
	if (section.fileKinds) lines.push(`  Read from: ${section.fileKinds.join(', ')}`);
	if (section.entries.length > 0) lines.push(`  Entries: ${section.entries.map((entry) => entry.name).join(', ')}`);
	lines.push(`  Source: ${section.source ?? 'unverified'}`);
	return lines.join('\n');
}

function describeEntry(table: AnswerFileSpec, section: SectionSpec, entry: EntrySpec): string {
	const lines = [`${entry.name} in [${section.name}] — ${table.title}`, `  ${entry.doc}`, `  Value: ${describeDomain(entry.domain)}`];
	if (entry.default !== undefined) lines.push(`  Default: ${entry.default}`);
	lines.push(`  Left empty: ${blankWords[blankMeaning(entry)]}`);
	const targets = entry.targets ?? section.targets;
	lines.push(`  Windows versions: ${targets ? targets.join(', ') : 'xp, 2003'}`);
	if (entry.fileKinds) lines.push(`  Read from: ${entry.fileKinds.join(', ')}`);
	if (entry.required) lines.push(`  Needed for full automation${entry.required.whenPresent ? ` when ${entry.required.whenPresent} is set` : ''}${entry.required.value ? ` (= ${entry.required.value})` : ''}`);
	if (entry.example && !entry.secret) lines.push(`  Example: ${entry.example}`);
	lines.push(`  Source: ${entry.source ?? section.source ?? 'unverified'}`);
	return lines.join('\n');
}
