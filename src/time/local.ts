import { DateTime } from 'luxon';
import { type CalendarPrecision, type CalendarValue, formatCalendarValue } from './edtf';
import { displayDateTime, displayValue, type DateLang, SET_SAID, sayOneOf, zoneLabel } from './display';
import { readingZone, resolveValue, type TemporalValue } from './value';
import { formatOffset, type ResolvedZone } from './zone';
import { nextWall, UNIT_MS, unitStart, wallFieldsOf, wallMillisOf, wallText } from './calendar';
import { offsetAt, wallToInstant } from './offset';

/** A value read on the wall clocks of one zone (`pakt when`). */
export interface LocalReading {
  /** UTC offset in force in the zone at the value's first instant: `+03:00`, `-00:44:30`. */
  readonly offset: string;
  /**
   * ISO 8601 wall-clock time at the value's precision (`1945-08-09` for a
   * day), in the forms `--date` accepts; an hour as the span of its minutes
   * (`1945-08-09T00:00/1945-08-09T01:00`). Where the value does not fill whole
   * units of that precision in this zone (a Moscow day seen from Tokyo), the
   * exact local interval `start/end` to the minute. A one-of set gives a set.
   */
  readonly local: string;
  readonly display: string;
}

/** A span read in a zone: whole units at the precision, or exact local bounds. */
interface Span {
  readonly local: string;
  /** Local text of the first instant and of the end (exclusive), for intervals (`start/end`). */
  readonly from: string;
  readonly until: string;
  /**
   * Local text of the last unit inside the span, for the end of a range
   * (`[a..b]`), whose members are inclusive: the span itself where it is
   * whole units, else its last minute (or second, where the offset has
   * seconds) before the end.
   */
  readonly last: string;
  /** For people, where asked (`said`); else empty. */
  readonly display: string;
  readonly fromDisplay: string;
  readonly untilDisplay: string;
  readonly lastDisplay: string;
}

/**
 * Reads the span `[start, end)` (UTC ms) on the wall clocks of `zone`: as
 * one unit of `precision` where `--date` reads that unit's text in `zone`
 * as exactly this span, else as the exact local interval. Says it for
 * people only where `said`: a set of thousands of dates is said in a few of
 * them ({@link sayOneOf}) but read in full, and the offsets come from
 * {@link offsetAt}, which asks ICU once per zone and UTC day.
 */
function readSpan(start: number, end: number, precision: CalendarPrecision, zone: ResolvedZone, lang: DateLang, said: boolean): Span {
  const offset = offsetAt(zone, start);
  const wallStart = start + Math.round(offset * 60_000);
  const f = wallFieldsOf(wallStart);
  // An hour has no ISO form that --date accepts (`1945-08-09T00` is refused):
  // it is written as the span of its minutes, like any span, so that each
  // end can be pasted back.
  if (precision !== 'hour') {
    const unit = unitStart(f, precision);
    const unitWall = wallMillisOf(unit);
    // A span can be its unit only where the clocks show the unit's start at its first instant, or where a DST
    // change skipped that start and the clocks move on at the span's first instant (--date starts the unit there).
    if (unitWall === wallStart || offsetAt(zone, start - 1) !== offset) {
      // As `--date` reads the text back (parseQueryDate): a day, month or year from its unit's first instant to
      // the next unit's, a minute or second as that much elapsed time from the first instant showing it.
      const next = precision === 'minute' || precision === 'second' ? start + UNIT_MS[precision] : wallToInstant(nextWall(unit, precision), zone);
      if (wallToInstant(unitWall, zone) === start && next === end) {
        const local = wallText(unit, precision);
        const display = said ? displayDateTime(DateTime.fromMillis(start, { zone: zone.zone }), precision, zone, lang) : '';
        return { local, display, from: local, until: local, last: local, fromDisplay: display, untilDisplay: display, lastDisplay: display };
      }
    }
  }
  const e = wallFieldsOf(end + Math.round(offsetAt(zone, end) * 60_000));
  // Offsets with seconds (local mean time) put bounds off the minute: keep them exact.
  const fine: CalendarPrecision = f.second !== 0 || e.second !== 0 ? 'second' : 'minute';
  const lastStart = end - UNIT_MS[fine];
  const from = wallText(f, fine);
  const until = wallText(e, fine);
  const last = wallText(wallFieldsOf(lastStart + Math.round(offsetAt(zone, lastStart) * 60_000)), fine);
  if (!said) return { local: `${from}/${until}`, display: '', from, until, last, fromDisplay: '', untilDisplay: '', lastDisplay: '' };
  const fromDisplay = displayDateTime(DateTime.fromMillis(start, { zone: zone.zone }), fine, zone, lang);
  const untilDisplay = displayDateTime(DateTime.fromMillis(end, { zone: zone.zone }), fine, zone, lang);
  const lastDisplay = displayDateTime(DateTime.fromMillis(lastStart, { zone: zone.zone }), fine, zone, lang);
  const suffix = ` (${zoneLabel(zone, lang, end)})`;
  return { local: `${from}/${until}`, display: `${fromDisplay.replace(suffix, '')} – ${untilDisplay}`, from, until, last, fromDisplay, untilDisplay, lastDisplay };
}

