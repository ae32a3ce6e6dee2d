// Packages the VS Code extension (dist/reseal.vsix) from a staging folder.
//
// package.json serves two packages: its `files` list is the npm package (the
// CLI and the language server), .vscodeignore is the VSIX. vsce refuses a
// folder that has both, so the VSIX is built from dist/vsix-stage/: the
// manifest without `files`, .vscodeignore, and the paths .vscodeignore lets in.
// Run after a production build (npm run package does both).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'dist/vsix-stage');
const output = join(root, 'dist/reseal.vsix');

rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
delete manifest.files;
writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);

// Copy what .vscodeignore lets back in (its `!path` lines; a trailing `*.ext` copies the folder);
// vsce then applies .vscodeignore itself, so the VSIX holds exactly what it allows.
const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
for (const line of ignore.split(/\r?\n/)) {
	const match = /^!(.+)$/.exec(line.trim());
	if (!match || match[1] === 'package.json') continue;
	const rel = match[1].includes('*') ? dirname(match[1]) : match[1];
	const from = join(root, rel);
	if (!existsSync(from)) throw new Error(`.vscodeignore lets in ${match[1]}, but ${rel} does not exist (run the production build first)`);
	cpSync(from, join(stage, rel), { recursive: true });
}

const vsce = join(root, 'node_modules/@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', output], { cwd: stage, stdio: 'inherit' });
rmSync(stage, { recursive: true, force: true });
