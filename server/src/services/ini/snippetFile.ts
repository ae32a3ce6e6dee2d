/**
 * Service layer: the VS Code snippet file for Sysprep.inf, rendered from the
 * skeletons and the section snippets of the knowledge table (`npm run docs`).
 */
import { sysprepInfSkeletons } from '../../knowledge/skeletons';
import { sysprepInf } from '../../knowledge/sysprepInf';

export function renderSysprepSnippets(): string {
	const snippets: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
	sysprepInfSkeletons.forEach((skeleton, index) => {
		snippets[skeleton.label] = { prefix: [index === 0 ? 'sysprep-full' : 'sysprep-domain', 'skeleton'], body: skeleton.body.split('\n'), description: skeleton.doc };
	});
	for (const section of sysprepInf.sections) {
		if (!section.snippet) continue;
		snippets[`[${section.name}] section`] = {
			prefix: [`[${section.name}]`, `section-${section.name.toLowerCase()}`],
			body: section.snippet.split('\n'),
			description: section.doc.split(/(?<=\.)\s/)[0] ?? section.doc,
		};
	}
	return `${JSON.stringify(snippets, null, '\t')}\n`;
}
