/**
 * Service layer: PowerShell inside `unattend.xml` command settings
 * (`RunSynchronousCommand/Path`, `SynchronousCommand/CommandLine`, …).
 *
 * Setup hands the XML-decoded text of the setting to CreateProcess; the one
 * command-line model (`services/commandLines.ts`) reads what `powershell.exe`
 * or `pwsh.exe` receives, and this file maps its findings back from the
 * decoded text onto the answer file (entities such as `&quot;` are several
 * characters in the file and one in the value), and renders the hover.
 */
import type { XmlElement } from '../../model/xmlParser';
import { powerShellInvocation, setsExecutionPolicy, type PowerShellInvocation, type PowerShellRule } from '../powershellCommand';
import type { UnattendXmlCode } from '../codes/unattendXmlCodes';
import { valueOf, type UnattendAnalysis } from './unattendAnalysis';
import type { Collector } from './unattendValidation';
import type { ResolvedTarget } from './unattendTarget';
import { remoteSignedByDefault, serverOnlyComponents } from '../../knowledge/powershellHost';

const codeOf: Record<PowerShellRule, UnattendXmlCode> = {
	syntax: 'xml.powershell-syntax',
	quoting: 'xml.powershell-quoting',
	policy: 'xml.powershell-policy',
	arguments: 'xml.powershell-arguments',
	prompt: 'xml.powershell-prompt',
};

/** The decoded text of an element's content and the file offset of each of its characters (one past the end included). */
export function decodedText(analysis: UnattendAnalysis, element: XmlElement): { text: string; offsets: number[] } {
	const source = analysis.xml.text;
	let text = '';
	const offsets: number[] = [];
	for (const child of element.children) {
		if (child.type === 'cdata') {
			// `<![CDATA[` is nine characters; the value is the raw text after it.
			for (let k = 0; k < child.value.length; k++) offsets.push(child.start + 9 + k);
			text += child.value;
			continue;
		}
		if (child.type !== 'text') continue;
		const mapped = mapEntities(source, child.start, child.end, child.value);
		text += child.value;
		offsets.push(...mapped);
	}
	offsets.push(offsets.length > 0 ? offsets[offsets.length - 1] + 1 : valueOf(analysis, element).start);
	return { text, offsets };
}

/** File offsets of each character of a text run's decoded value; falls back to proportional positions if the run does not decode as expected. */
function mapEntities(source: string, start: number, end: number, value: string): number[] {
	const out: number[] = [];
	let i = start;
	while (i < end && out.length < value.length) {
		if (source[i] === '&') {
			const semi = source.indexOf(';', i);
			if (semi !== -1 && semi < end && semi - i <= 12) {
				// A numeric reference above U+FFFF decodes to two UTF-16 units.
				const code = value.codePointAt(out.length) ?? 0;
				out.push(i);
				if (code > 0xffff) out.push(i);
				i = semi + 1;
				continue;
			}
		}
		out.push(i);
		i++;
	}
	while (out.length < value.length) out.push(Math.min(end, start + out.length));
	return out.slice(0, value.length);
}

/** The command-setting values of a file that set the execution policy (once per analysis). */
const policyCache = new WeakMap<UnattendAnalysis, boolean>();

function policySetInFile(analysis: UnattendAnalysis): boolean {
	let known = policyCache.get(analysis);
	if (known === undefined) {
		known = analysis.settings.some((binding) => binding.spec?.domain?.kind === 'command' && setsExecutionPolicy(valueOf(analysis, binding.element).value));
		policyCache.set(analysis, known);
	}
	return known;
}

/** Whether the file is for a Windows Server release that defaults to RemoteSigned: by its target, or by a component only servers carry. */
function serverFile(analysis: UnattendAnalysis, target: ResolvedTarget | undefined): boolean {
	if (target && target.source !== 'default') return remoteSignedByDefault.includes(target.spec.id);
	return analysis.components.some((component) => serverOnlyComponents.includes(component.name));
}

/** The PowerShell this command setting runs, if any, with its text and offsets. */
export function powerShellOfSetting(analysis: UnattendAnalysis, element: XmlElement, target?: ResolvedTarget): { invocation: PowerShellInvocation; offsets: number[] } | undefined {
	const decoded = decodedText(analysis, element);
	if (!/pwsh|powershell/i.test(decoded.text)) return undefined;
	const invocation = powerShellInvocation(decoded.text, { policySetElsewhere: policySetInFile(analysis), remoteSignedDefault: serverFile(analysis, target) });
	return invocation ? { invocation, offsets: decoded.offsets } : undefined;
}

/** Reports what PowerShell makes of a command setting's value. */
export function checkPowerShellCommand(c: Collector, element: XmlElement): void {
	const found = powerShellOfSetting(c.analysis, element, c.target);
	if (!found) return;
	const { invocation, offsets } = found;
	const at = (offset: number) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))];
	for (const finding of invocation.findings) {
		const start = at(finding.start);
		const end = finding.end > finding.start ? at(finding.end - 1) + 1 : start;
		const code = codeOf[finding.rule];
		c.add(code, c.range(start, end), finding.message, undefined, finding.severity === 'error' ? undefined : finding.severity);
	}
}
