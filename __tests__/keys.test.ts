import fc from 'fast-check';
import { duplicateKeys, type DuplicateKey } from '../src/pack/keys';
import { pointerToken } from '../src/pack/check';
import { validateSchema } from '../src/pack/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A JSON value as written: an object keeps every entry, a repeated key too (the text JSON.parse would read). */
type Written = { readonly object: readonly (readonly [string, string, Written])[] } | { readonly array: readonly Written[] } | { readonly scalar: string };

/** The text of a written value, with `space` between tokens; an entry is [decoded key, key as written, value]. */
function textOf(w: Written, space: string): string {
  if ('scalar' in w) return w.scalar;
  if ('array' in w) return `[${w.array.map((v) => `${space}${textOf(v, space)}`).join(',')}]`;
  return `{${w.object.map(([, written, v]) => `${space}${written}${space}:${textOf(v, space)}`).join(',')}}`;
}

/** The duplicates of a written value, from its entries (the reference: no parser involved). */
function duplicatesOf(w: Written, at = ''): DuplicateKey[] {
  if ('scalar' in w) return [];
  if ('array' in w) return w.array.flatMap((v, i) => duplicatesOf(v, `${at}/${i}`));
  const seen = new Set<string>();
  return w.object.flatMap(([key, , v]) => {
    const here = `${at}/${pointerToken(key)}`;
    const repeat = seen.has(key) ? [{ pointer: here, key }] : [];
    seen.add(key);
    return [...repeat, ...duplicatesOf(v, here)];
  });
}

/** A key as JSON writes it: plainly, or with every character as a \u escape (and a solidus as \/). */
const writtenKey = (s: string): fc.Arbitrary<readonly [string, string]> =>
  fc.constantFrom(
    [s, JSON.stringify(s)] as const,
    [s, `"${Array.from(s, (c) => (c === '/' ? '\\/' : c.split('').map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''))).join('')}"`] as const,
  );

/** Keys from a small pool, so that objects often repeat one: empty, non-ASCII, astral, with a quote, a backslash, `/` and `~`. */
const key = fc.constantFrom('id', 'type', 'de', 'en', 'a', 'ab', 'ä', 'é', '🇯🇵', '', 'x/y', 'm~n', 'say "hi"', 'back\\slash', '__proto__').chain(writtenKey);

/** Scalars, among them strings that look like keys and objects. */
const scalar = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('"id":', '\\', '{"a":1}', 'ü\u0000\u001f')).map((t) => JSON.stringify(t));

/** Written values of nested objects and arrays whose objects often repeat a key. */
const { written } = fc.letrec<{ written: Written; object: Written; array: Written }>((tie) => ({
  written: fc.oneof({ maxDepth: 4, depthIdentifier: 'json' }, scalar.map((t) => ({ scalar: t })), fc.constantFrom({ scalar: '0' }, { scalar: 'null' }, { scalar: '-1.5e3' }), tie('array'), tie('object')),
  array: fc.array(tie('written'), { maxLength: 5 }).map((array) => ({ array })),
  object: fc.array(fc.tuple(key, tie('written')), { maxLength: 8 }).map((entries) => ({ object: entries.map(([[k, w], v]) => [k, w, v] as const) })),
}));

/** Whitespace JSON allows between tokens. */
const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');

describe('duplicateKeys', () => {
  test('finds the keys each generated object repeats, with escapes, whitespace and a byte-order mark', () => {
    fc.assert(
      fc.property(written, space, fc.boolean(), (w, gap, bom) => {
        const text = textOf(w, gap);
        expect(() => JSON.parse(text)).not.toThrow();
        expect(duplicateKeys(`${bom ? '\ufeff' : ''}${text}`).found).toEqual(duplicatesOf(w));
      }),
      { numRuns: 3000 },
    );
  });

  test('keys with escapes are compared as decoded text', () => {
    const many = Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(',');
    const text = `{"list":[{${many},"k3":0,"\\u006b7":1,"k20":2}],"a":{"\\u0061":1,"a":2}}`;
    expect(duplicateKeys(text).found).toEqual([
      { pointer: '/list/0/k3', key: 'k3' },
      { pointer: '/list/0/k7', key: 'k7' },
      { pointer: '/a/a', key: 'a' },
    ]);
  });

  test('a key written three times is two duplicates; keys of nested objects and of sibling objects are their own', () => {
    expect(duplicateKeys('{"a":1,"b":{"a":1,"b":2},"c":[{"a":1},{"a":2}],"a":2,"a":3}').found).toEqual([
      { pointer: '/a', key: 'a' },
      { pointer: '/a', key: 'a' },
    ]);
    expect(duplicateKeys('{"x/y":{"m~n":[0,{"k":1,"k":2}]}}').found).toEqual([{ pointer: '/x~1y/m~0n/1/k', key: 'k' }]);
  });
});

describe("ajv's errors, cut at a limit (scripts/build.mjs bounds the list the generated validator keeps)", () => {
  const toy = JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'toy-treaty', 'pack.json'), 'utf8')) as Record<string, unknown>;
  // Junk in the places the schema checks most ways: missing and unknown properties, wrong types, texts it must refuse.
  const junk = fc.oneof(
    fc.constant({}),
    fc.constant([]),
    fc.constant('x'),
    fc.record({ id: fc.constantFrom('ok-id', 'Bad Id', ''), type: fc.constantFrom('signing', 7), label: fc.constantFrom({ de: 'a', en: 'b' }, { de: '\u0007' }, 'text') }),
    fc.dictionary(fc.constantFrom('id', 'zzz', 'date', 'evidence'), fc.constantFrom(null, 1, 'a', {}, [{ quote: '' }])),
  );

  test('the first max errors of the full list, in its order, and "more" exactly when the list was cut', () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 12 }), fc.array(junk, { maxLength: 6 }), fc.nat(80), fc.integer({ min: 1, max: 60 }), (events, statements, unknown, max) => {
        // Unknown properties at the top, before and after the lists: errors of the top level itself, and of nested validators.
        const extra = Object.fromEntries(Array.from({ length: unknown }, (_, i) => [`k${i}`, i]));
        const data = { ...extra, ...toy, events: [...(toy.events as unknown[]), ...events], statements: [...(toy.statements as unknown[]), ...statements], zz: 1 };
        // What ajv says of each error (its schema and data are references, compared by what they say).
        const strip = (e: unknown) => {
          const { instancePath, schemaPath, keyword, params, message } = e as Record<string, unknown>;
          return { instancePath, schemaPath, keyword, params, message };
        };
        const full = validateSchema(data).errors.map(strip);
        const cut = validateSchema(data, max);
        expect(cut.errors.map(strip)).toEqual(full.slice(0, max));
        expect(cut.more).toBe(full.length >= max);
      }),
      { numRuns: 300 },
    );
  });
});
