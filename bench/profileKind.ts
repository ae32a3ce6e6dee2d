/**
 * Bench support (not part of `npm run bench`): validates the generated input of one
 * kind 100 times through the façade, for `node --cpu-prof --import tsx bench/profileKind.ts <kind>`.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/languageService';
import { generateAll } from './generate';
const which = process.argv[2];
const files = generateAll().filter(f => f.kind === which);
const ls = getLanguageService();
let v = 0;
for (const f of files) {
  const t = performance.now();
  for (let i = 0; i < 100; i++) ls.doValidation(TextDocument.create('file:///x/' + f.rel, f.languageId, ++v, f.text));
  console.log(f.name, ((performance.now() - t) / 100).toFixed(2), 'ms/validation');
}
