/**
 * Utilities: string helpers shared by the services (no LSP, no IO).
 */

/** Levenshtein distance with an early exit once `limit` is exceeded. */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = new Array<number>(b.length + 1);
	let current = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = current[0];
		for (let j = 1; j <= b.length; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (current[j] < rowMin) rowMin = current[j];
		}
		if (rowMin > limit) return limit + 1;
		[previous, current] = [current, previous];
	}
	return previous[b.length];
}

/**
 * The candidate closest to `name` (case-insensitive), if it is close enough
 * to be a plausible typo: at most a third of the name's length, and at least 1.
 */
export function closestMatch(name: string, candidates: Iterable<string>): string | undefined {
	const lower = name.toLowerCase();
	const limit = Math.max(1, Math.min(4, Math.floor(lower.length / 3)));
	let best: string | undefined;
	let bestDistance = limit + 1;
	for (const candidate of candidates) {
		const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** Template tokens that deployment scripts replace before Setup reads the file. */
const placeholderPatterns = [
	/^%[A-Za-z_][\w.-]*%$/, // %PRODUCTKEY%
	/^@[A-Za-z_][\w.-]*@$/, // @PRODUCTKEY@
	/^\$\{[A-Za-z_][\w.-]*\}$/, // ${PRODUCTKEY}
	/^\$[A-Za-z_][\w]*\$$/, // $PRODUCTKEY$
	/^\$[A-Za-z_]\w*$/, // $ProductKey (a script variable substituted into the file)
	/^\{\{\s*[A-Za-z_][\w.-]*\s*\}\}$/, // {{ product_key }}
	/^__[A-Za-z][\w]*__$/, // __PRODUCTKEY__
	/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // WIN_XP_PRO_KEY
];

export function isPlaceholder(value: string): boolean {
	return placeholderPatterns.some((pattern) => pattern.test(value));
}

/** Quotes a value for an answer file when it contains spaces or separators. */
export function quoteIfNeeded(value: string): string {
	return /[\s,;"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What `/\s/` matches in a JavaScript RegExp, tested by UTF-16 code unit (no RegExp per character). */
export function isRegExpWhitespace(code: number): boolean {
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/*
 * Trailing and leading runs without regular expressions: `/[…]+$/` retries
 * from every start inside a long run and takes time squared in its length.
 */

/** `text` without the characters of `set` at its end. */
export function trimTrailing(text: string, set: string): string {
	let end = text.length;
	while (end > 0 && set.includes(text[end - 1])) end--;
	return text.slice(0, end);
}

/** `text` without the characters of `set` at its start. */
export function trimLeading(text: string, set: string): string {
	let start = 0;
	while (start < text.length && set.includes(text[start])) start++;
	return text.slice(start);
}

/** The longest end of `text` whose characters all pass `accept`. */
export function trailingRun(text: string, accept: (char: string) => boolean): string {
	let start = text.length;
	while (start > 0 && accept(text[start - 1])) start--;
	return text.slice(start);
}

/** The characters `/\s/` matches, for `trimTrailing` and `trimLeading`. */
export const whitespaceChars = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Text as XML element content: `&` and `<` escaped (what a quick-fix writes back after reading a decoded value). */
export function escapeXmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
