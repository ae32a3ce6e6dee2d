/**
 * Knowledge layer: the EXTRA sections and entries of Unattend.txt / Winnt.sif
 * (unattended text-mode and GUI-mode Setup of Windows XP / Server 2003) that
 * Sysprep.inf does not have. The full Unattend.txt table is this one merged with
 * the Sysprep.inf table by section name (case-insensitive). Sections and entries
 * that sysprepInf.ts already describes (with `fileKinds: ['unattend']`) are not
 * repeated: `[Shell]`, `[Branding]`, `[URL]`, `[Proxy]`, `[FavoritesEx]`,
 * `[GuiUnattended]` extras and most text-mode `[Unattended]` entries live there.
 * `[Components]` appears in both: this table adds the known component IDs as
 * documented entries of the open section.
 *
 * Pure data: imports nothing but the shared types.
 *
 * Numbered entries: a `<N>` in an entry name stands for a decimal index written
 * without padding (`Title<N>` matches `Title1`, `Title12`).
 * Templated sections (`WindowsFirewall.<profile_name>`) are found through the
 * `sectionRef` entries that name them.
 */
import type { AnswerFileSpec, EntrySpec, SectionSpec, ValueDomain, WindowsTarget } from './types';
import { yesNo, zeroOne, oneOf, path, text } from './domains';

// ---------------------------------------------------------------------------
// Small builders (local, no imports).
// ---------------------------------------------------------------------------





const UNATTEND = ['unattend'] as const;

/** An `[Unattended]` entry that only unattended Setup reads. */
function setupOnly(entry: EntrySpec): EntrySpec {
	return { ...entry, fileKinds: UNATTEND };
}

const onOff: ValueDomain = oneOf(
	{ value: 'On', doc: 'Install the component.' },
	{ value: 'Off', doc: 'Do not install the component (remove it on an upgrade).' },
);

/** One optional component of `[Components]`. */
function component(name: string, what: string, targets?: readonly WindowsTarget[], source = 'unverified'): EntrySpec {
	return {
		name,
		source,
		doc: `${what} Set \`On\` to install it or \`Off\` to leave it out; components not listed keep Setup's default choice.`,
		domain: onOff,
		example: `${name} = On`,
		...(targets ? { targets } : {}),
	};
}

const retailOrOem: ValueDomain = oneOf(
	{ value: 'RETAIL', doc: 'The driver ships with Windows.' },
	{ value: 'OEM', doc: 'The driver comes from the OEM folder named by `[OEMBootFiles]` / Txtsetup.oem.' },
);

const firewallMode: ValueDomain = zeroOne('Enable the exception.', 'Disable the exception (it stays in the list, unchecked).');

const firewallScope: ValueDomain = oneOf(
	{ value: '0', doc: 'Any computer, including those on the Internet.' },
	{ value: '1', doc: 'Only computers on the local subnet.' },
	{ value: '2', doc: 'Only the addresses listed in `Addresses`.' },
);

const firewallAddresses: EntrySpec = {
	name: 'Addresses',
	source: 'unverified',
	doc: 'Comma-separated IP addresses, subnets (`address/mask`) or the keyword `LocalSubnet` allowed through the exception when `Scope = 2`.',
	domain: text,
	example: 'Addresses = 192.168.0.5,LocalSubnet',
};

// ---------------------------------------------------------------------------
// [Unattended] — text-mode and general Setup entries (Unattend.txt only)
// ---------------------------------------------------------------------------

const unattendedBase: readonly EntrySpec[] = [
	{
		name: 'ComputerType',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852; KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0): HAL description, Retail | OEM',
		doc: 'Custom hardware abstraction layer that Setup loads in text mode, as `"HAL description", OEM` (from Txtsetup.oem) or `"HAL description", RETAIL`. Leave it out to let Setup detect the HAL.',
		domain: text,
		example: 'ComputerType = "Advanced Configuration and Power Interface (ACPI) PC", RETAIL',
	},
	{
		name: 'ForceHALDetection',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'During an upgrade, makes text-mode Setup detect the most suitable HAL instead of keeping the one already installed.',
		domain: yesNo('Detect the HAL again during the upgrade.', 'Keep the installed HAL.'),
		default: 'No',
		example: 'ForceHALDetection = Yes',
	},
	{
		name: 'DisableVirtualOemDevices',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'Stops Setup from loading virtual OEM devices (drivers provided through a virtual floppy by the firmware) during installation.',
		domain: yesNo('Do not load virtual OEM devices.', 'Load them.'),
		example: 'DisableVirtualOemDevices = Yes',
	},
	{
		name: 'DUShare',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'Folder (often a share) that holds Dynamic Update packages downloaded and prepared in advance, so Setup reads them from there instead of the Internet.',
		domain: path,
		example: 'DUShare = \\\\server\\dynamicupdate',
	},
	{
		name: 'DUStopOnError',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'Stops Setup when Dynamic Update fails to download or apply a package instead of carrying on without it.',
		domain: yesNo('Stop Setup on a Dynamic Update error.', 'Continue without the update.'),
		default: 'No',
		example: 'DUStopOnError = Yes',
	},
	{
		name: 'ActivateProxy',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'Proxy settings used for `AutoActivate`, naming the proxy configuration to use when the Internet is reached through a proxy server.',
		domain: text,
		example: 'ActivateProxy = Proxy',
	},
	{
		name: 'FactoryMode',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; [Unattended] (Remote Installation Services), technet cc755852 entry list',
		doc: 'Runs %SYSTEMDRIVE%\\Sysprep\\Factory.exe on the first start after Setup, so the computer enters Factory mode without running Sysprep first.',
		domain: yesNo('Start Factory.exe on first boot.', 'Start normally.'),
		example: 'FactoryMode = Yes',
	},
	{
		name: 'NTUpgrade',
		source: '[Unattended] (Unattend.txt), XP ref.chm u_unattended.htm entry list; KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0)',
		doc: 'Whether Setup upgrades an installed Windows NT 4.0, Windows 2000 or Windows XP. With `Yes`, most other answers are ignored because the settings come from the existing system.',
		domain: yesNo('Upgrade the existing Windows NT-family installation.', 'Do a clean installation.'),
		example: 'NTUpgrade = Yes',
	},
	{
		name: 'Win9xUpgrade',
		source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm: the section requires Win9xUpgrade in [Unattended]; [Win9xUpg] (Unattended Installation), technet cc773169',
		doc: 'Whether Setup upgrades an installed Windows 98, 98 Second Edition or Millennium Edition to Windows XP; options for the upgrade go in `[Win9xUpg]`.',
		domain: yesNo('Upgrade the existing Windows 9x installation.', 'Do a clean installation.'),
		example: 'Win9xUpgrade = Yes',
		targets: ['xp'],
	},
	{
		name: 'OverwriteOemFilesOnUpgrade',
		source: '[Unattended] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0): Yes | No, Setup overwrites by default',
		doc: 'During an upgrade, lets Setup replace OEM-supplied files that have the same names as Windows files.',
		domain: yesNo('Overwrite OEM files with the Windows versions.', 'Keep the OEM files.'),
		default: 'Yes',
		example: 'OverwriteOemFilesOnUpgrade = No',
	},
	{
		name: 'ProgramFilesDir',
		source: 'unverified',
		doc: 'Location of the Program Files folder in the new installation, for example on another drive. Setup expands environment variables in it.',
		domain: path,
		example: 'ProgramFilesDir = "D:\\Program Files"',
		expandsVariables: true,
	},
	{
		name: 'CommonProgramFilesDir',
		source: 'unverified',
		doc: 'Location of the Common Files folder (normally under Program Files) in the new installation.',
		domain: path,
		example: 'CommonProgramFilesDir = "D:\\Program Files\\Common Files"',
		expandsVariables: true,
	},
];
const unattendedEntries: readonly EntrySpec[] = unattendedBase.map(setupOnly);

// ---------------------------------------------------------------------------
// [Components]
// ---------------------------------------------------------------------------

// Where a component ID is named in Microsoft's public documents (the Windows
// Server 2003 [Components] reference page could not be read past its start).
const SRC_IIS = '[InternetServer] (Unattended Installation), XP ref.chm u_internetserver.htm: the section needs iis_common, iis_inetmgr and iis_www = On in [Components]; Windows 2000 / IIS 5.0: KB Q259671';
const SRC_IIS_FTP = '[Components] (KB Q259671, How to Change the Default Installation Paths for FTP and the Web), Windows 2000 / IIS 5.0 answer file with iis_ftp = on';
const SRC_NETOC = '[NetOptionalComponents] (Sysprep), technet cc755697: NetOC in [Components] must be On; XP ref.chm u_netoptionalcomponents.htm';
const SRC_TS = '[TerminalServices] (Remote Installation Services), technet cc755808: the TerminalServer entry of [Components]; XP ref.chm u_terminalservices.htm; KB 278513 (TerminalServer = ON | OFF, default Off)';
const SRC_MSMQ = '[Components] (Message Queuing: Unattended setup), technet cc778216 (Windows Server 2003): msmq_Core = ON | OFF';

