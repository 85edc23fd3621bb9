/**
 * Text folded for matching, with a map back to the original: for each
 * UTF-16 code unit of `folded` (the unit offsets `indexOf` gives), the
 * offset of the original character it came from.
 */
export interface Folded {
  readonly folded: string;
  readonly map: readonly number[];
}

const MARKS = /\p{M}/gu;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /\s/u;

const GERMAN: Readonly<Record<string, string>> = { ß: 'ss', ẞ: 'ss', ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Folds text for matching so that case, diacritics and German spelling
 * variants do not count: `Molotow`/`MOLOTOW`; `Außenminister`/`Aussenminister`;
 * `ä/ö/ü` like `ae/oe/ue`; other accents dropped (`Mandžukuo` → `mandzukuo`).
 * Runs of whitespace become one space; a full stop after a number reads as
 * a space, so `13. April`, `13.April` and `13 April` meet; dashes (`–`,
 * `—`, `‐`) read as `-`. Leading and trailing whitespace is dropped.
 * `umlauts: 'strip'` folds `ä/ö/ü` like `a/o/u` instead (for people who type
 * `Kundigung`).
 */
export function foldWithMap(text: string, umlauts: 'expand' | 'strip' = 'expand'): Folded {
  if (/^[\u0021-\u002d\u002f-\u007e]*$/.test(text)) {
    // Printable ASCII without spaces or full stops: folding is lower-casing, one to one.
    return { folded: text.toLowerCase(), map: Array.from(text, (_, i) => i) };
  }
  return foldText(text, umlauts, true);
}

/** Whether a code unit is ASCII whitespace (what `\s` matches below U+0080: tab to carriage return, space). */
const asciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The folding of {@link foldWithMap}, one code point at a time. An ASCII
 * character is folded by its code (ASCII has no dashes to unify, no
 * umlauts, no marks), any other one by the rules in full: searching a large
 * pack folds hundreds of thousands of texts, most of them ASCII for the
 * most part.
 *
 * @param withMap - build the map back to the original (else it is empty).
 * @param stop - stop once the map has more than this many entries: the
 *   entries before it are final (only a trailing space is ever taken back),
 *   and the folded text is then a prefix.
 */
function foldText(text: string, umlauts: 'expand' | 'strip', withMap: boolean, stop = Infinity): Folded {
  const map: number[] = [];
  const folded = new CodeUnits();
  // The last code unit pushed (-1 before any).
  let last = -1;
  const n = text.length;
  const lastIsDigit = (): boolean => last >= 48 && last <= 57;
  const push = (out: string, at: number): void => {
    for (let k = 0; k < out.length; k++) folded.push(out.charCodeAt(k));
    last = out.charCodeAt(out.length - 1);
    // One entry per code unit of `out`: offsets into the folded text (from indexOf) count code units.
    if (withMap) for (let k = out.length; k > 0; k--) map.push(at);
  };
  /** Length in code units of the code point at `at` (0 past the end). */
  const width = (at: number): number => {
    if (at >= n) return 0;
    const c = text.charCodeAt(at);
    if (c >= 0xd800 && c <= 0xdbff && at + 1 < n) {
      const d = text.charCodeAt(at + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 2;
    }
    return 1;
  };
  for (let i = 0; i < n && map.length <= stop; ) {
    const c = text.charCodeAt(i);
    const len = width(i);
    const next = i + len < n ? text.charCodeAt(i + len) : -1;
    // An ordinal or date dot (`13.April`, `13. April`) reads as a space: all meet `13 April`.
    if (c === 46 && lastIsDigit() && !(next >= 48 && next <= 57)) {
      const nextSpace = next !== -1 && (next < 0x80 ? asciiSpace(next) : SPACE.test(text.slice(i + len, i + len + width(i + len))));
      if (!nextSpace) push(' ', i);
      i += len;
      continue;
    }
    if (c < 0x80) {
      if (asciiSpace(c)) {
        if (last !== -1 && last !== 32) push(' ', i);
      } else {
        push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]!, i);
      }
      i += 1;
      continue;
    }
    const base = foldChar(text.slice(i, i + len), umlauts);
    if (base === null) {
      if (last !== -1 && last !== 32) push(' ', i);
    } else {
      for (const out of base) push(out, i);
    }
    i += len;
  }
  if (last === 32) {
    folded.pop();
    if (withMap) map.pop();
  }
  return { folded: folded.text(), map };
}

