/**
 * unattend.xml against the Windows image it installs (`unattendImage.ts`):
 * with the committed wimlib fixtures as the image, and without an image.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { readImageMetadata } from '../../server/src/io/imageReader';
import type { WorkspaceView } from '../../server/src/services/kindService';
import { applyFix, checkDiagnostics, completionLabels, documentFor, hoverText, service, single } from '../utils/fixture';

const images = path.resolve(__dirname, '../fixtures/images');
const ns = 'xmlns="urn:schemas-microsoft-com:unattend"';
const ids = (arch = 'amd64') => `processorArchitecture="${arch}" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"`;
const imageCodes = ['xml.image-unreadable', 'xml.image-selection', 'xml.image-architecture', 'xml.image-language', 'xml.image-key'];

const fixtureOf: Readonly<Record<string, string>> = { client: 'client.wim', server: 'server.esd', x86: 'x86.wim' };

/** A workspace whose media tree holds fixture images: `client` becomes `iso/sources/install.wim`, `server` `install.esd`, `x86` `x86/sources/install.wim`. */
function media(...names: ('client' | 'server' | 'x86')[]): WorkspaceView {
	const listed = new Map(names.map((name) => [name === 'server' ? 'iso/sources/install.esd' : name === 'x86' ? 'x86/sources/install.wim' : 'iso/sources/install.wim', fixtureOf[name]]));
	return {
		listFiles: () => [...listed.keys()],
		readText: () => undefined,
		readImage: (file) => readImageMetadata(path.join(images, listed.get(file) ?? path.basename(file)), file),
	};
}

/** A media-install windowsPE pass selecting an image by `key`/`value`. */
function selecting(key: string, value: string, extra = ''): string {
	return `//- /autounattend.xml
<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-Setup" ${ids()}>
<ImageInstall><OSImage><InstallFrom><MetaData wcm:action="add">
<Key>${key}</Key>
<Value>${value}</Value>
</MetaData></InstallFrom></OSImage></ImageInstall>
</component>
${extra}</settings>
</unattend>
`;
}

test('a selection that names an image of the file is quiet', () => {
	checkDiagnostics(selecting('/IMAGE/NAME', 'Windows 11 Pro'), { only: imageCodes, workspace: media('client') });
	checkDiagnostics(selecting('/IMAGE/INDEX', '3'), { only: imageCodes, workspace: media('client') });
	checkDiagnostics(selecting('/IMAGE/DESCRIPTION', 'Windows 11 Home'), { only: imageCodes, workspace: media('client') });
	checkDiagnostics(selecting('/IMAGE/WINDOWS/EDITIONID', 'ProfessionalN'), { only: imageCodes, workspace: media('client') });
});

test('a name the image does not hold is an error listing the images, with a did-you-mean fix', () => {
	const source = selecting('/IMAGE/NAME', 'Windows 11 Professional');
	checkDiagnostics(
		`${source.replace('<Value>Windows 11 Professional</Value>', '<Value>Windows 11 Professional</Value>\n       ^^^^^^^^^^^^^^^^^^^^^^^ error xml.image-selection: Setup finds no image to install: no image of iso/sources/install.wim has /IMAGE/NAME \'Windows 11 Professional\', so it stops and asks. Images: 1 \'Windows 11 Home\' (Core, amd64, build 22631); 2 \'Windows 11 Pro\' (Professional, amd64, build 22631); 3 \'Windows 11 Pro N\' (ProfessionalN, amd64, build 22631). Did you mean \'Windows 11 Pro\'?')}`,
		{ only: imageCodes, workspace: media('client') },
	);
	const fixed = applyFix(source.replace('Professional</Value>', 'Professional$0</Value>'), "Change to 'Windows 11 Pro'", undefined, media('client'));
	assert.match(fixed, /<Value>Windows 11 Pro<\/Value>/);
});

