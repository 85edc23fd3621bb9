import type { ErrorObject } from 'ajv';
import localizeDe from 'ajv-i18n/localize/de';
import { type Text, timeErrorText } from '../errors';
import { resolveValue, TimeValueError, type TemporalValue } from '../time';
import type { Evidence, Pack } from './types';
import { validateSchema } from './schema';

/** Qualifiers whose string value is a keyword, not an id. */
const LITERAL_QUALIFIERS = new Set(['relation']);

/** One thing wrong with a pack: where (JSON pointer, RFC 6901) and what (said in the user's language). */
export interface Problem {
  readonly pointer: string;
  readonly message: Text;
}

/**
 * Splits a source text into paragraphs (separated by blank lines), numbered
 * from 1 by their position in the returned array (index + 1).
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '');
}

/** Escapes one JSON-pointer reference token (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

function schemaMessage(e: ErrorObject): Text {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return (m) => m.pack.unknownProperty(String(p.additionalProperty));
  if (e.keyword === 'required') return (m) => m.pack.missingProperty(String(p.missingProperty));
  const described = (e.parentSchema as { description?: string } | undefined)?.description;
  if (e.keyword === 'pattern' && described) return (m) => m.pack.described(described);
  if (e.keyword === 'enum') return (m) => m.pack.oneOf((p.allowedValues as unknown[]).join(', '));
  if (e.keyword === 'const') return (m) => m.pack.oneOf(JSON.stringify(p.allowedValue));
  return (m) => (m.lang === 'de' ? germanSchemaMessage(e) : (e.message ?? 'invalid'));
}

/** ajv's message in German (ajv-i18n). */
function germanSchemaMessage(e: ErrorObject): string {
  const copy = [{ ...e }];
  localizeDe(copy);
  return copy[0]?.message ?? e.message ?? 'ungültig';
}

/**
 * Checks a parsed pack against the JSON Schema.
 *
 * @returns every schema problem, with the JSON pointer of the value at fault.
 */
