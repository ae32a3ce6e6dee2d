/**
 * Knowledge layer: the names and path lengths Windows cannot create or treats
 * specially, for the bundle builder: a bundle is copied to `C:\Sysprep` of a
 * Windows XP or Server 2003 computer, so every name in it must be one Windows
 * can hold, and every path one Setup (which uses MAX_PATH buffers) can read.
 *
 * Source: Microsoft, "Naming Files, Paths, and Namespaces" (Win32 File I/O,
 * learn.microsoft.com/windows/win32/fileio/naming-a-file) — reserved
 * characters, characters 1–31, device names "followed immediately by an
 * extension" (NUL.txt, NUL.tar.gz), no trailing space or period, MAX_PATH of
 * 260 characters including the terminating NUL, and CreateDirectory's limit
 * of MAX_PATH minus 12 (room for an 8.3 file name).
 */

export interface WindowsNameRules {
	/** Device names reserved in every folder, in any case and with any extension. */
	readonly reservedDeviceNames: readonly string[];
	/** Characters no file or folder name may hold (besides `\`, `/` and 0–31). */
	readonly reservedCharacters: readonly { readonly char: string; readonly why: string }[];
	/** The longest file path, in characters, without the terminating NUL. */
	readonly maxPath: number;
	/** The longest folder path CreateDirectory accepts, without the terminating NUL. */
	readonly maxFolderPath: number;
	/** The longest single name NTFS and FAT32 hold. */
	readonly maxComponent: number;
	readonly source: string;
}

export const windowsNameRules: WindowsNameRules = {
	reservedDeviceNames: ['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9'],
	reservedCharacters: [
		{ char: ':', why: 'on NTFS `:` names an alternate data stream of the file before it' },
		{ char: '<', why: '`<` is reserved in Windows names' },
		{ char: '>', why: '`>` is reserved in Windows names' },
		{ char: '"', why: '`"` is reserved in Windows names' },
		{ char: '|', why: '`|` is reserved in Windows names' },
		{ char: '?', why: '`?` is a wildcard, reserved in Windows names' },
		{ char: '*', why: '`*` is a wildcard, reserved in Windows names' },
	],
	maxPath: 259,
	maxFolderPath: 247,
	maxComponent: 255,
	source: 'Microsoft Learn, Naming Files, Paths, and Namespaces (Win32 File I/O); Maximum Path Length Limitation',
};
