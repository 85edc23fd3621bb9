import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderChart, renderSvg } from '../src/render/chart';
import type { ChartData } from '../src/query/chart';
import { csvField, tsvField } from '../src/render/output';
import { visible, visibleJson } from '../src/text/visible';
import { decideColor } from '../src/render/color';
import { timeline } from '../src/query/timeline';
import { context, PACK, run } from './helpers';

const identity = decideColor('never', {}, () => false, true);

const SOURCE = join(__dirname, '..', 'facts', 'source', 'neutralitaetspakt.de.txt');
const raw = readFileSync(PACK, 'utf8');

/** What a hostile source sentence holds: a colour change, a bell, a right-to-left override. */
const HOSTILE = 'Ein Satz mit \u001b[31mROT, einer Glocke\u0007 und \u202eumgekehrt.';

/** Characters that must never reach a terminal raw from a pack. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A pack directory: the bundled pack, with `extra` appended to its source as a paragraph of its own. */
function hostileDir(extra = HOSTILE, pack = raw): string {
  const dir = mkdtempSync(join(tmpdir(), 'pakt-hostile-'));
  mkdirSync(join(dir, 'source'));
  writeFileSync(join(dir, 'source', 'neutralitaetspakt.de.txt'), `${readFileSync(SOURCE, 'utf8')}\n\n${extra}\n`);
  writeFileSync(join(dir, 'pack.json'), pack);
  return join(dir, 'pack.json');
}

describe('visible()', () => {
  test('controls, DEL, C1 and bidi characters become escapes; everything else stays', () => {
    expect(visible('a\u001b[31mb\u0007c\u202ed\u0000\u007f\u009b\u2066\u200f\tx\r\ny')).toBe('a\\e[31mb\\x07c\\u202ed\\x00\\x7f\\x9b\\u2066\\u200f\\tx\\r\\ny');
    expect(visible('line\nnext', true)).toBe('line\nnext');
    const plain = 'Molotow — 松岡洋右 🇯🇵 Ärger\\n';
    expect(visible(plain)).toBe(plain);
  });

  test('JSON keeps its value and loses every raw control', () => {
    const value = { a: 'x\u001b\u009b\u202e\u2069y' };
    const text = visibleJson(JSON.stringify(value));
    expect(text).not.toMatch(RAW);
    expect(JSON.parse(text)).toEqual(value);
  });

  test('TSV reads back to one text; CSV keeps RFC 4180 quoting with line feeds and shows the rest', () => {
    expect(tsvField('a\\e\u001b\t\n')).toBe('a\\\\e\\e\\t\\n');
    expect(csvField('a,\u001b[31m\nb')).toBe('"a,\\e[31m\nb"');
    expect(csvField('a\rb\u0007')).toBe('a\\rb\\x07');
  });
});

describe('a hostile source sentence reaches no terminal raw', () => {
  const file = hostileDir();

  test.each(['table', 'tsv', 'csv', 'json', 'ndjson'])('validate --format %s', (format) => {
    const r = run(['validate', file, '--format', format], { isTTY: true, columns: 100 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Glocke');
    if (format === 'table') {
      // pakt's own colour codes only: none of the source's.
      expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, (m) => (m === '\u001b[31m' ? 'SOURCE' : ''))).not.toMatch(/SOURCE|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
      expect(r.stdout).toContain('\\e[31mROT, einer Glocke\\x07 und \\u202eumgekehrt.');
    } else {
      expect(r.stdout.replace(/\r?\n|\t/g, '')).not.toMatch(RAW);
    }
  });

  test.each([100, 30])('search and source as a table (%i columns: table and records layout)', (columns) => {
    for (const argv of [['search', 'Glocke'], ['source', '9']]) {
      const r = run(['--facts', file, ...argv, '--format', 'table', '--color', 'never'], { columns });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\\e[31m');
      expect(r.stdout).not.toMatch(RAW);
    }
  });

  test('an error quoting a pack value shows its controls as escapes, on one line', () => {
    const evil = raw.replace('"formatVersion": 1,', '"formatVersion": 1, "\\u001b[31mred\\u0007\\u202e": 1,');
    const r = run(['--facts', hostileDir(HOSTILE, evil), 'status']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown property '\\e[31mred\\x07\\u202e'");
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('pakt: error: '))).toHaveLength(1);
  });

  test('an argument with controls is echoed with escapes', () => {
    for (const argv of [['--zone', 'Mars\u001b[31m'], ['status', '--date', '19\u0007\u202e45'], ['show', 'x\u001b[2J']]) {
      const r = run(argv);
      expect(r.code).not.toBe(0);
      expect(r.stderr).not.toMatch(RAW);
    }
  });
});

describe('charts', () => {
  const data: ChartData = {
    title: 'T\u001b[31mitle',
    start: Date.UTC(1940, 0, 1),
    end: Date.UTC(1946, 0, 1),
    states: ['a'],
    phases: [{ state: 'a', label: 'ph\u202ease', start: Date.UTC(1941, 0, 1), end: Date.UTC(1945, 0, 1), fuzzyFrom: Date.UTC(1941, 0, 1) }],
    events: Array.from({ length: 1000 }, (_, i) => ({ ...timeline(context(), {})[0]!, event: `e-${i}`, label: `Ereignis\u0007 ${i}` })),
  };

  test('labels show their controls as escapes; a chart of many events keys one screen of them', () => {
    const text = renderChart(data, 'en', 100, identity);
    expect(text).not.toMatch(RAW);
    expect(text).toContain('T\\e[31mitle');
    expect(text).toContain('ph\\u202ease');
    expect(text).toContain('Ereignis\\x07 0');
    expect(text).toMatch(/… 960 more events/);
    expect(text.split('\n').length).toBeLessThan(120);
  });

  test('SVG holds no control character and stays bounded', () => {
    const svg = renderSvg(data, 'de');
    expect(svg).not.toMatch(RAW);
    expect(svg).toMatch(/… 800 weitere Ereignisse/);
  });

  test('COLUMNS of any size is capped', () => {
    const t = Date.now();
    const r = run(['timeline', '--chart'], { env: { COLUMNS: '100000' } });
    expect(r.code).toBe(0);
    expect(Math.max(...r.stdout.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(500);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});

