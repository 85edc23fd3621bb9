/** Characters at each position an index of a text is keyed by. */
const KEY = 8;

/** Questions about one text answered by scanning it before it is indexed. */
const MANY = 64;

/** Texts shorter than this are always scanned: an index would cost more than it saves. */
const LONG = 4096;

/**
 * Where quotes occur verbatim in one text (a paragraph of a pack's source),
 * for many quotes of the same text. The first questions are answered by
 * scanning it (`indexOf`); once a long text has been asked about many
 * times, it is indexed by the {@link KEY} characters that start at each
 * position (and, for a quote shorter than that, once per such length, by
 * the pieces of the quote's length), so that each further quote costs its
 * length and the positions of its rarest piece rather than the length of
 * the text. A paragraph of 20,000 sentences, each quoted, is then read a
 * few times, not 20,000 times. Whether a quote occurs is remembered, so a
 * quote cited many times is looked for once.
 */
export class Occurrences {
  private asked = 0;
  /** Positions of each piece of the text, by the pieces' length (made on first use: most texts are short and never indexed). */
  private indexes: Map<number, Map<string, number[]>> | undefined;
  /** Whether each quote asked about occurs, for a long text (a short one is scanned again: a pack has one finder a paragraph). */
  private found: Map<string, boolean> | undefined;
  /** The quote {@link nextAt} was last asked about and its rarest piece (`undefined`: the text is scanned). */
  private last: { quote: string; piece: { starts: readonly number[]; offset: number } | undefined } | undefined;

  constructor(readonly text: string) {}

  /** Whether `quote` occurs in the text (an empty quote never does). */
  has(quote: string): boolean {
    if (quote === '') return false;
    if (this.text.length < LONG) return this.text.includes(quote);
    this.found ??= new Map();
    let found = this.found.get(quote);
    if (found === undefined) {
      const piece = this.rarest(quote);
      // The first candidate that holds the quote ends the search: in a text that repeats
      // itself, the rarest piece can be everywhere, and so can the quote.
      found = piece === undefined ? this.text.includes(quote) : piece.starts.some((at) => at >= piece.offset && this.text.startsWith(quote, at - piece.offset));
      this.found.set(quote, found);
    }
    return found;
  }

  /**
   * The start of the first occurrence of `quote` (overlapping ones too) at
   * or after `from`, or -1 when there is none (always for an empty quote).
   * Indexed, it is a binary search among the positions of the quote's
   * rarest piece, then a look at each candidate from there until one holds
   * the quote; so a walk that asks for the next occurrence where it can
   * matter jumps over the occurrences in between instead of listing them.
   * The quote last asked about keeps its rarest piece: a walk asks about one
   * quote many times in a row.
   */
  nextAt(quote: string, from: number): number {
    if (quote === '') return -1;
    if (this.last?.quote !== quote) this.last = { quote, piece: this.rarest(quote) };
    const piece = this.last.piece;
    if (piece === undefined) return this.text.indexOf(quote, from);
    const { starts, offset } = piece;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! - offset < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < starts.length; k++) {
      const at = starts[k]! - offset;
      if (at >= 0 && this.text.startsWith(quote, at)) return at;
    }
    return -1;
  }

  /**
   * From the index, the positions of the quote's rarest piece of
   * {@link KEY} characters (the quote itself when shorter) and the piece's
   * offset in the quote: the quote can start only `offset` before one of
   * them (quotes that share their first words, `Satz 12 …` and `Satz 120
   * …`, differ in some piece); `undefined` when the text is scanned instead.
   */
  private rarest(quote: string): { starts: readonly number[]; offset: number } | undefined {
    if (this.text.length < LONG) return undefined;
    const length = Math.min(quote.length, KEY);
    let index = this.indexes?.get(length);
    if (!index) {
      if (this.indexes === undefined && ++this.asked <= MANY) return undefined;
      this.indexes ??= new Map();
      this.indexes.set(length, (index = this.build(length)));
    }
    let starts: readonly number[] | undefined;
    let offset = 0;
    for (let j = 0; j + length <= quote.length; j++) {
      const at = index.get(quote.slice(j, j + length));
      if (at === undefined) return { starts: [], offset: 0 };
      if (starts === undefined || at.length < starts.length) {
        starts = at;
        offset = j;
      }
    }
    return { starts: starts ?? [], offset };
  }

  /** The positions of each piece of `length` characters of the text. */
  private build(length: number): Map<string, number[]> {
    const index = new Map<string, number[]>();
    for (let at = 0; at + length <= this.text.length; at++) {
      const key = this.text.slice(at, at + length);
      const list = index.get(key);
      if (list) list.push(at);
      else index.set(key, [at]);
    }
    return index;
  }
}

