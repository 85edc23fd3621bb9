import { messages, type PeriodKind } from '../i18n';
import { weakerBasis } from '../pack/basis';
import type { IndexedEvent } from '../pack/load';
import type { Basis, Evidence, LocalizedText } from '../pack/types';
import { type Bounds, displayQuery, isoInstant, overlaps, parseZone, type QueryInterval, zoneLabel } from '../time';
import { eventById, eventRef, type EventRef, mergeEvidence, type QueryContext } from './common';

/** The treaty's state during an interval (CONTRACT.md `status`). */
export interface StatusResult {
  readonly query: {
    readonly input: string;
    readonly zone: string;
    readonly start: string | null;
    readonly end: string | null;
  };
  /** The state at the interval's start. */
  readonly state: string;
  readonly stateLabel: string;
  /** True only when the whole interval certainly lies in one state. */
  readonly certain: boolean;
  readonly inForce: boolean | null;
  /** Every state the interval can overlap, in the machine's order. */
  readonly statesDuring: readonly string[];
  readonly since: EventRef | null;
  readonly until: EventRef | null;
  readonly transitions: readonly (EventRef & { readonly state: string; readonly stateLabel: string })[];
  /** How the pack knows the state at the start (a judgement such as "broken" is `inferred`). */
  readonly basis: Basis;
  /** How the pack knows `inForce`: the least certain of the legal term and the dates that decide the answer. */
  readonly inForceBasis: Basis;
  /** The state's reasoning, where its basis is inferred or assumed. */
  readonly reasoning?: LocalizedText;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

/**
 * Runs the pack's status state machine over the interval `at` names
 * (`[start, end)`, UTC ms).
 *
 * - A transition has happened once its event's whole span `[start, end)`
 *   lies before an instant; while the instant lies inside the span (a day
 *   whose hour the source does not give), the earlier state holds as far as
 *   the source tells.
 * - `state` is the state at the interval's start; `statesDuring` lists it
 *   and every later state whose transition can begin before the interval
 *   ends; `certain` is true only when that is one state.
 * - `inForce` reads the pack's legal term over the whole interval: `true`
 *   when it lies after the end of the term's start event and before the
 *   start of its end event, `false` when it lies wholly before the one or
 *   after the other, `null` otherwise (it overlaps a span the source does
 *   not pin down, or the term changes inside it). `inForceBasis` is the
 *   least certain of the term's basis and the bases of the dates that
 *   decide the answer.
 * - `transitions` are the state changes whose span overlaps the interval,
 *   in real time order.
 *
 * Pure: the interval (including "now") is computed by the caller.
 */
export function status(ctx: QueryContext, at: QueryInterval): StatusResult {
  const machine = ctx.index.pack.status;
  const m = messages[ctx.lang];
  const stateOf = (id: string) => ctx.index.statesById.get(id);
  const stateLabel = (id: string): string => stateOf(id)?.label[ctx.lang] ?? id;
  const steps = machine.transitions.map((tr) => ({ tr, e: eventById(ctx, tr.event) }));

  // The last transition certainly completed at the start, unless an earlier one is still open then.
  let sinceIdx = -1;
  for (let i = 0; i < steps.length; i++) {
    const b = steps[i]!.e.date.bounds;
    if (b.end <= at.start) sinceIdx = i;
    else break;
  }
  const state = sinceIdx >= 0 ? steps[sinceIdx]!.tr.to : machine.initial;
  const statesDuring = [state];
  const changes: { e: IndexedEvent; to: string; inside: boolean }[] = [];
  for (let i = sinceIdx + 1; i < steps.length && steps[i]!.e.date.bounds.start < at.end; i++) {
    const { tr, e } = steps[i]!;
    const b = e.date.bounds;
    statesDuring.push(tr.to);
    changes.push({ e, to: tr.to, inside: b.start >= at.start && b.end <= at.end });
  }
  const certain = statesDuring.length === 1;
  const sinceStep = steps[sinceIdx];
  const untilStep = steps[sinceIdx + 1];
  const since = sinceStep ? eventRef(ctx, sinceStep.e) : null;
  const until = untilStep ? eventRef(ctx, untilStep.e) : null;

  const { inForce, deciding } = termAt(eventById(ctx, machine.term.from), eventById(ctx, machine.term.until), at);
  const inForceBasis = deciding.reduce<Basis>((b, e) => weakerBasis(b, e.basis), machine.term.basis);

  const transitions = steps
    .filter(({ e }) => overlaps(e.date.bounds, at))
    .map(({ tr, e }) => ({ ...eventRef(ctx, e), state: tr.to, stateLabel: stateLabel(tr.to) }));

  const asked = ctx.index.byId.get(at.input);
  const kind: PeriodKind =
    at.input === 'now'
      ? 'now'
      : asked?.kind === 'event'
        ? 'event'
        : at.through
          ? 'range'
          : at.precision === 'year' || at.precision === 'month' || at.precision === 'day'
            ? at.precision
            : 'moment';
  const zone = parseZone(at.zone);
  const shown = displayQuery(at, at.precision, zone, ctx.lang);
  const zoneText = ` (${zoneLabel(zone, ctx.lang, at.start)})`;
  const period =
    kind === 'now'
      ? ''
      : asked?.kind === 'event'
        ? m.status.eventPeriod(asked.label[ctx.lang], eventRef(ctx, asked).date.display)
        : at.through
          ? `${m.status.range(shown, displayQuery({ start: at.through.start }, at.through.precision, zone, ctx.lang))}${zoneText}`
          : kind === 'moment'
            ? shown
            : `${shown}${zoneText}`;

  const values: Readonly<Record<string, string>> = {
    since: since?.date.display ?? '',
    sinceEvent: since?.label ?? '',
    until: until?.date.display ?? '',
    untilEvent: until?.label ?? '',
  };
  // One pass, each value put in as it is: a label is text of the pack, and neither `$&` nor a
  // `{until}` inside it may be read as a pattern or filled in again.
  const fill = (s: string): string => s.replace(/\{(since|sinceEvent|until|untilEvent)\}/g, (_, name: string) => values[name] ?? '');
  const current = stateOf(state);
  // A period that starts inside the span the source gives the next change (10:00 on the day
  // of a signing dated to the day) cannot say the state at its start: the summary must not either.
  const first = changes[0];
  const startInside = first !== undefined && first.e.date.bounds.start < at.start;
  const parts = [startInside ? m.status.startUndecided(stateLabel(state), stateLabel(first.to)) : fill(current?.summary[ctx.lang] ?? '')];
  if (current && current.basis !== 'stated' && current.reasoning) {
    parts.push(m.status.stateBasis(stateLabel(state), current.basis, current.reasoning[ctx.lang]));
  }
  if (changes.length > 0) {
    parts.push(
      m.status.changes(
        kind,
        period,
        stateLabel(state),
        changes.map((c) => ({ state: stateLabel(c.to), event: `${c.e.label[ctx.lang]}, ${eventRef(ctx, c.e).date.display}`, certainly: c.inside })),
      ),
    );
  }
  parts.push(m.status.inForce(inForce, kind));
  const weak = inForce === null ? undefined : deciding.find((e) => e.basis === 'inferred' || e.basis === 'assumed');
  if (weak) parts.push(m.status.termRestsOn(weak.basis === 'assumed' ? 'assumed' : 'inferred', weak.label[ctx.lang], eventRef(ctx, weak).date.display));

  const nextEvidence = changes[0]?.e.evidence ?? (sinceStep ? undefined : untilStep?.e.evidence);
  return {
    query: { input: at.input, zone: at.zone, start: isoInstant(at.start), end: isoInstant(at.end) },
    state,
    stateLabel: stateLabel(state),
    certain,
    inForce,
    statesDuring,
    since,
    until,
    transitions,
    basis: current?.basis ?? 'stated',
    inForceBasis,
    ...(current?.reasoning ? { reasoning: { de: current.reasoning.de, en: current.reasoning.en } } : {}),
    summary: parts.filter((p) => p !== '').join(' '),
    evidence: mergeEvidence(ctx.index, [sinceStep?.e.evidence, nextEvidence, ...changes.slice(1).map((c) => c.e.evidence), machine.term.evidence]),
  };
}

/**
 * Whether the legal term covers a whole interval, and the term's dates that
 * decide it: the term runs from the end of `from`'s span to the start of
 * `until`'s; an interval touching either span, or reaching across a term
 * boundary, gets `null`.
 */
function termAt(from: IndexedEvent, until: IndexedEvent, at: Bounds): { inForce: boolean | null; deciding: IndexedEvent[] } {
  const f = from.date.bounds;
  const u = until.date.bounds;
  if (at.start >= f.end && at.end <= u.start) return { inForce: true, deciding: [from, until] };
  if (at.end <= f.start) return { inForce: false, deciding: [from] };
  if (at.start >= u.end) return { inForce: false, deciding: [until] };
  const touched = [from, until].filter((e) => overlaps(e.date.bounds, at));
  return { inForce: null, deciding: touched.length > 0 ? touched : [from, until] };
}
