/**
 * The quick-fix table (`services/codes/quickFixes.ts`): every answer-file code
 * says what its fix does or why it has none, and every code that claims a fix
 * gets a code action on a sample file that, applied, clears the finding.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { allDiagnosticCodes } from '../../server/src/services/diagnosticCodes';
import { quickFixNotes } from '../../server/src/services/codes/quickFixes';
import { quickFixPrefixes } from '../utils/docs';
import { dedent, service } from '../utils/fixture';

const wcm = 'http://schemas.microsoft.com/WMIConfig/2002/State';
const attrs = `processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="${wcm}"`;

/** An answer file: `passes` maps a pass to the inner XML of its components (`name` → body). */
function unattend(passes: Record<string, Record<string, string>>): string {
	const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<unattend xmlns="urn:schemas-microsoft-com:unattend">'];
	for (const [pass, components] of Object.entries(passes)) {
		lines.push(`\t<settings pass="${pass}">`);
		for (const [name, body] of Object.entries(components)) {
			lines.push(`\t\t<component name="${name}" ${attrs}>`);
			for (const line of body.split('\n')) lines.push(`\t\t\t${line}`);
			lines.push('\t\t</component>');
		}
		lines.push('\t</settings>');
	}
	lines.push('</unattend>', '');
	return lines.join('\n');
}

const shell = 'Microsoft-Windows-Shell-Setup';
const deployment = 'Microsoft-Windows-Deployment';

interface FixCase {
	readonly path: string;
	readonly text: string;
	/** The action to apply (default: the preferred one, else the first). */
	readonly title?: RegExp;
	/** The whole text after the fix, when the test pins it. */
	readonly expect?: string;
}

