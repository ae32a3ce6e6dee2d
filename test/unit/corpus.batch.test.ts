/**
 * The real batch scripts (`../shared/corpus/batch/`) and the batch-spec parse
 * corpus (`../shared/corpus/batch-spec/`), checked through the CLI path: no
 * crash, no internal error, no `bat.not-batch`, the mistakes the corpus README
 * names are found, the other scripts have no error, and batch-spec's
 * syntax expectations agree with Reseal's structural rules (the table is
 * printed). Skipped when ../shared is absent.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkCorpus, corpusFiles, corpusRoot, type CorpusResult } from '../utils/corpus';
import { agreement, renderAgreement } from '../utils/batchSpecAgreement';

const root = corpusRoot();
const skip = root ? false : '../shared/corpus is not there';

let cached: Promise<CorpusResult> | undefined;
function result(): Promise<CorpusResult> {
	cached ??= checkCorpus([...corpusFiles(root!, 'batch'), ...corpusFiles(root!, 'batch-spec')]);
	return cached;
}

/** The mistakes the corpus README names for `batch/`, and the rule that finds each. */
const namedMistakes: [string, string][] = [
	['GoogleCloudPlatform__compute-image-tools__daisy_workflows_image_build_windows_components_SetupComplete.cmd', 'bat.errorlevel-in-block'],
	['box-cutter__windows-vm__script_sysprep-generalize.bat', 'bat.eof-label'],
	['operepo__ope__client_tools_sysprep_scripts_Step2.cmd', 'bat.echo-redirect'],
	['jmclaren7__windows-setup-helper__Helper_Tools_Bypass Win11 Requirments.bat', 'bat.null-device'],
	['jredfox__ExternalWIN__src_WIM-Capture.bat', 'bat.glued-echo'],
	['EmuZONE__Windows-ReBuilder__Upload_Tools_ESDFileConverter_Tools_convertESD.bat', 'bat.if-syntax'],
];

/**
 * Errors Reseal reports on a script the README names no mistake in, each checked by hand:
 * wilsonzlin's SetupComplete.cmd echoes text with ')' inside if-blocks ("… (and optionally
 * "Cert\"/"Certs\")." and four more): the ')' ends the block and the text after it is a
 * cmd.exe syntax error.
 */
const judgedErrors: Record<string, { code: string; lines: number[] }> = {
	'wilsonzlin__aero__windows_win7-sp1_unattend_scripts_SetupComplete.cmd': { code: 'bat.unbalanced-parens', lines: [45, 68, 77, 88, 187] },
};

test('corpus: every batch file is read without a crash or an internal error, and none is called not-batch', { skip }, async () => {
	const checked = await result();
	assert.ok(checked.files.length > 700, `${checked.files.length} files`);
	assert.doesNotMatch(checked.stderr, /cannot|unreadable|error/i);
	for (const [name, findings] of checked.findings) {
		for (const finding of findings) {
			assert.notEqual(finding.code, 'reseal.internal-error', `${name}: ${finding.message}`);
			assert.notEqual(finding.code, 'bat.not-batch', `${name}: ${finding.message}`);
		}
	}
});

test('corpus: each mistake the README names for batch/ is found', { skip }, async () => {
	const checked = await result();
	for (const [file, code] of namedMistakes) {
		const findings = checked.findings.get(`batch/${file}`) ?? [];
		assert.ok(findings.some((finding) => finding.code === code), `${file}: expected ${code}, got ${findings.map((finding) => finding.code).join(', ') || 'nothing'}`);
	}
});

test('corpus: scripts with no named mistake have no error (beyond the judged ones)', { skip }, async () => {
	const checked = await result();
	const mistaken = new Set(namedMistakes.map(([file]) => `batch/${file}`));
	for (const [name, findings] of checked.findings) {
		if (!name.startsWith('batch/') || mistaken.has(name)) continue;
		const judged = judgedErrors[name.slice('batch/'.length)];
		const errors = findings.filter((finding) => finding.severity === 'error');
		if (judged) {
			assert.deepEqual(errors.map((finding) => [finding.code, finding.range.start.line + 1]), judged.lines.map((line) => [judged.code, line]), name);
		} else assert.deepEqual(errors.map((finding) => `${finding.code}: ${finding.message}`), [], name);
	}
});

test('corpus: batch-spec agreement on syntax errors, parentheses and labels', { skip }, async () => {
	const checked = await result();
	const rows = agreement(root!, checked);
	process.stdout.write(`\nbatch-spec agreement:\n${renderAgreement(rows)}\n`);
	for (const row of rows) assert.deepEqual(row.disagreements, [], row.group);
	const syntax = rows.find((row) => row.group === 'syntax-error cases');
	assert.ok(syntax && syntax.agree >= 5, 'every syntax-error case with a matching rule is caught');
	const clean = rows.find((row) => row.group === 'clean-parse cases');
	assert.ok(clean && clean.cases > 600 && clean.agree === clean.cases);
});
