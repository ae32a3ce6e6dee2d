/**
 * Tag editing in unattend.xml (`services/unattendXml/unattendTags.ts`) through
 * the façade: linked editing of tag names, the matching-tag highlight,
 * selection ranges, end-tag completion and auto-close — with unclosed
 * elements, self-closing tags, comments and CDATA, a megabyte of XML (counted
 * node visits, no timing), answer files embedded in a host, and the neutral
 * answers of kinds without tag editing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, SelectionRange } from 'vscode-languageserver-types';
import { documentFor, service, single } from '../utils/fixture';
import { parseXml } from '../../server/src/model/xmlParser';
import { autoCloseAt, endTagCompletion, linkedTagNames, maxSelectionLevels, selectionSpans, tagHighlights, tagNameAt, xmlNameWordPattern, type TagProbe } from '../../server/src/services/unattendXml/unattendTags';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';

function open(source: string, path = '/unattend.xml'): { document: TextDocument; cursor: Position } {
	const fixture = single(source, path);
	assert.ok(fixture.cursor, 'the fixture needs a $0 cursor');
	return { document: documentFor(fixture, path.endsWith('.xml') ? 'xml' : ''), cursor: fixture.cursor };
}

const textOf = (document: TextDocument, range: Range): string => document.getText(range);

function linked(source: string): string[] | undefined {
	const { document, cursor } = open(source);
	const result = service.getLinkedEditingRanges(document, cursor);
	return result?.ranges.map((range) => `${range.start.line}:${range.start.character}=${textOf(document, range)}`);
}

function highlighted(source: string): string[] {
	const { document, cursor } = open(source);
	return service.findDocumentHighlights(document, cursor).map((item) => `${item.range.start.line}:${item.range.start.character}=${textOf(document, item.range)}`);
}

function selections(source: string): string[] {
	const { document, cursor } = open(source);
	const [chain] = service.getSelectionRanges(document, [cursor]);
	assert.ok(chain, 'one selection range per position');
	const out: string[] = [];
	for (let at: SelectionRange | undefined = chain; at; at = at.parent) out.push(textOf(document, at.range).replace(/\s+/g, ' '));
	return out;
}

/** The text after the client inserts the auto-close snippet, with `|` where the cursor ends; undefined when nothing is inserted. */
function typed(source: string, settings?: { unattendAutoCloseTags: boolean }): string | undefined {
	const { document, cursor } = open(source);
	const result = service.getAutoClose(document, cursor, settings);
	if (!result) return undefined;
	assert.deepEqual(result.range.start, result.range.end, 'inserted at a point');
	const text = result.snippet.replace('$0', '|');
	assert.equal(text.split('|').length, 2, 'one cursor in the snippet');
	return TextDocument.applyEdits(document, [{ range: result.range, newText: text }]);
}

function endTagItems(source: string): { label: string; preselect?: boolean; after: string }[] {
	const { document, cursor } = open(source);
	return service
		.doComplete(document, cursor)
		.items.filter((item) => item.label.startsWith('</'))
		.map((item) => {
			const edit = item.textEdit as { range: Range; newText: string };
			return { label: item.label, preselect: item.preselect, after: TextDocument.applyEdits(document, [edit]) };
		});
}

