import type { Colorizer } from './color';
import { type HeadKey, type Lang, messages } from '../i18n';
import type { Evidence } from '../pack/types';
import { Marks, modalityText } from './marks';
import type { AskResult } from '../ask/answer';
import type { OnRow } from '../query/on';
import type { SourceSentence } from '../query/source';
import type { SearchHit } from '../query/search';
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

/** Columns that identify a row: never cut, wrapped only between words (see `ColumnKind`). */
const KEY = new Set(['id', 'person', 'name', 'partyName', 'office', 'date', 'state', 'byName', 'placeName', 'event', 'zone', 'offset', 'local', 'display', 'kind', 'score', 'yearsAgo', 'pointer', 'predicate', 'type']);

/** Columns holding running text: they give way first, and a table shortens them with `…`. */
const PROSE = new Set(['evidence', 'summary', 'qualifiers', 'note', 'snippet', 'description', 'reasoning']);

/**
 * Table columns from keys (or `[key, header key]` pairs), each with its kind;
 * `ranks` gives the priority of some keys when not all fit (see `Column.rank`),
 * `keep` the key columns that keep their width when prose needs room.
 */
const cols = (lang: Lang, keys: readonly (HeadKey | [string, HeadKey])[], ranks: readonly string[] = [], keep: readonly string[] = []): Column[] =>
  keys.map((k, i) => {
    const [key, head]: [string, HeadKey] = Array.isArray(k) ? k : [k, k];
    const rank = ranks.indexOf(key);
    return {
      key,
      header: messages[lang].head[head],
      kind: KEY.has(key) ? 'key' : PROSE.has(key) ? 'prose' : 'label',
      rank: rank >= 0 ? rank : ranks.length + i,
      ...(keep.includes(key) ? { keep: true } : {}),
    };
  });

/** Evidence as one string: `¶7 „quote“`, several joined by newlines. */
export function evidenceText(list: readonly Evidence[]): string {
  return list.map((e) => `¶${e.paragraph} „${e.quote}“`).join('\n');
}

/** Machine form of a yes/no/unknown value in CSV and TSV. */
function bool(v: boolean | null): string {
  return v === null ? 'null' : String(v);
}

function yesNo(lang: Lang, v: boolean | null): string {
  const m = messages[lang];
  return v === null ? m.unknown : v ? m.yes : m.no;
}

/** Plain columns for CSV/TSV: the keys are the headers. */
const keys = (...names: string[]): Column[] => names.map((key) => ({ key, header: key }));

const emphasis = (key: string, value: string, c: Colorizer): string =>
  key === 'state' || key === 'event' || key === 'person' ? c.bold(value) : key === 'evidence' ? c.dim(value) : value;

/** `status`: one record; a table prints it vertically. */
export function statusView(r: StatusResult, lang: Lang): View {
  const m = messages[lang];
  const marks = new Marks(lang);
  const label = (id: string): string => r.transitions.find((t) => t.state === id)?.stateLabel ?? (id === r.state ? r.stateLabel : id);
  const table = {
    query: `${r.query.input} (${r.query.zone})`,
    state: marks.mark(r.basis, r.stateLabel),
    statesDuring: r.statesDuring.length > 1 ? r.statesDuring.map(label).join(' → ') : '',
    certain: yesNo(lang, r.certain),
    inForce: r.inForce === null ? yesNo(lang, null) : marks.mark(r.inForceBasis, yesNo(lang, r.inForce)),
    since: r.since ? `${r.since.label} — ${marks.date(r.since.date)}` : m.none,
    until: r.until ? `${r.until.label} — ${marks.date(r.until.date)}` : m.none,
    transitions: r.transitions.map((t) => `${marks.date(t.date)}: ${t.label} → ${t.stateLabel}`).join('\n'),
    summary: r.summary,
    evidence: evidenceText(r.evidence),
  };
  return {
    data: r,
    flat: {
      columns: keys('input', 'zone', 'start', 'end', 'state', 'stateLabel', 'basis', 'certain', 'inForce', 'inForceBasis', 'statesDuring', 'since', 'sinceDate', 'until', 'untilDate', 'transitions', 'summary', 'evidence'),
      rows: [
        {
          input: r.query.input,
          zone: r.query.zone,
          start: r.query.start ?? '',
          end: r.query.end ?? '',
          state: r.state,
          stateLabel: r.stateLabel,
          basis: r.basis,
          certain: bool(r.certain),
          inForce: bool(r.inForce),
          inForceBasis: r.inForceBasis,
          statesDuring: r.statesDuring.join(' '),
          since: r.since?.event ?? '',
          sinceDate: r.since?.date.display ?? '',
          until: r.until?.event ?? '',
          untilDate: r.until?.date.display ?? '',
          transitions: r.transitions.map((t) => `${t.event}:${t.state}`).join(' '),
          summary: r.summary,
          evidence: evidenceText(r.evidence),
        },
      ],
    },
    table: {
      layout: 'vertical',
      columns: cols(lang, ['query', 'state', 'statesDuring', 'certain', 'inForce', 'since', 'until', 'transitions', 'summary', 'evidence']),
      rows: [table],
    },
    marks,
    emphasis,
  };
}

