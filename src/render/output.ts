import type { Colorizer } from './color';
import { breakPieces, displayWidth, truncate, wrapText } from './width';

/** Output formats (CONTRACT.md `--format`). */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv', 'svg'] as const;
export type Format = (typeof FORMATS)[number];

/** A column of the flat (table, CSV, TSV) view of an answer. */
export interface Column {
  readonly key: string;
  readonly header: string;
  /** Never shrink below this many columns when fitting a table. */
  readonly min?: number;
  /** Running text (quotes, summaries): wraps first when a table must narrow. */
  readonly prose?: boolean;
}

/** Rows of strings under named columns. */
export interface Grid {
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/** What a terminal table shows: a grid, as rows or as field/value pairs of one record. */
export interface TableGrid extends Grid {
  readonly layout?: 'rows' | 'vertical';
}

/**
 * An answer ready to print. One data path: `data` is printed as-is by
 * `json` and `ndjson`; `flat` is the same data as rows of strings for `csv`
 * and `tsv` (ids and machine values, header = keys); `table` is the same
 * again for people (labels in `--lang`, brief evidence).
 */
export interface View {
  readonly data: unknown;
  readonly flat: Grid;
  readonly table: TableGrid;
  /** Lines printed after the table (table format only). */
  readonly notes?: readonly string[];
  /** More views printed below this one (table format only), e.g. `show`'s statements. */
  readonly sections?: readonly View[];
  /** Styling of table cells by column key and row (index into the table's rows). */
  readonly emphasis?: (key: string, value: string, c: Colorizer, row: number) => string;
}

/** How to print a table. */
export interface TableOptions {
  readonly color: Colorizer;
  /** Terminal width in columns. */
  readonly width: number;
  readonly fieldHeader: string;
  readonly valueHeader: string;
}

/** Renders a view in a format; the text always ends with a newline (or is empty). */
export function render(view: View, format: Format, table: TableOptions): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(view.data, null, 2)}\n`;
    case 'ndjson':
      return (Array.isArray(view.data) ? view.data : [view.data]).map((d) => `${JSON.stringify(d)}\n`).join('');
    case 'csv':
      return delimited(view, ',', csvField);
    case 'tsv':
      return delimited(view, '\t', tsvField);
    case 'table':
      return renderTable(view, table);
    case 'svg':
      // Only `timeline` draws SVG (render/chart.ts); the CLI refuses it elsewhere.
      throw new Error('svg is drawn by timeline only');
  }
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** TSV (IANA text/tab-separated-values): escape backslash, tab, CR and LF. */
export function tsvField(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

function delimited(view: View, sep: string, field: (v: string) => string): string {
  const { columns, rows } = view.flat;
  const lines = [columns.map((c) => field(c.key)).join(sep)];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.key] ?? '')).join(sep));
  return `${lines.join(sep === ',' ? '\r\n' : '\n')}${sep === ',' ? '\r\n' : '\n'}`;
}

/** Width prose columns may narrow to before other columns give up any. */
export const PROSE_MIN = 12;

/**
 * Fits natural column widths into the terminal width. The widest column gives
 * up one column at a time: first only prose columns, down to
 * {@link PROSE_MIN}; then any column down to its longest word (so words wrap instead of
 * being cut); then down to its minimum; and only when even that is too wide,
 * down to four columns.
 *
 * @param natural - widest line of each column.
 * @param words - longest word of each column.
 * @param mins - hard minimum of each column.
 * @param width - terminal width; borders and padding take 3 per column plus 1.
 */
export function fitWidths(
  natural: readonly number[],
  words: readonly number[],
  mins: readonly number[],
  width: number,
  prose: readonly boolean[] = [],
): number[] {
  const widths = [...natural];
  const available = Math.max(widths.length * 4, width - widths.length * 3 - 1);
  let total = widths.reduce((a, b) => a + b, 0);
  const floors = [
    (i: number) => (prose[i] ? Math.max(mins[i] ?? 4, PROSE_MIN) : Infinity),
    (i: number) => Math.max(mins[i] ?? 4, words[i] ?? 0),
    (i: number) => mins[i] ?? 4,
    () => 4,
  ];
  for (const floor of floors) {
    while (total > available) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if ((widths[i] ?? 0) > floor(i) && (widest < 0 || (widths[i] ?? 0) > (widths[widest] ?? 0))) widest = i;
      }
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      total--;
    }
  }
  return widths;
}

/** SGR escape sequences (colour and style), which take no columns. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Box-drawing characters of a rule: left end, line, crossing, right end. */
const RULES = {
  top: ['┌', '─', '┬', '┐'],
  middle: ['├', '─', '┼', '┤'],
  bottom: ['└', '─', '┴', '┘'],
} as const;

/**
 * Draws a bordered table: a header block, then each row as a block of lines
 * (as many as its tallest cell), blocks separated by rules, one space of
 * padding on each side of a cell, text top-left aligned.
 *
 * Cells arrive already wrapped to their column's width (multi-line cells
 * as `\n`-separated lines, possibly styled with SGR escapes); every line
 * is padded by its {@link displayWidth}, the same width the columns were
 * fitted with, so borders stay aligned for wide and combining characters.
 * A line still too wide is cut with `…` (its styling dropped) rather than
 * pushing the border out.
 *
 * @param widths - content width of each column, in terminal columns.
 */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): string {
  const rule = ([left, line, cross, right]: readonly string[]): string =>
    `${left}${widths.map((w) => (line ?? '').repeat(w + 2)).join(cross)}${right}`;
  const fit = (text: string, width: number): string => {
    const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
    const w = displayWidth(plain);
    if (w > width) {
      const cut = truncate(plain, width);
      return cut + ' '.repeat(width - displayWidth(cut));
    }
    return text + ' '.repeat(width - w);
  };
  const out = [rule(RULES.top)];
  const block = (cells: readonly string[]): void => {
    const lines = cells.map((cell) => cell.split('\n'));
    const height = Math.max(1, ...lines.map((l) => l.length));
    for (let k = 0; k < height; k++) {
      out.push(`│${lines.map((l, i) => ` ${fit(l[k] ?? '', widths[i] ?? 0)} `).join('│')}│`);
    }
  };
  block(head);
  for (const row of rows) {
    out.push(rule(RULES.middle));
    block(row);
  }
  out.push(rule(RULES.bottom));
  return out.join('\n');
}

/** Below this many columns a bordered table cannot stay readable: print records instead. */
export const NARROW = 40;

/**
 * The narrow-terminal form of a table: each row as `Header: value` lines,
 * wrapped to the width, rows separated by a blank line; no borders to garble.
 */
function renderRecords(
  view: View,
  columns: readonly Column[],
  rows: readonly Readonly<Record<string, string>>[],
  opts: TableOptions,
): string {
  const c = opts.color;
  const width = Math.max(10, opts.width);
  const blocks = rows.map((r, index) => {
    const lines: string[] = [];
    const record = columns.length === 2 && columns[0]?.key === 'field';
    if (record) {
      for (const line of wrapText(`${r.field ?? ''}:`, width)) lines.push(c.bold(line));
      for (const line of wrapText(printable(r.value ?? ''), width - 2)) lines.push(`  ${line}`);
      return lines.join('\n');
    }
    for (const col of columns) {
      const value = printable(r[col.key] ?? '');
      if (value === '') continue;
      lines.push(c.bold(`${col.header}:`));
      const styled = (text: string): string => (view.emphasis ? view.emphasis(col.key, text, c, index) : text);
      for (const line of wrapText(value, width - 2)) lines.push(`  ${styled(line)}`);
    }
    return lines.join('\n');
  });
  const separator = columns.length === 2 && columns[0]?.key === 'field' ? '\n' : '\n\n';
  let out = blocks.length > 0 ? `${blocks.join(separator)}\n` : '';
  out += notesText(view, width);
  for (const section of view.sections ?? []) out += `\n${renderTable(section, opts)}`;
  return out;
}

/** The lines printed after a table, wrapped to the terminal's width. */
function notesText(view: View, width: number): string {
  return (view.notes ?? []).map((note) => `${wrapText(printable(note), Math.max(10, width)).join('\n')}\n`).join('');
}

/** Control characters (and bidi overrides) would move the cursor, ring the bell or reorder the line: show them as U+FFFD. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

function renderTable(view: View, opts: TableOptions): string {
  const c = opts.color;
  const grid = view.table;
  const vertical = grid.layout === 'vertical';
  const columns: readonly Column[] = vertical
    ? [
        { key: 'field', header: opts.fieldHeader, min: 8 },
        { key: 'value', header: opts.valueHeader, min: 12, prose: true },
      ]
    : grid.columns;
  const rows: readonly Readonly<Record<string, string>>[] = vertical
    ? grid.columns
        .map((col) => ({ field: col.header, value: grid.rows[0]?.[col.key] ?? '', key: col.key }))
        .filter((r) => r.value !== '')
    : grid.rows;
  const natural = columns.map((col) =>
    Math.max(
      displayWidth(col.header),
      ...rows.map((r) => Math.max(0, ...(r[col.key] ?? '').split('\n').map(displayWidth))),
    ),
  );
  const words = columns.map((col) =>
    Math.max(
      0,
      ...rows.map((r) => Math.max(0, ...(r[col.key] ?? '').split('\n').flatMap(breakPieces).map((p) => displayWidth(p.text)))),
    ),
  );
  const mins = columns.map((col, i) => Math.min(col.min ?? 6, natural[i] ?? 6));
  const widths = fitWidths(natural, words, mins, opts.width, columns.map((col) => col.prose === true));
  const total = widths.reduce((a, b) => a + b, 0) + widths.length * 3 + 1;
  if (opts.width < NARROW || total > opts.width) return renderRecords(view, columns, rows, opts);
  // Cells are wrapped here (at spaces, or inside a word too long for its
  // column, as CJK text often is), so drawing only pads them.
  const head = columns.map((col, i) => c.bold(wrapText(col.header, widths[i] ?? 4).join('\n')));
  const body = rows.map((r, index) => {
    const rowKey = r.key;
    return columns.map((col, i) => {
      const value = wrapText(printable(r[col.key] ?? ''), widths[i] ?? 4).join('\n');
      const key = vertical ? (col.key === 'value' ? (rowKey ?? '') : '') : col.key;
      return view.emphasis && key !== '' ? view.emphasis(key, value, c, vertical ? 0 : index) : value;
    });
  });
  let out = rows.length > 0 || !view.notes ? `${drawTable(head, body, widths)}\n` : '';
  out += notesText(view, opts.width);
  for (const section of view.sections ?? []) out += `\n${renderTable(section, opts)}`;
  return out;
}
