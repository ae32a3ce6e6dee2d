/**
 * Sysprep.inf editor features: completion, hover, quick-fixes, outline,
 * folding and section-reference navigation.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFix, completionLabels, dedent, documentFor, hoverText, service, single } from '../utils/fixture';

test('completion after [ offers section names, missing ones first', () => {
	const labels = completionLabels('[UserData]\nFullName = A\n[$0');
	assert.ok(labels.includes('GuiUnattended'));
	assert.ok(labels.indexOf('GuiUnattended') < labels.indexOf('UserData'), 'a section already present sorts last');
});

test('completion in a section offers its entries, required ones first and present ones last', () => {
	const fixture = single('[GuiUnattended]\nTimeZone = 035\n$0');
	const items = service.doComplete(documentFor(fixture), fixture.cursor!).items;
	const labels = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((item) => item.label);
	assert.equal(labels[0], 'AdminPassword');
	assert.equal(labels[labels.length - 1], 'TimeZone');
	assert.ok(labels.includes('AutoLogonCount'));
	assert.ok(!labels.includes('ComputerName'), 'entries of other sections are not offered');
});

test('completion after = offers the value domain', () => {
	assert.deepEqual(completionLabels('[Unattended]\nOemSkipEula = $0'), ['Yes', 'No']);
});

test('time zones complete with their names', () => {
	const fixture = single('[GuiUnattended]\nTimeZone = $0');
	const items = service.doComplete(documentFor(fixture), fixture.cursor!).items;
	const eastern = items.find((item) => item.label === '035');
	assert.match(String(eastern?.detail), /Eastern/);
	assert.ok(items.length > 60);
});

test('a section reference completes with the sections of the file', () => {
	const labels = completionLabels('[NetAdapters]\nAdapter1 = $0\n[params.Adapter1]\nINFID = *\n');
	assert.ok(labels.includes('params.Adapter1'));
});

test('an empty file offers the full-automation skeleton', () => {
	const labels = completionLabels('$0');
	assert.ok(labels.some((label) => label.includes('fully automated')));
});

test('hover on an entry explains it, its values, default and requirement', () => {
	const text = hoverText('[Unattended]\nOemSki$0pEula = Yes\n');
	assert.ok(text);
	assert.match(text, /\*\*OemSkipEula\*\*/);
	assert.match(text, /Required/);
	assert.match(text, /`Yes`/);
});

test('hover on a section header explains the section', () => {
	const text = hoverText('[GuiUnat$0tended]\n');
	assert.match(String(text), /\[GuiUnattended\]/);
	assert.match(String(text), /full automation needs/);
});

test('hover on a time-zone value names the zone', () => {
	assert.match(String(hoverText('[GuiUnattended]\nTimeZone = 03$05\n')), /Eastern/);
});

test('hover never repeats a secret', () => {
	const text = String(hoverText('[GuiUnattended]\nAdminPassword = Hunter$02\n'));
	assert.doesNotMatch(text, /Hunter2/);
	assert.match(text, /secret/);
});

test('hover on an unknown section says so', () => {
	assert.match(String(hoverText('[Bog$0us]\n')), /not a documented section/);
});

test('quick-fix inserts a missing required entry at the end of its section', () => {
	const fixed = applyFix('[Unattended]\r\nOemSkipEula = Yes\r\n\r\n[Display]\r\n', 'Add InstallFilesPath = C:\\Sysprep\\i386 to [Unattended]');
	assert.equal(fixed, '[Unattended]\r\nOemSkipEula = Yes\r\nInstallFilesPath = C:\\Sysprep\\i386\r\n\r\n[Display]\r\n');
});

test('quick-fix adds a missing section at the end of the file', () => {
	const fixed = applyFix('[Unattended]\nOemSkipEula = Yes\nInstallFilesPath = C:\\Sysprep\\i386\n', /^Add InstallDefaultComponents = Yes/);
	assert.equal(fixed, '[Unattended]\nOemSkipEula = Yes\nInstallFilesPath = C:\\Sysprep\\i386\n\n[Networking]\nInstallDefaultComponents = Yes\n');
});

test('one action inserts every missing required entry, and the result is fully automated', () => {
	const fixed = applyFix('[Unattended]\nOemSkipEula = Yes\n', /^Add all \d+ entries/);
	const diagnostics = service.doValidation(documentFor(single(fixed)));
	assert.deepEqual(
		diagnostics.filter((diagnostic) => diagnostic.code === 'inf.missing-required-entry'),
		[],
	);
	assert.ok(!diagnostics.some((diagnostic) => diagnostic.severity === 1), `no errors expected, got ${JSON.stringify(diagnostics.map((d) => d.message))}`);
});

test('quick-fix renames an unknown entry to the suggestion', () => {
	assert.equal(applyFix('[GuiUnattended]\nAdminPas$0word = x\n', "Change to 'AdminPassword'"), '[GuiUnattended]\nAdminPassword = x\n');
});

test('quick-fix replaces an invalid value with a valid one', () => {
	assert.equal(applyFix('[Unattended]\nOemSkipEula = on$0\n', "Set the value to 'Yes'"), '[Unattended]\nOemSkipEula = Yes\n');
});

test('quick-fix fills in a missing value', () => {
	assert.equal(applyFix('[GuiUnattended]\nTimeZone =$0\n', "Set the value to '035'"), '[GuiUnattended]\nTimeZone = 035\n');
});

test('quick-fix turns REM into a comment', () => {
	assert.equal(applyFix('[Display]\nREM$0 old\n', "Use ';' to start the comment"), '[Display]\n; old\n');
});

test('quick-fix inserts a forgotten =', () => {
	assert.equal(applyFix('//- /winnt.sif\n[Unattended]\nFileSystem-ConvertNTFS$0\n', "Insert '='"), '[Unattended]\nFileSystem = ConvertNTFS\n');
});

test('outline lists sections with their entries', () => {
	const symbols = service.findDocumentSymbols(documentFor(single('[Unattended]\nOemSkipEula = Yes\n[GuiUnattended]\nAdminPassword = x\n')));
	assert.deepEqual(
		symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)]),
		[
			['[Unattended]', ['OemSkipEula']],
			['[GuiUnattended]', ['AdminPassword']],
		],
	);
	assert.equal(symbols[1].children?.[0].detail, undefined, 'secrets stay out of the outline');
});

test('folding covers each section and comment blocks', () => {
	const ranges = service.getFoldingRanges(documentFor(single(dedent(`
		; one
		; two
		[Unattended]
		OemSkipEula = Yes

		[UserData]
		FullName = A
		`))));
	assert.deepEqual(
		ranges.map((range) => [range.startLine, range.endLine]),
		[
			[2, 3],
			[5, 6],
			[0, 1],
		],
	);
});

test('go to definition jumps from a reference to its section; references go back', () => {
	const fixture = single('[NetAdapters]\nAdapter1 = params.Ad$0apter1\n[params.Adapter1]\nINFID = *\n');
	const document = documentFor(fixture);
	const [location] = service.findDefinition(document, fixture.cursor!);
	assert.equal(location.range.start.line, 2);
	const references = service.findReferences(document, { line: 2, character: 3 });
	assert.deepEqual(references.map((reference) => reference.range.start), [{ line: 1, character: 11 }]);
});

test('positions past the end of the document are answered, not thrown', () => {
	const document = documentFor(single('[Unattended]\n'));
	assert.doesNotThrow(() => service.doComplete(document, { line: 99, character: 99 }));
	assert.equal(service.doHover(document, { line: -1, character: -5 }), null);
});
