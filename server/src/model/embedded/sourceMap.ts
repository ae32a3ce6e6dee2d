/**
 * Model layer: a text built from pieces of another text, and the map between
 * the two. Answer files inside templates and host files are checked as such a
 * "virtual" text; every position a check reports is mapped back to the file
 * the user edits. A piece is either copied (offsets map one to one) or
 * replaced (a decoded escape, a rewritten placeholder: its whole span maps to
 * the whole source span).
 */

export interface Piece {
	/** Start in the built text. */
	readonly v: number;
	/** Start in the source text. */
	readonly h: number;
	readonly vl: number;
	readonly hl: number;
}

/** Offsets of a built text to and from its source. Binary searches: a lookup is O(log pieces). */
export interface OffsetMap {
	/** Where a built offset lies in the source; `end` puts an offset inside a replaced piece at its end. */
	toSource(offset: number, bias: 'start' | 'end'): number;
	/** Where a source offset lies in the built text, or undefined when the source offset is not part of it. */
	toTarget(offset: number): number | undefined;
}

export interface MappedText {
	readonly text: string;
	readonly map: OffsetMap;
}

export class PieceMap implements OffsetMap {
	constructor(
		private readonly pieces: readonly Piece[],
		/** Where an empty built text sits in the source. */
		private readonly origin: number,
	) {}

	toSource(offset: number, bias: 'start' | 'end'): number {
		const pieces = this.pieces;
		if (pieces.length === 0) return this.origin;
		// The last piece that starts before (end bias) or at (start bias) the offset.
		let lo = 0;
		let hi = pieces.length - 1;
		let found = 0;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const starts = pieces[mid].v;
			if (bias === 'end' ? starts < offset : starts <= offset) {
				found = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		const piece = pieces[found];
		const inside = offset - piece.v;
		if (inside <= 0) return piece.h;
		if (inside >= piece.vl) return piece.h + piece.hl;
		if (piece.vl === piece.hl) return piece.h + inside;
		return bias === 'end' ? piece.h + piece.hl : piece.h;
	}

	toTarget(offset: number): number | undefined {
		const pieces = this.pieces;
		let lo = 0;
		let hi = pieces.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const piece = pieces[mid];
			if (offset < piece.h) hi = mid - 1;
			else if (offset > piece.h + piece.hl) lo = mid + 1;
			else {
				const inside = offset - piece.h;
				if (piece.vl === piece.hl) return piece.v + inside;
				return inside === piece.hl ? piece.v + piece.vl : piece.v;
			}
		}
		return undefined;
	}
}

/** Two maps in a row: built → middle (`inner`), middle → source (`outer`). */
export function chainMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
	return {
		toSource: (offset, bias) => outer.toSource(inner.toSource(offset, bias), bias),
		toTarget: (offset) => {
			const middle = outer.toTarget(offset);
			return middle === undefined ? undefined : inner.toTarget(middle);
		},
	};
}

/** Builds a text from a source, piece by piece, left to right. */
export class TextBuilder {
	private readonly parts: string[] = [];
	private readonly pieces: Piece[] = [];
	private length = 0;

	constructor(
		private readonly source: string,
		private readonly origin = 0,
	) {}

	/** Copies `source[from, to)`. */
	copy(from: number, to: number): void {
		if (to <= from) return;
		const n = to - from;
		const last = this.pieces[this.pieces.length - 1];
		if (last && last.vl === last.hl && last.h + last.hl === from && last.v + last.vl === this.length) {
			this.pieces[this.pieces.length - 1] = { v: last.v, h: last.h, vl: last.vl + n, hl: last.hl + n };
		} else this.pieces.push({ v: this.length, h: from, vl: n, hl: n });
		this.parts.push(this.source.slice(from, to));
		this.length += n;
	}

	/** Puts `text` where `source[from, to)` was. */
	replace(from: number, to: number, text: string): void {
		if (text.length === to - from && text === this.source.slice(from, to)) {
			this.copy(from, to);
			return;
		}
		this.pieces.push({ v: this.length, h: from, vl: text.length, hl: to - from });
		this.parts.push(text);
		this.length += text.length;
	}

	build(): MappedText {
		return { text: this.parts.join(''), map: new PieceMap(this.pieces, this.origin) };
	}
}
