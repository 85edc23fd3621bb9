import type { IndexedEvent, PackIndex } from '../pack/load';
import { own } from '../pack/own';
import type { Evidence, LocalizedAliases, LocalizedText, QualifierValue } from '../pack/types';
import { replaceEach } from '../text/visible';
import { PackIris } from './iri';
import { ENTITY_CLASSES, keywordTerm, V } from './vocab';

/** An RDF term of the export: an IRI or a literal. The export has no blank nodes. */
export type Term =
  | { readonly kind: 'iri'; readonly value: string }
  | { readonly kind: 'literal'; readonly value: string; readonly lang?: string; readonly datatype?: string };

/** One triple; the subject and predicate are IRIs. */
export interface Triple {
  readonly s: string;
  readonly p: string;
  readonly o: Term;
}

/** What N-Triples escapes in a literal, by code unit. */
const LITERAL_ESCAPES = new Map([
  [0x5c, '\\\\'],
  [0x22, '\\"'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

/** A term as N-Triples writes it: the key triples are sorted and deduplicated by. */
export function termKey(t: Term): string {
  if (t.kind === 'iri') return `<${t.value}>`;
  const text = `"${replaceEach(t.value, (code) => LITERAL_ESCAPES.get(code))}"`;
  if (t.lang) return `${text}@${t.lang}`;
  return t.datatype && t.datatype !== V.xsdString ? `${text}^^<${t.datatype}>` : text;
}

/** Code-unit order, the same on every machine (never the locale's collation). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * An instant (ms since the epoch, UTC) as the canonical `xsd:dateTime`
 * lexical form: `1945-08-08T20:00:00Z`, milliseconds only when not zero,
 * years of more than four digits without the `+` that `toISOString`
 * writes.
 */
export function xsdDateTime(ms: number): string {
  const iso = new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  return iso.replace(/^([+-])0*(\d{4,})/, (_, sign: string, year: string) => `${sign === '-' ? '-' : ''}${year}`);
}

const iri = (value: string): Term => ({ kind: 'iri', value });
const str = (value: string): Term => ({ kind: 'literal', value });
const int = (n: number): Term => ({ kind: 'literal', value: String(n), datatype: V.xsdInteger });
const tagged = (value: string, lang: string): Term => ({ kind: 'literal', value, lang });

/**
 * The whole pack as one RDF graph: every entity, event (with its resolved
 * date), statement (in Wikidata's statement model, with a reference
 * carrying each verbatim quote), the status machine with its legal term,
 * the derived-date rules, the pack's vocabulary labels and the excused
 * sentences. The README's "Linked Data" section maps every pack field to
 * its term; {@link PackIris} says how IRIs are made.
 *
 * Lists whose order carries meaning (entities, events, statements, states,
 * transitions, evidence, excused sentences) give each member its
 * 1-based `pakt:position`.
 *
 * @param index - a loaded pack (its dates resolved).
 * @param base - the base IRI (absolute, ending in `/` or `:`).
 * @returns the triples, sorted by subject, predicate, object (code-unit
 *   order of their N-Triples forms), without duplicates.
 */
export function packGraph(index: PackIndex, base: string): Triple[] {
  const pack = index.pack;
  const I = new PackIris(base);
  const out: Triple[] = [];
  const add = (s: string, p: string, o: Term): void => {
    out.push({ s, p, o });
  };
  const text = (s: string, p: string, t: LocalizedText | undefined): void => {
    if (!t) return;
    add(s, p, tagged(t.de, 'de'));
    add(s, p, tagged(t.en, 'en'));
  };
  const aliases = (s: string, a: LocalizedAliases | undefined): void => {
    for (const lang of ['de', 'en'] as const) for (const alias of a?.[lang] ?? []) add(s, V.altLabel, tagged(alias, lang));
  };
  const sourceLang = pack.source.lang;
  const evidence = (node: string, list: readonly Evidence[] | undefined): void => {
    if (!list || list.length === 0) return;
    const ref = `${node}#ref`;
    add(node, V.wasDerivedFrom, iri(ref));
    add(ref, V.type, iri(V.Reference));
    add(ref, V.type, iri(V.PaktReference));
    list.forEach((e, i) => {
      const item = `${node}#evidence-${i + 1}`;
      const quote = `${node}#quote-${i + 1}`;
      add(ref, V.evidence, iri(item));
      quoteNode(item, quote, e);
      add(item, V.position, int(i + 1));
    });
  };
  const quoteNode = (item: string, quote: string, e: Evidence): void => {
    add(item, V.type, iri(V.SpecificResource));
    add(item, V.hasSource, iri(I.sourceText));
    add(item, V.hasSelector, iri(quote));
    add(item, V.paragraph, int(e.paragraph));
    add(quote, V.type, iri(V.TextQuoteSelector));
    add(quote, V.exact, tagged(e.quote, sourceLang));
  };
  const basis = (s: string, p: string, b: string | null | undefined): void => {
    if (b) add(s, p, iri(keywordTerm(b)));
  };

  // The pack and its source text.
  add(I.pack, V.type, iri(V.FactPack));
  add(I.pack, V.type, iri(V.Dataset));
  add(I.pack, V.identifier, str(pack.id));
  add(I.pack, V.formatVersion, int(pack.formatVersion));
  text(I.pack, V.title, pack.title);
  add(I.pack, V.source, iri(I.sourceText));
  add(I.pack, V.statusMachine, iri(I.machine));
  add(I.sourceText, V.type, iri(V.SourceText));
  add(I.sourceText, V.type, iri(V.CreativeWork));
  add(I.sourceText, V.file, str(pack.source.file));
  add(I.sourceText, V.inLanguage, str(sourceLang));
  if (pack.source.title !== undefined) add(I.sourceText, V.name, tagged(pack.source.title, sourceLang));

  pack.entities.forEach((e, i) => {
    const s = I.thing(e.id);
    for (const c of ENTITY_CLASSES[e.type] ?? []) add(s, V.type, iri(c));
    add(s, V.identifier, str(e.id));
    add(s, V.position, int(i + 1));
    text(s, V.label, e.label);
    aliases(s, e.aliases);
    text(s, V.description, e.description);
    evidence(s, e.evidence);
  });

  // Events in pack order, stated before derived: `pakt:position` breaks ties in time as `timeline` does.
  const ordered = [...pack.events, ...(pack.derived ?? [])];
  ordered.forEach((source, i) => {
    const e = index.byId.get(source.id);
    if (e?.kind !== 'event') return;
    const s = I.thing(e.id);
    add(s, V.type, iri(V.Event));
    add(s, V.type, iri(V.PaktEvent));
    add(s, V.identifier, str(e.id));
    add(s, V.position, int(i + 1));
    add(s, V.eventType, iri(I.eventType(e.type)));
    text(s, V.label, e.label);
    aliases(s, e.aliases);
    text(s, V.description, e.description);
    eventDate(add, s, e, 'date' in source ? source.date.relatedZones : undefined);
    if (e.derived) {
      const rule = `${s}#rule`;
      add(s, V.type, iri(V.DerivedEvent));
      add(s, V.rule, iri(rule));
      add(rule, V.type, iri(V.DerivedDateRule));
      add(rule, V.from, iri(I.thing(e.derived.from)));
      const { years, months, days } = e.derived.add;
      if (years !== undefined) add(rule, V.addYears, int(years));
      if (months !== undefined) add(rule, V.addMonths, int(months));
      if (days !== undefined) add(rule, V.addDays, int(days));
    }
    if (e.agreesWith !== undefined) add(s, V.agreesWith, iri(I.thing(e.agreesWith)));
    evidence(s, e.evidence);
  });
  for (const type of new Set([...ordered.map((e) => e.type), ...Object.keys(pack.vocabulary?.eventTypes ?? {})])) {
    keywordNode(add, I.eventType(type), V.EventType, type, own(pack.vocabulary?.eventTypes, type), own(pack.vocabulary?.triggers?.eventTypes, type));
  }

  // Statements, in Wikidata's model: subject p:K statement; statement ps:K value, pq:Q qualifier values.
  const predicates = new Set(Object.keys(pack.vocabulary?.predicates ?? {}));
  const qualifiers = new Set(Object.keys(pack.vocabulary?.qualifiers ?? {}));
  const relations = new Set(Object.keys(pack.vocabulary?.relations ?? {}));
  pack.statements.forEach((st, i) => {
    const s = I.statement(st.id);
    predicates.add(st.predicate);
    add(I.thing(st.subject), I.p(st.predicate), iri(s));
    add(s, V.type, iri(V.Statement));
    add(s, V.type, iri(V.PaktStatement));
    add(s, V.identifier, str(st.id));
    add(s, V.position, int(i + 1));
    add(s, I.ps(st.predicate), iri(I.thing(st.object)));
    for (const [name, value] of Object.entries(st.qualifiers ?? {})) {
      qualifiers.add(name);
      if (name === 'relation' && typeof value === 'string') relations.add(value);
      for (const o of qualifierTerms(I, name, value)) add(s, I.pq(name), o);
    }
    basis(s, V.basis, st.basis);
    text(s, V.reasoning, st.reasoning);
    basis(s, V.modality, st.modality);
    text(s, V.note, st.note);
    evidence(s, st.evidence);
  });
  for (const k of predicates) {
    const node = I.predicate(k);
    keywordNode(add, node, V.Predicate, k, own(pack.vocabulary?.predicates, k), own(pack.vocabulary?.triggers?.predicates, k));
    add(node, V.type, iri(V.Property));
    add(node, V.claim, iri(I.p(k)));
    add(node, V.statementProperty, iri(I.ps(k)));
  }
  for (const q of qualifiers) {
    const node = I.qualifier(q);
    keywordNode(add, node, V.Qualifier, q, own(pack.vocabulary?.qualifiers, q));
    add(node, V.type, iri(V.Property));
    add(node, V.qualifier, iri(I.pq(q)));
  }
  for (const r of relations) keywordNode(add, I.relation(r), V.Relation, r, own(pack.vocabulary?.relations, r), own(pack.vocabulary?.triggers?.relations, r));

  // The status machine and the legal term.
  const machine = pack.status;
  add(I.machine, V.type, iri(V.StatusMachine));
  add(I.machine, V.treaty, iri(I.thing(machine.treaty)));
  add(I.machine, V.initialState, iri(I.state(machine.initial)));
  add(I.machine, V.term, iri(I.term));
  machine.states.forEach((state, i) => {
    const s = I.state(state.id);
    add(I.machine, V.state, iri(s));
    add(s, V.type, iri(V.TreatyState));
    add(s, V.identifier, str(state.id));
    add(s, V.position, int(i + 1));
    text(s, V.label, state.label);
    text(s, V.summary, state.summary);
    basis(s, V.basis, state.basis);
    text(s, V.reasoning, state.reasoning);
  });
  machine.transitions.forEach((tr, i) => {
    const s = I.transition(tr.event);
    add(I.machine, V.transition, iri(s));
    add(s, V.type, iri(V.Transition));
    add(s, V.position, int(i + 1));
    add(s, V.event, iri(I.thing(tr.event)));
    add(s, V.toState, iri(I.state(tr.to)));
  });
  const term = machine.term;
  add(I.term, V.type, iri(V.LegalTerm));
  add(I.term, V.from, iri(I.thing(term.from)));
  add(I.term, V.until, iri(I.thing(term.until)));
  basis(I.term, V.basis, term.basis);
  text(I.term, V.reasoning, term.reasoning);
  evidence(I.term, term.evidence);

  (pack.excused ?? []).forEach((x, i) => {
    const s = I.excused(i + 1);
    add(I.pack, V.excused, iri(s));
    quoteNode(s, `${s}#quote`, x);
    add(s, V.type, iri(V.ExcusedSentence));
    add(s, V.position, int(i + 1));
    add(s, V.reason, str(x.reason));
  });

  return sortTriples(out);
}

/**
 * An event's date as a CIDOC-CRM time span `<event>#date`: the EDTF
 * literal, its precision, zone, bases and reasoning, and the UTC bounds
 * (`P82a_begin_of_the_begin` is the first instant it can mean;
 * `P82b_end_of_the_end` the first instant after it, pakt's exclusive `end`).
 * An open end has no triple.
 */
function eventDate(
  add: (s: string, p: string, o: Term) => void,
  event: string,
  e: IndexedEvent,
  relatedZones: readonly string[] | undefined,
): void {
  const span = `${event}#date`;
  const d = e.date;
  add(event, V.hasTimeSpan, iri(span));
  add(span, V.type, iri(V.TimeSpan));
  add(span, V.edtfValue, { kind: 'literal', value: d.edtf, datatype: V.edtf });
  add(span, V.precision, str(d.precision));
  if (d.zone) add(span, V.zone, str(d.zone.name));
  for (const z of relatedZones ?? []) add(span, V.relatedZone, str(z));
  if (Number.isFinite(d.bounds.start)) add(span, V.beginOfTheBegin, { kind: 'literal', value: xsdDateTime(d.bounds.start), datatype: V.xsdDateTime });
  if (Number.isFinite(d.bounds.end)) add(span, V.endOfTheEnd, { kind: 'literal', value: xsdDateTime(d.bounds.end), datatype: V.xsdDateTime });
  add(span, V.basis, iri(keywordTerm(e.basis)));
  if (e.zoneBasis) add(span, V.zoneBasis, iri(keywordTerm(e.zoneBasis)));
  if (e.reasoning) {
    add(span, V.reasoning, tagged(e.reasoning.de, 'de'));
    add(span, V.reasoning, tagged(e.reasoning.en, 'en'));
  }
  if (e.dateNote) {
    add(span, V.note, tagged(e.dateNote.de, 'de'));
    add(span, V.note, tagged(e.dateNote.en, 'en'));
  }
}

/** A keyword of the pack (predicate, qualifier, relation, event type): its class, the keyword, its labels where the pack has them. */
function keywordNode(
  add: (s: string, p: string, o: Term) => void,
  node: string,
  type: string,
  keyword: string,
  label: LocalizedText | undefined,
  triggers?: LocalizedAliases,
): void {
  add(node, V.type, iri(type));
  add(node, V.keyword, str(keyword));
  if (label) {
    add(node, V.label, tagged(label.de, 'de'));
    add(node, V.label, tagged(label.en, 'en'));
  }
  for (const lang of ['de', 'en'] as const) for (const word of triggers?.[lang] ?? []) add(node, V.trigger, tagged(word, lang));
}

/** A qualifier value: `relation`'s keyword → its term; another string → the id's IRI; `{de, en}` → two tagged literals. */
function qualifierTerms(I: PackIris, name: string, value: QualifierValue): Term[] {
  if (typeof value !== 'string') return [tagged(value.de, 'de'), tagged(value.en, 'en')];
  return [iri(name === 'relation' ? I.relation(value) : I.thing(value))];
}

/**
 * Sorts by subject, predicate, object key and drops repeats, in place (the
 * list is packGraph's own). An object's key is made only where subject and
 * predicate are equal, and dropped at once: keys for every triple at once
 * would hold a second copy of every literal of the pack.
 */
function sortTriples(triples: Triple[]): Triple[] {
  triples.sort((a, b) => compare(a.s, b.s) || compare(a.p, b.p) || compare(termKey(a.o), termKey(b.o)));
  let kept = 0;
  for (const t of triples) {
    const last = triples[kept - 1];
    if (last === undefined || last.s !== t.s || last.p !== t.p || termKey(last.o) !== termKey(t.o)) triples[kept++] = t;
  }
  triples.length = kept;
  return triples;
}
