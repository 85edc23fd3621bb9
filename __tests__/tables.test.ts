import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitColumns, KEY_WIDTH, measureColumn, PROSE_MIN } from '../src/render/fit';
import { drawTable, drawTableBlocks, rowUnitsAtLeast } from '../src/render/table';
import { render } from '../src/render/output';
import { decideColor } from '../src/render/color';
import { displayWidth, wrapText } from '../src/render/width';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { run, SIZE_TIMEOUT, sized } from './helpers';

const JA = join(__dirname, 'fixtures', 'ja', 'pack.json');
const ANSI = /\u001b\[/;

/** Lines of a bordered table, which must all be exactly as wide. */
function tableLines(text: string): string[] {
  return text.split('\n').filter((l) => /^[┌│├└]/.test(l));
}

describe('drawing a table', () => {
  test('pads every line by its display width: wide, combining, styled and missing lines', () => {
    const bold = (t: string) => `\u001b[1m${t}\u001b[22m`;
    const text = drawTable(['Id', bold('Name')], [['松岡', 'e\u0301'], ['a', 'x\ny\nz']], [4, 4]);
    expect(text.split('\n')).toEqual([
      '┌──────┬──────┐',
      `│ Id   │ ${bold('Name')} │`,
      '├──────┼──────┤',
      '│ 松岡 │ e\u0301    │',
      '├──────┼──────┤',
      '│ a    │ x    │',
      '│      │ y    │',
      '│      │ z    │',
      '└──────┴──────┘',
    ]);
  });

  test('a line wider than its column is cut with …, so the borders stay put', () => {
    const lines = drawTable(['H'], [['abcdefgh']], [5]).split('\n');
    expect(lines[3]).toBe('│ abcd… │');
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  test('no rows: the header between two rules', () => {
    expect(drawTable(['A', 'B'], [], [1, 2])).toBe('┌───┬────┐\n│ A │ B  │\n└───┴────┘');
  });
});

describe('display width', () => {
  test.each([
    ['abc', 3],
    ['Außenminister', 13],
    ['松岡洋右', 8],
    ['日ソ中立条約 📜', 15],
    ['署名 ✍️', 7],
    ['🇯🇵', 2],
    ['e\u0301', 1],
    ['a\u0007b', 2],
  ])('%p is %p columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  // The characters a hand-written width table got wrong: ™ ↔ ☀ are East
  // Asian ambiguous (one column outside East Asian locales), ☰ is wide.
  test.each([
    ['™', 1],
    ['↔', 1],
    ['☀', 1],
    ['☰', 2],
    ['한', 2],
    ['😀', 2],
    ['e\u0301', 1],
    ['Mandschukuo ™↔☀☰한😀é', 22],
  ])('%p is %p columns, as string-width measures it', (text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(displayWidth(text)).toBe(stringWidth(text));
  });

  test('the one-column shortcut agrees with string-width on every code point it covers', () => {
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x22ff], [0x2500, 0x257f]];
    for (const [from, to] of ranges) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        expect([cp, displayWidth(ch)]).toEqual([cp, stringWidth(ch)]);
      }
    }
    expect(displayWidth('\u00ad')).toBe(stringWidth('\u00ad'));
  });

  test('text of those code points and line feeds measures as string-width measures it (a line feed takes no column)', () => {
    const pieces = fc.array(fc.constantFrom('\n', 'a', ' ', 'ä', '„', '“', '–', '…', '¶', '≈', '→', '─', '\n\n'), { maxLength: 30 });
    fc.assert(fc.property(pieces, (parts) => {
      const text = parts.join('');
      expect(displayWidth(text)).toBe(stringWidth(text));
    }), { numRuns: 300 });
  });

  test('wrapping breaks CJK inside a word and cuts long Latin words with …', () => {
    expect(wrapText('モスクワで松岡洋右', 6)).toEqual(['モスク', 'ワで松', '岡洋右']);
    expect(wrapText('Nichtaggressionsvertrags sah', 10)).toEqual(['Nichtaggr…', 'sah']);
  });
});