test('linked editing: the start and end tag names of the element at the cursor, prefixes included', () => {
	const expected = ['2:5=ComputerName', '2:22=ComputerName'];
	assert.deepEqual(linked(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Comp$0uterName>PC</ComputerName>\n  </settings>\n</unattend>`), expected);
	assert.deepEqual(linked(`<unattend ${ns}>\n  <settings pass="specialize">\n    <ComputerName>PC</ComputerName$0>\n  </settings>\n</unattend>`), expected, 'at the end of the end tag name');
	assert.deepEqual(linked(`<unattend ${ns}>\n  <settings pass="specialize">\n    <$0ComputerName>PC</ComputerName>\n  </settings>\n</unattend>`), expected, 'at the start of the name');
	assert.deepEqual(linked(`<u:unattend xmlns:u="urn:schemas-microsoft-com:unattend">\n</u:unatt$0end>`), ['0:1=u:unattend', '1:2=u:unattend']);
	assert.ok(new RegExp(`^(?:${xmlNameWordPattern})$`).test('wcm:keyValue'), 'the word pattern takes a prefixed name');
	assert.ok(!new RegExp(`^(?:${xmlNameWordPattern})$`).test('Order x'), 'a space ends the name');
	assert.ok(!new RegExp(`^(?:${xmlNameWordPattern})$`).test('1Order'), 'a name does not start with a digit');
});

test('linked editing: nothing for self-closing or unclosed elements, attributes, text, comments and CDATA', () => {
	assert.equal(linked(`<unattend ${ns}>\n  <sett$0ings pass="specialize"/>\n</unattend>`), undefined, 'self-closing');
	assert.equal(linked(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Ord$0er>1\n  </settings>\n</unattend>`), undefined, 'unclosed: recovery closed it');
	assert.equal(linked(`<unattend ${ns}>\n  <settings pa$0ss="specialize"></settings>\n</unattend>`), undefined, 'attribute name');
	assert.equal(linked(`<unattend ${ns}>\n  <settings pass="specialize">te$0xt</settings>\n</unattend>`), undefined, 'text');
	assert.equal(linked(`<unattend ${ns}>\n  <!-- <Ord$0er>1</Order> -->\n</unattend>`), undefined, 'comment');
	assert.equal(linked(`<unattend ${ns}>\n  <Path><![CDATA[<Ord$0er>1</Order>]]></Path>\n</unattend>`), undefined, 'CDATA');
	assert.equal(linked(`<unattend ${ns}>\n  <!-- <Ord$0er>1</Order>`), undefined, 'an unterminated comment');
});

test('document highlight: the matching tag when the cursor is in a tag name', () => {
	assert.deepEqual(highlighted(`<unattend ${ns}>\n  <settings pass="specialize">\n  </sett$0ings>\n</unattend>`), ['1:3=settings', '2:4=settings']);
	assert.deepEqual(highlighted(`<unattend ${ns}>\n  <sett$0ings pass="specialize"/>\n</unattend>`), ['1:3=settings'], 'a self-closing tag is its own match');
	assert.deepEqual(highlighted(`<unattend ${ns}>\n  <Or$0der>1\n</unattend>`), ['1:3=Order'], 'an unclosed element has only its start tag');
	assert.deepEqual(highlighted(`<unattend ${ns}>\n  <settings pass="spec$0ialize"></settings>\n</unattend>`), []);
	assert.deepEqual(highlighted(`<unattend ${ns}>\n  <!-- <sett$0ings></settings> -->\n</unattend>`), []);
});

test('document highlight: batch labels and INI sections keep theirs', () => {
	const { document, cursor } = open('call :Clean$0up\r\ngoto :eof\r\n:cleanup\r\necho done\r\n', '/build.cmd');
	assert.equal(service.findDocumentHighlights(document, cursor).length, 2);
});

test('selection ranges: name, tag, element, then each ancestor content and element up to the root', () => {
	assert.deepEqual(selections(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Or$0der>\n  </settings>\n</unattend>`), [
		'Order',
		'</Order>',
		'<Order>1</Order>',
		'<settings pass="specialize"> <Order>1</Order> </settings>',
		`<unattend ${ns}> <settings pass="specialize"> <Order>1</Order> </settings> </unattend>`,
	]);
	assert.deepEqual(selections(`<unattend ${ns}>\n  <settings pass="special$0ize">\n    <Order>1</Order>\n  </settings>\n</unattend>`).slice(0, 4), [
		'specialize',
		'pass="specialize"',
		'<settings pass="specialize">',
		'<settings pass="specialize"> <Order>1</Order> </settings>',
	]);
	assert.deepEqual(selections(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n    <Path>C:\\W$0indows</Path>\n  </settings>\n</unattend>`).slice(0, 4), [
		'C:\\Windows',
		'<Path>C:\\Windows</Path>',
		'<Order>1</Order> <Path>C:\\Windows</Path>',
		'<settings pass="specialize"> <Order>1</Order> <Path>C:\\Windows</Path> </settings>',
	]);
	assert.deepEqual(selections(`<unattend ${ns}>\n  <!-- a n$0ote -->\n  <settings pass="specialize"/>\n</unattend>`).slice(0, 2), ['<!-- a note -->', '<!-- a note --> <settings pass="specialize"/>']);
	assert.deepEqual(selections(`<unattend ${ns}>\n  <Path><![CDATA[a <b$0> c]]></Path>\n</unattend>`).slice(0, 2), ['<![CDATA[a <b> c]]>', '<Path><![CDATA[a <b> c]]></Path>']);
});

