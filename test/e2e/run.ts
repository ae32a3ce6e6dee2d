/**
 * Real-editor tier: the packaged extension (`dist/reseal.vsix`) in real VS Code
 * (code-server 4.100.3 = VS Code 1.100.3) driven through its UI by headless
 * Chromium with playwright-core.
 *
 * One code-server and one browser serve every scenario, in order:
 *   0. workspace diagnostics: sysprep.bat's problem is listed before it is opened;
 *      a winbom.ini written on disk appears in the Problems panel and leaves when deleted;
 *   1. a Sysprep.inf with a missing required entry: squiggle + Problems panel;
 *   2. the quick fix (Ctrl+.) inserts the entry and the problem goes away;
 *   3. completion offers the entries of the section;
 *   4. hover shows the entry's documentation;
 *   5. the Outline view lists the sections;
 *   6. sysprep.bat gets bat.undefined-label for `goto :missing` (fixed in the editor);
 *   6b. the "Disable this finding on this line" quick-fix silences bat.external-tool;
 *   7. "Sysprep: Build Sysprep Bundle" from the command palette builds the
 *      bundle, reports it, and the manifest is on disk;
 *   8. rename (F2) of a batch label changes the label and its goto;
 *   9. Format Document tidies a messy Sysprep.inf (CRLF kept on disk);
 *  10. Ctrl+click on a `/unattend:` path opens the answer file;
 *  11. an inlay hint names the time zone next to `TimeZone`;
 *  12. an `autounattend.pkrtpl.hcl` and a `.ps1` holding an answer file show the
 *      misspelt pass as an error at its line and column in the host file;
 *  13. Reseal: Show Setup Timeline opens beside an autounattend.xml and follows an edit.
 *  14. unattend.xml: `<` in `<settings pass="specialize">`, the suggest widget narrowed to
 *      Microsoft-Windows-Shell-Setup, Tab inserts the component with its five attributes and end tag;
 *  15. hover on `<TimeZone>` explains the setting;
 *  16. the quick fix escapes a bare `&` and the error leaves the Problems panel;
 *  17. autounattend.xml: typing `<ComputerName>` inserts `</ComputerName>` (auto-close),
 *      after `</` the suggest widget offers the open element's end tag, which Tab inserts,
 *      and typing `</` after an unclosed element's text completes its end tag.
 * Scenarios 8-17 create their files after the bundle was built, so it never sees them.
 * Every step waits on a condition (never a fixed sleep) and saves a screenshot
 * to test-output/e2e/. Exit status 0 when every scenario passed.
 *
 * Usage: node --import tsx test/e2e/run.ts   (npm run test:e2e installs and packages first)
 * Env: RESEAL_VSIX (default dist/reseal.vsix), CHROMIUM (default /usr/bin/chromium),
 *      RESEAL_E2E_ONLY=name,name (run some scenarios), RESEAL_E2E_HEADED=1.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startCodeServer, type CodeServer } from './codeServer';
import { prepareWorkspace, repoRoot, waitFor, type PreparedWorkspace } from './support';

// The functions passed to page.waitForFunction run in the browser; the project
// compiles without the DOM library, so describe the little of it they use.
interface DomElement {
	readonly textContent: string | null;
}
declare const document: {
	querySelector(selector: string): DomElement | null;
	querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
	getAnimations(): { readonly playState: string; readonly effect: { getTiming(): { iterations?: number } } | null }[];
};

const shotsDir = path.join(repoRoot, 'test-output/e2e');
const vsix = process.env.RESEAL_VSIX ?? path.join(repoRoot, 'dist/reseal.vsix');
const chromiumPath = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((file) => fs.existsSync(file));
const only = process.env.RESEAL_E2E_ONLY?.split(',').filter(Boolean);
const T = 30_000;

interface Context {
	page: Page;
	ws: PreparedWorkspace;
}
interface Scenario {
	name: string;
	title: string;
	run(ctx: Context): Promise<void>;
	/** A reason to skip, decided before the run. */
	skip?: () => string | undefined;
}

// ---------------------------------------------------------------------------
// UI helpers

let shotIndex = 0;
async function shot(page: Page, name: string): Promise<void> {
	shotIndex++;
	// Let fade-ins (hovers, notifications, menus) finish so the picture shows what the user sees.
	await page
		.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5000 })
		.catch(() => undefined);
	const file = path.join(shotsDir, `${String(shotIndex).padStart(2, '0')}-${name}.png`);
	await page.screenshot({ path: file });
	console.log(`    screenshot ${path.relative(repoRoot, file)}`);
}

/** Opens a workspace file through Quick Open (the command palette without `>`) and waits until its editor is active. */
async function openFile(page: Page, name: string): Promise<void> {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: T });
	await input.fill(name);
	const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
	await row.waitFor({ timeout: T });
	await page.keyboard.press('Enter');
	await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: T });
	await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: T });
}

