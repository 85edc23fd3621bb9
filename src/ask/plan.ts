/**
 * From an understood question to one of pakt's own commands: which command
 * answers it, with which arguments — or why none does. The plan never picks
 * the nearest fact: every thing the question names must be tied to the
 * answer by the pack's statements, or the question is refused.
 */
import type { IndexedEvent, PackIndex, Thing } from '../pack/load';
import type { Statement } from '../pack/types';
import type { LexiconRole } from './lexicon';
import type { Mention, Understanding } from './understand';
import { qualifierIds } from '../pack/qualifiers';
import { territoryOf } from '../query/territories';
import type { TimeValueError } from '../time';

/** Why a question is refused (said in the question's language by `answer.ts`). */
export type Refusal =
  | { readonly kind: 'unknown-words'; readonly words: readonly string[] }
  /** Words the grammar or the pack knows, as typed, that the answer would leave out, answering another question. */
  | { readonly kind: 'unread-words'; readonly words: readonly string[] }
  /** Things the question names that nothing in the answer is tied to (ids). */
  | { readonly kind: 'not-tied'; readonly ids: readonly string[] }
  | { readonly kind: 'no-event' }
  | { readonly kind: 'ambiguous'; readonly ids: readonly string[] }
  | { readonly kind: 'not-understood' }
  /** The command's answer is too long to read and say in a sentence (`command`: the command line that gives it). */
  | { readonly kind: 'too-long'; readonly command: string }
  /** The source dates nothing in the period a question asks about. */
  | { readonly kind: 'nothing-then'; readonly date: string }
  /** The statements that answer are dated (`dated`, as the answer says them) or undated (`[]`), but not in the period `date`. */
  | { readonly kind: 'not-then'; readonly date: string; readonly dated: readonly string[] }
  /** The question's date is no real date or time (`1945-02-30`, `T25:00`), or one its zone skipped. */
  | { readonly kind: 'bad-date'; readonly error: TimeValueError }
  /** The question asks about a part of a period (`Anfang 1945`: `word`) and the answer differs within the period (`period`, as the answer says it). */
  | { readonly kind: 'part-of-period'; readonly word: string; readonly period: string };

/** What to run, and how to speak of its answer. */
export type Plan =
  /** `part`: the word of a question about a part of the period `date` (`Anfang`), answered only where the whole period has one answer. */
  | { readonly kind: 'status'; readonly date?: string; readonly focus: 'in-force' | 'state'; readonly part?: string }
  /** The end of the treaty's term; `after`: the changes of state the question counts from. */
  | { readonly kind: 'term-end'; readonly after?: readonly string[] }
  | {
      readonly kind: 'signatories';
      readonly document: string;
      readonly parties: readonly string[];
      readonly focus: 'who' | 'where';
      /** The question asks when, too ("wann und wo"). */
      readonly when: boolean;
    }
  | {
      readonly kind: 'territories';
      readonly relations: readonly string[];
      readonly by: readonly string[];
      readonly territories: readonly string[];
      /** Documents or events the rows must come from (`in the last campaign of the war`). */
      readonly sources: readonly string[];
      /** Other things the rows' statements must name (`auf dem Kontinent`: the place of the gains). */
      readonly named: readonly string[];
      /** The period the question asks about: only rows dated in it answer. */
      readonly date?: string;
      /** The question has no question word ("Did Japan invade Siberia?"): the rows are said as the pack's record, never as a yes. */
      readonly yesNo: boolean;
    }
  | { readonly kind: 'event'; readonly event: string; readonly focus: 'when' | 'time' | 'what' }
  | { readonly kind: 'happened'; readonly date: string }
  | { readonly kind: 'place'; readonly place: string }
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'office'; readonly person: string }
  | { readonly kind: 'holders'; readonly office: string; readonly states: readonly string[] }
  | { readonly kind: 'compare'; readonly events: readonly [string, string] }
  /**
   * What someone did by a predicate the question names: `show <thing>`, its statements by these ids;
   * `date`: the period the question asks about, where only statements whose `event` lies in it answer.
   */
  | { readonly kind: 'statements'; readonly thing: string; readonly statements: readonly string[]; readonly yesNo: boolean; readonly date?: string }
  | { readonly kind: 'refuse'; readonly why: Refusal };

