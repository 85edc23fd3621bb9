/**
 * Text folded for matching, with a map back to the original: for each
 * character of `folded`, the index of the original character it came from.
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
  let folded = '';
  const map: number[] = [];
  let i = 0;
  const chars = Array.from(text);
  for (const [k, raw] of chars.entries()) {
    const ch = DASHES.test(raw) ? '-' : raw;
    // An ordinal or date dot (`13.April`, `13. April`) reads as a space: all meet `13 April`.
    if (ch === '.' && /\d/.test(folded[folded.length - 1] ?? '') && !/\d/.test(chars[k + 1] ?? '')) {
      if (!/\s/.test(chars[k + 1] ?? '')) {
        folded += ' ';
        map.push(i);
      }
      i += ch.length;
      continue;
    }
    const lower = ch.toLowerCase();
    const german = umlauts === 'expand' ? GERMAN[lower] : lower === 'ß' || lower === 'ẞ' ? 'ss' : undefined;
    const base = german ?? (lower < '\u0080' ? lower : lower.normalize('NFKD').replace(MARKS, ''));
    const isSpace = ch === ' ' || SPACE.test(ch);
    if (isSpace) {
      const last = folded[folded.length - 1];
      if (folded !== '' && last !== ' ') {
        folded += ' ';
        map.push(i);
      }
    } else {
      for (const out of base) {
        folded += out;
        map.push(i);
      }
    }
    i += ch.length;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}

/** The folded form of a text (see {@link foldWithMap}). */
export function fold(text: string, umlauts: 'expand' | 'strip' = 'expand'): string {
  return foldWithMap(text, umlauts).folded;
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

/**
 * The candidates closest to `input` (folded), best first, within a distance
 * of a third of the input's length (at least 1); names that fold alike are
 * given once; empty when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const key = fold(input);
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const name of candidates) {
    const d = editDistance(key, fold(name));
    if (d <= limit) scored.push({ name, d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name, 'en'));
  const seen = new Set<string>();
  return scored
    .filter((s) => (seen.has(fold(s.name)) ? false : (seen.add(fold(s.name)), true)))
    .map((s) => s.name)
    .slice(0, max);
}
