/**
 * The message tables: every word pakt itself says, one table per language.
 * Facts (names, labels, state summaries) come from the fact pack instead.
 * German sentences are written whole, never assembled from English pieces.
 */

/** Languages pakt speaks. */
export type Lang = 'de' | 'en';

/** Every message, as a function where it takes values. */
export interface Messages {
  readonly uncertain: (event: string, date: string) => string;
  readonly inForceTrue: string;
  readonly inForceFalse: string;
  readonly inForceUnknown: string;
  readonly yes: string;
  readonly no: string;
  readonly unknown: string;
  readonly none: string;
  readonly derivedFrom: (months: string, from: string) => string;
  readonly duration: (parts: { years?: number; months?: number; days?: number }) => string;
  readonly head: Readonly<Record<string, string>>;
  readonly hitKinds: Readonly<Record<string, string>>;
  readonly yearsAgo: (n: number) => string;
  readonly noEvents: (day: string) => string;
  /** Entity types of the pack format (`EntityType`). */
  readonly entityTypes: Readonly<Record<string, string>>;
  readonly validateOk: string;
  readonly validateProblems: (n: number) => string;
  readonly coverage: (cited: number, excused: number, sentences: number) => string;
  readonly uncitedHeading: string;
  readonly ambiguityNote: (input: string, zone: string, chosen: string, other: string) => string;
  readonly sourceReading: string;
  readonly tzAgrees: (offset: string) => string;
  readonly tzDisagrees: (tz: string, source: string, sourceZone: string | null) => string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const en: Messages = {
  uncertain: (event, date) =>
    `The source's precision cannot tell whether ${event} (${date}) had already happened at that moment.`,
  inForceTrue: 'The pact was in force by its own term at that moment.',
  inForceFalse: 'The pact was not in force by its own term at that moment.',
  inForceUnknown: 'Whether the pact was in force by its own term at that moment cannot be decided at the precision the source gives.',
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
  head: {
    field: 'Field',
    value: 'Value',
    query: 'Query',
    state: 'State',
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
    source: 'Source',
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
  },
  hitKinds: { entity: 'entity', event: 'event', statement: 'statement', sentence: 'sentence' },
  yearsAgo: (n) => (n === 1 ? '1 year ago' : `${n} years ago`),
  noEvents: (day) => `No event of the fact pack falls on ${day}.`,
  entityTypes: {
    state: 'state',
    person: 'person',
    territory: 'territory',
    document: 'document',
    place: 'place',
    office: 'office',
    organization: 'organization',
  },
  validateOk: 'The pack is valid.',
  validateProblems: (n) => `The pack has ${plural(n, 'problem', 'problems')}.`,
  coverage: (cited, excused, sentences) =>
    `Source coverage: ${cited} of ${sentences} sentences cited, ${excused} deliberately not modelled.`,
  uncitedHeading: 'Sentences neither cited nor excused:',
  ambiguityNote: (input, zone, chosen, other) =>
    `pakt: note: ${input} occurs twice in ${zone} (UTC${chosen} and UTC${other}); using the earlier, UTC${chosen}`,
  sourceReading: 'the zone the source states this date in',
  tzAgrees: (offset) => `the tz database agrees with the source: UTC${offset}`,
  tzDisagrees: (tz, source, sourceZone) =>
    `the tz database gives UTC${tz} here then, but the source's reading is UTC${source}${sourceZone ? ` (${sourceZone})` : ''}: they disagree`,
};

const de: Messages = {
  uncertain: (event, date) =>
    `Bei der Genauigkeit der Quelle lässt sich nicht sagen, ob ${event} (${date}) zu diesem Zeitpunkt schon geschehen war.`,
  inForceTrue: 'Nach seiner eigenen Laufzeit war der Pakt zu diesem Zeitpunkt in Kraft.',
  inForceFalse: 'Nach seiner eigenen Laufzeit war der Pakt zu diesem Zeitpunkt nicht in Kraft.',
  inForceUnknown: 'Ob der Pakt nach seiner eigenen Laufzeit zu diesem Zeitpunkt in Kraft war, lässt sich bei der Genauigkeit der Quelle nicht entscheiden.',
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
  head: {
    field: 'Feld',
    value: 'Wert',
    query: 'Abfrage',
    state: 'Zustand',
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
    source: 'Quelle',
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
    display: 'Lesart',
    kind: 'Art',
    snippet: 'Treffer',
    score: 'Wertung',
    yearsAgo: 'Vor',
  },
  hitKinds: { entity: 'Ding', event: 'Ereignis', statement: 'Aussage', sentence: 'Satz' },
  yearsAgo: (n) => (n === 1 ? 'vor 1 Jahr' : `vor ${n} Jahren`),
  noEvents: (day) => `Kein Ereignis des Faktenpakets fällt auf den ${day}.`,
  entityTypes: {
    state: 'Staat',
    person: 'Person',
    territory: 'Gebiet',
    document: 'Dokument',
    place: 'Ort',
    office: 'Amt',
    organization: 'Organisation',
  },
  validateOk: 'Das Faktenpaket ist gültig.',
  validateProblems: (n) => `Das Faktenpaket hat ${plural(n, 'Problem', 'Probleme')}.`,
  coverage: (cited, excused, sentences) =>
    `Abdeckung der Quelle: ${cited} von ${sentences} Sätzen belegt, ${excused} bewusst nicht modelliert.`,
  uncitedHeading: 'Sätze, die weder belegt noch ausgenommen sind:',
  ambiguityNote: (input, zone, chosen, other) =>
    `pakt: Hinweis: ${input} kommt in ${zone} zweimal vor (UTC${chosen} und UTC${other}); verwendet wird der frühere, UTC${chosen}`,
  sourceReading: 'die Zone, in der die Quelle dieses Datum angibt',
  tzAgrees: (offset) => `die tz-Datenbank stimmt mit der Quelle überein: UTC${offset}`,
  tzDisagrees: (tz, source, sourceZone) =>
    `die tz-Datenbank gibt hier damals UTC${tz} an, die Quelle liest die Zeit aber als UTC${source}${sourceZone ? ` (${sourceZone})` : ''}: beide weichen voneinander ab`,
};

/** The message table for a language. */
export const messages: Readonly<Record<Lang, Messages>> = { de, en };
