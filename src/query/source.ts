import { NotFoundError, UsageError } from '../errors';
import type { PackIndex } from '../pack/load';
import { splitSentences } from '../pack/sentences';
import type { Evidence, Pack } from '../pack/types';
import type { QueryContext } from './common';
import { echo } from '../text/visible';
import { firstEndingAfter, occurrencesIn } from '../text/occurrences';

/** A sentence of the source with its id (`p7s4`: paragraph 7, sentence 4) and the facts citing it. */
export interface SourceSentence {
  readonly id: string;
  readonly paragraph: number;
  readonly text: string;
  /** Ids of the entities, events, derived events and statements whose evidence quotes it (the term: `status-term`). */
  readonly citedBy: readonly string[];
}

/** The sentences of a pack's source, numbered within each paragraph from 1, as `search` and `validate` name them. */
export function sentencesOf(index: PackIndex): { id: string; paragraph: number; start: number; end: number; text: string }[] {
  const counts = new Map<number, number>();
  return splitSentences(index.paragraphs).map((s) => {
    const n = (counts.get(s.paragraph) ?? 0) + 1;
    counts.set(s.paragraph, n);
    return { id: `p${s.paragraph}s${n}`, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
  });
}

/** One sentence by its id, or `undefined`. */
export function sentenceById(index: PackIndex, id: string): { id: string; paragraph: number; text: string } | undefined {
  return /^p\d+s\d+$/.test(id) ? sentencesOf(index).find((s) => s.id === id) : undefined;
}

/** Every fact of a pack with its evidence: the id to show for it and its quotes. */
function citing(pack: Pack): { id: string; evidence: readonly Evidence[] }[] {
  return [
    ...pack.entities.map((e) => ({ id: e.id, evidence: e.evidence ?? [] })),
    ...pack.events.map((e) => ({ id: e.id, evidence: e.evidence })),
    ...(pack.derived ?? []).map((e) => ({ id: e.id, evidence: e.evidence })),
    ...pack.statements.map((s) => ({ id: s.id, evidence: s.evidence })),
    { id: 'status-term', evidence: pack.status.term.evidence },
  ];
}

/**
 * The source text, one paragraph (`7`) or one sentence (`p7s4`), sentence by
 * sentence, each with the ids of the facts whose evidence quotes it (a quote
 * cites every sentence it overlaps) — the reverse of `evidence`.
 *
 * @throws UsageError for a selector of another shape; NotFoundError for a
 *   paragraph or sentence the source does not have.
 */
export function source(ctx: QueryContext, selector?: string): SourceSentence[] {
  const index = ctx.index;
  const all = sentencesOf(index);
  let chosen = all;
  if (selector !== undefined) {
    const s = selector.trim();
    if (/^\d+$/.test(s)) chosen = all.filter((x) => x.paragraph === Number(s));
    else if (/^p\d+s\d+$/.test(s)) chosen = all.filter((x) => x.id === s);
    else throw new UsageError((m) => m.err.notASourcePart(echo(s)), (m) => m.err.example('pakt source 7 / pakt source p7s4'));
    if (chosen.length === 0) {
      const max = index.paragraphs.length;
      throw new NotFoundError((m) => m.err.noSourcePart(echo(s), max));
    }
  }
  const cited = citedBy(index, chosen);
  return chosen.map((sentence) => ({ id: sentence.id, paragraph: sentence.paragraph, text: sentence.text, citedBy: cited.get(sentence.id) ?? [] }));
}

/**
 * The ids of the facts citing each of `sentences`, in pack order, by
 * sentence id. Each quote is found in its paragraph (see `Occurrences`) and marks the
 * sentences it overlaps (found by binary search over their starts), so the
 * cost grows with the quotes and sentences, not with their product.
 */
function citedBy(index: PackIndex, sentences: readonly { id: string; paragraph: number; start: number; end: number }[]): Map<string, string[]> {
  const byParagraph = new Map<number, { id: string; start: number; end: number }[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const found = new Map<string, Set<number>>();
  const finder = occurrencesIn(index.paragraphs);
  const facts = citing(index.pack);
  facts.forEach((f, order) => {
    for (const e of f.evidence) {
      const inParagraph = byParagraph.get(e.paragraph);
      if (!inParagraph) continue;
      for (const at of finder(e.paragraph).all(e.quote)) {
        const end = at + e.quote.length;
        for (let k = firstEndingAfter(inParagraph, at); k < inParagraph.length && inParagraph[k]!.start < end; k++) {
          const id = inParagraph[k]!.id;
          let set = found.get(id);
          if (!set) found.set(id, (set = new Set()));
          set.add(order);
        }
      }
    }
  });
  const out = new Map<string, string[]>();
  for (const [id, orders] of found) out.set(id, [...new Set([...orders].sort((x, y) => x - y).map((o) => facts[o]!.id))]);
  return out;
}
