import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** End-to-end: the real binary (bin/pakt.js → dist/pakt.cjs, built by `npm test`). */
const BIN = join(__dirname, '..', 'bin', 'pakt.js');

function pakt(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function shell(script: string) {
  // stdin from /dev/null: on a socket (node's default) bash would read ~/.bashrc.
  const r = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', PAKT: `${process.execPath} ${BIN}` },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the binary', () => {
  test('answers status with exit 0', () => {
    const r = pakt(['status', '--date', '1945-06-01', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).state).toBe('denounced');
  });

  test("loads its bundle with the build's code cache, which V8 accepts", () => {
    const load = `const { loadBundle } = require(${JSON.stringify(join(__dirname, '..', 'bin', 'load-bundle.js'))});
      const { main, script } = loadBundle(${JSON.stringify(join(__dirname, '..', 'dist', 'pakt.cjs'))});
      process.stdout.write(JSON.stringify({ main: typeof main, rejected: script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ['-e', load], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ main: 'function', rejected: false });
  });

  test('exit codes: 2 for usage, 1 for not found', () => {
    const usage = pakt(['status', '--date', '1945-02-30']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^pakt: error: /);
    expect(usage.stderr).not.toMatch(/^\s+at /m);
    expect(pakt(['show', 'napoleon']).code).toBe(1);
  });

  test('a reader that closes early ends quietly with exit 0', () => {
    const head = shell('$PAKT timeline --json | head -1');
    expect(head.code).toBe(0);
    expect(head.stderr).toBe('');
    expect(head.stdout).toBe('[\n');
    const closed = shell('$PAKT timeline --json | true');
    expect(closed.code).toBe(0);
    expect(closed.stderr).toBe('');
  });

  test('a failed write (full disk) is one error line, exit 1', () => {
    const full = shell('$PAKT timeline > /dev/full');
    expect(full.code).toBe(1);
    expect(full.stderr).toBe('pakt: error: cannot write the output: ENOSPC\n');
  });

  test('four machine zones and two locales give identical bytes (with --lang fixed)', () => {
    const commands = [
      ['status', '--date', '1945-08-08', '--zone', 'Europe/Moscow', '--json', '--lang', 'de'],
      ['timeline', '--format', 'csv', '--lang', 'en'],
      ['when', 'soviet-invasion-of-manchuria', '--lang', 'de'],
      ['on', '08-09', '--format', 'tsv', '--lang', 'en'],
      ['signatories', '--format', 'table', '--color', 'never', '--lang', 'de'],
    ];
    for (const args of commands) {
      const outputs = new Set<string>();
      for (const TZ of ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu']) {
        for (const LANG of ['C', 'de_DE.UTF-8']) {
          const r = pakt(args, { TZ, LANG, COLUMNS: '100' });
          expect(r.code).toBe(0);
          outputs.add(r.stdout.replace(/ (\d+) years ago| vor (\d+) Jahren/g, ''));
        }
      }
      expect(outputs.size).toBe(1);
    }
  });

  test('the machine zone and locale change nothing', () => {
    for (const args of [
      ['status', '--date', '1945-06-01', '--json'],
      ['timeline', '--lang', 'en'],
      ['timeline', '--lang', 'de', '--zone', 'Asia/Tokyo', '--json'],
      ['signatories', '--format', 'csv', '--lang', 'en'],
    ]) {
      const utc = pakt(args, { TZ: 'UTC', LANG: 'C' });
      const far = pakt(args, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: '' });
      expect(utc.code).toBe(0);
      if (args.includes('--lang')) expect(far.stdout).toBe(utc.stdout);
    }
    const a = pakt(['status', '--date', '1945-06-01', '--json'], { TZ: 'UTC' });
    const b = pakt(['status', '--date', '1945-06-01', '--json'], { TZ: 'Pacific/Kiritimati' });
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('custom packs that passed every check', () => {
  const TOY = join(__dirname, '..', 'examples', 'toy-treaty', 'pack.json');
  const records = (dir: string) => (existsSync(join(dir, 'passed')) ? readdirSync(join(dir, 'passed')) : []);

  test('are recorded once in PAKT_CACHE_DIR and answer the same from the record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-cache-'));
    const first = pakt(['--facts', TOY, 'timeline', '--json'], { PAKT_CACHE_DIR: dir });
    expect(first.code).toBe(0);
    expect(records(dir)).toHaveLength(1);
    expect(records(dir)[0]).toMatch(/^[0-9a-f]{64}$/);
    const second = pakt(['--facts', TOY, 'timeline', '--json'], { PAKT_CACHE_DIR: dir });
    expect(second).toEqual(first);
    expect(records(dir)).toHaveLength(1);
  });

  test('nothing is recorded for the bundled pack, by validate, or with PAKT_NO_CACHE', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-cache-'));
    expect(pakt(['status', '--json'], { PAKT_CACHE_DIR: dir }).code).toBe(0);
    expect(pakt(['validate', TOY], { PAKT_CACHE_DIR: dir }).code).toBe(0);
    expect(pakt(['--facts', TOY, 'status', '--json'], { PAKT_CACHE_DIR: dir, PAKT_NO_CACHE: '1' }).code).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a cache directory under /proc neither hangs nor shows', () => {
    if (process.platform !== 'linux') return;
    const r = spawnSync(process.execPath, [BIN, '--facts', TOY, 'status', '--json'], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { PATH: process.env.PATH ?? '', PAKT_CACHE_DIR: '/proc/self/pakt-cache' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  test('a cache directory that cannot be created changes nothing on stdout or stderr', () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'pakt-cache-')), 'file');
    writeFileSync(blocked, 'a file where the directory should be');
    const r = pakt(['--facts', TOY, 'status', '--date', '1927', '--json'], { PAKT_CACHE_DIR: blocked });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r).toEqual(pakt(['--facts', TOY, 'status', '--date', '1927', '--json'], { PAKT_NO_CACHE: '1' }));
  });
});

describe('a clone without a build', () => {
  test('dist/ absent: one line saying to run npm ci (or npm run build), exit 1, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-nobuild-'));
    cpSync(join(__dirname, '..', 'bin'), join(dir, 'bin'), { recursive: true });
    for (const lang of ['C.UTF-8', 'de_DE.UTF-8']) {
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'pakt.js'), 'status'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: lang } });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^pakt: error: .*npm ci.*npm run build/);
      expect(r.stderr).not.toMatch(/\bat /);
    }
  });
});
