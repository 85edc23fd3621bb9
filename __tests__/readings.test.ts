import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { show } from '../src/query/show';
import { status, type StatusResult } from '../src/query/status';
import { timeline } from '../src/query/timeline';
import { when } from '../src/query/when';
import { parseQueryDate, parseZone } from '../src/time';
import type { Lang } from '../src/i18n';
import { context } from './helpers';

/**
 * The bundled pack's readings of the source, pinned: what the source states,
 * what the pack infers or assumes, and the answers `status` gives over
 * whole periods. Each expectation follows a sentence of the German source.
 */

const at = (date: string, zone = 'UTC', lang: Lang = 'en'): StatusResult => status(context(lang), parseQueryDate(date, parseZone(zone)));

describe('status over whole periods', () => {
  test.each([
    // date, zone, state at the start, states during, certain, inForce, inForceBasis
    ['1941-04-13', 'Europe/Moscow', 'not-signed', ['not-signed', 'signed', 'in-force'], false, null, 'inferred'],
    ['1941-04-20', 'Europe/Moscow', 'signed', ['signed', 'in-force'], false, null, 'inferred'],
    ['1941', 'UTC', 'not-signed', ['not-signed', 'signed', 'in-force'], false, null, 'inferred'],
    ['1941-04', 'UTC', 'not-signed', ['not-signed', 'signed', 'in-force'], false, null, 'inferred'],
    ['1943-01-01', 'UTC', 'in-force', ['in-force'], true, true, 'inferred'],
    ['1945-04-05', 'Europe/Moscow', 'in-force', ['in-force', 'denounced'], false, true, 'inferred'],
    ['1945-04-05', 'Asia/Tokyo', 'in-force', ['in-force', 'denounced'], false, true, 'inferred'],
    ['1945-08-08T23:00', 'Europe/Moscow', 'broken', ['broken'], true, true, 'inferred'],
    ['1945-08-09', 'Asia/Tokyo', 'broken', ['broken'], true, true, 'inferred'],
    ['1946-04-01', 'UTC', 'broken', ['broken', 'expired'], false, null, 'stated'],
    ['1946-04-20', 'UTC', 'broken', ['broken', 'expired'], false, null, 'stated'],
    ['1946-05-01', 'UTC', 'expired', ['expired'], true, false, 'stated'],
  ] as const)('%s in %s starts %s', (date, zone, state, during, certain, inForce, inForceBasis) => {
    const r = at(date, zone);
    expect([r.state, r.statesDuring, r.certain, r.inForce, r.inForceBasis]).toEqual([state, during, certain, inForce, inForceBasis]);
  });

  test.each([
    ['1941-04-13T10:00', 'Europe/Moscow', 'en', /^Whether the state at the start was still “not signed” or already “signed/],
    ['1941-04-13T10:00', 'Europe/Moscow', 'de', /^Ob der Zustand zu Beginn noch „nicht unterzeichnet“ oder schon „unterzeichnet/],
    ['1946-04-20', 'UTC', 'en', /^Whether the state at the start was still “broken” or already “expired”/],
  ] as const)('%s in %s (%s), inside the span of a change, does not assert the state at its start', (date, zone, lang, start) => {
    const r = at(date, zone, lang);
    expect(r.summary).toMatch(start);
  });

  test('a day that starts before the change it holds asserts the state at its start', () => {
    expect(at('1941-04-13', 'Europe/Moscow').summary).toMatch(/^The pact had not been signed yet\./);
  });

  test('before the signing the pact is not in force; the basis of that is the entry into force the pack infers', () => {
    const r = at('1940');
    expect([r.state, r.certain, r.inForce, r.basis]).toEqual(['not-signed', true, false, 'stated']);
  });

  test('"broken" is the pack’s judgement, and the summary says so in both languages', () => {
    const en = at('1945-09-01');
    expect(en.basis).toBe('inferred');
    expect(en.reasoning?.en).toMatch(/never calls the pact broken/);
    expect(en.summary).toMatch(/The state “broken” is the pack's inference, not the source's words/);
    expect(at('1945-09-01', 'UTC', 'de').summary).toMatch(/Der Zustand „gebrochen“ ist eine Schlussfolgerung des Faktenpakets, nicht der Wortlaut der Quelle/);
  });

  test('a period no change falls into is certain, and its summary names no change', () => {
    const r = at('1943-01-01');
    expect(r.certain).toBe(true);
    expect(r.summary).not.toMatch(/may have changed|changed from/);
  });

  test('the summary of a month never speaks of "that moment"', () => {
    expect(at('1946-04').summary).not.toMatch(/at that moment/);
    expect(at('1946-04', 'UTC', 'de').summary).not.toMatch(/zu diesem Zeitpunkt/);
    expect(at('1945-08-08T23:00', 'Europe/Moscow').summary).toMatch(/at that moment/);
  });
});

