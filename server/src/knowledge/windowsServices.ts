/**
 * Knowledge layer: Windows services that `net stop`, `net start` and `sc`
 * name in image-preparation scripts.
 *
 * Conventions: `name` is the service (key) name as the registry spells it
 * under `HKLM\SYSTEM\CurrentControlSet\Services`; matching is
 * case-insensitive. `display` is the display name XP/2003 shows, which
 * `net stop` also accepts. `targets` lists the systems that install the
 * service by default (absent: both). `stoppable: false` marks services
 * whose control manager entry refuses a stop request. `origin` is
 * `windows` for in-box services and `third-party` for services common
 * applications add (they are known so that scripts naming them are not
 * flagged). `doc` is our own one-line description.
 */
import type { WindowsTarget } from './types';

export interface ServiceSpec {
	readonly name: string;
	readonly display: string;
	readonly doc: string;
	readonly targets?: readonly WindowsTarget[];
	readonly stoppable?: false;
	readonly origin?: 'windows' | 'optional' | 'third-party';
	/** Who installs a third-party or optional service. */
	readonly installedBy?: string;
}

export const windowsServices: readonly ServiceSpec[] = [
	{ name: 'Alerter', display: 'Alerter', doc: 'Sends administrative alerts to chosen users and computers; usually disabled.' },
	{ name: 'ALG', display: 'Application Layer Gateway Service', doc: 'Lets third-party protocol plug-ins work through Internet Connection Sharing and the firewall.' },
	{ name: 'AppMgmt', display: 'Application Management', doc: 'Handles software installed or published through Group Policy.' },
	{ name: 'AeLookupSvc', display: 'Application Experience Lookup Service', doc: 'Checks programs against the application compatibility database as they start.', targets: ['2003'] },
	{ name: 'AudioSrv', display: 'Windows Audio', doc: 'Manages audio devices for Windows programs.' },
	{ name: 'BITS', display: 'Background Intelligent Transfer Service', doc: 'Transfers files in the background using idle network bandwidth; Automatic Updates depends on it.' },
	{ name: 'Browser', display: 'Computer Browser', doc: 'Keeps the list of computers on the network that Network Neighborhood shows.' },
	{ name: 'CiSvc', display: 'Indexing Service', doc: 'Indexes file contents and properties for fast searching.' },
	{ name: 'ClipSrv', display: 'ClipBook', doc: 'Lets ClipBook Viewer share clipboard pages with other computers.' },
	{ name: 'COMSysApp', display: 'COM+ System Application', doc: 'Manages configuration and tracking of COM+ components.' },
	{ name: 'CryptSvc', display: 'Cryptographic Services', doc: 'Maintains the catalog database used to check signed system files and drivers, and root certificate updates.' },
	{ name: 'DcomLaunch', display: 'DCOM Server Process Launcher', doc: 'Starts DCOM server processes; split out of RPC in XP SP2 and Server 2003 SP1.', stoppable: false },
	{ name: 'Dfs', display: 'Distributed File System', doc: 'Joins shared folders of several servers into one namespace.', targets: ['2003'] },
	{ name: 'Dhcp', display: 'DHCP Client', doc: 'Obtains and renews IP addresses and registers DNS names for the network adapters.' },
	{ name: 'dmadmin', display: 'Logical Disk Manager Administrative Service', doc: 'Configures disks and volumes; runs only while Disk Management is open.' },
	{ name: 'dmserver', display: 'Logical Disk Manager', doc: 'Detects new disks and reports volume changes to the administrative service.' },
	{ name: 'Dnscache', display: 'DNS Client', doc: 'Resolves and caches DNS names for this computer.' },
	{ name: 'ERSvc', display: 'Error Reporting Service', doc: 'Collects and sends reports about program and system failures.' },
	{ name: 'Eventlog', display: 'Event Log', doc: 'Writes the event logs that Event Viewer shows.', stoppable: false },
	{ name: 'EventSystem', display: 'COM+ Event System', doc: 'Delivers COM+ events; System Event Notification depends on it.' },
	{ name: 'FastUserSwitchingCompatibility', display: 'Fast User Switching Compatibility', doc: 'Helps programs that need extra support when several users are logged on.', targets: ['xp'] },
	{ name: 'helpsvc', display: 'Help and Support', doc: 'Runs Help and Support Center.' },
	{ name: 'HidServ', display: 'Human Interface Device Access', doc: 'Enables hot buttons on keyboards, remote controls and other HID devices.' },
	{ name: 'HTTPFilter', display: 'HTTP SSL', doc: 'Implements SSL for the HTTP.sys kernel listener.' },
	{ name: 'ImapiService', display: 'IMAPI CD-Burning COM Service', doc: 'Manages CD recording through the Image Mastering API.' },
	{ name: 'Irmon', display: 'Infrared Monitor', doc: 'Supports infrared devices and file transfer over infrared.', targets: ['xp'] },
	{ name: 'IsmServ', display: 'Intersite Messaging', doc: 'Carries messages between Active Directory sites on domain controllers.', targets: ['2003'] },
	{ name: 'kdc', display: 'Kerberos Key Distribution Center', doc: 'Issues Kerberos tickets on domain controllers.', targets: ['2003'] },
	{ name: 'lanmanserver', display: 'Server', doc: 'Shares this computer\'s files, printers and named pipes over the network (SMB server).' },
	{ name: 'lanmanworkstation', display: 'Workstation', doc: 'Creates and keeps client connections to network shares (SMB client); stopping it drops mapped drives.' },
	{ name: 'LicenseService', display: 'License Logging', doc: 'Tracks client access licences on servers.', targets: ['2003'] },
	{ name: 'LmHosts', display: 'TCP/IP NetBIOS Helper', doc: 'Provides NetBIOS over TCP/IP name resolution, including the LMHOSTS file.' },
	{ name: 'Messenger', display: 'Messenger', doc: 'Shows `net send` and Alerter messages; disabled by default since XP SP2.' },
	{ name: 'mnmsrvc', display: 'NetMeeting Remote Desktop Sharing', doc: 'Lets authorised users reach the desktop through NetMeeting.', targets: ['xp'] },
	{ name: 'MSDTC', display: 'Distributed Transaction Coordinator', doc: 'Coordinates transactions that span databases, queues and file systems.' },
	{ name: 'MSIServer', display: 'Windows Installer', doc: 'Installs, repairs and removes programs packaged as .msi files; starts on demand.' },
	{ name: 'NetDDE', display: 'Network DDE', doc: 'Transports Dynamic Data Exchange conversations over the network.' },
	{ name: 'NetDDEdsdm', display: 'Network DDE DSDM', doc: 'Manages the shares of Network DDE.' },
	{ name: 'Netlogon', display: 'Net Logon', doc: 'Keeps the secure channel to the domain controller and authenticates domain logons.' },
	{ name: 'Netman', display: 'Network Connections', doc: 'Manages the objects of the Network Connections folder.' },
	{ name: 'Nla', display: 'Network Location Awareness (NLA)', doc: 'Collects network configuration and tells programs when it changes.' },
	{ name: 'NtFrs', display: 'File Replication', doc: 'Replicates SYSVOL and DFS folders between servers.', targets: ['2003'] },
	{ name: 'NtLmSsp', display: 'NT LM Security Support Provider', doc: 'Provides NTLM security for RPC programs that do not use named pipes.' },
	{ name: 'NtmsSvc', display: 'Removable Storage', doc: 'Manages removable media, drives and libraries.' },
	{ name: 'PlugPlay', display: 'Plug and Play', doc: 'Detects hardware changes and installs drivers with little or no user input.', stoppable: false },
	{ name: 'PolicyAgent', display: 'IPSEC Services', doc: 'Manages IP security policy and starts the IKE driver.' },
	{ name: 'ProtectedStorage', display: 'Protected Storage', doc: 'Keeps sensitive data such as private keys and saved passwords from unauthorised access.', stoppable: false },
	{ name: 'RasAuto', display: 'Remote Access Auto Connection Manager', doc: 'Dials a connection when a program asks for an unreachable address.' },
	{ name: 'RasMan', display: 'Remote Access Connection Manager', doc: 'Manages dial-up and VPN connections.' },
	{ name: 'RDSessMgr', display: 'Remote Desktop Help Session Manager', doc: 'Manages Remote Assistance sessions.' },
	{ name: 'RemoteAccess', display: 'Routing and Remote Access', doc: 'Offers routing and dial-in/VPN services.' },
	{ name: 'RemoteRegistry', display: 'Remote Registry', doc: 'Lets remote users change the registry of this computer.' },
	{ name: 'RpcLocator', display: 'Remote Procedure Call (RPC) Locator', doc: 'Manages the RPC name service database.' },
	{ name: 'RpcSs', display: 'Remote Procedure Call (RPC)', doc: 'The RPC endpoint mapper and COM service control manager; nearly everything depends on it.', stoppable: false },
	{ name: 'RSVP', display: 'QoS RSVP', doc: 'Provides network signalling and traffic control for QoS-aware programs.', targets: ['xp'] },
	{ name: 'sacsvr', display: 'Special Administration Console Helper', doc: 'Runs remote management through the Emergency Management Services console.', targets: ['2003'] },
	{ name: 'SamSs', display: 'Security Accounts Manager', doc: 'Stores the security information of local accounts; LSASS hosts it.', stoppable: false },
	{ name: 'SCardDrv', display: 'Smart Card Helper', doc: 'Supports legacy non-PnP smart-card readers.', targets: ['xp'] },
	{ name: 'SCardSvr', display: 'Smart Card', doc: 'Manages access to smart cards read by the computer.' },
	{ name: 'Schedule', display: 'Task Scheduler', doc: 'Runs scheduled tasks and `at` jobs.' },
	{ name: 'seclogon', display: 'Secondary Logon', doc: 'Starts processes under other credentials (Run as).' },
	{ name: 'SENS', display: 'System Event Notification', doc: 'Tells COM+ subscribers about logon, network and power events.' },
	{ name: 'SharedAccess', display: 'Windows Firewall/Internet Connection Sharing (ICS)', doc: 'The Windows Firewall (XP SP2, Server 2003 SP1) and Internet Connection Sharing.' },
	{ name: 'ShellHWDetection', display: 'Shell Hardware Detection', doc: 'Raises AutoPlay events for new media and devices.' },
	{ name: 'SNMP', display: 'SNMP Service', doc: 'Answers SNMP management requests (optional component).', origin: 'optional', installedBy: 'Windows optional component (Management and Monitoring Tools)' },
	{ name: 'SNMPTRAP', display: 'SNMP Trap Service', doc: 'Receives SNMP trap messages (optional component).', origin: 'optional', installedBy: 'Windows optional component (Management and Monitoring Tools)' },
	{ name: 'Spooler', display: 'Print Spooler', doc: 'Queues print jobs and manages printers.' },
	{ name: 'srservice', display: 'System Restore Service', doc: 'Creates and restores System Restore points.', targets: ['xp'] },
	{ name: 'SSDPSRV', display: 'SSDP Discovery Service', doc: 'Finds UPnP devices on the home network.' },
	{ name: 'stisvc', display: 'Windows Image Acquisition (WIA)', doc: 'Provides image acquisition for scanners and cameras.' },
	{ name: 'SwPrv', display: 'MS Software Shadow Copy Provider', doc: 'Manages software-based shadow copies for the Volume Shadow Copy service.' },
	{ name: 'SysmonLog', display: 'Performance Logs and Alerts', doc: 'Collects performance data on a schedule and raises alerts.' },
	{ name: 'TapiSrv', display: 'Telephony', doc: 'Supports the Telephony API for modems and IP telephony.' },
	{ name: 'TermService', display: 'Terminal Services', doc: 'Allows remote desktop connections, Fast User Switching and Remote Assistance.', stoppable: false },
	{ name: 'Themes', display: 'Themes', doc: 'Applies visual styles (disabled by default on Server 2003).' },
	{ name: 'TlntSvr', display: 'Telnet', doc: 'Lets remote users log on and run console programs through Telnet.' },
	{ name: 'TrkSvr', display: 'Distributed Link Tracking Server', doc: 'Stores tracking information for moved NTFS files on domain controllers.', targets: ['2003'] },
	{ name: 'TrkWks', display: 'Distributed Link Tracking Client', doc: 'Keeps shortcuts and OLE links working when NTFS files move.' },
	{ name: 'upnphost', display: 'Universal Plug and Play Device Host', doc: 'Hosts UPnP devices on this computer.' },
	{ name: 'UPS', display: 'Uninterruptible Power Supply', doc: 'Manages a serial-attached UPS.' },
	{ name: 'uploadmgr', display: 'Upload Manager', doc: 'Transfers files for driver feedback (XP before SP2).', targets: ['xp'] },
	{ name: 'VSS', display: 'Volume Shadow Copy', doc: 'Manages volume shadow copies used by backup and System Restore.' },
	{ name: 'W32Time', display: 'Windows Time', doc: 'Synchronises the clock with a time server or the domain hierarchy.' },
	{ name: 'W3SVC', display: 'World Wide Web Publishing Service', doc: 'The IIS web server (optional component).', origin: 'optional', installedBy: 'IIS (Windows optional component)' },
	{ name: 'IISADMIN', display: 'IIS Admin Service', doc: 'Administers the IIS metabase (optional component).', origin: 'optional', installedBy: 'IIS (Windows optional component)' },
	{ name: 'WebClient', display: 'WebClient', doc: 'Lets programs reach WebDAV folders as if they were file shares.' },
	{ name: 'WinHttpAutoProxySvc', display: 'WinHTTP Web Proxy Auto-Discovery Service', doc: 'Finds the web proxy through WPAD for WinHTTP programs.', targets: ['2003'] },
	{ name: 'winmgmt', display: 'Windows Management Instrumentation', doc: 'Provides WMI: system management information and control.' },
	{ name: 'Wmi', display: 'Windows Management Instrumentation Driver Extensions', doc: 'Passes WMI information between drivers and WMI.' },
	{ name: 'WmiApSrv', display: 'WMI Performance Adapter', doc: 'Exposes performance counters from WMI providers.' },
	{ name: 'WmdmPmSN', display: 'Portable Media Serial Number Service', doc: 'Reads serial numbers of portable music players.', targets: ['xp'] },
	{ name: 'WmdmPmSp', display: 'WMDM PMSP Service', doc: 'Portable media support service.', targets: ['2003'] },
	{ name: 'wscsvc', display: 'Security Center', doc: 'Watches firewall, antivirus and update settings and warns when they are unsafe (XP SP2 and later).', targets: ['xp'] },
	{ name: 'wuauserv', display: 'Automatic Updates', doc: 'Downloads and installs Windows updates.' },
	{ name: 'WZCSVC', display: 'Wireless Zero Configuration', doc: 'Configures 802.11 wireless adapters automatically (Wireless Configuration on Server 2003).' },
	{ name: 'xmlprov', display: 'Network Provisioning Service', doc: 'Manages XML configuration files for domain network provisioning (XP SP2).', targets: ['xp'] },
	{ name: 'Fax', display: 'Fax', doc: 'Sends and receives faxes (optional component).', origin: 'optional', installedBy: 'Windows optional component (Fax Services)' },
	{ name: 'MSMQ', display: 'Message Queuing', doc: 'Reliable message queues between programs (optional component).', origin: 'optional', installedBy: 'Windows optional component (Message Queuing)' },
	{ name: 'SimpTcp', display: 'Simple TCP/IP Services', doc: 'Echo, discard, quote of the day and other small TCP/IP services (optional component).', origin: 'optional', installedBy: 'Windows optional component' },
	{ name: 'DNS', display: 'DNS Server', doc: 'The DNS server role.', targets: ['2003'], origin: 'optional', installedBy: 'Server role' },
	{ name: 'WINS', display: 'Windows Internet Name Service (WINS)', doc: 'The WINS server role.', targets: ['2003'], origin: 'optional', installedBy: 'Server role' },
	{ name: 'DHCPServer', display: 'DHCP Server', doc: 'The DHCP server role.', targets: ['2003'], origin: 'optional', installedBy: 'Server role' },
	{ name: 'TermServLicensing', display: 'Terminal Server Licensing', doc: 'Issues Terminal Server client access licences.', targets: ['2003'], origin: 'optional', installedBy: 'Server role' },
	// Third-party services common in images of the era.
	{ name: 'Symantec AntiVirus', display: 'Symantec AntiVirus', doc: 'Symantec AntiVirus Corporate Edition real-time protection.', origin: 'third-party', installedBy: 'Symantec AntiVirus' },
	{ name: 'DefWatch', display: 'Symantec AntiVirus Definition Watcher', doc: 'Watches for new virus definitions and starts scans after an update.', origin: 'third-party', installedBy: 'Symantec AntiVirus' },
	{ name: 'ccEvtMgr', display: 'Symantec Event Manager', doc: 'Common Client event manager of Symantec products.', origin: 'third-party', installedBy: 'Symantec Common Client' },
	{ name: 'ccSetMgr', display: 'Symantec Settings Manager', doc: 'Common Client settings store of Symantec products.', origin: 'third-party', installedBy: 'Symantec Common Client' },
	{ name: 'ccPwdSvc', display: 'Symantec Password Validation', doc: 'Common Client password checking of Symantec products.', origin: 'third-party', installedBy: 'Symantec Common Client' },
	{ name: 'SNDSrvc', display: 'Symantec Network Drivers Service', doc: 'Network drivers of Symantec firewall and intrusion protection.', origin: 'third-party', installedBy: 'Symantec security products' },
	{ name: 'SPBBCSvc', display: 'Symantec SPBBCSvc', doc: 'Symantec firewall component.', origin: 'third-party', installedBy: 'Symantec security products' },
	{ name: 'LiveUpdate', display: 'LiveUpdate', doc: 'Symantec LiveUpdate updater.', origin: 'third-party', installedBy: 'Symantec LiveUpdate' },
	{ name: 'MDM', display: 'Machine Debug Manager', doc: 'Supports script and just-in-time debugging for Visual Studio and Office.', origin: 'third-party', installedBy: 'Microsoft Office / Visual Studio' },
	{ name: 'UPHClean', display: 'User Profile Hive Cleanup', doc: 'Releases registry hives that programs keep open at logoff, so profiles unload.', origin: 'third-party', installedBy: 'Microsoft download (UPHClean)' },
	{ name: 'Ati HotKey Poller', display: 'Ati HotKey Poller', doc: 'ATI display driver helper for hot keys and display switching.', origin: 'third-party', installedBy: 'ATI display drivers' },
	{ name: 'McShield', display: 'McAfee McShield', doc: 'McAfee VirusScan on-access scanner.', origin: 'third-party', installedBy: 'McAfee VirusScan Enterprise' },
	{ name: 'VMTools', display: 'VMware Tools Service', doc: 'Guest service of VMware Tools (time sync, heartbeat, scripts).', origin: 'third-party', installedBy: 'VMware Tools' },
	{ name: 'vmicheartbeat', display: 'Hyper-V Heartbeat Service', doc: 'Hyper-V integration service.', origin: 'optional', installedBy: 'Hyper-V Integration Services' },
];
