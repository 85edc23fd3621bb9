import type { Colorizer } from './color';
import { MARKS, type Marks } from './marks';
import { type ColumnKind, fitColumns, measureColumn } from './fit';
import { drawTableBlocks, rowUnitsAtLeast } from './table';
import { displayWidth, truncate, wrapText } from './width';
import { replaceEach, visible, visibleJson, visibleWithBackslashes } from '../text/visible';
import { answerTooLong, room } from '../pack/room';

/**
 * The output formats of an answer: JSON and NDJSON of its data, CSV and TSV
 * of its flat rows, and the terminal table (assembled here: headers, wrapped
 * and shortened cells, hints and notes below; its widths come from
 * render/fit.ts, its borders from render/table.ts).
 */

/** Output formats of every answer (CONTRACT.md `--format`). */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number];

/** A column of a table. */
export interface Column {
  readonly key: string;
  readonly header: string;
  /** How the column gives way in a narrow table (default `label`; see {@link ColumnKind}). */
  readonly kind?: ColumnKind;
  /**
   * Priority when not every column fits: columns are admitted in ascending
   * rank, and those that no longer fit are left out (named in a hint below
   * the table). Default: the column's position.
   */
  readonly rank?: number;
  /** A `key` column that keeps its width when prose needs room (see {@link fitColumns}). */
  readonly keep?: boolean;
}

/** CSV and TSV of an answer: the header's keys, and each row's values in the same order. */
export interface FlatGrid {
  readonly keys: readonly string[];
  /**
   * Calls `visit` with each row's values, in order. Rows are made as they
   * are visited (a search of a large pack has hundreds of thousands), and
   * the array may be the same for every row: read it during the call.
   */
  eachRow(visit: (values: readonly string[]) => void): void;
}

/** What a terminal table shows: rows of cells by column key, or (`vertical`) one record as field/value pairs. */
export interface TableGrid {
  readonly columns: readonly Column[];
  readonly rows: readonly Readonly<Record<string, string>>[];
  readonly layout?: 'rows' | 'vertical';
}

/** What the table format prints of an answer: its table and what goes below it. */
export interface TableView {
  /** The table, made when asked (once per printing). */
  readonly table: () => TableGrid;
  /** Lines printed after the table. */
  readonly notes?: readonly string[];
  /** The marks the table's cells carry, explained in a key below it. */
  readonly marks?: Marks;
  /**
   * How to see a row's shortened prose whole (`pakt show <id> or --format
   * json`), for the hint below a table that shortened some.
   */
  readonly whole?: string;
  /** Whether a table may shorten this view's prose (default yes; `show`, which shows things whole, does not). */
  readonly shorten?: boolean;
  /** More tables printed below this one, e.g. `show`'s statements. */
  readonly sections?: readonly TableView[];
  /** Styling of table cells by column key and row (index into the table's rows). */
  readonly emphasis?: (key: string, value: string, c: Colorizer, row: number) => string;
}

/**
 * An answer ready to print. One data path: `data` is printed as-is by
 * `json` and `ndjson`; `flat` is the same data as rows of strings for `csv`
 * and `tsv` (ids and machine values, header = keys); `table` is the same
 * again for people (labels in `--lang`, brief evidence). Both grids come
 * from one column spec per view (render/views.ts), and only the one the
 * format prints is made: an answer can hold every fact of a large pack.
 */
export interface View extends TableView {
  readonly data: unknown;
  /** The rows for CSV and TSV, made when asked (once per printing). */
  readonly flat: () => FlatGrid;
}

/** How to print a table. */
export interface TableOptions {
  readonly color: Colorizer;
  /** Terminal width in columns. */
  readonly width: number;
  readonly fieldHeader: string;
  readonly valueHeader: string;
  /** The hint below a table whose prose columns were shortened (their headers, how to see them whole). */
  readonly shortened: (headers: readonly string[], whole: string) => string;
  /** The hint below a table that left columns out for lack of width (their headers). */
  readonly leftOut: (headers: readonly string[]) => string;
  /** How to see shortened prose whole where the view does not say ({@link TableView.whole}). */
  readonly whole: string;
}

/**
 * Renders a view in a format, as pieces of text to write one after another:
 * a table or a list of a million rows is more text than one string may hold.
 * The text always ends with a newline (or is empty).
 */
