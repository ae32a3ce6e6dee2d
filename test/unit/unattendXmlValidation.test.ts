/**
 * unattend.xml diagnostics, one row per behaviour. Expectations live in the
 * fixtures as caret annotations (see test/utils/fixture.ts); `only` limits a
 * row to the codes it is about, so fixtures stay short.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, documentFor, service, single } from '../utils/fixture';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';

/** A clean file with one component in one pass, to which rows add one mistake. */
function file(pass: string, component: string, body: string): string {
	return `//- /unattend.xml\n<unattend ${ns}>\n<settings pass="${pass}">\n<component name="${component}" ${ids}>\n${body}\n</component>\n</settings>\n</unattend>\n`;
}

test('a clean answer file has no diagnostics', () => {
	checkDiagnostics(`
		//- /unattend.xml
		<?xml version="1.0" encoding="utf-8"?>
		<unattend ${ns}>
		  <settings pass="specialize">
		    <component name="Microsoft-Windows-Shell-Setup" ${ids}>
		      <ComputerName>*</ComputerName>
		      <TimeZone>UTC</TimeZone>
		    </component>
		  </settings>
		  <settings pass="oobeSystem">
		    <component name="Microsoft-Windows-International-Core" ${ids}>
		      <InputLocale>0409:00000409;de-DE</InputLocale>
		      <UILanguage>en-US</UILanguage>
		    </component>
		  </settings>
		</unattend>
		`);
});

