import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PackError } from '../src/errors';
import { splitParagraphs } from '../src/pack/check';
import { loadPack } from '../src/pack/load';
import { packFor } from '../src/cli/settings';
import { verifiedDates, verifiedPack } from '../src/pack/verified';
import type { Evidence, Pack } from '../src/pack/types';
import { PACK, run } from './helpers';

const SOURCE = join(__dirname, '..', 'facts', 'source', 'neutralitaetspakt.de.txt');
const raw = readFileSync(PACK, 'utf8');
const pack = JSON.parse(raw) as Pack;

/** Every evidence list in the pack, with a JSON pointer for messages. */
function allEvidence(p: Pack): [string, Evidence][] {
  const out: [string, Evidence][] = [];
  const add = (base: string, list: readonly Evidence[] | undefined) =>
    (list ?? []).forEach((e, i) => out.push([`${base}/evidence/${i}`, e]));
  p.entities.forEach((e, i) => add(`/entities/${i}`, e.evidence));
  p.events.forEach((e, i) => add(`/events/${i}`, e.evidence));
  (p.derived ?? []).forEach((e, i) => add(`/derived/${i}`, e.evidence));
  p.statements.forEach((s, i) => add(`/statements/${i}`, s.evidence));
  add('/status/term', p.status.term.evidence);
  return out;
}

