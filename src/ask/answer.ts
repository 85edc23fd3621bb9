/**
 * `pakt ask`: a question in German or English, answered by one of pakt's own
 * commands, in one or two sentences in the question's language, with the
 * evidence and the command line that gives the same answer — or refused,
 * with the reason and the source sentences closest to the question.
 */
import { type Lang, messages } from '../i18n';
import type { IndexedEvent, PackIndex } from '../pack/load';
import type { Evidence, Modality, Statement } from '../pack/types';
import { modalityText } from '../render/marks';
import { closestSentences } from '../query/search';
import { readsAsDate } from '../query/show';
import { dateJson, displayQuery, parseQueryDate, parseZone, readingZone, type TemporalValue, TimeValueError, zoneLabel } from '../time';
import { say as sayIn, timeErrorText } from '../errors';
import { fold } from '../text/fold';
import { understand } from './understand';
import { lexiconOf } from './lexicon';
import { namedBy, plan, type Plan, type Refusal } from './plan';

/**
 * A command run the way `pakt <argv> --json` runs it: exit code, standard
 * output, and whether it was refused as an answer too long to hold.
 */
export type CommandRunner = (argv: readonly string[]) => { readonly code: number; readonly stdout: string; readonly tooLong: boolean };

/** The answer to a question (CONTRACT.md `ask`). */
export type AskResult =
  | {
      readonly question: string;
      readonly lang: Lang;
      readonly answered: true;
      readonly answer: string;
      readonly command: string;
      readonly argv: readonly string[];
      readonly result: unknown;
      readonly ids: readonly string[];
      readonly evidence: readonly Evidence[];
    }
  | {
      readonly question: string;
      readonly lang: Lang;
      readonly answered: false;
      readonly reason: string;
      readonly suggestions: readonly { readonly id: string; readonly paragraph: number; readonly text: string }[];
    };

/** Options of a question that carry over to the command that answers it. */
export interface AskOptions {
  /** `--lang`, when given: overrides the detected language. */
  readonly lang?: Lang;
  /** `--zone`, when given. */
  readonly zone?: string;
  /** `--facts`, when given. */
  readonly facts?: string;
}

/** Shell-quotes one argument for the `command` line people copy. */
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

type Json = Record<string, unknown>;
const list = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const obj = (x: unknown): Json => (x && typeof x === 'object' ? (x as Json) : {});

/**
 * Answers a question from a pack by planning one of pakt's own commands,
 * running it (through `run`, exactly as `pakt <argv> --json` would) and
 * saying its answer in one or two sentences.
 *
 * @param question - the question as typed (at most 1,000 characters; the caller checks).
 * @param run - runs a pakt command line and returns its JSON output.
 */
