import type { ErrorObject } from 'ajv';
import localizeDe from 'ajv-i18n/localize/de';
import { type Text, timeErrorText } from '../errors';
import { compareBounds, parseZone, resolveValue, TimeValueError, type TemporalValue } from '../time';
import { needsReasoning, weakerBasis } from './basis';
import type { Thing } from './load';
import type { Basis, Evidence, Pack, PackEvent } from './types';
import { validateSchema } from './schema';
import { echo } from '../text/visible';
import { type Occurrences, occurrencesIn } from '../text/occurrences';
import { KEYWORD_QUALIFIERS } from './qualifiers';


/**
 * Qualifiers pakt's answers read, with the kind of thing their id must
 * name: `signatories` shows the signing event's date, the party, the office
 * and the place.
 */
const QUALIFIER_KINDS = new Map<string, 'event' | 'entity'>([
  ['event', 'event'],
  ['onBehalfOf', 'entity'],
  ['office', 'entity'],
  ['place', 'entity'],
]);

/** Failed quotes looked for in the other paragraphs of the source (see `semanticProblems`). */
const SEARCHED_ELSEWHERE = 100;

/** Predicates whose subject and object must be entities: `signed` (a person signs a document). */
const BETWEEN_ENTITIES = new Set(['signed']);

/** One thing wrong with a pack: where (JSON pointer, RFC 6901) and what (said in the user's language). */
export interface Problem {
  readonly pointer: string;
  readonly message: Text;
  /** The last of a list cut at {@link PROBLEMS_MAX}: it says the check stopped, and more problems may follow. */
  readonly stopped?: true;
}

/**
 * The most problems one check lists: of the schema, of keys written twice,
 * of references and quotes, of computed dates. A pack of 3 bytes a problem
 * (`{}` in a list of events is five) would otherwise hold more problems
 * than memory does.
 */
export const PROBLEMS_MAX = 100_000;

/** A list of problems cut at {@link PROBLEMS_MAX}, ending in {@link STOPPED} where it was cut. */
export function capped(problems: Problem[]): Problem[] {
  return problems.length <= PROBLEMS_MAX ? problems : [...problems.slice(0, PROBLEMS_MAX), STOPPED];
}

/** The problem that ends a list cut at {@link PROBLEMS_MAX}. */
export const STOPPED: Problem = { pointer: '', message: (m) => m.pack.stopped(PROBLEMS_MAX), stopped: true };

/**
 * Splits a source text into paragraphs (separated by blank lines), numbered
 * from 1 by their position in the returned array (index + 1).
 */
export function splitParagraphs(text: string): string[] {
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const paragraphs: string[] = [];
  for (const part of unified.split(/\n[ \t]*\n/)) {
    const p = part.startsWith('\n') || part.endsWith('\n') ? part.replace(/^\n+|\n+$/g, '') : part;
    if (p.trim() !== '') paragraphs.push(p);
  }
  return paragraphs;
}

/** Escapes one JSON-pointer reference token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

function schemaMessage(e: ErrorObject): Text {
  const p = e.params as Record<string, unknown>;
  // The two messages a pack can have millions of keep only the name, not ajv's error (see `named`).
  if (e.keyword === 'additionalProperties') return named(echo(String(p.additionalProperty)), 'unknownProperty');
  if (e.keyword === 'required') return named(echo(String(p.missingProperty)), 'missingProperty');
  const described = (e.parentSchema as { description?: string } | undefined)?.description;
  // A shape of text is checked by what it must not contain (`not` a pattern without a quantifier) and
  // `minLength`: V8 runs out of stack matching `^[…]+$` against millions of characters.
  if ((e.keyword === 'pattern' || e.keyword === 'not' || e.keyword === 'minLength') && described) return (m) => m.pack.described(described);
  if (e.keyword === 'enum') return (m) => m.pack.oneOf((p.allowedValues as unknown[]).join(', '));
  if (e.keyword === 'const') return (m) => m.pack.oneOf(JSON.stringify(p.allowedValue));
  return (m) => (m.lang === 'de' ? germanSchemaMessage(e) : (e.message ?? 'invalid'));
}

/**
 * A message about one property, by its name. A closure made in
 * {@link schemaMessage} would keep ajv's whole error object alive (V8 shares
 * one context among a function's closures): a pack of a million unknown
 * properties has a million problems.
 */
