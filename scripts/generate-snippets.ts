/**
 * Writes `snippets/sysprep-inf.code-snippets` from the knowledge tables, so
 * VS Code snippets and LSP completion offer the same skeletons.
 * Run: `npx tsx scripts/generate-snippets.ts` (a test fails when the file is stale).
 */
import { writeFileSync } from 'node:fs';
import { renderSysprepSnippets } from '../server/src/knowledge/snippetFile';

writeFileSync('snippets/sysprep-inf.code-snippets', renderSysprepSnippets());