/**
 * The finder of each paragraph of a source (numbered from 1), made on first
 * use: every quote of a paragraph is looked for through the same one, so a
 * paragraph quoted many times is indexed once.
 */
export function occurrencesIn(paragraphs: readonly string[]): (paragraph: number) => Occurrences {
  const finders = new Map<number, Occurrences>();
  return (paragraph) => {
    let finder = finders.get(paragraph);
    if (!finder) finders.set(paragraph, (finder = new Occurrences(paragraphs[paragraph - 1] ?? '')));
    return finder;
  };
}

/**
 * The first of `spans[from, to)` — a paragraph's sentences, in order and
 * not overlapping, as offsets into it — that ends after `at` (`to` when
 * none does): binary search, so a quote finds the sentences it overlaps in
 * the time of its own length.
 */
function firstEndingAfter(spans: readonly { readonly end: number }[], at: number, from = 0, to = spans.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each of `spans[from, to)` — a paragraph's sentences, in order and not
 * overlapping, as offsets into it — that some occurrence of `quote` in
 * `finder`'s text overlaps, once, in order: `each(i, first, nextAt)` gets
 * its position, the start of the first occurrence that overlaps it (every
 * other one starts later), and the quote's `finder.nextAt` for questions of
 * its own (it remembers its last answer, so asking again where the walk
 * already asked costs nothing).
 *
 * The walk does not list the occurrences: from one, it takes the sentences
 * that one overlaps, then asks for the first occurrence that can reach the
 * next sentence (that starts at most the quote's length less one before
 * it), skipping every occurrence in between, which overlaps only sentences
 * already taken. Each question passes a sentence, so a quote costs a
 * question for each sentence it overlaps (or space between sentences it
 * lies in), however often it occurs: a quote found at every position of a
 * paragraph of one sentence costs two.
 */
export function forEachOverlapped(
  finder: Occurrences,
  quote: string,
  spans: readonly { readonly start: number; readonly end: number }[],
  each: (i: number, first: number, nextAt: (at: number) => number) => void,
  from = 0,
  to = spans.length,
): void {
  const length = quote.length;
  if (length === 0 || from >= to) return;
  // No occurrence starts in [asked, answer) (none at all from `asked` on when `answer` is -1).
  let asked = Infinity;
  let answer = -1;
  const nextAt = (at: number): number => {
    if (at < asked || (answer >= 0 && at > answer)) {
      asked = at;
      answer = finder.nextAt(quote, at);
    }
    return answer;
  };
  let k = from;
  // `k`: the first sentence no occurrence before `at` reaches, so `at` is the first occurrence that overlaps it or any after it.
  for (let at = nextAt(spans[k]!.start - length + 1); at >= 0; at = nextAt(spans[k]!.start - length + 1)) {
    const end = at + length;
    for (k = firstEndingAfter(spans, at, k, to); k < to && spans[k]!.start < end; k++) each(k, at, nextAt);
    if (k >= to) return;
  }
}

/** Quotes that {@link containedInAnother} compares each with each (a property test holds both ways to the definition). */
const FEW = 8;

/**
 * For each of `quotes` (distinct strings), whether another of them contains
 * it: `out[i]` is true iff some `quotes[j]` with `j !== i` includes
 * `quotes[i]` (so the empty quote is contained in any other, and a single
 * quote in none).
 *
 * The quotes of one paragraph are read where they stand in it (`paragraph`
 * gives its finder, asked for only past {@link FEW} quotes): each quote at
 * its first occurrence; a quote it does not hold, and every quote when none
 * is given, stands by itself after it. A quote is contained in a
 * longer one iff it occurs somewhere inside the longer one's place, and any
 * occurrence of the longer one will do, since each holds the same text. So
 * only the text the places cover is read: the places that overlap are
 * joined, each joined piece is followed by a separator of its own (no
 * occurrence runs over the end of a piece), and a suffix array of that text
 * groups each quote's occurrences next to its own place in sorted order
 * (the suffixes that share at least the quote's length with it). The quote
 * is contained iff one of them lies inside the place of a longer quote,
 * which is known for each position from the places alone (`reach`, below).
 * The groups are found for all quotes at once, from the longest quote down,
 * by joining neighbours in sorted order (union–find) as the length falls.
 *
 * Cost (past {@link FEW} quotes): with n the length of the covered text
 * (at most the paragraph's, and at most the quotes' total length), a suffix
 * array by prefix doubling (one linear round per doubling up to the
 * longest repeated run of symbols: O(n log n)), its longest common prefixes
 * (Kasai, O(n)), and near-linear work for the groups; finding the places
 * costs what finding the quotes costs `validate`. Thousands of quotes that
 * are prefixes of each other read the text of the longest once.
 *
 * The suffix array is pakt's own because the maintained JavaScript one,
 * mnemonist's `GeneralizedSuffixArray` (0.40.8), mis-sorts suffixes that
 * run to the end of the text (`aaaaaaa` gives 6,5,3,0,2,4,1; upstream
 * mnemonist issue #226, and tixxit/suffixarray issue #1, which its code
 * follows), and this answer rests on the order; the property tests of
 * `containedInAnother` fail with it.
 *
 * @throws Error when two quotes are equal (each would count as containing the other).
 */
export function containedInAnother(quotes: readonly string[], paragraph?: () => Occurrences): boolean[] {
  if (quotes.length < 2) return quotes.map(() => false);
  if (new Set(quotes).size !== quotes.length) throw new Error('containedInAnother: the quotes must be distinct');
  // A paragraph's quotes are usually few: comparing each with each is then cheaper than the array.
  if (quotes.length <= FEW) return quotes.map((q, i) => quotes.some((o, j) => j !== i && o.includes(q)));
  // Each quote's place: its first occurrence in the paragraph, or -1 when it stands by itself.
  const finder = paragraph?.();
  const at = quotes.map((q) => (q === '' || finder === undefined ? -1 : finder.nextAt(q, 0)));
  // The pieces of text to read: the places in the paragraph, in order, joined where they overlap,
  // then each quote that stands by itself. `members`: the quotes placed in the piece.
  const pieces: { text: string; from: number; to: number; members: number[] }[] = [];
  const placed = quotes.map((_, i) => i).filter((i) => at[i]! >= 0);
  placed.sort((x, y) => at[x]! - at[y]!);
  for (const i of placed) {
    const last = pieces[pieces.length - 1];
    const end = at[i]! + quotes[i]!.length;
    if (last && at[i]! <= last.to) {
      last.to = Math.max(last.to, end);
      last.members.push(i);
    } else pieces.push({ text: finder!.text, from: at[i]!, to: end, members: [i] });
  }
  quotes.forEach((q, i) => {
    if (q !== '' && at[i]! < 0) {
      at[i] = 0;
      pieces.push({ text: q, from: 0, to: q.length, members: [i] });
    }
  });
  // Symbols: each code unit by a number of its own (in the order first met: any order of the
  // symbols groups the suffixes that share a prefix), then one separator per piece.
  // `codes[unit]`: the symbol of a UTF-16 code unit, plus one (0: not met).
  const codes = new Int32Array(0x10000);
  let alphabet = 0;
  let n = 0;
  for (const p of pieces) {
    n += p.to - p.from + 1;
    for (let j = p.from; j < p.to; j++) {
      const unit = p.text.charCodeAt(j);
      if (codes[unit] === 0) codes[unit] = ++alphabet;
    }
  }
  const symbols = new Int32Array(n);
  // Where each quote starts among the symbols, and the farthest end of a place that starts at each symbol.
  const start = new Int32Array(quotes.length);
  const farthest = new Int32Array(n).fill(-1);
  let next = 0;
  pieces.forEach((p, k) => {
    const offset = next - p.from;
    for (let j = p.from; j < p.to; j++) symbols[next++] = codes[p.text.charCodeAt(j)]! - 1;
    symbols[next++] = alphabet + k;
    for (const i of p.members) {
      start[i] = at[i]! + offset;
      farthest[start[i]!] = Math.max(farthest[start[i]!]!, start[i]! + quotes[i]!.length);
    }
  });
  // reach[p]: the longest quote occurring at p that lies inside the place of a longer quote is
  // as long as reach[p] (negative: none). A place [s, e) holds an occurrence [p, p + L) of a shorter
  // quote iff s <= p and e >= p + L with e - s > L: that is, s = p and e >= p + L + 1, or s < p and e >= p + L.
  const reach = new Int32Array(n);
  let before = -1;
  for (let p = 0; p < n; p++) {
    const upTo = Math.max(before, farthest[p]!);
    reach[p] = Math.max(upTo - p - 1, before - p);
    before = upTo;
  }
  const { order, rank } = suffixArray(symbols, alphabet + pieces.length);
  const common = commonPrefixes(symbols, order, rank);
  // Union–find over ranks; each group keeps the greatest reach of its members.
  const parent = new Int32Array(n);
  const best = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    parent[r] = r;
    best[r] = reach[order[r]!]!;
  }
  const root = (r: number): number => {
    while (parent[r] !== r) r = parent[r] = parent[parent[r]!]!;
    return r;
  };
  // The neighbours in sorted order, by the length they share, longest first (a counting sort).
  const byShared = new Int32Array(n + 1);
  for (let r = 1; r < n; r++) byShared[common[r]!]!++;
  for (let c = n - 1; c >= 0; c--) byShared[c]! += byShared[c + 1]!;
  const pairs = new Int32Array(Math.max(n - 1, 0));
  for (let r = n - 1; r >= 1; r--) pairs[--byShared[common[r]!]!] = r;
  const longestFirst = quotes.map((_, i) => i).sort((x, y) => quotes[y]!.length - quotes[x]!.length);
  const out = quotes.map((q) => q === '');
  let joined = 0;
  for (const i of longestFirst) {
    const length = quotes[i]!.length;
    if (length === 0) continue;
    for (; joined < pairs.length && common[pairs[joined]!]! >= length; joined++) {
      const a = root(pairs[joined]! - 1);
      const b = root(pairs[joined]!);
      if (a !== b) {
        parent[a] = b;
        best[b] = Math.max(best[a]!, best[b]!);
      }
    }
    out[i] = best[root(rank[start[i]!]!)]! >= length;
  }
  return out;
}

