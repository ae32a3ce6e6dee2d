/**
 * Knowledge layer: programs that image-preparation scripts run but that do
 * not ship with Windows XP / Server 2003, so a bundle must carry them.
 *
 * Conventions: `name` is the file name in lower case with extension; `doc`,
 * `origin` and `placement` are our own prose. `eula` marks Sysinternals tools
 * that show a licence dialog on first use unless given `/accepteula`.
 * `replacement` names a Windows command that does the same job, when a
 * quick-fix can rewrite the call (a template with `$1` for the first argument).
 */

export interface ExternalToolSwitch {
	readonly name: string;
	readonly doc: string;
}

export interface ExternalToolSpec {
	readonly name: string;
	readonly title: string;
	readonly doc: string;
	/** Where to get it. */
	readonly origin: string;
	/** Where it must be for the script to find it. */
	readonly placement: string;
	readonly family: 'sysinternals' | 'resource-kit' | 'support-tools' | 'in-house' | 'third-party' | 'deploy';
	readonly eula?: boolean;
	readonly switches?: readonly ExternalToolSwitch[];
	/** A Windows command line that replaces a call: `$1` is the first non-switch argument. */
	readonly replacement?: { readonly template: string; readonly numericTemplate?: string; readonly note: string };
	/** The reference page or seed the row was checked against, or `unverified`. */
	readonly source: string;
}

const onPath = 'In the script\'s folder when the script is started from there, in `C:\\Sysprep`, or in a folder on `PATH` such as `%SystemRoot%\\System32`.';