describe('how the pack knows each event date', () => {
  const dates = new Map(timeline(context()).map((r) => [r.event, r.date]));
  test.each([
    // event, basis, zoneBasis
    ['neutrality-pact-signed', 'inferred', 'inferred'],
    ['mongolia-manchukuo-declaration-signed', 'inferred', 'assumed'],
    ['stalin-sees-off-matsuoka', 'inferred', 'assumed'],
    ['operation-barbarossa', 'assumed', 'assumed'],
    ['japan-keeps-pact', 'inferred', 'assumed'],
    ['pact-in-force', 'inferred', 'assumed'],
    ['battle-of-moscow', 'inferred', 'inferred'],
    ['yamashita-to-manchuria', 'stated', 'assumed'],
    ['yalta-conference', 'stated', 'assumed'],
    ['pact-denounced', 'stated', 'assumed'],
    ['denunciation-deadline', 'assumed', 'inferred'],
    ['german-surrender', 'stated', null],
    ['yalta-deadline', 'derived', null],
    ['soviet-invasion-of-manchuria', 'inferred', 'inferred'],
    ['last-campaign-of-the-war', 'inferred', 'inferred'],
    ['soviet-declaration-of-war', 'inferred', 'stated'],
    ['pact-expiry', 'stated', 'assumed'],
    ['one-year-after-denunciation', 'derived', 'assumed'],
    ['pact-term-end', 'assumed', 'inferred'],
  ] as const)('%s: %s, zone %s', (event, basis, zoneBasis) => {
    const d = dates.get(event);
    expect([d?.basis, d?.zoneBasis]).toEqual([basis, zoneBasis]);
    const weak = (b: string | null): boolean => b === 'inferred' || b === 'assumed';
    if (weak(basis) || weak(zoneBasis)) {
      expect(d?.reasoning?.de).toMatch(/\S/);
      expect(d?.reasoning?.en).toMatch(/\S/);
    } else {
      expect(d).not.toHaveProperty('reasoning');
    }
  });

  test('every event of the pack is listed above', () => {
    expect([...dates.keys()].sort()).toHaveLength(19);
  });

  test('the five-year term ends in April 1946 as stated; the day-exact end counted from the signing is an assumption', () => {
    expect(dates.get('pact-expiry')?.edtf).toBe('1946-04');
    expect(dates.get('pact-term-end')).toMatchObject({ edtf: '1946-04-13', basis: 'assumed' });
    expect(dates.get('pact-term-end')?.reasoning?.en).toMatch(/length of the term|not when it starts/);
  });

  test('no note says the text gives "April 1946" for the end of the five-year term', () => {
    const term = show(context(), 'pact-term-end');
    expect(term.description).not.toMatch(/gives “April 1946” for it/);
    expect(term.description).toMatch(/does not date its end/);
  });
});

describe('when carries the date’s basis on every clock', () => {
  test('the declaration of war "konnte … datiert werden": inferred on every row, with the step written down', () => {
    const r = when(context('de'), 'soviet-declaration-of-war');
    expect(r.basis).toBe('inferred');
    expect(r.rows.every((row) => row.basis === 'inferred')).toBe(true);
    expect(r.reasoning).toMatch(/konnte/);
  });

  test('the denunciation, dated by the text: the day stated, the zone assumed and the reasoning about the zone', () => {
    const r = when(context(), 'pact-denounced');
    expect(r.rows.map((row) => row.basis)).toEqual(r.rows.map(() => 'stated'));
    expect(r.rows[0]?.zoneBasis).toBe('assumed');
    expect(r.reasoning).toMatch(/names no zone; Moscow time is an assumption/);
  });
});

describe('statements keep the source’s modality and attributions', () => {
  const ctx = context();
  const statement = (thing: string, id: string) => show(ctx, thing).statements.find((s) => s.id === id);

  test('"würde", "möglicherweise", "wäre … gefallen" stay conditional, possible, counterfactual', () => {
    expect(statement('neutrality-pact', 'pact-lets-japan-avoid-multi-front-war')?.modality).toBe('conditional');
    expect(statement('yamashita', 'yamashita-possibly-organised-invasion')?.modality).toBe('possible');
    expect(statement('siberia', 'japan-might-have-invaded-siberia')?.modality).toBe('counterfactual');
    expect(statement('germany', 'briefing-belief-ussr-tied-up')?.modality).toBe('conditional');
  });

  test('the belief behind the briefing is not attributed to Hitler', () => {
    for (const s of show(ctx, 'hitler').statements) expect(s.qualifiers).not.toHaveProperty('believedBy');
    expect(show(ctx, 'hitler').statements.map((s) => s.id)).not.toContain('briefing-belief-ussr-tied-up');
  });

  test('"insbesondere nachdem" is "especially after", not "only after"', () => {
    const s = statement('japan', 'japan-considered-denouncing-pact');
    expect(s?.qualifiers).toHaveProperty('especiallyAfter');
    expect(s?.qualifiers).not.toHaveProperty('after');
  });

  test('the promises of the declaration are promises to respect, not guarantees', () => {
    const s = statement('manchukuo', 'ussr-promised-to-respect-manchukuo');
    expect(s?.predicateLabel).toBe('promised to respect the territorial integrity and inviolability of');
  });

  test('the source’s oddities are recorded', () => {
    expect(statement('molotov', 'molotov-foreign-minister')?.note).toMatch(/Außenkommissar/);
    expect(statement('north-korea', 'ussr-gained-north-korea')?.note).toMatch(/Nordkorea/);
    expect(statement('germany', 'farewell-let-stalin-invite-german-negotiations')?.note).toMatch(/Verhandlungen mit Deutschland einzuladen/);
  });
});

