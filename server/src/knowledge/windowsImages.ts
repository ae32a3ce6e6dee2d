/**
 * Knowledge layer: what the metadata of a Windows image (`install.wim`,
 * `install.esd`) means for an answer file — the processor architecture codes,
 * which release a build number is, which architectures each release ships
 * for, and the `MetaData` keys Setup selects an image by.
 *
 * Sources, per table:
 * - ARCH codes: the `PROCESSOR_ARCHITECTURE_*` constants of the Windows SDK
 *   (`winnt.h`; documented with `SYSTEM_INFO.wProcessorArchitecture`), which the
 *   WIM XML's `<ARCH>` element carries (wimlib `src/xml.c` names them the same).
 * - Builds: Microsoft's release-information pages ("Windows 10 release
 *   information", "Windows 11 release information", "Windows Server release
 *   information") and the Vista/7/8/8.1 RTM build numbers in the product
 *   lifecycle pages.
 * - Architectures: "Windows 11 specifications and system requirements" (64-bit
 *   processors only), "Windows Server 2008 R2 … 64-bit only" (the Server 2008
 *   R2 release notes: x64 and Itanium), and the Server 2012+ system
 *   requirements (x64 only).
 * - MetaData keys: Unattended Windows Setup Reference, Microsoft-Windows-Setup
 *   `ImageInstall/OSImage/InstallFrom/MetaData/Key` (`/IMAGE/INDEX`,
 *   `/IMAGE/NAME`, `/IMAGE/DESCRIPTION`, `/IMAGE/EDITIONID` is listed in the
 *   Windows SIM key list and read by Setup from the same XML).
 */
import type { UnattendTarget } from './unattendXmlTargets';

/** `processorArchitecture` values of unattend.xml components. */
export type ComponentArchitecture = 'x86' | 'amd64' | 'ia64' | 'arm' | 'arm64' | 'wow64';

export interface ImageArchitectureSpec {
	/** The `<ARCH>` number in the image XML. */
	readonly code: number;
	readonly label: string;
	/** Component architectures Setup applies on this image (`wow64` components configure 32-bit programs of a 64-bit Windows). */
	readonly applies: readonly ComponentArchitecture[];
	readonly source: string;
}

export const imageArchitectures: readonly ImageArchitectureSpec[] = [
	{ code: 0, label: 'x86', applies: ['x86'], source: 'winnt.h PROCESSOR_ARCHITECTURE_INTEL' },
	{ code: 5, label: 'arm', applies: ['arm'], source: 'winnt.h PROCESSOR_ARCHITECTURE_ARM' },
	{ code: 6, label: 'ia64', applies: ['ia64'], source: 'winnt.h PROCESSOR_ARCHITECTURE_IA64' },
	{ code: 9, label: 'amd64', applies: ['amd64', 'wow64'], source: 'winnt.h PROCESSOR_ARCHITECTURE_AMD64' },
	{ code: 12, label: 'arm64', applies: ['arm64'], source: 'winnt.h PROCESSOR_ARCHITECTURE_ARM64' },
];

export interface ReleaseBuildSpec {
	readonly target: UnattendTarget;
	/** Client or Server edition family. */
	readonly family: 'client' | 'server';
	/** Inclusive build range. */
	readonly fromBuild: number;
	readonly toBuild: number;
	/** The architectures the release was published for (what `processorArchitecture` can match). */
	readonly architectures: readonly ComponentArchitecture[];
	readonly source: string;
}

const clientPages = 'Microsoft lifecycle and release-information pages (RTM and feature-update builds)';
const serverPages = 'Windows Server release information (Microsoft Learn)';

