/**
 * Service layer: Markdown for hover and completion documentation, rendered
 * from the knowledge tables.
 */
import type { EntrySpec, Requirement, SectionSpec, WindowsTarget } from '../../knowledge/types';
import type { EntryInfo, SectionInfo } from './knowledgeIndex';
import { describeDomain } from './valueDomains';

function targetLabel(targets: readonly WindowsTarget[]): string {
	return targets.map((item) => (item === 'xp' ? 'Windows XP' : 'Windows Server 2003')).join(', ');
}

function requirementLabel(rule: Requirement): string {
	const parts = ['**Required** for full automation of Mini-Setup'];
	if (rule.anyOf) parts.push(`(one of ${rule.anyOf.join(', ')})`);
	if (rule.whenPresent) parts.push(`when ${rule.whenPresent} is set`);
	if (rule.value) parts.push(`with the value \`${rule.value}\``);
	if (rule.targets) parts.push(`on ${targetLabel(rule.targets)}`);
	return parts.join(' ');
}

export function entryMarkdown(info: EntryInfo, fileTitle: string): string {
	const spec: EntrySpec = info.spec;
	const lines = [`**${spec.name}** — [${info.section.name}]`, '', spec.doc, ''];
	lines.push(`- Values: ${describeDomain(spec.domain)}`);
	if (spec.default !== undefined) lines.push(`- Default: \`${spec.default}\``);
	if (spec.required) lines.push(`- ${requirementLabel(spec.required)}`);
	else lines.push('- Optional');
	if (spec.targets) lines.push(`- Read by: ${targetLabel(spec.targets)} only`);
	if (!info.honoured) lines.push(`- Not read from ${fileTitle}: only text-mode Setup (Unattend.txt/winnt.sif) uses it`);
	if (spec.factory) {
		lines.push(`- Factory.exe: read when WinbomType is ${spec.factory.types.join(', ')}; runs ${spec.factory.executes === 'once' ? 'once' : `on every boot${spec.factory.onceIn ? ` (once under ${spec.factory.onceIn.join(', ')})` : ''}`}; environment variables ${spec.factory.variables ? 'are expanded' : 'are not expanded'}`);
	}
	if (spec.secret) lines.push('- Secret: Reseal never shows or records its value');
	if (spec.deprecated) lines.push(`- Obsolete: ${spec.deprecated}`);
	if (spec.domain.kind === 'enum') {
		lines.push('', ...spec.domain.values.map((value) => `- \`${value.value}\` — ${value.doc}`));
	}
	if (spec.example) lines.push('', '```ini', spec.example, '```');
	return lines.join('\n');
}

export function sectionMarkdown(info: SectionInfo, fileTitle: string): string {
	const spec: SectionSpec = info.spec;
	const lines = [`**[${spec.name}]**${spec.template ? ' (named by the author)' : ''}`, '', spec.doc, ''];
	const required = info.ordered.filter((entry) => entry.spec.required);
	if (spec.shape === 'values') lines.push('- Holds one value or quoted command per line.');
	if (spec.shape === 'open') lines.push(`- Each line: ${spec.keyDoc ?? 'a key'} = ${spec.lineDomain ? describeDomain(spec.lineDomain) : 'a value'}.`);
	if (spec.shape === 'empty') lines.push('- Takes no entries; the header alone matters.');
	if (info.ordered.length > 0) lines.push(`- ${info.ordered.length} documented entries${required.length > 0 ? `; full automation needs ${required.map((entry) => entry.spec.name).join(', ')}` : ''}.`);
	if (spec.targets) lines.push(`- Read by: ${targetLabel(spec.targets)} only`);
	if (!info.honoured) lines.push(`- Not read from ${fileTitle}: only text-mode Setup uses it`);
	if (spec.factory) {
		lines.push(`- Factory.exe: read when WinbomType is ${spec.factory.types.join(', ')}; runs ${spec.factory.executes === 'once' ? 'once' : `on every boot${spec.factory.onceIn ? ` (once under ${spec.factory.onceIn.join(', ')})` : ''}`}; environment variables ${spec.factory.variables ? 'are expanded' : 'are not expanded'}`);
	}
	if (spec.example) lines.push('', '```ini', spec.example, '```');
	return lines.join('\n');
}
