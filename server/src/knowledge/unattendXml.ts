/**
 * Knowledge layer: `unattend.xml` / `autounattend.xml`, the answer file of
 * Windows Vista and later (Windows Setup, and `sysprep /generalize /oobe
 * /unattend:<file>`).
 *
 * Facts (pass lists, value ranges, defaults) follow Microsoft's Unattended
 * Windows Setup Reference; every sentence here is our own. The table lists
 * the components most answer files use, not all of Windows: a component it
 * does not know is reported as information, never as an error.
 *
 * Conventions: see `unattendXmlTypes.ts`. Shared sub-trees (credentials,
 * password blocks, command lists) are constants below, reused by reference.
 */
import type { ComponentSpec, SettingSpec, UnattendEnumValue, UnattendSkeleton, UnattendValueDomain, UnattendXmlSpec } from './unattendXmlTypes';

const boolean: UnattendValueDomain = { kind: 'boolean' };
const text: UnattendValueDomain = { kind: 'text' };
const path: UnattendValueDomain = { kind: 'path' };
const command: UnattendValueDomain = { kind: 'command' };

const willShowUI: UnattendValueDomain = {
	kind: 'enum',
	values: [
		{ value: 'OnError', doc: 'Setup shows the page only when the answer file leaves something missing or wrong. This is the default.' },
		{ value: 'Always', doc: 'Setup always shows the page, filled in from the answer file, and waits for the user.' },
		{ value: 'Never', doc: 'Setup never shows the page; a missing or wrong answer makes Setup fail instead of asking.' },
	],
};

const credentials: SettingSpec = {
	name: 'Credentials',
	doc: 'The account used to reach a network path: domain, user name and password. The password is stored in clear text.',
	children: [
		{ name: 'Domain', doc: 'The domain (or computer name) of the account.', domain: text },
		{ name: 'Username', doc: 'The account name.', domain: text },
		{ name: 'Password', doc: 'The account password, in clear text: anyone who can read the answer file or the image learns it.', domain: { kind: 'password', use: 'credential' }, secret: true },
	],
};

const plainText: SettingSpec = {
	name: 'PlainText',
	doc: '`true`: `Value` is the password as written. `false`: `Value` is the Base64 form Windows SIM produces when it hides passwords.',
	domain: boolean,
	// Completion writes a password as typed, and a typed password is plain text; `false` would make Setup decode it.
	insertValue: 'true',
};

/** `Value` + `PlainText` of the built-in Administrator: Windows SIM appends `AdministratorPassword` before Base64 encoding. */
const adminPasswordChildren: readonly SettingSpec[] = [
	{
		name: 'Value',
		doc: 'The password. With `PlainText` = `false` it is the Base64 form Windows SIM writes: the password followed by the word `AdministratorPassword`, as UTF-16LE text. That only hides it from a casual glance; it is not encryption.',
		domain: { kind: 'password', plainTextSibling: 'PlainText', encodedSuffix: 'AdministratorPassword' },
		secret: true,
	},
	plainText,
];

/** `Value` + `PlainText` of other accounts: Windows SIM appends `Password` before Base64 encoding. */
const userPasswordChildren: readonly SettingSpec[] = [
	{
		name: 'Value',
		doc: 'The password. With `PlainText` = `false` it is the Base64 form Windows SIM writes: the password followed by the word `Password`, as UTF-16LE text. That only hides it from a casual glance; it is not encryption.',
		domain: { kind: 'password', plainTextSibling: 'PlainText', encodedSuffix: 'Password' },
		secret: true,
	},
	plainText,
];

const willReboot: UnattendValueDomain = {
	kind: 'enum',
	values: [
		{ value: 'Never', doc: 'The computer does not restart after the command. This is the default.' },
		{ value: 'Always', doc: 'The computer restarts as soon as the command ends, whatever it returns; the remaining commands run after the restart.' },
		{ value: 'OnRequest', doc: 'The command decides through its exit code: 0 done, 1 done and restart now, 2 restart now and run this command again; any other code is a fatal Setup error.' },
	],
};

const runOrder: SettingSpec = {
	name: 'Order',
	doc: 'The position of the command in the list: a whole number from 1 to 500, unique within the list. Commands run in ascending order.',
	domain: { kind: 'integer', min: 1, max: 500 },
	insertValue: '1',
};

/** `RunSynchronous` of Microsoft-Windows-Setup (windowsPE) and Microsoft-Windows-Deployment (specialize, auditUser). */
const runSynchronousCommand: SettingSpec = {
	name: 'RunSynchronousCommand',
	doc: 'One command; the next one waits until this one has finished. It needs `Order` and `Path`; `WillReboot` says whether the computer restarts afterwards.',
	listItem: 'add',
	children: [
		runOrder,
		{ name: 'Path', doc: 'The command line to run: a program with its arguments. Built-in commands of cmd.exe need `cmd /c`. Up to 259 characters in Microsoft-Windows-Deployment (the windowsPE reference states no limit).', domain: command },
		{ name: 'Description', doc: 'A label for the command; audit mode shows it in its progress list instead of the path.', domain: text },
		{ name: 'WillReboot', doc: 'Whether the computer restarts after the command: `Never` (default), `Always` or `OnRequest`. Do not restart from inside the command; use this setting so Setup can resume the list.', domain: willReboot, default: 'Never', insertValue: 'Never' },
		credentials,
	],
};

const runSynchronous: SettingSpec = {
	name: 'RunSynchronous',
	doc: 'Commands that run one after another, each waiting for the previous one, before the commands of `RunAsynchronous`.',
	commands: { orderChild: 'Order', commandChildren: ['Path'] },
	children: [runSynchronousCommand],
};

const runAsynchronous: SettingSpec = {
	name: 'RunAsynchronous',
	doc: 'Commands that start without waiting for one another, after all `RunSynchronous` commands.',
	commands: { orderChild: 'Order', commandChildren: ['Path'] },
	children: [
		{
			name: 'RunAsynchronousCommand',
			doc: 'One command started without waiting for it to finish. It needs `Order` and `Path`.',
			listItem: 'add',
			children: [runOrder, { name: 'Path', doc: 'The command line to start.', domain: command }, { name: 'Description', doc: 'A free-text label for the command, for people reading the file; it changes nothing about what runs.', domain: text }, credentials],
		},
	],
};

const logonOrder: SettingSpec = { name: 'Order', doc: 'The position of the command in the list: a whole number, unique within the list. Commands run in ascending order.', domain: { kind: 'integer', min: 1 }, insertValue: '1' };

const displayChildren: readonly SettingSpec[] = [
	{ name: 'ColorDepth', doc: 'Bits per pixel, for example 32.', domain: { kind: 'integer', min: 1, max: 32 } },
	{ name: 'DPI', doc: 'Dots per inch of the display (96 is 100 %).', domain: { kind: 'integer', min: 1 } },
	{ name: 'HorizontalResolution', doc: 'Width of the screen in pixels.', domain: { kind: 'integer', min: 1 } },
	{ name: 'VerticalResolution', doc: 'Height of the screen in pixels.', domain: { kind: 'integer', min: 1 } },
	{ name: 'RefreshRate', doc: 'Refresh rate in hertz.', domain: { kind: 'integer', min: 1 } },
];

const localAccount: SettingSpec = {
	name: 'LocalAccount',
	doc: 'One local user account to create. It needs `Name`; `Group` adds it to local groups (`Administrators`, `Users`).',
	listItem: 'add',
	children: [
		{ name: 'Name', doc: 'The account name (up to 20 characters).', domain: { kind: 'text', maxLength: 20 } },
		{ name: 'DisplayName', doc: 'The full name shown for the account on the sign-in screen and in Settings; without it Windows shows the user name.', domain: text },
		{ name: 'Description', doc: 'A free-text comment stored with the account (shown in Computer Management); it changes nothing about the account.', domain: text },
		{ name: 'Group', doc: 'Local groups to add the account to, separated by `;`, e.g. `Administrators;Users`.', domain: text },
		{ name: 'Password', doc: 'The password of the account, as `Value` and `PlainText`.', children: userPasswordChildren },
	],
};

const driverPaths: SettingSpec = {
	name: 'DriverPaths',
	doc: 'Folders searched for device drivers (.inf files). Each `PathAndCredentials` item needs a unique `wcm:keyValue`.',
	children: [
		{
			name: 'PathAndCredentials',
			doc: 'One driver folder, with the credentials to reach it when it is a network share.',
			listItem: 'keyed',
			children: [{ name: 'Path', doc: 'A local folder or UNC path; Setup searches it and its subfolders for drivers.', domain: path }, credentials],
		},
	],
};

const ipAddressDomain: UnattendValueDomain = { kind: 'text', pattern: '^[0-9A-Fa-f:.]+(/\\d{1,3})?$', patternHint: 'an IPv4 or IPv6 address, optionally with a prefix length' };
const unicastAddress: SettingSpec = { name: 'IpAddress', doc: 'One address with its prefix length, e.g. `192.168.1.10/24`.', listItem: 'keyed', domain: ipAddressDomain };
const dnsServerAddress: SettingSpec = { name: 'IpAddress', doc: 'One DNS server address.', listItem: 'keyed', domain: ipAddressDomain };

