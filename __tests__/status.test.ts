import { status } from '../src/query/status';
import { parseQueryDate, parseZone, UTC_ZONE } from '../src/time';
import { context, runJson } from './helpers';
import type { StatusResult } from '../src/query/status';

const at = (date: string, zone = 'UTC'): StatusResult => status(context(), parseQueryDate(date, parseZone(zone)));

describe('status on the real pack', () => {
  test.each([
    ['1941-01-01', 'not-signed', false],
    ['1943-01-01', 'in-force', true],
    ['1945-06-01', 'denounced', true],
    ['1945-09-01', 'broken', true],
    ['1946-05-01', 'expired', false],
  ])('%s is %s (inForce %p)', (date, state, inForce) => {
    const r = at(date);
    expect(r.state).toBe(state);
    expect(r.inForce).toBe(inForce);
    expect(r.certain).toBe(true);
  });

  test('a broken pact is still in force by its own term', () => {
    const r = at('1945-09-01');
    expect(r.state).toBe('broken');
    expect(r.inForce).toBe(true);
    expect(r.since?.event).toBe('soviet-invasion-of-manchuria');
    expect(r.until?.event).toBe('pact-expiry');
  });

  test.each(Array.from({ length: 30 }, (_, i) => `1946-04-${String(i + 1).padStart(2, '0')}`))(
    'on %s the source cannot decide whether the pact is in force',
    (date) => {
      const r = at(date);
      expect(r.inForce).toBeNull();
      expect(r.certain).toBe(false);
    },
  );

  test('times of day in Moscow: noon before the invasion, 22:00 after it', () => {
    expect(at('1945-08-08T12:00', 'Europe/Moscow').state).toBe('denounced');
    const late = at('1945-08-08T22:00', 'Europe/Moscow');
    expect(late.state).toBe('broken');
    expect(late.certain).toBe(true);
  });

  test('the day of 8 August 1945 in Moscow starts denounced and lists the invasion', () => {
    const r = at('1945-08-08', 'Europe/Moscow');
    expect(r.state).toBe('denounced');
    expect(r.transitions.map((t) => [t.event, t.state])).toEqual([['soviet-invasion-of-manchuria', 'broken']]);
  });

  test('the signing day in Moscow lists the signing and the undated entry into force as transitions', () => {
    const r = at('1941-04-13', 'Europe/Moscow');
    expect(r.transitions.map((t) => t.event)).toEqual(['neutrality-pact-signed', 'pact-in-force']);
  });

  test('noon on the signing day in Moscow is uncertain: the source gives no hour', () => {
    const r = at('1941-04-13T12:00', 'Europe/Moscow');
    expect(r.certain).toBe(false);
    expect(r.state).toBe('not-signed');
    expect(r.until?.event).toBe('neutrality-pact-signed');
  });

  test('the query echoes its interval in UTC', () => {
    const r = status(context(), parseQueryDate('1945-06-01', UTC_ZONE));
    expect(r.query).toEqual({
      input: '1945-06-01',
      zone: 'UTC',
      start: '1945-06-01T00:00:00.000Z',
      end: '1945-06-02T00:00:00.000Z',
    });
  });

  test('every answer carries evidence and a summary in the asked language', () => {
    const en = runJson<StatusResult>(['status', '--date', '1945-06-01', '--lang', 'en']);
    const de = runJson<StatusResult>(['status', '--date', '1945-06-01', '--lang', 'de']);
    expect(en.evidence.length).toBeGreaterThan(0);
    expect(en.summary).toMatch(/denounced/);
    expect(de.summary).toMatch(/gekündigt/);
    expect(de.since?.date.display).toBe('5. April 1945');
  });

  test.each([
    ['0800-01-01', 'not-signed'],
    ['1944-02-29', 'in-force'],
  ])('a valid but far date (%s) answers normally', (date, state) => {
    expect(runJson<StatusResult>(['status', '--date', date]).state).toBe(state);
  });

  test('without --date, status answers for now (injected clock)', () => {
    const r = runJson<StatusResult>(['status'], { now: Date.UTC(1943, 0, 1) });
    expect(r.state).toBe('in-force');
    expect(r.query.input).toBe('now');
  });
});
