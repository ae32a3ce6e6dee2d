/**
 * Answer files where they live: the content sniff, template engines, host
 * regions (decoding and re-encoding), the embedded kind's editor features with
 * positions mapped to the host, and the Packer shipping check.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/languageService';
import { isUnattendXmlText, kindOf, sniffLength } from '../../server/src/model/documentKind';
import { findRegions } from '../../server/src/model/embedded/hostRegions';
import { TextBuilder } from '../../server/src/model/embedded/sourceMap';
import { renderTemplate } from '../../server/src/model/embedded/templateEngines';
import { memoryWorkspace as workspace } from '../utils/fixture';

const service = getLanguageService();
const forms = join(__dirname, '../fixtures/embedded/forms');
const shell = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';

function at(text: string, needle: string, occurrence = 0): Position {
	let offset = -1;
	for (let k = 0; k <= occurrence; k++) offset = text.indexOf(needle, offset + 1);
	assert.ok(offset !== -1, needle);
	return TextDocument.create('file:///x', '', 1, text).positionAt(offset);
}

function codesAt(diagnostics: Diagnostic[], position: Position): string[] {
	return diagnostics.filter((item) => item.range.start.line === position.line && item.range.start.character === position.character).map((item) => String(item.code));
}

test('the .xml sniff: an unattend root in its namespace, after any prolog, within the first kilobytes', () => {
	assert.ok(isUnattendXmlText('\uFEFF<?xml version="1.0"?>\r\n<!-- note -->\n<?pi x?>\n<!DOCTYPE x>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">'));
	assert.ok(isUnattendXmlText('<u:unattend xmlns:u="urn:schemas-microsoft-com:unattend"/>'));
	assert.ok(!isUnattendXmlText('<unattend/>'), 'the namespace decides: a bare <unattend> is some other format');
	assert.ok(!isUnattendXmlText('<project><unattend xmlns="urn:schemas-microsoft-com:unattend"/></project>'), 'only the root counts');
	assert.ok(!isUnattendXmlText(`<!-- ${'x'.repeat(sniffLength)} --><unattend xmlns="urn:schemas-microsoft-com:unattend"/>`), 'the sniff reads a bounded head');
	assert.ok(!isUnattendXmlText('<!-- never closed'));
	assert.equal(kindOf('file:///w/sysprep.xml', 'xml', '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>'), 'unattend-xml');
	assert.equal(kindOf('file:///w/pom.xml', 'xml', '<project/>'), undefined);
	assert.equal(kindOf('file:///w/pom.xml', 'xml'), undefined, 'without text, no guess');
	assert.equal(kindOf('file:///w/autounattend.pkrtpl.hcl'), 'embedded', 'a template named after an answer file');
	assert.equal(kindOf('file:///w/win.pkrtpl'), undefined);
	assert.equal(kindOf('file:///w/win.pkrtpl', undefined, '<unattend xmlns="urn:schemas-microsoft-com:unattend"/>'), 'embedded', 'a template whose content is an answer file');
	assert.equal(kindOf('file:///w/any.tpl', 'unattend-xml'), 'embedded', 'the unattend-xml language id on a template name');
	assert.equal(kindOf('file:///w/notes.txt', 'unattend-xml'), 'unattend-xml', 'the language id a user chooses for any other name');
	assert.equal(kindOf('file:///w/x.ps1', 'powershell', 'Write-Host hi'), undefined);
});

test('offset maps: copied pieces map one to one, replaced pieces map to their whole span', () => {
	const source = 'ab$${x}cd';
	const builder = new TextBuilder(source);
	builder.copy(0, 2);
	builder.replace(2, 5, '${');
	builder.copy(5, source.length);
	const built = builder.build();
	assert.equal(built.text, 'ab${x}cd');
	assert.equal(built.map.toSource(0, 'start'), 0);
	assert.equal(built.map.toSource(2, 'start'), 2);
	assert.equal(built.map.toSource(3, 'end'), 5);
	assert.equal(built.map.toSource(4, 'start'), 5);
	assert.equal(built.map.toSource(built.text.length, 'end'), source.length);
	for (let offset = 0; offset <= built.text.length; offset++) {
		const back = built.map.toTarget(built.map.toSource(offset, 'start'));
		assert.ok(back !== undefined && back <= offset, `offset ${offset} round-trips`);
	}
});

test('template engines: placeholders kept as tokens, directive lines blanked in place, branches recorded', () => {
	const jinja = renderTemplate('<a>\n{% if x %}\n  <b>{{ y }}</b>\n{% else %}\n  <b>z</b>\n{% endif %}\n{# note #}\n</a>\n', 'jinja', 'xml');
	assert.equal(jinja.text.split('\n').length, 9, 'lines stay where they are');
	assert.match(jinja.text, /^<a>\n<!-- +-->\n {2}<b>\{\{ y \}\}<\/b>\n<!-- +-->\n {2}<b>z<\/b>\n<!-- +-->\n<!-- +-->\n<\/a>\n$/);
	assert.equal(jinja.alternatives.length, 1);
	assert.equal(jinja.text.slice(jinja.alternatives[0].from, jinja.alternatives[0].to).includes('<b>z</b>'), true);
	const erb = renderTemplate('<a><%= @name %></a>\n<% if x -%>\n<b/>\n<% end -%>\n', 'erb', 'xml');
	assert.match(erb.text, /^<a>\{\{ name \}\}<\/a>\n<!-- +-->\n<b\/>\n<!-- +-->\n$/);
	const mako = renderTemplate('<a>\n% if x:\n<b>${y}</b>\n% endif\n## c\n<%doc>\nd\n</%doc>\n</a>', 'mako', 'xml');
	assert.doesNotMatch(mako.text, /%|doc|##/);
	assert.match(mako.text, /<b>\$\{y\}<\/b>/);
	const go = renderTemplate('<a>\n{{- if .X }}\n<b>{{ .Y }}</b>\n{{- end }}\n</a>', 'go', 'xml');
	assert.match(go.text, /<b>\{\{ Y \}\}<\/b>/);
	assert.doesNotMatch(go.text, /if|end/);
	const hcl = renderTemplate('<a>$${x} %%{y}</a>\n%{ if z ~}\n<b>${v}</b>\n%{ endif ~}\n', 'hcl', 'xml');
	assert.match(hcl.text, /^<a>\$\{x\} %\{y\}<\/a>\n<!-- +-->\n<b>\$\{v\}<\/b>\n<!-- +-->\n$/);
	const ini = renderTemplate('{# lead #}\n[UserData]\n{% if a %}\nFullName={{ n }}\n{% endif %}\n', 'jinja', 'ini');
	assert.equal(ini.text, '[UserData]\n          \nFullName={{ n }}\n           \n', 'a leading comment line vanishes (trim_blocks); INI directive lines become blank');
});

test('template scanners stay linear on hostile input (many unclosed tags)', () => {
	for (const engine of ['hcl', 'jinja', 'mako', 'erb', 'go', 'generic'] as const) {
		const text = '{{ {% <% ${ %{ '.repeat(20_000);
		assert.equal(renderTemplate(text, engine, 'xml').text.length > 0, true, engine);
	}
	const host = `$x = @"\n<unattend xmlns="urn:schemas-microsoft-com:unattend">${'$('.repeat(20_000)}\n"@\n`;
	assert.equal(findRegions(host, 'a.ps1').length, 1);
});

test('host regions decode their escapes and re-encode quick-fix text', () => {
	const ps = `$a = '<unattend xmlns="urn:schemas-microsoft-com:unattend"><settings pass=''x''/></unattend>'\n$b = @"\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\`$OEM\`$ $name $(Get-Date)</unattend>\n"@\n`;
	const [single, expandable] = findRegions(ps, 'file:///w/a.ps1');
	assert.match(single.text, /pass='x'/);
	assert.equal(single.encode("it's"), "it''s");
	assert.match(expandable.text, /\$OEM\$ \$\{name\} \$\{Get_Date\}/);
	assert.equal(expandable.encode('C:\\$OEM$'), 'C:\\`$OEM`$');
	const hcl = 'x = "<unattend xmlns=\\"urn:schemas-microsoft-com:unattend\\">\\n</unattend>"\ny = <<-EOT\n    <unattend xmlns="urn:schemas-microsoft-com:unattend">\n      <a>$${b}</a>\n    </unattend>\n    EOT\n';
	const [quoted, heredoc] = findRegions(hcl, 'main.tf');
	assert.equal(quoted.text, '<unattend xmlns="urn:schemas-microsoft-com:unattend">\n</unattend>');
	assert.equal(quoted.encode('a"b\n${c}'), 'a\\"b\\n$${c}');
	assert.equal(heredoc.text, '<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <a>${b}</a>\n</unattend>\n');
	assert.equal(heredoc.encode('<x/>\n<y/>'), '<x/>\n    <y/>');
	const yaml = 'a:\n  content: |-\n    <unattend xmlns="urn:schemas-microsoft-com:unattend">\n\n      <b/>\n    </unattend>\nnext: 1\n';
	const [block] = findRegions(yaml, 'x.yaml');
	assert.equal(block.text, '<unattend xmlns="urn:schemas-microsoft-com:unattend">\n\n  <b/>\n</unattend>\n');
	assert.equal(block.encode('<c/>\n<d/>'), '<c/>\n    <d/>');
	assert.deepEqual(findRegions('x: |\n  plain text\n', 'x.yml'), []);
});

test('diagnostics, hover, completion and quick-fixes of an embedded answer file land in the host', () => {
	const text = readFileSync(join(forms, 'build.ps1'), 'utf8');
	const document = TextDocument.create('file:///w/build.ps1', 'powershell', 1, text);
	const diagnostics = service.doValidation(document);
	const pass = at(text, 'specialise');
	assert.deepEqual(codesAt(diagnostics, pass), ['xml.unknown-pass']);
	const fixes = service.doCodeActions(document, diagnostics.find((item) => item.code === 'xml.unknown-pass' && item.range.start.line === pass.line)!.range, diagnostics);
	const fix = fixes.find((action) => /specialize/.test(action.title));
	assert.ok(fix, fixes.map((action) => action.title).join());
	const edit = fix.edit!.changes![document.uri][0];
	assert.deepEqual(edit.range.start, pass);
	assert.equal(edit.newText, 'specialize');
	const hover = service.doHover(document, at(text, 'RegisteredOwner>IT'));
	assert.ok(hover?.range);
	assert.equal(hover.range.start.line, at(text, 'RegisteredOwner>IT').line);
	const yaml = readFileSync(join(forms, 'playbook.yml'), 'utf8');
	const host = TextDocument.create('file:///w/playbook.yml', 'yaml', 1, yaml);
	const inside = at(yaml, '<RegisteredOwner>');
	const completion = service.doComplete(host, { line: inside.line, character: inside.character + 1 });
	assert.ok(completion.items.length > 0);
	for (const item of completion.items) {
		const range = item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined;
		if (range) assert.equal(range.start.line, inside.line, `${item.label} edits the host line`);
	}
	assert.ok(service.findDocumentSymbols(host).length > 0);
	assert.deepEqual(service.doValidation(TextDocument.create('file:///w/tools.ps1', 'powershell', 1, readFileSync(join(forms, 'tools.ps1'), 'utf8'))), []);
});

test('the branches of one conditional are not duplicates; a real duplicate still is', () => {
	const template = `<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" ${shell}>\n{% if a %}\n      <TimeZone>UTC</TimeZone>\n{% else %}\n      <TimeZone>{{ tz }}</TimeZone>\n{% endif %}\n      <RegisteredOwner>A</RegisteredOwner>\n      <RegisteredOwner>B</RegisteredOwner>\n    </component>\n  </settings>\n</unattend>\n`;
	const diagnostics = service.doValidation(TextDocument.create('file:///w/unattend.xml.j2', 'jinja', 1, template));
	const duplicates = diagnostics.filter((item) => item.code === 'xml.duplicate-setting');
	assert.deepEqual(duplicates.map((item) => item.range.start.line), [9]);
});

test('Packer: a script the answer file runs from the floppy or CD that the template does not carry', () => {
	const answer = `<unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" ${shell}>\n      <FirstLogonCommands>\n        <SynchronousCommand wcm:action="add">\n          <Order>1</Order>\n          <CommandLine>powershell -ExecutionPolicy Bypass -File A:\\setup.ps1</CommandLine>\n        </SynchronousCommand>\n        <SynchronousCommand wcm:action="add">\n          <Order>2</Order>\n          <CommandLine>cmd /c E:\\scripts\\winrm.cmd</CommandLine>\n        </SynchronousCommand>\n      </FirstLogonCommands>\n    </component>\n  </settings>\n</unattend>\n`;
	const packer = 'source "qemu" "w" {\n  floppy_files = ["./answer/autounattend.xml", "./scripts/setup.ps1"]\n  cd_files = ["./tools/"]\n}\n';
	const files = { 'answer/autounattend.xml': answer, 'build.pkr.hcl': packer, 'scripts/setup.ps1': '', 'scripts/winrm.cmd': '' };
	const document = TextDocument.create('file:///ws/answer/autounattend.xml', 'xml', 1, answer);
	const missing = service.doValidation(document, {}, workspace(files)).filter((item) => item.code === 'xml.packer-missing-file');
	assert.deepEqual(missing.map((item) => [item.range.start.line, item.range.start.character]), [[at(answer, 'E:\\').line, at(answer, 'E:\\').character]]);
	assert.match(String(missing[0].message), /build\.pkr\.hcl ships this answer file without winrm\.cmd/);
	const carried = service.doValidation(document, {}, workspace({ ...files, 'build.pkr.hcl': packer.replace('./tools/', './scripts/') }));
	assert.deepEqual(carried.filter((item) => item.code === 'xml.packer-missing-file'), []);
	const commented = answer.replace('<SynchronousCommand wcm:action="add">\n          <Order>2</Order>', '<!--<SynchronousCommand wcm:action="add">\n          <Order>2</Order>').replace('winrm.cmd</CommandLine>\n        </SynchronousCommand>', 'winrm.cmd</CommandLine>\n        </SynchronousCommand>-->');
	assert.notEqual(commented, answer);
	assert.deepEqual(service.doValidation(TextDocument.create(document.uri, 'xml', 2, commented), {}, workspace({ ...files, 'answer/autounattend.xml': commented })).filter((item) => item.code === 'xml.packer-missing-file'), [], 'a commented-out command never runs');
	const elsewhere = service.doValidation(document, {}, workspace({ ...files, 'build.pkr.hcl': packer.replace('./answer/autounattend.xml', './other/autounattend.xml') }));
	assert.deepEqual(elsewhere.filter((item) => item.code === 'xml.packer-missing-file'), [], 'a template shipping another folder\'s autounattend.xml says nothing about this one');
	const unrelated = service.doValidation(document, {}, workspace({ ...files, 'build.pkr.hcl': 'source "qemu" "w" {\n  floppy_files = ["./other.xml"]\n}\n' }));
	assert.deepEqual(unrelated.filter((item) => item.code === 'xml.packer-missing-file'), [], 'a template that ships another answer file says nothing about this one');
	const template = `${answer.replace('A:\\setup.ps1', 'A:\\${script}')}`;
	const tplDocument = TextDocument.create('file:///ws/answer/autounattend.pkrtpl.hcl', 'hcl', 1, template);
	const tplFiles = { 'answer/autounattend.pkrtpl.hcl': template, 'build.pkr.hcl': 'source "qemu" "w" {\n  cd_content = {\n    "autounattend.xml" = templatefile("answer/autounattend.pkrtpl.hcl", {})\n  }\n}\n' };
	const fromTemplate = service.doValidation(tplDocument, {}, workspace(tplFiles)).filter((item) => item.code === 'xml.packer-missing-file');
	assert.deepEqual(fromTemplate.map((item) => item.range.start.line), [at(template, 'E:\\').line], 'the template form is checked as well, in host positions');
});
