import type { ChalkInstance } from 'chalk';
import { type Lang, messages } from '../i18n';
import type { Evidence } from '../pack/types';
import type { ShowResult } from '../query/show';
import type { SignatoryRow } from '../query/signatories';
import type { StatusResult } from '../query/status';
import type { TerritoryRow } from '../query/territories';
import type { TimelineRow } from '../query/timeline';
import type { ValidateResult } from '../query/validate';
import type { WhenResult } from '../query/when';
import type { Column, View } from './output';

/**
 * Flat views of each command's answer: the JSON data as-is, and its rows as
 * strings for table, CSV and TSV. Formatting only; every fact comes from the
 * query result.
 */

/** Columns holding running text, which wrap first when a table narrows. */
const PROSE = new Set(['evidence', 'label', 'summary', 'message', 'qualifiers', 'documents', 'sourceName', 'note', 'display']);

const cols = (lang: Lang, keys: readonly (string | [string, string])[]): Column[] =>
  keys.map((k) => {
    const [key, head] = Array.isArray(k) ? k : [k, k];
    return { key, header: messages[lang].head[head] ?? head, ...(PROSE.has(key) ? { prose: true } : {}) };
  });

/** Evidence as one string: `¶7 „quote“`, several joined by newlines. */
export function evidenceText(list: readonly Evidence[]): string {
  return list.map((e) => `¶${e.paragraph} „${e.quote}“`).join('\n');
}

/** Longest quote a table cell shows before cutting it with `…`. */
const BRIEF_QUOTE = 90;

/**
 * Evidence for a table cell: the first quote (cut at {@link BRIEF_QUOTE}
 * characters) and how many more there are; `--json` and `show` give all.
 */
export function briefEvidence(list: readonly Evidence[]): string {
  const first = list[0];
  if (!first) return '';
  const quote = first.quote.length > BRIEF_QUOTE ? `${first.quote.slice(0, BRIEF_QUOTE - 1).trimEnd()}…` : first.quote;
  return `¶${first.paragraph} „${quote}“${list.length > 1 ? ` (+${list.length - 1})` : ''}`;
}

/**
 * Flat rows with the full evidence (CSV, TSV) and the same rows with brief
 * evidence for the table.
 */
function flatAndBrief<T extends { readonly evidence: readonly Evidence[] }>(
  data: readonly T[],
  fields: (r: T) => Record<string, string>,
): { rows: Record<string, string>[]; tableRows: Record<string, string>[] } {
  return {
    rows: data.map((r) => ({ ...fields(r), evidence: evidenceText(r.evidence) })),
    tableRows: data.map((r) => ({ ...fields(r), evidence: briefEvidence(r.evidence) })),
  };
}

function yesNo(lang: Lang, v: boolean | null): string {
  const m = messages[lang];
  return v === null ? m.unknown : v ? m.yes : m.no;
}

const stateEmphasis = (key: string, value: string, c: ChalkInstance): string =>
  key === 'state' || key === 'event' ? c.bold(value) : key === 'evidence' ? c.dim(value) : value;

/** `status`: one record, printed vertically in a table. */
export function statusView(r: StatusResult, lang: Lang): View {
  const m = messages[lang];
  const row = {
    query: `${r.query.input} (${r.query.zone})`,
    state: r.stateLabel,
    certain: yesNo(lang, r.certain),
    inForce: yesNo(lang, r.inForce),
    since: r.since ? `${r.since.label} — ${r.since.date.display}` : m.none,
    until: r.until ? `${r.until.label} — ${r.until.date.display}` : m.none,
    transitions: r.transitions.map((t) => `${t.date.display}: ${t.label} → ${t.stateLabel}`).join('\n'),
    summary: r.summary,
    evidence: evidenceText(r.evidence),
  };
  return {
    data: r,
    columns: cols(lang, ['query', 'state', 'certain', 'inForce', 'since', 'until', 'transitions', 'summary', 'evidence']),
    rows: [row],
    layout: 'vertical',
    emphasis: stateEmphasis,
  };
}

/** `signatories`: one row per person. */
export function signatoriesView(rows: readonly SignatoryRow[], lang: Lang): View {
  return {
    data: rows,
    columns: [
      ...cols(lang, [['person', 'id'], 'name', ['partyName', 'party'], 'office', 'documents', 'date', ['placeName', 'place']]),
      ...cols(lang, ['evidence']),
    ],
    ...flatAndBrief(rows, (r) => ({
      person: r.person,
      name: r.name,
      partyName: r.partyName ?? '',
      office: r.office ?? '',
      documents: r.signings.map((s) => s.documentName).join('\n'),
      date: r.date?.display ?? '',
      placeName: r.placeName ?? '',
    })),
    emphasis: stateEmphasis,
  };
}

