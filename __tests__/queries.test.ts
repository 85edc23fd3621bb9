import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signatories } from '../src/query/signatories';
import { show } from '../src/query/show';
import { territories } from '../src/query/territories';
import { timeline } from '../src/query/timeline';
import { NotFoundError, say, UsageError } from '../src/errors';
import { messages } from '../src/i18n';
import { parseQueryDate, parseZone, UTC_ZONE } from '../src/time';
import { context, run } from './helpers';

describe('signatories', () => {
  const rows = signatories(context());
  const by = (id: string) => rows.find((r) => r.person === id);

  const people = rows.filter((r) => ['matsuoka', 'tatekawa', 'molotov'].includes(r.person));

  test('Matsuoka and Tatekawa signed for Japan, Molotov for the USSR; Japan is a signatory of the Tripartite Pact', () => {
    expect(rows.map((r) => r.person).sort()).toEqual(['japan', 'matsuoka', 'molotov', 'tatekawa']);
    expect(by('japan')?.documents).toEqual(['tripartite-pact']);
    expect(by('japan')?.party).toBe('japan');
    expect(by('matsuoka')?.party).toBe('japan');
    expect(by('tatekawa')?.party).toBe('japan');
    expect(by('molotov')?.party).toBe('ussr');
    expect(by('matsuoka')?.officeId).toBe('foreign-minister');
    expect(by('tatekawa')?.officeId).toBe('ambassador');
  });

  test('each signed both documents, in Moscow, on 13 April 1941: both inferred: the signing sentence of the pact lost its beginning, the signers of the declaration are "dieselben Leute"', () => {
    expect(people).toHaveLength(3);
    for (const r of people) {
      expect(r.documents).toEqual(['neutrality-pact', 'mongolia-manchukuo-declaration']);
      expect(r.place).toBe('moscow');
      expect(r.date?.edtf).toBe('1941-04-13');
      expect(r.signings.map((x) => x.basis)).toEqual(['inferred', 'inferred']);
      expect(r.signings[0]?.reasoning).toMatch(/lost its beginning/);
      expect(r.basis).toBe('inferred');
    }
  });

  test('each row cites the sentence that gives the day, "13.April 1941"', () => {
    for (const r of people) expect(r.evidence.map((e) => e.quote)).toContain('den Pakt vom 13.April 1941 anzuprangern');
  });

  test('the Tripartite Pact: Japan, from its signatory-of statement', () => {
    const tri = signatories(context(), 'tripartite-pact');
    expect(tri.map((r) => [r.person, r.party, r.documents])).toEqual([['japan', 'japan', ['tripartite-pact']]]);
    expect(tri[0]?.evidence[0]?.quote).toMatch(/als Unterzeichner des dreigliedrigen Pakts/);
  });

  test('a document nobody signed: no result, exit 1 with one line', () => {
    const r = run(['signatories', '--document', 'yalta-deal']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/names no one who signed/);
  });

  test('--document filters and an unknown document is not found', () => {
    expect(signatories(context(), 'mongolia-manchukuo-declaration')).toHaveLength(3);
    expect(() => signatories(context(), 'treaty-of-versailles')).toThrow(NotFoundError);
    expect(() => signatories(context(), 'stalin')).toThrow(NotFoundError);
  });
});

