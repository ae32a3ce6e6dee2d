/**
 * Document and range formatting: the INI answer files (with a property test
 * that formatting never changes what the parser reads, and is idempotent) and
 * the cautious unattend.xml pretty-printer.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseIni, type IniDocument } from '../../server/src/model/iniParser';
import { service } from '../utils/fixture';
import { formatted } from '../utils/editing';

const messy = [';SetupMgrTag', '', '', '[Unattended]', '', '    OemSkipEula=Yes   ', '  InstallFilesPath =   C:\\sysprep\\i386', '; keep   this   comment', '[GuiUnattended]', '\tTimeZone= 035', '   ', '', '', '  [UserData]  ', 'FullName = "Fabrikam  Inc."', 'nonsense line without equals', '', ''];

test('Sysprep.inf: spacing, blank lines, indentation and trailing whitespace; CRLF stays CRLF', () => {
	const text = messy.join('\r\n');
	assert.equal(
		formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'spaces' }),
		[';SetupMgrTag', '', '[Unattended]', 'OemSkipEula = Yes', 'InstallFilesPath = C:\\sysprep\\i386', '', '; keep   this   comment', '[GuiUnattended]', 'TimeZone = 035', '', '[UserData]', 'FullName = "Fabrikam  Inc."', 'nonsense line without equals', ''].join('\r\n'),
	);
});

test('equalsSpacing none and keep', () => {
	const text = '[Unattended]\nOemSkipEula =Yes\nOemPreinstall   =   No\nTargetPath=\\WINDOWS\nEmpty =\n';
	assert.equal(formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'none' }), '[Unattended]\nOemSkipEula=Yes\nOemPreinstall=No\nTargetPath=\\WINDOWS\nEmpty=\n');
	assert.equal(formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'keep' }), text, 'keep leaves a tidy file alone');
	assert.equal(formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'spaces' }), '[Unattended]\nOemSkipEula = Yes\nOemPreinstall = No\nTargetPath = \\WINDOWS\nEmpty =\n');
});

test('a Setup Manager file keeps its four-space indentation and key=value style', () => {
	const text = ';SetupMgrTag\r\n[Unattended]\r\n    OemSkipEula=Yes\r\n    OemPreinstall=No\r\n  TargetPath=\\WINDOWS \r\n[GuiUnattended]\r\n    TimeZone=35\r\n';
	assert.equal(formatted(text), ';SetupMgrTag\r\n[Unattended]\r\n    OemSkipEula=Yes\r\n    OemPreinstall=No\r\n    TargetPath=\\WINDOWS\r\n\r\n[GuiUnattended]\r\n    TimeZone=35\r\n');
});

test('lines with a parser problem, and lines before the first section, are left as they are', () => {
	const text = 'stray = before   \n[Unattended]\nOemSkipEula = "Yes   \n[Broken  \nkey   =  value\n';
	assert.equal(formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'none' }), 'stray = before   \n\n[Unattended]\nOemSkipEula = "Yes   \n\n[Broken  \nkey=value\n');
});

test('a file without a final line break keeps it that way; a BOM stays', () => {
	assert.equal(formatted('\ufeff[Unattended]\nOemSkipEula  = Yes', '/Sysprep.inf', { formatEqualsSpacing: 'spaces' }), '\ufeff[Unattended]\nOemSkipEula = Yes');
});

test('range formatting touches only the selected lines', () => {
	const text = '[Unattended]\nA  =  1\nB  =  2\nC  =  3\n';
	const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } };
	assert.equal(formatted(text, '/Sysprep.inf', { formatEqualsSpacing: 'none' }, range), '[Unattended]\nA  =  1\nB=2\nC  =  3\n');
});

test('Winbom.ini and Cmdlines.txt format the same way; command lines are untouched inside', () => {
	assert.equal(formatted('[Factory]\nWinbomType=Factory\n[OEMRunOnce]\n  "Viewer",  "Viewer.Install", MSI   \n', '/Winbom.ini', { formatEqualsSpacing: 'spaces' }), '[Factory]\nWinbomType = Factory\n\n[OEMRunOnce]\n"Viewer",  "Viewer.Install", MSI\n');
	// One command line: its indentation is the file's usual one, so it stays.
	assert.equal(formatted('\r\n[Commands]\r\n   "rundll32.exe  setupapi,InstallHinfSection  DefaultInstall 128 .\\x.inf"  \r\n\r\n\r\n', '/Cmdlines.txt'), '[Commands]\r\n   "rundll32.exe  setupapi,InstallHinfSection  DefaultInstall 128 .\\x.inf"\r\n');
});

test('batch files are not formatted', () => {
	assert.equal(formatted('@echo off   \r\n  goto   :eof\r\n', '/sysprep.bat'), '@echo off   \r\n  goto   :eof\r\n');
});

/** What a parse says about a file: every section, entry, value line and comment, without positions. */
function meaning(doc: IniDocument): unknown {
	const lines = (list: IniDocument['preamble']) => list.map((line) => (line.type === 'entry' ? ['entry', line.key, line.value, line.quoted] : ['value', line.value, line.quoted]));
	return {
		preamble: lines(doc.preamble),
		sections: doc.sections.map((section) => [section.name, lines(section.lines)]),
		comments: doc.comments.map((comment) => comment.text),
		trailing: doc.trailingComments.map((comment) => comment.text),
		continued: doc.continuedLines.length,
		problems: doc.problems.map((problem) => problem.code),
	};
}

