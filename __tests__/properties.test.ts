import fc from 'fast-check';
import { DateTime } from 'luxon';
import { status } from '../src/query/status';
import { containedInAnother, Occurrences, occurrencesIn } from '../src/text/occurrences';
import { coveredSentences } from '../src/query/validate';
import { citedBy } from '../src/query/source';
import { splitSentences } from '../src/pack/sentences';
import { sentencesAtMost } from '../src/pack/room';
import { clusterAt } from '../src/text/clusters';
import { mergeEvidence } from '../src/query/common';
import { replaceMatches, visible, visibleJson } from '../src/text/visible';
import { csvField, cutInside, render, tsvField } from '../src/render/output';
import { decideColor } from '../src/render/color';
import { compareBounds, localReading, parseQueryDate, parseZone, resolveValue, TimeValueError, type TemporalValue } from '../src/time';
// The wall-clock helpers are tested where they live: they are not the time core's public surface.
import { localCandidates } from '../src/time/query-date';
import { nextWall, wallMillisOf } from '../src/time/calendar';
import { offsetAt, wallToInstant } from '../src/time/offset';
import stringWidth from 'string-width';
import { breakPieces, cut, displayWidth, graphemes, SINGLE_CLUSTERS, wrapText } from '../src/render/width';
import { context, run, SIZE_TIMEOUT, sized } from './helpers';

const ZONES = ['UTC', 'Europe/Moscow', 'Europe/Berlin', 'Asia/Tokyo', 'America/New_York', 'Pacific/Kiritimati', 'UTC+10:00', 'UTC-03:30', 'Africa/Monrovia'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const DAY = 86_400_000;

/**
 * The instants (UTC ms) at which an IANA zone changed its offset in the
 * years `from` to `to`, from luxon: a weekly scan, then bisection to the
 * second (the tz database changes offsets on whole seconds).
 */
function transitionsOf(zoneName: string, from: number, to: number): { at: number; before: number; after: number }[] {
  const zone = parseZone(zoneName).zone;
  const found: { at: number; before: number; after: number }[] = [];
  const end = Date.UTC(to, 0, 1);
  let t = Date.UTC(from, 0, 1);
  let offset = zone.offset(t);
  for (let next = t + 7 * DAY; next <= end; t = next, next += 7 * DAY) {
    const after = zone.offset(next);
    if (after === offset) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (zone.offset(mid) === offset) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, before: offset, after: zone.offset(hi) });
    offset = after;
  }
  return found;
}

/**
 * Wall-clock times (wall ms, whole seconds) in `zones` in the years `from`
 * to `to`: half of them at random, half within three hours of a wall-clock
 * time at which a zone changed its offset (either side of a DST gap or
 * overlap), where resolving a wall time is hard.
 */
function wallTimesArb(zones: readonly string[], from: number, to: number): fc.Arbitrary<{ zoneName: string; wall: number }> {
  const edges = zones.flatMap((zoneName) =>
    /^UTC/.test(zoneName)
      ? []
      : transitionsOf(zoneName, from, to).flatMap(({ at, before, after }) =>
          [before, after].map((offset) => ({ zoneName, wall: Math.floor((at + offset * 60_000) / 1000) * 1000 })),
        ),
  );
  const random = fc.record({
    zoneName: fc.constantFrom(...zones),
    wall: fc.integer({ min: Date.UTC(from, 0, 1) / 1000, max: Date.UTC(to, 0, 1) / 1000 }).map((s) => s * 1000),
  });
  const nearEdge = fc
    .record({ edge: fc.constantFrom(...edges), seconds: fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -3 * 3600, max: 3 * 3600 })) })
    .map(({ edge, seconds }) => ({ zoneName: edge.zoneName, wall: edge.wall + seconds * 1000 }));
  return fc.oneof(random, nearEdge);
}

