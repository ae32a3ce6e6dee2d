/**
 * Service layer: the `unattend.xml` skeletons rendered as a VS Code snippet
 * file (`snippets/unattend-xml.code-snippets`) and as plain text (what the
 * snippet expands to with its defaults, used by tests).
 */
import { unattendXmlSkeletons } from '../../knowledge/unattendXml';
import type { UnattendSkeleton } from '../../knowledge/unattendXmlTypes';

/** The snippet file, with a trailing newline; a test keeps the file on disk in step. */
export function renderUnattendSnippets(): string {
	const file: Record<string, { scope: string; prefix: string; description: string; body: readonly string[] }> = {};
	for (const skeleton of unattendXmlSkeletons) file[skeleton.name] = { scope: 'xml', prefix: skeleton.prefix, description: skeleton.description, body: skeleton.body };
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** The skeleton as snippet text (one string). */
export function skeletonSnippet(skeleton: UnattendSkeleton): string {
	return skeleton.body.join('\n');
}

/** The skeleton expanded with the default of every placeholder (first choice, default text, empty otherwise). */
export function expandSkeleton(skeleton: UnattendSkeleton, eol = '\n'): string {
	const defaults = new Map<string, string>();
	const text = skeleton.body.join(eol);
	// Choices and defaults stop at `$`: a class that could run past the next placeholder made each retry scan to the end.
	const pattern = /\$\{(\d+)(?:\|([^$|}]*)\|(?:[^$|}]*\|)*|:([^$}]*))?\}|\$(\d+)/g;
	for (const match of text.matchAll(pattern)) {
		const id = match[1] ?? match[4];
		const value = match[2] ?? match[3];
		if (value !== undefined && !defaults.has(id)) defaults.set(id, value.split(',')[0]);
	}
	return text.replace(pattern, (_all, id: string | undefined, choice: string | undefined, fallback: string | undefined, bare: string | undefined) => {
		const key = id ?? bare!;
		return (choice ?? fallback)?.split(',')[0] ?? defaults.get(key) ?? '';
	});
}
