/**
 * Issue 18: whatever Reseal itself writes into a file — whole-file skeletons,
 * the snippets shipped in `snippets/`, section snippets of the tables and the
 * values quick-fixes insert — must pass Reseal's own checks. A snippet body is
 * expanded with its defaults (first choice, placeholder text, empty tab stops).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { sysprepInfSkeletons } from '../../server/src/knowledge/skeletons';
import { sysprepInf } from '../../server/src/knowledge/sysprepInf';
import { unattendTxtExtras } from '../../server/src/knowledge/unattendTxt';
import { winbomIni } from '../../server/src/knowledge/winbomIni';
import type { AnswerFileSpec } from '../../server/src/knowledge/types';
import { severityName } from '../../server/src/services/diagnostics';
import { service } from '../utils/fixture';

const root = join(__dirname, '../..');

/** `${1:text}` → text, `${1|a,b|}` → a, `$1`/`${1}`/`$0` → '', `\\$`/`\\}` unescaped. */
export function expandSnippet(body: string): string {
	let previous: string;
	let text = body;
	// Placeholders nest (`${1:a ${2:b}}`), so expand until nothing changes.
	do {
		previous = text;
		text = text
			.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
			.replace(/\$\{\d+:([^${}]*)\}/g, '$1')
			.replace(/\$\{\d+\}/g, '')
			.replace(/\$\d+/g, '');
	} while (text !== previous);
	return text.replace(/\\([$}\\])/g, '$1');
}

function check(path: string, text: string, settings?: object): Diagnostic[] {
	const document = TextDocument.create(`file://${path}`, 'plaintext', 1, text);
	return service.doValidation(document, settings as never);
}

function render(diagnostics: readonly Diagnostic[]): string[] {
	return diagnostics.map((item) => `${item.range.start.line + 1}: ${severityName(item.severity)} ${String(item.code)}: ${String(item.message)}`);
}

function snippets(file: string): [string, string][] {
	const data = JSON.parse(readFileSync(join(root, 'snippets', file), 'utf8')) as Record<string, { body: string[] | string }>;
	return Object.entries(data).map(([name, item]) => [name, expandSnippet(Array.isArray(item.body) ? item.body.join('\n') : item.body)]);
}

test('the snippet expander used below', () => {
	assert.equal(expandSnippet('A = ${1:x}\nB = ${2|Yes,No|}\nC = ${3}$0\nD = ${4:C:\\\\Sysprep}'), 'A = x\nB = Yes\nC = \nD = C:\\Sysprep');
});

test('every Sysprep.inf skeleton checks clean (the domain join leaves only its deliberate prompt)', () => {
	for (const skeleton of sysprepInfSkeletons) {
		const found = render(check('/Sysprep.inf', expandSnippet(skeleton.body)));
		// The domain-join skeleton leaves DomainAdminPassword empty on purpose so that it never sits in the image.
		const expected = skeleton.body.includes('DomainAdminPassword = ${12}') ? [found.find((line) => line.includes('inf.blank-prompts: DomainAdminPassword'))].filter(Boolean) : [];
		assert.deepEqual(found, expected, skeleton.label);
		if (skeleton.body.includes('DomainAdminPassword')) assert.equal(found.length, 1, `${skeleton.label}: ${found.join('\n')}`);
	}
});

/** Diagnostics a lone fragment gets because it is not a whole file. */
const fragmentOnly = new Set(['inf.missing-required-entry', 'winbom.missing-factory-section', 'cmdlines.missing-commands-section', 'inf.missing-section-ref']);

test('every Sysprep.inf snippet shipped in snippets/ checks clean', () => {
	for (const [name, text] of snippets('sysprep-inf.code-snippets')) {
		const found = render(check('/Sysprep.inf', text).filter((item) => !fragmentOnly.has(String(item.code)) && !/DomainAdminPassword/.test(String(item.message))));
		assert.deepEqual(found, [], name);
	}
});

