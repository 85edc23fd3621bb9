import { breaksAnywhere, displayWidth, forEachPiece } from './width';

/**
 * The width policy of tables: how wide each column is drawn in a terminal
 * of a given width, and which columns are left out when not all fit. The
 * table is assembled in render/output.ts and drawn in render/table.ts.
 */

/**
 * How a table column gives way when the terminal is narrow (see
 * {@link fitColumns}):
 * - `key`: what identifies a row (an id, a name, a date, a state, a zone):
 *   never cut, wrapped only between words, and as wide as its values (up to
 *   {@link KEY_WIDTH}, more when room is left over);
 * - `label`: a name of longer text (an event's label, a document): wrapped
 *   between words, never cut;
 * - `prose`: running text (evidence, summaries, notes, snippets, qualifiers):
 *   gives way first, and past a few lines (`PROSE_LINES` in render/output.ts,
 *   or the height the rest of its row needs) it is shortened with `…`, with a
 *   hint below the table of how to see it whole.
 */
export type ColumnKind = 'key' | 'label' | 'prose';

/** Width a prose column may narrow to. */
export const PROSE_MIN = 10;

/**
 * Width a key column takes before any other column grows; values longer by
 * up to {@link KEY_SLACK} widen it to stay whole, longer ones wrap between words.
 */
export const KEY_WIDTH = 20;

/** See {@link KEY_WIDTH}. */
export const KEY_SLACK = 5;

/** What {@link fitColumns} needs to know of a column: its kind, and widths measured over its header and cells. */
export interface ColumnMeasure {
  readonly kind: ColumnKind;
  /** Widest line. */
  readonly natural: number;
  /** Widest piece a line cannot break inside (a word, or the part of an id up to a hyphen). */
  readonly word: number;
  /** Widest line of each cell (and of the header). */
  readonly cells: readonly number[];
  /** Whether the column keeps its floor when prose needs room. */
  readonly keep?: boolean;
}

/** The largest of `xs` (-Infinity for none), folded: a table may have more rows than a call takes arguments, so never spread into Math.max. */
function widest(xs: readonly number[]): number {
  return xs.reduce((a, b) => Math.max(a, b), -Infinity);
}

/**
 * The widest piece of a text that a line cannot break inside. With
 * `wide`, a piece that wrapping breaks between any two characters
 * ({@link breaksAnywhere}) is not one: it counts as two columns, the widest
 * a character is.
 */
function widestWord(text: string, wide: boolean): number {
  let w = 0;
  for (const line of text.split('\n')) {
    forEachPiece(line, (piece) => {
      const width = displayWidth(piece);
      w = Math.max(w, wide && width > 2 && breaksAnywhere(piece, width) ? 2 : width);
    });
  }
  return w;
}

/** The widest line of a text, in terminal columns. */
export function widestLine(text: string): number {
  let w = 0;
  for (const line of text.split('\n')) w = Math.max(w, displayWidth(line));
  return w;
}

/**
 * Measures a column for {@link fitColumns}. The widest word of a `label`
 * column counts a word holding a wide character as two columns: wrapping
 * breaks it between characters, as CJK text breaks. A `key` column keeps
 * such a word whole (a name in CJK script).
 *
 * @param values - its header, then its cells, as they will be drawn (lines separated by `\n`).
 * @param keep - whether it keeps its floor when prose needs room (a `key` column's `keep`).
 */
export function measureColumn(kind: ColumnKind, values: readonly string[], keep: boolean): ColumnMeasure {
  const cells = values.map(widestLine);
  // A cell's widest word is no wider than its widest line: a cell whose lines are no wider than the widest word found so far cannot widen it.
  let word = -Infinity;
  for (let k = 0; k < values.length; k++) if ((cells[k] as number) > word) word = Math.max(word, widestWord(values[k] as string, kind === 'label'));
  return { kind, natural: widest(cells), word, cells, keep };
}

