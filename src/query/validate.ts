import { say } from '../errors';
import { type Lang, messages } from '../i18n';
import { inspectPack } from '../pack/load';
import { type Sentence, splitSentences } from '../pack/sentences';
import type { Pack } from '../pack/types';
import { echoPath } from '../text/visible';
import { firstEndingAfter, type Occurrences, occurrencesIn } from '../text/occurrences';

/** The answer of `validate` (CONTRACT.md). */
export interface ValidateResult {
  readonly ok: boolean;
  readonly file: string;
  /** Every problem, its message said in the asked language. */
  readonly problems: readonly { readonly pointer: string; readonly message: string }[];
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

/** Every `[start, end)` span of a quote within its paragraph. */
function spans(paragraph: Occurrences, quote: string): [number, number][] {
  return paragraph.all(quote).map((at) => [at, at + quote.length]);
}

function covers(s: Sentence, span: [number, number]): boolean {
  const overlap = Math.min(s.end, span[1]) - Math.max(s.start, span[0]);
  if (overlap <= 0) return false;
  const inside = span[0] >= s.start && span[1] <= s.end;
  return overlap >= MIN_SHARE * (s.end - s.start) || (inside && overlap >= MIN_INSIDE);
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
 * `sentences`. Linear in the pack and the source: the quotes are grouped
 * by paragraph, each span found once, and each span compared only with the
 * sentences it overlaps, found by binary search among its paragraph's
 * sentences (disjoint, in order) — not every sentence with every quote.
 */
function coveredSentences(
  sentences: readonly Sentence[],
  paragraphs: readonly string[],
  quotes: readonly { quote: string; paragraph: number }[],
): Uint8Array {
  const covered = new Uint8Array(sentences.length);
  // The positions of each paragraph's sentences: [first, end).
  const first = new Map<number, [number, number]>();
  sentences.forEach((s, i) => {
    const range = first.get(s.paragraph);
    if (range) range[1] = i + 1;
    else first.set(s.paragraph, [i, i + 1]);
  });
  const seen = new Set<string>();
  const finder = occurrencesIn(paragraphs);
  for (const q of quotes) {
    const range = first.get(q.paragraph);
    if (!range) continue;
    // A quote cited twice in one paragraph covers the same sentences: its spans are found once.
    const key = `${q.paragraph}\u0000${q.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const span of spans(finder(q.paragraph), q.quote)) {
      for (let i = firstEndingAfter(sentences, span[0], range[0], range[1]); i < range[1] && sentences[i]!.start < span[1]; i++) {
        if (covered[i] === 0 && covers(sentences[i]!, span)) covered[i] = 1;
      }
    }
  }
  return covered;
}

/**
 * Checks a pack file (schema, references, quotes, derived dates) and measures
 * how much of its source text the evidence cites.
 *
 * @throws PackError when the file cannot be read or is not JSON.
 */
export function validate(file: string, lang: Lang): ValidateResult {
  const inspection = inspectPack(file);
  const index = inspection.index;
  // A pointer holds the pack's keys, of any length: one over 200 characters is cut like a path, keeping its end.
  const problems = inspection.problems.map((p) => ({ pointer: echoPath(p.pointer), message: say(p.message, messages[lang]) }));
  if (!index) return { ok: false, file, problems, coverage: null };
  const paragraphs = index.paragraphs;
  const sentences = splitSentences(paragraphs);
  const cited = coveredSentences(sentences, paragraphs, citedQuotes(index.pack));
  const excused = coveredSentences(sentences, paragraphs, index.pack.excused ?? []);
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
    coverage: { sentences: sentences.length, cited: nCited, excused: nExcused, uncited },
  };
}
