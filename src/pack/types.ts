/**
 * The fact-pack format: the JSON a pack file holds, as TypeScript types.
 *
 * A pack is generic data about one treaty, extracted from one source text.
 * Nothing in `src/` knows about a particular treaty; everything specific (the
 * entities, the events and their dates, the state machine for `status`, the
 * legal term) lives in the pack. The JSON Schema in
 * `facts/schema/pack.schema.json` is the machine-checked form of these types,
 * and bounds the length of each text (characters): an id or keyword 200, a
 * label, alias, trigger word or zone 500, prose 4,000, a quote 2,000, an
 * EDTF date 1,000. Rows repeat labels and dates: the bounds keep an answer's
 * size in proportion to the pack's.
 */

/** Text in both languages pakt speaks. */
export interface LocalizedText {
  readonly de: string;
  readonly en: string;
}

/** Alternative names in each language; matched by `show` and `search`. */
export interface LocalizedAliases {
  readonly de?: readonly string[];
  readonly en?: readonly string[];
}

/**
 * One verbatim quotation from the pack's source text.
 *
 * `quote` must occur byte for byte in paragraph `paragraph` of the source
 * (paragraphs are numbered from 1 and separated by blank lines).
 */
export interface Evidence {
  readonly quote: string;
  readonly paragraph: number;
}

/**
 * How the pack knows a value (CONTRACT.md "Dates in output", DESIGN.md "How
 * the pack knows a value"):
 * - `stated`: the source gives it in so many words;
 * - `derived`: computed by a rule of the pack from stated or derived values;
 * - `inferred`: follows from what the source says by a step the pack writes
 *   down in `reasoning`;
 * - `assumed`: the source is silent; the pack chose, and says why in
 *   `reasoning`.
 *
 * The words are listed from the most to the least certain: a value is never
 * more certain than the values it rests on.
 */
export type Basis = 'stated' | 'derived' | 'inferred' | 'assumed';

/**
 * A date as the source states it.
 *
 * - `edtf`: the value in EDTF (ISO 8601-2) notation: `1941`, `1945-02`,
 *   `1945-04-05`, `1945-08-08T23:00:00+03:00`, a one-of set
 *   `[1945-05-08,1945-05-09]` or a one-of range `[1941-04-13..1941-12-31]`
 *   (either end may be open: `[1941-04-13..]`).
 * - `zone`: the zone the source states the value in: an IANA name
 *   (`Europe/Moscow`), `UTC`, or a fixed offset `UTC+10:00` where the source
 *   implies one. Absent when the source gives no zone (or says the calendar
 *   date depends on the zone): the value is then *floating* and its bounds
 *   cover every zone on Earth (UTC+14 to UTC−12).
 * - `precision`: only to coarsen a date-time the source gives less exactly
 *   than EDTF can write: `hour` for "shortly after midnight" written
 *   `…T00:00:00…`, `minute` for "23.00 Uhr". Otherwise derived from `edtf`.
 * - `relatedZones`: tz-database zones the source relates the value to
 *   ("mandschurischer Zeit": Asia/Harbin, Asia/Chita); `when` shows the value
 *   there too and notes where the tz database disagrees with `zone`.
 * - `note`: why the value reads as it does (in both languages).
 * - `basis`: how the pack knows the value; `zoneBasis`: how it knows the
 *   zone (present exactly when `zone` is). A stated event's date is never
 *   `derived` (only a rule derives).
 * - `reasoning`: the step or the choice, required when `basis` or
 *   `zoneBasis` is `inferred` or `assumed`.
 */
export interface PackDate {
  readonly edtf: string;
  readonly zone?: string;
  readonly precision?: 'hour' | 'minute';
  readonly relatedZones?: readonly string[];
  readonly note?: LocalizedText;
  readonly basis: Basis;
  readonly zoneBasis?: Basis;
  readonly reasoning?: LocalizedText;
}

/** Kinds of entity a pack may hold. */
export type EntityType =
  | 'state'
  | 'person'
  | 'territory'
  | 'document'
  | 'place'
  | 'office'
  | 'organization';

/** A thing the source talks about: a state, a person, a territory, … */
export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly label: LocalizedText;
  readonly aliases?: LocalizedAliases;
  readonly description?: LocalizedText;
  /** Where the source names the entity (optional: statements carry the facts). */
  readonly evidence?: readonly Evidence[];
}

/** Something that happened, with the date the source gives for it. */
export interface PackEvent {
  readonly id: string;
  /** A free kebab-case kind (`signing`, `denunciation`, `invasion`, …), used by `timeline --type`. */
  readonly type: string;
  readonly label: LocalizedText;
  readonly aliases?: LocalizedAliases;
  readonly description?: LocalizedText;
  readonly date: PackDate;
  readonly evidence: readonly Evidence[];
}

/**
 * An event whose date is computed, not stated: `from`'s date plus a duration
 * (calendar arithmetic in the value's own zone, luxon `plus`). The zone and
 * its basis are those of `from`'s date.
 *
 * `basis` is never `stated` and never more certain than `from`'s date:
 * `derived` only when that date is `stated` or `derived`; over an
 * `inferred` input at most `inferred`, over an `assumed` one `assumed`. A
 * rule whose duration is known but whose starting point is a choice (a
 * five-year term counted from the signing, where the source gives no start)
 * is `assumed`, with the reason in `reasoning`.
 */
