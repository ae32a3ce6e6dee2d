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

test("the XP SP2 deploy.cab readme's short names (Profiles = Standard for [WindowsFirewall.Standard]) find their sections", () => {
	checkDiagnostics(
		`
		//- /winnt.sif
		[WindowsFirewall]
		Profiles = Standard
		[WindowsFirewall.Standard]
		Services = RemoteDesktop
		[WindowsFirewall.RemoteDesktop]
		Type = 2
		[TerminalServices]
		AllowConnections = 1
		`,
		automationOnly,
	);
	// The full names the reference samples use keep working, and a name found under neither spelling is still reported.
	checkDiagnostics(
		`
		//- /winnt.sif
		[WindowsFirewall]
		Profiles = WindowsFirewall.TurnOffFirewall, Missing
		                                            ^^^^^^^ error inf.missing-section-ref: Profiles points to [Missing], which this file does not contain; that configuration is skipped.
		[WindowsFirewall.TurnOffFirewall]
		Mode = 0
		`,
		automationOnly,
	);
});
