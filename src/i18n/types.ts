/**
 * The shapes of the message tables: every word pakt itself says, as one
 * typed table per language ({@link Messages}).
 */

/** Languages pakt speaks. */
export type Lang = 'de' | 'en';

/** Error messages: every line `pakt: error: …` can say. */
export interface ErrorMessages {
  readonly notADate: (option: string, value: string) => string;
  /** An interval `A/B` of the command line whose end comes before its start. */
  readonly endsBeforeStart: (option: string, value: string) => string;
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
  /** A command line of more arguments than any command takes. */
  readonly tooManyArguments: (count: number, max: number) => string;
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
  /** The ids a name may mean: the first few, then how many more. */
  readonly mayMean: (ids: readonly string[]) => string;
  readonly noSuchThing: (name: string) => string;
  readonly notAnEvent: (id: string) => string;
  readonly pickEvent: string;
  readonly emptySearch: string;
  readonly searchTooLong: (length: number, max: number) => string;
  /** An id or name longer than any a pack holds. */
  readonly nameTooLong: (length: number, max: number) => string;
  readonly unknownSearchType: (type: string) => string;
  readonly noHit: (query: string) => string;
  /** Hint to {@link noHit} where the query has no word search looks for (a single letter). */
  readonly searchWords: string;
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
  /** `when` would read a set of `dates` dates in `zones` zones: more readings than one answer makes (`max`). */
  readonly tooManyReadings: (dates: number, zones: number, max: number) => string;
  /** How to ask `when` for fewer readings of `event` (`oneZone`: whether one zone would be few enough). */
  readonly fewerReadings: (event: string, oneZone: boolean) => string;
  readonly cannotWrite: (code: string) => string;
  readonly internal: (message: string) => string;
  /** The answer is longer than one JavaScript string can hold. */
  readonly answerTooLong: string;
  readonly answerTooLongHint: string;
  readonly debugHint: string;
  /** A pack or source that cannot be read, and why; for `other`, the system's error code (`EIO`), if it gave one. */
  /** A pack or source of `bytes` bytes, more than pakt holds as text (`limit`). */
  readonly tooLarge: (what: 'pack' | 'source', bytes: number, limit: number) => string;
  /** A pack, or its source split into paragraphs or sentences, needs about `need` MiB of heap, and Node has `room` MiB left; `heap` MiB would hold it. */
  readonly noRoom: (what: 'pack' | 'source' | 'paragraphs' | 'sentences' | 'graph' | 'words', need: number, room: number, heap: number) => string;
  readonly cannotRead: (what: 'pack' | 'source', why: 'missing' | 'directory' | 'special' | 'denied' | 'loop' | 'changed' | 'cwd' | 'other', code?: string) => string;
  readonly notJson: (line: number, column: number, what: string) => string;
  /** What is wrong with JSON that nests deeper than pakt reads (`limit` levels). */
  readonly nestedTooDeep: (limit: number) => string;
  /** A pack or source whose bytes are not UTF-8: the encoding they look like, if known, and the line where decoding fails. */
  readonly notUtf8: (what: 'pack' | 'source', looksLike: string | undefined, line: number) => string;
  /** A pack or source that holds NUL bytes, in no encoding that explains them: binary data, not text; `line` is that of the first NUL byte. */
  readonly binary: (what: 'pack' | 'source', line: number) => string;
  /** A source that resolves (through symbolic links or `..`) outside its pack's folder. */
  readonly sourceOutside: (real: string, folder: string) => string;
  /** `atLeast`: the list of problems was cut (see PROBLEMS_MAX), so there may be more. */
  readonly moreProblems: (n: number, atLeast: boolean) => string;
  readonly validateHint: (file: string) => string;
  readonly chartFormat: (format: string) => string;
  readonly svgOnlyTimeline: string;
  readonly notASourcePart: (value: string) => string;
  readonly noSourcePart: (value: string, paragraphs: number) => string;
  /** A sentence id (`p1s9`) of a paragraph the source has, past its last sentence. */
  readonly noSourceSentence: (value: string, paragraph: number, sentences: number) => string;
  readonly emptyQuestion: string;
  readonly questionTooLong: (length: number, max: number) => string;
  /** `export --base`: not an absolute IRI. */
  readonly baseNotAbsolute: (value: string) => string;
  /** `--base` longer than `max` characters. */
  readonly baseTooLong: (value: string, max: number) => string;
  /** `export --base`: an http: or https: IRI without a host (`https:///`). */
  readonly baseNoHost: (value: string) => string;
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
  /** A transition to the state the machine is in before it: `after` is the event of the transition before it, or `null` for the initial state. */
  readonly transitionNoChange: (state: string, after: string | null) => string;
  readonly termReversed: (until: string, from: string) => string;
  readonly transitionOrder: (cur: string, curEdtf: string, prev: string, prevEdtf: string) => string;
  readonly derivedDisagrees: (edtf: string, id: string, stated: string) => string;
  readonly derivedCycle: (id: string) => string;
  /** The derived dates would compute more than `max` calendar values (see DERIVED_VALUES_MAX). */
  readonly derivedTooMany: (id: string, max: number) => string;
  /** A derived date whose rule waits, directly or through others, for `base`, which cannot be computed. */
  readonly derivedBlocked: (id: string, base: string) => string;
  /** A derived event whose `agreesWith` names itself: a check that cannot fail. */
  readonly agreesWithItself: (id: string) => string;
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
  /** A key written twice in one JSON object (`JSON.parse` keeps only the last). */
  readonly duplicateKey: (key: string) => string;
  /** A quote of a paragraph given twice in one list of evidence, or excused twice. */
  readonly duplicateQuote: (first: string) => string;
  /** A source path that names a folder by its text (`.`, `..`, a trailing `/`, or empty: the pack's own folder), not a file. */
  readonly sourceIsFolder: (path: string) => string;
  /** Trigger words for a keyword no statement or event of the pack uses. */
  readonly unusedKeyword: (key: string) => string;
  readonly missingProperty: (name: string) => string;
  readonly oneOf: (values: string) => string;
  /** A schema description of a pattern, in this language. */
  readonly described: (description: string) => string;
  /** The JSON Schema check ran out of stack on a text of the pack (a pattern against millions of characters). */
  readonly tooLongToCheck: string;
  /** The check stopped listing after `max` problems (see PROBLEMS_MAX). */
  readonly stopped: (max: number) => string;
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

/** The headers a table can show: every table column of every view, and the two columns of a record (`field`, `value`). */
export type HeadKey =
  | 'field' | 'value'
  | 'query' | 'state' | 'statesDuring' | 'certain' | 'inForce' | 'since' | 'until' | 'transitions' | 'summary' | 'evidence'
  | 'id' | 'name' | 'party' | 'office' | 'documents' | 'date' | 'place'
  | 'territory' | 'relation' | 'by' | 'source'
  | 'event' | 'label' | 'type' | 'aliases' | 'description' | 'reasoning' | 'note'
  | 'subject' | 'predicate' | 'object' | 'qualifiers'
  | 'pointer' | 'message'
  | 'zone' | 'offset' | 'local' | 'display'
  | 'kind' | 'snippet' | 'score' | 'yearsAgo'
  | 'question' | 'answer' | 'command' | 'reason' | 'suggestions'
  | 'text' | 'citedBy';

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
  /** A change of state: the event, its date, the state it led to and how the pack knows that state. */
  readonly change: (event: string, date: string, state: string, stateNote: string) => string;
  readonly eventWhen: (label: string, date: string) => string;
  readonly eventTime: (label: string, date: string) => string;
  readonly eventWhat: (label: string, date: string, facts: readonly string[]) => string;
  /** What the pack's statements say, each with its qualifiers, modality and basis note; for a yes-no question, introduced as what the pack records (never a bare yes). */
  readonly statements: (facts: readonly string[], yesNo: boolean) => string;
  readonly signer: (name: string, office: string, party: string) => string;
  readonly signers: (document: string, people: readonly string[]) => string;
  readonly signedAt: (document: string, places: readonly string[], date: string) => string;
  readonly noPlace: (document: string, date: string) => string;
  readonly territoryGroup: (by: string, relation: string, territories: readonly string[], date: string) => string;
  /** `yesNo`: the question has no question word, and the rows are the pack's record of it (as {@link statements}). */
  readonly territories: (groups: readonly string[], yesNo: boolean) => string;
  readonly happened: (period: string, inside: readonly string[], maybe: readonly string[]) => string;
  readonly notThen: (period: string, dated: readonly string[]) => string;
  readonly atPlace: (place: string, events: readonly string[]) => string;
  readonly entity: (label: string, description: string, facts: readonly string[]) => string;
  readonly office: (person: string, offices: readonly string[]) => string;
  readonly holders: (office: string, people: readonly string[]) => string;
  readonly first: (earlier: string, later: string) => string;
  readonly undecided: (a: string, b: string) => string;
  /** After a value that is not stated; `value` false when only its zone is not stated. */
  readonly basisNote: (basis: 'derived' | 'inferred' | 'assumed', value: boolean) => string;
  readonly unknownWords: (words: readonly string[]) => string;
  /** Words pakt knows but cannot read in this question (a negation, a second date, `before`, an event other than the one answered). */
  readonly unreadWords: (words: readonly string[]) => string;
  readonly notTied: (names: readonly string[]) => string;
  readonly noEvent: string;
  /** The things a question fits, as labels: the first few, then how many more. */
  readonly ambiguous: (labels: readonly string[]) => string;
  readonly notUnderstood: string;
  /** The answer's command gives more than a sentence can say: `command` shows it. */
  readonly tooLong: (command: string) => string;
  /** The question's date cannot be read: why, as the time reader says it. */
  readonly badDate: (why: string) => string;
  /** A question about a part of a period (`word`, as typed) whose answer differs within the period (as the answer names it). */
  readonly partOfPeriod: (word: string, period: string) => string;
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
  /** The moment `status` asks about without `--date`. */
  readonly now: string;
  /** A derived date's rule: `duration` after the date `from`, or before it (`before`: a rule whose counts are none of them positive, given as their sizes). */
  readonly derivedFrom: (duration: string, from: string, before: boolean) => string;
  readonly duration: (parts: { years?: number; months?: number; days?: number }) => string;
  /** Table headers, by the header key a view's column names (`render/views.ts`); `field` and `value` head a record's table. */
  readonly head: Readonly<Record<HeadKey, string>>;
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
  /** How long ago a year was, in words; a year after this one (`n` below 0) as how far ahead it is. */
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
  /** `atLeast`: a check stopped listing, so there may be more. */
  readonly validateProblems: (n: number, atLeast: boolean) => string;
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