export function ask(index: PackIndex, question: string, options: AskOptions, run: CommandRunner): AskResult {
  const lexicon = lexiconOf(index, question);
  // The question is read in its own language; the answer is said in --lang where given.
  const u = understand(question, lexicon);
  const lang = options.lang ?? u.lang;
  const p = plan(index, u);
  const refuse = (why: Refusal, zone?: string): AskResult => ({
    question,
    lang,
    answered: false,
    reason: reasonText(index, lang, why, zone),
    suggestions: suggestions(index, u.tokens.map((t) => t.text), lang),
  });
  if (p.kind === 'refuse') return refuse(p.why);

  // The date the question asks about, when it names a date and not an event (`status --date german-surrender`).
  const date =
    p.kind === 'happened' || p.kind === 'statements' || p.kind === 'territories' ? p.date : p.kind === 'status' && p.date !== undefined && index.byId.get(p.date) === undefined ? p.date : undefined;
  // A question's dates are read on the treaty's own clock (the zone of its first change of state) unless --zone says otherwise.
  // A day asked about is matched as the source dates its events (`on`), in no zone; so is any period without a time of
  // day that statements or territory rows are matched against, each on its event's own calendar (`within`).
  const ownCalendar =
    date !== undefined && !TIME_OF_DAY.test(date) && (p.kind === 'statements' || p.kind === 'territories' || (p.kind === 'happened' && /^\d{4}-\d{2}-\d{2}$/.test(date)));
  const dated = date !== undefined && !ownCalendar;
  const zone = options.zone ?? (dated ? treatyZone(index) : undefined);
  // The date is read here as the command will read it: one that is no real date, or that its zone skipped, is the reason to refuse.
  if (date !== undefined) {
    try {
      parseQueryDate(date, parseZone(zone ?? 'UTC'));
    } catch (err) {
      if (!(err instanceof TimeValueError)) throw err;
      return refuse({ kind: 'bad-date', error: err });
    }
  }
  const global = [
    ...(lang === 'de' ? ['--lang', 'de'] : []),
    ...(zone !== undefined ? ['--zone', zone] : []),
    ...(options.facts !== undefined ? ['--facts', options.facts] : []),
  ];
  const argv = [...commandOf(index, p), ...global];
  const out = run([...argv, '--json']);
  const command = ['pakt', ...argv].map(quote).join(' ');
  if (out.tooLong) return refuse({ kind: 'too-long', command });
  // A command with no result (exit 1) on a period: the source dates nothing then.
  if (out.code !== 0) return p.kind === 'happened' ? refuse({ kind: 'nothing-then', date: p.date }, zone) : refuse({ kind: 'not-understood' });
  const result = JSON.parse(out.stdout) as unknown;
  const said = say(index, p, result, lang, zone);
  if (!said) return refuse(p.kind === 'happened' ? { kind: 'nothing-then', date: p.date } : { kind: 'not-tied', ids: [] }, zone);
  if (said.refusal) return refuse(said.refusal, zone);
  return {
    question,
    lang,
    answered: true,
    answer: said.answer,
    command,
    argv,
    result,
    ids: [...new Set(said.ids)],
    evidence: said.evidence,
  };
}

/**
 * The treaty's changes of state from the earliest of `after` (included) to the
 * event `until` (excluded) (by the pack's `status.transitions`), with the state each led to
 * in `lang`, in the pack's order.
 */
function changesBetween(index: PackIndex, after: readonly string[], until: string, lang: Lang): { event: IndexedEvent; state: string; stateBasis: string }[] {
  const eventOf = (id: string): IndexedEvent | undefined => {
    const t = index.byId.get(id);
    return t?.kind === 'event' ? t : undefined;
  };
  const from = Math.min(...after.map((id) => eventOf(id)?.date.bounds.start ?? Number.NaN));
  const end = eventOf(until)?.date.bounds.start ?? Number.NaN;
  return index.pack.status.transitions.flatMap((t) => {
    const e = eventOf(t.event);
    if (!e || e.id === until || !(e.date.bounds.start >= from && e.date.bounds.end <= end)) return [];
    const state = index.statesById.get(t.to);
    return [{ event: e, state: state ? state.label[lang] : t.to, stateBasis: state?.basis ?? 'stated' }];
  });
}

/** The command line of a plan (without the global options). */
function commandOf(index: PackIndex, p: Exclude<Plan, { kind: 'refuse' }>): string[] {
  switch (p.kind) {
    case 'status':
      return p.date !== undefined ? ['status', '--date', p.date] : ['status'];
    case 'term-end':
      return ['show', index.pack.status.term.until];
    case 'signatories':
      return ['signatories', '--document', p.document];
    case 'territories':
      return ['territories'];
    case 'event':
      return p.focus === 'time' ? ['when', p.event] : ['show', p.event];
    case 'happened': {
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.date);
      return day ? ['on', `${day[2]}-${day[3]}`] : ['timeline', '--from', p.date.split('/')[0] ?? p.date, '--to', p.date.split('/').pop() ?? p.date];
    }
    case 'place':
      return ['show', p.place];
    case 'entity':
      return ['show', p.id];
    case 'office':
      return ['show', p.person];
    case 'holders':
      return ['show', p.office];
    case 'compare':
      return ['timeline'];
    case 'statements':
      return ['show', p.thing];
  }
}

type Said =
  | { readonly answer: string; readonly ids: readonly string[]; readonly evidence: readonly Evidence[]; readonly refusal?: undefined }
  /** The command answered, but not what the question asks: refuse, saying why. */
  | { readonly refusal: Refusal };

/** The ids a statement of the pack names (by its id; none for an unknown id): see {@link namedBy}. */
function statementNames(index: PackIndex, id: string): string[] {
  const s = statementById(index, id);
  return s ? namedBy(index, s) : [];
}

