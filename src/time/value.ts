import { DateTime } from 'luxon';
import { daysInMonth, fieldsOf, nextWall, type WallFields, wallMillisOf } from './calendar';
import {
  type CalendarPrecision,
  type CalendarValue,
  type EdtfValue,
  formatCalendarValue,
  formatEdtf,
  parseEdtf,
  type SetMember,
} from './edtf';
import { TimeValueError } from './errors';
import { offsetAt, wallToInstant } from './offset';
import { formatOffset, parseZone, type ResolvedZone, trustedZone } from './zone';

/**
 * Pack dates as values: the UTC bounds `[start, end)` of what a source wrote
 * (EDTF and zone), ordering and overlap of bounds, and calendar arithmetic on
 * values for derived dates. Bounds are instants, UTC milliseconds since the
 * epoch; wall-clock times become instants only through `offset.ts`.
 */

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
 * The zone a value's wall-clock text is read in: its own zone; else, when
 * every calendar value it holds writes the same UTC offset
 * (`1945-08-08T23:00+03:00` without a zone), that offset as a fixed zone
 * (`UTC+03:00`), since the text then pins its instants and is shown at the
 * clock it was written in; else `null`, a floating value, which means
 * different instants in different zones. Never throws.
 */
export function readingZone(value: TemporalValue): ResolvedZone | null {
  if (value.zone) return value.zone;
  const p = value.parsed;
  const values: (CalendarValue | undefined)[] =
    p.kind === 'single'
      ? [p.value]
      : p.kind === 'interval'
        ? [p.from, p.to]
        : p.members.flatMap((m) => (m.kind === 'value' ? [m.value] : [m.from, m.to]));
  const written = values.filter((v): v is CalendarValue => v !== undefined);
  const offset = written[0]?.offsetMinutes;
  if (offset === undefined || written.some((v) => v.offsetMinutes !== offset)) return null;
  return trustedZone(`UTC${formatOffset(offset)}`);
}

/**
 * A TemporalValue from bounds computed before (a fact pack verified at build
 * time, see `pack/verified.ts`): parses the EDTF text but asks luxon for
 * nothing. `bounds` are taken as given (UTC ms); `zoneName` is trusted, not
 * looked up (see `trustedZone`).
 *
 * @throws TimeValueError when `edtf` does not parse (see {@link parseEdtf}),
 *   which a verified pack never holds.
 */
export function cachedValue(edtf: string, zoneName: string | null, precision: Precision, bounds: Bounds): TemporalValue {
  return { edtf, parsed: parseEdtf(edtf), zone: zoneName === null ? null : trustedZone(zoneName), precision, bounds };
}

/** Earliest and latest UTC offsets in use anywhere (minutes): UTC+14, UTC−12. */
const EARLIEST_OFFSET = 14 * 60;
const LATEST_OFFSET = -12 * 60;

