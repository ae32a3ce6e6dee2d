/**
 * Every regular expression of the language service, run on attack strings.
 *
 * The patterns are collected, not listed: every RegExp literal under
 * server/src (read with the TypeScript parser), every `pattern`/`keyPattern`
 * string of the knowledge tables (compiled at run time), and the entry-name
 * patterns built from knowledge names with `<…>` slots. Each pattern runs on
 * long pumped strings: the attack string `recheck` builds for it (scaled up
 * to the attack length) and pumps of every character the pattern names, bare
 * and after the pattern's literal prefix, each followed by a character that
 * makes the match fail. A linear pattern takes well under a millisecond on
 * 50,000 characters; a quadratic one takes seconds, so the budget below is
 * generous and still tells them apart.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { check } from 'recheck';
import { namePattern } from '../../server/src/services/ini/knowledgeIndex';

const root = path.resolve(__dirname, '../..');
const attackLength = 50_000;
/** Per pattern and attack string; linear patterns need about 1 ms here, quadratic ones seconds. */
const budgetMs = 500;
/**
 * A run over the budget is slow only when its time grows faster than its input:
 * four times the input takes about 4× for a linear pattern and 16× for a quadratic
 * one, so load on a shared machine cannot make a linear pattern fail.
 */
const superlinearRatio = 8;
/** A run that has not finished after this long is stopped (a cubic pattern would take hours). */
const watchdogMs = 5000;

interface Pattern {
	readonly source: string;
	readonly flags: string;
	readonly where: string;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
	for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
		const rel = `${dir}/${entry.name}`;
		if (entry.isDirectory()) sourceFiles(rel, out);
		else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
	}
	return out;
}

