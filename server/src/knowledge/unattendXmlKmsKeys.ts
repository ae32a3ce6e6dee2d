/**
 * Knowledge layer: Microsoft's published KMS client setup keys (Generic
 * Volume License Keys), each with the edition and release it installs. A key
 * in `UserData/ProductKey/Key` or Shell-Setup `ProductKey` names the release
 * the answer file is for, so checks that depend on the release use it.
 *
 * Source: "Key Management Services (KMS) client activation and product keys"
 * (Microsoft Learn, windows-server/get-started/kms-client-activation-keys;
 * MicrosoftDocs/windowsserverdocs WindowsServerDocs/get-started/
 * kms-client-activation-keys.md at commit 0539a6bfafe3). Facts only: key,
 * edition, release. The keys are public and activate nothing without a KMS
 * host.
 *
 * A key Microsoft lists for two releases (Windows 11 and Windows 10 share
 * theirs; one LTSC key serves 2019, 2021 and 2024) maps to the newer one, and
 * its edition names both.
 */
import type { UnattendTarget } from './unattendXmlTargets';

export const kmsClientKeySource = 'https://learn.microsoft.com/windows-server/get-started/kms-client-activation-keys';

export const kmsClientKeys: readonly (readonly [key: string, edition: string, release: UnattendTarget])[] = [
	['TVRH6-WHNXV-R9WG3-9XRFY-MY832', 'Windows Server 2025 Standard', 'ws2025'],
	['D764K-2NDRG-47T6Q-P8T8W-YP6DF', 'Windows Server 2025 Datacenter', 'ws2025'],
	['XGN3F-F394H-FD2MY-PP6FD-8MCRC', 'Windows Server 2025 Datacenter: Azure Edition', 'ws2025'],
	['VDYBN-27WPP-V4HQT-9VMD4-VMK7H', 'Windows Server 2022 Standard', 'ws2022'],
	['WX4NM-KYWYW-QJJR4-XV3QB-6VM33', 'Windows Server 2022 Datacenter', 'ws2022'],
	['NTBV8-9K7Q8-V27C6-M2BTV-KHMXV', 'Windows Server 2022 Datacenter: Azure Edition', 'ws2022'],
	['N69G4-B89J2-4G8F4-WWYCC-J464C', 'Windows Server 2019 Standard', 'ws2019'],
	['WMDGN-G9PQG-XVVXX-R3X43-63DFG', 'Windows Server 2019 Datacenter', 'ws2019'],
	['WVDHN-86M7X-466P6-VHXV7-YY726', 'Windows Server 2019 Essentials', 'ws2019'],
	['WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY', 'Windows Server 2016 Standard', 'ws2016'],
	['CB7KF-BWN84-R7R2Y-793K2-8XDDG', 'Windows Server 2016 Datacenter', 'ws2016'],
	['JCKRF-N37P4-C2D82-9YXRT-4M63B', 'Windows Server 2016 Essentials', 'ws2016'],
	// Semi-Annual Channel: versions 1809 to 20H2 are Windows Server 2019's code base, 1709 and 1803 Windows Server 2016's.
	['N2KJX-J94YW-TQVFB-DG9YT-724CC', 'Windows Server Standard, versions 1809 to 20H2', 'ws2019'],
	['6NMRW-2C8FM-D24W7-TQWMY-CWH2D', 'Windows Server Datacenter, versions 1809 to 20H2', 'ws2019'],
	['PTXN8-JFHJM-4WC78-MPCBR-9W4KR', 'Windows Server Standard, version 1803', 'ws2016'],
	['2HXDN-KRXHB-GPYC7-YCKFJ-7FVDG', 'Windows Server Datacenter, version 1803', 'ws2016'],
	['DPCNP-XQFKJ-BJF7R-FRC8D-GF6G4', 'Windows Server Standard, version 1709', 'ws2016'],
	['6Y6KB-N82V8-D8CQV-23MJW-BWTG6', 'Windows Server Datacenter, version 1709', 'ws2016'],
	['W269N-WFGWX-YVC9B-4J6C9-T83GX', 'Windows 11 Pro / Windows 10 Pro', 'win11'],
	['MH37W-N47XK-V7XM9-C7227-GCQG9', 'Windows 11 Pro N / Windows 10 Pro N', 'win11'],
	['NRG8B-VKK3Q-CXVCJ-9G2XF-6Q84J', 'Windows 11 Pro for Workstations / Windows 10 Pro for Workstations', 'win11'],
	['9FNHH-K3HBT-3W4TD-6383H-6XYWF', 'Windows 11 Pro for Workstations N / Windows 10 Pro for Workstations N', 'win11'],
	['6TP4R-GNPTD-KYYHQ-7B7DP-J447Y', 'Windows 11 Pro Education / Windows 10 Pro Education', 'win11'],
	['YVWGF-BXNMC-HTQYQ-CPQ99-66QFC', 'Windows 11 Pro Education N / Windows 10 Pro Education N', 'win11'],
	['NW6C2-QMPVW-D7KKK-3GKT6-VCFB2', 'Windows 11 Education / Windows 10 Education', 'win11'],
	['2WH4N-8QGBV-H22JP-CT43Q-MDWWJ', 'Windows 11 Education N / Windows 10 Education N', 'win11'],
	['NPPR9-FWDCX-D2C8J-H872K-2YT43', 'Windows 11 Enterprise / Windows 10 Enterprise', 'win11'],
	['DPH2V-TTNVB-4X9Q3-TJR4H-KHJW4', 'Windows 11 Enterprise N / Windows 10 Enterprise N', 'win11'],
	['YYVX9-NTFWV-6MDM3-9PT4T-4M68B', 'Windows 11 Enterprise G / Windows 10 Enterprise G', 'win11'],
	['44RPN-FTY23-9VTTB-MP9BX-T84FV', 'Windows 11 Enterprise G N / Windows 10 Enterprise G N', 'win11'],
	['M7XTQ-FN8P6-TTKYV-9D4CC-J462D', 'Windows 11 Enterprise LTSC 2024 / Windows 10 Enterprise LTSC 2021 and 2019', 'win11'],
	['92NFX-8DJQP-P6BBQ-THF9C-7CG2H', 'Windows 11 Enterprise N LTSC 2024 / Windows 10 Enterprise N LTSC 2021 and 2019', 'win11'],
	['KBN8V-HFGQ4-MGXVD-347P6-PDQGT', 'Windows IoT Enterprise LTSC 2024 / 2021', 'win11'],
	['DCPHK-NFMTC-H88MJ-PFHPY-QJ4BJ', 'Windows 10 Enterprise LTSB 2016', 'win10'],
	['QFFDN-GRT3P-VKWWX-X7T3R-8B639', 'Windows 10 Enterprise N LTSB 2016', 'win10'],
	['WNMTR-4C88C-JK8YV-HQ7T2-76DF9', 'Windows 10 Enterprise LTSB 2015', 'win10'],
	['2F77B-TNFGY-69QQF-B8YKP-D69TJ', 'Windows 10 Enterprise N LTSB 2015', 'win10'],
	['D2N9P-3P6X9-2R39C-7RTCD-MDVJX', 'Windows Server 2012 R2 Standard', 'ws2012r2'],
	['W3GGN-FT8W3-Y4M27-J84CP-Q3VJ9', 'Windows Server 2012 R2 Datacenter', 'ws2012r2'],
	['KNC87-3J2TX-XB4WP-VCPJV-M4FWM', 'Windows Server 2012 R2 Essentials', 'ws2012r2'],
	['XC9B7-NBPP2-83J2H-RHMBY-92BT4', 'Windows Server 2012 Standard', 'ws2012'],
	['HM7DN-YVMH3-46JC3-XYTG7-CYQJJ', 'Windows Server 2012 MultiPoint Standard', 'ws2012'],
	['XNH6W-2V9GX-RGJ4K-Y8X6F-QGJ2G', 'Windows Server 2012 MultiPoint Premium', 'ws2012'],
	['48HP8-DN98B-MYWDG-T2DCC-8W83P', 'Windows Server 2012 Datacenter', 'ws2012'],
	['HTDQM-NBMMG-KGYDT-2DTKT-J2MPV', 'Windows Server 2012 Essentials', 'ws2012'],
	['6TPJF-RBVHG-WBW2R-86QPH-6RTM4', 'Windows Server 2008 R2 Web', 'ws2008r2'],
	['TT8MH-CG224-D3D7Q-498W2-9QCTX', 'Windows Server 2008 R2 HPC edition', 'ws2008r2'],
	['YC6KT-GKW9T-YTKYR-T4X34-R7VHC', 'Windows Server 2008 R2 Standard', 'ws2008r2'],
	['489J6-VHDMP-X63PK-3K798-CPX3Y', 'Windows Server 2008 R2 Enterprise', 'ws2008r2'],
	['74YFP-3QFB3-KQT8W-PMXWJ-7M648', 'Windows Server 2008 R2 Datacenter', 'ws2008r2'],
	['GT63C-RJFQ3-4GMB6-BRFB9-CB83V', 'Windows Server 2008 R2 for Itanium-based Systems', 'ws2008r2'],
	['WYR28-R7TFJ-3X2YQ-YCY4H-M249D', 'Windows Web Server 2008', 'ws2008'],
	['TM24T-X9RMF-VWXK6-X8JC9-BFGM2', 'Windows Server 2008 Standard', 'ws2008'],
	['W7VD6-7JFBR-RX26B-YKQ3Y-6FFFJ', 'Windows Server 2008 Standard without Hyper-V', 'ws2008'],
	['YQGMW-MPWTJ-34KDK-48M3W-X4Q6V', 'Windows Server 2008 Enterprise', 'ws2008'],
	['39BXF-X8Q23-P2WWT-38T2F-G3FPG', 'Windows Server 2008 Enterprise without Hyper-V', 'ws2008'],
	['RCTX3-KWVHP-BR6TB-RB6DM-6X7HP', 'Windows Server 2008 HPC', 'ws2008'],
	['7M67G-PC374-GR742-YH8V4-TCBY3', 'Windows Server 2008 Datacenter', 'ws2008'],
	['22XQ2-VRXRG-P8D42-K34TD-G3QQC', 'Windows Server 2008 Datacenter without Hyper-V', 'ws2008'],
	['4DWFP-JF3DJ-B7DTH-78FJB-PDRHK', 'Windows Server 2008 for Itanium-Based Systems', 'ws2008'],
	['GCRJD-8NW9H-F2CDX-CCM8D-9D6T9', 'Windows 8.1 Pro', 'win81'],
	['HMCNV-VVBFX-7HMBH-CTY9B-B4FXY', 'Windows 8.1 Pro N', 'win81'],
	['MHF9N-XY6XB-WVXMC-BTDCT-MKKG7', 'Windows 8.1 Enterprise', 'win81'],
	['TT4HM-HN7YT-62K67-RGRQJ-JFFXW', 'Windows 8.1 Enterprise N', 'win81'],
	['NG4HW-VH26C-733KW-K6F98-J8CK4', 'Windows 8 Pro', 'win8'],
	['XCVCF-2NXM9-723PB-MHCB7-2RYQQ', 'Windows 8 Pro N', 'win8'],
	['32JNW-9KQ84-P47T8-D8GGY-CWCK7', 'Windows 8 Enterprise', 'win8'],
	['JMNMF-RHW7P-DMY6X-RF3DR-X2BQT', 'Windows 8 Enterprise N', 'win8'],
	['FJ82H-XT6CR-J8D7P-XQJJ2-GPDD4', 'Windows 7 Professional', 'win7'],
	['MRPKT-YTG23-K7D7T-X2JMM-QY7MG', 'Windows 7 Professional N', 'win7'],
	['W82YF-2Q76Y-63HXB-FGJG9-GF7QX', 'Windows 7 Professional E', 'win7'],
	['33PXH-7Y6KF-2VJC9-XBBR8-HVTHH', 'Windows 7 Enterprise', 'win7'],
	['YDRBP-3D83W-TY26F-D46B2-XCKRJ', 'Windows 7 Enterprise N', 'win7'],
	['C29WB-22CC8-VJ326-GHFJW-H9DH4', 'Windows 7 Enterprise E', 'win7'],
	['YFKBB-PQJJV-G996G-VWGXY-2V3X8', 'Windows Vista Business', 'vista'],
	['HMBQG-8H2RH-C77VX-27R82-VMQBT', 'Windows Vista Business N', 'vista'],
	['VKK3X-68KWM-X2YGT-QR4M6-4BWMV', 'Windows Vista Enterprise', 'vista'],
	['VTC42-BM838-43QHV-84HX6-XJXKV', 'Windows Vista Enterprise N', 'vista'],
];
