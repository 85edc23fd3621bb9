import { NotFoundError, UsageError } from '../errors';
import { type Lang, messages } from '../i18n';
import type { Basis } from '../pack/types';
import { displayQuery, formatOffset, localReading, parseZone, readingZone, type ResolvedZone, UTC_ZONE, wallMillisOf, zoneLabel } from '../time';
import type { QueryContext } from './common';
import { resolveThing } from './show';
import { echo } from '../text/visible';

/** One row of `when` (CONTRACT.md): the event's date on the clocks of one zone. */
export interface WhenRow {
  readonly zone: string;
  readonly offset: string;
  readonly local: string;
  readonly display: string;
  /** How the pack knows the event's date (the same on every row: one date, several clocks). */
  readonly basis: Basis;
  /**
   * `pack` for the zone the pack gives the date in (how it knows that zone
   * is `zoneBasis`), `tz-database` for a zone read through the tz database.
   */
  readonly reading: 'pack' | 'tz-database';
  /** For the `pack` row: how the pack knows the zone; `null` for other rows. */
  readonly zoneBasis: Basis | null;
  /**
   * For a tz-database zone the source relates the date to (`relatedZones`):
   * whether its offset then agrees with the pack's reading of the source's
   * local time (the first fixed offset among the date's own and related
   * zones, such as UTC+10 for "mandschurischer Zeit"). `null` for other
   * zones, or when the pack reads no such offset.
   */
  readonly agreesWithSource: boolean | null;
  readonly note: string | null;
}

/**
 * The most readings (dates of the event's set × zones) one answer of `when`
 * makes: each member is read on each clock (some microseconds apiece, and
 * tens of characters of JSON), so a set of tens of thousands of dates on the
 * hundreds of zones of the tz database would take minutes and gigabytes.
 */
export const READINGS_MAX = 200_000;

/** The answer of `when`. */
export interface WhenResult {
  readonly event: string;
  readonly label: string;
  /** How the pack knows the date; `reasoning` (in the asked language) where it is not `stated`. */
  readonly basis: Basis;
  readonly reasoning: string | null;
  readonly rows: readonly WhenRow[];
}

/**
 * An event's date on the wall clocks of several zones, with the offset in
 * force there and then (luxon, i.e. ICU's tz database).
 *
 * Default zones: the zone the pack gives the date in, `UTC`, and the zones
 * the pack relates the date to. Each row's note says how the pack knows its
 * own zone (stated, inferred, assumed: never "the zone the source states"
 * unless it does), where the tz database disagrees with the pack's reading
 * of a local time the source gives (the invasion of Manchuria at UTC+10,
 * from the source's 7-hour difference to Moscow, against Asia/Harbin's and
 * Asia/Chita's UTC+9 in 1945), and where a time of day falls on another
 * calendar day than in the date's own zone (the declaration of war dated
 * 8 August in Moscow was already 9 August in Manchuria).
 *
 * @param zones - zones to show, in this order (default as above).
 * @throws NotFoundError when the name is unknown or not an event;
 *   UsageError when the event's dates on the zones are more than
 *   {@link READINGS_MAX} readings.
 */
export function when(ctx: QueryContext, name: string, zones?: readonly ResolvedZone[]): WhenResult {
  const thing = resolveThing(ctx, name);
  if (thing.kind !== 'event') {
    const id = thing.id;
    throw new NotFoundError((m) => m.err.notAnEvent(echo(id)), (m) => m.err.pickEvent);
  }
  const value = thing.date;
  const related = (ctx.index.pack.events.find((e) => e.id === thing.id)?.date.relatedZones ?? []).map((z) => parseZone(z));
  const own = readingZone(value);
  const chosen: ResolvedZone[] = zones !== undefined ? [...zones] : [...(own ? [own] : []), UTC_ZONE, ...related];
  const seen = new Set<string>();
  const unique = chosen.filter((z) => (seen.has(z.name) ? false : (seen.add(z.name), true)));
  const dates = value.parsed.kind === 'set' ? value.parsed.members.length : 1;
  if (dates * unique.length > READINGS_MAX) {
    const id = thing.id;
    throw new UsageError((t) => t.err.tooManyReadings(dates, unique.length, READINGS_MAX), (t) => t.err.fewerReadings(echo(id), dates <= READINGS_MAX));
  }
  const m = messages[ctx.lang];
  const first = Number.isFinite(value.bounds.start) ? value.bounds.start : value.bounds.end;
  // The pack's reading of a local time the source gives: a fixed offset among the date's zones.
  const reading = [own, ...related].find((z) => z?.fixed && z.name !== 'UTC') ?? null;
  const timeOfDay = value.precision === 'hour' || value.precision === 'minute' || value.precision === 'second';
  const ownDay = own && timeOfDay ? startDay(localReading(value, own, ctx.lang).local) : undefined;
  const relatedNames = new Set(related.map((r) => r.name));
  const rows = unique.map((zone): WhenRow => {
    const local = localReading(value, zone, ctx.lang);
    const isOwn = own !== null && zone.name === own.name;
    const isRelated = relatedNames.has(zone.name);
    const notes: string[] = [];
    let agrees: boolean | null = null;
    if (isOwn) {
      notes.push(m.zoneReading(thing.zoneBasis ?? 'stated'));
    } else if (isRelated && zone.fixed) {
      notes.push(m.relatedReading);
    } else if (isRelated && reading) {
      const readingOffset = reading.zone.offset(first);
      const tzOffset = zone.zone.offset(first);
      agrees = readingOffset === tzOffset;
      notes.push(agrees ? m.tzAgrees(formatOffset(tzOffset)) : m.tzDisagrees(formatOffset(tzOffset), formatOffset(readingOffset)));
    }
    if (own === null) notes.push(m.floating);
    const day = startDay(local.local);
    if (own && ownDay !== undefined && !isOwn && day !== undefined && day !== ownDay) {
      notes.push(m.otherDay(day > ownDay, displayDay(day, ctx.lang), displayDay(ownDay, ctx.lang), zoneLabel(own, ctx.lang, first)));
    }
    return {
      zone: zone.name,
      offset: local.offset,
      local: local.local,
      display: local.display,
      basis: thing.basis,
      reading: isOwn ? 'pack' : 'tz-database',
      zoneBasis: isOwn ? thing.zoneBasis : null,
      agreesWithSource: agrees,
      note: notes.length > 0 ? notes.join('; ') : null,
    };
  });
  return { event: thing.id, label: thing.label[ctx.lang], basis: thing.basis, reasoning: thing.reasoning?.[ctx.lang] ?? null, rows };
}

/**
 * The calendar day a local reading starts on (`1945-08-09T05:00` or an
 * interval from it; year 10000 and years before 1 too), as wall-clock
 * milliseconds, or `undefined` for a set.
 */
function startDay(local: string): number | undefined {
  const day = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(local);
  return day ? wallMillisOf({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: 0, minute: 0, second: 0 }) : undefined;
}

/** A calendar day, as {@link startDay} gives it, for people. */
function displayDay(day: number, lang: Lang): string {
  return displayQuery({ start: day }, 'day', UTC_ZONE, lang);
}
