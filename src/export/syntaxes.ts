/**
 * The RDF syntaxes `pakt export` writes. Kept apart from the writers so
 * that the command line can list them without loading any RDF code.
 */
export const SYNTAXES = ['turtle', 'ntriples', 'jsonld'] as const;

/** One of {@link SYNTAXES}: Turtle 1.1, N-Triples 1.1, JSON-LD 1.1. */
export type Syntax = (typeof SYNTAXES)[number];

/** Whether a command-line word names a syntax (exact, lowercase). */
export function isSyntax(word: string): word is Syntax {
  return (SYNTAXES as readonly string[]).includes(word);
}
