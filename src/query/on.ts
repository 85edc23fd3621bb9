import { UsageError } from '../errors';
import { type CalendarValue, daysInMonth } from '../time';
import { eventDate, type EventDateJson, type QueryContext } from './common';
import { echo } from '../text/visible';

/** One row of `on` ("on this day"). */
export interface OnRow {
  readonly event: string;
  readonly label: string;
  readonly date: EventDateJson;
  /** The (first) year the event fell on the asked day (in the zone the source states it in). */
  readonly year: number;
  /** Every year it did, ascending: more than one only for a one-of set (`[1925-03-02,1926-03-02]`). */
  readonly years: readonly number[];
  /** Whole years from then until `today` (the caller's clock, UTC). */
  readonly yearsAgo: number;
  /** True when the day is one of a one-of set ("8 or 9 May"). */
  readonly oneOf: boolean;
}

/**
 * Reads `MM-DD`.
 *
 * @throws UsageError for any other shape or a day that no year has
 *   (`02-30`, `13-01`); `02-29` is accepted.
 */
export function parseMonthDay(text: string): { month: number; day: number } {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new UsageError((t) => t.err.notMonthDay(echo(text)), (t) => t.err.example('pakt on 08-09'));
  const month = Number(m[1]);
  const day = Number(m[2]);
  const [mm, dd] = [m[1] ?? '', m[2] ?? ''];
  if (month < 1 || month > 12) throw new UsageError((t) => t.err.noSuchMonth(echo(text), mm));
  if (day < 1 || day > daysInMonth(2000, month)) {
    throw new UsageError((t) => t.err.noSuchDay(echo(text), dd, mm));
  }
  return { month, day };
}

/**
 * Events that happened on a calendar day, any year ("on this day"): every
 * event whose day the source gives — as a day, a time of day, or a member of
 * a one-of set (each of its days counts; its row names every year it falls
 * in) — read in the zone the source states it in. Ranges and months do not name
 * a day and never match.
 *
 * @param today - the current instant (ms since the epoch) for `yearsAgo`.
 */
export function onThisDay(ctx: QueryContext, monthDay: { month: number; day: number }, today: number): OnRow[] {
  const thisYear = new Date(today).getUTCFullYear();
  const rows: OnRow[] = [];
  for (const e of ctx.index.events) {
    const p = e.date.parsed;
    const days: CalendarValue[] =
      p.kind === 'single' ? [p.value] : p.kind === 'interval' ? [] : p.members.flatMap((m) => (m.kind === 'value' ? [m.value] : []));
    // A one-of set may hold the day in several years (`[1925-03-02,1926-03-02]`): one row names them all.
    const years = [...new Set(days.filter((v) => v.day !== undefined && v.month === monthDay.month && v.day === monthDay.day).map((v) => v.year))].sort((x, y) => x - y);
    const year = years[0];
    if (year === undefined) continue;
    rows.push({ event: e.id, label: e.label[ctx.lang], date: eventDate(ctx, e), year, years, yearsAgo: thisYear - year, oneOf: p.kind === 'set' });
  }
  // Events come in time order; a set goes where its first year on that day does (the sort is stable).
  return rows.sort((a, b) => a.year - b.year);
}