/**
 * The suffix array of `symbols` — `order[r]` is the start of the `r`-th
 * smallest suffix, `rank` its inverse — by induced sorting (SA-IS; Nong,
 * Zhang and Chan, "Two Efficient Algorithms for Linear Time Suffix Array
 * Construction", IEEE Trans. Computers 60(10), 2011), in time and memory
 * linear in the number of symbols, whatever repeats they hold. The symbols
 * are below `alphabet`.
 */
function suffixArray(symbols: Int32Array, alphabet: number): { order: Int32Array; rank: Int32Array } {
  const n = symbols.length;
  // SA-IS wants a last symbol smaller than all others: each symbol is raised by one and 0 appended.
  const s = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) s[i] = symbols[i]! + 1;
  const order = induced(s, alphabet + 1).subarray(1);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return { order, rank };
}

/**
 * SA-IS proper: the suffix array of `s`, whose last symbol is its only 0
 * and whose symbols are below `alphabet`. A suffix is S-type when it is
 * smaller than the one after it, else L-type; an S-type suffix after an
 * L-type one is leftmost-S (LMS). Sorting the LMS substrings by induction
 * names them; when the names are not all different, the string of names is
 * sorted the same way, recursively (it is at most half as long). The sorted
 * LMS suffixes then induce the order of all the others.
 */
