/**
 * Bundle layer: the pure planner with in-memory workspaces, real PE fixtures
 * and cabinets, and a fake analyzer (the real language service is exercised in
 * bundleWriter.test.ts).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyzerFromLanguageService, planBundle, resolveWindowsPath, type BundleAnalyzer, type BundlePlan, type InMemoryFile } from '../../server/src/bundle/planBundle';
import { getLanguageService } from '../../server/src/languageService';
import { decodeText, encodeAnswerFile, verifyWrittenBundle } from '../../server/src/bundle/verify';
import { bundleCodes } from '../../server/src/services/codes/bundleCodes';
import { ansi, exes, fakeAnalyzer, peFixtures, sampleInf, sampleWorkspace } from '../fixtures/bundle/fixtures';

const { dir } = peFixtures();

function failures(plan: BundlePlan): { code?: string; file?: string; message: string }[] {
	return plan.checks.filter((c) => !c.ok && c.level !== 'warning');
}

function codes(plan: BundlePlan): string[] {
	return failures(plan).map((c) => c.code ?? '');
}

function without(files: readonly InMemoryFile[], ...paths: string[]): InMemoryFile[] {
	return files.filter((f) => !paths.some((p) => f.path === p || f.path.startsWith(`${p}/`)));
}

function replace(files: readonly InMemoryFile[], p: string, bytes: Uint8Array): InMemoryFile[] {
	return [...without(files, p), { path: p, bytes }];
}

function generated(plan: BundlePlan, bundlePath: string): Buffer {
	const f = plan.files.find((x) => x.bundlePath === bundlePath);
	assert.ok(f, `${bundlePath} planned`);
	assert.equal(f.source.kind, 'generated');
	return Buffer.from(f.source.kind === 'generated' ? f.source.bytes : new Uint8Array());
}

test('a complete workspace plans the C:\\Sysprep layout', () => {
	const plan = planBundle(sampleWorkspace(dir), fakeAnalyzer);
	assert.deepEqual(failures(plan), []);
	assert.equal(plan.ok, true);
	assert.deepEqual(plan.target, { os: 'xp', arch: 'x86', inferred: true });
	assert.deepEqual(
		plan.files.map((f) => `${f.bundlePath} <- ${f.from}`),
		[
			'Sysprep/Sysprep.inf <- answer/Sysprep.inf',
			'Sysprep/drivers/nic/e100b.inf <- drivers/nic/e100b.inf',
			'Sysprep/drivers/nic/e100b.sys <- drivers/nic/e100b.sys',
			'Sysprep/drivers/video/vid.inf <- drivers/video/vid.inf',
			'Sysprep/factory.exe <- deploy/factory.exe',
			'Sysprep/i386/$OEM$/Cmdlines.txt <- answer/Cmdlines.txt',
			'Sysprep/kill.exe <- tools/kill.exe',
			'Sysprep/post.cmd <- scripts/post.cmd',
			'Sysprep/reseal.bat <- scripts/reseal.bat',
			'Sysprep/setupcl.exe <- deploy/setupcl.exe',
			'Sysprep/spdrvscn.exe <- tools/spdrvscn.exe',
			'Sysprep/sync.exe <- tools/sync.exe',
			'Sysprep/sysprep.exe <- deploy/sysprep.exe',
		],
	);
	// Scripts get CRLF (the sample is LF-only); answer files are CRLF Windows-1252.
	assert.equal(generated(plan, 'Sysprep/reseal.bat').toString('latin1'), sampleWorkspaceText('scripts/reseal.bat').replace(/\n/g, '\r\n'));
	assert.ok(!/[^\r]\n/.test(generated(plan, 'Sysprep/Sysprep.inf').toString('latin1')));
	// Every check the manifest will list carries an id and a message.
	for (const c of plan.checks) {
		assert.ok(c.id && c.message, JSON.stringify(c));
	}
});

function sampleWorkspaceText(p: string): string {
	const f = sampleWorkspace(dir).find((x) => x.path === p)!;
	return Buffer.from(f.bytes).toString('latin1');
}

test('passwords and product keys never appear in checks or diagnostics', () => {
	const leaky: BundleAnalyzer = {
		...fakeAnalyzer,
		validate: (doc) =>
			doc
				.getText()
				.split(/\r?\n/)
				.flatMap((line, i) =>
					/password|productkey/i.test(line)
						? [{ range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } }, severity: 2 as const, message: `suspicious line: ${line}` }]
						: [],
				),
	};
	const plan = planBundle(sampleWorkspace(dir), leaky);
	const text = JSON.stringify({ checks: plan.checks, diagnostics: plan.diagnostics });
	assert.ok(plan.diagnostics.length >= 2, 'the leaky analyzer reported the lines');
	assert.ok(!text.includes('Sup3rS3cretPw'), text);
	assert.ok(!text.includes('QWERT-YUIOP-ASDFG-HJKLZ-XCVBN'), text);
});

test('explicit target picks the matching copy among several executables', () => {
	const files = [...sampleWorkspace(dir), ...exes(dir, 'x64-5.2').map((e) => ({ path: `deploy64/${e.name}`, bytes: e.bytes }))];
	const plan = planBundle(files, fakeAnalyzer, { os: '2003', arch: 'x64' });
	assert.deepEqual(codes(plan), []);
	assert.equal(plan.files.find((f) => f.bundlePath === 'Sysprep/sysprep.exe')?.from, 'deploy64/sysprep.exe');
	assert.deepEqual(plan.target, { os: '2003', arch: 'x64', inferred: false });
});

test('Windows XP x64 expects 5.2 executables', () => {
	const files = [...without(sampleWorkspace(dir), 'deploy'), ...exes(dir, 'x64-5.2').map((e) => ({ path: `deploy/${e.name}`, bytes: e.bytes }))];
	assert.deepEqual(codes(planBundle(files, fakeAnalyzer, { os: 'xp', arch: 'x64' })), []);
	const wrong = [...without(sampleWorkspace(dir), 'deploy'), ...exes(dir, 'x64-5.1').map((e) => ({ path: `deploy/${e.name}`, bytes: e.bytes }))];
	assert.ok(codes(planBundle(wrong, fakeAnalyzer, { os: 'xp', arch: 'x64' })).includes('bundle.wrong-version'));
});

test('executables come from Deploy.cab (MSZIP and uncompressed, in the workspace or --deploy-cab)', () => {
	for (const flavour of ['mszip', 'none']) {
		const cab = fs.readFileSync(path.join(dir, `deploy-${flavour}.cab`));
		const inWorkspace = [...without(sampleWorkspace(dir), 'deploy'), { path: 'media/DEPLOY.CAB', bytes: cab }];
		const plan = planBundle(inWorkspace, fakeAnalyzer);
		assert.deepEqual(codes(plan), [], flavour);
		const sysprep = plan.files.find((f) => f.bundlePath === 'Sysprep/sysprep.exe')!;
		assert.deepEqual(sysprep.source, { kind: 'cab', cab: 'media/DEPLOY.CAB', name: 'sysprep.exe', external: false, bytes: fs.readFileSync(path.join(dir, 'x86-5.1', 'sysprep.exe')) });

		const external = planBundle(sampleWorkspace(dir), fakeAnalyzer, { deployCab: { path: '/media/cdrom/SUPPORT/TOOLS/DEPLOY.CAB', bytes: cab } });
		assert.deepEqual(codes(external), []);
		assert.equal(external.files.find((f) => f.bundlePath === 'Sysprep/factory.exe')!.source.kind, 'cab');
	}
});

// ---------------------------------------------------------------------------
// One test per verification failure.

test('bundle.missing-executable', () => {
	const plan = planBundle(without(sampleWorkspace(dir), 'deploy/factory.exe'), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.missing-executable']);
	assert.match(failures(plan)[0]!.message, /factory\.exe is missing.*--deploy-cab/);
	assert.equal(plan.ok, false);
});

test('bundle.not-pe', () => {
	const plan = planBundle(replace(sampleWorkspace(dir), 'deploy/setupcl.exe', fs.readFileSync(path.join(dir, 'notpe.exe'))), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.not-pe']);
	assert.equal(failures(plan)[0]!.file, 'deploy/setupcl.exe');
});

test('bundle.wrong-architecture', () => {
	const files = [...without(sampleWorkspace(dir), 'deploy'), ...exes(dir, 'x86-5.2').map((e) => ({ path: `deploy/${e.name}`, bytes: e.bytes }))];
	const plan = planBundle(files, fakeAnalyzer, { os: '2003', arch: 'x64' });
	assert.deepEqual(codes(plan), ['bundle.wrong-architecture', 'bundle.wrong-architecture', 'bundle.wrong-architecture']);
	assert.match(failures(plan)[0]!.message, /x86 \(0x14c\).*x64 \(0x8664\)/);
});

test('bundle.wrong-version', () => {
	const plan = planBundle(sampleWorkspace(dir), fakeAnalyzer, { os: '2003', arch: 'x86' });
	assert.deepEqual(codes(plan), ['bundle.wrong-version', 'bundle.wrong-version', 'bundle.wrong-version']);
	assert.match(failures(plan)[0]!.message, /5\.1\.2600\.5512 but Windows Server 2003 needs 5\.2.*--os xp/);
});

test('bundle.mixed-versions', () => {
	const files = replace(sampleWorkspace(dir), 'deploy/factory.exe', exes(dir, 'x86-5.2')[2]!.bytes);
	const plan = planBundle(files, fakeAnalyzer);
	assert.ok(codes(plan).includes('bundle.mixed-versions'));
	assert.match(failures(plan).find((c) => c.code === 'bundle.mixed-versions')!.message, /factory\.exe 5\.2\.3790\.3959/);
});

test('bundle.missing-tool', () => {
	const plan = planBundle(without(sampleWorkspace(dir), 'tools/kill.exe'), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.missing-tool']);
	assert.equal(failures(plan)[0]!.file, 'scripts/reseal.bat');
	assert.match(failures(plan)[0]!.message, /kill\.exe/);
});

test('bundle.missing-folder', () => {
	const plan = planBundle(without(sampleWorkspace(dir), 'drivers/video'), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.missing-folder']);
	assert.match(failures(plan)[0]!.message, /C:\\Sysprep\\drivers\\video.*OemPnPDriversPath/);
});

test('bundle.missing-file: no Sysprep.inf, and Factory mode without Winbom.ini', () => {
	assert.ok(codes(planBundle(without(sampleWorkspace(dir), 'answer/Sysprep.inf', 'answer/Cmdlines.txt'), fakeAnalyzer)).includes('bundle.missing-file'));
	const factory = replace(sampleWorkspace(dir), 'scripts/reseal.bat', ansi('@echo off\nC:\\Sysprep\\sysprep.exe -factory -quiet\n'));
	const plan = planBundle(factory, fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.missing-file']);
	assert.match(failures(plan)[0]!.message, /Factory mode.*Winbom\.ini/);
	const withWinbom = planBundle([...factory, { path: 'answer/WINBOM.INI', bytes: ansi('[Factory]\nWinBOMType=Factory\n') }], fakeAnalyzer);
	assert.deepEqual(codes(withWinbom), []);
	assert.ok(withWinbom.files.some((f) => f.bundlePath === 'Sysprep/Winbom.ini'));
	// Without Factory mode Winbom.ini stays out, with a warning.
	const unused = planBundle([...sampleWorkspace(dir), { path: 'answer/Winbom.ini', bytes: ansi('[Factory]\n') }], fakeAnalyzer);
	assert.ok(!unused.files.some((f) => f.bundlePath === 'Sysprep/Winbom.ini'));
	assert.ok(unused.checks.some((c) => c.code === 'bundle.unused-file' && c.level === 'warning'));
});

test('bundle.cmdlines-location', () => {
	const noPath = replace(sampleWorkspace(dir), 'answer/Sysprep.inf', ansi(sampleInf.replace(/InstallFilesPath=.*\n/, '')));
	const plan = planBundle(noPath, fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.cmdlines-location']);
	assert.match(failures(plan)[0]!.message, /InstallFilesPath = C:\\Sysprep\\i386/);
	const outside = replace(sampleWorkspace(dir), 'answer/Sysprep.inf', ansi(sampleInf.replace(/InstallFilesPath=.*\n/, 'InstallFilesPath=D:\\i386\n')));
	assert.ok(codes(planBundle(outside, fakeAnalyzer)).includes('bundle.cmdlines-location'));
	// Another folder under C:\Sysprep is honoured.
	const custom = replace(sampleWorkspace(dir), 'answer/Sysprep.inf', ansi(sampleInf.replace(/InstallFilesPath=.*\n/, 'InstallFilesPath=%SystemDrive%\\Sysprep\\Files\n')));
	const ok = planBundle(custom, fakeAnalyzer);
	assert.deepEqual(codes(ok), []);
	assert.ok(ok.files.some((f) => f.bundlePath === 'Sysprep/Files/$OEM$/Cmdlines.txt'));
});

test('bundle.file-has-errors (warnings are only listed)', () => {
	const plan = planBundle(replace(sampleWorkspace(dir), 'answer/Sysprep.inf', ansi(`${sampleInf}; ERROR! here\n; WARN! there\n`)), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.file-has-errors']);
	assert.match(failures(plan)[0]!.message, /answer\/Sysprep\.inf has 1 error \(\d+:\d+ fake\.error/);
	assert.ok(plan.diagnostics.some((d) => d.severity === 'warning' && d.code === 'fake.warning'));
	const warningsOnly = planBundle(replace(sampleWorkspace(dir), 'answer/Sysprep.inf', ansi(`${sampleInf}; WARN! there\n`)), fakeAnalyzer);
	assert.equal(warningsOnly.ok, true);
});

test('bundle.unsafe-path: .., absolute paths and symbolic links', () => {
	for (const bad of ['../outside/Sysprep.inf', '/etc/passwd', 'C:\\Windows\\x.inf', 'drivers/../../x']) {
		const plan = planBundle([...sampleWorkspace(dir), { path: bad, bytes: ansi('x') }], fakeAnalyzer);
		assert.deepEqual(codes(plan), ['bundle.unsafe-path'], bad);
	}
	const outsideLink = planBundle([...without(sampleWorkspace(dir), 'tools/kill.exe'), { path: 'tools/kill.exe', symlink: '../../../usr/bin/kill' }], fakeAnalyzer);
	assert.ok(codes(outsideLink).includes('bundle.unsafe-path'));
	assert.match(failures(outsideLink).find((c) => c.code === 'bundle.unsafe-path')!.message, /outside the workspace/);
	const linkInDrivers = planBundle([...sampleWorkspace(dir), { path: 'drivers/nic/extra.inf', symlink: '/etc/shadow' }], fakeAnalyzer);
	assert.deepEqual(codes(linkInDrivers), ['bundle.unsafe-path']);
	// A link the bundle does not need is ignored.
	assert.deepEqual(codes(planBundle([...sampleWorkspace(dir), { path: 'notes/link', symlink: '/tmp' }], fakeAnalyzer)), []);
});

test('bundle.encoding: answer files must fit Windows-1252 or be UTF-16LE', () => {
	const utf8 = Buffer.from(`${sampleInf.replace('FullName="Contoso IT"', 'FullName="Ωmega €"')}`, 'utf8');
	const plan = planBundle(replace(sampleWorkspace(dir), 'answer/Sysprep.inf', utf8), fakeAnalyzer);
	assert.deepEqual(codes(plan), ['bundle.encoding']);
	assert.match(failures(plan)[0]!.message, /line 13 column 11 \(U\+03A9\).*UTF-16LE/);
	// € fits Windows-1252 (0x80).
	const euro = planBundle(replace(sampleWorkspace(dir), 'answer/Sysprep.inf', Buffer.from(sampleInf.replace('Contoso IT', 'Contoso € IT'), 'utf8')), fakeAnalyzer);
	assert.deepEqual(codes(euro), []);
	assert.ok(generated(euro, 'Sysprep/Sysprep.inf').includes(Buffer.from([0x80])));
	// UTF-16LE stays UTF-16LE with BOM and CRLF.
	const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sampleInf.replace('Contoso IT', 'Ωmega'), 'utf16le')]);
	const ok = planBundle(replace(sampleWorkspace(dir), 'answer/Sysprep.inf', u16), fakeAnalyzer);
	assert.deepEqual(codes(ok), []);
	const out = generated(ok, 'Sysprep/Sysprep.inf');
	assert.deepEqual([...out.subarray(0, 2)], [0xff, 0xfe]);
	assert.ok(out.subarray(2).toString('utf16le').includes('FullName="Ωmega"\r\n'));
	// Scripts: UTF-8 BOM and UTF-16 are refused.
	const bom = planBundle(replace(sampleWorkspace(dir), 'scripts/reseal.bat', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('@echo off\r\nsysprep.exe -reseal\r\n')])), fakeAnalyzer);
	assert.deepEqual(codes(bom), ['bundle.encoding']);
});

test('bundle.ambiguous-file and bundle.bad-cab', () => {
	const two = planBundle([...sampleWorkspace(dir), { path: 'other/Sysprep.inf', bytes: ansi(sampleInf) }], fakeAnalyzer);
	assert.deepEqual(codes(two), ['bundle.ambiguous-file']);
	const cab = Buffer.from(fs.readFileSync(path.join(dir, 'deploy-mszip.cab')));
	cab.writeUInt16LE(3 | (21 << 8), 36 + 6);
	const lzx = planBundle([...without(sampleWorkspace(dir), 'deploy'), { path: 'deploy.cab', bytes: cab }], fakeAnalyzer);
	assert.deepEqual(codes(lzx), ['bundle.bad-cab', 'bundle.bad-cab', 'bundle.bad-cab']);
	assert.match(failures(lzx)[0]!.message, /unsupported compression LZX/);
});

test('every code used by the planner is declared in bundleCodes', () => {
	const declared = new Set(bundleCodes.map((c) => c.code));
	const src = fs.readFileSync(path.join(__dirname, '../../server/src/bundle/planBundle.ts'), 'utf8') + fs.readFileSync(path.join(__dirname, '../../server/src/bundle/verify.ts'), 'utf8');
	for (const m of src.matchAll(/'(bundle\.[a-z-]+)'/g)) {
		assert.ok(declared.has(m[1]!), m[1]);
	}
	for (const c of bundleCodes) {
		assert.match(c.code, /^bundle\.[a-z]+(-[a-z]+)*$/);
	}
});

test('the planner never throws, whatever the analyzer does', () => {
	const broken: BundleAnalyzer = {
		kindOf: () => {
			throw new Error('boom');
		},
		validate: () => {
			throw new Error('boom');
		},
		facts: () => {
			throw new Error('boom');
		},
	};
	const plan = planBundle([{ path: 'Sysprep.inf', bytes: ansi('[Unattended]\n') }, { path: 'x.bat', bytes: ansi('sysprep -reseal') }], broken);
	assert.equal(plan.ok, false);
});

test('Windows paths resolve into the bundle, the system, or outside', () => {
	assert.deepEqual(resolveWindowsPath('C:\\Sysprep\\drivers\\nic', { kind: 'systemdrive' }), { where: 'bundle', rel: 'drivers/nic' });
	assert.deepEqual(resolveWindowsPath('"%SYSTEMDRIVE%\\SYSPREP\\i386"', { kind: 'systemdrive' }), { where: 'bundle', rel: 'i386' });
	assert.deepEqual(resolveWindowsPath('Sysprep\\drivers', { kind: 'systemdrive' }), { where: 'bundle', rel: 'drivers' });
	assert.deepEqual(resolveWindowsPath('Drivers\\NIC', { kind: 'systemdrive' }), { where: 'outside', path: 'C:\\Drivers\\NIC' });
	assert.deepEqual(resolveWindowsPath('%windir%\\inf', { kind: 'systemdrive' }), { where: 'system' });
	assert.deepEqual(resolveWindowsPath('tools\\x.exe', { kind: 'bundle-dir', dir: 'i386/$OEM$' }), { where: 'bundle', rel: 'i386/$OEM$/tools/x.exe' });
	assert.deepEqual(resolveWindowsPath('..\\..\\post.cmd', { kind: 'bundle-dir', dir: 'i386/$OEM$' }), { where: 'bundle', rel: 'post.cmd' });
	assert.equal(resolveWindowsPath('\\\\server\\share', { kind: 'systemdrive' }).where, 'outside');
	assert.equal(resolveWindowsPath('%MYVAR%\\x', { kind: 'systemdrive' }).where, 'unknown');
});

test('answer-file codec: Windows-1252 round trip and CRLF', () => {
	const text = 'a\nb\r\nc\rd € ÿ';
	const enc = encodeAnswerFile({ text, encoding: 'utf-8' });
	assert.ok(enc.ok);
	assert.equal(decodeText(enc.bytes).text, 'a\r\nb\r\nc\r\nd € ÿ');
	assert.equal(decodeText(enc.bytes).encoding, 'windows-1252');
});

test('scripts that run sysprep are found even when the analyzer has no batch facts', () => {
	const noBatch: BundleAnalyzer = { ...fakeAnalyzer, facts: (doc) => (/\.(bat|cmd)$/i.test(doc.uri) ? undefined : fakeAnalyzer.facts(doc, {})) };
	const plan = planBundle(sampleWorkspace(dir), noBatch);
	assert.ok(plan.files.some((f) => f.bundlePath === 'Sysprep/reseal.bat'));
});

test('workspace files that differ only in case are reported, not silently dropped', () => {
	const files: InMemoryFile[] = [...sampleWorkspace(dir), { path: 'drivers/nic/E100B.INF', bytes: ansi('[Version]\n') }];
	const plan = planBundle(files, fakeAnalyzer);
	const clash = plan.checks.find((c) => c.code === 'bundle.path-collision');
	assert.ok(clash && !clash.ok && clash.level === 'warning', JSON.stringify(plan.checks.filter((c) => !c.ok)));
	assert.match(clash.message, /E100B\.INF and drivers\/nic\/e100b\.inf differ only in case/);
	assert.deepEqual(failures(plan), []);
});

test('a staged bundle that differs from the plan fails the post-write check', () => {
	const checks = verifyWrittenBundle(
		['Sysprep/Sysprep.inf', 'Sysprep/sysprep.exe'],
		[{ bundlePath: 'Sysprep/Sysprep.inf', size: 10, sha256: 'x' }],
		['Sysprep/Sysprep.inf', 'Sysprep/stray.txt'],
		[],
		{ os: 'xp', arch: 'x86' },
	);
	const complete = checks.find((c) => c.id === 'written.complete');
	assert.equal(complete?.ok, false);
	assert.equal(complete?.code, 'bundle.write-failed');
	assert.match(complete!.message, /1 missing: Sysprep\/sysprep\.exe; 1 unexpected: Sysprep\/stray\.txt/);
});

test('paths the scripts use outside C:\\Sysprep are reported as warnings (real language service)', () => {
	const files: InMemoryFile[] = [
		...sampleWorkspace(dir),
		{ path: 'scripts/archive.cmd', bytes: ansi('@echo off\r\necho sealing > D:\\Archive\\seal.log\r\nC:\\Sysprep\\sysprep.exe -reseal -mini -quiet\r\n') },
	];
	const plan = planBundle(files, analyzerFromLanguageService(getLanguageService()));
	const outside = plan.checks.filter((c) => c.code === 'bundle.outside-bundle');
	assert.ok(outside.some((c) => !c.ok && c.level === 'warning' && /D:\\Archive/.test(c.message)), JSON.stringify(plan.checks.filter((c) => !c.ok)));
});
