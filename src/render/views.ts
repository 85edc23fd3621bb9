import type { Colorizer } from './color';
import { type HeadKey, type Lang, messages } from '../i18n';
import type { Evidence } from '../pack/types';
import type { EventDateJson } from '../query/common';
import type { ColumnKind } from './fit';
import { Marks, modalityText } from './marks';
import { visible } from '../text/visible';
import type { AskResult } from '../ask/answer';
import type { OnRow } from '../query/on';
import type { SourceSentence } from '../query/source';
import type { SearchHit } from '../query/search';
import type { ShowResult, ShownStatement } from '../query/show';
import type { SignatoryRow } from '../query/signatories';
import type { StatusResult } from '../query/status';
import type { TerritoryRow } from '../query/territories';
import type { TimelineRow } from '../query/timeline';
import type { ValidateResult } from '../query/validate';
import type { WhenResult, WhenRow } from '../query/when';
import type { Column, FlatGrid, TableGrid, TableView, View } from './output';

/**
 * The views of each command's answer: the JSON data as-is, and, from one
 * column spec per view, its rows of strings for CSV and TSV and its table.
 * Formatting only; every fact comes from the query result.
 */

/** What a table cell may need besides its row: the answer's language, and the marks the table explains in a key. */
interface Cells {
  readonly lang: Lang;
  readonly marks: Marks;
}

/**
 * One field of a view, named once: its CSV/TSV column (`key`, `value`) and
 * its table column (`head`, `cell`, and how it gives way: `kind`, `rank`,
 * `keep`). A field without `value` (or `values`) is the table's only; one
 * without `head` is CSV's and TSV's only.
 */
interface Field<R> {
  /** The CSV/TSV header; also the key the table's cells are styled by ({@link View.emphasis}). */
  readonly key: string;
  /** The CSV/TSV value: ids and machine values, text in the answer's language `lang`. */
  readonly value?: (row: R, lang: Lang) => string;
  /** Several values, for a record printed as field/value pairs ({@link pairsGrid}): one pair each. */
  readonly values?: (row: R) => readonly string[];
  /** The table's header for it. */
  readonly head?: HeadKey;
  /** The table cell, where it is not `value`: labels in the answer's language, marks of how the pack knows. */
  readonly cell?: (row: R, c: Cells) => string;
  /** How the table column gives way in a narrow terminal (default `label`). */
  readonly kind?: ColumnKind;
  /** Priority of the table column when not all fit ({@link Column.rank}; default its place). */
  readonly rank?: number;
  /** A `key` column that keeps its width when prose needs room ({@link Column.keep}). */
  readonly keep?: true;
  /** The column's place in the table, where it differs from the field's place in the spec (the CSV/TSV order). */
  readonly at?: number;
}

/** The fields of a view, in CSV/TSV order. */
type Spec<R> = readonly Field<R>[];

/** CSV/TSV of rows in `lang`: the spec's fields with a value, in order; each row's values made as it is printed. */
function flatGrid<R>(spec: Spec<R>, rows: Iterable<R>, lang: Lang): FlatGrid {
  const fields = spec.flatMap((f) => (f.value ? [{ key: f.key, value: f.value }] : []));
  return {
    keys: fields.map((f) => f.key),
    eachRow(visit) {
      const values = fields.map(() => '');
      for (const r of rows) {
        fields.forEach((f, k) => {
          values[k] = f.value(r, lang);
        });
        visit(values);
      }
    },
  };
}

/** CSV/TSV of one record in `lang` as field/value pairs, one for each value that is not empty (`show`). */
function pairsGrid<R>(spec: Spec<R>, row: R, lang: Lang): FlatGrid {
  const pairs = spec.flatMap((f) => (f.values?.(row) ?? (f.value ? [f.value(row, lang)] : [])).map((v) => [f.key, v]));
  return { keys: ['field', 'value'], eachRow: (visit) => pairs.filter(([, v]) => v !== '').forEach((pair) => visit(pair)) };
}

/**
 * The table of rows: the spec's fields with a header, in table order, each
 * cell made now (so that `c.marks` holds every mark before its key is said).
 */
