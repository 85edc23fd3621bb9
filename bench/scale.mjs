// Scale benchmark: synthetic packs of 1k, 10k and 100k events (bench/generate.mjs);
// for each, the wall time of pakt loading, checking and indexing the pack and
// answering `timeline --from 1945-01 --to 1945-12 --json` and `show <id> --json`,
// against jq doing the equivalent filter on the same file.
// Usage: node bench/scale.mjs [sizes…]   (default 1000 10000 100000)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'pakt.js');
const sizes = process.argv.slice(2).map(Number);
const runs = 3;

function time(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const best = (f) => median(Array.from({ length: runs }, f));

const jqYear = '[.events[] | select(.date.edtf | test("^\\\\[?1945"))]';
const jqShow = '[.entities[], .events[] | select(.id == "person-7")], [.statements[] | select(.subject == "person-7" or .object == "person-7")]';
const hasJq = spawnSync('jq', ['--version']).status === 0;

const work = mkdtempSync(join(tmpdir(), 'pakt-scale-'));
console.log(`scale, median of ${runs} runs, node ${process.version}${hasJq ? `, ${spawnSync('jq', ['--version'], { encoding: 'utf8' }).stdout.trim()}` : ', jq not installed'}`);
console.log('| events | pack size | pakt timeline 1945 | jq filter 1945 | pakt show | jq show |');
console.log('|---:|---:|---:|---:|---:|---:|');
try {
  for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
    const file = generate(n, join(work, String(n)));
    const mb = (statSync(file).size / 1048576).toFixed(1);
    const timeline = best(() => time(process.execPath, [bin, '--facts', file, 'timeline', '--from', '1945-01', '--to', '1945-12', '--json']));
    const show = best(() => time(process.execPath, [bin, '--facts', file, 'show', 'person-7', '--json']));
    const jq1 = hasJq ? best(() => time('jq', [jqYear, file])) : NaN;
    const jq2 = hasJq ? best(() => time('jq', [jqShow, file])) : NaN;
    const f = (s) => (Number.isNaN(s) ? '–' : `${s.toFixed(2)} s`);
    console.log(`| ${n} | ${mb} MB | ${f(timeline)} | ${f(jq1)} | ${f(show)} | ${f(jq2)} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
