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
import { kmsClientKeys } from '../../knowledge/unattendXmlKmsKeys';
import { commentTargets, editionKeyTargets, imageNameTargets, newestUnattendTarget, unattendTargets, type UnattendTarget, type UnattendTargetSpec } from '../../knowledge/unattendXmlTargets';
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
	readonly xml: XmlDocument;
	readonly settings: readonly SettingBinding[];
	readonly unattend: XmlElement | undefined;
}

const kmsKeys = new Map(kmsClientKeys.map(([key, edition, release]) => [key, { edition, release }]));

/** A key Microsoft publishes (KMS client setup key or generic key): the release it installs and how to say so. */
export function publishedKey(value: string): { target: UnattendTarget; because: string } | undefined {
	const key = value.trim().toUpperCase();
	const kms = kmsKeys.get(key);
	if (kms) return { target: kms.release, because: `the KMS client setup key of ${kms.edition}` };
	const generic = editionKeyTargets[key];
	return generic ? { target: generic, because: `the published generic setup key of ${label(generic)}` } : undefined;
}

/** The text an element holds directly (a key typed into a container such as <ProductKey> still names its release). */
function ownText(element: XmlElement): string {
	let out = '';
	for (const child of element.children) if (child.type === 'text' || child.type === 'cdata') out += child.value;
	return out.trim();
}

/**
 * What the file says about its release: first what Setup reads (a published
 * key, an image name), then the file's comments when they name one release
 * only, then the Windows SIM catalog it was written with.
 */
export function inferTarget(analysis: InferenceInput): { target: UnattendTarget; because: string } | undefined {
	for (const binding of analysis.settings) {
		const name = binding.element.localName;
		if (name !== 'Value' && name !== 'ImageName' && name !== 'Key' && name !== 'ProductKey') continue;
		const container = binding.element.children.some((child) => child.type === 'element');
		if (container && name !== 'ProductKey') continue;
		const value = container ? ownText(binding.element).split(/\s+/)[0] : textContent(binding.element).trim();
		if (value === '') continue;
		if (name === 'Key' || name === 'ProductKey') {
			const found = publishedKey(value);
			if (found) return found;
			continue;
		}
		for (const [pattern, target] of imageNameTargets) {
			if (pattern.test(value)) return { target, because: `the image name '${value}'` };
		}
	}
	const fromComments = commentTarget(analysis.xml);
	if (fromComments) return fromComments;
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

/**
 * The release the file's comments name; when they name several (a template
 * for "Windows 8.1 / Server 2012 R2"), the newest of them, so a setting
 * deprecated before all of them is still reported and one deprecated after
 * all of them is not.
 */
function commentTarget(xml: XmlDocument): { target: UnattendTarget; because: string } | undefined {
	const named = new Map<UnattendTarget, string>();
	for (const comment of xml.comments) {
		if (directivePattern.test(comment.value)) continue;
		// Patterns go from specific to general: text a more specific one took ('Server 2012 R2') is not read again ('Server 2012').
		const taken: [number, number][] = [];
		for (const [pattern, target] of commentTargets) {
			for (const match of comment.value.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
				const start = match.index;
				const end = start + match[0].length;
				if (taken.some(([from, to]) => start < to && end > from)) continue;
				taken.push([start, end]);
				if (!named.has(target)) named.set(target, match[0]);
			}
		}
	}
	if (named.size === 0) return undefined;
	const newest = [...named.keys()].reduce((best, item) => ((targetIds.get(item)?.rank ?? 0) > (targetIds.get(best)?.rank ?? 0) ? item : best));
	const words = [...named.values()].join(', ');
	return { target: newest, because: named.size === 1 ? `a comment naming ${words}` : `comments naming ${words} (the newest of them)` };
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
