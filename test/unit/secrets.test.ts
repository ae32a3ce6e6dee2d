/**
 * Secrets never reach a message: the secret test comes before every message
 * that can quote a value (placeholder, missing '=', did-you-mean, XML syntax),
 * and the bundle planner redacts by place, not by matching words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/languageService';
import { analyzerFromLanguageService, planBundle, type BundlePlan } from '../../server/src/bundle/planBundle';
import { secretSpans } from '../../server/src/services/secrets';
import { ansi, peFixtures, sampleInf, sampleWorkspace } from '../fixtures/bundle/fixtures';

const service = getLanguageService();

function messages(uri: string, text: string): string[] {
	return service.doValidation(TextDocument.create(uri, '', 1, text)).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
}

function assertNoSecret(found: readonly string[], secrets: readonly string[]): void {
	for (const message of found) for (const secret of secrets) assert.ok(!message.includes(secret), `'${secret}' in: ${message}`);
}

export const secretInf = [
	'[Unattended]',
	'OemSkipEula = Yes',
	'[GuiUnattended]',
	'AdminPassword = @dm1n@',
	'[Identification]',
	'JoinDomain = CORP',
	'DomainAdmin = joiner',
	'DomainAdminPassword = CORP_ADMIN_2024',
	'[UserData]',
	'ProductKey QQQQQ-WWWWW-EEEEE-RRRRR-TTTTT',
	'FullName = "x"',
	'[GuiUnattended]',
	'AdminPassword Secret-P4ss',
	'[Unattended]',
	'AdminPassword Zebra-Quill-77',
	'',
].join('\r\n');
const infSecrets = ['@dm1n@', 'CORP_ADMIN_2024', 'QQQQQ-WWWWW', 'Secret-P4ss', 'Zebra-Quill-77'];

test('Sysprep.inf: placeholder-looking passwords and secret entries without = are never quoted', () => {
	const found = messages('file:///w/Sysprep.inf', secretInf);
	assert.ok(found.some((message) => message.includes("no '='")), 'the missing = is still reported');
	assert.ok(found.some((message) => message.includes('template token')), 'the placeholder is still reported');
	assertNoSecret(found, infSecrets);
	// Other entries keep their quoted values.
	assert.ok(messages('file:///w/Sysprep.inf', '[UserData]\nFullName Contoso IT\n').some((message) => message.includes("'FullName Contoso IT'")));
});

test('unattend.xml: a syntax error inside a password does not quote it', () => {
	const text = `<?xml version="1.0"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n<settings pass="oobeSystem"><component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"><UserAccounts><AdministratorPassword><Value>Tr0ub4dor&amp3xyzSECRET</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts></component></settings>\n</unattend>\n`;
	const found = messages('file:///w/unattend.xml', text);
	assert.ok(found.some((message) => message.includes('not well-formed')), found.join('\n'));
	assertNoSecret(found, ['amp3xyz', 'Tr0ub4dor', 'SECRET']);
	// Outside a secret the parser's message stays as precise as before.
	assert.ok(messages('file:///w/unattend.xml', text.replace('<Value>Tr0ub4dor&amp3xyzSECRET</Value>', '<Value>x</Value>').replace('</UserAccounts>', '</UserAccounts><RegisteredOwner>a&amp3b</RegisteredOwner>')).some((message) => message.includes("'&amp3b'")));
});

test('secret spans cover entries, and lines without = that name a secret', () => {
	const spans = secretSpans('sysprep-inf', secretInf).map((span) => span.value);
	for (const secret of ['@dm1n@', 'CORP_ADMIN_2024', 'ProductKey QQQQQ-WWWWW-EEEEE-RRRRR-TTTTT', 'AdminPassword Secret-P4ss', 'AdminPassword Zebra-Quill-77']) assert.ok(spans.includes(secret), `${secret} in ${spans.join(' | ')}`);
	assert.ok(!spans.includes('x') && !spans.includes('"x"'), 'FullName is not a secret');
});

function allText(plan: BundlePlan): string[] {
	return [...plan.checks.map((c) => c.message), ...plan.diagnostics.map((d) => d.message)];
}

test('bundle: a password that is also a word elsewhere is not revealed by masking that word', () => {
	const { dir } = peFixtures();
	const inf = sampleInf.replace('AdminPassword="Sup3rS3cretPw"', 'AdminPassword=drivers').replace('OemPnPDriversPath=Sysprep\\drivers\\nic;Sysprep\\drivers\\video', 'OemPnPDriversPath=Sysprep\\drivers\\nic;Sysprep\\drivers\\video;Sysprep\\drivers\\missing');
	const files = sampleWorkspace(dir).map((f) => (f.path === 'answer/Sysprep.inf' ? { path: f.path, bytes: ansi(inf) } : f));
	const plan = planBundle(files, analyzerFromLanguageService(service));
	const text = allText(plan);
	assert.ok(!text.some((message) => message.includes('********')), 'nothing is masked by word');
	assert.ok(text.some((message) => message.includes('drivers')), 'paths keep the word');
});

test('bundle: secrets of the answer file appear in no check or diagnostic', () => {
	const { dir } = peFixtures();
	const files = sampleWorkspace(dir).map((f) => (f.path === 'answer/Sysprep.inf' ? { path: f.path, bytes: ansi(secretInf + sampleInf) } : f));
	const plan = planBundle(files, analyzerFromLanguageService(service));
	assertNoSecret(allText(plan), [...infSecrets, 'Sup3rS3cretPw', 'QWERT-YUIOP']);
});
