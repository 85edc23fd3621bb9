import { characters } from '../text/visible';
import { graphemeSegmenter, isHighSurrogate } from '../text/clusters';
type StringWidth = typeof import('string-width').default;
let stringWidth: StringWidth | undefined;

/**
 * Text that is one column a code point whatever the terminal: printable
 * ASCII, Latin-1 letters and signs (not the soft hyphen U+00AD, which takes
 * none), Latin Extended and IPA up to U+02FF, the dashes, quotes, ellipsis
 * and primes of General Punctuation, arrows, mathematical operators (the
 * marks `≈`) and box drawing. string-width gives the same
 * answer for all of them (a test checks every code point), and most of
 * pakt's text is nothing else, so the segmenter string-width needs is not
 * started for it.
 */
const NARROW_ONLY = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u257f]*$/;

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
  // A text with escape sequences, which string-width strips first and a cluster could cut through, is
  // measured whole: pakt styles only lines already wrapped to a width.
  if (text.includes('\u001b') || text.includes('\u009b')) return stringWidth(text);
  // string-width adds up the widths of a text's grapheme clusters: so does this, a cluster at a time
  // (see graphemes()), each measured once (see clusterWidth()).
  if (text.length <= SHORT) return clusterWidth(text);
  let w = 0;
  for (const cluster of graphemes(text)) w += clusterWidth(cluster);
  return w;
}

/** Texts this short are remembered whole by {@link clusterWidth} (a cluster is rarely longer; an emoji sequence may be). */
const SHORT = 8;

/** Most widths {@link clusterWidth} keeps before it starts again: its memory stays bounded. */
const REMEMBERED_WIDTHS = 1 << 14;

/** Widths string-width gave, by text: mostly single grapheme clusters. */
const widths = new Map<string, number>();

/**
 * string-width's width of a short text (a grapheme cluster, mostly),
 * remembered: string-width spends microseconds on each cluster (an emoji
 * pattern, the East Asian Width table, Hangul), and a long text of wide
 * characters, or the cutting and wrapping of one, asks for the same few
 * thousand clusters again and again.
 */
function clusterWidth(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    w = (stringWidth as StringWidth)(text);
    if (widths.size >= REMEMBERED_WIDTHS) widths.clear();
    widths.set(text, w);
  }
  return w;
}

/** SGR escape sequences (colour and style), which take no columns. */
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Code units of text the grapheme segmenter is given at once. V8's
 * segmenter takes time in the length of the whole text at each step of its
 * iterator (far more still past 64k code units), so segmenting a text whole
 * grows with the square of its length; in spans of this size it grows with
 * the length.
 */
const SPAN = 1024;

/** The first span {@link graphemes} segments: small, so that a caller that reads a few clusters of a long text segments little more. */
const FIRST_SPAN = 64;

/**
 * A text in consecutive slices that start and end between grapheme
 * clusters: the first `first` code units long or a little less, each next
 * one up to twice as long as the one before, up to {@link SPAN} (longer only
 * to hold one cluster longer than that). A window of the text is segmented,
 * and its clusters but the last, which the window's end may have cut short,
 * make the slice; the next window starts at that last cluster. This gives the
 * boundaries of segmenting the text whole: a boundary of UAX #29 depends on
 * the text before it back to the previous boundary and on the one code point
 * after it (and pairs of regional indicators pair alike from a boundary), so
 * a window never ends inside a surrogate pair.
 */
function* spans(text: string, first: number): Generator<string> {
  const segmenter = graphemeSegmenter();
  let from = 0;
  let size = first;
  while (text.length - from > size) {
    // The window ends on a whole code point: the boundary before its last cluster depends on that code point.
    const end = isHighSurrogate(text.charCodeAt(from + size - 1)) ? from + size - 1 : from + size;
    const window = text.slice(from, end);
    const last = segmenter.segment(window).containing(window.length - 1)?.index ?? 0;
    if (last === 0) {
      // One cluster fills the window: a wider one finds its end.
      size *= 2;
      continue;
    }
    yield window.slice(0, last);
    from += last;
    size = Math.min(SPAN, size * 2);
  }
  if (from < text.length) yield from === 0 ? text : text.slice(from);
}

