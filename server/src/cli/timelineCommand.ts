/**
 * CLI: `reseal explain <answer-file> [--scenario media|sysprep|audit|apply]
 * [--format text|markdown|json|html]` prints what Setup will do with the file,
 * pass by pass — the same model the VS Code view draws (`unattendTimeline.ts`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CliIo } from '../cli';
import { getLanguageService } from '../languageService';
import { kindFromName } from '../model/documentKind';
import { decodeBytes } from '../util/decode';
import { createFolderView } from '../io/workspaceView';
import { fileUri } from '../io/paths';
import { scenarioIds } from '../services/unattendXml/unattendTimeline';
import { renderTimelineHtml, renderTimelineMarkdown, renderTimelineText } from '../services/unattendXml/timelineRender';
import type { SetupScenario } from '../knowledge/setupTimeline';

const formats = ['text', 'markdown', 'json', 'html'] as const;
type Format = (typeof formats)[number];

/** Whether `reseal explain` was given an answer file rather than a code or entry name. */
export function looksLikeAnswerFile(arg: string): boolean {
	const kind = kindFromName(arg);
	return kind === 'unattend-xml' || (kind === 'sysprep-inf' && /sysprep\.inf$/i.test(arg));
}

export function runTimeline(args: readonly string[], io: CliIo): number {
	let file: string | undefined;
	let scenario: SetupScenario | undefined;
	let format: Format = 'text';
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined];
		const value = () => inline ?? args[++i];
		if (flag === '--scenario') {
			const wanted = value();
			if (!scenarioIds.includes(wanted as SetupScenario)) return usage(io, `--scenario must be ${scenarioIds.join(', ')} (got '${wanted ?? ''}')`);
			scenario = wanted as SetupScenario;
		} else if (flag === '--format' || flag === '-f') {
			const wanted = value();
			if (!formats.includes(wanted as Format)) return usage(io, `--format must be ${formats.join(', ')} (got '${wanted ?? ''}')`);
			format = wanted as Format;
		} else if (flag.startsWith('-')) {
			return usage(io, `unknown option '${flag}'`);
		} else if (file === undefined) {
			file = flag;
		} else {
			return usage(io, 'name one answer file');
		}
	}
	if (!file) return usage(io, 'name an answer file');
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		io.stderr(`reseal explain: ${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
		return 2;
	}
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		io.stderr(`reseal explain: ${file}: ${decoded.reason}\n`);
		return 2;
	}
	const absolute = resolve(file);
	const document = TextDocument.create(fileUri(absolute), '', 1, decoded.text);
	// The file's folder stands for the workspace: scripts beside it tell how sysprep runs it.
	const timeline = getLanguageService().getTimeline(document, scenario, undefined, createFolderView(dirname(absolute)));
	if (!timeline) {
		io.stderr(`reseal explain: ${file}: not an answer file Reseal draws a timeline for\n`);
		return 2;
	}
	const shown = { ...timeline, file };
	if (format === 'json') io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
	else if (format === 'markdown') io.stdout(renderTimelineMarkdown(shown));
	else if (format === 'html') io.stdout(renderTimelineHtml(shown));
	else io.stdout(renderTimelineText(shown));
	return 0;
}

function usage(io: CliIo, problem: string): number {
	io.stderr(`reseal explain: ${problem}\n\nUsage: reseal explain <answer-file> [--scenario ${scenarioIds.join('|')}] [--format ${formats.join('|')}]\n`);
	return 2;
}