test('selection ranges: unclosed elements end where the parser closed them; one answer per position', () => {
	const { document } = open(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1\n  </settings>\n</unattend>$0`);
	const positions = [
		{ line: 2, character: 6 },
		{ line: 3, character: 5 },
		{ line: 0, character: 0 },
	];
	const ranges = service.getSelectionRanges(document, positions);
	assert.equal(ranges.length, 3);
	const chain = (range: SelectionRange) => {
		const out: string[] = [];
		for (let at: SelectionRange | undefined = range; at; at = at.parent) out.push(textOf(document, at.range).replace(/\s+/g, ' '));
		return out;
	};
	assert.deepEqual(chain(ranges[0]).slice(0, 3), ['Order', '<Order>', '<Order>1']);
	assert.deepEqual(chain(ranges[1]).slice(0, 2), ['settings', '</settings>']);
	assert.equal(chain(ranges[2])[0], '<unattend xmlns="urn:schemas-microsoft-com:unattend">', 'at the root\'s `<`: its start tag');
});

test('end-tag completion after </: the innermost open element, first and preselected', () => {
	assert.deepEqual(endTagItems(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</$0\n  </settings>\n</unattend>`), [
		{ label: '</Order>', preselect: true, after: `<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n  </settings>\n</unattend>` },
	]);
	const { document, cursor } = open(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</$0\n  </settings>\n</unattend>`);
	assert.equal(service.doComplete(document, cursor).items.length, 1, 'after </ only the end tag: an element snippet would write </<Name>');
	assert.deepEqual(
		endTagItems(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Or$0>`).map((item) => item.after),
		[`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>`],
		'the typed part of the name and a following > are replaced',
	);
	assert.deepEqual(
		endTagItems(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n      </$0`).map((item) => item.after),
		[`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n  </settings>`],
		'an end tag alone on its line takes the indentation of its start tag',
	);
	assert.deepEqual(
		endTagItems(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n  </$0\n</unattend>`).map((item) => item.label),
		['</settings>'],
		'a closed element is not offered when the one around it is still open',
	);
});

test('end-tag completion after <: one more choice; none in comments, CDATA or attribute values', () => {
	const labels = (source: string) => {
		const { document, cursor } = open(source);
		return service.doComplete(document, cursor).items.map((item) => item.label);
	};
	const afterLt = labels(`<unattend ${ns}>\n  <settings pass="specialize">\n    <$0\n</unattend>`);
	assert.ok(afterLt.includes('</settings>'), afterLt.join());
	assert.ok(afterLt.length > 1, 'the components are still offered');
	assert.deepEqual(endTagItems(`<unattend ${ns}>\n  <settings pass="specialize">\n  <!-- </$0 -->\n  </settings>\n</unattend>`), []);
	assert.deepEqual(endTagItems(`<unattend ${ns}>\n  <Path><![CDATA[ </$0 ]]></Path>\n</unattend>`), []);
	assert.deepEqual(endTagItems(`<unattend ${ns}>\n  <settings pass="<$0"></settings>\n</unattend>`), []);
});

test('auto-close after >: the end tag after the cursor, only when the element has none', () => {
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>$0\n  </settings>\n</unattend>`), `<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>|</Order>\n  </settings>\n</unattend>`);
	assert.equal(typed(`<unattend ${ns}>\n  <SynchronousCommand wcm:action="add">$0`), `<unattend ${ns}>\n  <SynchronousCommand wcm:action="add">|</SynchronousCommand>`, 'with attributes, at the end of the file');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize">$0</settings>\n</unattend>`), undefined, 'the element already has its end tag');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize"/>$0\n</unattend>`), undefined, 'self-closing');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="a>$0\n</unattend>`), undefined, 'inside an attribute value');
	assert.equal(typed(`<unattend ${ns}>\n  <!-- <Order>$0\n</unattend>`), undefined, 'inside a comment');
	assert.equal(typed(`<unattend ${ns}>\n  <Path><![CDATA[<Order>$0]]></Path>\n</unattend>`), undefined, 'inside CDATA');
	assert.equal(typed(`<unattend ${ns}>\n  <Path>a >$0 b</Path>\n</unattend>`), undefined, 'a > in text');
	assert.equal(typed(`<unattend ${ns}>\n  <Path>$0`, { unattendAutoCloseTags: false }), undefined, 'reseal.unattend.autoCloseTags: false');
});

test('auto-close after /: </ gets the open element\'s name, <Name / gets its >', () => {
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</$0\n  </settings>\n</unattend>`), `<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>|\n  </settings>\n</unattend>`);
	assert.equal(typed(`<unattend ${ns}>\n  <Order>1</$0>`), `<unattend ${ns}>\n  <Order>1</Order|>`, 'a > already there');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n  </$0`), `<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n  </settings>|`);
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize">\n  </$0</settings>\n</unattend>`), undefined, 'every element around has its end tag');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="specialize" /$0\n</unattend>`), `<unattend ${ns}>\n  <settings pass="specialize" />|\n</unattend>`);
	assert.equal(typed(`<unattend ${ns}>\n  <Path>C:/$0</Path>\n</unattend>`), undefined, 'a / in text');
	assert.equal(typed(`<unattend ${ns}>\n  <settings pass="C:/$0\n</unattend>`), undefined, 'a / in an attribute value');
	assert.equal(typed(`<unattend ${ns}>\n  <!-- </$0\n</unattend>`), undefined, 'inside a comment');
});