function named(name: string, message: 'unknownProperty' | 'missingProperty'): Text {
  return (m) => m.pack[message](name);
}

/** ajv's message in German (ajv-i18n). */
function germanSchemaMessage(e: ErrorObject): string {
  const copy = [{ ...e }];
  localizeDe(copy);
  return copy[0]?.message ?? e.message ?? 'ungültig';
}

/**
 * Whether a source path names a folder by its text alone, whatever is on
 * disk: it is empty (the pack's own folder) or its last segment is `.`,
 * `..` or nothing (a trailing `/` or `\\`).
 */
function namesFolder(path: string): boolean {
  return /(^|[/\\])\.{0,2}$/.test(path);
}

/**
 * Checks a parsed pack against the JSON Schema.
 *
 * A source path that names a folder gets one problem that says so instead
 * of the schema's (an empty path breaks three rules, `..` the one against
 * leaving the folder): a folder is never a source text, wherever it is.
 *
 * @returns every schema problem, with the JSON pointer of the value at fault,
 *   up to {@link PROBLEMS_MAX} and then {@link STOPPED}; one problem at the
 *   root where a pattern cannot be matched against a text of millions of
 *   characters (V8 runs out of stack).
 */
export function schemaProblems(data: unknown): Problem[] {
  let errors: ReturnType<typeof validateSchema>['errors'];
  let more: boolean;
  try {
    ({ errors, more } = validateSchema(data, PROBLEMS_MAX));
  } catch (err) {
    // A pattern matched against millions of characters can run V8's regular expressions out of stack.
    if (err instanceof RangeError) return [{ pointer: '', message: (m) => m.pack.tooLongToCheck }];
    throw err;
  }
  // The problems found, by pointer and keyword, then by their detail (an unknown property's name: the pack's own string, no copy).
  const seen = new Map<string, Set<string>>();
  const out: Problem[] = [];
  const sourceFile = (data as { source?: { file?: unknown } } | null)?.source?.file;
  const folder = typeof sourceFile === 'string' && namesFolder(sourceFile);
  if (folder) out.push({ pointer: '/source/file', message: (m) => m.pack.sourceIsFolder(echo(sourceFile)) });
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i];
    // Each error is dropped once read: a pack of millions of problems need not hold ajv's errors and pakt's at once.
    errors[i] = undefined;
    if (e === undefined || (folder && e.instancePath === '/source/file')) continue;
    // A problem once, however many branches of the schema report it.
    const p = e.params as Record<string, unknown>;
    const where = `${e.instancePath}\u0000${e.keyword}`;
    const detail = e.keyword === 'additionalProperties' ? String(p.additionalProperty) : JSON.stringify(p);
    let details = seen.get(where);
    if (details === undefined) seen.set(where, (details = new Set()));
    if (!details.has(detail)) {
      details.add(detail);
      out.push({ pointer: e.instancePath, message: schemaMessage(e) });
    }
  }
  if (more) out.push(STOPPED);
  return out;
}

/**
 * A resolver of the dates of a pack's stated events (`resolveValue`), which
 * resolves each distinct (EDTF, zone, precision) once: events often share a
 * date.
 *
 * @returns a function of an event and its position in `events`, giving its
 *   date, or `undefined` after passing the problem (pointer and message) to
 *   `problem`.
 */
export function eventDateResolver(): (e: PackEvent, i: number, problem: (pointer: string, message: Text) => void) => TemporalValue | undefined {
  // By zone, then precision, then EDTF text ('' for none): no key is built.
  const resolved = new Map<string, Map<string, Map<string, TemporalValue>>>();
  return (e, i, problem) => {
    const { edtf, zone, precision } = e.date;
    let byPrecision = resolved.get(zone ?? '');
    if (!byPrecision) {
      byPrecision = new Map();
      resolved.set(zone ?? '', byPrecision);
    }
    let byText = byPrecision.get(precision ?? '');
    if (!byText) {
      byText = new Map();
      byPrecision.set(precision ?? '', byText);
    }
    let value = byText.get(edtf);
    if (value === undefined) {
      try {
        value = resolveValue(edtf, zone, precision);
      } catch (err) {
        if (!(err instanceof TimeValueError)) throw err;
        problem(`/events/${i}/date${err.code === 'unknown-zone' ? '/zone' : '/edtf'}`, timeErrorText(err, ''));
        return undefined;
      }
      byText.set(edtf, value);
    }
    return value;
  };
}

