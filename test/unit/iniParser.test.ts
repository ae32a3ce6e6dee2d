/**
 * The INI answer-file parser: exact positions, quoting rules, line endings,
 * recovery, and agreement with the `ini` package on well-formed files.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as ini from 'ini';
import fc from 'fast-check';
import { parseIni, type IniEntry } from '../../server/src/model/iniParser';

function entries(text: string): IniEntry[] {
	return parseIni(text).sections.flatMap((section) => section.lines.filter((line): line is IniEntry => line.type === 'entry'));
}

test('entries keep exact key and value columns', () => {
	const [entry] = entries('[UserData]\n    ComputerName = PC-01  \n');
	assert.equal(entry.key, 'ComputerName');
	assert.deepEqual(entry.keySpan, { line: 1, start: 4, end: 16 });
	assert.equal(entry.value, 'PC-01');
	assert.deepEqual(entry.valueSpan, { line: 1, start: 19, end: 24 });
});

test('section names are trimmed and keep their columns', () => {
	const { sections } = parseIni('  [ GuiUnattended ]\r\n');
	assert.equal(sections[0].name, 'GuiUnattended');
	assert.deepEqual(sections[0].nameSpan, { line: 0, start: 4, end: 17 });
});

test('quoted values: doubled quotes collapse and a backslash before the closing quote is not an escape', () => {
	const [a, b, c] = entries('[X]\nA = "say ""hi"""\nB = "C:\\Sysprep\\"\nC = ""\n');
	assert.equal(a.value, 'say "hi"');
	assert.equal(b.value, 'C:\\Sysprep\\');
	assert.equal(c.value, '');
	assert.ok(c.quoted);
});

test('an = inside a quoted command line does not split it', () => {
	const { sections } = parseIni('[GuiRunOnce]\n"cmd /c set A=B"\n');
	const [line] = sections[0].lines;
	assert.equal(line.type, 'value');
	assert.equal(line.value, 'cmd /c set A=B');
});

test('CRLF, LF, lone CR and a missing final newline all count lines the way LSP does', () => {
	const doc = parseIni('[A]\r\nx=1\ny=2\rz=3');
	assert.equal(doc.lineCount, 4);
	assert.deepEqual(
		entries('[A]\r\nx=1\ny=2\rz=3').map((entry) => [entry.key, entry.keySpan.line]),
		[
			['x', 1],
			['y', 2],
			['z', 3],
		],
	);
});

test('the dominant line ending is remembered for edits', () => {
	assert.equal(parseIni('[A]\r\nx=1\r\n').eol, '\r\n');
	assert.equal(parseIni('[A]\nx=1\n').eol, '\n');
});

test('comments, REM, # and text before the first section are kept apart', () => {
	const doc = parseIni('; header\nstray = 1\n[A]\nREM old\n# hash\nrem\nremark = 2\n');
	assert.deepEqual(
		doc.comments.map((comment) => comment.marker),
		[';', 'rem', '#', 'rem'],
	);
	assert.equal(doc.preamble.length, 1);
	assert.equal(doc.sections[0].lines.length, 1, '`remark = 2` is an entry, not a REM comment');
});

test('malformed lines become problems, not exceptions', () => {
	const doc = parseIni('[Unclosed\nA = "no end\n[]\n[B] trailing\n');
	assert.deepEqual(
		doc.problems.map((problem) => problem.code),
		['unclosed-section', 'unterminated-quote', 'empty-section-name', 'text-after-section'],
	);
});

test('a byte-order mark does not become part of the first section name', () => {
	assert.equal(parseIni('\ufeff[Unattended]\n').sections[0].name, 'Unattended');
});

test('never throws and keeps every span inside its line, on any input', () => {
	fc.assert(
		fc.property(fc.string({ unit: fc.constantFrom('[', ']', '=', '"', ';', '#', ' ', '\t', '\r', '\n', 'a', 'R', 'E', 'M', '\\', '\u0000', 'é') }), (text) => {
			const doc = parseIni(text);
			const check = (span: { line: number; start: number; end: number }) => {
				assert.ok(span.line >= 0 && span.line < doc.lineCount);
				assert.ok(span.start >= 0 && span.start <= span.end && span.end <= doc.lineLengths[span.line]);
			};
			for (const section of doc.sections) {
				check(section.nameSpan);
				check(section.headerSpan);
				for (const line of section.lines) {
					check(line.lineSpan);
					check(line.valueSpan);
					if (line.type === 'entry') check(line.keySpan);
				}
			}
			for (const comment of doc.comments) check(comment.span);
			for (const problem of doc.problems) check(problem.span);
		}),
		{ numRuns: 500, seed: 4242 },
	);
});

test('agrees with the ini package on well-formed files (differential oracle)', () => {
	const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,11}$/);
	const value = fc.stringMatching(/^[A-Za-z0-9_: -]{0,16}$/).map((text) => text.trim());
	const file = fc.uniqueArray(fc.record({ section: name, entries: fc.uniqueArray(fc.tuple(name, value), { selector: ([key]) => key.toLowerCase(), maxLength: 6 }) }), {
		selector: (section) => section.section.toLowerCase(),
		maxLength: 5,
	});
	fc.assert(
		fc.property(file, fc.constantFrom('\n', '\r\n'), (sections, eol) => {
			const text = sections.map((section) => [`[${section.section}]`, ...section.entries.map(([key, val]) => `${key} = ${val}`)].join(eol)).join(eol);
			const expected = ini.parse(text) as Record<string, Record<string, string | boolean>>;
			const ours = parseIni(text);
			const actual: Record<string, Record<string, string>> = {};
			for (const section of ours.sections) {
				actual[section.name] = {};
				for (const line of section.lines) if (line.type === 'entry') actual[section.name][line.key] = line.value;
			}
			const normalized: Record<string, Record<string, string>> = {};
			for (const [section, values] of Object.entries(expected)) {
				normalized[section] = {};
				for (const [key, val] of Object.entries(values)) normalized[section][key] = val === true ? '' : String(val);
			}
			// ini reads `key =` (empty) as "" and drops nothing else; sections without entries still appear in ours only.
			for (const section of Object.keys(actual)) if (Object.keys(actual[section]).length === 0 && !(section in normalized)) delete actual[section];
			assert.deepEqual(actual, normalized);
		}),
		{ numRuns: 300, seed: 7 },
	);
});
