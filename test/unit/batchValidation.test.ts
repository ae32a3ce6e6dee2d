/**
 * Rule tests: one table of small fixtures per diagnostic code. Caret lines
 * underline the columns of the line above; a fixture without carets expects
 * no diagnostics.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { batchCodes } from '../../server/src/services/codes/batchCodes';
import { batchService } from '../../server/src/services/batch/batchService';
import type { Settings } from '../../server/src/services/kindService';
import { checkDiagnostics, kindContext } from '../utils/fixture';

const context = (text: string, options: { uri?: string; settings?: Partial<Settings> } = {}) => kindContext(batchService, text, { uri: 'file:///work/sysprep.bat', ...options });
import { ruleCases } from '../fixtures/bat/ruleCases';
import { semanticCases } from '../fixtures/bat/semanticCases';
import { firstBootCases } from '../fixtures/bat/firstBootCases';

const cases: [string, string][] = [
	['undefined label after goto', `
goto fnish
     ^^^^^ error bat.undefined-label: Label ':fnish' is not defined
:finish`],
	['call :label that does not exist', `
call :sub 1
      ^^^ error bat.undefined-label`],
	['goto :eof and dynamic targets are fine; labels match case-insensitively', `
goto :EOF
goto %NEXT%
^^^^^^^^^^^ information bat.unreachable
goto Done
:DONE`],
	['duplicate label', `
:loop
echo a
:LOOP
 ^^^^ warning bat.duplicate-label: already defined on line 1`],
	['unclosed block', `
if exist a (
           ^ error bat.unbalanced-parens
  echo a`],
	['stray closing parenthesis', `
echo a
) 
^ error bat.unbalanced-parens`],
	['balanced if/else and for blocks are fine', `
if exist a (
  echo a
) else (
  for %%i in (1 2) do (echo %%i)
)`],
	['unknown switch on XP syntax (the -shutdown mistake)', `
C:\\Sysprep\\sysprep -quiet -reseal -mini -activated -shutdown
                                                   ^^^^^^^^^ error bat.sysprep-unknown-switch: is not a switch of Sysprep for Windows XP
^^^^^^^^^^^^^^^^^^ info bat.external-tool`],
	['unknown switch on Vista syntax', `
sysprep /generalize /oobee /shutdown
                    ^^^^^^ error bat.sysprep-unknown-switch: Did you mean '/oobe'?`],
	['Vista switch value checks', `
sysprep /generalize /oobe /mode:hyperv /unattend:
                          ^^^^^^^^^^^^ error bat.sysprep-unknown-switch: is not a value
                                       ^^^^^^^^^^ error bat.sysprep-unknown-switch: needs a value`],
	['mixed generations', `
sysprep -reseal /generalize /oobe
        ^^^^^^^^^^^^^^^^^^^^^^^^^ error bat.sysprep-mixed-syntax
^^^^^^^ info bat.external-tool`],
	['exclusive XP actions', `
sysprep -reseal -audit -quiet
                ^^^^^^ error bat.sysprep-exclusive-switches
^^^^^^^ info bat.external-tool`],
	['exclusive Vista endings', `
sysprep /generalize /oobe /shutdown /reboot
                                    ^^^^^^^ error bat.sysprep-exclusive-switches`],
	['-mini without -reseal', `
sysprep -mini -quiet -noreboot
        ^^^^^ warning bat.sysprep-mini-without-reseal
^^^^^^^ info bat.external-tool`],
	['commands after a sysprep that shuts down', `
%windir%\\system32\\sysprep\\sysprep /generalize /oobe /shutdown
net stop spooler
^^^^^^^^^^^^^^^^ warning bat.sysprep-not-last: shuts down the machine`],
	['harmless commands, labels and /quit after sysprep are fine', `
sysprep /generalize /oobe /quit
net stop spooler
C:\\Windows\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown
echo done
timeout /t 2
(goto) 2>nul & del "%~f0"
exit
:other
net stop spooler`],
	['start sysprep races with later commands', `
start sysprep -reseal -mini -quiet
      ^^^^^^^ info bat.external-tool
net stop spooler
^^^^^^^^^^^^^^^^ warning bat.sysprep-start-race: started without '/wait' on line 1`],
	['start /wait does not race; a final start sysprep is fine', `
start /wait %SYSTEMROOT%\\System32\\Sysprep\\sysprep /generalize /oobe /quit
echo next
start sysprep /generalize /oobe /shutdown`],
	['sysprep inside a branch is not ordered (conservative)', `
if exist c:\\ready.txt (
  sysprep /generalize /oobe /shutdown
)
echo after`],
	['first Sysinternals call without /accepteula', `
sync -r -e
^^^^ warning bat.missing-accepteula
^^^^ info bat.external-tool: Sysinternals Sync
sync -r -e /accepteula`],
	['first call with /accepteula is enough', `
sync -r -e /accepteula
^^^^ info bat.external-tool
sync -r -e`],
	['unknown service with the nearest real name', `
net stop lanmanagerserver /yes
         ^^^^^^^^^^^^^^^^ warning bat.unknown-service: did you mean 'lanmanserver'`],
	['unknown service without a near name is information', `
sc stop frobnicator
        ^^^^^^^^^^^ info bat.unknown-service`],
	['display names work for net but sc needs key names', `
net stop "Print Spooler"
net start "symantec antivirus"
sc \\\\server config wuauserv start= disabled
sc query "Print Spooler"
         ^^^^^^^^^^^^^^^ info bat.unknown-service`],
	['services that cannot be stopped', `
net stop samss /yes
         ^^^^^ warning bat.unstoppable-service: cannot be stopped
net start samss
sc query rpcss`],
	['external tools are reported once each', `
kill /f explorer
^^^^ info bat.external-tool: Resource Kit
kill /f ccapp
spdrvscn.exe /p "C:\\Sysprep\\Drivers" /e inf /f /a /s /q
^^^^^^^^^^^^ info bat.external-tool: SysPrep Driver Scanner`],
	['Vista sysprep is part of Windows', `
%windir%\\system32\\sysprep\\sysprep.exe /oobe /generalize /shutdown /unattend:C:/Windows/Panther/Unattend/unattend.xml`],
	['prose with # and Run: lines gives one diagnostic', `
# Seal the image
^^^^^^^^^^^^^^^^ error bat.not-batch: 4 of 4 lines are notes
# Then shut down
Run: sysprep /generalize /oobe /shutdown
Run: net stop lanmanagerserver`],
];

for (const [name, fixture] of cases) {
	test(name, () => {
		for (const d of checkDiagnostics(fixture, { path: '/work/sysprep.bat', messageMatch: 'contains' })) assert.equal(d.source, 'reseal');
	});
}

test('every code of the table is produced by some fixture', () => {
	const seen = new Set<string>();
	for (const fixture of [...cases.map(([, text]) => text), ...ruleCases.map((item) => item.fixture), ...semanticCases.map((item) => item.fixture), ...firstBootCases.map((item) => item.fixture)]) for (const match of fixture.matchAll(/(bat\.[a-z-]+)/g)) seen.add(match[1]);
	assert.deepEqual(batchCodes.map((c) => c.code).filter((code) => !seen.has(code)), []);
});

test('batchSupport: off gives nothing, sysprep limits to sysprep scripts', () => {
	const other = 'goto nowhere';
	const off = context(other, { settings: { batchSupport: 'off' } });
	assert.deepEqual(batchService.validate(off.ctx, off.model), []);
	assert.equal(batchService.hover(off.ctx, off.model, { line: 0, character: 1 }), null);
	const limited = context(other, { uri: 'file:///w/build.cmd', settings: { batchSupport: 'sysprep' } });
	assert.deepEqual(batchService.validate(limited.ctx, limited.model), []);
	assert.deepEqual(batchService.symbols(limited.ctx, limited.model), []);
	const named = context(other, { uri: 'file:///w/SYSPREP.BAT', settings: { batchSupport: 'sysprep' } });
	assert.equal(batchService.validate(named.ctx, named.model).length, 1);
	const runs = context(`${other}\nsysprep -reseal`, { uri: 'file:///w/build.cmd', settings: { batchSupport: 'sysprep' } });
	assert.ok(batchService.validate(runs.ctx, runs.model).some((d) => d.code === 'bat.undefined-label'));
});

test('severities follow the code table', () => {
	const table = new Map<string, number>(batchCodes.map((c) => [c.code, ['', 'error', 'warning', 'information', 'hint'].indexOf(c.severity)]));
	for (const [, fixture] of cases) {
		const clean = fixture.split('\n').filter((line) => !/^\s*\^/.test(line)).join('\n');
		const { ctx, model } = context(clean);
		for (const d of batchService.validate(ctx, model)) assert.ok((d.severity ?? 1) >= table.get(String(d.code))!, `${d.code} raised above its table severity`);
	}
});
