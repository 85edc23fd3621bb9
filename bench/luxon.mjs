// luxon against the time core's copies of it (src/time/offset.ts), at the
// scale of bench/scale.mjs. For each copy listed in COPIES, the date
// resolution of a pack check is built from src/time twice with esbuild: as
// written ("pakt"), and with the copy replaced by the luxon call it copies.
// Each build resolves every distinct date of a synthetic pack
// (bench/generate.mjs) once, in pack order, as the checks do
// (src/pack/check.ts, eventDateResolver), in a fresh process, timing the
// resolution alone. The builds take turns within each round, and each round
// also times a whole checked run at that size (bin/pakt.js, PAKT_NO_CACHE=1,
// `timeline --from 1945-01 --to 1945-12 --json`, as bench/scale.mjs does), so
// that what luxon costs more is read against a whole run of the same round.
// Times are CPU time (user + system, all threads): on a shared machine a
// process waiting for a core would add to wall time what its code does not
// cost. The whole run's CPU time comes from GNU time (/usr/bin/time), else
// its wall time is used and the heading says so.
// Cells: median (min–max) over the rounds; "more" and "of a run" are taken
// per round, then summarised. ICU questions: calls of Intl.DateTimeFormat's
// format and formatToParts while resolving (one extra, untimed run).
// Needs a built pakt (npm run build).
// Usage: node bench/luxon.mjs [events]   (default 100000; PAKT_BENCH_RUNS, default 10)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const events = Number(process.argv[2] ?? 100000);
const runs = Number(process.env.PAKT_BENCH_RUNS ?? 10);

/**
 * The copies of luxon in src/time: the function, and the luxon code that
 * would take its place (same name and parameters; it may use the rest of
 * its file, `LuxonDateTime` and `LuxonZone`).
 */
const COPIES = [
  {
    name: 'wallToInstant → luxon fixOffset (DateTime#setZone, keepLocalTime)',
    file: 'src/time/offset.ts',
    fn: 'wallToInstant',
    luxon: `function wallToInstant(wall, zone) {
      const at = LuxonDateTime.fromMillis(wall, { zone: 'utc' }).setZone(zone.zone, { keepLocalTime: true });
      const ts = at.toMillis();
      return ts + at.offset * 60_000 === wall ? earlierTwin(wall, ts, at.offset, zone) : ts;
    }`,
  },
  {
    // luxon's fixOffset asks the zone's offset() directly; a luxon Zone of
    // pakt's own lets it ask offsetAt, which remembers offsets per UTC day.
    name: 'wallToInstant → luxon fixOffset on a Zone that asks offsetAt',
    file: 'src/time/offset.ts',
    fn: 'wallToInstant',
    luxon: `function wallToInstant(wall, zone) {
      let cached = rememberingZones.get(zone.name);
      if (!cached) {
        cached = new (class extends LuxonZone {
          get type() { return 'pakt'; }
          get name() { return zone.name; }
          get isUniversal() { return zone.fixed; }
          get isValid() { return true; }
          offsetName(ts, options) { return zone.zone.offsetName(ts, options); }
          formatOffset(ts, format) { return zone.zone.formatOffset(ts, format); }
          offset(ts) { return offsetAt(zone, ts); }
          equals(other) { return other === this; }
        })();
        rememberingZones.set(zone.name, cached);
      }
      const at = LuxonDateTime.fromMillis(wall, { zone: 'utc' }).setZone(cached, { keepLocalTime: true });
      const ts = at.toMillis();
      return ts + at.offset * 60_000 === wall ? earlierTwin(wall, ts, at.offset, zone) : ts;
    }
    const rememberingZones = new Map();`,
  },
];

const RUNNER = `
import { readFileSync } from 'node:fs';
import { resolveValue } from './src/time';
const dates = JSON.parse(readFileSync(process.argv[2], 'utf8')).events.map((e) => e.date);
let questions = 0;
if (process.argv[3] === 'count') {
  const proto = Intl.DateTimeFormat.prototype;
  const format = Object.getOwnPropertyDescriptor(proto, 'format').get;
  Object.defineProperty(proto, 'format', {
    get() {
      const bound = format.call(this);
      return (date) => {
        questions++;
        return bound(date);
      };
    },
  });
  const parts = proto.formatToParts;
  proto.formatToParts = function (date) {
    questions++;
    return parts.call(this, date);
  };
}
globalThis.gc?.();
const cpu = process.cpuUsage();
const seen = new Set();
for (const d of dates) {
  const key = d.zone + '\\u0000' + d.precision + '\\u0000' + d.edtf;
  if (seen.has(key)) continue;
  seen.add(key);
  resolveValue(d.edtf, d.zone, d.precision);
}
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ ms: (used.user + used.system) / 1000, dates: seen.size, questions }));
`;

