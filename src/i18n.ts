/**
 * The message tables: every word pakt itself says, one table per language.
 * Facts (names, labels, state summaries) come from the fact pack instead.
 * German sentences are written whole, never assembled from English pieces.
 */

/** Languages pakt speaks. */
export type Lang = 'de' | 'en';

/** Error messages: every line `pakt: error: …` can say. */
export interface ErrorMessages {
  readonly notADate: (option: string, value: string) => string;
  readonly emptyDate: (option: string) => string;
  readonly badField: (option: string, value: string, field: string, got: string, within?: string) => string;
  readonly dstGap: (option: string, value: string, zone: string) => string;
  readonly skippedDay: (option: string, value: string, zone: string) => string;
  readonly unknownZone: (option: string, value: string) => string;
  readonly offsetRange: (option: string, value: string) => string;
  readonly dateExample: (option: string) => string;
  readonly zoneHint: string;
  readonly didYouMean: (list: string) => string;
  readonly unknownOption: (option: string) => string;
  readonly unknownCommand: (command: string) => string;
  readonly missingArgument: (argument: string) => string;
  readonly optionMissingArgument: (option: string) => string;
  readonly invalidChoice: (option: string, value: string, choices: string) => string;
  readonly invalidArgumentValue: (argument: string, value: string, choices: string) => string;
  readonly excessArguments: (command: string) => string;
  readonly runHelp: string;
  readonly missingCommand: string;
  readonly commands: (list: string) => string;
  readonly jsonFormatConflict: (format: string) => string;
  readonly useOne: string;
  readonly emptyPath: (option: string) => string;
  readonly emptyId: (option: string) => string;
  readonly example: (text: string) => string;
  readonly fromAfterTo: (from: string, to: string) => string;
  readonly unknownEventType: (type: string) => string;
  readonly validTypes: (list: string) => string;
  readonly noDocument: (id: string) => string;
  readonly documents: (list: string) => string;
  readonly emptyName: string;
  readonly ambiguous: (name: string) => string;
  readonly mayMean: (list: string) => string;
  readonly noSuchThing: (name: string) => string;
  readonly notAnEvent: (id: string) => string;
  readonly pickEvent: string;
  readonly emptySearch: string;
  readonly searchTooLong: (length: number, max: number) => string;
  /** An id or name longer than any a pack holds. */
  readonly nameTooLong: (length: number, max: number) => string;
  readonly unknownSearchType: (type: string) => string;
  readonly noHit: (query: string) => string;
  /** No result: `on` found no event on that day. */
  readonly noEventsOn: (day: string) => string;
  /** No result: no one in the pack signed (that document). */
  readonly noSigners: (document?: string) => string;
  /** No result: `timeline` found no event in the range (or of the type). */
  readonly noEventsInRange: string;
  /** No result: the pack relates no state to a territory. */
  readonly noTerritories: string;
  readonly notMonthDay: (value: string) => string;
  readonly noSuchMonth: (value: string, month: string) => string;
  readonly noSuchDay: (value: string, day: string, month: string) => string;
  readonly emptyZoneIn: (value: string) => string;
  readonly cannotWrite: (code: string) => string;
  readonly internal: (message: string) => string;
  readonly debugHint: string;
  readonly cannotRead: (what: 'pack' | 'source', why: 'missing' | 'directory' | 'special' | 'denied' | 'other') => string;
  readonly notJson: (line: number, column: number, what: string) => string;
  /** A pack or source whose bytes are not UTF-8: the encoding they look like, if known, and the line where decoding fails. */
  readonly notUtf8: (what: 'pack' | 'source', looksLike: string | undefined, line: number) => string;
  /** A source that resolves (through symbolic links or `..`) outside its pack's folder. */
  readonly sourceOutside: (real: string, folder: string) => string;
  readonly moreProblems: (n: number) => string;
  readonly validateHint: (file: string) => string;
  readonly chartFormat: (format: string) => string;
  readonly svgOnlyTimeline: string;
  readonly notASourcePart: (value: string) => string;
  readonly noSourcePart: (value: string, paragraphs: number) => string;
  readonly emptyQuestion: string;
  readonly questionTooLong: (length: number, max: number) => string;
  /** `export --base`: not an absolute IRI. */
  readonly baseNotAbsolute: (value: string) => string;
  /** `export --base`: holds a fragment (`#`). */
  readonly baseFragment: (value: string) => string;
  /** `export --base`: does not end in `/` or `:`. */
  readonly baseEnd: (value: string) => string;
  /** `export` with `--format` or `--json`: the syntax is the argument. */
  readonly exportFormat: (format: string) => string;
  readonly exportSyntaxHint: (list: string) => string;
}

/** Problems of a fact pack (for `validate` and pack errors). */
export interface PackMessages {
  readonly duplicateId: (id: string, first: string) => string;
  readonly duplicateStatement: (id: string) => string;
  readonly unknownId: (id: string) => string;
  /** A qualifier pakt reads as a keyword (`relation`) or an id (`event`, `onBehalfOf`, …) written as text. */
  readonly qualifierNotRead: (key: string, kind: 'keyword' | 'id') => string;
  readonly notAnEvent: (id: string) => string;
  readonly notAnEntity: (id: string) => string;
  readonly noParagraph: (n: number, count: number) => string;
  readonly quoteElsewhere: (found: number, given: number) => string;
  readonly quoteNotFound: string;
  /** A quote not in its paragraph, once so many quotes failed that the rest of the source is no longer searched for each. */
  readonly quoteNotInParagraph: (given: number) => string;
  readonly notADocument: (id: string, type: string) => string;
  readonly duplicateState: (id: string) => string;
  readonly unknownPlaceholder: (name: string) => string;
  readonly placeholderWithoutValue: (name: string, phase: 'first' | 'last') => string;
  readonly twoTransitions: (id: string) => string;
  readonly termSameEvent: string;
  readonly unknownState: (id: string) => string;
  readonly termReversed: (until: string, from: string) => string;
  readonly transitionOrder: (cur: string, curEdtf: string, prev: string, prevEdtf: string) => string;
  readonly derivedDisagrees: (edtf: string, id: string, stated: string) => string;
  readonly derivedCycle: (id: string) => string;
  /** A value marked inferred or assumed without its step or choice written down. */
  readonly reasoningMissing: (basis: string) => string;
  readonly zoneBasisMissing: string;
  readonly zoneBasisWithoutZone: string;
  /** A stated event (no rule) marked `derived`. */
  readonly derivedWithoutRule: string;
  /** A computed date marked `stated`. */
  readonly computedStated: string;
  /** A computed date more certain than its input. */
  readonly derivedTooCertain: (basis: string, input: string, inputBasis: string, most: string) => string;
  readonly unknownProperty: (name: string) => string;
  /** Trigger words for a keyword no statement or event of the pack uses. */
  readonly unusedKeyword: (key: string) => string;
  readonly missingProperty: (name: string) => string;
  readonly oneOf: (values: string) => string;
  /** A schema description of a pattern, in this language. */
  readonly described: (description: string) => string;
}

/** Help text of the commands and options. */
export interface HelpMessages {
  readonly program: string;
  readonly examples: string;
  /** The root help's "Environment:" block: its title and, per variable, its name and what it does. */
  readonly environment: { readonly title: string; readonly variables: readonly (readonly [string, string])[] };
  readonly allowed: string;
  /** The usage line's placeholders: `[options]`, `[command]`. */
  readonly usageWords: { readonly options: string; readonly command: string };
  readonly titles: Readonly<Record<string, string>>;
  readonly commands: Readonly<Record<CommandName | 'completion' | 'help', string>>;
  readonly options: Readonly<
    Record<
      | 'version' | 'help' | 'json' | 'format' | 'lang' | 'zone' | 'color' | 'noColor' | 'facts'
      | 'date' | 'document' | 'from' | 'to' | 'type' | 'zones' | 'searchType' | 'chart' | 'base',
      string
    >
  >;
  readonly arguments: Readonly<Record<'idOrName' | 'event' | 'text' | 'monthDay' | 'pack' | 'shell' | 'question' | 'part' | 'syntax', string>>;
}

/** The commands of pakt. */
export type CommandName =
  | 'status' | 'signatories' | 'territories' | 'timeline' | 'show' | 'when' | 'search' | 'on' | 'validate' | 'ask' | 'source' | 'export';

