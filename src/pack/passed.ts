import type * as Crypto from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { PassRecords } from './records';

/**
 * Where pakt remembers the custom fact packs (`--facts`) that passed every
 * check, so that loading the same bytes again with the same pakt skips the
 * checks: same bytes, same checks, same result — the rule the build applies
 * to the bundled pack (`verified.ts`), kept for the user's own packs in
 * their cache directory. A large pack spends more than half of its load on
 * checks (JSON Schema, references, quotes); a script that asks it question
 * after question pays for them once.
 *
 * A record is a file named by the SHA-256 of everything the verdict depends
 * on: the pack's bytes, its source text's bytes, the code that checked them
 * ({@link PassedPacks.build}) and the Node.js, ICU and tz database versions
 * that resolved its dates. Only passes are recorded; a pack with problems
 * is checked (and reported) on every run. Deleting the directory is always
 * safe.
 */
export interface PassedPacks {
  /** Directory of the records (created on first use). */
  readonly dir: string;
  /**
   * Identity of the checking code: the SHA-256 of the bundle, written into
   * it by `scripts/build.mjs`.
   */
  readonly build: string;
}

/**
 * The record directory for a run, from its environment:
 * `PAKT_CACHE_DIR` if set, else `$XDG_CACHE_HOME/pakt` (an absolute path,
 * as the XDG Base Directory specification requires), else
 * `%LOCALAPPDATA%\pakt\Cache` on Windows, else `$HOME/.cache/pakt`.
 *
 * @param build - the bundle's identity; `undefined` (pakt run from its
 *   TypeScript sources, as in the unit tests) remembers nothing.
 * @returns `undefined` — nothing remembered, nothing written — when
 *   `PAKT_NO_CACHE` is set to anything but the empty string, `0`, `false`,
 *   `no` or `off`, when
 *   there is no build identity, or when no directory can be named.
 */
export function passedPacksFrom(
  env: Readonly<Record<string, string | undefined>>,
  build: string | undefined,
  platform: NodeJS.Platform = process.platform,
): PassedPacks | undefined {
  if (!build || !['', '0', 'false', 'no', 'off'].includes((env.PAKT_NO_CACHE ?? '').toLowerCase())) return undefined;
  const dir = env.PAKT_CACHE_DIR
    ? env.PAKT_CACHE_DIR
    : env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)
      ? join(env.XDG_CACHE_HOME, 'pakt')
      : platform === 'win32' && env.LOCALAPPDATA
        ? join(env.LOCALAPPDATA, 'pakt', 'Cache')
        : env.HOME
          ? join(env.HOME, '.cache', 'pakt')
          : undefined;
  return dir === undefined ? undefined : { dir, build };
}

/**
 * The name of the record for a pack and its source: a SHA-256 (hex) of the
 * bytes of both, the checking code and the runtime's date data.
 */
export function passedKey(passed: PassedPacks, pack: Uint8Array, source: Uint8Array): string {
  // Loaded here, not at start-up: only a custom pack needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof Crypto;
  const v = process.versions;
  return createHash('sha256')
    .update(`pakt passed v1\0${passed.build}\0${v.node}\0${v.icu ?? ''}\0${v.tz ?? ''}\0${v.unicode ?? ''}\0${pack.byteLength}\0`)
    .update(pack)
    .update(`\0${source.byteLength}\0`)
    .update(source)
    .digest('hex');
}

/**
 * Creates a directory and its missing parents, one level at a time.
 * (`mkdirSync` with `recursive: true` on Node.js 20 spins for ever on a
 * path under `/proc/self`; one level at a time fails at once there.)
 *
 * @throws the first error other than "already exists".
 */
function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

/** The folder of the records, `passed/` in the cache directory. */
function recordsFolder(passed: PassedPacks): string {
  return join(passed.dir, 'passed');
}

function recordPath(passed: PassedPacks, key: string): string {
  return join(recordsFolder(passed), key);
}

/** Whether `path` is what pakt makes there: a folder (`isFolder`) or a regular file, not a symbolic link to one. */
function isOwn(path: string, isFolder: boolean): boolean {
  try {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    return stat !== undefined && (isFolder ? stat.isDirectory() : stat.isFile());
  } catch {
    return false;
  }
}

/**
 * Whether a pack with this key passed every check before: its record is a
 * regular file in a `passed/` folder that is a folder. pakt makes only
 * those ({@link recordPassed}); a symbolic link in the place of either, or
 * anything else, is no record.
 */
export function hasPassed(passed: PassedPacks, key: string): boolean {
  return isOwn(recordsFolder(passed), true) && isOwn(recordPath(passed, key), false);
}

/**
 * Records that a pack passed every check. Best effort: a directory that
 * cannot be created or written (read-only home, full disk) records nothing
 * and says nothing — the next run checks again. The record is written under
 * a temporary name and renamed, so a concurrent run sees it whole or not at
 * all; it holds the pack's path, for a person looking through the directory.
 * The temporary file is created new (`O_EXCL`): where its name is taken
 * already — by a symbolic link someone put there, which writing would follow
 * to a file outside the cache — nothing is written or removed, and nothing
 * is recorded; nor where `passed/` is a symbolic link.
 */
export function recordPassed(passed: PassedPacks, key: string, packPath: string): void {
  const path = recordPath(passed, key);
  const temporary = `${path}.${process.pid}.tmp`;
  let created = false;
  try {
    makeDirectories(recordsFolder(passed));
    if (!isOwn(recordsFolder(passed), true)) return;
    const fd = openSync(temporary, 'wx');
    created = true;
    try {
      writeFileSync(fd, `${packPath}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch {
    if (!created) return;
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing can be removed: the next run checks again.
    }
  }
}

/**
 * The user's records ({@link PassRecords}) in `passed.dir`: a pack is found
 * by the key of its bytes and its source's (see {@link passedKey}); its
 * dates are resolved again.
 */
export function userRecords(passed: PassedPacks): PassRecords {
  // The key of the bytes asked last: a pack not found is then remembered by the same bytes (hashing 50 MB twice costs a tenth of a second).
  let last: { pack: Uint8Array; source: Uint8Array; key: string } | undefined;
  const keyOf = (pack: Uint8Array, source: Uint8Array): string => {
    if (last?.pack !== pack || last.source !== source) last = { pack, source, key: passedKey(passed, pack, source) };
    return last.key;
  };
  return {
    find(pack, source) {
      const bytes = source();
      return bytes && hasPassed(passed, keyOf(pack, bytes)) ? {} : undefined;
    },
    remember(pack, source, packPath) {
      recordPassed(passed, keyOf(pack, source), packPath);
    },
  };
}