/** One sample per code that claims a fix; each holds that finding once. */
const cases: Record<string, FixCase> = {
	'xml.syntax-ampersand': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>Tom & Jerry</RegisteredOwner>' } }) },
	'xml.syntax-tag': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>a < b</RegisteredOwner>' } }) },
	'xml.syntax-character': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>a\u000cb</RegisteredOwner>' } }) },
	'xml.unbound-prefix': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>cmd /c exit</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }).replace(` xmlns:wcm="${wcm}"`, ''),
	},
	'xml.wrong-namespace': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' } }).replace(' xmlns="urn:schemas-microsoft-com:unattend"', '') },
	'xml.missing-pass': { path: '/unattend.xml', text: unattend({ specialize: { 'Microsoft-Windows-Setup': '<EnableFirewall>true</EnableFirewall>' } }).replace('<settings pass="specialize">', '<settings>'), expect: unattend({ windowsPE: { 'Microsoft-Windows-Setup': '<EnableFirewall>true</EnableFirewall>' } }) },
	'xml.duplicate-pass': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' } }).replace('\t</settings>\n', `\t</settings>\n\t<settings pass="specialize">\n\t\t<component name="Microsoft-Windows-International-Core" ${attrs}>\n\t\t\t<UserLocale>en-US</UserLocale>\n\t\t</component>\n\t</settings>\n`),
		expect: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>', 'Microsoft-Windows-International-Core': '<UserLocale>en-US</UserLocale>' } }),
	},
	'xml.unknown-pass': { path: '/unattend.xml', text: unattend({ oobe: { [shell]: '<OOBE>\n\t<HideEULAPage>true</HideEULAPage>\n</OOBE>' } }) },
	'xml.component-attribute': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' } }).replace(' language="neutral"', '') },
	'xml.mixed-architecture': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>', 'Microsoft-Windows-International-Core': '<UserLocale>en-US</UserLocale>' }, oobeSystem: { [shell]: '<OOBE>\n\t<HideEULAPage>true</HideEULAPage>\n</OOBE>' } }).replace(
			/(International-Core" processorArchitecture=")amd64/,
			'$1x86',
		),
	},
	'xml.unknown-component': { path: '/unattend.xml', text: unattend({ specialize: { 'Microsoft-Windows-Shell-Setp': '<RegisteredOwner>IT</RegisteredOwner>' } }) },
	'xml.component-wrong-pass': { path: '/unattend.xml', text: unattend({ specialize: { 'Microsoft-Windows-Setup': '<EnableFirewall>true</EnableFirewall>' } }) },
	'xml.unknown-setting': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwnr>IT</RegisteredOwnr>' } }) },
	'xml.unknown-setting (wrap)': {
		path: '/autounattend.xml',
		text: unattend({ windowsPE: { 'Microsoft-Windows-Setup': '<DiskConfiguration>\n\t<Disk wcm:action="add">\n\t\t<DiskID>0</DiskID>\n\t\t<ModifyPartition wcm:action="add">\n\t\t\t<Order>1</Order>\n\t\t\t<PartitionID>1</PartitionID>\n\t\t</ModifyPartition>\n\t</Disk>\n</DiskConfiguration>' } }),
		expect: unattend({ windowsPE: { 'Microsoft-Windows-Setup': '<DiskConfiguration>\n\t<Disk wcm:action="add">\n\t\t<DiskID>0</DiskID>\n\t\t<ModifyPartitions><ModifyPartition wcm:action="add">\n\t\t\t<Order>1</Order>\n\t\t\t<PartitionID>1</PartitionID>\n\t\t</ModifyPartition></ModifyPartitions>\n\t</Disk>\n</DiskConfiguration>' } }),
	},
	'xml.setting-wrong-pass': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' }, oobeSystem: { [shell]: '<ComputerName>PC-01</ComputerName>\n<OOBE>\n\t<HideEULAPage>true</HideEULAPage>\n</OOBE>' } }),
		expect: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>\n<ComputerName>PC-01</ComputerName>' }, oobeSystem: { [shell]: '<OOBE>\n\t<HideEULAPage>true</HideEULAPage>\n</OOBE>' } }),
	},
	'xml.invalid-value': { path: '/unattend.xml', text: unattend({ oobeSystem: { [shell]: '<OOBE>\n\t<HideEULAPage>ture</HideEULAPage>\n</OOBE>' } }) },
	'xml.list-action': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand>\n\t\t<Order>1</Order>\n\t\t<Path>cmd /c exit</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }).replace(` xmlns:wcm="${wcm}"`, ''),
		expect: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>cmd /c exit</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.duplicate-order': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>a.exe</Path>\n\t</RunSynchronousCommand>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>b.exe</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.incomplete-command': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>3</Order>\n\t\t<Path>a.exe</Path>\n\t</RunSynchronousCommand>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Path>b.exe</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
		expect: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>3</Order>\n\t\t<Path>a.exe</Path>\n\t</RunSynchronousCommand>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>4</Order>\n\t\t<Path>b.exe</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.skip-rearm': { path: '/unattend.xml', text: unattend({ generalize: { 'Microsoft-Windows-Security-SPP': '<SkipRearm>1</SkipRearm>' } }), title: /SkipRearm to 0/ },
	'xml.password-encoding': {
		path: '/unattend.xml',
		text: unattend({ oobeSystem: { [shell]: '<UserAccounts>\n\t<AdministratorPassword>\n\t\t<Value>Secret1!</Value>\n\t\t<PlainText>false</PlainText>\n\t</AdministratorPassword>\n</UserAccounts>' } }),
	},
	'xml.product-key-placement': { path: '/unattend.xml', text: unattend({ windowsPE: { 'Microsoft-Windows-Setup': '<UserData>\n\t<ProductKey>ABCDE-FGHIJ-KLMNO-PQRST-UVWXY</ProductKey>\n</UserData>' } }) },
	'xml.namespace-typo': { path: '/unattend.xml', text: unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' } }).replace(`xmlns:wcm="${wcm}"`, `xmlns:wcm="${wcm.replace('http:', 'https:')}"`) },
	'xml.powershell-command': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>Start-Process cmd -ArgumentList "/c a &amp;&amp; b"</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.command-needs-cmd': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>mkdir C:\\Temp</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.command-start-no-wait': {
		path: '/unattend.xml',
		text: unattend({ specialize: { [deployment]: '<RunSynchronous>\n\t<RunSynchronousCommand wcm:action="add">\n\t\t<Order>1</Order>\n\t\t<Path>cmd /c start C:\\setup.exe</Path>\n\t</RunSynchronousCommand>\n</RunSynchronous>' } }),
	},
	'xml.image-selection': {
		path: '/autounattend.xml',
		text: unattend({
			windowsPE: {
				'Microsoft-Windows-Setup': '<ImageInstall>\n\t<OSImage>\n\t\t<InstallFrom>\n\t\t\t<MetaData wcm:action="add">\n\t\t\t\t<Key>/IMAGE/NAME</Key>\n\t\t\t\t<Value>2</Value>\n\t\t\t</MetaData>\n\t\t</InstallFrom>\n\t</OSImage>\n</ImageInstall>',
			},
		}),
	},

	'inf.unknown-section': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEula = Yes\n\n[GuiUnatended]\nOEMSkipWelcome = 1\n' },
	'inf.entry-outside-section': { path: '/Sysprep.inf', text: 'OemSkipEula = Yes\n[Unattended]\nInstallFilesPath = C:\\Sysprep\\i386\n', expect: '[Unattended]\nInstallFilesPath = C:\\Sysprep\\i386\nOemSkipEula = Yes\n' },
	'inf.unknown-entry (move)': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEula = Yes\nJoinWorkgroup = WORKGROUP\n\n[Identification]\nJoinDomain = CORP\n' },
	'inf.unknown-entry': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEul = Yes\n' },
	'inf.missing-value': { path: '/Sysprep.inf', text: '[Networking]\nInstallDefaultComponents =\n', expect: '[Networking]\nInstallDefaultComponents = Yes\n' },
	'inf.blank-prompts': { path: '/Sysprep.inf', text: '[GuiUnattended]\nTimeZone =\n', expect: '[GuiUnattended]\nTimeZone = 035\n' },
	'inf.unquoted-value': { path: '/Sysprep.inf', text: '[GuiUnattended]\nAdminPassword = pass,word\n', expect: '[GuiUnattended]\nAdminPassword = "pass,word"\n' },
	'inf.missing-equals': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEula Yes\n' },
	'inf.invalid-value': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEula = Yse\n' },
	'inf.duplicate-entry': { path: '/Sysprep.inf', text: '[Unattended]\nOemSkipEula = Yes\nOemSkipEula = Yes\n', title: /Remove/ },
	'inf.rem-comment': { path: '/Sysprep.inf', text: 'REM settings\n[Unattended]\nOemSkipEula = Yes\n' },
	'inf.hash-comment': { path: '/Sysprep.inf', text: '# settings\n[Unattended]\nOemSkipEula = Yes\n' },
	'inf.malformed-section': { path: '/Sysprep.inf', text: '[Unattended\nOemSkipEula = Yes\n', expect: '[Unattended]\nOemSkipEula = Yes\n' },
	'inf.line-continued': { path: '/Sysprep.inf', text: '[Unattended]\nInstallFilesPath = C:\\Sysprep\\i386\\\n', expect: '[Unattended]\nInstallFilesPath = "C:\\Sysprep\\i386\\"\n' },
	'inf.missing-required-entry': { path: '/Sysprep.inf', text: '[Unattended]\nInstallFilesPath = C:\\Sysprep\\i386\n' },
	'inf.automation-value': { path: '/Sysprep.inf', text: '[GuiUnattended]\nOEMSkipWelcome = 0\n' },
	'inf.driver-path-is-file': { path: '/Sysprep.inf', text: '[Unattended]\nOemPnPDriversPath = drivers\\nic\\nic.inf\n', expect: '[Unattended]\nOemPnPDriversPath = drivers\\nic\n' },
	'inf.guirunonce-quoting': { path: '/Sysprep.inf', text: '[GuiRunOnce]\nCommand0 = "C:\\Program Files\\x.exe /s\n', expect: '[GuiRunOnce]\nCommand0 = "C:\\Program Files\\x.exe /s"\n' },
	'inf.guirunonce-joined': { path: '/Sysprep.inf', text: '[GuiRunOnce]\nCommand0 = "C:\\Program Files\\x.exe" /s\n' },
	'inf.guirunonce-start-no-wait': { path: '/Sysprep.inf', text: '[GuiRunOnce]\nCommand0 = "cmd /c start C:\\setup.exe"\n', expect: '[GuiRunOnce]\nCommand0 = "cmd /c start /wait C:\\setup.exe"\n' },
	'inf.guirunonce-needs-cmd': { path: '/Sysprep.inf', text: '[GuiRunOnce]\nCommand0 = "mkdir C:\\Temp"\n' },

	'cmdlines.unquoted-command': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands]\n"C:\\Program Files\\x.exe /s\n' },
	'cmdlines.joined-command': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands]\n"setup.exe" /s\n' },
	'cmdlines.empty-command': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands]\n""\n"setup.exe /s"\n', expect: '[Commands]\n"setup.exe /s"\n' },
	'cmdlines.missing-commands-section': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '"setup.exe /s"\n', expect: '[Commands]\n"setup.exe /s"\n' },
	'cmdlines.unknown-section': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Command]\n"setup.exe /s"\n' },
	'cmdlines.outside-section': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '"setup.exe /s"\n', expect: '[Commands]\n"setup.exe /s"\n' },
	'cmdlines.outside-section (move)': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '"first.exe"\n[Commands]\n"setup.exe /s"\n', expect: '[Commands]\n"setup.exe /s"\n"first.exe"\n' },
	'cmdlines.malformed-section': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands\n"setup.exe /s"\n', expect: '[Commands]\n"setup.exe /s"\n' },
	'cmdlines.comment-marker': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '# drivers\n[Commands]\n"setup.exe /s"\n' },
	'cmdlines.start-no-wait': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands]\n"cmd /c start setup.exe"\n', expect: '[Commands]\n"cmd /c start /wait setup.exe"\n' },
	'cmdlines.needs-cmd': { path: '/Sysprep/i386/$OEM$/Cmdlines.txt', text: '[Commands]\n"mkdir C:\\Temp"\n' },

	'winbom.missing-factory-section': { path: '/Winbom.ini', text: '[WinPE]\nRestart = Reboot\n' },
};

