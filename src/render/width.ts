let segmenter: Intl.Segmenter | undefined;

/** Characters that join code points into one grapheme cluster. */
const CLUSTERING = /\p{M}|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}]|[\u{1f1e6}-\u{1f1ff}]|[\u{e0020}-\u{e007f}]/u;

/**
 * Grapheme clusters of a text (UAX #29). Without joiners, variation
 * selectors, marks or flags every code point is its own cluster, and the
 * (costly to create) segmenter is not needed.
 */
function graphemeList(text: string): string[] {
  if (!CLUSTERING.test(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Display width of text in a terminal, per grapheme cluster (UAX #29): an
 * emoji (with its modifiers, ZWJ sequences and flags) or an East Asian wide
 * or fullwidth character takes two columns (UAX #11), a control character or
 * a lone combining mark none, anything else one.
 */
export function displayWidth(text: string): number {
  // Most text is printable Latin and common punctuation (dashes, quotes,
  // ellipsis): one column a character, no clusters.
  if (/^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/.test(text)) return text.length;
  let w = 0;
  for (const segment of graphemeList(text)) {
    const cp = segment.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (/^\p{M}+$/u.test(segment)) continue;
    if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) w += 2;
    else w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
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