const componentEntries: readonly EntrySpec[] = [
	component('AccessOpt', 'Accessibility Wizard and tools.'),
	component('AppSrv_console', 'Application Server console (Server 2003).', ['2003']),
	component('AutoUpdate', 'Automatic Updates client.'),
	component('aspnet', 'ASP.NET support for IIS (Server 2003).', ['2003']),
	component('BitsServerExtensionsISAPI', 'BITS server extensions ISAPI for IIS (Server 2003).', ['2003']),
	component('BitsServerExtensionsManager', 'BITS server extensions management snap-in (Server 2003).', ['2003']),
	component('Calc', 'Calculator accessory.'),
	component('CertSrv', 'Certificate Services (Server 2003).', ['2003']),
	component('CertSrv_Client', 'Certificate Services web enrollment pages (Server 2003).', ['2003']),
	component('CertSrv_Server', 'Certificate Services certification authority (Server 2003).', ['2003']),
	component('CharMap', 'Character Map accessory.'),
	component('Chat', 'Chat accessory (Windows XP).', ['xp']),
	component('Clipbook', 'ClipBook Viewer.'),
	component('ComplusNetwork', 'Network COM+ access (Server 2003).', ['2003']),
	component('Deskpaper', 'Desktop wallpaper images.'),
	component('Dialer', 'Phone Dialer accessory.'),
	component('DTCNetwork', 'Network access for the Distributed Transaction Coordinator (Server 2003).', ['2003']),
	component('Fax', 'Fax Services.'),
	component('Fp_extensions', 'FrontPage Server Extensions for IIS.'),
	component('Fp_vdir_deploy', 'Visual InterDev RAD remote deployment support for IIS.'),
	component('FreeCell', 'FreeCell game.'),
	component('Hearts', 'Hearts game.'),
	component('HyperTerm', 'HyperTerminal.'),
	component('IEAccess', 'Visible entry points (Start menu, desktop) to Internet Explorer.'),
	component('IEHardenAdmin', 'Internet Explorer Enhanced Security Configuration for administrators (Server 2003).', ['2003']),
	component('IEHardenUser', 'Internet Explorer Enhanced Security Configuration for other users (Server 2003).', ['2003']),
	component('iis_asp', 'Active Server Pages for IIS.'),
	component('iis_common', 'IIS common files, needed by the other IIS components.', undefined, SRC_IIS),
	component('iis_doc', 'IIS documentation (a Windows 2000 name that many XP answer files still carry).'),
	component('iis_ftp', 'IIS FTP service.', undefined, SRC_IIS_FTP),
	component('iis_inetmgr', 'Internet Information Services Manager snap-in.', undefined, SRC_IIS),
	component('iis_internetdataconnector', 'Internet Data Connector for IIS.'),
	component('iis_nntp', 'IIS NNTP (news) service.'),
	component('iis_pwmgr', 'Personal Web Manager (a Windows 2000 component; XP answer files often still list it).'),
	component('iis_serversideincludes', 'Server-side includes for IIS.'),
	component('iis_smtp', 'IIS SMTP service.'),
	component('iis_webadmin', 'Remote Administration (HTML) tool for IIS.'),
	component('iis_webdav', 'WebDAV publishing for IIS.'),
	component('iis_www', 'IIS World Wide Web service.', undefined, SRC_IIS),
	component('iis_www_vdir_printers', 'Printers virtual directory of the web service.'),
	component('iis_www_vdir_scripts', 'Scripts virtual directory of the web service.'),
	component('iis_www_vdir_terminalservices', 'Remote Desktop Web Connection virtual directory.'),
	component('IisDbg', 'Script debugger for IIS.'),
	component('IndexSrv_System', 'Indexing Service.'),
	component('InetPrint', 'Internet printing.'),
	component('LicenseServer', 'Terminal Server Licensing (Server 2003).', ['2003']),
	component('Media_clips', 'Sample sound clips.'),
	component('Media_utopia', 'Utopia sound scheme.'),
	component('Minesweeper', 'Minesweeper game.'),
	component('Mousepoint', 'Extra mouse pointers.'),
	component('Msmq_ADIntegrated', 'Message Queuing Active Directory integration.'),
	component('Msmq_Core', 'Message Queuing core functionality.', undefined, SRC_MSMQ),
	component('Msmq_HTTPSupport', 'Message Queuing HTTP support.'),
	component('Msmq_LocalStorage', 'Message Queuing local storage.'),
	component('Msmq_MQDSService', 'Message Queuing down-level client support (Server 2003).', ['2003']),
	component('Msmq_RoutingSupport', 'Message Queuing routing support (Server 2003).', ['2003']),
	component('Msmq_TriggersService', 'Message Queuing triggers.'),
	component('Msmsgs', 'Windows Messenger.'),
	component('MSNExplr', 'MSN Explorer (Windows XP).', ['xp']),
	component('Mswordpad', 'WordPad.'),
	component('Netcis', 'COM Internet Services (RPC over HTTP proxy).'),
	component('Netoc', 'Optional network components: `On` lets Setup read `[NetOptionalComponents]`.', undefined, SRC_NETOC),
	component('Objectpkg', 'Object Packager.'),
	component('OEAccess', 'Visible entry points to Outlook Express.'),
	component('Paint', 'Paint accessory.'),
	component('Pinball', 'Pinball game.'),
	component('Pop3Admin', 'POP3 service web administration (Server 2003).', ['2003']),
	component('Pop3Service', 'POP3 e-mail service (Server 2003).', ['2003']),
	component('Pop3Srv', 'POP3 service core files (Server 2003).', ['2003']),
	component('Rec', 'Sound Recorder.'),
	component('Reminst', 'Remote Installation Services (Server 2003).', ['2003']),
	component('RootAutoUpdate', 'Automatic update of root certificates.'),
	component('Rstorage', 'Remote Storage (Server 2003).', ['2003']),
	component('SCW', 'Security Configuration Wizard (Server 2003 SP1 and later).', ['2003']),
	component('Sakit_web', 'Web interface for remote administration (Server 2003).', ['2003']),
	component('Solitaire', 'Solitaire game.'),
	component('Spider', 'Spider Solitaire game.'),
	component('Templates', 'Document templates.'),
	{ ...component('TerminalServer', 'Terminal Server in application-server mode (Server 2003); left out unless set `On`.', ['2003'], SRC_TS), default: 'Off', insertValue: 'On' },
	component('TSWebClient', 'Remote Desktop Web Connection.'),
	component('UDDIAdmin', 'UDDI Services administration console (Server 2003).', ['2003']),
	component('UDDIDatabase', 'UDDI Services database (Server 2003).', ['2003']),
	component('UDDIWeb', 'UDDI Services web server (Server 2003).', ['2003']),
	component('Vol', 'Volume Control.'),
	component('WBEMSNMP', 'WMI SNMP provider. Microsoft\'s reference pages list it only as `WBEMSNMP = 1` in `[NetOptionalComponents]` (read when `Netoc = On`), not as a `[Components]` ID.'),
	component('WMAccess', 'Visible entry points to Windows Media Player.'),
	component('WMPOCM', 'Windows Media Player.'),
	component('WMS', 'Windows Media Services (Server 2003).', ['2003']),
	component('WMS_admin_asp', 'Windows Media Services web administration (Server 2003).', ['2003']),
	component('WMS_admin_mmc', 'Windows Media Services snap-in (Server 2003).', ['2003']),
	component('WMS_Server', 'Windows Media Services server (Server 2003).', ['2003']),
	component('Zonegames', 'Internet games on zone.com (Windows XP).', ['xp']),
];

// ---------------------------------------------------------------------------
// Windows Firewall (Windows XP SP2 and Server 2003 SP1 and later)
// ---------------------------------------------------------------------------

// Microsoft's XP SP2 deploy.cab readme writes `Profiles = Standard` for [WindowsFirewall.Standard].
const FW_PREFIX = 'WindowsFirewall.';
const FW_PROFILE = 'WindowsFirewall.<profile_name>';
const FW_PROGRAM = 'WindowsFirewall.<program_name>';
const FW_SERVICE = 'WindowsFirewall.<service_name>';
const FW_PORT = 'WindowsFirewall.<port_name>';
const FW_ICMP = 'WindowsFirewall.<icmp_name>';

