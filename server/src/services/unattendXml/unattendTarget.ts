/**
 * Service layer: which Windows release an `unattend.xml` targets. Order of
 * precedence: a `<!-- reseal: target=win7 -->` comment in the file, the
 * `reseal.unattend.target` setting when it names a release, the build of the
 * image the file installs (`unattendImage.ts`), what the file
 * itself reveals (an image name in `<ImageInstall>` or WDS `<ImageSelection>`,
 * a published setup key of one release), and otherwise the newest Windows.
 */
import type { XmlDocument, XmlElement } from '../../model/xmlParser';
import { textContent } from '../../model/xmlParser';
import { editionKeyTargets, imageNameTargets, newestUnattendTarget, unattendTargets, type UnattendTarget, type UnattendTargetSpec } from '../../knowledge/unattendXmlTargets';
import type { SettingBinding } from './unattendAnalysis';

const targetIds = new Map(unattendTargets.map((target) => [target.id, target]));
const directivePattern = /^\s*reseal:\s*(.*?)\s*$/i;

export function isUnattendTarget(value: unknown): value is UnattendTarget {
	return typeof value === 'string' && targetIds.has(value as UnattendTarget);
}

/** The target a `<!-- reseal: target=… -->` comment names (the last one wins). */
export function readDirective(xml: XmlDocument): UnattendTarget | undefined {
	let found: UnattendTarget | undefined;
	for (const comment of xml.comments) {
		const match = directivePattern.exec(comment.value);
		if (!match) continue;
		for (const pair of match[1].split(/[\s,]+/)) {
			const [key, value] = pair.toLowerCase().split('=');
			if (key === 'target' && isUnattendTarget(value)) found = value;
		}
	}
	return found;
}

interface InferenceInput {
	readonly settings: readonly SettingBinding[];
	readonly unattend: XmlElement | undefined;
}

/** What the file says about its release: the first image name or published key that names one. */
export function inferTarget(analysis: InferenceInput): { target: UnattendTarget; because: string } | undefined {
	for (const binding of analysis.settings) {
		const name = binding.element.localName;
		if (name !== 'Value' && name !== 'ImageName' && name !== 'Key' && name !== 'ProductKey') continue;
		if (binding.element.children.some((child) => child.type === 'element')) continue;
		const value = textContent(binding.element).trim();
		if (value === '') continue;
		if (name === 'Key' || name === 'ProductKey') {
			const target = editionKeyTargets[value.toUpperCase()];
			if (target) return { target, because: `the published setup key of ${label(target)}` };
			continue;
		}
		for (const [pattern, target] of imageNameTargets) {
			if (pattern.test(value)) return { target, because: `the image name '${value}'` };
		}
	}
	// Last resort: the image Windows SIM had open (metadata only, so it comes after what Setup reads).
	for (const child of analysis.unattend?.children ?? []) {
		if (child.type !== 'element' || child.localName !== 'offlineImage') continue;
		const source = child.attributes.find((attr) => attr.localName === 'source')?.value ?? '';
		for (const [pattern, target] of imageNameTargets) {
			if (pattern.test(source)) return { target, because: 'the Windows SIM catalog the file was written with' };
		}
	}
	return undefined;
}

function label(id: UnattendTarget): string {
	return targetIds.get(id)?.label ?? id;
}

export interface ResolvedTarget {
	readonly spec: UnattendTargetSpec;
	/** How it was chosen, for messages. */
	readonly source: 'comment' | 'setting' | 'image' | 'file' | 'default';
	readonly because?: string;
}

export function resolveTarget(
	analysis: { directiveTarget: UnattendTarget | undefined; inferredTarget: { target: UnattendTarget; because: string } | undefined },
	setting: string | undefined,
	image?: { target: UnattendTarget; because: string },
): ResolvedTarget {
	if (analysis.directiveTarget) return { spec: targetIds.get(analysis.directiveTarget)!, source: 'comment' };
	if (isUnattendTarget(setting)) return { spec: targetIds.get(setting)!, source: 'setting' };
	// The image's own build is a fact about what is installed; the file's hints are guesses.
	if (image) return { spec: targetIds.get(image.target)!, source: 'image', because: image.because };
	if (analysis.inferredTarget) return { spec: targetIds.get(analysis.inferredTarget.target)!, source: 'file', because: analysis.inferredTarget.because };
	return { spec: targetIds.get(newestUnattendTarget)!, source: 'default' };
}

/** Whether a finding that starts at `since` applies to the target. */
export function appliesFrom(target: ResolvedTarget, since: UnattendTarget | undefined): boolean {
	if (!since) return true;
	return target.spec.rank >= (targetIds.get(since)?.rank ?? 0);
}
