import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, copyFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PACK, run } from './helpers';

/**
 * Fuzzing properties shared by the quick run in `npm test` and the long one
 * in `npm run fuzz` (FUZZ_RUNS cases each).
 */

const words = ['status', 'signatories', 'territories', 'timeline', 'show', 'when', 'search', 'on', 'validate', 'completion', 'help', 'molotov', 'Molotow', 'bash', 'de', 'en', 'x', '--', '-'];
const options = ['--json', '--format', '--lang', '--zone', '--color', '--no-color', '--facts', '--date', '--from', '--to', '--type', '--document', '--zones', '--help', '-h', '--version', '-V', '--bogus'];
const values = ['1945', '1945-08', '1945-08-08', '1945-08-08T23:00', '1945-02-30', '24:30', 'gestern', '', ' ', 'UTC', 'UTC+10', '+10:00', 'Europe/Moscow', 'Mars/Olympus', 'table', 'json', 'ndjson', 'csv', 'tsv', 'xml', 'auto', 'always', 'never', '08-09', '02-30', 'neutrality-pact', '/nonexistent', '\u0000', 'ä', '松岡洋右', '🇯🇵', 'a'.repeat(3000)];

const token = fc.oneof(
  fc.constantFrom(...words),
  fc.constantFrom(...options),
  fc.constantFrom(...values),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Random argv: every run ends with 0, 1 or 2, one error line (plus a hint), no stack trace, no stdout on error. */
export const argvProperty = fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
  const r = run(argv, { columns: 80 });
  if (![0, 1, 2].includes(r.code)) throw new Error(`exit ${r.code} for ${JSON.stringify(argv)}`);
  if (/^\s+at /m.test(r.stderr)) throw new Error(`stack trace for ${JSON.stringify(argv)}`);
  if (/internal error/.test(r.stderr)) throw new Error(`internal error for ${JSON.stringify(argv)}: ${r.stderr}`);
  if (r.code !== 0) {
    if (r.stdout !== '' && !argv.includes('validate')) throw new Error(`stdout on error for ${JSON.stringify(argv)}`);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('pakt: error: '));
    if (errors.length !== 1) throw new Error(`not one error line for ${JSON.stringify(argv)}: ${r.stderr}`);
  }
});

const raw = readFileSync(PACK, 'utf8');
const source = join(PACK, '..', 'source', 'neutralitaetspakt.de.txt');
const dir = mkdtempSync(join(tmpdir(), 'pakt-fuzz-'));
mkdirSync(join(dir, 'source'));
copyFileSync(source, join(dir, 'source', 'neutralitaetspakt.de.txt'));

/** Every JSON pointer of a value, with the value there. */
function pointers(v: unknown, base = ''): [string, unknown][] {
  const out: [string, unknown][] = [[base, v]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pointers(x, `${base}/${i}`)));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pointers(x, `${base}/${k}`));
  return out;
}
const all = pointers(JSON.parse(raw)).filter(([p]) => p !== '');

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('1945-02-30', '[1945..]', 'Mars/Olympus', '__proto__', 'constructor', 'molotov', '', '1945-08-08T23:00:00+04:00'),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ __proto__: { polluted: true } }),
);

let counter = 0;

