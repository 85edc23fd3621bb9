/**
 * Text from a pack or its source, made safe for a terminal: every character
 * that would act instead of being shown is written as an escape.
 *
 * Which characters: the C0 controls (U+0000–U+001F), DEL (U+007F), the C1
 * controls (U+0080–U+009F, among them CSI U+009B, which a terminal may read
 * as `ESC [`), the bidirectional formatting characters (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069), which reorder the rest of a line so
 * that text reads other than it is, the line and paragraph separators
 * (U+2028, U+2029), which some terminals and editors take for a line break
 * that a table or a TSV row does not expect, and the noncharacters U+FFFE and U+FFFF,
 * which XML (the SVG) does not allow. Nothing else is changed: letters,
 * marks and symbols of every script stay as they are.
 *
 * How: ESC as `\e`; tab, carriage return and line feed as `\t`, `\r`, `\n`;
 * any other C0 or C1 control and DEL as `\xHH`; a bidi character, a
 * separator or a noncharacter as `\uHHHH` (lowercase hex). A backslash is left alone: people read these
 * escapes, and the machine formats that must be unambiguous (TSV) escape
 * the backslash first.
 *
 * Every place pakt writes text it did not write itself goes through here:
 * table cells, the records layout, notes, charts and their keys, SVG, CSV
 * and TSV fields, the `pakt: error:` lines and stderr notes. pakt's own
 * colour codes are added after it, so the terminal receives no escape
 * sequence but pakt's.
 */

/** Whether a text holds any of the characters {@link visible} escapes (a test, so text without them is returned as it is). */
const ANY_ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/;

/** Whether {@link visible} escapes the UTF-16 code unit `code` (the class of {@link ANY_ACTIVE}). */
function isActive(code: number): boolean {
  if (code < 0x0600) return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
  return (
    code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x2028 && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0xfffe || code === 0xffff
  );
}

/** The escape that shows one active code unit. */
function escapeOf(code: number): string {
  switch (code) {
    case 0x1b:
      return '\\e';
    case 0x09:
      return '\\t';
    case 0x0d:
      return '\\r';
    case 0x0a:
      return '\\n';
  }
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Escapes already made, by code unit: a text may hold millions of one control. */
const escapes = new Map<number, string>();

/** The escape {@link visible} writes for a code unit, or `undefined` for one it leaves alone. */
function activeEscape(code: number): string | undefined {
  if (!isActive(code)) return undefined;
  let escape = escapes.get(code);
  if (escape === undefined) escapes.set(code, (escape = escapeOf(code)));
  return escape;
}

/**
 * Text assembled from many pieces, joined a few thousand at a time: one
 * array of a hundred million pieces is more than V8 can hold (a fatal
 * error, not an exception).
 */
class Pieces {
  private readonly chunks: string[] = [];
  private pieces: string[] = [];

  add(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length >= 4096) {
      this.chunks.push(this.pieces.join(''));
      this.pieces = [];
    }
  }

  join(): string {
    this.chunks.push(this.pieces.join(''));
    this.pieces = [];
    return this.chunks.join('');
  }
}

/**
 * `text` with each code unit for which `replacement` gives a string
 * replaced by it, in one pass: the text between replacements is kept as
 * slices. A `replace` with a function, or a `split`, first collects every
 * match or piece in one array, and a text of a hundred million of them is
 * more than V8 can hold (a fatal error, not an exception).
 */
export function replaceEach(text: string, replacement: (code: number) => string | undefined): string {
  const out = new Pieces();
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const instead = replacement(text.charCodeAt(i));
    if (instead === undefined) continue;
    if (i > from) out.add(text.slice(from, i));
    out.add(instead);
    from = i + 1;
  }
  if (from === 0) return text;
  if (from < text.length) out.add(text.slice(from));
  return out.join();
}

/**
 * What `text.replace(pattern, replacer)` gives for a global `pattern`,
 * in one pass that keeps no match once it is replaced (see
 * {@link replaceEach} for why). Matches are found as `replace` finds them:
 * left to right, each search starting where the last match ended (one
 * code unit further after an empty match); `replacer` receives the matched
 * text only.
 */
export function replaceMatches(text: string, pattern: RegExp, replacer: (match: string) => string): string {
  const search = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out = new Pieces();
  let from = 0;
  let found = false;
  for (let match = search.exec(text); match !== null; match = search.exec(text)) {
    if (match[0] === '') throw new Error(`replaceMatches: /${pattern.source}/ matched an empty text`);
    found = true;
    if (match.index > from) out.add(text.slice(from, match.index));
    out.add(replacer(match[0]));
    from = search.lastIndex;
  }
  if (!found) return text;
  if (from < text.length) out.add(text.slice(from));
  return out.join();
}