const shellSetup: ComponentSpec = {
	name: 'Microsoft-Windows-Shell-Setup',
	doc: 'The core of Windows Welcome and of the installed system: computer name, owner, product key, time zone, accounts, automatic logon, the OOBE pages to skip and the commands that run at first logon.',
	passes: ['offlineServicing', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem'],
	settings: [
		{
			name: 'AutoLogon',
			doc: 'Signs an account in automatically, `LogonCount` times. The password is readable in the cached answer file, so keep the count low and remove it afterwards.',
			passes: ['auditSystem', 'oobeSystem'],
			children: [
				{ name: 'Enabled', doc: '`true` signs `Username` in automatically at each start, up to `LogonCount` times; `false` leaves the sign-in screen.', domain: boolean, insertValue: 'true' },
				{ name: 'Username', doc: 'The account Windows signs in automatically; it must exist when the pass runs (create it under `UserAccounts`, or use `Administrator`).', domain: text },
				{ name: 'Domain', doc: 'The domain of the account; the computer name for a local account.', domain: text },
				{ name: 'LogonCount', doc: 'How many times the account is signed in automatically before it stops.', domain: { kind: 'integer', min: 1 }, insertValue: '1' },
				{ name: 'Password', doc: 'The password of the account, as `Value` and `PlainText`.', children: userPasswordChildren },
			],
		},
		{ name: 'BluetoothTaskbarIconEnabled', doc: 'Shows (`true`) or hides (`false`) the Bluetooth icon in the notification area.', domain: boolean },
		{
			name: 'ComputerName',
			doc: 'The computer name: up to 15 characters, not only digits, without spaces or the characters `{ | } ~ [ \\ ] ^ \' : ; < = > ? @ ! " # $ % ` ( ) + / . , * &`. `*` lets Windows generate a random name.',
			passes: ['offlineServicing', 'specialize'],
			// Empty (like `*`) asks Windows for a random name.
			emptyAllowed: true,
			domain: { kind: 'text', maxLength: 15, pattern: '^(\\*|(?!\\d+$)[^\\s{|}~\\[\\\\\\]^\':;<=>?@!"#$%`()+/.,*&]{1,15})$', patternHint: 'a name of at most 15 characters without spaces or punctuation, and not only digits (or * alone for a generated name)' },
			insertValue: '*',
		},
		{ name: 'CopyProfile', doc: 'With `true`, the profile of the account used to customise the image (usually the built-in Administrator in audit mode) becomes the default profile for new users when the image is generalized.', passes: ['specialize'], domain: boolean },
		{ name: 'DisableAutoDaylightTimeSet', doc: '`true` stops the clock from moving for daylight saving time.', domain: boolean },
		{ name: 'Display', doc: 'Screen resolution, colour depth, DPI and refresh rate.', children: displayChildren },
		{ name: 'DoNotCleanTaskBar', doc: '`true` keeps the taskbar pins Windows would otherwise remove.', passes: ['specialize'], domain: boolean },
		{ name: 'ConfigureChatAutoInstall', doc: '`false` stops Windows 11 from installing the Teams chat app for new users (a Windows 11 setting newer than the reference).', domain: boolean },
		{
			name: 'FirstLogonCommands',
			doc: 'Commands that run, one after another, the first time a user signs in after Windows Welcome. They run as that user, so they need an administrator account (AutoLogon) for machine-wide changes.',
			passes: ['oobeSystem'],
			commands: { orderChild: 'Order', commandChildren: ['CommandLine'] },
			children: [
				{
					name: 'SynchronousCommand',
					doc: 'One first-logon command. It needs `Order` and `CommandLine`.',
					listItem: 'add',
					children: [
						logonOrder,
						{ name: 'CommandLine', doc: 'The command to run, with arguments (up to 1024 characters). cmd.exe built-ins need `cmd /c`.', domain: command },
						{ name: 'Description', doc: 'A free-text label for the command, for people reading the file; it changes nothing about what runs.', domain: text },
						{ name: 'RequiresUserInput', doc: '`true` when the command waits for the user; Windows then shows it in the foreground.', domain: boolean },
					],
				},
			],
		},
		{
			name: 'LogonCommands',
			doc: 'Commands that start, without waiting for one another, every time a user signs in.',
			passes: ['oobeSystem'],
			commands: { orderChild: 'Order', commandChildren: ['CommandLine'] },
			children: [
				{
					name: 'AsynchronousCommand',
					doc: 'One logon command. It needs `Order` and `CommandLine`.',
					listItem: 'add',
					children: [
						logonOrder,
						{ name: 'CommandLine', doc: 'The command to start.', domain: command },
						{ name: 'Description', doc: 'A free-text label for the command, for people reading the file; it changes nothing about what runs.', domain: text },
						{ name: 'RequiresUserInput', doc: '`true` when the command waits for the user.', domain: boolean },
					],
				},
			],
		},
		{
			name: 'OEMInformation',
			doc: 'The manufacturer and support details shown in System properties.',
			children: [
				{ name: 'Manufacturer', doc: 'The maker of the computer.', domain: text },
				{ name: 'Model', doc: 'The model name.', domain: text },
				{ name: 'Logo', doc: 'Path of a 120×120 bitmap shown next to the details.', domain: path },
				{ name: 'SupportHours', doc: 'When support is available.', domain: text },
				{ name: 'SupportPhone', doc: 'The support telephone number.', domain: text },
				{ name: 'SupportProvider', doc: 'Who provides support.', domain: text },
				{ name: 'SupportURL', doc: 'The support web site.', domain: text },
				{ name: 'HelpCustomized', doc: '`true` when the OEM has customised Help and Support.', domain: boolean },
			],
		},
		{ name: 'OEMName', doc: 'The OEM name shown in a few places of the shell.', domain: text },
		{
			name: 'OOBE',
			doc: 'Which Windows Welcome (OOBE) pages to skip. Hiding the EULA and the network and account pages is what lets OOBE run unattended.',
			passes: ['oobeSystem'],
			children: [
				{ name: 'HideEULAPage', doc: '`true` skips the licence terms page (the terms count as accepted).', domain: boolean, insertValue: 'true' },
				{ name: 'HideLocalAccountScreen', doc: '`true` skips the page that creates a local account; provide one in `UserAccounts` instead.', domain: boolean },
				{ name: 'HideOEMRegistrationScreen', doc: '`true` skips the OEM registration page of out-of-box setup (the page an OEM adds to collect customer details).', domain: boolean },
				{ name: 'HideOnlineAccountScreens', doc: '`true` skips the Microsoft account sign-in pages.', domain: boolean },
				{ name: 'HideWirelessSetupInOOBE', doc: '`true` skips the out-of-box page that asks to join a wireless network; the device stays offline until someone connects it.', domain: boolean },
				{
					name: 'NetworkLocation',
					doc: 'The network type chosen for the first network (Windows 7 and 8). Ignored by later versions.',
					domain: {
						kind: 'enum',
						values: [
							{ value: 'Home', doc: 'A home network: discovery and sharing on.' },
							{ value: 'Work', doc: 'A work network: discovery on.' },
							{ value: 'Other', doc: 'A public network: discovery off.' },
						],
					},
				},
				{
					name: 'ProtectYourPC',
					doc: 'The answer to the "protect your PC" (update and privacy) page.',
					domain: {
						kind: 'enum',
						values: [
							{ value: '1', doc: 'Recommended settings: updates install automatically.' },
							{ value: '2', doc: 'Only important updates install.' },
							{ value: '3', doc: 'Automatic protection is turned off.' },
						],
					},
				},
				{ name: 'SkipMachineOOBE', doc: 'Skips the machine part of OOBE. Deprecated: it can leave Windows unconfigured; hide the individual pages instead.', domain: boolean, deprecatedSince: 'win8', deprecated: 'SkipMachineOOBE is deprecated since Windows 8; hide individual pages (HideEULAPage, HideLocalAccountScreen, …) instead.' },
				{ name: 'SkipUserOOBE', doc: 'Skips the user part of OOBE. Deprecated for the same reason as SkipMachineOOBE.', domain: boolean, deprecatedSince: 'win8', deprecated: 'SkipUserOOBE is deprecated since Windows 8; hide individual pages (HideOnlineAccountScreens, …) instead.' },
				{ name: 'UnattendEnableRetailDemo', doc: '`true` puts the device in retail demo mode.', domain: boolean },
			],
		},
		{
			name: 'OfflineUserAccounts',
			doc: 'Accounts and the Administrator password applied to an offline image (offlineServicing pass).',
			passes: ['offlineServicing'],
			children: [
				{ name: 'OfflineAdministratorPassword', doc: 'The built-in Administrator password, as `Value` and `PlainText`.', children: adminPasswordChildren },
				{ name: 'OfflineLocalAccounts', doc: 'Local accounts to create in the offline image.', children: [localAccount] },
			],
		},
		{ name: 'ProductKey', doc: 'The product key that activates this installation, `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. It stays readable in the answer file and in the copy Setup caches.', passes: ['specialize'], domain: { kind: 'productKey' }, secret: true },
		{ name: 'RegisteredOrganization', doc: 'The organisation the copy of Windows is registered to.', domain: text },
		{ name: 'RegisteredOwner', doc: 'The person the copy of Windows is registered to.', domain: text },
		{ name: 'ShowWindowsLive', doc: 'Windows Live shortcuts on the Start menu (Windows 7).', passes: ['specialize'], domain: boolean, deprecatedSince: 'win8', deprecated: 'ShowWindowsLive only applies to Windows 7 and is ignored by later versions.' },
		{
			name: 'Themes',
			doc: 'The desktop theme: background, colours and brand icon.',
			children: [
				{ name: 'ThemeName', doc: 'The name of the theme.', domain: text },
				{ name: 'DefaultThemesOff', doc: '`true` hides the Windows default themes.', domain: boolean },
				{ name: 'DesktopBackground', doc: 'Path of the wallpaper image.', domain: path },
				{ name: 'BrandIcon', doc: 'Path of an image shown in the theme control panel.', domain: path },
				{ name: 'WindowColor', doc: 'The window colour, as a name or `0xAARRGGBB`.', domain: text },
				{ name: 'CustomDefaultThemeFile', doc: 'Path of a .theme file to use as default.', domain: path },
			],
		},
		{ name: 'TimeZone', doc: 'The time zone, as the Windows ID that `tzutil /l` lists (for example `W. Europe Standard Time`, `UTC`). Not the display name and not the old numeric index of Sysprep.inf.', domain: { kind: 'timeZone' }, insertValue: 'UTC' },
		{
			name: 'UserAccounts',
			doc: 'The built-in Administrator password and the local or domain accounts to create. OOBE asks for an account unless one is created here or `HideLocalAccountScreen` is set.',
			passes: ['auditSystem', 'oobeSystem'],
			children: [
				{ name: 'AdministratorPassword', doc: 'The password of the built-in Administrator account, as `Value` and `PlainText`.', children: adminPasswordChildren },
				{ name: 'LocalAccounts', doc: 'Local user accounts Windows creates, one `LocalAccount` item each, with its name, password and group.', children: [localAccount] },
				{
					name: 'DomainAccounts',
					doc: 'Domain accounts to add to local groups.',
					children: [
						{
							name: 'DomainAccountList',
							doc: 'Accounts of one domain.',
							listItem: 'add',
							children: [
								{ name: 'Domain', doc: 'The domain of the accounts.', domain: text },
								{ name: 'DomainAccount', doc: 'One domain account.', listItem: 'add', children: [{ name: 'Name', doc: 'The domain account to add, by its user or group name (without the domain, which `Domain` of the list names).', domain: text }, { name: 'Group', doc: 'The local group to add it to.', domain: text }] },
							],
						},
					],
				},
			],
		},
		{
			name: 'VisualEffects',
			doc: 'Font smoothing and the default background colour.',
			children: [
				{ name: 'FontSmoothing', doc: '`Standard` or `ClearType`.', domain: { kind: 'enum', values: [{ value: 'Standard', doc: 'Grey-scale smoothing.' }, { value: 'ClearType', doc: 'Sub-pixel smoothing for LCD screens.' }] } },
				{ name: 'SystemDefaultBackgroundColor', doc: 'Index of the background colour.', domain: { kind: 'integer', min: 0 } },
			],
		},
		{
			name: 'WindowsFeatures',
			doc: 'Shortcuts to built-in programs shown on the Start menu (Windows 7 era).',
			children: [
				{ name: 'ShowInternetExplorer', doc: 'Show Internet Explorer.', domain: boolean },
				{ name: 'ShowMediaCenter', doc: 'Show Media Center.', domain: boolean },
				{ name: 'ShowWindowsMail', doc: 'Show Windows Mail.', domain: boolean },
				{ name: 'ShowWindowsMediaPlayer', doc: 'Show Windows Media Player.', domain: boolean },
			],
		},
	],
};

const internationalCore: ComponentSpec = {
	name: 'Microsoft-Windows-International-Core',
	doc: 'Language, locale and keyboard of the installed Windows, applied in specialize and oobeSystem. During Windows PE use Microsoft-Windows-International-Core-WinPE instead.',
	passes: ['specialize', 'oobeSystem'],
	complete: true,
	settings: [
		{ name: 'InputLocale', doc: 'Keyboard layouts, the first one being the default: language tags (`en-US`) or `language:layout` codes (`0409:00000409`), separated by `;`.', domain: { kind: 'locale', inputLocale: true, list: true }, insertValue: 'en-US' },
		{ name: 'SystemLocale', doc: 'The language used for programs that are not Unicode. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
		{ name: 'UILanguage', doc: 'The default display language; its language pack must be installed. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
		{ name: 'UILanguageFallback', doc: 'The language used for text a partially localised display language lacks. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' } },
		{ name: 'UserLocale', doc: 'How dates, times, numbers and currency are formatted. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
	],
};

const internationalCoreWinPE: ComponentSpec = {
	name: 'Microsoft-Windows-International-Core-WinPE',
	doc: 'Language and keyboard of Windows Setup itself and the defaults it installs, applied only in the windowsPE pass. An unattended installation from media needs it, or Setup asks for the language.',
	passes: ['windowsPE'],
	complete: true,
	settings: [
		{ name: 'InputLocale', doc: 'Keyboard layouts: language tags or `language:layout` codes, separated by `;`.', domain: { kind: 'locale', inputLocale: true, list: true }, insertValue: 'en-US' },
		{ name: 'LayeredDriver', doc: 'The keyboard driver for Japanese or Korean keyboards, 1 to 6.', domain: { kind: 'integer', min: 1, max: 6 } },
		{
			name: 'SetupUILanguage',
			doc: 'The language of Windows Setup\'s own screens while it installs from media; the installed system\'s language is set by `UILanguage`.',
			children: [
				{ name: 'UILanguage', doc: 'The language Setup shows. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
				{ name: 'WillShowUI', doc: 'Whether Setup shows its language page.', domain: willShowUI },
			],
		},
		{ name: 'SystemLocale', doc: 'The language for programs that are not Unicode. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
		{ name: 'UILanguage', doc: 'The display language installed as default; required for an unattended installation. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
		{ name: 'UILanguageFallback', doc: 'The fallback display language. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' } },
		{ name: 'UserLocale', doc: 'Formats of dates, times, numbers and currency. A language tag such as `en-US` or `de-DE`.', domain: { kind: 'locale' }, insertValue: 'en-US' },
	],
};

const partitionOrder: SettingSpec = { name: 'Order', doc: 'The order in which Setup processes the item, unique within the list.', domain: { kind: 'integer', min: 1 }, insertValue: '1' };

const setup: ComponentSpec = {
	name: 'Microsoft-Windows-Setup',
	doc: 'Windows Setup in Windows PE: disk layout, which image to install and where, the licence terms, the product key, and commands to run before installation. Applied only in the windowsPE pass of `autounattend.xml`.',
	passes: ['windowsPE'],
	settings: [
		{ name: 'ComplianceCheck', doc: 'Whether Setup shows its compatibility report.', children: [{ name: 'DisplayReport', doc: '`OnError`, `Always` or `Never`.', domain: { kind: 'enum', values: [{ value: 'OnError', doc: 'Only when there is a problem.' }, { value: 'Always', doc: 'Always.' }, { value: 'Never', doc: 'Never.' }] } }] },
		{ name: 'Diagnostics', doc: 'Whether Setup sends diagnostic data.', children: [{ name: 'OptIn', doc: '`true` sends data to Microsoft.', domain: boolean }] },
		{
			name: 'DiskConfiguration',
			doc: 'How Setup partitions and formats the disks before installing. Each `Disk` needs a `DiskID`; partitions are created in `Order`.',
			children: [
				{
					name: 'Disk',
					doc: 'One disk Setup prepares: which one (`DiskID`), whether to erase it first (`WillWipeDisk`), the partitions to create and how to format them.',
					listItem: 'add',
					children: [
						{ name: 'DiskID', doc: 'The disk number as Windows PE sees it, starting at 0.', domain: { kind: 'integer', min: 0 }, insertValue: '0' },
						{ name: 'WillWipeDisk', doc: '`true` erases every partition on the disk first.', domain: boolean },
						{
							name: 'CreatePartitions',
							doc: 'The partitions Setup creates on this disk, each a `CreatePartition` item in `Order`; combine with `WillWipeDisk` on a disk that already has partitions.',
							children: [
								{
									name: 'CreatePartition',
									doc: 'One partition to create: `Order`, `Type`, and `Size` in MB or `Extend`.',
									listItem: 'add',
									children: [
										partitionOrder,
										{
											name: 'Type',
											doc: 'The type of partition to create: on a GPT (UEFI) disk an `EFI` system partition, an `MSR` and `Primary` data partitions; on an MBR disk `Primary`, or `Extended` holding `Logical` drives.',
											domain: {
												kind: 'enum',
												values: [
													{ value: 'Primary', doc: 'A primary partition (MBR) or a basic data partition (GPT).' },
													{ value: 'EFI', doc: 'The EFI system partition of a GPT disk.' },
													{ value: 'MSR', doc: 'The Microsoft reserved partition of a GPT disk.' },
													{ value: 'Extended', doc: 'An extended partition on an MBR disk.' },
													{ value: 'Logical', doc: 'A logical drive inside the extended partition.' },
												],
											},
										},
										{ name: 'Size', doc: 'Size in megabytes. Leave it out and use `Extend` for the last partition.', domain: { kind: 'integer', min: 1 } },
										{ name: 'Extend', doc: '`true` makes the partition fill the rest of the disk; do not combine it with `Size`.', domain: boolean },
									],
								},
							],
						},
						{
							name: 'ModifyPartitions',
							doc: 'How Setup formats each partition: file system, volume label, drive letter and whether it is active; one `ModifyPartition` item per partition.',
							children: [
								{
									name: 'ModifyPartition',
									doc: 'Settings for one partition, identified by `PartitionID`.',
									listItem: 'add',
									children: [
										partitionOrder,
										{ name: 'PartitionID', doc: 'The partition number on the disk, starting at 1.', domain: { kind: 'integer', min: 1 } },
										{ name: 'Format', doc: 'The file system Setup formats the partition with: `NTFS` for Windows and data, `FAT32` for the EFI system partition.', domain: { kind: 'enum', values: [{ value: 'NTFS', doc: 'NTFS, for Windows partitions.' }, { value: 'FAT32', doc: 'FAT32, for the EFI system partition.' }] } },
										{ name: 'Label', doc: 'The volume label the partition gets when Setup formats it, e.g. `Windows` or `System`.', domain: text },
										{ name: 'Letter', doc: 'The drive letter the partition gets during Setup, a single letter such as `C`.', domain: { kind: 'text', pattern: '^[A-Za-z]$', patternHint: 'a single drive letter such as C' } },
										{ name: 'Active', doc: '`true` marks the partition active (MBR boot partition).', domain: boolean },
										{ name: 'Extend', doc: '`true` extends the partition over the free space after it.', domain: boolean },
										{ name: 'TypeID', doc: 'A partition type: a hexadecimal MBR type (`0x27`) or a GPT type GUID.', domain: text },
									],
								},
							],
						},
					],
				},
				{ name: 'WillShowUI', doc: 'When Setup shows its disk and partition page: only when this configuration fails (`OnError`, the default), `Always`, or `Never`.', domain: willShowUI },
			],
		},
		{ name: 'Display', doc: 'The display settings of Windows PE during Setup.', children: displayChildren },
		{ name: 'DynamicUpdate', doc: 'Whether Setup downloads updates while it runs.', children: [{ name: 'Enable', doc: '`true` downloads updates.', domain: boolean }, { name: 'WillShowUI', doc: 'Whether Setup shows the page.', domain: willShowUI }] },
		{ name: 'EnableFirewall', doc: '`true` turns the Windows PE firewall on during Setup.', domain: boolean },
		{ name: 'EnableNetwork', doc: '`true` starts networking in Windows PE during Setup.', domain: boolean },
		{
			name: 'ImageInstall',
			installMedia: true,
			doc: 'Which image Setup installs from the media and onto which disk and partition (windowsPE only).',
			children: [
				{
					name: 'OSImage',
					doc: 'The Windows image Setup applies: where it comes from (`InstallFrom`), where it goes (`InstallTo` or `InstallToAvailablePartition`), and whether Setup may ask (`WillShowUI`).',
					children: [
						{
							name: 'InstallFrom',
							doc: 'Where the image comes from: a `.wim`, `.esd` or `.swm` path (`install.wim` of the media when absent) and `MetaData` that pick one image in it.',
							children: [
								{ name: 'Path', doc: 'Path of the .wim file; absent means install.wim of the media.', domain: path },
								{ name: 'MetaData', doc: 'Selects the image by a key and value, for example `/IMAGE/NAME` or `/IMAGE/INDEX`.', listItem: 'add', children: [{ name: 'Key', doc: '`/IMAGE/NAME`, `/IMAGE/INDEX` or `/IMAGE/DESCRIPTION`.', domain: text }, { name: 'Value', doc: 'The value the image must carry for `Key`: an image name such as `Windows 11 Pro`, an index such as `6`, or a description.', domain: text }] },
								credentials,
							],
						},
						{ name: 'InstallTo', doc: 'The disk (`DiskID`) and partition (`PartitionID`) that receive the image; leave it out and set `InstallToAvailablePartition` to let Setup choose.', children: [{ name: 'DiskID', doc: 'The disk to install on, numbered as Windows numbers disks (`0` is the first; the number `diskpart` lists).', domain: { kind: 'integer', min: 0 } }, { name: 'PartitionID', doc: 'The partition to install on, counted from 1 in the partition table of the disk `DiskID` names (not a drive letter).', domain: { kind: 'integer', min: 1 } }] },
						{ name: 'InstallToAvailablePartition', doc: '`true` installs to the first partition with enough room; do not combine with `InstallTo`.', domain: boolean },
						{ name: 'WillShowUI', doc: 'Whether Setup shows the page that picks the partition.', domain: willShowUI },
						{ name: 'Compact', doc: '`true` installs Windows compressed (Windows 10 and later).', domain: boolean },
					],
				},
			],
		},
		{ name: 'LogPath', doc: 'Where Setup writes its logs.', domain: path },
		{ name: 'Restart', doc: 'What Setup does when Windows PE finishes: `Restart` or `Shutdown`.', domain: { kind: 'enum', values: [{ value: 'Restart', doc: 'Restarts into the installed Windows.' }, { value: 'Shutdown', doc: 'Shuts down, for example to capture the disk.' }] } },
		runAsynchronous,
		runSynchronous,
		{ name: 'UpgradeData', doc: 'Whether Setup upgrades the existing Windows.', children: [{ name: 'Upgrade', doc: '`true` upgrades instead of a clean install.', domain: boolean }, { name: 'WillShowUI', doc: 'Whether Setup shows the page.', domain: willShowUI }] },
		{ name: 'UseConfigurationSet', doc: '`true` copies the configuration set folder next to the answer file into the image.', domain: boolean },
		{
			name: 'UserData',
			doc: 'The licence terms, the product key that selects the edition, and the user and organisation names.',
			children: [
				{ name: 'AcceptEula', doc: '`true` accepts the licence terms; without it Setup stops on the licence page.', domain: boolean, insertValue: 'true' },
				{ name: 'FullName', doc: 'The licensed user\'s name Windows records (shown by `winver`); it creates no account.', domain: text },
				{ name: 'Organization', doc: 'The organisation Windows records for the licensed user (shown by `winver`).', domain: text },
				{
					name: 'ProductKey',
					doc: 'The product key Setup uses to pick the edition.',
					children: [
						{ name: 'Key', doc: 'The key, `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. Empty makes Setup ask (with `WillShowUI`).', domain: { kind: 'productKey', allowEmpty: true }, secret: true },
						{ name: 'WillShowUI', doc: 'When Setup shows its product key page: only when the key is missing or wrong (`OnError`, the default), `Always`, or `Never`.', domain: willShowUI },
					],
				},
			],
		},
		{
			name: 'WindowsDeploymentServices',
			doc: 'Credentials and image selection when installing from a Windows Deployment Services server.',
			children: [
				{ name: 'Login', doc: 'The account that signs in to the server.', children: [credentials, { name: 'WillShowUI', doc: 'Whether the sign-in page is shown.', domain: willShowUI }] },
				{
					name: 'ImageSelection',
					doc: 'Which image of the server to install, and where.',
					children: [
						{ name: 'InstallImage', doc: 'The image on the server.', children: [{ name: 'ImageName', doc: 'The image name.', domain: text }, { name: 'ImageGroup', doc: 'The image group.', domain: text }, { name: 'Filename', doc: 'The image file.', domain: text }] },
						{ name: 'InstallTo', doc: 'The disk (`DiskID`) and partition (`PartitionID`) that receive the image; leave it out and set `InstallToAvailablePartition` to let Setup choose.', children: [{ name: 'DiskID', doc: 'The disk to install on, numbered as Windows numbers disks (`0` is the first; the number `diskpart` lists).', domain: { kind: 'integer', min: 0 } }, { name: 'PartitionID', doc: 'The partition number.', domain: { kind: 'integer', min: 1 } }] },
						{ name: 'WillShowUI', doc: 'Whether the image page is shown.', domain: willShowUI },
					],
				},
			],
		},
	],
};

const resealMode: UnattendValueDomain = {
	kind: 'enum',
	values: [
		{ value: 'OOBE', doc: 'The next start goes to Windows Welcome, as for a customer.' },
		{ value: 'Audit', doc: 'The next start goes to audit mode, to customise the image further.' },
	],
};

const deployment: ComponentSpec = {
	name: 'Microsoft-Windows-Deployment',
	doc: 'Commands run during specialize and audit mode, and what happens after generalize and at the end of audit mode (`Generalize`, `Reseal`).',
	passes: ['specialize', 'generalize', 'auditSystem', 'auditUser', 'oobeSystem'],
	settings: [
		{ ...runSynchronous, passes: ['specialize', 'auditUser'], doc: 'Commands that run one after another, each waiting for the previous one, before the commands of `RunAsynchronous`. They run as SYSTEM in specialize and as the signed-in user in auditUser.' },
		{ ...runAsynchronous, passes: ['specialize', 'auditUser'] },
		{
			name: 'Generalize',
			doc: 'What `sysprep /generalize` does when it finishes.',
			passes: ['generalize'],
			children: [
				{ name: 'ForceShutdownNow', doc: '`true` shuts down at once after generalize, ignoring the Sysprep command-line choice.', domain: boolean },
				{ name: 'Mode', doc: 'Where Windows goes at the next start: Windows Welcome (`OOBE`) as a customer sees it, or `Audit` mode to keep customising.', domain: resealMode },
			],
		},
		{
			name: 'Reseal',
			doc: 'What happens when audit mode or this pass ends: go to OOBE or back to audit mode, and whether to shut down.',
			passes: ['auditSystem', 'auditUser', 'oobeSystem'],
			children: [
				{ name: 'ForceShutdownNow', doc: '`true` shuts down instead of restarting.', domain: boolean },
				{ name: 'Mode', doc: 'Where Windows goes at the next start: Windows Welcome (`OOBE`) as a customer sees it, or `Audit` mode to keep customising.', domain: resealMode },
			],
		},
		{ name: 'ExtendOSPartition', doc: 'Grows the Windows partition over unallocated space after it.', children: [{ name: 'Extend', doc: '`true` extends the partition.', domain: boolean }, { name: 'Size', doc: 'The size to add in MB; absent fills the free space.', domain: { kind: 'integer', min: 1 } }] },
		{ name: 'AuditComputerName', doc: 'The computer name used while in audit mode.', passes: ['auditSystem'], children: [{ name: 'Name', doc: 'The computer name to use in audit mode, at most 15 characters.', domain: text }, { name: 'MustReboot', doc: '`true` restarts so the name takes effect.', domain: boolean }] },
		{ name: 'DeviceForm', doc: 'The form factor of the device (Windows 10 and later), a small number.', domain: { kind: 'integer', min: 0 } },
	],
};

const pnpSysprep: ComponentSpec = {
	name: 'Microsoft-Windows-PnpSysprep',
	doc: 'What `sysprep /generalize` does with device drivers. Applied only in the generalize pass.',
	passes: ['generalize'],
	complete: true,
	settings: [
		{
			name: 'PersistAllDeviceInstalls',
			doc: 'Keeps the drivers of the devices Plug and Play found on the reference computer. By default generalize removes them and the target computer detects its devices again during specialize. `true` makes deployment faster when every target has the same hardware; on different hardware it leaves unused drivers behind.',
			domain: boolean,
			default: 'false',
		},
		{ name: 'DoNotCleanUpNonPresentDevices', doc: '`true` keeps the records of devices that are no longer attached; by default generalize removes them.', domain: boolean, default: 'false' },
	],
};

const skipRearmDoc =
	'Whether `sysprep /generalize` resets the activation (licensing) state. `0` (default) rearms: the grace-period clock restarts and the computer ID is regenerated. `1` leaves the state as it is, so Sysprep can run again without spending a rearm. Windows 7 and earlier allow only three rearms per installation; set it back to `0` for the final Sysprep before capture, or every deployed copy shares the same activation state and KMS client ID.';

const securitySpp: ComponentSpec = {
	name: 'Microsoft-Windows-Security-SPP',
	doc: 'Software Protection (licensing and activation) of Windows 7 and later: the rearm at generalize and KMS host settings.',
	passes: ['generalize', 'specialize'],
	settings: [
		{
			name: 'SkipRearm',
			doc: skipRearmDoc,
			passes: ['generalize'],
			domain: { kind: 'enum', values: [{ value: '0', doc: 'Rearm: reset the activation state and grace period. Use this for the final Sysprep.' }, { value: '1', doc: 'Do not rearm: keep the activation state (for intermediate Sysprep runs only).' }] },
			default: '0',
			caution: {
				whenValue: '1',
				code: 'skip-rearm',
				message:
					'SkipRearm = 1 keeps the activation state through generalize. That is only for intermediate Sysprep runs (Windows 7 and earlier allow three rearms in all); set it to 0 for the final Sysprep, or the captured image keeps an expiring grace period and a shared KMS client ID.',
				fixValue: '0',
			},
		},
		{ name: 'KeyManagementServiceHost', doc: 'The KMS host (name or address, optionally `:port`) clients should use.', passes: ['specialize'], domain: text },
		{ name: 'KeyManagementServicePort', doc: 'The TCP port of the KMS service.', passes: ['specialize'], domain: { kind: 'integer', min: 1, max: 65535 } },
	],
};

const securitySppUx: ComponentSpec = {
	name: 'Microsoft-Windows-Security-SPP-UX',
	doc: 'The activation user experience of Windows 7 and later.',
	passes: ['specialize'],
	complete: true,
	settings: [{ name: 'SkipAutoActivation', doc: '`true` stops Windows from trying to activate online by itself after installation.', domain: boolean }],
};

const licensingSlc: ComponentSpec = {
	name: 'Microsoft-Windows-Security-Licensing-SLC',
	doc: 'Licensing of Windows Vista and Server 2008. Windows 7 replaced it with Microsoft-Windows-Security-SPP.',
	passes: ['generalize', 'specialize'],
	settings: [
		{
			name: 'SkipRearm',
			doc: skipRearmDoc,
			passes: ['generalize'],
			domain: { kind: 'enum', values: [{ value: '0', doc: 'Rearm (final Sysprep).' }, { value: '1', doc: 'Do not rearm (intermediate runs only).' }] },
			default: '0',
			caution: {
				whenValue: '1',
				code: 'skip-rearm',
				message: 'SkipRearm = 1 keeps the activation state through generalize. Only three rearms are allowed per installation; set it to 0 for the final Sysprep so the deployed copies get a fresh grace period.',
				fixValue: '0',
			},
		},
	],
};

const licensingSlcUx: ComponentSpec = {
	name: 'Microsoft-Windows-Security-Licensing-SLC-UX',
	doc: 'The activation user experience of Windows Vista and Server 2008.',
	passes: ['specialize'],
	complete: true,
	settings: [{ name: 'SkipAutoActivation', doc: '`true` stops automatic online activation.', domain: boolean }],
};

const unattendedJoin: ComponentSpec = {
	name: 'Microsoft-Windows-UnattendedJoin',
	doc: 'Joins the computer to a domain or a workgroup during specialize.',
	passes: ['specialize'],
	complete: true,
	settings: [
		{
			name: 'Identification',
			doc: 'The domain or workgroup to join and the account allowed to join it. Give either `JoinDomain` with `Credentials` (or `MachinePassword`/`UnsecureJoin`) or `JoinWorkgroup`.',
			children: [
				{ name: 'JoinDomain', doc: 'The domain to join (DNS or NetBIOS name).', domain: text },
				{ name: 'JoinWorkgroup', doc: 'The workgroup to join instead of a domain.', domain: text },
				{ name: 'MachineObjectOU', doc: 'The OU for the new computer account, as a distinguished name (`OU=Desktops,DC=example,DC=com`).', domain: text },
				{ name: 'MachinePassword', doc: 'The one-time password of a pre-created computer account (with `UnsecureJoin`).', domain: { kind: 'password', use: 'credential' }, secret: true, inUseWhen: 'JoinDomain' },
				{ name: 'UnsecureJoin', doc: '`true` joins with a pre-created account and `MachinePassword` instead of user credentials.', domain: boolean },
				{ name: 'DebugJoin', doc: '`true` stops Setup with a debugger break when the join fails.', domain: boolean },
				{ name: 'DebugJoinOnlyOnThisError', doc: 'The error code at which `DebugJoin` breaks.', domain: { kind: 'integer', min: 0 } },
				{ name: 'TimeoutPeriodInMinutes', doc: 'How long to keep trying to reach a domain controller.', domain: { kind: 'integer', min: 1 } },
				{ name: 'Provisioning', doc: 'Offline domain join data from `djoin /provision`.', children: [{ name: 'AccountData', doc: 'The Base64 blob djoin produced.', domain: text, secret: true }] },
				// Templates leave the join account empty with JoinDomain: nothing joins, so nothing signs in with it.
				{ ...credentials, inUseWhen: 'JoinDomain' },
			],
		},
	],
};

const Ipv4Settings: SettingSpec = {
	name: 'Ipv4Settings',
	doc: 'Ipv4 settings of the interface.',
	children: [
		{ name: 'DhcpEnabled', doc: '`true` gets the address from DHCP; `false` uses `UnicastIpAddresses`.', domain: boolean },
		{ name: 'Metric', doc: 'The route metric of the interface.', domain: { kind: 'integer', min: 0 } },
		{ name: 'RouterDiscoveryEnabled', doc: '`true` turns router discovery on.', domain: boolean },
	],
};

const Ipv6Settings: SettingSpec = {
	name: 'Ipv6Settings',
	doc: 'Ipv6 settings of the interface.',
	children: [
		{ name: 'DhcpEnabled', doc: '`true` gets the address from DHCP; `false` uses `UnicastIpAddresses`.', domain: boolean },
		{ name: 'Metric', doc: 'The route metric of the interface.', domain: { kind: 'integer', min: 0 } },
		{ name: 'RouterDiscoveryEnabled', doc: '`true` turns router discovery on.', domain: boolean },
	],
};

const tcpip: ComponentSpec = {
	name: 'Microsoft-Windows-TCPIP',
	doc: 'Static addresses and routes of the network interfaces.',
	passes: ['windowsPE', 'specialize'],
	settings: [
		{
			name: 'Interfaces',
			doc: 'Network interfaces to configure.',
			children: [
				{
					name: 'Interface',
					doc: 'One interface, identified by its MAC address or name.',
					listItem: 'add',
					children: [
						{ name: 'Identifier', doc: 'The MAC address (`00-15-5D-01-02-03`) or the connection name (`Ethernet`).', domain: text },
						Ipv4Settings,
						Ipv6Settings,
						{ name: 'UnicastIpAddresses', doc: 'Static addresses, each with a unique `wcm:keyValue`.', children: [unicastAddress] },
						{
							name: 'Routes',
							doc: 'Static routes (the default gateway is the route with prefix `0.0.0.0/0`).',
							children: [
								{
									name: 'Route',
									doc: 'One static route of this interface: destination prefix, gateway and metric.',
									listItem: 'add',
									children: [
										{ name: 'Identifier', doc: 'A unique number for the route.', domain: { kind: 'integer', min: 0 } },
										{ name: 'Prefix', doc: 'The destination, e.g. `0.0.0.0/0`.', domain: text },
										{ name: 'NextHopAddress', doc: 'The gateway address.', domain: text },
										{ name: 'Metric', doc: 'The route metric.', domain: { kind: 'integer', min: 0 } },
									],
								},
							],
						},
					],
				},
			],
		},
		{ name: 'IcmpRedirectsEnabled', doc: '`true` lets ICMP redirects change routes.', domain: boolean },
	],
};

const dnsClient: ComponentSpec = {
	name: 'Microsoft-Windows-DNS-Client',
	doc: 'DNS servers, suffixes and registration.',
	passes: ['windowsPE', 'specialize'],
	settings: [
		{ name: 'DNSDomain', doc: 'The primary DNS suffix of the computer.', domain: text },
		{ name: 'DNSSuffixSearchOrder', doc: 'Suffixes appended to short names, in order; each `DomainName` needs a unique `wcm:keyValue`.', children: [{ name: 'DomainName', doc: 'One DNS suffix to try, at the position its `wcm:keyValue` gives (`1` first).', listItem: 'keyed', domain: text }] },
		{ name: 'UseDomainNameDevolution', doc: '`true` also tries parent domains of the suffix.', domain: boolean },
		{ name: 'DevolutionLevel', doc: 'How many labels devolution keeps.', domain: { kind: 'integer', min: 0 } },
		{
			name: 'Interfaces',
			doc: 'Per-interface DNS settings.',
			children: [
				{
					name: 'Interface',
					doc: 'The DNS settings of one network interface, named by `Identifier`.',
					listItem: 'add',
					children: [
						{ name: 'Identifier', doc: 'The MAC address or connection name.', domain: text },
						{ name: 'DNSDomain', doc: 'The connection-specific suffix.', domain: text },
						{ name: 'DNSServerSearchOrder', doc: 'DNS servers in order, each with a unique `wcm:keyValue`.', children: [dnsServerAddress] },
						{ name: 'EnableAdapterDomainNameRegistration', doc: '`true` registers the connection-specific name in DNS.', domain: boolean },
						{ name: 'DisableDynamicUpdate', doc: '`true` stops dynamic DNS registration.', domain: boolean },
					],
				},
			],
		},
	],
};

const localSessionManager: ComponentSpec = {
	name: 'Microsoft-Windows-TerminalServices-LocalSessionManager',
	doc: 'Whether Remote Desktop connections are accepted.',
	passes: ['offlineServicing', 'generalize', 'specialize'],
	complete: true,
	settings: [{ name: 'fDenyTSConnections', doc: '`false` allows Remote Desktop connections; `true` (default) refuses them.', domain: boolean, default: 'true' }],
};

const rdpWinStation: ComponentSpec = {
	name: 'Microsoft-Windows-TerminalServices-RDP-WinStationExtensions',
	doc: 'Security of Remote Desktop connections.',
	passes: ['specialize'],
	complete: true,
	settings: [
		{ name: 'UserAuthentication', doc: '`1` requires Network Level Authentication; `0` does not.', domain: { kind: 'enum', values: [{ value: '0', doc: 'NLA not required.' }, { value: '1', doc: 'NLA required.' }] } },
		{ name: 'SecurityLayer', doc: '`0` RDP security, `1` negotiate, `2` TLS.', domain: { kind: 'enum', values: [{ value: '0', doc: 'RDP security layer.' }, { value: '1', doc: 'Negotiate.' }, { value: '2', doc: 'TLS.' }] } },
	],
};

const luaSettings: ComponentSpec = {
	name: 'Microsoft-Windows-LUA-Settings',
	doc: 'User Account Control. Applied only in the offlineServicing pass; elsewhere Setup ignores it.',
	passes: ['offlineServicing'],
	complete: true,
	settings: [{ name: 'EnableLUA', doc: '`true` (default) keeps User Account Control on; `false` turns it off, which Microsoft advises against.', domain: boolean, default: 'true' }],
};

const ieInternetExplorer: ComponentSpec = {
	name: 'Microsoft-Windows-IE-InternetExplorer',
	doc: 'Internet Explorer defaults: home page, first-run wizard, search.',
	passes: ['specialize'],
	settings: [
		{ name: 'Home_Page', doc: 'The home page URL. It must not be empty.', domain: { kind: 'text', pattern: '^\\S+$', patternHint: 'a URL without spaces' } },
		{ name: 'DisableFirstRunWizard', doc: '`true` skips the first-run wizard.', domain: boolean },
		{ name: 'DisableAccelerators', doc: '`true` turns accelerators off.', domain: boolean },
		{ name: 'DisableOOBAccelerators', doc: '`true` turns the default accelerators off.', domain: boolean },
		{ name: 'BlockPopups', doc: '`yes` or `no`.', domain: text },
		{ name: 'CompanyName', doc: 'The company name in the title bar.', domain: text },
		{ name: 'IEWelcomeMsg', doc: '`true` shows the welcome message.', domain: boolean },
		{ name: 'SuggestedSitesEnabled', doc: '`true` turns Suggested Sites on.', domain: boolean },
	],
};

const ieEsc: ComponentSpec = {
	name: 'Microsoft-Windows-IE-ESC',
	doc: 'Internet Explorer Enhanced Security Configuration of Windows Server.',
	passes: ['specialize'],
	complete: true,
	settings: [
		{ name: 'IEHardenAdmin', doc: '`true` keeps enhanced security on for administrators.', domain: boolean },
		{ name: 'IEHardenUser', doc: '`true` keeps enhanced security on for other users.', domain: boolean },
	],
};

const firewall: ComponentSpec = {
	name: 'Networking-MPSSVC-Svc',
	doc: 'Windows Firewall: profiles on or off and rule groups to enable.',
	passes: ['specialize'],
	settings: [
		{
			name: 'FirewallGroups',
			doc: 'Predefined rule groups to turn on or off; each `FirewallGroup` needs a unique `wcm:keyValue`.',
			children: [
				{
					name: 'FirewallGroup',
					doc: 'One predefined firewall rule group to turn on or off (`Active`) for some profiles (`Profile`), named by `Group`.',
					listItem: 'keyed',
					children: [
						{ name: 'Active', doc: '`true` turns on every rule of the group for `Profile`; `false` turns them off.', domain: boolean },
						{ name: 'Group', doc: 'The group name, or an indirect string like `@FirewallAPI.dll,-28752` (Remote Desktop).', domain: text },
						{ name: 'Key', doc: 'A unique key for the item.', domain: text },
						{ name: 'Profile', doc: 'The network profiles the change applies to: `all`, or one of `domain`, `private`, `public`.', domain: { kind: 'enum', values: [{ value: 'all', doc: 'Every profile.' }, { value: 'domain', doc: 'Domain networks.' }, { value: 'private', doc: 'Private networks.' }, { value: 'public', doc: 'Public networks.' }] } },
					],
				},
			],
		},
		{ name: 'DomainProfile_EnableFirewall', doc: '`false` turns the firewall off on domain networks.', domain: boolean },
		{ name: 'PrivateProfile_EnableFirewall', doc: '`false` turns the firewall off on private networks.', domain: boolean },
		{ name: 'PublicProfile_EnableFirewall', doc: '`false` turns the firewall off on public networks.', domain: boolean },
	],
};

const serverManager: ComponentSpec = {
	name: 'Microsoft-Windows-ServerManager-SvrMgrNc',
	doc: 'Server Manager at logon (Windows Server).',
	passes: ['specialize'],
	complete: true,
	settings: [{ name: 'DoNotOpenServerManagerAtLogon', doc: '`true` stops Server Manager from opening at every logon.', domain: boolean }],
};

const pnpWinPE: ComponentSpec = {
	name: 'Microsoft-Windows-PnpCustomizationsWinPE',
	doc: 'Extra driver folders Setup loads in Windows PE and adds to the image (storage and network drivers Setup needs to see the disk).',
	passes: ['windowsPE'],
	complete: true,
	settings: [driverPaths],
};

const pnpNonWinPE: ComponentSpec = {
	name: 'Microsoft-Windows-PnpCustomizationsNonWinPE',
	doc: 'Extra driver folders added to the installed Windows, in offlineServicing or auditSystem.',
	passes: ['offlineServicing', 'auditSystem'],
	complete: true,
	settings: [driverPaths],
};

const sqm: ComponentSpec = {
	name: 'Microsoft-Windows-SQMApi',
	doc: 'The Customer Experience Improvement Program.',
	passes: ['specialize', 'oobeSystem'],
	complete: true,
	settings: [{ name: 'CEIPEnabled', doc: 'Whether the device joins the Customer Experience Improvement Program and sends usage data: `1` opts in, `0` opts out.', domain: { kind: 'enum', values: [{ value: '0', doc: 'Opt out.' }, { value: '1', doc: 'Opt in.' }] } }],
};

const systemRestore: ComponentSpec = {
	name: 'Microsoft-Windows-SystemRestore-Main',
	doc: 'System Restore: restore points that let the user roll system files and settings back.',
	passes: ['specialize'],
	complete: true,
	settings: [{ name: 'DisableSR', doc: '`1` turns System Restore off; `0` keeps it on.', domain: { kind: 'enum', values: [{ value: '0', doc: 'System Restore on.' }, { value: '1', doc: 'System Restore off.' }] } }],
};

const remoteAssistance: ComponentSpec = {
	name: 'Microsoft-Windows-RemoteAssistance-Exe',
	doc: 'Remote Assistance invitations.',
	passes: ['specialize'],
	complete: true,
	settings: [
		{ name: 'fAllowToGetHelp', doc: '`true` allows Remote Assistance invitations.', domain: boolean },
		{ name: 'fAllowFullControl', doc: '`true` lets the helper take control.', domain: boolean },
	],
};

const architectures: readonly UnattendEnumValue[] = [
	{ value: 'x86', doc: '32-bit Windows on x86 processors.' },
	{ value: 'amd64', doc: '64-bit Windows on x64 (AMD64/Intel 64) processors.' },
	{ value: 'arm64', doc: '64-bit Windows on ARM processors.' },
	{ value: 'wow64', doc: 'The 32-bit parts of 64-bit Windows (components that run under WOW64); used next to amd64 components.' },
	{ value: 'ia64', doc: 'Itanium (Windows Server 2008 R2 and earlier).' },
];

export const unattendXml: UnattendXmlSpec = {
	namespace: 'urn:schemas-microsoft-com:unattend',
	wcmNamespace: 'http://schemas.microsoft.com/WMIConfig/2002/State',
	xsiNamespace: 'http://www.w3.org/2001/XMLSchema-instance',
	rootDoc: 'The root of an answer file. It must be in the namespace `urn:schemas-microsoft-com:unattend`, or Setup does not read the file as an answer file. It holds one `<settings>` element per configuration pass.',
	settingsDoc: 'The components applied in one configuration pass, named by `pass`. Setup applies a component only in the passes it supports; elsewhere it is silently ignored.',
	componentDoc: 'One Windows component and its settings. `name`, `processorArchitecture`, `publicKeyToken`, `language` and `versionScope` identify it; the architecture must match the image.',
	passes: [
		{ name: 'windowsPE', doc: 'Windows Setup running in Windows PE: language of Setup, disk partitions, which image to install, product key and licence terms.', trigger: 'Runs when Setup starts from the installation media (it reads `autounattend.xml` from the root of removable media).' },
		{ name: 'offlineServicing', doc: 'Changes to the installed image before it first starts: drivers, updates and packages, and a few settings such as User Account Control.', trigger: 'Runs during installation after the image is applied, or with DISM against an offline image.' },
		{ name: 'generalize', doc: 'Removes what belongs to one computer (security identifier, device drivers, activation state) so the image can be deployed to others.', trigger: 'Runs only when you run `sysprep /generalize`.' },
		{ name: 'specialize', doc: 'Settings of this particular computer: name, domain join, network, time zone, product key; commands that must run as SYSTEM.', trigger: 'Runs on the first start after installation or after a generalized image is deployed.' },
		{ name: 'auditSystem', doc: 'Audit mode, before any user signs in: drivers and system settings while customising an image.', trigger: 'Runs only when the computer starts in audit mode (`sysprep /audit`, `Reseal` Mode Audit, or Ctrl+Shift+F3 in OOBE).' },
		{ name: 'auditUser', doc: 'Audit mode, after the built-in Administrator signs in: commands and applications while customising an image.', trigger: 'Runs only in audit mode, after auditSystem.' },
		{ name: 'oobeSystem', doc: 'Windows Welcome (OOBE): accounts, automatic logon, which OOBE pages to skip, first-logon commands.', trigger: 'Runs before Windows Welcome, after installation or after `sysprep /oobe`.' },
	],
	componentAttributes: [
		{ name: 'name', doc: 'The component name, e.g. `Microsoft-Windows-Shell-Setup`.', required: true, insertValue: '' },
		{ name: 'processorArchitecture', doc: 'The architecture of the image the component belongs to. It must match the image, and normally every component of a file has the same one.', required: true, values: architectures, insertValue: 'amd64' },
		{ name: 'publicKeyToken', doc: 'The signing key of Windows components; always `31bf3856ad364e35`.', required: true, values: [{ value: '31bf3856ad364e35', doc: 'The public key token of Windows components.' }], insertValue: '31bf3856ad364e35' },
		{ name: 'language', doc: 'The language of the component; `neutral` for every component an answer file normally names.', required: true, values: [{ value: 'neutral', doc: 'Language-neutral component.' }], insertValue: 'neutral' },
		{ name: 'versionScope', doc: 'How versions of the component coexist; `nonSxS` for answer-file components.', required: true, values: [{ value: 'nonSxS', doc: 'Not side-by-side: one version of the component is configured.' }], insertValue: 'nonSxS' },
	],
	actions: [
		{ value: 'add', doc: 'Adds this item to the list (what Windows SIM writes for a new item).' },
		{ value: 'modify', doc: 'Changes the item with the same key in a list defined elsewhere (for example the cached answer file).' },
		{ value: 'remove', doc: 'Removes the item with the same key.' },
	],
	actionDoc: 'How this list item combines with the same list in other answer files: `add`, `modify` or `remove`. Windows SIM writes `add` on every item it creates.',
	keyValueDoc: 'The key that identifies this item within its list; it must be unique among its siblings.',
	components: [
		shellSetup,
		internationalCore,
		internationalCoreWinPE,
		setup,
		deployment,
		pnpSysprep,
		securitySpp,
		securitySppUx,
		licensingSlc,
		licensingSlcUx,
		unattendedJoin,
		tcpip,
		dnsClient,
		localSessionManager,
		rdpWinStation,
		luaSettings,
		ieInternetExplorer,
		ieEsc,
		firewall,
		serverManager,
		pnpWinPE,
		pnpNonWinPE,
		sqm,
		systemRestore,
		remoteAssistance,
	],
	timeZoneIds: [
		'Dateline Standard Time', 'UTC-11', 'Aleutian Standard Time', 'Hawaiian Standard Time', 'Marquesas Standard Time', 'Alaskan Standard Time', 'UTC-09', 'Pacific Standard Time (Mexico)', 'UTC-08',
		'Pacific Standard Time', 'US Mountain Standard Time', 'Mountain Standard Time (Mexico)', 'Mountain Standard Time', 'Yukon Standard Time', 'Central America Standard Time', 'Central Standard Time',
		'Easter Island Standard Time', 'Central Standard Time (Mexico)', 'Canada Central Standard Time', 'SA Pacific Standard Time', 'Eastern Standard Time (Mexico)', 'Eastern Standard Time',
		'Haiti Standard Time', 'Cuba Standard Time', 'US Eastern Standard Time', 'Turks And Caicos Standard Time', 'Paraguay Standard Time', 'Atlantic Standard Time', 'Venezuela Standard Time',
		'Central Brazilian Standard Time', 'SA Western Standard Time', 'Pacific SA Standard Time', 'Newfoundland Standard Time', 'Tocantins Standard Time', 'E. South America Standard Time',
		'SA Eastern Standard Time', 'Argentina Standard Time', 'Greenland Standard Time', 'Montevideo Standard Time', 'Magallanes Standard Time', 'Saint Pierre Standard Time', 'Bahia Standard Time',
		'UTC-02', 'Mid-Atlantic Standard Time', 'Azores Standard Time', 'Cape Verde Standard Time', 'UTC', 'GMT Standard Time', 'Greenwich Standard Time', 'Sao Tome Standard Time', 'Morocco Standard Time',
		'W. Europe Standard Time', 'Central Europe Standard Time', 'Romance Standard Time', 'Central European Standard Time', 'W. Central Africa Standard Time', 'Jordan Standard Time', 'GTB Standard Time',
		'Middle East Standard Time', 'Egypt Standard Time', 'E. Europe Standard Time', 'Syria Standard Time', 'West Bank Standard Time', 'South Africa Standard Time', 'FLE Standard Time', 'Israel Standard Time',
		'South Sudan Standard Time', 'Kaliningrad Standard Time', 'Sudan Standard Time', 'Libya Standard Time', 'Namibia Standard Time', 'Arabic Standard Time', 'Turkey Standard Time', 'Arab Standard Time',
		'Belarus Standard Time', 'Russian Standard Time', 'E. Africa Standard Time', 'Volgograd Standard Time', 'Iran Standard Time', 'Arabian Standard Time', 'Astrakhan Standard Time', 'Azerbaijan Standard Time',
		'Russia Time Zone 3', 'Mauritius Standard Time', 'Saratov Standard Time', 'Georgian Standard Time', 'Caucasus Standard Time', 'Afghanistan Standard Time', 'West Asia Standard Time',
		'Ekaterinburg Standard Time', 'Pakistan Standard Time', 'Qyzylorda Standard Time', 'India Standard Time', 'Sri Lanka Standard Time', 'Nepal Standard Time', 'Central Asia Standard Time',
		'Bangladesh Standard Time', 'Omsk Standard Time', 'Myanmar Standard Time', 'SE Asia Standard Time', 'Altai Standard Time', 'W. Mongolia Standard Time', 'North Asia Standard Time',
		'N. Central Asia Standard Time', 'Tomsk Standard Time', 'China Standard Time', 'North Asia East Standard Time', 'Singapore Standard Time', 'W. Australia Standard Time', 'Taipei Standard Time',
		'Ulaanbaatar Standard Time', 'Aus Central W. Standard Time', 'Transbaikal Standard Time', 'Tokyo Standard Time', 'North Korea Standard Time', 'Korea Standard Time', 'Yakutsk Standard Time',
		'Cen. Australia Standard Time', 'AUS Central Standard Time', 'E. Australia Standard Time', 'AUS Eastern Standard Time', 'West Pacific Standard Time', 'Tasmania Standard Time',
		'Vladivostok Standard Time', 'Lord Howe Standard Time', 'Bougainville Standard Time', 'Russia Time Zone 10', 'Magadan Standard Time', 'Norfolk Standard Time', 'Sakhalin Standard Time',
		'Central Pacific Standard Time', 'Russia Time Zone 11', 'New Zealand Standard Time', 'UTC+12', 'Fiji Standard Time', 'Kamchatka Standard Time', 'Chatham Islands Standard Time', 'UTC+13',
		'Tonga Standard Time', 'Samoa Standard Time', 'Line Islands Standard Time',
	],
};

/** Whole answer files for the snippet file and for completion in an empty file. */
/**
 * Element names Windows SIM writes in another spelling than the reference's
 * page (element names are case-sensitive; Setup reads the schema's). Each row
 * names where the spelling was seen.
 */
export const unattendSimSpellings: readonly { readonly component: string; readonly path: string; readonly spelling: string; readonly source: string }[] = [
	{
		component: 'Microsoft-Windows-Shell-Setup',
		path: 'OOBE/OEMAppID',
		spelling: 'OEMAppId',
		source: 'Windows SIM output and answer-file generators built on its schema write OEMAppId; the reference page (microsoft-windows-shell-setup-oobe-oemappid.md) spells OEMAppID.',
	},
];

/**
 * The oobeSystem components both skeletons write: the locale (its first and
 * repeated tab stops) and an OOBE that asks nothing. Not exported: skeleton data only.
 */
function oobeSystemComponents(firstLocale: string, locale: string, accountsNote: string): string[] {
	const component = (name: string) => `\t\t<component name="${name}" processorArchitecture="\${1}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`;
	return [
		component('Microsoft-Windows-International-Core'),
		`\t\t\t<InputLocale>${firstLocale}</InputLocale>`,
		`\t\t\t<SystemLocale>${locale}</SystemLocale>`,
		`\t\t\t<UILanguage>${locale}</UILanguage>`,
		`\t\t\t<UserLocale>${locale}</UserLocale>`,
		'\t\t</component>',
		component('Microsoft-Windows-Shell-Setup'),
		'\t\t\t<OOBE>',
		'\t\t\t\t<HideEULAPage>true</HideEULAPage>',
		'\t\t\t\t<HideOEMRegistrationScreen>true</HideOEMRegistrationScreen>',
		'\t\t\t\t<HideOnlineAccountScreens>true</HideOnlineAccountScreens>',
		'\t\t\t\t<HideWirelessSetupInOOBE>true</HideWirelessSetupInOOBE>',
		'\t\t\t\t<ProtectYourPC>3</ProtectYourPC>',
		'\t\t\t</OOBE>',
		`\t\t\t<!-- ${accountsNote} -->$0`,
		'\t\t</component>',
	];
}

export const unattendXmlSkeletons: readonly UnattendSkeleton[] = [
	{
		name: 'Sysprep generalize and OOBE answer file',
		prefix: 'unattend',
		fileName: 'unattend.xml',
		description: 'An unattend.xml for `sysprep /generalize /oobe /unattend:<file>`: drivers and rearm at generalize, computer name and time zone at specialize, locale and an unattended Windows Welcome at oobeSystem.',
		body: [
			'<?xml version="1.0" encoding="utf-8"?>',
			'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
			'\t<settings pass="generalize">',
			'\t\t<component name="Microsoft-Windows-PnpSysprep" processorArchitecture="${1|amd64,x86,arm64|}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<PersistAllDeviceInstalls>${2|false,true|}</PersistAllDeviceInstalls>',
			'\t\t</component>',
			'\t\t<component name="Microsoft-Windows-Security-SPP" processorArchitecture="${1}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<SkipRearm>0</SkipRearm>',
			'\t\t</component>',
			'\t</settings>',
			'\t<settings pass="specialize">',
			'\t\t<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="${1}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<ComputerName>${3:*}</ComputerName>',
			'\t\t\t<TimeZone>${4:UTC}</TimeZone>',
			'\t\t\t<RegisteredOwner>${5:Owner}</RegisteredOwner>',
			'\t\t\t<RegisteredOrganization>${6:Organization}</RegisteredOrganization>',
			'\t\t</component>',
			'\t</settings>',
			'\t<settings pass="oobeSystem">',
			...oobeSystemComponents('${7:en-US}', '${7}', 'Accounts: add UserAccounts here and let Windows SIM hide the passwords.'),
			'\t</settings>',
			'</unattend>',
		],
	},
	{
		name: 'Media install autounattend.xml (UEFI, whole disk)',
		prefix: 'autounattend',
		fileName: 'autounattend.xml',
		description: 'An autounattend.xml for installing Windows from media without questions: Setup language, a wiped disk 0 with EFI, MSR and Windows partitions (UEFI/GPT), the image by index and the licence at windowsPE; computer name and time zone at specialize; locale and an unattended Windows Welcome at oobeSystem. Setup caches the file for the later passes.',
		body: [
			'<?xml version="1.0" encoding="utf-8"?>',
			'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
			'\t<settings pass="windowsPE">',
			'\t\t<component name="Microsoft-Windows-International-Core-WinPE" processorArchitecture="${1|amd64,x86,arm64|}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<SetupUILanguage>',
			'\t\t\t\t<UILanguage>${2:en-US}</UILanguage>',
			'\t\t\t</SetupUILanguage>',
			'\t\t\t<InputLocale>${2}</InputLocale>',
			'\t\t\t<SystemLocale>${2}</SystemLocale>',
			'\t\t\t<UILanguage>${2}</UILanguage>',
			'\t\t\t<UserLocale>${2}</UserLocale>',
			'\t\t</component>',
			'\t\t<component name="Microsoft-Windows-Setup" processorArchitecture="${1}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<DiskConfiguration>',
			'\t\t\t\t<Disk wcm:action="add">',
			'\t\t\t\t\t<DiskID>0</DiskID>',
			'\t\t\t\t\t<WillWipeDisk>true</WillWipeDisk>',
			'\t\t\t\t\t<CreatePartitions>',
			'\t\t\t\t\t\t<CreatePartition wcm:action="add">',
			'\t\t\t\t\t\t\t<Order>1</Order>',
			'\t\t\t\t\t\t\t<Type>EFI</Type>',
			'\t\t\t\t\t\t\t<Size>100</Size>',
			'\t\t\t\t\t\t</CreatePartition>',
			'\t\t\t\t\t\t<CreatePartition wcm:action="add">',
			'\t\t\t\t\t\t\t<Order>2</Order>',
			'\t\t\t\t\t\t\t<Type>MSR</Type>',
			'\t\t\t\t\t\t\t<Size>16</Size>',
			'\t\t\t\t\t\t</CreatePartition>',
			'\t\t\t\t\t\t<CreatePartition wcm:action="add">',
			'\t\t\t\t\t\t\t<Order>3</Order>',
			'\t\t\t\t\t\t\t<Type>Primary</Type>',
			'\t\t\t\t\t\t\t<Extend>true</Extend>',
			'\t\t\t\t\t\t</CreatePartition>',
			'\t\t\t\t\t</CreatePartitions>',
			'\t\t\t\t\t<ModifyPartitions>',
			'\t\t\t\t\t\t<ModifyPartition wcm:action="add">',
			'\t\t\t\t\t\t\t<Order>1</Order>',
			'\t\t\t\t\t\t\t<PartitionID>1</PartitionID>',
			'\t\t\t\t\t\t\t<Format>FAT32</Format>',
			'\t\t\t\t\t\t\t<Label>System</Label>',
			'\t\t\t\t\t\t</ModifyPartition>',
			'\t\t\t\t\t\t<ModifyPartition wcm:action="add">',
			'\t\t\t\t\t\t\t<Order>2</Order>',
			'\t\t\t\t\t\t\t<PartitionID>3</PartitionID>',
			'\t\t\t\t\t\t\t<Format>NTFS</Format>',
			'\t\t\t\t\t\t\t<Label>Windows</Label>',
			'\t\t\t\t\t\t\t<Letter>C</Letter>',
			'\t\t\t\t\t\t</ModifyPartition>',
			'\t\t\t\t\t</ModifyPartitions>',
			'\t\t\t\t</Disk>',
			'\t\t\t</DiskConfiguration>',
			'\t\t\t<ImageInstall>',
			'\t\t\t\t<OSImage>',
			'\t\t\t\t\t<InstallFrom>',
			'\t\t\t\t\t\t<MetaData wcm:action="add">',
			'\t\t\t\t\t\t\t<Key>/IMAGE/INDEX</Key>',
			'\t\t\t\t\t\t\t<Value>${3:1}</Value>',
			'\t\t\t\t\t\t</MetaData>',
			'\t\t\t\t\t</InstallFrom>',
			'\t\t\t\t\t<InstallTo>',
			'\t\t\t\t\t\t<DiskID>0</DiskID>',
			'\t\t\t\t\t\t<PartitionID>3</PartitionID>',
			'\t\t\t\t\t</InstallTo>',
			'\t\t\t\t</OSImage>',
			'\t\t\t</ImageInstall>',
			'\t\t\t<UserData>',
			'\t\t\t\t<AcceptEula>true</AcceptEula>',
			'\t\t\t\t<FullName>${4:Owner}</FullName>',
			'\t\t\t\t<Organization>${5:Organization}</Organization>',
			'\t\t\t\t<!-- Media that asks for a product key: add <ProductKey><Key>…</Key></ProductKey> (a generic key installs the edition unactivated). -->',
			'\t\t\t</UserData>',
			'\t\t</component>',
			'\t</settings>',
			'\t<settings pass="specialize">',
			'\t\t<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="${1}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
			'\t\t\t<ComputerName>${6:*}</ComputerName>',
			'\t\t\t<TimeZone>${7:UTC}</TimeZone>',
			'\t\t</component>',
			'\t</settings>',
			'\t<settings pass="oobeSystem">',
			...oobeSystemComponents('${2}', '${2}', 'Accounts: add UserAccounts here (completion writes LocalAccount with its password, name and group).'),
			'\t</settings>',
			'</unattend>',
		],
	},
];