/** What `pakt ask` says: its answers and refusals, in the question's language. */
export interface AskMessages {
  /**
   * A period asked about, as said in an answer: `shown` is its date for
   * people, `to` the end of a range, `zone` the zone's name for people
   * (`null` for UTC, which goes without saying).
   */
  readonly period: (kind: 'year' | 'month' | 'day' | 'moment' | 'range', shown: string, to: string, zone: string | null) => string;
  /** The time of an event, as a period. */
  readonly atEvent: (label: string) => string;
  /** The period of a question that names no time: it asks about today (said in the present tense). */
  readonly now: string;
  readonly inForce: (value: boolean | null, period: string, state: string, stateNote: string, basisNote: string, changes: boolean) => string;
  readonly state: (period: string, state: string, stateNote: string, changes: boolean, inForce: boolean | null) => string;
  /** The end of the treaty's term, and where the pack knows it, its start (`from`: "label, date"). */
  /** `changes`: the changes of state between the event asked about and the end ({@link change}). */
  readonly termEnd: (label: string, date: string, from: string, changes: readonly string[]) => string;
  /** A change of state: the event, its date, the state it led to. */
  readonly change: (event: string, date: string, state: string) => string;
  readonly eventWhen: (label: string, date: string) => string;
  readonly eventTime: (label: string, date: string) => string;
  readonly eventWhat: (label: string, date: string, facts: readonly string[]) => string;
  /** What the pack's statements say, each with its qualifiers, modality and basis note. */
  readonly statements: (facts: readonly string[]) => string;
  readonly signer: (name: string, office: string, party: string) => string;
  readonly signers: (document: string, people: readonly string[]) => string;
  readonly signedAt: (document: string, places: readonly string[], date: string) => string;
  readonly noPlace: (document: string, date: string) => string;
  readonly territoryGroup: (by: string, relation: string, territories: readonly string[], date: string) => string;
  readonly territories: (groups: readonly string[]) => string;
  readonly happened: (period: string, inside: readonly string[], maybe: readonly string[]) => string;
  readonly atPlace: (place: string, events: readonly string[]) => string;
  readonly entity: (label: string, description: string, facts: readonly string[]) => string;
  readonly office: (person: string, offices: readonly string[]) => string;
  readonly holders: (office: string, people: readonly string[]) => string;
  readonly first: (earlier: string, later: string) => string;
  readonly undecided: (a: string, b: string) => string;
  /** After a value that is not stated; `value` false when only its zone is not stated. */
  readonly basisNote: (basis: 'derived' | 'inferred' | 'assumed', value: boolean) => string;
  readonly unknownWords: (words: readonly string[]) => string;
  readonly notTied: (names: readonly string[]) => string;
  readonly noEvent: string;
  readonly ambiguous: (labels: readonly string[]) => string;
  readonly notUnderstood: string;
  readonly suggestionsHeading: string;
}

/** How a period asked about is spoken of: now, a moment (an hour, minute, second), or a day, month or year. */
export type PeriodKind = 'now' | 'moment' | 'day' | 'month' | 'year' | 'range' | 'event';

/** One change of state within a period: into `state`, with `event` ("label, date"); `certainly` when the event lies wholly inside the period. */
export interface StatusStep {
  readonly state: string;
  readonly event: string;
  readonly certainly: boolean;
}

/** What `status` says around the pack's state summary. */
export interface StatusMessages {
  /** A period from one date to another, as `status` speaks of it. */
  readonly range: (from: string, to: string) => string;
  /** The time of an event as a period (`status --date <event>`). */
  readonly eventPeriod: (label: string, date: string) => string;
  /** The state at the start is the pack's judgement (`inferred`) or choice (`assumed`). */
  readonly stateBasis: (state: string, basis: 'derived' | 'inferred' | 'assumed', reasoning: string) => string;
  /**
   * The states a period can overlap, in order (`states`), with the events
   * that change them (`events`, "label, date"); `certainly` when every
   * change lies wholly inside the period.
   */
  readonly changes: (kind: PeriodKind, period: string, from: string, steps: readonly StatusStep[]) => string;
  /** Said instead of the state's summary when the period starts inside the span the source gives a change. */
  readonly startUndecided: (from: string, to: string) => string;
  /** Whether the treaty was in force by its own term over the whole period. */
  readonly inForce: (value: boolean | null, kind: PeriodKind) => string;
  /** The answer about the term rests on a date the pack infers or assumes. */
  readonly termRestsOn: (basis: 'inferred' | 'assumed', event: string, date: string) => string;
}

/** Every message, as a function where it takes values. */
export interface Messages {
  readonly lang: Lang;
  /** Sentences `status` adds to the pack's state summary. */
  readonly status: StatusMessages;
  /** What `ask` says. */
  readonly ask: AskMessages;
  readonly yes: string;
  readonly no: string;
  readonly unknown: string;
  readonly none: string;
  readonly derivedFrom: (months: string, from: string) => string;
  readonly duration: (parts: { years?: number; months?: number; days?: number }) => string;
  readonly head: Readonly<Record<string, string>>;
  /** The hint below a table whose prose was shortened: the columns' headers, and how to see it whole. */
  readonly tableShortened: (headers: readonly string[], whole: string) => string;
  /** The hint below a table that left columns out for lack of width. */
  readonly tableLeftOut: (headers: readonly string[]) => string;
  /** How to see a table's shortened text whole: from a list of rows (`show`), or from `show` itself. */
  readonly wholeVia: { readonly show: string; readonly json: string };
  /** The key below a table that marks what the source does not state: pairs of mark and basis. */
  readonly basisKey: (marks: readonly (readonly [string, 'derived' | 'inferred' | 'assumed'])[]) => string;
  /** How firmly the source asserts a statement (`Modality`), in words. */
  readonly modalities: Readonly<Record<'conditional' | 'possible' | 'counterfactual', string>>;
  readonly hitKinds: Readonly<Record<string, string>>;
  readonly yearsAgo: (n: number) => string;
  /** Entity types of the pack format (`EntityType`). */
  readonly entityTypes: Readonly<Record<string, string>>;
  /** Error messages and hints (one line each). */
  readonly err: ErrorMessages;
  /** Help text: descriptions, titles, examples heading. */
  readonly help: HelpMessages;
  /** The manual page's own words (`man pakt`): description, exit codes, see also. */
  readonly man: { readonly description: string; readonly exitStatus: readonly (readonly [string, string])[]; readonly seeAlso: string };
  /** Problems of a fact pack. */
  readonly pack: PackMessages;
  /** Words of the timeline chart. */
  readonly chart: {
    readonly uncertain: string;
    readonly noEvents: string;
    readonly derived: string;
    /** The line after a chart's key when it keys only the first events. */
    readonly more: (n: number) => string;
  };
  readonly validateOk: string;
  readonly validateProblems: (n: number) => string;
  readonly coverage: (cited: number, excused: number, sentences: number) => string;
  readonly uncitedHeading: string;
  readonly ambiguityNote: (input: string, zone: string, chosen: string, other: string) => string;
  /** `when`: the note on the zone the pack gives a date in, by how it knows the zone. */
  readonly zoneReading: (basis: 'stated' | 'derived' | 'inferred' | 'assumed') => string;
  /** `when`: a fixed offset the pack relates the date to (its reading of a local time the source names). */
  readonly relatedReading: string;
  readonly tzAgrees: (offset: string) => string;
  readonly tzDisagrees: (tz: string, reading: string) => string;
  /** `when`: a date without a zone, shown as the source writes it. */
  readonly floating: string;
  /** `when`: a time of day that falls on another calendar day here than in the date's own zone. */
  readonly otherDay: (later: boolean, here: string, there: string, zone: string) => string;
}