describe('territories', () => {
  const rows = territories(context());
  const pairs = rows.map((r) => `${r.by} ${r.relation} ${r.territory}`);

  test('the two promises of the Mongolia–Manchukuo declaration: to respect, not to guarantee', () => {
    expect(pairs).toContain('ussr integrity-respected manchukuo');
    expect(pairs).toContain('japan integrity-respected mongolia');
    const promise = rows.find((r) => r.territory === 'manchukuo' && r.relation === 'integrity-respected');
    expect(promise?.source).toBe('mongolia-manchukuo-declaration');
    expect(promise?.relationLabel).toBe('promised to respect');
    expect(territories(context('de')).find((r) => r.relation === 'integrity-respected')?.relationLabel).toBe('sagte zu, … zu respektieren');
  });

  test('the three Soviet gains of 1945 belong to the last campaign, open-ended, not to the first hour of the invasion', () => {
    const gains = rows.filter((r) => r.relation === 'gained' && r.by === 'ussr');
    expect(gains.map((r) => r.territory).sort()).toEqual(['manchukuo', 'mengjiang', 'north-korea']);
    for (const g of gains) {
      expect(g.source).toBe('last-campaign-of-the-war');
      expect(g.date).toMatchObject({ edtf: '1945-08-09/..', precision: 'interval', end: null, basis: 'inferred', zoneBasis: 'inferred' });
    }
  });

  test('the counterfactual invasion of Siberia says so', () => {
    const siberia = rows.find((r) => r.territory === 'siberia' && r.relation === 'hypothetical-invasion' && r.by === 'japan');
    expect(siberia?.modality).toBe('counterfactual');
  });

  test('Manchukuo and Manchuria are two territories', () => {
    expect(rows.filter((r) => r.territory === 'manchuria').map((r) => r.relation)).toEqual(['invaded']);
    expect(rows.find((r) => r.territory === 'manchuria')?.name).toBe('Manchuria');
  });

  test('every row is by a state and has evidence', () => {
    for (const r of rows) {
      expect(['ussr', 'japan', 'germany', 'usa', 'uk', 'china']).toContain(r.by);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('timeline', () => {
  const ids = (rows: { event: string }[]) => rows.map((r) => r.event);

  test('the invasion of Manchuria comes before the declaration of war', () => {
    const order = ids(timeline(context()));
    expect(order.indexOf('soviet-invasion-of-manchuria')).toBeLessThan(order.indexOf('soviet-declaration-of-war'));
  });

  test('events are in order of their UTC bounds', () => {
    const rows = timeline(context());
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1]!.date;
      const b = rows[i]!.date;
      expect((a.start ?? '') <= (b.start ?? '')).toBe(true);
    }
  });

  test('every required event exists, yalta-deadline derived from the surrender', () => {
    const rows = timeline(context());
    for (const id of [
      'neutrality-pact-signed', 'mongolia-manchukuo-declaration-signed', 'operation-barbarossa', 'battle-of-moscow',
      'yamashita-to-manchuria', 'yalta-conference', 'pact-denounced', 'german-surrender',
      'soviet-invasion-of-manchuria', 'soviet-declaration-of-war', 'pact-expiry', 'yalta-deadline',
    ]) {
      expect(ids(rows)).toContain(id);
    }
    const deadline = rows.find((r) => r.event === 'yalta-deadline');
    expect(deadline?.derived).toBe(true);
    expect(deadline?.date.edtf).toBe('[1945-08-08,1945-08-09]');
  });

  test('the derived term end and denunciation deadline are computed from the signing', () => {
    const rows = timeline(context());
    const edtf = (id: string) => rows.find((r) => r.event === id)?.date.edtf;
    expect(edtf('pact-term-end')).toBe('1946-04-13');
    expect(edtf('denunciation-deadline')).toBe('1945-04-13');
    const term = rows.find((r) => r.event === 'pact-term-end');
    expect(term?.rule).toEqual({ from: 'neutrality-pact-signed', add: { years: 5 }, text: '5 years after “Signing of the Neutrality Pact”' });
  });

  test('--from/--to keep events whose bounds overlap the range', () => {
    const august = timeline(context(), {
      from: parseQueryDate('1945-08-08', UTC_ZONE),
      to: parseQueryDate('1945-08-08', UTC_ZONE),
    });
    expect(ids(august)).toEqual(
      expect.arrayContaining(['soviet-invasion-of-manchuria', 'soviet-declaration-of-war', 'yalta-deadline']),
    );
    expect(ids(august)).not.toContain('pact-denounced');
  });

  test('--zone changes the display, never the order', () => {
    const utc = timeline(context());
    const tokyo = timeline(context('en', 'Asia/Tokyo'));
    expect(ids(tokyo)).toEqual(ids(utc));
    const decl = tokyo.find((r) => r.event === 'soviet-declaration-of-war');
    expect(decl?.date.display).toBe('9 Aug 1945, 05:00 (Asia/Tokyo)');
  });

  test('--from after --to and an unknown type are usage errors', () => {
    const z = parseZone('UTC');
    expect(() => timeline(context(), { from: parseQueryDate('1946', z), to: parseQueryDate('1945', z) })).toThrow(UsageError);
    expect(() => timeline(context(), { type: 'party' })).toThrow(UsageError);
  });
});

describe('show', () => {
  test('an id shows the thing with its statements and evidence', () => {
    const r = show(context(), 'molotov');
    expect(r.kind).toBe('entity');
    expect(r.statements.some((s) => s.predicate === 'signed')).toBe(true);
    for (const s of r.statements) expect(s.evidence.length).toBeGreaterThan(0);
  });

  test('names and aliases in either language resolve', () => {
    expect(show(context(), 'Molotow').id).toBe('molotov');
    expect(show(context(), 'MOLOTOV').id).toBe('molotov');
    expect(show(context(), 'Mandschukuo').id).toBe('manchukuo');
  });

  test('a label outranks an alias; names of events resolve', () => {
    expect(show(context(), 'Yalta').id).toBe('yalta');
    expect(show(context(), 'Operation Barbarossa').id).toBe('operation-barbarossa');
    expect(show(context(), 'Aussenminister').id).toBe('foreign-minister');
    expect(show(context(), 'Außenminister').id).toBe('foreign-minister');
  });

  test('German output uses the pack vocabulary, not keywords', () => {
    const r = show(context('de'), 'molotov');
    const signed = r.statements.find((s) => s.predicate === 'signed');
    expect(signed?.predicateLabel).toBe('unterzeichnete');
    expect(signed?.qualifiers.onBehalfOf?.label).toBe('für');
    expect(r.typeLabel).toBe('Person');
    expect(territories(context('de')).find((t) => t.relation === 'gained')?.relationLabel).toBe('gewonnen');
  });

  test('a one-character name gets no far-fetched suggestion', () => {
    try {
      show(context(), '-');
      throw new Error('not thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(NotFoundError);
      expect((err as NotFoundError).hint).toBeUndefined();
    }
  });

  test('an event shows its date', () => {
    const r = show(context(), 'soviet-declaration-of-war');
    expect(r.date?.precision).toBe('minute');
    expect(r.date?.start).toBe('1945-08-08T20:00:00.000Z');
  });

  test('an unknown id is not found, with a suggestion', () => {
    expect(() => show(context(), 'molotof')).toThrow(NotFoundError);
    try {
      show(context(), 'molotof');
    } catch (err) {
      expect(say((err as NotFoundError).hint ?? '', messages.en)).toMatch(/molotov/);
    }
  });

  test('an empty name is a usage error', () => {
    expect(() => show(context(), '')).toThrow(UsageError);
  });
});

test('on: a one-of set that holds the day in several years names them all in one row, in order of first year (found by a fourth and a fifth breaking session: a row per year repeated the whole set)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pakt-on-'));
  cpSync(join(__dirname, '..', 'examples', 'toy-treaty'), dir, { recursive: true });
  const file = join(dir, 'pack.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
  const date = { edtf: '[1925-03-02,1926-03-02,1927-03-03]', basis: 'stated' };
  pack.events.push({ id: 'set', type: 'signing', label: { de: 'Menge', en: 'Set' }, date, evidence: [{ quote: 'galt zehn Jahre', paragraph: 2 }] });
  writeFileSync(file, JSON.stringify(pack));
  const rows = JSON.parse(run(['--facts', file, 'on', '03-02', '--json'], { env: { PAKT_NO_CACHE: '1' } }).stdout) as { event: string; year: number; years: number[] }[];
  expect(rows.map((r) => [r.event, r.year, r.years])).toEqual([
    ['treaty-signed', 1920, [1920]],
    ['set', 1925, [1925, 1926]],
    ['term-end', 1930, [1930]],
  ]);
});