/**
 * Semantic checks of a pack that fits the schema, against its source text:
 * unique ids, references between ids (of the right kind where pakt reads
 * them: `event`, `onBehalfOf`, `office`, `place` qualifiers, the ends of a
 * `signed` statement), dates and related zones that resolve, evidence
 * quotes found verbatim in their paragraph, a status machine whose
 * transitions are in time order and each change the state, derived dates
 * checked against another event than themselves, and how the pack knows
 * its values: a `zoneBasis` exactly where a date has a zone, `reasoning`
 * wherever a value is inferred or assumed, no stated event marked `derived`
 * and no computed date marked `stated` (whether a computed date claims more
 * than its input is checked once the dates are resolved, in `load.ts`).
 *
 * @returns every problem found (empty when the pack is sound) and the
 *   resolved dates of the stated events, by position in `events`
 *   (`undefined` for a date that does not resolve).
 */
export function semanticProblems(
  pack: Pack,
  paragraphs: readonly string[],
  finder: (paragraph: number) => Occurrences = occurrencesIn(paragraphs),
): { problems: Problem[]; dates: (TemporalValue | undefined)[] } {
  const problems: Problem[] = [];
  // The list stops at PROBLEMS_MAX, with STOPPED last: a pack of millions of bad quotes would not fit.
  const add = (pointer: string, message: Text): void => {
    if (problems.length < PROBLEMS_MAX) problems.push({ pointer, message });
    else if (problems.length === PROBLEMS_MAX) problems.push(STOPPED);
  };
  // Nothing below builds a pointer, a message or a closure for a record
  // that is sound: a large pack has hundreds of thousands of ids,
  // references and quotes, and only the faulty ones need words.
  const entities = pack.entities;
  const events = pack.events;
  const derived = pack.derived ?? [];
  // Where an id was first claimed, as a position in entities, events, derived (in that order).
  const ids = new Map<string, number>();
  const claimedAt = (slot: number): string => {
    if (slot < entities.length) return `/entities/${slot}/id`;
    if (slot < entities.length + events.length) return `/events/${slot - entities.length}/id`;
    return `/derived/${slot - entities.length - events.length}/id`;
  };
  const claim = (id: string, slot: number): void => {
    const before = ids.get(id);
    if (before === undefined) ids.set(id, slot);
    else add(claimedAt(slot), (m) => m.pack.duplicateId(echo(id), claimedAt(before)));
  };
  for (let i = 0; i < entities.length; i++) claim(entities[i]!.id, i);
  for (let i = 0; i < events.length; i++) claim(events[i]!.id, entities.length + i);
  for (let i = 0; i < derived.length; i++) claim(derived[i]!.id, entities.length + events.length + i);
  const statementIds = new Set<string>();
  pack.statements.forEach((s, i) => {
    if (statementIds.has(s.id)) add(`/statements/${i}/id`, (m) => m.pack.duplicateStatement(echo(s.id)));
    statementIds.add(s.id);
  });

  /**
   * What is wrong with a reference to `id` (of `kind`, if given);
   * `undefined` when nothing is. An id claimed twice is judged by its first
   * claim (the second one is a problem already).
   */
  const refProblem = (id: string, kind?: 'event' | 'entity'): Text | undefined => {
    const slot = ids.get(id);
    if (slot === undefined) return (m) => m.pack.unknownId(echo(id));
    if (kind === 'event' && slot < entities.length) return (m) => m.pack.notAnEvent(echo(id));
    if (kind === 'entity' && slot >= entities.length) return (m) => m.pack.notAnEntity(echo(id));
    return undefined;
  };
  const ref = (id: string, pointer: string, kind?: 'event' | 'entity'): void => {
    const problem = refProblem(id, kind);
    if (problem) add(pointer, problem);
  };

  // Looking for a quote that failed in every other paragraph reads the whole
  // source: done for the first SEARCHED_ELSEWHERE failures only, so that a
  // pack whose quotes all fail costs time linear in its size, not its square.
  let searchedElsewhere = 0;
  /** A quote's problem, with the pointer's last token; `undefined` when the quote is in its paragraph. */
  const quoteProblem = (quote: string, paragraph: number): { token: 'paragraph' | 'quote'; message: Text } | undefined => {
    if (paragraphs[paragraph - 1] === undefined) return { token: 'paragraph', message: (m) => m.pack.noParagraph(paragraph, paragraphs.length) };
    if (finder(paragraph).has(quote)) return undefined;
    if (++searchedElsewhere > SEARCHED_ELSEWHERE) return { token: 'quote', message: (m) => m.pack.quoteNotInParagraph(paragraph) };
    const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
    if (elsewhere >= 0) return { token: 'paragraph', message: (m) => m.pack.quoteElsewhere(elsewhere + 1, paragraph) };
    return { token: 'quote', message: (m) => m.pack.quoteNotFound };
  };
  /** Checks the evidence of `{prefix}/{index}` (or of `{prefix}` with no index). */
  const checkEvidence = (list: readonly Evidence[] | undefined, prefix: string, index?: number): void => {
    if (list === undefined) return;
    const at = `${prefix}${index === undefined ? '' : `/${index}`}/evidence`;
    const firstAt = new Map<string, number>();
    for (let j = 0; j < list.length; j++) {
      const ev = list[j]!;
      const problem = quoteProblem(ev.quote, ev.paragraph);
      if (problem) add(`${at}/${j}/${problem.token}`, problem.message);
      else repeated(firstAt, ev, j, (first) => add(`${at}/${j}`, (m) => m.pack.duplicateQuote(`${at}/${first}`)));
    }
  };

  /** A value marked inferred or assumed must say why (`{prefix}/reasoning`). */
  const checkReasoning = (prefix: string, basis: Basis | undefined, reasoning: unknown, zoneBasis?: Basis): void => {
    if (reasoning !== undefined) return;
    const weak = needsReasoning(basis) ? basis : needsReasoning(zoneBasis) ? zoneBasis : undefined;
    if (weak !== undefined) add(`${prefix}/reasoning`, (m) => m.pack.reasoningMissing(weak));
  };

  for (let i = 0; i < entities.length; i++) checkEvidence(entities[i]!.evidence, '/entities', i);

  const dates: (TemporalValue | undefined)[] = [];
  const dateOf = eventDateResolver();
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    checkEvidence(e.evidence, '/events', i);
    dates.push(dateOf(e, i, add));
    const date = e.date;
    if (date.basis === 'derived') add(`/events/${i}/date/basis`, (m) => m.pack.derivedWithoutRule);
    if (date.zone !== undefined && date.zoneBasis === undefined) add(`/events/${i}/date`, (m) => m.pack.zoneBasisMissing);
    if (date.zone === undefined && date.zoneBasis !== undefined) add(`/events/${i}/date/zoneBasis`, (m) => m.pack.zoneBasisWithoutZone);
    checkReasoning(`/events/${i}/date`, date.basis, date.reasoning, date.zoneBasis);
    const related = e.date.relatedZones;
    if (related) {
      for (let j = 0; j < related.length; j++) {
        try {
          parseZone(related[j]!);
        } catch (err) {
          if (!(err instanceof TimeValueError)) throw err;
          add(`/events/${i}/date/relatedZones/${j}`, timeErrorText(err, ''));
        }
      }
    }
  }

  derived.forEach((d, i) => {
    checkEvidence(d.evidence, '/derived', i);
    if (d.basis === 'stated') add(`/derived/${i}/basis`, (m) => m.pack.computedStated);
    checkReasoning(`/derived/${i}`, d.basis, d.reasoning);
    ref(d.rule.from, `/derived/${i}/rule/from`, 'event');
    // A date always falls within itself: that check could never fail.
    if (d.agreesWith === d.id) add(`/derived/${i}/agreesWith`, (m) => m.pack.agreesWithItself(echo(d.id)));
    else if (d.agreesWith !== undefined) ref(d.agreesWith, `/derived/${i}/agreesWith`, 'event');
  });

  const statements = pack.statements;
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const ends = BETWEEN_ENTITIES.has(s.predicate) ? 'entity' : undefined;
    let problem = refProblem(s.subject, ends);
    if (problem) add(`/statements/${i}/subject`, problem);
    problem = refProblem(s.object, ends);
    if (problem) add(`/statements/${i}/object`, problem);
    const qualifiers = s.qualifiers;
    if (qualifiers) {
      for (const key in qualifiers) {
        const value = qualifiers[key];
        // `territories`, `signatories` and `status` read these as a keyword or an id: text would be dropped unseen.
        if (typeof value !== 'string') {
          const kind = KEYWORD_QUALIFIERS.has(key) ? 'keyword' : QUALIFIER_KINDS.has(key) ? 'id' : undefined;
          if (kind) add(`/statements/${i}/qualifiers/${pointerToken(key)}`, (m) => m.pack.qualifierNotRead(echo(key), kind));
          continue;
        }
        if (KEYWORD_QUALIFIERS.has(key)) continue;
        problem = refProblem(value, QUALIFIER_KINDS.get(key));
        if (problem) add(`/statements/${i}/qualifiers/${pointerToken(key)}`, problem);
      }
    }
    checkEvidence(s.evidence, '/statements', i);
    if (s.reasoning === undefined && needsReasoning(s.basis)) checkReasoning(`/statements/${i}`, s.basis, undefined);
  }

  const st = pack.status;
  ref(st.treaty, '/status/treaty', 'entity');
  const treaty = pack.entities.find((e) => e.id === st.treaty);
  if (treaty && treaty.type !== 'document') add('/status/treaty', (m) => m.pack.notADocument(echo(st.treaty), treaty.type));
  const states = new Set<string>();
  // The initial state has nothing before it, the last transition's state nothing after it.
  const last = st.transitions[st.transitions.length - 1]?.to;
  st.states.forEach((x, i) => {
    if (states.has(x.id)) add(`/status/states/${i}/id`, (m) => m.pack.duplicateState(echo(x.id)));
    states.add(x.id);
    checkReasoning(`/status/states/${i}`, x.basis, x.reasoning);
    for (const lang of ['de', 'en'] as const) {
      // `[^{}]`, not `[^}]`: a text of many `{` and no `}` would make each `{` read to its end (quadratic).
      for (const [, found] of x.summary[lang].matchAll(/\{([^{}]*)\}/g)) {
        const name = found ?? '';
        const pointer = `/status/states/${i}/summary/${lang}`;
        if (!['since', 'sinceEvent', 'until', 'untilEvent'].includes(name)) add(pointer, (m) => m.pack.unknownPlaceholder(echo(name)));
        else if (x.id === st.initial && name.startsWith('since')) add(pointer, (m) => m.pack.placeholderWithoutValue(name, 'first'));
        else if (x.id === last && name.startsWith('until')) add(pointer, (m) => m.pack.placeholderWithoutValue(name, 'last'));
      }
    }
  });
  const seenTransitions = new Set<string>();
  st.transitions.forEach((t, i) => {
    if (seenTransitions.has(t.event)) add(`/status/transitions/${i}/event`, (m) => m.pack.twoTransitions(echo(t.event)));
    seenTransitions.add(t.event);
  });
  if (st.term.from === st.term.until) add('/status/term/until', (m) => m.pack.termSameEvent);
  if (!states.has(st.initial)) add('/status/initial', (m) => m.pack.unknownState(echo(st.initial)));
  st.transitions.forEach((t, i) => {
    ref(t.event, `/status/transitions/${i}/event`, 'event');
    if (!states.has(t.to)) {
      add(`/status/transitions/${i}/to`, (m) => m.pack.unknownState(echo(t.to)));
      return;
    }
    // A transition changes the state: to the state before it (the initial
    // one, or where the transition before it led), it would be a change of
    // state that changes nothing, dated and cited all the same.
    const before = i === 0 ? undefined : st.transitions[i - 1];
    if (t.to === (before ? before.to : st.initial)) {
      const after = before ? echo(before.event) : null;
      add(`/status/transitions/${i}/to`, (m) => m.pack.transitionNoChange(echo(t.to), after));
    }
  });
  ref(st.term.from, '/status/term/from', 'event');
  ref(st.term.until, '/status/term/until', 'event');
  checkEvidence(st.term.evidence, '/status/term');
  checkReasoning('/status/term', st.term.basis, st.term.reasoning);

  // Trigger words name keywords the pack uses: a predicate of a statement, a
  // relation of a statement, an event type of an event.
  const triggers = pack.vocabulary?.triggers;
  if (triggers) {
    const used = {
      predicates: new Set(statements.map((s) => s.predicate)),
      relations: new Set(statements.flatMap((s) => (typeof s.qualifiers?.relation === 'string' ? [s.qualifiers.relation] : []))),
      eventTypes: new Set([...events.map((e) => e.type), ...derived.map((d) => d.type)]),
    };
    for (const kind of ['predicates', 'relations', 'eventTypes'] as const) {
      for (const key of Object.keys(triggers[kind] ?? {})) {
        if (!used[kind].has(key)) add(`/vocabulary/triggers/${kind}/${pointerToken(key)}`, (m) => m.pack.unusedKeyword(echo(key)));
      }
    }
  }

  const excusedAt = new Map<string, number>();
  (pack.excused ?? []).forEach((x, i) => {
    const problem = quoteProblem(x.quote, x.paragraph);
    if (problem) add(`/excused/${i}/${problem.token}`, problem.message);
    else repeated(excusedAt, x, i, (first) => add(`/excused/${i}`, (m) => m.pack.duplicateQuote(`/excused/${first}`)));
  });
  return { problems, dates };
}

