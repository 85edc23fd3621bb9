/**
 * `pakt export`: the whole pack as one RDF graph, in Turtle, N-Triples or
 * JSON-LD. Loaded only by the `export` command (`cli/export.ts` requires
 * it when it runs), so the RDF writer costs other commands nothing.
 */
import type { PackIndex } from '../pack/load';
import { packGraph } from './graph';
import { checkBase, defaultBase, PackIris } from './iri';
import type { Syntax } from './syntaxes';
import { writeGraph } from './write';

export { packGraph, type Term, type Triple, termKey, xsdDateTime } from './graph';
export { checkBase, defaultBase, PackIris } from './iri';
export { NS } from './vocab';

/**
 * The pack as RDF text.
 *
 * @param index - the loaded pack.
 * @param syntax - `turtle`, `ntriples` or `jsonld`: the same graph in each.
 * @param base - base of the pack's IRIs (see {@link PackIris}); default
 *   `urn:pakt:<pack-id>:`.
 * @returns UTF-8 text ending in a newline, as chunks to be written in
 *   order (the whole can be longer than a JavaScript string may be; see
 *   `CHUNK_SIZE` in write.ts); the same pack and base give the same bytes.
 * @throws UsageError when `base` is not an absolute IRI ending in `/` or `:`.
 */
export function exportPack(index: PackIndex, syntax: Syntax, base?: string): string[] {
  const b = base === undefined ? defaultBase(index.pack.id) : checkBase(base);
  return writeGraph(packGraph(index, b), syntax, new PackIris(b).prefixes());
}
