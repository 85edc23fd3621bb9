import { NotFoundError } from '../errors';
import { weakerBasis } from '../pack/basis';
import type { Basis, Evidence, Modality, Statement } from '../pack/types';
import { eventById, eventDate, type EventDateJson, labelOf, mergeEvidence, type QueryContext } from './common';
import { echo } from '../text/visible';

/** One signing by a person: which document, at which event, where, and how the pack knows it. */
export interface Signing {
  readonly document: string;
  readonly documentName: string;
  /** The party signed for (`onBehalfOf`; a state that signs stands for itself), its label, and the office signed in. */
  readonly party: string | null;
  readonly partyName: string | null;
  readonly office: string | null;
  readonly officeId: string | null;
  readonly event: string | null;
  readonly date: EventDateJson | null;
  readonly place: string | null;
  readonly placeName: string | null;
  /** The basis of the statement that says so. */
  readonly basis: Basis;
  /** The statement's modality (`counterfactual`: the source says the person would have signed); null for a claim of fact. */
  readonly modality: Modality | null;
  /** The pack's reasoning, in the asked language, where the basis is `inferred` or `assumed`; otherwise null. */
  readonly reasoning: string | null;
}

/**
 * One row of `signatories` (CONTRACT.md): a person who signed — or a party
 * (a state), where the source names no person (`signatory-of`).
 */
export interface SignatoryRow {
  readonly person: string;
  readonly name: string;
  readonly party: string | null;
  readonly partyName: string | null;
  readonly office: string | null;
  readonly officeId: string | null;
  readonly documents: readonly string[];
  /** Date of the person's first signing (all of them are in `signings`). */
  readonly date: EventDateJson | null;
  /** Place of the first signing whose place the source names. */
  readonly place: string | null;
  readonly placeName: string | null;
  readonly signings: readonly Signing[];
  /** The least certain basis of the row's signings. */
  readonly basis: Basis;
  /** Null where one of the row's signings is a claim of fact; else the modality of its first (the person signed only as the source supposes). */
  readonly modality: Modality | null;
  /** The statements' evidence, then the evidence of their signing events (which gives the day). */
  readonly evidence: readonly Evidence[];
}

/** Predicates of a signing: a person `signed` a document; a party is a `signatory-of` it. */
const SIGNING = new Set(['signed', 'signatory-of']);

const str = (s: Statement, key: string): string | null => {
  const v = s.qualifiers?.[key];
  return typeof v === 'string' ? v : null;
};

/** A qualifier as text in the asked language: an id's label, or the text itself. */
const textOf = (ctx: QueryContext, s: Statement, key: string): string | null => {
  const v = s.qualifiers?.[key];
  if (v === undefined) return null;
  return typeof v === 'string' ? labelOf(ctx, v) : v[ctx.lang];
};

/**
 * Everyone who signed, from the pack's `signed` statements (person →
 * document, qualifiers `onBehalfOf`, `office`, `event`, `place`) and its
 * `signatory-of` statements (a party → document), one row per signer in
 * the order the pack first names them. A party that signs stands for
 * itself where no `onBehalfOf` says otherwise.
 *
 * @param document - only signings of this document id.
 * @throws NotFoundError when `document` is not a document of the pack.
 */
export function signatories(ctx: QueryContext, document?: string): SignatoryRow[] {
  if (document !== undefined) {
    const d = ctx.index.byId.get(document);
    if (d?.kind !== 'entity' || d.type !== 'document') {
      const docs = ctx.index.entitiesByType.get('document')?.map((e) => e.id) ?? [];
      throw new NotFoundError((m) => m.err.noDocument(echo(document)), (m) => m.err.documents(docs.join(', ')));
    }
  }
  const byPerson = new Map<string, Statement[]>();
  for (const s of ctx.index.pack.statements) {
    if (!SIGNING.has(s.predicate)) continue;
    if (document !== undefined && s.object !== document) continue;
    const list = byPerson.get(s.subject) ?? [];
    list.push(s);
    byPerson.set(s.subject, list);
  }
  return [...byPerson.entries()].map(([person, list]) => {
    const signer = ctx.index.byId.get(person);
    const signings: Signing[] = list.map((s) => {
      const ev = str(s, 'event');
      const party = str(s, 'onBehalfOf') ?? (signer?.kind === 'entity' && signer.type === 'state' ? person : null);
      return {
        document: s.object,
        documentName: labelOf(ctx, s.object),
        party,
        partyName: party ? labelOf(ctx, party) : null,
        office: textOf(ctx, s, 'office'),
        officeId: str(s, 'office'),
        event: ev,
        date: ev ? eventDate(ctx, eventById(ctx, ev)) : null,
        place: str(s, 'place'),
        placeName: textOf(ctx, s, 'place'),
        basis: s.basis,
        modality: s.modality ?? null,
        reasoning: s.reasoning?.[ctx.lang] ?? null,
      };
    });
    // A row's party and office are its signings' where they all agree; a person who signed for
    // two parties or in two offices has them in `signings` only (the row would claim one of them).
    const one = <K extends 'party' | 'partyName' | 'office' | 'officeId'>(key: K): Signing[K] | null =>
      signings.every((x) => x.party === signings[0]?.party && x.office === signings[0]?.office) ? (signings[0]?.[key] ?? null) : null;
    const placed = signings.find((s) => s.placeName !== null);
    return {
      person,
      name: labelOf(ctx, person),
      party: one('party'),
      partyName: one('partyName'),
      office: one('office'),
      officeId: one('officeId'),
      documents: [...new Set(list.map((s) => s.object))],
      date: signings[0]?.date ?? null,
      place: placed?.place ?? null,
      placeName: placed?.placeName ?? null,
      signings,
      basis: signings.reduce<Basis>((b, x) => weakerBasis(b, x.basis), 'stated'),
      modality: signings.some((x) => x.modality === null) ? null : (signings[0]?.modality ?? null),
      // One list of lists, not arguments: a person may sign tens of thousands of documents, more than a call takes.
      evidence: mergeEvidence(ctx.index, [...list.map((s) => s.evidence), ...signings.map((x) => (x.event ? eventById(ctx, x.event).evidence : undefined))]),
    };
  });
}
