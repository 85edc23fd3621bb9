import { DateTime } from 'luxon';
import { DAY_MS, fieldsOf, nextWall, type WallFields, wallMillisOf } from './calendar';
import { type CalendarPrecision, parseCalendarValue } from './edtf';
import { TimeValueError } from './errors';
import { type Bounds, localUnitBounds } from './value';
import { formatOffset, type ResolvedZone } from './zone';

/**
 * A date given on the command line (`--date`, `--from`, `--to`), read as the
 * interval it names: `1945` the year, `1945-06` the month, `1945-06-01` the
 * day, `1945-06-01T12:00` that minute, `…:30` that second — all in `zone`
 * unless the text carries `Z` or an offset. `start` and `end` are UTC ms.
 */
export interface QueryInterval extends Bounds {
  readonly input: string;
  /** Name of the zone the text was read in (`UTC+03:00` for a written offset). */
  readonly zone: string;
  readonly precision: CalendarPrecision;
  /** Set when the local time occurs twice (DST overlap): the offset taken and the other, as `+hh:mm`. */
  readonly ambiguity?: { readonly chosenOffset: string; readonly otherOffset: string };
  /**
   * For an ISO interval `A/B`: the last unit, `B` (`start`, UTC ms, is where
   * `B` begins); the interval runs from the start of `A` to the end of `B`.
   */
  readonly through?: { readonly precision: CalendarPrecision; readonly start: number };
}

const UNIT = {
  year: 'years',
  month: 'months',
  day: 'days',
  hour: 'hours',
  minute: 'minutes',
  second: 'seconds',
} as const;

/**
 * Reads a command-line date in `zone`.
 *
 * Only ISO 8601 calendar forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `YYYY-MM-DDTHH:mm`, `YYYY-MM-DDTHH:mm:ss`, the last two optionally with `Z`
 * or `±hh:mm`, and intervals of two of them, `A/B` (from the start of `A`
 * to the end of `B`: `1945-05/1945-08` is May to August).
 *
 * A year, month or day is the unit on the zone's wall clocks, resolved like
 * a pack date ({@link localUnitBounds}). A time of day is the minute or
 * second of elapsed time from the earliest instant the zone's clocks show
 * it ({@link localCandidates}); one that occurs twice reports both offsets
 * in `ambiguity`, and one the zone skipped (a DST change) is refused. The
 * answer never depends on today's date or the machine's zone.
 *
 * @throws TimeValueError `malformed-date` (another shape, or an interval
 *   that ends before it starts), `impossible-date` (a field out of range),
 *   or `nonexistent-local-time` (a wall-clock time or day the zone skipped).
 */
export function parseQueryDate(input: string, zone: ResolvedZone): QueryInterval {
  const slash = input.indexOf('/');
  if (slash > 0 && slash === input.lastIndexOf('/')) {
    const from = parseQueryDate(input.slice(0, slash), zone);
    const to = parseQueryDate(input.slice(slash + 1), zone);
    if (!(from.start < to.end)) {
      throw new TimeValueError('malformed-date', input, `'${input}' ends before it starts`, { kind: 'reversed' });
    }
    return { ...from, input, end: to.end, through: { precision: to.precision, start: to.start } };
  }
  if (input === '') {
    throw new TimeValueError('malformed-date', input, 'empty date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm', { kind: 'empty' });
  }
  const v = parseCalendarValue(input);
  const unit = UNIT[v.precision];
  const fields = fieldsOf(v);
  if (v.offsetMinutes !== undefined) {
    const shift = v.offsetMinutes * 60_000;
    return {
      input,
      zone: v.offsetMinutes === 0 ? 'UTC' : `UTC${formatOffset(v.offsetMinutes)}`,
      precision: v.precision,
      start: wallMillisOf(fields) - shift,
      end: nextWall(fields, v.precision) - shift,
    };
  }
  if (v.hour === undefined) {
    const b = localUnitBounds(fields, v.precision, zone, input);
    return { input, zone: zone.name, precision: v.precision, start: b.start, end: b.end };
  }
  // A time of day does not go through wallToInstant, as a date does: trying
  // each offset the zone used within a day of it also finds the second
  // instant of a wall time shown twice, for `ambiguity`, and takes the
  // earlier one even in the overlaps of 23–24 hours where wallToInstant may
  // take the later (see there). Its end is elapsed time, not the next
  // wall-clock minute: the last minute before the clocks go back lasts a
  // minute.
  const candidates = localCandidates(fields, zone);
  const first = candidates[0];
  if (first === undefined) {
    throw new TimeValueError(
      'nonexistent-local-time',
      input,
      `${input} does not exist in ${zone.name}: the clocks skipped it (DST change)`,
      { kind: 'dst-gap', zone: zone.name },
    );
  }
  const start = DateTime.fromMillis(first.instant, { zone: zone.zone });
  const result: QueryInterval = {
    input,
    zone: zone.name,
    precision: v.precision,
    start: first.instant,
    end: start.plus({ [unit]: 1 }).toMillis(),
  };
  const second = candidates[1];
  if (second === undefined) return result;
  return {
    ...result,
    ambiguity: { chosenOffset: formatOffset(first.offset), otherOffset: formatOffset(second.offset) },
  };
}

/**
 * Every instant (UTC ms) at which the wall clock in `zone` showed these
 * fields, earliest first, with the zone's offset then (minutes east of
 * UTC): none in a DST gap, two in a DST overlap, else one. Never throws.
 *
 * Method: try each offset luxon gives for the zone a day before, at and a
 * day after the wall time read as an instant; an offset is right when the
 * zone really had it at the instant it gives.
 */
export function localCandidates(fields: WallFields, zone: ResolvedZone): { instant: number; offset: number }[] {
  const wall = wallMillisOf(fields);
  const offsets = new Set([zone.zone.offset(wall - DAY_MS), zone.zone.offset(wall), zone.zone.offset(wall + DAY_MS)]);
  const found = new Map<number, number>();
  for (const offset of offsets) {
    const instant = wall - Math.round(offset * 60_000);
    if (Math.abs(zone.zone.offset(instant) - offset) < 1e-9) found.set(instant, offset);
  }
  return [...found.entries()].map(([instant, offset]) => ({ instant, offset })).sort((a, b) => a.instant - b.instant);
}
