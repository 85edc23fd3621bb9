import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './helpers';

/** Completes `words` (the last one being typed) with the bash script sourced in bash. */
function complete(script: string, words: string[]): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'pakt-')), 'pakt.bash');
  writeFileSync(file, script);
  const quoted = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync(
    'bash',
    ['--norc', '-c', `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _pakt; printf '%s\\n' "\${COMPREPLY[@]}"`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('shell completion', () => {
  const bash = run(['completion', 'bash']).stdout;

  test.each([
    [['pakt', 'st'], ['status']],
    [['pakt', 'status', '--da'], ['--date']],
    [['pakt', '--format', 'n'], ['ndjson']],
    [['pakt', 'timeline', '--lang', ''], ['de', 'en']],
    [['pakt', 'status', '--color', 'a'], ['auto', 'always']],
    [['pakt', '--zone', 'Europe/Mosc'], ['Europe/Moscow']],
    [['pakt', 'show', 'molo'], ['molotov']],
    [['pakt', 'when', 'soviet-i'], ['soviet-invasion-of-manchuria']],
    [['pakt', '--lang', 'de', 'signatories', '--document', 'neutr'], ['neutrality-pact']],
    [['pakt', 'completion', 'f'], ['fish']],
    [['pakt', '--zone', 'Asia/Kolk'], ['Asia/Kolkata']],
    [['pakt', '--zone', 'Europe/Ky'], ['Europe/Kyiv']],
    [['pakt', '--zone', 'Asia/Kathm'], ['Asia/Kathmandu']],
    [['pakt', '--zone', 'Asia/Harb'], ['Asia/Harbin']],
    [['pakt', '--zone', 'Etc/GMT-1'], ['Etc/GMT-1', 'Etc/GMT-10', 'Etc/GMT-11', 'Etc/GMT-12', 'Etc/GMT-13', 'Etc/GMT-14']],
    [['pakt', 'when', 'pact-denounced', '--zones', 'Europe/Moscow,Asia/Tok'], ['Europe/Moscow,Asia/Tokyo']],
    [['pakt', 'timeline', '--type', 'denun'], ['denunciation']],
    [['pakt', 'search', 'x', '--type', 'sen'], ['sentence']],
    [['pakt', 'search', 'x', '--type', 'denun'], []],
    [['pakt', '--format', 't'], ['table', 'tsv']],
    [['pakt', 'status', '--format', 's'], []],
    [['pakt', 'timeline', '--format', 's'], ['svg']],
    [['pakt', '--lang', 'de', 'timeline', '--format', 't'], ['table', 'tsv']],
  ])('bash completes %j to %j', (words, expected) => {
    expect(complete(bash, words)).toEqual(expected);
  });

  test('with --facts on the line, show completes that pack\'s ids', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pakt-bin-'));
    const bin = join(dir, 'pakt');
    writeFileSync(bin, `#!/bin/sh\nexec node ${JSON.stringify(join(__dirname, '..', 'bin', 'pakt.js'))} "$@"\n`, { mode: 0o755 });
    const file = join(mkdtempSync(join(tmpdir(), 'pakt-')), 'pakt.bash');
    writeFileSync(file, bash);
    const toy = join(__dirname, '..', 'examples', 'toy-treaty', 'pack.json');
    const r = spawnSync(
      'bash',
      ['--norc', '-c', `source '${file}'; COMP_WORDS=(pakt --facts '${toy}' show treaty-s); COMP_CWORD=4; _pakt; printf '%s\\n' "\${COMPREPLY[@]}"`],
      { encoding: 'utf8', env: { PATH: `${dir}:${process.env.PATH ?? ''}` } },
    );
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(['treaty-signed']);
  });

  test('when completes events only', () => {
    expect(complete(bash, ['pakt', 'when', 'molo'])).toEqual([]);
  });

  test('zsh uses the same function through bashcompinit; fish gets complete rules', () => {
    const zsh = run(['completion', 'zsh']);
    expect(zsh.stdout).toMatch(/bashcompinit/);
    expect(zsh.stdout).toMatch(/complete -F _pakt pakt/);
    const fish = run(['completion', 'fish']).stdout;
    expect(fish).toMatch(/complete -c pakt -n '__fish_use_subcommand' -a 'status signatories/);
    expect(fish).toMatch(/^complete -c pakt -l format -x -a 'table json ndjson csv tsv'$/m);
    expect(fish).toMatch(/^complete -c pakt -n '__fish_seen_subcommand_from timeline' -l format -x -a 'table json ndjson csv tsv svg'$/m);
  });

  test('an unknown shell is a usage error', () => {
    const r = run(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/'powershell'.*bash, zsh, fish/);
  });
});
