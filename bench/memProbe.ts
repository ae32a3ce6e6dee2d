/**
 * Bench support (not part of `npm run bench`): where the server's memory goes.
 * `node --expose-gc --import tsx bench/memProbe.ts [--keep]` parses each generated
 * input through the façade and prints the retained heap per model, then the V8 heap
 * spaces with all four models held (the young generation size is what the RSS
 * comparison with the minimal server mostly sees).
 */
import * as v8 from 'node:v8';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/languageService';
import { generateAll } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heap = () => {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
};
const files = generateAll();
const ls = getLanguageService();
const documents: TextDocument[] = [];
const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB`;
for (const file of files) {
	const document = TextDocument.create(`file:///bench/${file.rel}`, file.languageId, 1, file.text);
	documents.push(document);
	document.getText();
	const before = heap();
	const t = performance.now();
	ls.doValidation(document);
	const elapsed = performance.now() - t;
	const after = heap();
	console.log(`${file.name.padEnd(30)} retained ${mb(after - before)} for ${mb(file.text.length)} of text (first validation ${elapsed.toFixed(1)} ms)`);
}
for (const space of v8.getHeapSpaceStatistics()) console.log(`  ${space.space_name.padEnd(26)} size ${mb(space.space_size).padStart(9)} used ${mb(space.space_used_size).padStart(9)}`);
console.log(`rss ${mb(process.memoryUsage().rss)}`);
