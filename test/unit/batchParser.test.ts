/**
 * Parser tests: cmd.exe reading rules, positions, and robustness (never
 * throws, linear time, no stack growth with nesting).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseBatch, positionOf, programOf } from '../../server/src/model/batchParser';

const names = (text: string) => parseBatch(text).commands.map((c) => c.program);

test('splits commands on &, &&, || and | and records the connector', () => {
	const model = parseBatch('a & b && c || d | e');
	assert.deepEqual(model.commands.map((c) => [c.program, c.connector]), [['a', null], ['b', '&'], ['c', '&&'], ['d', '||'], ['e', '|']]);
});

test('quotes and carets protect operators', () => {
	const model = parseBatch('echo "a & b" ^& c ^| d');
	assert.equal(model.commands.length, 1);
	assert.deepEqual(model.commands[0].args.map((a) => a.value), ['a & b', '&', 'c', '|', 'd']);
});

test('a trailing caret joins the next line', () => {
	const model = parseBatch('net stop ^\r\n  spooler /yes\r\necho done');
	assert.deepEqual(model.commands.map((c) => c.program), ['net', 'echo']);
	assert.deepEqual(model.commands[0].args.map((a) => a.value), ['stop', 'spooler', '/yes']);
	assert.equal(positionOf(model, model.commands[0].args[1].offset).line, 1);
});

test('@ hides echo; rem and :: are comments; labels are case-insensitive', () => {
	const model = parseBatch('@echo off\nrem a & b\n  :: note\n:Main\ngoto MAIN\ngoto :eof\ncall :main 1');
	assert.equal(model.commands[0].silent, true);
	assert.deepEqual(model.comments.map((c) => c.kind), ['rem', '::']);
	assert.deepEqual(model.labels.map((l) => l.name), ['main']);
	assert.deepEqual(model.labelRefs.map((r) => [r.name, r.kind]), [['main', 'goto'], ['main', 'call']]);
});

test('glued internal commands: echo. cd\\ goto:eof', () => {
	assert.deepEqual(names('echo.\ncd\\\ngoto:eof\necho(hi'), ['echo', 'cd', 'goto', 'echo']);
	assert.deepEqual(parseBatch('goto:eof').labelRefs, []);
});

test('blocks across lines with if/else and for', () => {
	const text = 'if exist x (\n  echo a\n) else (\n  echo b\n)\nfor /f "usebackq tokens=*" %%i in (`dir /b ^| find "("`) do (\n  echo %%i\n)';
	const model = parseBatch(text);
	assert.equal(model.problems.length, 0);
	assert.deepEqual(model.blocks.map((b) => [b.openLine, b.closeLine]), [[0, 2], [2, 4], [5, 7]]);
	const echoB = model.commands.find((c) => c.args[0]?.value === 'b')!;
	assert.equal(echoB.guard, 0);
	assert.equal(echoB.depth, 1);
});

test('an unescaped ) inside a block closes it, as in cmd.exe', () => {
	const model = parseBatch('if 1==1 (\n  echo (done)\n)\n');
	assert.deepEqual(model.problems.map((p) => p.code), ['bat.unbalanced-parens']);
	assert.equal(positionOf(model, model.problems[0].offset).line, 2);
});

test('redirections: >nul 2>&1, >> file, redirection before the command', () => {
	const model = parseBatch('net stop x >nul 2>&1\necho a >> "c:\\log.txt"\n2>nul del y');
	assert.deepEqual(model.commands[0].redirects.map((r) => r.op), ['>', '2>&1']);
	assert.equal(model.commands[0].redirects[0].target?.value, 'nul');
	assert.equal(model.commands[1].redirects[0].target?.value, 'c:\\log.txt');
	assert.equal(model.commands[2].program, 'del');
	assert.equal(model.commands[2].redirects[0].op, '2>');
});

test('variables: %var%, %~dp0, %%~nxi, !var! only with delayed expansion', () => {
	const plain = parseBatch('echo %SystemDrive% %~dp0 %1 %%~nxi !x!');
	assert.deepEqual(plain.variables.map((v) => [v.kind, v.name, v.modifiers]), [['env', 'systemdrive', ''], ['param', '0', 'dp'], ['param', '1', ''], ['loop', 'i', 'nx']]);
	const delayed = parseBatch('setlocal enabledelayedexpansion\necho !x! %y:~0,2%');
	assert.deepEqual(delayed.variables.map((v) => [v.kind, v.name, v.modifiers]), [['delayed', 'x', ''], ['env', 'y', ':~0,2']]);
});

test('set records assignments', () => {
	const model = parseBatch('set "A=1"\nset B=2\nset /a C+=1\nset /p D=Name: ');
	assert.deepEqual(model.assignments.map((a) => a.text), ['A', 'B', 'C', 'D']);
});

test('start, call and cmd /c launch programs; start /wait waits', () => {
	const model = parseBatch('start "" /wait "C:\\Sysprep\\sysprep.exe" -reseal\nstart sysprep -mini\ncall tool.exe /x\ncmd /c sync -r');
	assert.deepEqual(model.commands.map((c) => [c.launch?.program, c.launch?.viaStart, c.launch?.waits]), [['sysprep', true, true], ['sysprep', true, false], ['tool', false, true], ['sync', false, true]]);
	assert.deepEqual(programOf('%windir%\\system32\\sysprep\\sysprep.exe'), { program: 'sysprep', extension: '.exe' });
	assert.deepEqual(programOf('%TOOL%'), { program: '', extension: '' });
});

test('the self-delete idiom parses as a block, a redirection and del', () => {
	const model = parseBatch('(goto) 2>nul & del "%~f0"');
	assert.deepEqual(model.commands.map((c) => c.program), ['goto', 'del']);
	assert.equal(model.problems.length, 0);
});

test('CRLF, LF, no final newline and leading blank lines give the same commands', () => {
	const lf = 'echo a\n\nnet stop spooler\n';
	assert.deepEqual(names(lf), names(lf.replace(/\n/g, '\r\n')));
	assert.deepEqual(names('\n\n' + lf.trimEnd()), names(lf));
});

test('prose with # and Run: lines is not batch; ordinary scripts are', () => {
	assert.ok(parseBatch('# Step one\nRun: sysprep /oobe\n# Step two\nRun: shutdown /s').notBatch);
	assert.equal(parseBatch('@echo off\necho Note: this is fine\nnet stop spooler').notBatch, null);
	assert.ok(parseBatch('\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f').notBatch);
});

test('never throws and keeps positions inside the text (property)', () => {
	const alphabet = fc.constantFrom('a', ' ', '\n', '\r\n', '(', ')', '"', '^', '&', '|', '>', '<', '%', '!', ':', '@', 'rem ', 'if ', 'for ', ' in ', ' do ', 'else', 'goto ', '%%i', '2>&1', '\t', 'é', '\u0000');
	fc.assert(
		fc.property(fc.array(alphabet, { maxLength: 200 }), (parts) => {
			const text = parts.join('');
			const model = parseBatch(text);
			for (const command of model.commands) {
				assert.ok(command.offset >= 0 && command.offset + command.length <= text.length);
				for (const arg of command.args) assert.equal(text.slice(arg.offset, arg.offset + arg.length), arg.text);
			}
			for (const label of model.labels) assert.equal(text.slice(label.offset, label.offset + label.length), label.text);
			for (const variable of model.variables) assert.equal(text.slice(variable.offset, variable.offset + variable.length), variable.text);
		}),
		{ numRuns: 500 },
	);
});

// Speed is measured by `npm run bench`; here only that such input parses completely without overflowing the stack.
test('a 1 MB line, deep nesting and many lines parse without throwing', () => {
	const cases = ['echo ' + 'x'.repeat(1_000_000), '('.repeat(100_000) + ')'.repeat(100_000), 'net stop spooler\r\n'.repeat(50_000), '"'.repeat(500_000), '^'.repeat(500_000), '%'.repeat(500_000)];
	for (const text of cases) {
		const model = parseBatch(text);
		for (const command of model.commands) assert.ok(command.offset >= 0 && command.offset + command.length <= text.length);
	}
	assert.equal(parseBatch('net stop spooler\r\n'.repeat(50_000)).commands.length, 50_000);
});
