import { NotFoundError, UsageError } from '../errors';
import type { Statement } from '../pack/types';
import { escapePattern, fold, hasUmlaut, originalSpan } from '../text/fold';
import { characters, echo } from '../text/visible';
import { clusterAt } from '../text/clusters';
import type { Lang } from '../i18n';
import { displayValue, type TemporalValue } from '../time';
import { labelOf, type QueryContext, vocab } from './common';
import { forEachSentence } from '../pack/sentences';
import { itemBudget } from '../pack/room';
import { monthOf } from '../text/months';
import { isStopword } from '../text/stopwords';

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

/** Sentence hits any heap holds, so that the heap is not asked below it. */
const SURELY_HELD_HITS = 50_000;
/** Heap bytes a sentence hit is given: the hit, its label, snippet and highlight, and its text in the answer. */
const BYTES_PER_HIT = 1024;

/** Kinds and entity types `--type` accepts. */
export const SEARCH_TYPES = ['entity', 'event', 'statement', 'sentence', 'state', 'person', 'territory', 'document', 'place', 'office', 'organization'] as const;

const SNIPPET = 80;

/**
 * One thing a query asks for, as a pattern over folded text: a date (a day
 * with its month, and year where given) as a whole; a number as a whole
 * number, never a digit inside another (`5` is not in `1945`); a word as
 * itself inside any word, or — where the pack's trigger words list it —
 * as any form of its family (`gekündigt` finds `Kündigung` and
 * „prangerte … an“).
 */
interface Unit {
  readonly pattern: RegExp;
  /** The trigger keywords whose family the word belongs to (event types and predicates it names). */
  readonly keys: readonly { readonly kind: 'predicates' | 'eventTypes' | 'relations'; readonly key: string }[];
}

/** The units of a query, folded with `umlauts` (see {@link fold}). */
function unitsOf(ctx: QueryContext, query: string, umlauts: 'expand' | 'strip'): Unit[] {
  const all = fold(query, umlauts).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !/^\p{L}$/u.test(w));
  // In a query of several words, the words without content of their own do not count.
  const content = all.filter((w) => !isStopword(w));
  const words = all.length > 1 && content.length > 0 ? content : all;
  const triggers = ctx.index.pack.vocabulary?.triggers;
  const units: Unit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^\d{1,2}$/.test(w) && monthOf(words[i + 1] ?? '') !== undefined) {
      const year = /^\d{4}$/.test(words[i + 2] ?? '') ? ` ${words[i + 2]}` : '';
      units.push({ pattern: new RegExp(`(?<![\\p{N}])${w} ${escapePattern(words[i + 1] ?? '')}${year}(?![\\p{N}])`, 'u'), keys: [] });
      i += year ? 2 : 1;
    } else if (/^\d+$/.test(w)) {
      units.push({ pattern: new RegExp(`(?<![\\p{N}])${w}(?![\\p{N}])`, 'u'), keys: [] });
    } else {
      const forms = new Set([w]);
      const keys: Unit['keys'][number][] = [];
      for (const kind of ['predicates', 'eventTypes', 'relations'] as const) {
        for (const [key, family] of Object.entries(triggers?.[kind] ?? {})) {
          const all = [...(family.de ?? []), ...(family.en ?? [])].map((f) => fold(f, umlauts));
          if (!all.includes(w)) continue;
          keys.push({ kind, key });
          for (const f of all) if (!f.includes(' ')) forms.add(f);
        }
      }
      const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapePattern).join('|');
      units.push({ pattern: new RegExp(alternatives, 'u'), keys });
    }
  }
  // A word the query repeats is one unit: each unit is looked for in every name and sentence of the pack.
  const seen = new Set<string>();
  return units.filter((u) => !seen.has(u.pattern.source) && (seen.add(u.pattern.source), true));
}

/** Where a query's units occur in a text: how many, which (by index), and the span of the first one in the original text. */
interface Found {
  readonly count: number;
  readonly span: [number, number];
  readonly which: readonly number[];
}

