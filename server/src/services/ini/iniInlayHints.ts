/**
 * Service layer: inlay hints for INI answer files — what a terse value means,
 * read from the knowledge tables: time-zone codes (`TimeZone = 035` →
 * Eastern Time), locale IDs and language groups, and values whose meaning
 * depends on a partner entry (`AutoUsers` under `AutoMode`).
 *
 * Secrets never get a hint. A code the tables do not know gets none either
 * (validation reports it; a hint would only repeat it).
 */
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { languageGroups, localeIds } from '../../knowledge/localeIds';
import type { ValueDomain } from '../../knowledge/types';
import { fold, type IniEntry } from '../../model/iniParser';
import { entryInfoFor, splitList, type IniAnalysis } from './iniAnalysis';
import { lookupTimeZone } from './valueDomains';

const localeById = new Map(localeIds.map((item) => [item.id, item.name]));
const groupById = new Map(languageGroups.map((item) => [item.id, item.name]));

function localeName(code: string): string | undefined {
	const hex = code.trim();
	if (!/^[0-9a-f]{4}([0-9a-f]{4})?$/i.test(hex)) return undefined;
	return localeById.get(hex.slice(-4).toUpperCase());
}

/** The hint text for a value of this domain, or undefined. */
function describe(domain: ValueDomain, entry: IniEntry): string | undefined {
	if (domain.kind === 'timeZone') return lookupTimeZone(entry.value)?.name;
	if (domain.kind !== 'text' || !domain.names) return undefined;
	if (domain.names === 'localeId') return localeName(entry.value);
	const parts = splitList(entry, true).map((part) => part.text);
	const names =
		domain.names === 'languageGroups'
			? parts.map((part) => (/^\d{1,2}$/.test(part) ? groupById.get(Number(part)) : undefined))
			: parts.map((part) => localeName(part.split(':')[0]));
	if (names.length === 0 || names.some((name) => name === undefined)) return undefined;
	return names.join(', ');
}

export function inlayHintsIni(analysis: IniAnalysis, range: Range): InlayHint[] {
	const hints: InlayHint[] = [];
	for (const bound of analysis.bound) {
		const { section, info } = bound;
		if (!info || section.lastContentLine < range.start.line || section.headerSpan.line > range.end.line) continue;
		for (const line of section.lines) {
			if (line.type !== 'entry' || line.lineSpan.line < range.start.line || line.lineSpan.line > range.end.line || line.value === '') continue;
			const spec = entryInfoFor(bound, line.key)?.spec;
			if (!spec || spec.secret) continue;
			let label = describe(spec.domain, line);
			if (!label && spec.pairHint) {
				const partner = section.lines.find((other): other is IniEntry => other.type === 'entry' && fold(other.key) === fold(spec.pairHint!.entry));
				if (partner) label = spec.pairHint.labels[fold(partner.value)];
			}
			if (label) hints.push({ position: { line: line.valueSpan.line, character: line.valueSpan.end }, label, paddingLeft: true });
		}
	}
	return hints;
}
