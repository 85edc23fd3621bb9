import { cut, displayWidth } from './width';

/**
 * Bordered tables, drawn by cli-table3. pakt measures, fits and wraps every
 * cell itself (render/output.ts); cli-table3 only draws: borders, one space
 * of padding, each row as tall as its tallest cell, rules between rows.
 *
 * cli-table3 is pinned to 0.6.5 (package.json) because of the workaround
 * below, which replaces three functions of its `src/utils.js`. That version
 * measures text with its own copy of string-width 4, whose widths differ
 * from the ones pakt fits columns with (☀ is two columns there, one here),
 * so its padding would push borders out of line; and it measures each line
 * again and again: its `strlen` measures every line twice, and `Cell.draw`
 * cuts the whole cell to ten columns for a debug message on every line it
 * draws, slicing one character at a time (upstream issue #362), which grows
 * with the square of a cell's length. The replacements measure with
 * {@link displayWidth}, remember each width during one drawing, and cut in
 * one pass. The pin makes the replaced functions the ones the library calls
 * (`utils.strlen`, `utils.truncate`, `utils.pad` on the module object); a
 * test draws through them and checks the widths and the time.
 */

type Table = typeof import('cli-table3');

interface Utils {
  strlen(text: string): number;
  truncate(text: string, width: number, ellipsis?: string): string;
  pad(text: string, width: number, fill: string, align?: string): string;
}

let TableClass: Table | undefined;
/** Widths measured during the current drawing (cleared after it). */
const widths = new Map<string, number>();

/** Widest line of a (possibly multi-line, possibly styled) text, remembered for this drawing. */
function strlen(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = 0;
    for (const line of text.split('\n')) w = Math.max(w, displayWidth(line));
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
  utils.truncate = (text, width, ellipsis = '…') => (strlen(text) <= width ? text : cut(text, width, ellipsis));
  utils.pad = (text, width, fill, align) => {
    const gap = fill.repeat(Math.max(0, width - strlen(text)));
    return align === 'right' ? gap + text : text + gap;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  TableClass = require('cli-table3') as Table;
  return TableClass;
}

/**
 * Draws a bordered table: a header block, then each row as a block of lines
 * (as many as its tallest cell), blocks separated by rules, one space of
 * padding on each side of a cell, text top-left aligned.
 *
 * Cells arrive already wrapped to their column's width (multi-line cells
 * as `\n`-separated lines, possibly styled with SGR escapes); every line
 * is padded by its {@link displayWidth}, the same width the columns were
 * fitted with, so borders stay aligned for wide and combining characters.
 * A line still too wide is cut with `…` rather than pushing the border out.
 *
 * @param head - header cells, one per column.
 * @param rows - body cells, each row as long as `head`.
 * @param columnWidths - content width of each column, in terminal columns (without padding).
 * @returns the table's lines joined by `\n`, without a final newline.
 */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], columnWidths: readonly number[]): string {
  const Table = tableClass();
  const table = new Table({
    colWidths: columnWidths.map((w) => w + 2),
    // No colours of its own (they would load @colors/colors): pakt styles cells with chalk.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    wordWrap: false,
  });
  // A cell cli-table3 reads as empty must still be a string (it refuses undefined and objects).
  table.push([...head], ...rows.map((r) => [...r]));
  try {
    return table.toString();
  } finally {
    widths.clear();
  }
}
