/**
 * Grapheme clusters (UAX #29) around a position of a text, found without
 * segmenting the text from its start: where a slice of a long text may be
 * cut. (Lines are measured, wrapped and cut by cluster in render/width.ts.)
 */

let segmenter: Intl.Segmenter | undefined;
/** The grapheme segmenter (UAX #29), made on first use: making one costs start-up time. */
export function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter;
}

/** Code units before a position that {@link clusterAt} segments to find the cluster there. */
const CLUSTER_LOOK = 64;
/** Code units of regional indicators {@link clusterAt} counts back at most to pair them into flags (512 flags). */
const FLAGS_LOOK = 2048;

/**
 * The grapheme cluster (UAX #29) that holds code unit `i` of `text`, as
 * `[start, end)`: where a slice may start or end without cutting a flag,
 * an emoji sequence or a letter from its marks. Found by segmenting a few
 * code units around `i`, not the text from its start (a source sentence
 * may be megabytes); regional indicators pair into flags from the start of
 * their run, so they are counted back to it. Where a cluster or a run of
 * flags is longer than that look, the code point at `i` stands for its
 * cluster: a surrogate pair is never split. `i` at or past the end gives
 * `[length, length]`.
 */
export function clusterAt(text: string, i: number): [number, number] {
  if (i >= text.length) return [text.length, text.length];
  const at = Math.max(0, i);
  const unit = text.charCodeAt(at);
  // Between two characters of U+0020–U+02FF (Latin, with its precomposed letters; no mark, joiner or control) a
  // cluster always ends: a character among such is a cluster of its own, found without the segmenter.
  if (simple(unit) && (at === 0 || simple(text.charCodeAt(at - 1))) && (at + 1 === text.length || simple(text.charCodeAt(at + 1)))) return [at, at + 1];
  // The code point holding unit `at`: [point, point + 1 or 2).
  const point = isLowSurrogate(unit) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
  const pointEnd = point + (isHighSurrogate(text.charCodeAt(point)) && isLowSurrogate(text.charCodeAt(point + 1)) ? 2 : 1);
  if (isRegionalIndicator(text.codePointAt(point))) {
    // The indicators before this one in its run: an even count makes it the first of a flag.
    let before = 0;
    for (let k = point - 2; k >= 0 && isRegionalIndicator(text.codePointAt(k)); k -= 2) {
      if (point - k > FLAGS_LOOK) return [point, pointEnd];
      before++;
    }
    if (before % 2 === 1) return [point - 2, pointEnd];
    return [point, isRegionalIndicator(text.codePointAt(pointEnd)) ? pointEnd + 2 : pointEnd];
  }
  const from = Math.max(0, point - CLUSTER_LOOK);
  const to = Math.min(text.length, pointEnd + CLUSTER_LOOK);
  const local = text.slice(from, to);
  const cluster = graphemeSegmenter().segment(local).containing(point - from);
  if (!cluster) return [point, pointEnd];
  const start = from + cluster.index;
  const end = start + cluster.segment.length;
  // A cluster that reaches the edge of the look may be longer than the look shows: the code point stands for it.
  if ((start === from && from > 0) || (end === to && to < text.length)) return [point, pointEnd];
  return [start, end];
}

/** Whether a code unit is a character of U+0020–U+02FF, which no rule of UAX #29 joins to its neighbours of the same range. */
function simple(unit: number): boolean {
  return unit >= 0x20 && unit <= 0x2ff;
}

/** Whether a UTF-16 code unit is the second half of a surrogate pair. */
function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether a code point is a regional indicator (two of which make a flag). */
function isRegionalIndicator(cp: number | undefined): boolean {
  return cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Whether a UTF-16 code unit is the first half of a surrogate pair. */
export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