export function schemaProblems(data: unknown): Problem[] {
  const errors = validateSchema(data);
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors) {
    const problem = { pointer: e.instancePath, message: schemaMessage(e) };
    const key = `${problem.pointer}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(problem);
    }
  }
  return out;
}

/**
 * Semantic checks of a pack that fits the schema, against its source text:
 * unique ids, references between ids, dates that resolve, evidence quotes
 * found verbatim in their paragraph, and a status machine whose transitions
 * are in time order.
 *
 * @returns every problem found (empty when the pack is sound) and the
 *   resolved dates of the stated events, by id.
 */
export function semanticProblems(
  pack: Pack,
  paragraphs: readonly string[],
): { problems: Problem[]; dates: Map<string, TemporalValue> } {
  const problems: Problem[] = [];
  const add = (pointer: string, message: Text): void => {
    problems.push({ pointer, message });
  };
  const ids = new Map<string, string>();
  const claim = (id: string, pointer: string): void => {
    const before = ids.get(id);
    if (before !== undefined) add(pointer, (m) => m.pack.duplicateId(id, before));
    else ids.set(id, pointer);
  };
  pack.entities.forEach((e, i) => claim(e.id, `/entities/${i}/id`));
  pack.events.forEach((e, i) => claim(e.id, `/events/${i}/id`));
  (pack.derived ?? []).forEach((e, i) => claim(e.id, `/derived/${i}/id`));
  const statementIds = new Set<string>();
  pack.statements.forEach((s, i) => {
    if (statementIds.has(s.id)) add(`/statements/${i}/id`, (m) => m.pack.duplicateStatement(s.id));
    statementIds.add(s.id);
  });

  const eventIds = new Set([...pack.events.map((e) => e.id), ...(pack.derived ?? []).map((e) => e.id)]);
  // A pointer may be a function: built only for a problem (a large pack has many references).
  const ref = (id: string, pointer: string | (() => string), kind?: 'event' | 'entity'): void => {
    const at = (): string => (typeof pointer === 'string' ? pointer : pointer());
    if (!ids.has(id)) add(at(), (m) => m.pack.unknownId(id));
    else if (kind === 'event' && !eventIds.has(id)) add(at(), (m) => m.pack.notAnEvent(id));
    else if (kind === 'entity' && eventIds.has(id)) add(at(), (m) => m.pack.notAnEntity(id));
  };

  // Pointers are built only for a problem: a large pack has many quotes.
  const checkEvidence = (list: readonly Evidence[] | undefined, base: () => string): void => {
    (list ?? []).forEach((ev, i) => checkQuote(ev.quote, ev.paragraph, () => `${base()}/${i}`));
  };
  const checkQuote = (quote: string, paragraph: number, where: () => string): void => {
    const text = paragraphs[paragraph - 1];
    if (text !== undefined && text.includes(quote)) return;
    const pointer = where();
    const elsewhere = paragraphs.findIndex((p) => p.includes(quote));
    if (text === undefined) add(`${pointer}/paragraph`, (m) => m.pack.noParagraph(paragraph, paragraphs.length));
    else if (elsewhere >= 0) add(`${pointer}/paragraph`, (m) => m.pack.quoteElsewhere(elsewhere + 1, paragraph));
    else add(`${pointer}/quote`, (m) => m.pack.quoteNotFound);
  };

  pack.entities.forEach((e, i) => checkEvidence(e.evidence, () => `/entities/${i}/evidence`));

  const dates = new Map<string, TemporalValue>();
  pack.events.forEach((e, i) => {
    checkEvidence(e.evidence, () => `/events/${i}/evidence`);
    try {
      dates.set(e.id, resolveValue(e.date.edtf, e.date.zone, e.date.precision));
    } catch (err) {
      if (!(err instanceof TimeValueError)) throw err;
      add(`/events/${i}/date${err.code === 'unknown-zone' ? '/zone' : '/edtf'}`, timeErrorText(err, ''));
    }
  });

  (pack.derived ?? []).forEach((d, i) => {
    checkEvidence(d.evidence, () => `/derived/${i}/evidence`);
    ref(d.rule.from, `/derived/${i}/rule/from`, 'event');
    if (d.agreesWith !== undefined) ref(d.agreesWith, `/derived/${i}/agreesWith`, 'event');
  });

  pack.statements.forEach((s, i) => {
    ref(s.subject, () => `/statements/${i}/subject`);
    ref(s.object, () => `/statements/${i}/object`);
    const qualifiers = s.qualifiers;
    if (qualifiers) {
      for (const key in qualifiers) {
        const value = qualifiers[key];
        if (typeof value === 'string' && !LITERAL_QUALIFIERS.has(key)) ref(value, () => `/statements/${i}/qualifiers/${pointerToken(key)}`);
      }
    }
    checkEvidence(s.evidence, () => `/statements/${i}/evidence`);
  });

  const st = pack.status;
  ref(st.treaty, '/status/treaty', 'entity');
  const treaty = pack.entities.find((e) => e.id === st.treaty);
  if (treaty && treaty.type !== 'document') add('/status/treaty', (m) => m.pack.notADocument(st.treaty, treaty.type));
  const states = new Set<string>();
  st.states.forEach((x, i) => {
    if (states.has(x.id)) add(`/status/states/${i}/id`, (m) => m.pack.duplicateState(x.id));
    states.add(x.id);
    for (const lang of ['de', 'en'] as const) {
      for (const [, name] of x.summary[lang].matchAll(/\{([^}]*)\}/g)) {
        if (!['since', 'sinceEvent', 'until', 'untilEvent'].includes(name ?? '')) {
          add(`/status/states/${i}/summary/${lang}`, (m) => m.pack.unknownPlaceholder(name ?? ''));
        }
      }
    }
  });
  const seenTransitions = new Set<string>();
  st.transitions.forEach((t, i) => {
    if (seenTransitions.has(t.event)) add(`/status/transitions/${i}/event`, (m) => m.pack.twoTransitions(t.event));
    seenTransitions.add(t.event);
  });
  if (st.term.from === st.term.until) add('/status/term/until', (m) => m.pack.termSameEvent);
  if (!states.has(st.initial)) add('/status/initial', (m) => m.pack.unknownState(st.initial));
  st.transitions.forEach((t, i) => {
    ref(t.event, `/status/transitions/${i}/event`, 'event');
    if (!states.has(t.to)) add(`/status/transitions/${i}/to`, (m) => m.pack.unknownState(t.to));
  });
  ref(st.term.from, '/status/term/from', 'event');
  ref(st.term.until, '/status/term/until', 'event');
  checkEvidence(st.term.evidence, () => '/status/term/evidence');

  (pack.excused ?? []).forEach((x, i) => checkQuote(x.quote, x.paragraph, () => `/excused/${i}`));
  return { problems, dates };
}
