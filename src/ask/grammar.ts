/**
 * The grammar `pakt ask` knows on its own, in German and English: how to cut
 * a question into words, which language it is in, the question words and
 * function words, the words of `status` ("in force", "state"), and dates.
 * Everything a question can name — people, places, events, what they did —
 * comes from the fact pack instead (`lexicon.ts`), so another treaty's pack
 * brings its own.
 */
import type { Lang } from '../i18n';
import { fold } from '../text/fold';
import { monthOf } from '../text/months';
import { STOPWORDS } from '../text/stopwords';

/** One word of a question: as typed, and folded for matching (`fold`, umlauts expanded and stripped). */
export interface Token {
  readonly text: string;
  readonly folded: string;
  /** The same word with umlauts read as plain vowels (`Kundigung` typed for `Kündigung`). */
  readonly stripped: string;
  /** Position in the question (character offset), to keep order. */
  readonly at: number;
  /** What stands between the previous word and this one, as typed (`–` in `1943–1944`). */
  readonly gap: string;
}

/**
 * Cuts a question into words: runs of letters and digits, with the dot of a
 * German ordinal kept on its number (`9.` in `9. August`), hyphens and dashes
 * splitting compounds (`Hitler–Stalin-Pakt` is three words), an
 * apostrophe's `s` a word of its own (`Matsuoka's`). A number with letters
 * written on it is one word (`1940s`, `1940's`, `1940er`, `9th`, `1943s`):
 * the date grammar reads it whole or not at all, so that a suffix it does
 * not know never leaves a bare year behind.
 */
export function tokenize(question: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (const m of question.matchAll(/\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2})?(?!\d)|\d+['\u2019]?[\p{L}\p{M}]+|\d+\.?|[\p{L}\p{M}]+/gu)) {
    const text = m[0];
    const at = m.index ?? 0;
    out.push({ text, folded: fold(text), stripped: fold(text, 'strip'), at, gap: question.slice(end, at) });
    end = at + text.length;
  }
  return out;
}

/** ä ö ü ß (any case), escaped: the bundle is ASCII (see scripts/build.mjs). */
const GERMAN_LETTERS = /[\u00e4\u00f6\u00fc\u00df]/i;

/** Words of each language that tell it apart: its function and question words, and a few of its own. */
const LANGUAGE_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  de: new Set([...STOPWORDS.de, ...'welchem kraft geschah passierte zustand nachdem zwischen uhr viel'.split(' ')]),
  en: new Set([...STOPWORDS.en, ...'until after before between time first came happened force signed'.split(' ')]),
};

/**
 * The language of a question: the one whose own words it uses more of —
 * function and question words of the grammar, umlauts and `ß`, and words
 * the pack knows in only one of its languages (`other` tells, for a word,
 * the languages the pack has it in). English on a tie.
 */
export function detectLanguage(tokens: readonly Token[], other: (word: string) => readonly Lang[] = () => []): Lang {
  let de = 0;
  let en = 0;
  for (const t of tokens) {
    const inDe = LANGUAGE_WORDS.de.has(t.folded);
    const inEn = LANGUAGE_WORDS.en.has(t.folded);
    if (inDe && !inEn) de++;
    if (inEn && !inDe) en++;
    if (GERMAN_LETTERS.test(t.text)) de++;
    if (!inDe && !inEn) {
      const langs = other(t.folded);
      if (langs.length === 1) {
        if (langs[0] === 'de') de++;
        else en++;
      }
    }
  }
  return de > en ? 'de' : 'en';
}

/** What a question asks for, as its question words tell. */
export type QuestionWord = 'who' | 'when' | 'where' | 'when-where' | 'which' | 'what' | 'how' | 'until-when' | 'what-time';

/**
 * Phrases of the grammar, folded, longest first within each language: the
 * question words, the words of the treaty's state, of events happening, of
 * order, of a party ("for Japan"), of relating ("about"), and conjunctions
 * that make an event a point in time ("when Germany surrendered").
 */
export interface Phrase {
  readonly words: readonly string[];
  readonly role:
    | { readonly kind: 'question'; readonly word: QuestionWord }
    | { readonly kind: 'in-force' }
    | { readonly kind: 'state' }
    | { readonly kind: 'remain' }
    | { readonly kind: 'happened' }
    | { readonly kind: 'compare' }
    | { readonly kind: 'party' }
    | { readonly kind: 'event-time' }
    | { readonly kind: 'mention' }
    | { readonly kind: 'entity-type'; readonly type: string }
    | { readonly kind: 'between' }
    | { readonly kind: 'and' }
    /** A word that turns the question's meaning around (`not`, `kein`): no reading of pakt's takes it into account. */
    | { readonly kind: 'negation' }
    | { readonly kind: 'function' };
}