/** Predicates that sign a document (the pack format's own, read by `signatories`). */
const SIGNING = ['signed', 'signatory-of'];

/** The ids a statement names: subject, object and the ids its qualifiers name. */
export function namedBy(index: PackIndex, s: PackIndex['pack']['statements'][number]): string[] {
  const out = [s.subject, s.object];
  for (const id of qualifierIds(s.qualifiers)) if (index.byId.has(id)) out.push(id);
  return out;
}

/**
 * Everything the pack ties to each event: the ids named by the statements
 * that name the event (as subject, object or qualifier), and the treaty for
 * the events of its status machine and term. Only claims of fact tie: a
 * statement the source supposes (a `modality`) ties nobody to what happened
 * ("When did Karl Vogt sign?" where his signing is counterfactual).
 */
export function eventTies(index: PackIndex): Map<string, { ids: Set<string>; predicates: Set<string>; relations: Set<string> }> {
  const ties = new Map<string, { ids: Set<string>; predicates: Set<string>; relations: Set<string> }>();
  const of = (id: string) => {
    let t = ties.get(id);
    if (!t) {
      t = { ids: new Set([id]), predicates: new Set(), relations: new Set() };
      ties.set(id, t);
    }
    return t;
  };
  for (const e of index.events) of(e.id);
  for (const s of index.pack.statements) {
    if (s.modality !== undefined) continue;
    const named = namedBy(index, s);
    for (const id of named) {
      if (index.byId.get(id)?.kind !== 'event') continue;
      const t = of(id);
      for (const x of named) t.ids.add(x);
      t.predicates.add(s.predicate);
      const relation = s.qualifiers?.relation;
      if (typeof relation === 'string') t.relations.add(relation);
    }
  }
  const machine = index.pack.status;
  for (const id of [...machine.transitions.map((t) => t.event), machine.term.from, machine.term.until]) of(id).ids.add(machine.treaty);
  return ties;
}

/** The events a question can mean, best first, each tied to every thing it names; `[]` when none. */
function eventsFor(
  index: PackIndex,
  ties: ReturnType<typeof eventTies>,
  named: readonly string[],
  triggers: { predicates: ReadonlySet<string>; relations: ReadonlySet<string>; eventTypes: ReadonlySet<string> },
): { id: string; score: number }[] {
  const scored: { id: string; score: number }[] = [];
  for (const e of index.events) {
    const t = ties.get(e.id);
    if (!t) continue;
    const direct = named.includes(e.id);
    let score = direct ? 10 : 0;
    if (triggers.eventTypes.has(e.type)) score += 4;
    for (const p of triggers.predicates) if (t.predicates.has(p)) score += 3;
    for (const r of triggers.relations) if (t.relations.has(r)) score += 2;
    if (score === 0) continue;
    const others = named.filter((id) => id !== e.id);
    if (!others.every((id) => t.ids.has(id))) continue;
    scored.push({ id: e.id, score: score + others.length });
  }
  return scored.sort((a, b) => b.score - a.score);
}

/** The one best event, or a refusal (none, or a tie). */
function oneEvent(candidates: { id: string; score: number }[]): { id: string } | Refusal {
  const [first, second] = candidates;
  if (!first) return { kind: 'no-event' };
  if (second && second.score === first.score) return { kind: 'ambiguous', ids: candidates.filter((c) => c.score === first.score).map((c) => c.id) };
  return { id: first.id };
}

const isRefusal = (x: { id: string } | Refusal): x is Refusal => 'kind' in x;

/**
 * Plans the answer to an understood question.
 *
 * The order of the rules is the order of precedence: a word the source does
 * not know refuses; so does a word that changes the question which no plan
 * reads (a negation, a second date); a comparison of two events; the
 * treaty's term ("until when … in force"); its state or force at a time; an
 * office; signatories; territories; the date of an event; what happened at
 * a time or place; who or what something is. A word of order, or one that
 * places the time before or after a date or event (`before 1943`), is read
 * only by the comparison and by the term counted from an event; any other
 * plan would answer for the date or event itself, so the question is
 * refused instead.
 */