export interface DerivedEvent {
  readonly id: string;
  readonly type: string;
  readonly label: LocalizedText;
  readonly aliases?: LocalizedAliases;
  readonly description?: LocalizedText;
  readonly rule: {
    readonly from: string;
    readonly add: {
      readonly years?: number;
      readonly months?: number;
      readonly days?: number;
    };
  };
  /**
   * A stated event the computed date must fall within (`validate` checks it;
   * never the derived event itself, within which it always falls): the
   * five-year term computed from the signing must end in the "April 1946"
   * the source states.
   */
  readonly agreesWith?: string;
  readonly basis: Basis;
  /** Required when `basis`, or the zone basis taken over from `from`, is `inferred` or `assumed`. */
  readonly reasoning?: LocalizedText;
  readonly evidence: readonly Evidence[];
}

/**
 * How firmly the source asserts a statement: absent for a plain claim of
 * fact; `conditional` for what would happen ("würde"), `possible` for what
 * possibly happened ("möglicherweise"), `counterfactual` for what would have
 * happened had something else happened ("wenn … gefallen wäre").
 */
export type Modality = 'conditional' | 'possible' | 'counterfactual';

/**
 * A qualifier value: an id of an entity or event, or text in both languages.
 * The one exception is `relation`, whose string is a kebab-case keyword.
 */
export type QualifierValue = string | LocalizedText;

/**
 * A claim of the source: `subject` – `predicate` – `object`, with qualifiers.
 *
 * `subject` and `object` are ids. Qualifiers used by the queries:
 * - `onBehalfOf` (state id) and `office` (office id) for `signed`;
 * - `event` (event id) for the event the claim belongs to;
 * - `place` (entity id) where the source names one;
 * - `relation` for territory claims (`integrity-respected`, `gained`, …).
 * Other qualifiers are allowed and shown by `show`.
 *
 * Predicates pakt reads: `signed` (a person signs a document) and
 * `signatory-of` (a party, where the source names no person) for
 * `signatories`.
 */
export interface Statement {
  readonly id: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
  readonly qualifiers?: Readonly<Record<string, QualifierValue>>;
  readonly note?: LocalizedText;
  readonly basis: Basis;
  readonly reasoning?: LocalizedText;
  readonly modality?: Modality;
  readonly evidence: readonly Evidence[];
}

/** One state of the treaty's `status` state machine. */
export interface StatusState {
  readonly id: string;
  readonly label: LocalizedText;
  /**
   * One sentence in each language. Placeholders: `{since}` (date of the event
   * that started the state), `{sinceEvent}` (its label), `{until}`,
   * `{untilEvent}` (the next transition, if any).
   */
  readonly summary: LocalizedText;
  /** How the pack knows the treaty was in this state (a judgement such as "broken" is `inferred`). */
  readonly basis: Basis;
  readonly reasoning?: LocalizedText;
}

/**
 * The state machine `status` runs on: the treaty starts in `initial`; each
 * transition's event moves it to `to`, another state than the one it is in
 * (`validate` checks it). Transitions are listed in the order they take
 * effect. `term` is the treaty's legal term: in force from the
 * end of `from`'s date to the start of `until`'s, undecided inside either
 * date's span. Where the source never dates the entry into force, `from` is
 * an event the pack infers (and says so in its date's `basis`).
 */
export interface StatusMachine {
  readonly treaty: string;
  readonly initial: string;
  readonly states: readonly StatusState[];
  readonly transitions: readonly { readonly event: string; readonly to: string }[];
  readonly term: {
    readonly from: string;
    readonly until: string;
    readonly basis: Basis;
    readonly reasoning?: LocalizedText;
    readonly evidence: readonly Evidence[];
  };
}

/** A sentence of the source deliberately not modelled, and why. */
export interface Excused {
  readonly quote: string;
  readonly paragraph: number;
  readonly reason: string;
}

/**
 * Words of the pack's own vocabulary in both languages: statement
 * predicates, `relation` keywords, qualifier names and event types. Tables
 * show these labels; JSON keeps the keywords. A keyword without an entry is
 * shown as it is.
 */
export interface Vocabulary {
  readonly predicates?: Readonly<Record<string, LocalizedText>>;
  readonly relations?: Readonly<Record<string, LocalizedText>>;
  readonly qualifiers?: Readonly<Record<string, LocalizedText>>;
  readonly eventTypes?: Readonly<Record<string, LocalizedText>>;
  /**
   * Words that name a predicate, a relation or an event type in questions
   * (`pakt ask`) and searches, in each language, every inflected form
   * listed (`kündigen`, `kündigte`, `gekündigt`, `Kündigung`). A separable
   * German verb is listed by its parts that stand alone (`prangerte` for
   * „prangerte … an“). Keys must be keywords the pack uses.
   */
  readonly triggers?: {
    readonly predicates?: Readonly<Record<string, LocalizedAliases>>;
    readonly relations?: Readonly<Record<string, LocalizedAliases>>;
    readonly eventTypes?: Readonly<Record<string, LocalizedAliases>>;
  };
}

/** A whole fact pack as stored in its JSON file. */
export interface Pack {
  readonly formatVersion: 1;
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: {
    /** Path of the source text, relative to the pack file. */
    readonly file: string;
    readonly lang: string;
    readonly title?: string;
  };
  readonly entities: readonly Entity[];
  readonly events: readonly PackEvent[];
  readonly derived?: readonly DerivedEvent[];
  readonly statements: readonly Statement[];
  readonly status: StatusMachine;
  readonly vocabulary?: Vocabulary;
  readonly excused?: readonly Excused[];
}