test('an index past the last image, and entries that exclude each other, are errors', () => {
	checkDiagnostics(selecting('/IMAGE/INDEX', '6').replace('<Value>6</Value>', '<Value>6</Value>\n       ^ error xml.image-selection…'), { only: imageCodes, workspace: media('client') });
	const both = selecting('/IMAGE/INDEX', '1').replace(
		'</MetaData>',
		'</MetaData><MetaData wcm:action="add"><Key>/IMAGE/NAME</Key><Value>Windows 11 Pro</Value></MetaData>\n                                                                   ^^^^^^^^^^^^^^ error xml.image-selection: Setup finds no image to install: no image matches it together with the other MetaData entries…\n',
	);
	checkDiagnostics(both, { only: imageCodes, workspace: media('client') });
});

test('without an image: a number under /IMAGE/NAME and a name under /IMAGE/INDEX, with the key fix', () => {
	checkDiagnostics(
		selecting('/IMAGE/NAME', '2').replace(
			'<Value>2</Value>',
			"<Value>2</Value>\n       ^ warning xml.image-selection: '2' looks like an image index, but /IMAGE/NAME compares image names: use /IMAGE/INDEX for a number.",
		),
		{ only: imageCodes },
	);
	checkDiagnostics(selecting('/IMAGE/INDEX', 'Windows 10 Pro').replace('<Value>Windows 10 Pro</Value>', '<Value>Windows 10 Pro</Value>\n       ^^^^^^^^^^^^^^ error xml.image-selection: /IMAGE/INDEX takes the image number…'), { only: imageCodes });
	checkDiagnostics(selecting('IMAGE/NAME', 'Windows 10 Pro').replace('<Key>IMAGE/NAME</Key>', "<Key>IMAGE/NAME</Key>\n     ^^^^^^^^^^ error xml.image-selection: 'IMAGE/NAME' is not a metadata path…"), { only: imageCodes });
	const fixed = applyFix(selecting('/IMAGE/NAME', '2$0'), 'Select by /IMAGE/INDEX');
	assert.match(fixed, /<Key>\/IMAGE\/INDEX<\/Key>\s*<Value>2<\/Value>/);
	// Placeholders a build tool fills are not judged.
	checkDiagnostics(selecting('/IMAGE/INDEX', '{{ image_index }}'), { only: imageCodes });
	checkDiagnostics(selecting('/IMAGE/NAME', '${image_name}'), { only: imageCodes, workspace: media('client') });
});

test('a multi-image file installed with no selection and no key warns; one image or a key is fine', () => {
	const none = `//- /autounattend.xml
<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-Setup" ${ids()}>
 ^^^^^^^^^ warning xml.image-selection: iso/sources/install.wim holds 3 images and the file selects none…
<UserData><AcceptEula>true</AcceptEula></UserData>
</component>
</settings>
</unattend>
`;
	checkDiagnostics(none, { only: imageCodes, workspace: media('client') });
	checkDiagnostics(none.replace(/^ \^.*\n/m, ''), { only: ['xml.image-selection'], workspace: media('x86') });
	checkDiagnostics(none.replace(/^ \^.*\n/m, '').replace('<AcceptEula>true</AcceptEula>', '<AcceptEula>true</AcceptEula><ProductKey><Key>VK7JG-NPHTM-C97JM-9MPGT-3V66T</Key></ProductKey>'), { only: imageCodes, workspace: media('client') });
	// Without an image nothing is known about the media.
	checkDiagnostics(none.replace(/^ \^.*\n/m, ''), { only: imageCodes });
});

test('components of an architecture the image lacks: Setup applies none of them', () => {
	const x86 = `//- /autounattend.xml
<unattend ${ns}>
<settings pass="specialize">
<component name="Microsoft-Windows-Shell-Setup" ${ids('x86')}>
                                                                       ^^^ error xml.image-architecture: Every component is for x86, but iso/sources/install.wim is amd64: Setup applies none of the 1 components.
<ComputerName>*</ComputerName>
</component>
</settings>
</unattend>
`;
	checkDiagnostics(x86, { only: imageCodes, workspace: media('client') });
	checkDiagnostics(x86.replace(/^ +\^.*\n/m, ''), { only: imageCodes, workspace: media('x86') });
	// Without an image: only a release known to be 64-bit-only says so, never the default guess.
	checkDiagnostics(x86.replace(/^ +\^.*\n/m, ''), { only: imageCodes });
	const server = x86.replace(/^ +\^.*\n/m, '').replace('<unattend', '<!-- reseal: target=ws2019 -->\n<unattend');
	const found = checkDiagnosticsLoose(server);
	assert.deepEqual(found, ['xml.image-architecture: Every component is for x86, but Windows Server 2019 (named by the reseal comment) exists only for amd64: Setup applies none of the 1 components.']);
});

