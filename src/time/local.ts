import { DateTime } from 'luxon';
import { type CalendarPrecision, type CalendarValue, formatCalendarValue, type SetMember } from './edtf';
import { displayDateTime, displayValue, type DateLang, zoneLabel } from './display';
import { readingZone, resolveValue, type TemporalValue } from './value';
import { formatOffset, type ResolvedZone } from './zone';

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

const FORMAT: Record<CalendarPrecision, string> = {
  year: 'yyyy',
  month: 'yyyy-MM',
  day: 'yyyy-MM-dd',
  hour: "yyyy-MM-dd'T'HH",
  minute: "yyyy-MM-dd'T'HH:mm",
  second: "yyyy-MM-dd'T'HH:mm:ss",
};

const UNIT = { year: 'years', month: 'months', day: 'days', hour: 'hours', minute: 'minutes', second: 'seconds' } as const;

/** A span read in a zone: whole units at the precision, or exact local bounds. */
interface Span {
  readonly local: string;
  readonly display: string;
  /** Local text of the first instant and of the end (exclusive), for ranges. */
  readonly from: string;
  readonly until: string;
  readonly fromDisplay: string;
  readonly untilDisplay: string;
}

function readSpan(start: number, end: number, precision: CalendarPrecision, zone: ResolvedZone, lang: DateLang): Span {
  const s = DateTime.fromMillis(start, { zone: zone.zone });
  const e = DateTime.fromMillis(end, { zone: zone.zone });
  // An hour has no ISO form that --date accepts (`1945-08-09T00` is refused):
  // it is written as the span of its minutes, like any span, so that each
  // end can be pasted back.
  const aligned =
    precision !== 'hour' && s.startOf(precision).toMillis() === start && s.plus({ [UNIT[precision]]: 1 }).toMillis() === end;
  if (aligned) {
    const display = displayDateTime(s, precision, zone, lang);
    const local = s.toFormat(FORMAT[precision]);
    return { local, display, from: local, until: local, fromDisplay: display, untilDisplay: display };
  }
  // Offsets with seconds (local mean time) put bounds off the minute: keep them exact.
  const fine: CalendarPrecision = s.second !== 0 || e.second !== 0 ? 'second' : 'minute';
  const from = s.toFormat(FORMAT[fine]);
  const until = e.toFormat(FORMAT[fine]);
  const fromDisplay = displayDateTime(s, fine, zone, lang);
  const untilDisplay = displayDateTime(e, fine, zone, lang);
  const suffix = ` (${zoneLabel(zone, lang, end)})`;
  return { local: `${from}/${until}`, display: `${fromDisplay.replace(suffix, '')} – ${untilDisplay}`, from, until, fromDisplay, untilDisplay };
}

/**
 * Reads a pack value on the wall clocks of `zone`: its bounds (UTC ms), or
 * each member's, shown as luxon reads those instants in `zone`.
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
    const r = readSpan(value.bounds.start, value.bounds.end, value.precision as CalendarPrecision, zone, lang);
    return { offset, ...r };
  }
  const span = (v: CalendarValue) => {
    // At the precision the member is written with (formatCalendarValue writes seconds always).
    const b = resolveValue(formatCalendarValue(v), own.name, v.hour === undefined ? undefined : v.precision).bounds;
    return readSpan(b.start, b.end, v.precision, zone, lang);
  };
  /** A range of values, or an interval (`/`, open ends written `..`). */
  const between = (a: CalendarValue | undefined, b: CalendarValue | undefined, sep: '..' | '/'): { local: string; display: string } => {
    const from = a ? span(a) : undefined;
    const to = b ? span(b) : undefined;
    const open = sep === '/' ? '..' : '';
    return {
      local: `${from?.from ?? open}${sep}${to?.until ?? open}`,
      display: `${from?.fromDisplay ?? '…'} – ${to?.untilDisplay ?? '…'}`,
    };
  };
  if (p.kind === 'interval') return { offset, ...between(p.from, p.to, '/') };
  const member = (m: SetMember): { local: string; display: string } =>
    m.kind === 'value' ? span(m.value) : between(m.from, m.to, '..');
  const parts = p.members.map(member);
  const or = lang === 'de' ? ' oder ' : ' or ';
  return { offset, local: `[${parts.map((x) => x.local).join(',')}]`, display: parts.map((x) => x.display).join(or) };
}