/** `signatories`: one row per person. */
export function signatoriesView(rows: readonly SignatoryRow[], lang: Lang): View {
  const marks = new Marks(lang);
  return {
    data: rows,
    flat: {
      columns: keys('person', 'name', 'party', 'partyName', 'office', 'officeId', 'documents', 'date', 'start', 'end', 'place', 'placeName', 'basis', 'evidence'),
      rows: rows.map((r) => ({
        person: r.person,
        name: r.name,
        party: r.party ?? '',
        partyName: r.partyName ?? '',
        office: r.office ?? '',
        officeId: r.officeId ?? '',
        documents: r.documents.join(' '),
        date: r.date?.display ?? '',
        start: r.date?.start ?? '',
        end: r.date?.end ?? '',
        place: r.place ?? '',
        placeName: r.placeName ?? '',
        basis: r.basis,
        evidence: evidenceText(r.evidence),
      })),
    },
    table: {
      columns: cols(
        lang,
        [['person', 'id'], 'name', ['partyName', 'party'], 'office', 'documents', 'date', ['placeName', 'place'], 'evidence'],
        ['name', 'office', 'partyName', 'person', 'documents', 'date', 'evidence', 'placeName'],
        ['name', 'office', 'partyName'],
      ),
      rows: rows.map((r) => ({
        person: r.person,
        name: r.name,
        partyName: r.partyName ?? '',
        office: r.office ?? '',
        documents: r.signings.map((x) => marks.mark(x.basis, x.documentName)).join('\n'),
        date: r.date ? marks.date(r.date) : '',
        placeName: r.placeName ?? '',
        evidence: evidenceText(r.evidence),
      })),
    },
    marks,
    whole: messages[lang].wholeVia.show,
    emphasis,
  };
}

/** `territories`: one row per (territory, relation). */
export function territoriesView(rows: readonly TerritoryRow[], lang: Lang): View {
  const marks = new Marks(lang);
  return {
    data: rows,
    flat: {
      columns: keys('territory', 'name', 'relation', 'relationLabel', 'by', 'byName', 'source', 'sourceName', 'date', 'start', 'end', 'basis', 'modality', 'evidence'),
      rows: rows.map((r) => ({
        territory: r.territory,
        name: r.name,
        relation: r.relation,
        relationLabel: r.relationLabel,
        by: r.by,
        byName: r.byName,
        source: r.source ?? '',
        sourceName: r.sourceName ?? '',
        date: r.date?.display ?? '',
        start: r.date?.start ?? '',
        end: r.date?.end ?? '',
        basis: r.basis,
        modality: r.modality ?? '',
        evidence: evidenceText(r.evidence),
      })),
    },
    table: {
      columns: cols(
        lang,
        [['name', 'territory'], 'relation', ['byName', 'by'], ['sourceName', 'source'], 'date', 'evidence'],
        ['name', 'relation', 'byName', 'evidence', 'date', 'sourceName'],
        ['name'],
      ),
      rows: rows.map((r) => ({
        name: r.name,
        relation: `${marks.mark(r.basis, r.relationLabel)}${modalityText(lang, r.modality)}`,
        byName: r.byName,
        sourceName: r.sourceName ?? '',
        date: r.date ? marks.date(r.date) : '',
        evidence: evidenceText(r.evidence),
      })),
    },
    marks,
    whole: messages[lang].wholeVia.show,
    emphasis,
  };
}

