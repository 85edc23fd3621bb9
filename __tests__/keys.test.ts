import fc from 'fast-check';
import { visit } from 'jsonc-parser';
import { duplicateKeys, type DuplicateKey } from '../src/pack/keys';
import { pointerToken } from '../src/pack/check';

/** The duplicate keys of a JSON text as jsonc-parser's `visit` reports its properties: the reference. */
function byJsoncParser(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const open: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (key, _offset, _length, _line, _column, path) => {
      const keys = open[open.length - 1]!;
      if (keys.has(key)) found.push({ pointer: [...path(), key].map((t) => `/${pointerToken(t)}`).join(''), key });
      keys.add(key);
    },
  });
  return found;
}

const scan = (text: string, bom = false): DuplicateKey[] => duplicateKeys(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf8'));

/** Whitespace JSON allows between tokens. */
const space = fc.constantFrom('', '', ' ', '\n  ', '\t', '\r\n');

/** A string as JSON writes it: plainly, or with every character as a \u escape (and a solidus as \/). */
const jsonString = (s: string): fc.Arbitrary<string> =>
  fc.constantFrom(
    JSON.stringify(s),
    `"${Array.from(s, (c) => (c === '/' ? '\\/' : [...c].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))).join('')}"`,
  );

/** Keys from a small pool, so that objects often repeat one: empty, non-ASCII, astral, with a quote, a backslash, `/` and `~`. */
const key = fc.constantFrom('id', 'type', 'de', 'en', 'a', 'ab', 'ä', 'é', '🇯🇵', '', 'x/y', 'm~n', 'say "hi"', 'back\\slash', '__proto__').chain(jsonString);

/** Text values: with quotes, backslashes and the characters of keys, so that a value may look like a key. */
const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('"id":', '\\', '\\"', '{"a":1}', 'ü\u0000\u001f')).chain(jsonString);

/** JSON texts of nested objects and arrays whose objects often repeat a key. */
const { json } = fc.letrec<{ json: string; scalar: string; array: string; object: string }>((tie) => ({
  json: fc.oneof({ maxDepth: 4, depthIdentifier: 'json' }, tie('scalar'), tie('array'), tie('object')),
  scalar: fc.oneof(text, fc.constantFrom('0', '-1.5e3', 'true', 'false', 'null', '1945')),
  array: fc
    .array(fc.tuple(space, tie('json'), space), { maxLength: 5 })
    .map((items) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}]`),
  object: fc
    .array(fc.tuple(space, key, space, space, tie('json'), space), { maxLength: 8 })
    .map((entries) => `{${entries.map(([a, k, b, c, v, d]) => `${a}${k}${b}:${c}${v}${d}`).join(',')}}`),
}));

describe('duplicateKeys', () => {
  test('finds what jsonc-parser finds, on generated JSON with repeated keys, escapes, whitespace and a byte-order mark', () => {
    fc.assert(
      fc.property(json, fc.boolean(), (text, bom) => {
        expect(() => JSON.parse(text)).not.toThrow();
        expect(scan(text, bom)).toEqual(byJsoncParser(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('objects larger than a few keys, and keys with escapes, are compared as decoded text', () => {
    const many = Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(',');
    const text = `{"list":[{${many},"k3":0,"\\u006b7":1,"k20":2}],"a":{"\\u0061":1,"a":2}}`;
    expect(scan(text)).toEqual([
      { pointer: '/list/0/k3', key: 'k3' },
      { pointer: '/list/0/k7', key: 'k7' },
      { pointer: '/a/a', key: 'a' },
    ]);
    expect(scan(text)).toEqual(byJsoncParser(text));
  });

  test('a key written three times is two duplicates; keys of nested objects and of sibling objects are their own', () => {
    expect(scan('{"a":1,"b":{"a":1,"b":2},"c":[{"a":1},{"a":2}],"a":2,"a":3}')).toEqual([
      { pointer: '/a', key: 'a' },
      { pointer: '/a', key: 'a' },
    ]);
    expect(scan('{"x/y":{"m~n":[0,{"k":1,"k":2}]}}')).toEqual([{ pointer: '/x~1y/m~0n/1/k', key: 'k' }]);
  });

  test('linear: an object of 200,000 keys and 100,000 nested arrays are read at once', () => {
    const wide = `{${Array.from({ length: 200000 }, (_, i) => `"key-${i}":${i}`).join(',')},"key-5":0}`;
    const deep = `${'['.repeat(100000)}{"a":1,"a":2}${']'.repeat(100000)}`;
    const t = Date.now();
    expect(scan(wide)).toEqual([{ pointer: '/key-5', key: 'key-5' }]);
    expect(scan(deep)).toEqual([{ pointer: `${'/0'.repeat(100000)}/a`, key: 'a' }]);
    expect(Date.now() - t).toBeLessThan(3000);
  });
});
