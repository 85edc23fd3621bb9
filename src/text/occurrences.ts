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
 * times, it is indexed once by the {@link KEY} characters that start at
 * each position, so that each further quote costs its length and the
 * positions of its rarest piece rather than the length of the text. A paragraph of 20,000
 * sentences, each quoted, is then read a few times, not 20,000 times.
 */
export class Occurrences {
  private asked = 0;
  private index: Map<string, number[]> | undefined;

  constructor(readonly text: string) {}

  /** Whether `quote` occurs in the text (an empty quote never does). */
  has(quote: string): boolean {
    if (quote === '') return false;
    const starts = this.candidates(quote);
    return starts === undefined ? this.text.includes(quote) : starts.some((at) => this.text.startsWith(quote, at));
  }

  /** The start offsets of every occurrence of `quote` (overlapping ones too), ascending; none for an empty quote. */
  all(quote: string): number[] {
    if (quote === '') return [];
    const starts = this.candidates(quote);
    if (starts !== undefined) return starts.filter((at) => this.text.startsWith(quote, at));
    const out: number[] = [];
    for (let at = this.text.indexOf(quote); at >= 0; at = this.text.indexOf(quote, at + 1)) out.push(at);
    return out;
  }

  /**
   * The positions where `quote` may start, from the index: those of the
   * quote's rarest {@link KEY}-character piece, moved back by its offset in
   * the quote (quotes that share their first words, `Satz 12 …` and
   * `Satz 120 …`, differ in some piece); `undefined` when the text is scanned instead.
   */
  private candidates(quote: string): readonly number[] | undefined {
    if (quote.length < KEY || this.text.length < LONG) return undefined;
    if (!this.index && ++this.asked <= MANY) return undefined;
    this.index ??= this.build();
    let rarest: readonly number[] | undefined;
    let offset = 0;
    for (let j = 0; j + KEY <= quote.length; j++) {
      const at = this.index.get(quote.slice(j, j + KEY));
      if (at === undefined) return [];
      if (rarest === undefined || at.length < rarest.length) {
        rarest = at;
        offset = j;
      }
    }
    return (rarest ?? []).map((at) => at - offset).filter((at) => at >= 0);
  }

  private build(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    for (let at = 0; at + KEY <= this.text.length; at++) {
      const key = this.text.slice(at, at + KEY);
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
