import { daysInMonth, pad2 } from './calendar';
import { TimeValueError } from './errors';

/**
 * The subset of EDTF (ISO 8601-2, Extended Date/Time Format) that fact packs
 * use, parsed into plain calendar fields.
 *
 * Supported (EDTF level 0 dates and date-times, level 1 intervals, level 2
 * one-of sets):
 * - `1941`, `1945-02`, `1945-04-05`;
 * - `1945-08-08T23:00:00+03:00`, `…Z`, or without offset (wall-clock time in
 *   the value's zone); seconds may be left out (`T23:00`);
 * - intervals — something that lasted — `1945-08-09/1945-09-02`, with an
 *   open end `1945-08-09/..` or start `../1945-09-02` (dates only, as EDTF
 *   writes intervals);
 * - one-of sets — one moment the source does not pin down —
 *   `[1945-05-08,1945-05-09]`, with ranges `[1941-04-13..1941-12-31]` and
 *   open ends `[..1941-04-13]`, `[1941-04-13..]`.
 *
 * Written as a small parser rather than with the `edtf` package, whose 4.11.1
 * mis-reports the maximum of `[1941-04-13..1941-12-31]` and throws on
 * `[..1941-04-13]` (see DESIGN.md "Time").
 */

/** How exact a single calendar value is. */
export type CalendarPrecision = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** A single calendar value, as written; fields below the precision are absent. */
export interface CalendarValue {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
  /** UTC offset in minutes written in the value itself (`+03:00`, `Z`), if any. */
  readonly offsetMinutes?: number;
  readonly precision: CalendarPrecision;
}

/** A member of a one-of set: one value, or a (possibly open) range of them. */
export type SetMember =
  | { readonly kind: 'value'; readonly value: CalendarValue }
  | { readonly kind: 'range'; readonly from?: CalendarValue; readonly to?: CalendarValue };

/** A parsed EDTF value. */
export type EdtfValue =
  | { readonly kind: 'single'; readonly value: CalendarValue }
  | { readonly kind: 'interval'; readonly from?: CalendarValue; readonly to?: CalendarValue }
  | { readonly kind: 'set'; readonly members: readonly SetMember[] };

const SINGLE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * Parses one calendar value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * `YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]`) and checks that it exists in the
 * calendar: `1945-02-30`, `1945-13-01` and `24:30` are refused, never rolled
 * over.
 *
 * @throws TimeValueError `malformed-date` when the text has another shape,
 *   `impossible-date` when a field is out of range.
 */
export function parseCalendarValue(text: string): CalendarValue {
  const m = SINGLE.exec(text);
  if (!m) {
    throw new TimeValueError(
      'malformed-date',
      text,
      `'${text}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]`,
      { kind: 'shape' },
    );
  }
  const [, y, mo, d, h, mi, s, off] = m;
  const year = Number(y);
  const fields: { -readonly [K in keyof CalendarValue]: CalendarValue[K] } = { year, precision: 'year' };
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) throw impossible(text, `month ${mo} does not exist`, 'month', mo);
    fields.month = month;
    fields.precision = 'month';
  }
  if (d !== undefined) {
    const day = Number(d);
    const max = daysInMonth(year, fields.month ?? 1);
    if (day < 1 || day > max) throw impossible(text, `day ${d} does not exist in ${y}-${mo}`, 'day', d, `${y}-${mo}`);
    fields.day = day;
    fields.precision = 'day';
  }
  if (h !== undefined && mi !== undefined) {
    const hour = Number(h);
    const minute = Number(mi);
    if (hour > 23) throw impossible(text, `hour ${h} does not exist (00–23)`, 'hour', h);
    if (minute > 59) throw impossible(text, `minute ${mi} does not exist (00–59)`, 'minute', mi);
    fields.hour = hour;
    fields.minute = minute;
    fields.precision = 'minute';
    if (s !== undefined) {
      const second = Number(s);
      if (second > 59) throw impossible(text, `second ${s} does not exist (00–59)`, 'second', s);
      fields.second = second;
      fields.precision = 'second';
    }
    if (off !== undefined) fields.offsetMinutes = parseOffset(text, off);
  }
  return fields;
}

