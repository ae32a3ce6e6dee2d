/**
 * Service layer: an `unattend.xml` against the Windows image it installs.
 *
 * Which image: a `<!-- reseal: image=… -->` comment in the file, the
 * `reseal.unattend.image` setting (the CLI's `--image`), or the one
 * `install.wim`/`install.esd` of the workspace. Its metadata comes through the
 * `WorkspaceView` (the service never reads the disk). With it, the `MetaData`
 * selection, the architecture, the languages and the product key's release are
 * checked against the images the file really holds; without it, only what
 * cannot be right on any image (an index given as a name) is reported.
 */
import type { WimImage } from '../../model/wimImage';
import { elementAt, offsetAt, type XmlElement } from '../../model/xmlParser';
import { CompletionItemKind, MarkupKind, type CompletionList, type Hover, type Position } from 'vscode-languageserver-types';
import { imageArchitectures, imageInstallSettings, imageLanguageSettings, imageProductKeySettings, imageSelectionSettings, metaDataKeys, releaseBuilds, sharedKeyReleases, type ComponentArchitecture, type ImageSettingSpec, type ReleaseBuildSpec } from '../../knowledge/windowsImages';
import { unattendTargets, type UnattendTarget } from '../../knowledge/unattendXmlTargets';
import { publishedKey } from './unattendTarget';
import type { ImageReadResult, Settings, WorkspaceView } from '../kindService';
import { closestMatch } from '../../util/text';
import { childNamed, rangeOf, settingPath, valueOf, type ComponentBlock, type SettingBinding, type UnattendAnalysis } from './unattendAnalysis';
import { hasTemplateToken } from './unattendTemplates';

/** Where the image came from, for messages. */
export interface ImageFacts {
	readonly path: string;
	readonly from: 'comment' | 'setting' | 'workspace';
	readonly result: ImageReadResult;
	/** The directive comment's span when the image was named there. */
	readonly directive?: { readonly start: number; readonly end: number };
}

export type ImageLookup = ImageFacts | { readonly ambiguous: readonly string[] } | undefined;

const directivePattern = /^\s*reseal:/i;
const installImagePattern = /(?:^|\/)install\.(?:wim|esd)$/i;

/** Finds and reads the image for a file; undefined when nothing names one or no workspace can read it. */
export function findImage(analysis: UnattendAnalysis, settings: Pick<Settings, 'unattendImage'>, workspace: WorkspaceView | undefined): ImageLookup {
	if (!workspace?.readImage) return undefined;
	for (const comment of analysis.xml.comments) {
		const path = directivePattern.test(comment.value) ? directiveImage(comment.value) : undefined;
		if (path) return { path, from: 'comment', result: workspace.readImage(path), directive: { start: comment.start, end: comment.end } };
	}
	if (settings.unattendImage.trim() !== '') return { path: settings.unattendImage, from: 'setting', result: workspace.readImage(settings.unattendImage) };
	const found = workspace.listFiles().filter((file) => installImagePattern.test(file));
	if (found.length === 1) return { path: found[0], from: 'workspace', result: workspace.readImage(found[0]) };
	if (found.length > 1) return { ambiguous: found };
	return undefined;
}

/** `image=path` or `image="path with spaces"` in a reseal comment. */
function directiveImage(comment: string): string | undefined {
	const at = comment.search(/\bimage\s*=/i);
	if (at < 0) return undefined;
	const rest = comment.slice(comment.indexOf('=', at) + 1).trimStart();
	if (rest.startsWith('"')) {
		const close = rest.indexOf('"', 1);
		return close > 1 ? rest.slice(1, close) : undefined;
	}
	const path = rest.split(/[\s,]/)[0];
	return path === '' ? undefined : path;
}

export function imageArchitecture(code: number | undefined): (typeof imageArchitectures)[number] | undefined {
	return imageArchitectures.find((arch) => arch.code === code);
}

/** The release an image is, from its build and whether it is a Server edition. */
export function imageRelease(image: WimImage): ReleaseBuildSpec | undefined {
	const build = image.version?.build;
	if (build === undefined) return undefined;
	const server = /server/i.test(image.installationType ?? '') || /^server/i.test(image.editionId ?? '') || /server/i.test(image.productName ?? '');
	const family = server ? 'server' : 'client';
	return releaseBuilds.find((row) => row.family === family && build >= row.fromBuild && build <= row.toBuild);
}