/**
 * Text with every control, DEL and bidi formatting character shown as an
 * escape (see the module comment for which and how).
 *
 * @param keepLines - keep line feeds as line breaks (a table cell, a note
 *   that wraps); otherwise they become `\n` too. A carriage return is always
 *   escaped: it would move the cursor back over the line.
 * @returns the text unchanged (the same string) when it holds none of them.
 */
export function visible(text: string, keepLines = false): string {
  if (!ANY_ACTIVE.test(text)) return text;
  return replaceEach(text, keepLines ? (code) => (code === 0x0a ? undefined : activeEscape(code)) : activeEscape);
}

/**
 * {@link visible} (line feeds escaped too) with each backslash doubled
 * first, in the same pass: TSV's escaping, where every escape reads back
 * to one text.
 */
export function visibleWithBackslashes(text: string): string {
  // Most text holds neither: the two tests cost less than a pass that replaces nothing.
  if (!text.includes('\\') && !ANY_ACTIVE.test(text)) return text;
  return replaceEach(text, (code) => (code === 0x5c ? '\\\\' : activeEscape(code)));
}

/**
 * How many characters (code points) a text has, as a person counts them: a
 * character outside the Basic Multilingual Plane (an emoji, `😀`) is one,
 * though it is two UTF-16 code units. A lone surrogate counts as one.
 */
export function characters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Longest part of a typed value an error message quotes, in code points. */
export const ECHO_MAX = 60;

/**
 * A value the user typed (or a pack holds), as an error message quotes it:
 * cut to {@link ECHO_MAX} code points with `…` so that a 50,000-character
 * argument makes a readable line. Controls are left to {@link visible},
 * which the error line applies to the whole message.
 */
export function echo(value: string): string {
  if (value.length <= ECHO_MAX) return value;
  // Two code units at most per code point: past 2 × ECHO_MAX units there are
  // more than ECHO_MAX code points (a slice of exactly 2 × ECHO_MAX units of
  // astral characters, 🇯🇵 repeated, would count as short and keep it all).
  const points = Array.from(value.slice(0, ECHO_MAX * 2 + 2));
  return points.length <= ECHO_MAX ? value : `${points.slice(0, ECHO_MAX - 1).join('')}…`;
}

/** Longest file path an error message quotes whole, in code points. */
export const PATH_ECHO_MAX = 200;

/**
 * A file path as an error message quotes it: whole up to
 * {@link PATH_ECHO_MAX} code points, else its beginning and its end (the
 * file's name) around `…` — a `--facts` of 50,000 characters makes a
 * readable line. Controls are left to {@link visible}, as with {@link echo}.
 */
export function echoPath(path: string): string {
  if (path.length <= PATH_ECHO_MAX) return path;
  const points = Array.from(path);
  if (points.length <= PATH_ECHO_MAX) return path;
  const half = Math.floor(PATH_ECHO_MAX / 2);
  return `${points.slice(0, half - 1).join('')}…${points.slice(-half).join('')}`;
}

/** Longest error message written, in code points, after controls became escapes: a last bound for any message that quotes a value whole. */
export const LINE_MAX = 1000;

/** An error line's text cut to {@link LINE_MAX} code points with `…`. */
export function capLine(text: string): string {
  if (text.length <= LINE_MAX) return text;
  const points = Array.from(text.slice(0, LINE_MAX * 2 + 2));
  return points.length <= LINE_MAX ? text : `${points.slice(0, LINE_MAX - 1).join('')}…`;
}

/**
 * Code units whose escape in JSON text keeps the same value: C1 controls,
 * DEL and bidi formatting characters, which `JSON.stringify` leaves raw, and
 * the C0 controls but tab, line feed and carriage return, which it escapes
 * itself (but a writer of Turtle may not: see {@link visibleJson}).
 */
const JSON_RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/;

/**
 * JSON text (from `JSON.stringify`) with the C0 controls (but tab, line
 * feed and carriage return, which only stand between its tokens), the C1
 * controls, DEL, bidi formatting characters, line and paragraph separators
 * and the noncharacters U+FFFE and U+FFFF written as `\uXXXX`: the same JSON
 * value, and nothing a terminal acts on. Outside strings JSON holds none of
 * them, so every one replaced is inside a string, where `\uXXXX` is its
 * escape. The same holds for Turtle and N-Triples as N3.js writes them:
 * these characters occur only in their strings and IRIs, where `\uXXXX`
 * (UCHAR) is the character too. (N3.js's Turtle escapes the C0 controls up
 * to U+0019 only, and leaves U+001A–U+001F, ESC among them, raw.)
 */
export function visibleJson(json: string): string {
  if (!JSON_RAW.test(json)) return json;
  return replaceEach(json, (code) =>
    (code >= 0x7f && isActive(code)) || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ? `\\u${code.toString(16).padStart(4, '0')}` : undefined,
  );
}