/** An esbuild plugin that puts `copy.luxon` in place of `copy.fn` in `copy.file`. */
function replacing(copy) {
  return {
    name: 'luxon-in-place',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path !== join(root, copy.file)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const declaration = new RegExp(`\\bexport function ${copy.fn}\\(`, 'g');
        if ((text.match(declaration) ?? []).length !== 1) throw new Error(`${copy.file} must export function ${copy.fn} exactly once`);
        const renamed = text.replace(declaration, `function ${copy.fn}Copied(`);
        return { contents: `${renamed}\nimport { DateTime as LuxonDateTime, Zone as LuxonZone } from 'luxon';\nexport ${copy.luxon}\n`, loader: 'ts' };
      });
    },
  };
}

const work = mkdtempSync(join(tmpdir(), 'pakt-luxon-'));
try {
  if (!existsSync(join(root, 'dist', 'pakt.cjs'))) throw new Error('pakt is not built: run npm run build');
  const builds = [{ name: 'pakt (src/time as written)', plugins: [] }, ...COPIES.map((c) => ({ name: c.name, plugins: [replacing(c)] }))];
  for (const [i, b] of builds.entries()) {
    b.file = join(work, `runner-${i}.cjs`);
    await build({
      stdin: { contents: RUNNER, resolveDir: root, loader: 'ts' },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: b.file,
      plugins: b.plugins,
      logLevel: 'warning',
    });
  }
  const pack = generate(events, join(work, 'pack'));
  const resolve = (b, count = false) => {
    const r = spawnSync(process.execPath, ['--expose-gc', b.file, pack, ...(count ? ['count'] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`${b.name}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  // GNU time reports the child's user and system seconds on the last line of its stderr.
  const gnuTime = spawnSync('/usr/bin/time', ['-f', '%U %S', 'true'], { encoding: 'utf8' });
  const hasTime = gnuTime.status === 0 && /^[\d.]+ [\d.]+\s*$/.test(gnuTime.stderr);
  const timeline = () => {
    const args = [process.execPath, join(root, 'bin', 'pakt.js'), '--facts', pack, 'timeline', '--from', '1945-01', '--to', '1945-12', '--json'];
    const [file, argv] = hasTime ? ['/usr/bin/time', ['-f', 'pakt-bench-cpu %U %S', ...args]] : [args[0], args.slice(1)];
    const t = process.hrtime.bigint();
    const r = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PAKT_NO_CACHE: '1' } });
    const wall = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) throw new Error(`timeline: ${r.stderr}`);
    const cpu = /pakt-bench-cpu ([\d.]+) ([\d.]+)\s*$/.exec(String(r.stderr));
    return cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : wall;
  };

  const counted = builds.map((b) => resolve(b, true));
  timeline(); // the file cache
  const ms = builds.map(() => []);
  const whole = [];
  for (let r = 0; r < runs; r++) {
    builds.forEach((b, i) => ms[i].push(resolve(b).ms));
    whole.push(timeline());
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const num = (x, digits) => x.toFixed(digits).replace(/^-(0(\.0+)?)$/, '$1');
  const cell = (xs, digits, unit = '') => `${num(median(xs), digits)}${unit} (${num(Math.min(...xs), digits)}–${num(Math.max(...xs), digits)})`;
  const signed = (xs, digits, unit) => cell(xs, digits, unit).replace(/(^|\(|–)(\d)/g, '$1+$2');
  console.log(
    `luxon against its copies in src/time: ${events} events (${counted[0].dates} distinct dates), median (min–max) of ${runs} rounds, node ${process.version}`,
  );
  console.log(
    `a whole checked run (timeline --from 1945-01 --to 1945-12 --json), ${hasTime ? 'CPU' : 'wall'} time: ${cell(whole.map((x) => x / 1000), 2, ' s')}`,
  );
  console.log("| resolving the pack's dates with | CPU ms | ICU questions | more than pakt, CPU ms | of a whole run |");
  console.log('|---|---:|---:|---:|---:|');
  builds.forEach((b, i) => {
    const more = ms[i].map((x, r) => x - ms[0][r]);
    const share = more.map((x, r) => (100 * x) / whole[r]);
    const rest = i === 0 ? '– | –' : `${signed(more, 0, '')} | ${signed(share, 1, ' %')}`;
    console.log(`| ${b.name} | ${cell(ms[i], 0)} | ${counted[i].questions} | ${rest} |`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
