import { DataFactory, Writer } from 'n3';
import type { Syntax } from './syntaxes';
import type { Term, Triple } from './graph';
import { NS, V } from './vocab';
import { replaceMatches, visibleJson } from '../text/visible';

/**
 * Longest a chunk of written text grows to before the next one is started,
 * in UTF-16 code units (a chunk may pass it by one statement or node). The
 * whole document can be longer than V8's longest string (2^29 − 24 units:
 * the N-Triples of 100,000 events is), so it is kept as chunks, each far
 * shorter; a megabyte is also large enough that writing a chunk is a
 * handful of system calls.
 */
export const CHUNK_SIZE = 1 << 20;

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
 * @param chunkSize - see {@link CHUNK_SIZE}; the chunks joined are the same
 *   text whatever it is.
 * @returns UTF-8 text ending in a newline, as chunks in order, none empty:
 *   each ends where a statement, a part of one that N3.js writes whole
 *   (terms are never cut), or a JSON-LD node ends, so no chunk ends inside
 *   an escape or between the two halves of a surrogate pair.
 */
export function writeGraph(
  triples: readonly Triple[],
  syntax: Syntax,
  prefixes: Readonly<Record<string, string>>,
  chunkSize = CHUNK_SIZE,
): string[] {
  const out = new Chunks(chunkSize);
  const all = unambiguous({ ...NS, ...prefixes }, triples);
  if (syntax === 'jsonld') jsonLd(triples, all, out);
  else n3(triples, syntax, all, out);
  return out.end();
}

/**
 * The prefixes but those named like the scheme of an IRI in the graph (a
 * `--base` such as `pack:…` or `p:x:`): Turtle (N3.js writes an IRI that
 * starts with a prefix's name and a colon as it stands, taking it for a
 * prefixed name) and JSON-LD (which reads it as a compact IRI) would
 * otherwise read that IRI as another one.
 */
function unambiguous(prefixes: Readonly<Record<string, string>>, triples: readonly Triple[]): Record<string, string> {
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
  return Object.fromEntries(Object.entries(prefixes).filter(([name]) => !schemes.has(name)));
}

/**
 * Text collected as chunks of about `size` code units. Text of a pack
 * reaches a terminal as escapes only (see visible.ts): in all three
 * syntaxes `\uXXXX` in a string or an IRI is the character itself, so the
 * graph is the same. Each chunk is escaped when it is complete; the
 * characters escaped are single code units, and every piece written is
 * whole terms, so escaping chunk by chunk escapes exactly what escaping the
 * whole text would.
 */
class Chunks {
  private readonly list: string[] = [];
  private part = '';

  constructor(private readonly size: number) {}

  /** Appends a piece of text; a chunk is complete once it reaches the size. */
  write(text: string): void {
    this.part += text;
    if (this.part.length >= this.size) this.flush();
  }

  /** The chunks, the last ending in a newline. */
  end(): string[] {
    this.flush();
    if (!(this.list.at(-1) ?? '').endsWith('\n')) this.list.push('\n');
    return this.list;
  }

  private flush(): void {
    if (this.part !== '') this.list.push(visibleJson(this.part));
    this.part = '';
  }
}

/** Turtle or N-Triples by N3.js's writer, which writes each statement (or part of one) to `out` as it is added. */
function n3(triples: readonly Triple[], syntax: 'turtle' | 'ntriples', prefixes: Readonly<Record<string, string>>, out: Chunks): void {
  const { namedNode, literal, quad } = DataFactory;
  const object = (t: Term) =>
    t.kind === 'iri' ? namedNode(t.value) : literal(t.value, t.lang ?? (t.datatype ? namedNode(t.datatype) : undefined));
  // The writer calls `write(text, encoding, done)` for each piece and `end(done)` once, from its own `end`.
  const stream = {
    write: (text: string, _encoding?: string, done?: () => void): void => {
      out.write(text);
      done?.();
    },
    end: (done?: (error: unknown) => void): void => done?.(null),
  };
  const writer = escapingLinearly(new Writer(stream, syntax === 'turtle' ? { format: 'Turtle', prefixes } : { format: 'N-Triples' }));
  for (const t of triples) writer.addQuad(quad(namedNode(t.s), namedNode(t.p), object(t.o)));
  writer.end();
}

