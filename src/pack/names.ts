/**
 * How a name names a thing of the pack: the one rule `show` (a name on the
 * command line) and `ask` (a name inside a question) read names by, so
 * that both name the same thing for the same words.
 */

/**
 * How a name names a thing, best first: `id` — the name is the thing's id
 * as written (ids are unique, so at most one thing is named so); `label` —
 * it is one of the thing's labels (either language, folded); `alias` — it
 * is an alias, or the id written otherwise (another case, a dash for a
 * hyphen: the folded id).
 */
export type NameRank = 'id' | 'label' | 'alias';

const ORDER: Readonly<Record<NameRank, number>> = { id: 0, label: 1, alias: 2 };

/** A thing a name may name, and how. */
export interface NameCandidate {
  readonly id: string;
  readonly rank: NameRank;
}

/**
 * The things a name names: of the candidates, the ids of those named at
 * the best rank any of them has, each once, in the order given. An id
 * outranks a label of another thing, and a label another thing's alias;
 * more than one id means the name is ambiguous (the caller refuses it,
 * naming them). A thing named at several ranks counts at its best.
 */
export function namedThings(candidates: Iterable<NameCandidate>): string[] {
  let best = Number.POSITIVE_INFINITY;
  let out = new Set<string>();
  for (const c of candidates) {
    const rank = ORDER[c.rank];
    if (rank > best) continue;
    if (rank < best) {
      best = rank;
      out = new Set();
    }
    out.add(c.id);
  }
  return [...out];
}
