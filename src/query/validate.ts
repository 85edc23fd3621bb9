import { say } from '../errors';
import { type Lang, messages } from '../i18n';
import { inspectPack } from '../pack/load';
import { type Sentence, splitSentences } from '../pack/sentences';
import type { Pack } from '../pack/types';

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
function spans(paragraph: string, quote: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = paragraph.indexOf(quote); at >= 0 && quote !== ''; at = paragraph.indexOf(quote, at + 1)) {
    out.push([at, at + quote.length]);
  }
  return out;
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
 * Checks a pack file (schema, references, quotes, derived dates) and measures
 * how much of its source text the evidence cites.
 *
 * @throws PackError when the file cannot be read or is not JSON.
 */
export function validate(file: string, lang: Lang): ValidateResult {
  const inspection = inspectPack(file);
  const index = inspection.index;
  const problems = inspection.problems.map((p) => ({ pointer: p.pointer, message: say(p.message, messages[lang]) }));
  if (!index) return { ok: false, file, problems, coverage: null };
  const paragraphs = index.paragraphs;
  const sentences = splitSentences(paragraphs);
  const cited = citedQuotes(index.pack);
  const excused = index.pack.excused ?? [];
  let nCited = 0;
  let nExcused = 0;
  const uncited: { paragraph: number; text: string }[] = [];
  for (const s of sentences) {
    const p = paragraphs[s.paragraph - 1] ?? '';
    const hit = (list: readonly { quote: string; paragraph: number }[]): boolean =>
      list.some((q) => q.paragraph === s.paragraph && spans(p, q.quote).some((sp) => covers(s, sp)));
    if (hit(cited)) nCited++;
    else if (hit(excused)) nExcused++;
    else uncited.push({ paragraph: s.paragraph, text: s.text });
  }
  return {
    ok: problems.length === 0,
    file,
    problems,
    coverage: { sentences: sentences.length, cited: nCited, excused: nExcused, uncited },
  };
}
