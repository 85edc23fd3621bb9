import { widestLine } from './fit';
import { cut } from './width';

/**
 * Bordered tables, drawn by cli-table3. pakt measures and fits every column
 * (render/fit.ts) and wraps every cell (render/output.ts) itself; cli-table3
 * only draws: borders, one space of padding, each row as tall as its tallest
 * cell, rules between rows.
 *
 * cli-table3 is pinned to 0.6.5 (package.json) because of the workaround
 * below, which replaces four functions of its `src/utils.js`. That version
 * measures text with its own copy of string-width 4, whose widths differ
 * from the ones pakt fits columns with (☀ is two columns there, one here),
 * so its padding would push borders out of line; and it measures each line
 * again and again: its `strlen` measures every line twice, and `Cell.draw`
 * cuts the whole cell to ten columns for a debug message on every line it
 * draws, slicing one character at a time (upstream issue #362), which grows
 * with the square of a cell's length. The replacements measure with
 * pakt's `displayWidth` (render/width.ts, through {@link widestLine}),
 * remember each width during one drawing, and cut in one pass; `utils.repeat`,
 * which draws every border by joining an array made for it, is replaced by
 * `String.prototype.repeat`. The pin makes the replaced functions the ones
 * the library calls (`utils.strlen`, `utils.truncate`, `utils.pad`,
 * `utils.repeat` on the module object); a test draws through them and
 * checks the widths and the time.
 *
 * A fourth replacement, `Cell.prototype.mergeTableOptions`, gives every cell
 * the table's border characters as one shared object instead of merging
 * fifteen of them into a new object per cell (a fifth of a table's drawing
 * time); it keeps the library's own code for a cell with options of its own,
 * which pakt never gives.
 *
 * A fifth, `makeTableLayout` of `src/layout-manager.js`, lays out a table
 * whose rows are all as long as each other and hold only text — the only
 * tables pakt draws — without the search for missing cells and spans that
 * compares every cell with every cell placed before it (quadratic in the
 * cells: 10,000 rows took 4 s, 20,000 four times that). Such a table has no
 * missing cell and no span, so that search adds nothing; any other table
 * gets the library's own layout. A test holds the two layouts to the same
 * drawing.
 */

type Table = typeof import('cli-table3');

interface Utils {
  repeat(text: string, times: number): string;
  strlen(text: string): number;
  truncate(text: string, width: number, ellipsis?: string): string;
  pad(text: string, width: number, fill: string, align?: string): string;
}

/** The functions of cli-table3's `src/layout-manager.js` that pakt calls or replaces (0.6.5). */
interface LayoutManager {
  makeTableLayout(rows: readonly unknown[]): unknown[][];
  layoutTable(cells: unknown[][]): void;
}

let TableClass: Table | undefined;

/** The table options cli-table3 hands a cell (after merging its defaults). */
interface TableOptions {
  readonly chars: Readonly<Record<string, string>>;
  readonly truncate: string;
  readonly style: { readonly 'padding-left': number; readonly 'padding-right': number; readonly head: unknown; readonly border: unknown };
  readonly colWidths: readonly number[];
}

/** The fields of a cli-table3 cell that `mergeTableOptions` sets (cell.js, 0.6.5). */
interface CellLike {
  options: { chars?: unknown; style?: unknown; truncate?: unknown };
  cells: unknown;
  chars: Record<string, string>;
  truncate: string;
  paddingLeft: number;
  paddingRight: number;
  head: unknown;
  border: unknown;
  fixedWidth: number | undefined;
  lines: string[];
  content: string;
  x: number;
  desiredWidth: number;
  desiredHeight: number;
  computeLines(tableOptions: TableOptions): string[];
  mergeTableOptions(tableOptions: TableOptions, cells: unknown): void;
}

/** Border characters by cli-table3's camel-case names (`topMid` for `top-mid`), one object per table's characters. */
const charsOf = new WeakMap<object, Record<string, string>>();
function sharedChars(chars: Readonly<Record<string, string>>): Record<string, string> {
  let out = charsOf.get(chars);
  if (!out) {
    out = {};
    for (const [name, value] of Object.entries(chars)) {
      const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      out[camel] ??= chars[camel] ?? value;
    }
    charsOf.set(chars, out);
  }
  return out;
}
/** Widths measured during the current drawing (cleared after it). */
const widths = new Map<string, number>();

/** Widest line of a (possibly multi-line, possibly styled) text, remembered for this drawing. */
function strlen(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = widestLine(text);
    widths.set(text, w);
  }
  return w;
}

