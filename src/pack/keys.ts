/**
 * Duplicate keys in a JSON object. `JSON.parse` keeps the last of them
 * without a word, so a pack with two `id`s in one entity would load as if
 * the first were not there; only the text shows them.
 */
import type * as JsoncParser from 'jsonc-parser';
import { pointerToken } from './check';

/** A key written again in the same object: where (the pointer of the repeat) and which. */
export interface DuplicateKey {
  /** JSON pointer (RFC 6901) of the repeated key: its object's pointer, then the key. */
  readonly pointer: string;
  /** The key, decoded (`"\u0069d"` is `id`, as `JSON.parse` reads it). */
  readonly key: string;
}

/**
 * Every key written twice in one object of a JSON text, in the order of the
 * text (a key written three times is two duplicates), as jsonc-parser's
 * `visit` reports the properties of each object — the first `max` of them.
 *
 * jsonc-parser is loaded on first use: only a pack that is checked in full
 * needs it. Its parser descends one call per level of nesting, so a text
 * nested thousands of levels deep would exhaust the stack: call this only
 * on a text the pack's JSON Schema accepts, whose depth the schema bounds.
 *
 * @param json - a text that `JSON.parse` accepts (a leading byte-order mark is skipped).
 * @param max - the most duplicates to find: the text is read no further.
 * @returns the duplicates found, and whether the text has more.
 */
export function duplicateKeys(json: string, max = Infinity): { found: DuplicateKey[]; more: boolean } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { visit } = require('jsonc-parser') as typeof JsoncParser;
  const found: DuplicateKey[] = [];
  const open: Set<string>[] = [];
  /** Thrown to end the visit: jsonc-parser has no other way to stop. */
  const enough = new Error('enough duplicates');
  try {
    visit(json.startsWith('\uFEFF') ? json.slice(1) : json, {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (key, _offset, _length, _line, _column, path) => {
        const keys = open[open.length - 1]!;
        if (keys.has(key)) {
          if (found.length === max) throw enough;
          found.push({ pointer: [...path(), key].map((t) => `/${pointerToken(t)}`).join(''), key });
        }
        keys.add(key);
      },
    });
  } catch (err) {
    if (err !== enough) throw err;
    return { found, more: true };
  }
  return { found, more: false };
}