/** `option: ` before a message about an option's value; nothing for a value from a pack. */
const pre = (option: string): string => (option ? `${option}: ` : '');

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const joinEn = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const joinDe = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} und ${xs[xs.length - 1]}`);
/** "A", "A and B", "A, B and C" (with the language's "and"). */
const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;


const en: Messages = {
  lang: 'en',
  ask: {
    period: (kind, shown, to, zone) =>
      `${{ year: `in ${shown}`, month: `in ${shown}`, day: `on ${shown}`, moment: `at ${shown}`, range: `from ${shown} to ${to}` }[kind]}${zone && kind !== 'moment' ? ` (${zone})` : ''}`,
    atEvent: (label) => `at the time of “${label}”`,
    now: 'today',
    inForce: (value, period, state, stateNote, basisNote, changes) =>
      period === 'today'
        ? `${value ? 'Yes' : 'No'}: by its own terms the treaty is ${value ? '' : 'not '}in force today${basisNote}. State: “${state}”${stateNote}.`
        : value === null
        ? `The source cannot decide whether the treaty was in force ${period}: its legal state changed then, or the source dates the change too vaguely. State at the start: “${state}”${stateNote}.`
        : `${value ? 'Yes' : 'No'}: by its own terms the treaty was ${value ? '' : 'not '}in force ${period}${basisNote}. State${changes ? ' at the start' : ''}: “${state}”${stateNote}.`,
    state: (period, state, stateNote, changes, inForce) =>
      `${period.charAt(0).toUpperCase()}${period.slice(1)} the treaty was in the state “${state}”${stateNote}${changes ? ' at the start, and the state changed during the period' : ''}; by its own terms it was ${inForce === null ? 'of undecided force' : inForce ? 'in force' : 'not in force'}.`,
    termEnd: (label, date, from, changes) =>
      `By the source, the treaty remained in force until ${date} (${label})${from ? `; it came into force: ${from}` : ''}${changes.length > 0 ? `; its changes of state from then on: ${changes.join('; ')}` : ''}.`,
    change: (event, date, state) => `${event}, ${date}: “${state}”`,
    eventWhen: (label, date) => `${label}: ${date}.`,
    eventTime: (label, date) => `${label}: ${date}.`,
    eventWhat: (label, date, facts) => `${label} (${date})${facts.length > 0 ? `: ${facts.join('; ')}` : ''}.`,
    statements: (facts) => `${facts.join('; ')}.`,
    signer: (name, office, party) => `${name}${office || party ? ` (${[office, party].filter(Boolean).join(', ')})` : ''}`,
    signers: (document, people) => `Signatories of “${document}”: ${joinEn(people)}.`,
    signedAt: (document, places, date) => `Place of signing of “${document}”: ${joinEn(places)}${date ? `; date: ${date}` : ''}.`,
    noPlace: (document, date) => `The source names no place for the signing of “${document}”${date ? `; date: ${date}` : ''}.`,
    territoryGroup: (by, relation, territories, date) => `${by} — ${relation}: ${joinEn(territories)}${date ? ` (${date})` : ''}`,
    territories: (groups) => `${groups.join('; ')}.`,
    happened: (period, inside, maybe) =>
      inside.length > 0
        ? `${period.charAt(0).toUpperCase()}${period.slice(1)}, as the source dates its events: ${inside.join('; ')}.${maybe.length > 0 ? ` The source's dates also allow: ${maybe.join('; ')}.` : ''}`
        : maybe.length > 0
          ? `No event the source dates lies wholly ${period}; its dates allow: ${maybe.join('; ')}.`
          : `The source dates no event ${period}.`,
    atPlace: (place, events) => `At ${place}: ${joinEn(events)}.`,
    entity: (label, description, facts) => `${label}${description ? `: ${description}` : ''}${facts.length > 0 ? `${description ? ' ' : ': '}${facts.join('; ')}.` : description ? '' : '.'}`,
    office: (person, offices) => `Office of ${person}: ${joinEn(offices)}.`,
    holders: (office, people) => `${office.charAt(0).toUpperCase()}${office.slice(1)}: ${joinEn(people)}.`,
    first: (earlier, later) => `First: ${earlier}; then: ${later}.`,
    undecided: (a, b) => `The source's dates cannot decide which came first: ${a}; ${b}.`,
    basisNote: (basis, value) =>
      `(${value ? { derived: 'computed by the pack', inferred: "the pack's inference", assumed: "the pack's assumption" }[basis] : { derived: 'zone computed', inferred: 'zone inferred by the pack', assumed: 'zone assumed by the pack' }[basis]})`,
    unknownWords: (words) => `The source does not speak of ${joinEn(words.map((w) => `“${w}”`))}: pakt cannot answer that without guessing.`,
    notTied: (names) => (names.length > 0 ? `The source says nothing that ties ${joinEn(names)} to what the question asks.` : 'The source says nothing that answers this.'),
    noEvent: 'The source names no such event.',
    ambiguous: (labels) => `The question fits several things the source names: ${joinEn(labels.map((l) => `“${l}”`))}. Ask about one of them.`,
    notUnderstood: 'pakt cannot map this question onto what the source says.',
    suggestionsHeading: 'Closest sentences of the source (suggestions, not answers):',
  },
  status: {
    range: (from, to) => `between ${from} and ${to}`,
    eventPeriod: (label, date) => `the time of “${label}” (${date})`,
    stateBasis: (state, basis, reasoning) =>
      `The state “${state}” is the pack's ${basis === 'assumed' ? 'assumption' : basis === 'derived' ? 'computation' : 'inference'}, not the source's words: ${reasoning}`,
    startUndecided: (from, to) => `Whether the state at the start was still “${from}” or already “${to}” cannot be decided at the precision the source gives.`,
    changes: (kind, period, from, steps) =>
      `${{ now: 'Now', moment: `At ${period}`, day: `On ${period}`, month: `In ${period}`, year: `In ${period}`, range: `B${period.slice(1)}`, event: `At ${period}` }[kind]} the state ${steps[0]?.certainly ? 'changed' : 'may have changed'} from “${from}” ${steps
        .map((step, i) => `${i === 0 ? 'to' : step.certainly ? 'and then to' : 'and possibly on to'} “${step.state}” (${step.event})`)
        .join(', ')}.`,
    inForce: (value, kind) =>
      value === null
        ? kind === 'moment' || kind === 'now'
          ? 'Whether the treaty was in force by its own terms at that moment cannot be decided at the precision the source gives.'
          : 'Whether the treaty was in force by its own terms cannot be said for the whole period asked about: its legal state changed within it, or the source dates that change too vaguely.'
        : `By its own terms, the treaty was ${value ? 'in force' : 'not in force'} ${kind === 'moment' || kind === 'now' ? 'at that moment' : value ? 'throughout the period asked about' : 'at any time in the period asked about'}.`,
    termRestsOn: (basis, event, date) =>
      `That rests on a date the pack ${basis === 'assumed' ? 'assumes' : 'infers'}: ${event}, ${date}.`,
  },
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  none: '—',
  derivedFrom: (dur, from) => `${dur} after “${from}”`,
  duration: ({ years, months, days }) =>
    [
      years ? plural(years, 'year', 'years') : '',
      months ? plural(months, 'month', 'months') : '',
      days ? plural(days, 'day', 'days') : '',
    ]
      .filter(Boolean)
      .join(', '),
  basisKey: (marks) =>
    `Key: ${marks.map(([mark, basis]) => `${mark} ${{ derived: 'computed by a rule of the pack', inferred: "the pack's inference, not the source's words", assumed: "the pack's assumption: the source is silent" }[basis]}`).join('; ')}.`,
  modalities: { conditional: 'conditional: “würde”', possible: 'possible: “möglicherweise”', counterfactual: 'counterfactual' },
  head: {
    field: 'Field',
    value: 'Value',
    query: 'Query',
    state: 'State',
    statesDuring: 'States in the period',
    basis: 'Basis',
    reasoning: 'Reasoning',
    certain: 'Certain',
    inForce: 'In force',
    since: 'Since',
    until: 'Until',
    transitions: 'Changes in the interval',
    summary: 'Summary',
    evidence: 'Evidence',
    person: 'Person',
    name: 'Name',
    party: 'For',
    office: 'Office',
    documents: 'Documents',
    date: 'Date',
    place: 'Place',
    territory: 'Territory',
    relation: 'Relation',
    by: 'By',
    source: 'Document or event',
    event: 'Event',
    label: 'Label',
    type: 'Type',
    derived: 'Derived',
    id: 'Id',
    aliases: 'Aliases',
    description: 'Description',
    statement: 'Statement',
    subject: 'Subject',
    predicate: 'Predicate',
    object: 'Object',
    qualifiers: 'Qualifiers',
    note: 'Note',
    pointer: 'Pointer',
    message: 'Problem',
    paragraph: 'Paragraph',
    sentence: 'Sentence',
    zone: 'Zone',
    offset: 'UTC offset',
    local: 'Local time',
    display: 'Reading',
    kind: 'Kind',
    snippet: 'Match',
    score: 'Score',
    yearsAgo: 'Years ago',
    question: 'Question',
    answer: 'Answer',
    command: 'Command',
    reason: 'Reason',
    suggestions: 'Suggestions',
    text: 'Text',
    citedBy: 'Cited by',
  },
  tableShortened: (headers, whole) =>
    `${list(headers, 'and')} shortened: ${whole} shows ${headers.length === 1 ? 'it' : 'them'} whole.`,
  tableLeftOut: (headers) =>
    `Not shown at this width: ${list(headers, 'and')}. A wider terminal or --format json shows every column.`,
  wholeVia: { show: 'pakt show <id> or --format json', json: '--format json' },
  hitKinds: { entity: 'entity', event: 'event', statement: 'statement', sentence: 'sentence' },
  yearsAgo: (n) => (n === 1 ? '1 year ago' : `${n} years ago`),
  entityTypes: {
    state: 'state',
    person: 'person',
    territory: 'territory',
    document: 'document',
    place: 'place',
    office: 'office',
    organization: 'organization',
  },
  err: {
    notADate: (o, v) => `${pre(o)}'${v}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]`,
    emptyDate: (o) => `${pre(o)}empty date: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm`,
    badField: (o, v, field, got, within) =>
      `${pre(o)}'${v}' is not a real date: ${field === 'offset' ? 'UTC offset' : field} ${got} does not exist${within ? ` in ${within}` : ''}`,
    dstGap: (o, v, zone) => `${pre(o)}${v} does not exist in ${zone}: the clocks skipped it (DST change)`,
    skippedDay: (o, v, zone) => `${pre(o)}${v} does not exist in ${zone}: the calendar skipped it`,
    unknownZone: (o, v) => `${pre(o)}unknown time zone '${v}'`,
    offsetRange: (o, v) => `${pre(o)}UTC offset '${v}' is out of range (−14:00 to +14:00)`,
    dateExample: (o) => `example: ${o} 1945-08-08 or ${o} 1945-08-08T23:00`,
    zoneHint: 'use an IANA name (Europe/Moscow), UTC, or a UTC offset (UTC+10:00, +03:00)',
    didYouMean: (list) => `did you mean ${list}?`,
    unknownOption: (o) => `unknown option '${o}'`,
    unknownCommand: (c) => `unknown command '${c}'`,
    missingArgument: (a) => `missing required argument '${a}'`,
    optionMissingArgument: (o) => `option '${o}' argument missing`,
    invalidChoice: (o, v, choices) => `option '${o}' argument '${v}' is invalid: allowed are ${choices}`,
    invalidArgumentValue: (a, v, choices) => `'${v}' is not a valid ${a}: allowed are ${choices}`,
    excessArguments: (c) => `too many arguments for '${c}'`,
    runHelp: "run 'pakt --help' for usage",
    missingCommand: 'missing command',
    commands: (list) => `commands: ${list}; see pakt --help`,
    jsonFormatConflict: (f) => `--json and --format ${f} do not combine`,
    useOne: 'use one of them',
    emptyPath: (o) => `${o}: empty path`,
    emptyId: (o) => `${o}: empty id`,
    example: (t) => `example: ${t}`,
    fromAfterTo: (from, to) => `--from ${from} is after --to ${to}`,
    unknownEventType: (t) => `unknown event type '${t}'`,
    validTypes: (list) => `valid types: ${list}`,
    noDocument: (id) => `no document '${id}' in the fact pack`,
    documents: (list) => `documents: ${list}`,
    emptyName: 'empty id or name',
    ambiguous: (n) => `'${n}' is ambiguous`,
    mayMean: (list) => `it may mean: ${list}`,
    noSuchThing: (n) => `no entity or event '${n}' in the fact pack`,
    notAnEvent: (id) => `'${id}' is not an event`,
    pickEvent: 'pick one from: pakt timeline',
    emptySearch: 'empty search text',
    searchTooLong: (n, max) => `search text too long (${n} characters, at most ${max})`,
    nameTooLong: (n, max) => `id or name too long (${n} characters, at most ${max})`,
    unknownSearchType: (t) => `unknown --type '${t}'`,
    noHit: (q) => `nothing in the fact pack or its source matches '${q}'`,
    noEventsOn: (day) => `no event of the fact pack falls on ${day}`,
    noSigners: (doc) => (doc ? `the fact pack names no one who signed '${doc}'` : 'the fact pack names no one who signed'),
    noEventsInRange: 'no event of the fact pack falls in that range',
    noTerritories: 'the fact pack relates no state to a territory',
    notMonthDay: (v) => `'${v}' is not a day of the year: use MM-DD`,
    noSuchMonth: (v, mm) => `'${v}' is not a day of the year: month ${mm} does not exist`,
    noSuchDay: (v, dd, mm) => `'${v}' is not a day of the year: day ${dd} does not exist in month ${mm}`,
    emptyZoneIn: (v) => `--zones: empty zone in '${v}'`,
    cannotWrite: (code) => `cannot write the output: ${code}`,
    internal: (msg) => `internal error: ${msg}`,
    debugHint: 'set PAKT_DEBUG=1 to see where',
    cannotRead: (what, why) =>
      `cannot read ${what === 'pack' ? 'fact pack' : 'source text'}: ${{ missing: 'no such file', directory: 'is a directory', special: 'not a regular file (a pipe or a device?)', denied: 'permission denied', other: 'read error' }[why]}`,
    notJson: (line, column, what) => `not valid JSON at line ${line}, column ${column}: ${what}`,
    notUtf8: (what, looksLike, line) =>
      `${what === 'pack' ? 'the fact pack' : 'the source text'} is not UTF-8${looksLike ? ` (it looks like ${looksLike})` : ''}: decoding fails at line ${line}; pakt reads UTF-8 (a byte-order mark is allowed)`,
    sourceOutside: (real, folder) =>
      `the source text resolves to ${real}, outside the pack's folder ${folder}: a source must stay inside the folder of its pack, also through symbolic links`,
    moreProblems: (n) => ` (and ${n} more problem${n === 1 ? '' : 's'})`,
    validateHint: (f) => `run 'pakt validate ${f}' to list every problem`,
    chartFormat: (f) => `--chart and --format ${f} do not combine: the chart is drawn for a terminal`,
    svgOnlyTimeline: '--format svg is only for pakt timeline',
    notASourcePart: (v) => `'${v}' is neither a paragraph number nor a sentence id (p7s4)`,
    noSourcePart: (v, n) => `the source has no '${v}' (it has ${n} paragraphs)`,
    emptyQuestion: 'empty question',
    questionTooLong: (n, max) => `question too long (${n} characters, at most ${max})`,
    baseNotAbsolute: (v) => `--base: '${v}' is not an absolute IRI (a scheme such as https: or urn:, then no spaces, quotes or angle brackets)`,
    baseFragment: (v) => `--base: '${v}' has a fragment ('#'): pakt adds the fragments itself`,
    baseEnd: (v) => `--base: '${v}' must end in '/' or ':', so that ids can follow it`,
    exportFormat: (f) => `--format ${f} does not apply to pakt export: the RDF syntax is its argument`,
    exportSyntaxHint: (list) => `use one of: ${list} (e.g. pakt export turtle)`,
  },
  pack: {
    duplicateId: (id, first) => `duplicate id '${id}' (first at ${first})`,
    duplicateStatement: (id) => `duplicate statement id '${id}'`,
    unknownId: (id) => `unknown id '${id}'`,
    qualifierNotRead: (key, kind) => `the qualifier '${key}' must be ${kind === 'keyword' ? 'a keyword' : 'an id'}, not text: pakt could not read it`,
    notAnEvent: (id) => `'${id}' is not an event`,
    notAnEntity: (id) => `'${id}' is an event, not an entity`,
    noParagraph: (n, count) => `the source has no paragraph ${n} (it has ${count})`,
    quoteElsewhere: (found, given) => `quote is in paragraph ${found}, not ${given}`,
    quoteNotFound: 'quote not found verbatim in the source text',
    quoteNotInParagraph: (given) => `quote not found verbatim in paragraph ${given} (other paragraphs not searched: too many quotes failed)`,
    notADocument: (id, type) => `'${id}' is a ${type}, not a document`,
    duplicateState: (id) => `duplicate state '${id}'`,
    unknownPlaceholder: (name) => `unknown placeholder '{${name}}' (use {since}, {sinceEvent}, {until}, {untilEvent})`,
    placeholderWithoutValue: (name, phase) =>
      phase === 'first'
        ? `'{${name}}' has no value in the initial state: nothing came before it`
        : `'{${name}}' has no value in the state the last transition leads to: nothing comes after it`,
    twoTransitions: (id) => `'${id}' starts two transitions`,
    termSameEvent: 'the term must end with another event than it starts with',
    unknownState: (id) => `unknown state '${id}'`,
    termReversed: (until, from) => `the term ends ('${until}') before it starts ('${from}')`,
    transitionOrder: (cur, curEdtf, prev, prevEdtf) =>
      `'${cur}' (${curEdtf}) begins before the previous transition '${prev}' (${prevEdtf}); list transitions in time order`,
    derivedDisagrees: (edtf, id, stated) => `computed ${edtf} does not fall within ${id} (${stated}) as the source states it`,
    derivedCycle: (id) => `cannot compute '${id}': its rule depends on itself`,
    reasoningMissing: (basis) =>
      `a value that is ${basis} needs "reasoning": ${basis === 'inferred' ? 'the step from what the source says' : 'why the pack chose it'}, in German and English`,
    zoneBasisMissing: 'the date has a zone but no "zoneBasis": say how the pack knows the zone (stated, derived, inferred or assumed)',
    zoneBasisWithoutZone: '"zoneBasis" is given for a date without a zone',
    derivedWithoutRule: `basis 'derived' needs a rule: list the event under "derived" with its rule`,
    computedStated: "a computed date is never 'stated': use derived, inferred or assumed",
    derivedTooCertain: (basis, input, inputBasis, most) =>
      `'${basis}' claims more than the date it is computed from: '${input}' is ${inputBasis}, so this date can be at most ${most}`,
    unknownProperty: (name) => `unknown property '${name}'`,
    unusedKeyword: (key) => `'${key}' is not a keyword of this pack: no statement or event uses it`,
    missingProperty: (name) => `missing property '${name}'`,
    oneOf: (values) => `must be one of: ${values}`,
    described: (d) => d,
  },
  chart: { uncertain: 'change at a time the source does not fix', noEvents: 'No events in this range.', derived: 'derived', more: (n) => `… ${n} more ${n === 1 ? 'event' : 'events'} (pakt timeline lists them all)` },
  man: {
    description:
      'pakt answers questions about a treaty from a curated fact pack extracted from one source text: its state on any date, who signed it, which territories it touched, what happened when. Every answer carries the sentences of the source it rests on, and says how the pack knows each value: stated, derived, inferred or assumed. Dates are the sets of instants they can mean, ordered by their UTC bounds; command-line dates are ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm, a space allowed for the T), read in --zone (default UTC). On a terminal answers are tables fitted to its width; in a pipe, TSV; --json, --format ndjson, csv and tsv are for scripts.',
    exitStatus: [
      ['0', 'answered (also --help and --version)'],
      ['1', 'could not answer: unknown id or name, no result (no search hit, no event that day or in that range, no signer), an unreadable or invalid fact pack, or validate found problems'],
      ['2', 'usage error: unknown command or option, missing or malformed argument, impossible date, unknown time zone'],
    ],
    seeAlso: 'The README of pakt, for the fact pack format and every command with examples.',
  },
  help: {
    program:
      'Answers questions about the Soviet–Japanese Neutrality Pact of 13 April 1941 from facts extracted from a German source text; every answer cites the sentences it rests on.',
    examples: 'Examples:',
    environment: {
      title: 'Environment:',
      variables: [
        ['NO_COLOR, FORCE_COLOR', 'colour with --color auto'],
        ['LC_ALL, LC_MESSAGES, LANG', 'language of tables and messages without --lang'],
        ['PAKT_CACHE_DIR', 'where --facts packs that passed are recorded'],
        ['', '(default: ~/.cache/pakt)'],
        ['PAKT_NO_CACHE=1', 'check a --facts pack every time, record nothing'],
        ['PAKT_DEBUG=1', 'show where an internal error happened'],
      ],
    },
    allowed: 'one of',
    usageWords: { options: '[options]', command: '[command]' },
    titles: {},
    commands: {
      status: "the pact's state during a day, month, year or minute (default: now)",
      signatories: 'who signed, for which state, in which office, which documents',
      territories: 'territories guaranteed, invaded or gained, by whom, on what authority',
      timeline: 'events in real time order (by the UTC instants their dates can mean)',
      show: 'one entity or event, with every statement about it and its evidence',
      when: "an event's date in several zones, with the UTC offset in force there and then",
      search: 'ranked hits over names, aliases, statements and source sentences (case, accents, ß/ss, ä/ae folded)',
      on: 'events that happened on a calendar day, any year ("on this day")',
      validate: 'check a fact pack: schema, ids, verbatim quotes, derived dates; print source coverage',
      ask: 'a question in German or English, answered from the pack with its evidence and the command that answers it — or refused',
      source: 'the source text, one paragraph or one sentence, with the ids of the facts that cite it',
      export: 'the whole pack as Linked Data (RDF): Turtle, N-Triples or JSON-LD, every statement with its quotes',
      completion: 'print a shell completion script (bash, zsh or fish)',
      help: 'show help for a command',
    },
    options: {
      version: 'print the version',
      help: 'show help',
      json: 'same as --format json',
      format: 'output format (default: table on a terminal, else tsv)',
      lang: 'language of labels and sentences (default: for tables and messages the locale’s, LC_ALL/LC_MESSAGES/LANG; for JSON, NDJSON, CSV, TSV English)',
      zone: 'zone to read and show dates in: IANA name, UTC, or UTC+10:00 (default: UTC)',
      color: 'colour tables',
      noColor: 'same as --color never',
      facts: 'use this fact pack instead of the bundled one',
      date: 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss][Z|±hh:mm], read in --zone',
      document: 'only signers of this document (e.g. mongolia-manchukuo-declaration)',
      from: 'only events that can lie at or after the start of this date',
      to: 'only events that can lie before the end of this date',
      type: 'only events of this type (signing, denunciation, invasion, …)',
      chart: 'draw the timeline as a chart in the terminal (--format svg writes it as SVG)',
      zones: 'comma-separated zones (default: the source zone, UTC, and zones the source relates it to)',
      searchType: 'only hits of this kind or type',
      base: 'base IRI of the pack\'s IRIs, ending in / or : (default: urn:pakt:<pack id>:)',
    },
    arguments: {
      idOrName: 'an id (molotov) or a name or alias in German or English (Molotow)',
      event: 'an event id or name (soviet-invasion-of-manchuria)',
      text: 'what to look for (Molotow, Aussenminister, "13. April")',
      monthDay: 'month and day, e.g. 08-09',
      pack: 'pack file (default: --facts, else the bundled pack)',
      shell: 'bash, zsh or fish',
      question: 'the question, quoted or as several words ("Who signed the pact?")',
      part: 'a paragraph number (7) or a sentence id (p7s4); none: the whole text',
      syntax: 'turtle, ntriples or jsonld',
    },
  },
  validateOk: 'The pack is valid.',
  validateProblems: (n) => `The pack has ${plural(n, 'problem', 'problems')}.`,
  coverage: (cited, excused, sentences) =>
    `Source coverage: ${cited} of ${sentences} sentences cited, ${excused} deliberately not modelled.`,
  uncitedHeading: 'Sentences neither cited nor excused:',
  ambiguityNote: (input, zone, chosen, other) =>
    `pakt: note: ${input} occurs twice in ${zone} (UTC${chosen} and UTC${other}); using the earlier, UTC${chosen}`,
  zoneReading: (basis) =>
    ({
      stated: 'the zone the source states this date in',
      derived: 'the zone of the date this one is computed from',
      inferred: 'zone inferred by the pack (≈)',
      assumed: 'zone assumed by the pack; the source names none (?)',
    })[basis],
  relatedReading: "the pack's reading of a local time the source names (≈)",
  tzAgrees: (offset) => `the tz database agrees: UTC${offset}`,
  tzDisagrees: (tz, reading) => `the tz database gives UTC${tz}, not the pack's reading UTC${reading}`,
  floating: 'no zone: by the source the date depends on the time zone',
  otherDay: (later, here, there, zone) => `${later ? 'already' : 'still'} ${here} here (${zone}: ${there})`,
};