/** `timeline`: one row per event, in real time order. */
export function timelineView(rows: readonly TimelineRow[], lang: Lang): View {
  const marks = new Marks(lang);
  return {
    data: rows,
    flat: {
      columns: keys('date', 'event', 'label', 'type', 'derived', 'rule', 'start', 'end', 'basis', 'zoneBasis', 'evidence'),
      rows: rows.map((r) => ({
        date: r.date.display,
        event: r.event,
        label: r.label,
        type: r.type,
        derived: String(r.derived === true),
        rule: r.rule?.text ?? '',
        start: r.date.start ?? '',
        end: r.date.end ?? '',
        basis: r.date.basis,
        zoneBasis: r.date.zoneBasis ?? '',
        evidence: evidenceText(r.evidence),
      })),
    },
    table: {
      columns: cols(lang, ['date', 'event', 'label', 'evidence']),
      rows: rows.map((r) => ({
        date: marks.date(r.date),
        event: r.event,
        label: r.rule ? `${r.label}\n(${r.rule.text})` : r.label,
        evidence: evidenceText(r.evidence),
      })),
    },
    marks,
    whole: messages[lang].wholeVia.show,
    emphasis,
  };
}

/** `show`: the thing as a vertical record, then its statements; flat: field/value pairs. */
export function showView(r: ShowResult, lang: Lang): View {
  const m = messages[lang];
  const marks = new Marks(lang);
  const statementText = (s: ShowResult['statements'][number]): string =>
    Object.values(s.qualifiers)
      .map((q) => `${q.label}: ${typeof q.value === 'string' ? q.value : q.value.label}`)
      .concat(s.reasoning ? [`${m.head.reasoning}: ${s.reasoning}`] : [])
      .concat(s.note ? [s.note] : [])
      .join('\n');
  const reasoning = r.date?.reasoning?.[lang] ?? '';
  const fields: [string, string][] = [
    ['id', r.id],
    ['kind', r.kind],
    ['type', r.type],
    ['label', r.label],
    ['aliases', r.aliases.join(' | ')],
    ['description', r.description ?? ''],
    ['date', r.date?.display ?? ''],
    ['start', r.date?.start ?? ''],
    ['end', r.date?.end ?? ''],
    ['basis', r.date?.basis ?? ''],
    ['zoneBasis', r.date?.zoneBasis ?? ''],
    ['reasoning', reasoning],
    ['dateNote', r.dateNote ?? ''],
    ...r.evidence.map((e): [string, string] => ['evidence', evidenceText([e])]),
    ...r.statements.map((s): [string, string] => [
      'statement',
      `${s.id}: ${s.subject} ${s.predicate} ${s.object}${s.basis === 'stated' ? '' : ` [${s.basis}]`}${s.modality ? ` [${s.modality}]` : ''}`,
    ]),
  ];
  const statements: View = {
    data: r.statements,
    flat: { columns: [], rows: [] },
    table: {
      columns: cols(lang, ['subject', 'predicate', 'object', 'qualifiers', 'evidence']),
      rows: r.statements.map((s) => ({
        subject: s.subjectLabel,
        predicate: `${marks.mark(s.basis, s.predicateLabel)}${modalityText(lang, s.modality)}`,
        object: s.objectLabel,
        qualifiers: statementText(s),
        evidence: evidenceText(s.evidence),
      })),
    },
    marks,
    shorten: false,
    emphasis,
  };
  return {
    data: r,
    flat: {
      columns: keys('field', 'value'),
      rows: fields.filter(([, v]) => v !== '').map(([field, value]) => ({ field, value })),
    },
    table: {
      layout: 'vertical',
      columns: cols(lang, ['id', 'type', 'label', 'aliases', 'description', 'date', 'reasoning', 'note', 'evidence']),
      rows: [
        {
          id: r.id,
          type: r.typeLabel,
          label: r.label,
          aliases: r.aliases.join(', '),
          description: r.description ?? '',
          date: r.date ? marks.date(r.date) : '',
          reasoning,
          note: r.dateNote ?? '',
          evidence: evidenceText(r.evidence),
        },
      ],
    },
    sections: r.statements.length > 0 ? [statements] : [],
    marks,
    emphasis,
  };
}