/**
 * A growing run of UTF-16 code units, two bytes each, read out once as a
 * string. Appending to a string a character at a time keeps every step as
 * a cons node until the string is read: some 30 bytes a character, and
 * over a second for a text of millions. The buffer is shared (folding does
 * not nest) and kept once grown.
 */
class CodeUnits {
  private static buffer = new Uint16Array(256);
  /** Code units handed to `String.fromCharCode` at a time (an argument list, bounded by the stack). */
  private static readonly CHUNK = 4096;
  private length = 0;

  push(unit: number): void {
    if (this.length === CodeUnits.buffer.length) {
      const grown = new Uint16Array(this.length * 2);
      grown.set(CodeUnits.buffer);
      CodeUnits.buffer = grown;
    }
    CodeUnits.buffer[this.length++] = unit;
  }

  pop(): void {
    this.length--;
  }

  text(): string {
    const { buffer, CHUNK } = CodeUnits;
    if (this.length <= CHUNK) return String.fromCharCode.apply(null, buffer.subarray(0, this.length) as unknown as number[]);
    const parts: string[] = [];
    for (let at = 0; at < this.length; at += CHUNK) parts.push(String.fromCharCode.apply(null, buffer.subarray(at, Math.min(at + CHUNK, this.length)) as unknown as number[]));
    return parts.join('');
  }
}

/** Most code points {@link foldChar} keeps for each way of folding umlauts before it starts again. */
const REMEMBERED_CHARS = 1 << 14;

/** Folded non-ASCII code points, by the way umlauts are folded. */
const foldedChars: Readonly<Record<'expand' | 'strip', Map<string, string | null>>> = { expand: new Map(), strip: new Map() };

/**
 * How {@link foldText} folds one non-ASCII code point: `null` for
 * whitespace, else its text (a dash as `-`, lower case, umlauts expanded
 * or stripped, other marks dropped). Remembered: a text of a million CJK
 * characters holds a few thousand, and each costs a normalization.
 */
function foldChar(raw: string, umlauts: 'expand' | 'strip'): string | null {
  const memo = foldedChars[umlauts];
  let out = memo.get(raw);
  if (out === undefined) {
    const ch = DASHES.test(raw) ? '-' : raw;
    const lower = ch.toLowerCase();
    const german = umlauts === 'expand' ? GERMAN[lower] : lower === 'ß' || lower === 'ẞ' ? 'ss' : undefined;
    out = SPACE.test(ch) ? null : (german ?? (lower < '\u0080' ? lower : lower.normalize('NFKD').replace(MARKS, '')));
    if (memo.size >= REMEMBERED_CHARS) memo.clear();
    memo.set(raw, out);
  }
  return out;
}

const ASCII = /^[\u0000-\u007f]*$/;
const ASCII_SPACES = /[\t-\r ]+/g;
/** Whitespace that folding changes: other than single spaces between words. */
const ODD_SPACE = /[\t-\r]| {2}|^ | $/;
/**
 * What, in ASCII text, makes a folded offset differ from the original one:
 * whitespace folding drops or changes, and a full stop after a number
 * (dropped before whitespace). Text without it folds one to one.
 */
const CHANGES_OFFSETS = /[\t-\r]| {2}|^ |\d\./;

/**
 * {@link fold} for ASCII text, a rule at a time over the whole string: the
 * same rules as {@link foldText}, which for ASCII reduce to lower-casing, the
 * full stop after a number, and whitespace. Judging each full stop by its
 * neighbours in the original is what foldText does: a full stop it changes
 * follows a digit, so it is never another full stop's neighbour on the left.
 */
