import { type QueryInterval, yearStart } from '../time';
import { eventById, type QueryContext } from './common';
import { timeline, type TimelineRow } from './timeline';

/** One phase of the treaty: a state of the status machine over a time span. */
export interface Phase {
  readonly state: string;
  readonly label: string;
  /** UTC ms: where the state certainly holds, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** UTC ms: the span before `start` in which the change into this state may have happened. */
  readonly fuzzyFrom: number;
}

/** What a timeline chart shows: a time range, the treaty's phases, and the events in it. */
export interface ChartData {
  readonly title: string;
  /** UTC ms, `[start, end)`: whole years around the events (or the `--from`/`--to` range). */
  readonly start: number;
  readonly end: number;
  readonly phases: readonly Phase[];
  /** Every state of the machine, in its order (so a state keeps its colour whatever the range). */
  readonly states: readonly string[];
  readonly events: readonly TimelineRow[];
}


/**
 * The data of `timeline --chart` and `--format svg`: the events of the
 * range (as `timeline` gives them), the phases of the pack's status machine
 * clipped to the range, and the range itself — the `--from`/`--to` interval,
 * else the whole years spanned by the events' finite bounds.
 */
export function chartData(ctx: QueryContext, opts: { from?: QueryInterval; to?: QueryInterval; type?: string }): ChartData {
  const events = timeline(ctx, opts);
  const finite = ctx.index.events.flatMap((e) => [e.date.bounds.start, e.date.bounds.end]).filter(Number.isFinite);
  // A loop, not Math.min(...finite): a pack of 100,000 events has more bounds than a call takes arguments.
  const first = new Date(finite.reduce((a, b) => Math.min(a, b), Infinity)).getUTCFullYear();
  const last = new Date(finite.reduce((a, b) => Math.max(a, b), -Infinity)).getUTCFullYear();
  const start = opts.from?.start ?? yearStart(first);
  const end = opts.to?.end ?? yearStart(last + 1);

  const machine = ctx.index.pack.status;
  const label = (id: string): string => ctx.index.statesById.get(id)?.label[ctx.lang] ?? id;
  const phases: Phase[] = [];
  let state = machine.initial;
  let from = -Infinity;
  let fuzzyFrom = -Infinity;
  for (const t of machine.transitions) {
    const b = eventById(ctx, t.event).date.bounds;
    phases.push({ state, label: label(state), start: from, end: b.start, fuzzyFrom });
    state = t.to;
    from = b.end;
    fuzzyFrom = b.start;
  }
  phases.push({ state, label: label(state), start: from, end: Infinity, fuzzyFrom });
  const clipped = phases
    .map((p) => ({ ...p, start: Math.max(p.start, start), end: Math.min(p.end, end), fuzzyFrom: Math.max(p.fuzzyFrom, start) }))
    .filter((p) => p.fuzzyFrom < p.end);
  const states = [machine.initial, ...machine.states.map((x) => x.id).filter((id) => id !== machine.initial)];
  return { title: ctx.index.pack.title[ctx.lang], start, end, phases: clipped, states, events };
}
