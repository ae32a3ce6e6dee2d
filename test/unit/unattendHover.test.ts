/**
 * Hover and completion documentation for representative unattend.xml
 * settings, through the façade with `$0` cursors: hand-written prose, prose
 * composed from the reference facts (a switch, an enumeration with labels, a
 * number with a unit, a keyed list item, a nested value), a component. The
 * whole texts are kept in `test/golden/hover-unattend.expected.txt`
 * (`UPDATE_EXPECT=1` rewrites it); the assertions below pin the layout.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { documentFor, hoverText, service, single } from '../utils/fixture';
import { checkGoldenText } from '../utils/golden';

const ns = 'xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';
const inComponent = (pass: string, component: string, body: string) => `//- /unattend.xml\n<unattend ${ns}>\n<settings pass="${pass}">\n<component name="${component}" ${ids}>\n${body}\n</component>\n</settings>\n</unattend>`;

const cases: readonly [string, string][] = [
	['hand-written boolean', inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<OOBE><Hide$0EULAPage>true</HideEULAPage></OOBE>')],
	['hand-written, measured from real files', inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<OOBE><VMModeOptimizations><SkipWinRE$0Initialization>true</SkipWinREInitialization></VMModeOptimizations></OOBE>')],
	['composed switch', inComponent('specialize', 'Microsoft-Windows-Audio-AudioCore', '<EnableCapture$0Monitor>true</EnableCaptureMonitor>')],
	['composed 0/1 enumeration', inComponent('specialize', 'Microsoft-Windows-Embedded-BootExp', '<HideBoot$0Logo>1</HideBootLogo>')],
	['enumeration with value labels', inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<Sign$0InMode>1</SignInMode>')],
	['number with a unit', inComponent('specialize', 'Microsoft-Windows-NetworkLoadBalancing-Core', '<Clusters><Cluster wcm:action="add" wcm:keyValue="1"><MembershipHeartbeat$0Period>1000</MembershipHeartbeatPeriod></Cluster></Clusters>')],
	['keyed list item', inComponent('windowsPE', 'Microsoft-Windows-PnpCustomizationsWinPE', '<DriverPaths><PathAnd$0Credentials wcm:action="add" wcm:keyValue="1"><Path>D:\\</Path></PathAndCredentials></DriverPaths>')],
	['nested value, composed', inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<StartTiles><SquareTiles><SquareTile1><App$0Id>x</AppId></SquareTile1></SquareTiles></StartTiles>')],
	['component', inComponent('specialize', 'Microsoft-Windows-Embedded-Unified$0WriteFilter', '')],
];

test('hover texts of representative settings match the golden file', () => {
	const out: string[] = [];
	for (const [name, source] of cases) {
		const text = hoverText(source);
		assert.ok(text, `no hover for ${name}`);
		out.push(`=== ${name}\n${text}\n`);
	}
	checkGoldenText(out.join('\n'), join(__dirname, '../golden/hover-unattend.expected.txt'), 'unattend.xml hover');
});

test('a setting hover: name and place, then our summary, then values, default, passes, structure', () => {
	const text = hoverText(cases[0][1])!;
	const blocks = text.split('\n\n');
	assert.equal(blocks[0], '**HideEULAPage** — Microsoft-Windows-Shell-Setup › OOBE');
	assert.match(blocks[1], /licen[cs]e terms/);
	assert.match(blocks[2], /^Value: `true` or `false`\. Default: `false`\./);
	assert.equal(blocks[3], 'Applied in: oobeSystem.');
});

test('composed prose says what true does and keeps the facts after it', () => {
	const text = hoverText(cases[2][1])!;
	assert.equal(text.split('\n\n')[1], '`true` turns on capture monitor; `false` turns it off.');
	assert.match(text, /Default: `true`\./);
	const keyed = hoverText(cases[6][1])!.split('\n\n');
	// Structure comes last.
	assert.match(keyed[keyed.length - 1], /^A list item: write `wcm:action="add"` and a unique `wcm:keyValue`\. Contains: Credentials, Key, Path\.$/);
	assert.match(hoverText(cases[5][1])!, /in milliseconds|of milliseconds/);
	assert.match(hoverText(cases[4][1])!, /`0` \(Tablet mode\), `1` \(Desktop\), `2` \(Last used\)/);
});

test('a component hover names the component, our summary, passes', () => {
	const blocks = hoverText(cases[8][1])!.split('\n\n');
	assert.equal(blocks[0], '**Microsoft-Windows-Embedded-UnifiedWriteFilter**');
	assert.match(blocks[1], /Unified Write Filter/);
	assert.match(blocks[2], /^Applied in: /);
});

test('completion documents a setting and a component with the same text hover shows', () => {
	const hover = hoverText(cases[0][1])!;
	const fixture = single(inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<OOBE>\n<$0\n</OOBE>'));
	const item = service.doComplete(documentFor(fixture), fixture.cursor!).items.find((entry) => entry.label === 'HideEULAPage');
	assert.ok(item, 'HideEULAPage offered');
	assert.deepEqual(item.documentation, { kind: 'markdown', value: hover });

	const componentHover = hoverText(cases[8][1])!;
	const inSettings = single(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="specialize">\n<$0\n</settings>\n</unattend>`);
	const component = service.doComplete(documentFor(inSettings), inSettings.cursor!).items.find((entry) => entry.label === 'Microsoft-Windows-Embedded-UnifiedWriteFilter');
	assert.ok(component, 'the component offered');
	assert.deepEqual(component.documentation, { kind: 'markdown', value: componentHover });
});