describe('the bundled fact pack', () => {
  test('facts/ holds the German source byte for byte (sha256 of the shared copy)', () => {
    const sha = createHash('sha256').update(readFileSync(SOURCE)).digest('hex');
    expect(sha).toBe('61a92a6f9699435059a0d8c3ee290651e1aab77438c280c427a8f984abf356c3');
  });

  test('every quote is verbatim in its paragraph', () => {
    const paragraphs = splitParagraphs(readFileSync(SOURCE, 'utf8'));
    expect(paragraphs).toHaveLength(8);
    const evidence = allEvidence(pack);
    expect(evidence.length).toBeGreaterThan(50);
    const missing = evidence.filter(([, e]) => !(paragraphs[e.paragraph - 1] ?? '').includes(e.quote)).map(([p]) => p);
    expect(missing).toEqual([]);
  });

  test('every statement and event carries evidence', () => {
    for (const e of pack.events) expect(e.evidence.length).toBeGreaterThan(0);
    for (const s of pack.statements) expect(s.evidence.length).toBeGreaterThan(0);
  });

  test('every stable id of the contract exists, with German and English labels', () => {
    const index = loadPack(PACK);
    const ids = [
      'ussr', 'japan', 'germany', 'usa', 'uk', 'china',
      'stalin', 'hitler', 'matsuoka', 'tatekawa', 'molotov', 'yamashita', 'sato',
      'manchukuo', 'mongolia', 'mengjiang', 'north-korea', 'manchuria', 'siberia',
      'neutrality-pact', 'mongolia-manchukuo-declaration', 'tripartite-pact',
      'neutrality-pact-signed', 'mongolia-manchukuo-declaration-signed', 'operation-barbarossa',
      'battle-of-moscow', 'yamashita-to-manchuria', 'yalta-conference', 'pact-denounced',
      'german-surrender', 'soviet-invasion-of-manchuria', 'soviet-declaration-of-war', 'pact-expiry',
      'yalta-deadline',
    ];
    for (const id of ids) {
      const t = index.byId.get(id);
      expect(t).toBeDefined();
      expect(t?.label.de).toBeTruthy();
      expect(t?.label.en).toBeTruthy();
    }
  });

  test('the loaded index is frozen: the index, its collections and their records', () => {
    const index = loadPack(PACK);
    expect(Object.isFrozen(index)).toBe(true);
    expect(Object.isFrozen(index.events)).toBe(true);
    expect(Object.isFrozen(index.events[0])).toBe(true);
    expect(Object.isFrozen(index.pack.statements)).toBe(true);
    expect(Object.isFrozen(index.pack.statements[0])).toBe(true);
  });

  test('no command changes the loaded index, not even the values inside its records', () => {
    // The same index every in-process run uses (one per process and file).
    const index = packFor(PACK);
    const snapshot = (): string =>
      JSON.stringify({
        pack: index.pack,
        paragraphs: index.paragraphs,
        events: index.events.map((e) => ({ ...e, date: [e.date.edtf, e.date.bounds.start, e.date.bounds.end] })),
        byId: [...index.byId.keys()],
        about: [...index.statementsAbout].map(([id, list]) => [id, list.length]),
      });
    const before = snapshot();
    for (const argv of [
      ['status', '--date', '1945-08-09', '--zone', 'Asia/Tokyo'],
      ['timeline', '--from', '1945', '--format', 'table'],
      ['timeline', '--chart'],
      ['timeline', '--format', 'svg'],
      ['signatories', '--format', 'csv'],
      ['territories', '--lang', 'de', '--format', 'table'],
      ['show', 'molotov', '--format', 'table'],
      ['show', 'neutrality-pact-signed', '--json'],
      ['search', 'Mandschurei'],
      ['on', '08-08'],
      ['when', 'soviet-declaration-of-war', '--zones', 'Asia/Tokyo,Europe/Berlin'],
      ['validate'],
    ]) {
      expect(run(argv, { columns: 100 }).code).toBe(0);
    }
    expect(snapshot()).toBe(before);
  });

  test('validate reports the pack valid with its coverage', () => {
    const r = run(['validate', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; coverage: { sentences: number; cited: number } };
    expect(out.ok).toBe(true);
    expect(out.coverage.sentences).toBeGreaterThan(20);
    expect(out.coverage.cited).toBeGreaterThanOrEqual(out.coverage.sentences * 0.8);
  });
});

describe('a custom pack (examples/toy-treaty)', () => {
  const TOY = join(__dirname, '..', 'examples', 'toy-treaty', 'pack.json');

  test('validates, and status runs on its own state machine and term', () => {
    expect(run(['validate', TOY]).code).toBe(0);
    const state = (date: string) => JSON.parse(run(['--facts', TOY, 'status', '--date', date, '--json']).stdout) as { state: string; inForce: boolean | null; certain: boolean };
    expect(state('1919')).toMatchObject({ state: 'not-signed', inForce: false });
    expect(state('1927')).toMatchObject({ state: 'denounced', inForce: true });
    expect(state('1925-07')).toMatchObject({ state: 'in-force', certain: false });
    expect(state('1930-03-15')).toMatchObject({ inForce: null });
    expect(state('1931')).toMatchObject({ state: 'expired', inForce: false });
  });
});

describe('the pack verified at build time', () => {
  test('the bundled pack is in the build-time cache, and loading it from the cache gives the same index as checking it in full', () => {
    const source = readFileSync(SOURCE);
    const entry = verifiedPack(readFileSync(PACK));
    expect(entry && verifiedDates(entry, source)).toBeDefined();
    // The same pack with an edited source is not the verified pair.
    expect(entry && verifiedDates(entry, Buffer.concat([source, Buffer.from(' ')]))).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), 'pakt-'));
    mkdirSync(join(dir, 'source'));
    copyFileSync(SOURCE, join(dir, 'source', 'neutralitaetspakt.de.txt'));
    // One more byte: not the verified bytes any more, so every check runs.
    writeFileSync(join(dir, 'pack.json'), `${raw}\n`);
    const full = loadPack(join(dir, 'pack.json'));
    const cached = loadPack(PACK);
    expect(verifiedPack(Buffer.from(`${raw}\n`))).toBeUndefined();
    // Same size, one byte different: compared byte for byte, not by size.
    expect(verifiedPack(Buffer.from(raw.replace('"1941-04-13"', '"1941-04-14"')))).toBeUndefined();
    const shape = (i: typeof full) => i.events.map((e) => [e.id, e.date.edtf, e.date.zone?.name ?? null, e.date.precision, e.date.bounds]);
    expect(shape(cached)).toEqual(shape(full));
  });
});

