import { DateTime } from 'luxon';
import { TimeValueError } from './errors';
import {
  type CalendarPrecision,
  type CalendarValue,
  type EdtfValue,
  formatCalendarValue,
  formatEdtf,
  parseEdtf,
} from './edtf';
import { parseZone, type ResolvedZone, trustedZone } from './zone';

/** How exact a value is; `set` for a one-of set, `interval` for something that lasted. */
export type Precision = CalendarPrecision | 'set' | 'interval';

/**
 * The UTC instants a value can mean: `[start, end)` in milliseconds since the
 * Unix epoch (UTC). `start` may be `-Infinity` and `end` `+Infinity` for
 * ranges the source leaves open. All ordering and comparison uses these.
 */
export interface Bounds {
  readonly start: number;
  readonly end: number;
}

/**
 * A date from a fact pack, resolved: what the source wrote (EDTF + zone) and
 * the UTC bounds it stands for.
 *
 * `zone` is `null` for a *floating* value (the source names no zone, or says
 * the calendar date depends on it): its bounds then span every zone on Earth,
 * from the value's start at UTC+14 to its end at UTC−12.
 */
export interface TemporalValue {
  readonly edtf: string;
  readonly parsed: EdtfValue;
  readonly zone: ResolvedZone | null;
  readonly precision: Precision;
  readonly bounds: Bounds;
}

/**
 * A TemporalValue from bounds computed before (a fact pack verified at build
 * time, see `pack/verified.ts`): parses the EDTF text but asks luxon for
 * nothing.
 */
export function cachedValue(edtf: string, zoneName: string | null, precision: Precision, bounds: Bounds): TemporalValue {
  return { edtf, parsed: parseEdtf(edtf), zone: zoneName === null ? null : trustedZone(zoneName), precision, bounds };
}

/** Earliest and latest UTC offsets in use anywhere (minutes): UTC+14, UTC−12. */
const EARLIEST_OFFSET = 14 * 60;
const LATEST_OFFSET = -12 * 60;


