import type { CalendarPrecision, CalendarValue } from './edtf';

/**
 * Wall-clock arithmetic in the proleptic Gregorian calendar, zone-free.
 *
 * A wall-clock time is handled as *wall milliseconds*: its fields counted as
 * milliseconds since 1970-01-01T00:00 as if they were UTC, where every day
 * has 24 hours. Only `offset.ts` turns wall milliseconds into instants (UTC
 * milliseconds since the epoch), by the offsets of a zone.
 */

/** Milliseconds in a calendar day of wall-clock time (and in a UTC day). */
export const DAY_MS = 86_400_000;

/** Milliseconds of a day, hour, minute or second of wall-clock time. */
export const UNIT_MS = { day: DAY_MS, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/** Wall-clock fields, every one present: `month` 1–12, `day` 1–31, `hour` 0–23. */
export interface WallFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a leap year of the proleptic Gregorian calendar (every 4th year, but not every 100th, yet every 400th). */
function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in `month` (1–12) of `year` in the proleptic Gregorian calendar;
 * `0` for a month outside 1–12 (never throws).
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * The wall-clock fields a calendar value begins with: fields below its
 * precision are the unit's first (`1945-08` is 1 August, 00:00:00). An
 * offset written in the value is not applied.
 */
export function fieldsOf(v: CalendarValue): WallFields {
  return { year: v.year, month: v.month ?? 1, day: v.day ?? 1, hour: v.hour ?? 0, minute: v.minute ?? 0, second: v.second ?? 0 };
}

/**
 * Wall-clock fields as wall milliseconds (read as if UTC). Years 0–99 are
 * kept as written (`Date.UTC` would read them as 1900–1999); months past
 * December roll into the next year and days past the month's end into the
 * next month, as with `Date.UTC`. Never throws.
 */
export function wallMillisOf(f: WallFields): number {
  const monthIndex = f.month - 1;
  const year = f.year + Math.floor(monthIndex / 12);
  const month = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  return daysFromCivil(year, month, 1) * DAY_MS + (f.day - 1) * DAY_MS + f.hour * 3_600_000 + f.minute * 60_000 + f.second * 1000;
}

/**
 * The wall-clock fields of wall milliseconds (the inverse of
 * {@link wallMillisOf} for whole seconds; milliseconds are dropped). Years
 * 0–99 and years before 0 are kept as they are (`Date` reads milliseconds
 * without its two-digit rule). Never throws (`NaN` fields for `NaN`).
 */
export function wallFieldsOf(wall: number): WallFields {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/**
 * Wall-clock fields in ISO 8601 at a precision, in the forms `--date`
 * accepts: `1945`, `1945-08`, `1945-08-09`, `1945-08-09T05`, `1945-08-09T05:00`,
 * `1945-08-09T05:00:30`. The year has at least four digits, a year before 0
 * a minus sign (`-0001`), as luxon's `yyyy` writes it.
 */
export function wallText(f: WallFields, precision: CalendarPrecision): string {
  let out = f.year < 0 ? `-${String(-f.year).padStart(4, '0')}` : String(f.year).padStart(4, '0');
  if (precision === 'year') return out;
  out += `-${pad2(f.month)}`;
  if (precision === 'month') return out;
  out += `-${pad2(f.day)}`;
  if (precision === 'day') return out;
  out += `T${pad2(f.hour)}`;
  if (precision === 'hour') return out;
  out += `:${pad2(f.minute)}`;
  return precision === 'minute' ? out : `${out}:${pad2(f.second)}`;
}

/** The wall-clock start of the unit of `precision` that `f` falls in: `1945-08-09T05:30` at `day` is 9 August, 00:00. */
export function unitStart(f: WallFields, precision: CalendarPrecision): WallFields {
  const year = precision === 'year';
  const month = year || precision === 'month';
  const day = month || precision === 'day';
  const hour = day || precision === 'hour';
  const minute = hour || precision === 'minute';
  return {
    year: f.year,
    month: year ? 1 : f.month,
    day: month ? 1 : f.day,
    hour: day ? 0 : f.hour,
    minute: hour ? 0 : f.minute,
    second: minute ? 0 : f.second,
  };
}

/** The first instant (UTC ms) of a year of the proleptic Gregorian calendar, 1 January 00:00 UTC; years 0–99 as written. */
export function yearStart(year: number): number {
  return wallMillisOf({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0 });
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar,
 * negative before it: Howard Hinnant's `days_from_civil` ("chrono-compatible
 * low-level date algorithms", http://howardhinnant.github.io/date_algorithms.html),
 * integer arithmetic without `Date`, exact for every year EDTF level 0 writes
 * (and far beyond). `month` 1–12, `day` 1–31 (a day past the month's end
 * counts on into the next month).
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The wall-clock start of the unit after the one `f` begins, as wall
 * milliseconds: a year, month, day, hour, minute or second later on the
 * wall clock. A month or a year later rolls over as `Date` does (31 January
 * + 1 month = 3 March, 29 February + 1 year = 1 March). Never throws.
 */
export function nextWall(f: WallFields, unit: CalendarPrecision): number {
  if (unit === 'year') return wallMillisOf({ ...f, year: f.year + 1 });
  if (unit === 'month') {
    const d = new Date(wallMillisOf(f));
    d.setUTCMonth(d.getUTCMonth() + 1);
    return d.getTime();
  }
  return wallMillisOf(f) + UNIT_MS[unit];
}

/** A calendar or clock field (or part of an offset) written with at least two digits: `7` → `07`. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