function collectPatterns(): Pattern[] {
	const found = new Map<string, Pattern>();
	const add = (pattern: Pattern): void => {
		const key = `/${pattern.source}/${pattern.flags}`;
		if (!found.has(key)) found.set(key, pattern);
	};
	for (const rel of sourceFiles('server/src')) {
		const text = fs.readFileSync(path.join(root, rel), 'utf8');
		const file = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			const where = `${rel}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
			if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
				const literal = (node as ts.RegularExpressionLiteral).text;
				const slash = literal.lastIndexOf('/');
				add({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where });
			} else if (ts.isPropertyAssignment(node) && ts.isStringLiteralLike(node.initializer)) {
				const name = node.name.getText(file);
				// Knowledge patterns are compiled with `new RegExp(source, 'i')` (or without flags).
				if (name === 'pattern' || name === 'keyPattern') add({ source: node.initializer.text, flags: 'i', where });
				if (name === 'name' && /<[^<>]+>/.test(node.initializer.text)) {
					const built = namePattern(node.initializer.text);
					if (built) add({ source: built.source, flags: built.flags, where });
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(file);
	}
	return [...found.values()];
}

/** Characters a pattern names literally, plus the classes text is made of. */
function alphabet(source: string): string[] {
	const chars = new Set([' ', '\t', '\n', '\r', 'a', '0', '_', '-', '.', '\\', '/', ':', '"', '<', '=', '%', '{', '[', ',', ';']);
	for (const char of source.replace(/\\[dDsSwWbBnrtfv]/g, '')) {
		if (char.charCodeAt(0) >= 32 && char.charCodeAt(0) < 127) chars.add(char);
	}
	return [...chars];
}

/** The literal text a pattern starts with (`{{`, `%{`, `@@`), so a pump reaches its quantifiers. */
function literalPrefixes(source: string): string[] {
	let prefix = '';
	for (let index = source[0] === '^' ? 1 : 0; index < source.length; index++) {
		const char = source[index];
		const quantified = /[*+?{]/.test(source[index + (char === '\\' ? 2 : 1)] ?? '');
		if (quantified) break;
		if (char === '\\' && index + 1 < source.length && /\W/.test(source[index + 1])) {
			prefix += source[++index];
			continue;
		}
		if (!/[\w !"#%&',:;<=>@`~-]/.test(char)) break;
		prefix += char;
	}
	return prefix === '' ? [''] : ['', prefix];
}

/** One attack string, built in the worker: `prefix`, then `pump` repeated to the attack length, then `suffix`. */
interface Attack {
	readonly prefix: string;
	readonly pumps: readonly { readonly prefix: string; readonly pump: string }[];
	readonly suffix: string;
}

/** The attack recheck finds for a pattern; undefined when it finds none. */
async function recheckAttack(pattern: Pattern): Promise<Attack | undefined> {
	const result = await check(pattern.source, pattern.flags, { timeout: 3000, randomSeed: 1, attackTimeout: 200 });
	if (result.status !== 'vulnerable') return undefined;
	return { prefix: '', pumps: result.attack.pumps.map((pump) => ({ prefix: pump.prefix, pump: pump.pump })), suffix: result.attack.suffix };
}

function attacksFor(pattern: Pattern): Attack[] {
	const out: Attack[] = [];
	for (const prefix of literalPrefixes(pattern.source)) {
		for (const pump of [...alphabet(pattern.source), ' a', 'a:', '\\ ']) out.push({ prefix, pumps: [{ prefix: '', pump }], suffix: '\u0001' });
	}
	return out;
}

/**
 * Runs in a worker thread, so a pattern that never finishes (a cubic one on
 * 50,000 characters) can be stopped. Plain JavaScript: it gets the patterns
 * and attack descriptions, builds each string and reports the time of each run.
 */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
function timeRun(source, flags, attack, length) {
	let input = attack.prefix;
	for (const pump of attack.pumps) input += pump.prefix + pump.pump.repeat(Math.ceil(length / Math.max(1, pump.pump.length) / attack.pumps.length));
	input += attack.suffix;
	const compiled = new RegExp(source, flags);
	const started = performance.now();
	// A global pattern runs over the whole text (replace, matchAll); others once (test, exec, search).
	if (compiled.global || compiled.sticky) input.replace(compiled, '');
	else compiled.test(input);
	return performance.now() - started;
}
parentPort.on('message', ({ index, source, flags, attacks, length, budget }) => {
	for (const [number, attack] of attacks.entries()) {
		parentPort.postMessage({ index, number, started: true });
		const ms = timeRun(source, flags, attack, length);
		// Over the budget on a busy machine is not yet slow: a quarter of the input
		// takes about a quarter of the time for a linear pattern, a sixteenth for a quadratic one.
		const quarterMs = ms > budget ? timeRun(source, flags, attack, Math.ceil(length / 4)) : undefined;
		parentPort.postMessage({ index, number, ms, quarterMs });
	}
	parentPort.postMessage({ index, done: true });
});
`;

interface Outcome {
	readonly slow?: { readonly number: number; readonly ms: number };
}

class Runner {
	private worker = this.start();

	private start(): Worker {
		const worker = new Worker(workerSource, { eval: true });
		worker.unref();
		return worker;
	}

	/** Runs one pattern's attacks; a run past the budget, or silent for the watchdog time, is slow. */
	run(index: number, pattern: Pattern, attacks: readonly Attack[]): Promise<Outcome> {
		return new Promise((resolve) => {
			let watchdog: NodeJS.Timeout | undefined;
			let current = 0;
			const finish = (outcome: Outcome, restart: boolean) => {
				clearTimeout(watchdog);
				this.worker.off('message', onMessage);
				if (restart) {
					void this.worker.terminate();
					this.worker = this.start();
				}
				resolve(outcome);
			};
			const arm = () => {
				clearTimeout(watchdog);
				watchdog = setTimeout(() => finish({ slow: { number: current, ms: watchdogMs } }, true), watchdogMs);
			};
			const onMessage = (message: { index: number; number?: number; ms?: number; quarterMs?: number; started?: boolean; done?: boolean }) => {
				if (message.index !== index) return;
				if (message.done) return finish({}, false);
				current = message.number ?? current;
				if (message.ms !== undefined && message.ms > budgetMs && message.ms > superlinearRatio * Math.max(message.quarterMs ?? 0, 1)) return finish({ slow: { number: current, ms: message.ms } }, true);
				arm();
			};
			this.worker.on('message', onMessage);
			arm();
			this.worker.postMessage({ index, source: pattern.source, flags: pattern.flags, attacks, length: attackLength, budget: budgetMs });
		});
	}

	close(): void {
		void this.worker.terminate();
	}
}

function describeAttack(attack: Attack): string {
	const pumps = attack.pumps.map((pump) => `${JSON.stringify(pump.prefix)} + ${JSON.stringify(pump.pump)}×n`).join(' + ');
	return `${JSON.stringify(attack.prefix)} + ${pumps} + ${JSON.stringify(attack.suffix)}`;
}

test('the regex collection finds the service patterns (literals, knowledge patterns, name slots)', () => {
	const patterns = collectPatterns();
	assert.ok(patterns.length > 200, `only ${patterns.length} patterns found`);
	assert.ok(patterns.some((pattern) => pattern.where.startsWith('server/src/knowledge/') && pattern.flags === 'i'), 'no knowledge pattern string found');
	assert.ok(patterns.some((pattern) => pattern.where.startsWith('server/src/services/unattendXml/unattendTemplates.ts')), 'template patterns missing');
	assert.ok(patterns.some((pattern) => pattern.where.startsWith('server/src/services/commandLines.ts')), 'command-line patterns missing');
});

test('every pattern runs in linear time on attack strings (recheck attacks and pumped characters)', async () => {
	const runner = new Runner();
	const slow: string[] = [];
	try {
		for (const [index, pattern] of collectPatterns().entries()) {
			const attacks = attacksFor(pattern);
			const found = await recheckAttack(pattern);
			if (found) attacks.unshift(found);
			const outcome = await runner.run(index, pattern, attacks);
			if (outcome.slow) slow.push(`/${pattern.source}/${pattern.flags} (${pattern.where}): ${Math.round(outcome.slow.ms)} ms or more on ${describeAttack(attacks[outcome.slow.number])}, n = ${attackLength}`);
		}
	} finally {
		runner.close();
	}
	assert.deepEqual(slow, []);
});
