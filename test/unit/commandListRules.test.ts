/**
 * The rules every command list shares (an installer without its silent switch,
 * runas, start without /wait), applied to Cmdlines.txt, [GuiRunOnce] and
 * Winbom.ini [OEMRunOnce]/[OEMRun] as their contexts allow: nobody sees
 * Cmdlines.txt run, a user sees [GuiRunOnce] and Factory mode, and the order
 * of the Winbom launches is not documented.
 */
import { test } from 'node:test';
import { checkDiagnostics } from '../utils/fixture';

const cmdlinesOnly = { only: ['cmdlines.interactive', 'cmdlines.runas', 'cmdlines.start-no-wait'] };

test('Cmdlines.txt: installers without their silent switch, runas and start without /wait', () => {
	checkDiagnostics(
		`
		//- /Cmdlines.txt
		[Commands]
		"cmd /c C:\\Drivers\\vcredist_x86.exe"
		        ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning cmdlines.interactive: The older Visual C++ Redistributable installers show their setup window unless \`/q\` (or \`/quiet\`, \`/passive\`) is given; Cmdlines.txt runs at the end of Mini-Setup, before the first restart, as the system account without networking, with nobody at the screen, so the command waits for a click forever. Add /q.
		"cmd /c C:\\Drivers\\vcredist_x86.exe /q"
		"runas /user:Administrator C:\\tool.exe"
		 ^^^^^ warning cmdlines.runas…
		"cmd /c start C:\\tool.exe"
		        ^^^^^ information cmdlines.start-no-wait…
		"cmd /c start /wait C:\\tool.exe"
		`,
		cmdlinesOnly,
	);
});

test('[GuiRunOnce]: the user sees an installer (information); runas and start without /wait', () => {
	checkDiagnostics(
		`
		[GuiRunOnce]
		"msiexec /i C:\\Setup\\agent.msi"
		 ^^^^^^^ information inf.guirunonce-interactive: Windows Installer shows its wizard unless \`/quiet\`, \`/passive\` or a \`/q\` UI level is given; it runs once, in order, when the first user logs on after Mini-Setup, with the network up, so whoever is signed in has to answer it. Add /qn for an unattended install.
		"msiexec /i C:\\Setup\\agent.msi /passive"
		"runas /user:Admin C:\\Setup\\tool.exe"
		 ^^^^^ warning inf.guirunonce-runas…
		"cmd /c start C:\\Setup\\tool.exe"
		        ^^^^^ information inf.guirunonce-start-no-wait…
		`,
		{ only: ['inf.guirunonce-interactive', 'inf.guirunonce-runas', 'inf.guirunonce-start-no-wait'] },
	);
});

test('Winbom.ini [OEMRunOnce]/[OEMRun]: installers and runas; start without /wait is not reported (the launch order is not documented)', () => {
	checkDiagnostics(
		`
		//- /Winbom.ini
		[OEMRunOnce]
		"Agent", "msiexec /i C:\\Apps\\agent.msi"
		          ^^^^^^^ information winbom.oemrun-interactive…
		"Agent quiet", "msiexec /i C:\\Apps\\agent.msi /qn"
		[OEMRun]
		"Tool", "runas /user:Admin C:\\Tests\\burnin.exe"
		         ^^^^^ warning winbom.oemrun-runas…
		"Test", "cmd /c start C:\\Tests\\burnin.exe"
		`,
		{ only: ['winbom.oemrun-interactive', 'winbom.oemrun-runas'] },
	);
});