function tableGrid<R>(spec: Spec<R>, rows: readonly R[], c: Cells, layout: 'rows' | 'vertical' = 'rows'): TableGrid {
  const shown = spec.filter((f): f is Field<R> & { readonly head: HeadKey } => f.head !== undefined);
  const fields = shown.filter((f) => f.at === undefined);
  for (const f of shown.filter((f) => f.at !== undefined).sort((a, b) => (a.at ?? 0) - (b.at ?? 0))) fields.splice(f.at ?? 0, 0, f);
  const head = messages[c.lang].head;
  const columns: Column[] = fields.map((f, i) => ({
    key: f.key,
    header: head[f.head],
    kind: f.kind ?? 'label',
    rank: f.rank ?? i,
    ...(f.keep ? { keep: true } : {}),
  }));
  const cells = rows.map((r) => {
    const out: Record<string, string> = {};
    for (const f of fields) out[f.key] = f.cell ? f.cell(r, c) : (f.value?.(r, c.lang) ?? '');
    return out;
  });
  return { columns, rows: cells, layout };
}

/** The context of a table in `lang`, with marks of its own. */
const cellsIn = (lang: Lang): Cells => ({ lang, marks: new Marks(lang) });

/**
 * A view's grids from its spec: CSV/TSV of `rows` in `lang`, and their
 * table (`vertical` for one record), with the marks its cells collect.
 */
function grids<R>(spec: Spec<R>, rows: readonly R[], lang: Lang, layout: 'rows' | 'vertical' = 'rows'): Pick<View, 'flat' | 'table' | 'marks'> {
  const cells = cellsIn(lang);
  return { flat: () => flatGrid(spec, rows, lang), table: () => tableGrid(spec, rows, cells, layout), marks: cells.marks };
}

/** Evidence as one string: `¶7 „quote“`, several joined by newlines. */
export function evidenceText(list: readonly Evidence[]): string {
  return list.map((e) => `¶${e.paragraph} „${e.quote}“`).join('\n');
}

/** The field of a row's evidence: running text, in CSV/TSV as in the table. */
function evidence<R extends { readonly evidence: readonly Evidence[] }>(): Field<R> {
  return { key: 'evidence', value: (r) => evidenceText(r.evidence), head: 'evidence', kind: 'prose' };
}

/** The field of a row's date: as the pack displays it in CSV/TSV, with the marks of how the pack knows it in the table. */
function dateField<R>(date: (row: R) => EventDateJson | null): Field<R> {
  return {
    key: 'date',
    value: (r) => date(r)?.display ?? '',
    head: 'date',
    kind: 'key',
    cell: (r, c) => {
      const d = date(r);
      return d ? c.marks.date(d) : '';
    },
  };
}

/** The UTC bounds of a date as the CSV/TSV fields `start` and `end` (empty where unbounded or without a date). */
function bounds<R>(date: (row: R) => { readonly start: string | null; readonly end: string | null } | null): Spec<R> {
  return [
    { key: 'start', value: (r) => date(r)?.start ?? '' },
    { key: 'end', value: (r) => date(r)?.end ?? '' },
  ];
}

/** Machine form of a yes/no/unknown value in CSV and TSV. */
function bool(v: boolean | null): string {
  return v === null ? 'null' : String(v);
}

function yesNo(lang: Lang, v: boolean | null): string {
  const m = messages[lang];
  return v === null ? m.unknown : v ? m.yes : m.no;
}

const emphasis = (key: string, value: string, c: Colorizer): string =>
  key === 'state' || key === 'event' || key === 'person' ? c.bold(value) : key === 'evidence' ? c.dim(value) : value;

/**
 * The labels of states in a status answer, by id: a state's label where the
 * answer names it (its first transition to it, or the state at the start),
 * else its id. Looked up in a map made once: an answer may hold thousands of
 * transitions, and each of them names a state.
 */
function stateLabels(r: StatusResult): (id: string) => string {
  const labels = new Map<string, string>();
  for (const t of r.transitions) if (!labels.has(t.state)) labels.set(t.state, t.stateLabel);
  return (id) => labels.get(id) ?? (id === r.state ? r.stateLabel : id);
}

