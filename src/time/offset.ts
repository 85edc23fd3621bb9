import { DAY_MS } from './calendar';
import type { ResolvedZone } from './zone';

/**
 * UTC offsets of zones, and the one resolver of a wall-clock time in a zone
 * to an instant ({@link wallToInstant}), which pack dates and command-line
 * dates both go through.
 *
 * Units: an *instant* is UTC milliseconds since the epoch; a *wall-clock
 * time* is wall milliseconds (its fields read as if UTC, see `calendar.ts`);
 * an *offset* is minutes east of UTC (`180` for UTC+03:00; a fraction where
 * local mean time has seconds, `-44.5` for −00:44:30), so that
 * `wall = instant + offset * 60_000`.
 */

/** Offsets (minutes) by zone at the first instant of each UTC day (days since the epoch), for {@link offsetAt}. */
const dayStartOffsets = new Map<string, Map<number, number>>();

/** The offset of `zone` at the first instant of UTC day `day`, asked of luxon (ICU) once per zone and day. */
function dayStartOffset(zone: ResolvedZone, days: Map<number, number>, day: number): number {
  let offset = days.get(day);
  if (offset === undefined) {
    offset = zone.zone.offset(day * DAY_MS);
    days.set(day, offset);
  }
  return offset;
}

/**
 * The UTC offset (minutes east of UTC) of a zone at an instant (UTC ms): the
 * tz database's, as luxon's `Zone#offset` reads it from ICU, remembered per
 * UTC day. Where a zone has the same offset at the start of a day and at the
 * start of the next, that offset holds for the whole day (a zone that
 * changed its offset twice within one day and back would be missed; the tz
 * database has no such day for the zones a pack uses), and ICU is not asked
 * again for that day. Neighbouring days share the instant between them, so
 * a run of days costs one question a day. Never throws (`NaN` for an
 * instant that is not a number, as luxon gives).
 */
export function offsetAt(zone: ResolvedZone, ts: number): number {
  if (zone.fixed) return zone.zone.offset(ts);
  const day = Math.floor(ts / DAY_MS);
  // Resolving one value asks about the same day several times in a row.
  if (zone.name === last.zone && day === last.day) return last.same ? last.offset : zone.zone.offset(ts);
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
  return last.same ? start : zone.zone.offset(ts);
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
  const before = offsetAt(zone, found - DAY_MS / 2);
  if (before === offset) return found;
  const twin = wall - before * 60_000;
  return twin < found && offsetAt(zone, twin) === before ? twin : found;
}
