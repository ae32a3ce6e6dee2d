/**
 * Knowledge layer: our own one-line summaries for settings that real answer
 * files use but the hand-written table (`unattendXml.ts`) does not describe;
 * the catalog attaches them to the reference rows. Keys are
 * `Component|Path/Below/Component`; components use the bare component name.
 * Everything else in the long tail gets a hover built from the facts alone.
 */
export const unattendSettingDocs: Readonly<Record<string, string>> = {
	'Microsoft-Windows-OutOfBoxExperience': 'Server only: whether the Initial Configuration Tasks window opens at logon (Windows Server 2008 and 2008 R2).',
	'Microsoft-Windows-OutOfBoxExperience|DoNotOpenInitialConfigurationTasksAtLogon': '`true` keeps the Initial Configuration Tasks window of Windows Server 2008 / 2008 R2 from opening at every logon.',
	'Microsoft-Windows-WinRE-RecoveryAgent': 'The Windows Recovery Environment on the installed system.',
	'Microsoft-Windows-WinRE-RecoveryAgent|UninstallWindowsRE': '`true` removes the Windows Recovery Environment from the installed image (smaller disk footprint, no automatic repair).',
	'Microsoft-Windows-TAPISetup': 'Telephony (dial-up modem) location settings.',
	'Microsoft-Windows-TAPISetup|TapiConfigured': 'Whether the telephony location is already set, so Windows does not ask for it when a modem is first used (`1` = yes).',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation': 'The default dialing location: country, area code and how to reach an outside line.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/AreaCode': 'The local area code of the dialing location.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/CountryOrRegion': 'The country or region code of the dialing location (a number, e.g. `1` for the United States, `44` for the United Kingdom).',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/DisableCallWaiting': 'The dial sequence that turns call waiting off, or empty.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/InternationalCarrierCode': 'The carrier code used for international calls, or empty.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/LongDistanceAccess': 'The digits dialled to reach a long-distance line, or empty.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/LongDistanceCarrierCode': 'The carrier code used for long-distance calls, or empty.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/Name': 'The display name of the dialing location.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/OutsideAccess': 'The digits dialled to reach an outside line, or empty.',
	'Microsoft-Windows-TAPISetup|TapiUnattendLocation/PulseOrToneDialing': 'Pulse (`0`) or tone (`1`) dialing.',
	'Microsoft-Windows-Printing-Spooler-Core': 'The print spooler service.',
	'Microsoft-Windows-Printing-Spooler-Core|Start': 'Whether the print spooler service starts (`1`) or stays disabled (`0`); turning it off closes the print-spooler attack surface on servers that never print.',
	'Microsoft-Windows-powercpl': 'Power Options.',
	'Microsoft-Windows-powercpl|PreferredPlan': 'The GUID of the power plan to make active, e.g. `8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c` for High performance (see `powercfg /list`).',
	'Microsoft-Windows-IE-InternetExplorer|Help_Page': 'The page Internet Explorer opens from its Help menu.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes': 'The search providers of the Internet Explorer address bar.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes/Scope': 'One search provider; `ScopeKey` identifies it within the list.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes/Scope/ScopeDefault': '`true` makes this provider the default search.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes/Scope/ScopeDisplayName': 'The provider name shown in the search menu.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes/Scope/ScopeKey': 'A key unique within the list that names this provider.',
	'Microsoft-Windows-IE-InternetExplorer|SearchScopes/Scope/ScopeUrl': 'The search URL; `{searchTerms}` marks where the query goes.',
	'Microsoft-Windows-Setup|DiskConfiguration/DisableEncryptedDiskProvisioning': '`true` stops Setup from provisioning encrypted (eDrive) disks as hardware-encrypted; they are used as ordinary disks.',
	'Microsoft-Windows-Setup|PageFile': 'The page file Setup creates while it installs Windows.',
	'Microsoft-Windows-Setup|PageFile/Size': 'The size of the Setup page file in MB; `0` lets Setup choose.',
	'Microsoft-Windows-Shell-Setup|ShowPowerButtonOnStartScreen': '`true` shows the power button on the Start screen (Windows 8.1).',
};