/** Opens a file the test just wrote: Quick Open may not list it until the file watcher has seen it, so ask again until it does. */
async function openNewFile(page: Page, query: string, rowText: string): Promise<void> {
	await waitFor(
		`Quick Open to list ${query}`,
		async () => {
			await page.keyboard.press('F1');
			const input = page.locator('.quick-input-widget input');
			await input.waitFor({ state: 'visible', timeout: T });
			await input.fill(query);
			const found = await page
				.locator('.quick-input-list .monaco-list-row', { hasText: rowText })
				.first()
				.waitFor({ timeout: 3000 })
				.then(() => true)
				.catch(() => false);
			if (!found) await page.keyboard.press('Escape');
			return found;
		},
		T,
		500,
	);
	await page.keyboard.press('Enter');
}

async function focusEditor(page: Page): Promise<void> {
	await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 400, y: 5 } });
}

/** Moves the cursor to the start of a 1-based line with Ctrl+G. */
async function goToLine(page: Page, line: number, column = 1): Promise<void> {
	await focusEditor(page);
	await page.keyboard.press('Control+G');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: T });
	await input.fill(`:${line}:${column}`);
	await page.keyboard.press('Enter');
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: T });
}

async function runCommand(page: Page, label: string): Promise<void> {
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget input');
	await input.waitFor({ state: 'visible', timeout: T });
	await input.fill(`>${label}`);
	const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
	await row.waitFor({ timeout: T });
	await row.click();
}

async function problemsText(page: Page): Promise<string> {
	return (await page.locator('.markers-panel').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '';
}

async function showProblems(page: Page): Promise<void> {
	if (!(await page.locator('.markers-panel').first().isVisible().catch(() => false))) {
		await page.keyboard.press('Control+Shift+M');
		await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: T });
	}
}

async function waitForProblem(page: Page, text: string, present: boolean): Promise<void> {
	await page.waitForFunction(
		([wanted, want]) => ((document.querySelector('.markers-panel')?.textContent ?? '').includes(wanted as string)) === want,
		[text, present] as const,
		{ timeout: T },
	);
}

/** Waits until a line of the active editor (non-breaking spaces read as spaces) passes `test`. */
async function waitForLine(page: Page, test: (line: string) => boolean): Promise<void> {
	await waitFor(
		'the editor to show the expected line',
		async () => (await page.locator('.editor-instance .monaco-editor .view-line').allTextContents()).some((line) => test(line.replace(/\u00a0/g, ' '))),
		T,
		100,
	);
}

async function save(page: Page): Promise<void> {
	await page.keyboard.press('Control+S');
	await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: T });
}

// ---------------------------------------------------------------------------
// Scenarios

const missingMessage = 'Full automation needs EncryptedAdminPassword in [GuiUnattended]';

