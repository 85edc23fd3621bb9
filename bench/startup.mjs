// Start-up benchmark: wall time of pakt commands against `node -e 0`, side by
// side in the same run: each pakt run is paired with a `node -e 0` run just
// before it, and the ratio reported is the median of those pairs' ratios (on
// a shared machine whose speed drifts for seconds at a time, a pair sees the
// same machine; medians of separate series need not), with the median times
// too; and peak memory (max RSS) against bare Node.
// Usage: node bench/startup.mjs [runs]   (default 40)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'pakt.js');
const runs = Number(process.argv[2] ?? 40);

const cases = {
  'node -e 0': ['-e', '0'],
  'pakt status --date 1945-06-01 --json': [bin, 'status', '--date', '1945-06-01', '--json'],
  'pakt timeline --format table --color never': [bin, 'timeline', '--format', 'table', '--color', 'never'],
  'pakt ask "Who signed the pact?" --json': [bin, 'ask', 'Who signed the pact?', '--json'],
};
const targets = {
  'pakt status --date 1945-06-01 --json': 1.25,
  'pakt timeline --format table --color never': 1.35,
  'pakt ask "Who signed the pact?" --json': 1.5,
};

/** Wall time (ms) and max RSS (KiB) of one run, from a tiny wrapper that reports both. */
function measure(args) {
  const wrapper = `
    const { spawnSync } = require('node:child_process');
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ${JSON.stringify(args)}, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TZ: 'UTC', LANG: 'C' } });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    if (r.status !== 0) process.exit(1);
    process.stdout.write(JSON.stringify({ ms }));`;
  const r = spawnSync(process.execPath, ['-e', wrapper], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`failed: ${args.join(' ')}`);
  return JSON.parse(r.stdout).ms;
}

/** Peak RSS (KiB) of a command, from /usr/bin/time when available. */
function peakRss(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.error || r.status !== 0) return NaN;
  return Number(r.stderr.trim().split('\n').pop());
}

/** A difference with its sign: `+5.1`, `-0.2`, `+0.0`. */
const signed = (x) => `${x < -0.05 ? '-' : '+'}${Math.abs(x).toFixed(1)}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const names = Object.keys(cases).filter((name) => name !== 'node -e 0');
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const ratios = Object.fromEntries(names.map((k) => [k, []]));
for (const args of Object.values(cases)) measure(args); // warm the file cache
for (let i = 0; i < runs; i++) {
  for (const name of names) {
    const base = measure(cases['node -e 0']);
    const t = measure(cases[name]);
    times['node -e 0'].push(base);
    times[name].push(t);
    ratios[name].push(t / base);
  }
}

const baseRss = median([1, 2, 3].map(() => peakRss(cases['node -e 0'])));
console.log(`start-up, ${runs} pairs per command (medians; ratio = median of the pairs' ratios, min–max of the pairs), node ${process.version}`);
let ok = true;
for (const [name, xs] of Object.entries(times)) {
  const rs = ratios[name] ?? [1];
  const ratio = median(rs);
  const rss = median([1, 2, 3].map(() => peakRss(cases[name])));
  const target = targets[name];
  const pass = target === undefined || ratio <= target;
  ok &&= pass;
  console.log(
    `${name.padEnd(44)} ${median(xs).toFixed(1).padStart(6)} ms` +
      `  ×${ratio.toFixed(2)} (${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)})${target ? ` target ≤ ${target}` : ''}` +
      `  peak RSS ${Number.isNaN(rss) ? '?' : `${(rss / 1024).toFixed(1)} MiB (${signed((rss - baseRss) / 1024)})`}` +
      (pass ? '' : '  ← over target'),
  );
}
process.exitCode = ok ? 0 : 1;
