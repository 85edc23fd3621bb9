import { NotFoundError } from '../errors';
import { messages } from '../i18n';
import { formatOffset, localReading, parseZone, type ResolvedZone, UTC_ZONE } from '../time';
import type { QueryContext } from './common';
import { resolveThing } from './show';

/** One row of `when` (CONTRACT.md): the event's date on the clocks of one zone. */
export interface WhenRow {
  readonly zone: string;
  readonly offset: string;
  readonly local: string;
  readonly display: string;
  /**
   * `source` for the zone the source states the date in, `tz-database` for a
   * zone read through the tz database.
   */
  readonly reading: 'source' | 'tz-database';
  /**
   * For a zone the source relates the date to (`relatedZones` in the pack):
   * whether the tz database's offset there agrees with the source's reading.
   * `null` for other zones.
   */
  readonly agreesWithSource: boolean | null;
  readonly note: string | null;
}

/** The answer of `when`. */
export interface WhenResult {
  readonly event: string;
  readonly label: string;
  readonly rows: readonly WhenRow[];
}

/**
 * An event's date on the wall clocks of several zones, with the offset in
 * force there and then (luxon, i.e. ICU's tz database).
 *
 * Default zones: the zone the source states the date in, `UTC`, and the
 * zones the pack relates the date to. Where the source's own reading is a
 * fixed offset (the invasion of Manchuria at UTC+10, from the source's
 * 7-hour difference to Moscow) and the tz database gives a related zone
 * another offset (Asia/Harbin, Asia/Chita: UTC+9 in 1945), the row says so.
 *
 * @param zones - zones to show, in this order (default as above).
 * @throws NotFoundError when the name is unknown or not an event.
 */
export function when(ctx: QueryContext, name: string, zones?: readonly ResolvedZone[]): WhenResult {
  const thing = resolveThing(ctx, name);
  if (thing.kind !== 'event') {
    const id = thing.id;
    throw new NotFoundError((m) => m.err.notAnEvent(id), (m) => m.err.pickEvent);
  }
  const value = thing.date;
  const related = ctx.index.pack.events.find((e) => e.id === thing.id)?.date.relatedZones ?? [];
  const own = value.zone;
  const chosen: ResolvedZone[] =
    zones !== undefined ? [...zones] : [...(own ? [own] : []), UTC_ZONE, ...related.map((z) => parseZone(z))];
  const seen = new Set<string>();
  const unique = chosen.filter((z) => (seen.has(z.name) ? false : (seen.add(z.name), true)));
  const m = messages[ctx.lang];
  const first = Number.isFinite(value.bounds.start) ? value.bounds.start : value.bounds.end;
  const rows = unique.map((zone): WhenRow => {
    const reading = localReading(value, zone, ctx.lang);
    const isRelated = related.some((r) => parseZone(r).name === zone.name);
    let agrees: boolean | null = null;
    let note: string | null = null;
    if (own && zone.name === own.name) {
      note = m.sourceReading;
    } else if (own && isRelated) {
      const sourceOffset = own.zone.offset(first);
      const tzOffset = zone.zone.offset(first);
      agrees = sourceOffset === tzOffset;
      note = agrees
        ? m.tzAgrees(formatOffset(tzOffset))
        : m.tzDisagrees(formatOffset(tzOffset), formatOffset(sourceOffset), own.fixed ? null : own.name);
    }
    return {
      zone: zone.name,
      offset: reading.offset,
      local: reading.local,
      display: reading.display,
      reading: own && zone.name === own.name ? 'source' : 'tz-database',
      agreesWithSource: agrees,
      note,
    };
  });
  return { event: thing.id, label: thing.label[ctx.lang], rows };
}