test('every Winbom.ini snippet shipped in snippets/ checks clean', () => {
	for (const [name, text] of snippets('winbom-ini.code-snippets')) {
		// An item snippet is typed inside [OEMRunOnce]; check it there.
		const whole = text.startsWith('[') ? text : `[Factory]\nWinbomType = Factory\n[OEMRunOnce]\n${text}`;
		const found = render(check('/Winbom.ini', whole).filter((item) => !fragmentOnly.has(String(item.code))));
		assert.deepEqual(found, [], name);
	}
});

test('every Cmdlines.txt snippet shipped in snippets/ checks clean', () => {
	for (const [name, text] of snippets('cmdlines.code-snippets')) {
		const whole = text.includes('[Commands]') ? text : `[Commands]\n${text}`;
		assert.deepEqual(render(check('/Sysprep/i386/$OEM$/Cmdlines.txt', whole)), [], name);
	}
});

test('every batch snippet shipped in snippets/ has no error or warning', () => {
	for (const [name, text] of snippets('bat.code-snippets')) {
		const found = render(check('/sysprep.bat', text).filter((item) => item.severity === 1 || item.severity === 2));
		assert.deepEqual(found, [], name);
	}
});

test('every section snippet of the INI tables checks clean', () => {
	const tables: [AnswerFileSpec, string][] = [
		[sysprepInf, '/Sysprep.inf'],
		[unattendTxtExtras as AnswerFileSpec, '/Unattend.txt'],
		[winbomIni, '/Winbom.ini'],
	];
	for (const [table, path] of tables) {
		for (const section of table.sections) {
			if (!section.snippet) continue;
			const found = render(check(path, expandSnippet(section.snippet)).filter((item) => !fragmentOnly.has(String(item.code)) && !(item.severity === 3 || item.severity === 4)));
			assert.deepEqual(found, [], `${table.title} [${section.name}] snippet`);
		}
	}
});

test('every value a quick-fix inserts for an entry is accepted by that entry', () => {
	const tables: [AnswerFileSpec, string][] = [
		[sysprepInf, '/Sysprep.inf'],
		[unattendTxtExtras as AnswerFileSpec, '/Unattend.txt'],
		[winbomIni, '/Winbom.ini'],
	];
	let checked = 0;
	for (const [table, path] of tables) {
		for (const section of table.sections) {
			if (section.template !== undefined || section.shape !== 'entries') continue;
			for (const entry of section.entries) {
				if (entry.insertValue === undefined || entry.name.includes('<')) continue;
				checked++;
				const header = path === '/Winbom.ini' && section.name !== 'Factory' ? '[Factory]\nWinbomType = Factory\n' : '';
				const text = `${header}[${section.name}]\n${entry.name} = ${entry.insertValue}\n`;
				const entryLine = header === '' ? 1 : header.split('\n').length;
				const found = check(path, text, { target: entry.targets?.[0] ?? section.targets?.[0] ?? '2003' }).filter(
					(item) => item.range.start.line === entryLine && (item.severity === 1 || item.severity === 2) && item.code !== 'inf.cleartext-password' && item.code !== 'winbom.cleartext-credentials',
				);
				assert.deepEqual(render(found), [], `${table.title} [${section.name}] ${entry.name} = ${entry.insertValue}`);
			}
		}
	}
	assert.ok(checked > 10, `only ${checked} insert values found`);
});

test('"Add all entries full automation needs" produces a file with no missing entry and no error', () => {
	const text = '[Unattended]\n';
	const document = TextDocument.create('file:///Sysprep.inf', 'plaintext', 1, text);
	const diagnostics = service.doValidation(document);
	const actions = service.doCodeActions(document, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics);
	const all = actions.find((action) => /^Add all \d+ entries/.test(action.title));
	assert.ok(all, actions.map((action) => action.title).join(' | '));
	const fixed = TextDocument.applyEdits(document, all.edit?.changes?.[document.uri] ?? []);
	const after = render(check('/Sysprep.inf', fixed).filter((item) => item.severity === 1 || item.severity === 2));
	assert.deepEqual(after, [], fixed);
});
