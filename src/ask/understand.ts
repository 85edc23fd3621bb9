/**
 * Reading a question: every word accounted for by the grammar
 * (`grammar.ts`) or by the pack (`lexicon.ts`), or left over — and a word
 * left over means pakt does not understand the question and must not guess.
 */
import type { Lang } from '../i18n';
import { detectLanguage, findDates, type FoundDate, PHRASES, type Phrase, type QuestionWord, RELATIVE, type Token, tokenize } from './grammar';
import { namedThings } from '../pack/names';
import { idsWritten, type Lexicon, type LexiconPhrase, type LexiconRole, stem, type WrittenId } from './lexicon';

/** A thing of the pack the question names, where, and whether its words also name a trigger. */
export interface Mention {
  readonly id: string;
  /** Index of its first token. */
  readonly at: number;
  /** Its words also name a predicate, relation or event type (`Kündigung`). */
  readonly alsoTriggers: readonly LexiconRole[];
  /** Named right after a party word (`für Japan`, `for Japan`). */
  readonly asParty: boolean;
  /** Named inside an event-time clause (`als Deutschland kapitulierte`). */
  readonly inTimeClause: boolean;
}

/** A question as pakt understood it. */
export interface Understanding {
  readonly lang: Lang;
  readonly tokens: readonly Token[];
  /** The question words, in order. */
  readonly asks: readonly QuestionWord[];
  readonly mentions: readonly Mention[];
  /** Words of the question that name several things of the pack equally (ids of each such name). */
  readonly ambiguous: readonly (readonly string[])[];
  readonly predicates: ReadonlySet<string>;
  readonly relations: ReadonlySet<string>;
  readonly eventTypes: ReadonlySet<string>;
  /** Triggers named inside an event-time clause. */
  readonly clauseTriggers: readonly LexiconRole[];
  readonly dates: readonly FoundDate[];
  readonly inForce: boolean;
  readonly state: boolean;
  readonly remain: boolean;
  readonly happened: boolean;
  readonly compare: boolean;
  readonly mention: boolean;
  readonly entityTypes: ReadonlySet<string>;
  /** A conjunction made an event the time asked about (`when Germany surrendered`). */
  readonly eventTime: boolean;
  /** Words neither the grammar nor the pack knows, as typed. */
  readonly unknown: readonly string[];
  /**
   * Words the grammar knows, as typed, that change what the question asks
   * and that no reading of pakt's takes into account: a negation (`not`,
   * `keine`), and every date after the first (`1946` in `in 1943 or 1946`;
   * each plan reads one date). Answering without them would answer another
   * question.
   */
  readonly unread: readonly string[];
  /**
   * Words of order, as typed (`first`, `before`, `later`), and words that
   * place the time asked about before or after a date or an event the
   * question names (`until 1946`, `nach der Kündigung`; the grammar's
   * `RELATIVE`). Only a plan that reads them may answer.
   */
  readonly relative: readonly string[];
  /** The pack's trigger words outside an event-time clause, as typed, with what each names (and the things, when the words are a name too). */
  readonly triggerWords: readonly { readonly text: string; readonly roles: readonly LexiconRole[]; readonly ids: readonly string[] }[];
}

/** What the words from a token on were read as: the relative words' objects are found by it. */
type Reading = 'date' | 'grammar' | 'trigger' | 'event' | 'agent' | 'thing' | 'unknown';

/** A match at a position: how many tokens, and what they are. */
type Match =
  | { readonly length: number; readonly kind: 'grammar'; readonly phrase: Phrase }
  | { readonly length: number; readonly kind: 'lexicon'; readonly phrases: readonly LexiconPhrase[] };

/** Whether the question's words from `at` spell `words` (folded, umlauts either way, or by stem for the pack's words). */
function spells(tokens: readonly Token[], at: number, words: readonly string[], byStem: boolean): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    const w = words[k] ?? '';
    if (!t) return false;
    if (t.folded === w || t.stripped === w) continue;
    if (byStem && stem(t.folded) === stem(w)) continue;
    return false;
  }
  return true;
}

/**
 * The best match at `at`: the longest; on a tie the grammar's own words
 * (question words, the words of `status`), then the pack's words of the
 * question's language, then function words, then the pack's words of the
 * other language (German `war` is "was", not the English "war"). An id
 * the question writes there (`written`) is a word of the pack in the
 * question's language (ids have none); on a tie with the pack's other
 * words it joins them, and the ranking of names decides what they name.
 */
