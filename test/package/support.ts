/**
 * Packaging tier helpers: the npm tarball as `npm publish` would upload it
 * (`npm pack`, whose prepack script builds the production bundles), installed
 * into an empty prefix the way users install it (`npm install -g`).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');
export const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };

export interface PackResult {
	tarball: string;
	size: number;
	unpackedSize: number;
	files: { path: string; size: number }[];
}

/** `npm pack` of the repository into a fresh temporary folder. */
export function packTarball(): PackResult {
	const destination = mkdtempSync(join(tmpdir(), 'reseal-pack-'));
	const out = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	// prepack's own output may precede the JSON.
	const [info] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; size: number; unpackedSize: number; files: { path: string; size: number }[] }[];
	return { tarball: join(destination, info.filename), size: info.size, unpackedSize: info.unpackedSize, files: info.files };
}

/**
 * Installs the tarball globally into an empty prefix, from a folder outside the
 * repository and with `--offline`: the package must need nothing else.
 */
export function installTarball(tarball: string): { prefix: string; bin: string } {
	const prefix = mkdtempSync(join(tmpdir(), 'reseal-prefix-'));
	const result = spawnSync('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: tmpdir(), encoding: 'utf8' });
	assert.equal(result.status, 0, `npm install -g ${tarball} failed:\n${result.stdout}${result.stderr}`);
	return { prefix, bin: join(prefix, 'bin') };
}

/** A copy of examples/ outside the repository, so the installed tool is run on its own. */
export function copyExamples(): string {
	const folder = mkdtempSync(join(tmpdir(), 'reseal-examples-'));
	cpSync(join(repoRoot, 'examples'), folder, { recursive: true });
	return folder;
}

/** The tool's version line, or undefined when it is not installed. */
export function toolVersion(command: string, args = ['--version']): string | undefined {
	const result = spawnSync(command, args, { encoding: 'utf8' });
	return result.status === 0 ? `${result.stdout}${result.stderr}`.trim().split('\n')[0] : undefined;
}