/** A statement of the pack by its id. */
function statementById(index: PackIndex, id: string): Statement | undefined {
  let byId = statementsById.get(index);
  if (!byId) statementsById.set(index, (byId = new Map(index.pack.statements.map((x) => [x.id, x]))));
  return byId.get(id);
}

/** A pack's statements by id, made on first use: an answer looks up each of thousands of rows. */
const statementsById = new WeakMap<PackIndex, ReadonlyMap<string, Statement>>();

const evidenceOf = (x: unknown): Evidence[] => list(x).map((e) => ({ quote: str(e.quote), paragraph: Number(e.paragraph) }));

/** Says the answer a command gave, for a plan; `undefined` when the answer names nothing (the question then is refused). */
function say(index: PackIndex, p: Exclude<Plan, { kind: 'refuse' }>, result: unknown, lang: Lang, zone: string | undefined): Said | undefined {
  const m = messages[lang].ask;
  const r = obj(result);
  // The zone's basis matters to a reader only where the date shows a time of day.
  const date = (d: unknown): string => {
    const j = obj(d);
    const timeOfDay = ['hour', 'minute', 'second'].includes(str(j.precision));
    return `${str(j.display)}${basisNote(lang, str(j.basis), timeOfDay ? str(j.zoneBasis) : '')}`;
  };
  switch (p.kind) {
    case 'status': {
      const q = obj(r.query);
      // Read as `status --date` read it: a value that starts with a digit is a date, even where a pack's id is spelled so.
      const asked = readsAsDate(str(q.input)) ? undefined : index.byId.get(str(q.input));
      const period = str(q.input) === 'now' ? m.now : asked?.kind === 'event' ? m.atEvent(asked.label[lang]) : periodText(lang, str(q.input), str(q.zone));
      const inForce = r.inForce === null ? null : r.inForce === true;
      const state = str(r.stateLabel);
      const stateNote = basisNote(lang, str(r.basis), '');
      const during = list(r.transitions).length > 0 || r.certain === false;
      // A part of the period (`Anfang 1945`) has the answer of the whole period only where that is one answer.
      if (p.part !== undefined && (p.focus === 'in-force' ? inForce === null : during)) return { refusal: { kind: 'part-of-period', word: p.part, period } };
      const answer =
        p.focus === 'in-force'
          ? m.inForce(inForce, period, state, stateNote, `${basisNote(lang, str(r.inForceBasis), '')}`, during)
          : m.state(period, state, stateNote, during, inForce);
      return { answer, ids: [index.pack.status.treaty, ...list(r.transitions).map((t) => str(t.event))], evidence: evidenceOf(r.evidence) };
    }
    case 'term-end':
    case 'event': {
      if (p.kind === 'event' && p.focus === 'time') {
        const rows = list(result);
        const own = rows.find((row) => row.reading === 'pack') ?? rows[0];
        const event = index.byId.get(p.event);
        if (!own || !event || event.kind !== 'event') return undefined;
        const basis = event.basis;
        return {
          answer: m.eventTime(event.label[lang], `${str(own.display)}${basisNote(lang, basis, ['hour', 'minute', 'second'].includes(event.date.precision) ? (event.zoneBasis ?? '') : '')}`),
          ids: [event.id],
          evidence: event.evidence.map((e) => ({ quote: e.quote, paragraph: e.paragraph })),
        };
      }
      const label = str(r.label);
      const statements = list(r.statements);
      const ev = [...evidenceOf(r.evidence), ...statements.flatMap((s) => evidenceOf(s.evidence))];
      const ids = [str(r.id), ...statements.flatMap((s) => [str(s.subject), str(s.object)])];
      if (p.kind === 'term-end') {
        const from = index.byId.get(index.pack.status.term.from);
        const start = from?.kind === 'event' ? `${from.label[lang]}, ${date(eventRefDate(index, from.id, lang))}` : '';
        // Counted from a change of state: the changes between it and the end are part of the answer
        // (a pact denounced and then broken did not simply "remain in force").
        const changes = p.after ? changesBetween(index, p.after, str(r.id), lang) : [];
        const changeText = changes.map((c) => m.change(c.event.label[lang], date(eventRefDate(index, c.event.id, lang)), c.state, basisNote(lang, c.stateBasis, '')));
        return {
          answer: m.termEnd(label, date(r.date), p.after ? '' : start, changeText),
          ids: [str(r.id), ...(p.after ?? (from ? [from.id] : [])), ...changes.map((c) => c.event.id)],
          evidence: mergeUnique([...evidenceOf(r.evidence), ...changes.flatMap((c) => c.event.evidence.map((e) => ({ quote: e.quote, paragraph: e.paragraph })))]),
        };
      }
      if (p.focus === 'what') {
        const facts = statements.slice(0, 3).map((s) => `${str(s.subjectLabel)} ${str(s.predicateLabel)} ${str(s.objectLabel)}`);
        return { answer: m.eventWhat(label, date(r.date), facts), ids, evidence: ev.slice(0, 4) };
      }
      return { answer: m.eventWhen(label, date(r.date)), ids: [str(r.id)], evidence: evidenceOf(r.evidence) };
    }
    case 'signatories': {
      const rows = list(result).filter((row) => p.parties.length === 0 || p.parties.includes(str(row.party)));
      if (rows.length === 0) return undefined;
      const doc = index.byId.get(p.document)?.label[lang] ?? p.document;
      if (p.focus === 'where') {
        const places = [...new Set(rows.map((row) => str(row.placeName)).filter((x) => x !== ''))];
        const ids = [...new Set(rows.map((row) => str(row.place)).filter((x) => x !== ''))];
        const when = p.when && rows[0]?.date ? date(rows[0].date) : '';
        if (places.length === 0) return { answer: m.noPlace(doc, when), ids: [p.document], evidence: rows.flatMap((row) => evidenceOf(row.evidence)).slice(0, 3) };
        return { answer: m.signedAt(doc, places, when), ids: [...ids, p.document], evidence: mergeUnique(rows.flatMap((row) => evidenceOf(row.evidence))) };
      }
      const people = rows.map((row) => `${m.signer(str(row.name), str(row.office), str(row.partyName))}${modalityText(lang, (row.modality ?? null) as Modality | null)}`);
      return {
        answer: m.signers(doc, people),
        ids: [...rows.map((row) => str(row.person)), ...p.parties, p.document],
        evidence: mergeUnique(rows.flatMap((row) => evidenceOf(row.evidence))),
      };
    }
    case 'territories': {
      const all = list(result).filter(
        (row) =>
          (p.relations.length === 0 || p.relations.includes(str(row.relation))) &&
          (p.by.length === 0 || p.by.includes(str(row.by))) &&
          (p.territories.length === 0 || p.territories.includes(str(row.territory))) &&
          (p.sources.length === 0 || p.sources.includes(str(row.source))) &&
          p.named.every((id) => statementNames(index, str(row.statement)).includes(id)),
      );
      const period = p.date;
      const rows = period === undefined ? all : all.filter((row) => {
        const e = statementEvent(index, str(row.statement));
        return e !== undefined && within(period, e.date, zone);
      });
      if (rows.length === 0 && period !== undefined && all.length > 0) {
        const dated = all.flatMap((row) => {
          const e = statementEvent(index, str(row.statement));
          return e ? [`${e.label[lang]} (${date(row.date)})`] : [];
        });
        return { refusal: { kind: 'not-then', date: period, dated: [...new Set(dated)] } };
      }
      if (rows.length === 0) return p.named.length > 0 ? { refusal: { kind: 'not-tied', ids: p.named } } : undefined;
      const groups = new Map<string, Json[]>();
      for (const row of rows) {
        const key = `${str(row.byName)}\u0000${str(row.relationLabel)}${row.modality ? ` (${messages[lang].modalities[str(row.modality) as 'conditional']})` : ''}`;
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      const parts = [...groups.entries()].map(([key, g]) => {
        const [by, relation] = key.split('\u0000');
        // One date for a group whose rows share it, else one per row.
        const dates = [...new Set(g.map((row) => (row.date ? date(row.date) : '')))];
        const names = g.map((row) => (dates.length > 1 && row.date ? `${str(row.name)} (${date(row.date)})` : str(row.name)));
        return m.territoryGroup(by ?? '', relation ?? '', names, dates.length === 1 ? (dates[0] ?? '') : '');
      });
      return {
        answer: m.territories(parts, p.yesNo),
        ids: rows.flatMap((row) => [str(row.territory), str(row.by)]),
        evidence: mergeUnique(rows.flatMap((row) => evidenceOf(row.evidence))),
      };
    }
    case 'happened': {
      const day = /^(\d{4})-\d{2}-\d{2}$/.exec(p.date);
      const rows = list(result).filter((row) => !day || Number(row.year) === Number(day[1]));
      const inside = day ? rows : rows.filter((row) => {
        const e = index.byId.get(str(row.event));
        return e?.kind === 'event' && within(p.date, e.date, zone);
      });
      // Events whose dates the source leaves open at an end may fall in any later or earlier period: not listed.
      const surely = new Set(inside);
      const maybe = day ? [] : rows.filter((row) => !surely.has(row) && obj(row.date).start !== null && obj(row.date).end !== null);
      const period = periodText(lang, p.date, zone ?? 'UTC');
      const items = (xs: Json[]) => xs.map((row) => `${str(row.label)} (${date(row.date)})`);
      if (inside.length + maybe.length === 0) return undefined;
      return {
        answer: m.happened(period, items(inside), items(maybe)),
        ids: inside.map((row) => str(row.event)),
        evidence: mergeUnique(inside.flatMap((row) => {
          const e = index.byId.get(str(row.event));
          return e?.kind === 'event' ? e.evidence.map((x) => ({ quote: x.quote, paragraph: x.paragraph })) : [];
        })),
      };
    }
    case 'place': {
      const statements = list(r.statements);
      const events = [...new Set(statements.map((s) => str(obj(obj(obj(s.qualifiers).event).value).id)).filter((x) => x !== ''))];
      if (events.length === 0) return undefined;
      const labels = events.map((id) => {
        const e = index.byId.get(id);
        return e?.kind === 'event' ? `${e.label[lang]}` : id;
      });
      return {
        answer: m.atPlace(str(r.label), labels),
        ids: [str(r.id), ...events],
        evidence: mergeUnique(statements.flatMap((s) => evidenceOf(s.evidence))).slice(0, 4),
      };
    }
    case 'entity': {
      const statements = list(r.statements);
      const shown = statements.slice(0, 3);
      const facts = shown.map((s) => `${str(s.subjectLabel)} ${str(s.predicateLabel)} ${str(s.objectLabel)}`);
      const description = str(r.description).split(/(?<=\.)\s/)[0] ?? '';
      return {
        answer: m.entity(str(r.label), description, facts),
        // The thing, and what the facts shown name: "Tatekawa holds the office ambassador" names the office.
        ids: [str(r.id), ...shown.flatMap((s) => [str(s.subject), str(s.object)]).filter((id) => index.byId.has(id))],
        evidence: mergeUnique([...evidenceOf(r.evidence), ...statements.flatMap((s) => evidenceOf(s.evidence))]).slice(0, 4),
      };
    }
    case 'statements': {
      const asked = new Set(p.statements);
      const all = list(r.statements).filter((s) => asked.has(str(s.id)));
      const eventOf = (s: Json): IndexedEvent | undefined => statementEvent(index, str(s.id));
      const period = p.date;
      const chosen = period === undefined ? all : all.filter((s) => {
        const e = eventOf(s);
        return e !== undefined && within(period, e.date, zone);
      });
      if (chosen.length === 0 && period !== undefined && all.length > 0) {
        const dated = all.flatMap((s) => {
          const e = eventOf(s);
          return e ? [`${e.label[lang]} (${date(eventRefDate(index, e.id, lang))})`] : [];
        });
        return { refusal: { kind: 'not-then', date: period, dated: [...new Set(dated)] } };
      }
      if (chosen.length === 0) return undefined;
      const facts = chosen.map((s) => {
        const q = Object.values(obj(s.qualifiers))
          .map((x) => obj(x))
          .map((x) => `${str(x.label)}: ${(typeof x.value === 'string' ? x.value : str(obj(x.value).label)).replace(/\.$/, '')}`);
        const modality = s.modality === null ? '' : modalityText(lang, str(s.modality) as Modality);
        return `${str(s.subjectLabel)} ${str(s.predicateLabel)} ${str(s.objectLabel)}${modality}${q.length > 0 ? ` (${q.join('; ')})` : ''}${basisNote(lang, str(s.basis), '')}`;
      });
      return {
        answer: m.statements(facts, p.yesNo),
        ids: chosen.flatMap((s) => statementNames(index, str(s.id))),
        evidence: mergeUnique(chosen.flatMap((s) => evidenceOf(s.evidence))),
      };
    }
    case 'office': {
      const held = list(r.statements).filter((s) => index.byId.get(str(s.object))?.kind === 'entity' && (index.byId.get(str(s.object)) as { type: string }).type === 'office' && str(s.subject) === p.person);
      if (held.length === 0) return undefined;
      return {
        answer: m.office(str(r.label), held.map((s) => str(s.objectLabel))),
        ids: [p.person, ...held.map((s) => str(s.object))],
        evidence: mergeUnique(held.flatMap((s) => evidenceOf(s.evidence))),
      };
    }
    case 'holders': {
      // Everyone the pack says held the office, for the named states (a `state` or `onBehalfOf` qualifier).
      const held = list(r.statements).filter((s) => {
        if (str(s.object) !== p.office || index.byId.get(str(s.subject))?.kind !== 'entity') return false;
        const q = obj(s.qualifiers);
        const of = [str(obj(obj(q.state).value).id), str(obj(obj(q.onBehalfOf).value).id)].filter((x) => x !== '');
        return p.states.length === 0 || p.states.some((st) => of.includes(st));
      });
      if (held.length === 0) return undefined;
      return {
        answer: m.holders(str(r.label), held.map((s) => str(s.subjectLabel))),
        ids: [p.office, ...p.states, ...held.map((s) => str(s.subject))],
        evidence: mergeUnique(held.flatMap((s) => evidenceOf(s.evidence))),
      };
    }
    case 'compare': {
      const rows = list(result);
      const [a, b] = p.events.map((id) => rows.find((row) => str(row.event) === id));
      if (!a || !b) return undefined;
      const bounds = (row: Json) => ({ start: Date.parse(str(obj(row.date).start) || '-271821-04-20T00:00:00Z'), end: Date.parse(str(obj(row.date).end) || '275760-09-13T00:00:00Z') });
      const [ba, bb] = [bounds(a), bounds(b)];
      const line = (row: Json) => `${str(row.label)} (${date(row.date)})`;
      const ev = [...evidenceOf(a.evidence), ...evidenceOf(b.evidence)];
      const ids = [str(a.event), str(b.event)];
      if (ba.end <= bb.start) return { answer: m.first(line(a), line(b)), ids, evidence: ev };
      if (bb.end <= ba.start) return { answer: m.first(line(b), line(a)), ids, evidence: ev };
      return { answer: m.undecided(line(a), line(b)), ids, evidence: ev };
    }
  }
}

/** The treaty's own clock: the zone of the first change of its state, if it has one. */
function treatyZone(index: PackIndex): string | undefined {
  const first = index.byId.get(index.pack.status.transitions[0]?.event ?? '');
  return first?.kind === 'event' ? first.date.zone?.name : undefined;
}

/** An event's date as its JSON shows it, for a sentence. */
function eventRefDate(index: PackIndex, id: string, lang: Lang): Json {
  const e = index.byId.get(id);
  if (e?.kind !== 'event') return {};
  return { ...dateJson(e.date, lang, null), basis: e.basis, zoneBasis: e.zoneBasis };
}

/** A `--date` text with a time of day (`1945-08-08T23:00`): an instant's minute, read on a clock. */
const TIME_OF_DAY = /T\d/;

/**
 * Whether a date lies wholly in the period `input` (a `--date` text). A
 * period with a time of day is read on `clock` (the question's zone, `UTC`
 * when none): an instant is the same in every zone. Any other is read on the
 * date's own calendar, as the source dates its events: in the zone or UTC
 * offset it is written in (`readingZone`), or for a floating date in every
 * zone on Earth. A date open at an end lies in no period.
 */
function within(input: string, value: TemporalValue, clock: string | undefined): boolean {
  const { start, end } = value.bounds;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return false;
  const own = readingZone(value);
  const period = TIME_OF_DAY.test(input)
    ? parseQueryDate(input, parseZone(clock ?? 'UTC'))
    : own !== null
      ? parseQueryDate(input, own)
      : floating(parseQueryDate(input, parseZone('UTC')));
  return start >= period.start && end <= period.end;
}

/** The event a statement is dated by: the one its `event` qualifier names, as `territories` and `signatories` date their rows. */
function statementEvent(index: PackIndex, id: string): IndexedEvent | undefined {
  const s = statementById(index, id);
  const e = typeof s?.qualifiers?.event === 'string' ? index.byId.get(s.qualifiers.event) : undefined;
  return e?.kind === 'event' ? e : undefined;
}

/** A period read in every zone on Earth (a floating date's calendar): from UTC+14 to UTC−12. */
function floating(q: { start: number; end: number }): { start: number; end: number } {
  return { start: q.start - 14 * 3_600_000, end: q.end + 12 * 3_600_000 };
}

/** A date of the command line, said as a period in a sentence (`on 1 Jun 1945`, `im Februar 1945`). */
function periodText(lang: Lang, input: string, zoneName: string): string {
  const zone = parseZone(zoneName);
  const q = parseQueryDate(input, zone);
  const shown = displayQuery(q, q.precision, zone, lang);
  const kind = q.through ? 'range' : q.precision === 'year' || q.precision === 'month' || q.precision === 'day' ? q.precision : 'moment';
  const to = q.through ? displayQuery({ start: q.through.start }, q.through.precision, zone, lang) : '';
  return messages[lang].ask.period(kind, shown, to, zone.name === 'UTC' ? null : zoneLabel(zone, lang, q.start));
}

/** Evidence without repeats. */
function mergeUnique(list: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(`${e.paragraph}\u0000${e.quote}`) ? false : (seen.add(`${e.paragraph}\u0000${e.quote}`), true)));
}