/** `status`'s `since` or `until`: the event (its label and date in the table), and its date in CSV/TSV. */
function statusEdge(key: 'since' | 'until'): Spec<StatusResult> {
  return [
    {
      key,
      value: (r) => r[key]?.event ?? '',
      head: key,
      cell: (r, c) => {
        const edge = r[key];
        return edge ? `${edge.label} — ${c.marks.date(edge.date)}` : messages[c.lang].none;
      },
    },
    { key: `${key}Date`, value: (r) => r[key]?.date.display ?? '' },
  ];
}

const STATUS: Spec<StatusResult> = [
  { key: 'query', head: 'query', cell: (r, c) => `${r.query.input === 'now' ? messages[c.lang].now : r.query.input} (${r.query.zone})` },
  { key: 'input', value: (r) => r.query.input },
  { key: 'zone', value: (r) => r.query.zone },
  ...bounds((r: StatusResult) => r.query),
  { key: 'state', value: (r) => r.state, head: 'state', kind: 'key', cell: (r, c) => c.marks.mark(r.basis, r.stateLabel) },
  { key: 'stateLabel', value: (r) => r.stateLabel },
  { key: 'basis', value: (r) => r.basis },
  { key: 'certain', value: (r) => bool(r.certain), head: 'certain', cell: (r, c) => yesNo(c.lang, r.certain) },
  {
    key: 'inForce',
    value: (r) => bool(r.inForce),
    head: 'inForce',
    cell: (r, c) => (r.inForce === null ? yesNo(c.lang, null) : c.marks.mark(r.inForceBasis, yesNo(c.lang, r.inForce))),
  },
  { key: 'inForceBasis', value: (r) => r.inForceBasis },
  {
    key: 'statesDuring',
    value: (r) => r.statesDuring.join(' '),
    head: 'statesDuring',
    cell: (r) => (r.statesDuring.length > 1 ? r.statesDuring.map(stateLabels(r)).join(' → ') : ''),
    at: 2,
  },
  ...statusEdge('since'),
  ...statusEdge('until'),
  {
    key: 'transitions',
    value: (r) => r.transitions.map((t) => `${t.event}:${t.state}`).join(' '),
    head: 'transitions',
    cell: (r, c) => r.transitions.map((t) => `${c.marks.date(t.date)}: ${t.label} → ${t.stateLabel}`).join('\n'),
  },
  { key: 'summary', value: (r) => r.summary, head: 'summary', kind: 'prose' },
  evidence(),
];

/** `status`: one record; a table prints it vertically. */
export function statusView(r: StatusResult, lang: Lang): View {
  return { data: r, ...grids(STATUS, [r], lang, 'vertical'), emphasis };
}

const SIGNATORIES: Spec<SignatoryRow> = [
  { key: 'person', value: (r) => r.person, head: 'id', kind: 'key', rank: 3 },
  { key: 'name', value: (r) => r.name, head: 'name', kind: 'key', rank: 0, keep: true },
  { key: 'party', value: (r) => r.party ?? '' },
  // A person who signed for two parties or in two offices: each signing's, beside its document.
  { key: 'partyName', value: (r) => r.partyName ?? '', head: 'party', kind: 'key', rank: 2, keep: true, cell: (r) => r.partyName ?? bySigning(r, 'partyName') },
  { key: 'office', value: (r) => r.office ?? '', head: 'office', kind: 'key', rank: 1, keep: true, cell: (r) => r.office ?? bySigning(r, 'office') },
  { key: 'officeId', value: (r) => r.officeId ?? '' },
  {
    key: 'documents',
    value: (r) => r.documents.join(' '),
    head: 'documents',
    cell: (r, c) => r.signings.map((x) => `${c.marks.mark(x.basis, x.documentName)}${modalityText(c.lang, x.modality)}`).join('\n'),
    rank: 4,
  },
  { ...dateField((r: SignatoryRow) => r.date), rank: 5 },
  ...bounds((r: SignatoryRow) => r.date),
  { key: 'place', value: (r) => r.place ?? '' },
  { key: 'placeName', value: (r) => r.placeName ?? '', head: 'place', kind: 'key', rank: 7 },
  { key: 'basis', value: (r) => r.basis },
  { key: 'modality', value: (r) => r.modality ?? '' },
  { ...evidence<SignatoryRow>(), rank: 6 },
];

