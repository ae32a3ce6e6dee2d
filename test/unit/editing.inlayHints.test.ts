/**
 * Inlay hints: time zones, locale IDs, language groups, AutoUsers under
 * AutoMode, terse sysprep switches; and the setting that turns them off.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hints } from '../utils/editing';

test('TimeZone codes show the zone name', () => {
	assert.deepEqual(hints('[GuiUnattended]\nTimeZone=035\nTimeZone = 4\nTimeZone = 999\n'), ['1:12 (GMT-05:00) Eastern Time (US & Canada)', '2:12 (GMT-08:00) Pacific Time (US & Canada); Tijuana']);
});

test('locale IDs, input locales and language groups show their names', () => {
	assert.deepEqual(hints('[RegionalSettings]\nLanguageGroup = 1,5\nSystemLocale = 0407\nUserLocale = 00000409\nInputLocale = 0407:00000407,0409:00000409\nLanguage = FFFF\n'), [
		'1:19 Western Europe and United States, Cyrillic',
		'2:19 German (Germany)',
		'3:21 English (United States)',
		'4:41 German (Germany), English (United States)',
	]);
});

test('AutoUsers says what it means under AutoMode', () => {
	assert.deepEqual(hints('[LicenseFilePrintData]\nAutoMode = PerServer\nAutoUsers = 25\n'), ['2:14 concurrent connections (per server)']);
	assert.deepEqual(hints('[LicenseFilePrintData]\nAutoMode = perseat\nAutoUsers = 5\n'), ['2:13 no effect: AutoMode is PerSeat']);
	assert.deepEqual(hints('[LicenseFilePrintData]\nAutoUsers = 5\n'), []);
});

test('terse sysprep switches get a few words; self-explaining ones none', () => {
	assert.deepEqual(hints('C:\\Sysprep\\sysprep.exe -bmsd\nsysprep -quiet -mini -reseal -pnp\n', '/build.cmd'), ['0:28 build mass-storage list', '1:20 Mini-Setup on next boot', '1:33 re-detect all hardware']);
});

test('secrets get no hint, and the setting turns every hint off', () => {
	assert.deepEqual(hints('[GuiUnattended]\nAdminPassword = 035\n'), []);
	assert.deepEqual(hints('[GuiUnattended]\nTimeZone=035\n', undefined, { inlayHints: false }), []);
	assert.deepEqual(hints('sysprep -bmsd\n', '/a.bat', { inlayHints: false }), []);
});