/** The image findings of a file, as `code: message` lines (for cases where the position is not the point). */
function checkDiagnosticsLoose(source: string, workspace?: WorkspaceView): string[] {
	try {
		checkDiagnostics(source, { only: imageCodes, workspace });
		return [];
	} catch (error) {
		return String((error as Error).message)
			.split('\n')
			.filter((line) => line.includes('unexpected:'))
			.map((line) => line.replace(/^.*? (?:error|warning|information|hint) /, ''));
	}
}

test('a UI language the image does not hold warns; one it holds is quiet', () => {
	const file = (language: string) => `//- /autounattend.xml
<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-International-Core-WinPE" ${ids()}>
<UILanguage>${language}</UILanguage>
</component>
</settings>
</unattend>
`;
	assert.deepEqual(checkDiagnosticsLoose(file('de-DE'), media('server')), []);
	assert.deepEqual(checkDiagnosticsLoose(file('fr-FR'), media('server')), [
		"xml.image-language: iso/sources/install.esd holds the languages en-US, de-DE, not 'fr-FR': unless the file adds that language pack, Setup reports the language as not valid and stops.",
	]);
});

test('a published key of another release than the image is an error that never quotes the key', () => {
	const file = `//- /autounattend.xml
<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-Setup" ${ids()}>
<UserData><ProductKey><Key>YC6KT-GKW9T-YTKYR-T4X34-R7VHC</Key></ProductKey></UserData>
<ImageInstall><OSImage><InstallFrom><MetaData wcm:action="add"><Key>/IMAGE/INDEX</Key><Value>1</Value></MetaData></InstallFrom></OSImage></ImageInstall>
</component>
</settings>
</unattend>
`;
	const found = checkDiagnosticsLoose(file, media('server'));
	assert.deepEqual(found, ['xml.image-key: This is a published key of Windows Server 2008 R2, but iso/sources/install.esd installs Windows Server 2022: Setup rejects the key and stops.']);
	assert.ok(!found.join('').includes('YC6KT'));
	// Windows 10 and 11 share their keys: the Windows 11 Pro key on a Windows 10 image is fine.
	const shared = file.replace('YC6KT-GKW9T-YTKYR-T4X34-R7VHC', 'W269N-WFGWX-YVC9B-4J6C9-T83GX').replace('<Key>/IMAGE/INDEX</Key><Value>1</Value>', '<Key>/IMAGE/INDEX</Key><Value>1</Value>');
	assert.deepEqual(checkDiagnosticsLoose(shared, media('x86')).filter((line) => line.startsWith('xml.image-key')), []);
	assert.match(checkDiagnosticsLoose(shared, media('server')).join('\n'), /^xml\.image-key: This is a published key of Windows 11, but iso\/sources\/install\.esd installs Windows Server 2022/);
});

