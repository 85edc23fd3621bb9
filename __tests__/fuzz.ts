import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACK, run } from './helpers';

/**
 * Fuzzing properties shared by the quick run in `npm test` and the long one
 * in `npm run fuzz` (FUZZ_RUNS cases each).
 */

const words = ['status', 'signatories', 'territories', 'timeline', 'show', 'when', 'search', 'on', 'validate', 'completion', 'help', 'molotov', 'Molotow', 'bash', 'de', 'en', 'x', '--', '-'];
const options = ['--json', '--format', '--lang', '--zone', '--color', '--no-color', '--facts', '--date', '--from', '--to', '--type', '--document', '--zones', '--help', '-h', '--version', '-V', '--bogus'];
const values = ['1945', '1945-08', '1945-08-08', '1945-08-08T23:00', '1945-02-30', '24:30', 'gestern', '', ' ', 'UTC', 'UTC+10', '+10:00', 'Europe/Moscow', 'Mars/Olympus', 'table', 'json', 'ndjson', 'csv', 'tsv', 'xml', 'auto', 'always', 'never', '08-09', '02-30', 'neutrality-pact', '/nonexistent', '\u0000', 'ä', '松岡洋右', '🇯🇵', 'a'.repeat(3000)];

const token = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...options),
  fc.constantFrom(...values),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Random argv: every run ends with 0, 1 or 2, one error line (plus a hint), no stack trace, no stdout on error. */
export const argvProperty = fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
  const r = run(argv, { columns: 80 });
  if (![0, 1, 2].includes(r.code)) throw new Error(`exit ${r.code} for ${JSON.stringify(argv)}`);
  if (/^\s+at /m.test(r.stderr)) throw new Error(`stack trace for ${JSON.stringify(argv)}`);
  if (/internal error/.test(r.stderr)) throw new Error(`internal error for ${JSON.stringify(argv)}: ${r.stderr}`);
  if (r.code !== 0) {
    if (r.stdout !== '' && !argv.includes('validate')) throw new Error(`stdout on error for ${JSON.stringify(argv)}`);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('pakt: error: '));
    if (errors.length !== 1) throw new Error(`not one error line for ${JSON.stringify(argv)}: ${r.stderr}`);
  }
});

const raw = readFileSync(PACK, 'utf8');
const source = join(PACK, '..', 'source', 'neutralitaetspakt.de.txt');
const dir = mkdtempSync(join(tmpdir(), 'pakt-fuzz-'));
mkdirSync(join(dir, 'source'));
copyFileSync(source, join(dir, 'source', 'neutralitaetspakt.de.txt'));

/** Every JSON pointer of a value, with the value there. */
function pointers(v: unknown, base = ''): [string, unknown][] {
  const out: [string, unknown][] = [[base, v]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pointers(x, `${base}/${i}`)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pointers(x, `${base}/${k}`));
  return out;
}
const all = pointers(JSON.parse(raw)).filter(([p]) => p !== '');

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('1945-02-30', '[1945..]', 'Mars/Olympus', '__proto__', 'constructor', 'molotov', '', '1945-08-08T23:00:00+04:00'),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ __proto__: { polluted: true } }),
);

let counter = 0;

/** Random mutations of the bundled pack either load or fail with exit 1 and a file name. */
export const packProperty = fc.property(fc.integer({ min: 0, max: all.length - 1 }), replacement, (at, value) => {
  const data = JSON.parse(raw) as Record<string, unknown>;
  const [pointer] = all[at] as [string, unknown];
  const keys = pointer.split('/').slice(1);
  let parent: Record<string, unknown> = data;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  // A new name each case: the run caches a loaded pack by its path.
  const file = join(dir, `pack-${++counter}.json`);
  writeFileSync(file, JSON.stringify(data));
  const r = run(['--facts', file, 'timeline', '--format', 'json']);
  if (r.code === 0) {
    JSON.parse(r.stdout);
  } else {
    if (r.code !== 1) throw new Error(`exit ${r.code} for ${pointer} = ${JSON.stringify(value)}: ${r.stderr}`);
    if (!r.stderr.startsWith(`pakt: error: ${file}: `)) throw new Error(`no file in the error for ${pointer}: ${r.stderr}`);
    if (/internal error|^\s+at /m.test(r.stderr)) throw new Error(`crash for ${pointer} = ${JSON.stringify(value)}: ${r.stderr}`);
    if (r.stdout !== '') throw new Error('stdout on error');
  }
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
});
