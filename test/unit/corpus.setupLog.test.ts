/**
 * The real Setup and Sysprep logs of ../shared/corpus/setup-logs: for each,
 * the cause its README names is reported on its decisive line, and the logs
 * the README calls clean or benign have no error or warning. Skips when the
 * shared corpus is absent; test/unit/setupLog.test.ts covers every signature
 * with our own fixtures.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { severityName } from '../../server/src/services/diagnostics';
import { decodeBytes } from '../../server/src/util/decode';
import { service } from '../utils/fixture';

const folder = path.resolve(__dirname, '../../../shared/corpus/setup-logs');

/**
 * What each log must show: `code@line` (1-based, the README's decisive lines)
 * for the errors and warnings, and information findings that must be present.
 * A log not listed here must have no error or warning.
 */
const expected: Readonly<Record<string, { readonly failures: readonly string[]; readonly facts?: readonly string[] }>> = {
	'canonical__packer-maas__issue341__bitlocker-on-sysprep.log': { failures: ['log.bitlocker-on@8'] },
	'VitalSkib__files__setupact__win11-24h2-specialize-runsync-scripts-fail.log': {
		failures: ['log.runsync-failed@48', 'log.runsync-failed@50', 'log.runsync-failed@54', 'log.runsync-failed@56'],
		facts: ['log.answer-file-used@117', 'log.passes@66'],
	},
	// README: the boot-file copy failures are worth a warning, not a failure.
	'VitalSkib__files__setuperr__win11-setup-from-running-os-2026-02-19.log': { failures: ['log.boot-files-copy-failed@27'] },
	'VitalSkib__files__setuperr__win11-setup-from-running-os-2026-02-08.log': { failures: ['log.boot-files-copy-failed@27'] },
	'rickaK77__Setup-Log__setupact__upgrade-21h2-0x80070032-0x50013.log': { failures: ['log.setup-failed@5925'] },
	'copyleft21__samsung__setupact__mct-download-user-cancel.log': { failures: [], facts: ['log.user-cancelled@211'] },
	'copyleft21__samsung__setuperr__mct-download-user-cancel.log': { failures: [], facts: ['log.user-cancelled@2'] },
	'lamusicayyo1973-bot__mis-libros-editorial__SysReset_Logs_setupact__reset-user-cancel.log': { failures: [], facts: ['log.user-cancelled@206'] },
	'Shekhar-sss__Git_Basic__setupact__winre-recenv-reagent-missing.log': { failures: [], facts: ['log.winre-session@5'] },
	'Dheebakkumar__Food-Restaurant__WINDOWS.BT_Sources_Rollback_setupact__winpe-clean-install-rollback.log': { failures: ['log.rollback@1'] },
	'cralborn__cyberforce__Panther_setupact__azure-2012r2-specialize-clean.log': { failures: [], facts: ['log.answer-file-used@358'] },
	'cralborn__cyberforce__Panther_UnattendGC_setupact__azure-2012r2-oobe-clean.log': { failures: [], facts: ['log.answer-file-used@56'] },
	// 580 failed deletions: one summary, not 580 findings.
	'Silvermaz28__SOE__setuperr__reset-windows-old-delete-noise.log': { failures: [], facts: ['log.repeated-noise@2'] },
};

test('every corpus log: the README\'s cause on its decisive line, and no error or warning in the clean ones', (t) => {
	if (!fs.existsSync(folder)) {
		t.skip(`${folder} is absent; the shared corpus is not available here`);
		return;
	}
	const files = fs.readdirSync(folder).filter((name) => name.endsWith('.log')).sort();
	assert.ok(files.length >= 20, `the corpus has its logs (${files.length})`);
	for (const name of Object.keys(expected)) assert.ok(files.includes(name), `${name} is in the corpus`);
	for (const name of files) {
		const decoded = decodeBytes(fs.readFileSync(path.join(folder, name)));
		assert.ok(decoded.ok, `${name} decodes`);
		// The corpus names are not the names Windows gives the logs; the language id says what they are.
		const document = TextDocument.create(`file:///corpus/${encodeURIComponent(name)}`, 'setup-log', 1, decoded.text);
		const diagnostics = service.doValidation(document);
		const shown = (severities: readonly string[]) => diagnostics.filter((item) => severities.includes(severityName(item.severity))).map((item) => `${item.code}@${item.range.start.line + 1}`);
		const want = expected[name] ?? { failures: [] };
		assert.deepEqual(shown(['error', 'warning']).sort(), [...want.failures].sort(), `${name}: errors and warnings`);
		const facts = shown(['information']);
		for (const fact of want.facts ?? []) assert.ok(facts.includes(fact), `${name}: ${fact} among ${facts.join(', ')}`);
	}
});