describe('show of an event lists every statement that names it', () => {
  test('the signing lists the three signings', () => {
    const ids = show(context(), 'neutrality-pact-signed').statements.map((s) => s.id);
    expect(ids).toEqual(['matsuoka-signed-pact', 'tatekawa-signed-pact', 'molotov-signed-pact']);
  });

  test('the denunciation lists the denunciation statement', () => {
    expect(show(context(), 'pact-denounced').statements.map((s) => s.id)).toContain('ussr-denounced-pact');
  });

  test('the campaign lists the three gains', () => {
    const ids = show(context(), 'last-campaign-of-the-war').statements.map((s) => s.id);
    expect(ids).toEqual(['ussr-gained-manchukuo', 'ussr-gained-mengjiang', 'ussr-gained-north-korea']);
    expect(show(context(), 'Manchurian campaign').id).toBe('last-campaign-of-the-war');
  });
});

describe('German reads as German', () => {
  const de = context('de');

  test('standard German terms as labels, the source’s own forms as aliases', () => {
    expect(show(de, 'tripartite-pact')).toMatchObject({ label: 'Dreimächtepakt', aliases: expect.arrayContaining(['dreigliedriger Pakt']) });
    expect(show(de, 'battle-of-moscow')).toMatchObject({ label: 'Schlacht um Moskau', aliases: ['Schlacht von Moskau'] });
    expect(show(de, 'european-theatre').label).toBe('europäischer Kriegsschauplatz');
    expect(show(de, 'molotov')).toMatchObject({ label: 'Wjatscheslaw Molotow', aliases: expect.arrayContaining(['Molotow']) });
    expect(show(de, 'neutrality-pact').label).toBe('Sowjetisch-japanischer Neutralitätspakt');
  });

  test('German show lists no English aliases', () => {
    expect(show(de, 'neutrality-pact').aliases).not.toContain('Neutrality Pact');
    expect(show(de, 'pact-denounced').aliases).not.toContain('denunciation');
  });

  test('event labels are noun phrases', () => {
    expect(show(de, 'pact-denounced').label).toBe('Kündigung des Pakts durch die Sowjetunion');
    expect(show(context(), 'pact-denounced').label).toBe('Soviet denunciation of the pact');
  });

  test('German summaries name no IANA zone and no "ob Die"', () => {
    for (const [date, zone] of [['1945-04-05', 'Asia/Tokyo'], ['1945-08-08', 'Europe/Moscow'], ['1941-04-13T12:00', 'Europe/Moscow']] as const) {
      const s = at(date, zone, 'de').summary;
      expect(s).not.toMatch(/[A-Z][a-z]+\/[A-Z]/);
      expect(s).not.toMatch(/ob Die|nächste Wende/);
    }
  });
});

/**
 * Summaries in both languages for the dates above, compared whole. Read
 * sentence by sentence before accepting a change (`UPDATE_GOLDEN=1`).
 */
describe('golden summaries', () => {
  const file = join(__dirname, 'golden', 'summaries.txt');
  const cases = [
    ['1941-04-13', 'Europe/Moscow'],
    ['1941-04-20', 'Europe/Moscow'],
    ['1941', 'UTC'],
    ['1943-01-01', 'UTC'],
    ['1945-04-05', 'Asia/Tokyo'],
    ['1945-08-08T23:00', 'Europe/Moscow'],
    ['1945-09-01', 'UTC'],
    ['1946-04-20', 'UTC'],
    ['1946-05-01', 'UTC'],
  ] as const;
  test('as read', () => {
    const text = cases
      .flatMap(([date, zone]) => (['en', 'de'] as const).map((lang) => `# ${date} ${zone} ${lang}\n${at(date, zone, lang).summary}\n`))
      .join('\n');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