/** `validate`: problems, then uncited sentences, then the coverage. */
export function validateView(r: ValidateResult, lang: Lang): View {
  const m = messages[lang];
  const notes = [r.ok ? m.validateOk : m.validateProblems(r.problems.length)];
  if (r.coverage) {
    notes.push(m.coverage(r.coverage.cited, r.coverage.excused, r.coverage.sentences));
    if (r.coverage.uncited.length > 0) {
      notes.push(m.uncitedHeading);
      for (const x of r.coverage.uncited) notes.push(`  ¶${x.paragraph} ${x.text}`);
    }
  }
  const c = r.coverage;
  return {
    data: {
      ok: r.ok,
      problems: r.problems,
      coverage: c ? { sentences: c.sentences, cited: c.cited, excused: c.excused, uncited: c.uncited } : null,
    },
    flat: {
      columns: keys('kind', 'pointer', 'message'),
      rows: [
        ...r.problems.map((p) => ({ kind: 'problem', pointer: p.pointer || '/', message: p.message })),
        ...(c?.uncited ?? []).map((x) => ({ kind: 'uncited', pointer: `¶${x.paragraph}`, message: x.text })),
        ...(c ? [{ kind: 'coverage', pointer: '', message: `sentences=${c.sentences} cited=${c.cited} excused=${c.excused}` }] : []),
      ],
    },
    table: {
      columns: cols(lang, ['pointer', 'message']),
      rows: r.problems.map((p) => ({ pointer: p.pointer || '/', message: p.message })),
    },
    notes,
  };
}

/** `when`: one row per zone; JSON is the array of rows (CONTRACT.md). */
export function whenView(r: WhenResult, lang: Lang): View {
  const marks = new Marks(lang);
  return {
    data: r.rows,
    flat: {
      columns: keys('zone', 'offset', 'local', 'display', 'basis', 'reading', 'zoneBasis', 'agreesWithSource', 'note'),
      rows: r.rows.map((row) => ({
        zone: row.zone,
        offset: row.offset,
        local: row.local,
        display: row.display,
        basis: row.basis,
        reading: row.reading,
        zoneBasis: row.zoneBasis ?? '',
        agreesWithSource: bool(row.agreesWithSource),
        note: row.note ?? '',
      })),
    },
    table: {
      columns: cols(lang, ['zone', 'offset', 'local', 'display', 'note']),
      rows: r.rows.map((row) => ({
        zone: row.zone,
        offset: row.offset,
        local: row.local,
        display: marks.mark(row.basis, row.display),
        note: row.note ?? '',
      })),
    },
    marks,
    notes: [`${r.label} (${r.event})`, ...(r.reasoning !== null ? [r.reasoning] : [])],
  };
}

/** `search`: ranked hits; the table highlights the match in each snippet. */
export function searchView(hits: readonly SearchHit[], lang: Lang): View {
  // A search can hit every fact of a large pack: only the grid the format prints is built.
  let flat: View['flat'] | undefined;
  let table: View['table'] | undefined;
  return {
    data: hits,
    get flat() {
      return (flat ??= {
        columns: keys('kind', 'id', 'type', 'label', 'match', 'score', 'snippet'),
        rows: hits.map((h) => ({
          kind: h.kind,
          id: h.id,
          type: h.type,
          label: h.label,
          match: h.match,
          score: String(h.score),
          snippet: h.snippet,
        })),
      });
    },
    get table() {
      return (table ??= {
        columns: cols(lang, ['kind', 'id', 'label', 'snippet', 'score'], ['id', 'kind', 'label', 'snippet', 'score']),
        rows: hits.map((h) => ({
          kind: messages[lang].hitKinds[h.kind] ?? h.kind,
          id: h.id,
          label: h.label,
          snippet: h.snippet,
          score: String(h.score),
        })),
      });
    },
    whole: messages[lang].wholeVia.show,
    emphasis: (key, value, c, row) => {
      const h = hits[row];
      if (key === 'snippet' && h && c.level > 0) {
        const [a, b] = h.highlight;
        return `${value.slice(0, a)}${c.inverse(value.slice(a, b))}${value.slice(b)}`;
      }
      return key === 'id' ? c.bold(value) : value;
    },
  };
}

