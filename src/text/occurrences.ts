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
export function firstEndingAfter(spans: readonly { readonly end: number }[], at: number, from = 0, to = spans.length): number {
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
 * The idea: join the quotes, each followed by a separator of its own, a
 * symbol no quote holds, so that no occurrence of a quote runs over the end
 * of a slot. A quote occurs in its own slot exactly once (at its start: the
 * slot is as long as the quote), so it occurs anywhere else in the joined
 * symbols iff another quote contains it. The suffixes that start with a
 * quote are adjacent in sorted order, so it occurs elsewhere iff its own
 * suffix shares at least the quote's length with a neighbour in that order.
 *
 * Cost (past {@link FEW} quotes): with n the total length of the quotes, a suffix array by prefix
 * doubling (one linear round per doubling up to the longest repeated run
 * of symbols: O(n log n)) and its longest common prefixes (Kasai, O(n)).
 * No quote is compared with another, so no set of quotes costs more: one
 * that occurs everywhere, quotes that are prefixes of each other, or one
 * that holds all the others.
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
export function containedInAnother(quotes: readonly string[]): boolean[] {
  if (quotes.length < 2) return quotes.map(() => false);
  if (new Set(quotes).size !== quotes.length) throw new Error('containedInAnother: the quotes must be distinct');
  // A paragraph's quotes are usually few: comparing each with each is then cheaper than the array.
  if (quotes.length <= FEW) return quotes.map((q, i) => quotes.some((o, j) => j !== i && o.includes(q)));
  // Symbols: each code unit by a number of its own (in the order first met: any order of the
  // symbols groups the suffixes that share a prefix), then one separator per quote.
  const codes = new Map<number, number>();
  let n = 0;
  for (const q of quotes) {
    n += q.length + 1;
    for (let j = 0; j < q.length; j++) if (!codes.has(q.charCodeAt(j))) codes.set(q.charCodeAt(j), codes.size);
  }
  const symbols = new Int32Array(n);
  const starts = new Int32Array(quotes.length);
  let at = 0;
  quotes.forEach((q, i) => {
    starts[i] = at;
    for (let j = 0; j < q.length; j++) symbols[at++] = codes.get(q.charCodeAt(j))!;
    symbols[at++] = codes.size + i;
  });
  const { order, rank } = suffixArray(symbols, codes.size + quotes.length);
  const common = commonPrefixes(symbols, order, rank);
  return quotes.map((q, i) => {
    const r = rank[starts[i]!]!;
    // `common[r]` is shared with the suffix before, `common[r + 1]` with the one after (0 past the last).
    return q === '' || common[r]! >= q.length || common[r + 1]! >= q.length;
  });
}

/**
 * The suffix array of `symbols` — `order[r]` is the start of the `r`-th
 * smallest suffix, `rank` its inverse — by prefix doubling: suffixes
 * sorted by their first `k` symbols are sorted by their first `2k` with two
 * counting sorts, until every rank differs. The symbols are below
 * `alphabet`; the suffixes must be distinct (a symbol that occurs once, at
 * the end, makes them so).
 */
function suffixArray(symbols: Int32Array, alphabet: number): { order: Int32Array; rank: Int32Array } {
  const n = symbols.length;
  const order = new Int32Array(n);
  let rank = new Int32Array(n);
  let next = new Int32Array(n);
  // Round 0: by the first symbol, a counting sort.
  const count = new Int32Array(Math.max(n, alphabet));
  for (let i = 0; i < n; i++) count[symbols[i]!]!++;
  for (let c = 1; c < alphabet; c++) count[c]! += count[c - 1]!;
  for (let i = n - 1; i >= 0; i--) order[--count[symbols[i]!]!] = i;
  let classes = 0;
  for (let r = 0; r < n; r++) {
    if (r > 0 && symbols[order[r]!] !== symbols[order[r - 1]!]) classes++;
    rank[order[r]!] = classes;
  }
  classes++;
  for (let k = 1; classes < n; k *= 2) {
    // By the second half (the rank at i + k; none sorts first), then stably by the first half.
    let p = 0;
    for (let i = Math.max(0, n - k); i < n; i++) next[p++] = i;
    for (let r = 0; r < n; r++) if (order[r]! >= k) next[p++] = order[r]! - k;
    count.fill(0, 0, classes);
    for (let i = 0; i < n; i++) count[rank[i]!]!++;
    for (let c = 1; c < classes; c++) count[c]! += count[c - 1]!;
    for (let j = n - 1; j >= 0; j--) order[--count[rank[next[j]!]!]!] = next[j]!;
    const second = (i: number): number => (i + k < n ? rank[i + k]! : -1);
    next[order[0]!] = 0;
    classes = 1;
    for (let r = 1; r < n; r++) {
      const a = order[r - 1]!;
      const b = order[r]!;
      if (rank[a] !== rank[b] || second(a) !== second(b)) classes++;
      next[b] = classes - 1;
    }
    [rank, next] = [next, rank];
  }
  return { order, rank };
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