/** Random mutations of the bundled pack either load or fail with exit 1 and a file name. */
export const packProperty = fc.property(fc.integer({ min: 0, max: all.length - 1 }), replacement, (at, value) => {
  const data = JSON.parse(raw) as Record<string, unknown>;
  const [pointer] = all[at] as [string, unknown];
  const keys = pointer.split('/').slice(1);
  let parent: Record<string, unknown> = data;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
  // A new name each case: the run caches a loaded pack by its path.
  const file = join(dir, `pack-${++counter}.json`);
  writeFileSync(file, JSON.stringify(data));
  const r = run(['--facts', file, 'timeline', '--format', 'json']);
  if (r.code === 0) {
    JSON.parse(r.stdout);
  } else {
    if (r.code !== 1) throw new Error(`exit ${r.code} for ${pointer} = ${JSON.stringify(value)}: ${r.stderr}`);
    if (!r.stderr.startsWith(`pakt: error: ${file}: `)) throw new Error(`no file in the error for ${pointer}: ${r.stderr}`);
    if (/internal error|^\s+at /m.test(r.stderr)) throw new Error(`crash for ${pointer} = ${JSON.stringify(value)}: ${r.stderr}`);
    if (r.stdout !== '') throw new Error('stdout on error');
  }
  if (({} as Record<string, unknown>).polluted !== undefined) throw new Error('Object.prototype was polluted');
});

// ---------------------------------------------------------------------------
// Hostile sources and arguments (issue 16 item 7): control characters, other
// encodings, symbolic links, arguments of 50,000 characters.

/** Longest one in-process run may take, in milliseconds (FUZZ_CASE_MS). */
export const CASE_MS = Number(process.env.FUZZ_CASE_MS ?? 5000);

/** Characters that must never reach a terminal raw (line feed aside). */
export const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/;

/** One control character or escape sequence a hostile text may hold. */
export const control = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(
    '\u001b[31m',
    '\u001b[2J',
    '\u001b[0m',
    '\u001b]0;pwned\u0007',
    '\u001b]8;;https://example.org\u001b\\link\u001b]8;;\u001b\\',
    '\u009b31m',
    '\u001bc',
    '\u001b[?1049h',
    '\u001bP+q\u001b\\',
    '\r',
    '\u0000',
    '\u202e',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200e',
    '\u200f',
    '\ufeff',
    '\u2028',
    '\u2029',
    '\ud800',
  ),
);