test('property: formatting keeps sections, entries, values and comments, keeps CRLF, and is idempotent', () => {
	const space = fc.constantFrom('', ' ', '  ', '\t', '    ');
	const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.]{0,8}$/);
	const valueText = fc.oneof(
		fc.stringMatching(/^[A-Za-z0-9\\:.,* _-]{0,12}$/),
		fc.stringMatching(/^[A-Za-z0-9 =;]{0,8}$/).map((text) => `"${text}"`),
		fc.constantFrom('"a""b"', '"unclosed', '"x" tail', '= leading', '"a","b"', 'Yes ; note', 'v;glued', '"q;x" ; c', 'C:\\dir\\', '\\ ; c'),
	);
	const line = fc.oneof(
		fc.tuple(space, word, space).map(([a, name, b]) => `${a}[${b}${name}${b}]${b}`),
		fc.tuple(space, word, space, space, valueText, space).map(([a, key, b, c, value, d]) => `${a}${key}${b}=${c}${value}${d}`),
		fc.tuple(space, fc.constantFrom(';', '#', 'rem ', '//'), fc.stringMatching(/^[ A-Za-z=[\]]{0,10}$/)).map(([a, marker, text]) => `${a}${marker}${text}`),
		fc.tuple(space, valueText, space).map(([a, value, b]) => `${a}${value}${b}`),
		space,
		fc.constantFrom('[Broken', '"q" = v', '[A] trailing', '[]'),
	);
	const spacing = fc.constantFrom('keep' as const, 'none' as const, 'spaces' as const);
	fc.assert(
		fc.property(fc.array(line, { maxLength: 25 }), fc.constantFrom('\r\n', '\n', '\r'), fc.boolean(), spacing, (lines, eol, finalBreak, mode) => {
			const text = lines.join(eol) + (finalBreak ? eol : '');
			const once = formatted(text, '/Sysprep.inf', { formatEqualsSpacing: mode });
			assert.deepEqual(meaning(parseIni(once)), meaning(parseIni(text)));
			assert.equal(formatted(once, '/Sysprep.inf', { formatEqualsSpacing: mode }), once, 'formatting twice changes nothing');
			if (eol === '\r\n') assert.ok(!/[^\r]\n|^\n/.test(once), 'CRLF stays CRLF');
			else if (eol === '\n') assert.ok(!once.includes('\r'), 'LF stays LF');
			else assert.ok(!once.includes('\n'), 'a lone CR stays a lone CR');
		}),
		{ numRuns: 400 },
	);
});

const unattend = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'<settings pass="oobeSystem">',
	'        <!-- first user -->',
	'  <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"><TimeZone>Eastern Standard Time</TimeZone>  <!-- trailing note -->',
	'<FirstLogonCommands><SynchronousCommand wcm:action="add"><CommandLine>cmd /c  echo   hi</CommandLine><Order>1</Order></SynchronousCommand></FirstLogonCommands>',
	'<Value xml:space="preserve">  <b/>  </Value>',
	'<RegisteredOwner>  </RegisteredOwner><Mixed>text <b>bold</b> more</Mixed><Data><![CDATA[ raw ]]></Data>',
	'</component></settings>',
	'</unattend>',
	'',
].join('\r\n');

test('unattend.xml: re-indents element-only content; values, CDATA, mixed content, xml:space, comments and attributes stay', () => {
	assert.equal(
		formatted(unattend, '/unattend.xml'),
		[
			'<?xml version="1.0" encoding="utf-8"?>',
			'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
			'  <settings pass="oobeSystem">',
			'    <!-- first user -->',
			'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">',
			'      <TimeZone>Eastern Standard Time</TimeZone>  <!-- trailing note -->',
			'      <FirstLogonCommands>',
			'        <SynchronousCommand wcm:action="add">',
			'          <CommandLine>cmd /c  echo   hi</CommandLine>',
			'          <Order>1</Order>',
			'        </SynchronousCommand>',
			'      </FirstLogonCommands>',
			'      <Value xml:space="preserve">  <b/>  </Value>',
			'      <RegisteredOwner>  </RegisteredOwner>',
			'      <Mixed>text <b>bold</b> more</Mixed>',
			'      <Data><![CDATA[ raw ]]></Data>',
			'    </component>',
			'  </settings>',
			'</unattend>',
			'',
		].join('\r\n'),
	);
	const once = formatted(unattend, '/unattend.xml');
	assert.equal(formatted(once, '/unattend.xml'), once, 'idempotent');
	assert.equal(formatted(unattend, '/unattend.xml', undefined, undefined, { tabSize: 4, insertSpaces: false }).split('\r\n')[2], '\t<settings pass="oobeSystem">');
});

test('unattend.xml with a parse problem or a character reference between elements is left alone', () => {
	const broken = '<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="oobeSystem">\n<a>x & y</a>\n</settings>\n</unattend>\n';
	assert.equal(formatted(broken, '/unattend.xml'), broken);
	const reference = '<unattend xmlns="urn:schemas-microsoft-com:unattend"><a>&#32;<b/></a></unattend>';
	assert.equal(formatted(reference, '/unattend.xml'), '<unattend xmlns="urn:schemas-microsoft-com:unattend">\r\n  <a>&#32;<b/></a>\r\n</unattend>', 'a one-line file gets CRLF, the Windows line break');
});

test('formatting an unknown file, or with a range outside the document, gives nothing', () => {
	const document = TextDocument.create('file:///notes.txt', 'plaintext', 1, 'a  =  b\n');
	assert.deepEqual(service.format(document, { tabSize: 2, insertSpaces: true }), []);
	const inf = TextDocument.create('file:///Sysprep.inf', '', 1, '[Unattended]\nA  =  1\n');
	assert.deepEqual(service.format(inf, { tabSize: 2, insertSpaces: true }, { formatEqualsSpacing: 'none' }, { start: { line: 40, character: 0 }, end: { line: 41, character: 0 } }), []);
});
