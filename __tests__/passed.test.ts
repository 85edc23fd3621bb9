import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPack } from '../src/pack/load';
import { hasPassed, passedKey, type PassedPacks, passedPacksFrom, recordPassed } from '../src/pack/passed';
import type { Pack } from '../src/pack/types';

const TOY = join(__dirname, '..', 'examples', 'toy-treaty');
const toyPack = readFileSync(join(TOY, 'pack.json'), 'utf8');
const toySource = readFileSync(join(TOY, 'source', 'vertrag.de.txt'));

/** A fresh folder holding the toy pack (as `pack`, a JSON text) and its source. */
function toyCopy(pack = toyPack, source: Buffer = toySource): string {
  const dir = mkdtempSync(join(tmpdir(), 'pakt-passed-'));
  mkdirSync(join(dir, 'source'));
  writeFileSync(join(dir, 'source', 'vertrag.de.txt'), source);
  writeFileSync(join(dir, 'pack.json'), pack);
  return join(dir, 'pack.json');
}

/** An empty record directory. */
function records(build = 'test-build'): PassedPacks {
  return { dir: mkdtempSync(join(tmpdir(), 'pakt-cache-')), build };
}

const recorded = (passed: PassedPacks): string[] => {
  try {
    return readdirSync(join(passed.dir, 'passed'));
  } catch {
    return [];
  }
};

/** The toy pack with one quote that is not in its paragraph: schema-valid, but it fails the checks. */
const misquoted = (() => {
  const p = JSON.parse(toyPack) as Pack;
  (p.events[0]!.evidence[0] as { quote: string }).quote = 'Er wurde nie unterzeichnet.';
  return JSON.stringify(p, null, 2);
})();

