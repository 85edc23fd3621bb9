import { DateTime, FixedOffsetZone } from 'luxon';
import { fieldsOf, pad2, wallMillisOf } from './calendar';
import { wallToInstant } from './offset';
import type { CalendarPrecision, CalendarValue, SetMember } from './edtf';
import { isoInstant, type Precision, readingZone, type TemporalValue } from './value';
import type { ResolvedZone } from './zone';

/** Languages dates are written in. */
export type DateLang = 'de' | 'en';

const MONTHS: Record<DateLang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

/** Words around dates; `days` tells whether the dates are days (German puts an article before a day). */
interface DateWords {
  readonly or: string;
  readonly between: (a: string, b: string, days: boolean) => string;
  readonly orLater: (a: string) => string;
  readonly orEarlier: (a: string) => string;
  /** An interval (something that lasted) with both ends, from its start or until its end. */
  readonly fromTo: (a: string, b: string, aDay: boolean, bDay: boolean) => string;
  readonly since: (a: string, day: boolean) => string;
  readonly till: (b: string, day: boolean) => string;
  /** A set of `n` dates said by its first ones and its last. */
  readonly oneOfMany: (n: number, first: readonly string[], last: string) => string;
  readonly clock: string;
}

/**
 * The most members of a set of dates said in full: a longer set is said by
 * its first and its last, with its size. A date is said wherever it is shown,
 * once a row, a zone or a placeholder of a summary, so a set of thousands
 * said whole made a small pack's answers gigabytes long.
 */
export const SET_SAID = 5;

const WORDS: Record<DateLang, DateWords> = {
  en: {
    or: 'or',
    between: (a, b) => `between ${a} and ${b}`,
    orLater: (a) => `${a} or later`,
    orEarlier: (a) => `${a} or earlier`,
    fromTo: (a, b) => `${a} to ${b}`,
    since: (a) => `from ${a}, end not given`,
    till: (b) => `until ${b}, start not given`,
    oneOfMany: (n, first, last) => `one of ${n} dates: ${first.join(', ')}, … or ${last}`,
    clock: '',
  },
  de: {
    or: 'oder',
    between: (a, b, days) => (days ? `zwischen dem ${a} und dem ${b}` : `zwischen ${a} und ${b}`),
    orLater: (a) => `${a} oder später`,
    orEarlier: (a) => `${a} oder früher`,
    fromTo: (a, b, aDay, bDay) => `${aDay ? 'vom' : 'von'} ${a} ${bDay ? 'bis zum' : 'bis'} ${b}`,
    since: (a, day) => `${day ? 'ab dem' : 'ab'} ${a}, Ende nicht angegeben`,
    till: (b, day) => `${day ? 'bis zum' : 'bis'} ${b}, Beginn nicht angegeben`,
    oneOfMany: (n, first, last) => `eines von ${n} Daten: ${first.join(', ')}, … oder ${last}`,
    clock: ' Uhr',
  },
};

/**
 * The JSON form of a date (CONTRACT.md "Dates in output").
 *
 * `start`/`end` are UTC instants in ISO 8601 (`null` for an end the source
 * leaves open); `display` is for people, in `lang`, never more precise than
 * the source.
 */
export interface DateJson {
  readonly edtf: string;
  readonly precision: Precision;
  readonly zone: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly display: string;
}

/**
 * Builds the JSON form of a pack date.
 *
 * @param displayZone - zone to show times of day in (`--zone` when the user
 *   gave one); `null` shows them in the value's own zone. Days, months and
 *   years are shown as the source states them, in their own calendar.
 */
export function dateJson(value: TemporalValue, lang: DateLang, displayZone: ResolvedZone | null): DateJson {
  return {
    edtf: value.edtf,
    precision: value.precision,
    zone: value.zone?.name ?? null,
    start: isoInstant(value.bounds.start),
    end: isoInstant(value.bounds.end),
    display: displayValue(value, lang, displayZone),
  };
}

/**
 * The people's form of a pack date (see {@link dateJson}). Times of day are
 * converted to `displayZone`; a day, month or year stays the calendar value
 * the source states — converting it would claim hours the source does not
 * give — and, when another zone was asked for, names its own zone.
 */
export function displayValue(value: TemporalValue, lang: DateLang, displayZone: ResolvedZone | null): string {
  const text = displayText(value, lang, displayZone);
  if (displayZone && value.zone && value.zone.name !== displayZone.name && !hasTimeOfDay(value)) {
    return `${text} (${zoneLabel(value.zone, lang, value.bounds.start)})`;
  }
  return text;
}

function hasTimeOfDay(value: TemporalValue): boolean {
  const p = value.parsed;
  const values =
    p.kind === 'single'
      ? [p.value]
      : p.kind === 'interval'
        ? []
        : p.members.flatMap((m) => (m.kind === 'value' ? [m.value] : [m.from, m.to].filter((v) => v !== undefined)));
  return values.some((v) => v.hour !== undefined);
}

