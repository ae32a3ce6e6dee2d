/**
 * Issue 18: networking rows of the Sysprep.inf table traced to Microsoft's
 * Windows Server 2003 reference ([MS_MSClient parameters] cc773107,
 * [protocol parameters section] cc772700) and the Sysprep.inf section table of
 * "How Sysprep Works". Each fixture pins a fact the table had wrong or vague.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, hoverText } from '../utils/fixture';

const automationOnly = { ignore: ['inf.missing-required-entry'] };

test('BrowseDomains is read only on Windows Server 2003', () => {
	checkDiagnostics(
		`
		[NetClients]
		MS_MSClient = params.MS_MSClient
		[params.MS_MSClient]
		BrowseDomains = Sales, Research
		^^^^^^^^^^^^^ warning inf.wrong-target: BrowseDomains applies only to Windows Server 2003; the target is Windows XP.
		`,
		{ ...automationOnly, settings: { target: 'xp' } },
	);
	checkDiagnostics(
		`
		[NetClients]
		MS_MSClient = params.MS_MSClient
		[params.MS_MSClient]
		BrowseDomains = Sales, Research
		`,
		{ ...automationOnly, settings: { target: '2003' } },
	);
});

test('NameServiceNetworkAddress takes an IP address and goes with NameServiceProtocol = ncacn_ip_tcp', () => {
	checkDiagnostics(
		`
		[NetClients]
		MS_MSClient = params.MS_MSClient
		[params.MS_MSClient]
		NameServiceProtocol = ncacn_ip_tcp
		NameServiceNetworkAddress = 192.168.0.0
		`,
		automationOnly,
	);
	const hover = hoverText(`
		[NetClients]
		MS_MSClient = params.MS_MSClient
		[params.MS_MSClient]
		NameService$0NetworkAddress = 192.168.0.0
	`);
	assert.match(hover ?? '', /IP address/);
	assert.match(hover ?? '', /ncacn_ip_tcp/);
});

test('the parameter sections that take no entries are accepted empty', () => {
	checkDiagnostics(
		`
		[NetProtocols]
		MS_NetMon = params.MS_NetMon
		[NetServices]
		MS_PSched = params.MS_PSched
		MS_NwSapAgent = params.MS_NwSapAgent
		[params.MS_NetMon]
		[params.MS_PSched]
		[params.MS_NwSapAgent]
		`,
		automationOnly,
	);
});
