import { messages } from '../i18n';
import type { Evidence } from '../pack/types';
import { compareBounds, isoInstant, overlaps, type QueryInterval } from '../time';
import { eventById, eventRef, type EventRef, mergeEvidence, type QueryContext } from './common';

/** The pact's state during an interval (CONTRACT.md `status`). */
export interface StatusResult {
  readonly query: {
    readonly input: string;
    readonly zone: string;
    readonly start: string | null;
    readonly end: string | null;
  };
  readonly state: string;
  readonly stateLabel: string;
  readonly certain: boolean;
  readonly inForce: boolean | null;
  readonly since: EventRef | null;
  readonly until: EventRef | null;
  readonly transitions: readonly (EventRef & { readonly state: string; readonly stateLabel: string })[];
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

/** Where an instant lies relative to an event's bounds `[start, end)`. */
function phase(t: number, b: { start: number; end: number }): 'before' | 'during' | 'after' {
  if (t < b.start) return 'before';
  if (t < b.end) return 'during';
  return 'after';
}

/**
 * Runs the pack's status state machine for the interval `at` names.
 *
 * - `state` is the state at the interval's start: a transition has happened
 *   once its event's whole span `[start, end)` lies before that instant.
 *   While the instant lies inside the span (a day whose hour the source does
 *   not give), the earlier state is kept and `certain` is `false`.
 * - `inForce` reads the pack's legal term the same way: `true` after the
 *   term's start event and before its end event, `false` outside, `null`
 *   inside either event's span.
 * - `transitions` are the state changes whose span overlaps the interval, in
 *   real time order.
 *
 * Pure: the interval (including "now") is computed by the caller.
 */
export function status(ctx: QueryContext, at: QueryInterval): StatusResult {
  const machine = ctx.index.pack.status;
  const m = messages[ctx.lang];
  const stateLabel = (id: string): string => machine.states.find((s) => s.id === id)?.label[ctx.lang] ?? id;
  const t = at.start;

  let state = machine.initial;
  let sinceIdx = -1;
  let pendingIdx = -1;
  machine.transitions.forEach((tr, i) => {
    const p = phase(t, eventById(ctx, tr.event).date.bounds);
    if (p === 'after' && pendingIdx < 0) {
      state = tr.to;
      sinceIdx = i;
    } else if (p === 'during' && pendingIdx < 0) {
      pendingIdx = i;
    }
  });
  const certain = pendingIdx < 0;
  const sinceTr = machine.transitions[sinceIdx];
  const untilTr = machine.transitions[sinceIdx + 1];
  const since = sinceTr ? eventRef(ctx, eventById(ctx, sinceTr.event)) : null;
  const until = untilTr ? eventRef(ctx, eventById(ctx, untilTr.event)) : null;

  const from = eventById(ctx, machine.term.from).date.bounds;
  const to = eventById(ctx, machine.term.until).date.bounds;
  const pf = phase(t, from);
  const pt = phase(t, to);
  const inForce = pf === 'during' || pt === 'during' ? null : pf === 'after' && pt === 'before';

  const transitions = machine.transitions
    .map((tr) => ({ tr, e: eventById(ctx, tr.event) }))
    .filter(({ e }) => overlaps(e.date.bounds, at))
    .sort((a, b) => compareBounds(a.e.date.bounds, b.e.date.bounds))
    .map(({ tr, e }) => ({ ...eventRef(ctx, e), state: tr.to, stateLabel: stateLabel(tr.to) }));

  const template = machine.states.find((s) => s.id === state)?.summary[ctx.lang] ?? '';
  const fill = (s: string): string =>
    s
      .replace(/\{since\}/g, since?.date.display ?? '')
      .replace(/\{sinceEvent\}/g, since?.label ?? '')
      .replace(/\{until\}/g, until?.date.display ?? '')
      .replace(/\{untilEvent\}/g, until?.label ?? '');
  const parts = [fill(template)];
  const pendingTr = machine.transitions[pendingIdx];
  if (pendingTr) {
    const e = eventRef(ctx, eventById(ctx, pendingTr.event));
    parts.push(m.uncertain(e.label, e.date.display));
  }
  parts.push(inForce === null ? m.inForceUnknown : inForce ? m.inForceTrue : m.inForceFalse);

  const sinceEvidence = sinceTr ? eventById(ctx, sinceTr.event).evidence : undefined;
  const nextEvidence = pendingTr ? eventById(ctx, pendingTr.event).evidence : sinceTr ? undefined : untilTr ? eventById(ctx, untilTr.event).evidence : undefined;

  return {
    query: { input: at.input, zone: at.zone, start: isoInstant(at.start), end: isoInstant(at.end) },
    state,
    stateLabel: stateLabel(state),
    certain,
    inForce,
    since,
    until,
    transitions,
    summary: parts.filter((p) => p !== '').join(' '),
    evidence: mergeEvidence(sinceEvidence, nextEvidence, machine.term.evidence),
  };
}
