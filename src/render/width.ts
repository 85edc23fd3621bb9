type StringWidth = typeof import('string-width').default;
let stringWidth: StringWidth | undefined;

/**
 * Text that is one column a code point whatever the terminal: printable
 * ASCII, Latin-1 letters and signs (not the soft hyphen U+00AD, which takes
 * none), Latin Extended and IPA up to U+02FF, and the dashes, quotes,
 * ellipsis and primes of General Punctuation. string-width gives the same
 * answer for all of them (a test checks every code point), and most of
 * pakt's text is nothing else, so the segmenter string-width needs is not
 * started for it.
 */
const NARROW_ONLY = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/**
 * Display width of text in a terminal, in columns, as the maintained
 * string-width library measures it: per grapheme cluster (UAX #29), two
 * columns for East Asian wide and fullwidth characters (UAX #11) and emoji,
 * none for control characters, combining marks and SGR escape sequences,
 * and one for East Asian ambiguous characters (™, ↔, ☀), as terminals
 * outside East Asian locales draw them. string-width (ESM, which the bundle
 * includes) is loaded on first use, so answers that draw no table never load it.
 */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  stringWidth ??= (require('string-width') as { default: StringWidth }).default;
  return stringWidth(text);
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Grapheme clusters of a text (UAX #29), the units a line may be cut
 * between. Text of {@link NARROW_ONLY} characters has no combining marks or
 * joiners, so each code point is a cluster and the segmenter is not needed.
 */
function graphemeList(text: string): string[] {
  if (NARROW_ONLY.test(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Cuts text to at most `width` columns, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const segment of graphemeList(text)) {
    const cw = displayWidth(segment);
    if (w + cw > width - 1) break;
    out += segment;
    w += cw;
  }
  return `${out}…`;
}

/**
 * The pieces a line may break between: words, and inside a word the parts
 * after a hyphen or slash (`soviet-invasion-of-manchuria`, `Asia/Harbin`).
 * Each piece says whether a space stood before it.
 */
export function breakPieces(paragraph: string): { text: string; space: boolean }[] {
  const pieces: { text: string; space: boolean }[] = [];
  paragraph.split(' ').forEach((word, i) => {
    const parts = word.match(/[^-/]*[-/]+|[^-/]+$/g) ?? [word];
    parts.forEach((part, k) => pieces.push({ text: part, space: i > 0 && k === 0 }));
  });
  return pieces;
}

/**
 * Wraps text to lines of at most `width` columns, at spaces, or after a
 * hyphen or slash inside a long word. A piece still longer than a line is
 * broken across lines when it holds wide (CJK) characters, whose scripts
 * break anywhere, and otherwise cut with `…`. Existing line breaks are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const piece of breakPieces(paragraph)) {
      let rest = piece.text;
      if (displayWidth(rest) > width && displayWidth(rest) === [...rest].length) rest = truncate(rest, width);
      while (displayWidth(rest) > width) {
        if (line !== '') {
          out.push(line);
          line = '';
        }
        let cut = '';
        for (const segment of graphemeList(rest)) {
          if (displayWidth(cut + segment) > width) break;
          cut += segment;
        }
        if (cut === '') cut = [...rest][0] ?? rest;
        out.push(cut);
        rest = rest.slice(cut.length);
      }
      const joined = line === '' ? rest : `${line}${piece.space ? ' ' : ''}${rest}`;
      if (line === '' || displayWidth(joined) <= width) line = joined;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}