describe('broken packs', () => {
  /** Writes a pack (and the source next to it) into a fresh directory. */
  function packDir(content: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-'));
    mkdirSync(join(dir, 'source'));
    copyFileSync(SOURCE, join(dir, 'source', 'neutralitaetspakt.de.txt'));
    writeFileSync(join(dir, 'pack.json'), content);
    return join(dir, 'pack.json');
  }
  /** The bundled pack as parsed, to find positions by id. */
  const p0 = JSON.parse(raw) as Pack;
  const eventIndex = (id: string): number => p0.events.findIndex((e) => e.id === id);
  const derivedIndex = (id: string): number => (p0.derived ?? []).findIndex((e) => e.id === id);
  const eventOf = (p: Pack, id: string) => p.events[eventIndex(id)]!;
  const mutate = (f: (p: Record<string, unknown> & Pack) => void): string => {
    const copy = JSON.parse(raw) as Record<string, unknown> & Pack;
    f(copy);
    return packDir(JSON.stringify(copy, null, 2));
  };

  test('not JSON: exit 1 naming the file, line and column', () => {
    const file = packDir('{\n  "formatVersion": 1,\n  oops\n}');
    const r = run(['--facts', file, 'timeline']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^pakt: error: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON at line 3, column 3`));
  });

  test('a missing file names the path', () => {
    const r = run(['--facts', '/nonexistent/pack.json', 'status']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/nonexistent\/pack\.json: cannot read fact pack: no such file/);
  });

  test('a pack that does not fit the schema: exit 1 with the JSON pointer', () => {
    const file = mutate((p) => {
      (p.events[0] as unknown as Record<string, unknown>).colour = 'red';
    });
    const r = run(['--facts', file, 'timeline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: \/events\/0: unknown property 'colour'/);
  });

  test('a quote not in the source: exit 1 with the pointer', () => {
    const file = mutate((p) => {
      (p.statements[2]!.evidence[0] as { quote: string }).quote = 'Stalin war ein Freund Japans.';
    });
    const r = run(['--facts', file, 'signatories']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: \/statements\/2\/evidence\/0\/quote: quote not found verbatim in the source text/);
    const v = run(['validate', file, '--json']);
    expect(v.code).toBe(1);
    const out = JSON.parse(v.stdout) as { ok: boolean; problems: { pointer: string }[] };
    expect(out.ok).toBe(false);
    expect(out.problems.map((p) => p.pointer)).toEqual(['/statements/2/evidence/0/quote']);
  });

  test('a reference to an unknown id is a problem', () => {
    const file = mutate((p) => {
      (p.statements[0] as { subject: string }).subject = 'napoleon';
    });
    const r = run(['validate', file, '--format', 'tsv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("/statements/0/subject\tunknown id 'napoleon'");
  });

  test('ids that pakt reads must name the right kind of thing: a signing event, a party, an office, a place, a signer', () => {
    const signed = pack.statements.findIndex((s) => s.predicate === 'signed' && typeof s.qualifiers?.event === 'string');
    const event = pack.events[0]!.id;
    const file = mutate((p) => {
      const s = p.statements[signed] as { subject: string; qualifiers: Record<string, unknown> };
      s.qualifiers.event = 'japan';
      s.qualifiers.onBehalfOf = event;
      s.qualifiers.office = event;
      s.qualifiers.place = event;
      s.subject = event;
    });
    const r = run(['validate', file, '--format', 'tsv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`/statements/${signed}/subject\t'${event}' is an event, not an entity`);
    expect(r.stdout).toContain(`/statements/${signed}/qualifiers/event\t'japan' is not an event`);
    for (const q of ['onBehalfOf', 'office', 'place']) {
      expect(r.stdout).toContain(`/statements/${signed}/qualifiers/${q}\t'${event}' is an event, not an entity`);
    }
  });

  test('a related zone that does not exist is a problem with its pointer', () => {
    const file = mutate((p) => {
      (p.events[0]!.date as { relatedZones?: string[] }).relatedZones = ['Asia/Tokyo', 'Mars/Phobos'];
    });
    const r = run(['validate', file, '--format', 'tsv']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\/events\/0\/date\/relatedZones\/1\tunknown time zone 'Mars\/Phobos'/);
    expect(r.stdout).not.toContain('relatedZones/0');
  });

  test.each(['pack', 'source'] as const)('a %s that is a pipe is refused at once, not waited for', (what) => {
    if (process.platform === 'win32') return;
    const file = packDir(raw);
    const fifo = what === 'pack' ? file : join(dirname(file), 'source', 'neutralitaetspakt.de.txt');
    rmSync(fifo);
    execFileSync('mkfifo', [fifo]);
    const r = run(['--facts', file, 'status']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not a regular file/);
  });

  test('an impossible date in a pack names its pointer', () => {
    const file = mutate((p) => {
      (p.events[0]!.date as { edtf: string }).edtf = '1941-02-30';
    });
    const r = run(['--facts', file, 'timeline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\/events\/0\/date\/edtf: '1941-02-30' is not a real date/);
  });

  test('a derived date that contradicts what the source states is a problem', () => {
    const file = mutate((p) => {
      const term = (p.derived ?? []).find((d) => d.id === 'pact-term-end') as { rule: { add: { years: number } } };
      term.rule.add.years = 6;
    });
    const r = run(['validate', file, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/does not fall within pact-expiry/);
  });

  test('agreesWith compares what a derived date from a coarser date can mean: April 1945, a year and a day later, is 2 April to 1 May 1946, not April 1946 (found by a ninth breaking session)', () => {
    const i = derivedIndex('one-year-after-denunciation');
    const later = (p: Pack): void => {
      (eventOf(p, 'pact-denounced').date as { edtf: string }).edtf = '1945-04';
      ((p.derived ?? [])[i]!.rule as { add: Record<string, number> }).add = { years: 1, days: 1 };
    };
    const within = mutate(later);
    const v = JSON.parse(run(['validate', within, '--json']).stdout) as { problems: { pointer: string; message: string }[] };
    expect(v.problems).toEqual([{ pointer: `/derived/${i}/agreesWith`, message: 'computed [1946-04-02..1946-05-01] does not fall within pact-expiry (1946-04) as the source states it' }]);
    const widened = mutate((p) => {
      later(p);
      (eventOf(p, 'pact-expiry').date as { edtf: string }).edtf = '[1946-04-02..1946-05-01]';
    });
    expect(run(['validate', widened, '--json']).code).toBe(0);
    const shown = JSON.parse(run(['--facts', widened, 'show', 'one-year-after-denunciation', '--json']).stdout) as { date: Record<string, unknown> };
    expect(shown.date).toMatchObject({ edtf: '[1946-04-02..1946-05-01]', precision: 'set', display: 'between 2 Apr 1946 and 1 May 1946' });
  });

  test('a rule that counts back reads "before" (found by a ninth breaking session: "-1 days after")', () => {
    const text = (add: Record<string, number>, lang: string): string => {
      const file = mutate((p) => {
        ((p.derived ?? [])[derivedIndex('denunciation-deadline')]!.rule as { add: Record<string, number> }).add = add;
      });
      const rows = JSON.parse(run(['--facts', file, 'timeline', '--lang', lang, '--json'], { env: { PAKT_NO_CACHE: '1' } }).stdout) as { event: string; rule?: { text: string } }[];
      return rows.find((r) => r.event === 'denunciation-deadline')!.rule!.text;
    };
    expect(text({ days: -1 }, 'en')).toBe('1 day before “Signing of the Neutrality Pact”');
    expect(text({ years: -1, days: -2 }, 'de')).toBe('1 Jahr, 2 Tage vor „Unterzeichnung des Neutralitätspakts“');
    // Counts of both signs are written as they are.
    expect(text({ years: 4, days: -1 }, 'en')).toBe('4 years, -1 days after “Signing of the Neutrality Pact”');
  });

  test('a rule computed from a later rule is computed; rules in a cycle, or over a rule that fails, are problems at rule/from, in pack order', () => {
    const n = (p0.derived ?? []).length;
    const rule = (p: Pack, id: string, from: string, add: Record<string, number>) => {
      const base = (p.derived ?? []).find((d) => d.id === 'one-year-after-denunciation')!;
      (p.derived as unknown[]).push({ ...base, id, label: { de: id, en: id }, aliases: undefined, agreesWith: undefined, rule: { from, add } });
    };
    const later = mutate((p) => {
      rule(p, 'zwei', 'eins', { days: 1 });
      rule(p, 'eins', 'one-year-after-denunciation', { days: 1 });
    });
    expect(run(['validate', later, '--json']).code).toBe(0);
    expect(JSON.parse(run(['--facts', later, 'show', 'zwei', '--json']).stdout)).toMatchObject({ date: { edtf: '1946-04-07' } });
    const file = mutate((p) => {
      rule(p, 'a', 'b', { days: 1 });
      rule(p, 'b', 'a', { days: 1 });
      rule(p, 'c', 'd', { days: 1 });
      rule(p, 'd', 'one-year-after-denunciation', { years: 9000 });
    });
    const v = JSON.parse(run(['validate', file, '--json']).stdout) as { problems: { pointer: string; message: string }[] };
    expect(v.problems).toEqual([
      { pointer: `/derived/${n + 3}/rule/add`, message: expect.stringMatching(/leaves the years 0000–9999/) },
      { pointer: `/derived/${n}/rule/from`, message: "cannot compute 'a': its rule depends on itself" },
      { pointer: `/derived/${n + 1}/rule/from`, message: "cannot compute 'b': its rule depends on itself" },
      // Not "itself": it waits for 'd', which failed (found by a seventeenth breaking session).
      { pointer: `/derived/${n + 2}/rule/from`, message: "cannot compute 'c': its rule depends on 'd', which cannot be computed" },
    ]);
  });

  test('the position of a JSON syntax error is exact; a byte-order mark is allowed', () => {
    const r = run(['validate', packDir('{\n  "a": 1,\n  "b": x\n}')]);
    expect(r.stderr).toMatch(/not valid JSON at line 3, column 8: invalid symbol\n/);
    expect(run(['validate', SOURCE]).stderr).toMatch(/not valid JSON at line 1, column 1/);
    const bom = run(['validate', packDir(`\uFEFF${raw}`), '--json']);
    expect(bom.code).toBe(0);
  });

  test.each([
    ['transitions out of time order', (p: Pack) => {
      const t = p.status.transitions as unknown[];
      [t[0], t[1]] = [t[1], t[0]];
    }, '/status/transitions/1/event', /begins before the previous transition/],
    ['a {since} in the initial state', (p: Pack) => ((p.status.states[0] as { summary: { en: string } }).summary.en = 'Since {since}.'), '/status/states/0/summary/en', /'\{since\}' has no value in the initial state/],
    ['an {untilEvent} in the state of the last transition', (p: Pack) => ((p.status.states[5] as { summary: { de: string } }).summary.de = 'Bis {untilEvent}.'), '/status/states/5/summary/de', /'\{untilEvent\}' has no value in the state the last transition leads to/],
    ['a derived offset too large', (p: Pack) => ((p.derived ?? [])[0] as { rule: { add: Record<string, number> } }).rule.add.years = 1e9, '/derived/0/rule/add/years', /must be <= 10000/],
    ['a derived date beyond 9999', (p: Pack) => ((p.derived ?? [])[0] as { rule: { add: Record<string, number> } }).rule.add.years = 9000, '/derived/0/rule/add', /leaves the years 0000–9999/],
    ['a control character in a label', (p: Pack) => ((p.events[0] as { label: { en: string } }).label.en = 'a\u001b[31mRED'), '/events/0/label/en', /control characters/],
    ['a quote without a word', (p: Pack) => ((p.events[0]!.evidence[0] as { quote: string }).quote = ' '), '/events/0/evidence/0/quote', /at least one word/],
    ['a source outside the pack folder', (p: Pack) => ((p.source as { file: string }).file = '../../etc/hostname'), '/source/file', /relative path inside the pack's folder/],
    ['an absolute source path', (p: Pack) => ((p.source as { file: string }).file = '/etc/hostname'), '/source/file', /relative path inside/],
    ['a bidi override in a label', (p: Pack) => ((p.events[0] as { label: { en: string } }).label.en = 'a\u202eb'), '/events/0/label/en', /control characters/],
    ['a wall-clock time a DST change skipped', (p: Pack) => ((p.events[0] as { date: unknown }).date = { edtf: '1920-03-28T02:30:00', zone: 'America/New_York', precision: 'minute', basis: 'stated', zoneBasis: 'stated' }), '/events/0/date/edtf', /clocks skipped it/],
    ['two states with one id', (p: Pack) => (p.status.states as unknown[]).push(p.status.states[0]), '/status/states/6/id', /duplicate state/],
    ['one event starting two transitions', (p: Pack) => (p.status.transitions as unknown[]).push(p.status.transitions[4]), '/status/transitions/5/event', /starts two transitions/],
    ['a treaty that is a person', (p: Pack) => ((p.status as { treaty: string }).treaty = 'molotov'), '/status/treaty', /is a person, not a document/],
    ['an unknown placeholder', (p: Pack) => ((p.status.states[1] as { summary: { en: string } }).summary.en = 'x {nope}'), '/status/states/1/summary/en', /unknown placeholder '\{nope\}'/],
    ['a term that ends before it starts', (p: Pack) => { const t = p.status.term as { from: string; until: string }; [t.from, t.until] = [t.until, t.from]; }, '/status/term/until', /ends .* before it starts/],
    ['no transitions', (p: Pack) => ((p.status as unknown as { transitions: unknown[] }).transitions = []), '/status/transitions', /fewer than 1 items/],
    ['an inferred date without reasoning', (p: Pack) => delete (eventOf(p, 'pact-in-force').date as { reasoning?: unknown }).reasoning, `/events/${eventIndex('pact-in-force')}/date/reasoning`, /inferred needs "reasoning"/],
    ['an assumed zone without reasoning', (p: Pack) => delete (eventOf(p, 'pact-denounced').date as { reasoning?: unknown }).reasoning, `/events/${eventIndex('pact-denounced')}/date/reasoning`, /assumed needs "reasoning"/],
    ['an unknown basis word', (p: Pack) => ((eventOf(p, 'pact-denounced').date as { basis: string }).basis = 'certain'), `/events/${eventIndex('pact-denounced')}/date/basis`, /must be one of: stated, derived, inferred, assumed/],
    ['a zone without zoneBasis', (p: Pack) => delete (eventOf(p, 'pact-expiry').date as { zoneBasis?: unknown }).zoneBasis, `/events/${eventIndex('pact-expiry')}/date`, /no "zoneBasis"/],
    ['a stated event marked derived', (p: Pack) => ((eventOf(p, 'pact-denounced').date as { basis: string }).basis = 'derived'), `/events/${eventIndex('pact-denounced')}/date/basis`, /needs a rule/],
    ['a computed date marked stated', (p: Pack) => (((p.derived ?? [])[1] as { basis: string }).basis = 'stated'), '/derived/1/basis', /never 'stated'/],
    ['a rule over an assumed input that claims derived', (p: Pack) => { const d = (p.derived ?? []).find((x) => x.id === 'pact-term-end') as { basis: string; rule: { from: string } }; d.basis = 'derived'; d.rule.from = 'denunciation-deadline'; (d.rule as unknown as { add: unknown }).add = { years: 1 }; }, `/derived/${derivedIndex('pact-term-end')}/basis`, /claims more than the date it is computed from: 'denunciation-deadline' is assumed, so this date can be at most assumed/],
    ['an inferred statement without reasoning', (p: Pack) => delete (p.statements.find((x) => x.basis === 'inferred') as { reasoning?: unknown }).reasoning, `/statements/${p0.statements.findIndex((x) => x.basis === 'inferred')}/reasoning`, /inferred needs "reasoning"/],
    ['a quote given twice in one list of evidence (found by a seventh breaking session)', (p: Pack) => (p.statements[0]!.evidence as unknown[]).push({ ...p.statements[0]!.evidence[0]! }), `/statements/0/evidence/${p0.statements[0]!.evidence.length}`, /the same quote of the same paragraph as \/statements\/0\/evidence\/0/],
    ['a sentence excused twice (found by a seventh breaking session)', (p: Pack) => {
      const excused = { ...p.statements[0]!.evidence[0]!, reason: 'Not modelled.' };
      (p as { excused?: unknown[] }).excused = [excused, { ...excused }];
    }, '/excused/1', /the same quote of the same paragraph as \/excused\/0/],
    ['a floating interval that ends before it starts (found by a ninth breaking session)', (p: Pack) => ((eventOf(p, 'german-surrender').date as { edtf: string }).edtf = '1945-05-09/1945-05-08'), `/events/${eventIndex('german-surrender')}/date/edtf`, /^'1945-05-09\/1945-05-08' ends before it starts$/],
    ['a floating range that ends before it starts (found by a ninth breaking session)', (p: Pack) => ((eventOf(p, 'german-surrender').date as { edtf: string }).edtf = '[1945..1944]'), `/events/${eventIndex('german-surrender')}/date/edtf`, /^'\[1945\.\.1944\]' names no instant$/],
    ['an inferred state without reasoning', (p: Pack) => delete (p.status.states.find((x) => x.id === 'broken') as { reasoning?: unknown }).reasoning, `/status/states/${p0.status.states.findIndex((x) => x.id === 'broken')}/reasoning`, /inferred needs "reasoning"/],
  ])('%s is a problem with its pointer', (_what, change, pointer, message) => {
    const file = mutate((p) => {
      change(p);
    });
    const v = run(['validate', file, '--json']);
    expect(v.code).toBe(1);
    const out = JSON.parse(v.stdout) as { problems: { pointer: string; message: string }[] };
    expect(out.problems[0]?.pointer).toBe(pointer);
    expect(out.problems[0]?.message).toMatch(message);
    const r = run(['--facts', file, 'timeline']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(pointer);
  });

  test('keys like __proto__ and constructor in a pack change no object of the program', () => {
    const evil = raw.replace('"formatVersion": 1,', '"formatVersion": 1, "__proto__": { "polluted": true },')
      .replace('"statements": [', '"statements": [{"id": "constructor", "subject": "molotov", "predicate": "signed", "object": "neutrality-pact", "qualifiers": {"__proto__": "molotov", "constructor": "japan"}, "evidence": [{"quote": "Molotow", "paragraph": 7}]},');
    const file = packDir(evil);
    const r = run(['--facts', file, 'show', 'molotov', '--json']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
  });

  test('pack problems are said in --lang', () => {
    const file = mutate((p) => {
      (p.events[0] as unknown as Record<string, unknown>).colour = 'red';
      (p.statements[2]!.evidence[0] as { quote: string }).quote = 'Stalin war ein Freund Japans.';
      ((p.events[1] as { label: { de: string } }).label.de = '');
      ((p.statements[3]!.evidence[0] as { paragraph: number }).paragraph = 0);
    });
    const de = JSON.parse(run(['validate', file, '--json', '--lang', 'de']).stdout) as { problems: { message: string }[] };
    expect(de.problems.map((x) => x.message)).toEqual(
      expect.arrayContaining([
        'unbekannte Eigenschaft „colour“',
        'Text darf nicht leer sein und keine Steuerzeichen enthalten',
        // ajv's own message, in German by ajv-i18n.
        'muss >= 1 sein',
      ]),
    );
    const r = run(['--facts', file, 'status', '--lang', 'de']);
    expect(r.stderr).toMatch(/^pakt: error: .*: unbekannte Eigenschaft „colour“ \(und 2 weitere Probleme\)\nalle Probleme listet/);
  });

  test('loadPack throws a PackError, never anything else', () => {
    expect(() => loadPack(packDir('[]'))).toThrow(PackError);
  });
});
