/**
 * What a question can name, taken from the fact pack: every entity and
 * event by its labels and aliases in both languages (not by its id: an id
 * such as `pact-in-force` reads as ordinary words), and the pack's
 * trigger words for predicates, relations and event types (the pack's
 * `vocabulary.triggers`). Nothing here knows a particular treaty.
 */
import type { Lang } from '../i18n';
import type { PackIndex } from '../pack/load';
import { fold } from '../text/fold';

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
  /** The phrase is a thing's label, not an alias (a label outranks an alias, as in `show`). */
  readonly label: boolean;
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

/** Phrases by the stem of their first word, for the matcher. */
export type Lexicon = ReadonlyMap<string, readonly LexiconPhrase[]>;

/** Splits a name into folded words the way questions are cut (`tokenize`). */
export function words(text: string): string[] {
  return [...fold(text).matchAll(/\d{4}-\d{2}(?:-\d{2})?|\d+|[\p{L}\p{M}]+/gu)].map((m) => m[0]);
}

/**
 * The lexicon of a pack: names of things (labels and aliases in both
 * languages) and trigger words, each with its language. Built once per
 * index.
 */
export function lexiconOf(index: PackIndex): Lexicon {
  const out = new Map<string, LexiconPhrase[]>();
  // Each phrase once: by its language, words and role. Thousands of names may share a first
  // word (`Ereignis 1`, `Ereignis 2`, …), so a phrase is looked up, not compared with its bucket.
  const seen = new Set<string>();
  const add = (text: string, role: LexiconRole, lang: Lang, label = false): void => {
    const w = words(text);
    if (w.length === 0) return;
    const signature = `${lang}\u0000${w.join(' ')}\u0000${role.kind}\u0000${'id' in role ? role.id : role.key}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const key = stem(w[0] ?? '');
    const list = out.get(key);
    if (list) list.push({ words: w, role, lang, label });
    else out.set(key, [{ words: w, role, lang, label }]);
  };
  for (const t of index.byId.values()) {
    const role: LexiconRole = { kind: 'thing', id: t.id };
    // The label first: a phrase that is both a label and an alias of a thing is kept as its label.
    for (const lang of ['de', 'en'] as const) {
      add(t.label[lang], role, lang, true);
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
  return out;
}