export function describeImage(image: WimImage): string {
	const parts = [`${image.index} '${image.name ?? '(no name)'}'`];
	const details = [image.editionId, imageArchitecture(image.arch)?.label, image.version?.build !== undefined ? `build ${image.version.build}` : undefined].filter((item) => item !== undefined);
	if (details.length > 0) parts.push(`(${details.join(', ')})`);
	return parts.join(' ');
}

/** One `MetaData` entry of the file. */
export interface Selector {
	readonly element: XmlElement;
	readonly key: { readonly value: string; readonly start: number; readonly end: number } | undefined;
	readonly value: { readonly value: string; readonly start: number; readonly end: number } | undefined;
}

export function selectors(analysis: UnattendAnalysis): Selector[] {
	return settingsAt(analysis, imageSelectionSettings).map((binding) => {
		const key = childNamed(binding.element, 'Key');
		const value = childNamed(binding.element, 'Value');
		return { element: binding.element, key: key && valueOf(analysis, key), value: value && valueOf(analysis, value) };
	});
}

/** Whether an image has `value` under the metadata path `key` (`/IMAGE/NAME`); case and surrounding space are not significant. */
export function imageMatches(image: WimImage, key: string, value: string): boolean {
	const path = metaPath(key);
	if (path === undefined) return false;
	const actual = path === 'INDEX' ? String(image.index) : image.fields.get(path);
	return actual !== undefined && actual.trim().toLowerCase() === value.trim().toLowerCase();
}

function metaPath(key: string): string | undefined {
	const upper = key.trim().toUpperCase();
	return upper.startsWith('/IMAGE/') && upper.length > 7 ? upper.slice(7) : undefined;
}

function settingsAt(analysis: UnattendAnalysis, specs: readonly ImageSettingSpec[]): SettingBinding[] {
	const out: SettingBinding[] = [];
	for (const binding of analysis.settings) {
		const component = binding.component.spec?.name ?? binding.component.name;
		const path = settingPath(binding).join('/');
		if (specs.some((spec) => spec.component.toLowerCase() === component.toLowerCase() && spec.path === path)) out.push(binding);
	}
	return out;
}

/** What a check reports; the caller owns codes' severities and the range conversion. */
export interface ImageFinding {
	readonly code: 'xml.image-unreadable' | 'xml.image-selection' | 'xml.image-architecture' | 'xml.image-language' | 'xml.image-key';
	readonly start: number;
	readonly end: number;
	readonly message: string;
	readonly severity?: 'warning' | 'information';
	readonly replacement?: { readonly start: number; readonly end: number; readonly text: string; readonly title: string };
}

export interface ImageCheckInput {
	readonly analysis: UnattendAnalysis;
	readonly lookup: ImageLookup;
	/** The release the file is checked for and how it was chosen (`default` when nothing said). */
	readonly target: { readonly id: UnattendTarget; readonly source: string; readonly because?: string };
}

/** Every image finding of the file. */
export function checkImage(input: ImageCheckInput): ImageFinding[] {
	const out: ImageFinding[] = [];
	const { analysis, lookup } = input;
	const selection = selectors(analysis);
	let images: readonly WimImage[] | undefined;
	let where = '';
	if (lookup && 'ambiguous' in lookup) {
		const at = selection[0]?.element ?? analysis.unattend;
		if (at) out.push({ code: 'xml.image-unreadable', start: at.nameStart, end: at.nameEnd, severity: 'information', message: `The workspace holds ${lookup.ambiguous.length} Windows images (${lookup.ambiguous.slice(0, 4).join(', ')}); name the one this file installs with reseal.unattend.image or <!-- reseal: image=… --> to check the file against it.` });
	} else if (lookup) {
		if (!lookup.result.ok) {
			const span = lookup.directive ?? (selection[0] ? { start: selection[0].element.nameStart, end: selection[0].element.nameEnd } : analysis.unattend ? { start: analysis.unattend.nameStart, end: analysis.unattend.nameEnd } : { start: 0, end: 0 });
			const named = lookup.from === 'comment' ? 'the reseal comment' : lookup.from === 'setting' ? 'reseal.unattend.image' : 'the workspace';
			out.push({ code: 'xml.image-unreadable', start: span.start, end: span.end, message: `The image ${lookup.path} (from ${named}) cannot be checked against: ${lookup.result.reason}.` });
		} else {
			images = lookup.result.images;
			where = lookup.path;
		}
	}
	const candidates = images ? checkSelection(out, selection, images, where, analysis) : undefined;
	checkArchitecture(out, input, candidates, where);
	if (candidates) {
		checkLanguages(out, analysis, candidates, where);
		checkKeyRelease(out, analysis, candidates, where);
	} else {
		checkKeyAgainstTarget(out, input);
		if (!lookup) checkUnselectedMedia(out, analysis);
	}
	return out;
}