/** A short note after a value that is not stated: `(the pack infers this)`. */
function basisNote(lang: Lang, basis: string, zoneBasis: string): string {
  const m = messages[lang].ask;
  const weakest = ['assumed', 'inferred', 'derived'].find((b) => b === basis || b === zoneBasis);
  return weakest ? ` ${m.basisNote(weakest as 'derived' | 'inferred' | 'assumed', weakest === basis)}` : '';
}

/** The reason for a refusal, in the question's language. */
function reasonText(index: PackIndex, lang: Lang, why: Refusal, zone: string | undefined): string {
  const m = messages[lang].ask;
  switch (why.kind) {
    case 'nothing-then':
      return m.happened(periodText(lang, why.date, zone ?? 'UTC'), [], []);
    case 'not-then':
      // A period without a time of day is matched on each event's own calendar: it is said in no zone.
      return m.notThen(periodText(lang, why.date, TIME_OF_DAY.test(why.date) ? (zone ?? 'UTC') : 'UTC'), why.dated);
    case 'unknown-words':
      return m.unknownWords(why.words);
    case 'unread-words':
      return m.unreadWords(why.words);
    case 'not-tied':
      return m.notTied(why.ids.map((id) => index.byId.get(id)?.label[lang] ?? id));
    case 'no-event':
      return m.noEvent;
    case 'ambiguous': {
      const labels = why.ids.map((id) => index.byId.get(id)?.label[lang] ?? id);
      // Things of one name are told apart by their ids (`Anna Berg (berg)`), which `show` takes;
      // names are one as `show` reads them, folded (`é` written as one code point or as two).
      const names = labels.map((l) => fold(l));
      const count = new Map<string, number>();
      for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
      return m.ambiguous(labels.map((l, i) => ((count.get(names[i]!) ?? 0) > 1 ? `${l} (${why.ids[i]})` : l)));
    }
    case 'not-understood':
      return m.notUnderstood;
    case 'too-long':
      return m.tooLong(why.command);
    case 'bad-date':
      return m.badDate(sayIn(timeErrorText(why.error, ''), messages[lang]));
    case 'part-of-period':
      return m.partOfPeriod(why.word, why.period);
  }
}

/** The source sentences closest to a question: those sharing the most of its words (`search`). */
function suggestions(index: PackIndex, words: readonly string[], lang: Lang): { id: string; paragraph: number; text: string }[] {
  // Each word once: a word the question repeats is no more of a clue.
  const content = [...new Set(words.filter((w) => w.length > 3 && !/^\d+\.?$/.test(w)))];
  if (content.length === 0) return [];
  return closestSentences({ index, lang, displayZone: null }, content.join(' ').slice(0, 200), 3);
}
