/**
 * Service layer: diagnostic codes of `unattend.xml` / `autounattend.xml`
 * (Windows Vista and later answer files).
 *
 * Codes are stable; renaming one breaks users' CI. `xml.syntax-*` codes come
 * from the XML parser (Setup rejects the whole file for any of them); the
 * others check the answer file against `knowledge/unattendXml.ts`.
 */
import type { DiagnosticCodeSpec } from './types';

export const unattendXmlCodes = [
	{ code: 'xml.syntax-ampersand', severity: 'error', summary: 'A bare `&` (in a command line, a URL or a password) or an unknown entity such as `&nbsp;`; XML requires `&amp;`, and Setup rejects the whole answer file.' },
	{ code: 'xml.syntax-unclosed', severity: 'error', summary: 'An element that is never closed, or an end tag that does not match the open element; Setup cannot read the file.' },
	{ code: 'xml.syntax-tag', severity: 'error', summary: 'A malformed tag or attribute (missing `>`, missing or unbalanced quotes, a duplicate attribute, a `<` in text); Setup cannot read the file.' },
	{ code: 'xml.syntax-comment', severity: 'error', summary: 'A comment, CDATA section or declaration that is never closed, or `--` inside a comment (typically a commented-out block that held a comment).' },
	{ code: 'xml.syntax-structure', severity: 'error', summary: 'The XML declaration is not the very first thing in the file, text or a second element sits outside `<unattend>`, or there is no root element.' },
	{ code: 'xml.syntax-declaration', severity: 'error', summary: 'A malformed XML declaration (`<?xml VERSION="1.0"?>`, a bad encoding name, `standalone` other than `yes`/`no`, parts out of order), a processing instruction without a proper target (`<?XML …?>`, `<? ?>`), or a `<!` that starts no comment, CDATA section or DOCTYPE; Setup rejects the file.' },
	{ code: 'xml.syntax-character', severity: 'error', summary: 'A character XML forbids anywhere in a document (control characters such as a form feed or escape, U+FFFE, U+FFFF, a lone surrogate), typically pasted from another tool; Setup rejects the file.' },
	{ code: 'xml.unbound-prefix', severity: 'error', summary: 'A prefix such as `wcm:` is used without its `xmlns:wcm` declaration; Setup rejects the file.' },
	{ code: 'xml.not-unattend', severity: 'error', summary: 'The root element is not `<unattend>`, so the file is not an answer file Setup can use.' },
	{ code: 'xml.wrong-namespace', severity: 'error', summary: '`<unattend>` lacks `xmlns="urn:schemas-microsoft-com:unattend"` or names another namespace; Setup then finds no settings at all.' },
	{ code: 'xml.unexpected-element', severity: 'warning', summary: 'An element where Setup expects none: something other than `<settings>` under `<unattend>`, or other than `<component>` under `<settings>`.' },
	{ code: 'xml.missing-pass', severity: 'error', summary: 'A `<settings>` element without a `pass` attribute; Setup cannot tell when to apply it.' },
	{ code: 'xml.unknown-pass', severity: 'error', summary: '`pass` names no configuration pass (the seven are windowsPE, offlineServicing, generalize, specialize, auditSystem, auditUser, oobeSystem; the names are case-sensitive).' },
	{ code: 'xml.duplicate-pass', severity: 'warning', summary: 'Two `<settings>` elements for the same pass; keep one per pass as Windows SIM does.' },
	{ code: 'xml.component-attribute', severity: 'error', summary: 'A `<component>` lacks `name`, `processorArchitecture`, `publicKeyToken`, `language` or `versionScope`, or gives one an impossible value.' },
	{ code: 'xml.mixed-architecture', severity: 'warning', summary: 'Components disagree on `processorArchitecture`; the ones that do not match the image are silently skipped (a copied x86 block in an amd64 file is the usual cause).' },
	{ code: 'xml.unknown-component', severity: 'warning', summary: 'A component name Reseal does not know; with a close match it is likely a typo, and Setup ignores a misspelled component.' },
	{ code: 'xml.component-wrong-pass', severity: 'warning', summary: 'A component in a pass where Setup does not apply it (for example Microsoft-Windows-PnpSysprep outside generalize); its settings are silently ignored.' },
	{ code: 'xml.duplicate-component', severity: 'warning', summary: 'The same component (name and architecture) appears twice in one pass; only one of them takes effect.' },
	{ code: 'xml.unknown-setting', severity: 'warning', summary: 'An element that is not a setting of its component or parent (with a "did you mean" when close); Setup fails validation or ignores it.' },
	{ code: 'xml.setting-wrong-pass', severity: 'warning', summary: 'A setting placed in a pass where Setup does not apply it (for example `OOBE` outside oobeSystem, `ComputerName` outside specialize).' },
	{ code: 'xml.duplicate-setting', severity: 'warning', summary: 'The same setting appears twice in one parent; only one value takes effect.' },
	{ code: 'xml.unexpected-content', severity: 'warning', summary: 'A value written inside a container setting (which holds elements), or child elements inside a value setting.' },
	{ code: 'xml.invalid-value', severity: 'error', summary: 'A value outside the setting\'s domain: not `true`/`false`, not one of the listed values, a number out of range, a malformed product key, locale or time zone.' },
	{ code: 'xml.deprecated-setting', severity: 'warning', summary: 'A setting Microsoft deprecated or removed for the targeted Windows release (`reseal.unattend.target`); a deprecated one is reported as information, a removed one as a warning.' },
	{ code: 'xml.list-action', severity: 'warning', summary: 'A list item without `wcm:action` (Windows SIM writes `add`), with an unknown action, or a keyed item without `wcm:keyValue`.' },
	{ code: 'xml.duplicate-key', severity: 'error', summary: 'Two items of one list share a `wcm:keyValue`; Setup cannot tell them apart.' },
	{ code: 'xml.duplicate-order', severity: 'error', summary: 'Two commands of one list (`RunSynchronous`, `FirstLogonCommands`, …) share an `Order`; Setup stops with an error or runs only one of them.' },
	{ code: 'xml.incomplete-command', severity: 'error', summary: 'A command without `Order` or without what to run (`Path`, `CommandLine`).' },
	{ code: 'xml.skip-rearm', severity: 'warning', summary: '`SkipRearm` = 1: fine for intermediate Sysprep runs, but the final run must rearm (0) or the image keeps its activation clock and KMS client ID; Windows 7 and earlier allow three rearms in all.' },
	{ code: 'xml.plaintext-password', severity: 'information', summary: 'A password with `PlainText` = `true`: anyone who reads the answer file, the image or the cached copy in `Windows\\Panther` learns it. `PlainText` = `false` is no protection either: Windows SIM only Base64-encodes the password.' },
	{ code: 'xml.password-encoding', severity: 'warning', summary: 'With `PlainText` = `false` the `Value` is not what Windows SIM writes (Base64 of the UTF-16LE password plus its suffix), so the account gets a different password than intended.' },
	{ code: 'xml.cleartext-product-key', severity: 'information', summary: 'A product key written in the answer file; it stays readable in the file, the image and the cached copy.' },
	{ code: 'xml.missing-answer-file', severity: 'warning', summary: 'A batch script runs `sysprep /unattend:<file>` with an answer file that is not in the workspace; Sysprep stops when it cannot find it.' },
	{ code: 'xml.template-placeholder', severity: 'hint', summary: 'A value, attribute or line that a build tool substitutes before Setup reads the file (`%VAR%`, `@@NAME@@`, `{Name}`, `[NAME]`, `$env:X`, `{{ name }}`, `${var}`, `{% … %}`, `%{ if … ~}`, a padded fill-in slot); it is not checked further.' },
	{ code: 'xml.empty-value', severity: 'information', summary: 'An empty element the reference says is not supported (a warning for a typed value such as `DebugJoin`, information for text), or an empty typed value the reference says nothing about (information); leave the element out or give a value.' },
	{ code: 'xml.blank-password', severity: 'warning', summary: 'An administrator or account password that is empty: the account gets no password (or, for the built-in Administrator, Setup may stop and ask).' },
	{ code: 'xml.product-key-placement', severity: 'error', summary: 'A product key typed directly inside a container such as `UserData/ProductKey`, where it belongs in the child `<Key>` element; Setup does not see it.' },
	{ code: 'xml.namespace-typo', severity: 'warning', summary: 'An `xmlns` declaration that is almost a namespace Setup reads (`https://` instead of `http://`, a changed letter), so the elements or `wcm:` attributes it covers are in the wrong namespace and Setup does not see them.' },
	{ code: 'xml.powershell-command', severity: 'warning', summary: 'A command line that starts with a PowerShell cmdlet (`Start-Process …`); Setup starts programs, not cmdlets, so the command cannot run unless it goes through `powershell.exe -Command`.' },
	{ code: 'xml.packer-missing-file', severity: 'warning', summary: 'A command runs a script from the floppy or CD drive (`A:\\setup.ps1`, `E:\\scripts\\x.cmd`) that the Packer template shipping this answer file does not carry in `floppy_files`, `cd_files` or `cd_content`; the command fails and the build waits for WinRM.' },
	{ code: 'xml.image-unreadable', severity: 'warning', summary: 'The Windows image the file is checked against (`reseal.unattend.image`, `--image`, a `<!-- reseal: image=… -->` comment, the workspace\'s `install.wim`/`install.esd`) cannot be read: not a WIM or ESD, split, truncated, or missing.' },
	{ code: 'xml.image-selection', severity: 'error', summary: 'The `MetaData` image selection matches no image of the install image (a name that is not in `install.wim`, an index given as a name, a key that is not an `/IMAGE/` path), or a multi-image file is installed without any selection: Setup stops and asks which image to install.' },
	{ code: 'xml.image-architecture', severity: 'error', summary: 'No component is for the architecture of the image (or of a release that exists only for amd64/arm64), so Setup applies none of them.' },
	{ code: 'xml.image-language', severity: 'warning', summary: 'The default UI language is not one the image holds; unless the file adds the language pack, Setup reports the language as not valid.' },
	{ code: 'xml.image-key', severity: 'error', summary: 'A published product key (KMS client or generic key) of another Windows release than the image\'s; Setup rejects it.' },
	{ code: 'xml.not-cached', severity: 'information', summary: 'An `autounattend.xml` without a windowsPE pass: Setup caches the answer file for the later passes while it runs windowsPE from the media, so the specialize and oobeSystem settings are not cached and are found after the first restart only if the media is still attached or a build step places the file in Windows\\Panther.' },
	{ code: 'xml.powershell-syntax', severity: 'error', summary: 'The script a `powershell.exe`/`pwsh.exe` command hands PowerShell (after `-Command`, once the command-line parser has taken its quotes, or decoded from `-EncodedCommand`) does not parse: a string or here-string never closed, a here-string on one line, a `{`, `(`, `[`, `$(`, `@(` or `@{` never closed, a stray closer; PowerShell runs none of it.' },
	{ code: 'xml.powershell-quoting', severity: 'warning', summary: 'Quotes inside `-Command "…"` that the command-line parser removes before PowerShell sees the code (only `\\"` passes a quote through), so PowerShell receives different code; the message shows what it receives.' },
	{ code: 'xml.powershell-policy', severity: 'warning', summary: 'A `.ps1` script run with `-File` (or first in `-Command`) without `-ExecutionPolicy`: the default policy on Windows client editions is Restricted, which runs no script file (Windows Server 2012 R2 and later default to RemoteSigned); information when the file sets the policy elsewhere.' },
	{ code: 'xml.powershell-arguments', severity: 'error', summary: 'The arguments of `powershell.exe`/`pwsh.exe` are wrong: `-Command`/`-File`/a value-taking switch at the end, `-EncodedCommand` that is not Base64 of UTF-16LE, `-Command -` with nothing redirected, `-File` on a file that is not `.ps1`, a bad `-WindowStyle` or `-ExecutionPolicy` value (errors); a host switch after the script file, which goes to the script, or a misspelt switch (warnings).' },
	{ code: 'xml.powershell-prompt', severity: 'warning', summary: 'The PowerShell code of a command prompts (`Read-Host`, `Get-Credential`, `pause`) and the command lacks `-NonInteractive`; nobody answers during an unattended pass, so it waits for ever.' },
	{ code: 'xml.truncated', severity: 'information', summary: 'Superseded by `reseal.truncated` (no longer reported): more problems than `reseal.validation.maxDiagnostics`.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type UnattendXmlCode = (typeof unattendXmlCodes)[number]['code'];
