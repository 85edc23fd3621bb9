import { NotFoundError, UsageError } from '../errors';
import { messages } from '../i18n';
import type { Basis, Evidence, Modality, QualifierValue } from '../pack/types';
import type { Thing } from '../pack/load';
import { namedThings } from '../pack/names';
import { closest, fold } from '../text/fold';
import { characters, echo } from '../text/visible';
import { eventDate, type EventDateJson, labelOf, type QueryContext, vocab } from './common';

/** A statement as `show` prints it: ids with their labels. */
export interface ShownStatement {
  readonly id: string;
  readonly subject: string;
  readonly subjectLabel: string;
  readonly predicate: string;
  readonly predicateLabel: string;
  readonly object: string;
  readonly objectLabel: string;
  /**
   * Qualifiers by name: `label` is the qualifier's name in `--lang`; `value`
   * is text in `--lang`, or `{ id, label }` for a reference.
   */
  readonly qualifiers: Readonly<
    Record<string, { readonly label: string; readonly value: string | { readonly id: string; readonly label: string } }>
  >;
  readonly note: string | null;
  /** How the pack knows the statement; `reasoning` (in `--lang`) where it is inferred or assumed. */
  readonly basis: Basis;
  readonly reasoning: string | null;
  /** How firmly the source asserts it: `null` for a claim of fact. */
  readonly modality: Modality | null;
  readonly evidence: readonly Evidence[];
}

/** The answer of `show`: one entity or event and every statement about it. */
export interface ShowResult {
  readonly id: string;
  readonly kind: 'entity' | 'event';
  readonly type: string;
  readonly typeLabel: string;
  readonly label: string;
  /** Other names in `--lang` (names in the other language still resolve). */
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly date: EventDateJson | null;
  readonly dateNote: string | null;
  readonly derived: boolean;
  readonly evidence: readonly Evidence[];
  readonly statements: readonly ShownStatement[];
}

/** Longest id or name `show`, `when` and `status --date` look up, in characters (far longer than any real name). */
export const MAX_NAME = 200;

/**
 * Whether a value given for a time (`status --date`, an `ask` plan's date)
 * is read as a date rather than as the id or name of an event: one that
 * starts with a digit (`1945`, `1945-08-09`: a pack's id `1930` is then
 * not looked up), is empty, or is longer than any name.
 */
export function readsAsDate(value: string): boolean {
  const v = value.trim();
  return v === '' || /^\d/.test(v) || value.length > MAX_NAME;
}

/**
 * Finds the thing an id, label or alias names, by the rule `ask` reads
 * names by too ({@link namedThings}): the exact id first, then a label,
 * then an alias or the id written otherwise, in either language, folded
 * (case, accents, `ß`/`ss`, umlauts/`ae`…).
 *
 * @throws UsageError for an empty name; NotFoundError for an unknown name
 *   (with the nearest ids/names as hint) or an ambiguous one (listing the
 *   candidates).
 */
export function resolveThing(ctx: QueryContext, name: string): Thing {
  if (name.trim() === '') throw new UsageError((m) => m.err.emptyName, (m) => m.err.example('pakt show molotov'));
  const length = characters(name);
  if (length > MAX_NAME) throw new UsageError((m) => m.err.nameTooLong(length, MAX_NAME));
  const exact = ctx.index.byId.get(name);
  // The id is the best rank there is and names one thing: the folded names (built on first use) need not be looked at.
  if (exact) return exact;
  const key = fold(name);
  const ids = namedThings([
    ...(ctx.index.byLabel.get(key) ?? []).map((id) => ({ id, rank: 'label' as const })),
    ...(ctx.index.byName.get(key) ?? []).map((id) => ({ id, rank: 'alias' as const })),
  ]);
  if (ids.length === 1) return ctx.index.byId.get(ids[0] as string) as Thing;
  const shown = echo(name);
  if (ids.length > 1) {
    throw new NotFoundError((m) => m.err.ambiguous(shown), (m) => m.err.mayMean(ids));
  }
  const near = closest(name, [...ctx.index.byId.keys(), ...namesOf(ctx)]);
  throw new NotFoundError(
    (m) => m.err.noSuchThing(shown),
    near.length > 0 ? (m) => m.err.didYouMean(near.join(', ')) : undefined,
  );
}

function namesOf(ctx: QueryContext): string[] {
  const out: string[] = [];
  for (const t of ctx.index.byId.values()) out.push(t.label[ctx.lang]);
  return out;
}

function qualifier(ctx: QueryContext, key: string, v: QualifierValue) {
  const value = typeof v === 'string'
    ? key === 'relation' ? vocab(ctx, 'relations', v) : { id: v, label: labelOf(ctx, v) }
    : v[ctx.lang];
  return { label: vocab(ctx, 'qualifiers', key), value };
}

/**
 * One entity or event with every statement that names it — as subject,
 * object or in a qualifier (the signings of a signing event) — in pack
 * order, each with its basis and evidence.
 *
 * @throws as {@link resolveThing}.
 */
export function show(ctx: QueryContext, name: string): ShowResult {
  const t = resolveThing(ctx, name);
  const statements = (ctx.index.statementsAbout.get(t.id) ?? []).map((s) => ({
    id: s.id,
    subject: s.subject,
    subjectLabel: labelOf(ctx, s.subject),
    predicate: s.predicate,
    predicateLabel: vocab(ctx, 'predicates', s.predicate),
    object: s.object,
    objectLabel: labelOf(ctx, s.object),
    qualifiers: Object.fromEntries(Object.entries(s.qualifiers ?? {}).map(([k, v]) => [k, qualifier(ctx, k, v)])),
    note: s.note?.[ctx.lang] ?? null,
    basis: s.basis,
    reasoning: s.reasoning?.[ctx.lang] ?? null,
    modality: s.modality ?? null,
    evidence: s.evidence.map((x) => ({ quote: x.quote, paragraph: x.paragraph })),
  }));
  const isEvent = t.kind === 'event';
  return {
    id: t.id,
    kind: t.kind,
    type: t.type,
    typeLabel: t.kind === 'event' ? vocab(ctx, 'eventTypes', t.type) : (messages[ctx.lang].entityTypes[t.type] ?? t.type),
    label: t.label[ctx.lang],
    aliases: [...new Set(t.aliases?.[ctx.lang] ?? [])],
    description: t.description?.[ctx.lang] ?? null,
    date: isEvent ? eventDate(ctx, t) : null,
    dateNote: isEvent ? (t.dateNote?.[ctx.lang] ?? null) : null,
    derived: isEvent && t.derived !== undefined,
    evidence: (t.evidence ?? []).map((x) => ({ quote: x.quote, paragraph: x.paragraph })),
    statements,
  };
}
