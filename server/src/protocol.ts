/**
 * LSP glue: names shared by the server and the VS Code client.
 */

/**
 * The configuration section the server reads (`reseal.*` in package.json). The
 * settings table (`services/settings.ts`) names it too; protocol.ts imports
 * nothing, and `settings.test.ts` checks that the two agree.
 */
export const configurationSection = 'reseal';

/**
 * The language ids the extension contributes or serves. `xml` is VS Code's own
 * language; the client only sends it files named unattend.xml/autounattend.xml.
 */
export const languageIds = ['sysprep-inf', 'winbom-ini', 'cmdlines', 'bat', 'unattend-xml', 'setup-log', 'xml'] as const;

/** Language ids too generic to select by id: files with them are selected by name (`fileNamePatterns`). */
export const nameOnlyLanguageIds: readonly string[] = ['xml'];

/** Files the server recognises by name even when the editor gives them a generic language id. */
export const fileNamePatterns = [
	'**/[Ss][Yy][Ss][Pp][Rr][Ee][Pp].[Ii][Nn][Ff]',
	'**/[Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Tt][Xx][Tt]',
	'**/*.[Ss][Ii][Ff]',
	'**/[Ww][Ii][Nn][Bb][Oo][Mm].[Ii][Nn][Ii]',
	'**/[Cc][Mm][Dd][Ll][Ii][Nn][Ee][Ss].[Tt][Xx][Tt]',
	'**/[Aa][Uu][Tt][Oo][Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Xx][Mm][Ll]',
	'**/[Uu][Nn][Aa][Tt][Tt][Ee][Nn][Dd].[Xx][Mm][Ll]',
	'**/[Ss][Ee][Tt][Uu][Pp][Aa][Cc][Tt].[Ll][Oo][Gg]',
	'**/[Ss][Ee][Tt][Uu][Pp][Ee][Rr][Rr].[Ll][Oo][Gg]',
	'**/[Pp][Aa][Nn][Tt][Hh][Ee][Rr]/**/*.[Ll][Oo][Gg]',
] as const;

/** The client's document selector: every Reseal language id, plus the file names above. */
export function documentSelector(): ({ language: string } | { scheme: string; pattern: string })[] {
	return [
		...languageIds.filter((id) => !nameOnlyLanguageIds.includes(id)).map((language) => ({ language })),
		...fileNamePatterns.map((pattern) => ({ scheme: 'file', pattern })),
	];
}