const de: Messages = {
  lang: 'de',
  ask: {
    period: (kind, shown, to, zone) =>
      `${{ year: `im Jahr ${shown}`, month: `im ${shown}`, day: `am ${shown}`, moment: `am ${shown}`, range: `von ${shown} bis ${to}` }[kind]}${zone && kind !== 'moment' ? ` (${zone})` : ''}`,
    atEvent: (label) => `zur Zeit des Ereignisses „${label}“`,
    now: 'heute',
    inForce: (value, period, state, stateNote, basisNote, changes) =>
      period === 'heute'
        ? `${value ? 'Ja' : 'Nein'}: Nach seinen eigenen Bestimmungen ist der Vertrag heute ${value ? '' : 'nicht '}in Kraft${basisNote}. Zustand: „${state}“${stateNote}.`
        : value === null
        ? `Ob der Vertrag ${period} in Kraft war, kann die Quelle nicht entscheiden: Sein rechtlicher Stand änderte sich damals, oder die Quelle datiert die Änderung zu ungenau. Zustand zu Beginn: „${state}“${stateNote}.`
        : `${value ? 'Ja' : 'Nein'}: Nach seinen eigenen Bestimmungen war der Vertrag ${period} ${value ? '' : 'nicht '}in Kraft${basisNote}. Zustand${changes ? ' zu Beginn' : ''}: „${state}“${stateNote}.`,
    state: (period, state, stateNote, changes, inForce) =>
      `${period.charAt(0).toUpperCase()}${period.slice(1)} war der Vertrag im Zustand „${state}“${stateNote}${changes ? ' (zu Beginn; im Zeitraum änderte sich der Zustand)' : ''}; nach seinen eigenen Bestimmungen war er ${inForce === null ? 'nicht sicher in Kraft' : inForce ? 'in Kraft' : 'nicht in Kraft'}.`,
    termEnd: (label, date, from, changes) =>
      `Nach der Quelle blieb der Vertrag bis ${date} in Kraft (${label})${from ? `; in Kraft trat er: ${from}` : ''}${changes.length > 0 ? `; seine Zustandsänderungen von da an: ${changes.join('; ')}` : ''}.`,
    change: (event, date, state) => `${event}, ${date}: „${state}“`,
    eventWhen: (label, date) => `${label}: ${date}.`,
    eventTime: (label, date) => `${label}: ${date}.`,
    eventWhat: (label, date, facts) => `${label} (${date})${facts.length > 0 ? `: ${facts.join('; ')}` : ''}.`,
    statements: (facts) => `${facts.join('; ')}.`,
    signer: (name, office, party) => `${name}${office || party ? ` (${[office, party].filter(Boolean).join(', ')})` : ''}`,
    signers: (document, people) => `Unterzeichner von „${document}“: ${joinDe(people)}.`,
    signedAt: (document, places, date) => `Ort der Unterzeichnung von „${document}“: ${joinDe(places)}${date ? `; Datum: ${date}` : ''}.`,
    noPlace: (document, date) => `Für die Unterzeichnung von „${document}“ nennt die Quelle keinen Ort${date ? `; Datum: ${date}` : ''}.`,
    territoryGroup: (by, relation, territories, date) => `${by} – ${relation}: ${joinDe(territories)}${date ? ` (${date})` : ''}`,
    territories: (groups) => `${groups.join('; ')}.`,
    happened: (period, inside, maybe) =>
      inside.length > 0
        ? `${period.charAt(0).toUpperCase()}${period.slice(1)}, wie die Quelle datiert: ${inside.join('; ')}.${maybe.length > 0 ? ` Die Daten der Quelle lassen auch zu: ${maybe.join('; ')}.` : ''}`
        : maybe.length > 0
          ? `Kein Ereignis, das die Quelle datiert, liegt ganz ${period}; ihre Daten lassen zu: ${maybe.join('; ')}.`
          : `Die Quelle datiert kein Ereignis ${period}.`,
    atPlace: (place, events) => `Ort ${place}: ${joinDe(events)}.`,
    entity: (label, description, facts) => `${label}${description ? `: ${description}` : ''}${facts.length > 0 ? `${description ? ' ' : ': '}${facts.join('; ')}.` : description ? '' : '.'}`,
    office: (person, offices) => `Amt von ${person}: ${joinDe(offices)}.`,
    holders: (office, people) => `${office}: ${joinDe(people)}.`,
    first: (earlier, later) => `Zuerst: ${earlier}; danach: ${later}.`,
    undecided: (a, b) => `Welches zuerst war, lässt sich nach den Daten der Quelle nicht entscheiden: ${a}; ${b}.`,
    basisNote: (basis, value) =>
      `(${value ? { derived: 'vom Faktenpaket berechnet', inferred: 'Schlussfolgerung des Faktenpakets', assumed: 'Annahme des Faktenpakets' }[basis] : { derived: 'Zone berechnet', inferred: 'Zone vom Faktenpaket erschlossen', assumed: 'Zone vom Faktenpaket angenommen' }[basis]})`,
    unknownWords: (words) => `Von ${joinDe(words.map((w) => `„${w}“`))} spricht die Quelle nicht: pakt kann das nicht beantworten, ohne zu raten.`,
    notTied: (names) => (names.length > 0 ? `Die Quelle sagt nichts, was ${joinDe(names)} mit dem Gefragten verbindet.` : 'Die Quelle sagt nichts, was das beantwortet.'),
    noEvent: 'Ein solches Ereignis nennt die Quelle nicht.',
    ambiguous: (labels) => `Die Frage passt auf mehreres, was die Quelle nennt: ${joinDe(labels.map((l) => `„${l}“`))}. Bitte nach einem davon fragen.`,
    notUnderstood: 'pakt kann diese Frage nicht auf das abbilden, was die Quelle sagt.',
    suggestionsHeading: 'Die nächstliegenden Sätze der Quelle (Vorschläge, keine Antworten):',
  },
  status: {
    range: (from, to) => `zwischen ${from} und ${to}`,
    eventPeriod: (label, date) => `zur Zeit des Ereignisses „${label}“ (${date})`,
    stateBasis: (state, basis, reasoning) =>
      `Der Zustand „${state}“ ist ${basis === 'assumed' ? 'eine Annahme' : basis === 'derived' ? 'eine Berechnung' : 'eine Schlussfolgerung'} des Faktenpakets, nicht der Wortlaut der Quelle: ${reasoning}`,
    startUndecided: (from, to) => `Ob der Zustand zu Beginn noch „${from}“ oder schon „${to}“ war, lässt sich bei der Genauigkeit der Quelle nicht entscheiden.`,
    changes: (kind, period, from, steps) =>
      `${{ now: 'Jetzt', moment: `Am ${period},`, day: `Am ${period}`, month: `Im ${period}`, year: `Im Jahr ${period}`, range: `Z${period.slice(1)}`, event: `Z${period.slice(1)}` }[kind]} ${steps[0]?.certainly ? 'wechselte' : 'wechselte möglicherweise'} der Zustand von „${from}“ ${steps
        .map((step, i) => `${i === 0 ? 'zu' : step.certainly ? 'und dann zu' : 'und möglicherweise weiter zu'} „${step.state}“ (${step.event})`)
        .join(', ')}.`,
    inForce: (value, kind) =>
      value === null
        ? kind === 'moment' || kind === 'now'
          ? 'Ob der Vertrag nach seinen eigenen Bestimmungen zu diesem Zeitpunkt in Kraft war, lässt sich bei der Genauigkeit der Quelle nicht entscheiden.'
          : 'Ob der Vertrag nach seinen eigenen Bestimmungen in Kraft war, lässt sich nicht für den gesamten abgefragten Zeitraum sagen: Sein rechtlicher Stand änderte sich in diesem Zeitraum, oder die Quelle datiert diese Änderung zu ungenau.'
        : `Nach seinen eigenen Bestimmungen war der Vertrag ${kind === 'moment' || kind === 'now' ? 'zu diesem Zeitpunkt' : 'während des gesamten abgefragten Zeitraums'} ${value ? 'in Kraft' : 'nicht in Kraft'}.`,
    termRestsOn: (basis, event, date) =>
      `Das beruht auf einem Datum, das das Faktenpaket ${basis === 'assumed' ? 'annimmt' : 'erschließt'}: ${event}, ${date}.`,
  },
  yes: 'ja',
  no: 'nein',
  unknown: 'unbekannt',
  none: '—',
  derivedFrom: (dur, from) => `${dur} nach „${from}“`,
  duration: ({ years, months, days }) =>
    [
      years ? plural(years, 'Jahr', 'Jahre') : '',
      months ? plural(months, 'Monat', 'Monate') : '',
      days ? plural(days, 'Tag', 'Tage') : '',
    ]
      .filter(Boolean)
      .join(', '),
  basisKey: (marks) =>
    `Zeichen: ${marks.map(([mark, basis]) => `${mark} ${{ derived: 'nach einer Regel des Faktenpakets berechnet', inferred: 'Schlussfolgerung des Faktenpakets, nicht der Wortlaut der Quelle', assumed: 'Annahme des Faktenpakets: Die Quelle schweigt' }[basis]}`).join('; ')}.`,
  modalities: { conditional: 'bedingt: „würde“', possible: 'möglich: „möglicherweise“', counterfactual: 'kontrafaktisch' },
  head: {
    field: 'Feld',
    value: 'Wert',
    query: 'Abfrage',
    state: 'Zustand',
    statesDuring: 'Zustände im Zeitraum',
    basis: 'Grundlage',
    reasoning: 'Begründung',
    certain: 'Sicher',
    inForce: 'In Kraft',
    since: 'Seit',
    until: 'Bis',
    transitions: 'Änderungen im Zeitraum',
    summary: 'Zusammenfassung',
    evidence: 'Beleg',
    person: 'Person',
    name: 'Name',
    party: 'Für',
    office: 'Amt',
    documents: 'Dokumente',
    date: 'Datum',
    place: 'Ort',
    territory: 'Gebiet',
    relation: 'Beziehung',
    by: 'Durch',
    source: 'Dokument oder Ereignis',
    event: 'Ereignis',
    label: 'Bezeichnung',
    type: 'Art',
    derived: 'Abgeleitet',
    id: 'Kennung',
    aliases: 'Andere Namen',
    description: 'Beschreibung',
    statement: 'Aussage',
    subject: 'Subjekt',
    predicate: 'Prädikat',
    object: 'Objekt',
    qualifiers: 'Angaben',
    note: 'Anmerkung',
    pointer: 'Zeiger',
    message: 'Problem',
    paragraph: 'Absatz',
    sentence: 'Satz',
    zone: 'Zone',
    offset: 'UTC-Versatz',
    local: 'Ortszeit',
    display: 'Anzeige',
    kind: 'Art',
    snippet: 'Treffer',
    score: 'Wertung',
    yearsAgo: 'Jahre her',
    question: 'Frage',
    answer: 'Antwort',
    command: 'Befehl',
    reason: 'Grund',
    suggestions: 'Vorschläge',
    text: 'Text',
    citedBy: 'Belegt für',
  },
  tableShortened: (headers, whole) => `${list(headers, 'und')} gekürzt: vollständig mit ${whole}.`,
  tableLeftOut: (headers) =>
    `Bei dieser Breite nicht gezeigt: ${list(headers, 'und')}. Ein breiteres Terminal oder --format json zeigt alle Spalten.`,
  wholeVia: { show: 'pakt show <Kennung> oder --format json', json: '--format json' },
  hitKinds: { entity: 'Eintrag', event: 'Ereignis', statement: 'Aussage', sentence: 'Satz' },
  yearsAgo: (n) => (n === 1 ? 'vor 1 Jahr' : `vor ${n} Jahren`),
  entityTypes: {
    state: 'Staat',
    person: 'Person',
    territory: 'Gebiet',
    document: 'Dokument',
    place: 'Ort',
    office: 'Amt',
    organization: 'Organisation',
  },
  err: {
    notADate: (o, v) => `${pre(o)}„${v}“ ist kein Datum: erlaubt sind YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:mm[:ss]`,
    emptyDate: (o) => `${pre(o)}leeres Datum: erlaubt sind YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:mm`,
    badField: (o, v, field, got, within) =>
      `${pre(o)}„${v}“ ist kein echtes Datum: ${{ month: 'den Monat', day: 'den Tag', hour: 'die Stunde', minute: 'die Minute', second: 'die Sekunde', offset: 'den UTC-Versatz' }[field] ?? field} ${got} gibt es ${within ? `in ${within} ` : ''}nicht`,
    dstGap: (o, v, zone) => `${pre(o)}${v} gibt es in ${zone} nicht: die Uhren übersprangen diese Zeit (Zeitumstellung)`,
    skippedDay: (o, v, zone) => `${pre(o)}${v} gibt es in ${zone} nicht: der Kalender übersprang diesen Tag`,
    unknownZone: (o, v) => `${pre(o)}unbekannte Zeitzone „${v}“`,
    offsetRange: (o, v) => `${pre(o)}der UTC-Versatz „${v}“ liegt außerhalb von −14:00 bis +14:00`,
    dateExample: (o) => `Beispiel: ${o} 1945-08-08 oder ${o} 1945-08-08T23:00`,
    zoneHint: 'erlaubt sind IANA-Namen (Europe/Moscow), UTC oder ein UTC-Versatz (UTC+10:00, +03:00)',
    didYouMean: (list) => `meinten Sie ${list}?`,
    unknownOption: (o) => `unbekannte Option „${o}“`,
    unknownCommand: (c) => `unbekannter Befehl „${c}“`,
    missingArgument: (a) => `das Argument „${a}“ fehlt`,
    optionMissingArgument: (o) => `die Option „${o}“ braucht einen Wert`,
    invalidChoice: (o, v, choices) => `„${v}“ ist für die Option „${o}“ nicht erlaubt: erlaubt sind ${choices}`,
    invalidArgumentValue: (a, v, choices) => `„${v}“ ist als ${a} nicht erlaubt: erlaubt sind ${choices}`,
    excessArguments: (c) => `zu viele Argumente für „${c}“`,
    runHelp: 'Aufruf und Optionen: pakt --help',
    missingCommand: 'Befehl fehlt',
    commands: (list) => `Befehle: ${list}; siehe pakt --help`,
    jsonFormatConflict: (f) => `--json und --format ${f} schließen einander aus`,
    useOne: 'bitte nur eines von beiden angeben',
    emptyPath: (o) => `${o}: leerer Pfad`,
    emptyId: (o) => `${o}: leere Kennung`,
    example: (t) => `Beispiel: ${t}`,
    fromAfterTo: (from, to) => `--from ${from} liegt nach --to ${to}`,
    unknownEventType: (t) => `unbekannte Ereignisart „${t}“`,
    validTypes: (list) => `erlaubt sind: ${list}`,
    noDocument: (id) => `das Faktenpaket enthält kein Dokument „${id}“`,
    documents: (list) => `Dokumente: ${list}`,
    emptyName: 'leere Kennung oder leerer Name',
    ambiguous: (n) => `„${n}“ ist mehrdeutig`,
    mayMean: (list) => `gemeint sein kann: ${list}`,
    noSuchThing: (n) => `das Faktenpaket enthält nichts namens „${n}“`,
    notAnEvent: (id) => `„${id}“ ist kein Ereignis`,
    pickEvent: 'Ereignisse listet: pakt timeline',
    emptySearch: 'leerer Suchtext',
    searchTooLong: (n, max) => `Suchtext zu lang (${n} Zeichen, höchstens ${max})`,
    nameTooLong: (n, max) => `Kennung oder Name zu lang (${n} Zeichen, höchstens ${max})`,
    unknownSearchType: (t) => `unbekannter --type „${t}“`,
    noHit: (q) => `nichts im Faktenpaket oder in seiner Quelle passt zu „${q}“`,
    noEventsOn: (day) => `kein Ereignis des Faktenpakets fällt auf den ${day}`,
    noSigners: (doc) => (doc ? `das Faktenpaket nennt niemanden, der „${doc}“ unterzeichnet hat` : 'das Faktenpaket nennt niemanden, der unterzeichnet hat'),
    noEventsInRange: 'kein Ereignis des Faktenpakets fällt in diesen Zeitraum',
    noTerritories: 'das Faktenpaket setzt keinen Staat zu einem Gebiet in Beziehung',
    notMonthDay: (v) => `„${v}“ ist kein Tag des Jahres: erlaubt ist MM-DD`,
    noSuchMonth: (v, mm) => `„${v}“ ist kein Tag des Jahres: den Monat ${mm} gibt es nicht`,
    noSuchDay: (v, dd, mm) => `„${v}“ ist kein Tag des Jahres: den Tag ${dd} gibt es im Monat ${mm} nicht`,
    emptyZoneIn: (v) => `--zones: leere Zone in „${v}“`,
    cannotWrite: (code) => `die Ausgabe lässt sich nicht schreiben: ${code}`,
    internal: (msg) => `interner Fehler: ${msg}`,
    debugHint: 'mit PAKT_DEBUG=1 zeigt pakt, wo er auftrat',
    cannotRead: (what, why) =>
      `${what === 'pack' ? 'das Faktenpaket' : 'der Quelltext'} lässt sich nicht lesen: ${{ missing: 'die Datei gibt es nicht', directory: 'es ist ein Verzeichnis', special: 'keine gewöhnliche Datei (eine Pipe oder ein Gerät?)', denied: 'keine Berechtigung', other: 'Lesefehler' }[why]}`,
    notJson: (line, column, what) => `kein gültiges JSON in Zeile ${line}, Spalte ${column}: ${what}`,
    notUtf8: (what, looksLike, line) =>
      `${what === 'pack' ? 'das Faktenpaket' : 'der Quelltext'} ist kein UTF-8${looksLike ? ` (es sieht nach ${looksLike} aus)` : ''}: die Dekodierung scheitert in Zeile ${line}; pakt liest UTF-8 (eine Byte-Order-Mark ist erlaubt)`,
    sourceOutside: (real, folder) =>
      `der Quelltext führt zu ${real}, außerhalb des Ordners des Pakets ${folder}: eine Quelle muss im Ordner ihres Pakets bleiben, auch über symbolische Verknüpfungen`,
    moreProblems: (n) => ` (und ${n} weitere${n === 1 ? 's Problem' : ' Probleme'})`,
    validateHint: (f) => `alle Probleme listet: pakt validate ${f}`,
    chartFormat: (f) => `--chart und --format ${f} schließen einander aus: das Diagramm ist für ein Terminal`,
    svgOnlyTimeline: '--format svg gibt es nur für pakt timeline',
    notASourcePart: (v) => `„${v}“ ist weder eine Absatznummer noch eine Satzkennung (p7s4)`,
    noSourcePart: (v, n) => `die Quelle hat kein „${v}“ (sie hat ${n} Absätze)`,
    emptyQuestion: 'leere Frage',
    questionTooLong: (n, max) => `Frage zu lang (${n} Zeichen, höchstens ${max})`,
    baseNotAbsolute: (v) => `--base: „${v}“ ist keine absolute IRI (ein Schema wie https: oder urn:, danach keine Leerzeichen, Anführungszeichen oder spitzen Klammern)`,
    baseFragment: (v) => `--base: „${v}“ enthält ein Fragment („#“): die Fragmente fügt pakt selbst an`,
    baseEnd: (v) => `--base: „${v}“ muss auf „/“ oder „:“ enden, damit die Kennungen angehängt werden können`,
    exportFormat: (f) => `--format ${f} gilt nicht für pakt export: die RDF-Syntax ist sein Argument`,
    exportSyntaxHint: (list) => `erlaubt sind: ${list} (z. B. pakt export turtle)`,
  },
  pack: {
    duplicateId: (id, first) => `die Kennung „${id}“ kommt doppelt vor (zuerst bei ${first})`,
    duplicateStatement: (id) => `die Aussagekennung „${id}“ kommt doppelt vor`,
    unknownId: (id) => `unbekannte Kennung „${id}“`,
    qualifierNotRead: (key, kind) => `der Qualifikator „${key}“ muss ${kind === 'keyword' ? 'ein Schlüsselwort' : 'eine Kennung'} sein, kein Text: pakt könnte ihn nicht lesen`,
    notAnEvent: (id) => `„${id}“ ist kein Ereignis`,
    notAnEntity: (id) => `„${id}“ ist ein Ereignis, kein Eintrag`,
    noParagraph: (n, count) => `die Quelle hat keinen Absatz ${n} (sie hat ${count})`,
    quoteElsewhere: (found, given) => `das Zitat steht in Absatz ${found}, nicht in ${given}`,
    quoteNotFound: 'das Zitat steht nicht wörtlich im Quelltext',
    quoteNotInParagraph: (given) => `das Zitat steht nicht wörtlich in Absatz ${given} (andere Absätze nicht durchsucht: zu viele Zitate fehlen)`,
    notADocument: (id, type) => `„${id}“ ist kein Dokument (sondern: ${type})`,
    duplicateState: (id) => `der Zustand „${id}“ kommt doppelt vor`,
    unknownPlaceholder: (name) => `unbekannter Platzhalter „{${name}}“ (erlaubt: {since}, {sinceEvent}, {until}, {untilEvent})`,
    placeholderWithoutValue: (name, phase) =>
      phase === 'first'
        ? `„{${name}}“ hat im Anfangszustand keinen Wert: vor ihm war nichts`
        : `„{${name}}“ hat im Zustand nach dem letzten Übergang keinen Wert: nach ihm kommt nichts`,
    twoTransitions: (id) => `„${id}“ beginnt zwei Übergänge`,
    termSameEvent: 'die Laufzeit muss mit einem anderen Ereignis enden, als sie beginnt',
    unknownState: (id) => `unbekannter Zustand „${id}“`,
    termReversed: (until, from) => `die Laufzeit endet („${until}“), bevor sie beginnt („${from}“)`,
    transitionOrder: (cur, curEdtf, prev, prevEdtf) =>
      `„${cur}“ (${curEdtf}) beginnt vor dem vorigen Übergang „${prev}“ (${prevEdtf}); Übergänge in zeitlicher Reihenfolge angeben`,
    derivedDisagrees: (edtf, id, stated) => `berechnet ${edtf}, das liegt nicht in ${id} (${stated}), wie die Quelle es angibt`,
    derivedCycle: (id) => `„${id}“ lässt sich nicht berechnen: seine Regel hängt von sich selbst ab`,
    reasoningMissing: (basis) =>
      `ein Wert mit der Grundlage „${basis}“ braucht „reasoning“: ${basis === 'inferred' ? 'den Schluss aus dem, was die Quelle sagt' : 'warum das Paket ihn gewählt hat'}, auf Deutsch und Englisch`,
    zoneBasisMissing: 'das Datum hat eine Zone, aber keine „zoneBasis“: anzugeben ist, woher das Paket die Zone kennt (stated, derived, inferred oder assumed)',
    zoneBasisWithoutZone: '„zoneBasis“ ist für ein Datum ohne Zone angegeben',
    derivedWithoutRule: 'die Grundlage „derived“ braucht eine Regel: das Ereignis gehört mit seiner Regel unter „derived“',
    computedStated: 'ein berechnetes Datum ist nie „stated“: erlaubt sind derived, inferred oder assumed',
    derivedTooCertain: (basis, input, inputBasis, most) =>
      `„${basis}“ behauptet mehr als das Datum, aus dem es berechnet wird: „${input}“ ist ${inputBasis}, dieses Datum kann also höchstens ${most} sein`,
    unknownProperty: (name) => `unbekannte Eigenschaft „${name}“`,
    unusedKeyword: (key) => `„${key}“ ist kein Schlüsselwort dieses Pakets: keine Aussage und kein Ereignis verwendet es`,
    missingProperty: (name) => `die Eigenschaft „${name}“ fehlt`,
    oneOf: (values) => `muss eines davon sein: ${values}`,
    described: (d) =>
      ({
        'text must not be empty or hold control characters': 'Text darf nicht leer sein und keine Steuerzeichen enthalten',
        'a quote cites at least one word': 'ein Zitat enthält mindestens ein Wort',
        "the source must be a relative path inside the pack's folder (no leading '/', no '..')":
          "die Quelle muss ein relativer Pfad im Ordner des Pakets sein (ohne führendes '/', ohne '..')",
        'an id must be lowercase kebab-case (soviet-invasion-of-manchuria)':
          'eine Kennung besteht aus Kleinbuchstaben mit Bindestrichen (soviet-invasion-of-manchuria)',
        'must be a lowercase kebab-case word (holds-office)': 'muss ein Wort aus Kleinbuchstaben mit Bindestrichen sein (holds-office)',
        'a qualifier name must be camelCase (onBehalfOf)': 'ein Angabenname ist in camelCase geschrieben (onBehalfOf)',
        'a keyword (kebab-case or camelCase)': 'ein Schlüsselwort (kebab-case oder camelCase)',
      })[d] ?? d,
  },
  chart: { uncertain: 'Wechsel zu einer Zeit, die die Quelle nicht festlegt', noEvents: 'In diesem Zeitraum liegen keine Ereignisse.', derived: 'abgeleitet', more: (n) => `… ${n} ${n === 1 ? 'weiteres Ereignis' : 'weitere Ereignisse'} (pakt timeline listet alle)` },
  man: {
    description:
      'pakt beantwortet Fragen zu einem Vertrag aus einem kuratierten Faktenpaket, das aus einem Quelltext gewonnen ist: seinen Zustand an jedem Datum, wer ihn unterzeichnet hat, welche Gebiete er berührte, was wann geschah. Jede Antwort trägt die Sätze der Quelle, auf denen sie beruht, und sagt, woher das Paket jeden Wert kennt: ausgesagt, abgeleitet, erschlossen oder angenommen. Daten sind die Mengen der Zeitpunkte, die sie meinen können, geordnet nach ihren UTC-Grenzen; Daten auf der Kommandozeile sind ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:mm, ein Leerzeichen statt des T erlaubt), gelesen in --zone (Vorgabe UTC). Im Terminal sind Antworten Tabellen in seiner Breite, in einer Pipe TSV; --json, --format ndjson, csv und tsv sind für Skripte.',
    exitStatus: [
      ['0', 'beantwortet (auch --help und --version)'],
      ['1', 'keine Antwort: unbekannte Kennung oder unbekannter Name, kein Ergebnis (kein Suchtreffer, kein Ereignis an dem Tag oder im Zeitraum, niemand hat unterzeichnet), ein unlesbares oder ungültiges Faktenpaket, oder validate fand Probleme'],
      ['2', 'Bedienfehler: unbekannter Befehl oder unbekannte Option, fehlendes oder fehlerhaftes Argument, unmögliches Datum, unbekannte Zeitzone'],
    ],
    seeAlso: 'Das README von pakt, zum Format der Faktenpakete und zu jedem Befehl mit Beispielen.',
  },
  help: {
    program:
      'Beantwortet Fragen zum sowjetisch-japanischen Neutralitätspakt vom 13. April 1941 aus Fakten, die einem deutschen Quelltext entnommen sind; jede Antwort nennt die Sätze, auf denen sie beruht.',
    examples: 'Beispiele:',
    environment: {
      title: 'Umgebung:',
      variables: [
        ['NO_COLOR, FORCE_COLOR', 'Farbe bei --color auto'],
        ['LC_ALL, LC_MESSAGES, LANG', 'Sprache von Tabellen und Meldungen ohne --lang'],
        ['PAKT_CACHE_DIR', 'wo bestandene --facts-Pakete vermerkt werden'],
        ['', '(Vorgabe: ~/.cache/pakt)'],
        ['PAKT_NO_CACHE=1', '--facts-Pakete stets prüfen, nichts vermerken'],
        ['PAKT_DEBUG=1', 'zeigen, wo ein interner Fehler auftrat'],
      ],
    },
    allowed: 'eines von',
    usageWords: { options: '[Optionen]', command: '[Befehl]' },
    titles: {
      'Usage:': 'Aufruf:',
      'Options:': 'Optionen:',
      'Global Options:': 'Globale Optionen:',
      'Commands:': 'Befehle:',
      'Arguments:': 'Argumente:',
    },
    commands: {
      status: 'der Zustand des Pakts während eines Tages, Monats, Jahres oder einer Minute (sonst: jetzt)',
      signatories: 'wer unterzeichnete, für welchen Staat, in welchem Amt, welche Dokumente',
      territories: 'garantierte, überfallene oder gewonnene Gebiete, durch wen, auf welcher Grundlage',
      timeline: 'Ereignisse in zeitlicher Reihenfolge (nach den UTC-Zeitpunkten, die ihre Daten meinen können)',
      show: 'ein Eintrag oder Ereignis mit allen Aussagen darüber und ihren Belegen',
      when: 'das Datum eines Ereignisses in mehreren Zonen, mit dem dort damals gültigen UTC-Versatz',
      search: 'gewichtete Treffer in Namen, anderen Namen, Aussagen und Sätzen der Quelle (Groß/klein, Akzente, ß/ss, ä/ae gleich)',
      on: 'Ereignisse an einem Kalendertag, in jedem Jahr („an diesem Tag“)',
      validate: 'ein Faktenpaket prüfen: Schema, Kennungen, wörtliche Zitate, abgeleitete Daten; Abdeckung der Quelle',
      ask: 'eine Frage auf Deutsch oder Englisch, beantwortet aus dem Paket mit Beleg und dem Befehl, der sie beantwortet – oder abgelehnt',
      source: 'der Quelltext, ein Absatz oder ein Satz, mit den Kennungen der Fakten, die ihn belegen',
      export: 'das ganze Faktenpaket als Linked Data (RDF): Turtle, N-Triples oder JSON-LD, jede Aussage mit ihren Zitaten',
      completion: 'ein Skript zur Vervollständigung in der Shell ausgeben (bash, zsh oder fish)',
      help: 'Hilfe zu einem Befehl',
    },
    options: {
      version: 'Version ausgeben',
      help: 'Hilfe anzeigen',
      json: 'wie --format json',
      format: 'Ausgabeformat (sonst: table im Terminal, tsv in einer Pipe)',
      lang: 'Sprache der Bezeichnungen und Sätze (sonst für Tabellen und Meldungen die der Umgebung, LC_ALL/LC_MESSAGES/LANG; für JSON, NDJSON, CSV, TSV Englisch)',
      zone: 'Zone zum Lesen und Zeigen von Daten: IANA-Name, UTC oder UTC+10:00 (sonst UTC)',
      color: 'Tabellen färben',
      noColor: 'wie --color never',
      facts: 'dieses Faktenpaket statt des mitgelieferten verwenden',
      date: 'YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:mm[:ss][Z|±hh:mm], gelesen in --zone',
      document: 'nur Unterzeichner dieses Dokuments (z. B. mongolia-manchukuo-declaration)',
      from: 'nur Ereignisse, die am oder nach dem Beginn dieses Datums liegen können',
      to: 'nur Ereignisse, die vor dem Ende dieses Datums liegen können',
      type: 'nur Ereignisse dieser Art (signing, denunciation, invasion, …)',
      chart: 'die Zeitleiste als Diagramm im Terminal zeichnen (--format svg schreibt sie als SVG)',
      zones: 'Zonen, durch Kommas getrennt (sonst: die Zone der Quelle, UTC und die Zonen, auf die sich die Quelle bezieht)',
      searchType: 'nur Treffer dieser Art',
      base: 'Basis-IRI der IRIs des Pakets, endet auf / oder : (sonst: urn:pakt:<Paketkennung>:)',
    },
    arguments: {
      idOrName: 'eine Kennung (molotov) oder ein Name auf Deutsch oder Englisch (Molotow)',
      event: 'Kennung oder Name eines Ereignisses (soviet-invasion-of-manchuria)',
      text: 'wonach gesucht wird (Molotow, Aussenminister, "13. April")',
      monthDay: 'Monat und Tag, z. B. 08-09',
      pack: 'Faktenpaket (sonst --facts, sonst das mitgelieferte)',
      shell: 'bash, zsh oder fish',
      question: 'die Frage, in Anführungszeichen oder als mehrere Wörter („Wer hat den Pakt unterzeichnet?“)',
      part: 'eine Absatznummer (7) oder eine Satzkennung (p7s4); ohne: der ganze Text',
      syntax: 'turtle, ntriples oder jsonld',
    },
  },
  validateOk: 'Das Faktenpaket ist gültig.',
  validateProblems: (n) => `Das Faktenpaket hat ${plural(n, 'Problem', 'Probleme')}.`,
  coverage: (cited, excused, sentences) =>
    `Abdeckung der Quelle: ${cited} von ${sentences} Sätzen belegt, ${excused} bewusst nicht modelliert.`,
  uncitedHeading: 'Sätze, die weder belegt noch ausgenommen sind:',
  ambiguityNote: (input, zone, chosen, other) =>
    `pakt: Hinweis: ${input} kommt in ${zone} zweimal vor (UTC${chosen} und UTC${other}); verwendet wird der frühere, UTC${chosen}`,
  zoneReading: (basis) =>
    ({
      stated: 'die Zone, in der die Quelle dieses Datum angibt',
      derived: 'die Zone des Datums, aus dem dieses berechnet ist',
      inferred: 'Zone vom Faktenpaket erschlossen (≈)',
      assumed: 'Zone vom Faktenpaket angenommen; die Quelle nennt keine (?)',
    })[basis],
  relatedReading: 'die Lesart des Faktenpakets für eine Ortszeit, die die Quelle nennt (≈)',
  tzAgrees: (offset) => `die tz-Datenbank stimmt überein: UTC${offset}`,
  tzDisagrees: (tz, reading) => `die tz-Datenbank gibt UTC${tz}, nicht UTC${reading} wie die Lesart des Faktenpakets`,
  floating: 'ohne Zone: Das Datum hängt nach der Quelle von der Zeitzone ab',
  otherDay: (later, here, there, zone) => `hier ${later ? 'schon' : 'noch'} ${here} (${zone}: ${there})`,
};

/** The message table for a language. */
export const messages: Readonly<Record<Lang, Messages>> = { de, en };
