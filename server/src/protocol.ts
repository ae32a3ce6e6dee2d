/**
 * LSP glue: names shared by the server and the VS Code client.
 */

/** The configuration section the server reads (`reseal.*` in package.json). */
export const configurationSection = 'reseal';

/**
 * The language ids the extension contributes or serves. `xml` is VS Code's own
 * language; the client only sends it files named unattend.xml/autounattend.xml.
 */
export const languageIds = ['sysprep-inf', 'winbom-ini', 'cmdlines', 'bat', 'unattend-xml', 'xml'] as const;

/** Settings as the client sends them (all optional; the server fills defaults). */
export interface ClientSettings {
	target?: 'xp' | '2003';
	architecture?: 'x86' | 'x64' | 'ia64';
	batch?: { enable?: 'all' | 'sysprep' | 'off' };
	validation?: { debounceMs?: number; maxDiagnostics?: number };
	unattend?: { target?: string };
}
