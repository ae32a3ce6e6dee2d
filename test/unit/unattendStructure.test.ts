/**
 * Structure completion in `unattend.xml` (#31 item 3): list items come with
 * `wcm:action` (and `wcm:keyValue`), elements with a row in
 * `knowledge/unattendXmlChildren.ts` come with their children, numbered with
 * the next free `Order`, and what completion inserts is a complete element
 * that raises no finding but an empty password the author still has to type.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem } from 'vscode-languageserver-types';
import { unattendInsertedChildren } from '../../server/src/knowledge/unattendXmlChildren';
import type { ComponentSpec, SettingSpec } from '../../server/src/knowledge/unattendXmlTypes';
import { unattendIndex } from '../../server/src/services/unattendXml/unattendAnalysis';
import { expandSkeleton } from '../../server/src/services/unattendXml/unattendSnippets';
import { encodeSimPassword } from '../../server/src/services/unattendXml/unattendSecrets';
import { service, single } from '../utils/fixture';

const catalog = unattendIndex().spec.components;
const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';

/** A document with the cursor after `<` inside the parents of the last spec of `path`, in a pass that applies it. */
function documentAt(component: ComponentSpec, path: readonly SettingSpec[], inside = ''): string {
	const parents = path.slice(0, -1);
	const pass = (path.find((setting) => setting.passes)?.passes ?? component.passes)[0];
	const open = parents.map((setting) => `<${setting.name}${setting.listItem === 'keyed' ? ' wcm:action="add" wcm:keyValue="1"' : setting.listItem ? ' wcm:action="add"' : ''}>`).join('\n');
	const close = [...parents].reverse().map((setting) => `</${setting.name}>`).join('\n');
	return `//- /unattend.xml\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="${pass}">\n<component name="${component.name}" ${ids}>\n${open}\n${inside}<$0\n${close}\n</component>\n</settings>\n</unattend>\n`;
}

function completeAt(source: string, label: string): { item: CompletionItem; document: TextDocument } {
	const fixture = single(source);
	const document = TextDocument.create(`file://${fixture.path}`, 'xml', 1, fixture.text);
	const item = service.doComplete(document, fixture.cursor!).items.find((entry) => entry.label === label);
	assert.ok(item, `${label} is not offered`);
	return { item, document };
}

function snippetOf(item: CompletionItem): string {
	const edit = item.textEdit;
	assert.ok(edit && 'range' in edit);
	return edit.newText;
}

/** Inserts the item with every tab stop at its default, as a user pressing Tab through it would. */
function insertWithDefaults(source: string, label: string): string {
	const { item, document } = completeAt(source, label);
	const edit = item.textEdit as { range: import('vscode-languageserver-types').Range; newText: string };
	return TextDocument.applyEdits(document, [{ range: edit.range, newText: expandSkeleton({ name: '', prefix: '', description: '', body: [edit.newText] }) }]);
}

/** Every setting with the specs from its component down to it. */
function* walk(settings: readonly SettingSpec[], path: SettingSpec[] = []): Generator<SettingSpec[]> {
	for (const setting of settings) {
		yield [...path, setting];
		yield* walk(setting.children ?? [], [...path, setting]);
	}
}

function holdsPassword(spec: SettingSpec): boolean {
	return spec.domain?.kind === 'password' || (spec.children ?? []).some(holdsPassword);
}

function specPath(component: ComponentSpec, path: string): SettingSpec[] | undefined {
	const out: SettingSpec[] = [];
	let level: readonly SettingSpec[] | undefined = component.settings;
	for (const name of path.split('/')) {
		const found: SettingSpec | undefined = level?.find((setting) => setting.name === name);
		if (!found) return undefined;
		out.push(found);
		level = found.children;
	}
	return out;
}