test('a megabyte of XML: every request descends by binary search (counted node visits)', () => {
	const items = Array.from({ length: 12_000 }, (_, i) => `      <SynchronousCommand wcm:action="add"><Order>${i + 1}</Order><Path>cmd /c echo ${'x'.repeat(20)}</Path></SynchronousCommand>\n`).join('');
	const text = `<unattend ${ns} xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n  <settings pass="specialize">\n    <component name="Microsoft-Windows-Deployment">\n      <RunSynchronous>\n${items}      <Order>`;
	assert.ok(text.length > 1_000_000, `${text.length} characters`);
	const doc = parseXml(text);
	const last = text.lastIndexOf('<Order>1200');
	const probe: TagProbe = { visited: 0 };
	assert.equal(tagNameAt(doc, last + 2, probe)?.element.name, 'Order');
	assert.deepEqual(linkedTagNames(doc, last + 2, probe)?.map((span) => text.slice(span.start, span.end)), ['Order', 'Order']);
	assert.equal(selectionSpans(doc, last + 2, probe).length, 10);
	assert.deepEqual(autoCloseAt(doc, text.length, probe), { range: { start: { line: 12_004, character: 13 }, end: { line: 12_004, character: 13 } }, text: '</Order>', cursor: 'before' });
	// Four lookups, each at most ~log2(36,000) ≈ 16 visits per level over 6 levels.
	assert.ok(probe.visited < 4 * 6 * 20, `${probe.visited} node visits`);
	const { document, cursor } = open(`${text}$0`);
	assert.equal(service.getAutoClose(document, cursor)?.snippet, '$0</Order>');
});

test('embedded answer files: tag editing lands in the host', () => {
	const host = `$answer = @"\n<unattend ${ns}>\n  <settings pass="specialize">\n    <Order>1</Order>\n    <Path>\n  </settings>\n</unattend>\n"@\nSet-Content -Path unattend.xml -Value $answer\n`;
	const document = TextDocument.create('file:///w/build.ps1', 'powershell', 1, host);
	const at = (needle: string, delta = 0): Position => document.positionAt(host.indexOf(needle) + delta);
	const ranges = service.getLinkedEditingRanges(document, at('<Order>', 2))?.ranges ?? [];
	assert.deepEqual(ranges.map((range) => `${range.start.line}:${range.start.character}=${textOf(document, range)}`), ['3:5=Order', '3:14=Order']);
	assert.deepEqual(service.findDocumentHighlights(document, at('</settings>', 3)).map((item) => item.range.start.line), [2, 5]);
	const [chain] = service.getSelectionRanges(document, [at('<Order>', 2)]);
	const texts: string[] = [];
	for (let level: SelectionRange | undefined = chain; level; level = level.parent) texts.push(textOf(document, level.range).replace(/\s+/g, ' '));
	assert.deepEqual(texts.slice(0, 3), ['Order', '<Order>', '<Order>1</Order>']);
	assert.ok(texts.every((item) => !item.includes('@"')), 'the chain stays inside the here-string');
	assert.deepEqual(service.getAutoClose(document, at('<Path>', 6)), { range: { start: at('<Path>', 6), end: at('<Path>', 6) }, snippet: '$0</Path>' });
});

