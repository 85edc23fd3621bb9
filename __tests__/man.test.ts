import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manPage } from '../src/cli/man';

const PAGE = manPage('0.0.0-test');

describe('man pakt', () => {
  test('has the sections of a manual page, every command and option, in ASCII roff', () => {
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'GLOBAL OPTIONS', 'COMMANDS', 'EXIT STATUS', 'ENVIRONMENT', 'EXAMPLES']) {
      expect(PAGE).toMatch(new RegExp(`^\\.SH ${section}$`, 'm'));
    }
    for (const command of ['status', 'signatories', 'territories', 'timeline', 'show', 'when', 'search', 'on', 'validate', 'completion']) {
      expect(PAGE).toMatch(new RegExp(`^\\.B pakt ${command}\\b`, 'm'));
    }
    for (const option of ['--format', '--lang', '--zone', '--color', '--facts', '--date', '--document', '--zones', '--chart']) {
      expect(PAGE).toContain(`.B ${option.replace(/-/g, '\\-')}`);
    }
    expect(PAGE).toMatch(/\(one of: table, json, ndjson, csv, tsv\)$/m);
    expect(PAGE).toMatch(/^pakt timeline \\-\\-format svg > timeline\.svg$/m);
    expect(PAGE).toMatch(/^\.TH PAKT 1 /);
    expect(PAGE).toMatch(/^[\x00-\x7f]*$/);
  });

  test('the build wrote it, and the package ships it (package.json man and files)', () => {
    const root = join(__dirname, '..');
    expect(readFileSync(join(root, 'man', 'pakt.1'), 'utf8')).toMatch(/^\.TH PAKT 1 /);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { man: string[]; files: string[]; license: string };
    expect(pkg.man).toEqual(['man/pakt.1']);
    expect(pkg.files).toEqual(expect.arrayContaining(['man/', 'NOTICE']));
    expect(pkg.license).toBe('MIT');
    expect(existsSync(join(root, 'LICENSE'))).toBe(true);
  });

  const groff = spawnSync('groff', ['--version'], { encoding: 'utf8' });
  (groff.status === 0 ? test : test.skip)('groff renders it without a warning', () => {
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z'], { input: PAGE, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
