/**
 * Text from a pack or its source, made safe for a terminal: every character
 * that would act instead of being shown is written as an escape.
 *
 * Which characters: the C0 controls (U+0000–U+001F), DEL (U+007F), the C1
 * controls (U+0080–U+009F, among them CSI U+009B, which a terminal may read
 * as `ESC [`), and the bidirectional formatting characters (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), which reorder the rest of a line so that
 * text reads other than it is. Nothing else is changed: letters, marks and
 * symbols of every script stay as they are.
 *
 * How: ESC as `\e`; tab, carriage return and line feed as `\t`, `\r`, `\n`;
 * any other C0 or C1 control and DEL as `\xHH`; a bidi character as
 * `\uHHHH` (lowercase hex). A backslash is left alone: people read these
 * escapes, and the machine formats that must be unambiguous (TSV) escape
 * the backslash first.
 *
 * Every place pakt writes text it did not write itself goes through here:
 * table cells, the records layout, notes, charts and their keys, SVG, CSV
 * and TSV fields, the `pakt: error:` lines and stderr notes. pakt's own
 * colour codes are added after it, so the terminal receives no escape
 * sequence but pakt's.
 */

/** The characters {@link visible} escapes (with line feed; see `keepLines`). */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, without line feed. */
const ACTIVE_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Whether a text holds any of them (a test, so text without them is returned as it is). */
const ANY_ACTIVE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The escape that shows one active character. */
function escapeOf(ch: string): string {
  switch (ch) {
    case '\u001b':
      return '\\e';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\n':
      return '\\n';
  }
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
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
  return text.replace(keepLines ? ACTIVE_BUT_LF : ACTIVE, escapeOf);
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
  const points = Array.from(value.slice(0, ECHO_MAX * 2));
  return points.length <= ECHO_MAX ? value : `${points.slice(0, ECHO_MAX - 1).join('')}…`;
}

/**
 * Code points whose escape in JSON text keeps the same value: C1 controls,
 * DEL and bidi formatting characters, which `JSON.stringify` leaves raw (it
 * escapes C0 controls itself).
 */
const JSON_RAW = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text (from `JSON.stringify`) with the C1 controls, DEL and bidi
 * formatting characters written as `\uXXXX`: the same JSON value, and
 * nothing a terminal acts on. Outside strings JSON holds none of them, so
 * every one replaced is inside a string, where `\uXXXX` is its escape.
 */
export function visibleJson(json: string): string {
  return json.replace(JSON_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