function matchAt(tokens: readonly Token[], at: number, lang: Lang, lexicon: Lexicon, written: WrittenId | undefined): Match | undefined {
  let best: Match | undefined;
  const rank = (m: Match): number =>
    m.kind === 'lexicon' ? (m.phrases.some((p) => p.lang === lang) ? 2 : 0) : m.phrase.role.kind === 'function' ? 1 : 3;
  const better = (m: Match): boolean => !best || m.length > best.length || (m.length === best.length && rank(m) > rank(best));
  for (const phrase of PHRASES[lang]) {
    if (spells(tokens, at, phrase.words, false)) {
      const m: Match = { length: phrase.words.length, kind: 'grammar', phrase };
      if (better(m)) best = m;
    }
  }
  const t = tokens[at];
  if (t) {
    const seen = new Set<string>();
    for (const key of [stem(t.folded), stem(t.stripped)]) {
      if (seen.has(key)) continue;
      seen.add(key);
      const fitting = (lexicon.phrases.get(key) ?? []).filter((p) => spells(tokens, at, p.words, true));
      const longest = fitting.reduce((most, p) => Math.max(most, p.words.length), 0);
      if (longest === 0) continue;
      const m: Match = { length: longest, kind: 'lexicon', phrases: fitting.filter((p) => p.words.length === longest) };
      if (better(m)) best = m;
      else if (best?.kind === 'lexicon' && best.length === longest) best = { ...best, phrases: [...best.phrases, ...m.phrases] };
    }
  }
  if (written) {
    const words = tokens.slice(at, at + written.length).map((x) => x.folded);
    const phrase: LexiconPhrase = { words, role: { kind: 'thing', id: written.id }, lang, rank: written.rank };
    const m: Match = { length: written.length, kind: 'lexicon', phrases: [phrase] };
    if (better(m)) best = m;
    else if (best?.kind === 'lexicon' && best.length === written.length) best = { ...best, phrases: [...best.phrases, phrase] };
  }
  return best;
}

/**
 * Reads a question against the grammar and the pack's lexicon. Every word
 * must be accounted for: a date, a phrase of the grammar (question words,
 * function words, the words of `status`), or a name or trigger word of the
 * pack; anything else is returned in `unknown`.
 *
 * @param lang - the language to read in; detected when not given.
 */