describe('where packs that passed are recorded', () => {
  test.each([
    [{ HOME: '/home/a' }, 'linux', '/home/a/.cache/pakt'],
    [{ HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a' }, 'linux', '/var/cache/a/pakt'],
    [{ HOME: '/home/a', XDG_CACHE_HOME: 'relative/dir' }, 'linux', '/home/a/.cache/pakt'],
    [{ HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a', PAKT_CACHE_DIR: '/tmp/p' }, 'linux', '/tmp/p'],
    [{ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', join('C:\\Users\\a\\AppData\\Local', 'pakt', 'Cache')],
    [{ HOME: '/home/a', PAKT_NO_CACHE: '0' }, 'linux', '/home/a/.cache/pakt'],
    [{ HOME: '/home/a', PAKT_NO_CACHE: '' }, 'linux', '/home/a/.cache/pakt'],
    [{ HOME: '/home/a', PAKT_NO_CACHE: 'False' }, 'linux', '/home/a/.cache/pakt'],
    [{ HOME: '/home/a', PAKT_NO_CACHE: 'off' }, 'linux', '/home/a/.cache/pakt'],
  ] as const)('%j on %s: %s', (env, platform, dir) => {
    expect(passedPacksFrom(env, 'b', platform)).toEqual({ dir, build: 'b' });
  });

  test.each([
    ['PAKT_NO_CACHE=1', { HOME: '/home/a', PAKT_NO_CACHE: '1' }, 'b'],
    ['PAKT_NO_CACHE=yes, even with PAKT_CACHE_DIR', { PAKT_CACHE_DIR: '/tmp/p', PAKT_NO_CACHE: 'yes' }, 'b'],
    ['no directory to name', {}, 'b'],
    ['no build identity (run from the TypeScript sources)', { HOME: '/home/a' }, undefined],
  ] as const)('nothing is remembered: %s', (_, env, build) => {
    expect(passedPacksFrom(env, build, 'linux')).toBeUndefined();
  });
});

describe('a custom pack that passed every check', () => {
  test('is recorded once, and loads again from its record to the same index', () => {
    const passed = records();
    const file = toyCopy();
    const checked = loadPack(file, passed);
    expect(recorded(passed)).toEqual([passedKey(passed, Buffer.from(toyPack), toySource)]);
    const again = loadPack(file, passed);
    expect(recorded(passed)).toHaveLength(1);
    const shape = (i: typeof checked) => ({
      events: i.events.map((e) => [e.id, e.date.edtf, e.date.zone?.name ?? null, e.date.precision, e.date.bounds]),
      ids: [...i.byId.keys()],
      about: [...i.statementsAbout.entries()].map(([id, list]) => [id, list.map((s) => s.id)]),
    });
    expect(shape(again)).toEqual(shape(checked));
    expect(Object.isFrozen(again.events)).toBe(true);
  });

  test('skips the checks only for the very bytes recorded, with the same build', () => {
    const file = toyCopy(misquoted);
    const passed = records();
    expect(() => loadPack(file, passed)).toThrow(/\/events\/0\/evidence\/0\/quote/);
    expect(recorded(passed)).toEqual([]);
    // A record for these bytes (made by hand here) is trusted: that is what a record means.
    recordPassed(passed, passedKey(passed, Buffer.from(misquoted), toySource), file);
    expect(loadPack(file, passed).byId.has('treaty-signed')).toBe(true);
    // Another build, another source byte or another pack byte: checked again.
    expect(() => loadPack(file, { ...passed, build: 'another-build' })).toThrow(/quote/);
    expect(() => loadPack(toyCopy(misquoted, Buffer.concat([toySource, Buffer.from('\n')])), passed)).toThrow(/quote/);
    expect(() => loadPack(toyCopy(`${misquoted} `), passed)).toThrow(/quote/);
  });

  test('a record for a pack that cannot be indexed falls back to the full check and its problems', () => {
    const broken = JSON.stringify({ ...JSON.parse(toyPack), events: 'none' });
    const file = toyCopy(broken);
    const passed = records();
    recordPassed(passed, passedKey(passed, Buffer.from(broken), toySource), file);
    expect(() => loadPack(file, passed)).toThrow(/\/events: must be array/);
  });

  test('a directory that cannot be written records nothing and says nothing', () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'pakt-cache-')), 'file');
    writeFileSync(blocked, 'not a directory');
    const passed = { dir: blocked, build: 'b' };
    const file = toyCopy();
    expect(loadPack(file, passed).byId.has('treaty')).toBe(true);
    expect(hasPassed(passed, passedKey(passed, Buffer.from(toyPack), toySource))).toBe(false);
  });

  /** A file outside the cache holding `text`, and a symbolic link to it named `name` in the records' folder; returns the file. */
  function planted(passed: PassedPacks, name: string, text: string): string {
    const file = join(mkdtempSync(join(tmpdir(), 'pakt-outside-')), 'file.txt');
    writeFileSync(file, text);
    mkdirSync(join(passed.dir, 'passed'), { recursive: true });
    symlinkSync(file, join(passed.dir, 'passed', name));
    return file;
  }

  test('a symbolic link put where the record is written is not followed: nothing outside the cache is written, nothing recorded (found by a fifteenth breaking session)', () => {
    if (process.platform === 'win32') return;
    const passed = records();
    const key = passedKey(passed, Buffer.from(toyPack), toySource);
    const victim = planted(passed, `${key}.${process.pid}.tmp`, 'precious data');
    expect(loadPack(toyCopy(), passed).byId.has('treaty')).toBe(true);
    expect(readFileSync(victim, 'utf8')).toBe('precious data');
    expect(hasPassed(passed, key)).toBe(false);
    expect(lstatSync(join(passed.dir, 'passed', `${key}.${process.pid}.tmp`)).isSymbolicLink()).toBe(true);
  });

  test('a record is a regular file: a symbolic link in its place is no record', () => {
    if (process.platform === 'win32') return;
    const passed = records();
    const key = passedKey(passed, Buffer.from(toyPack), toySource);
    const elsewhere = planted(passed, key, 'x');
    expect(hasPassed(passed, key)).toBe(false);
    recordPassed(passed, key, 'p');
    expect(hasPassed(passed, key)).toBe(true);
    expect(readFileSync(elsewhere, 'utf8')).toBe('x');
  });

  test('a passed/ folder that is a symbolic link is neither written through nor read (found by a sixteenth breaking session)', () => {
    if (process.platform === 'win32') return;
    const passed = records();
    const key = passedKey(passed, Buffer.from(toyPack), toySource);
    const elsewhere = mkdtempSync(join(tmpdir(), 'pakt-elsewhere-'));
    symlinkSync(elsewhere, join(passed.dir, 'passed'));
    expect(loadPack(toyCopy(), passed).byId.has('treaty')).toBe(true);
    expect(readdirSync(elsewhere)).toEqual([]);
    writeFileSync(join(elsewhere, key), '');
    expect(hasPassed(passed, key)).toBe(false);
  });

  test('a pack reached through a symbolic link reads its source beside the pack itself', () => {
    if (process.platform === 'win32') return;
    const file = toyCopy();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'pakt-link-')), 'current.json');
    symlinkSync(file, elsewhere);
    expect(loadPack(elsewhere).byId.has('treaty-signed')).toBe(true);
  });

  test('a source outside the pack folder is not read before the checks (the schema refuses it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-passed-'));
    mkdirSync(join(dir, 'pack'));
    copyFileSync(join(TOY, 'source', 'vertrag.de.txt'), join(dir, 'vertrag.de.txt'));
    const outside = JSON.stringify({ ...JSON.parse(toyPack), source: { file: '../vertrag.de.txt', lang: 'de' } });
    writeFileSync(join(dir, 'pack', 'pack.json'), outside);
    const passed = records();
    expect(() => loadPack(join(dir, 'pack', 'pack.json'), passed)).toThrow(/\/source\/file/);
    expect(recorded(passed)).toEqual([]);
  });
});
