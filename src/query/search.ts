import { NotFoundError, UsageError } from '../errors';
import { splitSentences } from '../pack/sentences';
import type { Statement } from '../pack/types';
import { fold, foldWithMap } from '../text/fold';
import type { Lang } from '../i18n';
import { displayValue } from '../time';
import { labelOf, type QueryContext, vocab } from './common';

/** What a hit is. */
export type HitKind = 'entity' | 'event' | 'statement' | 'sentence';

/** One search hit (CONTRACT.md `search`). */
export interface SearchHit {
  readonly kind: HitKind;
  /** Entity or event id, statement id, or `p<paragraph>s<n>` for a source sentence. */
  readonly id: string;
  /** Entity type, event type, statement predicate, or `sentence`. */
  readonly type: string;
  readonly label: string;
  /** The text the query matched in, and where: `[start, end)` offsets into `snippet`. */
  readonly snippet: string;
  readonly highlight: readonly [number, number];
  /** How the hit matched: `id`, `label`, `alias`, `statement`, `sentence`. */
  readonly match: string;
  /** Higher is better: exact names first, then prefixes, then words inside text. */
  readonly score: number;
  /** For a sentence: its paragraph in the source (from 1). */
  readonly paragraph?: number;
}

/** Longest query accepted, in characters. */
export const MAX_QUERY = 200;

/** Kinds and entity types `--type` accepts. */
export const SEARCH_TYPES = ['entity', 'event', 'statement', 'sentence', 'state', 'person', 'territory', 'document', 'place', 'office', 'organization'] as const;

const SNIPPET = 80;

/**
 * Where the folded query occurs in a text, as a span of the original text,
 * or `null`. Folding: case, accents, `ß`/`ss`, umlauts/`ae`…, spacing after
 * full stops (`13. April`/`13.April`).
 */
function find(text: string, query: string): [number, number] | null {
  for (const umlauts of ['expand', 'strip'] as const) {
    const key = fold(query, umlauts);
    const { folded, map } = foldWithMap(text, umlauts);
    let at = folded.indexOf(key);
    let length = key.length;
    if (at < 0 && key.includes(' ')) {
      // Several words: all of them in the text, in any order (the first is highlighted).
      const words = key.split(' ');
      if (!words.every((w) => folded.includes(w))) continue;
      at = folded.indexOf(words[0] ?? '');
      length = (words[0] ?? '').length;
    }
    if (at < 0) continue;
    const start = map[at] ?? 0;
    const lastOriginal = map[at + length - 1] ?? start;
    const end = lastOriginal + (text.codePointAt(lastOriginal)! > 0xffff ? 2 : 1);
    return [start, end];
  }
  return null;
}

/** Cuts a long text to a window around the match, marking cuts with `…`. */
function window(text: string, span: [number, number]): { snippet: string; highlight: [number, number] } {
  if (text.length <= SNIPPET) return { snippet: text, highlight: span };
  const room = Math.max(0, SNIPPET - (span[1] - span[0]));
  let from = Math.max(0, span[0] - Math.floor(room / 2));
  const to = Math.min(text.length, from + SNIPPET);
  from = Math.max(0, to - SNIPPET);
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return {
    snippet: `${lead}${text.slice(from, to)}${tail}`,
    highlight: [span[0] - from + lead.length, Math.min(span[1], to) - from + lead.length],
  };
}

/** A statement as a sentence in one language: subject, predicate and object labels. */
function statementText(ctx: QueryContext, s: Statement, lang: Lang): string {
  const c = { ...ctx, lang };
  return `${labelOf(c, s.subject)} ${vocab(c, 'predicates', s.predicate)} ${labelOf(c, s.object)}`;
}

/**
 * Ranked hits for a text over labels, aliases, statements and the source's
 * sentences, folded (see {@link find}).
 *
 * Scores: exact id 100; exact label 90, alias 80; label prefix 70, alias
 * prefix 60; inside a label 50, an alias 45; an event whose date reads so
 * (`13. April 1941`) 40; an entity whose own statement matches 35 (so
 * "Aussenminister" finds the foreign ministers); inside a statement 30;
 * inside a source sentence 20. Labels, statements and dates match in both
 * languages. Ties keep pack order.
 *
 * @param type - only hits of this kind or entity type.
 * @throws UsageError for an empty or over-long query or an unknown type;
 *   NotFoundError when nothing matches.
 */