const ORDER: readonly CalendarPrecision[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** True when `a` is coarser than `b` (`month` is coarser than `day`). */
export function isCoarser(a: CalendarPrecision, b: CalendarPrecision): boolean {
  return ORDER.indexOf(a) < ORDER.indexOf(b);
}

/** Wall-clock fields, every one present. */
export interface WallFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

function fieldsOf(v: CalendarValue): WallFields {
  return { year: v.year, month: v.month ?? 1, day: v.day ?? 1, hour: v.hour ?? 0, minute: v.minute ?? 0, second: v.second ?? 0 };
}

/**
 * `[start, end)` of a calendar unit (the year, month, day, … the fields
 * begin) on the wall clocks of `zone`: from its first instant to the first
 * instant of the next unit. Where a DST change skipped midnight, the day
 * starts at the first instant that exists (luxon moves forward) and the
 * previous day ends there too, so consecutive units never overlap.
 *
 * @throws TimeValueError `nonexistent-local-time` when the zone skipped the
 *   whole day (Pacific/Apia, 30 December 2011).
 */
export function localUnitBounds(
  fields: WallFields,
  unit: CalendarPrecision,
  zone: ResolvedZone,
  text: string | (() => string),
): Bounds {
  const wall = wallMillisOf(fields);
  const start = wallToInstant(wall, zone);
  const shownMs = start + offsetAt(zone, start) * 60_000;
  // The first instant shows the wall time itself unless a DST change or a
  // calendar change skipped it: only then are the fields compared.
  if (shownMs !== wall) {
    const input = typeof text === 'string' ? text : text();
    if (unit === 'hour' || unit === 'minute' || unit === 'second') {
      throw new TimeValueError('nonexistent-local-time', input, `${input} does not exist in ${zone.name}: the clocks skipped it (DST change)`, {
        kind: 'dst-gap',
        zone: zone.name,
      });
    }
    const shown = new Date(shownMs);
    if (
      shown.getUTCFullYear() !== fields.year ||
      shown.getUTCMonth() + 1 !== fields.month ||
      (unit !== 'year' && unit !== 'month' && shown.getUTCDate() !== fields.day)
    ) {
      throw new TimeValueError('nonexistent-local-time', input, `${input} does not exist in ${zone.name}: the calendar skipped it`, {
        kind: 'skipped-day',
        zone: zone.name,
      });
    }
  }
  return { start, end: wallToInstant(nextWall(fields, unit), zone) };
}

/** Wall-clock fields as milliseconds, read as if they were UTC (years 0–99 kept as written). */
export function wallMillisOf(f: WallFields): number {
  // Months past December roll into the next year, as with Date.UTC.
  const monthIndex = f.month - 1;
  const year = f.year + Math.floor(monthIndex / 12);
  const month = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  return daysFromCivil(year, month, 1) * DAY + (f.day - 1) * DAY + f.hour * 3_600_000 + f.minute * 60_000 + f.second * 1000;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar
 * (Howard Hinnant, "chrono-compatible low-level date algorithms",
 * `days_from_civil`): integer arithmetic, no `Date` (whose `Date.UTC` reads
 * years 0–99 as 1900–1999), valid for every year EDTF level 0 writes.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const UNIT_MS = { day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000 } as const;

/**
 * The wall-clock start of the next unit (calendar arithmetic, as milliseconds
 * read as UTC, where every day has 24 hours): a month or a year later rolls
 * over as `Date` does (31 January + 1 month = 3 March, 29 February + 1 year
 * = 1 March).
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

/** Offsets (minutes) by zone at the first instant of each UTC day (days since the epoch), for {@link offsetAt}. */
const dayStartOffsets = new Map<string, Map<number, number>>();
const DAY = 86_400_000;

/** The offset of `zone` at the first instant of UTC day `day`, asked of ICU once per zone and day. */
function dayStartOffset(zone: ResolvedZone, days: Map<number, number>, day: number): number {
  let offset = days.get(day);
  if (offset === undefined) {
    offset = ianaOffset(zone, day * DAY);
    days.set(day, offset);
  }
  return offset;
}

/** Formatters that show a zone's wall clock, by luxon zone name: luxon's own options (IANAZone's `makeDTF`). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();
/** How such a formatter writes a wall-clock time in en-US, `01/15/1945 AD, 03:00:00` (luxon's `hackyOffset`). */
const SHOWN = /(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)/;

/**
 * The UTC offset (minutes) of an IANA zone at an instant (UTC ms): luxon's
 * `IANAZone.offset` (3.7), which reads the wall-clock time ICU shows at that
 * instant, but read with `format` — luxon's own way where `formatToParts`
 * is missing — rather than `formatToParts`, which costs three to four
 * times as much (7.5 µs against 2.1 µs a call on this project's machine)
 * and is asked once per zone and UTC day of a pack's dates. A text of
 * another shape (another ICU) is left to luxon. A property test holds the
 * two equal.
 */
export function ianaOffset(zone: ResolvedZone, ts: number): number {
  const name = zone.zone.name;
  let clock = wallClocks.get(name);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      hour12: false,
      timeZone: name,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    wallClocks.set(name, clock);
  }
  const shown = Number.isFinite(ts) ? SHOWN.exec(clock.format(ts)) : null;
  if (!shown) return zone.zone.offset(ts);
  const written = Number(shown[3]);
  const hour = Number(shown[5]);
  const asUTC = wallMillisOf({
    year: shown[4] === 'BC' ? 1 - written : written,
    month: Number(shown[1]),
    day: Number(shown[2]),
    // ICU may write midnight as 24 with hour12: false.
    hour: hour === 24 ? 0 : hour,
    minute: Number(shown[6]),
    second: Number(shown[7]),
  });
  // luxon compares with the instant's whole second.
  const over = ts % 1000;
  return (asUTC - (ts - (over >= 0 ? over : 1000 + over))) / 60_000;
}

/**
 * The UTC offset (minutes) of a zone at an instant, from the tz database
 * through luxon, remembered per UTC day: where a zone has the same offset at
 * the start of a day and at the start of the next, that offset holds for the
 * whole day (a zone that changed its offset twice within one day and back
 * would be missed; the tz database has no such day for the zones a pack
 * uses), and ICU is not asked again for that day. Neighbouring days share
 * the instant between them, so a run of days costs one question a day.
 */
export function offsetAt(zone: ResolvedZone, ts: number): number {
  if (zone.fixed) return zone.zone.offset(ts);
  const day = Math.floor(ts / DAY);
  // Resolving one value asks about the same day several times in a row.
  if (zone.name === last.zone && day === last.day) return last.same ? last.offset : ianaOffset(zone, ts);
  let days = dayStartOffsets.get(zone.name);
  if (!days) {
    days = new Map();
    dayStartOffsets.set(zone.name, days);
  }
  const start = dayStartOffset(zone, days, day);
  last.zone = zone.name;
  last.day = day;
  last.same = start === dayStartOffset(zone, days, day + 1);
  last.offset = start;
  return last.same ? start : ianaOffset(zone, ts);
}

/** The day {@link offsetAt} answered last. */
const last = { zone: '', day: NaN, same: false, offset: 0 };

/**
 * The instant at which the wall clocks of `zone` show a wall-clock time (as
 * milliseconds read as UTC). In a DST gap it moves forward by the gap, as
 * luxon does; in an overlap it takes the earlier instant. luxon's own
 * algorithm (`fixOffset`), with the first guess taken from the wall time
 * itself rather than from today's date.
 */
export function wallToInstant(wall: number, zone: ResolvedZone): number {
  const o1 = offsetAt(zone, wall);
  const guess = wall - o1 * 60_000;
  const o2 = offsetAt(zone, guess);
  if (o1 === o2) return earlierTwin(wall, guess, o2, zone);
  const again = wall - o2 * 60_000;
  const o3 = offsetAt(zone, again);
  if (o2 === o3) return earlierTwin(wall, again, o3, zone);
  return wall - Math.min(o2, o3) * 60_000;
}

/** In a DST overlap a wall time occurs twice: prefer the earlier instant. */
function earlierTwin(wall: number, found: number, offset: number, zone: ResolvedZone): number {
  const before = offsetAt(zone, found - DAY / 2);
  if (before === offset) return found;
  const twin = wall - before * 60_000;
  return twin < found && offsetAt(zone, twin) === before ? twin : found;
}


/**
 * Bounds of one calendar value.
 *
 * - With an offset written in the value: exact instants from it.
 * - In a zone: from the first instant of the value's unit in that zone to the
 *   first instant of the next unit (calendar arithmetic in the zone, so DST
 *   days are 23 or 25 hours long).
 * - Floating (`zone` null): from the unit's start at UTC+14 to its end at UTC−12.
 *
 * `precision` may coarsen the value (an hour written as `T00:00:00`).
 */
function calendarBounds(v: CalendarValue, zone: ResolvedZone | null, precision: CalendarPrecision): Bounds {
  if (v.offsetMinutes !== undefined || zone === null) {
    const fields = fieldsOf(v);
    const wall = wallMillisOf(fields);
    const next = nextWall(fields, precision);
    if (v.offsetMinutes !== undefined) {
      const shift = v.offsetMinutes * 60_000;
      return { start: wall - shift, end: next - shift };
    }
    return { start: wall - EARLIEST_OFFSET * 60_000, end: next - LATEST_OFFSET * 60_000 };
  }
  return localUnitBounds(fieldsOf(v), precision, zone, () => formatCalendarValue(v));
}

/**
 * Resolves a pack date (EDTF text + the zone it was stated in) to a
 * {@link TemporalValue}.
 *
 * @param edtf - EDTF text of the supported subset (see `edtf.ts`).
 * @param zoneName - zone the value was stated in (IANA, `UTC`, `UTC±hh:mm`),
 *   or `undefined` for a floating value.
 * @param precisionOverride - `hour` or `minute` to coarsen a date-time the
 *   source gives less exactly than EDTF writes it.
 * @throws TimeValueError for malformed or impossible values, an unknown zone,
 *   a coarsening that does not fit, or an offset written in the value that
 *   differs from the zone's offset at that time.
 */
export function resolveValue(
  edtf: string,
  zoneName: string | undefined,
  precisionOverride?: CalendarPrecision,
): TemporalValue {
  const parsed = parseEdtf(edtf);
  const zone = zoneName === undefined ? null : parseZone(zoneName);
  return fromParsed(edtf, parsed, zone, precisionOverride);
}

function fromParsed(
  edtf: string,
  parsed: EdtfValue,
  zone: ResolvedZone | null,
  precisionOverride?: CalendarPrecision,
): TemporalValue {
  const one = (v: CalendarValue): Bounds => {
    checkOffset(edtf, v, zone);
    let p = v.precision;
    if (precisionOverride !== undefined) {
      if (v.hour === undefined || !isCoarser(precisionOverride, v.precision) && precisionOverride !== v.precision) {
        throw new TimeValueError(
          'malformed-edtf',
          edtf,
          `precision '${precisionOverride}' cannot apply to '${edtf}' (only to coarsen a date-time)`,
        );
      }
      p = precisionOverride;
    }
    return calendarBounds(v, zone, p);
  };
  if (parsed.kind === 'single') {
    const b = one(parsed.value);
    return { edtf, parsed, zone, precision: precisionOverride ?? parsed.value.precision, bounds: b };
  }
  if (parsed.kind === 'interval') {
    const bounds = { start: parsed.from ? one(parsed.from).start : -Infinity, end: parsed.to ? one(parsed.to).end : Infinity };
    if (!(bounds.start < bounds.end)) throw new TimeValueError('empty-range', edtf, `'${edtf}' ends before it starts`);
    return { edtf, parsed, zone, precision: 'interval', bounds };
  }
  let start = Infinity;
  let end = -Infinity;
  for (const m of parsed.members) {
    if (m.kind === 'value') {
      const b = one(m.value);
      start = Math.min(start, b.start);
      end = Math.max(end, b.end);
    } else {
      start = Math.min(start, m.from ? one(m.from).start : -Infinity);
      end = Math.max(end, m.to ? one(m.to).end : Infinity);
    }
  }
  if (!(start < end)) throw new TimeValueError('empty-range', edtf, `'${edtf}' names no instant`);
  return { edtf, parsed, zone, precision: 'set', bounds: { start, end } };
}

/** A value written with an offset must agree with its zone's offset then. */
function checkOffset(edtf: string, v: CalendarValue, zone: ResolvedZone | null): void {
  if (v.offsetMinutes === undefined || zone === null) return;
  const instant = wallMillisOf(fieldsOf(v)) - v.offsetMinutes * 60_000;
  const actual = zone.zone.offset(instant);
  if (Math.abs(actual - v.offsetMinutes) > 1e-9) {
    throw new TimeValueError(
      'offset-mismatch',
      edtf,
      `'${edtf}' has offset ${v.offsetMinutes} min but ${zone.name} had ${actual} min then`,
    );
  }
}

/**
 * Orders values by their bounds: earlier `start` first, then earlier `end`.
 * Never looks at the text.
 */
export function compareBounds(a: Bounds, b: Bounds): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/** True when the two half-open intervals share at least one instant. */
export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A duration in calendar units, as derived-date rules write it. */
export interface CalendarDuration {
  readonly years?: number;
  readonly months?: number;
  readonly days?: number;
}

/**
 * Adds a calendar duration to every member of a value, keeping its precision
 * and zone (luxon `plus` on the wall-clock fields: 31 Jan + 1 month is
 * 28/29 Feb). Used for derived dates such as "three months after".
 *
 * @throws TimeValueError `impossible-date` when the result leaves the years
 *   0001–9999 that EDTF level 0 writes with four digits.
 */
export function addDuration(value: TemporalValue, duration: CalendarDuration): TemporalValue {
  const limits = { years: 10_000, months: 120_000, days: 3_660_000 } as const;
  for (const unit of ['years', 'months', 'days'] as const) {
    const n = duration[unit];
    if (n !== undefined && !(Number.isInteger(n) && Math.abs(n) <= limits[unit])) {
      throw new TimeValueError('impossible-date', value.edtf, `cannot add ${n} ${unit}: a whole number up to ${limits[unit]} is needed`);
    }
  }
  const shift = (v: CalendarValue): CalendarValue => {
    const moved = DateTime.fromObject(
      { year: v.year, month: v.month ?? 1, day: v.day ?? 1, hour: v.hour ?? 0, minute: v.minute ?? 0, second: v.second ?? 0 },
      { zone: 'utc' },
    ).plus(duration);
    const out: { -readonly [K in keyof CalendarValue]: CalendarValue[K] } = { year: moved.year, precision: v.precision };
    if (v.month !== undefined) out.month = moved.month;
    if (v.day !== undefined) out.day = moved.day;
    if (v.hour !== undefined) {
      out.hour = moved.hour;
      out.minute = moved.minute;
      if (v.second !== undefined) out.second = moved.second;
    }
    if (v.offsetMinutes !== undefined) {
      out.offsetMinutes =
        value.zone === null ? v.offsetMinutes : value.zone.zone.offset(wallMillisOf(fieldsOf(out)) - v.offsetMinutes * 60_000);
    }
    return out;
  };
  const parsed: EdtfValue =
    value.parsed.kind === 'single'
      ? { kind: 'single', value: shift(value.parsed.value) }
      : value.parsed.kind === 'interval'
        ? { kind: 'interval', ...(value.parsed.from ? { from: shift(value.parsed.from) } : {}), ...(value.parsed.to ? { to: shift(value.parsed.to) } : {}) }
        : {
          kind: 'set',
          members: value.parsed.members.map((m) =>
            m.kind === 'value'
              ? { kind: 'value', value: shift(m.value) }
              : { kind: 'range', ...(m.from ? { from: shift(m.from) } : {}), ...(m.to ? { to: shift(m.to) } : {}) },
          ),
        };
  for (const year of yearsOf(parsed)) {
    if (year < 1 || year > 9999) {
      throw new TimeValueError('impossible-date', value.edtf, `adding ${JSON.stringify(duration)} to '${value.edtf}' leaves the years 0001–9999`);
    }
  }
  const override = value.parsed.kind === 'single' && value.precision !== value.parsed.value.precision
    ? (value.precision as CalendarPrecision)
    : undefined;
  return fromParsed(formatEdtf(parsed), parsed, value.zone, override);
}

function yearsOf(v: EdtfValue): number[] {
  if (v.kind === 'single') return [v.value.year];
  if (v.kind === 'interval') return [v.from?.year, v.to?.year].filter((y) => y !== undefined);
  return v.members.flatMap((m) => (m.kind === 'value' ? [m.value.year] : [m.from?.year, m.to?.year].filter((y) => y !== undefined)));
}

/** An instant (ms since the epoch, UTC) as ISO 8601 in UTC; `null` for an open end. */
export function isoInstant(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