/** The query's units in both umlaut foldings (see {@link unitsOf}), and whether the two sets are the same patterns. */
interface Both {
  readonly expand: readonly Unit[];
  readonly strip: readonly Unit[];
  readonly same: boolean;
  /** The sets of units found so far, by their indexes joined with spaces. */
  readonly sets: Sets;
}

/** Keyed by the one unit's index, or by the indexes joined with spaces. */
type Sets = Map<number | string, readonly number[]>;

/**
 * How many of `units` occur in a folded text, which ones, and where in it
 * the first one does (`null` when none does).
 */
function match(folded: string, units: readonly Unit[], sets: Sets): { count: number; which: readonly number[]; at: number; length: number } | null {
  let count = 0;
  let at = -1;
  let length = 0;
  let which: number[] | undefined;
  for (let k = 0; k < units.length; k++) {
    const m = units[k]!.pattern.exec(folded);
    if (!m) continue;
    count++;
    (which ??= []).push(k);
    if (at >= 0) continue;
    at = m.index;
    length = m[0].length;
  }
  if (which === undefined) return null;
  // One array for each set of units: a large pack holds hundreds of thousands of hits of the same few.
  const key = which.length === 1 ? which[0]! : which.join(' ');
  let set = sets.get(key);
  if (set === undefined) sets.set(key, (set = which));
  return { count, which: set, at, length };
}

/**
 * The better of the two umlaut foldings of a query in a text: the one
 * holding more of its units, `expand` on a tie; with `folded`, the text
 * folded with `expand` (what {@link fold} gives). The text is folded once
 * per folding, and the first match traced back to the original only for a
 * hit.
 */
function findBoth(text: string, both: Both): (Found & { folded: string }) | null {
  const expand = fold(text, 'expand');
  const strip = hasUmlaut(text) ? fold(text, 'strip') : expand;
  const a = match(expand, both.expand, both.sets);
  const b = strip === expand && both.same ? a : match(strip, both.strip, both.sets);
  const best = !b || (a && a.count >= b.count) ? a : b;
  if (!best) return null;
  const span = originalSpan(text, best === a ? 'expand' : 'strip', best.at, best.at + best.length);
  return { count: best.count, span, which: best.which, folded: expand };
}

/** A query's units in both umlaut foldings ({@link Both}). */
function bothOf(ctx: QueryContext, query: string): Both {
  const expand = unitsOf(ctx, query, 'expand');
  const strip = unitsOf(ctx, query, 'strip');
  const same = expand.length === strip.length && expand.every((u, k) => u.pattern.source === strip[k]!.pattern.source);
  return { expand, strip, same, sets: new Map() };
}

/**
 * The `k` source sentences `search <query> --type sentence` ranks first, in
 * its order (score, then the source's order), without making a hit for
 * every sentence: one pass counts the sentences holding each of the query's
 * words (a rarer word weighs more), a second scores each sentence and keeps
 * the best `k`. Its memory does not grow with the source, so that `ask`
 * suggests the same three sentences of a source of millions under any heap.
 * A query with no word search looks for gives none.
 */
export function closestSentences(ctx: QueryContext, query: string, k: number): { id: string; paragraph: number; text: string }[] {
  const both = bothOf(ctx, query);
  if (both.expand.length === 0 && both.strip.length === 0) return [];
  const paragraphs = ctx.index.paragraphs;
  const held = new Map<number, number>();
  forEachSentence(paragraphs, (_paragraph, _n, _start, _end, text) => {
    const found = findBoth(text, both);
    if (found) for (const unit of found.which) held.set(unit, (held.get(unit) ?? 0) + 1);
  });
  // The best so far, highest score first; a later sentence of the same score comes after.
  const best: { score: number; id: string; paragraph: number; text: string }[] = [];
  forEachSentence(paragraphs, (paragraph, n, _start, _end, text) => {
    const found = findBoth(text, both);
    if (!found) return;
    const score = sentenceScore(found.which, held);
    if (best.length === k && score <= best[k - 1]!.score) return;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { score, id: `p${paragraph}s${n}`, paragraph, text });
    if (best.length > k) best.pop();
  });
  return best.map(({ id, paragraph, text }) => ({ id, paragraph, text }));
}

/** A text that holds more of the query's words ranks higher: 100 points for each word beyond the first. */
const more = (count: number): number => 100 * (count - 1);