const scenarios: Scenario[] = [
	{
		name: 'workspace',
		title: 'a problem in a file that is not open is in the Problems panel; a file written on disk joins it and leaves when deleted',
		async run({ page, ws }) {
			await showProblems(page);
			await waitForProblem(page, 'bat.undefined-label', true);
			if ((await page.locator('.tabs-container .tab[aria-label*="sysprep.bat"]').count()) > 0) throw new Error('sysprep.bat is open; the scenario needs it closed');
			await shot(page, 'workspace-problems');
			const created = path.join(ws.folder, 'winbom.ini');
			fs.writeFileSync(created, '[Factory]\r\nNoSuchFactoryEntry = 1\r\n');
			await waitForProblem(page, "'NoSuchFactoryEntry' is not an entry of [Factory]", true);
			fs.unlinkSync(created);
			await waitForProblem(page, 'NoSuchFactoryEntry', false);
		},
	},
	{
		name: 'diagnostic',
		title: 'Sysprep.inf with a missing required entry: squiggle and Problems panel',
		async run({ page }) {
			await openFile(page, 'Sysprep.inf');
			await page.locator('.statusbar-item', { hasText: 'Sysprep INF' }).first().waitFor({ timeout: T });
			await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor({ timeout: 60_000 });
			await showProblems(page);
			await waitForProblem(page, missingMessage, true);
			const text = await problemsText(page);
			if (!text.includes('inf.missing-required-entry')) throw new Error(`Problems panel lacks the code inf.missing-required-entry: ${text}`);
			await shot(page, 'diagnostic');
		},
	},
	{
		name: 'quickfix',
		title: 'quick fix (Ctrl+.) inserts the entry and the problem disappears',
		async run({ page, ws }) {
			await goToLine(page, 8, 2);
			await page.keyboard.press('Control+.');
			const action = page.locator('.action-widget .monaco-list-row', { hasText: 'EncryptedAdminPassword' }).first();
			await action.waitFor({ timeout: T });
			await shot(page, 'quickfix-menu');
			// The action list takes the keyboard: move the focus onto the fix, then apply it with Enter.
			const focused = page.locator('.action-widget .monaco-list-row.focused');
			for (let i = 0; i < 10 && !((await focused.getAttribute('aria-label').catch(() => '')) ?? '').includes('EncryptedAdminPassword'); i++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T });
			await page.waitForFunction(() => {
				const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')];
				return lines.some((line) => /EncryptedAdminPassword\s*=\s*No/.test((line.textContent ?? '').replace(/\u00a0/g, ' ')));
			}, undefined, { timeout: T });
			await waitForProblem(page, missingMessage, false);
			await page.locator('.editor-instance .monaco-editor .squiggly-warning').first().waitFor({ state: 'detached', timeout: T });
			await save(page);
			const onDisk = fs.readFileSync(path.join(ws.folder, 'Sysprep.inf'), 'utf8');
			if (!/^EncryptedAdminPassword\s*=\s*No\r?$/m.test(onDisk)) throw new Error(`the saved Sysprep.inf lacks the inserted entry:\n${onDisk}`);
			await shot(page, 'quickfix-applied');
		},
	},
	{
		name: 'completion',
		title: 'completion offers the entries of [GuiUnattended]',
		async run({ page, ws }) {
			const lines = fs.readFileSync(path.join(ws.folder, 'Sysprep.inf'), 'utf8').split(/\r?\n/);
			const timeZone = lines.findIndex((line) => line.startsWith('TimeZone'));
			if (timeZone < 0) throw new Error('fixture lacks TimeZone');
			await goToLine(page, timeZone + 1, lines[timeZone].length + 1);
			await page.keyboard.press('Enter');
			await page.keyboard.press('Control+Space');
			const rows = page.locator('.suggest-widget.visible .monaco-list-row');
			await rows.first().waitFor({ timeout: T });
			await page.waitForFunction(() => document.querySelectorAll('.suggest-widget.visible .monaco-list-row').length >= 5, undefined, { timeout: T });
			const labels = (await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map((label) => label.trim());
			console.log(`    completion: ${labels.join(', ')}`);
			const expected = ['AutoLogon', 'AutoLogonCount', 'OEMDuplicatorString', 'ProfilesDir'];
			const seen = expected.filter((label) => labels.includes(label));
			if (seen.length < 2) throw new Error(`completion lacks [GuiUnattended] entries (expected some of ${expected.join(', ')}): ${labels.join(', ')}`);
			const foreign = labels.filter((label) => ['ProductKey', 'JoinWorkgroup', 'OemSkipEula', 'InstallFilesPath'].includes(label));
			if (foreign.length) throw new Error(`completion offers entries of other sections: ${foreign.join(', ')}`);
			await shot(page, 'completion');
			await page.keyboard.press('Escape');
			await page.locator('.suggest-widget.visible').waitFor({ state: 'detached', timeout: T });
			await page.keyboard.press('Control+Z');
			await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: T });
		},
	},
	{
		name: 'hover',
		title: 'hover shows the documentation of OEMSkipWelcome',
		async run({ page }) {
			const word = page.locator('.editor-instance .monaco-editor .view-line span', { hasText: /^OemSkipWelcome$/ }).first();
			await word.waitFor({ timeout: T });
			await word.hover();
			const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Skips the Welcome page' }).first();
			try {
				await hover.waitFor({ state: 'visible', timeout: 10_000 });
			} catch {
				// The mouse can land between two hover-trigger areas; ask for the hover from the keyboard.
				await word.click();
				await page.keyboard.press('Control+K');
				await page.keyboard.press('Control+I');
				await hover.waitFor({ state: 'visible', timeout: T });
			}
			const text = (await hover.innerText()).replace(/\s+/g, ' ');
			if (!text.includes('OEMSkipWelcome') || !text.includes('[GuiUnattended]')) throw new Error(`hover text: ${text}`);
			await shot(page, 'hover');
			await page.mouse.move(5, 5);
			await page.keyboard.press('Escape');
		},
	},
	{
		name: 'outline',
		title: 'the Outline view lists the sections',
		async run({ page }) {
			await focusEditor(page);
			await runCommand(page, 'Explorer: Focus on Outline View');
			const outline = page.locator('.pane:has(.outline-pane)');
			await outline.locator('.outline-pane .monaco-list-row').first().waitFor({ timeout: T });
			// Make room: collapse the file tree pane and the entries under each section.
			const folders = page.locator('.pane-header[aria-expanded="true"]:has-text("image-build")').first();
			if (await folders.isVisible().catch(() => false)) await folders.click();
			await outline.locator('.pane-header').hover();
			await outline.locator('.pane-header .action-label.codicon-collapse-all').click();
			await page.mouse.move(1200, 480); // away from the header, so no tooltip covers the list
			const sections = ['[Unattended]', '[GuiUnattended]', '[UserData]', '[Identification]', '[Networking]', '[LicenseFilePrintData]'];
			await page.waitForFunction(
				(wanted) => {
					const text = [...document.querySelectorAll('.outline-pane .monaco-list-row')].map((row) => row.textContent ?? '').join('\n');
					return wanted.every((section) => text.includes(section));
				},
				sections,
				{ timeout: T },
			);
			await shot(page, 'outline');
		},
	},
	{
		name: 'batch',
		title: 'sysprep.bat: bat.undefined-label for goto :missing, fixed in the editor',
		async run({ page, ws }) {
			await openFile(page, 'sysprep.bat');
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: T });
			await showProblems(page);
			await waitForProblem(page, 'bat.undefined-label', true);
			await shot(page, 'batch-diagnostic');
			await focusEditor(page);
			await page.keyboard.press('Control+End');
			await page.keyboard.type(':missing\necho sysprep.exe was not found.\n');
			await waitForProblem(page, 'bat.undefined-label', false);
			await save(page);
			if (!fs.readFileSync(path.join(ws.folder, 'sysprep.bat'), 'utf8').includes(':missing')) throw new Error('sysprep.bat was not saved');
			await shot(page, 'batch-fixed');
		},
	},
	{
		name: 'suppress',
		title: 'sysprep.bat: "Disable this finding on this line" writes the comment and the squiggle disappears',
		async run({ page, ws }) {
			await goToLine(page, 5, 2);
			await page.locator('.editor-instance .monaco-editor .squiggly-info').first().waitFor({ timeout: T });
			await waitForProblem(page, 'bat.external-tool', true);
			await page.keyboard.press('Control+.');
			const title = 'Disable this finding on this line (bat.external-tool)';
			await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: T });
			const focused = page.locator('.action-widget .monaco-list-row.focused');
			for (let i = 0; i < 10 && !((await focused.getAttribute('aria-label').catch(() => '')) ?? '').includes(title); i++) await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T });
			await page.locator('.editor-instance .monaco-editor .squiggly-info').first().waitFor({ state: 'detached', timeout: T });
			await waitForProblem(page, 'bat.external-tool', false);
			await save(page);
			if (!/^rem reseal-disable-next-line bat\.external-tool\r?$/m.test(fs.readFileSync(path.join(ws.folder, 'sysprep.bat'), 'utf8'))) throw new Error('sysprep.bat lacks the comment');
			await shot(page, 'suppressed');
		},
	},
	{
		name: 'bundle',
		title: 'Sysprep: Build Sysprep Bundle builds the bundle and reports it',
		async run({ page, ws }) {
			if (!ws.hasExecutables) throw new Error('no Sysprep executables: test/fixtures/bundle/bin is missing');
			await runCommand(page, 'Sysprep: Build Sysprep Bundle');
			const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Sysprep bundle (built|not built)/ }).first();
			await toast.waitFor({ timeout: 60_000 });
			const message = (await toast.innerText()).replace(/\s+/g, ' ');
			console.log(`    notification: ${message}`);
			if (!message.includes('Sysprep bundle built')) {
				await shot(page, 'bundle-failed');
				throw new Error(`bundle not built: ${message}`);
			}
			await page.locator('.notifications-toasts .notification-toast', { hasText: 'Open Bundle Folder' }).first().waitFor({ timeout: T });
			await page.locator('.notifications-toasts .notification-toast', { hasText: 'Building Sysprep bundle' }).waitFor({ state: 'detached', timeout: T });
			const manifestPath = path.join(ws.bundleOut, 'reseal-manifest.json');
			if (!fs.existsSync(manifestPath)) throw new Error(`no manifest at ${manifestPath}`);
			const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { files?: { path?: string }[] };
			const files = (manifest.files ?? []).map((file) => String(file.path ?? ''));
			console.log(`    manifest: ${files.join(', ')}`);
			for (const wanted of ['Sysprep.inf', 'sysprep.exe', 'setupcl.exe', 'factory.exe']) {
				if (!files.some((file) => file.toLowerCase().endsWith(wanted.toLowerCase()))) throw new Error(`manifest lacks ${wanted}: ${files.join(', ')}`);
				if (!fs.existsSync(path.join(ws.bundleOut, 'Sysprep', wanted))) throw new Error(`bundle lacks Sysprep/${wanted}`);
			}
			if (!/EncryptedAdminPassword\s*=\s*No/.test(fs.readFileSync(path.join(ws.bundleOut, 'Sysprep/Sysprep.inf'), 'utf8'))) throw new Error('the bundled Sysprep.inf is not the fixed one');
			await shot(page, 'bundle-built');
		},
	},
	// Editing features: these run after the bundle and write their own files, so the bundle never sees them.
	{
		name: 'rename',
		title: 'rename (F2) of a batch label changes the label and its goto',
		async run({ page, ws }) {
			await openFile(page, 'sysprep.bat');
			const lines = fs.readFileSync(path.join(ws.folder, 'sysprep.bat'), 'utf8').split(/\r?\n/);
			const jump = lines.findIndex((line) => line.includes('goto :missing'));
			if (jump < 0 || !lines.includes(':missing')) throw new Error(`sysprep.bat lacks goto :missing and its label:\n${lines.join('\n')}`);
			await goToLine(page, jump + 1, lines[jump].indexOf(':missing') + 3);
			await page.keyboard.press('F2');
			const input = page.locator('.rename-box input, .rename-box textarea').first();
			await input.waitFor({ state: 'visible', timeout: T });
			await input.fill('notfound');
			await shot(page, 'rename-box');
			await page.keyboard.press('Enter');
			await page.waitForFunction(() => {
				const text = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '));
				return text.some((line) => line.includes('goto :notfound')) && text.some((line) => line.trim() === ':notfound') && !text.some((line) => line.includes('missing'));
			}, undefined, { timeout: T });
			await save(page);
			const onDisk = fs.readFileSync(path.join(ws.folder, 'sysprep.bat'), 'utf8');
			if (!onDisk.includes('goto :notfound') || !/^:notfound\r?$/m.test(onDisk) || onDisk.includes(':missing')) throw new Error(`rename not saved:\n${onDisk}`);
			await shot(page, 'rename-applied');
		},
	},
	{
		name: 'format',
		title: 'Format Document tidies a messy Sysprep.inf and keeps CRLF',
		async run({ page, ws }) {
			const messy = ['; messy fixture', '[Unattended]', '  OemSkipEula=Yes   ', 'InstallFilesPath   =    C:\\sysprep\\i386', '', '', '', '[GuiUnattended]', '', 'TimeZone=035', 'OemSkipWelcome  =1', '[UserData]', 'ComputerName=*', ''].join('\r\n');
			fs.mkdirSync(path.join(ws.folder, 'messy'));
			fs.writeFileSync(path.join(ws.folder, 'messy/Sysprep.inf'), messy);
			await openNewFile(page, 'messy/Sysprep.inf', 'messy');
			await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').includes('messy fixture')), undefined, { timeout: T });
			// The server is attached once its inlay hint shows (when this scenario runs alone, the extension starts now).
			await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ').includes('Eastern Time')), undefined, { timeout: 60_000 });
			await focusEditor(page);
			await page.keyboard.press('Control+Shift+I'); // Format Document on Linux
			await page.waitForFunction(() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ') === 'OemSkipWelcome = 1'), undefined, { timeout: T });
			await shot(page, 'format-document');
			await save(page);
			const expected = ['; messy fixture', '[Unattended]', 'OemSkipEula = Yes', 'InstallFilesPath = C:\\sysprep\\i386', '', '[GuiUnattended]', 'TimeZone = 035', 'OemSkipWelcome = 1', '', '[UserData]', 'ComputerName = *', ''].join('\r\n');
			const onDisk = fs.readFileSync(path.join(ws.folder, 'messy/Sysprep.inf'), 'utf8');
			if (onDisk !== expected) throw new Error(`formatted file differs:\n${JSON.stringify(onDisk)}\nexpected\n${JSON.stringify(expected)}`);
		},
	},
	{
		name: 'link',
		title: 'Ctrl+click on a /unattend: path opens the answer file',
		async run({ page, ws }) {
			fs.mkdirSync(path.join(ws.folder, 'vista/answers'), { recursive: true });
			fs.writeFileSync(path.join(ws.folder, 'vista/seal.cmd'), '@echo off\r\nsysprep.exe /generalize /oobe /unattend:answers\\seal.xml\r\n');
			fs.writeFileSync(path.join(ws.folder, 'vista/answers/seal.xml'), '<?xml version="1.0" encoding="utf-8"?>\r\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\r\n</unattend>\r\n');
			await openNewFile(page, 'seal.cmd', 'seal.cmd');
			await page.locator('.tabs-container .tab.active[aria-label*="seal.cmd"]').waitFor({ timeout: T });
			const target = page.locator('.editor-instance .monaco-editor .view-line span', { hasText: 'seal.xml' }).last();
			await target.waitFor({ timeout: T });
			// Links and diagnostics arriving re-render the line, so its box is read afresh on every try.
			await waitFor(
				'the answer file to open from its link',
				async () => {
					const box = await target.boundingBox();
					if (!box) return false;
					await page.mouse.move(box.x + box.width - 6, box.y + box.height / 2);
					await page.keyboard.down('Control');
					await page.mouse.click(box.x + box.width - 6, box.y + box.height / 2);
					await page.keyboard.up('Control');
					return page
						.locator('.tabs-container .tab.active[aria-label*="seal.xml"]')
						.waitFor({ timeout: 2000 })
						.then(() => true)
						.catch(() => false);
				},
				T,
				200,
			);
			await shot(page, 'link-opened');
		},
	},
	{
		name: 'inlay',
		title: 'an inlay hint names the time zone next to TimeZone',
		async run({ page }) {
			await openFile(page, 'Sysprep.inf');
			await page.waitForFunction(
				() => [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')].some((line) => /^TimeZone = 85\s*\(GMT\) Greenwich/.test((line.textContent ?? '').replace(/\u00a0/g, ' '))),
				undefined,
				{ timeout: T },
			);
			await shot(page, 'inlay-hint');
		},
	},
	{
		name: 'embedded',
		title: 'an autounattend.pkrtpl.hcl template and a .ps1 with an answer file in a here-string show the misspelt pass at its place in the host file',
		async run({ page, ws }) {
			const forms = path.join(repoRoot, 'test/fixtures/embedded/forms');
			for (const [name, line, column] of [
				['autounattend.pkrtpl.hcl', 13, 19],
				['build.ps1', 18, 19],
			] as const) {
				fs.copyFileSync(path.join(forms, name), path.join(ws.folder, name));
				await openNewFile(page, name, name);
				await page.locator(`.tabs-container .tab.active[aria-label*="${name}"]`).waitFor({ timeout: T });
				await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
				await showProblems(page);
				// The Problems panel gives each finding's host line and column.
				await waitForProblem(page, `[Ln ${line}, Col ${column}]`, true);
				const text = await problemsText(page);
				if (!text.includes('xml.unknown-pass')) throw new Error(`Problems panel lacks xml.unknown-pass for ${name}: ${text}`);
				await goToLine(page, line, column + 2);
				await shot(page, `embedded-${name.replace(/\W+/g, '-')}`);
			}
		},
	},
	{
		name: 'timeline',
		title: 'Reseal: Show Setup Timeline opens beside an autounattend.xml, marks a setting in a pass that does not run, and follows an edit',
		async run({ page, ws }) {
			const ids = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"';
			fs.writeFileSync(
				path.join(ws.folder, 'autounattend-timeline.xml'),
				`<?xml version="1.0" encoding="utf-8"?>\r\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\r\n  <settings pass="specialize">\r\n    <component name="Microsoft-Windows-Shell-Setup" ${ids}>\r\n      <ComputerName>WS01</ComputerName>\r\n    </component>\r\n  </settings>\r\n  <settings pass="generalize">\r\n    <component name="Microsoft-Windows-PnpSysprep" ${ids}>\r\n      <PersistAllDeviceInstalls>true</PersistAllDeviceInstalls>\r\n    </component>\r\n  </settings>\r\n</unattend>\r\n`,
			);
			await openNewFile(page, 'autounattend-timeline.xml', 'autounattend-timeline.xml');
			await page.locator('.tabs-container .tab.active[aria-label*="autounattend-timeline.xml"]').waitFor({ timeout: T });
			await runCommand(page, 'Reseal: Show Setup Timeline');
			const view = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
			await view.locator('h1', { hasText: 'Setup timeline of autounattend-timeline.xml' }).waitFor({ timeout: 60_000 });
			await view.locator('.note', { hasText: 'no windowsPE pass' }).waitFor({ timeout: T });
			await view.locator('h2.skipped', { hasText: 'generalize — does not run' }).waitFor({ timeout: T });
			await view.locator('li.ignored', { hasText: 'PersistAllDeviceInstalls' }).waitFor({ timeout: T });
			// The editor stays on the left: the view opened beside it.
			await page.locator('.tabs-container .tab[aria-label*="autounattend-timeline.xml"]').first().waitFor({ timeout: T });
			await shot(page, 'timeline-beside-editor');
			// An edit shows up in the view without running the command again.
			await goToLine(page, 5, 25);
			await page.keyboard.type('-EDITED');
			await view.locator('li', { hasText: 'WS01-EDITED' }).waitFor({ timeout: T });
			await shot(page, 'timeline-follows-edit');
		},
	},
	// unattend.xml authoring in the editor (#31): a component from the suggest widget, hover on a setting, a quick fix.
	{
		name: 'unattend-completion',
		title: 'unattend.xml: typing < in <settings pass="specialize"> and picking Microsoft-Windows-Shell-Setup inserts the component with its attributes and end tag',
		async run({ page, ws }) {
			// The timeline scenario leaves its view beside an edited answer file: save, and close every editor so this one gets the whole width.
			await runCommand(page, 'File: Save All');
			await page.locator('.tabs-container .tab.dirty').first().waitFor({ state: 'detached', timeout: T });
			await runCommand(page, 'View: Close All Editor Groups');
			await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: T });
			fs.mkdirSync(path.join(ws.folder, 'answers'), { recursive: true });
			fs.writeFileSync(path.join(ws.folder, 'answers/unattend.xml'), unattendXml);
			await openNewFile(page, 'answers/unattend.xml', 'unattend.xml');
			await page.locator('.tabs-container .tab.active[aria-label*="unattend.xml"]').waitFor({ timeout: T });
			// The server is attached once the bare '&' is underlined.
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
			await goToLine(page, 4, 5);
			await page.keyboard.type('<');
			await page.keyboard.press('Control+Space');
			await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor({ timeout: T });
			// Narrow the list the way a user does, then check the focused row is the component.
			await page.keyboard.type('Shell-Set');
			const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
			await waitFor('the suggest widget to focus Microsoft-Windows-Shell-Setup', async () => ((await focused.innerText({ timeout: 1000 }).catch(() => '')) ?? '').trim() === 'Microsoft-Windows-Shell-Setup', T);
			const labels = (await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map((label) => label.trim());
			console.log(`    completion: ${labels.join(', ')}`);
			await shot(page, 'unattend-completion');
			await page.keyboard.press('Tab');
			await page.locator('.suggest-widget.visible').waitFor({ state: 'detached', timeout: T });
			await waitForLine(page, (line) => line.includes('<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="'));
			// Leave the snippet (its first stop offers the architectures).
			await page.keyboard.press('Escape');
			await page.keyboard.press('Escape');
			await shot(page, 'unattend-component-inserted');
			await save(page);
			const onDisk = fs.readFileSync(path.join(ws.folder, 'answers/unattend.xml'), 'utf8');
			const specialize = onDisk.slice(onDisk.indexOf('<settings pass="specialize">'), onDisk.indexOf('</settings>'));
			if (!/<component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="[^"]+" xmlns:xsi="[^"]+">\r?\n\s*\r?\n\s*<\/component>/.test(specialize)) {
				throw new Error(`the specialize pass lacks the inserted component:\n${specialize}`);
			}
		},
	},
	{
		name: 'unattend-hover',
		title: 'unattend.xml: hover on <TimeZone> explains the setting, its component and passes',
		async run({ page, ws }) {
			// XML colouring makes '<TimeZone>' one token: hover the middle of that span, which is inside the name.
			const word = page.locator('.editor-instance .monaco-editor .view-line span', { hasText: /^<TimeZone>$/ }).first();
			await word.waitFor({ timeout: T });
			const box = await word.boundingBox();
			if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'tzutil' }).first();
			try {
				await hover.waitFor({ state: 'visible', timeout: 10_000 });
			} catch {
				// The mouse can land between two hover-trigger areas; ask for the hover from the keyboard.
				const lines = fs.readFileSync(path.join(ws.folder, 'answers/unattend.xml'), 'utf8').split(/\r?\n/);
				const at = lines.findIndex((line) => line.includes('<TimeZone>'));
				await goToLine(page, at + 1, lines[at].indexOf('TimeZone') + 3);
				await page.keyboard.press('Control+K');
				await page.keyboard.press('Control+I');
				await hover.waitFor({ state: 'visible', timeout: T });
			}
			const text = (await hover.innerText()).replace(/\s+/g, ' ');
			for (const wanted of ['TimeZone', 'Microsoft-Windows-Shell-Setup', 'time zone', 'oobeSystem']) if (!text.includes(wanted)) throw new Error(`hover lacks '${wanted}': ${text}`);
			await shot(page, 'unattend-hover');
			await page.mouse.move(5, 5);
			await page.keyboard.press('Escape');
		},
	},
	{
		name: 'unattend-quickfix',
		title: "unattend.xml: the quick fix escapes a bare '&' as '&amp;' and the error goes away",
		async run({ page, ws }) {
			// The only error of the file is the bare '&' (the Problems panel lists too many files by now to show it).
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: T });
			const lines = fs.readFileSync(path.join(ws.folder, 'answers/unattend.xml'), 'utf8').split(/\r?\n/);
			const at = lines.findIndex((line) => line.includes('Smith & Sons'));
			await goToLine(page, at + 1, lines[at].indexOf('&') + 1);
			await page.keyboard.press('Control+.');
			const title = "Escape '&' as '&amp;'";
			await page.locator('.action-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: T });
			// The menu names the finding it fixes.
			await page.locator('.action-widget .monaco-list-row', { hasText: '(xml.syntax-ampersand)' }).first().waitFor({ timeout: T });
			const focused = page.locator('.action-widget .monaco-list-row.focused');
			for (let i = 0; i < 10 && !((await focused.getAttribute('aria-label').catch(() => '')) ?? '').includes(title); i++) await page.keyboard.press('ArrowDown');
			await shot(page, 'unattend-quickfix-menu');
			await page.keyboard.press('Enter');
			await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: T });
			await waitForLine(page, (line) => line.includes('<RegisteredOrganization>Smith &amp; Sons</RegisteredOrganization>'));
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: T });
			await save(page);
			if (!fs.readFileSync(path.join(ws.folder, 'answers/unattend.xml'), 'utf8').includes('Smith &amp; Sons')) throw new Error('the saved unattend.xml lacks the escaped ampersand');
			await shot(page, 'unattend-quickfix-applied');
		},
	},
	{
		name: 'unattend-end-tag',
		title: 'autounattend.xml: typing <ComputerName> inserts </ComputerName> after the cursor; completion after </ offers the end tag; typing </ closes the open element',
		async run({ page, ws }) {
			fs.mkdirSync(path.join(ws.folder, 'media'), { recursive: true });
			fs.writeFileSync(path.join(ws.folder, 'media/autounattend.xml'), autounattendXml);
			await openNewFile(page, 'media/autounattend.xml', 'autounattend.xml');
			await page.locator('.tabs-container .tab.active[aria-label*="autounattend.xml"]').waitFor({ timeout: T });
			// The server is attached once the unclosed <RegisteredOwner> is underlined.
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
			// Auto-close: the client asks the server after the typed '>' and inserts the end tag, the cursor staying inside.
			await goToLine(page, 5, 7);
			await page.keyboard.type('<ComputerName>');
			await waitForLine(page, (line) => line.trim() === '<ComputerName></ComputerName>');
			await page.keyboard.type('WS01');
			await waitForLine(page, (line) => line.trim() === '<ComputerName>WS01</ComputerName>');
			await shot(page, 'unattend-auto-close');
			// End-tag completion: the file has '<RegisteredOrganization>Contoso</'; Ctrl+Space at its end offers the end tag.
			const lines = autounattendXml.split('\r\n');
			const organization = lines.findIndex((line) => line.includes('<RegisteredOrganization>'));
			await goToLine(page, organization + 1, lines[organization].length + 1);
			await page.keyboard.press('Control+Space');
			const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name');
			await waitFor('the suggest widget to offer </RegisteredOrganization>', async () => ((await focused.innerText({ timeout: 1000 }).catch(() => '')) ?? '').trim() === '</RegisteredOrganization>', T);
			await shot(page, 'unattend-end-tag-completion');
			await page.keyboard.press('Tab');
			await page.locator('.suggest-widget.visible').waitFor({ state: 'detached', timeout: T });
			await waitForLine(page, (line) => line.trim() === '<RegisteredOrganization>Contoso</RegisteredOrganization>');
			// Auto-close after '</': typing it after 'Admin' completes the end tag of <RegisteredOwner>.
			const owner = lines.findIndex((line) => line.includes('<RegisteredOwner>'));
			await goToLine(page, owner + 1, lines[owner].length + 1);
			await page.keyboard.type('</');
			await waitForLine(page, (line) => line.trim() === '<RegisteredOwner>Admin</RegisteredOwner>');
			await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: T });
			await save(page);
			const onDisk = fs.readFileSync(path.join(ws.folder, 'media/autounattend.xml'), 'utf8');
			for (const wanted of ['<ComputerName>WS01</ComputerName>', '<RegisteredOwner>Admin</RegisteredOwner>', '<RegisteredOrganization>Contoso</RegisteredOrganization>']) if (!onDisk.includes(wanted)) throw new Error(`the saved autounattend.xml lacks ${wanted}:\n${onDisk}`);
			await shot(page, 'unattend-end-tags-saved');
		},
	},
];

