/**
 * Service layer: the argument mode of the one command-line model
 * (`commandLines.ts`, `tokenizeCommand(text, doubledQuotes, true)`): how a
 * program's C runtime splits the text CreateProcess hands it. Kept apart only
 * to keep `commandLines.ts` short; callers go through `commandLines.ts`.
 */
import type { CommandToken } from './commandLines';

/**
 * The C runtime's argument rules, as Microsoft documents them ("Parsing C++
 * command-line arguments"): blanks outside quotes separate arguments; `"`
 * opens or closes a quoted run; `""` inside a quoted run is one literal `"`;
 * 2n backslashes before a `"` give n backslashes and the quote acts, 2n+1 give
 * n backslashes and a literal `"`; other backslashes are literal.
 */
export function argumentTokens(text: string, from = 0, to = text.length): CommandToken[] {
	const tokens: CommandToken[] = [];
	const n = Math.min(to, text.length);
	let i = from;
	while (i < n) {
		const ch = text.charCodeAt(i);
		if (ch === 32 || ch === 9) {
			i++;
			continue;
		}
		const start = i;
		const chars: string[] = [];
		const offsets: number[] = [];
		const quotes: number[] = [];
		let quoted = false;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (!quoted && (c === 32 || c === 9)) break;
			if (c === 0x5c /* \ */) {
				let run = i;
				while (run < n && text.charCodeAt(run) === 0x5c) run++;
				const count = run - i;
				if (run < n && text.charCodeAt(run) === 0x22) {
					for (let k = 0; k < count >> 1; k++) {
						chars.push('\\');
						offsets.push(i + 2 * k + 1);
					}
					if (count % 2 === 1) {
						chars.push('"');
						offsets.push(run);
						i = run + 1;
					} else i = run;
					continue;
				}
				for (let k = i; k < run; k++) {
					chars.push('\\');
					offsets.push(k);
				}
				i = run;
				continue;
			}
			if (c === 0x22) {
				if (quoted && i + 1 < n && text.charCodeAt(i + 1) === 0x22) {
					chars.push('"');
					offsets.push(i + 1);
					i += 2;
					continue;
				}
				quotes.push(i);
				quoted = !quoted;
				i++;
				continue;
			}
			chars.push(text[i]);
			offsets.push(i);
			i++;
		}
		tokens.push({ text: chars.join(''), start, end: i, offsets, quotes });
	}
	return tokens;
}
