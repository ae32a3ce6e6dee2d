/**
 * Invariants of the batch knowledge tables: unique names, documented
 * entries, and cross-references that resolve.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { batchCommands, wellKnownVariables } from '../../server/src/knowledge/batchCommands';
import { externalTools } from '../../server/src/knowledge/externalTools';
import { windowsServices } from '../../server/src/knowledge/windowsServices';
import { sysprepExclusiveGroups, sysprepGenerations } from '../../server/src/knowledge/sysprepSwitches';
import { batchCodes } from '../../server/src/services/codes/batchCodes';

function assertUnique(values: readonly string[], what: string): void {
	const seen = new Set<string>();
	for (const value of values) {
		const lower = value.toLowerCase();
		assert.ok(!seen.has(lower), `duplicate ${what}: ${value}`);
		seen.add(lower);
	}
}

test('commands: unique names and aliases, documented, switches unique', () => {
	assertUnique(batchCommands.flatMap((c) => [c.name, ...(c.aliases ?? [])]), 'command');
	for (const command of batchCommands) {
		assert.equal(command.name, command.name.toLowerCase());
		assert.ok(command.doc.length > 10 && command.syntax.length > 0, command.name);
		assertUnique((command.switches ?? []).map((s) => s.name), `${command.name} switch`);
		assertUnique((command.subcommands ?? []).map((s) => s.name), `${command.name} subcommand`);
	}
});

test('services: unique key and display names, documented', () => {
	assertUnique(windowsServices.map((s) => s.name), 'service');
	assertUnique(windowsServices.map((s) => s.display), 'display name');
	for (const service of windowsServices) assert.ok(service.doc.length > 10, service.name);
	for (const name of ['lanmanserver', 'lanmanworkstation', 'wuauserv', 'Spooler', 'SamSs', 'Dhcp', 'srservice', 'wscsvc', 'W32Time', 'SharedAccess']) {
		assert.ok(windowsServices.some((s) => s.name.toLowerCase() === name.toLowerCase()), name);
	}
});

test('sysprep: switches unique per generation; groups and requirements resolve', () => {
	for (const generation of sysprepGenerations) {
		assertUnique(generation.switches.map((s) => s.name), `${generation.syntax} switch`);
		for (const spec of generation.switches) {
			assert.ok(spec.doc.length > 10, spec.name);
			for (const needed of spec.requires ?? []) assert.ok(generation.switches.some((s) => s.name === needed), `${spec.name} requires ${needed}`);
		}
	}
	for (const group of sysprepExclusiveGroups) {
		const generation = sysprepGenerations.find((g) => g.syntax === group.syntax)!;
		for (const name of group.names) assert.ok(generation.switches.some((s) => s.name === name), `${group.syntax} ${name}`);
	}
	const xp = sysprepGenerations.find((g) => g.syntax === 'xp')!.switches.map((s) => s.name);
	for (const name of ['reseal', 'mini', 'quiet', 'factory', 'audit', 'clean', 'bmsd', 'nosidgen', 'pnp', 'reboot', 'noreboot', 'forceshutdown', 'activated']) assert.ok(xp.includes(name), name);
	assert.ok(!xp.includes('shutdown'), '-shutdown is not an XP/2003 switch');
});

test('external tools: unique, with origin and placement; replacements use $1', () => {
	assertUnique(externalTools.map((t) => t.name), 'tool');
	for (const tool of externalTools) {
		assert.match(tool.name, /^[a-z0-9]+\.exe$/);
		assert.ok(tool.origin && tool.placement && tool.doc, tool.name);
		if (tool.replacement) assert.ok(tool.replacement.template.includes('$1'));
	}
	for (const name of ['sync.exe', 'kill.exe', 'spdrvscn.exe']) assert.ok(externalTools.some((t) => t.name === name), name);
	assert.ok(externalTools.find((t) => t.name === 'sync.exe')!.eula);
});

test('codes: prefixed, kebab-case, unique; variables unique', () => {
	assertUnique(batchCodes.map((c) => c.code), 'code');
	for (const code of batchCodes) assert.match(code.code, /^bat\.[a-z]+(-[a-z]+)*$/);
	assertUnique(wellKnownVariables.map((v) => v.name), 'variable');
});

test('snippets and the injection grammar are valid JSON', () => {
	const root = path.resolve(__dirname, '../..');
	const snippets = JSON.parse(readFileSync(path.join(root, 'snippets/bat.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
	assertUnique(Object.values(snippets).map((s) => s.prefix), 'snippet prefix');
	const grammar = JSON.parse(readFileSync(path.join(root, 'syntaxes/bat-sysprep.injection.tmLanguage.json'), 'utf8')) as { scopeName: string; injectionSelector: string };
	assert.equal(grammar.scopeName, 'source.batchfile.sysprep-injection');
	assert.ok(grammar.injectionSelector.includes('source.batchfile'));
});