/** A field of each of a row's signings, in the order of its documents, `–` where a signing has none. */
function bySigning(r: SignatoryRow, key: 'partyName' | 'office'): string {
  return r.signings.some((x) => x[key] !== null) ? r.signings.map((x) => x[key] ?? '–').join(', ') : '';
}

/** `signatories`: one row per person. */
export function signatoriesView(rows: readonly SignatoryRow[], lang: Lang): View {
  return { data: rows, ...grids(SIGNATORIES, rows, lang), whole: messages[lang].wholeVia.show, emphasis };
}

const TERRITORIES: Spec<TerritoryRow> = [
  { key: 'territory', value: (r) => r.territory },
  { key: 'name', value: (r) => r.name, head: 'territory', kind: 'key', rank: 0, keep: true },
  {
    key: 'relation',
    value: (r) => r.relation,
    head: 'relation',
    cell: (r, c) => `${c.marks.mark(r.basis, r.relationLabel)}${modalityText(c.lang, r.modality)}`,
    rank: 1,
  },
  { key: 'relationLabel', value: (r) => r.relationLabel },
  { key: 'by', value: (r) => r.by },
  { key: 'byName', value: (r) => r.byName, head: 'by', kind: 'key', rank: 2 },
  { key: 'source', value: (r) => r.source ?? '' },
  { key: 'sourceName', value: (r) => r.sourceName ?? '', head: 'source', rank: 5 },
  { ...dateField((r: TerritoryRow) => r.date), rank: 4 },
  ...bounds((r: TerritoryRow) => r.date),
  { key: 'basis', value: (r) => r.basis },
  { key: 'modality', value: (r) => r.modality ?? '' },
  { ...evidence<TerritoryRow>(), rank: 3 },
];

/** `territories`: one row per (territory, relation). */
export function territoriesView(rows: readonly TerritoryRow[], lang: Lang): View {
  return { data: rows, ...grids(TERRITORIES, rows, lang), whole: messages[lang].wholeVia.show, emphasis };
}

const TIMELINE: Spec<TimelineRow> = [
  dateField((r: TimelineRow) => r.date),
  { key: 'event', value: (r) => r.event, head: 'event', kind: 'key' },
  { key: 'label', value: (r) => r.label, head: 'label', cell: (r) => (r.rule ? `${r.label}\n(${r.rule.text})` : r.label) },
  { key: 'type', value: (r) => r.type },
  { key: 'derived', value: (r) => String(r.derived === true) },
  { key: 'rule', value: (r) => r.rule?.text ?? '' },
  ...bounds((r: TimelineRow) => r.date),
  { key: 'basis', value: (r) => r.date.basis },
  { key: 'zoneBasis', value: (r) => r.date.zoneBasis ?? '' },
  evidence(),
];

/** `timeline`: one row per event, in real time order. */
export function timelineView(rows: readonly TimelineRow[], lang: Lang): View {
  return { data: rows, ...grids(TIMELINE, rows, lang), whole: messages[lang].wholeVia.show, emphasis };
}

/** A statement's qualifiers, reasoning and note, one per line, in the answer's language. */
function statementText(s: ShownStatement, lang: Lang): string {
  const m = messages[lang];
  return Object.values(s.qualifiers)
    .map((q) => `${q.label}: ${typeof q.value === 'string' ? q.value : q.value.label}`)
    .concat(s.reasoning ? [`${m.head.reasoning}: ${s.reasoning}`] : [])
    .concat(s.note ? [s.note] : [])
    .join('\n');
}

/** `show`'s statements: a table only, below the record. */
const STATEMENTS: Spec<ShownStatement> = [
  { key: 'subject', head: 'subject', cell: (s) => s.subjectLabel },
  { key: 'predicate', head: 'predicate', kind: 'key', cell: (s, c) => `${c.marks.mark(s.basis, s.predicateLabel)}${modalityText(c.lang, s.modality)}` },
  { key: 'object', head: 'object', cell: (s) => s.objectLabel },
  { key: 'qualifiers', head: 'qualifiers', kind: 'prose', cell: (s, c) => statementText(s, c.lang) },
  evidence(),
];