function induced(s: Int32Array, alphabet: number): Int32Array {
  const n = s.length;
  const sa = new Int32Array(n);
  const sType = new Uint8Array(n);
  sType[n - 1] = 1;
  for (let i = n - 2; i >= 0; i--) sType[i] = s[i]! < s[i + 1]! || (s[i] === s[i + 1] && sType[i + 1] === 1) ? 1 : 0;
  const lms = (i: number): boolean => i > 0 && sType[i] === 1 && sType[i - 1] === 0;
  const counts = new Int32Array(alphabet);
  for (let i = 0; i < n; i++) counts[s[i]!]!++;
  const bucket = new Int32Array(alphabet);
  const starts = (): Int32Array => {
    for (let c = 0, sum = 0; c < alphabet; c++) {
      bucket[c] = sum;
      sum += counts[c]!;
    }
    return bucket;
  };
  const ends = (): Int32Array => {
    for (let c = 0, sum = 0; c < alphabet; c++) {
      sum += counts[c]!;
      bucket[c] = sum;
    }
    return bucket;
  };
  // From LMS suffixes at the ends of their buckets, in some order: the L-type ones from left to right, the S-type ones from right to left.
  const induce = (): void => {
    let b = starts();
    for (let i = 0; i < n; i++) {
      const j = sa[i]! - 1;
      if (j >= 0 && sType[j] === 0) sa[b[s[j]!]!++] = j;
    }
    b = ends();
    for (let i = n - 1; i >= 0; i--) {
      const j = sa[i]! - 1;
      if (j >= 0 && sType[j] === 1) sa[--b[s[j]!]!] = j;
    }
  };

  // Sort the LMS substrings.
  sa.fill(-1);
  let b = ends();
  for (let i = 1; i < n; i++) if (lms(i)) sa[--b[s[i]!]!] = i;
  induce();
  // The sorted LMS positions to the front; each named by its substring (equal substrings, equal names), by position / 2.
  let count = 0;
  for (let i = 0; i < n; i++) if (lms(sa[i]!)) sa[count++] = sa[i]!;
  sa.fill(-1, count);
  let names = 0;
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const at = sa[i]!;
    let differs = false;
    for (let d = 0; ; d++) {
      if (previous < 0 || s[at + d] !== s[previous + d] || sType[at + d] !== sType[previous + d]) {
        differs = true;
        break;
      }
      if (d > 0 && (lms(at + d) || lms(previous + d))) break;
    }
    if (differs) {
      names++;
      previous = at;
    }
    sa[count + (at >> 1)] = names - 1;
  }
  // The names in text order, then the order of the LMS suffixes: directly when the names differ, else by recursion.
  const reduced = new Int32Array(count);
  for (let i = n - 1, j = count - 1; i >= count; i--) if (sa[i]! >= 0) reduced[j--] = sa[i]!;
  let sorted: Int32Array;
  if (names < count) sorted = induced(reduced, names);
  else {
    sorted = new Int32Array(count);
    for (let i = 0; i < count; i++) sorted[reduced[i]!] = i;
  }
  // From the sorted LMS suffixes (as indexes into the LMS positions) to the whole order.
  const positions = new Int32Array(count);
  for (let i = 1, j = 0; i < n; i++) if (lms(i)) positions[j++] = i;
  sa.fill(-1);
  b = ends();
  for (let i = count - 1; i >= 0; i--) {
    const at = positions[sorted[i]!]!;
    sa[--b[s[at]!]!] = at;
  }
  induce();
  return sa;
}

/**
 * `common[r]`: how many symbols the `r`-th smallest suffix shares with the
 * one before it (0 for the first, and at `n`, past the last). Kasai's
 * algorithm: going from a suffix to the one a symbol shorter loses at most
 * one shared symbol, so the comparisons add up to O(n).
 */
function commonPrefixes(symbols: Int32Array, order: Int32Array, rank: Int32Array): Int32Array {
  const n = symbols.length;
  const common = new Int32Array(n + 1);
  let h = 0;
  for (let i = 0; i < n; i++) {
    const r = rank[i]!;
    if (r === 0) {
      h = 0;
      continue;
    }
    const j = order[r - 1]!;
    while (i + h < n && j + h < n && symbols[i + h] === symbols[j + h]) h++;
    common[r] = h;
    if (h > 0) h--;
  }
  return common;
}
