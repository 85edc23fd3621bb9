/**
 * Duplicate keys in a JSON object. `JSON.parse` keeps the last of them
 * without a word, so a pack with two `id`s in one entity would load as if
 * the first were not there; only the text shows them.
 */
import { pointerToken } from './check';

/** A key written again in the same object: where (the pointer of the repeat) and which. */
export interface DuplicateKey {
  /** JSON pointer (RFC 6901) of the repeated key: its object's pointer, then the key. */
  readonly pointer: string;
  /** The key, decoded (`"\u0069d"` is `id`, as `JSON.parse` reads it). */
  readonly key: string;
}

/** Objects with up to this many keys compare a new key with each one; a larger object gets a Set, so that a huge one stays linear. */
const FEW_KEYS = 8;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Every key written twice in one object of a JSON text, in the order of the
 * text (a key written three times is two duplicates).
 *
 * Bytes, not the decoded text: half as much memory to read for German text,
 * and in UTF-8 a quote or a backslash byte is never part of another
 * character. One pass finds where the duplicates are ({@link repeatedKeys});
 * only when there are any, a second one says which keys they are and where
 * ({@link pointersOf}). Both take time linear in the number of bytes.
 * jsonc-parser's `visit` reports every property too, but tokenizes every
 * value on the way, several times the cost of this pass on a large pack
 * (the README's "Speed" has the numbers); `__tests__/keys.test.ts` checks
 * this pass against it on generated JSON.
 *
 * @param json - the bytes of a text that `JSON.parse` accepts (a leading
 *   UTF-8 byte-order mark is skipped). For any other bytes the result means
 *   nothing, but it still comes, in linear time.
 */
export function duplicateKeys(json: Uint8Array): DuplicateKey[] {
  const repeated = repeatedKeys(json);
  return repeated.length === 0 ? [] : pointersOf(json, repeated);
}

/** Where the first byte after a leading UTF-8 byte-order mark is. */
function textStart(json: Uint8Array): number {
  return json[0] === 0xef && json[1] === 0xbb && json[2] === 0xbf ? 3 : 0;
}

/** The end of the string whose opening quote is at `quote`: the offset of its closing quote, or `json.length` if none. */
function stringEnd(json: Uint8Array, quote: number): number {
  const n = json.length;
  let j = quote + 1;
  while (j < n) {
    const d = json[j]!;
    if (d === QUOTE) return j;
    j += d === BACKSLASH ? 2 : 1;
  }
  return n;
}

/** The string whose opening quote is at `quote`, decoded. */
function stringAt(json: Uint8Array, quote: number): string {
  const end = stringEnd(json, quote);
  return JSON.parse(Buffer.from(json.buffer, json.byteOffset + quote, end + 1 - quote).toString('utf8')) as string;
}

/** A copy of `a`, twice as long. */
function grow<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The offsets of the opening quotes of the keys that repeat a key of their
 * object. A new key is compared byte for byte with the keys of its object
 * of the same length and first byte; an object gets a Set of decoded keys
 * instead once it has more than {@link FEW_KEYS} keys or a key with an
 * escape (`"\u0069d"` and `"id"` are one key). The loop does nothing else:
 * this pass runs over every pack that is checked, however large.
 */
function repeatedKeys(json: Uint8Array): number[] {
  const found: number[] = [];
  const n = json.length;
  // Per open object or array (the innermost at depth - 1): 1 for an object,
  // where its keys begin in keyStart/keyLength, 1 when a Set holds them instead.
  let isObject = new Uint8Array(64);
  let firstKey = new Int32Array(64);
  let inSet = new Uint8Array(64);
  const sets: Set<string>[] = [];
  let depth = 0;
  let keyStart = new Int32Array(256);
  let keyLength = new Int32Array(256);
  let keyCount = 0;
  // The next string is a key: after `{`, or after `,` in an object.
  let wantKey = false;
  let i = textStart(json);
  while (i < n) {
    const c = json[i]!;
    if (c === QUOTE) {
      // Most bytes are in strings: their ends are found here, not by
      // stringEnd, and only a key's loop notes an escape.
      let end = i + 1;
      if (!wantKey) {
        while (end < n) {
          const d = json[end]!;
          if (d === QUOTE) break;
          end += d === BACKSLASH ? 2 : 1;
        }
        if (end >= n) return found;
        i = end + 1;
        continue;
      }
      wantKey = false;
      let escaped = false;
      while (end < n) {
        const d = json[end]!;
        if (d === QUOTE) break;
        if (d === BACKSLASH) {
          escaped = true;
          end += 2;
        } else end++;
      }
      if (end >= n) return found;
      const level = depth - 1;
      const start = i + 1;
      const length = end - start;
      const first = firstKey[level]!;
      if (inSet[level] === 0 && (escaped || keyCount - first >= FEW_KEYS)) {
        const set = new Set<string>();
        for (let k = first; k < keyCount; k++) set.add(stringAt(json, keyStart[k]! - 1));
        sets[level] = set;
        inSet[level] = 1;
        keyCount = first;
      }
      if (inSet[level] === 1) {
        const set = sets[level]!;
        const key = stringAt(json, i);
        if (set.has(key)) found.push(i);
        else set.add(key);
      } else {
        const lead = json[start];
        let seen = false;
        for (let k = first; k < keyCount && !seen; k++) {
          if (keyLength[k] !== length) continue;
          const other = keyStart[k]!;
          if (json[other] !== lead) continue;
          let q = 1;
          while (q < length && json[other + q] === json[start + q]) q++;
          seen = q >= length;
        }
        if (seen) found.push(i);
        else {
          if (keyCount === keyStart.length) {
            keyStart = grow(keyStart);
            keyLength = grow(keyLength);
          }
          keyStart[keyCount] = start;
          keyLength[keyCount] = length;
          keyCount++;
        }
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (depth === isObject.length) {
        isObject = grow(isObject);
        firstKey = grow(firstKey);
        inSet = grow(inSet);
      }
      const object = c === OPEN_OBJECT;
      isObject[depth] = object ? 1 : 0;
      firstKey[depth] = keyCount;
      inSet[depth] = 0;
      depth++;
      wantKey = object;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 0) return found;
      depth--;
      keyCount = firstKey[depth]!;
      if (inSet[depth] === 1) {
        inSet[depth] = 0;
        sets.length = depth;
      }
      wantKey = false;
    } else if (c === COMMA && depth > 0) {
      wantKey = isObject[depth - 1] === 1;
    }
    i++;
  }
  return found;
}

/**
 * The keys at `quotes` (offsets of their opening quotes, in increasing
 * order) with their pointers: one more pass, which follows the pointer's
 * tokens — the key being read in each open object, the index in each open
 * array — up to each of them.
 */
function pointersOf(json: Uint8Array, quotes: readonly number[]): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const n = json.length;
  // Per open object or array: the offset of the opening quote of the key
  // being read (an object), or the index (an array); decoded only for a pointer.
  const tokens: number[] = [];
  const isObject: boolean[] = [];
  const token = (level: number): string => `/${isObject[level] ? pointerToken(stringAt(json, tokens[level]!)) : tokens[level]!}`;
  let wantKey = false;
  let next = 0;
  let i = textStart(json);
  while (i < n && next < quotes.length) {
    const c = json[i]!;
    if (c === QUOTE) {
      const end = stringEnd(json, i);
      if (wantKey) {
        wantKey = false;
        tokens[tokens.length - 1] = i;
        if (i === quotes[next]) {
          out.push({ pointer: tokens.map((_, level) => token(level)).join(''), key: stringAt(json, i) });
          next++;
        }
      }
      i = end + 1;
      continue;
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      isObject.push(c === OPEN_OBJECT);
      tokens.push(0);
      wantKey = c === OPEN_OBJECT;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      isObject.pop();
      tokens.pop();
      wantKey = false;
    } else if (c === COMMA && tokens.length > 0) {
      if (isObject[isObject.length - 1]) wantKey = true;
      else tokens[tokens.length - 1]!++;
    }
    i++;
  }
  return out;
}
