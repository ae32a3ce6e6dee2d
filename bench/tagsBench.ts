/**
 * Tag editing in a megabyte of unattend.xml, in process through the façade:
 * the latency of each request a keystroke can cause (auto-close, linked
 * editing, highlight, selection ranges, end-tag completion) at spread-out
 * positions, with the parse cached as the server has it while the user types.
 */
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { getLanguageService } from '../server/src/languageService';
import { latencyText, latencyValues, percentile, row } from './report';

/** A media-install answer file with `count` RunSynchronous commands, the last element left open (as while typing). */
function megabyteAnswerFile(count: number): string {
	const commands = Array.from({ length: count }, (_, i) => `        <RunSynchronousCommand wcm:action="add">\n          <Order>${i + 1}</Order>\n          <Path>cmd /c reg add HKLM\\Software\\Bench /v Step${i} /d ${i} /f</Path>\n        </RunSynchronousCommand>\n`).join('');
	return `<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n  <settings pass="specialize">\n    <component name="Microsoft-Windows-Deployment" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n      <RunSynchronous>\n${commands}        <Order>`;
}

export function tagsBench(quick: boolean): void {
	process.stderr.write('Tag editing: requests on a 1 MB unattend.xml\n');
	const service = getLanguageService();
	const text = megabyteAnswerFile(6_500);
	const document = TextDocument.create('file:///bench/tags/unattend.xml', 'xml', 1, text);
	const count = quick ? 200 : 1000;
	// Positions inside tag names spread over the file, where every request has something to answer.
	const positions: Position[] = [];
	for (let i = 0; i < count; i++) {
		const at = text.indexOf('<Order>', Math.floor((text.length * i) / count));
		positions.push(document.positionAt((at === -1 ? text.length - 5 : at) + 3));
	}
	const end = document.positionAt(text.length);
	service.getAutoClose(document, end);
	const typing = TextDocument.create('file:///bench/tags/typing.xml', 'xml', 1, `${text}1</`);
	const typed = typing.positionAt(typing.getText().length);
	const requests: [string, (position: Position) => unknown][] = [
		['auto-close', () => service.getAutoClose(document, end)],
		['linked editing', (position) => service.getLinkedEditingRanges(document, position)],
		['highlight', (position) => service.findDocumentHighlights(document, position)],
		['selection ranges', (position) => service.getSelectionRanges(document, [position])],
		['end-tag completion after </', () => service.doComplete(typing, typed)],
	];
	for (const [label, run] of requests) {
		const samples = positions.map((position) => {
			const t = performance.now();
			run(position);
			return performance.now() - t;
		});
		const p99 = percentile(samples, 99);
		row({ group: 'tags unattend.xml 1 MB', metric: `${label} (${samples.length} requests)`, reseal: latencyText(samples), target: 'p99 ≤ 5 ms', status: p99 <= 5 ? 'PASS' : 'MISS', values: latencyValues(samples) });
	}
}
