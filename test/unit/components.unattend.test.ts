/**
 * Issue 18: the `[Components]` IDs traced to Microsoft's documents (XP ref.chm
 * u_internetserver.htm / u_netoptionalcomponents.htm / u_terminalservices.htm,
 * technet cc755697, cc755808, cc778216, KB 278513, KB Q259671), written the way
 * those documents write them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDiagnostics, hoverText } from '../utils/fixture';

const unattend = { path: '/Unattend.txt', ignore: ['inf.missing-required-entry', 'inf.missing-section'] };

test('component IDs in the spelling and case of the Microsoft documents are accepted', () => {
	checkDiagnostics(
		`
		[Components]
		iis_common = on
		iis_inetmgr = on
		iis_www = on
		iis_ftp = on
		msmq_Core = ON
		NetOC = On
		TerminalServer = OFF
		[NetOptionalComponents]
		WBEMSNMP = 1
		`,
		unattend,
	);
});

test('a [Components] line takes On or Off, not the 1/0 of [NetOptionalComponents]', () => {
	checkDiagnostics(
		`
		[Components]
		Netoc = 1
		        ^ error inf.invalid-value…
		`,
		unattend,
	);
});

test('TerminalServer: KB 278513 gives Off as the default', () => {
	const hover = hoverText(
		`
		//- /Unattend.txt
		[Components]
		Terminal$0Server = On
		`,
	);
	assert.match(hover ?? '', /Default: `Off`/);
});
