import type { IndexedEntity, PackIndex } from '../pack/load';
import type { Basis, Evidence, Modality, Statement } from '../pack/types';
import { eventById, eventDate, type EventDateJson, labelOf, type QueryContext, vocab } from './common';

/** One row of `territories` (CONTRACT.md): a territory and what happened to it. */
export interface TerritoryRow {
  /** The statement the row comes from (`show` opens it). */
  readonly statement: string;
  readonly territory: string;
  readonly name: string;
  readonly relation: string;
  readonly relationLabel: string;
  readonly by: string;
  readonly byName: string;
  /** The document or event the relation comes from. */
  readonly source: string | null;
  readonly sourceName: string | null;
  /** The date of the event the relation belongs to: never more precise than what the source ties it to. */
  readonly date: EventDateJson | null;
  /** How the pack knows the relation (the statement's basis). */
  readonly basis: Basis;
  /** How firmly the source asserts it: `null` for a claim of fact (see `Modality`). */
  readonly modality: Modality | null;
  readonly evidence: readonly Evidence[];
}

/**
 * The relation and territory of a statement `territories` has a row for
 * (one of a state about a territory that carries a `relation` qualifier),
 * or `undefined` for any other statement.
 */
export function territoryOf(index: PackIndex, s: Statement): { readonly relation: string; readonly territory: IndexedEntity } | undefined {
  const relation = s.qualifiers?.relation;
  const territory = index.byId.get(s.object);
  const actor = index.byId.get(s.subject);
  if (typeof relation !== 'string' || territory?.kind !== 'entity' || territory.type !== 'territory') return undefined;
  return actor?.kind === 'entity' && actor.type === 'state' ? { relation, territory } : undefined;
}

/**
 * Every statement of a state about a territory that carries a `relation`
 * qualifier (`integrity-respected`, `gained`, `invaded`, …), one row each, in real
 * time order of their events (undated rows last, in pack order).
 */
export function territories(ctx: QueryContext): TerritoryRow[] {
  const rows: { row: TerritoryRow; start: number; order: number }[] = [];
  ctx.index.pack.statements.forEach((s: Statement, order) => {
    const row = territoryOf(ctx.index, s);
    if (row === undefined) return;
    const { relation, territory: target } = row;
    const q = (key: string): string | null => {
      const v = s.qualifiers?.[key];
      return typeof v === 'string' ? v : null;
    };
    const event = q('event');
    const source = q('document') ?? event;
    const e = event ? eventById(ctx, event) : null;
    rows.push({
      row: {
        statement: s.id,
        territory: s.object,
        name: target.label[ctx.lang],
        relation,
        relationLabel: vocab(ctx, 'relations', relation),
        by: s.subject,
        byName: labelOf(ctx, s.subject),
        source,
        sourceName: source ? labelOf(ctx, source) : null,
        date: e ? eventDate(ctx, e) : null,
        basis: s.basis,
        modality: s.modality ?? null,
        evidence: s.evidence.map((x) => ({ quote: x.quote, paragraph: x.paragraph })),
      },
      start: e ? e.date.bounds.start : Infinity,
      order,
    });
  });
  return rows.sort((a, b) => a.start - b.start || a.order - b.order).map((r) => r.row);
}