/** A short text with controls among ordinary characters. */
export const hostileText = fc
  .array(fc.oneof(control, fc.string({ maxLength: 4 }), fc.constantFrom('Molotow', '1945', 'molotov', 'Vertrag', 'ä', '松岡')), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/**
 * A value of 50,000 characters: a short text (perhaps with controls)
 * repeated. Kept as its unit until the run, so that a counterexample prints
 * short.
 */
class Huge {
  constructor(readonly unit: string) {}
  get text(): string {
    return this.unit.repeat(Math.ceil(50000 / this.unit.length)).slice(0, 50000);
  }
  [fc.toStringMethod](): string {
    return `huge(${JSON.stringify(this.unit)})`;
  }
}
const huge = fc
  .oneof(fc.constantFrom('a', '1', '9', ' ', '-', '/', 'ä', '松', '🇯🇵', '1945-', '..', '+1', 'wer ', 'molotov '), hostileText)
  .filter((unit) => unit.length > 0)
  .map((unit) => new Huge(unit));

/** Any argument value the hostile property types: huge, hostile, or a valid beginning followed by controls. */
const hostileValue = fc.oneof(
  huge,
  hostileText,
  fc.tuple(fc.constantFrom('1945', '1945-08-08', 'molotov', 'Europe/Moscow', 'UTC', 'json', 'de', '08-09', 'turtle', 'bash', 'event'), hostileText).map(([a, b]) => a + b),
);

/** Where a hostile value goes: every option and argument that takes text. */
const slots: ((v: string) => string[])[] = [
  (v) => ['--zone', v, 'status'],
  (v) => ['status', '--date', v],
  (v) => ['timeline', '--from', v],
  (v) => ['timeline', '--to', v],
  (v) => ['timeline', '--type', v],
  (v) => ['show', v],
  (v) => ['when', v],
  (v) => ['when', 'signing', '--zones', v],
  (v) => ['search', v],
  (v) => ['search', 'Molotow', '--type', v],
  (v) => ['ask', v],
  (v) => ['ask', 'wann', v],
  (v) => ['on', v],
  (v) => ['source', v],
  (v) => ['signatories', '--document', v],
  (v) => ['export', v],
  (v) => ['export', 'turtle', '--base', v],
  (v) => ['completion', v],
  (v) => ['--lang', v, 'status'],
  (v) => ['--format', v, 'status'],
  (v) => ['--color', v, 'status'],
  (v) => ['--facts', v, 'status'],
  (v) => ['validate', v],
  (v) => [v],
  (v) => ['status', v],
  (v) => [`--${v}`],
  (v) => ['help', v],
];

/** How a run shows its output: format, colour, terminal width. */
const presentation = fc.record({
  format: fc.constantFrom('table', 'json', 'ndjson', 'csv', 'tsv', 'svg', undefined),
  color: fc.constantFrom('always', 'never', undefined),
  lang: fc.constantFrom('de', 'en'),
  columns: fc.constantFrom(30, 80, 200),
  tty: fc.boolean(),
});
type Presentation = { format: string | undefined; color: string | undefined; lang: string; columns: number; tty: boolean };

function withPresentation(argv: string[], p: Presentation): string[] {
  const extra = ['--lang', p.lang];
  if (p.format) extra.push('--format', p.format);
  if (p.color) extra.push('--color', p.color);
  return [...argv, ...extra];
}

/**
 * Checks one run against the properties every run keeps: exit 0, 1 or 2;
 * no stack trace, no internal error; on failure one error line and no
 * stdout; stderr and table/records output free of raw controls (pakt's own
 * SGR colour codes aside); JSON that parses; a bounded time.
 */
export function checkRun(argv: readonly string[], r: { code: number; stdout: string; stderr: string }, ms: number, p?: Presentation): void {
  const what = JSON.stringify(argv.map((a) => (a.length > 80 ? `${a.slice(0, 40)}…(${a.length})` : a)));
  const fault = (why: string): never => {
    throw new Error(`${why} for ${what}: exit ${r.code}\nstderr: ${JSON.stringify(r.stderr.slice(0, 600))}\nstdout: ${JSON.stringify(r.stdout.slice(0, 300))}`);
  };
  if (ms > CASE_MS) fault(`took ${ms} ms`);
  if (![0, 1, 2].includes(r.code)) fault('exit code');
  if (/^\s+at /m.test(r.stderr) || /^\s+at /m.test(r.stdout)) fault('stack trace');
  if (/internal error|interner Fehler/i.test(r.stderr)) fault('internal error');
  if (RAW.test(r.stderr)) fault('raw control on stderr');
  if (r.stderr.length > 4000) fault('stderr of unbounded length');
  // validate and ask answer a failure on stdout (the problems; why a question has no answer).
  const validate = argv.includes('validate') || argv.includes('ask');
  if (r.code !== 0) {
    if (r.stdout !== '' && !validate) fault('stdout on error');
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('pakt: error: '));
    if (errors.length !== 1 && !(validate && r.code === 1 && errors.length === 0)) fault('not one error line');
  }
  if (r.stdout === '') return;
  const format = argv.includes('--json') ? 'json' : (p?.format ?? (p?.tty ? 'table' : 'tsv'));
  const help = argv.some((a) => a === '--help' || a === '-h' || a === 'help');
  if (format === 'json' && !help && !argv.includes('completion') && !argv.includes('export')) {
    try {
      JSON.parse(r.stdout);
    } catch {
      fault('JSON that does not parse');
    }
  } else if (format === 'ndjson' && !help && !argv.includes('completion') && !argv.includes('export')) {
    for (const l of r.stdout.split('\n').filter((x) => x !== '')) {
      try {
        JSON.parse(l);
      } catch {
        fault('an NDJSON line that does not parse');
      }
    }
  }
  // pakt's own colour codes when colour is forced; everything else raw is a fault.
  // (forced, or on a terminal unless turned off; a source's own `ESC [31m` shows when colour is off).
  const colour = p ? p.color === 'always' || (p.tty && p.color !== 'never') : false;
  const own = colour ? r.stdout.replace(/\u001b\[[0-9;]*m/g, '') : r.stdout;
  const text = format === 'tsv' || format === 'csv' ? own.replace(/\t/g, '') : own;
  if (RAW.test(text.replace(/\r\n/g, '\n'))) fault(`raw control on stdout (${format})`);
}

/** Hostile and huge arguments in every slot that takes text. */
export const hostileArgvArbs = [fc.constantFrom(...slots), hostileValue, presentation] as const;
export function hostileArgvCase(slot: (v: string) => string[], value: string | Huge, p: Presentation): void {
  const argv = withPresentation(slot(value instanceof Huge ? value.text : value), p);
  const t = Date.now();
  const r = run(argv, { columns: p.columns, isTTY: p.tty });
  checkRun(argv, r, Date.now() - t, p);
}
export const hostileArgvProperty = fc.property(...hostileArgvArbs, hostileArgvCase);

// --- Sources: controls, encodings, links ------------------------------------

const sourceText = readFileSync(source, 'utf8');
/** A folder beside every pack folder, holding what no pack may read. */
const outside = mkdtempSync(join(tmpdir(), 'pakt-outside-'));
writeFileSync(join(outside, 'secret.txt'), sourceText);
mkdirSync(join(outside, 'folder'));
writeFileSync(join(outside, 'folder', 'neutralitaetspakt.de.txt'), sourceText);

/** Every file a run reads (through `fs.readFileSync` and `fs.openSync`), for the containment check. */
export const reads: string[] = [];
for (const name of ['readFileSync', 'openSync'] as const) {
  // The module object itself (not an import's copy), so that src/ calls the wrapper.
  // eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any
  const fs = require('node:fs') as any;
  const original = fs[name];
  fs[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
    if (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) reads.push(String(path));
    return original.call(this, path, ...rest);
  };
}

/** Pointers to the pack's string values other than ids, references and dates (which would only make it invalid). */
const strings = all.filter(([p, v]) => typeof v === 'string' && !/\/(id|ref|event|entity|subject|object|file|date|from|to|start|end|zone|type|state|predicate|onBehalfOf|office|place|sentence|formatVersion)$/.test(p) && !/\/\d+$/.test(p));

/** What becomes of the source (or the pack) of a fresh pack folder. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('controls' as const),
    inserts: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), control), { minLength: 1, maxLength: 5 }),
    paragraph: fc.option(hostileText, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('pack-controls' as const),
    at: fc.array(fc.tuple(fc.nat(), control), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('encoding' as const),
    file: fc.constantFrom('source', 'pack'),
    encoding: fc.constantFrom('latin1', 'utf16le', 'utf16be', 'utf8'),
    bom: fc.boolean(),
    umlaut: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('link' as const),
    link: fc.constantFrom('outside-file', 'outside-chain', 'outside-relative', 'outside-folder', 'inside-chain', 'directory', 'dangling', 'loop', 'self', 'etc-passwd', 'proc', 'dev-null'),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Commands that show the source or depend on it, each with a pack folder. */
const sourceCommands: ((pack: string) => string[])[] = [
  (f) => ['--facts', f, 'source'],
  (f) => ['--facts', f, 'source', '9'],
  (f) => ['--facts', f, 'search', 'Molotow'],
  (f) => ['--facts', f, 'search', 'Vertrag'],
  (f) => ['--facts', f, 'status', '--date', '1945-08-09'],
  (f) => ['--facts', f, 'timeline'],
  (f) => ['--facts', f, 'show', 'molotov'],
  (f) => ['--facts', f, 'ask', 'wer unterzeichnete den Pakt'],
  (f) => ['--facts', f, 'territories'],
  (f) => ['validate', f],
];

function encode(text: string, encoding: string, bom: boolean): Buffer {
  const body = bom ? `\ufeff${text}` : text;
  if (encoding === 'utf16be') return Buffer.from(body, 'utf16le').swap16();
  return Buffer.from(body, encoding as BufferEncoding);
}

/** A fresh pack folder with the source mutated; returns the pack file and whether the source leads outside. */
function packFolderWith(m: Mutation): { file: string; root: string; escapes: boolean } {
  const root = mkdtempSync(join(tmpdir(), 'pakt-fuzz-src-'));
  const dir = join(root, 'pack');
  mkdirSync(join(dir, 'source'), { recursive: true });
  const file = join(dir, 'pack.json');
  const src = join(dir, 'source', 'neutralitaetspakt.de.txt');
  let pack: string | Buffer = raw;
  let escapes = false;
  switch (m.kind) {
    case 'controls': {
      let text = sourceText;
      for (const [at, c] of m.inserts) {
        const i = Math.floor(at * text.length);
        text = text.slice(0, i) + c + text.slice(i);
      }
      if (m.paragraph !== undefined) text += `\n\nMolotow Vertrag ${m.paragraph}\n`;
      writeFileSync(src, text);
      break;
    }
    case 'pack-controls': {
      // Controls at the end of some string values of the pack (labels, notes, names; quotes then no longer match).
      const data = JSON.parse(raw) as Record<string, unknown>;
      for (const [n, c] of m.at) {
        const [pointer] = strings[n % strings.length] as [string, unknown];
        const keys = pointer.split('/').slice(1);
        let parent = data;
        for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
        const last = keys[keys.length - 1] as string;
        parent[last] = `${String(parent[last])}${c}`;
      }
      writeFileSync(src, sourceText);
      pack = JSON.stringify(data);
      break;
    }
    case 'encoding': {
      const text = m.file === 'source' ? sourceText : raw.replace('Sowjet', m.umlaut ? 'Söwjet' : 'Sowjet');
      const bytes = encode(text, m.encoding, m.bom);
      if (m.file === 'source') writeFileSync(src, bytes);
      else {
        writeFileSync(src, sourceText);
        pack = bytes;
      }
      break;
    }
    case 'link': {
      switch (m.link) {
        case 'outside-file':
          symlinkSync(join(outside, 'secret.txt'), src);
          escapes = true;
          break;
        case 'outside-chain':
          symlinkSync(join(dir, 'source', 'hop1'), src);
          symlinkSync('hop2', join(dir, 'source', 'hop1'));
          symlinkSync(join(outside, 'secret.txt'), join(dir, 'source', 'hop2'));
          escapes = true;
          break;
        case 'outside-relative':
          symlinkSync(relative(join(dir, 'source'), join(outside, 'secret.txt')), src);
          escapes = true;
          break;
        case 'outside-folder':
          rmSync(join(dir, 'source'), { recursive: true });
          symlinkSync(join(outside, 'folder'), join(dir, 'source'));
          escapes = true;
          break;
        case 'inside-chain':
          mkdirSync(join(dir, 'texts'));
          writeFileSync(join(dir, 'texts', 'real.txt'), sourceText);
          symlinkSync('hop', src);
          symlinkSync('../texts/real.txt', join(dir, 'source', 'hop'));
          break;
        case 'directory':
          mkdirSync(join(dir, 'texts'));
          symlinkSync('../texts', src);
          break;
        case 'dangling':
          symlinkSync(join(dir, 'nowhere', 'x.txt'), src);
          break;
        case 'loop':
          symlinkSync('b', src);
          symlinkSync('neutralitaetspakt.de.txt', join(dir, 'source', 'b'));
          break;
        case 'self':
          symlinkSync('neutralitaetspakt.de.txt', src);
          break;
        case 'etc-passwd':
          symlinkSync('/etc/passwd', src);
          escapes = true;
          break;
        case 'proc':
          symlinkSync('/proc/self/environ', src);
          escapes = true;
          break;
        case 'dev-null':
          symlinkSync('/dev/null', src);
          escapes = true;
          break;
      }
      break;
    }
  }
  writeFileSync(file, pack);
  return { file, root, escapes };
}

/** Whether a path read lies in the folder no pack may read from (or another place a link points to). */
function forbidden(path: string): boolean {
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    // a path that does not resolve was not read
  }
  return [outside, '/etc', '/proc', '/dev'].some((d) => real === d || real.startsWith(`${d}/`));
}

