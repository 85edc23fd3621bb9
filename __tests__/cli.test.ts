import { createProgram, createRunState } from '../src/cli/program';
import { messages } from '../src/i18n';
import { PACK, run, runJson } from './helpers';

const ANSI = /\u001b\[/;

describe('usage errors: exit 2, one line naming the value, nothing on stdout', () => {
  test.each([
    [['status', '--date', '1945-02-30'], /--date: '1945-02-30' is not a real date: day 30 does not exist/],
    [['status', '--date', '1945-13-01'], /'1945-13-01' is not a real date: month 13/],
    [['status', '--date', 'gestern'], /'gestern' is not a date/],
    [['status', '--date', ''], /empty date/],
    [['status', '--date', '41-04-13'], /'41-04-13' is not a date/],
    [['status', '--date', '4/13/41'], /'4\/13\/41' is not a date/],
    [['status', '--date', '1945-08-08T24:30'], /hour 24 does not exist/],
    [['status', '--zone', 'Mars/Olympus'], /--zone: unknown time zone 'Mars\/Olympus'/],
    [['status', '--date', '1945-04-02T02:30', '--zone', 'Europe/Berlin'], /does not exist in Europe\/Berlin/],
    [['statsu'], /unknown command 'statsu'/],
    [['status', '--colour'], /unknown option '--colour'/],
    [['status', '--format', 'xml'], /argument 'xml' is invalid.*: allowed are table, json, ndjson, csv, tsv$/],
    [['status', '--format', 'svg'], /^pakt: error: --format svg is only for pakt timeline$/],
    [['--format', 'SVG', 'on', '08-09'], /^pakt: error: --format svg is only for pakt timeline$/],
    [['export', 'turtle', '--format', 'svg'], /^pakt: error: --format svg is only for pakt timeline$/],
    [['status', '--lang', 'fr'], /argument 'fr' is invalid.*de, en/],
    [['status', '--color', 'sometimes'], /argument 'sometimes' is invalid.*auto, always, never/],
    [['status', '--date'], /argument missing/],
    [['timeline', '--from', '1946', '--to', '1945'], /--from 1946 is after --to 1945/],
    [['show'], /missing required argument/],
    [['timeline', '--json', '--format', 'csv'], /--json and --format csv do not combine/],
    [['validate', ''], /validate: empty path/],
    [['--facts', '', 'status'], /--facts: empty path/],
    [['signatories', '--document', ''], /--document: empty id/],
    [['status', '--date', ' 1945'], /' 1945' is not a date/],
    [['status', '--date', '1945\t'], /is not a date/],
    [['status', '--date', '2011-12-30', '--zone', 'Pacific/Apia'], /2011-12-30 does not exist in Pacific\/Apia/],
    [['status', '--zone', 'UTC+10:60'], /unknown time zone 'UTC\+10:60'/],
    [['completion', 'tcsh'], /'tcsh' is not a valid <shell>: allowed are bash, zsh, fish/],
  ])('pakt %j', (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^pakt: error: /);
    expect(lines[0]).toMatch(message);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('an unknown command gets a suggestion', () => {
    expect(run(['statsu']).stderr).toMatch(/did you mean status\?/);
  });

  test('an unknown zone close to a real one gets a suggestion', () => {
    expect(run(['status', '--zone', 'Europe/Moskow']).stderr).toMatch(/did you mean Europe\/Moscow/);
  });

  test.each([
    [[], /^pakt: error: missing command\ncommands: status, /],
    [['--lang', 'de'], /^pakt: error: Befehl fehlt\nBefehle: status, /],
  ])('no command (%j): one error line listing the commands, exit 2', (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  test.each([
    [['status', '--date', '1945-02-30'], 'pakt: error: --date: „1945-02-30“ ist kein echtes Datum: den Tag 30 gibt es in 1945-02 nicht'],
    [['status', '--zone', 'Mars/Olympus'], 'pakt: error: --zone: unbekannte Zeitzone „Mars/Olympus“'],
    [['statsu'], 'pakt: error: unbekannter Befehl „statsu“'],
    [['status', '--format', 'xml'], 'pakt: error: „xml“ ist für die Option „--format <format>“ nicht erlaubt: erlaubt sind table, json, ndjson, csv, tsv'],
    [['status', '--format', 'svg'], 'pakt: error: --format svg gibt es nur für pakt timeline'],
    [['show', 'napoleon'], 'pakt: error: das Faktenpaket enthält nichts namens „napoleon“'],
    [['on', '13-01'], 'pakt: error: „13-01“ ist kein Tag des Jahres: den Monat 13 gibt es nicht'],
  ])('in German (LANG=de_DE.UTF-8): pakt %j', (argv, first) => {
    const r = run(argv, { env: { LANG: 'de_DE.UTF-8' } });
    expect(r.stderr.split('\n')[0]).toBe(first);
    expect(run([...argv, '--lang', 'en'], { env: { LANG: 'de_DE.UTF-8' } }).stderr).not.toMatch(/„/);
  });

  test('help in German: titles, descriptions and examples', () => {
    const r = run(['status', '--help', '--lang', 'de']);
    expect(r.stdout).toMatch(/^Aufruf: pakt status \[Optionen\]\n/);
    expect(r.stdout).toMatch(/Globale Optionen:/);
    expect(r.stdout).toMatch(/Beispiele:\n {2}pakt status --date 1945-06-01/);
    expect(r.stdout).not.toMatch(/Usage:|Examples:|choices/);
  });

  test('help for an unknown command is a usage error with a suggestion', () => {
    const r = run(['help', 'statsu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("pakt: error: unknown command 'statsu'\ndid you mean status?\n");
    expect(run(['help', 'status']).stdout).toMatch(/Usage: pakt status/);
  });
});

describe('not found: exit 1', () => {
  test('show of an unknown id', () => {
    const r = run(['show', 'napoleon']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pakt: error: no entity or event 'napoleon' in the fact pack/);
  });

  test('show of an unknown id with control characters stays one line', () => {
    const r = run(['show', 'a\nb\u0007']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('help and version', () => {
  test('--help exits 0 on stdout with examples', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:/);
    expect(r.stderr).toBe('');
  });

  test.each(['en', 'de'] as const)('--help --lang %s names the environment variables pakt reads, within 80 columns', (lang) => {
    const r = run(['--help', '--lang', lang]);
    expect(r.stdout).toMatch(lang === 'de' ? /\nUmgebung:\n/ : /\nEnvironment:\n/);
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LANG', 'PAKT_CACHE_DIR', 'PAKT_NO_CACHE', 'PAKT_DEBUG']) {
      expect(r.stdout).toContain(name);
    }
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('command help lists the global options', () => {
    const r = run(['status', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--date <when>/);
    expect(r.stdout).toMatch(/--zone <zone>/);
    expect(r.stdout).toMatch(/pakt status --date 1945-06-01/);
  });

  test.each(['en', 'de'] as const)('a run that names its command defines that command as a run that defines all does (%s)', (lang) => {
    const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: () => true }, env: {}, now: () => 0 };
    const program = (argv?: readonly string[]) => createProgram(createRunState(io, PACK), '0', messages[lang], argv);
    const all = program();
    const described = (c: (typeof all.commands)[number]) => [c.name(), c.helpInformation(), c.options.map((o) => o.flags), c.registeredArguments.map((a) => a.name())];
    expect(all.commands.length).toBe(13);
    for (const command of all.commands) {
      for (const argv of [[command.name()], ['--lang', lang, '--zone', 'UTC', command.name(), 'x'], ['--format=json', command.name()]]) {
        const narrowed = program(argv);
        const expected = command.name() === 'completion' ? all.commands.map(described) : [described(command)];
        expect(narrowed.commands.map(described)).toEqual(expected);
      }
    }
    for (const argv of [['--help', 'status'], ['status', '-h'], ['help', 'status'], ['statsu'], [], ['--bogus', 'status'], ['--', 'status']]) {
      expect([argv, program(argv).commands.length]).toEqual([argv, argv[0] === '--' ? 1 : 13]);
    }
  });

  test.each(['en', 'de'] as const)('an answer longer than one string can hold is one line with a hint, exit 1, nothing on stdout (%s)', (lang) => {
    const stringify = jest.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      const r = run(['source', '--json', '--lang', lang]);
      expect([r.code, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toBe(
        lang === 'en'
          ? 'pakt: error: the answer is too long: more than 128 MiB, or more than memory holds here\nask for a part of it (one paragraph, a narrower --from/--to, --type, fewer --zones), or another --format\n'
          : 'pakt: error: die Antwort ist zu lang: mehr als 128 MiB oder mehr, als der Speicher hier hält\nnach einem Teil fragen (ein Absatz, ein engeres --from/--to, --type, weniger --zones) oder ein anderes --format wählen\n',
      );
    } finally {
      stringify.mockRestore();
    }
  });

  test('--version prints the version', () => {
    expect(run(['--version'])).toEqual({ code: 0, stdout: '0.0.0-test\n', stderr: '' });
  });
});

describe('formats and colour', () => {
  test('piped output is TSV with a header and no colour codes', () => {
    const r = run(['timeline']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('date\tevent\tlabel\ttype\tderived\trule\tstart\tend\tbasis\tzoneBasis\tevidence');
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('a terminal gets a table, coloured unless NO_COLOR', () => {
    const tty = run(['timeline'], { isTTY: true, columns: 120 });
    expect(tty.stdout).toMatch(/┌/);
    expect(tty.stdout).toMatch(ANSI);
    const plain = run(['timeline'], { isTTY: true, columns: 120, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toMatch(/┌/);
    expect(plain.stdout).not.toMatch(ANSI);
    expect(run(['timeline', '--no-color'], { isTTY: true }).stdout).not.toMatch(ANSI);
  });

  test('--color always colours a table, never JSON', () => {
    expect(run(['status', '--date', '1945', '--format', 'table', '--color', 'always']).stdout).toMatch(ANSI);
    expect(run(['status', '--date', '1945', '--json', '--color', 'always']).stdout).not.toMatch(ANSI);
  });

  test('a table fits the terminal width', () => {
    for (const columns of [60, 80, 160]) {
      const r = run(['timeline', '--no-color'], { isTTY: true, columns });
      const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
      expect(widest).toBeLessThanOrEqual(columns);
    }
  });

  test('global options work before and after the command', () => {
    const before = run(['--json', '--lang', 'de', 'status', '--date', '1945-06-01']);
    const after = run(['status', '--date', '1945-06-01', '--json', '--lang', 'de']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(after.stdout);
  });

  test('a table speaks the locale (LC_ALL, LC_MESSAGES, LANG); --lang overrides', () => {
    const table = (env: Record<string, string>, extra: string[] = []) =>
      run(['status', '--date', '1945-06-01', '--format', 'table', '--no-color', ...extra], { env, columns: 120 }).stdout;
    expect(table({ LANG: 'de_DE.UTF-8' })).toMatch(/gekündigt/);
    expect(table({ LC_MESSAGES: 'de_AT', LANG: 'C' })).toMatch(/gekündigt/);
    expect(table({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toMatch(/denounced/);
    expect(table({ LANG: 'de_DE.UTF-8' }, ['--lang', 'en'])).toMatch(/denounced/);
  });

  test('machine formats do not depend on the locale: English unless --lang asks', () => {
    const de = runJson<{ summary: string }>(['status', '--date', '1945-06-01'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(de.summary).toMatch(/denounced/);
    const asked = runJson<{ summary: string }>(['status', '--date', '1945-06-01', '--lang', 'de'], { env: { LANG: 'C' } });
    expect(asked.summary).toMatch(/gekündigt/);
    expect(run(['timeline', '--format', 'tsv'], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toBe(run(['timeline', '--format', 'tsv']).stdout);
  });

  test('errors, notes, charts and help follow the locale whatever the format', () => {
    const env = { LANG: 'de_DE.UTF-8' };
    expect(run(['status', '--date', '1945-02-30', '--json'], { env }).stderr).toMatch(/ist kein echtes Datum/);
    expect(run(['timeline', '--chart'], { env, columns: 80 }).stdout).toMatch(/gekündigt/);
  });


  test('ndjson prints one object per line; csv quotes per RFC 4180', () => {
    const nd = run(['timeline', '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(nd.length).toBeGreaterThan(10);
    for (const line of nd) expect(() => JSON.parse(line)).not.toThrow();
    const csv = run(['signatories', '--format', 'csv']).stdout;
    expect(csv.startsWith('person,name,party,partyName,office,officeId,documents,date,start,end,place,placeName,basis,modality,evidence\r\n')).toBe(true);
    expect(csv).toMatch(/"¶2 „April 1941/);
  });

  test('JSON dates are objects with UTC bounds and say how the pack knows them', () => {
    const rows = runJson<{ event: string; date: Record<string, unknown> }[]>(['timeline']);
    const decl = rows.find((r) => r.event === 'soviet-declaration-of-war');
    expect(decl?.date).toEqual({
      edtf: '1945-08-08T23:00:00+03:00',
      precision: 'minute',
      zone: 'Europe/Moscow',
      start: '1945-08-08T20:00:00.000Z',
      end: '1945-08-08T20:01:00.000Z',
      display: '8 Aug 1945, 23:00 (Europe/Moscow)',
      basis: 'inferred',
      zoneBasis: 'stated',
      reasoning: { de: expect.stringMatching(/„konnte“/), en: expect.stringMatching(/“could”/) },
    });
    const surrender = rows.find((r) => r.event === 'german-surrender');
    expect(surrender?.date).toMatchObject({ basis: 'stated', zoneBasis: null });
    expect(surrender?.date).not.toHaveProperty('reasoning');
  });

  test('--from and --to note an ambiguous local time too', () => {
    const r = run(['timeline', '--from', '1945-11-18T02:30', '--zone', 'Europe/Berlin']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pakt: note: 1945-11-18T02:30 occurs twice in Europe\/Berlin/);
  });

  test('an ambiguous local time takes the earlier instant and says so on stderr', () => {
    const r = run(['status', '--date', '1945-11-18T02:30', '--zone', 'Europe/Berlin', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).query.start).toBe('1945-11-18T00:30:00.000Z');
    expect(r.stderr).toMatch(/^pakt: note: 1945-11-18T02:30 occurs twice in Europe\/Berlin/);
  });
});

describe('what users stumbled on', () => {
  test.each([
    [['--lang', 'DE', 'status', '--date', '1945-06-01', '--format', 'table'], /Zustand/],
    [['status', '--date', '1945-06-01', '--format', 'JSON'], /^\{/],
    [['status', '--date', '1945-06-01', '--Lang', 'de'], null],
  ])('choices in any case: pakt %j', (argv, out) => {
    const r = run(argv);
    if (out === null) expect(r.code).toBe(2);
    else {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(out);
    }
  });

  test('--color ALWAYS colours a table, as --color always does', () => {
    const r = run(['timeline', '--format', 'table', '--color', 'ALWAYS']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(ANSI);
  });

  test.each(['--date', '--from', '--to'])('%s accepts a space for the T: YYYY-MM-DD HH:MM', (option) => {
    const argv = option === '--date' ? ['status', option, '1945-08-08 23:00', '--zone', 'Europe/Moscow'] : ['timeline', option, '1945-08-08 23:00'];
    const spaced = run([...argv, '--json']);
    expect(spaced.code).toBe(0);
    const t = run([...argv.map((a) => a.replace(' ', 'T')), '--json']);
    const strip = (s: string) => s.replace(/"input": "[^"]*"/, '');
    expect(strip(spaced.stdout)).toBe(strip(t.stdout));
  });

  test('a space anywhere else is still not a date', () => {
    expect(run(['status', '--date', '1945-08-08  23:00']).code).toBe(2);
    expect(run(['status', '--date', '1945-08 08']).code).toBe(2);
  });

  test.each([
    [['search', 'Napoleon'], /nothing in the fact pack/],
    [['on', '02-29'], /no event of the fact pack falls on 02-29/],
    [['signatories', '--document', 'yalta-deal'], /names no one who signed 'yalta-deal'/],
    [['timeline', '--from', '1900', '--to', '1930'], /no event of the fact pack falls in that range/],
  ])('no result is exit 1, one line on stderr, nothing on stdout: pakt %j', (argv, message) => {
    for (const format of ['table', 'json', 'tsv']) {
      const r = run([...argv, '--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pakt: error: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
