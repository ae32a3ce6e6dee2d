/**
 * Knowledge layer: Windows locale IDs (LCIDs) and the language groups of
 * Windows XP and Server 2003, for `[RegionalSettings]` values.
 *
 * Source of the facts: Microsoft's published LCID list ("Locale IDs assigned
 * by Microsoft") and the language-group numbers of the XP/2003 deployment
 * reference. Names are written in our own words. The table holds the locales
 * answer files commonly name; a code not listed simply gets no inlay hint.
 *
 * Conventions: data only; `id` is the four-digit hexadecimal LCID in upper case.
 */

export interface LocaleIdSpec {
	readonly id: string;
	readonly name: string;
}

export const localeIds: readonly LocaleIdSpec[] = [
	{ id: '0401', name: 'Arabic (Saudi Arabia)' },
	{ id: '0402', name: 'Bulgarian' },
	{ id: '0403', name: 'Catalan' },
	{ id: '0404', name: 'Chinese (Taiwan)' },
	{ id: '0405', name: 'Czech' },
	{ id: '0406', name: 'Danish' },
	{ id: '0407', name: 'German (Germany)' },
	{ id: '0408', name: 'Greek' },
	{ id: '0409', name: 'English (United States)' },
	{ id: '040A', name: 'Spanish (Spain, traditional sort)' },
	{ id: '040B', name: 'Finnish' },
	{ id: '040C', name: 'French (France)' },
	{ id: '040D', name: 'Hebrew' },
	{ id: '040E', name: 'Hungarian' },
	{ id: '040F', name: 'Icelandic' },
	{ id: '0410', name: 'Italian (Italy)' },
	{ id: '0411', name: 'Japanese' },
	{ id: '0412', name: 'Korean' },
	{ id: '0413', name: 'Dutch (Netherlands)' },
	{ id: '0414', name: 'Norwegian (Bokmål)' },
	{ id: '0415', name: 'Polish' },
	{ id: '0416', name: 'Portuguese (Brazil)' },
	{ id: '0418', name: 'Romanian' },
	{ id: '0419', name: 'Russian' },
	{ id: '041A', name: 'Croatian' },
	{ id: '041B', name: 'Slovak' },
	{ id: '041D', name: 'Swedish' },
	{ id: '041E', name: 'Thai' },
	{ id: '041F', name: 'Turkish' },
	{ id: '0422', name: 'Ukrainian' },
	{ id: '0424', name: 'Slovenian' },
	{ id: '0425', name: 'Estonian' },
	{ id: '0426', name: 'Latvian' },
	{ id: '0427', name: 'Lithuanian' },
	{ id: '042A', name: 'Vietnamese' },
	{ id: '0804', name: 'Chinese (PRC)' },
	{ id: '0807', name: 'German (Switzerland)' },
	{ id: '0809', name: 'English (United Kingdom)' },
	{ id: '080A', name: 'Spanish (Mexico)' },
	{ id: '080C', name: 'French (Belgium)' },
	{ id: '0810', name: 'Italian (Switzerland)' },
	{ id: '0813', name: 'Dutch (Belgium)' },
	{ id: '0816', name: 'Portuguese (Portugal)' },
	{ id: '0C04', name: 'Chinese (Hong Kong SAR)' },
	{ id: '0C07', name: 'German (Austria)' },
	{ id: '0C09', name: 'English (Australia)' },
	{ id: '0C0A', name: 'Spanish (Spain, international sort)' },
	{ id: '0C0C', name: 'French (Canada)' },
	{ id: '1009', name: 'English (Canada)' },
	{ id: '100C', name: 'French (Switzerland)' },
	{ id: '1409', name: 'English (New Zealand)' },
	{ id: '1809', name: 'English (Ireland)' },
	{ id: '1C09', name: 'English (South Africa)' },
	{ id: '2C0A', name: 'Spanish (Argentina)' },
];

export interface LanguageGroupSpec {
	readonly id: number;
	readonly name: string;
}

/** The language groups `LanguageGroup` installs (1 is always present). */
export const languageGroups: readonly LanguageGroupSpec[] = [
	{ id: 1, name: 'Western Europe and United States' },
	{ id: 2, name: 'Central Europe' },
	{ id: 3, name: 'Baltic' },
	{ id: 4, name: 'Greek' },
	{ id: 5, name: 'Cyrillic' },
	{ id: 6, name: 'Turkic' },
	{ id: 7, name: 'Japanese' },
	{ id: 8, name: 'Korean' },
	{ id: 9, name: 'Traditional Chinese' },
	{ id: 10, name: 'Simplified Chinese' },
	{ id: 11, name: 'Thai' },
	{ id: 12, name: 'Hebrew' },
	{ id: 13, name: 'Arabic' },
	{ id: 14, name: 'Vietnamese' },
	{ id: 15, name: 'Indic' },
	{ id: 16, name: 'Georgian' },
	{ id: 17, name: 'Armenian' },
];