export function plan(index: PackIndex, u: Understanding): Plan {
  if (u.unknown.length > 0) return { kind: 'refuse', why: { kind: 'unknown-words', words: u.unknown } };
  if (u.unread.length > 0) return { kind: 'refuse', why: { kind: 'unread-words', words: u.unread } };
  const p = planRead(index, u);
  // A plan that could not tie what the word governs to its answer (`nach der Kündigung in Kraft`: the denunciation to
  // the state) refuses for the word it left out; a choice between things the question names is its own reason.
  const readsRelative = p.kind === 'compare' || (p.kind === 'term-end' && p.after !== undefined) || (p.kind === 'refuse' && p.why.kind === 'ambiguous');
  if (u.relative.length > 0 && !readsRelative) return { kind: 'refuse', why: { kind: 'unread-words', words: u.relative } };
  // A part of a period (`Anfang 1945`) is read only by the treaty's state, which answers it where the whole period has one answer.
  const parts = u.dates.flatMap((d) => (d.part !== undefined ? [d.part] : []));
  if (parts.length > 0 && p.kind !== 'status' && p.kind !== 'refuse') return { kind: 'refuse', why: { kind: 'unread-words', words: parts } };
  return p;
}

/**
 * The trigger words of the question's main clause that a plan does not
 * read: those none of whose roles `reads` accepts, and that name none of the
 * things the plan answers about (`answered`). A plan that answered in spite
 * of them would answer about something else than the question names.
 */
function unreadTriggers(u: Understanding, reads: (role: LexiconRole) => boolean, answered: readonly string[]): string[] {
  return u.triggerWords.filter((w) => !w.roles.some(reads) && !w.ids.some((id) => answered.includes(id))).map((w) => w.text);
}