/** The answer file of the end-tag scenario: an empty line to type on, an element without its end tag, one with only '</'. */
const autounattendXml = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'  <settings pass="specialize">',
	'    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">',
	'      ',
	'      <RegisteredOwner>Admin',
	'      <RegisteredOrganization>Contoso</',
	'    </component>',
	'  </settings>',
	'</unattend>',
	'',
].join('\r\n');

/** The answer file of the unattend-* scenarios: an empty specialize pass to fill, and one bare '&'. */
const unattendIds = 'processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"';
const unattendXml = [
	'<?xml version="1.0" encoding="utf-8"?>',
	'<unattend xmlns="urn:schemas-microsoft-com:unattend">',
	'  <settings pass="specialize">',
	'    ',
	'  </settings>',
	'  <settings pass="oobeSystem">',
	`    <component name="Microsoft-Windows-Shell-Setup" ${unattendIds}>`,
	'      <TimeZone>Pacific Standard Time</TimeZone>',
	'      <RegisteredOrganization>Smith & Sons</RegisteredOrganization>',
	'      <OOBE>',
	'        <HideEULAPage>true</HideEULAPage>',
	'        <ProtectYourPC>3</ProtectYourPC>',
	'      </OOBE>',
	'    </component>',
	'  </settings>',
	'</unattend>',
	'',
].join('\r\n');