export const externalTools: readonly ExternalToolSpec[] = [
	{
		name: 'sync.exe',
		source: 'seed 000 (requirements of sysprep.bat); Microsoft Sysinternals Sync page',
		title: 'Sysinternals Sync',
		family: 'sysinternals',
		eula: true,
		doc: 'Flushes the file-system cache of the given drives (all fixed drives when none is named) to disk, so an image taken right after holds everything written so far.',
		origin: 'Microsoft Sysinternals (download `Sync.zip`; older 2.x builds run on XP/2003).',
		placement: onPath,
		switches: [
			{ name: '-r', doc: 'Also flushes removable drives.' },
			{ name: '-e', doc: 'Ejects removable drives after flushing them (Windows XP and later).' },
			{ name: '/accepteula', doc: 'Records acceptance of the Sysinternals licence so no dialog appears; give it on the first call in a fresh image.' },
			{ name: '-nobanner', doc: 'Suppresses the start-up banner (newer builds).' },
		],
	},
	{
		name: 'kill.exe',
		source: 'seed 000 (requirements of sysprep.bat)',
		title: 'Resource Kit Kill',
		family: 'resource-kit',
		doc: 'Ends a process chosen by process ID, by task name (without `.exe`) or by window-title pattern.',
		origin: 'Windows Server 2003 Resource Kit Tools (`rktools.exe`), also in the Windows 2000/NT Resource Kits and Debugging Tools.',
		placement: `${onPath} Installing the Resource Kit adds its folder to \`PATH\`.`,
		switches: [{ name: '/f', doc: 'Forces the process to end even when it does not respond.' }],
		replacement: {
			template: 'taskkill /f /im $1.exe',
			numericTemplate: 'taskkill /f /pid $1',
			note: '`taskkill.exe` ships with Windows XP Professional and Server 2003, so the bundle need not carry kill.exe.',
		},
	},
	{
		name: 'spdrvscn.exe',
		title: 'SysPrep Driver Scanner',
		family: 'in-house',
		doc: 'A free helper for Windows 2000/XP/2003 images ("SysPrep Driver Scanner", with a window and a command line). It walks a driver tree, keeps every folder holding files of the given extension (`inf`), and writes that folder list into the registry value Mini-Setup searches for drivers (`DevicePath` under `HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion`), so `OemPnpDriversPath` in `Sysprep.inf` is no longer needed (nor its length limit). Run it just before sysprep. Not part of Windows or of any Microsoft kit; the switches below are described as scripts use them.',
		origin: 'A freeware download (SysPrep Driver Scanner), not from Microsoft; keep the exact build the imaging process was written for.',
		source: 'softsea.com review of SysPrep Driver Scanner; seed 000 (the command line)',
		placement: 'Usually next to `sysprep.exe` in `C:\\Sysprep`, or on `PATH`.',
		switches: [
			{ name: '/p', doc: 'Root folder of the driver tree to scan, e.g. `C:\\Sysprep\\Drivers`.' },
			{ name: '/e', doc: 'File extension to look for (`inf`).' },
			{ name: '/d', doc: 'An extra folder of INF files to take into account, e.g. `C:\\Windows\\inf` (as used).' },
			{ name: '/m', doc: 'Marker text written with the result; `~month`, `~day`, `~year` and similar tokens are replaced (as used).' },
			{ name: '/o', doc: 'A second text written with the result, with the same `~` tokens (as used).' },
			{ name: '/f', doc: 'Seen in scripts before `/a /s /q`; meaning not documented publicly.' },
			{ name: '/a', doc: 'Seen in scripts; appears to run without asking.' },
			{ name: '/s', doc: 'Seen in scripts; appears to save the result into `Sysprep.inf`.' },
			{ name: '/q', doc: 'Seen in scripts; appears to run quietly.' },
		],
	},
	{
		name: 'sysprep.exe',
		source: 'seed 003 (How Sysprep Works, Windows Server 2003)',
		title: 'System Preparation Tool (XP/2003)',
		family: 'deploy',
		doc: 'The XP/Server 2003 sysprep comes with the deployment tools, not with Windows itself, and needs its companion files (`setupcl.exe`, `factory.exe`, `sysprep.inf`).',
		origin: '`Deploy.cab` in `\\SUPPORT\\TOOLS` of the Windows CD, matching the service pack and architecture of the image.',
		placement: '`C:\\Sysprep` (the folder is deleted by Mini-Setup when it finishes).',
	},
	{
		name: 'setupcl.exe',
		source: 'seed 003 (How Sysprep Works, Windows Server 2003)',
		title: 'Setup SID generator',
		family: 'deploy',
		doc: 'Companion of sysprep.exe that changes the SID on the first boot of a cloned image.',
		origin: '`Deploy.cab` in `\\SUPPORT\\TOOLS` of the Windows CD.',
		placement: '`C:\\Sysprep`, next to sysprep.exe.',
	},
	{
		name: 'factory.exe',
		source: 'seed 003 (How Sysprep Works, Windows Server 2003)',
		title: 'Factory mode tool',
		family: 'deploy',
		doc: 'Processes `Winbom.ini` in factory mode: installs drivers and applications before the final reseal.',
		origin: '`Deploy.cab` in `\\SUPPORT\\TOOLS` of the Windows CD.',
		placement: '`C:\\Sysprep`, next to sysprep.exe.',
		switches: [
			{ name: '-winpe', doc: 'Runs the Windows PE part of `Winbom.ini`.' },
			{ name: '-oobe', doc: 'Runs the OOBE part of `Winbom.ini`.' },
			{ name: '-mini', doc: 'Runs the Mini-Setup part.' },
		],
	},
	{
		name: 'newsid.exe',
		source: 'unverified',
		title: 'Sysinternals NewSID',
		family: 'sysinternals',
		doc: 'Changes the computer SID of an installed system (retired by Sysinternals in 2009; sysprep is the supported way).',
		origin: 'Microsoft Sysinternals archive (retired tool).',
		placement: onPath,
		switches: [
			{ name: '/a', doc: 'Runs without prompts and generates a random SID.' },
			{ name: '/n', doc: 'Does not restart when done.' },
			{ name: '/d', doc: 'Restarts after the given number of seconds.' },
		],
	},
	{ name: 'psexec.exe', title: 'Sysinternals PsExec', family: 'sysinternals', eula: true, doc: 'Runs a program on a local or remote machine, optionally as another account or as SYSTEM.', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, switches: [{ name: '/accepteula', doc: 'Accepts the licence without a dialog.' }, { name: '-s', doc: 'Runs as the SYSTEM account.' }, { name: '-i', doc: 'Interacts with the desktop.' }, { name: '-d', doc: 'Does not wait for the program to end.' }], source: 'unverified' },
	{ name: 'pskill.exe', title: 'Sysinternals PsKill', family: 'sysinternals', eula: true, doc: 'Ends a process by name or ID, locally or remotely.', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, switches: [{ name: '/accepteula', doc: 'Accepts the licence without a dialog.' }, { name: '-t', doc: 'Ends the whole process tree.' }], source: 'unverified' },
	{ name: 'pslist.exe', title: 'Sysinternals PsList', family: 'sysinternals', eula: true, doc: 'Lists processes with CPU and memory figures.', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, source: 'unverified' },
	{ name: 'psshutdown.exe', title: 'Sysinternals PsShutdown', family: 'sysinternals', eula: true, doc: 'Shuts down, restarts or logs off a local or remote machine.', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, source: 'unverified' },
	{ name: 'psservice.exe', title: 'Sysinternals PsService', family: 'sysinternals', eula: true, doc: 'Shows and controls services, locally or remotely.', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, source: 'unverified' },
	{ name: 'psinfo.exe', title: 'Sysinternals PsInfo', family: 'sysinternals', eula: true, doc: 'Prints system information (version, uptime, hotfixes).', origin: 'Microsoft Sysinternals (PsTools).', placement: onPath, source: 'unverified' },
	{ name: 'sdelete.exe', title: 'Sysinternals SDelete', family: 'sysinternals', eula: true, doc: 'Overwrites deleted data; with `-z` zeroes free space so a virtual disk compacts well.', origin: 'Microsoft Sysinternals.', placement: onPath, switches: [{ name: '-z', doc: 'Zeroes free space.' }, { name: '-c', doc: 'Cleans free space.' }], source: 'unverified' },
	{ name: 'contig.exe', title: 'Sysinternals Contig', family: 'sysinternals', eula: true, doc: 'Defragments single files.', origin: 'Microsoft Sysinternals.', placement: onPath, source: 'unverified' },
	{ name: 'junction.exe', title: 'Sysinternals Junction', family: 'sysinternals', eula: true, doc: 'Creates, lists and deletes NTFS junction points.', origin: 'Microsoft Sysinternals.', placement: onPath, source: 'unverified' },
	{ name: 'handle.exe', title: 'Sysinternals Handle', family: 'sysinternals', eula: true, doc: 'Lists open handles, for example to find which process holds a file.', origin: 'Microsoft Sysinternals.', placement: onPath, source: 'unverified' },
	{ name: 'autorunsc.exe', title: 'Sysinternals Autorunsc', family: 'sysinternals', eula: true, doc: 'Lists auto-start entries from the command line.', origin: 'Microsoft Sysinternals.', placement: onPath, source: 'unverified' },
	{ name: 'du.exe', title: 'Sysinternals Disk Usage', family: 'sysinternals', eula: true, doc: 'Reports the space used by a folder tree.', origin: 'Microsoft Sysinternals.', placement: onPath, source: 'unverified' },
	{ name: 'setacl.exe', title: 'SetACL', family: 'third-party', doc: 'Changes permissions and owners of files, registry keys and services.', origin: 'helgeklein.com (open source).', placement: onPath, source: 'unverified' },
	{ name: 'devcon.exe', title: 'DevCon', family: 'support-tools', doc: 'Command-line Device Manager: lists, enables, disables, removes and rescans devices.', origin: 'Windows Driver Kit / Microsoft download (KB 311272).', placement: onPath, source: 'unverified' },
];
