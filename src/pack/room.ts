/**
 * Room in the heap: V8 ends the process when it runs out, with no error
 * pakt can catch, so what would not fit is refused before it is built.
 * The costs are measured on hostile inputs (10 million `{}` in a pack, 3
 * million properties in one object, 5 million two-letter sentences in a
 * source) and on `bench/generate.mjs`'s packs, and rounded up.
 */
import { statSync } from 'node:fs';
import { PackError, type Text } from '../errors';

/**
 * Heap bytes of a parsed, checked pack for each object or array, each
 * property of an object (counted by its colon: an object of a million
 * properties keeps them in a dictionary), each other value (counted by its
 * comma) and each character of its text.
 */
const HEAP_PER_CONTAINER = 100;
const HEAP_PER_PROPERTY = 150;
const HEAP_PER_VALUE = 24;
const HEAP_PER_CHARACTER = 2;
/** Heap the checks of a broken pack take whatever its size: lists of problems stop at 100,000 (PROBLEMS_MAX). */
const HEAP_FOR_PROBLEMS = 64 * 2 ** 20;
/** The most heap a character of a pack can take: `[],` is an array and a value in three characters (`"":0,`, a property and a value, takes five). */
const HEAP_PER_CHARACTER_MOST = Math.ceil((HEAP_PER_CONTAINER + HEAP_PER_VALUE) / 3) + HEAP_PER_CHARACTER;
/** Heap bytes of each sentence of a source split into sentences (its record, its id, its text and its coverage). */
const HEAP_PER_SENTENCE = 250;
/** Heap bytes of each paragraph of a source (its text and its finder of quotes). */
const HEAP_PER_PARAGRAPH = 50;

/**
 * Heap an input may need without a look at the heap (with the checks' fixed
 * part, less than any heap Node starts with): reading the heap's statistics
 * costs a run a millisecond.
 */
const SURELY_FITS = 64 * 2 ** 20;

/** The heap's limit and what is in use of it, in bytes. */
function heap(): { readonly limit: number; readonly used: number } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getHeapStatistics } = require('node:v8') as typeof import('node:v8');
  const stats = getHeapStatistics();
  return { limit: stats.heap_size_limit, used: stats.used_heap_size };
}

/** Bytes the heap can still grow by (also the bound of an answer's length: `render/output.ts`). */
export function room(): number {
  const { limit, used } = heap();
  return limit - used;
}

/**
 * The error of an answer too long to hold: what V8 throws for a string too
 * long, which the CLI says as an answer too long (`cli/run.ts`).
 */
export function answerTooLong(): RangeError {
  return new RangeError('Invalid string length');
}

/**
 * A check on the count of the items an answer is made of (hits,
 * citations), each given `bytes` of heap: past the heap's room it throws
 * {@link answerTooLong}. Up to `surely` items the heap is not asked; past
 * them it is asked once.
 */
export function itemBudget(surely: number, bytes: number): (count: number) => void {
  let most: number | undefined;
  return (count) => {
    if (count > surely && count > (most ??= Math.floor(room() / bytes))) throw answerTooLong();
  };
}

/**
 * Refuses a question whose words the pack's names and trigger words may
 * spell too often to be held (`pakt ask` keeps those it may spell, each with
 * its words, in a trie): `need` heap bytes, counted before they are made.
 *
 * @throws PackError naming the pack, how much they need and how much Node has.
 */
export function checkLexiconRoom(need: number, file: string): void {
  if (need <= SURELY_FITS) return;
  const left = room();
  if (need > left) throw new PackError(file, undefined, noRoom('words', need, left));
}

/**
 * The message of a refusal: what needs `need` bytes, the `left` bytes the
 * heap can grow by, and a heap size that holds both what is in use and the
 * need (with a margin for Node's own young generation).
 */
function noRoom(what: 'pack' | 'source' | 'paragraphs' | 'sentences' | 'graph' | 'words', need: number, left: number): Text {
  const { used } = heap();
  return (m) => m.err.noRoom(what, mib(need), Math.floor(left / 2 ** 20), mib(used + need) + 128);
}

const mib = (bytes: number): number => Math.ceil(bytes / 2 ** 20);

/**
 * Whether a file's text would not fit in the heap once decoded: each byte
 * is at most one character of two bytes (a text with one character beyond
 * Latin-1 is stored two bytes a character).
 *
 * @param bytes - the file's length in bytes.
 * @param what - the pack's text, or its source's.
 * @returns the problem, saying how much the text needs and how much Node
 *   has; `undefined` where it fits.
 */
export function textRoomProblem(bytes: number, what: 'pack' | 'source'): Text | undefined {
  const most = bytes * 2;
  if (most <= SURELY_FITS) return undefined;
  const left = room();
  const need = most + HEAP_FOR_PROBLEMS;
  return need > left ? noRoom(what, need, left) : undefined;
}