test('every row of the inserted-children table names a catalog element and its real children', () => {
	const wrong: string[] = [];
	for (const row of unattendInsertedChildren) {
		const component = catalog.find((item) => item.name === row.component);
		const path = component && specPath(component, row.path);
		if (!component || !path) {
			wrong.push(`${row.component}/${row.path}: not in the catalog`);
			continue;
		}
		const spec = path[path.length - 1];
		for (const child of row.children) if (!specPath({ ...component, settings: spec.children ?? [] }, child)) wrong.push(`${row.path}: no child ${child}`);
		for (const key of Object.keys(row.values ?? {})) if (!row.children.includes(key)) wrong.push(`${row.path}: a value for ${key}, which the row does not insert`);
		if (row.numbered && !row.children.includes(row.numbered)) wrong.push(`${row.path}: numbers ${row.numbered}, which the row does not insert`);
		if (!/\.md\b/.test(row.source)) wrong.push(`${row.path}: the source names no reference page`);
	}
	assert.deepEqual(wrong, []);
});

test('every list item of the catalog is inserted with wcm:action="add" (and wcm:keyValue when keyed)', () => {
	let items = 0;
	const wrong: string[] = [];
	for (const component of catalog) {
		for (const path of walk(component.settings)) {
			const spec = path[path.length - 1];
			if (!spec.listItem) continue;
			items++;
			const snippet = snippetOf(completeAt(documentAt(component, path), spec.name).item);
			const expected = spec.listItem === 'keyed' ? new RegExp(`^${spec.name} wcm:action="add" wcm:keyValue="\\$\\{1:\\d+\\}">`) : new RegExp(`^${spec.name} wcm:action="add">`);
			if (!expected.test(snippet)) wrong.push(`${component.name}/${path.map((item) => item.name).join('/')}: ${snippet.split('\n')[0]}`);
		}
	}
	assert.ok(items > 30, `${items} list items`);
	assert.deepEqual(wrong, []);
});

test('each element of the table, inserted with its defaults, is complete: no finding but an empty password to type', () => {
	const wrong: string[] = [];
	for (const row of unattendInsertedChildren) {
		const component = catalog.find((item) => item.name === row.component)!;
		const path = specPath(component, row.path)!;
		const text = insertWithDefaults(documentAt(component, path), path[path.length - 1].name);
		const codes = service.doValidation(TextDocument.create('file:///unattend.xml', 'xml', 2, text)).map((item) => String(item.code));
		// An empty password is the author's to type; an OSImage that InstallTo is added to still selects no image.
		const allowed = [...(holdsPassword(path[path.length - 1]) ? ['xml.blank-password'] : []), ...(row.path.endsWith('OSImage/InstallTo') ? ['xml.image-selection'] : [])];
		const unexpected = codes.filter((code) => !allowed.includes(code));
		if (unexpected.length > 0) wrong.push(`${row.component}/${row.path}: ${unexpected.join(', ')}`);
	}
	assert.deepEqual(wrong, []);
});

test('a command is inserted with the next free Order, what to run and a description, as tab stops', () => {
	const deployment = catalog.find((item) => item.name === 'Microsoft-Windows-Deployment')!;
	const path = specPath(deployment, 'RunSynchronous/RunSynchronousCommand')!;
	const existing = '<RunSynchronousCommand wcm:action="add"><Order>4</Order><Path>a.exe</Path></RunSynchronousCommand>\n';
	assert.equal(
		snippetOf(completeAt(documentAt(deployment, path, existing), 'RunSynchronousCommand').item),
		'RunSynchronousCommand wcm:action="add">\n\t<Order>${1:5}</Order>\n\t<Path>${2:cmd.exe /c echo Replace this command}</Path>\n\t<Description>${3:What the command does}</Description>\n</RunSynchronousCommand>$0',
	);
	const text = insertWithDefaults(documentAt(deployment, path, existing), 'RunSynchronousCommand');
	assert.deepEqual(service.doValidation(TextDocument.create('file:///unattend.xml', 'xml', 2, text)), []);
});

