/**
 * Knowledge layer: the row layout of the generated reference table
 * (`unattendXmlReference.ts`, written by `scripts/extract-unattend-reference.ts`).
 * Tuples keep the generated file compact; `services/unattendXml/unattendCatalog.ts` turns them
 * into `ComponentSpec` trees lazily, on first use.
 */

/**
 * One element of a component.
 * - `path`: element names below the component, `/`-separated (`UserData/ProductKey/Key`).
 * - `kind`: 0 value element, 1 container, 2 list item (`wcm:action`), 3 keyed list item (`wcm:action` + `wcm:keyValue`).
 * - `passes`: bit mask in pass order (bit 0 windowsPE … bit 6 oobeSystem); 0 when the page names none.
 * - `type`: `b` boolean; `i` or `i:min:max` integer; `e:A|B|C` enumeration; `s` or `s:max` string; `` unknown.
 * - `empty`: 0 not stated, 1 empty element supported, 2 empty element not supported.
 * - `fallback`: the documented default, or ``.
 * - `status`: `` current; `d` or `d:<build>` deprecated; `r:<build>` removed (`win81` = in Windows 8.1, `1709` = Windows 10 version 1709).
 * - `versions`: Windows versions the page names (ids as in `unattendTargets`), space-separated; `` when not stated.
 * - `labels` (optional): short value labels, `value=Label|value=Label`.
 * - `unit` (optional): the unit a number is counted in (`MB`, `s`, `min`, `ms`, `h`, `d`, `bytes`, `KB`, `GB`, `%`, `px`, `bpp`, `Hz`).
 * - `related` (optional): other settings of the component the page links to, paths below it, space-separated.
 */
export type ReferenceRow = readonly [path: string, kind: 0 | 1 | 2 | 3, passes: number, type: string, empty: 0 | 1 | 2, fallback: string, status: string, versions: string, labels?: string, unit?: string, related?: string];

/** A component: name, Windows versions and architectures its page names (space-separated), rows. */
export type ReferenceComponent = readonly [name: string, versions: string, architectures: string, rows: readonly ReferenceRow[]];
