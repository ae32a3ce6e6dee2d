/**
 * Regenerates the generated parts of README.md (the diagnostic-code and quick-fix tables)
 * and `snippets/sysprep-inf.code-snippets` from the service and knowledge
 * tables. Run `npm run docs`; a test fails when either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCodeTable, renderQuickFixTable, replaceGenerated } from '../test/utils/docs';
import { renderSysprepSnippets } from '../server/src/services/ini/snippetFile';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceGenerated(replaceGenerated(readme, 'diagnostic-codes', renderCodeTable()), 'quick-fixes', renderQuickFixTable()));
writeFileSync('snippets/sysprep-inf.code-snippets', renderSysprepSnippets());