function foldAscii(text: string): string {
  let s = text.toLowerCase();
  let dot = s.indexOf('.');
  if (dot >= 0) {
    // A full stop after a digit and before no digit reads as a space.
    // Each is judged by its neighbours in the original, as foldText does.
    let out = '';
    let from = 0;
    for (; dot >= 0; dot = s.indexOf('.', dot + 1)) {
      const before = dot > 0 ? s.charCodeAt(dot - 1) : -1;
      const after = dot + 1 < s.length ? s.charCodeAt(dot + 1) : -1;
      if (before < 48 || before > 57 || (after >= 48 && after <= 57)) continue;
      // Before whitespace, or last (where its space would be trimmed), it leaves nothing.
      out += after === -1 || asciiSpace(after) ? s.slice(from, dot) : `${s.slice(from, dot)} `;
      from = dot + 1;
    }
    if (from > 0) s = out + s.slice(from);
  }
  if (!ODD_SPACE.test(s)) return s;
  s = s.replace(ASCII_SPACES, ' ');
  if (s.charCodeAt(0) === 32) s = s.slice(1);
  if (s.charCodeAt(s.length - 1) === 32) s = s.slice(0, -1);
  return s;
}

/** The folded form of a text (see {@link foldWithMap}). */
export function fold(text: string, umlauts: 'expand' | 'strip' = 'expand'): string {
  return ASCII.test(text) ? foldAscii(text) : foldText(text, umlauts, false).folded;
}

/** Whether the two umlaut foldings of a text can differ (it holds a letter `expand` and `strip` fold apart). */
export function hasUmlaut(text: string): boolean {
  return UMLAUTS.test(text);
}

/** ä ö ü Ä Ö Ü, escaped: the bundle is ASCII (see scripts/build.mjs). */
const UMLAUTS = /[\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc]/;

/**
 * The span of `text` that the folded span `[from, to)` of `fold(text,
 * umlauts)` came from, as `[start, end)` offsets into `text` (what
 * {@link foldWithMap}'s map gives, without building it). `to` must be
 * greater than `from`.
 */
export function originalSpan(text: string, umlauts: 'expand' | 'strip', from: number, to: number): [number, number] {
  if (!ASCII.test(text)) {
    // The map up to the span's end is all it needs.
    const { map } = foldText(text, umlauts, true, to);
    const start = map[from] ?? 0;
    const last = map[to - 1] ?? start;
    return [start, last + (text.codePointAt(last)! > 0xffff ? 2 : 1)];
  }
  // Up to the span's end, folding may only have lower-cased: then the offsets are the same.
  if (!CHANGES_OFFSETS.test(text.slice(0, to))) return [from, to];
  // foldText's walk over ASCII, counting folded characters instead of building them.
  let j = 0;
  let last = -1;
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let out: number;
    if (c === 46 && last >= 48 && last <= 57) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next >= 48 && next <= 57) out = c;
      else if (next !== -1 && asciiSpace(next)) continue;
      else out = 32;
    } else if (asciiSpace(c)) {
      if (j === 0 || last === 32) continue;
      out = 32;
    } else {
      out = c >= 65 && c <= 90 ? c + 32 : c;
    }
    if (j === from) start = i;
    if (j === to - 1) return [start, i + 1];
    j++;
    last = out;
  }
  return [start, n];
}

/**
 * Levenshtein distance between two strings (for "did you mean …?").
 * Classic dynamic programme, O(|a|·|b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Longest input {@link closest} looks for names near (longer inputs have none). */
export const CLOSEST_MAX = 100;

/**
 * The candidates closest to `input` (folded), best first, within a distance
 * of a third of the input's length (at least 1); names that fold alike are
 * given once; empty when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  // The distance costs the product of the lengths: a name longer than any
  // real one (a pasted paragraph, a 50,000-character argument) is near none.
  if (input.length > CLOSEST_MAX) return [];
  const key = fold(input);
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const name of candidates) {
    const folded = fold(name);
    // The distance is at least the difference of the lengths: most names are too long or short to be near.
    if (Math.abs(folded.length - key.length) > limit) continue;
    const d = editDistance(key, folded);
    if (d <= limit) scored.push({ name, d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name, 'en'));
  const seen = new Set<string>();
  return scored
    .filter((s) => (seen.has(fold(s.name)) ? false : (seen.add(fold(s.name)), true)))
    .map((s) => s.name)
    .slice(0, max);
}

/** `text` as a regular expression that matches it literally (its special characters escaped). */
export function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
