/**
 * Issue 23's smaller findings, one regression test each: UTF-32 files,
 * settings that reset, maxDiagnostics bounded, references without the
 * declaration, a range formatting request that ends past the last line, the
 * end tag of an empty XML container, completion inside an XML comment, and
 * the Winbom `[OEMRunOnce]` hover.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeBytes } from '../../server/src/util/decode';
import { defaultSettings, readSettings } from '../../server/src/services/settings';
import { completionLabels, hoverText, service } from '../utils/fixture';
import { formatted } from '../utils/editing';

test('a UTF-32 file with a byte order mark is refused with its name, not read as UTF-16', () => {
	const text = '[Unattended]\r\nOemSkipEula = Yes\r\n';
	const le = Buffer.alloc(4 + text.length * 4);
	const be = Buffer.alloc(4 + text.length * 4);
	le.writeUInt32LE(0xfeff, 0);
	be.writeUInt32BE(0xfeff, 0);
	for (let i = 0; i < text.length; i++) {
		le.writeUInt32LE(text.charCodeAt(i), 4 + i * 4);
		be.writeUInt32BE(text.charCodeAt(i), 4 + i * 4);
	}
	for (const [bytes, order] of [[le, 'LE'], [be, 'BE']] as const) {
		const decoded = decodeBytes(bytes);
		assert.equal(decoded.ok, false);
		assert.match(decoded.ok ? '' : decoded.reason, new RegExp(`UTF-32 ${order}`));
	}
	// UTF-16 LE keeps working.
	const utf16 = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
	assert.ok(utf16.ok && utf16.text === text);
});

test('maxDiagnostics is bounded: a huge value becomes the maximum', () => {
	const read = readSettings({ validation: { maxDiagnostics: 1e8 } });
	assert.equal(read.settings.maxDiagnostics, 100_000);
	assert.deepEqual(read.problems, []);
	assert.equal(readSettings({ validation: { maxDiagnostics: 5 } }).settings.maxDiagnostics, 5);
});

test('settings read without a base start from the defaults, so an empty section resets them', () => {
	const changed = readSettings({ format: { equalsSpacing: 'spaces' } }).settings;
	assert.equal(changed.formatEqualsSpacing, 'spaces');
	assert.equal(readSettings({}).settings.formatEqualsSpacing, defaultSettings.formatEqualsSpacing);
	assert.equal(readSettings(null).settings.formatEqualsSpacing, defaultSettings.formatEqualsSpacing);
});

test('references honour includeDeclaration', () => {
	const text = ':main\r\necho x\r\ngoto main\r\ngoto main\r\n';
	const document = TextDocument.create('file:///w/run.cmd', 'bat', 1, text);
	const at = { line: 2, character: 6 };
	const all = service.findReferences(document, at);
	const without = service.findReferences(document, at, false);
	assert.equal(all.length, 3);
	assert.equal(without.length, 2);
	assert.ok(without.every((location) => location.range.start.line >= 2));
});

test('range formatting with a range that ends past the last line formats up to the end', () => {
	const text = '[Unattended]\nOemSkipEula   =   Yes\n';
	const document = TextDocument.create('file:///w/Sysprep.inf', '', 1, text);
	const edits = service.format(document, { tabSize: 2, insertSpaces: true }, { formatEqualsSpacing: 'spaces' }, { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } });
	assert.equal(TextDocument.applyEdits(document, edits), '[Unattended]\nOemSkipEula = Yes\n');
	// A range that starts past the end still gives nothing.
	assert.deepEqual(service.format(document, { tabSize: 2, insertSpaces: true }, {}, { start: { line: 40, character: 0 }, end: { line: 41, character: 0 } }), []);
});

test('XML formatting lines up the end tag of an empty container with its start tag', () => {
	const text = '<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="specialize">\n<component name="x">\n<RunSynchronous>\n</RunSynchronous>\n<A></A>\n</component>\n</settings>\n</unattend>\n';
	assert.equal(
		formatted(text, '/unattend.xml'),
		'<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="specialize">\n    <component name="x">\n      <RunSynchronous>\n      </RunSynchronous>\n      <A></A>\n    </component>\n  </settings>\n</unattend>\n',
	);
});

test('completion inside an XML comment offers nothing; outside it still offers elements', () => {
	const head = '//- /unattend.xml\n<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="specialize">\n<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n';
	const tail = '\n</component>\n</settings>\n</unattend>\n';
	assert.deepEqual(completionLabels(`${head}<!-- note <$0 -->${tail}`), []);
	assert.deepEqual(completionLabels(`${head}<!-- never closed <$0${tail}`), []);
	assert.ok(completionLabels(`${head}<$0${tail}`).includes('ComputerName'));
});

test('hover on a Winbom [OEMRunOnce] line shows the command, not the description', () => {
	const hover = hoverText('//- /Winbom.ini\n[Factory]\nWinbomType = Factory\n[OEMRunOnce]\n"Map the share", "net us$0e R: \\\\server\\share"\n') ?? '';
	assert.match(hover, /Factory\.exe starts: `net use R: \\\\server\\share`/);
	assert.doesNotMatch(hover, /starts: `Map the share/);
});

test('2.2 MB of < in unattend.xml: the reader keeps 50,000 problems, only those become diagnostics before the cut, and the file says so', async () => {
	const { analyzeUnattend } = await import('../../server/src/services/unattendXml/unattendAnalysis');
	const { validateUnattend } = await import('../../server/src/services/unattendXml/unattendValidation');
	const { maxXmlProblems: maxSyntaxProblems } = await import('../../server/src/model/xmlParser');
	const text = `<unattend xmlns="urn:schemas-microsoft-com:unattend">\n${'<'.repeat(2_200_000)}\n</unattend>\n`;
	const analysis = analyzeUnattend(text);
	assert.equal(analysis.xml.problems.length, maxSyntaxProblems);
	assert.ok(analysis.xml.problemTotal > 2_000_000, `${analysis.xml.problemTotal} parser problems`);
	const diagnostics = validateUnattend(analysis, { maxDiagnostics: 1000 });
	assert.ok(diagnostics.length <= maxSyntaxProblems + 10, `${diagnostics.length} diagnostics`);
	const note = diagnostics.find((item) => item.code === 'reseal.truncated');
	assert.match(String(note?.message), /found \d+ syntax problems; only the first 50000 are listed/);
});