/** {@link plan} without the checks of the words no plan reads. */
function planRead(index: PackIndex, u: Understanding): Plan {
  const ambiguous = u.ambiguous[0];
  if (ambiguous) return { kind: 'refuse', why: { kind: 'ambiguous', ids: ambiguous } };
  const ties = eventTies(index);
  const things = (pred: (t: Thing) => boolean, mentions = u.mentions) =>
    [...new Set(mentions.map((m) => m.id))].filter((id) => {
      const t = index.byId.get(id);
      return t !== undefined && pred(t);
    });
  // An office named right before a person who holds it is a title, part of how the question names
  // the person ("dem Botschafter Sato", "General Yamashita"), not one more thing the answer must name.
  const title = (m: Mention, next: Mention | undefined): boolean => {
    const office = index.byId.get(m.id);
    if (next === undefined || next.at !== m.end || office?.kind !== 'entity' || office.type !== 'office') return false;
    return index.pack.statements.some((st) => st.predicate === 'holds-office' && st.subject === next.id && st.object === m.id);
  };
  const mentions = u.mentions.filter((m, i) => !title(m, u.mentions[i + 1]));
  const main = mentions.filter((m) => !m.inTimeClause);
  const clause = mentions.filter((m) => m.inTimeClause);
  const namedMain = [...new Set(main.map((m) => m.id))];
  const asks = new Set(u.asks);
  const treaty = index.pack.status.treaty;
  const triggers = { predicates: u.predicates, relations: u.relations, eventTypes: u.eventTypes };
  const mentionTriggers = (list: typeof u.mentions) => {
    const t = { predicates: new Set<string>(), relations: new Set<string>(), eventTypes: new Set<string>() };
    for (const m of list) {
      for (const r of m.alsoTriggers) {
        if (r.kind === 'predicate') t.predicates.add(r.key);
        else if (r.kind === 'relation') t.relations.add(r.key);
        else if (r.kind === 'eventType') t.eventTypes.add(r.key);
      }
    }
    return t;
  };

  // The time a question asks about: a date, or an event named in a clause
  // ("when Germany surrendered") — resolved where a plan needs it, so that
  // a clause no answer depends on ("when he signed") refuses nothing.
  const clauseTime = (): { id: string } | Refusal | undefined => {
    if (!u.eventTime || clause.length + u.clauseTriggers.length === 0) return undefined;
    const clauseTriggers = { predicates: new Set<string>(), relations: new Set<string>(), eventTypes: new Set<string>() };
    for (const r of u.clauseTriggers) {
      if (r.kind === 'predicate') clauseTriggers.predicates.add(r.key);
      else if (r.kind === 'relation') clauseTriggers.relations.add(r.key);
      else if (r.kind === 'eventType') clauseTriggers.eventTypes.add(r.key);
    }
    return oneEvent(eventsFor(index, ties, [...new Set(clause.map((m) => m.id))], clauseTriggers));
  };
  const hasClause = u.eventTime && clause.length + u.clauseTriggers.length > 0;
  let date: string | undefined = u.dates[0]?.iso ?? (hasClause ? '' : undefined);
  /** The date a plan needs: a refusal when the clause names no single event. */
  const needDate = (): string | Refusal | undefined => {
    if (u.dates[0]) return u.dates[0].iso;
    const found = clauseTime();
    if (found === undefined) return undefined;
    return isRefusal(found) ? found : found.id;
  };

  // Two events and a word of order: which came first.
  if (u.compare) {
    const events = things((t) => t.kind === 'event', main);
    if (events.length === 2) return { kind: 'compare', events: [events[0]!, events[1]!] };
    if (events.length > 2) return { kind: 'refuse', why: { kind: 'ambiguous', ids: events } };
    // One event: "after" or "before" relates it to something else ("in force after the denunciation").
  }

  const others = (allowed: readonly string[]) => namedMain.filter((id) => !allowed.includes(id));

  // Until when the treaty was in force: the end of its term — also "after" a change of
  // its state that comes before that end ("wie lange galt der Pakt nach der Kündigung").
  if (asks.has('until-when') && (u.inForce || u.remain)) {
    const end = index.byId.get(index.pack.status.term.until);
    const endStart = end?.kind === 'event' ? end.date.bounds.start : Number.NaN;
    const before = index.pack.status.transitions
      .map((t) => index.byId.get(t.event))
      .filter((e): e is IndexedEvent => e?.kind === 'event' && e.date.bounds.end <= endStart)
      .map((e) => e.id);
    const stray = others([treaty, ...before]);
    if (stray.length > 0) return { kind: 'refuse', why: { kind: 'not-tied', ids: stray } };
    const after = namedMain.filter((id) => before.includes(id));
    return after.length > 0 ? { kind: 'term-end', after } : { kind: 'term-end' };
  }

  // When the treaty came into force: an event the question names by a trigger ("trat … in Kraft").
  const asksWhen = asks.has('when') || asks.has('what-time');
  if (u.inForce && asksWhen && date === undefined) {
    const found = oneEvent(eventsFor(index, ties, namedMain, triggers));
    if (!isRefusal(found)) return { kind: 'event', event: found.id, focus: 'when' };
    if (others([treaty]).length === 0) return { kind: 'term-end' };
  }

  // The treaty's force or state at a time ("galt der Vertrag …" asks the same as "in Kraft").
  const valid = u.inForce || (u.remain && !asks.has('until-when'));
  if (valid || u.state) {
    const stray = others([treaty]);
    if (stray.length > 0) return { kind: 'refuse', why: { kind: 'not-tied', ids: stray } };
    // The state is the treaty's: an event word of the main clause (`Was the invasion in force`) asks about something else.
    const unread = unreadTriggers(u, () => false, [treaty]);
    if (unread.length > 0) return { kind: 'refuse', why: { kind: 'unread-words', words: unread } };
    const at = needDate();
    if (typeof at === 'object') return { kind: 'refuse', why: at };
    const part = u.dates[0]?.part;
    return { kind: 'status', ...(at !== undefined ? { date: at } : {}), focus: valid ? 'in-force' : 'state', ...(part !== undefined ? { part } : {}) };
  }

  // An office: a person and a word for office.
  const officeWords = u.predicates.has('holds-office');
  const people = things((t) => t.kind === 'entity' && t.type === 'person', main);
  const kindOf = (id: string): string => {
    const t = index.byId.get(id);
    return t?.kind === 'entity' ? t.type : 'event';
  };
  if (officeWords && people.length === 1 && others(people).every((id) => ['office', 'document', 'state'].includes(kindOf(id)) || ties.get(id)?.ids.has(people[0]!))) {
    return { kind: 'office', person: people[0]! };
  }

  // Who held an office (for a state).
  const offices = things((t) => t.kind === 'entity' && t.type === 'office', main);
  if (asks.has('who') && offices.length === 1 && people.length === 0) {
    const states = things((t) => t.kind === 'entity' && t.type === 'state', main);
    if (others([offices[0]!, ...states]).length === 0) return { kind: 'holders', office: offices[0]!, states };
  }

  // Who signed, or where.
  const signs = SIGNING.some((p) => u.predicates.has(p)) || u.eventTypes.has('signing');
  if (signs && (asks.has('who') || asks.has('where') || asks.has('which')) && date === undefined && !(asks.has('when') && !asks.has('where'))) {
    const documents = things((t) => t.kind === 'entity' && t.type === 'document', main.filter((m) => !m.asParty));
    const document = documents[0] ?? treaty;
    if (documents.length > 1) return { kind: 'refuse', why: { kind: 'ambiguous', ids: documents } };
    const parties = things((t) => t.kind === 'entity' && t.type === 'state', main);
    // An event may be named only as the signing of the document (`Unterzeichnung des Pakts`); other words of an event
    // (`the invasion`, `die Kündigung`) name something else than the signing asked about.
    const signing = (id: string): boolean => {
      const t = index.byId.get(id);
      return t?.kind === 'event' && (t.type === 'signing' || SIGNING.some((p) => ties.get(id)?.predicates.has(p))) && ties.get(id)?.ids.has(document) === true;
    };
    const unread = unreadTriggers(u, (r) => (r.kind === 'predicate' && SIGNING.includes(r.key)) || (r.kind === 'eventType' && r.key === 'signing'), [document, ...parties, ...namedMain.filter(signing)]);
    if (unread.length > 0) return { kind: 'refuse', why: { kind: 'unread-words', words: unread } };
    const stray = others([document, ...parties]).filter((id) => !signing(id));
    if (stray.length > 0) return { kind: 'refuse', why: { kind: 'not-tied', ids: stray } };
    return { kind: 'signatories', document, parties, focus: asks.has('where') ? 'where' : 'who', when: asks.has('when') };
  }

  // What someone did, by a verb the pack's predicates name ("Was versprach Stalin in Jalta?",
  // "What did Time magazine report?"): the statements of those predicates that name
  // everything the question names — in their subject, object or qualifiers. Statements
  // `territories` has rows for are the territories plan's, which reads them as rows.
  // A question without a question word ("War der Deal von Jalta geheim?") is answered with the
  // statements themselves, never with a bare yes: the reader sees what the source says.
  // Who did it ("Who invaded the Soviet Union?") asks for the subject of such statements: what the
  // question names is then their object or a qualifier, never their subject.
  // Where someone was sent or went ("Wohin wurde Yamashita geschickt?") is said by the statements too.
  // A date ("im Juli 1942") keeps the statements whose event lies in it (checked on the answer); an
  // event named in a clause as the time ("when the pact was signed") is not read here.
  const during = u.dates[0] !== undefined ? { date: u.dates[0].iso } : {};
  const asksWho = asks.size === 1 && asks.has('who');
  const asksWhere = asks.size === 1 && asks.has('where');
  const asksStatements = (asks.has('what') || asks.has('which') || asks.size === 0 || asksWho || asksWhere) && !asks.has('when') && !u.entityTypes.has('territory');
  // Any other question that names people or states asks what one of them did: a statement answers it only
  // if one of them is its subject or the party it acts for (`onBehalfOf`): "What did Japan promise?" is not
  // answered by Stalin's promise of war against Japan.
  const agents = things((t) => t.kind === 'entity' && (t.type === 'person' || t.type === 'state'), main);
  const partyOf = (st: Statement): string => (typeof st.qualifiers?.onBehalfOf === 'string' ? st.qualifiers.onBehalfOf : '');
  const byAgent = (st: Statement): boolean => agents.length === 0 || agents.includes(st.subject) || agents.includes(partyOf(st));
  if (asksStatements && u.predicates.size > 0 && namedMain.length > 0 && date !== '') {
    const matching = index.pack.statements.filter(
      (st) =>
        u.predicates.has(st.predicate) &&
        territoryOf(index, st) === undefined &&
        (asksWho ? !namedMain.includes(st.subject) : byAgent(st)) &&
        namedMain.every((id) => namedBy(index, st).includes(id)),
    );
    const subjects = [...new Set(matching.map((st) => st.subject))];
    const thing = subjects.length === 1 ? subjects[0]! : namedMain.find((id) => matching.every((st) => namedBy(index, st).includes(id)));
    if (matching.length > 0 && thing !== undefined) return { kind: 'statements', thing, statements: matching.map((st) => st.id), yesNo: asks.size === 0, ...during };
  }

  // Territories: a relation, a verb of a statement of one ("Wohin wurde Yamashita geschickt?"), or a word for territories.
  const territoryThings = things((t) => t.kind === 'entity' && t.type === 'territory', main);
  const relations = new Set(u.relations);
  // Only a question with a verb of the pack's statements can name a relation by it.
  for (const st of u.predicates.size > 0 ? index.pack.statements : []) {
    const row = u.predicates.has(st.predicate) ? territoryOf(index, st) : undefined;
    if (row !== undefined) relations.add(row.relation);
  }
  if ((relations.size > 0 || u.entityTypes.has('territory')) && !asks.has('when') && !asks.has('what-time') && date !== '') {
    const by = things((t) => t.kind === 'entity' && t.type === 'state', main);
    const sources = things((t) => t.kind === 'event' || t.type === 'document', main).filter((id) => id !== treaty);
    // Anything else named must be named by the statements of the rows (checked on the answer).
    const named = others([...by, ...territoryThings, ...sources, treaty]);
    // `who` asks for the party: a state the question names is then what was gained or
    // invaded ("Who invaded the Soviet Union?"), never the one that did it.
    const yesNo = asks.size === 0;
    if (asks.has('who')) return { kind: 'territories', relations: [...relations], by: [], territories: [...territoryThings, ...by], sources, named, yesNo, ...during };
    return { kind: 'territories', relations: [...relations], by, territories: territoryThings, sources, named, yesNo, ...during };
  }

  // When something happened (or at what time): one event.
  const wantsDate = asks.has('when') || asks.has('what-time') || asks.has('until-when');
  const merged = mentionTriggers(main);
  const allTriggers = {
    predicates: new Set([...triggers.predicates, ...merged.predicates]),
    relations: new Set([...triggers.relations, ...merged.relations]),
    eventTypes: new Set([...triggers.eventTypes, ...merged.eventTypes]),
  };
  if (wantsDate) {
    const found = oneEvent(eventsFor(index, ties, namedMain, allTriggers));
    if (isRefusal(found)) return { kind: 'refuse', why: found };
    return { kind: 'event', event: found.id, focus: asks.has('what-time') ? 'time' : 'when' };
  }

  // What happened at a time, or at a place.
  if (u.happened || (asks.has('what') && namedMain.length === 0)) {
    const at = needDate();
    if (typeof at === 'object') return { kind: 'refuse', why: at };
    date = at;
    if (date !== undefined && namedMain.length === 0) return { kind: 'happened', date };
    const places = things((t) => t.kind === 'entity' && t.type === 'place', main);
    if (places.length === 1 && namedMain.length === 1 && date === undefined) return { kind: 'place', place: places[0]! };
    const events = things((t) => t.kind === 'event', main);
    if (events.length === 1 && namedMain.length === 1) return { kind: 'event', event: events[0]!, focus: 'what' };
    return { kind: 'refuse', why: { kind: 'not-understood' } };
  }

  // What an event was about, named with a trigger or by name.
  if (asks.has('what') && (allTriggers.eventTypes.size > 0 || allTriggers.predicates.size > 0) && date === undefined) {
    const found = oneEvent(eventsFor(index, ties, namedMain, allTriggers));
    if (!isRefusal(found)) return { kind: 'event', event: found.id, focus: 'what' };
  }

  // Who or what something is.
  if ((asks.has('who') || asks.has('what')) && namedMain.length === 1 && u.predicates.size + u.relations.size + u.eventTypes.size === 0 && date === undefined) {
    const t = index.byId.get(namedMain[0]!) as Thing;
    return t.kind === 'event' ? { kind: 'event', event: t.id, focus: 'what' } : { kind: 'entity', id: t.id };
  }
  return { kind: 'refuse', why: { kind: 'not-understood' } };
}

/** The event of the index with this id (plans name only events of the index). */
export function planEvent(index: PackIndex, id: string): IndexedEvent {
  return index.byId.get(id) as IndexedEvent;
}