/**
 * A sentence hit's score: 20, {@link more} for the query's words it holds
 * (`which`, by unit), and for each of them up to 10 for its rarity, 10
 * divided by how many sentences hold it (`held`, by unit).
 */
function sentenceScore(which: readonly number[], held: ReadonlyMap<number, number>): number {
  return 20 + more(which.length) + which.reduce((sum, unit) => sum + Math.round(10 / (held.get(unit) ?? 1)), 0);
}

/**
 * A value made once for each triple of keys, held in maps nested by key
 * (a key joined from the three would be built, then hashed, for every look-up).
 */
function nested<V>(): (a: string, b: string, c: string, make: () => V) => V {
  const top = new Map<string, Map<string, Map<string, V>>>();
  return (a, b, c, make) => {
    let byB = top.get(a);
    if (!byB) top.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (!byC) byB.set(b, (byC = new Map()));
    if (byC.has(c)) return byC.get(c) as V;
    const value = make();
    byC.set(c, value);
    return value;
  };
}

/**
 * Cuts a long text to a window around the match, marking cuts with `…`.
 * The window's ends are moved to the nearest edges of grapheme clusters
 * ({@link clusterAt}): a cut never splits an emoji, a flag or a surrogate
 * pair, and never the match.
 */
function window(text: string, span: [number, number]): { snippet: string; highlight: readonly [number, number] } {
  if (text.length <= SNIPPET) return { snippet: text, highlight: highlightOf(span[0], span[1]) };
  const room = Math.max(0, SNIPPET - (span[1] - span[0]));
  let from = Math.max(0, span[0] - Math.floor(room / 2));
  let to = Math.min(text.length, from + SNIPPET);
  from = Math.max(0, to - SNIPPET);
  // The start moves back to its cluster's start, the end on to its cluster's end (unless a cluster starts there).
  from = clusterAt(text, from)[0];
  const last = clusterAt(text, to);
  if (last[0] !== to) to = last[1];
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  return {
    snippet: `${lead}${text.slice(from, to)}${tail}`,
    highlight: highlightOf(span[0] - from + lead.length, Math.min(span[1], to) - from + lead.length),
  };
}

/**
 * Highlights by their ends, shared: the hits of one query are often as many as
 * a source's sentences, and often alike (a million sentences `Ja.` have one).
 */
const highlights = new Map<number, readonly [number, number]>();
function highlightOf(start: number, end: number): readonly [number, number] {
  if (start >= HIGHLIGHT_SHARED || end >= HIGHLIGHT_SHARED) return [start, end];
  const key = start * HIGHLIGHT_SHARED + end;
  let shared = highlights.get(key);
  if (shared === undefined) highlights.set(key, (shared = Object.freeze([start, end] as const)));
  return shared;
}
/** Ends below this are shared ({@link highlightOf}): those of a snippet and a little more, 25,600 highlights at most. */
const HIGHLIGHT_SHARED = 2 * SNIPPET;

/**
 * Hits ordered by score, highest first, ties in the order given: one pass
 * into a list per score (a search hits each of hundreds of thousands of
 * facts with one of a few scores), then the lists from the highest score.
 */
function byScore(hits: readonly SearchHit[]): SearchHit[] {
  const lists = new Map<number, SearchHit[]>();
  for (const h of hits) {
    const list = lists.get(h.score);
    if (list) list.push(h);
    else lists.set(h.score, [h]);
  }
  return [...lists.keys()].sort((a, b) => b - a).flatMap((score) => lists.get(score)!);
}

/**
 * A statement in one language: subject, predicate and object labels,
 * separated by ` · ` — a triple, not a sentence (German needs cases and
 * articles a label cannot know).
 */
function statementText(ctx: QueryContext, s: Statement, lang: Lang): string {
  const c = { ...ctx, lang };
  return `${labelOf(c, s.subject)} · ${vocab(c, 'predicates', s.predicate)} · ${labelOf(c, s.object)}`;
}

/**
 * Ranked hits for a text over labels, aliases, statements and the source's
 * sentences, folded (see {@link findBoth}).
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
 *   NotFoundError when nothing matches; RangeError "Invalid string length"
 *   (said as an answer too long to hold) when the sentence hits pass a
 *   1,024th of the heap's room in number.
 */
