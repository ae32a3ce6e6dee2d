/**
 * Issue 18: facts of the XP SP2 / Server 2003 SP1 Unattend.txt sections
 * ([WindowsFirewall…], [SystemRestore], [PCHealth], [TerminalServices]) that the
 * tables had wrong, each pinned by a fixture that failed before the fix.
 */
import { test } from 'node:test';
import { checkDiagnostics } from '../utils/fixture';

const automationOnly = { ignore: ['inf.missing-required-entry'] };

test('LicensingMode = PerSession, the value KB 278513 documents, is not refused', () => {
	checkDiagnostics(
		`
		//- /winnt.sif
		[TerminalServices]
		LicensingMode = PerSession
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
	for (const value of ['PerUser', 'PerDevice']) {
		checkDiagnostics(
			`
			//- /winnt.sif
			[TerminalServices]
			LicensingMode = ${value}
			`,
			{ ...automationOnly, settings: { target: '2003' } },
		);
	}
});