/** `show`: a record; in CSV/TSV as field/value pairs, one per evidence and per statement. */
const SHOW: Spec<ShowResult> = [
  { key: 'id', value: (r) => r.id, head: 'id', kind: 'key' },
  { key: 'kind', value: (r) => r.kind },
  { key: 'type', value: (r) => r.type, head: 'type', kind: 'key', cell: (r) => r.typeLabel },
  { key: 'label', value: (r) => r.label, head: 'label' },
  { key: 'aliases', value: (r) => r.aliases.join(' | '), head: 'aliases', cell: (r) => r.aliases.join(', ') },
  { key: 'description', value: (r) => r.description ?? '', head: 'description', kind: 'prose' },
  dateField((r: ShowResult) => r.date),
  ...bounds((r: ShowResult) => r.date),
  { key: 'basis', value: (r) => r.date?.basis ?? '' },
  { key: 'zoneBasis', value: (r) => r.date?.zoneBasis ?? '' },
  { key: 'reasoning', value: (r, lang) => r.date?.reasoning?.[lang] ?? '', head: 'reasoning', kind: 'prose' },
  { key: 'dateNote', value: (r) => r.dateNote ?? '', head: 'note', kind: 'prose' },
  { key: 'evidence', values: (r) => r.evidence.map((e) => evidenceText([e])), head: 'evidence', kind: 'prose', cell: (r) => evidenceText(r.evidence) },
  {
    key: 'statement',
    values: (r) =>
      r.statements.map((s) => `${s.id}: ${s.subject} ${s.predicate} ${s.object}${s.basis === 'stated' ? '' : ` [${s.basis}]`}${s.modality ? ` [${s.modality}]` : ''}`),
  },
];

/** `show`: the thing as a vertical record, then its statements; flat: field/value pairs. */
export function showView(r: ShowResult, lang: Lang): View {
  const cells = cellsIn(lang);
  // Made now, before the record's cells and so before either key is said:
  // both tables share one set of marks.
  const statements = tableGrid(STATEMENTS, r.statements, cells);
  const section: TableView = { table: () => statements, marks: cells.marks, shorten: false, emphasis };
  return {
    data: r,
    flat: () => pairsGrid(SHOW, r, lang),
    table: () => tableGrid(SHOW, [r], cells, 'vertical'),
    sections: r.statements.length > 0 ? [section] : [],
    marks: cells.marks,
    shorten: false,
    emphasis,
  };
}

/** A line of `validate`'s CSV/TSV: a problem, a sentence no evidence cites, or the coverage. */
interface ValidateLine {
  readonly kind: 'problem' | 'uncited' | 'coverage';
  readonly pointer: string;
  readonly message: string;
}

const VALIDATE: Spec<ValidateLine> = [
  { key: 'kind', value: (x) => x.kind },
  { key: 'pointer', value: (x) => x.pointer, head: 'pointer', kind: 'key' },
  { key: 'message', value: (x) => x.message, head: 'message' },
];