export function search(ctx: QueryContext, query: string, type?: string): SearchHit[] {
  if (query.trim() === '') throw new UsageError((m) => m.err.emptySearch, (m) => m.err.example('pakt search Molotow'));
  const length = characters(query);
  if (length > MAX_QUERY) throw new UsageError((m) => m.err.searchTooLong(length, MAX_QUERY));
  if (type !== undefined && !(SEARCH_TYPES as readonly string[]).includes(type)) {
    const shown = echo(type);
    throw new UsageError((m) => m.err.unknownSearchType(shown), (m) => m.err.validTypes(SEARCH_TYPES.join(', ')));
  }
  const key = fold(query);
  const both = bothOf(ctx, query);
  const expand = both.expand;
  // Dates and statements repeat across a pack: each is matched once (see nested).
  const dates = nested<readonly { text: string; found: Found }[]>();
  const statements = nested<{ text: string; found: Found } | null>();
  // The best hit for each thing, in the order things were first hit; where each kind's ids sit in it.
  const hits: SearchHit[] = [];
  const at: Record<HitKind, Map<string, number>> = { entity: new Map(), event: new Map(), statement: new Map(), sentence: new Map() };
  const add = (hit: SearchHit): void => {
    const slots = at[hit.kind];
    const slot = slots.get(hit.id);
    if (slot === undefined) {
      slots.set(hit.id, hits.length);
      hits.push(hit);
    } else if (hits[slot]!.score < hit.score) {
      hits[slot] = hit;
    }
  };

  const other = ctx.lang === 'de' ? 'en' : 'de';
  // How many of the query's units name an event type by a trigger word, by type.
  const namedTypes = new Map<string, number>();
  const namesType = (type: string): number => {
    let named = namedTypes.get(type);
    if (named === undefined) {
      named = expand.filter((u) => u.keys.some((k) => k.kind === 'eventTypes' && k.key === type)).length;
      namedTypes.set(type, named);
    }
    return named;
  };
  // A date's display (no zone asked) follows from its EDTF text, zone and precision alone.
  const datesOf = (date: TemporalValue): readonly { text: string; found: Found }[] => {
    const texts = [displayValue(date, ctx.lang, null), displayValue(date, other, null), date.edtf];
    return texts.flatMap((text) => {
      const found = findBoth(text, both);
      return found ? [{ text, found }] : [];
    });
  };
  // Things in pack order (entities, events, derived events): ties keep it.
  for (const t of ctx.index.byId.values()) {
    const kind: HitKind = t.kind === 'event' ? 'event' : 'entity';
    const label = t.label[ctx.lang];
    if (t.id === query) {
      add({ kind, id: t.id, type: t.type, label, snippet: t.id, highlight: [0, t.id.length], match: 'id', score: 100 });
    }
    const byName = (name: string, how: 'label' | 'alias'): void => {
      const found = findBoth(name, both);
      if (!found) return;
      const whole = found.folded === key;
      const prefix = found.folded.startsWith(key);
      const score = (how === 'label' ? (whole ? 90 : prefix ? 70 : 50) : whole ? 80 : prefix ? 60 : 45) + more(found.count);
      const w = window(name, found.span);
      add({ kind, id: t.id, type: t.type, label, snippet: w.snippet, highlight: w.highlight, match: how, score });
    };
    byName(label, 'label');
    byName(t.label[other], 'label');
    for (const alias of t.aliases?.de ?? []) byName(alias, 'alias');
    for (const alias of t.aliases?.en ?? []) byName(alias, 'alias');
    if (t.kind !== 'event') continue;
    // An event of a type the query names by a trigger word.
    const named = namesType(t.type);
    if (named > 0) add({ kind, id: t.id, type: t.type, label, snippet: label, highlight: [0, label.length], match: 'type', score: 60 + more(named) });
    // An event whose date reads as the query does.
    const date = t.date;
    for (const { text, found } of dates(date.edtf, date.zone?.name ?? '', date.precision, () => datesOf(date))) {
      const w = window(text, found.span);
      add({ kind, id: t.id, type: t.type, label, snippet: w.snippet, highlight: w.highlight, match: 'date', score: 40 + more(found.count) });
    }
  }

  // A unit never spans the ` · ` between a statement's parts (a unit is a word, a number or a
  // date, none holding `·`), and a text folds part by part: a statement none of whose parts holds
  // a unit holds none, and its text is never built. Each part's verdict is kept by its text.
  const partHolds = new Map<string, boolean>();
  const holds = (part: string): boolean => {
    let yes = partHolds.get(part);
    if (yes === undefined) partHolds.set(part, (yes = findBoth(part, both) !== null));
    return yes;
  };
  const inLangs: readonly QueryContext[] = [ctx, { ...ctx, lang: other }];
  const mayHold = (s: Statement): boolean =>
    inLangs.some((c) => holds(labelOf(c, s.subject)) || holds(vocab(c, 'predicates', s.predicate)) || holds(labelOf(c, s.object)));
  for (const s of ctx.index.pack.statements) {
    if (!mayHold(s)) continue;
    const hit = statements(s.subject, s.predicate, s.object, () => {
      const own = statementText(ctx, s, ctx.lang);
      const theirs = statementText(ctx, s, other);
      const ownFound = findBoth(own, both);
      const otherFound = findBoth(theirs, both);
      const useOwn = ownFound !== null && (otherFound === null || ownFound.count >= otherFound.count);
      const found = useOwn ? ownFound : otherFound;
      return found ? { text: useOwn ? own : theirs, found } : null;
    });
    if (!hit) continue;
    const { text, found } = hit;
    const span = found.span;
    const w = window(text, span);
    add({ kind: 'statement', id: s.id, type: s.predicate, label: text, snippet: w.snippet, highlight: w.highlight, match: 'statement', score: 30 + more(found.count) });
    const subject = ctx.index.byId.get(s.subject);
    if (subject) {
      add({
        kind: subject.kind === 'event' ? 'event' : 'entity',
        id: subject.id,
        type: subject.type,
        label: subject.label[ctx.lang],
        snippet: w.snippet,
        highlight: w.highlight,
        match: 'statement',
        score: 35 + more(found.count),
      });
    }
  }

  // Among sentences, a rarer word weighs more: up to 10 points for a word only one sentence holds.
  // A sentence's hit is made as it is read, numbered within its paragraph as `pakt source` names it;
  // its score waits for the count of sentences holding each word.
  const sentenceHits: { -readonly [K in keyof SearchHit]: SearchHit[K] }[] = [];
  const sentenceWhich: (readonly number[])[] = [];
  const held = new Map<number, number>();
  const budget = itemBudget(SURELY_HELD_HITS, BYTES_PER_HIT);
  forEachSentence(ctx.index.paragraphs, (paragraph, n, _start, _end, text) => {
    const found = findBoth(text, both);
    if (!found) return;
    budget(sentenceHits.length + 1);
    for (const k of found.which) held.set(k, (held.get(k) ?? 0) + 1);
    sentenceWhich.push(found.which);
    const w = window(text, found.span);
    sentenceHits.push({
      kind: 'sentence',
      id: `p${paragraph}s${n}`,
      type: 'sentence',
      label: text.length > 60 ? `${text.slice(0, clusterAt(text, 59)[0])}…` : text,
      snippet: w.snippet,
      highlight: w.highlight,
      match: 'sentence',
      // Scored once every sentence is read: a word's rarity needs the count of sentences holding it.
      score: 0,
      paragraph,
    });
  });
  // Each sentence is read once, so each is hit at most once: no earlier hit to compare with.
  for (const [i, hit] of sentenceHits.entries()) {
    hit.score = sentenceScore(sentenceWhich[i]!, held);
    hits.push(hit);
  }

  const result = byScore(hits.filter((h) => type === undefined || h.kind === type || (h.kind === 'entity' && h.type === type)));
  if (result.length === 0) {
    const shown = echo(query);
    throw new NotFoundError((m) => m.err.noHit(shown), expand.length === 0 ? (m) => m.err.searchWords : undefined);
  }
  return result;
}
