import type { Lang } from '../i18n';
import { own } from '../pack/own';
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

/** The date of an event as JSON (CONTRACT.md "Dates in output"), with its basis. */
export function eventDate(ctx: QueryContext, e: IndexedEvent): EventDateJson {
  const date = dateJson(e.date, ctx.lang, ctx.displayZone);
  return e.reasoning
    ? { ...date, basis: e.basis, zoneBasis: e.zoneBasis, reasoning: { de: e.reasoning.de, en: e.reasoning.en } }
    : { ...date, basis: e.basis, zoneBasis: e.zoneBasis };
}

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

/** Concatenates evidence lists, dropping repeats and quotes that another quote of the same paragraph contains. */
export function mergeEvidence(...lists: readonly (readonly Evidence[] | undefined)[]): Evidence[] {
  // Each quote once, first first (a person may sign thousands of times on the same evidence);
  // then only the distinct quotes of a paragraph are compared with each other.
  const byParagraph = new Map<number, string[]>();
  const seen = new Set<string>();
  const unique: Evidence[] = [];
  for (const list of lists) {
    for (const e of list ?? []) {
      const key = `${e.paragraph}\u0000${e.quote}`;
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push(e);
      const quotes = byParagraph.get(e.paragraph);
      if (quotes) quotes.push(e.quote);
      else byParagraph.set(e.paragraph, [e.quote]);
    }
  }
  return unique
    .filter((e) => !(byParagraph.get(e.paragraph) ?? []).some((q) => q !== e.quote && q.includes(e.quote)))
    .map((e) => ({ quote: e.quote, paragraph: e.paragraph }));
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