/**
 * `writer`, escaping in linear memory. N3.js 2.13 escapes each literal and
 * IRI by `value.replace(this._escapeAll, this._characterReplacer)`
 * (N3Writer.js, `_encodeLiteral` and `_encodeIriOrBlank`): a regex replace
 * with a function, which V8 runs by collecting every match in one array
 * first, so a quote of 70 million backslashes ends in a V8 fatal error, not
 * an exception. This is the one place pakt works around it (n3 is pinned to
 * the version it was written for): `_escapeAll` becomes an object whose
 * `Symbol.replace` — which `String.prototype.replace` calls in place of a
 * regex's — finds the same matches of the same regex one at a time and
 * hands each to the writer's own replacer ({@link replaceMatches}). The
 * output is N3.js's, byte for byte (tested on random text, Turtle and
 * N-Triples).
 *
 * @throws Error if the writer has no `_escapeAll` regex: another N3.js
 *   version, for which this must be looked at again.
 */
export function escapingLinearly(writer: Writer): Writer {
  const internals = writer as unknown as { _escapeAll: unknown };
  const pattern = internals._escapeAll;
  if (!(pattern instanceof RegExp) || !pattern.global) throw new Error('n3: the writer no longer escapes by its _escapeAll regex');
  internals._escapeAll = {
    [Symbol.replace]: (text: string, replacer: (match: string) => string): string => replaceMatches(text, pattern, replacer),
  };
  return writer;
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
 * term definition changes a value's meaning; `context` holds the prefixes
 * (see {@link unambiguous}).
 */
function jsonLd(triples: readonly Triple[], context: Readonly<Record<string, string>>, out: Chunks): void {
  const compact = compactor(context);
  // The text `JSON.stringify({ '@context': context, '@graph': nodes }, null, 2)` gives, a node at a
  // time: a node at depth 2 is its own text indented by four spaces on every line. JSON text holds
  // a line feed only between tokens (in a string it is `\n`), so indenting after each one is exact.
  const indent = (json: string, by: string): string => json.replace(/\n/g, `\n${by}`);
  out.write(`{\n  "@context": ${indent(JSON.stringify(context, null, 2), '  ')},\n  "@graph": [`);
  let first = true;
  const node = (n: Record<string, unknown>): void => {
    out.write(`${first ? '\n' : ',\n'}    ${indent(JSON.stringify(n, null, 2), '    ')}`);
    first = false;
  };
  // Triples are sorted by subject: a node is complete when the next subject starts.
  let current: Record<string, unknown[]> = {};
  let subject: string | undefined;
  for (const t of triples) {
    if (t.s !== subject) {
      if (subject !== undefined) node(current);
      subject = t.s;
      current = { '@id': compact(t.s) } as unknown as Record<string, unknown[]>;
    }
    const key = t.p === V.type ? '@type' : compact(t.p);
    const value = t.p === V.type && t.o.kind === 'iri' ? compact(t.o.value) : valueObject(t.o, compact);
    (current[key] ??= []).push(value);
  }
  if (subject !== undefined) node(current);
  out.write(first ? ']\n}\n' : '\n  ]\n}\n');
}

function valueObject(t: Term, compact: (iri: string) => string): Record<string, string> {
  if (t.kind === 'iri') return { '@id': compact(t.value) };
  if (t.lang) return { '@value': t.value, '@language': t.lang };
  if (t.datatype && t.datatype !== V.xsdString) return { '@value': t.value, '@type': compact(t.datatype) };
  return { '@value': t.value };
}