/**
 * Text each of whose code points is a grapheme cluster of its own in any
 * text of them: the one-column characters of {@link NARROW_ONLY} and the
 * base letters of Greek, Cyrillic, Hebrew and Arabic, CJK punctuation,
 * kana, CJK ideographs, Hangul syllables and the full- and halfwidth forms,
 * without the combining marks among or beside them (U+0483–U+0489,
 * U+302A–U+302F, U+3099–U+309A, U+FF9E–U+FF9F) and without the Hangul
 * jamo a syllable joins. A test segments every one of them beside a letter
 * and beside itself. For such text the segmenter, which takes microseconds
 * a cluster, is not needed: a million CJK characters are a million clusters.
 */
export const SINGLE_CLUSTERS =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u052f\u05d0-\u05ea\u0620-\u064a\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u257f\u3000-\u3029\u3030-\u303f\u3041-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff9d]*$/;

/**
 * Grapheme clusters of a text (UAX #29), the units a line may be cut
 * between, one at a time and segmented a span at a time (see {@link spans}),
 * so that a cut stops reading about where it stops and no text is segmented
 * whole; a text of {@link SINGLE_CLUSTERS} a code point at a time.
 */
export function* graphemes(text: string): Generator<string> {
  if (SINGLE_CLUSTERS.test(text)) {
    for (let i = 0; i < text.length; i++) yield text[i] as string;
    return;
  }
  if (text.length > REMEMBERED_TEXT) {
    for (const span of spans(text, FIRST_SPAN)) for (const s of graphemeSegmenter().segment(span)) yield s.segment;
    return;
  }
  let clusters = clusterLists.get(text);
  if (clusters === undefined) {
    clusters = [];
    for (const span of spans(text, FIRST_SPAN)) for (const s of graphemeSegmenter().segment(span)) clusters.push(s.segment);
    if (clusterListUnits + text.length > REMEMBERED_UNITS) {
      clusterLists.clear();
      clusterListUnits = 0;
    }
    clusterLists.set(text, clusters);
    clusterListUnits += text.length;
  }
  yield* clusters;
}

/** Texts up to this many code units have their clusters remembered by {@link graphemes}: a label, a line, a word. */
const REMEMBERED_TEXT = 4096;
/** Code units of the texts whose clusters {@link graphemes} keeps before it starts again: its memory stays bounded. */
const REMEMBERED_UNITS = 1 << 20;
/**
 * Clusters of texts, by text: a table repeats a thing's label, or the
 * qualifiers naming it, in each of thousands of rows, and measures, wraps
 * and cuts each cell, and the segmenter takes microseconds a cluster.
 */
const clusterLists = new Map<string, string[]>();
let clusterListUnits = 0;

/**
 * Cuts text to at most `width` columns, ending with `ellipsis` (`…`) when
 * cut; styling (SGR escapes) is dropped from a cut text.
 */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  return displayWidth(text) <= width ? text : cut(text, width, ellipsis);
}

/**
 * The longest start of a line of text, in whole grapheme clusters, that is
 * at most `width` columns wide. Reads only as far as that start.
 */
function fittingStart(text: string, width: number): string {
  // Text of NARROW_ONLY characters has no combining marks or joiners: each UTF-16 unit is a
  // grapheme cluster of one column, and the start is a slice.
  if (NARROW_ONLY.test(text)) return text.slice(0, Math.max(0, width));
  let out = '';
  let w = 0;
  for (const segment of graphemes(text)) {
    const cw = displayWidth(segment);
    if (w + cw > width) break;
    out += segment;
    w += cw;
  }
  return out;
}

/** The start of an escape that `visible()` (src/text/visible.ts) writes, at the end of a text cut inside it. */
const ESCAPE_START = /\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})?$/;

/**
 * Text known to be wider than `width`, cut to `width` columns with
 * `ellipsis` at the end (styling dropped); of a multi-line text, its first
 * line. Reads only as far as the cut, however long the text.
 */