/** Without an image: a published key of another release than the one a comment, the setting or an image name names. */
function checkKeyAgainstTarget(out: ImageFinding[], input: ImageCheckInput): void {
	const { analysis, target } = input;
	if (target.source === 'default' || target.source === 'image') return;
	for (const binding of settingsAt(analysis, imageProductKeySettings)) {
		const { value, start, end } = valueOf(analysis, binding.element);
		const keyTarget = publishedKey(value)?.target;
		if (!keyTarget || keyTarget === target.id || sharedKeyReleases.some((row) => row.releases.includes(keyTarget) && row.releases.includes(target.id))) continue;
		// The target may itself come from this key; only a disagreement with another source counts.
		if (target.source === 'file' && target.because?.includes('setup key')) continue;
		const how = target.source === 'comment' ? 'named by the reseal comment' : target.source === 'setting' ? 'from reseal.unattend.target' : `inferred from ${target.because ?? 'the file'}`;
		out.push({ code: 'xml.image-key', start, end, message: `This is a published key of ${labelOf(keyTarget)}, but the file is for ${labelOf(target.id)} (${how}): Setup rejects a key of another release and stops.` });
	}
}

/** The windowsPE Setup component of a file that selects no image and gives no edition-selecting key; Setup then asks on multi-image media. */
function unselectedSetup(analysis: UnattendAnalysis): ComponentBlock | undefined {
	if (selectors(analysis).length > 0) return undefined;
	const keySelects = settingsAt(analysis, imageProductKeySettings.filter((spec) => spec.selectsEdition)).some((binding) => valueOf(analysis, binding.element).value !== '');
	if (keySelects) return undefined;
	return analysis.components.find((component) => component.block.pass?.name === 'windowsPE' && imageSelectionSettings.some((spec) => spec.component.toLowerCase() === (component.spec?.name ?? component.name).toLowerCase()));
}

/** Without an image: a media install that selects no image and gives no key; on multi-edition media Setup asks. */
function checkUnselectedMedia(out: ImageFinding[], analysis: UnattendAnalysis): void {
	const setup = unselectedSetup(analysis);
	if (!setup || settingsAt(analysis, imageInstallSettings).length === 0) return;
	out.push({ code: 'xml.image-selection', start: setup.element.nameStart, end: setup.element.nameEnd, severity: 'information', message: 'The file installs an image (ImageInstall/OSImage) but selects none and gives no product key: on media with several editions Setup stops and asks which one to install. Add ImageInstall/OSImage/InstallFrom/MetaData, or name the image with reseal.unattend.image to check.' });
}

/** The images the selection picks (all of them when it picks none, so later checks still have something to compare). */
function checkSelection(out: ImageFinding[], selection: readonly Selector[], images: readonly WimImage[], where: string, analysis: UnattendAnalysis): readonly WimImage[] {
	const usable = selection.filter((item) => item.key && item.value && item.key.value !== '' && !hasTemplateToken(item.key.value) && !hasTemplateToken(item.value.value));
	if (selection.length === 0) {
		const setup = unselectedSetup(analysis);
		if (images.length > 1 && setup) {
			out.push({ code: 'xml.image-selection', start: setup.element.nameStart, end: setup.element.nameEnd, severity: 'warning', message: `${where} holds ${images.length} images and the file selects none (no ImageInstall/OSImage/InstallFrom/MetaData, no product key): Setup stops and asks which one to install. Images: ${list(images)}.` });
		}
		return images;
	}
	let remaining = images;
	for (const item of usable) {
		const matched = remaining.filter((image) => imageMatches(image, item.key!.value, item.value!.value));
		if (matched.length > 0) {
			remaining = matched;
			continue;
		}
		const path = metaPath(item.key!.value);
		const known = path === undefined ? undefined : metaDataKeys.find((spec) => spec.path === path);
		const values = images.map((image) => (path === 'INDEX' ? String(image.index) : path ? image.fields.get(path) : undefined)).filter((value): value is string => value !== undefined && value !== '');
		const suggestion = suggest(item.value!.value, values);
		const alone = images.some((image) => imageMatches(image, item.key!.value, item.value!.value));
		const reason = alone
			? `no image matches it together with the other MetaData entries`
			: path !== undefined && values.length === 0
				? `no image of ${where} has metadata at ${item.key!.value}`
				: `no image of ${where} has ${known ? known.key : item.key!.value} '${item.value!.value}'`;
		out.push({
			code: 'xml.image-selection',
			start: item.value!.start,
			end: item.value!.end,
			message: `Setup finds no image to install: ${reason}, so it stops and asks. Images: ${list(images)}.${suggestion && !alone ? ` Did you mean '${suggestion}'?` : ''}`,
			replacement: suggestion && !alone ? { start: item.value!.start, end: item.value!.end, text: suggestion, title: `Change to '${suggestion}'` } : undefined,
		});
		return images;
	}
	return remaining;
}