/**
 * Fits columns into a terminal width, by priority.
 *
 * 1. Each column's floor: a `key` column its values' width up to
 *    {@link KEY_WIDTH} (never less than its widest word), a `label` column
 *    its widest word (a word of wide characters breaks anywhere: see
 *    {@link measureColumn}), a `prose` column {@link PROSE_MIN}; none wider
 *    than its widest line.
 * 2. Columns are admitted in the order `order` gives (most important first)
 *    while their floors fit; a `key` column that does not fit whole may come
 *    in at its widest word (its values then wrap between words); a `label`
 *    column with a word wider than the whole terminal (a long URL) comes in
 *    at {@link PROSE_MIN}, that word cut with `…`. A column
 *    that does not fit even so is left out (`null`), and a later, smaller
 *    one may still come in. A `prose` column that does not fit may take
 *    the room it lacks from the `key` columns admitted before it (except
 *    those marked `keep`), down to their widest words.
 * 3. The room left goes first to `key` columns that came in at their widest
 *    word, up to their floor; then to `key` columns whose values are at most
 *    {@link KEY_SLACK} wider than their floor, to keep those whole; then to
 *    the `label` and `prose` columns, in
 *    proportion to what they lack of their widest line; and only then to
 *    the `key` columns: a date does not take the room that evidence needs.
 *
 * @param columns - measures of each column, in display order.
 * @param order - column indexes, most important first.
 * @param width - terminal width; borders and padding take 3 per column plus 1.
 * @returns each column's content width, or `null` for a column left out.
 */
export function fitColumns(columns: readonly ColumnMeasure[], order: readonly number[], width: number): (number | null)[] {
  const widths: (number | null)[] = columns.map(() => null);
  const wordFloor = (c: ColumnMeasure): number => Math.max(1, Math.min(c.natural, c.word));
  /** A key column's width before other columns grow: its values up to KEY_WIDTH, never less than its widest word. */
  const keyFloor = (c: ColumnMeasure): number => Math.max(1, Math.min(c.natural, Math.max(c.word, KEY_WIDTH)));
  /** The same, widened to keep whole the values at most KEY_SLACK wider. */
  const keyWhole = (c: ColumnMeasure): number => c.cells.reduce((most, w) => (w <= KEY_WIDTH + KEY_SLACK ? Math.max(most, w) : most), keyFloor(c));
  const floor = (c: ColumnMeasure): number =>
    c.kind === 'key' ? keyFloor(c) : c.kind === 'prose' ? Math.max(1, Math.min(c.natural, PROSE_MIN)) : wordFloor(c);
  let used = 1;
  const admitted: number[] = [];
  for (const i of order) {
    const c = columns[i];
    if (!c) continue;
    // A label with a word wider than the terminal itself (a long URL) comes in narrow, that word cut.
    const tries = c.kind === 'key' ? [floor(c), wordFloor(c)] : c.kind === 'label' && floor(c) + 4 > width ? [Math.min(floor(c), PROSE_MIN)] : [floor(c)];
    for (const w of tries) {
      if (used + w + 3 <= width) {
        widths[i] = w;
        used += w + 3;
        admitted.push(i);
        break;
      }
    }
    if (widths[i] !== null || c.kind !== 'prose') continue;
    // Prose is what a row rests on: key columns not marked `keep` give up
    // width down to their widest word (least important first) to let it in.
    const need = used + floor(c) + 3 - width;
    const givers = admitted.filter((k) => columns[k]?.kind === 'key' && columns[k]?.keep !== true).reverse();
    const spare = givers.reduce((a, k) => a + (widths[k] ?? 0) - wordFloor(columns[k] as ColumnMeasure), 0);
    if (spare < need) continue;
    let short = need;
    for (const k of givers) {
      const give = Math.min(short, (widths[k] ?? 0) - wordFloor(columns[k] as ColumnMeasure));
      widths[k] = (widths[k] ?? 0) - give;
      short -= give;
    }
    widths[i] = floor(c);
    used = width;
    admitted.push(i);
  }
  let extra = width - used;
  /** Shares the room left among columns of these kinds, in proportion to what each lacks of `target`. */
  const grow = (kinds: readonly ColumnKind[], target: (c: ColumnMeasure) => number): void => {
    while (extra > 0) {
      const open = columns
        .map((c, i) => ({ i, lack: widths[i] === null || !kinds.includes(c.kind) ? 0 : target(c) - (widths[i] ?? 0) }))
        .filter((x) => x.lack > 0);
      const lacking = open.reduce((a, x) => a + x.lack, 0);
      if (lacking === 0) return;
      if (lacking <= extra) {
        for (const x of open) widths[x.i] = (widths[x.i] ?? 0) + x.lack;
        extra -= lacking;
        return;
      }
      let given = 0;
      for (const x of open) {
        const share = Math.floor((extra * x.lack) / lacking);
        widths[x.i] = (widths[x.i] ?? 0) + share;
        given += share;
      }
      if (given === 0) {
        const most = open.reduce((a, x) => (x.lack > a.lack ? x : a));
        widths[most.i] = (widths[most.i] ?? 0) + 1;
        given = 1;
      }
      extra -= given;
    }
  };
  grow(['key'], floor);
  grow(['key'], keyWhole);
  grow(['label', 'prose'], (c) => c.natural);
  grow(['key'], (c) => c.natural);
  return widths;
}