const firewallSections: readonly SectionSpec[] = [
	{
		name: 'WindowsFirewall',
		source: '[WindowsFirewall] (Unattended Installation), technet cc772821; XP SP3 deploy.cab ref.chm u_windowsfirewall.htm',
		doc: 'Turns on Windows Firewall configuration in unattended Setup. `Profiles` names the user-defined profile sections to apply; the other entries control the firewall log.',
		shape: 'entries',
		entries: [
			{
				name: 'Profiles',
				source: '[WindowsFirewall] (Unattended Installation), technet cc772821; XP SP3 deploy.cab ref.chm u_windowsfirewall.htm',
				doc: 'Comma-separated names of `[WindowsFirewall.profile_name]` sections to apply, for example one for the domain profile and one for the standard profile. Microsoft\'s XP SP2 deploy.cab readme leaves out the `WindowsFirewall.` prefix (`Profiles = Standard`), so a name without it also finds the prefixed section.',
				domain: { kind: 'sectionRef', list: true, template: FW_PROFILE, prefix: FW_PREFIX },
				example: 'Profiles = WindowsFirewall.TurnOffFirewall',
			},
			{
				name: 'LogFile',
				source: '[WindowsFirewall] (Unattended Installation), technet cc772821; XP SP3 deploy.cab ref.chm u_windowsfirewall.htm',
				doc: 'Path and name of the firewall log (Pfirewall.log by default, in the Windows folder).',
				domain: path,
				default: '%WINDIR%\\pfirewall.log',
				example: 'LogFile = %WINDIR%\\pfirewall.log',
				expandsVariables: true,
			},
			{
				name: 'LogSize',
				source: '[WindowsFirewall] (Unattended Installation), technet cc772821; XP SP3 deploy.cab ref.chm u_windowsfirewall.htm',
				doc: 'Largest size of the firewall log in kilobytes; older records are discarded beyond it.',
				domain: { kind: 'integer', min: 1, max: 32767 },
				default: '4096',
				example: 'LogSize = 4096',
			},
			{
				name: 'LogDroppedPackets',
				source: '[WindowsFirewall] (Unattended Installation), technet cc772821; XP SP3 deploy.cab ref.chm u_windowsfirewall.htm',
				doc: 'Records packets the firewall drops in the log.',
				domain: zeroOne('Log dropped packets.', 'Do not log them.'),
				default: '0',
				example: 'LogDroppedPackets = 1',
			},
			{
				name: 'LogSuccessfulConnections',
				source: 'unverified',
				doc: 'Records successful connections in the log.',
				domain: zeroOne('Log successful connections.', 'Do not log them.'),
				default: '0',
				example: 'LogSuccessfulConnections = 1',
			},
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall]\nProfiles = WindowsFirewall.TurnOffFirewall\n\n[WindowsFirewall.TurnOffFirewall]\nMode = 0',
	},
	{
		name: FW_PROFILE,
		source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
		doc: 'A user-defined firewall profile named in `[WindowsFirewall] Profiles`. It says which profile it changes (domain, standard or both), whether the firewall is on, and which programs, services, ports and ICMP types are let through.',
		shape: 'entries',
		template: FW_PROFILE,
		entries: [
			{
				name: 'Type',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Which firewall profile these settings change.',
				domain: oneOf(
					{ value: '1', doc: 'The domain profile, used while the computer is connected to its domain.' },
					{ value: '2', doc: 'The standard profile, used elsewhere.' },
					{ value: '3', doc: 'Both profiles.' },
				),
				default: '3',
				example: 'Type = 3',
			},
			{
				name: 'Mode',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Turns Windows Firewall off or on for the profile. `0` is the usual way lab and VM images disable the firewall.',
				domain: oneOf(
					{ value: '0', doc: 'Firewall off.' },
					{ value: '1', doc: 'Firewall on, exceptions allowed.' },
					{ value: '2', doc: 'Firewall on and no exceptions allowed.' },
				),
				default: '1',
				example: 'Mode = 0',
			},
			{
				name: 'Exceptions',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Whether the exceptions list is used, or all unsolicited traffic is blocked regardless of it.',
				domain: zeroOne('Honour the exceptions list.', 'Ignore the exceptions list.'),
				default: '1',
				example: 'Exceptions = 1',
			},
			{
				name: 'Notifications',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Whether the user is told when the firewall blocks a program that tries to listen for connections.',
				domain: zeroOne('Show notifications.', 'Block silently.'),
				default: '1',
				example: 'Notifications = 0',
			},
			{
				name: 'MulticastBroadcastResponse',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Whether unicast replies to the computer\'s own multicast or broadcast requests are allowed in.',
				domain: zeroOne('Allow replies to multicast and broadcast traffic.', 'Block them.'),
				default: '1',
				example: 'MulticastBroadcastResponse = 1',
			},
			{
				name: 'AllowedPrograms',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Comma-separated `[WindowsFirewall.program_name]` sections of programs to add to the exceptions list.',
				domain: { kind: 'sectionRef', list: true, template: FW_PROGRAM, prefix: FW_PREFIX },
				example: 'AllowedPrograms = WindowsFirewall.Messenger',
			},
			{
				name: 'Services',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Comma-separated `[WindowsFirewall.service_name]` sections of predefined services (file and printer sharing, UPnP, Remote Desktop, remote administration) to configure.',
				domain: { kind: 'sectionRef', list: true, template: FW_SERVICE, prefix: FW_PREFIX },
				example: 'Services = WindowsFirewall.RemoteDesktop',
			},
			{
				name: 'PortOpenings',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Comma-separated `[WindowsFirewall.port_name]` sections of TCP or UDP ports to open.',
				domain: { kind: 'sectionRef', list: true, template: FW_PORT, prefix: FW_PREFIX },
				example: 'PortOpenings = WindowsFirewall.WebServer',
			},
			{
				name: 'IcmpSettings',
				source: '[WindowsFirewall.profile_name] (Unattended Installation), technet cc773118; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprofile.htm',
				doc: 'Comma-separated `[WindowsFirewall.icmp_name]` sections of ICMP message types to allow.',
				domain: { kind: 'sectionRef', list: true, template: FW_ICMP, prefix: FW_PREFIX },
				example: 'IcmpSettings = WindowsFirewall.Ping',
			},
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall.TurnOffFirewall]\nMode = 0',
	},
	{
		name: FW_PROGRAM,
		source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm',
		doc: 'One program to add to the exceptions list, named in `AllowedPrograms` of a profile section. Only programs that accept unsolicited incoming connections need an exception.',
		shape: 'entries',
		template: FW_PROGRAM,
		entries: [
			{ name: 'Program', source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm', doc: 'Full path of the program executable. This entry is required.', domain: path, example: 'Program = %ProgramFiles%\\Messenger\\msmsgs.exe', expandsVariables: true },
			{ name: 'Name', source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm', doc: 'Name shown for the program in the exceptions list. This entry is required.', domain: text, example: 'Name = "Windows Messenger"' },
			{ name: 'Mode', source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm', doc: 'Whether the exception is enabled.', domain: firewallMode, default: '1', example: 'Mode = 1' },
			{ name: 'Scope', source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm', doc: 'Which computers may reach the program through the exception.', domain: firewallScope, default: '0', example: 'Scope = 1' },
			{ ...firewallAddresses, source: '[WindowsFirewall.program_name] (Unattended Installation), technet cc755379; XP SP3 deploy.cab ref.chm u_windowsfirewall_myprogram.htm' },
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall.Messenger]\nProgram = %ProgramFiles%\\Messenger\\msmsgs.exe\nName = "Windows Messenger"\nMode = 1',
	},
	{
		name: FW_SERVICE,
		source: '[WindowsFirewall.service_name] (Unattended Installation), technet cc755663; XP SP3 deploy.cab ref.chm u_windowsfirewall_myservice.htm',
		doc: 'Settings of one predefined service exception, named in `Services` of a profile section.',
		shape: 'entries',
		template: FW_SERVICE,
		entries: [
			{
				name: 'Type',
				source: '[WindowsFirewall.service_name] (Unattended Installation), technet cc755663; XP SP3 deploy.cab ref.chm u_windowsfirewall_myservice.htm',
				doc: 'Which predefined service the section configures.',
				domain: oneOf(
					{ value: '0', doc: 'File and Printer Sharing.' },
					{ value: '1', doc: 'UPnP framework.' },
					{ value: '2', doc: 'Remote Desktop.' },
					{ value: '4', doc: 'Remote administration.' },
					{ value: '5', doc: 'All of the above.' },
				),
				default: '5',
				example: 'Type = 2',
			},
			{ name: 'Mode', source: '[WindowsFirewall.service_name] (Unattended Installation), technet cc755663; XP SP3 deploy.cab ref.chm u_windowsfirewall_myservice.htm', doc: 'Whether the service exception is enabled.', domain: firewallMode, default: '0', example: 'Mode = 1' },
			{ name: 'Scope', source: '[WindowsFirewall.service_name] (Unattended Installation), technet cc755663; XP SP3 deploy.cab ref.chm u_windowsfirewall_myservice.htm', doc: 'Which computers may reach the service.', domain: firewallScope, default: '0', example: 'Scope = 2' },
			{ ...firewallAddresses, source: '[WindowsFirewall.service_name] (Unattended Installation), technet cc755663; XP SP3 deploy.cab ref.chm u_windowsfirewall_myservice.htm' },
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall.RemoteDesktop]\nType = 2\nMode = 1\nScope = 1',
	},
	{
		name: FW_PORT,
		source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm',
		doc: 'One TCP or UDP port to open, named in `PortOpenings` of a profile section.',
		shape: 'entries',
		template: FW_PORT,
		entries: [
			{ name: 'Protocol', source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm', doc: 'IP protocol of the port.', domain: oneOf({ value: '6', doc: 'TCP.' }, { value: '17', doc: 'UDP.' }), example: 'Protocol = 6' },
			{ name: 'Port', source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm', doc: 'Port number to open.', domain: { kind: 'integer', min: 1, max: 65535 }, example: 'Port = 80' },
			{ name: 'Name', source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm', doc: 'Name shown for the port in the exceptions list.', domain: text, example: 'Name = "Web Server (TCP 80)"' },
			{ name: 'Mode', source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm', doc: 'Whether the port exception is enabled.', domain: firewallMode, default: '1', example: 'Mode = 1' },
			{ name: 'Scope', source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm', doc: 'Which computers may connect to the port.', domain: firewallScope, default: '0', example: 'Scope = 0' },
			{ ...firewallAddresses, source: '[WindowsFirewall.portopening_name] (Unattended Installation), technet cc772614 and cc755617; XP SP3 deploy.cab ref.chm u_windowsfirewall_myportopening.htm' },
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall.WebServer]\nProtocol = 6\nPort = 80\nName = "Web Server (TCP 80)"\nMode = 1',
	},
	{
		name: FW_ICMP,
		source: '[WindowsFirewall.icmpsetting_name] (Unattended Installation), technet cc773099',
		doc: 'One ICMP message type to allow, named in `IcmpSettings` of a profile section.',
		shape: 'entries',
		template: FW_ICMP,
		entries: [
			{
				name: 'Type',
				source: 'unverified',
				doc: 'ICMP message type number, such as 8 for incoming echo requests (ping).',
				domain: { kind: 'integer', min: 0, max: 255 },
				example: 'Type = 8',
			},
			{ name: 'Mode', source: 'unverified', doc: 'Whether the message type is allowed.', domain: zeroOne('Allow this ICMP type.', 'Block it.'), default: '0', example: 'Mode = 1' },
		],
		targets: ['xp', '2003'],
		example: '[WindowsFirewall.Ping]\nType = 8\nMode = 1',
	},
];

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------

export const unattendTxtExtras = {
	kind: 'unattend',
	title: 'Unattend.txt',
	sections: [
		{
			name: 'Data',
			source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
			doc: 'Tells the Setup loader how an unattended install was started (straight from the CD, by Winnt32, or by RIS) and how to pick the partition. Winnt32 and RIS also write internal entries here in the Winnt.sif they generate.',
			shape: 'entries',
			entries: [
				{
					name: 'AutoPartition',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Installs to the first partition with enough free space that does not already hold Windows, without asking. Use `0` to let the user pick the partition.',
					domain: zeroOne('Choose the partition automatically.', 'Let the user choose.'),
					example: 'AutoPartition = 1',
				},
				{
					name: 'MsDosInitiated',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Tells the Setup loader whether Setup was started from MS-DOS (Winnt.exe or RIS) rather than by booting the product CD. CD-started unattended installs use `0`.',
					domain: zeroOne('Setup was started from MS-DOS or by RIS.', 'Setup booted from the product CD.'),
					example: 'MsDosInitiated = 0',
				},
				{
					name: 'UnattendedInstall',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Marks the install as unattended when Setup boots straight from the product CD with Winnt.sif on a floppy or the CD.',
					domain: yesNo('Run unattended.', 'Run attended.'),
					example: 'UnattendedInstall = Yes',
				},
				{
					name: 'AutomaticUpdates',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Turns on Automatic Updates so the "Help protect your PC" page is not shown. Any value other than `Yes` or `1` leaves the choice to the user.',
					domain: oneOf(
						{ value: 'Yes', doc: 'Enable Automatic Updates.', aliases: ['1'] },
						{ value: 'No', doc: 'Do not enable it; the user is asked.', aliases: ['0'] },
					),
					example: 'AutomaticUpdates = Yes',
				},
				{
					name: 'UseBIOSToBoot',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Makes Setup start the computer through the BIOS even when it would rather use a miniport driver for the boot disk.',
					domain: zeroOne('Use the BIOS to start the computer.', 'Let Setup decide.'),
					example: 'UseBIOSToBoot = 1',
				},
				{
					name: 'DisableAdminAccountOnDomainJoin',
					source: '[Data] (Unattend.txt), XP ref.chm u_data.htm',
					doc: 'Disables the local Administrator account as soon as a RIS client has joined the domain.',
					domain: zeroOne('Disable the local Administrator after the domain join.', 'Keep it enabled.'),
					example: 'DisableAdminAccountOnDomainJoin = 1',
				},
				{
					name: 'floppyless',
					source: 'unverified',
					doc: 'Written by Winnt32 and RIS: `1` means Setup starts without boot floppies. Not meant to be edited by hand.',
					domain: zeroOne('Floppyless start.', 'Start from floppies.'),
					example: 'floppyless = 1',
				},
				{
					name: 'OriSrc',
					source: 'unverified',
					doc: 'Written by Winnt32 and RIS: the original source folder of the installation files, which GUI-mode Setup records as the source path.',
					domain: path,
					example: 'OriSrc = "\\\\server\\RemInst\\Setup\\i386"',
				},
				{
					name: 'OriTyp',
					source: 'unverified',
					doc: 'Written by Winnt32 and RIS: a code for the kind of drive `OriSrc` is on (4 is a network drive, 5 a CD-ROM).',
					domain: { kind: 'integer', min: 0 },
					example: 'OriTyp = 4',
				},
				{
					name: 'LocalSourceOnCD',
					source: 'unverified',
					doc: 'Written by Winnt32 and RIS: tells Setup that the source files are read from the CD instead of a local copy.',
					domain: zeroOne('The source files are on the CD.', 'A local copy exists.'),
					example: 'LocalSourceOnCD = 1',
				},
			],
			example: '[Data]\nAutoPartition = 1\nMsDosInitiated = 0\nUnattendedInstall = Yes',
		},
		{
			name: 'SetupData',
			source: '[SetupData] (Unattend.txt), Microsoft Windows 2000 Guide to Unattended Setup Release Notes (December 1999), 2.0 Disabling PnP IRQ Scan',
			doc: 'Boot options for the installed system and, in RIS-generated files, where the first stage finds the source. Most files need only the load options.',
			shape: 'entries',
			entries: [
				{
					name: 'OsLoadOptions',
					source: 'unverified',
					doc: 'Boot.ini switches used by Setup itself while it installs, such as `/fastdetect`.',
					domain: text,
					example: 'OsLoadOptions = "/fastdetect"',
				},
				{
					name: 'OsLoadOptionsVar',
					source: '[SetupData] (Unattend.txt), Microsoft Windows 2000 Guide to Unattended Setup Release Notes (December 1999), 2.0 Disabling PnP IRQ Scan: OSLoadOptionsVar = /NoIrqScan',
					doc: 'Boot.ini switches written for the installed Windows, such as `/fastdetect` or `/noexecute=alwaysoff`. They apply to every later start.',
					domain: text,
					example: 'OsLoadOptionsVar = "/fastdetect /noexecute=optin"',
				},
				{
					name: 'SetupSourceDevice',
					source: 'unverified',
					doc: 'Written by RIS: NT device path of the share that the first stage of Setup reads the source from.',
					domain: path,
					example: 'SetupSourceDevice = "\\Device\\LanmanRedirector\\server\\RemInst\\Setup"',
				},
			],
			example: '[SetupData]\nOsLoadOptionsVar = "/fastdetect"',
		},
		{
			name: 'Unattended',
			source: '[Unattended] (Sysprep), technet cc772792; XP ref.chm s_unattended.htm',
			doc: 'Further `[Unattended]` entries that only unattended Setup reads (HAL choice, Dynamic Update share, upgrades, Program Files location, Factory mode start). They add to the `[Unattended]` entries of the Sysprep.inf table; Mini-Setup ignores them.',
			shape: 'entries',
			entries: unattendedEntries,
			fileKinds: ['unattend'],
			example: '[Unattended]\nDUStopOnError = No\nProgramFilesDir = "D:\\Program Files"',
		},
		{
			name: 'Components',
			source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)',
			doc: 'Optional Windows components to install or leave out, one `component = On|Off` line each. A section without lines is valid and keeps the default selection; the entries below document the known component IDs, and other IDs are accepted.',
			shape: 'open',
			entries: componentEntries,
			keyDoc: 'an optional-component ID such as `iis_www`, `Msmq_Core` or `Pinball`',
			keyPattern: '^[A-Za-z0-9_]+$',
			lineDomain: onOff,
			fileKinds: ['unattend'],
			example: '[Components]\nPinball = Off\niis_common = On\niis_www = On',
		},
		{
			name: 'RemoteInstall',
			source: 'unverified',
			doc: 'Disk handling for installs started through Remote Installation Services (RIS).',
			shape: 'entries',
			entries: [
				{
					name: 'Repartition',
					source: 'unverified',
					doc: 'Deletes all partitions on the client\'s first disk and formats one NTFS partition before installing. Set `No` to keep existing partitions.',
					domain: yesNo('Repartition and format the first disk.', 'Keep existing partitions.'),
					default: 'Yes',
					example: 'Repartition = No',
				},
				{
					name: 'UseWholeDisk',
					source: 'unverified',
					doc: 'Extends the system partition to fill the whole disk. With `No`, the partition is only as big as the image needs.',
					domain: yesNo('Use the whole disk.', 'Use only what the image needs.'),
					default: 'Yes',
					example: 'UseWholeDisk = No',
				},
			],
			example: '[RemoteInstall]\nRepartition = No\nUseWholeDisk = No',
		},
		{
			name: 'OSChooser',
			source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm',
			doc: 'How a RIS image appears in the Client Installation Wizard menu and which files start it.',
			shape: 'entries',
			entries: [
				{ name: 'Description', source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm', doc: 'Title of the image in the Client Installation Wizard list. Short titles read best; the reference sets no length limit.', domain: text, example: 'Description = "Windows XP Professional"' },
				{ name: 'Help', source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm', doc: 'Help topic for the image: a longer description shown when the image is selected in the Client Installation Wizard.', domain: text, example: 'Help = "Installs Windows XP Professional with the standard settings."' },
				{ name: 'LaunchFile', source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm', doc: 'Path, relative to the RIS share, of the startup file that runs the installation.', domain: path, example: 'LaunchFile = "%INSTALLPATH%\\%MACHINETYPE%\\templates\\startrom.com"' },
				{
					name: 'ImageType',
					source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm',
					doc: 'Kind of RIS image: a CD-based (flat) image or an image captured with RIPrep.',
					domain: oneOf({ value: 'Flat', doc: 'Installs from a copy of the product CD.' }, { value: 'Sysprep', doc: 'Restores an image captured with RIPrep.' }),
					example: 'ImageType = Flat',
				},
				{ name: 'Version', source: '[OsChooser] (Unattend.txt), XP ref.chm u_oschooser.htm', doc: 'Version of Windows the image installs, shown by the wizard.', domain: text, example: 'Version = "5.1"' },
			],
			example: '[OSChooser]\nDescription = "Windows XP Professional"\nImageType = Flat',
		},
		{
			name: 'MassStorageDrivers',
			source: '[MassStorageDrivers] (Unattended Installation), technet cc756181; KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0)',
			doc: 'SCSI, RAID and other mass-storage drivers that text-mode Setup loads, as `"driver description" = RETAIL|OEM`. OEM drivers also need `[OEMBootFiles]` and `OemPreinstall = Yes`.',
			shape: 'open',
			entries: [],
			keyDoc: 'the driver description exactly as in Txtsetup.sif or Txtsetup.oem, in quotes',
			lineDomain: retailOrOem,
			example: '[MassStorageDrivers]\n"Fabrikam SCSI Controller" = OEM',
		},
		{
			name: 'KeyboardDrivers',
			source: '[KeyboardDrivers] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0 document; no XP/2003 page read)',
			doc: 'Keyboard drivers that text-mode Setup loads, as `"driver description" = RETAIL|OEM`.',
			shape: 'open',
			entries: [],
			keyDoc: 'the keyboard driver description from Txtsetup.sif or Txtsetup.oem, in quotes',
			lineDomain: retailOrOem,
			example: '[KeyboardDrivers]\n"XT, AT, or Enhanced Keyboard (83-104 keys)" = RETAIL',
		},
		{
			name: 'PointingDeviceDrivers',
			source: '[PointingDeviceDrivers] (Unattend.txt), KB155197 Unattended Setup Parameters for Unattend.txt (Windows NT 4.0 document; no XP/2003 page read)',
			doc: 'Mouse and other pointing-device drivers that text-mode Setup loads, as `"driver description" = RETAIL|OEM`.',
			shape: 'open',
			entries: [],
			keyDoc: 'the pointing-device driver description from Txtsetup.sif or Txtsetup.oem, in quotes',
			lineDomain: retailOrOem,
			example: '[PointingDeviceDrivers]\n"Microsoft PS/2 Mouse" = RETAIL',
		},
		{
			name: 'OEMBootFiles',
			source: '[OEMBootFiles] (Unattend.txt), XP ref.chm u_oembootfiles.htm; KB155197 (Windows NT 4.0)',
			doc: 'Files that text-mode Setup copies from `$OEM$\\Textmode` to load OEM mass-storage drivers or a custom HAL, one file name per line, Txtsetup.oem included.',
			shape: 'values',
			entries: [],
			lineDomain: { kind: 'text', pattern: '^[^\\\\/:*?"<>|]+$', patternHint: 'a bare file name such as Txtsetup.oem' },
			example: '[OEMBootFiles]\nTxtsetup.oem\nfabscsi.sys\nfabscsi.inf',
		},
		{
			name: 'Fax',
			source: 'unverified',
			doc: 'Initial settings of the Fax service: device identifiers, rings before answering, and where received and sent faxes are stored or printed.',
			shape: 'entries',
			entries: [
				{ name: 'Csid', source: 'unverified', doc: 'Called subscriber ID the fax device reports when it receives a fax, usually the fax number.', domain: { kind: 'text', maxLength: 20 }, example: 'Csid = "+1 425 555 0100"' },
				{ name: 'Tsid', source: 'unverified', doc: 'Transmitting subscriber ID sent with outgoing faxes, usually the fax number.', domain: { kind: 'text', maxLength: 20 }, example: 'Tsid = "+1 425 555 0100"' },
				{ name: 'Rings', source: 'unverified', doc: 'Number of rings before the fax device answers a call.', domain: { kind: 'integer', min: 1, max: 99 }, example: 'Rings = 3' },
				{ name: 'ArchiveOutgoing', source: 'unverified', doc: 'Keeps a copy of every sent fax in `ArchiveFolderName`.', domain: yesNo('Archive sent faxes.', 'Do not archive them.'), example: 'ArchiveOutgoing = Yes' },
				{ name: 'ArchiveFolderName', source: 'unverified', doc: 'Folder where copies of sent faxes are kept.', domain: path, example: 'ArchiveFolderName = "%SYSTEMDRIVE%\\Faxes\\Sent"', expandsVariables: true },
				{ name: 'RouteToFolder', source: 'unverified', doc: 'Stores every received fax in `RouteFolderName`.', domain: yesNo('Save received faxes to a folder.', 'Do not save them there.'), example: 'RouteToFolder = Yes' },
				{ name: 'RouteFolderName', source: 'unverified', doc: 'Folder where received faxes are saved.', domain: path, example: 'RouteFolderName = "%SYSTEMDRIVE%\\Faxes\\Received"', expandsVariables: true },
				{ name: 'RouteToPrinter', source: 'unverified', doc: 'Prints every received fax on `RoutePrinterName`.', domain: yesNo('Print received faxes.', 'Do not print them.'), example: 'RouteToPrinter = Yes' },
				{ name: 'RoutePrinterName', source: 'unverified', doc: 'Printer that prints received faxes.', domain: text, example: 'RoutePrinterName = "Front Desk Laser"' },
				{ name: 'FaxPrinterName', source: 'unverified', doc: 'Name given to the fax printer that applications print to in order to send faxes.', domain: text, example: 'FaxPrinterName = "Fax"' },
			],
			example: '[Fax]\nCsid = "+1 425 555 0100"\nRings = 3',
		},
		...firewallSections,
		{
			name: 'SystemRestore',
			source: '[SystemRestore] (Unattended Installation), technet cc773232; XP SP3 deploy.cab ref.chm u_systemrestore.htm',
			doc: 'System Restore settings for the new installation: how often restore points are made, how much disk they may use, and how long they are kept.',
			shape: 'entries',
			entries: [
				{ name: 'CheckpointCalendarFrequency', source: '[SystemRestore] (Unattended Installation), technet cc773232; XP SP3 deploy.cab ref.chm u_systemrestore.htm', doc: 'Days between automatic restore points. It is checked before `CheckpointSessionFrequency`.', domain: { kind: 'integer', min: 0 }, default: '1', example: 'CheckpointCalendarFrequency = 2' },
				{ name: 'CheckpointSessionFrequency', source: '[SystemRestore] (Unattended Installation), technet cc773232; XP SP3 deploy.cab ref.chm u_systemrestore.htm', doc: 'Hours of running time after which an automatic restore point is made.', domain: { kind: 'integer', min: 0 }, default: '10', example: 'CheckpointSessionFrequency = 10' },
				{ name: 'MaximumDataStorePercentOfDisk', source: '[SystemRestore] (Unattended Installation), technet cc773232; XP SP3 deploy.cab ref.chm u_systemrestore.htm', doc: 'Largest share of each disk, in percent, that System Restore data may use.', domain: { kind: 'integer', min: 1, max: 100 }, default: '12', example: 'MaximumDataStorePercentOfDisk = 25' },
				{ name: 'RestorePointLife', source: '[SystemRestore] (Unattended Installation), technet cc773232; XP SP3 deploy.cab ref.chm u_systemrestore.htm', doc: 'Age in days after which a restore point is deleted.', domain: { kind: 'integer', min: 1 }, default: '90', example: 'RestorePointLife = 30' },
				{ name: 'DisableSR', source: 'unverified', doc: 'Turns System Restore off completely in the new installation, a common choice for virtual machines and lab images.', domain: zeroOne('Turn System Restore off.', 'Keep System Restore on.'), default: '0', example: 'DisableSR = 1' },
				{ name: 'CreateFirstRunRp', source: 'unverified', doc: 'Controls whether a restore point is made on the first start after Setup.', domain: zeroOne('Create the first-run restore point.', 'Skip it.'), default: '1', example: 'CreateFirstRunRp = 0' },
			],
			targets: ['xp'],
			example: '[SystemRestore]\nDisableSR = 1\nCreateFirstRunRp = 0',
		},
		{
			name: 'IEPopupBlocker',
			source: 'unverified',
			doc: 'Internet Explorer Pop-up Blocker settings (Windows XP SP2 and Server 2003 SP1 and later): whether pop-ups are blocked, how strictly, and which sites are exempt.',
			shape: 'entries',
			entries: [
				{ name: 'BlockPopups', source: 'unverified', doc: 'Turns the Pop-up Blocker on or off.', domain: yesNo('Block pop-up windows.', 'Allow them.'), default: 'Yes', example: 'BlockPopups = No' },
				{
					name: 'FilterLevel',
					source: 'unverified',
					doc: 'How strictly pop-ups are filtered.',
					domain: oneOf(
						{ value: 'High', doc: 'Block all pop-ups, even those opened by a click.' },
						{ value: 'Medium', doc: 'Block most automatic pop-ups.' },
						{ value: 'Low', doc: 'Allow pop-ups from secure sites.' },
					),
					default: 'Medium',
					example: 'FilterLevel = Low',
				},
				{ name: 'ShowInformationBar', source: 'unverified', doc: 'Shows the Information Bar when a pop-up is blocked.', domain: yesNo('Show the Information Bar.', 'Block silently.'), default: 'Yes', example: 'ShowInformationBar = No' },
				{ name: 'PlaySound', source: 'unverified', doc: 'Plays a sound when a pop-up is blocked.', domain: yesNo('Play a sound.', 'Stay silent.'), default: 'Yes', example: 'PlaySound = No' },
				{ name: 'AllowedSites', source: 'unverified', doc: 'Semicolon-separated sites whose pop-ups are always allowed.', domain: text, example: 'AllowedSites = intranet.fabrikam.com;*.contoso.com' },
			],
			targets: ['xp', '2003'],
			fileKinds: ['unattend', 'sysprep'],
			example: '[IEPopupBlocker]\nBlockPopups = Yes\nFilterLevel = Medium',
		},
		{
			name: 'PCHealth',
			source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm',
			doc: 'Error reporting, Remote Assistance and Help and Support Center settings for the new installation.',
			shape: 'entries',
			entries: [
				{ name: 'ER_Display_UI', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Tells the user when an error occurs and shows its details.', domain: zeroOne('Show the error notification.', 'Do not show it.'), example: 'ER_Display_UI = 1' },
				{ name: 'ER_Enable_Reporting', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Turns automatic error reporting on or off.', domain: zeroOne('Report errors.', 'Do not report errors.'), example: 'ER_Enable_Reporting = 0' },
				{
					name: 'ER_Enable_Applications',
					source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm',
					doc: 'Which applications\' errors are reported: all of them, only those listed with `ER_Include_EXE<N>`, or none.',
					domain: oneOf(
						{ value: 'All', doc: 'Report errors in all applications.' },
						{ value: 'Listed', doc: 'Report only the applications listed with ER_Include_EXE<N>.' },
						{ value: 'None', doc: 'Report no application errors.' },
					),
					example: 'ER_Enable_Applications = All',
				},
				{ name: 'ER_Enable_Kernel_Errors', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Reports stop errors in the Windows kernel.', domain: zeroOne('Report kernel errors.', 'Do not report them.'), example: 'ER_Enable_Kernel_Errors = 1' },
				{ name: 'ER_Enable_Windows_Components', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Reports errors in programs that are part of Windows.', domain: zeroOne('Report Windows component errors.', 'Do not report them.'), example: 'ER_Enable_Windows_Components = 1' },
				{ name: 'ER_Exclude_EXE<N>', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Program file name N (N counts from 1) whose errors are never reported.', domain: text, example: 'ER_Exclude_EXE1 = notepad.exe' },
				{ name: 'ER_Include_EXE<N>', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Program file name N (N counts from 1) whose errors are reported when `ER_Enable_Applications = Listed`.', domain: text, example: 'ER_Include_EXE1 = iexplore.exe' },
				{ name: 'ER_Force_Queue_Mode', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Queues all reports and offers them to an administrator at the next logon instead of sending them at once.', domain: zeroOne('Queue every report.', 'Send reports as they occur.'), example: 'ER_Force_Queue_Mode = 1' },
				{ name: 'ER_Include_MSApps', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Reports errors in Microsoft applications as well.', domain: zeroOne('Include Microsoft applications.', 'Exclude them.'), example: 'ER_Include_MSApps = 1' },
				{ name: 'ER_Include_Shutdown_Errs', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Reports unexpected shutdowns.', domain: zeroOne('Report shutdown errors.', 'Do not report them.'), example: 'ER_Include_Shutdown_Errs = 1' },
				{ name: 'RA_AllowToGetHelp', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Lets users of this computer ask for help through Remote Assistance.', domain: zeroOne('Allow Remote Assistance requests.', 'Do not allow them.'), example: 'RA_AllowToGetHelp = 1' },
				{ name: 'RA_AllowFullControl', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Lets a helper take control of the computer, not only view it, during a Remote Assistance session.', domain: zeroOne('Allow remote control.', 'Allow viewing only.'), example: 'RA_AllowFullControl = 0' },
				{ name: 'RA_AllowUnsolicited', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Lets helpers offer Remote Assistance without an invitation.', domain: zeroOne('Allow unsolicited offers.', 'Require an invitation.'), example: 'RA_AllowUnsolicited = 0' },
				{ name: 'RA_MaxTicketExpiry', source: '[PCHealth] (Unattended Installation), technet cc773253; XP SP3 deploy.cab ref.chm u_pchealth.htm', doc: 'Lifetime in seconds of a Remote Assistance invitation.', domain: { kind: 'integer', min: 1 }, example: 'RA_MaxTicketExpiry = 3600' },
			],
			example: '[PCHealth]\nER_Enable_Reporting = 0\nRA_AllowToGetHelp = 1',
		},
		{
			name: 'TerminalServices',
			source: '[TerminalServices] (Unattended Installation), technet cc755808; XP SP3 deploy.cab ref.chm u_terminalservices.htm',
			doc: 'Remote Desktop and Terminal Server settings: whether remote connections are allowed and, on Server 2003, the licensing mode and permission compatibility.',
			shape: 'entries',
			entries: [
				{ name: 'AllowConnections', source: '[TerminalServices] (Unattended Installation), technet cc755808; XP SP3 deploy.cab ref.chm u_terminalservices.htm', doc: 'Allows users to connect with Remote Desktop. The Windows Firewall needs a matching exception on SP2 and later.', domain: zeroOne('Allow Remote Desktop connections.', 'Deny them.'), default: '0', example: 'AllowConnections = 1' },
				{
					name: 'LicensingMode',
					source: '[TerminalServices] (Unattended Installation), technet cc755808; XP SP3 deploy.cab ref.chm u_terminalservices.htm; KB 278513',
					doc: 'Client access licence mode of a Terminal Server.',
					// KB 278513 gives PerDevice | PerSession; the later reference samples use PerUser. Refusing either would flag a documented file.
					domain: oneOf(
						{ value: 'PerDevice', doc: 'One licence per connecting device.' },
						{ value: 'PerUser', doc: 'One licence per user.' },
						{ value: 'PerSession', doc: 'One licence per active client session; the spelling KB 278513 gives.' },
					),
					default: 'PerDevice',
					example: 'LicensingMode = PerUser',
					targets: ['2003'],
				},
				{
					name: 'PermissionsSetting',
					source: '[TerminalServices] (Unattended Installation), technet cc755808; XP SP3 deploy.cab ref.chm u_terminalservices.htm',
					doc: 'Permission model of a Terminal Server: full security, or relaxed permissions for older applications.',
					domain: zeroOne('Relaxed security compatible with older programs.', 'Full security.'),
					default: '0',
					example: 'PermissionsSetting = 0',
					targets: ['2003'],
				},
			],
			example: '[TerminalServices]\nAllowConnections = 1',
		},
		{
			name: 'Win9xUpg',
			source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169',
			doc: 'Options for upgrading Windows 98, 98 Second Edition or Millennium Edition to Windows XP: user migration, passwords, compatibility report and migration DLLs. Read only when `[Unattended] Win9xUpgrade = Yes`.',
			shape: 'entries',
			entries: [
				{ name: 'Boot16', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Keeps a way to start MS-DOS mode from the Windows XP boot menu after the upgrade.', domain: yesNo('Keep an MS-DOS boot option.', 'Do not keep it.'), default: 'No', example: 'Boot16 = No' },
				{ name: 'DefaultPassword', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Password given to every migrated user account that has no entry in `UserPassword`. Stored in clear text.', domain: { kind: 'password' }, secret: true, example: 'DefaultPassword = "********"' },
				{ name: 'UserPassword', source: '[Win9xUpg] (Windows 2000 Professional Resource Kit, Customizing and Automating Installations), technet cc977171, Table 5.12', doc: 'Per-user passwords for migrated accounts, written as `user,password` pairs separated by commas. Stored in clear text.', domain: { kind: 'password' }, secret: true, example: 'UserPassword = anna,"********"' },
				{ name: 'ForcePasswordChange', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Makes migrated users change their password at the first logon.', domain: yesNo('Require a password change.', 'Keep the given password.'), example: 'ForcePasswordChange = Yes' },
				{ name: 'MigrateDefaultUser', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Copies the Windows 9x default user settings into the new default user profile.', domain: yesNo('Migrate the default user.', 'Start from a fresh default profile.'), default: 'Yes', example: 'MigrateDefaultUser = Yes' },
				{ name: 'MigrateUsersAsAdmin', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Makes migrated accounts members of the Administrators group.', domain: yesNo('Migrate users as administrators.', 'Migrate them as ordinary users.'), default: 'Yes', example: 'MigrateUsersAsAdmin = No' },
				{ name: 'DomainJoinText', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'HTML text shown on the Join a Domain page of GUI-mode Setup during the upgrade.', domain: text, example: 'DomainJoinText = "<b>Join the FABRIKAM domain</b>"' },
				// Value domains of these four were cut off the pages read; text keeps working files clean.
				{ name: 'ForceWorkgroup', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Skips the domain checks and leaves the upgraded computer in a workgroup.', domain: text, example: 'ForceWorkgroup = Yes' },
				{ name: 'IgnoreNetworkErrors', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Controls whether Setup tries a domain again after it fails to reach it.', domain: text, example: 'IgnoreNetworkErrors = Yes' },
				{ name: 'MigrateUsersAsPowerUser', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Makes migrated accounts members of the Power Users group.', domain: text, example: 'MigrateUsersAsPowerUser = Yes' },
				{ name: 'SafeMode', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Keeps a record of the upgrade steps that made the computer hang, so that a restarted upgrade can step around them.', domain: text, example: 'SafeMode = Yes' },
				// Comma-separated (KB200001 quotes each folder), so the `;`-separated path list domain would refuse it.
				{ name: 'MigrationDlls', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169; KB200001 Test and Debug a Windows 2000 Migration DLL (sample)', doc: 'Comma-separated folders (each may be quoted) that hold migration DLLs for third-party software; name the folder, not the DLL.', domain: text, example: 'MigrationDlls = \\\\server\\migdlls\\app1' },
				{ name: 'ReportOnly', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Only produces the upgrade compatibility report and stops without upgrading.', domain: yesNo('Create the report only.', 'Run the upgrade.'), default: 'No', example: 'ReportOnly = Yes' },
				{ name: 'SaveReportTo', source: 'unverified', doc: 'Folder where the compatibility report is saved; it may contain variables such as `%computername%`.', domain: path, example: 'SaveReportTo = \\\\server\\reports\\%computername%', expandsVariables: true },
				{ name: 'ScanDrives', source: 'unverified', doc: 'Drive letters, separated by commas, searched for shortcuts and settings to migrate.', domain: text, example: 'ScanDrives = C,D' },
				{ name: 'KeepBadLinks', source: '[Win9xUpg] (Unattend.txt), XP ref.chm u_win9xupg.htm entry list; (Unattended Installation) technet cc773169', doc: 'Keeps shortcuts that point to programs that will not work after the upgrade.', domain: yesNo('Keep such shortcuts.', 'Remove them.'), default: 'Yes', example: 'KeepBadLinks = No' },
				{ name: 'UseLocalAccountOnError', source: 'unverified', doc: 'Creates a local account when a user\'s domain account cannot be found during migration.', domain: yesNo('Fall back to a local account.', 'Stop and report.'), default: 'No', example: 'UseLocalAccountOnError = Yes' },
				{ name: 'UserDomain', source: 'unverified', doc: 'Domain that holds the accounts of migrated users, as `domain,user1,user2`.', domain: text, example: 'UserDomain = FABRIKAM,anna,ben' },
			],
			targets: ['xp'],
			example: '[Win9xUpg]\nMigrateUsersAsAdmin = No\nDefaultPassword = "********"',
		},
		{
			name: 'SetupParams',
			source: '[SetupParams] (Use of the [SetupParams] Section in an Unattended Answer File), KB216518',
			doc: 'A command that runs when Setup finishes, before the system settings are saved (the answer-file form of `winnt32 /cmd:`).',
			shape: 'entries',
			entries: [
				{
					name: 'UserExecute',
					source: '[SetupParams] (Use of the [SetupParams] Section in an Unattended Answer File), KB216518',
					doc: 'Path of the command or program to run at the end of Setup. Only one command runs: when the entry appears more than once, the first wins. Give the full path unless the program is in %SystemRoot% or on the search path.',
					domain: { kind: 'command' },
					example: 'UserExecute = "%SYSTEMDRIVE%\\Install\\finish.cmd"',
					expandsVariables: true,
				},
			],
			example: '[SetupParams]\nUserExecute = "%SYSTEMDRIVE%\\Install\\finish.cmd"',
		},
		{
			name: 'Uninstall',
			source: '[Uninstall] (Unattend.txt), XP ref.chm u_uninstall.htm; (Unattended Installation) technet cc772894',
			doc: 'Lets users who upgrade Windows 98, 98 SE or Me to Windows XP remove it again: Setup keeps a backup of the old system. The header alone makes Uninstall available.',
			shape: 'entries',
			entries: [
				{
					name: 'DisableCompression',
					source: '[Uninstall] (Unattend.txt), XP ref.chm u_uninstall.htm; (Unattended Installation) technet cc772894',
					doc: 'Whether the files in Backup.cab are compressed. Auto compresses only when the disk is short of space. Ignored when EnableBackup = No.',
					domain: oneOf({ value: 'Yes', doc: 'Store the backup uncompressed (faster upgrade).' }, { value: 'No', doc: 'Compress the backup to about 40 percent.' }, { value: 'Auto', doc: 'Compress only when disk space is short.' }),
					default: 'Auto',
					example: 'DisableCompression = Yes',
				},
				{ name: 'EnableBackup', source: '[Uninstall] (Unattend.txt), XP ref.chm u_uninstall.htm; (Unattended Installation) technet cc772894', doc: 'Whether Setup creates Backup.cab, which removing Windows XP needs.', domain: yesNo('Create the backup.', 'Do not create it (Uninstall is not possible).'), example: 'EnableBackup = Yes' },
				{ name: 'PathForBackup', source: '[Uninstall] (Unattend.txt), XP ref.chm u_uninstall.htm; (Unattended Installation) technet cc772894', doc: 'Folder that receives the backup of the previous Windows 98, 98 SE or Me.', domain: path, example: 'PathForBackup = "%SYSTEMDRIVE%\\Backup"', expandsVariables: true },
			],
			targets: ['xp'],
			example: '[Uninstall]\nEnableBackup = Yes\nPathForBackup = "%SYSTEMDRIVE%\\Backup"',
		},
		{
			name: 'HomeNet',
			source: '[HomeNet] (Remote Installation Services), technet cc755980',
			doc: 'Home networking: Internet Connection Sharing, its adapters and a network bridge. The adapters are the names given in `[NetAdapters]`.',
			shape: 'entries',
			entries: [
				{ name: 'Bridge', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'Two or more adapters from `[NetAdapters]`, separated by commas, to bridge into one home network. A bridged adapter cannot also be the ICS internal or external adapter.', domain: text, example: 'Bridge = MyAdapter1, MyAdapter2' },
				{ name: 'EnableICS', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'Turns on Internet Connection Sharing.', domain: yesNo('Enable ICS.', 'Do not enable ICS.'), default: 'No', example: 'EnableICS = Yes' },
				{ name: 'ExternalAdapter', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'The `[NetAdapters]` adapter that connects to the Internet for ICS. Needs EnableICS = Yes.', domain: text, example: 'ExternalAdapter = MyAdapter1' },
				{ name: 'InternalAdapter', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'The `[NetAdapters]` adapter on the home network side of ICS. Needs EnableICS = Yes.', domain: text, example: 'InternalAdapter = MyAdapter2' },
				{ name: 'InternalIsBridge', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'Whether the internal ICS adapter is the network bridge.', domain: yesNo('The internal adapter is the bridge.', 'It is not.'), example: 'InternalIsBridge = Yes' },
				{ name: 'ShowTrayIcon', source: '[HomeNet] (Remote Installation Services), technet cc755980', doc: 'Whether the ICS icon shows in the notification area.', domain: yesNo('Show the icon.', 'Hide it.'), example: 'ShowTrayIcon = No' },
			],
			example: '[HomeNet]\nEnableICS = Yes\nExternalAdapter = MyAdapter1\nInternalAdapter = MyAdapter2',
		},
		{
			name: 'CertSrv_Server',
			source: '[CertSrv_Server] (Remote Installation Services), technet cc773288',
			doc: 'Server components of Certificate Services on Windows Server 2003. The entries are saved during Setup and applied when Certificate Services is configured after the restart, not during Setup.',
			shape: 'entries',
			entries: [
				{
					name: 'CAType',
					source: '[CertSrv_Server] (Remote Installation Services), technet cc773288',
					doc: 'The kind of certification authority to install.',
					domain: oneOf({ value: 'EnterpriseRoot', doc: 'Enterprise root CA.' }, { value: 'EnterpriseSubordinate', doc: 'Enterprise subordinate CA.' }, { value: 'StandaloneRoot', doc: 'Stand-alone root CA.' }, { value: 'StandaloneSubordinate', doc: 'Stand-alone subordinate CA.' }),
					example: 'CAType = EnterpriseSubordinate',
				},
				{ name: 'CSPProvider', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Name of the cryptographic service provider the CA uses.', domain: text, example: 'CSPProvider = "Microsoft Strong Cryptographic Provider"' },
				{ name: 'HashAlgorithm', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Hash algorithm the CA signs certificates with.', domain: text, example: 'HashAlgorithm = SHA1' },
				{ name: 'KeyLength', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Key length of the CA key, in bits.', domain: { kind: 'integer', min: 1 }, example: 'KeyLength = 2048' },
				{ name: 'Name', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Name of the certification authority.', domain: text, example: 'Name = "Fabrikam Issuing CA"' },
				{ name: 'ParentCAMachine', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Computer that runs the parent CA of this subordinate CA.', domain: text, example: 'ParentCAMachine = ROOTCA01' },
				{ name: 'ParentCAName', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Name of the parent CA of this subordinate CA.', domain: text, example: 'ParentCAName = "Fabrikam Root CA"' },
				{ name: 'SharedFolder', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Folder that holds the configuration information of the CA.', domain: path, example: 'SharedFolder = C:\\CAConfig' },
				{ name: 'UseSharedFolder', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'Whether the CA uses SharedFolder.', domain: yesNo('Use SharedFolder.', 'Do not use it.'), example: 'UseSharedFolder = Yes' },
				{ name: 'ValidityPeriod', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'How many ValidityPeriodUnits the CA certificate is valid for.', domain: { kind: 'integer', min: 1 }, example: 'ValidityPeriod = 5' },
				{ name: 'ValidityPeriodUnits', source: '[CertSrv_Server] (Remote Installation Services), technet cc773288', doc: 'The unit of ValidityPeriod, such as Years.', domain: text, example: 'ValidityPeriodUnits = Years' },
			],
			targets: ['2003'],
			example: '[CertSrv_Server]\nCAType = StandaloneRoot\nName = "Fabrikam Root CA"',
		},
		{
			name: 'Certsrv_Client',
			// Named beside [CertSrv_Server] in the Server 2003 section list; its entry page was not found, so entries go unchecked.
			source: 'unverified',
			doc: 'Client components of Certificate Services (the Web enrollment pages) on Windows Server 2003. Its entries are not checked.',
			shape: 'open',
			entries: [],
			lineDomain: text,
			keyDoc: 'a Certificate Services client setting',
			targets: ['2003'],
		},
		{
			name: 'SystemFileProtection',
			source: '[SystemFileProtection] (Unattend.txt), XP ref.chm u_systemfileprotection.htm; (Unattended Installation) technet cc773079',
			doc: 'Windows File Protection cache settings: where the protected-file cache lives, how large it may grow, and whether scans show progress.',
			shape: 'entries',
			entries: [
				{ name: 'SFCDllCacheDir', source: '[SystemFileProtection] (Unattend.txt), XP ref.chm u_systemfileprotection.htm; (Unattended Installation) technet cc773079', doc: 'Folder of the protected-file cache (Dllcache); the default is under System32.', domain: path, example: 'SFCDllCacheDir = "%SYSTEMROOT%\\System32\\Dllcache"', expandsVariables: true },
				{ name: 'SFCQuota', source: '[SystemFileProtection] (Unattend.txt), XP ref.chm u_systemfileprotection.htm; (Unattended Installation) technet cc773079', doc: 'Size limit of the cache in megabytes, written in hexadecimal; `FFFFFFFF` caches every protected file.', domain: { kind: 'text', pattern: '^(?:0x)?[0-9A-Fa-f]+$', patternHint: 'a hexadecimal size such as 32 or FFFFFFFF' }, example: 'SFCQuota = FFFFFFFF' },
				{ name: 'SFCShowProgress', source: '[SystemFileProtection] (Unattend.txt), XP ref.chm u_systemfileprotection.htm; (Unattended Installation) technet cc773079', doc: 'Shows a progress window while Windows File Protection scans the protected files.', domain: zeroOne('Show scan progress.', 'Scan silently.'), example: 'SFCShowProgress = 0' },
			],
			example: '[SystemFileProtection]\nSFCQuota = FFFFFFFF',
		},
		{
			name: 'SNMP',
			source: '[SNMP] (Unattended Installation), technet cc755743; [NetOptionalComponents] (Sysprep), technet cc755697; XP ref.chm u_netoptionalcomponents.htm',
			doc: 'Settings of the SNMP service when it is installed: communities, trap destinations, permitted managers and the agent\'s contact details.',
			shape: 'entries',
			entries: [
				{ name: 'Accept_CommunityName', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Communities the agent accepts and their rights, as `community:Rights` pairs separated by commas (Rights is None, Notify, Read_Only, Read_Write or Read_Create).', domain: text, example: 'Accept_CommunityName = public:Read_Only' },
				{ name: 'Any_Host', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Accepts SNMP packets from any host instead of only the hosts in `Limit_Host`.', domain: yesNo('Accept packets from any host.', 'Accept only listed hosts.'), example: 'Any_Host = No' },
				{ name: 'Limit_Host', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Comma-separated hosts allowed to query the agent when `Any_Host = No`.', domain: text, example: 'Limit_Host = 10.0.0.5,mgmt.fabrikam.com' },
				{ name: 'Community_Name', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Community name used when sending traps.', domain: text, example: 'Community_Name = public' },
				{ name: 'Traps', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Comma-separated hosts that receive traps.', domain: text, example: 'Traps = 10.0.0.5' },
				{ name: 'Send_Authentication', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Sends an authentication trap when a request uses an unknown community.', domain: yesNo('Send authentication traps.', 'Do not send them.'), example: 'Send_Authentication = Yes' },
				{ name: 'Contact_Name', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Person responsible for the computer, reported by the agent.', domain: text, example: 'Contact_Name = "Help Desk"' },
				{ name: 'Location', source: '[SNMP] (Unattended Installation), technet cc755743', doc: 'Physical location of the computer, reported by the agent.', domain: text, example: 'Location = "Building 7, rack 3"' },
				{ name: 'Service', source: 'seed: How Sysprep Works (Windows Server 2003 Deployment Kit)', doc: 'Comma-separated service types the computer provides: Physical, Applications, Datalink, Internet, End-to-End.', domain: text, example: 'Service = Applications,Internet,End-to-End' },
			],
			example: '[SNMP]\nAccept_CommunityName = public:Read_Only\nAny_Host = Yes',
		},
		{
			name: 'InternetServer',
			source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm',
			doc: 'Folders and start-up behaviour of the IIS services installed through `[Components]`.',
			shape: 'entries',
			entries: [
				{ name: 'PathWWWRoot', source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm', doc: 'Root folder of the default web site instead of \\Inetpub\\wwwroot.', domain: path, example: 'PathWWWRoot = D:\\Inetpub\\wwwroot' },
				{ name: 'PathFTPRoot', source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm', doc: 'Root folder of the default FTP site instead of \\Inetpub\\ftproot.', domain: path, example: 'PathFTPRoot = D:\\Inetpub\\ftproot' },
				{
					name: 'ApplicationDependency',
					source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm',
					doc: 'Ties an application to the IIS Web Service Extension groups it needs, written as the application name followed by one or more group IDs.',
					domain: text,
					example: 'ApplicationDependency = "FabrikamApp;ASP60,INDEX99"',
				},
				{
					name: 'DisableWebServiceOnUpgrade',
					source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm',
					doc: 'Decides what happens to the World Wide Web service when the operating system is upgraded. The reference gives `True` (its default) as keeping the service running and `False` as stopping it.',
					domain: oneOf({ value: 'True', doc: 'Keep the WWW service running after the upgrade.' }, { value: 'False', doc: 'Do not let the WWW service run after the upgrade.' }),
					default: 'True',
					example: 'DisableWebServiceOnUpgrade = True',
				},
				{
					name: 'ExtensionFile',
					source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm',
					doc: 'Registers an ISAPI or CGI extension file with IIS, as comma-separated fields that include the file\'s folder and the ID of the extension group it belongs to.',
					domain: text,
					example: 'ExtensionFile = 1, D:\\Extensions\\, 0, ASP60',
				},
				{ name: 'SvcManualStart', source: '[InternetServer] (Unattend.txt), XP ref.chm u_internetserver.htm', doc: 'IIS services (`www`, `ftp`, comma-separated) that start manually instead of automatically after an upgrade.', domain: text, example: 'SvcManualStart = www,ftp' },
			],
			example: '[InternetServer]\nPathWWWRoot = D:\\Inetpub\\wwwroot',
		},
	],
} satisfies AnswerFileSpec;
