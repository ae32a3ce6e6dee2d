/**
 * Hostile shapes that used to take time squared or cubed in their length, now
 * linear: each runs once on a size where the old code took seconds, with a
 * budget far above what linear code needs (milliseconds), so a loaded machine
 * does not fail it and a return of the old behaviour does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/languageService';
import { formatted } from '../utils/editing';

/**
 * A hang detector, not a speed target (those live in `npm run bench`): linear
 * code needs milliseconds here, the old code needed 54 to 180 s, so even a
 * heavily loaded CI machine stays far below this and the old code far above.
 */
const budgetMs = 20_000;

function timed<T>(run: () => T): { value: T; ms: number } {
	const started = performance.now();
	const value = run();
	return { value, ms: performance.now() - started };
}

function validate(uri: string, text: string, languageId = '') {
	return getLanguageService().doValidation(TextDocument.create(uri, languageId, 1, text));
}

test('unattend.xml: a value of {{ and 3,000 blanks (cubic template pattern, 54 s before)', () => {
	const text = `<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="specialize"><component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"><ComputerName>{{${' '.repeat(3000)}x</ComputerName></component></settings>\n</unattend>\n`;
	const { value, ms } = timed(() => validate('file:///w/unattend.xml', text));
	assert.ok(Array.isArray(value));
	assert.ok(ms < budgetMs, `${Math.round(ms)} ms`);
	// Still a template token when it is one.
	const token = validate('file:///w/unattend.xml', text.replace(`{{${' '.repeat(3000)}`, '{{ computer_name }}'));
	assert.ok(token.some((d) => d.code === 'xml.template-placeholder'));
});

test('Cmdlines.txt: a 100,000-character program path in quotes, then an argument (quadratic program-path test, 54 s before)', () => {
	const text = `[Commands]\n"C${':'.repeat(100_000)}" x\n`;
	const { value, ms } = timed(() => validate('file:///w/Cmdlines.txt', text));
	assert.ok(Array.isArray(value));
	assert.ok(ms < budgetMs, `${Math.round(ms)} ms`);
});

test('Format Document: 200,000 blank lines (quadratic in the run, 180 s before)', () => {
	const text = `[Unattended]\nOemSkipEula = Yes\n${'\n'.repeat(200_000)}[UserData]\nFullName = x\n`;
	const { value, ms } = timed(() => formatted(text));
	assert.equal(value, '[Unattended]\nOemSkipEula = Yes\n\n[UserData]\nFullName = x\n');
	assert.ok(ms < budgetMs, `${Math.round(ms)} ms`);
});

test('batch: rename and highlight of a for variable among 20,000 for loops (184 s before), and of a set /a name on 20,000 lines', () => {
	const service = getLanguageService();
	const fors = TextDocument.create('file:///w/loops.bat', 'bat', 1, Array.from({ length: 20_000 }, () => 'for %%i in (a) do echo %%i').join('\n'));
	const loop = timed(() => [service.prepareRename(fors, { line: 19_999, character: 25 }), service.rename(fors, { line: 19_999, character: 25 }, 'j'), service.findDocumentHighlights(fors, { line: 19_999, character: 25 })] as const);
	assert.ok(loop.ms < budgetMs, `${Math.round(loop.ms)} ms`);
	const renamed = loop.value[1];
	assert.ok(renamed && 'changes' in renamed && renamed.changes![fors.uri].length === 2, 'only the last loop changes');
	const sums = TextDocument.create('file:///w/sums.bat', 'bat', 1, Array.from({ length: 20_000 }, (_, k) => `set /a x=x+%y% + ${k}`).join('\n'));
	const sum = timed(() => service.rename(sums, { line: 19_999, character: 8 }, 'total'));
	assert.ok(sum.ms < budgetMs, `${Math.round(sum.ms)} ms`);
	assert.ok(sum.value && 'changes' in sum.value && sum.value.changes![sums.uri].length === 40_000);
});
