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
import { checkLexiconRoom } from '../pack/room';
import { escapePattern, fold } from '../text/fold';
import { type Token, tokenize } from './grammar';

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
 * meets `sowjetische`, `Pakts` meets `Pakt`, `Molotows` meets `Molotow`),
 * and after the `-s` of a genitive or plural the ending of the word it was
 * added to (`Sibiriens` meets `Sibirien`, `Japans` meets `Japan`).
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('s') && !word.endsWith('ss')) return cutEnding(word.slice(0, -1));
  return cutEnding(word);
}

/** `word` without its final `-en`, `-em`, `-er`, `-es`, `-n`, `-s` or `-e`, where four letters stay. */
function cutEnding(word: string): string {
  const cut = /(?:en|em|er|es|n|s|e)$/.exec(word);
  return cut && word.length - cut[0].length >= 4 ? word.slice(0, -cut[0].length) : word;
}

/**
 * The phrases of the pack spelled by one sequence of folded words
 * (`gemeinsam`, `soviet union`): every thing and trigger they name, and
 * the languages they are of. Thousands of things may share one name, so a
 * question's word is compared with the name once, not with each thing.
 */
export interface LexiconGroup {
  readonly words: readonly string[];
  readonly phrases: readonly LexiconPhrase[];
  readonly langs: readonly Lang[];
}

/**
 * The pack's phrases as a trie of the stems of their words, for the matcher
 * ({@link phrasesAt}). A node is a number, the root 0; the edges of all
 * nodes are one map, keyed by the node and the next word's stem (`0 pakt`),
 * so that a node costs no map of its own.
 */
export interface LexiconTrie {
  readonly edges: ReadonlyMap<string, number>;
  /** The groups whose words end at a node. */
  readonly ends: ReadonlyMap<number, readonly LexiconGroup[]>;
}

/** What a pack lets a question name. */
export interface Lexicon {
  readonly trie: LexiconTrie;
  /** Every group of the pack's phrases, in the order of the pack. */
  readonly groups: readonly LexiconGroup[];
  /** The ids of the pack's entities and events (stated and derived). */
  readonly ids: { has(id: string): boolean };
  /** What each id is: `event`, or its entity's type (`state`, `person`, `place`, …). */
  readonly kinds: ReadonlyMap<string, string>;
}

/** Whether a question's word is a word of the pack: the same folded (umlauts expanded or stripped), or of the same stem. */
function sameWord(t: Token, w: string): boolean {
  return t.folded === w || t.stripped === w || stem(t.folded) === stem(w);
}

/**
 * The pack's longest phrases the question spells from token `at`: their
 * length in tokens, and the groups of that length (of any language and
 * role). Each word of the question is compared with the pack's word by
 * {@link sameWord}; the trie is walked by the stems of the question's word
 * folded and stripped, so the cost is the length of the phrases the
 * question could spell, whatever the number of things they name.
 */
export function phrasesAt(lexicon: Lexicon, tokens: readonly Token[], at: number): { readonly length: number; readonly groups: readonly LexiconGroup[] } | undefined {
  const { edges, ends } = lexicon.trie;
  let nodes = [0];
  let found: { length: number; groups: LexiconGroup[] } | undefined;
  for (let k = at; k < tokens.length && nodes.length > 0; k++) {
    const t = tokens[k] as Token;
    const keys = new Set([stem(t.folded), stem(t.stripped)]);
    const next = new Set<number>();
    for (const node of nodes) for (const key of keys) {
      const child = edges.get(`${node} ${key}`);
      if (child !== undefined) next.add(child);
    }
    nodes = [...next];
    const length = k - at + 1;
    const groups = nodes.flatMap((n) => ends.get(n) ?? []).filter((g) => g.words.every((w, j) => sameWord(tokens[at + j] as Token, w)));
    if (groups.length > 0) found = { length, groups };
  }
  return found;
}

/** The languages the pack has a one-word name or trigger in whose stem is the word's (for telling a question's language). */
export function languagesOfWord(lexicon: Lexicon, word: string): Lang[] {
  const langs = new Set<Lang>();
  const node = lexicon.trie.edges.get(`0 ${stem(word)}`);
  for (const g of (node !== undefined && lexicon.trie.ends.get(node)) || []) for (const lang of g.langs) langs.add(lang);
  return [...langs];
}

/**
 * Splits a name, folded (`fold`), into words the way questions are cut
 * (`tokenize`: a number with letters on it is one word).
 *
 * @param max - the most words wanted: a name of more is `undefined`, read
 *   no further than its word `max + 1`.
 */
