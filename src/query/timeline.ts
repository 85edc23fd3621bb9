import { UsageError } from '../errors';
import { messages, type Messages } from '../i18n';
import type { Evidence } from '../pack/types';
import { type CalendarDuration, overlaps, type QueryInterval } from '../time';
import { eventDate, type EventDateJson, labelOf, type QueryContext, vocab } from './common';
import { echo } from '../text/visible';

/** One row of `timeline` (CONTRACT.md). */
export interface TimelineRow {
  readonly event: string;
  readonly label: string;
  readonly type: string;
  readonly typeLabel: string;
  readonly date: EventDateJson;
  /** Only on computed events. */
  readonly derived?: true;
  /** For computed events: the rule (`from` event id, calendar duration `add`) and the same in words. */
  readonly rule?: { readonly from: string; readonly add: CalendarDuration; readonly text: string };
  readonly evidence: readonly Evidence[];
}

/** Options of `timeline`. */
export interface TimelineOptions {
  readonly from?: QueryInterval;
  readonly to?: QueryInterval;
  readonly type?: string;
}

/**
 * Events whose bounds overlap `[from.start, to.end)`, in real time order (by
 * bounds, never by text).
 *
 * @throws UsageError when `from` starts after `to` ends, or `type` is not a
 *   type of any event in the pack.
 */
export function timeline(ctx: QueryContext, opts: TimelineOptions = {}): TimelineRow[] {
  const start = opts.from?.start ?? -Infinity;
  const end = opts.to?.end ?? Infinity;
  if (opts.from && opts.to && !(start < end)) {
    const [from, to] = [echo(opts.from.input), echo(opts.to.input)];
    throw new UsageError((m) => m.err.fromAfterTo(from, to));
  }
  if (opts.type !== undefined) {
    const types = [...new Set(ctx.index.events.map((e) => e.type))].sort();
    if (!types.includes(opts.type)) {
      const type = opts.type;
      throw new UsageError((m) => m.err.unknownEventType(echo(type)), (m) => m.err.validTypes(types.join(', ')));
    }
  }
  const m = messages[ctx.lang];
  return ctx.index.events
    .filter((e) => overlaps(e.date.bounds, { start, end }) && (opts.type === undefined || e.type === opts.type))
    .map((e) => ({
      event: e.id,
      label: e.label[ctx.lang],
      type: e.type,
      typeLabel: vocab(ctx, 'eventTypes', e.type),
      date: eventDate(ctx, e),
      ...(e.derived
        ? {
            derived: true as const,
            rule: {
              from: e.derived.from,
              add: e.derived.add,
              text: ruleText(m, e.derived.add, labelOf(ctx, e.derived.from)),
            },
          }
        : {}),
      evidence: e.evidence.map((x) => ({ quote: x.quote, paragraph: x.paragraph })),
    }));
}

/**
 * A rule in words: "3 months after …"; a rule that counts back (no count
 * positive, one negative) reads "1 day before …". A rule whose counts differ
 * in sign is written with its counts as they are.
 */
function ruleText(m: Messages, add: CalendarDuration, from: string): string {
  const counts = [add.years ?? 0, add.months ?? 0, add.days ?? 0];
  const before = counts.some((n) => n < 0) && counts.every((n) => n <= 0);
  if (!before) return m.derivedFrom(m.duration(add), from, false);
  const size = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.abs(n));
  return m.derivedFrom(m.duration({ years: size(add.years), months: size(add.months), days: size(add.days) }), from, true);
}
