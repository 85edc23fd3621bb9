// Scale benchmark: synthetic packs of 1k, 10k and 100k events (bench/generate.mjs);
// for each, the wall time of pakt loading the pack and answering
// `timeline --from 1945-01 --to 1945-12 --json` and `show <id> --json`, against
// jq doing the equivalent filter on the same file. pakt is timed twice over:
// checking the pack in full on every run (PAKT_NO_CACHE=1, a pack never seen
// before), and again once the pack has passed and is recorded (a fresh
// PAKT_CACHE_DIR, primed by one untimed run: a script asking a pack question
// after question). The commands take turns within each round, so that a
// machine whose speed drifts slows them alike. Cells: median (min–max).
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

function time(cmd, args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const jqYear = '[.events[] | select(.date.edtf | test("^\\\\[?1945"))]';
const jqShow = '[.entities[], .events[] | select(.id == "person-7")], [.statements[] | select(.subject == "person-7" or .object == "person-7")]';
const hasJq = spawnSync('jq', ['--version']).status === 0;

const work = mkdtempSync(join(tmpdir(), 'pakt-scale-'));
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
    time(process.execPath, timeline, recorded);
    const cases = [
      () => time(process.execPath, timeline, checked),
      () => time(process.execPath, timeline, recorded),
      () => (hasJq ? time('jq', [jqYear, file]) : NaN),
      () => time(process.execPath, show, checked),
      () => time(process.execPath, show, recorded),
      () => (hasJq ? time('jq', [jqShow, file]) : NaN),
    ];
    const samples = cases.map(() => []);
    for (let r = 0; r < runs; r++) cases.forEach((c, i) => samples[i].push(c()));
    const f = (xs) => (xs.some(Number.isNaN) ? '–' : `${median(xs).toFixed(2)} s (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`);
    console.log(`| ${n} | ${mb} MB | ${samples.map(f).join(' | ')} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