/** `validate`: problems, then uncited sentences, then the coverage; the table shows the problems. */
export function validateView(r: ValidateResult, lang: Lang): View {
  const m = messages[lang];
  // The notes and the flat lines are made only for the format that prints them: a source may have millions of
  // sentences no evidence cites, each a note and a line.
  let notes: string[] | undefined;
  const notesOf = (): string[] => {
    // A list cut short ends in a line that says so, which is not one more problem.
    const made = [r.ok ? m.validateOk : m.validateProblems(r.problems.length - (r.stopped ? 1 : 0), r.stopped)];
    if (r.coverage) {
      made.push(m.coverage(r.coverage.cited, r.coverage.excused, r.coverage.sentences));
      if (r.coverage.uncited.length > 0) {
        made.push(m.uncitedHeading);
        for (const x of r.coverage.uncited) made.push(`  ¶${x.paragraph} ${x.text}`);
      }
    }
    return made;
  };
  const c = r.coverage;
  const problems = r.problems.map((p): ValidateLine => ({ kind: 'problem', pointer: p.pointer || '/', message: p.message }));
  function* lines(): Generator<ValidateLine> {
    yield* problems;
    for (const x of c?.uncited ?? []) yield { kind: 'uncited', pointer: `¶${x.paragraph}`, message: x.text };
    if (c) yield { kind: 'coverage', pointer: '', message: `sentences=${c.sentences} cited=${c.cited} excused=${c.excused}` };
  }
  const cells = cellsIn(lang);
  return {
    data: {
      ok: r.ok,
      problems: r.problems,
      coverage: c ? { sentences: c.sentences, cited: c.cited, excused: c.excused, uncited: c.uncited } : null,
    },
    flat: () => flatGrid(VALIDATE, lines(), lang),
    table: () => tableGrid(VALIDATE, problems, cells),
    marks: cells.marks,
    // A problem is shown whole: a message quoting a long unbreakable key is printed as records rather than left out.
    shorten: false,
    get notes() {
      notes ??= notesOf();
      return notes;
    },
  };
}

const WHEN: Spec<WhenRow> = [
  { key: 'zone', value: (r) => r.zone, head: 'zone', kind: 'key' },
  { key: 'offset', value: (r) => r.offset, head: 'offset', kind: 'key' },
  { key: 'local', value: (r) => r.local, head: 'local', kind: 'key' },
  { key: 'display', value: (r) => r.display, head: 'display', kind: 'key', cell: (r, c) => c.marks.mark(r.basis, r.display) },
  { key: 'basis', value: (r) => r.basis },
  { key: 'reading', value: (r) => r.reading },
  { key: 'zoneBasis', value: (r) => r.zoneBasis ?? '' },
  { key: 'agreesWithSource', value: (r) => bool(r.agreesWithSource) },
  { key: 'note', value: (r) => r.note ?? '', head: 'note', kind: 'prose' },
];

/** `when`: one row per zone; JSON is the array of rows (CONTRACT.md). */
export function whenView(r: WhenResult, lang: Lang): View {
  return {
    data: r.rows,
    ...grids(WHEN, r.rows, lang),
    notes: [`${r.label} (${r.event})`, ...(r.reasoning !== null ? [r.reasoning] : [])],
  };
}

const SEARCH: Spec<SearchHit> = [
  { key: 'kind', value: (h) => h.kind, head: 'kind', kind: 'key', cell: (h, c) => messages[c.lang].hitKinds[h.kind] ?? h.kind, rank: 1 },
  { key: 'id', value: (h) => h.id, head: 'id', kind: 'key', rank: 0 },
  { key: 'type', value: (h) => h.type },
  { key: 'label', value: (h) => h.label, head: 'label', rank: 2 },
  { key: 'match', value: (h) => h.match },
  { key: 'score', value: (h) => String(h.score), head: 'score', kind: 'key', rank: 4 },
  { key: 'snippet', value: (h) => h.snippet, head: 'snippet', kind: 'prose', rank: 3, at: 3 },
];

/**
 * Where the span `[from, to)` of `text` lies in `cell`, the text as a table
 * cell shows it: its controls as escapes (`\e` for ESC: see visible()),
 * some spaces turned into line breaks, line breaks put in after a hyphen or
 * inside a long word, and perhaps cut short with `…`.
 */
function within(cell: string, text: string, [from, to]: readonly [number, number]): [number, number] {
  const shown = visible(text.slice(0, from), true).length;
  const span = [shown, shown + visible(text.slice(from, to), true).length];
  const plain = visible(text, true);
  const at: number[] = [];
  let i = 0;
  for (let j = 0; j <= plain.length && i <= cell.length; ) {
    if (j === span[0] && at.length === 0) at.push(i);
    if (j === span[1]) {
      at.push(i);
      break;
    }
    if (cell[i] === plain[j] || (cell[i] === '\n' && plain[j] === ' ')) {
      i++;
      j++;
    } else if (cell[i] === '\n') {
      i++;
    } else {
      break;
    }
  }
  const start = at[0] ?? cell.length;
  return [start, at[1] ?? cell.length];
}

