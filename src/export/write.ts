import { DataFactory, Writer } from 'n3';
import type { Syntax } from './syntaxes';
import type { Term, Triple } from './graph';
import { NS, V } from './vocab';
import { visibleJson } from '../text/visible';

/**
 * Writes sorted triples in one syntax. The same triples give the same
 * bytes: Turtle and N-Triples come from N3.js's writer fed in that order
 * (Turtle groups each subject's triples with `;` and `,`; N-Triples is
 * one line per triple, in canonical form); JSON-LD is written here, one
 * node object per subject in the same order, with an inline `@context`
 * of prefixes only, so no JSON-LD processor fetches anything.
 *
 * JSON-LD is not written by the `jsonld` library: its API is
 * asynchronous and pakt's commands run synchronously. The tests read the
 * output back with `jsonld.toRDF` and check it is the same graph.
 *
 * @param triples - as {@link packGraph} returns them (sorted, no repeats).
 * @param prefixes - the pack's own prefixes (see `PackIris.prefixes`);
 *   the public vocabularies' are added.
 * @returns UTF-8 text ending in a newline.
 */
export function writeGraph(triples: readonly Triple[], syntax: Syntax, prefixes: Readonly<Record<string, string>>): string {
  // Text of a pack reaches a terminal as escapes only (see visible.ts): in all three syntaxes
  // `\uXXXX` in a string or an IRI is the character itself, so the graph is the same.
  return visibleJson(written(triples, syntax, prefixes));
}

function written(triples: readonly Triple[], syntax: Syntax, prefixes: Readonly<Record<string, string>>): string {
  const all = { ...NS, ...prefixes };
  if (syntax === 'jsonld') return jsonLd(triples, all);
  const { namedNode, literal, quad } = DataFactory;
  const object = (t: Term) =>
    t.kind === 'iri' ? namedNode(t.value) : literal(t.value, t.lang ?? (t.datatype ? namedNode(t.datatype) : undefined));
  const writer = new Writer(syntax === 'turtle' ? { format: 'Turtle', prefixes: all } : { format: 'N-Triples' });
  for (const t of triples) writer.addQuad(quad(namedNode(t.s), namedNode(t.p), object(t.o)));
  let text = '';
  // Without an output stream the writer collects the text and hands it to
  // `end`'s callback before `end` returns.
  (writer.end as (done: (error: unknown, result: string) => void) => void)((error, result) => {
    if (error) throw error;
    text = result;
  });
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * A compact IRI `prefix:local` for `iri`, from the longest prefix IRI it
 * starts with (a non-empty rest that does not start with `//`, which
 * JSON-LD would read as an absolute IRI), else the IRI itself.
 */
function compactor(prefixes: Readonly<Record<string, string>>): (iri: string) => string {
  const list = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  return (iri) => {
    for (const [name, ns] of list) {
      const rest = iri.slice(ns.length);
      if (iri.startsWith(ns) && rest !== '' && !rest.startsWith('//')) return `${name}:${rest}`;
    }
    return iri;
  };
}

/**
 * JSON-LD 1.1 in flattened form: `{"@context": {prefixes}, "@graph": [nodes]}`,
 * each node `{"@id", "@type"?, property: [values]}` with value objects
 * written out in full (`@value` with `@language` or `@type`; `@id`), so no
 * term definition changes a value's meaning. A prefix whose name is also
 * the scheme of an IRI in the graph (a `--base` such as `pack:…`) is left
 * out of the context: a processor would otherwise read that IRI as a
 * compact one.
 */
function jsonLd(triples: readonly Triple[], prefixes: Readonly<Record<string, string>>): string {
  const schemes = new Set<string>();
  const scheme = (i: string): void => {
    schemes.add(i.slice(0, i.indexOf(':')));
  };
  for (const t of triples) {
    scheme(t.s);
    scheme(t.p);
    if (t.o.kind === 'iri') scheme(t.o.value);
    else if (t.o.datatype) scheme(t.o.datatype);
  }
  const context = Object.fromEntries(Object.entries(prefixes).filter(([name]) => !schemes.has(name)));
  const compact = compactor(context);
  const graph: Record<string, unknown>[] = [];
  let node: Record<string, unknown[]> & { '@id'?: string } = {};
  let subject: string | undefined;
  for (const t of triples) {
    if (t.s !== subject) {
      subject = t.s;
      node = { '@id': compact(t.s) } as Record<string, unknown[]> & { '@id': string };
      graph.push(node);
    }
    const key = t.p === V.type ? '@type' : compact(t.p);
    const value = t.p === V.type && t.o.kind === 'iri' ? compact(t.o.value) : valueObject(t.o, compact);
    (node[key] ??= []).push(value);
  }
  return `${JSON.stringify({ '@context': context, '@graph': graph }, null, 2)}\n`;
}

function valueObject(t: Term, compact: (iri: string) => string): Record<string, string> {
  if (t.kind === 'iri') return { '@id': compact(t.value) };
  if (t.lang) return { '@value': t.value, '@language': t.lang };
  if (t.datatype && t.datatype !== V.xsdString) return { '@value': t.value, '@type': compact(t.datatype) };
  return { '@value': t.value };
}

