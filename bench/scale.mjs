// Scale benchmark: synthetic packs of 1k, 10k and 100k events (bench/generate.mjs);
// for each, the wall time of pakt loading the pack and answering
// `timeline --from 1945-01 --to 1945-12 --json` and `show <id> --json`, against
// jq doing the equivalent filter on the same file. pakt is timed twice over:
// checking the pack in full on every run (PAKT_NO_CACHE=1, a pack never seen
// before), and again once the pack has passed and is recorded (a fresh
// PAKT_CACHE_DIR, primed by one untimed run: a script asking a pack question
// after question). The commands take turns within each round, so that a
// machine whose speed drifts slows them alike. Cells: median (min–max).
// A second table sets `validate <pack>` and `search Ereignis` (a word in every
// event's German label and every sentence of the source: 300,000 hits at 100k
// events), both checked, beside the checked timeline: each round's time over
// that round's timeline, median (min–max) of those ratios; and the peak
// resident memory of each (GNU time's %M, when /usr/bin/time is GNU time).
// Usage: node bench/scale.mjs [sizes…]   (default 1000 10000 100000; PAKT_BENCH_RUNS, default 5)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'pakt.js');
const sizes = process.argv.slice(2).map(Number);
const runs = Number(process.env.PAKT_BENCH_RUNS ?? 5);

// GNU time reports the child's peak resident set (KiB) on the last line of its stderr.
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
const hasTime = gnuTime.status === 0 && /^\d+\s*$/.test(gnuTime.stderr);

/** One run: wall seconds and peak resident memory in MiB (NaN without GNU time). */
function run(cmd, args, env = {}) {
  const [file, argv] = hasTime ? ['/usr/bin/time', ['-f', 'pakt-bench-peak %M', cmd, ...args]] : [cmd, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  const stderr = String(r.stderr);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${stderr}`);
  const peak = /pakt-bench-peak (\d+)\s*$/.exec(stderr);
  return { s, mib: peak ? Number(peak[1]) / 1024 : NaN };
}
const time = (cmd, args, env) => run(cmd, args, env).s;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const jqYear = '[.events[] | select(.date.edtf | test("^\\\\[?1945"))]';
const jqShow = '[.entities[], .events[] | select(.id == "person-7")], [.statements[] | select(.subject == "person-7" or .object == "person-7")]';
const hasJq = spawnSync('jq', ['--version']).status === 0;

const work = mkdtempSync(join(tmpdir(), 'pakt-scale-'));
const f = (xs, digits = 2) => (xs.some(Number.isNaN) ? '–' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`);
const seconds = (xs) => (xs.some(Number.isNaN) ? '–' : `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`);
const mib = (xs) => f(xs, 0);
const ratios = (xs, base) => f(xs.map((x, i) => x / base[i]));
const against = [];
console.log(`scale, median (min–max) of ${runs} runs, node ${process.version}${hasJq ? `, ${spawnSync('jq', ['--version'], { encoding: 'utf8' }).stdout.trim()}` : ', jq not installed'}`);
console.log('checked: every check on every run; recorded: the pack passed before (see "Custom packs")');
console.log('| events | pack size | timeline 1945, checked | timeline 1945, recorded | jq filter 1945 | show, checked | show, recorded | jq show |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
    const file = generate(n, join(work, String(n)));
    const mb = (statSync(file).size / 1048576).toFixed(1);
    const checked = { PAKT_NO_CACHE: '1' };
    const recorded = { PAKT_CACHE_DIR: join(work, `cache-${n}`) };
    const timeline = [bin, '--facts', file, 'timeline', '--from', '1945-01', '--to', '1945-12', '--json'];
    const show = [bin, '--facts', file, 'show', 'person-7', '--json'];
    const validate = [bin, 'validate', file];
    const search = [bin, '--facts', file, 'search', 'Ereignis'];
    time(process.execPath, timeline, recorded);
    const none = { s: NaN, mib: NaN };
    const cases = [
      () => run(process.execPath, timeline, checked),
      () => run(process.execPath, timeline, recorded),
      () => (hasJq ? run('jq', [jqYear, file]) : none),
      () => run(process.execPath, show, checked),
      () => run(process.execPath, show, recorded),
      () => (hasJq ? run('jq', [jqShow, file]) : none),
      () => run(process.execPath, validate, checked),
      () => run(process.execPath, search, checked),
    ];
    const samples = cases.map(() => []);
    for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i].push(c()));
    const s = samples.map((xs) => xs.map((x) => x.s));
    const m = samples.map((xs) => xs.map((x) => x.mib));
    console.log(`| ${n} | ${mb} MB | ${s.slice(0, 6).map(seconds).join(' | ')} |`);
    against.push(`| ${n} | ${seconds(s[0])} | ${mib(m[0])} | ${ratios(s[2], s[0])} | ${mib(m[2])} | ${seconds(s[6])} | ${ratios(s[6], s[0])} | ${mib(m[6])} | ${seconds(s[7])} | ${ratios(s[7], s[0])} | ${mib(m[7])} |`);
  }
  console.log('');
  console.log(`checked, beside the checked timeline: × = each round's time over that round's timeline; peak resident MiB${hasTime ? '' : ' (needs GNU time at /usr/bin/time)'}`);
  console.log('| events | timeline 1945 | peak MiB | jq filter 1945 × | jq peak MiB | validate | validate × | peak MiB | search Ereignis | search × | peak MiB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const line of against) console.log(line);
} finally {
  rmSync(work, { recursive: true, force: true });
}