const cases: [string, string, string[]][] = [
	[
		'a malformed XML declaration and a character XML forbids stop Setup',
		`
		//- /unattend.xml
		<?xml version="1.0" standalone="YES"?>
		^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error xml.syntax-declaration: standalone takes "yes" or "no" (lower case), not 'YES'.
		<unattend ${ns}>
		<Path>page\fbreak</Path>
		          ^ error xml.syntax-character: XML does not allow the character U+000C anywhere in a document (not even in a comment or written as a reference); Setup rejects the file. Remove it.
		</unattend>
		`,
		['xml.syntax-declaration', 'xml.syntax-character'],
	],
	[
		'a bare & in a command line',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<Path>a & b</Path>
		        ^ error xml.syntax-ampersand: A bare '&' in text is not allowed in XML; Windows Setup stops reading the answer file here. Write each '&' as '&amp;'.
		</unattend>
		`,
		['xml.syntax-ampersand'],
	],
	[
		'a broken attribute is reported in words',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize" pass="oobeSystem"></settings>
		                            ^^^^ error xml.syntax-tag: 'pass' appears twice on <settings>; XML allows each attribute once.
		</unattend>
		`,
		['xml.syntax-tag'],
	],
	[
		'an unclosed element is reported at its start tag',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		^^^^^^^^^ error xml.syntax-unclosed: <settings> is never closed: </unattend> on this line closes its parent first. Add </settings> before it.
		</unattend>
		`,
		['xml.syntax-unclosed'],
	],
	[
		'the namespace is checked and named',
		`
		//- /unattend.xml
		<unattend xmlns="urn:schemas-microsoft-com:unattended">
		                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error xml.wrong-namespace: The answer-file namespace is "urn:schemas-microsoft-com:unattend", not "urn:schemas-microsoft-com:unattended"…
		</unattend>
		`,
		['xml.wrong-namespace'],
	],
	[
		'a missing namespace',
		`
		//- /unattend.xml
		<unattend>
		 ^^^^^^^^ error xml.wrong-namespace: <unattend> needs xmlns="urn:schemas-microsoft-com:unattend"; without it Setup finds no settings in the file.
		</unattend>
		`,
		['xml.wrong-namespace'],
	],
	[
		'wcm: without its declaration',
		`
		//- /unattend.xml
		<unattend ${ns}><settings pass="specialize"><component name="Microsoft-Windows-Deployment">
		<RunSynchronous><RunSynchronousCommand wcm:action="add">
		                                       ^^^ error xml.unbound-prefix…
		</RunSynchronousCommand></RunSynchronous></component></settings></unattend>
		`,
		['xml.unbound-prefix'],
	],
	[
		'pass names are case-sensitive',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="OobeSystem"></settings>
		                ^^^^^^^^^^ error xml.unknown-pass: Pass names are case-sensitive: write 'oobeSystem', not 'OobeSystem'; Setup skips a pass it does not recognise.
		<settings pass="specialise"></settings>
		                ^^^^^^^^^^ error xml.unknown-pass: 'specialise' is not a configuration pass; did you mean 'specialize'?
		<settings></settings>
		 ^^^^^^^^ error xml.missing-pass…
		</unattend>
		`,
		['xml.unknown-pass', 'xml.missing-pass'],
	],
	[
		'a component in a pass that does not apply it',
		file('oobeSystem', 'Microsoft-Windows-PnpSysprep', '<PersistAllDeviceInstalls>true</PersistAllDeviceInstalls>').replace(
			'<component name="Microsoft-Windows-PnpSysprep"',
			'<component name="Microsoft-Windows-PnpSysprep"\n                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.component-wrong-pass: Microsoft-Windows-PnpSysprep is applied only in generalize and specialize; in oobeSystem Setup ignores it and all its settings.\n',
		),
		['xml.component-wrong-pass'],
	],
	[
		'a misspelled component gets a did-you-mean; an unknown one only information',
		`
		//- /unattend.xml
		<unattend ${ns}><settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setp" ${ids}></component>
		                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.unknown-component: 'Microsoft-Windows-Shell-Setp' is not a Windows component; did you mean 'Microsoft-Windows-Shell-Setup'? Setup ignores a component it cannot find.
		<component name="Contoso-Branding" ${ids}></component>
		                 ^^^^^^^^^^^^^^^^ information xml.unknown-component…
		</settings></unattend>
		`,
		['xml.unknown-component'],
	],
	[
		'a setting in a pass where it is not applied',
		file('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<ComputerName>PC1</ComputerName>').replace('<ComputerName>PC1</ComputerName>', '<ComputerName>PC1</ComputerName>\n ^^^^^^^^^^^^ warning xml.setting-wrong-pass: ComputerName is applied only in offlineServicing and specialize; in oobeSystem Setup ignores it.'),
		['xml.setting-wrong-pass'],
	],
	[
		'unknown settings: case, typo, another component',
		file(
			'specialize',
			'Microsoft-Windows-Shell-Setup',
			[
				'<Computername>PC1</Computername>',
				' ^^^^^^^^^^^^ warning xml.unknown-setting: Element names are case-sensitive: Microsoft-Windows-Shell-Setup has \'ComputerName\', not \'Computername\'.',
				'<RegisteredOwnr>IT</RegisteredOwnr>',
				' ^^^^^^^^^^^^^^ warning xml.unknown-setting: \'RegisteredOwnr\' is not a setting of Microsoft-Windows-Shell-Setup; did you mean \'RegisteredOwner\'?',
				'<SkipAutoActivation>true</SkipAutoActivation>',
				' ^^^^^^^^^^^^^^^^^^ warning xml.unknown-setting: \'SkipAutoActivation\' is not a setting of Microsoft-Windows-Shell-Setup; it belongs to Microsoft-Windows-Security-SPP-UX or Microsoft-Windows-Security-Licensing-SLC-UX.',
			].join('\n'),
		),
		['xml.unknown-setting'],
	],
	[
		'values: booleans, enums, numbers, time zones, locales',
		file(
			'oobeSystem',
			'Microsoft-Windows-Shell-Setup',
			[
				'<OOBE><HideEULAPage>yes</HideEULAPage>',
				'                    ^^^ error xml.invalid-value: \'yes\' is not valid for HideEULAPage: it must be true or false.',
				'<ProtectYourPC>4</ProtectYourPC></OOBE>',
				'               ^ error xml.invalid-value: \'4\' is not valid for ProtectYourPC: it must be 1, 2 or 3.',
				'<TimeZone>Pacific Standard Tme</TimeZone>',
				'          ^^^^^^^^^^^^^^^^^^^^ error xml.invalid-value: \'Pacific Standard Tme\' is not valid for TimeZone: it is not a Windows time-zone ID; did you mean \'Pacific Standard Time\'.',
				'<AutoLogon><LogonCount>0</LogonCount></AutoLogon>',
				'                       ^ error xml.invalid-value: \'0\' is not valid for LogonCount: it must be 1 or more.',
			].join('\n'),
		),
		['xml.invalid-value'],
	],
	[
		'a value spelled in the wrong case is a warning',
		file('specialize', 'Microsoft-Windows-Deployment', '<RunSynchronous><RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>x.exe</Path><WillReboot>onrequest</WillReboot></RunSynchronousCommand></RunSynchronous>').replace(
			'</RunSynchronous>\n',
			'</RunSynchronous>\n                                                                                                      ^^^^^^^^^ warning xml.invalid-value: \'onrequest\' is not valid for WillReboot: it is spelled \'OnRequest\' in the reference; write it exactly.\n',
		),
		['xml.invalid-value'],
	],
	[
		'Order values that repeat, are not positive, or are missing',
		file(
			'specialize',
			'Microsoft-Windows-Deployment',
			[
				'<RunSynchronous>',
				'<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>a.exe</Path></RunSynchronousCommand>',
				'<RunSynchronousCommand wcm:action="add"><Order>1</Order><Path>b.exe</Path></RunSynchronousCommand>',
				'                                               ^ error xml.duplicate-order: Order 1 is already used on line 5; every command of RunSynchronous needs its own Order.',
				'<RunSynchronousCommand wcm:action="add"><Order>-2</Order><Path>c.exe</Path></RunSynchronousCommand>',
				'                                               ^^ error xml.invalid-value: \'-2\' is not valid for Order: it must be from 1 to 500.',
				'<RunSynchronousCommand wcm:action="add"><Path>d.exe</Path></RunSynchronousCommand>',
				' ^^^^^^^^^^^^^^^^^^^^^ error xml.incomplete-command: This RunSynchronousCommand has no Order; Setup needs one to place the command in the list.',
				'<RunSynchronousCommand wcm:action="add"><Order>5</Order><Description>nothing</Description></RunSynchronousCommand>',
				' ^^^^^^^^^^^^^^^^^^^^^ error xml.incomplete-command: This RunSynchronousCommand has no Path, so Setup has nothing to run.',
				'</RunSynchronous>',
			].join('\n'),
		),
		['xml.duplicate-order', 'xml.invalid-value', 'xml.incomplete-command'],
	],
	[
		'SkipRearm = 1 warns about the rearm limit',
		file('generalize', 'Microsoft-Windows-Security-SPP', '<SkipRearm>1</SkipRearm>\n           ^ warning xml.skip-rearm: SkipRearm = 1 keeps the activation state through generalize. That is only for intermediate Sysprep runs (Windows 7 and earlier allow three rearms in all)…'),
		['xml.skip-rearm'],
	],
	[
		'passwords in plain text, and a hidden password that is not what Windows SIM writes',
		file(
			'oobeSystem',
			'Microsoft-Windows-Shell-Setup',
			[
				'<UserAccounts><AdministratorPassword><Value>secret</Value><PlainText>true</PlainText></AdministratorPassword>',
				'                                                                     ^^^^ information xml.plaintext-password…',
				'<LocalAccounts><LocalAccount wcm:action="add"><Name>a</Name><Password><Value>not base64!</Value><PlainText>false</PlainText></Password></LocalAccount></LocalAccounts></UserAccounts>',
				'                                                                             ^^^^^^^^^^^ warning xml.password-encoding…',
			].join('\n'),
		),
		['xml.plaintext-password', 'xml.password-encoding'],
	],
	[
		'product keys in clear text are information; malformed ones are errors',
		file('specialize', 'Microsoft-Windows-Shell-Setup', '<ProductKey>ABCDE-FGHIJ-KLMNO-PQRST-UVWXY</ProductKey>\n            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information xml.cleartext-product-key…'),
		['xml.cleartext-product-key', 'xml.invalid-value'],
	],
	[
		'list items: missing action, unknown action, duplicate keys',
		file(
			'specialize',
			'Microsoft-Windows-DNS-Client',
			[
				'<DNSSuffixSearchOrder>',
				'<DomainName wcm:keyValue="1">a.example</DomainName>',
				' ^^^^^^^^^^ information xml.list-action…',
				'<DomainName wcm:action="append" wcm:keyValue="1">b.example</DomainName>',
				'                        ^^^^^^ warning xml.list-action: wcm:action must be add, modify, remove; \'append\' makes Setup reject the item.',
				'                                              ^ error xml.duplicate-key…',
				'</DNSSuffixSearchOrder>',
			].join('\n'),
		),
		['xml.list-action', 'xml.duplicate-key'],
	],
	[
		'architecture that differs from the other components',
		`
		//- /unattend.xml
		<unattend ${ns}><settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}></component>
		<component name="Microsoft-Windows-Security-SPP-UX" ${ids}></component>
		<component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="x86" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"></component>
		                                                                          ^^^ warning xml.mixed-architecture…
		</settings></unattend>
		`,
		['xml.mixed-architecture'],
	],
	[
		'missing component attributes',
		`
		//- /unattend.xml
		<unattend ${ns}><settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"></component>
		 ^^^^^^^^^ error xml.component-attribute: <component> lacks publicKeyToken, language, versionScope; Setup identifies a component by all five attributes and skips one it cannot match.
		</settings></unattend>
		`,
		['xml.component-attribute'],
	],
	[
		'duplicates: pass, component, setting',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}><TimeZone>UTC</TimeZone><TimeZone>UTC</TimeZone></component>
		                                                                                                                                                                                                                                                ^^^^^^^^ warning xml.duplicate-setting…
		<component name="Microsoft-Windows-Shell-Setup" ${ids}></component>
		                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.duplicate-component…
		</settings>
		<settings pass="specialize"></settings>
		                ^^^^^^^^^^ warning xml.duplicate-pass…
		</unattend>
		`,
		['xml.duplicate-pass', 'xml.duplicate-component', 'xml.duplicate-setting'],
	],
	[
		'a value in a container and children in a value',
		file('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<OOBE>true</OOBE>\n      ^^^^ warning xml.unexpected-content…\n<TimeZone><Name>UTC</Name></TimeZone>\n ^^^^^^^^ warning xml.unexpected-content…'),
		['xml.unexpected-content'],
	],
	[
		'the root must be unattend',
		`
		//- /unattend.xml
		<answers/>
		 ^^^^^^^ error xml.not-unattend…
		//- /tasks/UnattendedBoot.xml
		<Task xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task"><Actions/></Task>
		 ^^^^ information xml.not-unattend: This is a <Task> document of http://schemas.microsoft.com/windows/2004/02/mit/task, not an answer file; Reseal does not check it as one.
		`,
		['xml.not-unattend'],
	],
	[
		'Windows SIM housekeeping elements are accepted; others are not',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<cpi:offlineImage cpi:source="wim:c:/install.wim#Windows" xmlns:cpi="urn:schemas-microsoft-com:cpi" />
		<setting pass="specialize"/>
		 ^^^^^^^ warning xml.unexpected-element…
		</unattend>
		`,
		['xml.unexpected-element'],
	],
	[
		'template tokens are left alone',
		file('specialize', 'Microsoft-Windows-Shell-Setup', '<TimeZone>{{ .TimeZone }}</TimeZone><ComputerName>${computer_name}</ComputerName>'),
		['xml.invalid-value'],
	],
];

for (const [name, fixture, only] of cases) {
	test(name, () => {
		checkDiagnostics(fixture, { only });
	});
}

test('diagnostics stop at maxDiagnostics with a note', () => {
	const body = Array.from({ length: 30 }, () => '<Bogus/>').join('\n');
	const fixture = single(file('specialize', 'Microsoft-Windows-PnpSysprep', body));
	const diagnostics = service.doValidation(documentFor(fixture), { maxDiagnostics: 5 });
	assert.equal(diagnostics.length, 6);
	assert.equal(diagnostics[0].code, 'reseal.truncated');
});

test('unattend.xml files opened with the generic xml language id are checked by name', () => {
	assert.equal(service.kindOf('file:///w/Autounattend.xml', 'xml'), 'unattend-xml');
	assert.equal(service.kindOf('file:///w/sysprep-unattend.xml', 'xml'), 'unattend-xml');
	assert.equal(service.kindOf('file:///w/pom.xml', 'xml'), undefined);
});
