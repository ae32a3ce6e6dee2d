/**
 * The XML parser behind unattend.xml: structure, exact positions, entities,
 * namespaces, recovery from the mistakes that stop Windows Setup, and the
 * promises that it never throws, never recurses and stays linear.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { attributeNS, childElements, parseXml, positionAt, textContent, type XmlDocument, type XmlElement } from '../../server/src/model/xmlParser';

function codes(doc: XmlDocument): string[] {
	return doc.problems.map((problem) => problem.code);
}

function at(doc: XmlDocument, offset: number): string {
	const position = positionAt(doc, offset);
	return `${position.line}:${position.character}`;
}

test('elements, attributes and text carry exact offsets', () => {
	const text = '<?xml version="1.0" encoding="utf-8"?>\n<a x="1" y=\'two\'>\n  <b>hi</b>\n</a>\n';
	const doc = parseXml(text);
	assert.deepEqual(codes(doc), []);
	assert.equal(doc.declaration?.version, '1.0');
	assert.equal(doc.declaration?.encoding, 'utf-8');
	const root = doc.root!;
	assert.equal(root.name, 'a');
	assert.equal(text.slice(root.nameStart, root.nameEnd), 'a');
	assert.deepEqual(root.attributes.map((attr) => [attr.name, attr.value, attr.quote, text.slice(attr.valueStart, attr.valueEnd)]), [
		['x', '1', '"', '1'],
		['y', 'two', "'", 'two'],
	]);
	const b = childElements(root)[0];
	assert.equal(textContent(b), 'hi');
	assert.equal(at(doc, b.start), '2:2');
	assert.equal(text.slice(b.start, b.end), '<b>hi</b>');
	assert.equal(text.slice(root.closeStart!, root.end), '</a>');
	assert.ok(root.closed && b.closed);
});

test('entities, numeric references and CDATA are decoded', () => {
	const doc = parseXml('<a t="&quot;x&quot; &amp; y">1 &lt; 2 &amp;&amp; &#65;&#x42;<![CDATA[<raw & text>]]></a>');
	assert.deepEqual(codes(doc), []);
	assert.equal(doc.root!.attributes[0].value, '"x" & y');
	assert.equal(textContent(doc.root!), '1 < 2 && AB<raw & text>');
});

test('a bare & is reported where it is, with a run of && as one problem', () => {
	const text = '<a>\n<Path>cmd /c a && b & c</Path>\n</a>';
	const doc = parseXml(text);
	assert.deepEqual(codes(doc), ['unescaped-ampersand', 'unescaped-ampersand']);
	assert.equal(text.slice(doc.problems[0].start, doc.problems[0].end), '&&');
	assert.equal(at(doc, doc.problems[0].start), '1:15');
	assert.equal(text.slice(doc.problems[1].start, doc.problems[1].end), '&');
});

test('unknown entities and entity-looking text without ; are told apart', () => {
	const doc = parseXml('<a>&nbsp; &copy &#0;</a>');
	assert.deepEqual(codes(doc), ['unknown-entity', 'unescaped-ampersand', 'unknown-entity']);
	assert.match(doc.problems[1].message, /no closing ';'/);
});

test('namespaces resolve through scopes; an undeclared prefix is reported', () => {
	const text = '<u xmlns="urn:one" xmlns:w="urn:w"><c><i w:action="add" q:x="1"/></c><d xmlns="urn:two"/></u>';
	const doc = parseXml(text);
	const root = doc.root!;
	const [c, d] = childElements(root);
	const item = childElements(c)[0];
	assert.equal(root.namespace, 'urn:one');
	assert.equal(c.namespace, 'urn:one');
	assert.equal(d.namespace, 'urn:two');
	assert.equal(attributeNS(item, 'urn:w', 'action')?.value, 'add');
	assert.deepEqual(codes(doc), ['unbound-prefix']);
	assert.equal(text.slice(doc.problems[0].start, doc.problems[0].end), 'q');
});

test('an unclosed element is reported at its start tag and closed by its parent', () => {
	const text = '<a>\n  <b>\n    <c>x\n  </b>\n</a>';
	const doc = parseXml(text);
	assert.deepEqual(codes(doc), ['unclosed-element']);
	assert.equal(at(doc, doc.problems[0].start), '2:4');
	const b = childElements(doc.root!)[0];
	assert.ok(b.closed);
	assert.equal(childElements(b)[0].closed, false);
});

test('a stray end tag is reported and ignored; the file end closes what is open', () => {
	const doc = parseXml('<a><b></c></b></a>\n<d>');
	assert.deepEqual(codes(doc), ['mismatched-end-tag', 'unclosed-element', 'multiple-roots']);
});

test('broken tags and attributes recover at the end of the tag', () => {
	const doc = parseXml('<a x="1 y="2"><b z=3 w>t</b><c q="no close></c></a>');
	const found = codes(doc);
	assert.ok(found.includes('malformed-attribute'), found.join());
	assert.equal(doc.root!.name, 'a');
	assert.ok(childElements(doc.root!).some((element) => element.name === 'b'));
});

test('duplicate attributes, a < in text and a missing > are reported', () => {
	assert.deepEqual(codes(parseXml('<a x="1" x="2"/>')), ['duplicate-attribute']);
	assert.deepEqual(codes(parseXml('<a>1 < 2</a>')), ['unescaped-less-than']);
	assert.deepEqual(codes(parseXml('<a><b</a>')), ['malformed-tag', 'unclosed-element']);
});

test('comments: unterminated, and -- inside one', () => {
	assert.deepEqual(codes(parseXml('<a><!-- old -- block --></a>')), ['double-hyphen-in-comment']);
	assert.deepEqual(codes(parseXml('<a/><!-- never closed')), ['unterminated-comment']);
	assert.deepEqual(codes(parseXml('<a><![CDATA[x</a>')), ['unclosed-element', 'unterminated-cdata']);
});

test('the XML declaration must come first; BOM and CRLF are handled', () => {
	assert.deepEqual(codes(parseXml('\n<?xml version="1.0"?><a/>')), ['misplaced-declaration']);
	assert.deepEqual(codes(parseXml('<!-- c --><?xml version="1.0"?><a/>')), ['misplaced-declaration']);
	const bom = parseXml('\uFEFF<?xml version="1.0"?>\r\n<a>\r\n<b/>\r\n</a>\r\n');
	assert.deepEqual(codes(bom), []);
	assert.ok(bom.bom);
	assert.equal(bom.eol, '\r\n');
	const b = childElements(bom.root!)[0];
	assert.equal(at(bom, b.start), '2:0');
});

test('text outside the root and a missing root are structural problems', () => {
	assert.deepEqual(codes(parseXml('junk<a/>')), ['text-outside-root']);
	assert.deepEqual(codes(parseXml('<!-- only a comment -->')), ['missing-root']);
	// An empty file is not an XML document; Setup cannot read it.
	assert.deepEqual(codes(parseXml('')), ['missing-root']);
	assert.deepEqual(codes(parseXml('<a/>\r\n&#32;\r\n')), ['text-outside-root']);
});

test('the XML declaration follows production [23]: names, order, quotes and values', () => {
	for (const good of ['<?xml version="1.0"?><a/>', "<?xml version='1.0' encoding='utf-8' standalone='yes' ?><a/>", '<?xml version = "1.1"\r\n encoding="UTF-16"?><a/>']) {
		assert.deepEqual(codes(parseXml(good)), [], good);
	}
	for (const bad of ['<?xml VERSION="1.0"?><a/>', '<?xml encoding="UTF-8" version="1.0"?><a/>', '<?xml version="1.0"encoding="UTF-8"?><a/>', '<?xml version="1.0\' ?><a/>', '<?xml version="1.0" standalone="YES"?><a/>', '<?xml version="1.0" encoding=" utf-8"?><a/>', '<?xml version="2.0"?><a/>', '<?xml encoding="utf-8"?><a/>']) {
		assert.deepEqual(codes(parseXml(bad)), ['malformed-declaration'], bad);
	}
	const doc = parseXml('<?xml version="1.0" standalone="YES"?><a/>');
	assert.match(doc.problems[0].message, /"yes" or "no"/);
	assert.equal(doc.problems[0].start, 0);
});

test('processing-instruction targets, <! markup, ]]> in text, comments ending in -, forbidden characters', () => {
	assert.deepEqual(codes(parseXml('<?XML version="1.0"?><a/>')), ['malformed-processing-instruction']);
	assert.deepEqual(codes(parseXml('<a><? ?></a>')), ['malformed-processing-instruction']);
	assert.deepEqual(codes(parseXml('<a><?pi+++?></a>')), ['malformed-processing-instruction']);
	assert.deepEqual(codes(parseXml('<?xml-stylesheet href="a.xsl"?><a><?pi data?></a>')), []);
	assert.deepEqual(codes(parseXml('<a><![cdata[x]]></a>')), ['malformed-declaration']);
	assert.deepEqual(codes(parseXml('<a><!DOCTYPE a></a>')), ['malformed-declaration']);
	assert.deepEqual(codes(parseXml('<a>x]]>y</a>')), ['cdata-end-in-text']);
	assert.deepEqual(codes(parseXml('<a>x]]y&gt;</a>')), []);
	assert.deepEqual(codes(parseXml('<!--a---><a/>')), ['double-hyphen-in-comment']);
	const feed = parseXml('<a>page\fbreak\u001b\u001b</a>');
	assert.deepEqual(codes(feed), ['invalid-character', 'invalid-character']);
	assert.deepEqual(feed.problems.map((problem) => [problem.start, problem.end]), [[7, 8], [13, 15]]);
	assert.deepEqual(codes(parseXml('<a b="\uFFFF">\uD800</a>')), ['invalid-character', 'invalid-character']);
	assert.deepEqual(codes(parseXml('<a>\u{1F600} &#0000000000000000009;</a>')), []);
});

test('names follow the fifth edition NameStartChar and NameChar ranges', () => {
	assert.deepEqual(codes(parseXml('<\u00E9l\u00E8ve x\u00B7y="1" \u{10000}="2"/>')), []);
	// A combining mark (U+0300) may continue a name but not start one; U+00D7 (×) is in neither range.
	assert.deepEqual(codes(parseXml('<a\u0300/>')), []);
	assert.ok(codes(parseXml('<\u0300a/>')).includes('unescaped-less-than'));
	assert.ok(codes(parseXml('<a\u00D7b/>')).includes('malformed-tag'));
});

test('10,000-deep nesting neither throws nor recurses', () => {
	const deep = parseXml(`${'<a>'.repeat(10000)}x${'</a>'.repeat(10000)}`);
	assert.deepEqual(codes(deep), []);
	assert.equal(deep.elements.length, 10000);
	const open = parseXml('<a>'.repeat(10000));
	assert.equal(open.problems.length, 10000);
});

// Speed is measured by the benchmark; here only that hostile input is parsed completely and reported.
test('hostile input is parsed to the end with every problem reported', () => {
	const inputs = ['</a>'.repeat(50000), `<r>${'<x>'.repeat(5000)}${'</y>'.repeat(20000)}`, '<a b="'.repeat(20000), '&'.repeat(100000), `<r>${'<x a="1" b=\'2\'>t &amp; u</x>\n'.repeat(20000)}</r>`];
	for (const input of inputs) {
		const model = parseXml(input);
		for (const problem of model.problems) assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= input.length);
	}
	assert.equal(parseXml(inputs[4]).elements.length, 20001);
});

test('never throws, and every span lies inside the text (property)', () => {
	const pieces = fc.constantFrom('<', '>', '/', '</', '<a', '<b x="1">', '</b>', '<!--', '-->', '<![CDATA[', ']]>', '&', '&amp;', '&#x41;', '"', "'", '=', ' ', '\n', '\r\n', 'text', '<?xml version="1.0"?>', 'xmlns:w="u"', 'w:a="1"', '\uFEFF');
	fc.assert(
		fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
			const text = parts.join('');
			const doc = parseXml(text);
			for (const problem of doc.problems) assert.ok(problem.start >= 0 && problem.end <= text.length && problem.start <= problem.end);
			const check = (element: XmlElement) => {
				assert.ok(element.start <= element.nameStart && element.nameEnd <= element.startTagEnd && element.startTagEnd <= element.end && element.end <= text.length);
			};
			doc.elements.forEach(check);
		}),
		{ numRuns: 400 },
	);
});
