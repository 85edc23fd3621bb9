import { DAY_MS } from './calendar';
import type { ResolvedZone } from './zone';

/**
 * UTC offsets of zones, and the resolver of a wall-clock time in a zone to
 * an instant ({@link wallToInstant}) that every pack date stated in a zone
 * without an offset and every command-line year, month and day go through
 * (`value.ts`, `localUnitBounds`).
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
 * The instant (UTC ms) at which the wall clocks of `zone` show a wall-clock
 * time (wall ms, see `calendar.ts`). Never throws; whether the instant shows
 * `wall` at all is the caller's question (`localUnitBounds`).
 *
 * - Where the clocks skipped the wall time (a DST gap), the instant is moved
 *   forward by the gap, as luxon does.
 * - Where the wall time occurs twice (the clocks went back), the earlier
 *   instant, looked for up to 12 hours back: in the overlaps of 23–24 hours
 *   where a zone moved across the date line (Alaska 1867, Samoa 1892,
 *   Rarotonga 1899, Kwajalein 1969), a wall time more than 12 hours into the
 *   overlap may get the later instant.
 *
 * The algorithm is luxon's `fixOffset` (`src/datetime.js`), started from the
 * guess `DateTime#setZone(zone, { keepLocalTime: true })` starts from (the
 * zone's offset at `wall` read as an instant; never today's offset, which
 * `DateTime.fromObject` starts from), then the earlier twin. It is a copy
 * rather than that call because luxon asks ICU at every step where this
 * asks {@link offsetAt}, which remembers offsets per UTC day: at 100,000
 * events luxon's call costs several per cent of a whole checked run, and
 * about half of that remains with a luxon `Zone` that asks `offsetAt`
 * (`node bench/luxon.mjs` shows the numbers). A property test holds the two
 * equal except where this takes the earlier of two instants.
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

/**
 * Where `wall` occurs twice, the earlier instant showing it: the instant at
 * the offset the zone had 12 hours before `found` (an instant showing
 * `wall` at `offset`), if the zone had that offset then; else `found`.
 */
function earlierTwin(wall: number, found: number, offset: number, zone: ResolvedZone): number {
  const before = offsetAt(zone, found - DAY_MS / 2);
  if (before === offset) return found;
  const twin = wall - before * 60_000;
  return twin < found && offsetAt(zone, twin) === before ? twin : found;
}