const answerFileCodes = allDiagnosticCodes.map((spec) => spec.code).filter((code) => quickFixPrefixes.some((prefix) => code.startsWith(prefix)));

test('every answer-file code says what its quick-fix does or why it has none', () => {
	const missing = answerFileCodes.filter((code) => !(code in quickFixNotes));
	assert.deepEqual(missing, [], `add a fix or noFix row to services/codes/quickFixes.ts for: ${missing.join(', ')}`);
	const stale = Object.keys(quickFixNotes).filter((code) => !answerFileCodes.includes(code));
	assert.deepEqual(stale, [], 'rows for codes that no table has');
	for (const [code, note] of Object.entries(quickFixNotes)) {
		const text = 'fix' in note ? note.fix : note.noFix;
		assert.ok(text.trim().length > 10, `${code}: say what the fix does, or why there is none`);
	}
});

test('every code that claims a fix has a sample here', () => {
	const claimed = Object.entries(quickFixNotes).filter(([, note]) => 'fix' in note).map(([code]) => code);
	assert.deepEqual(claimed.filter((code) => !(code in cases)), [], 'add a sample to `cases`');
	assert.deepEqual(Object.keys(cases).map((key) => key.replace(/ \(.*\)$/, '')).filter((code) => !claimed.includes(code)), [], 'a sample for a code whose row says it has no fix');
});

