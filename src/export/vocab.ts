/**
 * The vocabularies of `pakt export`: public ones where they fit, and pakt's
 * own small vocabulary for the rest. The README's "Linked Data" section
 * documents every term and the pack field it carries.
 *
 * Sources:
 * - RDF 1.1 Concepts (`rdf:`), RDF Schema 1.1 (`rdfs:`), XML Schema
 *   datatypes (`xsd:`), SKOS (`skos:`) — W3C Recommendations;
 * - schema.org (`schema:`, `https://schema.org/`) for the classes of
 *   entities and events (Person, Country, Place, CreativeWork,
 *   Organization, Event);
 * - CIDOC-CRM 7.1 (`crm:`) for time spans: `E52_Time-Span`,
 *   `P4_has_time-span`, `P82a_begin_of_the_begin`, `P82b_end_of_the_end`;
 * - the Wikibase ontology (`wikibase:`, `http://wikiba.se/ontology#`) for
 *   Wikidata's statement model (Statement, Reference, Property and the
 *   `claim` / `statementProperty` / `qualifier` links);
 * - PROV-O (`prov:wasDerivedFrom`) from a statement to its reference, as
 *   Wikidata's RDF dump links them;
 * - the Web Annotation Vocabulary (`oa:`) for quotes: `SpecificResource`,
 *   `hasSource`, `hasSelector`, `TextQuoteSelector`, `exact`;
 * - DCMI Metadata Terms (`dcterms:`) for identifiers, titles and sources;
 * - the Library of Congress EDTF datatype
 *   (`http://id.loc.gov/datatypes/edtf/EDTF`, all levels of ISO 8601-2).
 */

/** Namespace IRIs of the public vocabularies, by their usual prefix. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  crm: 'http://www.cidoc-crm.org/cidoc-crm/',
  wikibase: 'http://wikiba.se/ontology#',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  dcterms: 'http://purl.org/dc/terms/',
  edtf: 'http://id.loc.gov/datatypes/edtf/',
  /**
   * pakt's own vocabulary: one fixed namespace for every pack, so the same
   * SPARQL query runs on any pack's export. A URN, because pakt owns no
   * domain to publish it under; the README lists its terms.
   */
  pakt: 'urn:pakt:vocab#',
} as const;

const rdf = (local: string): string => NS.rdf + local;
const rdfs = (local: string): string => NS.rdfs + local;
const xsd = (local: string): string => NS.xsd + local;
const skos = (local: string): string => NS.skos + local;
const schema = (local: string): string => NS.schema + local;
const crm = (local: string): string => NS.crm + local;
const wikibase = (local: string): string => NS.wikibase + local;
const oa = (local: string): string => NS.oa + local;
const dcterms = (local: string): string => NS.dcterms + local;
const pakt = (local: string): string => NS.pakt + local;

/** The IRIs of every term the export uses. */
export const V = {
  type: rdf('type'),
  label: rdfs('label'),
  altLabel: skos('altLabel'),
  note: skos('note'),
  description: schema('description'),
  name: schema('name'),
  inLanguage: schema('inLanguage'),
  identifier: dcterms('identifier'),
  title: dcterms('title'),
  source: dcterms('source'),
  wasDerivedFrom: 'http://www.w3.org/ns/prov#wasDerivedFrom',

  xsdString: xsd('string'),
  xsdInteger: xsd('integer'),
  xsdDateTime: xsd('dateTime'),
  edtf: `${NS.edtf}EDTF`,

  Statement: wikibase('Statement'),
  Reference: wikibase('Reference'),
  Property: wikibase('Property'),
  claim: wikibase('claim'),
  statementProperty: wikibase('statementProperty'),
  qualifier: wikibase('qualifier'),

  SpecificResource: oa('SpecificResource'),
  TextQuoteSelector: oa('TextQuoteSelector'),
  hasSource: oa('hasSource'),
  hasSelector: oa('hasSelector'),
  exact: oa('exact'),

  TimeSpan: crm('E52_Time-Span'),
  hasTimeSpan: crm('P4_has_time-span'),
  beginOfTheBegin: crm('P82a_begin_of_the_begin'),
  endOfTheEnd: crm('P82b_end_of_the_end'),

  Event: schema('Event'),
  CreativeWork: schema('CreativeWork'),
  Dataset: schema('Dataset'),

  // pakt's own terms.
  FactPack: pakt('FactPack'),
  SourceText: pakt('SourceText'),
  PaktEvent: pakt('Event'),
  DerivedEvent: pakt('DerivedEvent'),
  DerivedDateRule: pakt('DerivedDateRule'),
  PaktStatement: pakt('Statement'),
  PaktReference: pakt('Reference'),
  Predicate: pakt('Predicate'),
  Qualifier: pakt('Qualifier'),
  Relation: pakt('Relation'),
  EventType: pakt('EventType'),
  StatusMachine: pakt('StatusMachine'),
  TreatyState: pakt('TreatyState'),
  Transition: pakt('Transition'),
  LegalTerm: pakt('LegalTerm'),
  ExcusedSentence: pakt('ExcusedSentence'),
  formatVersion: pakt('formatVersion'),
  file: pakt('file'),
  position: pakt('position'),
  keyword: pakt('keyword'),
  /** A word that names a keyword in questions and searches (`vocabulary.triggers`), language-tagged. */
  trigger: pakt('trigger'),
  eventType: pakt('eventType'),
  edtfValue: pakt('edtf'),
  precision: pakt('precision'),
  zone: pakt('zone'),
  relatedZone: pakt('relatedZone'),
  basis: pakt('basis'),
  zoneBasis: pakt('zoneBasis'),
  reasoning: pakt('reasoning'),
  modality: pakt('modality'),
  rule: pakt('rule'),
  from: pakt('from'),
  until: pakt('until'),
  addYears: pakt('addYears'),
  addMonths: pakt('addMonths'),
  addDays: pakt('addDays'),
  agreesWith: pakt('agreesWith'),
  evidence: pakt('evidence'),
  paragraph: pakt('paragraph'),
  reason: pakt('reason'),
  excused: pakt('excused'),
  statusMachine: pakt('statusMachine'),
  treaty: pakt('treaty'),
  initialState: pakt('initialState'),
  state: pakt('state'),
  transition: pakt('transition'),
  event: pakt('event'),
  toState: pakt('toState'),
  term: pakt('term'),
  summary: pakt('summary'),
} as const;

/** A `basis` or `modality` keyword of the pack as a term of pakt's vocabulary (`pakt:stated`, `pakt:counterfactual`). */
export function keywordTerm(word: string): string {
  return pakt(word);
}

/**
 * Classes of an entity type: pakt's own (which keeps the type exactly:
 * territory and place are both `schema:Place`) and the schema.org class
 * where one fits. An office has no fitting schema.org class.
 */
export const ENTITY_CLASSES: Readonly<Record<string, readonly string[]>> = {
  state: [pakt('State'), schema('Country')],
  person: [pakt('Person'), schema('Person')],
  territory: [pakt('Territory'), schema('Place')],
  document: [pakt('Document'), schema('CreativeWork')],
  place: [pakt('Place'), schema('Place')],
  office: [pakt('Office')],
  organization: [pakt('Organization'), schema('Organization')],
};