/** `territories`: one row per (territory, relation). */
export function territoriesView(rows: readonly TerritoryRow[], lang: Lang): View {
  return {
    data: rows,
    columns: cols(lang, [['name', 'territory'], 'relation', ['byName', 'by'], ['sourceName', 'source'], 'date', 'evidence']),
    ...flatAndBrief(rows, (r) => ({
      name: r.name,
      relation: r.relation,
      byName: r.byName,
      sourceName: r.sourceName ?? '',
      date: r.date?.display ?? '',
    })),
    emphasis: stateEmphasis,
  };
}

/** `timeline`: one row per event, in real time order. */
export function timelineView(rows: readonly TimelineRow[], lang: Lang): View {
  return {
    data: rows,
    columns: [
      ...cols(lang, ['date']),
      { key: 'event', header: messages[lang].head.event ?? 'event', min: 999 },
      ...cols(lang, ['label']),
      { key: 'rule', header: 'rule', tableHidden: true },
      { key: 'start', header: 'start', tableHidden: true },
      { key: 'end', header: 'end', tableHidden: true },
      ...cols(lang, ['evidence']),
    ],
    rows: rows.map((r) => ({
      date: r.date.display,
      event: r.event,
      label: r.label,
      rule: r.rule?.text ?? '',
      start: r.date.start ?? '',
      end: r.date.end ?? '',
      evidence: evidenceText(r.evidence),
    })),
    tableRows: rows.map((r) => ({
      date: r.date.display,
      event: r.event,
      label: r.rule ? `${r.label}\n(${r.rule.text})` : r.label,
      evidence: briefEvidence(r.evidence),
    })),
    emphasis: stateEmphasis,
  };
}

/** `show`: the thing as a vertical record, then its statements. */
export function showView(r: ShowResult, lang: Lang): View {
  const record = {
    id: r.id,
    type: `${r.type} (${r.kind})`,
    label: r.label,
    aliases: r.aliases.join(', '),
    description: r.description ?? '',
    date: r.date ? r.date.display : '',
    note: r.dateNote ?? '',
    evidence: evidenceText(r.evidence),
  };
  const statements: View = {
    data: r.statements,
    columns: cols(lang, ['subject', 'predicate', 'object', 'qualifiers', 'evidence']),
    rows: r.statements.map((s) => ({
      subject: s.subjectLabel,
      predicate: s.predicate,
      object: s.objectLabel,
      qualifiers: Object.entries(s.qualifiers)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : v.label}`)
        .concat(s.note ? [s.note] : [])
        .join('\n'),
      evidence: evidenceText(s.evidence),
    })),
    emphasis: stateEmphasis,
  };
  return {
    data: r,
    columns: cols(lang, ['id', 'type', 'label', 'aliases', 'description', 'date', 'note', 'evidence']),
    rows: [record],
    layout: 'vertical',
    sections: r.statements.length > 0 ? [statements] : [],
    emphasis: stateEmphasis,
  };
}

/** `show` in CSV/TSV: one row per statement. */
export function showFlatView(r: ShowResult, lang: Lang): View {
  return {
    data: r,
    columns: cols(lang, ['statement', 'subject', 'predicate', 'object', 'evidence']),
    rows: r.statements.map((s) => ({
      statement: s.id,
      subject: s.subject,
      predicate: s.predicate,
      object: s.object,
      evidence: evidenceText(s.evidence),
    })),
  };
}

/** `validate`: problems as rows, coverage as notes. */
export function validateView(r: ValidateResult, lang: Lang): View {
  const m = messages[lang];
  const notes = [r.ok ? m.validateOk : m.validateProblems(r.problems.length)];
  if (r.coverage) {
    notes.push(m.coverage(r.coverage.cited, r.coverage.excused, r.coverage.sentences));
    if (r.coverage.uncited.length > 0) {
      notes.push(m.uncitedHeading);
      for (const s of r.coverage.uncited) notes.push(`  ¶${s.paragraph} ${s.text}`);
    }
  }
  const data = {
    ok: r.ok,
    problems: r.problems,
    coverage: r.coverage
      ? { sentences: r.coverage.sentences, cited: r.coverage.cited, excused: r.coverage.excused, uncited: r.coverage.uncited }
      : null,
  };
  return {
    data,
    columns: cols(lang, ['pointer', 'message']),
    rows: r.problems.map((p) => ({ pointer: p.pointer || '/', message: p.message })),
    notes,
  };
}

/** `when`: one row per zone; JSON is the array of rows (CONTRACT.md). */
export function whenView(r: WhenResult, lang: Lang): View {
  return {
    data: r.rows,
    columns: [...cols(lang, ['zone', 'offset', 'local', 'display']), ...cols(lang, ['note'])],
    rows: r.rows.map((row) => ({
      zone: row.zone,
      offset: row.offset,
      local: row.local,
      display: row.display,
      note: row.note ?? '',
    })),
    notes: [`${r.label} (${r.event})`],
  };
}