const P = (text: string, role: Phrase['role']): Phrase => ({ words: text.split(' '), role });
const all = (texts: string, role: Phrase['role']): Phrase[] => texts.split(',').map((t) => P(fold(t.trim()), role));

/** Stopwords that are question words of the grammar, not function words. */
const QUESTION: Readonly<Record<Lang, readonly string[]>> = {
  en: ['who', 'whom', 'whose', 'when', 'where', 'which', 'what', 'how', 'for', 'from', 'and', 'or', 'to'],
  de: ['wer', 'wen', 'wem', 'wessen', 'wann', 'wo', 'wie', 'was', 'welche', 'welcher', 'welches', 'welchen', 'fur', 'fuer', 'von', 'und', 'oder'],
};

/** The grammar's phrases by language. */
export const PHRASES: Readonly<Record<Lang, readonly Phrase[]>> = {
  en: [
    ...all('until when, till when, up to when, how long', { kind: 'question', word: 'until-when' }),
    ...all('at what time, what time, at which time, at what hour', { kind: 'question', word: 'what-time' }),
    ...all('who, whom, whose', { kind: 'question', word: 'who' }),
    ...all('when and where, where and when', { kind: 'question', word: 'when-where' }),
    ...all('when, what date, on what date, in which year, in what year, what year', { kind: 'question', word: 'when' }),
    ...all('where, in which place, in what place, in which city', { kind: 'question', word: 'where' }),
    ...all('which, which ones', { kind: 'question', word: 'which' }),
    ...all('what', { kind: 'question', word: 'what' }),
    ...all('how', { kind: 'question', word: 'how' }),
    ...all('in force, in effect, valid, still valid, still in force, binding', { kind: 'in-force' }),
    ...all('state, status, legal state, legal status, situation, standing', { kind: 'state' }),
    ...all('remain, remained, remains, stay, stayed, stays, last, lasted, continue, continued', { kind: 'remain' }),
    ...all('happen, happened, happens, take place, took place, occur, occurred, go on, went on, events, event', { kind: 'happened' }),
    ...all('came first, come first, first, earlier, before, later, after, sooner, order, which came first', { kind: 'compare' }),
    ...all('not, no, never, neither, nor, none, nobody, nothing, without', { kind: 'negation' }),
    ...all('since, prior', { kind: 'function' }),
    ...all('for, on behalf of, in the name of, representing', { kind: 'party' }),
    ...all('when, as, as soon as, at the time of, at the time when, during, while', { kind: 'event-time' }),
    ...all('mention, mentions, mentioned, say, says, said, write, writes, wrote, written, source, text', { kind: 'mention' }),
    ...all('territory, territories, area, areas, land, lands, region, regions', { kind: 'entity-type', type: 'territory' }),
    ...all('person, people, persons', { kind: 'entity-type', type: 'person' }),
    ...all('country, countries, state, states, nation, nations', { kind: 'entity-type', type: 'state' }),
    ...all('document, documents', { kind: 'entity-type', type: 'document' }),
    ...all('between, from', { kind: 'between' }),
    ...all('and, to, until, till, or', { kind: 'and' }),
    ...all(
      'begin, began, begun, begins, start, started, starts, on the, in the, of the',
      { kind: 'function' },
    ),
    ...STOPWORDS.en.filter((w) => !QUESTION.en.includes(w)).map((w) => P(w, { kind: 'function' })),
  ],
  de: [
    ...all('bis wann, wie lange, bis zu welchem zeitpunkt', { kind: 'question', word: 'until-when' }),
    ...all('um wie viel uhr, um wieviel uhr, zu welcher uhrzeit, um welche uhrzeit, wie spat, wie spaet, welche uhrzeit', { kind: 'question', word: 'what-time' }),
    ...all('wer, wen, wem, wessen', { kind: 'question', word: 'who' }),
    ...all('wann und wo, wo und wann', { kind: 'question', word: 'when-where' }),
    ...all('wann, an welchem tag, an welchem datum, in welchem jahr, welches datum', { kind: 'question', word: 'when' }),
    ...all('wo, an welchem ort, in welcher stadt, wohin, woher, von wo', { kind: 'question', word: 'where' }),
    ...all('welche, welcher, welches, welchen, welchem', { kind: 'question', word: 'which' }),
    ...all('was, wofur, wofuer, wozu, woruber, worueber, woran', { kind: 'question', word: 'what' }),
    ...all('wie', { kind: 'question', word: 'how' }),
    ...all('in kraft, gultig, gueltig, noch gultig, noch gueltig, wirksam, rechtskraftig, rechtskraeftig', { kind: 'in-force' }),
    ...all('zustand, status, stand, rechtsstand, lage', { kind: 'state' }),
    ...all('bleiben, blieb, blieben, geblieben, bleibt, gelten, galt, galten, gegolten, gilt, dauern, dauerte', { kind: 'remain' }),
    ...all('geschehen, geschah, geschahen, passieren, passierte, passierten, passiert, ereignen, ereignete, ereignet, stattfinden, stattfand, stattgefunden, fand statt, fanden statt, los, ereignisse, ereignis', { kind: 'happened' }),
    ...all('fand, fanden, statt', { kind: 'function' }),
    ...all('zuerst, als erstes, fruher, frueher, eher, vorher, spater, spaeter, danach, reihenfolge, kam zuerst', { kind: 'compare' }),
    ...all('nicht, kein, keine, keinen, keinem, keiner, keines, nie, niemals, weder, niemand, nichts, ohne', { kind: 'negation' }),
    ...all('seit, seitdem', { kind: 'function' }),
    ...all('fur, fuer, im namen von, im namen, namens, vertretend', { kind: 'party' }),
    ...all('als, sobald, nachdem, wahrend, waehrend, zur zeit', { kind: 'event-time' }),
    ...all('erwahnt, erwaehnt, erwahnen, erwaehnen, sagt, steht, schreibt, schrieb, quelle, text, nennt', { kind: 'mention' }),
    ...all('gebiet, gebiete, gebieten, territorium, territorien, land, lander, laender, region, regionen', { kind: 'entity-type', type: 'territory' }),
    ...all('person, personen, leute', { kind: 'entity-type', type: 'person' }),
    ...all('staat, staaten, nation, nationen', { kind: 'entity-type', type: 'state' }),
    ...all('dokument, dokumente', { kind: 'entity-type', type: 'document' }),
    ...all('zwischen, von', { kind: 'between' }),
    ...all('und, bis, oder', { kind: 'and' }),
    ...all(
      'beginnen, begann, begonnen, beginnt, anfangen, fing, angefangen, in bezug auf',
      { kind: 'function' },
    ),
    ...STOPWORDS.de.filter((w) => !QUESTION.de.includes(w)).map((w) => P(w, { kind: 'function' })),
  ],
};