export function cut(text: string, width: number, ellipsis = '…'): string {
  const room = width - displayWidth(ellipsis);
  // Only the first line is read: the cut ends there, and a caller may pass a cell of thousands of lines.
  const feed = text.indexOf('\n');
  const first = feed >= 0 ? text.slice(0, feed) : text;
  const plain = first.includes('\u001b') ? first.replace(SGR, '') : first;
  const out = fittingStart(plain, room);
  // An escape that shows a control (`\x9b`, `\u202e`, `\e`: see visible()) is kept whole or not at all.
  return `${out.replace(ESCAPE_START, '')}${ellipsis}`;
}

/**
 * The pieces a line may break between: words, and inside a word the parts
 * after a hyphen between letters (`soviet-invasion-of-manchuria`,
 * `Sowjetisch-japanischer`) or after a slash (`Asia/Harbin`). An option
 * (`--format`), a number or a date (`1945-08-09`) stays whole. Each piece
 * says whether a space stood before it.
 */
export function breakPieces(paragraph: string): { readonly text: string; readonly space: boolean }[] {
  const pieces: { text: string; space: boolean }[] = [];
  forEachPiece(paragraph, (text, space) => {
    pieces.push({ text, space });
  });
  return pieces;
}

/**
 * Calls `visit` with each piece of {@link breakPieces}, in order, until it
 * returns `false`. The pieces are made as they are visited, a word at a
 * time: a line of millions of spaces is millions of (empty) words, and a
 * caller that wraps to a few lines stops early.
 */
export function forEachPiece(paragraph: string, visit: (text: string, space: boolean) => boolean | void): void {
  for (let start = 0, i = 0; start <= paragraph.length; i++) {
    const end = paragraph.indexOf(' ', start);
    const word = paragraph.slice(start, end < 0 ? paragraph.length : end);
    let from = 0;
    // A break after position k: a hyphen between letters, or a slash between two characters that are not slashes.
    if (word.includes('-') || word.includes('/')) {
      for (let k = 1; k < word.length - 1; k++) {
        const ch = word[k];
        if (ch === '-' ? isLetter(codePointBefore(word, k)) && isLetter(word.codePointAt(k + 1)) : ch === '/' && word[k - 1] !== '/' && word[k + 1] !== '/') {
          if (visit(word.slice(from, k + 1), i > 0 && from === 0) === false) return;
          from = k + 1;
        }
      }
    }
    if (visit(from === 0 ? word : word.slice(from), i > 0 && from === 0) === false) return;
    if (end < 0) return;
    start = end + 1;
  }
}

/** The code point that ends just before UTF-16 index `k` (a surrogate pair read whole). */
function codePointBefore(text: string, k: number): number | undefined {
  const low = text.charCodeAt(k - 1);
  if (low >= 0xdc00 && low <= 0xdfff && k >= 2 && isHighSurrogate(text.charCodeAt(k - 2))) return text.codePointAt(k - 2);
  return text.codePointAt(k - 1);
}

/** A letter of any script (Unicode `L`); ASCII letters are answered without the property lookup. */
function isLetter(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER.test(String.fromCodePoint(cp));
}

const LETTER = /^\p{L}$/u;

/**
 * Whether {@link wrapText} breaks a piece too long for its line between any
 * two of its grapheme clusters, as CJK scripts break, rather than cutting it:
 * a piece holding a wide character (its width is not its count of characters).
 *
 * @param width - the piece's display width, where already known.
 */
export function breaksAnywhere(piece: string, width = displayWidth(piece)): boolean {
  return width !== characters(piece);
}

/**
 * Wraps text to lines of at most `width` columns, at spaces, or after a
 * hyphen or slash inside a long word. A piece still longer than a line is
 * broken across lines when it holds wide (CJK) characters, whose scripts
 * break anywhere, and otherwise cut with `…` — or, with `long: 'break'`
 * (for text that is never shortened), broken across lines too. Existing
 * line breaks are kept. With `maxLines`, stops once it has more lines than
 * that (so a caller that shortens long text wraps no more of it than it shows).
 */
