/**
 * Model layer: which kind of file a document is, from its language id and,
 * when the id is generic, from its file name (in any case: real media has
 * `SYSPREP.INF`, `Sysprep.inf` and `sysprep.inf`).
 */

/** Every document kind Reseal understands. */
export type DocumentKind = 'sysprep-inf' | 'unattend-txt' | 'winbom-ini' | 'cmdlines' | 'bat' | 'unattend-xml';

const byLanguageId: Record<string, DocumentKind> = {
	'sysprep-inf': 'sysprep-inf',
	'winbom-ini': 'winbom-ini',
	cmdlines: 'cmdlines',
	bat: 'bat',
	'unattend-xml': 'unattend-xml',
};

/** The last path segment of a URI or path, decoded, lower-cased. */
export function baseName(uriOrPath: string): string {
	let path = uriOrPath;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL after all; use it as a path.
	}
	const parts = path.split(/[\\/]/);
	return (parts[parts.length - 1] ?? '').toLowerCase();
}

/** The kind a file name implies, or undefined for files Reseal leaves alone. */
export function kindFromName(uriOrPath: string): DocumentKind | undefined {
	const name = baseName(uriOrPath);
	if (name === 'sysprep.inf') return 'sysprep-inf';
	if (name === 'unattend.txt' || name === 'winnt.sif' || name.endsWith('.sif')) return 'unattend-txt';
	if (name === 'winbom.ini') return 'winbom-ini';
	if (name === 'cmdlines.txt') return 'cmdlines';
	if (name.endsWith('.bat') || name.endsWith('.cmd')) return 'bat';
	if (name === 'unattend.xml' || name === 'autounattend.xml') return 'unattend-xml';
	// Copies kept under other names: `sysprep-2003.inf`, `xp_winbom.ini`, `old-cmdlines.txt`.
	if (name.endsWith('.inf') && name.includes('sysprep')) return 'sysprep-inf';
	if (name.endsWith('.txt') && name.includes('unattend')) return 'unattend-txt';
	if (name.endsWith('.ini') && name.includes('winbom')) return 'winbom-ini';
	if (name.endsWith('.txt') && name.includes('cmdlines')) return 'cmdlines';
	if (name.endsWith('.xml') && name.includes('unattend')) return 'unattend-xml';
	return undefined;
}

/**
 * The document's kind: a Reseal language id wins, except that the
 * `sysprep-inf` id also covers Unattend.txt/winnt.sif, told apart by name.
 */
export function kindOf(uriOrPath: string, languageId?: string): DocumentKind | undefined {
	const fromName = kindFromName(uriOrPath);
	if (languageId === 'sysprep-inf' && fromName === 'unattend-txt') return 'unattend-txt';
	const fromId = languageId ? byLanguageId[languageId] : undefined;
	return fromId ?? fromName;
}
