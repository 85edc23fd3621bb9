import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `console` example in the README runs as shown: each `$ pakt …` line
 * is run by bash (with `pakt` meaning the built binary, stderr merged in
 * order, a 100-column terminal and a far-away machine zone) and must print
 * exactly the lines below it.
 */
const ROOT = join(__dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

interface Example {
  readonly command: string;
  readonly expected: string;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { command: string; lines: string[] } | undefined;
    for (const line of (block[1] ?? '').split('\n')) {
      if (line.startsWith('$ ')) {
        if (current) out.push({ command: current.command, expected: current.lines.join('\n') });
        current = { command: line.slice(2), lines: [] };
      } else if (current) {
        current.lines.push(line);
      }
    }
    if (current) out.push({ command: current.command, expected: current.lines.join('\n') });
  }
  return out;
}

describe('README examples', () => {
  const all = examples();

  test('there are examples of every command', () => {
    for (const cmd of ['status', 'signatories', 'territories', 'timeline', 'show', 'validate']) {
      expect(all.some((e) => e.command.startsWith(`pakt ${cmd}`))).toBe(true);
    }
  });

  test.each(all.map((e) => [e.command, e]))('%s', (_command, example) => {
    const script = `pakt() { ${JSON.stringify(process.execPath)} bin/pakt.js "$@"; }\n{ ${example.command}\n} 2>&1`;
    const r = spawnSync('bash', ['-c', script], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', COLUMNS: '100', TZ: 'Pacific/Kiritimati', LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.replace(/\n$/, '')).toBe(example.expected.replace(/\n$/, ''));
  });
});
