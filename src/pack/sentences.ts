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
  const boundary = /(?<=[\p{L}“”"')])[.!?][“”"]?,?[“”"]?(?=\s+[\p{Lu}„"]|\p{Lu}|\s*$)/gu;
  paragraphs.forEach((p, i) => {
    let start = 0;
    const push = (end: number): void => {
      const raw = p.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text !== '') out.push({ paragraph: i + 1, start: start + lead, end: start + lead + text.length, text });
    };
    for (const m of p.matchAll(boundary)) {
      const end = (m.index ?? 0) + m[0].length;
      push(end);
      start = end;
    }
    push(p.length);
  });
  return out;
}