/** A close spelling, else the value the written one starts with or is the start of ("Windows 11 Professional" → "Windows 11 Pro"). */
function suggest(value: string, candidates: readonly string[]): string | undefined {
	const close = closestMatch(value, candidates);
	if (close) return close;
	const lower = value.toLowerCase();
	const related = candidates.filter((candidate) => lower.startsWith(candidate.toLowerCase()) || candidate.toLowerCase().startsWith(lower));
	return related.sort((a, b) => Math.abs(a.length - value.length) - Math.abs(b.length - value.length))[0];
}

function list(images: readonly WimImage[]): string {
	const shown = images.slice(0, 8).map(describeImage).join('; ');
	return images.length > 8 ? `${shown}; and ${images.length - 8} more` : shown;
}

/** Every component written for an architecture the image (or the known release) does not have: Setup applies none of them. */
function checkArchitecture(out: ImageFinding[], input: ImageCheckInput, candidates: readonly WimImage[] | undefined, where: string): void {
	const { analysis } = input;
	const written = analysis.components.filter((component) => component.architecture && component.architecture.value !== '' && !hasTemplateToken(component.architecture.value));
	if (written.length === 0) return;
	let allowed: Set<string>;
	let because: string;
	if (candidates) {
		const archs = candidates.map((image) => imageArchitecture(image.arch)).filter((arch) => arch !== undefined);
		if (archs.length === 0) return;
		allowed = new Set(archs.flatMap((arch) => arch.applies));
		because = `${where} is ${[...new Set(archs.map((arch) => arch.label))].join('/')}`;
	} else {
		if (input.target.source === 'default') return;
		const row = releaseBuilds.find((item) => item.target === input.target.id);
		if (!row) return;
		allowed = new Set<string>(row.architectures);
		const label = unattendTargets.find((item) => item.id === input.target.id)?.label ?? input.target.id;
		const how = input.target.source === 'comment' ? 'named by the reseal comment' : input.target.source === 'setting' ? 'from reseal.unattend.target' : 'inferred from the file';
		because = `${label} (${how}) exists only for ${row.architectures.filter((arch) => arch !== 'wow64').join(', ')}`;
	}
	if (written.some((component) => allowed.has(component.architecture!.value as ComponentArchitecture))) return;
	const first = written[0].architecture!;
	const values = [...new Set(written.map((component) => component.architecture!.value))].join(', ');
	out.push({ code: 'xml.image-architecture', start: first.valueStart, end: first.valueEnd, message: `Every component is for ${values}, but ${because}: Setup applies none of the ${written.length} components.` });
}

function checkLanguages(out: ImageFinding[], analysis: UnattendAnalysis, candidates: readonly WimImage[], where: string): void {
	const languages = new Set(candidates.flatMap((image) => image.languages.map((language) => language.toLowerCase())));
	if (languages.size === 0) return;
	for (const binding of settingsAt(analysis, imageLanguageSettings)) {
		const { value, start, end } = valueOf(analysis, binding.element);
		if (value === '' || hasTemplateToken(value) || languages.has(value.toLowerCase())) continue;
		const held = [...new Set(candidates.flatMap((image) => image.languages))].join(', ');
		out.push({ code: 'xml.image-language', start, end, message: `${where} holds the language${languages.size > 1 ? 's' : ''} ${held}, not '${value}': unless the file adds that language pack, Setup reports the language as not valid and stops.` });
	}
}