/** A calendar value's bounds (UTC ms) in its value's own zone, at the precision it is written with. */
interface Bounded {
  readonly start: number;
  readonly end: number;
  readonly precision: CalendarPrecision;
}

/** A member of a set, or the ends of an interval (`from` .. `to`, an open end absent), with their bounds. */
type BoundedPart = { readonly kind: 'value'; readonly value: Bounded } | { readonly kind: 'range'; readonly from?: Bounded; readonly to?: Bounded };

/**
 * The parts of each set or interval, bounded once for every zone it is read
 * in: `when` reads one value in each of up to thousands of zones, and a set
 * may have tens of thousands of members.
 */
const boundedParts = new WeakMap<TemporalValue, readonly BoundedPart[]>();

function partsOf(value: TemporalValue, own: ResolvedZone): readonly BoundedPart[] {
  let parts = boundedParts.get(value);
  if (parts !== undefined) return parts;
  // At the precision the member is written with (formatCalendarValue writes seconds always).
  const bound = (v: CalendarValue): Bounded => ({
    ...resolveValue(formatCalendarValue(v), own.name, v.hour === undefined ? undefined : v.precision).bounds,
    precision: v.precision,
  });
  const range = (from: CalendarValue | undefined, to: CalendarValue | undefined): BoundedPart => ({
    kind: 'range',
    ...(from ? { from: bound(from) } : {}),
    ...(to ? { to: bound(to) } : {}),
  });
  const p = value.parsed;
  parts =
    p.kind === 'single'
      ? []
      : p.kind === 'interval'
        ? [range(p.from, p.to)]
        : p.members.map((m): BoundedPart => (m.kind === 'value' ? { kind: 'value', value: bound(m.value) } : range(m.from, m.to)));
  boundedParts.set(value, parts);
  return parts;
}

/**
 * Reads a pack value on the wall clocks of `zone`: its bounds (UTC ms), or
 * each member's, shown as luxon reads those instants in `zone`. A set of
 * more than a few members is said for people in its first few and its last
 * ({@link sayOneOf}); `local` has every member.
 *
 * A floating value (no zone) cannot be converted: its text is kept as the
 * source gives it. Open ends of a range stay open (`..`). Never throws.
 */
export function localReading(value: TemporalValue, zone: ResolvedZone, lang: DateLang): LocalReading {
  const first = Number.isFinite(value.bounds.start) ? value.bounds.start : value.bounds.end;
  const offset = formatOffset(zone.zone.offset(first));
  const own = readingZone(value);
  if (own === null) return { offset, local: value.edtf, display: displayValue(value, lang, null) };
  const p = value.parsed;
  if (p.kind === 'single') {
    const r = readSpan(value.bounds.start, value.bounds.end, value.precision as CalendarPrecision, zone, lang, true);
    return { offset, local: r.local, display: r.display };
  }
  const span = (b: Bounded, said: boolean): Span => readSpan(b.start, b.end, b.precision, zone, lang, said);
  /** A range of values, or an interval (`/`, open ends written `..`). */
  const between = (part: Extract<BoundedPart, { kind: 'range' }>, sep: '..' | '/', said: boolean): { local: string; display: string } => {
    const from = part.from ? span(part.from, said) : undefined;
    const to = part.to ? span(part.to, said) : undefined;
    const open = sep === '/' ? '..' : '';
    // An interval ends at its end's end; a range at its last member, inclusive.
    const end = sep === '/' ? to?.until : to?.last;
    const endDisplay = sep === '/' ? to?.untilDisplay : to?.lastDisplay;
    return {
      local: `${from?.from ?? open}${sep}${end ?? open}`,
      display: said ? `${from?.fromDisplay ?? '…'} – ${endDisplay ?? '…'}` : '',
    };
  };
  const parts = partsOf(value, own);
  if (p.kind === 'interval') return { offset, ...between(parts[0] as Extract<BoundedPart, { kind: 'range' }>, '/', true) };
  const read = (part: BoundedPart, said: boolean): { local: string; display: string } =>
    part.kind === 'value' ? span(part.value, said) : between(part, '..', said);
  const readings = parts.map((part, i) => read(part, parts.length <= SET_SAID || i < SET_SAID - 2 || i === parts.length - 1));
  return { offset, local: `[${readings.map((x) => x.local).join(',')}]`, display: sayOneOf(readings.length, (i) => readings[i]!.display, lang) };
}
