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
  /** Positions of each piece of the text, by the pieces' length. */
  private readonly indexes = new Map<number, Map<string, number[]>>();
  private readonly found = new Map<string, boolean>();

  constructor(readonly text: string) {}

  /** Whether `quote` occurs in the text (an empty quote never does). */
  has(quote: string): boolean {
    if (quote === '') return false;
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

  /** The start offsets of every occurrence of `quote` (overlapping ones too), ascending; none for an empty quote. */
  all(quote: string): number[] {
    if (quote === '') return [];
    const piece = this.rarest(quote);
    if (piece !== undefined) return piece.starts.map((at) => at - piece.offset).filter((at) => at >= 0 && this.text.startsWith(quote, at));
    const out: number[] = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) out.push(at);
    return out;
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
    let index = this.indexes.get(length);
    if (!index) {
      if (this.indexes.size === 0 && ++this.asked <= MANY) return undefined;
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
