import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { yearStart } from '../src/time';
import { timeline } from '../src/query/timeline';
import { context, run } from './helpers';

const GOLDEN = join(__dirname, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('timeline --chart', () => {
  test.each([80, 120])('golden chart at %i columns, colour off', (columns) => {
    const r = run(['timeline', '--chart', '--color', 'never', '--lang', 'en'], { isTTY: true, columns });
    expect(r.code).toBe(0);
    const file = join(GOLDEN, `timeline-chart-${columns}.txt`);
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest chart`);
      writeFileSync(file, r.stdout);
    }
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });

  test.each([60, 80, 160])('fits %i columns; piped it has no colour codes', (columns) => {
    const r = run(['timeline', '--chart'], { columns });
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(columns);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const tty = run(['timeline', '--chart'], { isTTY: true, columns });
    expect(tty.stdout).toMatch(/\u001b\[/);
  });

  test('every event of the range has a numbered key line; labels follow --lang', () => {
    const r = run(['timeline', '--chart', '--from', '1945-08', '--to', '1945-08', '--lang', 'de'], { columns: 100 });
    const events = timeline(context('de'), {}).filter((e) => ['yalta-deadline', 'soviet-invasion-of-manchuria', 'soviet-declaration-of-war'].includes(e.event));
    for (const e of events) expect(r.stdout).toContain(e.label);
    expect(r.stdout).toMatch(/gebrochen/);
  });

  test('a range with no events: an empty axis and a note, exit 0', () => {
    const r = run(['timeline', '--chart', '--from', '1900', '--to', '1900'], { columns: 80 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No events in this range\./);
  });

  test.each([['--json'], ['--format', 'csv'], ['--format', 'svg']])('--chart with %j is a usage error', (...extra) => {
    const r = run(['timeline', '--chart', ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--chart and --format \w+ do not combine/);
  });

  test('--format svg is only for timeline: the global --format lists the other formats, timeline\'s help shows svg', () => {
    expect(run(['status', '--format', 'svg']).code).toBe(2);
    expect(run(['status', '--help']).stdout).not.toMatch(/svg/);
    const help = run(['timeline', '--help']).stdout;
    expect(help).toMatch(/\(one\s+of: table, json, ndjson, csv, tsv\)/);
    expect(help).toMatch(/^ {2}pakt timeline --format svg > timeline\.svg$/m);
  });
});

describe('timeline --format svg', () => {
  test('a standalone SVG document that parses as XML and holds every event label of the range', () => {
    const r = run(['timeline', '--format', 'svg', '--from', '1945', '--to', '1945']);
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(r.stdout) as { svg: Record<string, unknown> };
    expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg['@_width']).toBe('1200');
    expect(r.stdout).not.toMatch(/<script|<image|@import|url\(|href=/);
    for (const e of timeline(context(), {}).filter((x) => (x.date.start ?? '') < '1946' && (x.date.end ?? '9999') > '1945')) {
      expect(r.stdout).toContain(e.label.replace(/&/g, '&amp;'));
    }
    for (const year of ['1945']) expect(r.stdout).toContain(`>${year}<`);
  });

  test('--format svg before the command, in any case, is the same SVG', () => {
    const svg = run(['timeline', '--format', 'svg']);
    expect(svg.code).toBe(0);
    expect(run(['--format', 'SVG', 'timeline']).stdout).toBe(svg.stdout);
  });

  test('dates follow --zone and labels --lang', () => {
    const r = run(['timeline', '--format', 'svg', '--zone', 'Asia/Tokyo', '--lang', 'de']);
    expect(r.stdout).toContain('≈9. August 1945, 05:00 Uhr (Ortszeit Japan)');
    expect(r.stdout).toMatch(/Zeichen: .*≈ Schlussfolgerung des Faktenpakets, nicht der Wortlaut der Quelle/);
    expect(r.stdout).toContain('Kriegserklärung der Sowjetunion an Japan');
  });
});

describe('years before 100 (found by a helper checking year 0000)', () => {
  const TOY = join(__dirname, '..', 'examples', 'toy-treaty');

  test('yearStart takes any year as it is (Date.UTC reads 0–99 as 1900–1999)', () => {
    expect(new Date(yearStart(20)).toISOString()).toBe('0020-01-01T00:00:00.000Z');
    expect(new Date(yearStart(0)).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(new Date(yearStart(1945)).toISOString()).toBe('1945-01-01T00:00:00.000Z');
  });

  test('a pack of the years 20 to 30 gets an axis of those years, in the chart and the SVG', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-years-'));
    cpSync(TOY, dir, { recursive: true });
    const file = join(dir, 'pack.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"1920-03-02"', '"0020-03-02"').replace('[1925-06..1925-08]', '[0025-06..0025-08]').replace('"1930-03"', '"0030-03"'),
    );
    const chart = run(['--facts', file, 'timeline', '--chart', '--color', 'never'], { columns: 100, env: { PAKT_NO_CACHE: '1' } });
    expect(chart.code).toBe(0);
    expect(chart.stdout.split('\n')[1]).toMatch(/^20 +21 .* 30$/);
    const svg = run(['--facts', file, 'timeline', '--format', 'svg'], { env: { PAKT_NO_CACHE: '1' } });
    expect(svg.stdout).toContain('>25<');
    expect(svg.stdout).not.toContain('>1925<');
  });
});