/** `search`: ranked hits; the table highlights the match in each snippet. */
export function searchView(hits: readonly SearchHit[], lang: Lang): View {
  return {
    data: hits,
    ...grids(SEARCH, hits, lang),
    whole: messages[lang].wholeVia.show,
    emphasis: (key, value, c, row) => {
      const h = hits[row];
      if (key === 'snippet' && h && c.level > 0) {
        const [a, b] = within(value, h.snippet, h.highlight);
        return `${value.slice(0, a)}${c.inverse(value.slice(a, b))}${value.slice(b)}`;
      }
      return key === 'id' ? c.bold(value) : value;
    },
  };
}

const ON: Spec<OnRow> = [
  { key: 'year', value: (r) => String(r.year) },
  { key: 'yearsAgo', value: (r) => String(r.yearsAgo), head: 'yearsAgo', kind: 'key', cell: (r, c) => messages[c.lang].yearsAgo(r.yearsAgo), at: 3 },
  { key: 'event', value: (r) => r.event, head: 'event', kind: 'key' },
  { key: 'label', value: (r) => r.label, head: 'label' },
  { ...dateField((r: OnRow) => r.date), at: 0 },
  { key: 'oneOf', value: (r) => String(r.oneOf) },
  { key: 'years', value: (r) => r.years.join(' ') },
  ...bounds((r: OnRow) => r.date),
  { key: 'basis', value: (r) => r.date.basis },
];

/** `on`: events of that calendar day, any year. */
export function onView(rows: readonly OnRow[], lang: Lang): View {
  return { data: rows, ...grids(ON, rows, lang), emphasis };
}

/** `ask`'s fields: those of an answer are empty for a refusal, and those of a refusal for an answer. */
const ASK: Spec<AskResult> = [
  { key: 'question', value: (r) => r.question, head: 'question' },
  { key: 'lang', value: (r) => r.lang },
  { key: 'answered', value: (r) => String(r.answered) },
  { key: 'answer', value: (r) => (r.answered ? r.answer : ''), head: 'answer' },
  { key: 'command', value: (r) => (r.answered ? r.command : ''), head: 'command' },
  { key: 'ids', value: (r) => (r.answered ? r.ids.join(' ') : '') },
  { key: 'evidence', value: (r) => (r.answered ? evidenceText(r.evidence) : ''), head: 'evidence', kind: 'prose', at: 2 },
  { key: 'reason', value: (r) => (r.answered ? '' : r.reason), head: 'reason' },
  {
    key: 'suggestions',
    value: (r) => (r.answered ? '' : r.suggestions.map((x) => x.id).join(' ')),
    head: 'suggestions',
    cell: (r) => (r.answered ? '' : r.suggestions.map((x) => `${x.id} ¶${x.paragraph} „${x.text}“`).join('\n')),
  },
];

/**
 * `ask`: the answer (or the refusal) as one record; JSON is the whole answer
 * (CONTRACT.md). Its vertical table leaves out the empty fields, those of
 * the other case.
 */
export function askView(r: AskResult, lang: Lang): View {
  return {
    data: r,
    ...grids(ASK, [r], lang, 'vertical'),
    notes: r.answered || r.suggestions.length === 0 ? [] : [messages[lang].ask.suggestionsHeading],
    emphasis: (key, value, c) => (key === 'answer' ? c.bold(value) : key === 'evidence' || key === 'suggestions' ? c.dim(value) : value),
  };
}

const SOURCE: Spec<SourceSentence> = [
  { key: 'id', value: (r) => r.id, head: 'id', kind: 'key' },
  { key: 'paragraph', value: (r) => String(r.paragraph) },
  { key: 'text', value: (r) => r.text, head: 'text' },
  { key: 'citedBy', value: (r) => r.citedBy.join(' '), head: 'citedBy', cell: (r) => r.citedBy.join('\n') },
];

/** `source`: the source's sentences with the facts citing each. */
export function sourceView(rows: readonly SourceSentence[], lang: Lang): View {
  return { data: rows, ...grids(SOURCE, rows, lang), emphasis };
}