/** Wall milliseconds as the fields of a wall-clock time. */
function fieldsAt(wall: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const d = new Date(wall);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** Random wall-clock fields: years `min`–`max`, days 1–`maxDay` (beyond 28, not every month has them). */
const wallFieldsArb = (min: number, max: number, maxDay: number) => ({
  year: fc.integer({ min, max }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: maxDay }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
});

/** A random valid calendar text at a random precision (year … second). */
const calendarText = fc
  .record({ ...wallFieldsArb(1900, 1999, 28), precision: fc.integer({ min: 0, max: 5 }) })
  .map(({ year, month, day, hour, minute, second, precision }) => {
    const parts = [pad(year, 4), `-${pad(month)}`, `-${pad(day)}`, `T${pad(hour)}:${pad(minute)}`, '', `:${pad(second)}`];
    if (precision === 3) return parts.slice(0, 4).join('');
    if (precision >= 4) return `${parts.slice(0, 4).join('')}:${pad(second)}`;
    return parts.slice(0, precision + 1).join('');
  });

/** A random pack value: a single value or a one-of set, in a zone or floating. */
const packValue: fc.Arbitrary<TemporalValue> = fc
  .record({
    a: calendarText,
    b: calendarText,
    set: fc.boolean(),
    zone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  })
  .filter(({ a, b, zone }) => zone !== undefined || (!a.includes('T') && !b.includes('T')))
  .map(({ a, b, set, zone }) => {
    try {
      return resolveValue(set ? `[${a},${b}]` : a, zone);
    } catch (err) {
      if (err instanceof TimeValueError) return resolveValue(a.slice(0, 10), zone);
      throw err;
    }
  });

describe('properties of the time core', () => {
  test('wall-clock arithmetic agrees with Date for every year 0001–9999 (set with the full year)', () => {
    const dateUtc = (y: number, mo: number, d: number, h: number, mi: number, s: number): number => {
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      t.setUTCHours(h, mi, s, 0);
      return t.getTime();
    };
    fc.assert(
      fc.property(
        fc.record(wallFieldsArb(1, 9999, 31)),
        fc.constantFrom('year', 'month', 'day', 'hour', 'minute', 'second' as const),
        (f, unit) => {
          // Only real days: the parser refuses 30 February.
          fc.pre(new Date(dateUtc(f.year, f.month, f.day, 0, 0, 0)).getUTCDate() === f.day);
          expect(wallMillisOf(f)).toBe(dateUtc(f.year, f.month, f.day, f.hour, f.minute, f.second));
          const next = new Date(dateUtc(f.year, f.month, f.day, f.hour, f.minute, f.second));
          if (unit === 'year') next.setUTCFullYear(f.year + 1);
          else if (unit === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
          else if (unit === 'day') next.setUTCDate(next.getUTCDate() + 1);
          else if (unit === 'hour') next.setUTCHours(next.getUTCHours() + 1);
          else if (unit === 'minute') next.setUTCMinutes(next.getUTCMinutes() + 1);
          else next.setUTCSeconds(next.getUTCSeconds() + 1);
          expect(nextWall(f, unit)).toBe(next.getTime());
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('ordering by bounds is a consistent total preorder on mixed precisions', () => {
    fc.assert(
      fc.property(fc.array(packValue, { minLength: 2, maxLength: 12 }), (values) => {
        const sorted = [...values].sort((x, y) => compareBounds(x.bounds, y.bounds));
        for (let i = 0; i < sorted.length; i++) {
          for (let j = i + 1; j < sorted.length; j++) {
            const a = sorted[i]!.bounds;
            const b = sorted[j]!.bounds;
            expect(compareBounds(a, b)).toBeLessThanOrEqual(0);
            expect(compareBounds(a, b)).toBe(-compareBounds(b, a) || 0);
          }
        }
        for (const v of values) expect(v.bounds.start).toBeLessThan(v.bounds.end);
      }),
      { numRuns: 300 },
    );
  });

  test('a command-line date read in a zone reads back as the same wall-clock text', () => {
    const formats = ['yyyy', 'yyyy-MM', 'yyyy-MM-dd', "yyyy-MM-dd'T'HH", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    const precisionIndex = { year: 0, month: 1, day: 2, hour: 3, minute: 4, second: 5 } as const;
    fc.assert(
      fc.property(calendarText, fc.constantFrom(...ZONES), (text, zoneName) => {
        const zone = parseZone(zoneName);
        let q;
        try {
          q = parseQueryDate(text, zone);
        } catch (err) {
          // The only refusal for a valid calendar text: a wall-clock time skipped by a DST change.
          expect((err as TimeValueError).code).toBe('nonexistent-local-time');
          return;
        }
        // A day, month or year starts at its first instant (midnight, or later where
        // midnight was skipped): formatted at its precision it is the same text.
        const local = DateTime.fromMillis(q.start, { zone: zone.zone });
        expect(local.toFormat(formats[precisionIndex[q.precision]] as string)).toBe(text);
        expect(q.end).toBeGreaterThan(q.start);
      }),
      { numRuns: 500 },
    );
  });

  test("a range's last member read on a zone's clocks ends where the range ends, read back as --date reads it", () => {
    const zones = ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Beirut', 'Africa/Monrovia', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Apia', 'UTC+10:00', 'UTC'];
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 50_000 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom(...zones), fc.constantFrom(...zones), (from, days, own, readIn) => {
        const day = (n: number) => DateTime.fromMillis(Date.UTC(1900, 0, 1) + n * 86_400_000, { zone: 'UTC' }).toFormat('yyyy-MM-dd');
        const value = resolveValue(`[${day(from)}..${day(from + days)}]`, own);
        const zone = parseZone(readIn);
        const last = /\.\.([^\]]+)\]$/.exec(localReading(value, zone, 'en').local)?.[1] as string;
        expect([own, readIn, last, parseQueryDate(last, zone).end]).toEqual([own, readIn, last, value.bounds.end]);
      }),
      { numRuns: 1000 },
    );
  });

  test("a value read on a zone's clocks (pakt when) is the unit --date reads as its bounds there, else its bounds as luxon shows them", () => {
    // Zones with DST gaps and overlaps at midnight, local mean time with seconds, half-hour DST, a day skipped.
    const zones = ['Europe/Berlin', 'America/Sao_Paulo', 'America/Havana', 'Asia/Beirut', 'Africa/Monrovia', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Apia', 'Europe/Dublin', 'UTC+10:00', 'UTC'];
    const formats = ['yyyy', 'yyyy-MM', 'yyyy-MM-dd', "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];
    fc.assert(
      fc.property(wallTimesArb(zones, 1880, 2030), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...zones), ({ zoneName, wall }, p, readIn) => {
        const text = DateTime.fromMillis(wall, { zone: 'UTC' }).toFormat(formats[p] as string);
        let value: TemporalValue;
        try {
          value = resolveValue(text, zoneName);
        } catch (err) {
          expect((err as TimeValueError).code).toBe('nonexistent-local-time');
          return;
        }
        const { start, end } = value.bounds;
        const zone = parseZone(readIn);
        const { local } = localReading(value, zone, 'en');
        const asDate = (t: string) => {
          try {
            const q = parseQueryDate(t, zone);
            return [q.start, q.end];
          } catch {
            return undefined;
          }
        };
        // The unit the value's first instant falls in there, at the value's precision.
        const unit = DateTime.fromMillis(start, { zone: zone.zone }).toFormat(formats[p] as string);
        if (!local.includes('/')) {
          expect([text, zoneName, readIn, local, asDate(local)]).toEqual([text, zoneName, readIn, unit, [start, end]]);
        } else {
          expect([text, zoneName, readIn, asDate(unit)]).not.toEqual([text, zoneName, readIn, [start, end]]);
          const s = DateTime.fromMillis(start, { zone: zone.zone });
          const e = DateTime.fromMillis(end, { zone: zone.zone });
          const fine = s.second !== 0 || e.second !== 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm";
          expect([text, zoneName, readIn, local]).toEqual([text, zoneName, readIn, `${s.toFormat(fine)}/${e.toFormat(fine)}`]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('wall time to instant agrees with the tz database: the earliest instant showing it, or after a gap the first one after', () => {
    // No zone here moved its clocks back by 12 hours or more in these years (see wallToInstant).
    const zones = ['Europe/Berlin', 'America/Sao_Paulo', 'Europe/Moscow', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Apia', 'Africa/Monrovia', 'UTC+10:00'];
    fc.assert(
      fc.property(
        wallTimesArb(zones, 1900, 2030),
        ({ zoneName, wall }) => {
          const zone = parseZone(zoneName);
          const fields = fieldsAt(wall);
          const instant = wallToInstant(wall, zone);
          const candidates = localCandidates(fields, zone);
          if (candidates.length > 0) {
            expect(instant).toBe(candidates[0]?.instant);
          } else {
            // In a gap: the clocks show a later time at that instant, and an earlier one just before.
            const shown = DateTime.fromMillis(instant, { zone: zone.zone });
            expect(shown.toMillis() + shown.offset * 60_000).toBeGreaterThan(wall);
          }
          expect(offsetAt(zone, instant)).toBe(zone.zone.offset(instant));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("wall time to instant is luxon's fixOffset (DateTime#setZone, keepLocalTime), except that a wall time shown twice gets its earlier instant", () => {
    const zones = [
      'Europe/Berlin',
      'America/Sao_Paulo',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Apia',
      'Africa/Monrovia',
      'Atlantic/Azores',
      'America/Anchorage',
      'Pacific/Kwajalein',
      'UTC+10:00',
    ];
    fc.assert(
      fc.property(wallTimesArb(zones, 1850, 2040), ({ zoneName, wall }) => {
        const zone = parseZone(zoneName);
        const luxon = DateTime.fromMillis(wall, { zone: 'utc' }).setZone(zone.zone, { keepLocalTime: true }).toMillis();
        const instant = wallToInstant(wall, zone);
        if (instant !== luxon) {
          const shows = (t: number) => t + zone.zone.offset(t) * 60_000;
          expect(instant).toBeLessThan(luxon);
          expect(shows(instant)).toBe(wall);
          expect(shows(luxon)).toBe(wall);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('the offset remembered per UTC day is the tz database offset at any instant, also next to midnight UTC', () => {
    const zones = ['Europe/Berlin', 'Europe/London', 'Europe/Moscow', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Tokyo', 'Atlantic/Azores'];
    fc.assert(
      fc.property(
        fc.integer({ min: Math.floor(Date.UTC(1900, 0, 1) / DAY), max: Math.floor(Date.UTC(2030, 0, 1) / DAY) }),
        fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 0, max: DAY - 1 })),
        fc.constantFrom(...zones),
        (day, within, zoneName) => {
          const zone = parseZone(zoneName);
          const instant = day * DAY + within;
          expect(offsetAt(zone, instant)).toBe(zone.zone.offset(instant));
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('status over instants in time order never goes back to an earlier phase', () => {
    const ctx = context();
    const order = ctx.index.pack.status.transitions.map((t) => t.to);
    order.unshift(ctx.index.pack.status.initial);
    const start = Date.UTC(1940, 0, 1);
    const end = Date.UTC(1947, 0, 1);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: start, max: end }), { minLength: 2, maxLength: 30 }), (instants) => {
        const phases = [...instants]
          .sort((a, b) => a - b)
          .map((t) => order.indexOf(status(ctx, { input: 'x', zone: 'UTC', precision: 'second', start: t, end: t + 1000 }).state));
        for (let i = 1; i < phases.length; i++) expect(phases[i]).toBeGreaterThanOrEqual(phases[i - 1]!);
      }),
      { numRuns: 200 },
    );
  });

  test("no output changes with the process's TZ", () => {
    const argvs = [
      ['timeline', '--json', '--lang', 'en'],
      ['status', '--date', '1945-08-08', '--zone', 'Europe/Moscow', '--json', '--lang', 'de'],
      ['when', 'soviet-invasion-of-manchuria', '--json', '--lang', 'en'],
      ['signatories', '--format', 'csv', '--lang', 'en'],
    ];
    const saved = process.env.TZ;
    process.env.TZ = 'UTC';
    const baseline = argvs.map((a) => run(a).stdout);
    try {
      fc.assert(
        fc.property(fc.constantFrom('Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Pago_Pago', 'Europe/Berlin'), fc.integer({ min: 0, max: argvs.length - 1 }), (tz, i) => {
          process.env.TZ = tz;
          expect(run(argvs[i] as string[]).stdout).toBe(baseline[i]);
        }),
        { numRuns: 20 },
      );
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('mergeEvidence', () => {
  // Quotes no paragraph holds stand by themselves: the answer is the same.
  const NO_SOURCE = { occurrences: occurrencesIn([]) };
  // The definition, one evidence at a time: kept where it is the first of its paragraph and quote,
  // and no other quote of its paragraph contains it.
  const defined = (all: readonly { quote: string; paragraph: number }[]) =>
    all.filter(
      (e, i) =>
        all.findIndex((o) => o.paragraph === e.paragraph && o.quote === e.quote) === i &&
        !all.some((o) => o.paragraph === e.paragraph && o.quote !== e.quote && o.quote.includes(e.quote)),
    );
  const evidence = fc.record({ quote: fc.constantFrom('a', 'ab', 'abc', 'b', 'bc', 'x y', 'y'), paragraph: fc.integer({ min: 1, max: 3 }) });

  test('keeps each quote once, first first, without quotes another of its paragraph contains (a fifth breaking session found it quadratic)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(evidence, { maxLength: 6 }), { maxLength: 4 }), (lists) => {
        expect(mergeEvidence(NO_SOURCE, lists)).toEqual(defined(lists.flat()));
      }),
      { numRuns: 500 },
    );
  });

  test('keeps the same for quotes that occur several times in others, as their prefixes or suffixes, and equal quotes in other paragraphs (a seventh breaking session found it quadratic)', () => {
    const quote = fc.array(fc.constantFrom('a', 'b', ' '), { maxLength: 7 }).map((xs) => xs.join(''));
    const cited = fc.record({ quote, paragraph: fc.integer({ min: 1, max: 3 }) });
    fc.assert(
      fc.property(fc.array(fc.array(cited, { maxLength: 30 }), { maxLength: 4 }), (lists) => {
        expect(mergeEvidence(NO_SOURCE, lists)).toEqual(defined(lists.flat()));
      }),
      { numRuns: 500 },
    );
  });

  test('the same evidence object in several lists is kept once, at its first place', () => {
    const shared = { quote: 'Anna', paragraph: 1 };
    const other = { quote: 'Berg', paragraph: 2 };
    expect(mergeEvidence(NO_SOURCE, [[shared], [other, shared], [shared]])).toEqual([shared, other]);
  });
});

describe('containedInAnother', () => {
  const defined = (quotes: readonly string[]) => quotes.map((q, i) => quotes.some((o, j) => j !== i && o.includes(q)));
  // Quotes of few letters occur in each other often, several times, as prefixes and suffixes.
  const quote = fc.array(fc.constantFrom('a', 'b', ' ', 'ä', '\u0000'), { maxLength: 10 }).map((xs) => xs.join(''));

  test('tells which quotes another one contains, as comparing each with each does', () => {
    fc.assert(
      fc.property(fc.uniqueArray(quote, { maxLength: 40 }), (quotes) => {
        expect(containedInAnother(quotes)).toEqual(defined(quotes));
      }),
      { numRuns: 1000 },
    );
  });

  test('reads the same where the quotes stand in their paragraph: pieces of it, overlapping or apart, and quotes it does not hold', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'ä'), { minLength: 1, maxLength: 60 }).map((xs) => xs.join(''));
    const case_ = text.chain((paragraph) =>
      fc.record({
        paragraph: fc.constant(paragraph),
        pieces: fc.array(fc.tuple(fc.nat(paragraph.length), fc.nat(paragraph.length)).map(([x, y]) => paragraph.slice(Math.min(x, y), Math.max(x, y))), { maxLength: 30 }),
        others: fc.array(quote, { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(case_, ({ paragraph, pieces, others }) => {
        const quotes = [...new Set([...pieces, ...others])];
        expect(containedInAnother(quotes, () => new Occurrences(paragraph))).toEqual(defined(quotes));
      }),
      { numRuns: 1000 },
    );
  });

  test('quotes that repeat one letter, prefixes of each other, and one that holds all', () => {
    const runs = Array.from({ length: 300 }, (_, i) => 'a'.repeat(i + 1));
    expect(containedInAnother(runs)).toEqual(runs.map((_, i) => i < 299));
    const words = Array.from({ length: 200 }, (_, i) => `w${i}.`);
    expect(containedInAnother([...words, words.join(' ')])).toEqual([...words.map(() => true), false]);
    expect(containedInAnother(['', 'a'])).toEqual([true, false]);
    expect(containedInAnother([''])).toEqual([false]);
  });

  test('refuses equal quotes', () => {
    expect(() => containedInAnother(['a', 'a'])).toThrow(/distinct/);
  });
});

describe('Occurrences', () => {
  const naive = (text: string, quote: string): number[] => {
    const out: number[] = [];
    for (let at = text.indexOf(quote); at >= 0 && quote !== ''; at = text.indexOf(quote, at + 1)) out.push(at);
    return out;
  };
  /** Every occurrence, one nextAt after the other. */
  const every = (finder: Occurrences, quote: string): number[] => {
    const out: number[] = [];
    for (let at = finder.nextAt(quote, 0); at >= 0; at = finder.nextAt(quote, at + 1)) out.push(at);
    return out;
  };

  test('finds what indexOf finds, before and after it indexes a long text (a fifth breaking session found quotes of one paragraph quadratic)', () => {
    const words = fc.array(fc.constantFrom('Zitat', '1', '12', 'nennt', 'Nordheim.', 'ä', '🇯🇵', ' ', 'Zitat 12 nennt Nordheim.'), { minLength: 1500, maxLength: 2000 });
    fc.assert(
      fc.property(words, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 20000 })), { minLength: 100, maxLength: 150 }), (parts, cuts) => {
        const text = parts.join(' ');
        const finder = new Occurrences(text);
        for (const [at, length, from] of cuts) {
          const start = at % text.length;
          const quote = length === 0 ? 'nirgends im Text' : text.slice(start, start + length);
          expect(every(finder, quote)).toEqual(naive(text, quote));
          expect(finder.nextAt(quote, from)).toBe(text.indexOf(quote, from));
          expect(finder.has(quote)).toBe(quote !== '' && text.includes(quote));
        }
        expect(finder.nextAt('', 0)).toBe(-1);
      }),
      { numRuns: 30 },
    );
  });
});

describe('coverage (validate) and citedBy (source) over every occurrence of a quote', () => {
  // The rule of validate, written out: an occurrence covers a sentence when it overlaps at least
  // half of it, or lies wholly inside it and is at least 15 characters long.
  const covers = (s: { start: number; end: number }, at: number, length: number): boolean => {
    const overlap = Math.min(s.end, at + length) - Math.max(s.start, at);
    if (overlap <= 0) return false;
    const inside = at >= s.start && at + length <= s.end;
    return overlap >= 0.5 * (s.end - s.start) || (inside && overlap >= 15);
  };
  /** Every occurrence of each quote in its paragraph, by indexOf (each looked for once). */
  const occurrences = (paragraphs: string[]): ((paragraph: number, quote: string) => number[]) => {
    const found = new Map<string, number[]>();
    return (paragraph, quote) => {
      const key = `${paragraph}\u0000${quote}`;
      let out = found.get(key);
      if (out === undefined) {
        const text = paragraphs[paragraph - 1] ?? '';
        out = [];
        for (let at = text.indexOf(quote); at >= 0 && quote !== ''; at = text.indexOf(quote, at + 1)) out.push(at);
        found.set(key, out);
      }
      return out;
    };
  };
  const definedCoverage = (paragraphs: string[], quotes: { quote: string; paragraph: number }[]): number[] => {
    const all = occurrences(paragraphs);
    return splitSentences(paragraphs).map((s) =>
      quotes.some((q) => q.paragraph === s.paragraph && all(q.paragraph, q.quote).some((at) => covers(s, at, q.quote.length))) ? 1 : 0,
    );
  };
  const definedCitedBy = (paragraphs: string[], facts: { id: string; evidence: { quote: string; paragraph: number }[] }[]): Map<string, string[]> => {
    const all = occurrences(paragraphs);
    const out = new Map<string, string[]>();
    splitSentences(paragraphs).forEach((s, i) => {
      const ids = facts
        .filter((f) => f.evidence.some((e) => e.paragraph === s.paragraph && all(e.paragraph, e.quote).some((at) => at < s.end && at + e.quote.length > s.start)))
        .map((f) => f.id);
      if (ids.length > 0) out.set(`s${i}`, [...new Set(ids)]);
    });
    return out;
  };
  const withIds = (paragraphs: string[]) => splitSentences(paragraphs).map((s, i) => ({ ...s, id: `s${i}` }));

  // Few letters, so that a quote occurs often and overlapping itself; sentence marks, so that a
  // paragraph has sentences of every length, many long enough for a quote of 15 inside.
  const paragraph = fc.array(fc.constantFrom('a', 'b', 'ab ', ' ', 'A', 'B', 'aaaaaaaa', 'aaaaaaaa', 'ba ab', '. ', '.', '! '), { maxLength: 40 }).map((xs) => xs.join(''));
  const quoteOf = (paragraphs: string[]) =>
    fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 2 }), fc.nat(), fc.integer({ min: 1, max: 40 })).map(([n, at, length]) => {
        const text = paragraphs[n - 1]!;
        const start = text.length === 0 ? 0 : at % text.length;
        return { quote: text.slice(start, start + length), paragraph: n };
      }),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.constantFrom('a', 'b', ' ', '.', 'A'), { minLength: 1, maxLength: 20 })).map(([n, xs]) => ({ quote: xs.join(''), paragraph: n })),
    );
  const packs = fc.tuple(paragraph, paragraph).chain((paragraphs) =>
    fc.tuple(fc.constant(paragraphs), fc.array(fc.array(quoteOf(paragraphs), { maxLength: 3 }), { maxLength: 8 })),
  );

  test('validate covers a sentence when one occurrence of a quote covers it, as checking every occurrence does', () => {
    fc.assert(
      fc.property(packs, ([paragraphs, evidence]) => {
        const quotes = evidence.flat();
        expect([...coveredSentences(splitSentences(paragraphs), occurrencesIn(paragraphs), quotes)]).toEqual(definedCoverage(paragraphs, quotes));
      }),
      { numRuns: 2000 },
    );
  });

  test('source gives a sentence every fact with a quote that overlaps it at any occurrence, in pack order', () => {
    fc.assert(
      fc.property(packs, ([paragraphs, evidence]) => {
        // Two facts may share an id: it is listed once.
        const facts = evidence.map((e, i) => ({ id: `f${i % 5}`, evidence: e }));
        expect(citedBy(occurrencesIn(paragraphs), facts, withIds(paragraphs))).toEqual(definedCitedBy(paragraphs, facts));
        // Some sentences only (as for `pakt source 7`): the same for those.
        const some = withIds(paragraphs).filter((_, i) => i % 2 === 1);
        const all = definedCitedBy(paragraphs, facts);
        expect(citedBy(occurrencesIn(paragraphs), facts, some)).toEqual(new Map(some.filter((s) => all.has(s.id)).map((s) => [s.id, all.get(s.id)!])));
      }),
      { numRuns: 2000 },
    );
  });

  test('the same in a paragraph long enough, and with quotes enough, to be indexed', () => {
    const words = fc.array(fc.constantFrom('Zitat', '1', 'nennt', 'Nordheim.', 'ä', 'aaaaaaaaaaaaaaaaaaaa', 'Zitat 1 nennt Nordheim.'), { minLength: 600, maxLength: 800 });
    fc.assert(
      fc.property(words, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 60 })), { minLength: 80, maxLength: 100 }), (parts, cuts) => {
        // Long enough to be indexed however short its words: 4,096 characters.
        const paragraphs = [parts.join(' ').padEnd(4096, ' Ende.')];
        const text = paragraphs[0]!;
        const quotes = cuts.map(([at, length]) => ({ quote: text.slice(at % text.length, (at % text.length) + length), paragraph: 1 }));
        expect([...coveredSentences(splitSentences(paragraphs), occurrencesIn(paragraphs), quotes)]).toEqual(definedCoverage(paragraphs, quotes));
        const facts = quotes.map((q, i) => ({ id: `f${i}`, evidence: [q] }));
        expect(citedBy(occurrencesIn(paragraphs), facts, withIds(paragraphs))).toEqual(definedCitedBy(paragraphs, facts));
      }),
      // Shrinking a text of hundreds of words takes minutes; the short paragraphs above give small failures.
      { numRuns: 5, endOnFailure: true },
    );
  });
});

describe('the sentences a source will have, counted before it is split', () => {
  test('sentencesAtMost is never fewer than the sentences splitSentences finds', () => {
    const unit = fc.constantFrom('a', 'Ab', 'Ä', '5', '.', '!', '?', '“', '”', '"', "'", ',', ' ', '\n', '„', ')');
    const paragraph = fc.array(unit, { maxLength: 24 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 4 }), (paragraphs) => {
        expect(sentencesAtMost(paragraphs)).toBeGreaterThanOrEqual(splitSentences(paragraphs).length);
      }),
      { numRuns: 5000 },
    );
    // A paragraph that ends with its end mark adds nothing for its end: millions of paragraphs `a.` are as many sentences.
    expect(sentencesAtMost(['a.', 'b. ', 'Er kam. " "'])).toBe(4);
  });
});

describe('line breaking and cutting', () => {

  // Found by a thirty-fifth breaking session: search snippets cut an emoji in half, a lone surrogate in the output.
  test('clusterAt finds the grapheme cluster segmenting the whole text finds, looking only around the position', () => {
    const cluster = fc.constantFrom('a', ' ', 'é', 'e\u0301', '😀', '👍🏽', '👨‍👩‍👧', '🇩🇪', '🇯🇵', '🇩', '𠀀', '松', '\r\n', '\u0915\u094d\u0937');
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(cluster, { maxLength: 120 }), fc.nat(), (parts, n) => {
        const text = parts.join('');
        const i = text.length === 0 ? 0 : n % text.length;
        const whole = [...segmenter.segment(text)].find((s) => s.index <= i && i < s.index + s.segment.length);
        expect([text, i, clusterAt(text, i)]).toEqual([text, i, whole ? [whole.index, whole.index + whole.segment.length] : [0, 0]]);
      }),
      { numRuns: 3000 },
    );
    // A run of flags longer than the look pairs no more: the code point stands for its cluster, whole.
    const flags = '🇩🇪'.repeat(2000);
    expect(clusterAt(flags, 2 * 2000 + 2)).toEqual([4002, 4004]);
  });

  test('a cell lost text exactly when its lines hold a … and differ from it, white space aside', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', '\u3000', '…', 'ä', '😀');
    const text = fc.array(unit, { maxLength: 16 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (cell, lines) => {
        const lost = lines.some((line) => line.includes('…')) && lines.join('').replace(/\s+/g, '') !== cell.replace(/\s+/g, '');
        expect(cutInside(cell, lines)).toBe(lost);
        // Lines that are the cell with its spaces moved, and a … where the cell has one, lost nothing.
        expect(cutInside(cell, cell.split(/\s/))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  // Found by a twenty-ninth breaking session: labels of emoji in each of 2,000 rows made a table take 33 s.
  test('a text measured, wrapped and cut again is segmented once', () => {
    const label = 'Nordheim 👨‍👩‍👧'.repeat(50);
    const segment = jest.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      const once = () => [displayWidth(label), wrapText(label, 20), cut(label, 30)];
      const first = once();
      const calls = segment.mock.calls.length;
      expect(calls).toBeGreaterThan(0);
      for (let i = 0; i < 1000; i++) expect(once()).toEqual(first);
      expect(segment.mock.calls.length).toBe(calls);
    } finally {
      segment.mockRestore();
    }
  });
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const pieceText = fc.array(fc.constantFrom('a', 'Ä', 'я', '𝐀', '7', '-', '/', ' ', '\\', 'x', '松', 'é', '\u0301', '…', '\u001b'), { maxLength: 24 }).map((xs) => xs.join(''));

  test('breakPieces breaks a word after a hyphen between letters and after a single slash, as the rule written as a regular expression does', () => {
    const rule = /(?<=\p{L}-)(?=\p{L})|(?<=[^/]\/)(?=[^/])/u;
    const defined = (paragraph: string) =>
      paragraph.split(' ').flatMap((word, i) => word.split(rule).map((text, k) => ({ text, space: i > 0 && k === 0 })));
    fc.assert(
      fc.property(pieceText, (paragraph) => {
        expect(breakPieces(paragraph)).toEqual(defined(paragraph));
      }),
      { numRuns: 2000 },
    );
  });

  test("cut keeps the longest start of a text's first line that fits with its ellipsis, as string-width measures it", () => {
    // Text reaches a cut with its controls already made visible (visible() in src/text/visible.ts), and
    // a backslash may end such an escape, which a cut drops whole: both are tested where escapes are.
    const noEscapes = pieceText.map((t) => t.replace(/[\\\u001b]/g, ''));
    fc.assert(
      fc.property(noEscapes, fc.integer({ min: 1, max: 12 }), (text, width) => {
        fc.pre(stringWidth(text) > width);
        const out = cut(text, width);
        expect(out.endsWith('…')).toBe(true);
        const kept = out.slice(0, -1);
        const first = (text.split('\n')[0] as string).replace(/\u001b\[[0-9;]*m/g, '');
        expect(first.startsWith(kept)).toBe(true);
        expect(stringWidth(out)).toBeLessThanOrEqual(width);
        const next = [...segmenter.segment(first.slice(kept.length))][0]?.segment;
        if (next !== undefined) expect(stringWidth(`${kept}${next}…`)).toBeGreaterThan(width);
      }),
      { numRuns: 2000 },
    );
  });

  // Words long enough to be segmented in several spans (render/width.ts segments a long text a span at a time),
  // of clusters of every kind: combining and spacing marks, emoji and flags, Hangul jamo, wide and halfwidth forms.
  const longWord = fc
    .array(fc.constantFrom('a', 'Ä', 'я', '𝐀', '7', 'x', '松', 'é', '\u0301', '…', '\u200d', '👨', '🇩', '🇪', 'क', '्', 'ा', '\u1100', '\u1161', 'ｱ', '\uff9e', '😀', '\ufe0f'), {
      maxLength: 1500,
      size: 'max',
    })
    .map((xs) => xs.join(''));

  test('wrapText breaks a long word into lines of whole grapheme clusters, each as long as string-width lets it be (found by a seventh breaking session)', () => {
    fc.assert(
      fc.property(longWord, fc.integer({ min: 1, max: 40 }), (word, width) => {
        const lines = wrapText(word, width, Infinity, 'break');
        expect(lines.join('')).toBe(word);
        let end = 0;
        for (const line of lines) {
          const start = end;
          end += line.length;
          // A cluster wider than a line on its own (`क्का` in a column of one) is broken after its first code point.
          const cluster = segmenter.segment(word.slice(start, start + 512))[Symbol.iterator]().next().value?.segment ?? '';
          const wide = stringWidth(cluster) > width;
          if (wide) expect(line).toBe(String.fromCodePoint(cluster.codePointAt(0) ?? 0));
          else expect(stringWidth(line)).toBeLessThanOrEqual(width);
          if (wide || end === word.length) continue;
          // The first cluster of what follows (segmented from a start that holds it: the segmenter copies the text it is given at each step).
          const next = segmenter.segment(word.slice(end, end + 512))[Symbol.iterator]().next().value?.segment ?? '';
          expect(stringWidth(`${line}${next}`)).toBeGreaterThan(width);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the text graphemes() reads a code point at a time is a cluster a code point: each is one beside a letter and beside itself, and is measured as string-width measures it (found by an eighteenth breaking session: a million CJK characters in a table took 10 s)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const single: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) if (SINGLE_CLUSTERS.test(String.fromCharCode(cp))) single.push(String.fromCharCode(cp));
    expect(single.length).toBeGreaterThan(40_000);
    for (const parts of [single.flatMap((c) => ['a', c]), single.flatMap((c) => [c, c])]) {
      for (let i = 0; i < parts.length; i += 2000) {
        const chunk = parts.slice(i, i + 2000);
        expect([...segmenter.segment(chunk.join(''))].map((x) => x.segment)).toEqual(chunk);
      }
    }
    for (let i = 0; i < single.length; i += 500) {
      const text = single.slice(i, i + 500).join('');
      expect([...graphemes(text)]).toEqual(single.slice(i, i + 500));
      expect(displayWidth(text)).toBe(stringWidth(text));
    }
  });

  test('a long text of CJK, Greek or Arabic letters is measured and wrapped without the segmenter (found by an eighteenth breaking session: a million CJK characters in a table took 10 s)', () => {
    const text = '\u6f22\u5b57\u03b1\u0639\uff21 '.repeat(20_000);
    const segment = jest.spyOn(Intl.Segmenter.prototype, 'segment');
    try {
      expect(displayWidth(text)).toBe(20_000 * 9);
      expect(wrapText(text, 40).length).toBeGreaterThan(1000);
      // string-width segments each of the six characters once, when it first measures it.
      expect(segment.mock.calls.length).toBeLessThanOrEqual(6);
    } finally {
      segment.mockRestore();
    }
  });

  test('displayWidth measures a long text as string-width does, a span of its clusters at a time', () => {
    fc.assert(
      fc.property(longWord, (word) => {
        expect(displayWidth(word)).toBe(stringWidth(word));
      }),
      { numRuns: 100 },
    );
  });
});

describe('escaping is one pass (found by a thirteenth breaking session: 100 MB of controls made a replace with a function collect more matches than V8 can hold, a fatal error)', () => {
  /** The definition: each character of the class as its escape, by a replace. */
  const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/g;
  const escapeOf = (ch: string): string =>
    ({ '\u001b': '\\e', '\t': '\\t', '\r': '\\r', '\n': '\\n' })[ch] ??
    (ch.charCodeAt(0) <= 0xff ? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const definition = (text: string, keepLines: boolean): string => text.replace(ACTIVE, (ch) => (keepLines && ch === '\n' ? ch : escapeOf(ch)));
  const active = fc.constantFrom('\u0000', '\u0001', '\t', '\n', '\r', '\u001b', '\u001f', '\u007f', '\u0085', '\u009b', '\u061c', '\u200e', '\u200f', '\u2028', '\u202e', '\u2066', '\u2069', '\ufffe', '\uffff');
  const plain = fc.constantFrom('a', 'ä', ' ', '\\', '"', ',', '\u0600', '\u200d', '\u2027', '\u202f', '\u2065', '\u206a', '\ufffd', '🇯🇵', '\ud83c');
  const text = fc.array(fc.oneof(active, plain), { maxLength: 40 }).map((xs) => xs.join(''));

  test('visible escapes exactly the characters of its class, as the definition does, with and without line breaks', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, keepLines) => {
        expect(visible(t, keepLines)).toBe(definition(t, keepLines));
      }),
    );
  });

  test('TSV doubles backslashes and CSV quotes as a replace does, around the escapes', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tsvField(t)).toBe(definition(t.replace(/\\/g, '\\\\'), false));
        const shown = definition(t, true);
        expect(csvField(t)).toBe(/[",\n]/.test(shown) ? `"${shown.replace(/"/g, '""')}"` : shown);
      }),
    );
  });

  test('JSON keeps its value and shows no active character raw (found by a fourteenth breaking session: 87 million U+202E ended in a V8 fatal error)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const shown = visibleJson(JSON.stringify({ t }));
        expect((JSON.parse(shown) as { t: string }).t).toBe(t);
        expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/);
      }),
    );
  });

  test('replaceMatches gives what replace gives, for the escapes of N3.js and a pattern of several units', () => {
    const unit = fc.oneof(active, plain, fc.constantFrom('\ud800', '\udc00', '\u{10ffff}', '\b', '\f', '\u001a', 'ab'));
    const some = fc.array(unit, { maxLength: 40 }).map((xs) => xs.join(''));
    const patterns = [
      /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g,
      /[^ !#-[\]-~\u0080-\uFFFD]/g,
      /a+b|ä/,
    ];
    fc.assert(
      fc.property(some, fc.constantFrom(...patterns), (t, pattern) => {
        const mark = (match: string): string => `<${[...match].map((c) => c.codePointAt(0)).join(',')}>`;
        expect(replaceMatches(t, pattern, mark)).toBe(t.replace(new RegExp(pattern.source, 'g'), mark));
      }),
    );
    expect(() => replaceMatches('abc', /x*/g, (m) => m)).toThrow(/matched an empty text/);
  });

  test('four million controls in a row are escaped in time linear in them', sized(() => {
    expect(visible('\u0001'.repeat(4_000_000))).toHaveLength(16_000_000);
  }), SIZE_TIMEOUT);
});

describe('JSON and NDJSON in pieces (an answer longer than one string holds is written as long as each element fits)', () => {
  const options = {
    color: decideColor('never', {}, () => false, true),
    width: 80,
    fieldHeader: 'field',
    valueHeader: 'value',
    shortened: () => '',
    leftOut: () => '',
    whole: '',
  };
  const view = (data: unknown) => ({ data, flat: () => ({ keys: [], eachRow: () => undefined }), table: () => ({ columns: [], rows: [] }) });
  const unit = fc.constantFrom('a', 'ä', '\n', '"', '\\', '\u0085', '\u202e', '\u2028', '🇯🇵', '\ud800');
  const text = fc.array(unit, { maxLength: 12 }).map((xs) => xs.join(''));
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    ),
  })).node;

  test('the pieces join to JSON.stringify(data, null, 2) and one JSON text per line, with nothing a terminal acts on', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(value, { maxLength: 6 }), value), (data) => {
        const json = render(view(data), 'json', options);
        expect(json.join('')).toBe(`${visibleJson(JSON.stringify(data, null, 2))}\n`);
        expect(JSON.parse(json.join(''))).toEqual(data);
        const lines = render(view(data), 'ndjson', options).join('');
        expect(lines).toBe((Array.isArray(data) ? data : [data]).map((d) => `${visibleJson(JSON.stringify(d))}\n`).join(''));
        for (const piece of json) expect(piece).not.toBe('');
      }),
    );
  });

  test('long arrays deeper in an answer, written an element at a time, join to the same JSON and NDJSON', () => {
    const long = fc.array(value, { minLength: 60, maxLength: 70 });
    const nested = fc.oneof(
      fc.record({ ok: fc.boolean(), coverage: fc.record({ sentences: fc.integer(), uncited: long }) }),
      fc.array(fc.record({ id: text, items: long }), { maxLength: 3 }),
      fc.record({ a: fc.array(fc.array(long, { maxLength: 2 }), { maxLength: 2 }) }),
    );
    fc.assert(
      fc.property(nested, (data) => {
        expect(render(view(data), 'json', options).join('')).toBe(`${visibleJson(JSON.stringify(data, null, 2))}\n`);
        expect(render(view(data), 'ndjson', options).join('')).toBe((Array.isArray(data) ? data : [data]).map((d) => `${visibleJson(JSON.stringify(d))}\n`).join(''));
      }),
      { numRuns: 200 },
    );
  });

  test('an answer that would pass the heap is refused before its JSON is built, whether an array or one object', () => {
    // 64 MiB of room holds an answer of 8 Mi code units; each of these is 20 million units, from one string repeated.
    jest.isolateModules(() => {
      jest.doMock('../src/pack/room', () => ({ ...jest.requireActual<typeof import('../src/pack/room')>('../src/pack/room'), room: () => 64 * 2 ** 20 }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const limited = (require('../src/render/output') as typeof import('../src/render/output')).render;
      const date = 'x'.repeat(10_000);
      const row = { signings: Array.from({ length: 2000 }, () => ({ date })) };
      const stringify = jest.spyOn(JSON, 'stringify');
      try {
        for (const [data, format] of [[row, 'json'], [[row], 'json'], [[row], 'ndjson']] as const) {
          expect(() => limited(view(data), format, options)).toThrow(new RangeError('Invalid string length'));
          // Refused partway: no text of the whole row was returned.
          for (const r of stringify.mock.results) expect(r.type === 'throw' || (r.value as string).length < 8 * 2 ** 20).toBe(true);
        }
      } finally {
        stringify.mockRestore();
      }
    });
  });

  test('values JSON leaves out or writes as null, empty containers and objects with toJSON come out as JSON.stringify writes them', () => {
    const when = new Date(Date.UTC(1941, 3, 13));
    const data = { a: undefined, b: [undefined, () => 1, 2, Symbol('s')], c: {}, d: [], e: { f: [1, { g: undefined }] }, h: when, i: [when, { toJSON: () => 'x' }], j: Object.create(null) as object };
    for (const value of [data, [data, undefined, []], {}, { only: undefined }]) {
      expect(render(view(value), 'json', options).join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  test('a long answer is several pieces, each ending where an element does', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ id: `row-${i}`, text: 'x'.repeat(1000) }));
    const json = render(view(rows), 'json', options);
    expect(json.length).toBeGreaterThan(2);
    for (const piece of json.slice(0, -1)) expect(piece).toMatch(/}$/);
    expect(JSON.parse(json.join(''))).toEqual(rows);
  });
});
