/**
 * What a question can name, taken from the fact pack: every entity and
 * event by its labels and aliases in both languages, and by its id where
 * the question writes it as one (`pact-in-force`, hyphens and all: see
 * {@link idsWritten}), and the pack's trigger words for predicates,
 * relations and event types (the pack's `vocabulary.triggers`). Nothing
 * here knows a particular treaty.
 */
import type { Lang } from '../i18n';
import type { PackIndex } from '../pack/load';
import type { NameRank } from '../pack/names';
import { fold } from '../text/fold';
import type { Token } from './grammar';

/** What a phrase of the pack names. */
export type LexiconRole =
  | { readonly kind: 'thing'; readonly id: string }
  | { readonly kind: 'predicate'; readonly key: string }
  | { readonly kind: 'relation'; readonly key: string }
  | { readonly kind: 'eventType'; readonly key: string };

/** A phrase of the pack, as folded words (`soviet union`), and the language it is of. */
export interface LexiconPhrase {
  readonly words: readonly string[];
  readonly role: LexiconRole;
  readonly lang: Lang;
  /**
   * How the phrase names its thing, ranked as in `show` (`namedThings`):
   * `label` or `alias` in the lexicon (trigger words, which name no thing,
   * are `alias`); `id` only in a phrase `understand` makes of an id the
   * question writes exactly ({@link idsWritten}).
   */
  readonly rank: NameRank;
}

/**
 * The stem a word is compared by, so that German and English inflection
 * does not hide a name: a final `-en`, `-em`, `-er`, `-es`, `-n`, `-s` or
 * `-e` is dropped from words of more than four letters (`sowjetischen`
 * meets `sowjetische`, `Pakts` meets `Pakt`, `Molotows` meets `Molotow`).
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  const cut = /(?:en|em|er|es|n|s|e)$/.exec(word);
  return cut && word.length - cut[0].length >= 4 ? word.slice(0, -cut[0].length) : word;
}

/** What a pack lets a question name. */
export interface Lexicon {
  /** Phrases by the stem of their first word, for the matcher. */
  readonly phrases: ReadonlyMap<string, readonly LexiconPhrase[]>;
  /** The ids of the pack's entities and events (stated and derived). */
  readonly ids: { has(id: string): boolean };
  /** What each id is: `event`, or its entity's type (`state`, `person`, `place`, …). */
  readonly kinds: ReadonlyMap<string, string>;
}

/** Splits a name into folded words the way questions are cut (`tokenize`: a number with letters on it is one word). */
export function words(text: string): string[] {
  return [...fold(text).matchAll(/\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d+['\u2019]?[\p{L}\p{M}]+|\d+|[\p{L}\p{M}]+/gu)].map((m) => m[0]);
}

/**
 * Runs of letters and digits joined by single hyphens or the dashes `fold`
 * reads as hyphens (`pact–expiry`, as `show` reads it): what an id looks
 * like as written, taken whole.
 */
const ID_RUN = /[\p{L}\p{M}\d]+(?:[-\u2010-\u2015\u2212][\p{L}\p{M}\d]+)*/gu;

/** An id written in a question: the tokens it covers, the thing it names and how. */
export interface WrittenId {
  /** The number of tokens it covers, from the one it begins at. */
  readonly length: number;
  readonly id: string;
  /** `id` when written exactly as the id; `alias` when only its folding is (`Pact-Expiry`), as `show` ranks it. */
  readonly rank: NameRank;
}

/**
 * The ids of the pack a question writes, by the index of the token each
 * begins at. The tokenizer cuts `pact-expiry` into `pact` and `expiry`;
 * here the question is read again in whole runs of letters and digits
 * joined by hyphens (`p7s4-x` is one run, `pact-expiry's` the run
 * `pact-expiry`), and a run is an id only as a whole — `pact-expiry-x` is
 * not `pact-expiry`. A run whose folding is an id names that thing; it is
 * read at the rank `show` gives the same text (case-sensitive `id` rank
 * when written exactly, else `alias`). A run must cover whole tokens; a
 * German ordinal's dot (`9.`) may hang over its end.
 */
export function idsWritten(question: string, tokens: readonly Token[], lexicon: Lexicon): Map<number, WrittenId> {
  const out = new Map<number, WrittenId>();
  let k = 0;
  for (const m of question.matchAll(ID_RUN)) {
    const text = m[0];
    const id = fold(text);
    const start = m.index ?? 0;
    const end = start + text.length;
    // Tokens are in question order: those before the run are passed once, for all runs.
    while (k < tokens.length && (tokens[k] as Token).at < start) k++;
    if (!lexicon.ids.has(id)) continue;
    let n = 0;
    while (k + n < tokens.length && (tokens[k + n] as Token).at < end) n++;
    const first = tokens[k];
    const last = tokens[k + n - 1];
    if (n === 0 || first?.at !== start || !last || last.at + last.text.replace(/\.$/, '').length > end) continue;
    out.set(k, { length: n, id, rank: text === id ? 'id' : 'alias' });
  }
  return out;
}

/**
 * The lexicon of a pack: names of things (labels and aliases in both
 * languages) and trigger words, each with its language, and the pack's
 * ids. Built once per index.
 */
export function lexiconOf(index: PackIndex): Lexicon {
  const out = new Map<string, LexiconPhrase[]>();
  // Each phrase once: by its language, words and role. Thousands of names may share a first
  // word (`Ereignis 1`, `Ereignis 2`, …), so a phrase is looked up, not compared with its bucket.
  const seen = new Set<string>();
  const add = (text: string, role: LexiconRole, lang: Lang, rank: NameRank = 'alias'): void => {
    const w = words(text);
    if (w.length === 0) return;
    const signature = `${lang}\u0000${w.join(' ')}\u0000${role.kind}\u0000${'id' in role ? role.id : role.key}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const key = stem(w[0] ?? '');
    const list = out.get(key);
    if (list) list.push({ words: w, role, lang, rank });
    else out.set(key, [{ words: w, role, lang, rank }]);
  };
  for (const t of index.byId.values()) {
    const role: LexiconRole = { kind: 'thing', id: t.id };
    // The label first: a phrase that is both a label and an alias of a thing is kept as its label.
    for (const lang of ['de', 'en'] as const) {
      add(t.label[lang], role, lang, 'label');
      for (const text of t.aliases?.[lang] ?? []) add(text, role, lang);
    }
  }
  const triggers = index.pack.vocabulary?.triggers;
  for (const kind of ['predicates', 'relations', 'eventTypes'] as const) {
    const roleKind = kind === 'predicates' ? 'predicate' : kind === 'relations' ? 'relation' : 'eventType';
    for (const [key, forms] of Object.entries(triggers?.[kind] ?? {})) {
      for (const lang of ['de', 'en'] as const) for (const text of forms[lang] ?? []) add(text, { kind: roleKind, key }, lang);
    }
  }
  const kinds = new Map([...index.byId.values()].map((t) => [t.id, t.kind === 'event' ? 'event' : t.type]));
  return { phrases: out, ids: index.byId, kinds };
}