/**
 * Words that place the time a question asks about before or after a date or
 * an event (`until 1946`, `seit der Kündigung`), folded. A question that
 * uses one of them on a date or an event asks about another time than that
 * date or event: only a reading that takes the word into account (which of
 * two events came first; how long the treaty lasted after an event) may
 * answer it. Elsewhere the word is a particle or a preposition of place
 * (`schlug … vor`, `nach Moskau`) and changes nothing. The words of order
 * (`before`, `after`, `later`, `zuerst`: the `compare` phrases) are read
 * only by those readings wherever they stand.
 */
export const RELATIVE: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['until', 'till', 'since', 'prior']),
  de: new Set(['vor', 'nach', 'bis', 'seit', 'seitdem', 'ab', 'nachdem']),
};

/**
 * A decade written on its year (`1940s`, `1940's`, `1940er`, `1940ern`),
 * folded: the years from that one to nine later. The German form may be
 * followed by the word for years (`1940er Jahre`), in `DECADE_YEARS`. A
 * decade written without its century (`40er`, `the forties`) is no date.
 */
const DECADE = /^(\d{3}0)(?:['\u2019]?s|er|ern)$/;
const DECADE_YEARS: ReadonlySet<string> = new Set(['jahre', 'jahren', 'jahrs', 'jahres', 'years']);

/**
 * Words naming the unit of the date written after them, by that date's
 * precision: `im Jahr 1945`, `in the year 1945`, `im Monat August 1945`,
 * `the month of August 1945`, `am Tag 9. August 1945`. They belong to the
 * date, as the dot of `9.` does.
 */
const UNIT_WORDS: Readonly<Record<'year' | 'month' | 'day', ReadonlySet<string>>> = {
  year: new Set([...DECADE_YEARS, 'jahr', 'year']),
  month: new Set(['monat', 'monats', 'month']),
  day: new Set(['tag', 'tages', 'tags', 'day']),
};

/**
 * Words before a year or a month (or a span of years) that ask about a part
 * of it without saying which days (`Anfang 1945`, `Ende April 1945`,
 * `im Frühjahr 1945`, `early 1945`, `the spring of 1945`, `mid-1945`),
 * folded, with the words that may stand between them and the date. Winter
 * is not among them: it is the end of one year and the start of the next.
 */
const PART_WORDS: ReadonlySet<string> = new Set([
  ...'early late mid beginning start end middle spring summer autumn fall'.split(' '),
  ...'anfang ende mitte beginn fruhjahr fruehjahr fruhling fruehling sommer herbst'.split(' '),
]);
const PART_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'des', 'der']);

