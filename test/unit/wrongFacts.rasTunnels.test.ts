/**
 * Issue 18: the L2TP parameter section, traced to the Windows Server 2003
 * "[MS_L2TP parameters] (Remote Installation Services)" page (technet cc773135),
 * which documents WanEndpoints (0 to 30000 ports, default 5, Server 2003 only).
 */
import { test } from 'node:test';
import { checkDiagnostics } from '../utils/fixture';

const automationOnly = { ignore: ['inf.missing-required-entry'] };

test('[MS_L2TP parameters] WanEndpoints is the documented entry (0 to 30000 ports, Server 2003)', () => {
	checkDiagnostics(
		`
		[NetProtocols]
		MS_L2TP = params.MS_L2TP
		[params.MS_L2TP]
		WanEndpoints = 3
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
	checkDiagnostics(
		`
		[NetProtocols]
		MS_L2TP = params.MS_L2TP
		[params.MS_L2TP]
		WanEndpoints = 40000
		               ^^^^^ error inf.invalid-value…
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
});

test('[MS_WLBS parameters] Master is an entry the XP reference lists, so it is not reported as unknown', () => {
	checkDiagnostics(
		`
		[NetAdapters]
		Adapter1 = params.Adapter1
		[params.Adapter1]
		INFID = *
		[NetServices]
		MS_WLBS = params.MS_WLBS
		[params.MS_WLBS]
		SpecificTo = Adapter1
		Master = 1
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
});
