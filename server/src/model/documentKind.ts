/**
 * Model layer: which kind of file a document is, from its language id and,
 * when the id is generic, from its file name (in any case: real media has
 * `SYSPREP.INF`, `Sysprep.inf` and `sysprep.inf`).
 */

/** Every document kind Reseal understands. */
export type DocumentKind = 'sysprep-inf' | 'unattend-txt' | 'winbom-ini' | 'cmdlines' | 'bat' | 'unattend-xml' | 'setup-log';

const byLanguageId: Record<string, DocumentKind> = {
	'sysprep-inf': 'sysprep-inf',
	'winbom-ini': 'winbom-ini',
	cmdlines: 'cmdlines',
	bat: 'bat',
	'unattend-xml': 'unattend-xml',
	'setup-log': 'setup-log',
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
	return setupLogFromName(uriOrPath, name);
}

/**
 * Setup and Sysprep logs: `setupact.log`, `setuperr.log`, XP's `setuplog.txt`
 * and Sysprep's `setupcl.log` by name, and any `.log` in a `Panther` folder
 * (`%WINDIR%\Panther`, its `UnattendGC`, `Sysprep\Panther`,
 * `$WINDOWS.~BT\Sources\Panther`).
 */
const setupLogNames = new Set(['setupact.log', 'setuperr.log', 'setuplog.txt', 'setupcl.log']);

function setupLogFromName(uriOrPath: string, name: string): DocumentKind | undefined {
	if (setupLogNames.has(name)) return 'setup-log';
	if (!name.endsWith('.log')) return undefined;
	let path = uriOrPath;
	try {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) path = decodeURIComponent(new URL(path).pathname);
	} catch {
		// Not a URL; use it as a path.
	}
	const folders = path.toLowerCase().split(/[\\/]/).slice(0, -1);
	return folders.includes('panther') ? 'setup-log' : undefined;
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