describe('tables that fit', () => {
  test.each([40, 60, 80, 160])('Japanese names, kanji and emoji keep the borders aligned at %i columns', (columns) => {
    for (const cmd of [['signatories'], ['timeline'], ['show', 'matsuoka'], ['territories']]) {
      const r = run(['--facts', JA, ...cmd, '--format', 'table', '--no-color'], { columns });
      // The fixture pack relates no state to a territory: no result, exit 1.
      if (cmd[0] === 'territories' && r.code === 1) continue;
      expect(r.code).toBe(0);
      const lines = tableLines(r.stdout);
      const widths = new Set(lines.map(displayWidth));
      expect(widths.size).toBeLessThanOrEqual(cmd[0] === 'show' ? 2 : 1);
      for (const w of widths) expect(w).toBeLessThanOrEqual(columns);
    }
  });

  test.each([60, 80, 120, 160])('every command of the real pack fits %i columns with aligned borders', (columns) => {
    for (const cmd of [
      ['status', '--date', '1945-08-08', '--zone', 'Europe/Moscow'],
      ['signatories'],
      ['territories'],
      ['timeline'],
      ['when', 'soviet-invasion-of-manchuria'],
      ['search', 'Molotow'],
      ['on', '08-09'],
    ]) {
      const r = run([...cmd, '--format', 'table', '--no-color'], { columns });
      const lines = tableLines(r.stdout);
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map(displayWidth)).size).toBe(1);
      expect(displayWidth(lines[0] ?? '')).toBeLessThanOrEqual(columns);
    }
  });

  test('under 40 columns, rows print as records without borders', () => {
    const r = run(['signatories', '--format', 'table', '--no-color'], { columns: 30 });
    expect(r.stdout).not.toMatch(/[┌│└]/);
    expect(r.stdout).toMatch(/^Id:\n {2}matsuoka\n/);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(30);
  });

  test('state is shown as words, not only as colour', () => {
    const r = run(['status', '--date', '1945-09-01', '--format', 'table', '--no-color'], { columns: 100 });
    expect(r.stdout).toMatch(/State\s+│ ≈broken/);
    expect(r.stdout).toMatch(/^Key: ≈ the pack's inference, not the source's words\.$/m);
  });
});

