/**
 * Model layer: the nodes of a parsed batch script.
 *
 * Every node keeps exact positions as `offset`/`length` into the original
 * text; services convert them to LSP ranges with `BatchModel.positionAt`.
 * Lines are physical, 0-based. Names compared by cmd.exe case-insensitively
 * are stored lower-cased next to their spelling.
 */

/** One whitespace-separated argument (quotes and carets kept in `text`, removed in `value`). */
export interface BatchWord {
	readonly text: string;
	readonly value: string;
	readonly offset: number;
	readonly length: number;
	readonly quoted: boolean;
}

export interface BatchRedirect {
	/** The operator as written: `>`, `>>`, `<`, `2>`, `2>&1`, … */
	readonly op: string;
	readonly offset: number;
	readonly length: number;
	readonly target?: BatchWord;
}

export type BatchConnector = '&' | '&&' | '||' | '|';

/** A program started by a command, directly or through `start`/`call`. */
export interface BatchLaunch {
	readonly word: BatchWord;
	/** Lower-case base name without folder and without `.exe`/`.com`/`.bat`/`.cmd`; empty when dynamic (`%X%`). */
	readonly program: string;
	/** The extension written, lower case, if any (`.exe`). */
	readonly extension: string;
	readonly args: readonly BatchWord[];
	/** Started through `start`. */
	readonly viaStart: boolean;
	/** `start /wait` (or a direct call): the script waits for it. */
	readonly waits: boolean;
}

export interface BatchCommand {
	readonly index: number;
	/** Start of the command (its `@`, or its name). */
	readonly offset: number;
	length: number;
	/** Physical line of the command's name. */
	readonly line: number;
	readonly name: BatchWord;
	/** Lower-case program name as for `BatchLaunch.program` (`echo`, `net`, `sysprep`). */
	readonly program: string;
	readonly args: BatchWord[];
	readonly redirects: BatchRedirect[];
	readonly silent: boolean;
	/** Number of enclosing parenthesised blocks. */
	readonly depth: number;
	/** The operator between the previous command and this one on the same logical line. */
	readonly connector: BatchConnector | 'else' | null;
	/** Index of the `if`/`for` command whose body this command is (directly, or via a block). */
	readonly guard: number | null;
	/** The program this command runs (itself, or what `start`/`call` launch). */
	launch?: BatchLaunch;
}

export interface BatchBlock {
	readonly open: number;
	close: number | null;
	readonly openLine: number;
	closeLine: number | null;
	/** The `if`/`for` command the block belongs to, if any. */
	readonly guard: number | null;
}

export interface BatchLabel {
	/** Lower-case name without the colon. */
	readonly name: string;
	/** As written. */
	readonly text: string;
	/** Offset of the name (after the colon). */
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	readonly depth: number;
}

export interface BatchLabelRef {
	readonly name: string;
	readonly text: string;
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	readonly kind: 'goto' | 'call';
	readonly command: number;
}

export interface BatchComment {
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	readonly kind: 'rem' | '::';
}

export type BatchVariableKind = 'env' | 'delayed' | 'param' | 'loop';

export interface BatchVariable {
	readonly kind: BatchVariableKind;
	/** Lower-case name (`systemdrive`, `0`, `i`). Loop variables keep case: `%%i` and `%%I` differ. */
	readonly name: string;
	/** The whole reference as written (`%~dp0`, `%SystemDrive%`). */
	readonly text: string;
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	/** `~` modifiers of params and loop variables (`dp`), or the `:` edit of env variables. */
	readonly modifiers: string;
}

export interface BatchAssignment {
	readonly name: string;
	readonly text: string;
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	readonly command: number;
}

/** A `goto :eof` (the end of the script or subroutine, whatever labels exist). */
export interface BatchEofJump {
	/** The `eof` of the target. */
	readonly offset: number;
	readonly length: number;
	readonly line: number;
	readonly command: number;
}

/** An `if`, `for … do` or `else` whose line ends without the command it guards. */
export interface BatchDetachedBody {
	/** Index of the `if`/`for` command. */
	readonly command: number;
	/** `if`, `for` or `else`: the word whose line ends too early. */
	readonly keyword: string;
	/** From that word to the end of its line. */
	readonly offset: number;
	readonly length: number;
	/** Offset of a `(` that starts the next non-blank line, if one does. */
	readonly open: number | null;
	/** End of the guard's line (before its line break). */
	readonly end: number;
}

/** A parser finding; services turn it into a diagnostic with the same code. */
export interface BatchProblem {
	readonly code: 'bat.unbalanced-parens' | 'bat.not-batch';
	readonly offset: number;
	readonly length: number;
	readonly message: string;
	/** Text a quick-fix inserts at `offset` (the `^` that escapes a `)`), with the fix's title. */
	readonly insert?: { readonly text: string; readonly title: string };
}

export interface BatchModel {
	readonly text: string;
	readonly lineStarts: readonly number[];
	readonly commands: readonly BatchCommand[];
	readonly blocks: readonly BatchBlock[];
	readonly labels: readonly BatchLabel[];
	readonly labelRefs: readonly BatchLabelRef[];
	readonly comments: readonly BatchComment[];
	readonly variables: readonly BatchVariable[];
	readonly assignments: readonly BatchAssignment[];
	readonly eofJumps: readonly BatchEofJump[];
	readonly detachedBodies: readonly BatchDetachedBody[];
	readonly delayedExpansion: boolean;
	/** Set when the text does not read as a batch script; the problem explains why. */
	readonly notBatch: BatchProblem | null;
	readonly problems: readonly BatchProblem[];
}