export function search(ctx: QueryContext, query: string, type?: string): SearchHit[] {
  if (query.trim() === '') throw new UsageError((m) => m.err.emptySearch, (m) => m.err.example('pakt search Molotow'));
  if (query.length > MAX_QUERY) throw new UsageError((m) => m.err.searchTooLong(query.length, MAX_QUERY));
  if (type !== undefined && !(SEARCH_TYPES as readonly string[]).includes(type)) {
    throw new UsageError((m) => m.err.unknownSearchType(type), (m) => m.err.validTypes(SEARCH_TYPES.join(', ')));
  }
  const key = fold(query);
  if (!/[\p{L}\p{N}]/u.test(key)) throw new UsageError((m) => m.err.emptySearch, (m) => m.err.example('pakt search Molotow'));
  const hits = new Map<string, SearchHit>();
  const add = (hit: SearchHit): void => {
    const k = `${hit.kind}:${hit.id}`;
    const before = hits.get(k);
    if (!before || before.score < hit.score) hits.set(k, hit);
  };

  for (const t of ctx.index.byId.values()) {
    const kind: HitKind = t.kind === 'event' ? 'event' : 'entity';
    const label = t.label[ctx.lang];
    const names: [string, 'label' | 'alias'][] = [
      [t.label[ctx.lang], 'label'],
      [t.label[ctx.lang === 'de' ? 'en' : 'de'], 'label'],
      ...[...(t.aliases?.de ?? []), ...(t.aliases?.en ?? [])].map((a): [string, 'alias'] => [a, 'alias']),
    ];
    if (t.id === query) {
      add({ kind, id: t.id, type: t.type, label, snippet: t.id, highlight: [0, t.id.length], match: 'id', score: 100 });
    }
    for (const [name, how] of names) {
      const span = find(name, query);
      if (!span) continue;
      const whole = fold(name) === key;
      const prefix = fold(name).startsWith(key);
      const score = how === 'label' ? (whole ? 90 : prefix ? 70 : 50) : whole ? 80 : prefix ? 60 : 45;
      add({ kind, id: t.id, type: t.type, label, ...window(name, span), match: how, score });
    }
  }

  for (const e of ctx.index.events) {
    for (const lang of [ctx.lang, ctx.lang === 'de' ? 'en' : 'de', 'edtf'] as const) {
      const text = lang === 'edtf' ? e.date.edtf : displayValue(e.date, lang, null);
      const span = find(text, query);
      if (!span) continue;
      add({ kind: 'event', id: e.id, type: e.type, label: e.label[ctx.lang], ...window(text, span), match: 'date', score: 40 });
    }
  }

  for (const s of ctx.index.pack.statements) {
    const own = statementText(ctx, s, ctx.lang);
    const other = statementText(ctx, s, ctx.lang === 'de' ? 'en' : 'de');
    const ownSpan = find(own, query);
    const otherSpan = ownSpan ? null : find(other, query);
    const span = ownSpan ?? otherSpan;
    if (!span) continue;
    const text = ownSpan ? own : other;
    add({ kind: 'statement', id: s.id, type: s.predicate, label: text, ...window(text, span), match: 'statement', score: 30 });
    const subject = ctx.index.byId.get(s.subject);
    if (subject) {
      add({
        kind: subject.kind === 'event' ? 'event' : 'entity',
        id: subject.id,
        type: subject.type,
        label: subject.label[ctx.lang],
        ...window(text, span),
        match: 'statement',
        score: 35,
      });
    }
  }

  const counts = new Map<number, number>();
  for (const sentence of splitSentences(ctx.index.paragraphs)) {
    const n = (counts.get(sentence.paragraph) ?? 0) + 1;
    counts.set(sentence.paragraph, n);
    const span = find(sentence.text, query);
    if (!span) continue;
    add({
      kind: 'sentence',
      id: `p${sentence.paragraph}s${n}`,
      type: 'sentence',
      label: sentence.text.length > 60 ? `${sentence.text.slice(0, 59)}…` : sentence.text,
      ...window(sentence.text, span),
      match: 'sentence',
      score: 20,
      paragraph: sentence.paragraph,
    });
  }

  const result = [...hits.values()]
    .filter((h) => type === undefined || h.kind === type || (h.kind === 'entity' && h.type === type))
    .map((h, order) => ({ h, order }))
    .sort((a, b) => b.h.score - a.h.score || a.order - b.order)
    .map(({ h }) => h);
  if (result.length === 0) {
    const shown = query.length > 40 ? `${query.slice(0, 39)}…` : query;
    const safe = shown.replace(/[\u0000-\u001f\u007f]/g, '?');
    throw new NotFoundError((m) => m.err.noHit(safe));
  }
  return result;
}
