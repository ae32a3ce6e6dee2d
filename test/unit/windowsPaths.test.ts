/**
 * Windows paths and URIs on Linux, through `path.win32`: what the Windows tier
 * (test/windows) found wrong, reproduced without wine.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toSarif } from '../../server/src/cli';
import { getLanguageService } from '../../server/src/languageService';
import { fileUri, isInside, pathKey, pathOfUri, relativeUri, rootOf, samePath } from '../../server/src/io/paths';

const win = path.win32;

test('Windows paths compare without regard to case and trailing separators', () => {
	assert.ok(samePath('C:\\Work\\Image', 'c:\\work\\image\\', win));
	assert.ok(samePath('C:\\Work\\.\\Image', 'c:\\WORK\\image', win));
	assert.ok(!samePath('C:\\Work\\Image', 'D:\\Work\\Image', win));
	// Linux keeps case.
	assert.ok(!samePath('/work/Image', '/work/image', path.posix));
	assert.ok(samePath('/work/image/', '/work/image', path.posix));
	// The CLI's key for "already checked": one per file, whatever the spelling.
	assert.equal(pathKey('IMAGE\\SYSPREP.INF', win), pathKey('image\\Sysprep.inf', win));
	assert.notEqual(pathKey('/image/SYSPREP.INF', path.posix), pathKey('/image/Sysprep.inf', path.posix));
});

test('inside a folder, on Windows whatever the case (bundle --out, workspace roots)', () => {
	assert.ok(isInside('C:\\WS', 'c:\\ws\\Build', win));
	assert.ok(isInside('c:\\reseal-tests\\x', 'C:\\RESEAL-TESTS\\X\\ws\\Sysprep', win));
	assert.ok(isInside('C:\\', 'c:\\ws', win));
	assert.ok(!isInside('C:\\WS', 'c:\\ws', win), 'a folder is not inside itself');
	assert.ok(!isInside('C:\\WS', 'c:\\ws2\\x', win), 'a sibling with a longer name is not inside');
	assert.ok(!isInside('C:\\WS', 'D:\\WS\\x', win));
	assert.ok(!isInside('/ws', '/WS/x', path.posix));
	assert.ok(isInside('/ws', '/ws/x', path.posix));
});

test('the workspace root of a document: the deepest one, drive letter in any case', () => {
	const roots = ['c:\\work', 'c:\\Work\\Image'];
	assert.equal(rootOf('C:\\Work\\Image\\Sysprep\\Sysprep.inf', roots, win), 'c:\\Work\\Image');
	assert.equal(rootOf('C:\\work\\other\\Sysprep.inf', roots, win), 'c:\\work');
	assert.equal(rootOf('D:\\work\\Sysprep.inf', roots, win), undefined);
});

test('file URIs: three slashes before the drive letter, segments encoded', () => {
	// The CLI used to write `file://C%3A/...`, which is no valid URI (the drive became a host name).
	assert.equal(fileUri('C:\\Image\\a b\\$OEM$\\x#.inf', win), 'file:///C:/Image/a%20b/$OEM$/x%23.inf');
	assert.doesNotThrow(() => new URL(fileUri('C:\\Image\\Sysprep.inf', win)));
	assert.equal(fileUri('\\\\server\\share\\Sysprep.inf', win), 'file://server/share/Sysprep.inf');
	assert.equal(fileUri('/work/a b/x.inf', path.posix), 'file:///work/a%20b/x.inf');
});

test("VS Code's file:///c%3A/ URIs and other clients' file:///C:/ URIs give Windows paths", () => {
	assert.equal(pathOfUri('file:///c%3A/Image/i386/%24OEM%24/Cmdlines.txt', win), 'c:\\Image\\i386\\$OEM$\\Cmdlines.txt');
	assert.equal(pathOfUri('file:///C:/Image/Sysprep.inf', win), 'C:\\Image\\Sysprep.inf');
	assert.ok(samePath(pathOfUri('file:///c%3A/Image', win)!, pathOfUri('file:///C:/image', win)!, win));
	assert.equal(pathOfUri('untitled:Untitled-1', win), undefined);
	assert.equal(pathOfUri('file:///c%3A/a%2Fb', win), undefined, 'an encoded separator is refused, not guessed');
	assert.equal(pathOfUri('file:///work/x.inf', path.posix), '/work/x.inf');
});

test('relative paths become URI references with forward slashes (SARIF artifact locations)', () => {
	assert.equal(relativeUri('examples\\mistakes\\Sysprep.inf', win), 'examples/mistakes/Sysprep.inf');
	assert.equal(relativeUri('i386\\$OEM$\\Cmd lines.txt', win), 'i386/%24OEM%24/Cmd%20lines.txt');
	assert.equal(relativeUri('a/b c.inf', path.posix), 'a/b%20c.inf');
});

test('SARIF: a file outside the current folder keeps an absolute file URI and no base id', () => {
	const finding = { file: '/elsewhere/Sysprep.inf', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, severity: 'error' as const, code: 'inf.invalid-value', message: 'm' };
	const sarif = toSarif([finding, { ...finding, file: 'image/Sysprep.inf' }]) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: unknown } }[] }[] }[] };
	const [outside, inside] = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
	assert.deepEqual(outside, { uri: 'file:///elsewhere/Sysprep.inf' });
	assert.deepEqual(inside, { uri: 'image/Sysprep.inf', uriBaseId: '%SRCROOT%' });
	assert.match(sarif.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri, /^file:\/\/\/.*\/$/);
});

test('documents named by Windows URIs are recognised and checked like any other', () => {
	const service = getLanguageService();
	const text = '[Unattended]\r\nOemSkipEula = on\r\n';
	for (const uri of ['file:///c%3A/Image/SYSPREP.INF', fileUri('C:\\Image\\Sysprep.inf', win)]) {
		const codes = service.doValidation(TextDocument.create(uri, 'plaintext', 1, text), {}).map((d) => d.code);
		assert.ok(codes.includes('inf.invalid-value'), `${uri}: ${codes.join()}`);
	}
});