function parseOffset(text: string, off: string): number {
  if (off === 'Z') return 0;
  const sign = off.startsWith('-') ? -1 : 1;
  const hh = Number(off.slice(1, 3));
  const mm = Number(off.slice(4, 6));
  if (hh > 14 || mm > 59 || hh * 60 + mm > 14 * 60) throw impossible(text, `UTC offset ${off} does not exist`, 'offset', off);
  return sign * (hh * 60 + mm);
}

function impossible(
  text: string,
  why: string,
  field: 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset',
  got: string,
  within?: string,
): TimeValueError {
  return new TimeValueError('impossible-date', text, `'${text}' is not a real date: ${why}`, {
    kind: 'field',
    field,
    got,
    ...(within ? { within } : {}),
  });
}

/**
 * Parses an EDTF value of the supported subset.
 *
 * @throws TimeValueError `malformed-edtf` for another shape, or the errors of
 *   {@link parseCalendarValue} for a member.
 */
export function parseEdtf(text: string): EdtfValue {
  if (text.includes('/')) return parseInterval(text);
  if (!text.startsWith('[')) return { kind: 'single', value: parseCalendarValue(text) };
  if (!text.endsWith(']') || text.length < 3) {
    throw new TimeValueError('malformed-edtf', text, `'${text}' is not an EDTF one-of set`);
  }
  const members = text
    .slice(1, -1)
    .split(',')
    .map((part): SetMember => {
      const item = part.trim();
      const dots = item.indexOf('..');
      if (dots < 0) return { kind: 'value', value: parseCalendarValue(item) };
      const left = item.slice(0, dots);
      const right = item.slice(dots + 2);
      if (left === '' && right === '') {
        throw new TimeValueError('malformed-edtf', text, `'${text}' has a range open at both ends`);
      }
      return {
        kind: 'range',
        ...(left === '' ? {} : { from: parseCalendarValue(left) }),
        ...(right === '' ? {} : { to: parseCalendarValue(right) }),
      };
    });
  return { kind: 'set', members };
}

/**
 * Parses an EDTF interval `start/end`, either end a date (`YYYY`,
 * `YYYY-MM`, `YYYY-MM-DD`) or `..` for an open end.
 */
function parseInterval(text: string): EdtfValue {
  const parts = text.split('/');
  if (parts.length !== 2 || (parts[0] === '..' && parts[1] === '..')) {
    throw new TimeValueError('malformed-edtf', text, `'${text}' is not an EDTF interval (start/end, one end may be '..')`);
  }
  const end = (part: string): CalendarValue | undefined => {
    if (part === '..') return undefined;
    const value = parseCalendarValue(part);
    if (value.hour !== undefined) {
      throw new TimeValueError('malformed-edtf', text, `'${text}': an EDTF interval runs between dates, without a time of day`);
    }
    return value;
  };
  const from = end(parts[0] ?? '');
  const to = end(parts[1] ?? '');
  return { kind: 'interval', ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * Writes a calendar value back in EDTF notation (inverse of
 * {@link parseCalendarValue}): a time of day always with seconds, an offset
 * as `Z` or `±hh:mm`. Never throws.
 */
export function formatCalendarValue(v: CalendarValue): string {
  let out = String(v.year).padStart(4, '0');
  if (v.month !== undefined) out += `-${pad2(v.month)}`;
  if (v.day !== undefined) out += `-${pad2(v.day)}`;
  if (v.hour !== undefined) {
    out += `T${pad2(v.hour)}:${pad2(v.minute ?? 0)}:${pad2(v.second ?? 0)}`;
    if (v.offsetMinutes !== undefined) {
      if (v.offsetMinutes === 0) out += 'Z';
      else {
        const a = Math.abs(v.offsetMinutes);
        out += `${v.offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
      }
    }
  }
  return out;
}

/** Writes an EDTF value back in EDTF notation (inverse of {@link parseEdtf}). Never throws. */
export function formatEdtf(v: EdtfValue): string {
  if (v.kind === 'single') return formatCalendarValue(v.value);
  if (v.kind === 'interval') return `${v.from ? formatCalendarValue(v.from) : '..'}/${v.to ? formatCalendarValue(v.to) : '..'}`;
  const parts = v.members.map((m) =>
    m.kind === 'value'
      ? formatCalendarValue(m.value)
      : `${m.from ? formatCalendarValue(m.from) : ''}..${m.to ? formatCalendarValue(m.to) : ''}`,
  );
  return `[${parts.join(',')}]`;
}
