import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime, IANAZone } from 'luxon';
import { when } from '../src/query/when';
import { NotFoundError } from '../src/errors';
import { localReading, parseZone, resolveValue } from '../src/time';
import { context, run } from './helpers';

describe('when', () => {
  test('the invasion: the pack’s inferred reading (UTC+10) beside what the tz database gives, and that they disagree', () => {
    const r = when(context(), 'soviet-invasion-of-manchuria');
    expect(r.rows.map((x) => [x.zone, x.offset, x.local, x.reading, x.zoneBasis, x.agreesWithSource])).toEqual([
      ['UTC+10:00', '+10:00', '1945-08-09T00:00/1945-08-09T01:00', 'pack', 'inferred', null],
      ['UTC', '+00:00', '1945-08-08T14:00/1945-08-08T15:00', 'tz-database', null, null],
      ['Asia/Harbin', '+09:00', '1945-08-08T23:00/1945-08-09T00:00', 'tz-database', null, false],
    ]);
    expect(r.rows[0]?.note).toBe('zone inferred by the pack (≈)');
    expect(r.rows[2]?.note).toMatch(/^the tz database gives UTC\+09:00, not the pack's reading UTC\+10:00; still 8 Aug 1945 here/);
  });

  test('the zone is "the zone the source states" only where the source states it', () => {
    const notes = (id: string): string | null => when(context(), id).rows[0]?.note ?? null;
    expect(notes('soviet-declaration-of-war')).toBe('the zone the source states this date in');
    expect(notes('pact-denounced')).toBe('zone assumed by the pack; the source names none (?)');
    expect(notes('yalta-conference')).toBe('zone assumed by the pack; the source names none (?)');
    expect(notes('neutrality-pact-signed')).toBe('zone inferred by the pack (≈)');
    expect(when(context('de'), 'pact-denounced').rows[0]?.note).toBe('Zone vom Faktenpaket angenommen; die Quelle nennt keine (?)');
    expect(when(context(), 'german-surrender').rows[0]?.note).toBe('no zone: by the source the date depends on the time zone');
  });

  test('the declaration dated 8 August in Moscow was already 9 August in Manchuria', () => {
    const r = when(context(), 'soviet-declaration-of-war');
    const manchuria = r.rows.find((x) => x.zone === 'UTC+10:00');
    expect(manchuria?.local).toBe('1945-08-09T06:00');
    expect(manchuria?.note).toMatch(/already 9 Aug 1945 here \(Europe\/Moscow: 8 Aug 1945\)/);
    const de = when(context('de'), 'soviet-declaration-of-war').rows.find((x) => x.zone === 'UTC+10:00');
    expect(de?.note).toMatch(/hier schon 9\. August 1945 \(Ortszeit Moskau: 8\. August 1945\)/);
  });

  test('the declaration of war at 23:00 Moscow time is 05:00 the next day in Tokyo', () => {
    const r = when(context(), 'soviet-declaration-of-war', ['Europe/Moscow', 'Asia/Tokyo'].map((z) => parseZone(z)));
    expect(r.rows.map((x) => [x.zone, x.offset, x.local])).toEqual([
      ['Europe/Moscow', '+03:00', '1945-08-08T23:00'],
      ['Asia/Tokyo', '+09:00', '1945-08-09T05:00'],
    ]);
  });

  test('a day in another zone is its exact local span, not a made-up day', () => {
    const r = when(context(), 'pact-denounced', [parseZone('Asia/Tokyo'), parseZone('Europe/Moscow')]);
    expect(r.rows[0]?.local).toBe('1945-04-05T06:00/1945-04-06T06:00');
    expect(r.rows[1]?.local).toBe('1945-04-05');
  });

  test('offsets with seconds (local mean time) are kept exact', () => {
    const r = when(context(), 'pact-denounced', [parseZone('Africa/Monrovia')]);
    expect(r.rows[0]?.offset).toBe('-00:44:30');
    expect(r.rows[0]?.local).toBe('1945-04-04T20:15:30/1945-04-05T20:15:30');
  });

  test('a display in a zone with a seconds offset keeps the seconds', () => {
    const r = run(['timeline', '--zone', 'Africa/Monrovia', '--from', '1945-08-08', '--to', '1945-08-08', '--json']);
    const decl = (JSON.parse(r.stdout) as { event: string; date: { display: string } }[]).find((e) => e.event === 'soviet-declaration-of-war');
    expect(decl?.date.display).toBe('8 Aug 1945, 19:15:30 (Africa/Monrovia)');
  });

  test('a floating set is shown as the source gives it', () => {
    const r = when(context(), 'german-surrender', [parseZone('UTC')]);
    expect(r.rows[0]?.local).toBe('[1945-05-08,1945-05-09]');
  });

  test('an entity is not an event', () => {
    expect(() => when(context(), 'molotov')).toThrow(NotFoundError);
  });

  test('--zones keeps the order given; a bad zone is a usage error', () => {
    const r = run(['when', 'soviet-declaration-of-war', '--zones', 'Asia/Tokyo,UTC', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { zone: string }) => x.zone)).toEqual(['Asia/Tokyo', 'UTC']);
    const bad = run(['when', 'soviet-declaration-of-war', '--zones', 'Asia/Tokyo,Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^pakt: error: --zones: unknown time zone 'Mars\/Olympus'/);
    expect(run(['when', 'soviet-declaration-of-war', '--zones', 'UTC,']).code).toBe(2);
  });
});

describe('when: local times that --date takes back', () => {
  test.each(['soviet-invasion-of-manchuria', 'soviet-declaration-of-war', 'pact-denounced', 'neutrality-pact-signed'])(
    'every end of every local time of %s is a value --date accepts, naming the same instant',
    (event) => {
      for (const row of when(context(), event).rows) {
        if (row.local.startsWith('[')) continue;
        for (const end of row.local.split('/')) {
          const r = run(['status', '--date', end, '--zone', row.zone, '--json']);
          expect([row.zone, end, r.code]).toEqual([row.zone, end, 0]);
        }
      }
    },
  );
});

describe('a date set read on many clocks (found by a fourteenth breaking session: 6,000 days on 840 clocks took 98 s)', () => {
  test('the tz database is asked at most three times a day of the set per zone, and its answers are luxon\'s', () => {
    const tokyo = parseZone('Asia/Tokyo');
    /** Times the tz database is asked about Tokyo to read a set of `n` weekly days from `year` there (years apart: offsets are remembered). */
    const askedFor = (year: number, n: number): number => {
      const days = Array.from({ length: n }, (_, i) => DateTime.fromObject({ year, month: 1, day: 1 }, { zone: 'UTC' }).plus({ days: 7 * i }).toISODate());
      const value = resolveValue(`[${days.join(',')}]`, 'Europe/Moscow');
      const asked = jest.spyOn(IANAZone.prototype, 'offset');
      try {
        expect(localReading(value, tokyo, 'en').local.split(',')).toHaveLength(n);
        return asked.mock.contexts.filter((zone) => (zone as IANAZone).name === 'Asia/Tokyo').length;
      } finally {
        asked.mockRestore();
      }
    };
    // What the value costs as a whole (its offset, its first day) is in both counts; the difference is 200 days' worth.
    expect(askedFor(1931, 400) - askedFor(1901, 200)).toBeLessThanOrEqual(3 * 200);
    const value = resolveValue('[1901-01-01,1938-09-07]', 'Europe/Moscow');
    const luxon = IANAZone.create('Asia/Tokyo');
    for (const t of [value.bounds.start, value.bounds.end, Date.UTC(1945, 7, 8, 15), -1e13, 8.64e15, NaN]) expect(tokyo.zone.offset(t)).toBe(luxon.offset(t));
  });
});

// Found by a thirty-fifth breaking session: a time on 31 December 9999 read where it is already the year 10000 got no
// note, as the day was read as the first ten characters of its local time.
test('a local time on another calendar day is noted in the year 10000 too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pakt-when-'));
  cpSync(join(__dirname, '..', 'examples', 'toy-treaty'), dir, { recursive: true });
  const file = join(dir, 'pack.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { events: unknown[] };
  pack.events.push({
    id: 'last-second',
    type: 'signing',
    label: { de: 'Letzte Sekunde', en: 'Last second' },
    date: { edtf: '9999-12-31T23:59:59Z', zone: 'UTC', basis: 'stated', zoneBasis: 'stated' },
    evidence: [{ quote: 'galt zehn Jahre', paragraph: 2 }],
  });
  writeFileSync(file, JSON.stringify(pack));
  const rows = JSON.parse(run(['--facts', file, 'when', 'last-second', '--zones', 'Pacific/Kiritimati,UTC,America/Adak', '--json']).stdout) as { local: string; note: string | null }[];
  expect(rows.map((r) => [r.local, r.note])).toEqual([
    ['10000-01-01T13:59:59', 'already 1 Jan 10000 here (UTC: 31 Dec 9999)'],
    ['9999-12-31T23:59:59', 'the zone the source states this date in'],
    ['9999-12-31T13:59:59', null],
  ]);
  rmSync(dir, { recursive: true, force: true });
});