function displayText(value: TemporalValue, lang: DateLang, displayZone: ResolvedZone | null): string {
  const p = value.parsed;
  const reading = readingZone(value);
  const zone = displayZone ?? reading;
  const own = displayZone === null || displayZone.name === reading?.name;
  if (p.kind === 'single') return displayCalendar(p.value, value.precision as CalendarPrecision, lang, zone, value.zone, own);
  if (p.kind === 'interval') {
    const w = WORDS[lang];
    const end = (v: CalendarValue): string => displayCalendar(v, v.precision, lang, zone, value.zone);
    if (p.from && p.to) return w.fromTo(end(p.from), end(p.to), p.from.precision === 'day', p.to.precision === 'day');
    if (p.from) return w.since(end(p.from), p.from.precision === 'day');
    return w.till(p.to ? end(p.to) : '', p.to?.precision === 'day');
  }
  const members = p.members;
  if (members.length > SET_SAID) return sayOneOf(members.length, (i) => displayMember(members[i]!, lang, zone, value.zone), lang);
  const values = members.filter((m): m is Extract<SetMember, { kind: 'value' }> => m.kind === 'value').map((m) => m.value);
  if (values.length === members.length && values.length > 1 && sameMonthDays(values)) {
    const w = WORDS[lang];
    const days = values.map((v) => (lang === 'de' ? `${v.day}.` : String(v.day)));
    const last = values[values.length - 1] as CalendarValue;
    const head = days.slice(0, -1).join(', ');
    const tail = displayCalendar(last, 'day', lang, zone, value.zone);
    return `${head} ${w.or} ${tail}`;
  }
  return sayOneOf(members.length, (i) => displayMember(members[i]!, lang, zone, value.zone), lang);
}

/**
 * A one-of set of `count` members for people, each said by `say(index)`:
 * `a or b or c`; past {@link SET_SAID} members, its first few and its last
 * (`one of 10000 dates: a, b, c, … or z`), and only those are said.
 */
export function sayOneOf(count: number, say: (index: number) => string, lang: DateLang): string {
  if (count > SET_SAID) {
    return WORDS[lang].oneOfMany(count, Array.from({ length: SET_SAID - 2 }, (_, i) => say(i)), say(count - 1));
  }
  return Array.from({ length: count }, (_, i) => say(i)).join(` ${WORDS[lang].or} `);
}

function sameMonthDays(values: readonly CalendarValue[]): boolean {
  const first = values[0];
  return (
    first !== undefined &&
    values.every(
      (v) => v.precision === 'day' && v.offsetMinutes === undefined && v.year === first.year && v.month === first.month,
    )
  );
}

function displayMember(m: SetMember, lang: DateLang, zone: ResolvedZone | null, stated: ResolvedZone | null): string {
  const w = WORDS[lang];
  if (m.kind === 'value') return displayCalendar(m.value, m.value.precision, lang, zone, stated);
  const from = m.from ? displayCalendar(m.from, m.from.precision, lang, zone, stated) : undefined;
  const to = m.to ? displayCalendar(m.to, m.to.precision, lang, zone, stated) : undefined;
  if (from !== undefined && to !== undefined) {
    return w.between(from, to, m.from?.precision === 'day' && m.to?.precision === 'day');
  }
  if (from !== undefined) return w.orLater(from);
  return w.orEarlier(to ?? '');
}

function calendarDay(year: number, month: number, day: number, lang: DateLang): string {
  const name = MONTHS[lang][month - 1] ?? String(month);
  return lang === 'de' ? `${day}. ${name} ${year}` : `${day} ${name} ${year}`;
}

function calendarText(v: CalendarValue, precision: 'year' | 'month' | 'day', lang: DateLang): string {
  if (precision === 'year' || v.month === undefined) return String(v.year);
  if (precision === 'month' || v.day === undefined) return `${MONTHS[lang][v.month - 1] ?? v.month} ${v.year}`;
  return calendarDay(v.year, v.month, v.day, lang);
}

