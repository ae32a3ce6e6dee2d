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

/**
 * Published generic (default setup) keys of one release: they install an
 * edition and never activate. Microsoft's KMS client setup keys are in
 * `unattendXmlKmsKeys.ts`, with their editions.
 */
export const editionKeyTargets: Readonly<Record<string, UnattendTarget>> = {
	// Windows 7 default setup keys (Home Basic, Home Premium, Professional, Ultimate)
	'YGFVB-QTFXQ-3H233-PTWTJ-YRYRV': 'win7',
	'RHPQ2-RMFJH-74XYM-BH4JX-XM76F': 'win7',
	'HYF8J-CVRMY-CM74G-RPHKF-PW487': 'win7',
	'D4F6K-QK3RD-TMVMJ-BBMRX-3MBMV': 'win7',
	// Windows 10 and 11 Pro generic key: shared, so the newer release is assumed.
	'VK7JG-NPHTM-C97JM-9MPGT-3V66T': 'win11',
};

/**
 * Words in comments that name the release a template is for
 * (`<!-- Windows Server 2019 Datacenter -->`): the image-name patterns, used
 * only when every comment that names a release names the same one.
 */
export const commentTargets = imageNameTargets;