/** `on`: events of that calendar day, any year. */
export function onView(rows: readonly OnRow[], lang: Lang): View {
  const m = messages[lang];
  const marks = new Marks(lang);
  return {
    data: rows,
    flat: {
      columns: keys('year', 'yearsAgo', 'event', 'label', 'date', 'oneOf', 'start', 'end', 'basis'),
      rows: rows.map((r) => ({
        year: String(r.year),
        yearsAgo: String(r.yearsAgo),
        event: r.event,
        label: r.label,
        date: r.date.display,
        oneOf: String(r.oneOf),
        start: r.date.start ?? '',
        end: r.date.end ?? '',
        basis: r.date.basis,
      })),
    },
    table: {
      columns: cols(lang, ['date', 'event', 'label', 'yearsAgo']),
      rows: rows.map((r) => ({
        date: marks.date(r.date),
        event: r.event,
        label: r.label,
        yearsAgo: m.yearsAgo(r.yearsAgo),
      })),
    },
    marks,
    emphasis,
  };
}

/** `ask`: the answer (or the refusal) as one record; JSON is the whole answer (CONTRACT.md). */
export function askView(r: AskResult, lang: Lang): View {
  const m = messages[lang];
  const suggestions = r.answered ? '' : r.suggestions.map((x) => `${x.id} ¶${x.paragraph} „${x.text}“`).join('\n');
  return {
    data: r,
    flat: {
      columns: keys('question', 'lang', 'answered', 'answer', 'command', 'ids', 'evidence', 'reason', 'suggestions'),
      rows: [
        {
          question: r.question,
          lang: r.lang,
          answered: String(r.answered),
          answer: r.answered ? r.answer : '',
          command: r.answered ? r.command : '',
          ids: r.answered ? r.ids.join(' ') : '',
          evidence: r.answered ? evidenceText(r.evidence) : '',
          reason: r.answered ? '' : r.reason,
          suggestions: r.answered ? '' : r.suggestions.map((x) => x.id).join(' '),
        },
      ],
    },
    table: {
      layout: 'vertical',
      columns: cols(lang, r.answered ? ['question', 'answer', 'evidence', 'command'] : ['question', 'reason', 'suggestions']),
      rows: [
        r.answered
          ? { question: r.question, answer: r.answer, evidence: evidenceText(r.evidence), command: r.command }
          : { question: r.question, reason: r.reason, suggestions },
      ],
    },
    notes: r.answered || r.suggestions.length === 0 ? [] : [m.ask.suggestionsHeading],
    emphasis: (key, value, c) => (key === 'answer' ? c.bold(value) : key === 'evidence' || key === 'suggestions' ? c.dim(value) : value),
  };
}

/** `source`: the source's sentences with the facts citing each. */
export function sourceView(rows: readonly SourceSentence[], lang: Lang): View {
  return {
    data: rows,
    flat: {
      columns: keys('id', 'paragraph', 'text', 'citedBy'),
      rows: rows.map((r) => ({ id: r.id, paragraph: String(r.paragraph), text: r.text, citedBy: r.citedBy.join(' ') })),
    },
    table: {
      columns: cols(lang, ['id', 'text', 'citedBy']),
      rows: rows.map((r) => ({ id: r.id, text: r.text, citedBy: r.citedBy.join('\n') })),
    },
    emphasis,
  };
}
