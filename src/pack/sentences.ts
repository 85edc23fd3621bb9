/** A sentence of the source text, located in its paragraph. */
export interface Sentence {
  /** Paragraph number, from 1. */
  readonly paragraph: number;
  /** Offsets of the sentence within its paragraph: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Splits paragraphs into sentences, coping with the source's artefacts:
 * `.,` joints between sentences, a missing space after a full stop
 * (`stellen.April 1941`), ordinal and decimal points that end nothing
 * (`13.April`, `5. April`, `8. / 9. Mai`, `23.00 Uhr`), and „…“ quotations.
 *
 * A boundary is a `.`, `!` or `?` that follows a letter or a closing quote,
 * optionally followed by `“`, `,` or both (in either order), and then either the end of the
 * paragraph, or whitespace and a capital letter or `„`, or directly a
 * capital letter (a lost space).
 */
export function splitSentences(paragraphs: readonly string[]): Sentence[] {
  const out: Sentence[] = [];
  forEachSentence(paragraphs, (paragraph, _n, start, end, text) => out.push({ paragraph, start, end, text }));
  return out;
}

/**
 * The sentences of {@link splitSentences}, one call each, in order, without
 * building the list: with its paragraph (from 1), its number within the
 * paragraph (from 1), its offsets in the paragraph and its text.
 */
export function forEachSentence(
  paragraphs: readonly string[],
  each: (paragraph: number, n: number, start: number, end: number, text: string) => void,
): void {
  // The end mark first, then the character before it: the scan stops only at `.`, `!` and `?`.
  const boundary = /[.!?](?<=[\p{L}“”"')].)[“”"]?,?[“”"]?(?=\s+[\p{Lu}„"]|\p{Lu}|\s*$)/gu;
  paragraphs.forEach((p, i) => {
    let start = 0;
    let n = 0;
    const push = (end: number): void => {
      const raw = p.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text !== '') each(i + 1, ++n, start + lead, start + lead + text.length, text);
    };
    // exec over the one global pattern (matchAll would copy it for every paragraph); a match is never empty.
    boundary.lastIndex = 0;
    for (let m = boundary.exec(p); m !== null; m = boundary.exec(p)) {
      const end = m.index + m[0].length;
      push(end);
      start = end;
    }
    push(p.length);
  });
}
