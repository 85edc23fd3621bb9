/**
 * Reading a question: every word accounted for by the grammar
 * (`grammar.ts`) or by the pack (`lexicon.ts`), or left over — and a word
 * left over means pakt does not understand the question and must not guess.
 */
import type { Lang } from '../i18n';
import { detectLanguage, findDates, type FoundDate, PHRASES, type Phrase, type QuestionWord, RELATIVE, type Token, tokenize } from './grammar';
import { namedThings } from '../pack/names';
import { idsWritten, languagesOfWord, type Lexicon, type LexiconGroup, type LexiconPhrase, type LexiconRole, phrasesAt, type WrittenId } from './lexicon';

/** A thing of the pack the question names, where, and whether its words also name a trigger. */
export interface Mention {
  readonly id: string;
  /** Index of its first token. */
  readonly at: number;
  /** Index of the token after its last. */
  readonly end: number;
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
  /** The things the question names, each by words that name it alone (words that name several are in `ambiguous`). */
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
  | {
      readonly length: number;
      readonly kind: 'lexicon';
      /** The pack's phrases of this length spelled here, grouped by their words. */
      readonly groups: readonly LexiconGroup[];
      /** The id the question writes here, as a phrase of the question's language. */
      readonly written?: LexiconPhrase;
    };

/** Whether the question's words from `at` spell the grammar's `words` (folded, umlauts expanded or stripped). */
function spells(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[at + k];
    const w = words[k] ?? '';
    if (!t || (t.folded !== w && t.stripped !== w)) return false;
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
    m.kind === 'lexicon' ? (m.written !== undefined || m.groups.some((g) => g.langs.includes(lang)) ? 2 : 0) : m.phrase.role.kind === 'function' ? 1 : 3;
  const better = (m: Match): boolean => !best || m.length > best.length || (m.length === best.length && rank(m) > rank(best));
  for (const phrase of PHRASES[lang]) {
    if (spells(tokens, at, phrase.words)) {
      const m: Match = { length: phrase.words.length, kind: 'grammar', phrase };
      if (better(m)) best = m;
    }
  }
  const pack = phrasesAt(lexicon, tokens, at);
  if (pack) {
    const m: Match = { length: pack.length, kind: 'lexicon', groups: pack.groups };
    if (better(m)) best = m;
  }
  if (written) {
    const words = tokens.slice(at, at + written.length).map((x) => x.folded);
    const phrase: LexiconPhrase = { words, role: { kind: 'thing', id: written.id }, lang, rank: written.rank };
    const m: Match = { length: written.length, kind: 'lexicon', groups: [], written: phrase };
    if (better(m)) best = m;
    else if (best?.kind === 'lexicon' && best.length === written.length) best = { ...best, written: phrase };
  }
  return best;
}

/** What the pack's words of a match name: the triggers, the things (ranked as `show` ranks names), and what they are read as. */
interface LexiconReading {
  readonly triggers: readonly LexiconRole[];
  readonly ids: readonly string[];
  readonly as: Reading;
}

/**
 * Reads the pack's words of a match: its triggers and the things it names,
 * ranked as in `show` (an id as written, then a label, then an alias);
 * words that still name several things are ambiguous. An agent (a state or
 * person) may begin a clause whose verb is the event (`after Germany
 * surrendered`).
 */
function readLexicon(m: Extract<Match, { kind: 'lexicon' }>, lexicon: Lexicon): LexiconReading {
  const phrases = m.groups.flatMap((g) => g.phrases);
  if (m.written) phrases.push(m.written);
  const triggers = phrases.filter((p) => p.role.kind !== 'thing').map((p) => p.role);
  const ids = namedThings(phrases.flatMap((p) => (p.role.kind === 'thing' ? [{ id: p.role.id, rank: p.rank }] : [])));
  const kinds = new Set(ids.map((x) => lexicon.kinds.get(x)));
  const as: Reading = kinds.has('event')
    ? 'event'
    : ids.length === 0
      ? 'trigger'
      : [...kinds].every((k) => k === 'state' || k === 'person')
        ? 'agent'
        : 'thing';
  return { triggers, ids, as };
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
      return languagesOfWord(lexicon, word);
    });
  const words = (kind: Phrase['role']['kind']): Set<string> =>
    new Set(PHRASES[language].filter((p) => p.role.kind === kind && p.words.length === 1).map((p) => p.words[0] ?? ''));
  const dates = findDates(tokens, words('between'), words('and'));
  const dateAt = new Map<number, FoundDate>();
  for (const d of dates) dateAt.set(d.used[0] ?? -1, d);

  const asks: QuestionWord[] = [];
  const mentions: Mention[] = [];
  const ambiguous: (readonly string[])[] = [];
  const predicates = new Set<string>();
  const relations = new Set<string>();
  const eventTypes = new Set<string>();
  const clauseTriggers: LexiconRole[] = [];
  const entityTypes = new Set<string>();
  const unknown: string[] = [];
  const unread: string[] = [];
  const relative: string[] = [];
  const triggerWords: Understanding['triggerWords'][number][] = [];
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
  // A name repeated (or shared by thousands of things) is read once: by the groups it matched and the id written there.
  const serials = new Map<LexiconGroup, number>();
  const serial = (g: LexiconGroup): number => serials.get(g) ?? (serials.set(g, serials.size), serials.size - 1);
  const lexiconReadings = new Map<string, LexiconReading>();
  const triggersTaken = new Set<string>();

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
    const writtenKey = m.written?.role.kind === 'thing' ? `${m.written.role.id}\u0000${m.written.rank}` : '';
    const key = `${m.groups.map(serial).join(',')}|${writtenKey}`;
    let read = lexiconReadings.get(key);
    if (!read) lexiconReadings.set(key, (read = readLexicon(m, lexicon)));
    const { triggers, ids, as } = read;
    // Triggers are sets of keys: the same words in the same clause add nothing the second time.
    if (!triggersTaken.has(`${key}|${inClause}`)) {
      triggersTaken.add(`${key}|${inClause}`);
      for (const role of triggers) {
        if (inClause) clauseTriggers.push(role);
        else if (role.kind === 'predicate') predicates.add(role.key);
        else if (role.kind === 'relation') relations.add(role.key);
        else if (role.kind === 'eventType') eventTypes.add(role.key);
      }
    }
    if (ids.length > 1) ambiguous.push(ids);
    if (triggers.length > 0 && !inClause) triggerWords.push({ text: typed(i, m.length), roles: triggers, ids });
    readings.push({ at: i, length: m.length, as });
    if (ids.length === 1) mentions.push({ id: ids[0] as string, at: i, end: i + m.length, alsoTriggers: triggers, asParty: partyNext, inTimeClause: inClause });
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