export function understand(question: string, lexicon: Lexicon, lang?: Lang): Understanding {
  const tokens = tokenize(question);
  const written = idsWritten(question, tokens, lexicon);
  // An id written as one — exactly, or as several words joined by hyphens (`Pact–Expiry`) — is a word of the pack, of
  // neither language (`pact-denounced` in a German question): it tells no language. A one-word id in another case
  // (`Moscow`) is also an ordinary word, and tells what the pack's names tell.
  const spelledAsIds = new Set<number>();
  for (const [at, w] of written) if (w.rank === 'id' || w.length > 1) for (let k = at; k < at + w.length; k++) spelledAsIds.add(k);
  const language =
    lang ??
    detectLanguage(tokens.filter((_, k) => !spelledAsIds.has(k)), (word) => {
      const langs = new Set((lexicon.phrases.get(stem(word)) ?? []).filter((p) => p.words.length === 1 && stem(p.words[0] ?? '') === stem(word)).map((p) => p.lang));
      return [...langs];
    });
  const words = (kind: Phrase['role']['kind']): Set<string> =>
    new Set(PHRASES[language].filter((p) => p.role.kind === kind && p.words.length === 1).map((p) => p.words[0] ?? ''));
  const dates = findDates(tokens, words('between'), words('and'));
  const dateAt = new Map<number, FoundDate>();
  for (const d of dates) dateAt.set(d.used[0] ?? -1, d);

  const asks: QuestionWord[] = [];
  const mentions: Mention[] = [];
  const ambiguous: string[][] = [];
  const predicates = new Set<string>();
  const relations = new Set<string>();
  const eventTypes = new Set<string>();
  const clauseTriggers: LexiconRole[] = [];
  const entityTypes = new Set<string>();
  const unknown: string[] = [];
  const unread: string[] = [];
  const relative: string[] = [];
  const triggerWords: { text: string; roles: LexiconRole[]; ids: string[] }[] = [];
  /** What was read at each token that begins a reading, in question order. */
  const readings: { at: number; length: number; as: Reading }[] = [];
  /** Tokens the grammar read as a word of their own (not `bis` of `bis wann`). */
  const alone = new Set<number>();
  const typed = (at: number, length: number): string => {
    const first = tokens[at];
    const last = tokens[at + length - 1];
    return first && last ? question.slice(first.at, last.at + last.text.length) : '';
  };
  const flags = { inForce: false, state: false, remain: false, happened: false, compare: false, mention: false, eventTime: false };
  let partyNext = false;
  let inClause = false;

  for (let i = 0; i < tokens.length; ) {
    const date = dateAt.get(i);
    const id = written.get(i);
    // A date is read as one, unless an id written from the same word is longer (`1941-pact`).
    if (date && !(id && id.length > date.used.length)) {
      // Each plan reads the first date: a second is a date the answer would leave out.
      if (date !== dates[0]) unread.push(typed(i, date.used.length));
      readings.push({ at: i, length: date.used.length, as: 'date' });
      i += date.used.length;
      continue;
    }
    const m = matchAt(tokens, i, language, lexicon, id);
    if (!m) {
      unknown.push(tokens[i]?.text ?? '');
      readings.push({ at: i, length: 1, as: 'unknown' });
      i++;
      continue;
    }
    if (m.kind === 'grammar') {
      const role = m.phrase.role;
      if (role.kind !== 'function') readings.push({ at: i, length: m.length, as: 'grammar' });
      if (m.length === 1) alone.add(i);
      switch (role.kind) {
        case 'negation':
          unread.push(typed(i, m.length));
          break;
        case 'question':
          // "when" after the first word is a conjunction in English ("in force when Germany surrendered").
          if (language === 'en' && role.word === 'when' && i > 0 && m.length === 1) {
            flags.eventTime = true;
            inClause = true;
          } else if (role.word === 'when-where') asks.push('when', 'where');
          else asks.push(role.word);
          break;
        case 'in-force':
          flags.inForce = true;
          break;
        case 'state':
          flags.state = true;
          break;
        case 'remain':
          flags.remain = true;
          break;
        case 'happened':
          flags.happened = true;
          break;
        case 'compare':
          flags.compare = true;
          relative.push(typed(i, m.length));
          break;
        case 'mention':
          flags.mention = true;
          break;
        case 'entity-type':
          entityTypes.add(role.type);
          break;
        case 'party':
          partyNext = true;
          break;
        case 'event-time':
          flags.eventTime = true;
          inClause = true;
          break;
        default:
          break;
      }
      i += m.length;
      continue;
    }
    const things = m.phrases.filter((p) => p.role.kind === 'thing');
    const triggers = m.phrases.filter((p) => p.role.kind !== 'thing').map((p) => p.role);
    for (const role of triggers) {
      if (inClause) clauseTriggers.push(role);
      else if (role.kind === 'predicate') predicates.add(role.key);
      else if (role.kind === 'relation') relations.add(role.key);
      else if (role.kind === 'eventType') eventTypes.add(role.key);
    }
    // Names are ranked as in `show`: an id as written, then a label, then an alias; words that still name several things are ambiguous.
    const ids = namedThings(things.map((p) => ({ id: p.role.kind === 'thing' ? p.role.id : '', rank: p.rank })));
    if (ids.length > 1) ambiguous.push(ids);
    if (triggers.length > 0 && !inClause) triggerWords.push({ text: typed(i, m.length), roles: triggers, ids });
    // An agent (a state or person) may begin a clause whose verb is the event (`after Germany surrendered`).
    const kinds = ids.map((x) => lexicon.kinds.get(x));
    const as: Reading = kinds.includes('event') ? 'event' : ids.length === 0 ? 'trigger' : kinds.every((k) => k === 'state' || k === 'person') ? 'agent' : 'thing';
    readings.push({ at: i, length: m.length, as });
    for (const id of ids) {
      mentions.push({ id, at: i, alsoTriggers: triggers, asParty: partyNext, inTimeClause: inClause });
    }
    if (ids.length > 0) partyNext = false;
    i += m.length;
  }
  // A relative word governs what follows it, past the grammar's words: a date, an event (by name or by a
  // trigger), or an agent and then its event (`nachdem Deutschland kapitulierte`). Followed by a place
  // (`nach Moskau`) or by nothing (`schlug … vor`), it is a preposition of place or a particle.
  const relativeWords = RELATIVE[language];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!alone.has(k) || (!relativeWords.has(t.folded) && !relativeWords.has(t.stripped))) continue;
    const next = readings.filter((r) => r.at > k && r.as !== 'grammar');
    const [object, after] = next;
    const governs =
      object !== undefined &&
      (object.as === 'date' || object.as === 'event' || object.as === 'trigger' || (object.as === 'agent' && (after?.as === 'trigger' || after?.as === 'event')));
    if (governs) relative.push(t.text);
  }
  return {
    lang: language,
    tokens,
    asks,
    mentions,
    ambiguous,
    predicates,
    relations,
    eventTypes,
    clauseTriggers,
    dates,
    ...flags,
    entityTypes,
    unknown,
    unread,
    relative,
    triggerWords,
  };
}