describe('one colour policy', () => {
  const table = ['timeline', '--format', 'table'];
  test.each([
    [{}, true, [], true],
    [{}, false, [], false],
    [{ NO_COLOR: '1' }, true, [], false],
    [{ NO_COLOR: '' }, true, [], true],
    [{ FORCE_COLOR: '1' }, false, [], true],
    [{ FORCE_COLOR: '0' }, true, [], false],
    [{ TERM: 'dumb' }, true, [], false],
    [{ NO_COLOR: '1' }, true, ['--color', 'always'], true],
    [{ FORCE_COLOR: '1' }, true, ['--color', 'never'], false],
    [{}, true, ['--no-color'], false],
  ])('env %j, terminal %p, %j → colour %p', (env, isTTY, extra, coloured) => {
    const r = run([...table, ...extra], { env, isTTY, columns: 120 });
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  test.each(['json', 'ndjson', 'csv', 'tsv'])('%s is never coloured, even with --color always and FORCE_COLOR', (format) => {
    const r = run(['timeline', '--format', format, '--color', 'always'], { env: { FORCE_COLOR: '3' }, isTTY: true });
    expect(r.stdout).not.toMatch(ANSI);
  });

  test('a table has its borders and no escape codes when colour is off', () => {
    const r = run(['timeline'], { isTTY: true, columns: 120, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/┌/);
    expect(r.stdout).not.toMatch(ANSI);
  });
});

describe('columns fitted by priority', () => {
  const FIT = join(__dirname, 'golden', 'fit');
  const UPDATE = process.env.UPDATE_GOLDEN === '1';
  const COMMANDS: Record<string, string[]> = {
    signatories: ['signatories'],
    territories: ['territories'],
    timeline: ['timeline', '--from', '1945-04', '--to', '1945-08'],
  };
  const cases = Object.keys(COMMANDS).flatMap((name) =>
    (['en', 'de'] as const).flatMap((lang) => [40, 60, 80, 120, 160].map((columns) => [name, lang, columns] as const)),
  );

  test.each(cases)('%s --lang %s at %i columns (golden)', (name, lang, columns) => {
    const r = run([...(COMMANDS[name] as string[]), '--format', 'table', '--color', 'never', '--lang', lang], { columns });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    const file = join(FIT, `${name}-${lang}-${columns}.table`);
    if (UPDATE) {
      mkdirSync(FIT, { recursive: true });
      writeFileSync(file, r.stdout);
    }
    if (!existsSync(file)) throw new Error(`no golden file ${file}: run UPDATE_GOLDEN=1 npx jest tables`);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
  });

  test.each([60, 80])('signatories at %i columns keep names and offices whole, in both languages', (columns) => {
    const en = run(['signatories', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns }).stdout;
    for (const whole of ['Yosuke Matsuoka', 'Yoshitsugu Tatekawa', 'foreign minister', 'ambassador']) expect(en).toContain(whole);
    const de = run(['signatories', '--format', 'table', '--color', 'never', '--lang', 'de'], { columns }).stdout;
    for (const whole of ['Yosuke Matsuoka', 'Yoshitsugu Tatekawa', 'Außenminister', 'Botschafter']) expect(de).toContain(whole);
  });

  test.each([60, 80])('territories at %i columns tell Manchukuo from Manchuria', (columns) => {
    const de = run(['territories', '--format', 'table', '--color', 'never', '--lang', 'de'], { columns }).stdout;
    expect(de).toContain('Mandschukuo');
    expect(de).toContain('Mandschurei');
    expect(de).not.toMatch(/Mandschu…/);
    const en = run(['territories', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns }).stdout;
    expect(en).toMatch(/│ Manchukuo +│/);
    expect(en).toMatch(/│ Manchuria +│/);
  });

  test('at 160 columns the evidence gets the room the dates and ids do not need', () => {
    const r = run(['timeline', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns: 160 });
    const header = r.stdout.split('\n')[1] ?? '';
    const cells = header.split('│').slice(1, -1).map(displayWidth);
    const [date, event, , evidence] = cells as [number, number, number, number];
    expect(evidence).toBeGreaterThan(date);
    expect(evidence).toBeGreaterThan(event);
    expect(evidence).toBeGreaterThanOrEqual(60);
  });

  test('shortened prose ends with … and a hint below the table says how to see it whole, in both languages', () => {
    const en = run(['timeline', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns: 80 }).stdout;
    expect(en).toMatch(/…/);
    expect(en).toMatch(/^Evidence shortened: pakt show <id> or --format json shows it whole\.$/m);
    const de = run(['timeline', '--format', 'table', '--color', 'never', '--lang', 'de'], { columns: 80 }).stdout;
    expect(de).toMatch(/^Beleg gekürzt: vollständig mit pakt show <Kennung> oder --format json\.$/m);
  });

  test.each([40, 60, 70, 80, 120, 160])('show never shortens: at %i columns every word of its evidence and qualifiers is whole, in both languages (found by a third breaking session)', (columns) => {
    for (const lang of ['en', 'de']) {
      for (const id of ['molotov', 'matsuoka', 'neutrality-pact']) {
        const text = run(['show', id, '--format', 'table', '--color', 'never', '--lang', lang], { columns }).stdout;
        const data = JSON.parse(run(['show', id, '--json', '--lang', lang]).stdout) as { statements: { evidence: { quote: string }[] }[] };
        expect(text).not.toMatch(/\p{L}…/u);
        // A word cut in two would leave pieces that are no words of the quotes.
        const shown = new Set(text.split(/[\s│┌┐└┘├┤┬┴┼─„“”"(),.:;]+/u));
        for (const s of data.statements) for (const e of s.evidence) for (const word of e.quote.split(/[\s„“”"(),.:;]+/u)) expect(shown).toContain(word);
      }
    }
  });

  test('columns left out for width are named below the table', () => {
    const r = run(['signatories', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns: 60 });
    expect(r.stdout).toMatch(/Not shown at this width: Id, Documents, Date, Place and\s+Evidence\./);
  });

  test('fitColumns: keys take their floor, the rest goes to prose before keys grow', () => {
    const key = { kind: 'key' as const, natural: 37, word: 12, cells: [4, 11, 11, 37] };
    const prose = { kind: 'prose' as const, natural: 200, word: 15, cells: [8, 200] };
    expect(fitColumns([key, prose], [0, 1], 160)).toEqual([KEY_WIDTH, 160 - 7 - KEY_WIDTH]);
    expect(fitColumns([key, prose], [0, 1], 30)).toEqual([13, PROSE_MIN]);
    expect(fitColumns([{ ...key, keep: true }, prose], [0, 1], 30)).toEqual([26, null]);
    expect(fitColumns([key, prose], [1, 0], 29)).toEqual([12, PROSE_MIN]);
  });
});

// Found by a thirty-fourth breaking session: a source sentence of CJK text without spaces, or with a long run of escapes,
// left the Text column out of `source` tables even at 200 columns.
test('a label comes in where its widest word is wider than the terminal (cut), and CJK text in a label breaks between characters', () => {
  const id = { kind: 'key' as const, natural: 6, word: 6, cells: [2, 6] };
  const url = measureColumn('label', ['Text', `Siehe https://example.org/${'a'.repeat(300)} dazu`], false);
  expect(url.word).toBe(300);
  expect(fitColumns([id, url], [0, 1], 160)).toEqual([6, 160 - 7 - 6]);
  expect(fitColumns([id, url], [0, 1], 30)).toEqual([6, 30 - 7 - 6]);
  // A label whose widest word fits the terminal, but not beside the columns before it, is still left out.
  const label = measureColumn('label', ['Text', 'ein Nichtangriffsvertrag'], false);
  expect(fitColumns([{ ...id, natural: 40, word: 40, cells: [40] }, label], [0, 1], 60)).toEqual([40, null]);
  // CJK text breaks anywhere: its widest word is its header's.
  expect(measureColumn('label', ['Text', '條約中立'.repeat(100)], false).word).toBe(4);
  // A key keeps it whole (a name in CJK script).
  expect(measureColumn('key', ['Id', '松岡洋右'], false).word).toBe(8);
});

describe('cli-table3, with its measuring replaced (render/table.ts)', () => {
  test('pads by the width pakt fits with, where string-width 4 (cli-table3\'s own) measures otherwise', () => {
    // ☀ is one column for string-width 8, two for cli-table3's string-width 4.
    const lines = drawTable(['A'], [['☀ ☀'], ['™↔']], [4]).split('\n');
    expect(lines).toEqual(['┌──────┐', '│ A    │', '├──────┤', '│ ☀ ☀  │', '├──────┤', '│ ™↔   │', '└──────┘']);
  });

  test('draws many long, non-ASCII cells in linear time (upstream issue #362)', sized(() => {
    const cell = Array.from({ length: 40 }, (_, i) => `Zeile ${i} „Außenminister“ Mandschukuo`).join('\n');
    const text = drawTable(['A', 'B'], Array.from({ length: 60 }, () => [cell, 'x']), [40, 3]);
    expect(new Set(text.split('\n').map(displayWidth)).size).toBe(1);
  }), SIZE_TIMEOUT);
});

test("status without --date asks about now, said in the table's language (found looking at every table in German)", () => {
  expect(run(['status', '--format', 'table', '--color', 'never', '--lang', 'de'], { columns: 80 }).stdout).toMatch(/│ Abfrage +│ jetzt \(UTC\) +│/);
  expect(run(['status', '--format', 'table', '--color', 'never', '--lang', 'en'], { columns: 80 }).stdout).toMatch(/│ Query +│ now \(UTC\) +│/);
  expect(JSON.parse(run(['status', '--json', '--lang', 'de']).stdout).query.input).toBe('now');
});

test('a word cut with … inside a narrow prose column is shortening too, and the hint below says so (found looking at every table in German)', () => {
  const r = run(['when', 'neutrality-pact-signed', '--format', 'table', '--color', 'never', '--lang', 'de'], { columns: 60 });
  expect(r.stdout).toMatch(/\p{L}…/u);
  expect(r.stdout).toMatch(/^Anmerkung gekürzt: vollständig mit --format json\.$/m);
});

test('a terminal that reports 0 columns has no width: COLUMNS, else 80 (found by a fourth breaking session)', () => {
  const wide = run(['signatories', '--color', 'never'], { isTTY: true, columns: 0, env: { COLUMNS: '120' } }).stdout;
  expect(wide).toMatch(/^┌/);
  expect(Math.max(...wide.split('\n').map((l) => [...l].length))).toBeGreaterThan(80);
  expect(run(['signatories', '--color', 'never'], { isTTY: true, columns: 0 }).stdout).toMatch(/^┌/);
});

test("pakt's layout of plain rows draws the very table cli-table3's own layout draws (which is quadratic in the cells; found by a fifth breaking session)", () => {
  const rows = Array.from({ length: 450 }, (_, i) => [`row ${i}`, i % 7 === 0 ? `zwei\nZeilen ${i}` : 'x']);
  const drawn = drawTable(['A', 'B'], rows, [8, 10]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Table = require('cli-table3') as new (options: object) => { push(...rows: unknown[][]): void; toString(): string };
  const library = new Table({ colWidths: [10, 12], style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 }, wordWrap: false });
  // A cell given as an object (the same text) is not a plain row: that table gets the library's own layout.
  library.push(['A', 'B'], ...rows.map((row, i) => (i === 0 ? [{ content: row[0] }, row[1]] : row)));
  expect(drawn).toBe(library.toString());
  expect(drawn.split('\n')).toHaveLength(1 + 2 + 450 * 2 + Math.ceil(450 / 7));
});

test('a table drawn a block of rows at a time is the table drawn at once: the blocks join where a rule between rows is drawn', () => {
  const rows = Array.from({ length: 23 }, (_, i) => [`row ${i}`, i % 5 === 0 ? `zwei\nZeilen ${i}` : '☀ x', i % 3 === 0 ? '' : 'z']);
  const whole = drawTableBlocks(['A', 'B', 'C'], rows, [8, 10, 1], rows.length);
  expect(whole).toHaveLength(1);
  for (const size of [1, 2, 3, 7, 22]) {
    const blocks = drawTableBlocks(['A', 'B', 'C'], rows, [8, 10, 1], size);
    expect(blocks).toHaveLength(Math.ceil(rows.length / size));
    expect(blocks.join('\n')).toBe(whole[0]);
  }
  expect(drawTableBlocks(['A'], [], [3], 1)).toEqual([drawTable(['A'], [], [3])]);
});

test('every body row of a drawn table takes at least rowUnitsAtLeast code units, whatever its cells hold', () => {
  const unit = fc.constantFrom('a', ' ', 'ä', '松', '😀', '🇯🇵', 'e\u0301', '\u200b', '-', '\n');
  const cellText = fc.array(unit, { maxLength: 30 }).map((xs) => xs.join(''));
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), fc.array(fc.array(cellText, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), (widths, cells) => {
      const rows = cells.map((row) => widths.map((w, k) => wrapText(row[k] ?? '', w).join('\n')));
      const head = widths.map(() => '');
      const text = drawTable(head, rows, widths);
      const bare = drawTable(head, [], widths);
      // The rows' text: the table's, less the header and its borders (which the rows' rules and last border replace).
      expect(text.length + 1 - (bare.length + 1)).toBeGreaterThanOrEqual(rows.length * rowUnitsAtLeast(widths));
    }),
    { numRuns: 500 },
  );
});

// Found by a thirty-third breaking session: the table of a million sentences `Ja.` was made, measured and half drawn
// before it was refused (10 s, 1.3 GB).
test('a table whose rows surely pass 128 MiB is refused before any row is drawn', () => {
  const options = { color: decideColor('never', {}, () => false, true), width: 80, fieldHeader: 'field', valueHeader: 'value', shortened: () => '', leftOut: () => '', whole: '' };
  const row = { a: 'x'.repeat(60), b: 'y' };
  const columns = [{ key: 'a', header: 'A' }, { key: 'b', header: 'B' }];
  const emphasis = jest.fn((_key: string, value: string) => value);
  const view = (n: number) => ({ data: [], flat: () => ({ keys: [], eachRow: () => undefined }), table: () => ({ columns, rows: new Array(n).fill(row) }), emphasis });
  // Each row is at least 108 code units of two bytes: 700,000 rows are more than 128 MiB.
  expect(rowUnitsAtLeast([60, 1])).toBe(108);
  expect(() => render(view(700_000), 'table', options)).toThrow(new RangeError('Invalid string length'));
  expect(emphasis).not.toHaveBeenCalled();
  // 1,000 of them are drawn, each cell through the view's emphasis.
  expect(render(view(1000), 'table', options).join('').split('\n').filter((l) => l.startsWith('│ x'))).toHaveLength(1000);
  expect(emphasis).toHaveBeenCalledTimes(2000);
});

test('a table of 40,000 rows is drawn in time linear in its cells (found by a fifth breaking session: 20,000 rows took 13 s)', sized(() => {
  const rows = Array.from({ length: 40000 }, (_, i) => [`event-${i}`, `Ereignis ${i}`, 'x']);
  const lines = drawTable(['Id', 'Name', 'C'], rows, [12, 14, 1]).split('\n');
  expect(lines).toHaveLength(3 + 40000 * 2);
  expect(lines[lines.length - 2]).toBe(`│ event-39999  │ Ereignis 39999 │ x │`);
}), SIZE_TIMEOUT);

test("a cell of thousands of lines is drawn in time linear in it (cli-table3 cuts a cell's whole text to 10 columns for every line it draws; found by a fifth breaking session)", sized(() => {
  const cell = Array.from({ length: 20000 }, (_, i) => `Zeile ${i} ${'Wort '.repeat(8)}`.trim()).join('\n');
  const lines = drawTable(['A'], [[cell]], [60]).split('\n');
  expect(lines).toHaveLength(20000 + 4);
  expect(lines[20002]).toBe(`│ ${'Zeile 19999 ' + 'Wort '.repeat(8).trim()}${' '.repeat(60 - 12 - 39)} │`);
}), SIZE_TIMEOUT);

test('a column of 200,000 cells is measured and fitted (widths are folded, never spread into Math.max; found reading the change again)', sized(() => {
  const cells = Array.from({ length: 200000 }, (_, i) => `event-${i}`);
  const key = measureColumn('key', ['Id', ...cells], false);
  expect(key.natural).toBe('event-199999'.length);
  expect(fitColumns([key, measureColumn('prose', ['Evidence', ...cells.map((c) => `${c} ${c}`)], false)], [0, 1], 80)).toHaveLength(2);
}), SIZE_TIMEOUT);

test('a word of 1,000,000 characters is broken across lines in one pass over it (found by a seventh breaking session: each line measured the rest of the word again)', sized(() => {
  const lines = wrapText(`N${'x'.repeat(999_999)}`, 30, Infinity, 'break');
  expect(lines).toHaveLength(33_334);
  expect(lines[0]).toBe(`N${'x'.repeat(29)}`);
  expect(lines.every((line, i) => line.length === (i < 33_333 ? 30 : 10))).toBe(true);
}), SIZE_TIMEOUT);

test('a word of 15,000 CJK characters is broken across lines in time linear in it (found by a seventh breaking session: the segmenter, given a text whole, takes time in its length at every step)', sized(() => {
  const lines = wrapText('松'.repeat(15_000), 30, Infinity, 'cut');
  expect(lines).toHaveLength(1000);
  expect(lines.every((line) => line === '松'.repeat(15))).toBe(true);
}), SIZE_TIMEOUT);