test("the image's build sets the target, and the message says so", () => {
	const file = `//- /unattend.xml
<unattend ${ns}>
<settings pass="oobeSystem">
<component name="Microsoft-Windows-Shell-Setup" ${ids('x86')}>
<OOBE><SkipMachineOOBE>true</SkipMachineOOBE></OOBE>
</component>
</settings>
</unattend>
`;
	const messages = (workspace?: WorkspaceView) =>
		service
			.doValidation(documentFor(single(file)), undefined, workspace)
			.filter((item) => item.code === 'xml.deprecated-setting')
			.map((item) => String(item.message));
	assert.match(messages(media('x86'))[0] ?? '', /\(checked for Windows 10, from the image x86\/sources\/install\.wim \(build 19045\)\)/);
	assert.match(messages()[0] ?? '', /\(checked for Windows 11, the newest release/);
	// An explicit setting still wins over the image.
	assert.match(
		service
			.doValidation(documentFor(single(file)), { unattendTarget: 'win8' }, media('x86'))
						.find((item) => item.code === 'xml.deprecated-setting')?.message.toString() ?? '',
		/checked for Windows 8, from reseal\.unattend\.target/,
	);
});

test('an unreadable or ambiguous image is reported where it was named', () => {
	const file = `//- /autounattend.xml
<!-- reseal: image=missing/install.wim -->
^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning xml.image-unreadable: The image missing/install.wim (from the reseal comment) cannot be checked against: cannot read it (ENOENT).
<unattend ${ns}>
</unattend>
`;
	checkDiagnostics(file, { only: imageCodes, workspace: { listFiles: () => [], readText: () => undefined, readImage: (file) => readImageMetadata(path.join('/nonexistent', file), file) } });
	const two = checkDiagnosticsLoose(selecting('/IMAGE/INDEX', '1'), media('client', 'server'));
	assert.equal(two.length, 1);
	assert.match(two[0], /^xml\.image-unreadable: The workspace holds 2 Windows images/);
	// The setting wins over the workspace's images.
	assert.deepEqual(checkDiagnosticsLoose(selecting('/IMAGE/NAME', 'Windows 10 Pro'), media('client', 'server')).length, 1);
});

test('completion offers the image names for /IMAGE/NAME and the indexes for /IMAGE/INDEX', () => {
	assert.deepEqual(completionLabels(selecting('/IMAGE/NAME', '$0'), undefined, media('client')).slice(0, 3), ['Windows 11 Home', 'Windows 11 Pro', 'Windows 11 Pro N']);
	assert.deepEqual(completionLabels(selecting('/IMAGE/INDEX', '$0'), undefined, media('client')).slice(0, 3), ['1', '2', '3']);
	assert.ok(!completionLabels(selecting('/IMAGE/NAME', '$0')).includes('Windows 11 Pro'));
});

test('hover on a MetaData value shows the image it selects', () => {
	const text = hoverText(selecting('/IMAGE/NAME', 'Windows 11 P$0ro'), undefined, media('client'));
	assert.ok(text);
	assert.match(text, /\*\*Windows 11 Pro\*\* — image 2 of `iso\/sources\/install\.wim`/);
	assert.match(text, /Edition: Professional \(Client\)/);
	assert.match(text, /Build: 10\.0\.22631\.2861 \(Windows 11\)/);
	assert.match(text, /Languages: en-US/);
});

test('without an image: a published key of another release than the one named, and an image install with no selection', () => {
	const keyed = (key: string, directive = '<!-- reseal: target=ws2022 -->') => `//- /autounattend.xml
${directive}
<unattend ${ns}>
<settings pass="windowsPE">
<component name="Microsoft-Windows-Setup" ${ids()}>
<UserData><ProductKey><Key>${key}</Key></ProductKey></UserData>
<ImageInstall><OSImage><InstallTo><DiskID>0</DiskID><PartitionID>1</PartitionID></InstallTo></OSImage></ImageInstall>
</component>
</settings>
</unattend>
`;
	assert.deepEqual(checkDiagnosticsLoose(keyed('YC6KT-GKW9T-YTKYR-T4X34-R7VHC')), [
		'xml.image-key: This is a published key of Windows Server 2008 R2, but the file is for Windows Server 2022 (named by the reseal comment): Setup rejects a key of another release and stops.',
	]);
	assert.deepEqual(checkDiagnosticsLoose(keyed('VDYBN-27WPP-V4HQT-9VMD4-VMK7H')), []);
	// The target inferred from the key itself is no disagreement.
	assert.deepEqual(checkDiagnosticsLoose(keyed('YC6KT-GKW9T-YTKYR-T4X34-R7VHC', '')), []);
	const unselected = keyed('', '').replace('<UserData><ProductKey><Key></Key></ProductKey></UserData>\n', '');
	assert.deepEqual(checkDiagnosticsLoose(unselected).map((line) => line.slice(0, 80)), ['xml.image-selection: The file installs an image (ImageInstall/OSImage) but selec']);
});