const ORDER: readonly CalendarPrecision[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

/** True when `a` is coarser than `b` (`month` is coarser than `day`); false for the same precision. */
export function isCoarser(a: CalendarPrecision, b: CalendarPrecision): boolean {
  return ORDER.indexOf(a) < ORDER.indexOf(b);
}

/**
 * `[start, end)` of a calendar unit (the year, month, day, … the wall-clock
 * `fields` begin) on the wall clocks of `zone`, as UTC ms: from its first
 * instant to the first instant of the next unit, each found by
 * {@link wallToInstant} (pack dates, and command-line years, months and
 * days). Where a DST change skipped midnight, the day starts at the first
 * instant that exists (the resolver moves forward, as luxon does) and the
 * previous day ends there too, so consecutive units never overlap. Where a
 * wall time occurs twice, see {@link wallToInstant} for the instant taken.
 *
 * @param text - the value as written, or a function that writes it: only
 *   the error message needs it.
 * @throws TimeValueError `nonexistent-local-time`: detail `dst-gap` when an
 *   hour, minute or second begins at a wall-clock time the zone skipped;
 *   detail `skipped-day` when the zone skipped the day itself (Pacific/Apia,
 *   30 December 2011), or a month's or year's first instant falls in
 *   another month.
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
 * {@link TemporalValue}, whose bounds are UTC ms (see {@link calendarBounds}
 * for each calendar value; a set spans its members, an interval runs from
 * its first member's start to its last member's end).
 *
 * @param edtf - EDTF text of the supported subset (see `edtf.ts`).
 * @param zoneName - zone the value was stated in (IANA, `UTC`, `UTC±hh:mm`),
 *   or `undefined` for a floating value.
 * @param precisionOverride - `hour` or `minute` to coarsen a date-time the
 *   source gives less exactly than EDTF writes it.
 * @throws TimeValueError `malformed-edtf`, `malformed-date` or
 *   `impossible-date` for text that does not parse (see {@link parseEdtf}),
 *   `unknown-zone`, `malformed-edtf` for a coarsening that does not fit,
 *   `nonexistent-local-time` for a wall-clock time or day the zone skipped
 *   (see {@link localUnitBounds}), `offset-mismatch` for an offset written in
 *   the value that differs from the zone's offset at that time, and
 *   `empty-range` for an interval, or a range of a set, that ends before it
 *   starts (floating ends compared by their wall-clock values, as zoned ones
 *   by their instants).
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
  // A range whose ends are both floating (no zone, no offset) is empty when
  // its wall-clock values are: their bounds span every zone on Earth, and
  // would let it end up to 26 hours before it starts. (Ends that pin their
  // instants are ordered by their bounds.)
  const floating = (v: CalendarValue): boolean => zone === null && v.offsetMinutes === undefined;
  const empty = (from: CalendarValue | undefined, to: CalendarValue | undefined): boolean =>
    from !== undefined &&
    to !== undefined &&
    floating(from) &&
    floating(to) &&
    !(wallBounds(from, precisionOverride ?? from.precision).start < wallBounds(to, precisionOverride ?? to.precision).end);
  if (parsed.kind === 'interval') {
    const bounds = { start: parsed.from ? one(parsed.from).start : -Infinity, end: parsed.to ? one(parsed.to).end : Infinity };
    if (!(bounds.start < bounds.end) || empty(parsed.from, parsed.to)) throw new TimeValueError('empty-range', edtf, `'${edtf}' ends before it starts`);
    return { edtf, parsed, zone, precision: 'interval', bounds };
  }
  let start = Infinity;
  let end = -Infinity;
  let reversed = false;
  for (const m of parsed.members) {
    if (m.kind === 'value') {
      const b = one(m.value);
      start = Math.min(start, b.start);
      end = Math.max(end, b.end);
    } else {
      const from = m.from ? one(m.from).start : -Infinity;
      const to = m.to ? one(m.to).end : Infinity;
      // An empty range adds no instant: a set of nothing else names none,
      // and one with other members is refused for that range below.
      if (!(from < to) || empty(m.from, m.to)) {
        reversed = true;
        continue;
      }
      start = Math.min(start, from);
      end = Math.max(end, to);
    }
  }
  if (!(start < end)) throw new TimeValueError('empty-range', edtf, `'${edtf}' names no instant`);
  if (reversed) throw new TimeValueError('empty-range', edtf, `a range of '${edtf}' ends before it starts`);
  return { edtf, parsed, zone, precision: 'set', bounds: { start, end } };
}

/** The wall-clock span of a calendar value read as if in UTC: how a floating value's ends are ordered. */
function wallBounds(v: CalendarValue, precision: CalendarPrecision): Bounds {
  const fields = fieldsOf(v);
  return { start: wallMillisOf(fields), end: nextWall(fields, precision) };
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
 * Adds a calendar duration to every member of a value, in its zone, and
 * resolves the result again like {@link resolveValue}: the result covers
 * what the value can mean, each instant moved by the duration. The
 * arithmetic is luxon's `DateTime#plus` on the wall-clock fields read in UTC
 * (31 Jan + 1 month is 28/29 Feb); a member written with an offset gets the
 * zone's offset at its new time. Used for derived dates such as "three
 * months after".
 *
 * A calendar value keeps its precision when the duration moves its unit onto
 * a whole unit: a year by whole years, a month by months and years, a day or
 * a time of day by anything. Otherwise (`1945` + 1 day, `1945-01` + 30 days)
 * it becomes the range from its first to its last day (or month, for a year
 * moved by months) moved by the duration, `[1945-01-02..1946-01-01]`; the
 * move never decreases (luxon clamps a day past a month's end back to it), so
 * those two ends bound everything the value can mean, moved. A single value
 * so becomes a one-of set; the ends of an interval and of a set's range move
 * their first and last day respectively.
 *
 * @throws TimeValueError `impossible-date` when a count is not a whole
 *   number within ±10,000 years, ±120,000 months or ±3,660,000 days, or when
 *   the result leaves the years 0000–9999 that EDTF level 0 writes with four
 *   digits (0000 is 1 BC, as in ISO 8601); `nonexistent-local-time` when it lands on a wall-clock time or
 *   day its zone skipped.
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
  // The unit a year or a month must be counted in to be moved exactly; undefined when it moves whole.
  const finer = (v: CalendarValue): 'month' | 'day' | undefined => {
    if (v.precision !== 'year' && v.precision !== 'month') return undefined;
    if ((duration.days ?? 0) !== 0) return 'day';
    return v.precision === 'year' && (duration.months ?? 0) % 12 !== 0 ? 'month' : undefined;
  };
  // The first and the last day (or month) of a year or a month, moved: a year
  // or a month has no time of day, so no offset either.
  const first = (v: CalendarValue, unit: 'month' | 'day'): CalendarValue =>
    shift(unit === 'month' ? { year: v.year, month: v.month ?? 1, precision: unit } : { year: v.year, month: v.month ?? 1, day: 1, precision: unit });
  const last = (v: CalendarValue, unit: 'month' | 'day'): CalendarValue => {
    const month = v.month ?? 12;
    return shift(unit === 'month' ? { year: v.year, month, precision: unit } : { year: v.year, month, day: daysInMonth(v.year, month), precision: unit });
  };
  const from = (v: CalendarValue): CalendarValue => {
    const unit = finer(v);
    return unit === undefined ? shift(v) : first(v, unit);
  };
  const to = (v: CalendarValue): CalendarValue => {
    const unit = finer(v);
    return unit === undefined ? shift(v) : last(v, unit);
  };
  const member = (v: CalendarValue): SetMember => {
    const unit = finer(v);
    return unit === undefined ? { kind: 'value', value: shift(v) } : { kind: 'range', from: first(v, unit), to: last(v, unit) };
  };
  const range = (m: { readonly from?: CalendarValue; readonly to?: CalendarValue }) => ({ ...(m.from ? { from: from(m.from) } : {}), ...(m.to ? { to: to(m.to) } : {}) });
  const p = value.parsed;
  let parsed: EdtfValue;
  if (p.kind === 'single') {
    const m = member(p.value);
    parsed = m.kind === 'value' ? { kind: 'single', value: m.value } : { kind: 'set', members: [m] };
  } else if (p.kind === 'interval') {
    parsed = { kind: 'interval', ...range(p) };
  } else {
    parsed = { kind: 'set', members: p.members.map((m): SetMember => (m.kind === 'value' ? member(m.value) : { kind: 'range', ...range(m) })) };
  }
  for (const year of yearsOf(parsed)) {
    if (year < 0 || year > 9999) {
      throw new TimeValueError('impossible-date', value.edtf, `adding ${JSON.stringify(duration)} to '${value.edtf}' leaves the years 0000–9999`);
    }
  }
  // Only a time of day is coarsened, and a time of day keeps its precision.
  const override = parsed.kind === 'single' && p.kind === 'single' && value.precision !== p.value.precision
    ? (value.precision as CalendarPrecision)
    : undefined;
  return fromParsed(formatEdtf(parsed), parsed, value.zone, override);
}

function yearsOf(v: EdtfValue): number[] {
  if (v.kind === 'single') return [v.value.year];
  if (v.kind === 'interval') return [v.from?.year, v.to?.year].filter((y) => y !== undefined);
  return v.members.flatMap((m) => (m.kind === 'value' ? [m.value.year] : [m.from?.year, m.to?.year].filter((y) => y !== undefined)));
}

/** An instant (UTC ms since the epoch) as ISO 8601 in UTC, `1945-08-08T20:00:00.000Z`; `null` for an open end (±Infinity). */
export function isoInstant(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