export function wrapText(text: string, width: number, maxLines = Infinity, long: 'cut' | 'break' = 'cut'): string[] {
  const out: string[] = [];
  // The line being filled, as its pieces: joined once it is full, it is one flat string. Built by `+`, each line
  // would be a chain of its words until read, and a text of millions of words (a record shows it whole) would
  // be held as millions of them.
  let line: string[] = [];
  let lineUnits = 0;
  let lineWidth = 0;
  const take = (next: string[], nextWidth: number): void => {
    out.push(line.join(''));
    line = next;
    lineUnits = next.reduce((units, piece) => units + piece.length, 0);
    lineWidth = nextWidth;
  };
  for (const paragraph of text.split('\n')) {
    let full = false;
    forEachPiece(paragraph, (text, space) => {
      if (out.length > maxLines) {
        full = true;
        return false;
      }
      let rest = text;
      let restWidth = displayWidth(rest);
      if (long === 'cut' && restWidth > width && !breaksAnywhere(rest, restWidth)) {
        rest = truncate(rest, width);
        restWidth = displayWidth(rest);
      }
      if (restWidth > width) {
        if (lineUnits > 0) take([], 0);
        const last = breakLong(rest, width, out, maxLines);
        if (!last) {
          full = true;
          return false;
        }
        rest = last.text;
        restWidth = last.width;
      }
      const gap = lineUnits > 0 && space ? 1 : 0;
      if (lineUnits === 0 || lineWidth + gap + restWidth <= width) {
        if (gap) line.push(' ');
        line.push(rest);
        lineUnits += gap + rest.length;
        lineWidth += gap + restWidth;
      } else take([rest], restWidth);
      return true;
    });
    if (full) return out;
    take([], 0);
    if (out.length > maxLines) return out;
  }
  return out;
}

/**
 * Breaks a piece wider than `width` across lines, in one pass over its
 * grapheme clusters: each line holds as many whole clusters as fit in
 * `width`. Pushes every line but the last to `out` and returns the last (at
 * most `width` wide, the rest of the line may take more text), or nothing
 * once `out` holds more than `maxLines` lines. A cluster wider than `width`
 * on its own (a wide character in a column of one) gives a line of its first
 * code point, and clusters are read again from the code point after it, as
 * measuring what is left would read them. The widths of a text's clusters
 * add up to its width (string-width measures cluster by cluster), so the
 * last line is where what is left first fits.
 */
function breakLong(text: string, width: number, out: string[], maxLines: number): { text: string; width: number } | undefined {
  if (NARROW_ONLY.test(text)) {
    // One column a code unit, each its own cluster: lines are slices.
    const step = Math.max(1, width);
    let from = 0;
    for (; text.length - from > width; from += step) {
      out.push(text.slice(from, from + step));
      if (out.length > maxLines) return undefined;
    }
    return { text: text.slice(from), width: text.length - from };
  }
  let start = 0; // where the line being filled starts
  let at = 0; // where the clusters read so far end
  let w = 0; // the width of text.slice(start, at)
  // Widths of the clusters met so far: a text repeats its characters.
  const widths = new Map<string, number>();
  let clusters = graphemes(text);
  for (let next = clusters.next(); !next.done; next = clusters.next()) {
    const cluster = next.value;
    let cw = widths.get(cluster);
    if (cw === undefined) {
      cw = displayWidth(cluster);
      widths.set(cluster, cw);
    }
    if (w + cw <= width) {
      at += cluster.length;
      w += cw;
      continue;
    }
    if (at > start) {
      out.push(text.slice(start, at));
      if (out.length > maxLines) return undefined;
      start = at;
      w = 0;
      if (cw <= width) {
        at += cluster.length;
        w = cw;
        continue;
      }
    }
    const point = (cluster.codePointAt(0) ?? 0) > 0xffff ? 2 : 1;
    out.push(text.slice(start, start + point));
    if (out.length > maxLines) return undefined;
    start += point;
    at = start;
    if (point < cluster.length) clusters = graphemes(text.slice(start));
  }
  return { text: text.slice(start), width: w };
}
