import type { Lang } from '../i18n';
import { own } from '../pack/own';
import { containedInAnother } from '../text/occurrences';
import type { Basis, Evidence, LocalizedText } from '../pack/types';
import type { IndexedEvent, PackIndex, Thing } from '../pack/load';
import { dateJson, type DateJson, type ResolvedZone } from '../time';

/** What every query needs besides its own options. */
export interface QueryContext {
  readonly index: PackIndex;
  readonly lang: Lang;
  /** Zone to show times of day in: `--zone` when given, else `null` (each value's own zone). */
  readonly displayZone: ResolvedZone | null;
}

/**
 * An event's date as JSON (CONTRACT.md "Dates in output"): the value, and
 * how the pack knows it and its zone; `reasoning` (both languages) only
 * where one of them is inferred or assumed.
 */
export interface EventDateJson extends DateJson {
  readonly basis: Basis;
  readonly zoneBasis: Basis | null;
  readonly reasoning?: LocalizedText;
}

/** A reference to an event, as JSON output shows it. */
export interface EventRef {
  readonly event: string;
  readonly label: string;
  readonly date: EventDateJson;
}

/** Picks the text of a label in the asked language. */
export function text(t: LocalizedText, lang: Lang): string {
  return t[lang];
}

/** The label of an id in `lang` (the id itself when unknown). */
export function labelOf(ctx: QueryContext, id: string): string {
  const t = ctx.index.byId.get(id);
  return t ? t.label[ctx.lang] : id;
}

/**
 * The date of an event as JSON (CONTRACT.md "Dates in output"), with its
 * basis. Made once an event and context, and shared (frozen): thousands of
 * rows may name one event, and a date of a set of thousands of days costs
 * its members each time it is made.
 */
export function eventDate(ctx: QueryContext, e: IndexedEvent): EventDateJson {
  let made = eventDates.get(ctx);
  if (!made) eventDates.set(ctx, (made = new Map()));
  let json = made.get(e);
  if (json === undefined) {
    const date = dateJson(e.date, ctx.lang, ctx.displayZone);
    json = Object.freeze(
      e.reasoning
        ? { ...date, basis: e.basis, zoneBasis: e.zoneBasis, reasoning: { de: e.reasoning.de, en: e.reasoning.en } }
        : { ...date, basis: e.basis, zoneBasis: e.zoneBasis },
    );
    made.set(e, json);
  }
  return json;
}

/** {@link eventDate}'s dates, by context and event. */
const eventDates = new WeakMap<QueryContext, Map<IndexedEvent, EventDateJson>>();

/** An {@link EventRef} for an event of the index. */
export function eventRef(ctx: QueryContext, e: IndexedEvent): EventRef {
  return { event: e.id, label: e.label[ctx.lang], date: eventDate(ctx, e) };
}

/** The event with this id. Programming error if missing: packs are checked at load. */
export function eventById(ctx: QueryContext, id: string): IndexedEvent {
  const t: Thing | undefined = ctx.index.byId.get(id);
  if (t?.kind !== 'event') throw new Error(`pack index has no event '${id}'`);
  return t;
}

/**
 * Concatenates evidence lists: each evidence once (the first of its
 * paragraph and quote, in order), without those whose quote another quote
 * of the same paragraph contains (`"Anna Berg"` goes where `"Anna Berg
 * unterzeichnete"` is cited). Equal quotes of different paragraphs are
 * different evidence.
 *
 * Repeats are dropped first (a person may sign thousands of times on the
 * same evidence); then the distinct quotes of each paragraph are compared
 * all at once by {@link containedInAnother}, in time near-linear in their
 * total length, not quote by quote.
 */
export function mergeEvidence(index: Pick<PackIndex, 'occurrences'>, lists: readonly (readonly Evidence[] | undefined)[]): Evidence[] {
  // The distinct quotes of each paragraph, first first, each with its evidence.
  const byParagraph = new Map<number, Map<string, Evidence>>();
  for (const list of lists) {
    for (const e of list ?? []) {
      let quotes = byParagraph.get(e.paragraph);
      if (!quotes) byParagraph.set(e.paragraph, (quotes = new Map()));
      if (!quotes.has(e.quote)) quotes.set(e.quote, e);
    }
  }
  const kept = new Set<Evidence>();
  for (const [paragraph, quotes] of byParagraph) {
    const contained = containedInAnother([...quotes.keys()], () => index.occurrences(paragraph));
    [...quotes.values()].forEach((e, i) => {
      if (!contained[i]) kept.add(e);
    });
  }
  // In the order of first citation across all paragraphs.
  const out: Evidence[] = [];
  for (const list of lists) {
    for (const e of list ?? []) {
      if (kept.delete(e)) out.push({ quote: e.quote, paragraph: e.paragraph });
    }
  }
  return out;
}

/**
 * The label of a keyword of the pack's vocabulary (predicate, relation,
 * qualifier name, event type) in `lang`; the keyword itself when the pack
 * has no label for it.
 */
export function vocab(ctx: QueryContext, kind: 'predicates' | 'relations' | 'qualifiers' | 'eventTypes', key: string): string {
  const entry = own(ctx.index.pack.vocabulary?.[kind], key);
  return entry ? entry[ctx.lang] : key;
}