/**
 * Notes where a quote of a paragraph was first given in one list, and calls
 * `again` with that first index when `item` gives it a second time (a list
 * of thousands of quotes is checked in one pass).
 */
function repeated(firstAt: Map<string, number>, item: { readonly quote: string; readonly paragraph: number }, index: number, again: (first: number) => void): void {
  const key = `${item.paragraph}\u0000${item.quote}`;
  const first = firstAt.get(key);
  if (first === undefined) firstAt.set(key, index);
  else again(first);
}

/**
 * The checks that need the pack's dates resolved (its index built): a
 * derived date claims no more than the date it is computed from (`derived`
 * only over a stated or derived input), says why where its zone is not
 * stated, and falls within the event it `agreesWith`; the term ends after it
 * starts; the status machine's transitions take effect in their order (each
 * one's event begins no earlier than the previous one's).
 *
 * @param byId - the index's entities and events (stated and derived) by id.
 */
export function resolvedProblems(pack: Pack, byId: ReadonlyMap<string, Thing>): Problem[] {
  const problems: Problem[] = [];
  (pack.derived ?? []).forEach((d, i) => {
    const from = byId.get(d.rule.from);
    const self = byId.get(d.id);
    // A date that could not be computed is a problem of its own already.
    if (from?.kind !== 'event' || self?.kind !== 'event') return;
    const most = weakerBasis('derived', from.basis);
    if (d.basis !== 'stated' && weakerBasis(d.basis, most) !== d.basis) {
      problems.push({ pointer: `/derived/${i}/basis`, message: (m) => m.pack.derivedTooCertain(d.basis, echo(from.id), from.basis, most) });
    }
    if (d.reasoning === undefined && !needsReasoning(d.basis) && needsReasoning(from.zoneBasis ?? undefined)) {
      const weak = from.zoneBasis ?? 'assumed';
      problems.push({ pointer: `/derived/${i}/reasoning`, message: (m) => m.pack.reasoningMissing(weak) });
    }
    const stated = d.agreesWith === undefined ? undefined : byId.get(d.agreesWith);
    if (stated?.kind === 'event') {
      const date = self.date;
      const s = stated.date.bounds;
      if (date.bounds.start < s.start || date.bounds.end > s.end) {
        problems.push({
          pointer: `/derived/${i}/agreesWith`,
          message: (m) => m.pack.derivedDisagrees(echo(date.edtf), echo(stated.id), echo(stated.date.edtf)),
        });
      }
    }
  });
  const from = byId.get(pack.status.term.from);
  const until = byId.get(pack.status.term.until);
  if (from?.kind === 'event' && until?.kind === 'event' && compareBounds(until.date.bounds, from.date.bounds) < 0) {
    problems.push({ pointer: '/status/term/until', message: (m) => m.pack.termReversed(echo(until.id), echo(from.id)) });
  }
  const transitions = pack.status.transitions;
  for (let i = 1; i < transitions.length; i++) {
    const prev = byId.get(transitions[i - 1]?.event ?? '');
    const cur = byId.get(transitions[i]?.event ?? '');
    if (prev?.kind === 'event' && cur?.kind === 'event' && compareBounds(cur.date.bounds, prev.date.bounds) < 0) {
      problems.push({
        pointer: `/status/transitions/${i}/event`,
        message: (m) => m.pack.transitionOrder(echo(cur.id), echo(cur.date.edtf), echo(prev.id), echo(prev.date.edtf)),
      });
    }
  }
  return problems;
}