test('a local account is inserted with its password (PlainText true, for a typed password), name, group and display name', () => {
	const shell = catalog.find((item) => item.name === 'Microsoft-Windows-Shell-Setup')!;
	assert.equal(
		snippetOf(completeAt(documentAt(shell, specPath(shell, 'UserAccounts/LocalAccounts/LocalAccount')!), 'LocalAccount').item),
		'LocalAccount wcm:action="add">\n\t<Password>\n\t\t<Value>${1}</Value>\n\t\t<PlainText>${2|true,false|}</PlainText>\n\t</Password>\n\t<Name>${3:User}</Name>\n\t<Group>${4:Administrators}</Group>\n\t<DisplayName>${5:User}</DisplayName>\n</LocalAccount>$0',
	);
	// A password typed into the first tab stop, the rest left at their defaults: clear text, as PlainText says.
	const text = insertWithDefaults(documentAt(shell, specPath(shell, 'UserAccounts/LocalAccounts/LocalAccount')!), 'LocalAccount').replace('<Value></Value>', '<Value>S3cret!</Value>');
	const codes = service.doValidation(TextDocument.create('file:///unattend.xml', 'xml', 2, text)).map((item) => item.code);
	assert.deepEqual(codes, ['xml.plaintext-password']);
});

test('a keyed item gets the next free key', () => {
	const tcpip = catalog.find((item) => item.name === 'Microsoft-Windows-TCPIP')!;
	const path = specPath(tcpip, 'Interfaces/Interface/UnicastIpAddresses/IpAddress')!;
	const snippet = snippetOf(completeAt(documentAt(tcpip, path, '<IpAddress wcm:action="add" wcm:keyValue="1">192.168.0.1/24</IpAddress>\n'), 'IpAddress').item);
	assert.equal(snippet, 'IpAddress wcm:action="add" wcm:keyValue="${1:2}">${2}</IpAddress>$0');
});

test('containers insert their children: UserAccounts its administrator password, ImageInstall an image selection and target', () => {
	const shell = catalog.find((item) => item.name === 'Microsoft-Windows-Shell-Setup')!;
	assert.match(snippetOf(completeAt(documentAt(shell, specPath(shell, 'UserAccounts')!), 'UserAccounts').item), /^UserAccounts>\n\t<AdministratorPassword>\n\t\t<Value>\$\{1\}<\/Value>\n\t\t<PlainText>\$\{2\|true,false\|\}<\/PlainText>/);
	const setup = catalog.find((item) => item.name === 'Microsoft-Windows-Setup')!;
	const image = snippetOf(completeAt(documentAt(setup, specPath(setup, 'ImageInstall')!), 'ImageInstall').item);
	assert.match(image, /<MetaData wcm:action="add">\n\t\t\t\t<Key>\$\{1:\/IMAGE\/INDEX\}<\/Key>/);
	assert.match(image, /<InstallTo>\n\t\t\t<DiskID>\$\{3:0\}<\/DiskID>\n\t\t\t<PartitionID>\$\{4:3\}<\/PartitionID>/);
});

test('PlainText completion offers first the value that matches the password beside it', () => {
	const body = (value: string) => `//- /unattend.xml\n<unattend xmlns="urn:schemas-microsoft-com:unattend"><settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup" ${ids}><UserAccounts><AdministratorPassword><Value>${value}</Value><PlainText>$0</PlainText></AdministratorPassword></UserAccounts></component></settings></unattend>`;
	const first = (value: string) => {
		const fixture = single(body(value));
		const items = service.doComplete(TextDocument.create('file:///unattend.xml', 'xml', 1, fixture.text), fixture.cursor!).items;
		return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))[0];
	};
	assert.equal(first('S3cret!').label, 'true');
	assert.equal(first('S3cret!').preselect, true);
	assert.equal(first(encodeSimPassword('S3cret!', 'AdministratorPassword')).label, 'false');
});

test('the media skeleton has the windowsPE pass a media install needs', () => {
	const fixture = single('//- /autounattend.xml\n$0');
	const items = service.doComplete(TextDocument.create('file:///autounattend.xml', 'xml', 1, fixture.text), fixture.cursor!).items;
	assert.equal(items[0].preselect, true);
	const text = expandSkeleton({ name: '', prefix: '', description: '', body: [snippetOf(items[0])] });
	for (const part of ['<settings pass="windowsPE">', 'Microsoft-Windows-International-Core-WinPE', '<DiskConfiguration>', '<ImageInstall>', '<UserData>', '<settings pass="oobeSystem">']) assert.ok(text.includes(part), part);
	assert.deepEqual(service.doValidation(TextDocument.create('file:///autounattend.xml', 'xml', 1, text)), []);
});