function checkKeyRelease(out: ImageFinding[], analysis: UnattendAnalysis, candidates: readonly WimImage[], where: string): void {
	const releases = new Set(candidates.map(imageRelease).filter((row) => row !== undefined).map((row) => row.target));
	if (releases.size !== 1) return;
	const [release] = releases;
	for (const binding of settingsAt(analysis, imageProductKeySettings)) {
		const { value, start, end } = valueOf(analysis, binding.element);
		const keyTarget = publishedKey(value)?.target;
		if (!keyTarget || keyTarget === release || sharedKeyReleases.some((row) => row.releases.includes(keyTarget) && row.releases.includes(release))) continue;
		// The key is secret: the message names its release, never its text.
		out.push({ code: 'xml.image-key', start, end, message: `This is a published key of ${labelOf(keyTarget)}, but ${where} installs ${labelOf(release)}: Setup rejects the key and stops.` });
	}
}

function labelOf(id: UnattendTarget): string {
	return unattendTargets.find((item) => item.id === id)?.label ?? id;
}

/** The images the file's selection picks (all of them when it picks none or nothing matches). */
export function selectedImages(analysis: UnattendAnalysis, images: readonly WimImage[]): readonly WimImage[] {
	let remaining = images;
	for (const item of selectors(analysis)) {
		if (!item.key || !item.value || item.key.value === '' || hasTemplateToken(item.key.value) || hasTemplateToken(item.value.value)) continue;
		const matched = remaining.filter((image) => imageMatches(image, item.key!.value, item.value!.value));
		if (matched.length === 0) return images;
		remaining = matched;
	}
	return remaining;
}

/** The release the selected images are, when they agree on one: it sets the unattend target. */
export function imageTarget(analysis: UnattendAnalysis, lookup: ImageLookup): { target: UnattendTarget; because: string } | undefined {
	if (!lookup || 'ambiguous' in lookup || !lookup.result.ok) return undefined;
	const chosen = selectedImages(analysis, lookup.result.images);
	const releases = [...new Set(chosen.map(imageRelease).filter((row) => row !== undefined).map((row) => row.target))];
	if (releases.length !== 1) return undefined;
	const build = chosen.find((image) => image.version?.build !== undefined)?.version?.build;
	return { target: releases[0], because: `the image ${lookup.path} (build ${build})` };
}

/** Checks that need no image: a `MetaData` entry that cannot be right on any image. */
export function checkSelectionShape(analysis: UnattendAnalysis): ImageFinding[] {
	const out: ImageFinding[] = [];
	for (const item of selectors(analysis)) {
		if (!item.key || !item.value || item.key.value === '' || item.value.value === '' || hasTemplateToken(item.key.value) || hasTemplateToken(item.value.value)) continue;
		const path = metaPath(item.key.value);
		if (path === undefined) {
			out.push({ code: 'xml.image-selection', start: item.key.start, end: item.key.end, message: `'${item.key.value}' is not a metadata path: Setup's keys start with /IMAGE/ (/IMAGE/INDEX, /IMAGE/NAME, /IMAGE/DESCRIPTION), so no image matches and Setup asks which one to install.` });
		} else if (path === 'NAME' && /^\d+$/.test(item.value.value)) {
			out.push({ code: 'xml.image-selection', start: item.value.start, end: item.value.end, severity: 'warning', message: `'${item.value.value}' looks like an image index, but /IMAGE/NAME compares image names: use /IMAGE/INDEX for a number.`, replacement: { start: item.key.start, end: item.key.end, text: '/IMAGE/INDEX', title: 'Select by /IMAGE/INDEX' } });
		} else if (path === 'INDEX' && !/^\d+$/.test(item.value.value)) {
			out.push({ code: 'xml.image-selection', start: item.value.start, end: item.value.end, message: `/IMAGE/INDEX takes the image number (1, 2, …); no image has the index '${item.value.value}', so Setup asks which image to install. Use /IMAGE/NAME to select by name.`, replacement: { start: item.key.start, end: item.key.end, text: '/IMAGE/NAME', title: 'Select by /IMAGE/NAME' } });
		}
	}
	return out;
}