/**
 * Refuses a pack's text whose parse and checks would not fit in the heap:
 * its objects, arrays and values are counted, before `JSON.parse`, only
 * where the text is long enough that they might not fit.
 *
 * @throws PackError naming the file, how much the pack needs and how much Node has.
 */
export function checkPackRoom(body: string, file: string): void {
  const most = body.length * HEAP_PER_CHARACTER_MOST;
  if (most <= SURELY_FITS) return;
  const left = room();
  if (most + HEAP_FOR_PROBLEMS <= left) return;
  let containers = 0;
  let properties = 0;
  let values = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 123 || c === 91) containers++;
    else if (c === 58) properties++;
    else if (c === 44) values++;
  }
  const need = containers * HEAP_PER_CONTAINER + properties * HEAP_PER_PROPERTY + values * HEAP_PER_VALUE + body.length * HEAP_PER_CHARACTER + HEAP_FOR_PROBLEMS;
  if (need > left) throw new PackError(file, undefined, noRoom('pack', need, left));
}

/**
 * Heap bytes the RDF graph of a pack and its text take, for each byte of
 * the pack's file: measured at about 40 on a pack of 20,000 statements of
 * short quotes (6 MB, whose N-Triples need some 250 MB), rounded up.
 */
const GRAPH_HEAP_PER_PACK_BYTE = 48;

/**
 * Refuses to build a pack's RDF graph (`pakt export`) where it would not
 * fit in the heap, estimated from the size of the pack's file; a file that
 * cannot be read any more is not weighed (its graph is built, as before).
 *
 * @throws PackError naming the file, how much the graph needs and how much Node has.
 */
export function checkGraphRoom(file: string): void {
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    return;
  }
  const need = bytes * GRAPH_HEAP_PER_PACK_BYTE;
  if (need <= SURELY_FITS) return;
  const left = room();
  if (need > left) throw new PackError(file, undefined, noRoom('graph', need, left));
}

/**
 * At least as many as the sentences `splitSentences` (pack/sentences.ts)
 * finds in `paragraphs`: one for each end mark (`.`, `!`, `?`), and one for
 * each paragraph that, white space aside, does not end with one (the text
 * after its last end mark, or a quote after it, may be a sentence). A
 * sentence ends at an end mark, or at the end of its paragraph.
 */
export function sentencesAtMost(paragraphs: readonly string[]): number {
  let sentences = 0;
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63) sentences++;
    }
    let end = p.length;
    while (end > 0 && /\s/.test(p[end - 1] as string)) end--;
    const last = p.charCodeAt(end - 1);
    if (last !== 46 && last !== 33 && last !== 63) sentences++;
  }
  return sentences;
}

/**
 * Refuses to split a source into sentences where they would not fit in the
 * heap: counted by their end marks (`.`, `!`, `?`: at least one a sentence
 * but the last of a paragraph, which ends without one where text follows the
 * last), only where the text is long enough that they might not fit.
 *
 * @param file - the pack the source is of (errors name it).
 * @throws PackError naming the pack, how much the sentences need and how much Node has.
 */
export function checkSentenceRoom(paragraphs: readonly string[], file: string): void {
  let length = 0;
  for (const p of paragraphs) length += p.length;
  // At most one sentence for every two characters (`A.`), one more for each paragraph.
  const most = (length / 2 + paragraphs.length) * HEAP_PER_SENTENCE;
  if (most <= SURELY_FITS) return;
  const left = room();
  if (most <= left) return;
  const need = sentencesAtMost(paragraphs) * HEAP_PER_SENTENCE;
  if (need > left) throw new PackError(file, '/source/file', noRoom('sentences', need, left));
}

/**
 * Whether a source's paragraphs would not fit in the heap: counted by
 * their line breaks (two or more between paragraphs; `\r\n` and a lone `\r`
 * are read as `\n`, in a copy of the text), only where the text is long
 * enough that they might not fit.
 *
 * @returns the problem, saying how much the paragraphs need and how much
 *   Node has; `undefined` where they fit.
 */
export function paragraphRoomProblem(text: string): Text | undefined {
  // At most one paragraph for every three characters (`a` and two line breaks), and the text's copy.
  const most = (text.length / 3 + 1) * HEAP_PER_PARAGRAPH + 2 * text.length * HEAP_PER_CHARACTER;
  if (most <= SURELY_FITS) return undefined;
  const left = room();
  if (most <= left) return undefined;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A `\r` counts where no `\n` follows it: `\r\n` is one break.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  const need = (breaks / 2 + 1) * HEAP_PER_PARAGRAPH + 2 * text.length * HEAP_PER_CHARACTER;
  return need > left ? noRoom('paragraphs', need, left) : undefined;
}
