/**
 * The language-service façade orders every kind's diagnostics and cuts them at
 * `maxDiagnostics` once, with one `reseal.truncated` note; the kinds no longer
 * cut (or announce a cut) themselves.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, limitDiagnostics } from '../../server/src/languageService';

const service = getLanguageService();

const noisy: [string, string][] = [
	['file:///w/sysprep.bat', 'goto nowhere\n'.repeat(40)],
	['file:///w/Sysprep.inf', `[UserData]\n${Array.from({ length: 40 }, (_, i) => `Bogus${i} = 1`).join('\n')}\n`],
	['file:///w/Winbom.ini', `[Factory]\nWinbomType = Factory\n${Array.from({ length: 40 }, (_, i) => `Bogus${i} = 1`).join('\n')}\n`],
	['file:///w/Sysprep/i386/$OEM$/Cmdlines.txt', `[Commands]\n${'mkdir C:\\x\n'.repeat(40)}`],
	[
		'file:///w/unattend.xml',
		`<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="specialize">\n<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n${'<Bogus/>\n'.repeat(40)}</component>\n</settings>\n</unattend>\n`,
	],
];

for (const [uri, text] of noisy) {
	test(`every kind is cut once by the façade: ${uri.slice(uri.lastIndexOf('/') + 1)}`, () => {
		const document = TextDocument.create(uri, '', 1, text);
		const all = service.doValidation(document, { maxDiagnostics: 100_000 });
		assert.ok(all.length > 12, `the fixture should produce many findings (got ${all.length})`);
		assert.ok(!all.some((d) => /truncated$/.test(String(d.code))), 'no cut below the limit');
		const cut = service.doValidation(TextDocument.create(uri, '', 2, text), { maxDiagnostics: 10 });
		assert.equal(cut.length, 11);
		assert.equal(cut[0].code, 'reseal.truncated');
		assert.equal(cut[0].severity, DiagnosticSeverity.Information);
		assert.match(String(cut[0].message), new RegExp(`Showing 10 of ${all.length} problems`));
		assert.equal(cut.filter((d) => /truncated$/.test(String(d.code))).length, 1, 'one note, no per-kind inf.truncated or xml.truncated');
	});
}

function diagnostic(line: number, severity: DiagnosticSeverity, code: string): Diagnostic {
	return { range: { start: { line, character: 0 }, end: { line, character: 1 } }, severity, code, message: code };
}

test('the cut keeps the most severe findings and returns them in document order', () => {
	const list = [diagnostic(5, DiagnosticSeverity.Hint, 'h'), diagnostic(1, DiagnosticSeverity.Warning, 'w1'), diagnostic(9, DiagnosticSeverity.Error, 'e'), diagnostic(3, DiagnosticSeverity.Warning, 'w2')];
	assert.deepEqual(
		limitDiagnostics(list, 3).map((d) => d.code),
		['reseal.truncated', 'w1', 'w2', 'e'],
	);
	assert.deepEqual(
		limitDiagnostics(list, 10).map((d) => d.code),
		['w1', 'w2', 'h', 'e'],
	);
});
