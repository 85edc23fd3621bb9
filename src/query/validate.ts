import { say } from '../errors';
import { type Lang, messages } from '../i18n';
import { inspectPack } from '../pack/load';
import { checkSentenceRoom } from '../pack/room';
import { type Sentence, splitSentences } from '../pack/sentences';
import type { Pack } from '../pack/types';
import { echoPath } from '../text/visible';
import { forEachOverlapped, type Occurrences } from '../text/occurrences';

/** The answer of `validate` (CONTRACT.md). */
export interface ValidateResult {
  readonly ok: boolean;
  readonly file: string;
  /** Every problem, its message said in the asked language. */
  readonly problems: readonly { readonly pointer: string; readonly message: string }[];
  /** A check stopped listing (PROBLEMS_MAX): the last problem says so, and there may be more. */
  readonly stopped: boolean;
  readonly coverage: {
    readonly sentences: number;
    readonly cited: number;
    readonly excused: number;
    /** Sentences neither cited nor excused. */
    readonly uncited: readonly { readonly paragraph: number; readonly text: string }[];
  } | null;
}

/**
 * Share of a sentence a quote must cover for the sentence to count as cited,
 * unless the quote lies wholly inside it and is at least MIN_INSIDE long.
 */
const MIN_SHARE = 0.5;
const MIN_INSIDE = 15;

/**
 * The starts `[lo, hi]` (empty when `lo > hi`) at which a quote of `length`
 * characters covers sentence `s`: overlaps at least {@link MIN_SHARE} of it,
 * or lies wholly inside it and is at least {@link MIN_INSIDE} long. The
 * overlap grows, stays and shrinks as the start moves right, so the share
 * holds on one interval, and the starts inside the sentence are one
 * interval, within the first whenever a quote can cover the share at all.
 */
function coveringStarts(s: Sentence, length: number): [number, number] {
  // The overlap is a whole number of characters, and never 0.
  const share = Math.max(1, Math.ceil(MIN_SHARE * (s.end - s.start)));
  if (length >= share) return [s.start + share - length, s.end - share];
  if (length >= MIN_INSIDE) return [s.start, s.end - length];
  return [1, 0];
}

/** All quotes that cite facts in a pack: evidence everywhere, not `excused`. */
function citedQuotes(pack: Pack): { quote: string; paragraph: number }[] {
  return [
    ...pack.entities.flatMap((e) => e.evidence ?? []),
    ...pack.events.flatMap((e) => e.evidence),
    ...(pack.derived ?? []).flatMap((e) => e.evidence),
    ...pack.statements.flatMap((s) => s.evidence),
    ...pack.status.term.evidence,
  ];
}

/**
 * Which sentences the quotes cover (1) and which not (0), by position in
 * `sentences` (in paragraph order, as {@link splitSentences} gives them):
 * a sentence is covered when one occurrence of a quote of its paragraph
 * covers it (see {@link coveringStarts}). Each distinct quote of a
 * paragraph walks the sentences it overlaps ({@link forEachOverlapped}),
 * and decides each one not yet covered with at most one question for an
 * occurrence among the starts that cover it; so the cost grows with the
 * distinct quotes and the sentences they overlap, not with how often a
 * quote occurs, nor with every sentence for every quote.
 */
export function coveredSentences(
  sentences: readonly Sentence[],
  finder: (paragraph: number) => Occurrences,
  quotes: readonly { quote: string; paragraph: number }[],
): Uint8Array {
  const covered = new Uint8Array(sentences.length);
  // A quote cited twice in one paragraph covers the same sentences: it is walked once.
  const distinct = new Map<number, Set<string>>();
  for (const q of quotes) {
    let set = distinct.get(q.paragraph);
    if (!set) distinct.set(q.paragraph, (set = new Set()));
    set.add(q.quote);
  }
  // The positions of the sentences of each paragraph a quote cites: [first, end). A source may have millions of
  // paragraphs that none cites.
  const range = new Map<number, [number, number]>();
  sentences.forEach((s, i) => {
    if (!distinct.has(s.paragraph)) return;
    const r = range.get(s.paragraph);
    if (r) r[1] = i + 1;
    else range.set(s.paragraph, [i, i + 1]);
  });
  for (const [paragraph, [from, to]] of range) {
    const set = distinct.get(paragraph)!;
    for (const quote of set) {
      forEachOverlapped(finder(paragraph), quote, sentences, (i, first, nextAt) => {
        if (covered[i] === 1) return;
        const [lo, hi] = coveringStarts(sentences[i]!, quote.length);
        // `first` is the first occurrence over sentence i: a later one is asked for only when `first` starts too early.
        if (lo > hi || first > hi) return;
        const at = first >= lo ? first : nextAt(lo);
        if (at >= 0 && at <= hi) covered[i] = 1;
      }, from, to);
    }
  }
  return covered;
}

/**
 * Checks a pack file (schema, references, quotes, derived dates) and measures
 * how much of its source text the evidence cites.
 *
 * @throws PackError when the file cannot be read, is not JSON, or its source's sentences would not fit in the heap.
 */
export function validate(file: string, lang: Lang): ValidateResult {
  const inspection = inspectPack(file);
  const index = inspection.index;
  // A pointer holds the pack's keys, of any length: one over 200 characters is cut like a path, keeping its end.
  const problems = inspection.problems.map((p) => ({ pointer: echoPath(p.pointer), message: say(p.message, messages[lang]) }));
  const stopped = inspection.problems[inspection.problems.length - 1]?.stopped === true;
  if (!index) return { ok: false, file, problems, stopped, coverage: null };
  checkSentenceRoom(index.paragraphs, index.file);
  const sentences = splitSentences(index.paragraphs);
  const cited = coveredSentences(sentences, index.occurrences, citedQuotes(index.pack));
  const excused = coveredSentences(sentences, index.occurrences, index.pack.excused ?? []);
  let nCited = 0;
  let nExcused = 0;
  const uncited: { paragraph: number; text: string }[] = [];
  sentences.forEach((s, i) => {
    if (cited[i] === 1) nCited++;
    else if (excused[i] === 1) nExcused++;
    else uncited.push({ paragraph: s.paragraph, text: s.text });
  });
  return {
    ok: problems.length === 0,
    file,
    problems,
    stopped,
    coverage: { sentences: sentences.length, cited: nCited, excused: nExcused, uncited },
  };
}
