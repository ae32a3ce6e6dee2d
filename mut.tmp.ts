import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from './server/src/languageService';
const service = getLanguageService();
const root = process.argv[2];
function walk(dir: string, out: string[] = []): string[] { for (const e of readdirSync(dir)) { const p = join(dir, e); if (e === '.git') continue; const s = statSync(p); if (s.isDirectory()) walk(p, out); else out.push(p); } return out; }
for (const repo of readdirSync(root)) {
	const base = join(root, repo); if (!statSync(base).isDirectory()) continue;
	const all = walk(base).map((f) => relative(base, f).replace(/\\/g, '/'));
	const trees = [...new Set(all.map((f) => /^(.*?\$oem\$)\//i.exec(f)?.[1]).filter(Boolean))] as string[];
	if (trees.length === 0) continue;
	// Mutation: the tree keeps one placeholder file, everything else in it is gone.
	const files = all.filter((f) => !trees.some((t) => f.startsWith(`${t}/`)) || /\.xml$/i.test(f)).concat(trees.map((t) => `${t}/$$/placeholder.txt`));
	const ws = { listFiles: () => files, readText: (p: string) => { try { return readFileSync(join(base, p), 'utf8'); } catch { return undefined; } } };
	for (const f of all.filter((f) => /\.xml$/i.test(f))) {
		const text = readFileSync(join(base, f), 'utf8'); if (!/<unattend/i.test(text)) continue;
		const doc = TextDocument.create(`file://${base}/${f}`, 'xml', 1, text);
		for (const d of service.doValidation(doc, {}, ws)) if (d.code === 'xml.missing-script') console.log(`${repo} ${f}:${d.range.start.line + 1} ${String(d.message).slice(0, 170)}`);
	}
}
