/**
 * Knowledge layer: the Windows releases an `unattend.xml` can target, and
 * what in an answer file reveals the release (an `<ImageInstall>` image name,
 * a published generic or KMS client setup key).
 *
 * Releases are ordered by code base: a Server release shares the rank of the
 * client release it was built with, so "deprecated since Windows 10" also
 * holds for Windows Server 2016 and later. The keys below are the ones
 * Microsoft publishes for anyone to use (KMS client setup keys and default
 * setup keys); they install an edition but never activate it by themselves.
 */

export type UnattendTarget = 'vista' | 'win7' | 'win8' | 'win81' | 'win10' | 'win11' | 'ws2008' | 'ws2008r2' | 'ws2012' | 'ws2012r2' | 'ws2016' | 'ws2019' | 'ws2022' | 'ws2025';

export interface UnattendTargetSpec {
	readonly id: UnattendTarget;
	readonly label: string;
	/** Code-base rank: 1 Vista/2008 … 6 Windows 11/Server 2025. */
	readonly rank: number;
}

export const unattendTargets: readonly UnattendTargetSpec[] = [
	{ id: 'vista', label: 'Windows Vista', rank: 1 },
	{ id: 'win7', label: 'Windows 7', rank: 2 },
	{ id: 'win8', label: 'Windows 8', rank: 3 },
	{ id: 'win81', label: 'Windows 8.1', rank: 4 },
	{ id: 'win10', label: 'Windows 10', rank: 5 },
	{ id: 'win11', label: 'Windows 11', rank: 6 },
	{ id: 'ws2008', label: 'Windows Server 2008', rank: 1 },
	{ id: 'ws2008r2', label: 'Windows Server 2008 R2', rank: 2 },
	{ id: 'ws2012', label: 'Windows Server 2012', rank: 3 },
	{ id: 'ws2012r2', label: 'Windows Server 2012 R2', rank: 4 },
	{ id: 'ws2016', label: 'Windows Server 2016', rank: 5 },
	{ id: 'ws2019', label: 'Windows Server 2019', rank: 5 },
	{ id: 'ws2022', label: 'Windows Server 2022', rank: 5 },
	{ id: 'ws2025', label: 'Windows Server 2025', rank: 6 },
];

/** Used when neither the settings nor the file say otherwise. */
export const newestUnattendTarget: UnattendTarget = 'win11';

/**
 * Release ids as the reference's "changed answer file settings" pages name
 * them, mapped to a target: `win81` (Windows 8.1 / Server 2012 R2), a
 * Windows 10 build number (`1709`), or empty (no release given: Windows 10).
 */
export function releaseTarget(release: string): UnattendTarget {
	if (release === 'win8' || release === 'win81' || release === 'win7' || release === 'vista' || release === 'win11') return release;
	return 'win10';
}

/** Image names (`/IMAGE/NAME` metadata values, WDS `ImageName`), first match wins. */
export const imageNameTargets: readonly (readonly [pattern: RegExp, target: UnattendTarget])[] = [
	[/\bServer 2025\b/i, 'ws2025'],
	[/\bServer 2022\b/i, 'ws2022'],
	[/\bServer 2019\b/i, 'ws2019'],
	[/\bServer 2016\b/i, 'ws2016'],
	[/\bServer 2012 R2\b/i, 'ws2012r2'],
	[/\bServer 2012\b/i, 'ws2012'],
	[/\bServer 2008 R2\b/i, 'ws2008r2'],
	[/\b(Server 2008|Longhorn)\b/i, 'ws2008'],
	[/\bWindows 11\b/i, 'win11'],
	[/\bWindows 10\b/i, 'win10'],
	[/\bWindows 8\.1\b/i, 'win81'],
	[/\bWindows 8\b/i, 'win8'],
	[/\bWindows 7\b/i, 'win7'],
	[/\bVista\b/i, 'vista'],
];

/** Published setup keys of one release (generic/default keys and KMS client setup keys). */
export const editionKeyTargets: Readonly<Record<string, UnattendTarget>> = {
	// Windows 7 default setup keys and KMS client keys
	'YGFVB-QTFXQ-3H233-PTWTJ-YRYRV': 'win7',
	'RHPQ2-RMFJH-74XYM-BH4JX-XM76F': 'win7',
	'HYF8J-CVRMY-CM74G-RPHKF-PW487': 'win7',
	'D4F6K-QK3RD-TMVMJ-BBMRX-3MBMV': 'win7',
	'FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4': 'win7',
	'33PXH-7Y6KF-2VJC9-XBBR8-HVTHH': 'win7',
	// Windows Server 2008 / 2008 R2 KMS client keys
	'TM24T-X9RMF-VWXK6-X8JC9-BFGM2': 'ws2008',
	'YC6KT-GKW9T-YTKYR-T4X34-R7VHC': 'ws2008r2',
	'7M67G-PC374-GR742-YH8V4-TCBY3': 'ws2008r2',
	// Windows Server 2012 / 2012 R2 KMS client keys
	'XC9B7-NBPP2-83J2H-RHMBY-92BT4': 'ws2012',
	'48HP8-DN98B-MYWDG-T2DCC-8W83P': 'ws2012',
	'D2N9P-3P6X9-2R39C-7RTCD-MDVJX': 'ws2012r2',
	'W3GGN-FT8W3-Y4M27-J84CP-Q3VJ9': 'ws2012r2',
	// Windows Server 2016 / 2019 / 2022 / 2025 KMS client keys
	'WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY': 'ws2016',
	'CB7KF-BWN84-R7R2Y-793K2-8XDDG': 'ws2016',
	'N69G4-B89J2-4G8F4-WWYCC-J464C': 'ws2019',
	'WMDGN-G9PQG-XVVXX-R3X43-63DFG': 'ws2019',
	'VDYBN-27WPP-V4HQT-9VMD4-VMK7H': 'ws2022',
	'WX4NM-KYWYW-QJJR4-XV3QB-6VM33': 'ws2022',
	'TVRH6-WHNXV-R9WG3-9XRFY-MY832': 'ws2025',
	'D764K-2NDRG-47T6Q-P8T8W-YP6DF': 'ws2025',
	// Windows 8.1 KMS client keys
	'GCRJD-8NW9H-F2CDX-CCM8D-9D6T9': 'win81',
	'MHF9N-XY6XB-WVXMC-BTDCT-MKKG7': 'win81',
	// Windows 8 KMS client keys
	'NG4HW-VH26C-733KW-K6F98-J8CK4': 'win8',
	'32JNW-9KQ84-P47T8-D8GGY-CWCK7': 'win8',
	// Windows 10 and 11 share their keys; the newer release is assumed.
	'W269N-WFGWX-YVC9B-4J6C9-T83GX': 'win11',
	'NPPR9-FWDCX-D2C8J-H872K-2YT43': 'win11',
	'VK7JG-NPHTM-C97JM-9MPGT-3V66T': 'win11',
	'NW6C2-QMPVW-D7KKK-3GKT6-VCFB2': 'win11',
};
