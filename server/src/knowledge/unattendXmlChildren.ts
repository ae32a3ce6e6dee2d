/**
 * Knowledge layer: the children completion writes together with a list item
 * or a container of `unattend.xml`, so the inserted element is complete (a
 * command gets its `Order` and what to run, an account its password and
 * name) and `xml.incomplete-command` does not fire at once.
 *
 * Each row names the element by component and path (the `/`-separated names
 * under `<component>`) and its children in the order the reference's XML
 * example writes them; a child path (`Password/Value`) inserts the container
 * and its child. A child that has a row of its own is expanded from it.
 *
 * Source: Microsoft's Unattended Windows Setup Reference (sfigg/commercialization-public,
 * desktop/unattend/*.md); each row names the page and what on it makes the
 * child belong. Values are the reference example's where it has one.
 */

export interface InsertedChildrenRow {
	readonly component: string;
	/** The element's path under `<component>`. */
	readonly path: string;
	/** The children written with it, in order; `A/B` writes `<A><B>…</B></A>`. */
	readonly children: readonly string[];
	/** The child that numbers the items of the list (`Order`): completion writes the next free number into it. */
	readonly numbered?: string;
	/**
	 * Placeholder text of value children (child path → text), selected when
	 * the snippet is inserted so typing replaces it; mostly the reference
	 * example's values. Without one a child gets the setting's own
	 * `insertValue`, else an empty tab stop (a password stays empty).
	 */
	readonly values?: Readonly<Record<string, string>>;
	readonly source: string;
}

/** A command that does nothing if the placeholder is left in, and says what to do. */
const commandValues = { Path: 'cmd.exe /c echo Replace this command', Description: 'What the command does' };
const logonValues = { CommandLine: 'cmd.exe /c echo Replace this command', Description: 'What the command does' };
const accountValues = { Name: 'User', Group: 'Administrators', DisplayName: 'User' };

const deploymentCommand = 'The page of the command and of its Order and Path children (Order: the position in the list; Path: the command to run); the XML example writes Description, Order and Path. Setup needs Order and Path (`xml.incomplete-command`).';
const logonCommand = 'The page of the command and its Order and CommandLine children; the XML example writes CommandLine, Description and Order. Setup needs Order and CommandLine (`xml.incomplete-command`).';
const localAccount = 'microsoft-windows-shell-setup-useraccounts-localaccounts-localaccount.md: the XML example writes Password (Value, PlainText), Description, DisplayName, Group and Name; an account without Name or Group is not created as meant.';