export function render(view: View, format: Format, table: TableOptions): readonly string[] {
  switch (format) {
    case 'json':
      return json(view.data);
    case 'ndjson':
      return ndjson(view.data);
    case 'csv':
      return delimited(view, ',', csvField);
    case 'tsv':
      return delimited(view, '\t', tsvField);
    case 'table':
      return renderTable(view, table);
  }
}

/**
 * RFC 4180: quote a field holding a comma, quote or line feed; double the
 * quotes. A line feed stays in the quoted field, as RFC 4180 allows; every
 * other control character (a carriage return too, which would move a
 * terminal's cursor) and every bidi formatting character is shown as an
 * escape (`\e`, `\r`, `\t`, `\x07`, `\u202e`: see {@link visible}), which
 * RFC 4180 text cannot hold raw anyway. A backslash is not escaped, so such
 * an escape and the same characters typed in the source read alike: TSV and
 * JSON keep them apart.
 */
export function csvField(value: string): string {
  const shown = visible(value, true);
  return /[",\n]/.test(shown) ? `"${replaceEach(shown, (code) => (code === 0x22 ? '""' : undefined))}"` : shown;
}

/**
 * TSV (IANA text/tab-separated-values): escape backslash, tab, CR and LF
 * (`\\`, `\t`, `\r`, `\n`), and show every other control and bidi
 * formatting character as an escape too (`\e`, `\x07`, `\u202e`: see
 * {@link visible}). With the backslash escaped first, every escape reads back
 * to exactly one text.
 */
export function tsvField(value: string): string {
  return visibleWithBackslashes(value);
}

function delimited(view: View, sep: string, field: (v: string) => string): string[] {
  const grid = view.flat();
  const end = sep === ',' ? '\r\n' : '\n';
  const out = new TextPieces();
  out.add(`${grid.keys.map(field).join(sep)}${end}`);
  grid.eachRow((values) => {
    let line = field(values[0] ?? '');
    for (let k = 1; k < values.length; k++) line += sep + field(values[k] ?? '');
    out.add(`${line}${end}`);
  });
  return out.end();
}

/**
 * JSON text of an answer as `JSON.stringify(data, null, 2)` writes it, plus
 * a line feed, with what a terminal acts on escaped ({@link visibleJson}),
 * made a part at a time ({@link addJson}): an answer longer than one string
 * can hold is written as long as each part fits, and no part is held twice.
 */
function json(data: unknown): string[] {
  const out = new TextPieces();
  addJson(out, data, 0);
  out.add('\n');
  return out.end();
}

/** Whether JSON.stringify writes a value as its own properties: an object made by a literal or JSON.parse, without toJSON. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Values JSON.stringify leaves out of an object (and writes as `null` in an array). */
function unwritten(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Elements past which an array deeper in an answer is written an element at a time (see {@link addJson}). */
const LONG_ARRAY = 64;

/**
 * Adds `value`'s JSON text as `JSON.stringify(value, null, 2)` writes it at
 * nesting `depth` (each line after its first indented by two spaces a
 * level), in parts: the answer's own properties or elements (depth 0), the
 * properties of an object among its properties (depth 1, such as
 * `validate`'s coverage), the elements of an array among them (depth 1,
 * such as `show`'s statements), and the elements of an array of more than
 * {@link LONG_ARRAY} down to depth 3 (such as the sentences no evidence
 * cites in `validate`'s coverage) each on their own, with the text `before`
 * it (the separator and key) as one part; anything else in one
 * {@link TextPieces.stringify}. JSON text holds a line feed only between
 * tokens (in a string it is `\n`), so indenting after each one is exact.
 * With `pretty` false, the text is `JSON.stringify(value)`'s, in the same
 * parts.
 *
 * @param property - whether `value` is a property's value (not an element of an array).
 */
function addJson(out: TextPieces, value: unknown, depth: number, before = '', property = false, pretty = true): void {
  const inner = pretty ? '\n' + '  '.repeat(depth + 1) : '';
  const close = pretty ? '\n' + '  '.repeat(depth) : '';
  if (Array.isArray(value) && value.length > 0 && (depth <= 1 || (depth <= 3 && value.length > LONG_ARRAY))) {
    value.forEach((element: unknown, i) => addJson(out, unwritten(element) ? null : element, depth + 1, i === 0 ? `${before}[${inner}` : `,${inner}`, false, pretty));
    out.add(`${close}]`);
    return;
  }
  if (isPlainObject(value) && (depth === 0 || (depth === 1 && property))) {
    const keys = Object.keys(value).filter((k) => !unwritten(value[k]));
    if (keys.length > 0) {
      const colon = pretty ? ': ' : ':';
      keys.forEach((key, i) => addJson(out, value[key], depth + 1, `${i === 0 ? `${before}{${inner}` : `,${inner}`}${visibleJson(JSON.stringify(key))}${colon}`, true, pretty));
      out.add(`${close}}`);
      return;
    }
  }
  const text = visibleJson(out.stringify(value, pretty ? 2 : undefined));
  out.add(before + (depth === 0 || !pretty ? text : text.replace(/\n/g, close)));
}

/** NDJSON of an answer: each element of an array (or the one value) as a line of JSON. */
function ndjson(data: unknown): string[] {
  const out = new TextPieces();
  // An answer of one object is one line, written in parts as its JSON is ({@link addJson}); an answer's rows are small.
  if (Array.isArray(data)) for (const d of data as unknown[]) out.add(`${visibleJson(out.stringify(d))}\n`);
  else {
    addJson(out, data, 0, '', false, false);
    out.add('\n');
  }
  return out.end();
}

/** About how long a piece of {@link TextPieces} grows before the next is started, in UTF-16 code units. */
const PIECE_UNITS = 1 << 20;

/**
 * The most heap bytes an answer's text takes in {@link TextPieces}: at most
 * {@link ANSWER_BYTES_MOST}, and a quarter of the heap's room when the first
 * long one is made (the rest is
 * for the work of each part, the copy of a piece as it is joined, and V8's
 * own collection). The room counts garbage V8 has not yet collected as
 * used, so it is less than the heap truly has. Past it, the answer is
 * refused as a text too long to hold (a small pack can ask for gigabytes:
 * a set of dates in the JSON of each of thousands of rows).
 */
let answerBytes: number | undefined;
function answerBytesMax(): number {
  answerBytes ??= Math.min(ANSWER_BYTES_MOST, Math.floor(room() / 4));
  return answerBytes;
}
/**
 * The most heap bytes of any answer, whatever the heap: a pack within the
 * schema's lengths can still repeat a date of 10 KB in each of tens of
 * thousands of rows, and an answer is held whole before it is written
 * (about twice its size at its peak). The timeline JSON of 100,000 events
 * is 51 MB.
 */
const ANSWER_BYTES_MOST = 128 * 2 ** 20;
/** Code units of an answer that any heap holds, so that the heap is not asked. */
const SURELY_HELD = 4 * 2 ** 20;
/** The bound in code units {@link boundedAnswers} sets, while it runs. */
let answerBound = Infinity;
/** A character V8 keeps in two bytes: a string holding one is two bytes a code unit, else one. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * Runs `f` with every answer it renders bounded to `units` UTF-16 code
 * units (at least {@link SURELY_HELD}): past it, an answer is refused as too
 * long, as one the heap cannot hold is. `pakt ask` reads its command's JSON
 * to say it in a sentence, and an answer of thousands of rows is one to
 * read with the command itself.
 */
export function boundedAnswers<T>(units: number, f: () => T): T {
  const outer = answerBound;
  answerBound = Math.min(outer, Math.max(units, SURELY_HELD));
  try {
    return f();
  } finally {
    answerBound = outer;
  }
}

/**
 * A long text built from parts in order, kept as pieces of about a
 * megabyte or a thousand parts each, never cutting a part: an answer of
 * a million rows, or of rows of hundreds of kilobytes, is more text than
 * one string may hold, and a part is garbage soon after it is added
 * rather than kept twice until the end.
 *
 * @throws RangeError "Invalid string length" (what V8 throws for a string
 *   too long, which the CLI says as an answer too long) when the parts pass
 *   {@link answerBytesMax}, or the bound of {@link boundedAnswers}.
 */
class TextPieces {
  private readonly pieces: string[] = [];
  private parts: string[] = [];
  private size = 0;
  private total = 0;
  /** Heap bytes of the parts, counted past {@link SURELY_HELD} units (the parts before it as two bytes a unit). */
  private bytes = 0;

  add(part: string): void {
    this.parts.push(part);
    this.size += part.length;
    this.total += part.length;
    // Any heap holds an answer of a few million units: only a longer one is weighed, and reads the heap's statistics.
    if (this.total > SURELY_HELD) {
      this.bytes = (this.bytes || 2 * (this.total - part.length)) + (WIDE.test(part) ? 2 : 1) * part.length;
      if (this.total > answerBound || this.bytes > answerBytesMax()) throw answerTooLong();
    }
    if (this.parts.length === 1024 || this.size >= PIECE_UNITS) this.flush();
  }

  /**
   * `JSON.stringify(value, null, space)` (`null` for what JSON has no text
   * for), refused before it is built where the answer with it would pass
   * its bound (its units counted as a byte each, the least they take; the
   * text is weighed exactly once it is added): one element may repeat an object many times (a set of
   * thousands of dates in each of thousands of signings), and V8 aborts the
   * process when a text it builds outgrows the heap, before the string's
   * length limit would throw.
   *
   * @throws RangeError "Invalid string length" as {@link TextPieces.add} does.
   */
  stringify(value: unknown, space?: number): string {
    let units = this.total;
    // Counts units the text surely has: a property's quoted key and colon (none for a property left out as
    // undefined), an element's comma or bracket, at least one unit a value, a string's quotes and length.
    function atLeast(this: unknown, key: string, v: unknown): unknown {
      if (v === undefined) return v;
      units += (Array.isArray(this) ? 1 : key.length + 3) + (typeof v === 'string' ? v.length + 2 : 1);
      if (units > SURELY_HELD && (units > answerBound || units > answerBytesMax())) throw answerTooLong();
      return v;
    }
    return JSON.stringify(value, atLeast, space) ?? 'null';
  }

  /**
   * Refuses now an answer that will surely have `units` more code units, of
   * `bytesPerUnit` heap bytes each (2 for text holding a character past
   * U+00FF, as every table's borders do), and pass {@link ANSWER_BYTES_MOST}
   * or the bound of {@link boundedAnswers}: a table of a million rows is
   * refused before it is drawn. The heap's room is not read here: read
   * early, it counts the garbage of making the answer's rows, which V8
   * collects as it draws.
   *
   * @throws RangeError "Invalid string length" as {@link TextPieces.add} does.
   */
  ahead(units: number, bytesPerUnit: 1 | 2 = 1): void {
    if (this.total + units > answerBound || this.total + units * bytesPerUnit > ANSWER_BYTES_MOST) throw answerTooLong();
  }

  /** The pieces, none empty. */
  end(): string[] {
    this.flush();
    return this.pieces;
  }

  private flush(): void {
    const piece = this.parts.join('');
    if (piece !== '') this.pieces.push(piece);
    this.parts = [];
    this.size = 0;
  }
}

/** Lines of prose a table row shows at least before shortening it with `…`. */
export const PROSE_LINES = 4;
/**
 * The most lines any other cell takes: a table is for reading, and a pack's
 * text may be of any length (the rest is shortened with the hint that shows
 * it whole). It also bounds the work of drawing one cell.
 */
const CELL_LINES = 200;

/** Below this many columns a bordered table cannot stay readable: print records instead. */
export const NARROW = 40;

/**
 * The narrow-terminal form of a table: each row as `Header: value` lines,
 * wrapped to the width, rows separated by a blank line; no borders to garble.
 */
function renderRecords(
  view: TableView,
  columns: readonly Column[],
  rows: readonly Readonly<Record<string, string>>[],
  opts: TableOptions,
): string[] {
  const c = opts.color;
  const width = Math.max(10, opts.width);
  // One record as field/value lines (`show`, a vertical table), or rows each a block, blank lines between.
  const record = columns.length === 2 && columns[0]?.key === 'field';
  const separator = record ? '\n' : '\n\n';
  // Each record is added as it is made, so that an answer too long to hold is refused before the rest is made.
  const joined = new TextPieces();
  rows.forEach((r, index) => {
    const block = recordText(r, index);
    joined.add(index === 0 ? block : `${separator}${block}`);
  });
  if (rows.length > 0) joined.add('\n');
  addNotes(joined, [...(view.notes ?? []), ...(view.marks?.key() ?? [])], width);
  const out = joined.end();
  for (const section of view.sections ?? []) {
    out.push('\n');
    for (const piece of renderTable(section, opts)) out.push(piece);
  }
  return out;

  function recordText(r: Readonly<Record<string, string>>, index: number): string {
    const lines: string[] = [];
    if (record) {
      for (const line of wrapText(`${visible(r.field ?? '', true)}:`, width, Infinity, 'break')) lines.push(c.bold(line));
      for (const line of wrapText(visible(r.value ?? '', true), width - 2, Infinity, 'break')) lines.push(`  ${line}`);
      return lines.join('\n');
    }
    for (const col of columns) {
      const value = visible(r[col.key] ?? '', true);
      if (value === '') continue;
      lines.push(c.bold(`${visible(col.header, true)}:`));
      const styled = (text: string): string => (view.emphasis ? view.emphasis(col.key, text, c, index) : text);
      for (const line of wrapText(value, width - 2, Infinity, 'break')) lines.push(`  ${styled(line)}`);
    }
    return lines.join('\n');
  }
}

/** Adds the lines printed after a table, wrapped to the terminal's width, to its text (there may be millions). */
function addNotes(out: TextPieces, notes: readonly string[], width: number): void {
  // A note is never shortened: a word wider than the terminal is broken across lines, not cut.
  for (const note of notes) out.add(`${wrapText(visible(note, true), Math.max(10, width), Infinity, 'break').join('\n')}\n`);
}

/**
 * Whether wrapping `text` into `lines` lost some of it (a word cut with
 * `…`): line breaks and spaces aside, they differ. A cut leaves a `…`, so
 * lines without one lost nothing.
 */
export function cutInside(text: string, lines: readonly string[]): boolean {
  if (!lines.some((line) => line.includes('…'))) return false;
  // Compared a code unit at a time, not as copies without their spaces: a cell may hold megabytes.
  let i = 0;
  const skipSpaces = (): void => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  for (const line of lines) {
    for (let j = 0; j < line.length; j++) {
      const code = line.charCodeAt(j);
      if (isSpace(code)) continue;
      skipSpaces();
      if (i >= text.length || text.charCodeAt(i) !== code) return true;
      i++;
    }
  }
  skipSpaces();
  return i < text.length;
}

const SPACE = /\s/;
/** Whether a UTF-16 code unit is white space as `\s` reads it (every such character is one code unit). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && SPACE.test(String.fromCharCode(code)));
}

/** A prose cell's lines cut to `max`, the last ending with `…`. */
function shorten(lines: readonly string[], max: number, width: number): string[] {
  const kept = lines.slice(0, max);
  const last = kept[max - 1] ?? '';
  kept[max - 1] = displayWidth(last) < width ? `${last}…` : truncate(`${last}…`, width);
  return kept;
}

function renderTable(view: TableView, opts: TableOptions): string[] {
  const c = opts.color;
  const grid = view.table();
  const vertical = grid.layout === 'vertical';
  const columns: readonly Column[] = vertical
    ? [
        { key: 'field', header: opts.fieldHeader, kind: 'key' },
        { key: 'value', header: opts.valueHeader, kind: 'prose' },
      ]
    : grid.columns;
  const rows: readonly Readonly<Record<string, string>>[] = vertical
    ? grid.columns
        .map((col) => ({ field: col.header, value: grid.rows[0]?.[col.key] ?? '', key: col.key }))
        .filter((r) => r.value !== '')
    : grid.rows;
  if (opts.width < NARROW) return renderRecords(view, columns, rows, opts);
  // A cell as drawn: what a terminal acts on shown as escapes. Made where it is read, not copied into new rows first:
  // a table may have a million rows.
  const cell = (r: Readonly<Record<string, string>>, key: string): string => visible(r[key] ?? '', true);
  const measures = columns.map((col) => measureColumn(col.kind ?? 'label', [col.header, ...rows.map((r) => cell(r, col.key))], col.keep === true));
  const order = columns.map((col, i) => ({ i, rank: col.rank ?? i })).sort((a, b) => a.rank - b.rank).map((x) => x.i);
  const fitted = fitColumns(measures, order, opts.width);
  const shown = columns.map((col, i) => ({ col, i, width: fitted[i] })).filter((x): x is { col: Column; i: number; width: number } => x.width != null);
  // A view that shows things whole (`show`) leaves out no column and breaks no word: where its table cannot, it prints records.
  const whole = view.shorten === false;
  const broken = whole && shown.some(({ i, width }) => (measures[i]?.word ?? 0) > width);
  if (shown.length === 0 || (whole && shown.length < columns.length) || broken) return renderRecords(view, columns, rows, opts);
  const long = whole ? 'break' : 'cut';
  const head = shown.map(({ col, width }) => c.bold(wrapText(visible(col.header, true), width).join('\n')));
  const shortened = new Set<string>();
  // Cells are wrapped here (at spaces, after hyphens, or inside a word too
  // long for its column, as CJK text often is), so drawing only pads them.
  const prose = (k: number): boolean => shown[k]?.col.kind === 'prose' && !vertical && !whole;
  // The key explains only the marks the cells shown hold.
  const marks = new Set<string>();
  const basisMarks = Object.values(MARKS).filter((mark) => mark !== '');
  // The body's rows are made as the table is drawn, a block at a time, and dropped once drawn.
  const row = (r: Readonly<Record<string, string>>, index: number): string[] => {
    const texts = shown.map(({ col }) => cell(r, col.key));
    const fixed = shown.map(({ col, width }, k) => {
      if (prose(k)) return [];
      const lines = wrapText(texts[k] as string, width, whole ? Infinity : CELL_LINES, long);
      if (whole || lines.length <= CELL_LINES) return lines;
      shortened.add(col.header);
      return shorten(lines, CELL_LINES, width);
    });
    const height = Math.max(PROSE_LINES, ...fixed.map((lines) => lines.length));
    const cells = shown.map(({ width }, k) => (prose(k) ? wrapText(texts[k] as string, width, height) : (fixed[k] as string[])));
    return cells.map((lines, k) => {
      const { col, width } = shown[k] as { col: Column; width: number };
      if (prose(k) && lines.length > height) {
        shortened.add(col.header);
        lines = shorten(lines, height, width);
      } else if (!whole && cutInside(texts[k] as string, lines)) {
        // A word wider than its column was cut with `…`: shortened too, and said so.
        shortened.add(col.header);
      }
      const value = lines.join('\n');
      for (const mark of basisMarks) if (value.includes(mark)) marks.add(mark);
      const key = vertical ? (col.key === 'value' ? (r.key ?? '') : '') : col.key;
      return view.emphasis && key !== '' ? view.emphasis(key, value, c, vertical ? 0 : index) : value;
    });
  };
  function* body(): Generator<string[]> {
    for (let index = 0; index < rows.length; index++) yield row(rows[index] as Readonly<Record<string, string>>, index);
  }
  // Each block is weighed as it is drawn: a table too long to hold is refused before the rest is drawn, or
  // before any is, where its rows surely pass the bound (a table's text is two bytes a unit: see rowUnitsAtLeast).
  const drawn = new TextPieces();
  drawn.ahead(rows.length * rowUnitsAtLeast(shown.map((x) => x.width)), 2);
  if (rows.length > 0 || !view.notes) drawTableBlocks(head, body(), shown.map((x) => x.width), undefined, (block) => drawn.add(`${block}\n`));
  const hints: string[] = [];
  if (shortened.size > 0) hints.push(opts.shortened([...shortened], view.whole ?? opts.whole));
  const left = columns.filter((_, i) => fitted[i] == null).map((col) => col.header);
  if (left.length > 0 && rows.length > 0) hints.push(opts.leftOut(left));
  addNotes(drawn, [...hints, ...(view.notes ?? []), ...(view.marks?.key((mark) => marks.has(mark)) ?? [])], opts.width);
  const out = drawn.end();
  for (const section of view.sections ?? []) {
    out.push('\n');
    for (const piece of renderTable(section, opts)) out.push(piece);
  }
  return out;
}
