/**
 * Suppression comments, `reseal.severity`, and the "Disable this finding on
 * this line" quick-fix (`services/suppression.ts`, applied by the façade).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, checkDiagnostics, dedent, documentFor, parseFixture, service, single } from '../utils/fixture';

const required = ['inf.missing-required-entry'];

test('answer files: `; reseal-disable-next-line code` silences that code on the next line only', () => {
	checkDiagnostics(
		`
		//- /Sysprep.inf
		[Unattended]
		OemSkipEula = Yes
		; reseal-disable-next-line inf.unknown-entry
		Foo = 1
		Bar = 2
		^^^ warning inf.unknown-entry: 'Bar' is not an entry of [Unattended].
		`,
		{ ignore: required },
	);
});

test('a directive for another code, or on another line, silences nothing', () => {
	checkDiagnostics(
		`
		//- /Sysprep.inf
		[Unattended]
		; reseal-disable-next-line inf.cleartext-password
		Foo = 1
		^^^ warning inf.unknown-entry
		; reseal-disable-next-line inf.unknown-entry

		Bar = 2
		^^^ warning inf.unknown-entry
		`,
		{ ignore: required },
	);
});

test('stacked directives cover the first line below them; no code means every code; a reason after -- is ignored', () => {
	checkDiagnostics(
		`
		//- /work/sysprep.bat
		@echo off
		rem reseal-disable-next-line bat.external-tool -- we ship sync.exe in C:\\Sysprep
		:: reseal-disable-next-line bat.missing-accepteula
		sync.exe
		@REM reseal-disable-next-line
		pskill.exe x
		psexec.exe \\\\pc cmd
		^^^^^^^^^^ info bat.external-tool
		^^^^^^^^^^ warning bat.missing-accepteula
		`,
	);
});

test('the whole-file form silences the codes it names everywhere in the file', () => {
	checkDiagnostics(
		`
		//- /work/sysprep.bat
		@echo off
		rem reseal-disable-file bat.external-tool
		sync.exe
		^^^^^^^^ warning bat.missing-accepteula
		pskill.exe x
		^^^^^^^^^^ warning bat.missing-accepteula
		`,
	);
	checkDiagnostics(
		`
		//- /Sysprep.inf
		; reseal-disable-file inf.missing-required-entry, inf.unknown-entry
		[Unattended]
		Foo = 1
		`,
	);
});

test('unattend.xml: <!-- reseal-disable-next-line code -->', () => {
	checkDiagnostics(
		`
		//- /unattend.xml
		<?xml version="1.0" encoding="utf-8"?>
		<unattend xmlns="urn:schemas-microsoft-com:unattend">
		  <settings pass="oobeSystem">
		    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="x86" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
		      <UserAccounts>
		        <AdministratorPassword>
		          <Value>secret</Value>
		          <!-- reseal-disable-next-line xml.plaintext-password -->
		          <PlainText>true</PlainText>
		        </AdministratorPassword>
		      </UserAccounts>
		      <Bogus>1</Bogus>
		       ^^^^^ hint xml.unknown-setting
		    </component>
		  </settings>
		</unattend>
		`,
		{ settings: { severity: { 'xml.unknown-setting': 'hint' } } },
	);
});

test('an unknown code in a comment is reported where it is written', () => {
	checkDiagnostics(
		`
		//- /Winbom.ini
		[Factory]
		; reseal-disable-next-line winbom.no-such-rule, inf.unknown-entry
		                           ^^^^^^^^^^^^^^^^^^^ warning reseal.unknown-code: 'winbom.no-such-rule' is not a Reseal diagnostic code, so this comment silences nothing for it.
		FactoryComputerName = PC1
		`,
		{ only: ['reseal.unknown-code'] },
	);
});

test('reseal.severity changes a level, `off` drops the finding, and it applies after the comments', () => {
	checkDiagnostics(
		`
		//- /Sysprep.inf
		[Unattended]
		Foo = 1
		^^^ error inf.unknown-entry
		; reseal-disable-next-line inf.nothing-like-this
		                           ^^^^^^^^^^^^^^^^^^^^^ hint reseal.unknown-code
		Bar = 2
		^^^ error inf.unknown-entry
		`,
		{ settings: { severity: { 'inf.missing-required-entry': 'off', 'inf.unknown-entry': 'error', 'reseal.unknown-code': 'hint' } } },
	);
});

test('the same text checked with and without a severity map answers each time for its settings', () => {
	const document = documentFor(single('[Unattended]\nFoo = 1\n'));
	const codes = (severity?: Record<string, 'off' | 'error'>) => service.doValidation(document, severity ? { severity } : {}).map((diagnostic) => `${String(diagnostic.code)}:${diagnostic.severity}`);
	assert.ok(codes().includes('inf.unknown-entry:2'));
	assert.ok(codes({ 'inf.unknown-entry': 'error' }).includes('inf.unknown-entry:1'));
	assert.ok(!codes({ 'inf.unknown-entry': 'off' }).some((code) => code.startsWith('inf.unknown-entry')));
	assert.ok(codes().includes('inf.unknown-entry:2'), 'the cached validation is not changed by an earlier override');
});

test('quick-fix: "Disable this finding on this line" inserts the comment in the kind\'s syntax, indented like the line', () => {
	const inf = applyFix(
		`
		[Unattended]
		  Foo$0 = 1
		`,
		'Disable this finding on this line (inf.unknown-entry)',
	);
	assert.equal(inf, dedent(`
		[Unattended]
		  ; reseal-disable-next-line inf.unknown-entry
		  Foo = 1
		`));
	const bat = applyFix('//- /work/sysprep.bat\n@echo off\r\nsync.exe /accepteula$0\r\n', /bat\.external-tool/);
	assert.equal(bat, '@echo off\r\nrem reseal-disable-next-line bat.external-tool\r\nsync.exe /accepteula\r\n', 'CRLF files get a CRLF line');
	// The fixed file has nothing left to report for that code.
	const fixed = parseFixture(`//- /work/sysprep.bat\n${bat}`)[0];
	assert.ok(!service.doValidation(documentFor(fixed)).some((diagnostic) => diagnostic.code === 'bat.external-tool'));
});

test('quick-fix: a directive already above the line gets the code added', () => {
	const text = applyFix(
		`
		//- /work/sysprep.bat
		rem reseal-disable-next-line bat.external-tool -- shipped
		sync.exe$0
		`,
		/bat\.missing-accepteula/,
	);
	assert.equal(text, 'rem reseal-disable-next-line bat.external-tool, bat.missing-accepteula -- shipped\nsync.exe\n');
	const xml = applyFix(
		`
		//- /unattend.xml
		<unattend xmlns="urn:schemas-microsoft-com:unattend">
		  <settings pass="oobeSystem">
		    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="x86" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
		      <Bogus>1</Bogus>$0
		    </component>
		  </settings>
		</unattend>
		`,
		/xml\.unknown-setting/,
	);
	assert.match(xml, /\n {6}<!-- reseal-disable-next-line xml\.unknown-setting -->\n {6}<Bogus>1<\/Bogus>\n/);
});

test('quick-fix: not offered where a comment line would change the file (inside an XML tag)', () => {
	const fixture = single(
		`
		//- /unattend.xml
		<unattend xmlns="urn:schemas-microsoft-com:unattend">
		  <settings pass="oobeSystem">
		    <component name="Microsoft-Windows-Shell-Setup"
		        processorArchitecture="sparc" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
		    </component>
		  </settings>
		</unattend>
		`,
	);
	const document = documentFor(fixture);
	const diagnostics = service.doValidation(document).filter((diagnostic) => diagnostic.range.start.line === 3);
	assert.ok(diagnostics.length > 0, 'the fixture has a finding on the attribute line');
	const actions = service.doCodeActions(document, diagnostics[0].range, diagnostics);
	assert.ok(!actions.some((action) => action.title.startsWith('Disable this finding')), actions.map((action) => action.title).join(' | '));
});

test('quick-fix: not offered for reseal.unknown-code (the comment is corrected instead)', () => {
	const document = documentFor(single('[Unattended]\n; reseal-disable-next-line inf.unknown-entri\nFoo = 1\n'));
	const diagnostics = service.doValidation(document).filter((diagnostic) => diagnostic.code === 'reseal.unknown-code');
	assert.equal(diagnostics.length, 1);
	const actions = service.doCodeActions(document, diagnostics[0].range, diagnostics);
	assert.deepEqual(actions.map((action) => action.title), []);
});