/** The images a `MetaData` entry's key would offer for completion: value and a short description. */
export function valueChoices(images: readonly WimImage[], key: string): { value: string; detail: string }[] {
	const path = metaPath(key);
	if (path === undefined) return [];
	const out: { value: string; detail: string }[] = [];
	for (const image of images) {
		const value = path === 'INDEX' ? String(image.index) : image.fields.get(path);
		if (value !== undefined && value !== '' && !out.some((item) => item.value === value)) out.push({ value, detail: describeImage(image) });
	}
	return out;
}

/** Markdown for hovering a `MetaData` value: the image(s) it selects. */
export function hoverImages(images: readonly WimImage[], key: string, value: string, where: string): string {
	const matched = images.filter((image) => imageMatches(image, key, value));
	if (matched.length === 0) return `No image of \`${where}\` has ${key} \`${value}\`. It holds:\n\n${images.map((image) => `- ${describeImage(image)}`).join('\n')}`;
	return matched
		.map((image) => {
			const rows = [
				`**${image.name ?? '(no name)'}** — image ${image.index} of \`${where}\``,
				image.description ? `Description: ${image.description}` : undefined,
				image.editionId ? `Edition: ${image.editionId}${image.installationType ? ` (${image.installationType})` : ''}` : undefined,
				imageArchitecture(image.arch) ? `Architecture: ${imageArchitecture(image.arch)!.label}` : undefined,
				image.version?.build !== undefined ? `Build: ${[image.version.major, image.version.minor, image.version.build, image.version.spBuild].filter((part) => part !== undefined).join('.')}${imageRelease(image) ? ` (${labelOf(imageRelease(image)!.target)})` : ''}` : undefined,
				image.languages.length > 0 ? `Languages: ${image.languages.join(', ')}` : undefined,
				image.totalBytes !== undefined ? `Size: ${(image.totalBytes / 1073741824).toFixed(2)} GB` : undefined,
			];
			return rows.filter((row) => row !== undefined).join('  \n');
		})
		.join('\n\n');
}

/** The `MetaData` entry whose `Value` holds the position, with the value's span. */
function selectorAt(analysis: UnattendAnalysis, position: Position): { selector: Selector; start: number; end: number } | undefined {
	const offset = offsetAt(analysis.xml, position);
	const element = elementAt(analysis.xml, offset);
	if (!element || element.localName !== 'Value' || element.selfClosing || offset < element.startTagEnd || offset > (element.closeStart ?? element.end)) return undefined;
	const selector = selectors(analysis).find((item) => item.element === element.parent);
	if (!selector?.key) return undefined;
	return { selector, start: element.startTagEnd, end: element.closeStart ?? element.end };
}

function loadedImages(lookup: ImageLookup): { images: readonly WimImage[]; where: string } | undefined {
	if (!lookup || 'ambiguous' in lookup || !lookup.result.ok) return undefined;
	return { images: lookup.result.images, where: lookup.path };
}

/** Completion inside a `MetaData` `Value`: the image names, indexes or descriptions the key compares. */
export function withImageValues(list: CompletionList, analysis: UnattendAnalysis, position: Position, lookup: () => ImageLookup): CompletionList {
	const at = selectorAt(analysis, position);
	const loaded = at && loadedImages(lookup());
	if (!at || !loaded) return list;
	const range = rangeOf(analysis, at.start, at.end);
	const items = valueChoices(loaded.images, at.selector.key!.value).map((choice, index) => ({
		label: choice.value,
		kind: CompletionItemKind.Value,
		detail: `${loaded.where}: ${choice.detail}`,
		sortText: String(index).padStart(4, '0'),
		textEdit: { range, newText: choice.value },
	}));
	return { isIncomplete: list.isIncomplete, items: [...items, ...list.items] };
}

/** Hover on a `MetaData` `Value`: the image it selects in the image the file installs. */
export function imageHover(analysis: UnattendAnalysis, position: Position, lookup: () => ImageLookup): Hover | null {
	const at = selectorAt(analysis, position);
	const loaded = at && at.selector.value && loadedImages(lookup());
	if (!at || !loaded) return null;
	return { contents: { kind: MarkupKind.Markdown, value: hoverImages(loaded.images, at.selector.key!.value, at.selector.value!.value, loaded.where) }, range: rangeOf(analysis, at.start, at.end) };
}