/** The unit of a date as findDates writes it: a year or a span of years, a month, a day; undefined for a time of day. */
function unitOf(iso: string): 'year' | 'month' | 'day' | undefined {
  if (/^\d{4}(?:\/\d{4})?$/.test(iso)) return 'year';
  if (/^\d{4}-\d{2}$/.test(iso)) return 'month';
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'day' : undefined;
}

/** A date found in a question, as the ISO text `--date` takes, and the tokens it used. */
export interface FoundDate {
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, or an ISO interval `A/B`. */
  readonly iso: string;
  /** Indexes into the token list. */
  readonly used: readonly number[];
  /**
   * The word, as typed, that asks about a part of the period `iso` not
   * otherwise told (`Anfang 1945`, `the spring of 1945`, `mid-1945`): the
   * question is about some time within it, pakt cannot say which.
   */
  readonly part?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Finds the dates of a question, in either language: ISO forms
 * (`1945-06-01`), `1. Juni 1945`, `9.August 1945`, `1 June 1945`,
 * `June 1, 1945`, `Juni 1945`, `June 1945`, a year alone (`1943`), and
 * ranges `zwischen Mai und August 1945` / `between May and August 1945`
 * (the year written once at the end applies to both), two whole dates
 * joined by a dash (`1943–1944`), and a decade (`1940s`, `1940er Jahre`), each
 * read as the interval `A/B`. An English ordinal day is a day (`June 9th`).
 * A day that does not exist (`31. Juni`) is not a date.
 */
export function findDates(tokens: readonly Token[], betweenWords: ReadonlySet<string>, andWords: ReadonlySet<string>): FoundDate[] {
  const out: FoundDate[] = [];
  const used = new Set<number>();
  const isYear = (t: Token | undefined): boolean => t !== undefined && /^\d{4}$/.test(t.folded) && Number(t.folded) >= 1000;
  const dayNumber = (t: Token | undefined): number | undefined => {
    const m = t ? /^(\d{1,2})(?:\.|st|nd|rd|th)?$/.exec(t.folded) : null;
    const n = m ? Number(m[1]) : NaN;
    return n >= 1 && n <= 31 ? n : undefined;
  };
  const valid = (y: number, mo: number, d: number): boolean => {
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  };
  /** A date at token i: its ISO text, precision, the next index, or undefined. */
  const at = (i: number, yearAfter?: string): { iso: string; next: number; year: boolean } | undefined => {
    const t = tokens[i];
    if (!t) return undefined;
    const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2}))?$/.exec(t.text);
    if (iso) return { iso: t.text.replace(' ', 'T'), next: i + 1, year: false };
    // Day, month and year in figures, as German writes them (`8.8.1945`, `08. 08. 1945`); a date
    // that does not exist is read as written, and refused as an ISO date is.
    const [dayDot, monthDot, year] = [t, tokens[i + 1], tokens[i + 2]];
    if (/^\d{1,2}\.$/.test(dayDot.text) && /^\d{1,2}\.$/.test(monthDot?.text ?? '') && isYear(year) && /^\s*$/.test(`${monthDot?.gap}${year?.gap}`)) {
      return { iso: `${year!.folded}-${pad(Number.parseInt(monthDot!.text, 10))}-${pad(Number.parseInt(dayDot.text, 10))}`, next: i + 3, year: false };
    }
    const day = dayNumber(t);
    const month = monthOf(tokens[i + 1]?.folded ?? '');
    if (day !== undefined && month !== undefined) {
      // 1. Juni 1945 / 1 June 1945 (the year may come later, in a range).
      const y = isYear(tokens[i + 2]) ? tokens[i + 2]!.folded : yearAfter;
      if (y === undefined || !valid(Number(y), month, day)) return undefined;
      return { iso: `${y}-${pad(month)}-${pad(day)}`, next: isYear(tokens[i + 2]) ? i + 3 : i + 2, year: false };
    }
    const m = monthOf(t.folded);
    if (m !== undefined) {
      const d = dayNumber(tokens[i + 1]);
      if (d !== undefined && !t.text.endsWith('.') && /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i + 1]!.folded)) {
        // June 1, 1945 / June 1 1945.
        const y = isYear(tokens[i + 2]) ? tokens[i + 2]!.folded : yearAfter;
        if (y === undefined || !valid(Number(y), m, d)) return undefined;
        return { iso: `${y}-${pad(m)}-${pad(d)}`, next: isYear(tokens[i + 2]) ? i + 3 : i + 2, year: false };
      }
      const y = isYear(tokens[i + 1]) ? tokens[i + 1]!.folded : yearAfter;
      if (y === undefined) return undefined;
      return { iso: `${y}-${pad(m)}`, next: isYear(tokens[i + 1]) ? i + 2 : i + 1, year: false };
    }
    if (isYear(t)) return { iso: t.folded, next: i + 1, year: true };
    // A decade: its ten years, as an interval (`1940er Jahre` takes the word for years with it).
    const decade = DECADE.exec(t.folded);
    if (decade && Number(decade[1]) >= 1000) {
      const from = decade[1] ?? '';
      return { iso: `${from}/${Number(from) + 9}`, next: DECADE_YEARS.has(tokens[i + 1]?.folded ?? '') ? i + 2 : i + 1, year: false };
    }
    return undefined;
  };
  /** Whether a dash alone stands between tokens i - 1 and i (`1943–1944`, `1943 - 1944`). */
  const dashBefore = (i: number): boolean => /^\s*[-\u2010-\u2015\u2212]\s*$/.test(tokens[i]?.gap ?? '');
  /** The indices of the word naming the unit of a date found at `i` (`year`, `month of`), if one stands right before it. */
  const unitBefore = (i: number, iso: string): number[] => {
    const unit = unitOf(iso);
    if (unit === undefined) return [];
    const of = tokens[i - 1]?.folded === 'of' ? 1 : 0;
    const k = i - 1 - of;
    return k >= 0 && !used.has(k) && UNIT_WORDS[unit].has(tokens[k]?.folded ?? '') ? range(k, i) : [];
  };
  /** The indices of a word asking about a part of a year or month found at `i` (`Anfang`, `the spring of`), if one stands before it. */
  const partBefore = (i: number, iso: string): number[] => {
    if (unitOf(iso) !== 'year' && unitOf(iso) !== 'month') return [];
    let k = i - 1;
    while (k >= 0 && !used.has(k) && PART_LINKS.has(tokens[k]?.folded ?? '')) k--;
    return k >= 0 && !used.has(k) && PART_WORDS.has(tokens[k]?.folded ?? '') ? range(k, i) : [];
  };
  const found = (iso: string, from: number, to: number): void => {
    const unit = unitBefore(from, iso);
    const part = partBefore(unit[0] ?? from, iso);
    const indices = [...part, ...unit, ...range(from, to)];
    out.push({ iso, used: indices, ...(part.length > 0 ? { part: tokens[part[0]!]!.text } : {}) });
    for (const k of indices) used.add(k);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const word = tokens[i]?.folded ?? '';
    if (betweenWords.has(word)) {
      // zwischen Mai und August 1945: find the second date first (it may carry the year).
      for (let j = i + 2; j < Math.min(tokens.length, i + 6); j++) {
        if (!andWords.has(tokens[j]?.folded ?? '')) continue;
        const second = at(j + 1);
        if (!second) break;
        const lastYear = /^\d{4}/.exec(second.iso)?.[0];
        const first = at(i + 1, lastYear);
        if (!first || first.next !== j) break;
        const [a, b] = [first.iso, second.iso];
        if (a.localeCompare(b) > 0) break;
        out.push({ iso: `${a}/${b}`, used: range(i, second.next) });
        for (const k of range(i, second.next)) used.add(k);
        break;
      }
      if (used.has(i)) continue;
    }
    // A number with a minus sign before it (`in -1945`, not `mid-1945`) is no year of the source's: it
    // is kept signed, so that the question is refused for its date rather than read without the sign.
    if (/^\d/.test(word) && /(?:^|[^\p{L}\p{N}])[-\u2010-\u2015\u2212]$/u.test(`${tokens[i - 1]?.text ?? ''}${tokens[i]?.gap ?? ''}`)) {
      out.push({ iso: `-${word}`, used: [i] });
      used.add(i);
      continue;
    }
    const one = at(i);
    // Two whole dates joined by a dash are the period from the one to the other (`1943–1944`).
    const then = one && dashBefore(one.next) ? at(one.next) : undefined;
    if (one && then && !one.iso.includes('/') && !then.iso.includes('/') && one.iso.localeCompare(then.iso) <= 0) {
      found(`${one.iso}/${then.iso}`, i, then.next);
      i = then.next - 1;
      continue;
    }
    if (one) {
      found(one.iso, i, one.next);
      i = one.next - 1;
    }
  }
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