// ---------------------------------------------------------------------------
// Runner

async function main(): Promise<number> {
	if (!fs.existsSync(vsix)) throw new Error(`${vsix} does not exist; run npm run package`);
	if (!chromiumPath) throw new Error('no Chromium found (apt-get install chromium, or set CHROMIUM)');
	fs.rmSync(shotsDir, { recursive: true, force: true });
	fs.mkdirSync(shotsDir, { recursive: true });
	const started = Date.now();
	const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

	const ws = prepareWorkspace({ executables: true });
	let server: CodeServer | undefined;
	let browser: BrowserContext | undefined;
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'reseal-chromium-'));
	const results: { name: string; status: 'pass' | 'fail' | 'skip'; ms: number; detail?: string }[] = [];
	try {
		server = await startCodeServer(vsix, ws.folder);
		console.log(`code-server up at ${server.url} (${elapsed()})`);
		browser = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath,
			headless: process.env.RESEAL_E2E_HEADED !== '1',
			viewport: { width: 1280, height: 800 },
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		const page = browser.pages()[0] ?? (await browser.newPage());
		const consoleErrors: string[] = [];
		page.on('pageerror', (error) => consoleErrors.push(String(error)));
		await page.goto(`${server.url}/?folder=${encodeURIComponent(ws.folder)}`);
		await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
		await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
		console.log(`workbench ready (${elapsed()})`);

		let failed = false;
		for (const scenario of scenarios) {
			if (only && !only.includes(scenario.name)) continue;
			const reason = scenario.skip?.();
			if (reason) {
				results.push({ name: scenario.name, status: 'skip', ms: 0, detail: reason });
				console.log(`SKIP ${scenario.title}: ${reason}`);
				continue;
			}
			if (failed) {
				results.push({ name: scenario.name, status: 'skip', ms: 0, detail: 'an earlier scenario failed' });
				console.log(`SKIP ${scenario.title}: an earlier scenario failed`);
				continue;
			}
			const t0 = Date.now();
			try {
				await scenario.run({ page, ws });
				results.push({ name: scenario.name, status: 'pass', ms: Date.now() - t0 });
				console.log(`PASS ${scenario.title} (${Date.now() - t0} ms)`);
			} catch (error) {
				failed = true;
				results.push({ name: scenario.name, status: 'fail', ms: Date.now() - t0, detail: error instanceof Error ? error.message : String(error) });
				console.log(`FAIL ${scenario.title}: ${error instanceof Error ? error.stack : String(error)}`);
				await page.screenshot({ path: path.join(shotsDir, `FAILED-${scenario.name}.png`) }).catch(() => undefined);
				console.log(`    screenshot test-output/e2e/FAILED-${scenario.name}.png`);
			}
		}
		if (consoleErrors.length) console.log(`page errors:\n  ${consoleErrors.join('\n  ')}`);
	} finally {
		await browser?.close().catch(() => undefined);
		if (server) {
			fs.writeFileSync(path.join(shotsDir, 'code-server.log'), server.log());
			await server.stop();
		}
		fs.rmSync(profile, { recursive: true, force: true });
		ws.dispose();
	}
	const counts = { pass: 0, fail: 0, skip: 0 };
	for (const result of results) counts[result.status]++;
	console.log(`\ne2e: ${counts.pass} passed, ${counts.fail} failed, ${counts.skip} skipped in ${elapsed()}`);
	for (const result of results) if (result.status !== 'pass') console.log(`  ${result.status.toUpperCase()} ${result.name}: ${result.detail}`);
	return counts.fail > 0 || counts.pass === 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.stack : error);
		process.exit(1);
	},
);
