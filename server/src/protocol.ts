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
 * The language ids the extension contributes or serves. `xml`, `powershell`,
 * `terraform`, `hcl` and `yaml` belong to other extensions; the client sends
 * such files by name only, and the server keeps those whose content holds an
 * answer file (an unattend root, a here-string, a heredoc, a block scalar).
 */
export const languageIds = ['sysprep-inf', 'winbom-ini', 'cmdlines', 'bat', 'unattend-xml', 'setup-log', 'xml', 'powershell', 'terraform', 'hcl', 'yaml'] as const;

/** Language ids too generic to select by id: files with them are selected by name (`fileNamePatterns`). */
export const nameOnlyLanguageIds: readonly string[] = ['xml', 'powershell', 'terraform', 'hcl', 'yaml'];

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
	// Names whose content decides (model/documentKind.ts `needsContent`): any XML, templates, host files.
	'**/*.[Xx][Mm][Ll]',
	'**/*.pkrtpl.hcl',
	'**/*.{pkrtpl,tftpl,j2,jinja,jinja2,mako,erb,gotmpl,tmpl,tpl,template,in}',
	'**/*.{ps1,psm1,PS1,PSM1}',
	'**/*.{tf,hcl}',
	'**/*.{yml,yaml,YML,YAML}',
] as const;

/** The client's document selector: every Reseal language id, plus the file names above. */
export function documentSelector(): ({ language: string } | { scheme: string; pattern: string })[] {
	return [
		...languageIds.filter((id) => !nameOnlyLanguageIds.includes(id)).map((language) => ({ language })),
		...fileNamePatterns.map((pattern) => ({ scheme: 'file', pattern })),
	];
}

/**
 * `reseal/timeline` (client → server): what Setup will do with an answer file,
 * pass by pass. Params: `{ uri, scenario? }` (`media`, `sysprep`, `audit`,
 * `apply`); result: the timeline model of `services/unattendXml/unattendTimeline.ts`,
 * or null for a document without one.
 */
export const timelineRequest = 'reseal/timeline';

/**
 * `reseal/autoClose` (client → server): the user just typed `>` or `/` in an
 * XML answer file. Params: `{ textDocument: { uri }, position }`, the position
 * just after the typed character; result: `{ snippet, range }` — a snippet
 * (`$0` marks the cursor) to insert at the zero-width `range` (`$0</Name>`
 * after a start tag, `Name>$0` after `</`, `>$0` after `<Name /`) — or null.
 * The server answers null when `reseal.unattend.autoCloseTags` is false.
 */
export const autoCloseRequest = 'reseal/autoClose';
