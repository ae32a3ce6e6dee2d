/**
 * unattend.xml rules driven by the generated reference table and the target
 * release: empty elements, passes, other namespaces, template placeholders,
 * target-dependent deprecation, secrets, SkipRearm, command lines. One row
 * per case, with caret annotations (see test/utils/fixture.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogCounts, unattendCatalog } from '../../server/src/services/unattendXml/unattendCatalog';
import { referenceComponents, referenceSource } from '../../server/src/knowledge/unattendXmlReference';
import { unattendXml } from '../../server/src/knowledge/unattendXml';
import { checkDiagnostics, documentFor, service, single } from '../utils/fixture';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';

test('the catalog knows every component and setting of the reference, plus the hand-written ones', () => {
	const catalog = unattendCatalog(unattendXml.components);
	const counts = catalogCounts(catalog);
	const referenceSettings = referenceComponents.reduce((sum, component) => sum + component[3].length, 0);
	assert.ok(referenceComponents.length >= 80, `${referenceComponents.length} reference components`);
	assert.ok(referenceSettings >= 1000, `${referenceSettings} reference settings`);
	assert.ok(counts.components >= referenceComponents.length);
	assert.ok(counts.settings >= referenceSettings);
	assert.match(referenceSource.commit, /^[0-9a-f]{40}$/);
	const names = new Set(catalog.map((component) => component.name.toLowerCase()));
	for (const component of referenceComponents) assert.ok(names.has(component[0].toLowerCase()), component[0]);
});

const cases: [string, string, string[], Record<string, unknown>?][] = [
	[
		'empty elements: allowed, meaningful, or not supported, as the reference says',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<RegisteredOwner></RegisteredOwner>
		<RegisteredOrganization/>
		<ComputerName></ComputerName>
		<OEMInformation><SupportProvider></SupportProvider><SupportURL/></OEMInformation>
		</component>
		</settings>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey><Key></Key><WillShowUI>Always</WillShowUI></ProductKey></UserData>
		                       ^^^ information xml.empty-value: Key is empty, and the reference says it does not support an empty element; leave it out or give a value.
		<UserData><AcceptEula></AcceptEula></UserData>
		           ^^^^^^^^^^ information xml.empty-value: AcceptEula is empty; it takes true or false, and the reference does not say what Setup does with an empty element. Write a value or leave the element out.
		</component>
		</settings>
		<settings pass="specialize">
		<component name="Microsoft-Windows-UnattendedJoin" ${ids}>
		<Identification>
		<DebugJoin></DebugJoin>
		 ^^^^^^^^^ warning xml.empty-value: DebugJoin is empty, and the reference says it does not support an empty element; leave it out or give a value.
		<UnsecureJoin></UnsecureJoin>
		 ^^^^^^^^^^^^ information xml.empty-value: UnsecureJoin is empty; it takes true or false, and the reference does not say what Setup does with an empty element. Write a value or leave the element out.
		</Identification>
		</component>
		</settings>
		</unattend>
		`,
		['xml.empty-value', 'xml.invalid-value'],
	],
	[
		'join credentials are not an account: empty ones matter only when JoinDomain names a domain',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-UnattendedJoin" ${ids}>
		<Identification>
		<JoinDomain></JoinDomain>
		<MachinePassword></MachinePassword>
		<Credentials><Domain></Domain><Username></Username><Password></Password></Credentials>
		</Identification>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<UserAccounts><AdministratorPassword><Value></Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts>
		                                      ^^^^^ warning xml.blank-password: The AdministratorPassword is empty: the account gets no password, so anyone who reaches it (at the console, or over the network where blank passwords are allowed) can sign in. Set a password, or leave the element out where the reference allows it.
		</component>
		</settings>
		</unattend>
		//- /join/unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-UnattendedJoin" ${ids}>
		<Identification>
		<JoinDomain>corp.example.com</JoinDomain>
		<Credentials><Domain>corp</Domain><Username>joiner</Username><Password></Password></Credentials>
		                                                              ^^^^^^^^ warning xml.blank-password: The password of Credentials is empty, so the join to JoinDomain 'corp.example.com' signs in with no password; that fails unless the account really has none. Give the password, or let the deployment tool fill it.
		</Identification>
		</component>
		</settings>
		</unattend>
		`,
		['xml.blank-password'],
	],
	[
		'an MDT template: its empty slots are hints naming MDT and the property that fills them (by path or by content)',
		`
		//- /DeploymentShare/Control/WIN10X64/Unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey><Key></Key><WillShowUI>OnError</WillShowUI></ProductKey><AcceptEula>true</AcceptEula></UserData>
		                       ^^^ hint xml.template-placeholder: An empty Key in this MDT template: MDT writes the task-sequence property ProductKey into it at deploy time, and removes its parent when ProductKey is blank. Reseal does not check it here.
		</component>
		</settings>
		<settings pass="specialize">
		<component name="Microsoft-Windows-UnattendedJoin" ${ids}>
		<Identification><Credentials><Username></Username><Domain></Domain><Password></Password></Credentials><JoinDomain></JoinDomain></Identification>
		                              ^^^^^^^^ hint xml.template-placeholder: An empty Username in this MDT template: MDT writes the task-sequence property DomainAdmin into it at deploy time. Reseal does not check it here.
		                                                   ^^^^^^ hint xml.template-placeholder: An empty Domain in this MDT template: MDT writes the task-sequence property DomainAdminDomain into it at deploy time. Reseal does not check it here.
		                                                                    ^^^^^^^^ hint xml.template-placeholder: An empty Password in this MDT template: MDT writes the task-sequence property DomainAdminPassword into it at deploy time. Reseal does not check it here.
		                                                                                                       ^^^^^^^^^^ hint xml.template-placeholder: An empty JoinDomain in this MDT template: MDT writes the task-sequence property JoinDomain into it at deploy time. Reseal does not check it here.
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<UserAccounts><AdministratorPassword><Value></Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts>
		                                      ^^^^^ hint xml.template-placeholder: An empty Value in this MDT template: MDT writes the task-sequence property AdminPassword into it at deploy time. Reseal does not check it here.
		<TimeZone></TimeZone>
		 ^^^^^^^^ hint xml.template-placeholder: An empty TimeZone in this MDT template: MDT writes the task-sequence property TimeZoneName into it at deploy time, and removes the element when TimeZoneName is blank. Reseal does not check it here.
		</component>
		</settings>
		</unattend>
		//- /build/answer/unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<TimeZone></TimeZone>
		 ^^^^^^^^ hint xml.template-placeholder: An empty TimeZone in this MDT template: MDT writes the task-sequence property TimeZoneName into it at deploy time, and removes the element when TimeZoneName is blank. Reseal does not check it here.
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>wscript.exe %SystemDrive%\\LTIBootstrap.vbs</CommandLine></SynchronousCommand></FirstLogonCommands>
		</component>
		</settings>
		</unattend>
		//- /plain/unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<TimeZone></TimeZone>
		 ^^^^^^^^ information xml.empty-value: TimeZone is empty; it takes a Windows time-zone ID, and the reference does not say what Setup does with an empty element. Write a value or leave the element out.
		</component>
		</settings>
		</unattend>
		`,
		['xml.template-placeholder', 'xml.blank-password', 'xml.empty-value', 'xml.invalid-value'],
	],
	[
		'the spellings Windows SIM writes are the setting (OEMAppId for the reference\'s OEMAppID)',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><OEMAppId>winstore_abc!App</OEMAppId><OEMAppID>winstore_abc!App</OEMAppID><OemAppId>x</OemAppId></OOBE>
		                                                                                 ^^^^^^^^ warning xml.unknown-setting: Element names are case-sensitive: <OOBE> has 'OEMAppID', not 'OemAppId'.
		</component>
		</settings>
		</unattend>
		`,
		['xml.unknown-setting'],
	],
	[
		'a wrong pass is reported once, on the outermost element, and not also as deprecated',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<AutoLogon><Enabled>true</Enabled><LogonCount>1</LogonCount><Username>admin</Username></AutoLogon>
		<OOBE><HideEULAPage>true</HideEULAPage><NetworkLocation>Work</NetworkLocation></OOBE>
		 ^^^^ warning xml.setting-wrong-pass: OOBE is applied only in oobeSystem; in specialize Setup ignores it.
		</component>
		</settings>
		<settings pass="generalize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<RegisteredOwner>IT</RegisteredOwner>
		</component>
		</settings>
		</unattend>
		`,
		['xml.setting-wrong-pass', 'xml.deprecated-setting', 'xml.component-wrong-pass'],
	],
	[
		'a component in a pass none of its settings apply in',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="offlineServicing">
		<component name="Microsoft-Windows-PnpCustomizationsWinPE" ${ids}>
		                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.component-wrong-pass…
		<DriverPaths><PathAndCredentials wcm:action="add" wcm:keyValue="1"><Path>D:\\drivers</Path></PathAndCredentials></DriverPaths>
		</component>
		</settings>
		</unattend>
		`,
		['xml.component-wrong-pass', 'xml.setting-wrong-pass'],
	],
	[
		'elements of other namespaces are skipped silently',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<ComputerName>*</ComputerName>
		<x:Note xmlns:x="urn:example:notes"><Anything/></x:Note>
		</component>
		</settings>
		<Extensions xmlns="https://example.org/generator/"><File path="C:\\a.ps1">echo</File></Extensions>
		</unattend>
		`,
		[],
	],
	[
		'a namespace declaration that is almost the wcm namespace',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-PnpCustomizationsWinPE" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="https://schemas.microsoft.com/WMIConfig/2002/State">
		                                                                                                                                                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.namespace-typo: 'https://schemas.microsoft.com/WMIConfig/2002/State' is not the namespace Setup reads; it is 'http://schemas.microsoft.com/WMIConfig/2002/State'. The wcm: attributes this declaration covers are invisible to Setup.
		<DriverPaths><PathAndCredentials wcm:action="add" wcm:keyValue="1"><Path>D:\\drivers</Path></PathAndCredentials></DriverPaths>
		</component>
		</settings>
		</unattend>
		`,
		[],
	],
	[
		'template placeholders in values and attributes: one hint each, checked no further',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="{{ architecture }}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
		                                                                       ^^^^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<TimeZone>\${guest_os_timezone}</TimeZone>
		          ^^^^^^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<ComputerName>%COMPUTER_NAME%</ComputerName>
		              ^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<RegisteredOwner>@@OWNER@@</RegisteredOwner>
		                 ^^^^^^^^^ hint xml.template-placeholder…
		<RegisteredOrganization>{Organization}</RegisteredOrganization>
		                        ^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<ProductKey>[PRODUCT_KEY]</ProductKey>
		            ^^^^^^^^^^^^^ hint xml.template-placeholder…
		<CopyProfile>$env:COPY_PROFILE</CopyProfile>
		             ^^^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		</component>
		</settings>
		</unattend>
		`,
		[],
	],
	[
		'template directive lines between elements, and alternatives they choose between',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<ImageInstall><OSImage>
		%{ if is_efi ~}
		^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<InstallTo><DiskID>0</DiskID><PartitionID>3</PartitionID></InstallTo>
		%{ else ~}
		^^^^^^^^^^ hint xml.template-placeholder…
		<InstallTo><DiskID>0</DiskID><PartitionID>1</PartitionID></InstallTo>
		 ^^^^^^^^^ hint xml.duplicate-setting…
		%{ endif ~}
		^^^^^^^^^^^ hint xml.template-placeholder…
		</OSImage></ImageInstall>
		</component>
		</settings>
		</unattend>
		`,
		['xml.template-placeholder', 'xml.duplicate-setting', 'xml.unexpected-content'],
	],
	[
		'Jinja directive lines inside a list, and a Jinja token in a path',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-PnpCustomizationsWinPE" ${ids}>
		<DriverPaths>
		{% if platform == "qemu" %}
		^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<PathAndCredentials wcm:action="add" wcm:keyValue="1"><Path>F:\\viostor\\{{ architecture }}</Path></PathAndCredentials>
		                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		{% endif %}
		^^^^^^^^^^^ hint xml.template-placeholder…
		</DriverPaths>
		</component>
		</settings>
		</unattend>
		`,
		[],
	],
	[
		'Windows environment variables in a command are not template tokens',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>%SystemDrive%\\setup\\run.cmd</CommandLine></SynchronousCommand></FirstLogonCommands>
		</component>
		</settings>
		</unattend>
		`,
		[],
	],
	[
		'deprecation follows the target: the newest Windows by default',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		       ^^^^^^^^^^^^^^^ information xml.deprecated-setting: SkipMachineOOBE is deprecated since Windows 8; hide individual pages (HideEULAPage, HideLocalAccountScreen, …) instead (checked for Windows 11, the newest release; set reseal.unattend.target or add <!-- reseal: target=win7 --> for an older one).
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
	],
	[
		'the target from a published KMS client key, a comment naming one release, a key typed into <ProductKey>; the message says which',
		`
		//- /kms/unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey><Key>N69G4-B89J2-4G8F4-WWYCC-J464C</Key></ProductKey></UserData>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		       ^^^^^^^^^^^^^^^ information xml.deprecated-setting: SkipMachineOOBE is deprecated since Windows 8; hide individual pages (HideEULAPage, HideLocalAccountScreen, …) instead (checked for Windows Server 2019, from the KMS client setup key of Windows Server 2019 Standard).
		</component>
		</settings>
		</unattend>
		//- /typed/unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey>33PXH-7Y6KF-2VJC9-XBBR8-HVTHH <WillShowUI>Never</WillShowUI></ProductKey></UserData>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		</component>
		</settings>
		</unattend>
		//- /comment/unattend.xml
		<!-- Packer answer file for Windows Server 2012 R2 Standard -->
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		       ^^^^^^^^^^^^^^^ information xml.deprecated-setting: SkipMachineOOBE is deprecated since Windows 8; hide individual pages (HideEULAPage, HideLocalAccountScreen, …) instead (checked for Windows Server 2012 R2, from a comment naming Server 2012 R2).
		</component>
		</settings>
		</unattend>
		//- /several/unattend.xml
		<!-- Images: Windows 7 Enterprise, Windows Server 2008 R2 SERVERSTANDARD -->
		<!-- Windows Vista needs another driver -->
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		</component>
		</settings>
		</unattend>
		//- /newer/unattend.xml
		<!-- Windows 8.1 or Windows 10 -->
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		       ^^^^^^^^^^^^^^^ information xml.deprecated-setting: SkipMachineOOBE is deprecated since Windows 8; hide individual pages (HideEULAPage, HideLocalAccountScreen, …) instead (checked for Windows 10, from comments naming Windows 10, Windows 8.1 (the newest of them)).
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
	],
	[
		'deprecation follows the target: a reseal comment names Windows 7',
		`
		//- /unattend.xml
		<!-- reseal: target=win7 -->
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
	],
	[
		'deprecation follows the target: the setting names Windows 7',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
		{ unattendTarget: 'win7' },
	],
	[
		'deprecation follows the target: an image name says Windows 7',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<ImageInstall><OSImage><InstallFrom><MetaData wcm:action="add"><Key>/IMAGE/NAME</Key><Value>Windows 7 PROFESSIONAL</Value></MetaData></InstallFrom></OSImage></ImageInstall>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
	],
	[
		'deprecation follows the target: a published Windows 10/11 setup key',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey><Key>VK7JG-NPHTM-C97JM-9MPGT-3V66T</Key></ProductKey></UserData>
		</component>
		</settings>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<OOBE><SkipUserOOBE>true</SkipUserOOBE></OOBE>
		       ^^^^^^^^^^^^ information xml.deprecated-setting…
		</component>
		</settings>
		</unattend>
		`,
		['xml.deprecated-setting'],
	],
	[
		'secrets: clear text is information and says Base64 is no protection; a blank password is a warning',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<UserAccounts>
		<AdministratorPassword><Value></Value><PlainText>true</PlainText></AdministratorPassword>
		                        ^^^^^ warning xml.blank-password: The AdministratorPassword is empty: the account gets no password, so anyone who reaches it (at the console, or over the network where blank passwords are allowed) can sign in. Set a password, or leave the element out where the reference allows it.
		<LocalAccounts><LocalAccount wcm:action="add"><Name>ops</Name><Group>Administrators</Group><Password><Value>S3cret!</Value><PlainText>true</PlainText></Password></LocalAccount></LocalAccounts>
		                                                                                                                                      ^^^^ information xml.plaintext-password: The Password is in clear text: anyone who can read this file, the image, or the copy Setup keeps in Windows\\Panther can read it. PlainText = false would not protect it either (Windows SIM only Base64-encodes the password, which anyone can decode); keep the file private or set the password at deployment time.
		</UserAccounts>
		</component>
		</settings>
		</unattend>
		`,
		['xml.blank-password', 'xml.plaintext-password'],
	],
	[
		'a product key typed where its <Key> belongs',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<UserData><ProductKey>ABCDE-FGHIJ-KLMNO-PQRST-UVWXY</ProductKey></UserData>
		                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error xml.product-key-placement: A product key typed directly in <ProductKey>; it belongs in its <Key> element, otherwise Setup does not see it.
		</component>
		</settings>
		</unattend>
		`,
		['xml.product-key-placement', 'xml.unexpected-content'],
	],
	[
		'SkipRearm = 1 in an install-only answer file is information',
		`
		//- /autounattend.xml
		<unattend ${ns}>
		<settings pass="windowsPE">
		<component name="Microsoft-Windows-Setup" ${ids}>
		<ImageInstall><OSImage><InstallToAvailablePartition>true</InstallToAvailablePartition></OSImage></ImageInstall>
		</component>
		</settings>
		<settings pass="generalize">
		<component name="Microsoft-Windows-Security-SPP" ${ids}>
		<SkipRearm>1</SkipRearm>
		           ^ information xml.skip-rearm: SkipRearm = 1 matters only if this file is also passed to sysprep /generalize: it installs Windows from media, and Setup from media never runs the generalize pass.
		</component>
		</settings>
		</unattend>
		`,
		['xml.skip-rearm'],
	],
	[
		'SkipRearm = 1 in a Sysprep answer file stays a warning',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="generalize">
		<component name="Microsoft-Windows-Security-SPP" ${ids}>
		<SkipRearm>1</SkipRearm>
		           ^ warning xml.skip-rearm…
		</component>
		</settings>
		</unattend>
		`,
		['xml.skip-rearm'],
	],
	[
		'a PowerShell cmdlet as a command line',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<FirstLogonCommands><SynchronousCommand wcm:action="add"><Order>1</Order><CommandLine>Start-Process notepad.exe</CommandLine></SynchronousCommand></FirstLogonCommands>
		                                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.powershell-command…
		</component>
		</settings>
		</unattend>
		`,
		['xml.powershell-command'],
	],
	[
		'locales: a three-letter region is not a region; a sort suffix and extra leading zeros are fine',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-International-Core" ${ids}>
		<UserLocale>en-UGB</UserLocale>
		            ^^^^^^ error xml.invalid-value…
		<SystemLocale>de-DE_phoneb</SystemLocale>
		<InputLocale>0413:000020409</InputLocale>
		</component>
		</settings>
		</unattend>
		`,
		['xml.invalid-value'],
	],
	[
		'a setting the reference does not list: a typo gets did-you-mean, anything else only information',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<RegisteredOwnr>IT</RegisteredOwnr>
		 ^^^^^^^^^^^^^^ warning xml.unknown-setting: 'RegisteredOwnr' is not a setting of Microsoft-Windows-Shell-Setup; did you mean 'RegisteredOwner'?
		<ConfigureSomethingNew>true</ConfigureSomethingNew>
		 ^^^^^^^^^^^^^^^^^^^^^ information xml.unknown-setting…
		</component>
		</settings>
		</unattend>
		`,
		['xml.unknown-setting'],
	],
	[
		'a value outside an enumeration read from the reference is a warning',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="specialize">
		<component name="Microsoft-Windows-MobilePC-Sensors-API-AdaptiveBrightness" ${ids}>
		<ALRCurveVersion>7</ALRCurveVersion>
		                 ^ warning xml.invalid-value…
		</component>
		</settings>
		</unattend>
		`,
		['xml.invalid-value'],
	],
	[
		'a padded fill-in template: empty slots are placeholders',
		`
		//- /unattend.xml
		<unattend ${ns}>
		<settings pass="oobeSystem">
		<component name="Microsoft-Windows-Shell-Setup" ${ids}>
		<TimeZone></TimeZone>                                
		 ^^^^^^^^ hint xml.template-placeholder…
		<RegisteredOwner></RegisteredOwner>                        
		 ^^^^^^^^^^^^^^^ hint xml.template-placeholder…
		<AutoLogon><Password><Value></Value><PlainText>true</PlainText></Password><Enabled>true</Enabled><Username>u</Username></AutoLogon>
		                      ^^^^^ hint xml.template-placeholder…
		</component>
		</settings>
		</unattend>
		`,
		['xml.template-placeholder', 'xml.blank-password', 'xml.invalid-value'],
	],
];

for (const [name, fixture, only, settings] of cases) {
	test(name, () => {
		checkDiagnostics(fixture, only.length > 0 ? { only, settings } : { settings });
	});
}

test('hover of a long-tail setting is built from the reference facts', () => {
	const fixture = single(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="specialize">\n<component name="Microsoft-Windows-MobilePC-Sensors-API-AdaptiveBrightness" ${ids}>\n<ALRCurve$0Version>2</ALRCurveVersion>\n</component>\n</settings>\n</unattend>\n`);
	const hover = service.doHover(documentFor(fixture), fixture.cursor!);
	const text = JSON.stringify(hover?.contents);
	assert.match(text, /ALRCurveVersion/);
	assert.match(text, /specialize/);
	assert.match(text, /`1`/);
});
