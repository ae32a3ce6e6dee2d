/**
 * unattend.xml editor features: completion, hover, outline, folding,
 * quick-fixes, the snippet file, facts, the batch `/unattend:` cross-check,
 * and the invariants of the knowledge table.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFix, completionLabels, documentFor, hoverText, memoryWorkspace as workspace, service, single } from '../utils/fixture';
import { unattendXml, unattendXmlSkeletons } from '../../server/src/knowledge/unattendXml';
import type { SettingSpec } from '../../server/src/knowledge/unattendXmlTypes';
import { expandSkeleton, renderUnattendSnippets } from '../../server/src/services/unattendXml/unattendSnippets';
import { answerFileReferenceDiagnostics } from '../../server/src/services/unattendXml/answerFileReferences';
import { batchService } from '../../server/src/services/batch/batchService';
import { defaultSettings, type RequestContext } from '../../server/src/services/kindService';

const root = join(__dirname, '../..');
const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';

function inComponent(pass: string, component: string, body: string): string {
	return `//- /unattend.xml\n<unattend ${ns}>\n<settings pass="${pass}">\n<component name="${component}" ${ids}>\n${body}\n</component>\n</settings>\n</unattend>\n`;
}

test('an empty file offers both skeletons, the one made for the file name first', () => {
	assert.deepEqual(completionLabels('//- /unattend.xml\n$0'), ['Sysprep generalize and OOBE answer file', 'Media install autounattend.xml (UEFI, whole disk)']);
	assert.deepEqual(completionLabels('//- /media/Autounattend.xml\n$0'), ['Media install autounattend.xml (UEFI, whole disk)', 'Sysprep generalize and OOBE answer file']);
});

test('completion offers passes in <settings pass="…">', () => {
	const labels = completionLabels(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="$0"></settings>\n</unattend>`);
	assert.deepEqual(labels, ['windowsPE', 'offlineServicing', 'generalize', 'specialize', 'auditSystem', 'auditUser', 'oobeSystem']);
});

test('completion of a component name adds the identifying attributes', () => {
	const fixture = single(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="generalize">\n<component name="$0"></component>\n</settings>\n</unattend>`);
	const list = service.doComplete(documentFor(fixture), fixture.cursor!);
	const item = list.items.find((entry) => entry.label === 'Microsoft-Windows-PnpSysprep')!;
	assert.ok(item);
	assert.equal(item.sortText?.[0], '0');
	assert.match(item.additionalTextEdits![0].newText, /processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm=/);
	assert.equal(list.items.find((entry) => entry.label === 'Microsoft-Windows-International-Core-WinPE')!.sortText?.[0], '1');
});

test('after < in <settings>, only components the pass applies are offered, as full elements', () => {
	const fixture = single(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="generalize">\n<$0\n</settings>\n</unattend>`);
	const items = service.doComplete(documentFor(fixture), fixture.cursor!).items;
	const labels = items.map((item) => item.label);
	assert.ok(labels.includes('Microsoft-Windows-PnpSysprep'));
	assert.ok(labels.includes('Microsoft-Windows-Security-SPP'));
	// Shell-Setup has generalize settings (RegisteredOwner, …); International-Core-WinPE has none.
	assert.ok(labels.includes('Microsoft-Windows-Shell-Setup'));
	assert.ok(!labels.includes('Microsoft-Windows-International-Core-WinPE'));
	const text = (items.find((item) => item.label === 'Microsoft-Windows-PnpSysprep')!.textEdit as { newText: string }).newText;
	assert.match(text, /^component name="Microsoft-Windows-PnpSysprep" processorArchitecture="\$\{1\|amd64,x86,arm64\|\}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"/);
});

test('after < in a component, the settings valid at that path are offered', () => {
	const labels = completionLabels(inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<OOBE>\n<$0\n</OOBE>'));
	assert.ok(labels.includes('HideEULAPage'));
	assert.ok(labels.includes('ProtectYourPC'));
	assert.ok(!labels.includes('ComputerName'));
	const top = completionLabels(inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<TimeZone>UTC</TimeZone>\n<$0'));
	assert.ok(top.includes('OOBE') && top.includes('UserAccounts') && top.includes('FirstLogonCommands'));
	assert.ok(!top.includes('TimeZone'), 'a setting already present is not offered again');
});

test('values are completed from the domain', () => {
	assert.deepEqual(completionLabels(inComponent('specialize', 'Microsoft-Windows-Deployment', '<RunSynchronous><RunSynchronousCommand wcm:action="add"><WillReboot>$0</WillReboot></RunSynchronousCommand></RunSynchronous>')), ['Never', 'Always', 'OnRequest']);
	assert.ok(completionLabels(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<TimeZone>$0</TimeZone>')).includes('W. Europe Standard Time'));
	assert.deepEqual(completionLabels(inComponent('generalize', 'Microsoft-Windows-PnpSysprep', '<PersistAllDeviceInstalls>t$0</PersistAllDeviceInstalls>')), ['true', 'false']);
});

test('hover explains passes, components, settings and values in our words', () => {
	assert.match(hoverText(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="gener$0alize"></settings>\n</unattend>`)!, /sysprep \/generalize/);
	assert.match(hoverText(inComponent('generalize', 'Microsoft-Windows-PnpSysprep', '<PersistAll$0DeviceInstalls>true</PersistAllDeviceInstalls>'))!, /drivers/);
	assert.match(hoverText(inComponent('generalize', 'Microsoft-Windows-Security-SPP', '<SkipRearm>$01</SkipRearm>'))!, /SkipRearm = 1/);
	assert.match(hoverText(`//- /unattend.xml\n<unattend ${ns}>\n<settings pass="generalize">\n<component name="Microsoft-Windows-Pnp$0Sysprep" ${ids}></component>\n</settings>\n</unattend>`)!, /Applied in: generalize/);
	const secret = hoverText(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<ProductKey>ABCDE-FGHIJ-$0KLMNO-PQRST-UVWXY</ProductKey>'))!;
	assert.ok(!secret.includes('ABCDE'));
});

test('the outline lists passes, then components, then settings; secrets have no detail', () => {
	const fixture = single(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<ComputerName>PC1</ComputerName>\n<ProductKey>ABCDE-FGHIJ-KLMNO-PQRST-UVWXY</ProductKey>'));
	const symbols = service.findDocumentSymbols(documentFor(fixture));
	assert.equal(symbols[0].name, 'specialize');
	const component = symbols[0].children![0];
	assert.equal(component.name, 'Microsoft-Windows-Shell-Setup');
	assert.equal(component.detail, 'amd64');
	assert.deepEqual(component.children!.map((item) => [item.name, item.detail]), [
		['ComputerName', 'PC1'],
		['ProductKey', undefined],
	]);
});

test('folding covers multi-line elements (end tag left visible) and comments', () => {
	const fixture = single(`//- /unattend.xml\n<unattend ${ns}>\n<!-- a\ncomment -->\n<settings pass="specialize">\n</settings>\n</unattend>`);
	const ranges = service.getFoldingRanges(documentFor(fixture));
	assert.deepEqual(
		ranges.map((range) => [range.startLine, range.endLine, range.kind ?? '']),
		[
			[0, 4, ''],
			[1, 2, 'comment'],
		],
	);
});

test('quick-fix: escape & as &amp;', () => {
	const fixed = applyFix(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<RegisteredOrganization>Smith $0& Sons</RegisteredOrganization>'), "Escape '&' as '&amp;'");
	assert.match(fixed, /Smith &amp; Sons/);
});

test('quick-fix: move a component to a pass that applies it', () => {
	const source = `//- /unattend.xml\n<unattend ${ns}>\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-PnpSysprep" ${ids}>$0\n      <PersistAllDeviceInstalls>true</PersistAllDeviceInstalls>\n    </component>\n  </settings>\n</unattend>\n`;
	const fixed = applyFix(source, 'Move Microsoft-Windows-PnpSysprep to the generalize pass');
	assert.equal(
		fixed,
		// The new <settings> goes in pass order, before the later oobeSystem.
		`<unattend ${ns}>\n  <settings pass="generalize">\n    <component name="Microsoft-Windows-PnpSysprep" ${ids}>\n      <PersistAllDeviceInstalls>true</PersistAllDeviceInstalls>\n    </component>\n  </settings>\n  <settings pass="oobeSystem">\n  </settings>\n</unattend>\n`,
	);
	assert.deepEqual(service.doValidation(TextDocument.create('file:///unattend.xml', 'xml', 1, fixed)), []);
});

test('quick-fix: move into an existing <settings> of the right pass', () => {
	const source = `//- /unattend.xml\n<unattend ${ns}>\n<settings pass="generalize">\n</settings>\n<settings pass="oobeSystem">\n<component name="Microsoft-Windows-Security-SPP" ${ids}><SkipRearm>0</SkipRearm></component>$0\n</settings>\n</unattend>\n`;
	const fixed = applyFix(source, 'Move Microsoft-Windows-Security-SPP to the generalize pass');
	assert.equal(fixed, `<unattend ${ns}>\n<settings pass="generalize">\n<component name="Microsoft-Windows-Security-SPP" ${ids}><SkipRearm>0</SkipRearm></component>\n</settings>\n<settings pass="oobeSystem">\n</settings>\n</unattend>\n`);
});

test('quick-fix: renumber Order', () => {
	const body = '<FirstLogonCommands>\n<SynchronousCommand wcm:action="add"><Order>3</Order><CommandLine>a</CommandLine></SynchronousCommand>\n<SynchronousCommand wcm:action="add"><Order>3</Order><CommandLine>b</CommandLine></SynchronousCommand>$0\n<SynchronousCommand wcm:action="add"><Order>7</Order><CommandLine>c</CommandLine></SynchronousCommand>\n</FirstLogonCommands>';
	const fixed = applyFix(inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', body), /^Renumber/);
	assert.deepEqual([...fixed.matchAll(/<Order>(\d+)<\/Order>/g)].map((match) => match[1]), ['1', '2', '3']);
});

test('quick-fix: make the architecture match the majority', () => {
	const source = `//- /unattend.xml\n<unattend ${ns}><settings pass="specialize">\n<component name="Microsoft-Windows-Shell-Setup" ${ids}></component>\n<component name="Microsoft-Windows-IE-ESC" ${ids}></component>\n<component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="x86" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"></component>$0\n</settings></unattend>`;
	const fixed = applyFix(source, "Change to 'amd64'");
	assert.ok(!fixed.includes('"x86"'));
});

test('quick-fixes: rename a setting, fix the namespace, declare wcm, add wcm:action', () => {
	assert.match(applyFix(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<Computername>PC</Computername>$0'), "Change to 'ComputerName'"), /<ComputerName>PC<\/ComputerName>/);
	assert.match(applyFix('//- /unattend.xml\n<unattend xmlns="urn:schemas-microsoft-com:unattended">$0\n</unattend>', /^Change the namespace/), /xmlns="urn:schemas-microsoft-com:unattend"/);
	const undeclared = `//- /unattend.xml\n<unattend ${ns}><settings pass="specialize"><component name="Microsoft-Windows-Deployment" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n<RunSynchronous><RunSynchronousCommand wcm:action="add">$0<Order>1</Order><Path>a</Path></RunSynchronousCommand></RunSynchronous></component></settings></unattend>`;
	const declared = applyFix(undeclared, 'Declare xmlns:wcm on the component');
	assert.deepEqual(service.doValidation(TextDocument.create('file:///unattend.xml', 'xml', 1, declared)), []);
	const noAction = applyFix(inComponent('oobeSystem', 'Microsoft-Windows-Shell-Setup', '<UserAccounts><LocalAccounts><LocalAccount>$0<Name>a</Name></LocalAccount></LocalAccounts></UserAccounts>'), 'Add wcm:action="add"');
	assert.match(noAction, /<LocalAccount wcm:action="add">/);
});

test('the snippet file matches the knowledge table (UPDATE_EXPECT=1 rewrites it)', () => {
	const path = join(root, 'snippets/unattend-xml.code-snippets');
	if (process.env.UPDATE_EXPECT === '1') writeFileSync(path, renderUnattendSnippets());
	assert.equal(readFileSync(path, 'utf8'), renderUnattendSnippets());
});

test('every skeleton expands to an answer file without diagnostics', () => {
	for (const skeleton of unattendXmlSkeletons) {
		const text = expandSkeleton(skeleton);
		assert.ok(!text.includes('${'), 'placeholders are expanded');
		assert.deepEqual(service.doValidation(TextDocument.create(`file:///${skeleton.fileName ?? 'unattend.xml'}`, 'xml', 1, text)), [], skeleton.name);
	}
});

test('facts list settings by pass and component, without secrets', () => {
	const fixture = single(inComponent('specialize', 'Microsoft-Windows-Shell-Setup', '<ComputerName>PC1</ComputerName>\n<ProductKey>ABCDE-FGHIJ-KLMNO-PQRST-UVWXY</ProductKey>\n<OEMInformation><Logo>C:\\Windows\\oem.bmp</Logo></OEMInformation>'));
	const facts = service.getFacts(documentFor(fixture))!;
	assert.equal(facts.values['specialize.microsoft-windows-shell-setup.computername'], 'PC1');
	assert.ok(!Object.keys(facts.values).some((key) => key.endsWith('productkey')));
	assert.deepEqual(facts.referencedPaths.map((item) => [item.path, item.kind]), [['C:\\Windows\\oem.bmp', 'file']]);
});

function batchContext(uri: string, text: string, files: Record<string, string>): { ctx: RequestContext; diagnostics: ReturnType<typeof answerFileReferenceDiagnostics> } {
	const document = TextDocument.create(uri, 'bat', 1, text);
	const ctx: RequestContext = { document, settings: defaultSettings, workspace: workspace(files) };
	const facts = batchService.facts(ctx, batchService.parse(text));
	return { ctx, diagnostics: answerFileReferenceDiagnostics(ctx, facts) };
}

test('a batch script whose sysprep /unattend: file is missing from the workspace (xml.missing-answer-file)', () => {
	const script = '@echo off\r\n%WINDIR%\\System32\\Sysprep\\sysprep.exe /generalize /oobe /shutdown /unattend:C:\\Windows\\Panther\\deploy.xml\r\n';
	const missing = batchContext('file:///w/seal.cmd', script, { 'seal.cmd': script, 'unattend.xml': '' });
	assert.deepEqual(missing.diagnostics.map((item) => [item.code, item.range.start.line]), [['xml.missing-answer-file', 1]]);
	// A path on the sealed machine's own disk: the image may carry it, so only a note.
	assert.match(missing.diagnostics[0].message as string, /holds no 'deploy\.xml'/);
	assert.equal(missing.diagnostics[0].severity, 3);
	const present = batchContext('file:///w/seal.cmd', script, { 'seal.cmd': script, 'answer/Deploy.xml': '' });
	assert.deepEqual(present.diagnostics, []);
	const relative = 'sysprep /generalize /oobe /unattend:unattend.xml\r\n';
	assert.equal(batchContext('file:///w/scripts/seal.cmd', relative, { 'scripts/seal.cmd': relative }).diagnostics.length, 1);
	assert.equal(batchContext('file:///w/scripts/seal.cmd', relative, { 'scripts/seal.cmd': relative, 'scripts/unattend.xml': '' }).diagnostics.length, 0);
});

test('knowledge: names unique, docs present, setting passes within the component', () => {
	const components = unattendXml.components.map((component) => component.name.toLowerCase());
	assert.equal(new Set(components).size, components.length);
	let settings = 0;
	const walk = (list: readonly SettingSpec[], passes: readonly string[], where: string) => {
		const names = list.map((item) => item.name);
		assert.equal(new Set(names).size, names.length, `duplicate setting under ${where}`);
		for (const setting of list) {
			settings++;
			assert.ok(setting.doc.length > 5, `${where}/${setting.name} needs a doc`);
			assert.ok((setting.domain === undefined) !== (setting.children === undefined), `${where}/${setting.name}: either a value or children`);
			for (const pass of setting.passes ?? []) assert.ok(passes.includes(pass), `${where}/${setting.name}: ${pass} is not a pass of its component`);
			if (setting.domain?.kind === 'enum') assert.equal(new Set(setting.domain.values.map((item) => item.value)).size, setting.domain.values.length);
			if (setting.commands) assert.ok(setting.children?.some((item) => item.listItem && item.children?.some((child) => child.name === setting.commands!.orderChild)));
			if (setting.children) walk(setting.children, setting.passes ?? passes, `${where}/${setting.name}`);
		}
	};
	for (const component of unattendXml.components) {
		assert.ok(component.doc.length > 10);
		assert.ok(component.passes.length > 0);
		walk(component.settings, component.passes, component.name);
	}
	assert.equal(unattendXml.passes.length, 7);
	assert.ok(settings > 250, `${settings} settings`);
	assert.equal(new Set(unattendXml.timeZoneIds).size, unattendXml.timeZoneIds.length);
});