export const unattendInsertedChildren: readonly InsertedChildrenRow[] = [
	{ component: 'Microsoft-Windows-Deployment', path: 'RunSynchronous/RunSynchronousCommand', children: ['Order', 'Path', 'Description'], numbered: 'Order', values: commandValues, source: `microsoft-windows-deployment-runsynchronous-runsynchronouscommand.md. ${deploymentCommand}` },
	{ component: 'Microsoft-Windows-Deployment', path: 'RunAsynchronous/RunAsynchronousCommand', children: ['Order', 'Path', 'Description'], numbered: 'Order', values: commandValues, source: `microsoft-windows-deployment-runasynchronous-runasynchronouscommand.md. ${deploymentCommand}` },
	{ component: 'Microsoft-Windows-Setup', path: 'RunSynchronous/RunSynchronousCommand', children: ['Order', 'Path', 'Description'], numbered: 'Order', values: commandValues, source: `microsoft-windows-setup-runsynchronous-runsynchronouscommand.md. ${deploymentCommand}` },
	{ component: 'Microsoft-Windows-Setup', path: 'RunAsynchronous/RunAsynchronousCommand', children: ['Order', 'Path', 'Description'], numbered: 'Order', values: commandValues, source: `microsoft-windows-setup-runasynchronous-runasynchronouscommand.md. ${deploymentCommand}` },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'FirstLogonCommands/SynchronousCommand', children: ['Order', 'CommandLine', 'Description'], numbered: 'Order', values: logonValues, source: `microsoft-windows-shell-setup-firstlogoncommands-synchronouscommand.md. ${logonCommand}` },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'LogonCommands/AsynchronousCommand', children: ['Order', 'CommandLine', 'Description'], numbered: 'Order', values: logonValues, source: `microsoft-windows-shell-setup-logoncommands-asynchronouscommand.md. ${logonCommand}` },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'UserAccounts/LocalAccounts/LocalAccount', children: ['Password/Value', 'Password/PlainText', 'Name', 'Group', 'DisplayName'], values: accountValues, source: localAccount },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'OfflineUserAccounts/OfflineLocalAccounts/LocalAccount', children: ['Password/Value', 'Password/PlainText', 'Name', 'Group', 'DisplayName'], values: accountValues, source: `microsoft-windows-shell-setup-offlineuseraccounts-offlinelocalaccounts-localaccount.md, the same children as ${localAccount}` },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'UserAccounts/AdministratorPassword', children: ['Value', 'PlainText'], source: 'microsoft-windows-shell-setup-useraccounts-administratorpassword.md: the password is its Value and PlainText children.' },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'UserAccounts', children: ['AdministratorPassword'], source: 'microsoft-windows-shell-setup-useraccounts.md: the XML example sets AdministratorPassword; without it Windows Welcome asks for one when no other administrator account is created.' },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'UserAccounts/DomainAccounts/DomainAccountList', children: ['Domain'], values: { Domain: 'FabrikamDomain' }, source: 'microsoft-windows-shell-setup-useraccounts-domainaccounts-domainaccountlist-domainaccount.md: each DomainAccountList names its Domain (XML example).' },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'UserAccounts/DomainAccounts/DomainAccountList/DomainAccount', children: ['Name', 'Group'], values: { Name: 'account1', Group: 'Fabrikam\\Group1' }, source: 'microsoft-windows-shell-setup-useraccounts-domainaccounts-domainaccountlist-domainaccount.md: the XML example writes Name and Group.' },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'AutoLogon', children: ['Enabled', 'Username', 'Password/Value', 'Password/PlainText', 'LogonCount'], values: { Username: 'MyUserName' }, source: 'microsoft-windows-shell-setup-autologon.md: AutoLogon signs in with Username and Password (Value, PlainText); Enabled turns it on and LogonCount limits it (XML example).' },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'OOBE', children: ['HideEULAPage', 'ProtectYourPC'], source: 'microsoft-windows-shell-setup-oobe.md: the XML example writes HideEULAPage and ProtectYourPC (with NetworkLocation, which recent releases ignore).' },
	{ component: 'Microsoft-Windows-Setup', path: 'DiskConfiguration/Disk', children: ['DiskID', 'WillWipeDisk'], source: 'microsoft-windows-setup-diskconfiguration-disk.md: every Disk of the XML examples writes DiskID (the disk to configure) and WillWipeDisk.' },
	{ component: 'Microsoft-Windows-Setup', path: 'DiskConfiguration/Disk/CreatePartitions/CreatePartition', children: ['Order', 'Type', 'Size'], numbered: 'Order', values: { Type: 'Primary', Size: '300' }, source: 'microsoft-windows-setup-diskconfiguration-disk-createpartitions-createpartition-order.md: "This setting is required even if you create only one partition"; the XML example writes Order, Type and Size (or Extend).' },
	{ component: 'Microsoft-Windows-Setup', path: 'DiskConfiguration/Disk/ModifyPartitions/ModifyPartition', children: ['Order', 'PartitionID'], numbered: 'Order', values: { PartitionID: '1' }, source: 'microsoft-windows-setup-diskconfiguration-disk-modifypartitions-modifypartition-order.md: "This setting is required even if you modify only one partition"; PartitionID names the partition to modify.' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/OSImage/InstallTo', children: ['DiskID', 'PartitionID'], values: { DiskID: '0', PartitionID: '3' }, source: 'microsoft-windows-setup-imageinstall-osimage-installto.md: "You must specify valid values for the DiskID and PartitionID settings".' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/DataImage/InstallTo', children: ['DiskID', 'PartitionID'], values: { DiskID: '0', PartitionID: '3' }, source: 'microsoft-windows-setup-imageinstall-dataimage-installto.md: InstallTo names the disk and partition by DiskID and PartitionID.' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/OSImage', children: ['InstallFrom/MetaData', 'InstallTo'], source: 'microsoft-windows-setup-imageinstall-osimage-installfrom-metadata.md: the XML example selects the image by InstallFrom/MetaData and installs it to InstallTo (or InstallToAvailablePartition).' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall', children: ['OSImage'], source: 'microsoft-windows-setup-imageinstall-osimage-installfrom-metadata.md: the XML example holds one OSImage.' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/OSImage/InstallFrom/MetaData', children: ['Key', 'Value'], values: { Key: '/IMAGE/INDEX', Value: '2' }, source: 'microsoft-windows-setup-imageinstall-osimage-installfrom-metadata.md: a MetaData item is a Key (/IMAGE/INDEX, /IMAGE/NAME, /IMAGE/DESCRIPTION) and its Value.' },
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/DataImage/InstallFrom/MetaData', children: ['Key', 'Value'], values: { Key: '/IMAGE/INDEX', Value: '1' }, source: 'microsoft-windows-setup-imageinstall-dataimage-installfrom-metadata.md: a MetaData item is a Key and its Value.' },
	{ component: 'Microsoft-Windows-Setup', path: 'UserData', children: ['AcceptEula', 'FullName', 'Organization'], values: { FullName: 'Owner', Organization: 'Organization' }, source: 'microsoft-windows-setup-userdata.md: AcceptEula accepts the licence terms (without it Setup stops on that page); FullName and Organization name the owner. A product key is left out: an empty Key is not supported, and which key is the author\'s choice.' },
	{ component: 'Microsoft-Windows-International-Core-WinPE', path: 'SetupUILanguage', children: ['UILanguage'], source: 'microsoft-windows-international-core-winpe-setupuilanguage.md: UILanguage is the language Setup shows.' },
	{ component: 'Microsoft-Windows-PnpCustomizationsWinPE', path: 'DriverPaths/PathAndCredentials', children: ['Path'], values: { Path: 'C:\\Drivers' }, source: 'microsoft-windows-pnpcustomizationswinpe-driverpaths-pathandcredentials.md: the item is the path to a driver folder and, optionally, Credentials.' },
	{ component: 'Microsoft-Windows-PnpCustomizationsNonWinPE', path: 'DriverPaths/PathAndCredentials', children: ['Path'], values: { Path: 'C:\\Drivers' }, source: 'microsoft-windows-pnpcustomizationsnonwinpe-driverpaths-pathandcredentials.md: the item is the path to a driver folder and, optionally, Credentials.' },
	{ component: 'Microsoft-Windows-TCPIP', path: 'Interfaces/Interface', children: ['Identifier'], values: { Identifier: 'Ethernet 1' }, source: 'microsoft-windows-tcpip-interfaces-interface.md: Identifier names the network adapter the settings apply to.' },
	{ component: 'Microsoft-Windows-TCPIP', path: 'Interfaces/Interface/Routes/Route', children: ['Identifier', 'Prefix', 'NextHopAddress', 'Metric'], numbered: 'Identifier', values: { Metric: '10', NextHopAddress: '12.34.0.0', Prefix: '16' }, source: 'microsoft-windows-tcpip-interfaces-interface-routes-route.md: a route is its Identifier, Prefix, NextHopAddress and Metric (XML example).' },
	{ component: 'Microsoft-Windows-DNS-Client', path: 'Interfaces/Interface', children: ['Identifier'], values: { Identifier: 'Ethernet 1' }, source: 'microsoft-windows-dns-client-interfaces-interface.md: Identifier names the network adapter the settings apply to.' },
	{ component: 'Microsoft-Windows-NetBT', path: 'Interfaces/Interface', children: ['Identifier'], values: { Identifier: 'Ethernet 1' }, source: 'microsoft-windows-netbt-interfaces-interface.md: Identifier names the network adapter the settings apply to.' },
	{ component: 'Networking-MPSSVC-Svc', path: 'FirewallGroups/FirewallGroup', children: ['Active', 'Group', 'Profile'], values: { Active: 'true', Group: '@FirewallAPI.dll,-28752', Profile: 'all' }, source: 'networking-mpssvc-svc-firewallgroups-firewallgroup.md: a firewall group is turned on or off (Active) by Group name for a Profile.' },
];
