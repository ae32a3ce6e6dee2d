/**
 * Editor-feature tests for batch scripts: completion and hover at `$0`,
 * definition/references, outline, folding, quick-fixes and facts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as fc from 'fast-check';
import { batchService } from '../../server/src/services/batch/batchService';
import { validateBatch } from '../../server/src/services/batch/batchValidation';
import { completeBatch } from '../../server/src/services/batch/batchCompletion';
import { hoverBatch } from '../../server/src/services/batch/batchHover';
import { codeActionsBatch } from '../../server/src/services/batch/batchCodeActions';
import { definitionBatch, foldingBatch, referencesBatch, symbolsBatch } from '../../server/src/services/batch/batchNavigation';
import { factsBatch } from '../../server/src/services/batch/batchFacts';
import type { Settings } from '../../server/src/services/kindService';
import { cursors, kindContext, positionAt } from '../utils/fixture';

const context = (text: string, options: { uri?: string; settings?: Partial<Settings> } = {}) => kindContext(batchService, text, { uri: 'file:///work/sysprep.bat', ...options });

function complete(fixture: string): string[] {
	const { text, offsets } = cursors(fixture);
	const { ctx, model } = context(text);
	return batchService.complete(ctx, model, positionAt(text, offsets[0])).items.map((item) => item.label);
}

function hover(fixture: string): string {
	const { text, offsets } = cursors(fixture);
	const { ctx, model } = context(text);
	const result = batchService.hover(ctx, model, positionAt(text, offsets[0]));
	return result ? (result.contents as MarkupContent).value : '';
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create('file:///x.bat', 'bat', 1, text), [...edits]);
}

function fixes(text: string, code: string): { diagnostic: Diagnostic; actions: CodeAction[] } {
	const { ctx, model } = context(text);
	const diagnostic = batchService.validate(ctx, model).find((d) => d.code === code);
	assert.ok(diagnostic, `expected ${code}`);
	return { diagnostic, actions: batchService.codeActions(ctx, model, diagnostic.range, [diagnostic]) };
}

function fixed(text: string, action: CodeAction): string {
	return applyEdits(text, Object.values(action.edit!.changes!)[0]);
}

const completionCases: [string, string, string[], string[]][] = [
	['XP switches after "sysprep -"', 'sysprep -$0', ['-reseal', '-mini', '-quiet', '-forceshutdown', '-activated'], ['/generalize']],
	['Vista switches after "start sysprep /"', 'start /wait sysprep /$0', ['/generalize', '/oobe', '/unattend:', '/mode:'], ['-reseal']],
	['switches of the generation in use, without the used ones', 'sysprep -reseal $0', ['-mini', '-quiet'], ['/oobe', '-reseal']],
	['services after "net stop "', 'net stop $0', ['lanmanserver', 'wuauserv', 'Spooler'], []],
	['services after "sc config "', 'sc config $0', ['wuauserv'], []],
	['net subcommands', 'net $0', ['stop', 'start', 'use'], []],
	['labels after goto', ':main\n:Cleanup\ngoto $0', ['main', 'Cleanup', ':eof'], []],
	['labels after call :', ':sub\ncall :s$0', ['sub'], []],
	['labels after goto: without a blank', ':main\nif x==y goto:m$0', ['main', ':eof'], ['net']],
	['labels after an operator and goto', ':main\necho a&goto m$0', ['main'], ['net']],
	['labels after goto and several blanks', ':main\ngoto    :$0', ['main'], ['net']],
	['commands at the start of a line', 'ne$0', ['net', 'taskkill', 'sysprep', 'sync', 'echo'], []],
	['commands after & and inside a block', 'if exist x (echo a & $0', ['net', 'del'], []],
	['switches of a command', 'taskkill /$0', ['/f', '/im', '/pid'], []],
	['switches of an external tool', 'sync -$0', ['-r', '-e'], []],
	['variables after %', 'set TOOLS=c:\\t\necho %$0', ['%TOOLS%', '%SystemDrive%', '%~dp0'], []],
];

for (const [name, fixture, present, absent] of completionCases) {
	test(`completion: ${name}`, () => {
		const labels = complete(fixture);
		for (const label of present) assert.ok(labels.includes(label), `missing ${label} in ${labels.slice(0, 20).join(', ')}`);
		for (const label of absent) assert.ok(!labels.includes(label), `unexpected ${label}`);
	});
}

test('completion replaces the partial word', () => {
	const { text, offsets } = cursors('net stop lanman$0');
	const { ctx, model } = context(text);
	const item = batchService.complete(ctx, model, positionAt(text, offsets[0])).items.find((i) => i.label === 'lanmanserver')!;
	assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 0, character: 9 }, end: { line: 0, character: 15 } });
});

const hoverCases: [string, string, string][] = [
	['a built-in command', 'ec$0ho hi', 'cmd.exe built-in'],
	['a Windows program with availability', 'time$0out /t 2', 'not in Windows XP'],
	['a switch of a command', 'del /$0q x', 'Quiet'],
	['an XP sysprep switch', 'sysprep -res$0eal -mini', 'Seals the image'],
	['a Vista sysprep switch', 'sysprep /generalize /oo$0be', 'Windows Welcome'],
	['an unknown sysprep switch', 'sysprep -reseal -shut$0down', 'is not a switch'],
	['the sysprep program', 'C:\\Sysprep\\sys$0prep.exe -reseal', 'Deploy.cab'],
	['a service', 'net stop lanman$0server', 'Server'],
	['an unstoppable service', 'net stop sam$0ss', 'Cannot be stopped'],
	['an external tool', 'sp$0drvscn /p c:\\sysprep\\drivers', 'not part of Windows'],
	['a tool switch', 'sync /accept$0eula', 'licence'],
	['a label definition', ':ma$0in\ngoto main', 'used by `goto` on line 2'],
	['a label reference', 'goto ma$0in\n:main', 'defined on line 2'],
	['%~dp0', 'cd /d %~d$0p0', 'folder of the script'],
	['a well-known variable', 'echo %System$0Drive%', 'drive Windows is installed on'],
	['a loop variable', 'for %%i in (a) do echo %%~n$0i', 'loop variable of the `for` on line 1'],
	['a net subcommand', 'net st$0op spooler', 'Stops a service'],
];

for (const [name, fixture, expected] of hoverCases) {
	test(`hover: ${name}`, () => {
		const value = hover(fixture);
		assert.ok(value.includes(expected), `hover was: ${value}`);
	});
}

test('definition and references of labels', () => {
	const { text, offsets } = cursors('goto cl$0eanup\ncall :Cleanup\n:cleanup\necho x\n');
	const { ctx, model } = context(text);
	const position = positionAt(text, offsets[0]);
	assert.deepEqual(batchService.definition(ctx, model, position).map((l) => l.range.start), [{ line: 2, character: 1 }]);
	assert.deepEqual(batchService.references(ctx, model, position).map((l) => l.range.start.line), [0, 1, 2]);
});

test('definition of a variable goes to its set', () => {
	const { text, offsets } = cursors('set "LOG=c:\\x.log"\necho hi >> %L$0OG%\n');
	const { ctx, model } = context(text);
	assert.deepEqual(batchService.definition(ctx, model, positionAt(text, offsets[0])).map((l) => l.range.start), [{ line: 0, character: 5 }]);
});

test('outline lists labels and the sysprep run; folding covers blocks, label sections and comment runs', () => {
	const text = 'rem one\nrem two\n:main\nif a==a (\n  echo a\n  echo b\n)\n:seal\nsysprep -reseal -mini\n';
	const { ctx, model } = context(text);
	const symbols = batchService.symbols(ctx, model);
	assert.deepEqual(symbols.map((s) => s.name), [':main', ':seal', 'sysprep -reseal -mini']);
	assert.deepEqual(symbols[0].range, { start: { line: 2, character: 0 }, end: { line: 6, character: 1 } });
	const folds = batchService.folding(ctx, model).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`).sort();
	assert.deepEqual(folds, ['0-1 comment', '2-6 region', '3-5', '7-8 region']);
});

test('fix: correct a service name', () => {
	const text = 'net stop lanmanagerserver /yes';
	const { actions } = fixes(text, 'bat.unknown-service');
	assert.equal(fixed(text, actions[0]), 'net stop lanmanserver /yes');
});

test('fix: remove a net stop of a service that cannot be stopped, with its line', () => {
	const text = 'net stop samss /yes\r\nnet stop spooler\r\n';
	const { actions } = fixes(text, 'bat.unstoppable-service');
	assert.equal(fixed(text, actions[0]), 'net stop spooler\r\n');
});

test('fix: add /accepteula after the tool name', () => {
	const text = 'sync -r -e';
	const { actions } = fixes(text, 'bat.missing-accepteula');
	assert.equal(fixed(text, actions[0]), 'sync /accepteula -r -e');
});

test('fix: kill /f name becomes taskkill /f /im name.exe, one or all', () => {
	const text = 'kill /f vptray\nkill explorer\nkill /f 1234\n';
	const { actions } = fixes(text, 'bat.external-tool');
	assert.equal(actions[0].title, "Replace with 'taskkill /f /im vptray.exe'");
	assert.equal(fixed(text, actions[0]), 'taskkill /f /im vptray.exe\nkill explorer\nkill /f 1234\n');
	assert.equal(fixed(text, actions[1]), 'taskkill /f /im vptray.exe\ntaskkill /im explorer.exe\ntaskkill /f /pid 1234\n');
	const { ctx, model } = context(text);
	const rewrite = batchService.codeActions(ctx, model, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, []);
	assert.equal(rewrite[0].title, "Replace with 'taskkill /im explorer.exe'");
});

test('fix: sysprep switches (remove -shutdown, nearest Vista switch, add -reseal, /wait)', () => {
	const xp = 'C:\\Sysprep\\sysprep -quiet -reseal -mini -shutdown';
	const removal = fixes(xp, 'bat.sysprep-unknown-switch').actions;
	assert.ok(removal.some((a) => fixed(xp, a) === 'C:\\Sysprep\\sysprep -quiet -reseal -mini -forceshutdown'));
	assert.ok(removal.some((a) => fixed(xp, a) === 'C:\\Sysprep\\sysprep -quiet -reseal -mini'));
	const vista = 'sysprep /generalize /oobee';
	assert.equal(fixed(vista, fixes(vista, 'bat.sysprep-unknown-switch').actions[0]), 'sysprep /generalize /oobe');
	const mini = 'sysprep -mini -quiet -noreboot';
	assert.equal(fixed(mini, fixes(mini, 'bat.sysprep-mini-without-reseal').actions[0]), 'sysprep -reseal -mini -quiet -noreboot');
	const race = 'start sysprep -reseal\necho done & net stop spooler';
	assert.equal(fixed(race, fixes(race, 'bat.sysprep-start-race').actions[0]), 'start /wait sysprep -reseal\necho done & net stop spooler');
	const label = ':finish\ngoto fnish';
	assert.equal(fixed(label, fixes(label, 'bat.undefined-label').actions[0]), ':finish\ngoto finish');
});

test('facts: tools, paths and runsSysprep', () => {
	const text = [
		'sync -r /accepteula',
		'spdrvscn /p "C:\\Sysprep\\Drivers" /e inf',
		'del /q c:\\sysprep\\drivers\\infcache.1',
		'echo C:\\not\\a\\reference',
		'mytool.exe /x',
		'start /wait %SYSTEMROOT%\\System32\\Sysprep\\sysprep /generalize /oobe /unattend:%SYSTEMDRIVE%\\Windows\\Panther\\unattend.xml',
	].join('\n');
	const { ctx, model } = context(text);
	const facts = batchService.facts(ctx, model);
	assert.equal(facts.runsSysprep, true);
	assert.deepEqual(facts.externalTools.map((t) => t.name), ['sync.exe', 'spdrvscn.exe', 'mytool.exe']);
	assert.deepEqual(
		facts.referencedPaths.map((p) => [p.path, p.kind]),
		[
			['C:\\Sysprep\\Drivers', 'folder'],
			// `del` needs only the folder of what it removes to exist.
			['c:\\sysprep\\drivers', 'folder'],
			['%SYSTEMROOT%\\System32\\Sysprep\\sysprep', 'file'],
			['%SYSTEMDRIVE%\\Windows\\Panther\\unattend.xml', 'file'],
		],
	);
	const xp = context('"C:\\Sysprep\\sysprep.exe" -reseal');
	const xpFacts = batchService.facts(xp.ctx, xp.model);
	assert.deepEqual(xpFacts.externalTools.map((t) => t.name), ['sysprep.exe']);
	assert.deepEqual(xpFacts.referencedPaths.map((p) => p.path), ['C:\\Sysprep\\sysprep.exe']);
	const prose = context('# notes\nRun: sysprep -reseal');
	assert.equal(batchService.facts(prose.ctx, prose.model).runsSysprep, false);
});

test('no request throws on hostile input', () => {
	const inputs = ['', '\u0000\uffff', '('.repeat(10000), 'goto '.repeat(1000), '"'.repeat(1001), 'net stop "'.repeat(100), 'sysprep /:'.repeat(50)];
	for (const text of inputs) {
		const { ctx, model } = context(text);
		const end = positionAt(text, text.length);
		batchService.validate(ctx, model);
		batchService.complete(ctx, model, end);
		batchService.hover(ctx, model, { line: 0, character: 3 });
		batchService.codeActions(ctx, model, { start: { line: 0, character: 0 }, end }, []);
		batchService.symbols(ctx, model);
		batchService.folding(ctx, model);
		batchService.definition(ctx, model, { line: 0, character: 1 });
		batchService.references(ctx, model, { line: 99, character: 99 });
		batchService.facts(ctx, model);
	}
});

test('the feature functions themselves do not throw on generated scripts (property, no safety net)', () => {
	const alphabet = fc.constantFrom('a', ' ', '\n', '(', ')', '"', '^', '&', '|', '>', '%', '!', ':', '@', 'rem ', 'if ', 'for ', ' in ', ' do ', 'else', 'goto ', 'call :', '%%i', 'net stop ', 'sc ', 'sysprep ', '-mini', '/oobe', 'start ', 'kill ', 'sync ', 'set ', '=', '/unattend:', '\\\\');
	fc.assert(
		fc.property(fc.array(alphabet, { maxLength: 80 }), fc.nat(), (parts, k) => {
			const text = parts.join('');
			const { ctx, model } = context(text);
			const position = positionAt(text, k % (text.length + 1));
			const diagnostics = validateBatch(ctx, model);
			completeBatch(ctx, model, position);
			hoverBatch(ctx, model, position);
			codeActionsBatch(ctx, model, { start: { line: 0, character: 0 }, end: position }, diagnostics);
			symbolsBatch(ctx, model);
			foldingBatch(ctx, model);
			definitionBatch(ctx, model, position);
			referencesBatch(ctx, model, position);
			factsBatch(model);
		}),
		{ numRuns: 2000 },
	);
});

test('goto completion reads long lines in linear time and agrees with the pattern it replaces', () => {
	// The old pattern: right on short lines, quadratic on a long line of `&goto:` (10 s at 100,000 characters).
	const old = /(?:^|[\s&|(@])(goto)(?:\s+|\s*(?=:))(:?)([^\s]*)$/i;
	const colonEdit = (text: string) => {
		const { ctx, model } = context(`:main\n${text}`);
		const list = batchService.complete(ctx, model, positionAt(`:main\n${text}`, text.length + 6));
		const main = list.items.find((item) => item.label === 'main');
		return main ? (main.textEdit as TextEdit).newText : undefined;
	};
	for (const line of ['goto ', 'goto:', 'goto :x', 'x&goto:a', 'if a==b goto  m', 'gotox', '(goto ma', 'echo goto', '@goto:', 'xgoto:a', 'goto: a', '&goto:&goto:a']) {
		const match = old.exec(line);
		const expected = match ? (match[2] === ':' || /^:/.test(line.slice(line.search(/[^\s&|<>()]*$/))) ? ':main' : 'main') : undefined;
		assert.equal(colonEdit(line), expected, line);
	}
	const long = '&GOTO:'.repeat(20_000) + '\t';
	assert.equal(colonEdit(long), undefined);
});
