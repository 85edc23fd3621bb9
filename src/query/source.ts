import { NotFoundError, UsageError } from '../errors';
import type { PackIndex } from '../pack/load';
import { checkSentenceRoom, itemBudget } from '../pack/room';
import { forEachSentence, splitSentences } from '../pack/sentences';
import type { Evidence, Pack } from '../pack/types';
import type { QueryContext } from './common';
import { echo } from '../text/visible';
import { forEachOverlapped, type Occurrences } from '../text/occurrences';

/** A sentence of the source with its id (`p7s4`: paragraph 7, sentence 4) and the facts citing it. */
export interface SourceSentence {
  readonly id: string;
  readonly paragraph: number;
  readonly text: string;
  /** Ids of the entities, events, derived events and statements whose evidence quotes it (the term: `status-term`). */
  readonly citedBy: readonly string[];
}

/**
 * The sentences of a pack's source, numbered within each paragraph from 1, as `search` and `validate` name them.
 *
 * @throws PackError when they would not fit in the heap ({@link checkSentenceRoom}).
 */
export function sentencesOf(index: PackIndex): { id: string; paragraph: number; start: number; end: number; text: string }[] {
  checkSentenceRoom(index.paragraphs, index.file);
  const counts = new Map<number, number>();
  return splitSentences(index.paragraphs).map((s) => {
    const n = (counts.get(s.paragraph) ?? 0) + 1;
    counts.set(s.paragraph, n);
    return { id: `p${s.paragraph}s${n}`, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
  });
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
  let keep = (_paragraph: number, _n: number): boolean => true;
  const s = selector?.trim();
  const sentence = s === undefined ? null : /^p(\d+)s(\d+)$/.exec(s);
  if (s !== undefined) {
    if (/^\d+$/.test(s)) keep = (paragraph) => paragraph === Number(s);
    else if (sentence) keep = (paragraph, n) => paragraph === Number(sentence[1]) && n === Number(sentence[2]);
    else throw new UsageError((m) => m.err.notASourcePart(echo(s)), (m) => m.err.example('pakt source 7 / pakt source p7s4'));
  }
  checkSentenceRoom(index.paragraphs, index.file);
  const facts = citing(index.pack);
  const quoted = new Set(facts.flatMap((f) => f.evidence.map((e) => e.paragraph)));
  // The rows are made as the source is split; the sentences of a paragraph a quote cites are also kept with their
  // offsets, for citedBy (a source may have millions of sentences that none cites).
  const rows: { id: string; paragraph: number; text: string; citedBy: readonly string[] }[] = [];
  const spans: { id: string; paragraph: number; start: number; end: number; row: number }[] = [];
  // The sentences of the paragraph a sentence id names, to say how many it has where it has not that one.
  const named = sentence ? Number(sentence[1]) : undefined;
  let inNamed = 0;
  forEachSentence(index.paragraphs, (paragraph, n, start, end, text) => {
    if (paragraph === named) inNamed = n;
    if (!keep(paragraph, n)) return;
    const id = `p${paragraph}s${n}`;
    if (quoted.has(paragraph)) spans.push({ id, paragraph, start, end, row: rows.length });
    rows.push({ id, paragraph, text, citedBy: NONE });
  });
  if (s !== undefined && rows.length === 0) {
    const max = index.paragraphs.length;
    if (named !== undefined && named >= 1 && named <= max) throw new NotFoundError((m) => m.err.noSourceSentence(echo(s), named, inNamed));
    throw new NotFoundError((m) => m.err.noSourcePart(echo(s), max));
  }
  const cited = citedBy(index.occurrences, facts, spans);
  for (const span of spans) {
    const ids = cited.get(span.id);
    if (ids) rows[span.row]!.citedBy = ids;
  }
  return rows;
}

/** The facts citing a sentence none cites: one list for all of them. */
const NONE: readonly string[] = Object.freeze([]);

/** Citations (a fact citing a sentence) any heap holds, so that the heap is not asked below it. */
const SURELY_HELD_CITATIONS = 1 << 20;
/** Heap bytes a citation is given: its place in the answer's lists, and in its text (a table's line). */
const BYTES_PER_CITATION = 256;

/**
 * The ids of the facts citing each of `sentences` (in paragraph order, as
 * {@link sentencesOf} gives them, or some of them), in the order of
 * `facts`, by sentence id: a fact cites every sentence that one of its
 * quotes overlaps, at any of its occurrences in its paragraph. Each distinct
 * quote of a paragraph walks the sentences it overlaps once
 * ({@link forEachOverlapped}), however often it occurs and however many
 * facts cite it, and each of those sentences gets every fact citing the
 * quote; so the cost grows with the quotes and the sentences they overlap
 * (times the facts citing each, which the answer lists), not with the
 * occurrences of a quote. A sentence that only one quote overlaps shares
 * that quote's list of facts with every other such sentence, in the answer
 * too: a short quote may overlap a million sentences.
 *
 * @throws RangeError "Invalid string length" (said as an answer too long to
 *   hold) when the citations pass a 256th of the heap's room: however the
 *   lists are shared, the answer lists each citation in every format (a
 *   line of its own in a table). A short quote that 2,000 facts cite and
 *   77,000 sentences of a paragraph hold is 154 million of them.
 */
export function citedBy(
  finder: (paragraph: number) => Occurrences,
  facts: readonly { id: string; evidence: readonly Evidence[] }[],
  sentences: readonly { id: string; paragraph: number; start: number; end: number }[],
): Map<string, readonly string[]> {
  // The facts citing each quote of each paragraph, by their position in `facts`.
  const citing = new Map<number, Map<string, number[]>>();
  facts.forEach((f, order) => {
    for (const e of f.evidence) {
      let quotes = citing.get(e.paragraph);
      if (!quotes) citing.set(e.paragraph, (quotes = new Map()));
      const orders = quotes.get(e.quote);
      if (orders) orders.push(order);
      else quotes.set(e.quote, [order]);
    }
  });
  // The sentences of each paragraph a quote cites, with their positions in `sentences` (a source may have
  // millions of paragraphs that no quote cites).
  const byParagraph = new Map<number, { spans: { start: number; end: number }[]; at: number[] }>();
  sentences.forEach((s, at) => {
    if (!citing.has(s.paragraph)) return;
    const inParagraph = byParagraph.get(s.paragraph);
    if (inParagraph) {
      inParagraph.spans.push(s);
      inParagraph.at.push(at);
    } else byParagraph.set(s.paragraph, { spans: [s], at: [at] });
  });
  // The facts citing each sentence, by its position: a sentence one quote overlaps shares that quote's list (a short
  // quote may overlap a million sentences); one that more overlap gets a list of its own, which may name a fact twice.
  const found: (readonly number[] | undefined)[] = new Array<undefined>(sentences.length);
  const own = new Uint8Array(sentences.length);
  let citations = 0;
  const budget = itemBudget(SURELY_HELD_CITATIONS, BYTES_PER_CITATION);
  for (const [paragraph, inParagraph] of byParagraph) {
    const quotes = citing.get(paragraph)!;
    for (const [quote, orders] of quotes) {
      forEachOverlapped(finder(paragraph), quote, inParagraph.spans, (k) => {
        const at = inParagraph.at[k]!;
        const before = found[at];
        if (!before) found[at] = orders;
        else if (own[at]) for (const order of orders) (before as number[]).push(order);
        else {
          found[at] = [...before, ...orders];
          own[at] = 1;
        }
        citations += orders.length;
        budget(citations);
      });
    }
  }
  // Shared lists are named once.
  const named = new Map<readonly number[], readonly string[]>();
  const name = (orders: readonly number[]): readonly string[] => {
    const sorted = orders.length === 1 ? orders : [...orders].sort((x, y) => x - y);
    return [...new Set(sorted.map((o) => facts[o]!.id))];
  };
  const out = new Map<string, readonly string[]>();
  found.forEach((orders, at) => {
    if (!orders) return;
    let ids = own[at] ? undefined : named.get(orders);
    if (!ids) {
      ids = name(orders);
      if (!own[at]) named.set(orders, ids);
    }
    out.set(sentences[at]!.id, ids);
  });
  return out;
}
