import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { run } from './helpers';

/**
 * Golden outputs: every command in every format, compared whole and exactly
 * (fixed clock, English, colour off, a 100-column terminal). After an
 * intended change, regenerate with `UPDATE_GOLDEN=1 npx jest golden` and
 * read the diff before committing.
 */
const DIR = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const COMMANDS: Record<string, string[]> = {
  status: ['status', '--date', '1945-08-08', '--zone', 'Europe/Moscow'],
  signatories: ['signatories'],
  territories: ['territories'],
  timeline: ['timeline', '--from', '1945-04', '--to', '1945-08'],
  show: ['show', 'molotov'],
  when: ['when', 'soviet-invasion-of-manchuria'],
  search: ['search', 'Molotow'],
  on: ['on', '08-09'],
  validate: ['validate'],
};
const FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;

const cases = Object.entries(COMMANDS).flatMap(([name, argv]) => FORMATS.map((format) => [name, format, argv] as const));

describe('golden outputs', () => {
  if (UPDATE) mkdirSync(DIR, { recursive: true });

  test.each(cases)('%s as %s', (name, format, argv) => {
    const r = run([...argv, '--format', format, '--lang', 'en', '--color', 'never'], { columns: 100 });
    expect(r.code).toBe(0);
    const file = join(DIR, `${name}.${format}`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest golden`);
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('golden exports', () => {
  const TOY = join(__dirname, '..', 'examples', 'toy-treaty', 'pack.json');

  test.each(['turtle', 'ntriples', 'jsonld'])('the toy pack as %s', (syntax) => {
    const r = run(['--facts', TOY, 'export', syntax], { env: { PAKT_NO_CACHE: '1' } });
    expect(r.code).toBe(0);
    const file = join(DIR, `export-toy.${syntax}`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest golden`);
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });
});

describe('format rules', () => {
  /** TSV fields back to their values (the escapes of `tsvField`). */
  const untsv = (field: string): string =>
    field.replace(/\\(\\|t|n|r)/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c] ?? c);

  test.each(Object.keys(COMMANDS))('%s: CSV reads back (RFC 4180) to the same records as TSV', (name) => {
    const argv = COMMANDS[name] as string[];
    const csv = run([...argv, '--format', 'csv']).stdout;
    const tsv = run([...argv, '--format', 'tsv']).stdout;
    const fromCsv = parse(csv, { relax_column_count: false }) as string[][];
    const fromTsv = tsv.replace(/\n$/, '').split('\n').map((line) => line.split('\t').map(untsv));
    expect(fromCsv).toEqual(fromTsv);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(fromCsv.length).toBeGreaterThan(1);
  });

  test.each(Object.keys(COMMANDS))('%s: JSON is UTF-8 unescaped with a trailing newline; NDJSON is one value per line', (name) => {
    const argv = COMMANDS[name] as string[];
    const json = run([...argv, '--json']).stdout;
    expect(json.endsWith('}\n') || json.endsWith(']\n')).toBe(true);
    expect(json).not.toMatch(/\\u00[0-9a-f]{2}/);
    const data = JSON.parse(json) as unknown;
    const lines = run([...argv, '--format', 'ndjson']).stdout.replace(/\n$/, '').split('\n');
    const values = lines.map((l) => JSON.parse(l) as unknown);
    expect(values).toEqual(Array.isArray(data) ? data : [data]);
  });

  test('JSON keys are camelCase', () => {
    const keys = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          keys.add(k);
          if (k !== 'qualifiers') walk(x);
        }
      }
    };
    for (const argv of Object.values(COMMANDS)) walk(JSON.parse(run([...argv, '--json']).stdout));
    for (const k of keys) expect(k).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });
});