/** Build ranges by family; the first row that holds the build wins. */
export const releaseBuilds: readonly ReleaseBuildSpec[] = [
	{ target: 'vista', family: 'client', fromBuild: 6000, toBuild: 6002, architectures: ['x86', 'amd64', 'wow64'], source: `${clientPages}: Vista RTM 6000, SP1 6001, SP2 6002` },
	{ target: 'win7', family: 'client', fromBuild: 7600, toBuild: 7601, architectures: ['x86', 'amd64', 'wow64'], source: `${clientPages}: Windows 7 RTM 7600, SP1 7601` },
	{ target: 'win8', family: 'client', fromBuild: 9200, toBuild: 9200, architectures: ['x86', 'amd64', 'wow64'], source: `${clientPages}: Windows 8 9200` },
	{ target: 'win81', family: 'client', fromBuild: 9600, toBuild: 9600, architectures: ['x86', 'amd64', 'wow64'], source: `${clientPages}: Windows 8.1 9600` },
	{ target: 'win10', family: 'client', fromBuild: 10240, toBuild: 21999, architectures: ['x86', 'amd64', 'wow64', 'arm64'], source: 'Windows 10 release information: 1507 (10240) to 22H2 (19045)' },
	{ target: 'win11', family: 'client', fromBuild: 22000, toBuild: 99999, architectures: ['amd64', 'wow64', 'arm64'], source: 'Windows 11 release information (21H2 22000 onward); Windows 11 specifications: 64-bit processors only' },
	{ target: 'ws2008', family: 'server', fromBuild: 6001, toBuild: 6003, architectures: ['x86', 'amd64', 'wow64', 'ia64'], source: `${serverPages}: Server 2008 6001 (SP2 6002/6003)` },
	{ target: 'ws2008r2', family: 'server', fromBuild: 7600, toBuild: 7601, architectures: ['amd64', 'wow64', 'ia64'], source: `${serverPages}: Server 2008 R2 7600/7601, released for x64 and Itanium only` },
	{ target: 'ws2012', family: 'server', fromBuild: 9200, toBuild: 9200, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2012 9200, x64 only` },
	{ target: 'ws2012r2', family: 'server', fromBuild: 9600, toBuild: 9600, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2012 R2 9600, x64 only` },
	{ target: 'ws2016', family: 'server', fromBuild: 14393, toBuild: 17762, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2016 14393 (and the semi-annual 1709/1803 builds before 2019)` },
	{ target: 'ws2019', family: 'server', fromBuild: 17763, toBuild: 20347, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2019 17763 (and the semi-annual 1809–20H2 builds)` },
	{ target: 'ws2022', family: 'server', fromBuild: 20348, toBuild: 26099, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2022 20348` },
	{ target: 'ws2025', family: 'server', fromBuild: 26100, toBuild: 99999, architectures: ['amd64', 'wow64'], source: `${serverPages}: Server 2025 26100` },
];

/**
 * `MetaData` keys: "the absolute hierarchical path to a key … in the metadata
 * for an image" (the reference's `Key` page), so `/IMAGE/NAME` compares the
 * image's `<NAME>` and `/IMAGE/WINDOWS/EDITIONID` its edition ID. The rows are
 * the keys the reference documents by name; any other path is matched against
 * the image's XML as it stands.
 */
export interface MetaDataKeySpec {
	readonly key: string;
	/** The path below `IMAGE` it compares (`INDEX` is the attribute). */
	readonly path: string;
	readonly doc: string;
	readonly source: string;
}

const metaDataSource = 'Unattended Windows Setup Reference: Microsoft-Windows-Setup ImageInstall/OSImage/InstallFrom/MetaData/Key';

export const metaDataKeys: readonly MetaDataKeySpec[] = [
	{ key: '/IMAGE/INDEX', path: 'INDEX', doc: 'the image number inside the file, starting at 1', source: metaDataSource },
	{ key: '/IMAGE/NAME', path: 'NAME', doc: 'the image name exactly as the file lists it', source: metaDataSource },
	{ key: '/IMAGE/DESCRIPTION', path: 'DESCRIPTION', doc: 'the image description exactly as the file lists it', source: metaDataSource },
];

/** A setting the image checks read, by component and path below it. */
export interface ImageSettingSpec {
	readonly component: string;
	readonly path: string;
	readonly source: string;
}

const setupReference = 'Unattended Windows Setup Reference';

/** Where Setup is told which image of the file to install. */
export const imageSelectionSettings: readonly ImageSettingSpec[] = [
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/OSImage/InstallFrom/MetaData', source: `${setupReference}: Microsoft-Windows-Setup ImageInstall/OSImage/InstallFrom/MetaData` },
];

/** The container that says the file installs an image at all. */
export const imageInstallSettings: readonly ImageSettingSpec[] = [
	{ component: 'Microsoft-Windows-Setup', path: 'ImageInstall/OSImage', source: `${setupReference}: Microsoft-Windows-Setup ImageInstall/OSImage` },
];

/** Product keys: Setup also picks the edition of multi-edition media from the windowsPE key. */
export const imageProductKeySettings: readonly (ImageSettingSpec & { readonly selectsEdition: boolean })[] = [
	{ component: 'Microsoft-Windows-Setup', path: 'UserData/ProductKey/Key', selectsEdition: true, source: `${setupReference}: Microsoft-Windows-Setup UserData/ProductKey/Key ("the product key … determines which edition is installed" on media with several)` },
	{ component: 'Microsoft-Windows-Shell-Setup', path: 'ProductKey', selectsEdition: false, source: `${setupReference}: Microsoft-Windows-Shell-Setup ProductKey` },
];

/** The default language of the installed Windows; it must be one the image (or an added language pack) holds. */
export const imageLanguageSettings: readonly ImageSettingSpec[] = [
	{ component: 'Microsoft-Windows-International-Core-WinPE', path: 'UILanguage', source: `${setupReference}: Microsoft-Windows-International-Core-WinPE UILanguage ("the default system language … of the Windows installation")` },
	{ component: 'Microsoft-Windows-International-Core', path: 'UILanguage', source: `${setupReference}: Microsoft-Windows-International-Core UILanguage` },
];

/** Releases that share their published setup keys: a key of one installs the others. */
export const sharedKeyReleases: readonly { readonly releases: readonly UnattendTarget[]; readonly source: string }[] = [
	{ releases: ['win10', 'win11'], source: 'Microsoft Learn, "Key Management Services (KMS) client activation and product keys": Windows 11 and Windows 10 editions are listed with the same keys' },
];