function countOf(diagnostics: readonly Diagnostic[], code: string): number {
	return diagnostics.filter((item) => item.code === code).length;
}

for (const [key, sample] of Object.entries(cases)) {
	// A key may name a second sample of a code: `xml.unknown-setting (wrap)`.
	const code = key.replace(/ \(.*\)$/, '');
	test(`the quick-fix of ${key} clears the finding`, () => {
		const document = TextDocument.create(`file://${sample.path}`, '', 1, sample.text);
		const before = service.doValidation(document);
		const finding = before.find((item) => item.code === code);
		assert.ok(finding, `the sample does not report ${code}: ${before.map((item) => item.code).join(', ')}`);
		const actions = service.doCodeActions(document, finding.range, [finding]).filter((action: CodeAction) => !action.title.startsWith('Disable this finding'));
		const action = sample.title ? actions.find((item) => sample.title!.test(item.title)) : (actions.find((item) => item.isPreferred) ?? actions[0]);
		assert.ok(action, `no quick-fix for ${code}; offered: ${actions.map((item) => item.title).join(' | ')}`);
		const edits = action.edit?.changes?.[document.uri] ?? [];
		assert.ok(edits.length > 0, `${action.title} has no edits`);
		const fixed = TextDocument.applyEdits(document, edits);
		if (sample.expect !== undefined) assert.equal(fixed, sample.expect);
		const after = service.doValidation(TextDocument.create(document.uri, '', 2, fixed));
		assert.ok(countOf(after, code) < countOf(before, code), `${code} is still reported after '${action.title}':\n${fixed}`);
		if (countOf(before, code) === 1) assert.equal(countOf(after, code), 0);
		// A fix never breaks the file: no syntax finding appears that was not there.
		const syntax = (list: readonly Diagnostic[]) => list.filter((item) => /^(xml\.syntax-|xml\.unbound-prefix|inf\.syntax|inf\.malformed-section|cmdlines\.malformed-section)/.test(String(item.code))).length;
		assert.ok(syntax(after) <= syntax(before), `'${action.title}' made the file malformed:\n${fixed}`);
	});
}

test('a quick-fix inside an answer file embedded in a PowerShell script lands in the host', () => {
	const inner = unattend({ specialize: { [shell]: '<RegisteredOwner>IT</RegisteredOwner>' }, oobeSystem: { [shell]: '<ComputerName>PC-01</ComputerName>\n<OOBE>\n\t<HideEULAPage>true</HideEULAPage>\n</OOBE>' } });
	const host = dedent(`
		$xml = @'
		${inner.replace(/\n/g, '\n\t\t')}
		'@
		Set-Content -Path C:\\Windows\\Panther\\unattend.xml -Value $xml
	`);
	const document = TextDocument.create('file:///w/build.ps1', 'powershell', 1, host);
	const diagnostics = service.doValidation(document);
	const finding = diagnostics.find((item) => item.code === 'xml.setting-wrong-pass');
	assert.ok(finding, diagnostics.map((item) => item.code).join());
	const action = service.doCodeActions(document, finding.range, [finding]).find((item) => /Move ComputerName to the specialize pass/.test(item.title));
	assert.ok(action);
	const fixed = TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
	assert.match(fixed, /<RegisteredOwner>IT<\/RegisteredOwner>\n\t*<ComputerName>PC-01<\/ComputerName>/);
	assert.ok(!service.doValidation(TextDocument.create(document.uri, 'powershell', 2, fixed)).some((item) => item.code === 'xml.setting-wrong-pass'));
	assert.match(fixed, /^Set-Content/m);
});