/** Mutated sources (controls, encodings, links) load or fail with exit 1; nothing outside the pack folder is read. */
export const sourceArbs = [mutation, fc.constantFrom(...sourceCommands), presentation] as const;
export function sourceCase(m: Mutation, command: (pack: string) => string[], p: Presentation): void {
  const { file, root, escapes } = packFolderWith(m);
  try {
    const argv = withPresentation(command(file), p);
    reads.length = 0;
    const t = Date.now();
    const r = run(argv, { columns: p.columns, isTTY: p.tty });
    const ms = Date.now() - t;
    const read = reads.filter(forbidden);
    checkRun(argv, r, ms, p);
    const what = `${JSON.stringify(m)} ${JSON.stringify(argv)}`;
    if (read.length > 0) throw new Error(`read ${read.join(', ')} outside the pack folder for ${what}`);
    if (escapes) {
      // exit 2: a usage error (a format the command has not), said before the pack is read.
      if (r.code === 0) throw new Error(`exit 0 for a source outside the folder: ${what}\n${r.stdout.slice(0, 300)}`);
      if (r.code === 1 && !argv.includes('validate') && !/outside|außerhalb/.test(r.stderr)) throw new Error(`no word of the folder for ${what}: ${r.stderr}`);
    }
    if (m.kind === 'encoding' && m.encoding !== 'utf8' && !(m.file === 'pack' && m.encoding === 'latin1' && !m.umlaut && !m.bom)) {
      if (r.code === 0) throw new Error(`exit 0 for ${what}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
export const sourceProperty = fc.property(...sourceArbs, sourceCase);

// --- The real binary, sparingly ------------------------------------------

const BIN = join(__dirname, '..', 'bin', 'pakt.js');

/**
 * Hostile and huge arguments given to the real binary (bin/pakt.js →
 * dist/pakt.cjs, built by `npm test` / `npm run build`): the process ends by
 * itself within CASE_MS (spawnSync kills it after that), with exit 0, 1 or 2
 * and the properties of {@link checkRun}. A NUL cannot be in an argument of
 * a real process, and the kernel refuses an argument over 128 KiB: such
 * cases are skipped.
 */
export function binaryCase(slot: (v: string) => string[], value: string | Huge, p: Presentation): void {
  const argv = withPresentation(slot(value instanceof Huge ? value.text : value), { ...p, tty: false }).map((a) => a.replace(/\u0000/g, ''));
  fc.pre(argv.every((a) => Buffer.byteLength(a) < 128 * 1024));
  const t = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    encoding: 'utf8',
    timeout: CASE_MS,
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C', COLUMNS: String(p.columns), PAKT_NO_CACHE: '1' },
  });
  const ms = Date.now() - t;
  if (r.error) {
    if ((r.error as NodeJS.ErrnoException).code === 'E2BIG') return;
    throw new Error(`${r.error.message} for ${JSON.stringify(argv.map((a) => a.slice(0, 40)))}`);
  }
  if (r.signal !== null) throw new Error(`killed by ${r.signal} after ${ms} ms for ${JSON.stringify(argv.map((a) => a.slice(0, 40)))}`);
  // Start-up of a process is not the case's cost: the bound is the kill above.
  checkRun(argv, { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, 0, { ...p, tty: false });
}
export const binaryProperty = fc.property(...hostileArgvArbs, binaryCase);