/** cli-table3 with its measuring replaced (see above); loaded on first use. */
function tableClass(): Table {
  if (TableClass) return TableClass;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const utils = require('cli-table3/src/utils') as Utils;
  utils.strlen = strlen;
  // cli-table3 also cuts a cell's whole text to 10 columns for every line it draws (for a debug
  // message it never prints): `cut` reads only the text's first line, so that costs a line, not the cell.
  utils.truncate = (text, width, ellipsis = '…') => (strlen(text) <= width ? text : cut(text, width, ellipsis));
  // Its `repeat` joins an array made for the purpose, on every border of every cell.
  utils.repeat = (text, times) => text.repeat(times);
  utils.pad = (text, width, fill, align) => {
    const gap = fill.repeat(Math.max(0, width - strlen(text)));
    return align === 'right' ? gap + text : text + gap;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Cell = require('cli-table3/src/cell') as { new (content: string): unknown; prototype: CellLike };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const layout = require('cli-table3/src/layout-manager') as LayoutManager;
  const makeLayout = layout.makeTableLayout;
  layout.makeTableLayout = (rows) => {
    const width = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
    const plain = rows.every((row) => Array.isArray(row) && row.length === width && row.every((cell) => typeof cell === 'string'));
    if (!plain) return makeLayout(rows);
    const cells = (rows as readonly string[][]).map((row) => row.map((text) => new Cell(text)));
    layout.layoutTable(cells);
    return cells;
  };
  const merge = Cell.prototype.mergeTableOptions;
  Cell.prototype.mergeTableOptions = function (this: CellLike, tableOptions: TableOptions, cells: unknown): void {
    if (this.options.chars !== undefined || this.options.style !== undefined || this.options.truncate !== undefined) {
      merge.call(this, tableOptions, cells);
      return;
    }
    this.cells = cells;
    this.chars = sharedChars(tableOptions.chars);
    this.truncate = tableOptions.truncate;
    this.options.style = {};
    this.paddingLeft = tableOptions.style['padding-left'];
    this.paddingRight = tableOptions.style['padding-right'];
    this.head = tableOptions.style.head;
    this.border = tableOptions.style.border;
    this.fixedWidth = tableOptions.colWidths[this.x];
    this.lines = this.computeLines(tableOptions);
    this.desiredWidth = strlen(this.content) + this.paddingLeft + this.paddingRight;
    this.desiredHeight = this.lines.length;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  TableClass = require('cli-table3') as Table;
  return TableClass;
}

/**
 * How many rows cli-table3 draws at a time. It makes several objects for
 * every cell and keeps them all until the whole table is drawn: a table of
 * a million rows would hold gigabytes. Drawn a block of rows at a time and
 * joined, a table holds only its text; the join is seamless, since every
 * row of pakt's tables is followed by a rule (see {@link drawTableBlocks}).
 */
export const BLOCK_ROWS = 256;

/**
 * The fewest UTF-16 code units a body row of {@link drawTableBlocks} takes,
 * its line feeds included: one line of cells, and the rule below it (or the
 * bottom border). The rule is a box-drawing character for each column of the
 * table's width. The line has a border and a space of padding on each side of
 * each cell, and a code unit at least for every two columns of a cell's
 * width: a character is at most two columns wide, and padding is a space a
 * column. Every border character is past U+00FF, so V8 keeps a table's text
 * two bytes a unit.
 *
 * @param columnWidths - content width of each column, in terminal columns, as {@link drawTableBlocks} takes them.
 */
export function rowUnitsAtLeast(columnWidths: readonly number[]): number {
  const rule = columnWidths.reduce((sum, w) => sum + w + 3, 1);
  const line = columnWidths.reduce((sum, w) => sum + Math.ceil(w / 2) + 3, 1);
  return rule + line + 2;
}

/**
 * Draws a bordered table: a header block, then each row as a block of lines
 * (as many as its tallest cell), blocks separated by rules, one space of
 * padding on each side of a cell, text top-left aligned.
 *
 * Cells arrive already wrapped to their column's width (multi-line cells
 * as `\n`-separated lines, possibly styled with SGR escapes); every line
 * is padded by its display width (`displayWidth`), the same width the columns were
 * fitted with, so borders stay aligned for wide and combining characters.
 * A line still too wide is cut with `…` rather than pushing the border out.
 *
 * @param head - header cells, one per column.
 * @param rows - body cells, each row as long as `head`, read once and in order (a generator may make them as they are drawn).
 * @param columnWidths - content width of each column, in terminal columns (without padding).
 * @returns the table's lines joined by `\n`, without a final newline.
 */
export function drawTable(head: readonly string[], rows: Iterable<readonly string[]>, columnWidths: readonly number[]): string {
  return drawTableBlocks(head, rows, columnWidths).join('\n');
}

/**
 * {@link drawTable}, as pieces of its text that `\n` joins: the header and
 * the first `blockRows` rows, then each next `blockRows` rows. Each block is
 * drawn by cli-table3 as a table of its own, with the same column widths;
 * the top border of each block after the first becomes the rule between
 * rows (`┌─┬─┐` drawn as `├─┼─┤`), and the bottom border of each block
 * before the last is left out.
 *
 * @param each - given, each block is handed to it as soon as it is drawn
 *   (and may throw, to stop the drawing), and none is returned.
 */
export function drawTableBlocks(
  head: readonly string[],
  rows: Iterable<readonly string[]>,
  columnWidths: readonly number[],
  blockRows = BLOCK_ROWS,
  each?: (block: string) => void,
): string[] {
  const Table = tableClass();
  const draw = (block: readonly (readonly string[])[], withHead: boolean): string => {
    const table = new Table({
      colWidths: columnWidths.map((w) => w + 2),
      // No colours of its own (they would load @colors/colors): pakt styles cells with chalk.
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
      wordWrap: false,
    });
    // A cell cli-table3 reads as empty must still be a string (it refuses undefined and objects).
    if (withHead) table.push([...head]);
    for (const row of block) table.push([...row]);
    try {
      return table.toString();
    } finally {
      widths.clear();
    }
  };
  // Rows are taken a block at a time (a row made for the table is dropped once drawn), one ahead to know the last block.
  const source = rows[Symbol.iterator]();
  let next = source.next();
  const out: string[] = [];
  let first = true;
  do {
    const block: (readonly string[])[] = [];
    while (!next.done && block.length < blockRows) {
      block.push(next.value);
      next = source.next();
    }
    let text = draw(block, first);
    if (!first) {
      const top = text.slice(0, text.indexOf('\n'));
      text = `├${top.slice(1, -1).replaceAll('┬', '┼')}┤${text.slice(top.length)}`;
    }
    if (!next.done) text = text.slice(0, text.lastIndexOf('\n'));
    first = false;
    if (each) each(text);
    else out.push(text);
  } while (!next.done);
  return out;
}
