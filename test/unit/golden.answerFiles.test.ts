/**
 * Golden tests over answer files: the shared real-world corpus
 * (`/work/shared/corpus`, skipped with a message when absent) and our own
 * fixtures under test/fixtures/{cmdlines,unattend,winbom}, which cover the same
 * patterns in our own words. Valid files have no error-level diagnostics; the
 * documented mistakes are found.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeBytes } from '../../server/src/util/decode';
import { service } from '../utils/fixture';

const corpus = '/work/shared/corpus';
const corpusMissing = existsSync(corpus) ? false : `shared corpus not available (${corpus}); test/fixtures/{cmdlines,unattend,winbom} cover the same patterns`;

function check(path: string, uriPath = path): Diagnostic[] {
	const bytes = readFileSync(path);
	const decoded = decodeBytes(bytes);
	const text = decoded.ok ? decoded.text : bytes.toString('latin1');
	const document = TextDocument.create(`file://${uriPath.startsWith('/') ? '' : '/'}${uriPath}`, '', 1, text);
	return service.doValidation(document);
}

function errors(diagnostics: Diagnostic[]): string[] {
	return diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).map((diagnostic) => `${diagnostic.range.start.line + 1}: ${String(diagnostic.code)} ${diagnostic.message}`);
}

function codesAt(diagnostics: Diagnostic[]): string[] {
	return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${String(diagnostic.code)}`);
}

/** Corpus files with documented mistakes: the error-level findings expected (line and code). */
const corpusMistakes: Record<string, string[]> = {
	'unattend-txt/dockur__windows__prepareXP_WINNT-2024-02.SIF': ['10 inf.invalid-value', '20 inf.missing-equals', '39 inf.missing-equals'],
};

function corpusFiles(folder: string): string[] {
	const dir = join(corpus, folder);
	return existsSync(dir) ? readdirSync(dir).map((name) => `${folder}/${name}`) : [];
}

test('corpus: Cmdlines.txt files have no errors; the # licence header is one warning', { skip: corpusMissing }, () => {
	const files = corpusFiles('cmdlines-txt');
	assert.ok(files.length > 0);
	for (const file of files) {
		const diagnostics = check(join(corpus, file), `/corpus/${file.replace(/^cmdlines-txt\/.*$/, 'Cmdlines.txt')}`);
		assert.deepEqual(errors(diagnostics), [], file);
		if (file.includes('Windows_Version_5')) assert.deepEqual(codesAt(diagnostics), ['1 cmdlines.comment-marker'], file);
		else assert.deepEqual(codesAt(diagnostics), [], file);
	}
});

test('corpus: Unattend.txt / winnt.sif files have no errors except the documented mistakes', { skip: corpusMissing }, () => {
	const files = corpusFiles('unattend-txt');
	assert.ok(files.length > 0);
	for (const file of files) {
		const name = file.split('/').pop()!;
		// The corpus names keep their origin; give each the name Setup reads.
		const uri = /\.sif$/i.test(name) ? '/corpus/winnt.sif' : '/corpus/unattend.txt';
		const diagnostics = check(join(corpus, file), uri);
		const expected = corpusMistakes[file];
		const found = diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error);
		assert.deepEqual(codesAt(found), expected ?? [], `${file}\n${errors(diagnostics).join('\n')}`);
	}
});

test('corpus: the documented winnt.sif mistakes are flagged: no =, a bare JoinWorkgroup', { skip: corpusMissing }, () => {
	const diagnostics = check(join(corpus, 'unattend-txt/dockur__windows__prepareXP_WINNT-2024-02.SIF'), '/corpus/winnt.sif');
	const messages = diagnostics.filter((diagnostic) => diagnostic.code === 'inf.missing-equals').map((diagnostic) => diagnostic.message);
	assert.deepEqual(messages, ["'FileSystem-ConvertNTFS' has no '='; did you mean 'FileSystem = ConvertNTFS'?", "'JoinWorkgroup' has no '=' and no value; write it as 'JoinWorkgroup = WORKGROUP'."]);
});

const fixtures = new URL('../fixtures/', import.meta.url).pathname;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Our own fixtures: the complete list of findings (line and code) each one produces. */
const expected: Record<string, string[]> = {
	'cmdlines/valid/Sysprep/i386/$OEM$/Cmdlines.txt': [],
	'cmdlines/valid/Sysprep/sysprep.inf': [],
	'cmdlines/hash-header/Cmdlines.txt': ['1 cmdlines.comment-marker'],
	'cmdlines/mistakes/Cmdlines.txt': [
		'2 cmdlines.joined-command',
		'3 cmdlines.needs-cmd',
		'4 cmdlines.msi',
		'5 cmdlines.network',
		'5 cmdlines.network',
		'6 cmdlines.network',
		'7 cmdlines.restart',
		'8 cmdlines.needs-cmd',
		'10 cmdlines.unknown-section',
	],
	'unattend/valid/winnt.sif': ['14 inf.blank-admin-password', '20 inf.placeholder-value'],
	'unattend/mistakes/winnt.sif': ['3 inf.missing-equals', '4 inf.hash-comment', '7 inf.missing-equals'],
	'winbom/factory/Winbom.ini': [],
	'winbom/winpe/Winbom.ini': [],
	'winbom/oobe/Winbom.ini': [],
	'winbom/mistakes/Winbom.ini': [
		'3 winbom.new-winbom-not-path',
		'5 winbom.cleartext-credentials',
		'6 winbom.ignored-by-type',
		'11 winbom.ignored-by-type',
		'15 winbom.unexpanded-variable',
		'16 inf.missing-section-ref',
		'17 winbom.oemrun-syntax',
		'18 winbom.oemrun-syntax',
		'21 inf.missing-section-ref',
	],
};

test('own fixtures: every file gives exactly the expected findings', () => {
	const files = ['cmdlines', 'unattend', 'winbom'].flatMap((folder) => walk(join(fixtures, folder))).map((path) => relative(fixtures, path).split('\\').join('/'));
	assert.deepEqual(files.sort(), Object.keys(expected).sort(), 'every fixture has an expectation');
	for (const file of files) {
		const diagnostics = check(join(fixtures, file), `/fixtures/${file}`);
		assert.deepEqual(codesAt(diagnostics), expected[file], file);
	}
});

test('own fixtures: the valid Cmdlines.txt passes the cross-file rules with its Sysprep.inf', () => {
	const root = join(fixtures, 'cmdlines/valid');
	const files = walk(root).map((path) => relative(root, path).split('\\').join('/'));
	const workspace = { listFiles: () => files, readText: (path: string) => readFileSync(join(root, path), 'latin1') };
	const cmdlines = 'Sysprep/i386/$OEM$/Cmdlines.txt';
	const document = TextDocument.create(`file://${root}/${cmdlines}`, 'cmdlines', 1, workspace.readText(cmdlines));
	assert.deepEqual(service.doValidation(document, undefined, workspace), []);
	const broken = { listFiles: () => files, readText: (path: string) => (path.endsWith('.inf') ? '[Unattended]\nOemSkipEula = Yes\n' : workspace.readText(path)) };
	assert.deepEqual(service.doValidation(document, undefined, broken).map((diagnostic) => diagnostic.code), ['cmdlines.install-files-path']);
});
