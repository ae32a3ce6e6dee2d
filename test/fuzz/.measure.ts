import { getLanguageService } from '../../server/src/languageService';
import { TextDocument } from 'vscode-languageserver-textdocument';
const ls = getLanguageService();
const inputs: [string, string, string][] = [
  ['100k sections', 'file:///w/Sysprep.inf', Array.from({length:100000},(_, i)=>`[S${i}]\r\nKey${i}=Value\r\n`).join('')],
  ['1MB line inf', 'file:///w/Sysprep.inf', '[Unattended]\r\nOemPnPDriversPath=' + 'drivers\\x;'.repeat(100000)],
  ['1MB line bat', 'file:///w/s.bat', 'echo ' + 'a&b|'.repeat(250000)],
  ['10k parens bat', 'file:///w/s.bat', '('.repeat(10000) + '\r\necho x\r\n' + ')'.repeat(10000)],
  ['10k nested if bat', 'file:///w/s.bat', Array.from({length:10000},()=>'if 1==1 (').join('\r\n') + '\r\necho\r\n' + ')\r\n'.repeat(10000)],
  ['50MB inf', 'file:///w/Sysprep.inf', (() => { const unit = '[SysprepMassStorage]\r\n' + 'pci\\ven_8086&dev_7111="C:\\WINDOWS\\inf\\mshdc.inf"\r\n'.repeat(20); let s=''; const parts=[]; let n=0; while(n < 50*1024*1024){parts.push(unit); n+=unit.length;} return parts.join(''); })()],
  ['50MB bat', 'file:///w/s.bat', 'echo hello world %x% > nul\r\n'.repeat(50*1024*1024/28)],
];
for (const [name, uri, text] of inputs) {
  const d = TextDocument.create(uri, '', 1, text);
  const times: string[] = [];
  let t = performance.now();
  const diags = ls.doValidation(d, {}); times.push(`validate ${(performance.now()-t).toFixed(0)}ms (${diags.length}${diags.some(x=>x.code==='reseal.internal-error')?' INTERNAL '+diags[0].message:''})`);
  t = performance.now(); const sy = ls.findDocumentSymbols(d); times.push(`symbols ${(performance.now()-t).toFixed(0)}ms (${sy.length}, children ${sy.reduce((n,s)=>n+(s.children?.length??0),0)})`);
  t = performance.now(); const f = ls.getFoldingRanges(d); times.push(`folding ${(performance.now()-t).toFixed(0)}ms (${f.length})`);
  t = performance.now(); ls.doHover(d, {line: 1, character: 5}); times.push(`hover ${(performance.now()-t).toFixed(0)}ms`);
  t = performance.now(); ls.doComplete(d, {line: 1, character: 5}); times.push(`complete ${(performance.now()-t).toFixed(0)}ms`);
  t = performance.now(); ls.doCodeActions(d, {start:{line:0,character:0},end:{line:0,character:0}}, diags.slice(0,5)); times.push(`actions ${(performance.now()-t).toFixed(0)}ms`);
  t = performance.now(); ls.findReferences(d, {line: 0, character: 2}); times.push(`refs ${(performance.now()-t).toFixed(0)}ms`);
  t = performance.now(); ls.getFacts(d); times.push(`facts ${(performance.now()-t).toFixed(0)}ms`);
  console.log(name, (text.length/1048576).toFixed(1)+'M', times.join(', '), `rss ${(process.memoryUsage().rss/1048576).toFixed(0)}MB`);
  ls.forget(uri);
}