function displayCalendar(
  v: CalendarValue,
  precision: CalendarPrecision,
  lang: DateLang,
  zone: ResolvedZone | null,
  stated: ResolvedZone | null,
  ownZone = false,
): string {
  if (precision === 'year' || precision === 'month' || precision === 'day' || v.hour === undefined) {
    return calendarText(v, precision === 'hour' || precision === 'minute' || precision === 'second' ? 'day' : precision, lang);
  }
  const fields = { year: v.year, month: v.month, day: v.day, hour: v.hour, minute: v.minute, second: v.second ?? 0 };
  if (v.offsetMinutes !== undefined && ownZone) {
    // Shown in the zone it is stated in: the written wall-clock time and offset
    // say everything, so no tz-database lookup is needed.
    const at = DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(v.offsetMinutes) });
    return displayInstant(at, precision, lang, zone);
  }
  // A floating time (no offset, no zone) is no instant: its wall clock is shown as written, in
  // no zone, whatever zone was asked for (as a floating day is).
  if (v.offsetMinutes === undefined && !stated) return displayInstant(DateTime.fromObject(fields, { zone: 'utc' }), precision, lang, null, false);
  // A time of day: an instant — from the offset written, else from the wall clock of the zone
  // the value is stated in (through the one resolver the bounds use) — shown in `zone`.
  const at =
    v.offsetMinutes !== undefined
      ? DateTime.fromObject(fields, { zone: 'utc' }).minus({ minutes: v.offsetMinutes })
      : DateTime.fromMillis(wallToInstant(wallMillisOf(fieldsOf(v)), stated!), { zone: 'utc' });
  const shown = zone ? at.setZone(zone.zone) : at;
  return displayInstant(shown, precision, lang, zone);
}

/** A wall-clock reading `t` as people read it, with the zone it is read in (`UTC` for none), or without one (`zoned` false: a floating time). */
function displayInstant(
  t: DateTime,
  precision: 'hour' | 'minute' | 'second',
  lang: DateLang,
  zone: ResolvedZone | null,
  zoned = true,
): string {
  const day = calendarDay(t.year, t.month, t.day, lang);
  const hhmm = (d: DateTime): string => `${pad2(d.hour)}:${pad2(d.minute)}`;
  let time: string;
  // An offset with seconds (local mean time) puts the value off the minute: show the seconds.
  const hms = (d: DateTime): string => (d.second !== 0 ? `${hhmm(d)}:${pad2(d.second)}` : hhmm(d));
  if (precision === 'hour') time = `${hms(t)}–${hms(t.plus({ hours: 1 }))}`;
  else if (precision === 'minute') time = hms(t);
  else time = `${hhmm(t)}:${pad2(t.second)}`;
  return `${day}, ${time}${WORDS[lang].clock}${zoned ? ` (${zone ? zoneLabel(zone, lang, t.toMillis()) : 'UTC'})` : ''}`;
}

/**
 * The people's form of a command-line interval (`--date 1945-08-08` in
 * Europe/Moscow), at the precision it was given: the wall-clock reading of
 * `bounds.start` (UTC ms) in `zone`, through luxon. Never throws.
 */
export function displayQuery(
  bounds: { readonly start: number },
  precision: CalendarPrecision,
  zone: ResolvedZone,
  lang: DateLang,
): string {
  return displayDateTime(DateTime.fromMillis(bounds.start, { zone: zone.zone }), precision, zone, lang);
}

/** {@link displayQuery} of an instant already read in `zone` as a luxon DateTime. */
export function displayDateTime(t: DateTime, precision: CalendarPrecision, zone: ResolvedZone, lang: DateLang): string {
  if (precision === 'year' || precision === 'month' || precision === 'day') {
    return calendarText({ year: t.year, month: t.month, day: t.day, precision }, precision, lang);
  }
  return displayInstant(t, precision, lang, zone);
}

/** ICU's German names of zones, by zone and year (`Moskau (Ortszeit)`). */
const germanNames = new Map<string, string>();

/**
 * How a zone is named for people: in English its IANA name (`Europe/Moscow`)
 * or offset (`UTC+10:00`); in German prose an IANA name reads as the local
 * time of its place, as ICU (CLDR) names the place in German at that time
 * (`Ortszeit Moskau`, `Ortszeit Japan`), so that German sentences carry no
 * English identifiers. Fixed offsets and UTC stay as they are written.
 *
 * @param at - the instant (UTC ms) the name is for: CLDR names a place's
 *   time by the rules in force then.
 */
export function zoneLabel(zone: ResolvedZone, lang: DateLang, at: number): string {
  if (lang === 'en' || zone.fixed) return zone.name;
  const when = Number.isFinite(at) ? at : 0;
  const key = `${zone.name}\u0000${new Date(when).getUTCFullYear()}`;
  let name = germanNames.get(key);
  if (name === undefined) {
    const part = new Intl.DateTimeFormat('de', { timeZone: zone.name, timeZoneName: 'longGeneric' })
      .formatToParts(when)
      .find((p) => p.type === 'timeZoneName')?.value;
    // CLDR's German region format is "{0} (Ortszeit)"; an offset ("GMT+03:00") names no place.
    const place = part === undefined ? undefined : /^(.+) \(Ortszeit\)$/.exec(part)?.[1];
    name = place !== undefined ? `Ortszeit ${place}` : part !== undefined && !/^GMT/.test(part) ? part : zone.name;
    germanNames.set(key, name);
  }
  return name;
}