function wordsOf(folded: string, max = Infinity): string[] | undefined {
  const words: string[] = [];
  for (const m of folded.matchAll(/\d{4}-\d{2}(?:-\d{2})?(?!\d)|\d+['\u2019]?[\p{L}\p{M}]+|\d+|[\p{L}\p{M}]+/gu)) {
    if (words.length === max) return undefined;
    words.push(m[0]);
  }
  return words;
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

/** Heap bytes a phrase of the lexicon takes beside its words: its group, its entry, its role. */
const HEAP_PER_PHRASE = 400;
/** Heap bytes a word of a phrase takes: the word, and its edge in the trie (160,000 phrases of 1.6 million words measured 166 MiB). */
const HEAP_PER_WORD = 80;
/** Heap the lexicon may take without being weighed first (see {@link checkLexiconRoom}). */
const LEXICON_SURELY_HELD = 32 * 2 ** 20;

/**
 * The lexicon of a pack: names of things (labels and aliases in both
 * languages) and trigger words, each with its language, and the pack's
 * ids.
 *
 * @param question - when given, only the names and trigger words this
 *   question may spell are kept: a name matches only if the stem of each of
 *   its words is the stem of a word of the question, folded with umlauts
 *   expanded or stripped ({@link phrasesAt}). A pack may have a million
 *   names; a question has a few words. A name whose folded text holds none
 *   of those stems is passed over before it is cut into words.
 */
export function lexiconOf(index: PackIndex, question?: string): Lexicon {
  const tokens = question === undefined ? undefined : tokenize(question);
  const stems = tokens === undefined ? undefined : new Set(tokens.flatMap((t) => [stem(t.folded), stem(t.stripped)]));
  // A phrase is spelled by as many of the question's tokens, one after another (phrasesAt): a longer one never is.
  const maxWords = tokens?.length ?? Infinity;
  // One pattern of all the stems: a loop over them for each of thousands of names would be optimised on another thread.
  const anyStem = stems === undefined ? undefined : new RegExp([...stems].map(escapePattern).join('|'), 'u');
  const mayBeSpelled = (folded: string): boolean => anyStem === undefined || anyStem.test(folded);
  interface Group { words: readonly string[]; phrases: LexiconPhrase[]; langs: Lang[] }
  const edges = new Map<string, number>();
  const ends = new Map<number, Group[]>();
  // A group by its words, which also fix its node.
  const groups = new Map<string, Group>();
  const groupOf = (w: readonly string[], spelled: string): Group => {
    const group: Group = { words: w, phrases: [], langs: [] };
    groups.set(spelled, group);
    let at = 0;
    for (const word of w) {
      const edge = `${at} ${stem(word)}`;
      const child = edges.get(edge);
      if (child === undefined) edges.set(edge, (at = edges.size + 1));
      else at = child;
    }
    const here = ends.get(at);
    if (here) here.push(group);
    else ends.set(at, [group]);
    return group;
  };
  /** The words of a name or trigger word, folded, where the question may spell it. */
  const spell = (text: string): readonly string[] | undefined => {
    const folded = fold(text);
    if (!mayBeSpelled(folded)) return undefined;
    const w = wordsOf(folded, maxWords);
    if (w === undefined || w.length === 0 || (stems !== undefined && !w.every((word) => stems.has(stem(word))))) return undefined;
    return w;
  };
  const add = (text: string, role: LexiconRole, lang: Lang, rank: NameRank = 'alias'): void => {
    const w = spell(text);
    if (w === undefined) return;
    const spelled = w.join(' ');
    const group = groups.get(spelled) ?? groupOf(w, spelled);
    // Each phrase once, by its language and role. A role's phrases are added together (one thing's names, one
    // trigger's forms), so a phrase seen before for this role is among the last of its group.
    for (let k = group.phrases.length - 1; k >= 0; k--) {
      const p = group.phrases[k] as LexiconPhrase;
      if (p.role !== role) break;
      if (p.lang === lang) return;
    }
    group.phrases.push({ words: group.words, role, lang, rank });
    if (!group.langs.includes(lang)) group.langs.push(lang);
  };
  const triggers = index.pack.vocabulary?.triggers;
  /** Calls `visit` with every name and trigger word of the pack, with its role, language and rank. */
  const eachText = (visit: (text: string, role: LexiconRole, lang: Lang, rank?: NameRank) => void): void => {
    for (const t of index.byId.values()) {
      const role: LexiconRole = { kind: 'thing', id: t.id };
      // The label first: a phrase that is both a label and an alias of a thing is kept as its label.
      for (const lang of ['de', 'en'] as const) {
        visit(t.label[lang], role, lang, 'label');
        for (const text of t.aliases?.[lang] ?? []) visit(text, role, lang);
      }
    }
    for (const kind of ['predicates', 'relations', 'eventTypes'] as const) {
      const roleKind = kind === 'predicates' ? 'predicate' : kind === 'relations' ? 'relation' : 'eventType';
      for (const [key, forms] of Object.entries(triggers?.[kind] ?? {})) {
        const role: LexiconRole = { kind: roleKind, key };
        for (const lang of ['de', 'en'] as const) for (const text of forms[lang] ?? []) visit(text, role, lang);
      }
    }
  };
  // The phrases a question may spell are weighed before they are kept, where there may be too many to hold: a pack
  // of thousands of trigger words made of the same few words, asked a question of those words, spells them all.
  let most = 0;
  eachText((text) => {
    most += HEAP_PER_PHRASE + HEAP_PER_WORD * (text.length / 2 + 1);
  });
  if (most > LEXICON_SURELY_HELD) {
    let need = 0;
    eachText((text) => {
      const w = spell(text);
      if (w !== undefined) need += HEAP_PER_PHRASE + HEAP_PER_WORD * w.length;
    });
    checkLexiconRoom(need, index.file);
  }
  eachText(add);
  const kinds = new Map([...index.byId.values()].map((t) => [t.id, t.kind === 'event' ? 'event' : t.type]));
  return { trie: { edges, ends }, groups: [...groups.values()], ids: index.byId, kinds };
}