test('kinds without tag editing answer the neutral value', () => {
	for (const [path, text] of [
		['/build.cmd', '@echo off\r\n<a>\r\n'],
		['/Sysprep.inf', '[Unattended]\r\nOemSkipEula=Yes\r\n'],
	]) {
		const document = TextDocument.create(`file://${path}`, '', 1, text);
		const position = { line: 1, character: 2 };
		assert.equal(service.getLinkedEditingRanges(document, position), null, path);
		assert.deepEqual(service.getSelectionRanges(document, [position]), [], path);
		assert.equal(service.getAutoClose(document, position), null, path);
	}
	const odd = TextDocument.create('file:///unattend.xml', 'xml', 1, `<unattend ${ns}>\n<a>`);
	assert.deepEqual(service.getAutoClose(odd, { line: -4, character: 1e9 }), service.getAutoClose(odd, { line: 0, character: 53 }), 'a position outside the document is pulled in, never thrown on');
	assert.equal(service.getSelectionRanges(odd, [{ line: 99, character: 99 }]).length, 1);
});

test('property: on any text and offset, tag editing never throws, links equal names and nests selections', () => {
	const unit = fc.constantFrom('<a>', '</a>', '<b x="1">', '</b>', '<a/>', '<', '>', '/', '</', '"', "'", '=', ' ', '\n', '\r\n', 'text', '<!--', '-->', '<![CDATA[', ']]>', '<?pi ?>', '&amp;', 'wcm:a', '<wcm:a>', '</wcm:a>');
	fc.assert(
		fc.property(fc.array(unit, { maxLength: 40 }), fc.nat(), (parts, seed) => {
			const text = parts.join('');
			const offset = text.length === 0 ? 0 : seed % (text.length + 1);
			const doc = parseXml(text);
			const spans = linkedTagNames(doc, offset);
			if (spans) {
				assert.equal(spans.length, 2);
				assert.equal(text.slice(spans[0].start, spans[0].end), text.slice(spans[1].start, spans[1].end), JSON.stringify({ text, offset }));
				assert.ok(spans[0].end <= spans[1].start, 'start tag before end tag');
			}
			assert.ok(tagHighlights(doc, offset).length <= 2);
			let previous: { start: number; end: number } | undefined;
			for (const span of selectionSpans(doc, offset)) {
				assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end, JSON.stringify({ text, offset, span }));
				if (previous) assert.ok(span.start <= previous.start && previous.end <= span.end && (span.start < previous.start || previous.end < span.end), JSON.stringify({ text, offset }));
				previous = span;
			}
			const edit = autoCloseAt(doc, offset);
			if (edit) {
				assert.match(edit.text, /^(?:<\/[^<>\s]+>|[^<>\s]*>|[^<>\s]+)$/, JSON.stringify({ text, offset }));
				// A bare name only where the '>' is already there (`</|>`).
				if (!edit.text.endsWith('>')) assert.equal(text[offset], '>', JSON.stringify({ text, offset }));
			}
			for (const item of endTagCompletion(doc, offset)?.items ?? []) {
				const range = (item.textEdit as { range: Range }).range;
				assert.equal(range.start.line, range.end.line, 'a completion edit stays on one line');
			}
		}),
		{ numRuns: 1500 },
	);
});

test('hostile nesting: 10,000 open elements and 10,000 end tags in a row', () => {
	for (const text of [`<unattend ${ns}>${'<a>'.repeat(10_000)}`, `<unattend ${ns}>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</unattend>`, `<unattend ${ns}>${'</'.repeat(10_000)}`]) {
		const document = TextDocument.create('file:///deep/unattend.xml', 'xml', 1, text);
		const end = document.positionAt(text.length);
		const middle = document.positionAt(Math.floor(text.length / 2) + 1);
		assert.ok(service.getSelectionRanges(document, [middle]).length === 1);
		service.getLinkedEditingRanges(document, middle);
		service.getAutoClose(document, end);
		service.doComplete(document, end);
		service.forget(document.uri);
	}
	const deep = TextDocument.create('file:///deep/unattend.xml', 'xml', 1, `<unattend ${ns}>${'<a>'.repeat(10_000)}`);
	assert.equal(service.getAutoClose(deep, deep.positionAt(deep.getText().length))?.snippet, '$0</a>');
	let depth = 0;
	for (let at: SelectionRange | undefined = service.getSelectionRanges(deep, [deep.positionAt(deep.getText().length - 1)])[0]; at; at = at.parent) depth++;
	assert.equal(depth, maxSelectionLevels, 'the innermost levels, few enough for JSON to nest');
	let chain: SelectionRange | undefined = service.getSelectionRanges(deep, [deep.positionAt(deep.getText().length - 1)])[0];
	assert.doesNotThrow(() => JSON.parse(JSON.stringify(chain)));
	chain = undefined;
});
