import { UsageError } from '../errors';
import { echo } from '../text/visible';

/**
 * The IRIs of one pack's export, all under one base `B`:
 *
 * | IRI | names |
 * |---|---|
 * | `B` | the pack itself |
 * | `B<id>` | an entity or event (ids are kebab-case, so never hold `/` or `#`) |
 * | `B<id>#date`, `B<id>#rule` | an event's time span; a derived event's rule |
 * | `Bsource/text` | the source text |
 * | `Bstatement/<id>` | a statement |
 * | `X#ref`, `X#evidence-N`, `X#quote-N` | the reference of `X`, its N-th evidence item, that item's quote |
 * | `Bpredicate/<k>`, `Bqualifier/<q>` | the property entities of a predicate keyword and a qualifier name |
 * | `Bprop/<k>`, `Bprop/statement/<k>`, `Bprop/qualifier/<q>` | Wikidata's `p:`, `ps:` and `pq:` properties |
 * | `Brelation/<k>`, `Bevent-type/<t>` | a `relation` keyword, an event type |
 * | `Bstatus/machine`, `Bstatus/state/<id>`, `Bstatus/transition/<event>`, `Bstatus/term` | the status state machine |
 * | `Bexcused/N` | the N-th excused sentence |
 *
 * Every IRI that is not an entity's or event's has a `/` or `#` after the
 * base, so none can collide with an id.
 */
export class PackIris {
  /** @param base - an absolute IRI ending in `/` or `:` (see {@link checkBase}). */
  constructor(readonly base: string) {}

  get pack(): string {
    return this.base;
  }
  thing(id: string): string {
    return this.base + id;
  }
  get sourceText(): string {
    return `${this.base}source/text`;
  }
  statement(id: string): string {
    return `${this.base}statement/${id}`;
  }
  predicate(keyword: string): string {
    return `${this.base}predicate/${keyword}`;
  }
  qualifier(name: string): string {
    return `${this.base}qualifier/${name}`;
  }
  /** Wikidata's `p:`: subject → statement node. */
  p(keyword: string): string {
    return `${this.base}prop/${keyword}`;
  }
  /** Wikidata's `ps:`: statement node → value. */
  ps(keyword: string): string {
    return `${this.base}prop/statement/${keyword}`;
  }
  /** Wikidata's `pq:`: statement node → qualifier value. */
  pq(name: string): string {
    return `${this.base}prop/qualifier/${name}`;
  }
  relation(keyword: string): string {
    return `${this.base}relation/${keyword}`;
  }
  eventType(type: string): string {
    return `${this.base}event-type/${type}`;
  }
  get machine(): string {
    return `${this.base}status/machine`;
  }
  state(id: string): string {
    return `${this.base}status/state/${id}`;
  }
  transition(event: string): string {
    return `${this.base}status/transition/${event}`;
  }
  get term(): string {
    return `${this.base}status/term`;
  }
  excused(n: number): string {
    return `${this.base}excused/${n}`;
  }

  /**
   * Prefixes for Turtle and JSON-LD, one per kind of IRI above (names are
   * fixed, so the same pack exports to the same bytes under any base).
   */
  prefixes(): Readonly<Record<string, string>> {
    return {
      pack: this.base,
      statement: `${this.base}statement/`,
      predicate: `${this.base}predicate/`,
      qualifier: `${this.base}qualifier/`,
      p: `${this.base}prop/`,
      ps: `${this.base}prop/statement/`,
      pq: `${this.base}prop/qualifier/`,
      relation: `${this.base}relation/`,
      'event-type': `${this.base}event-type/`,
      status: `${this.base}status/`,
      state: `${this.base}status/state/`,
      transition: `${this.base}status/transition/`,
      excused: `${this.base}excused/`,
      source: `${this.base}source/`,
    };
  }
}

/**
 * The default base of a pack's IRIs: `urn:pakt:<pack-id>:`. A URN, because
 * pakt owns no domain under which the IRIs could be published; `--base`
 * puts them under one of yours.
 */
export function defaultBase(packId: string): string {
  return `urn:pakt:${packId}:`;
}

/**
 * The noncharacters of Unicode (U+FDD0–U+FDEF, and the last two code points
 * of each of the 17 planes), as the body of a regular-expression class:
 * RFC 3987's `ucschar` leaves them all out.
 */
const NONCHARACTERS = `\\u{fdd0}-\\u{fdef}${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('')}`;

/**
 * RFC 3987: a scheme, then IRI characters only (no spaces, quotes, angle
 * brackets, braces, `|`, `\`, `^`, backtick, controls), and none of the
 * formatting characters (`\p{Cf}`: bidi controls among them, which RFC 3987
 * section 4.1 forbids) or noncharacters. A `%` only starts a percent-encoded
 * octet (`pct-encoded`: `%` and two hex digits). The rest may be empty
 * (`urn:`): RFC 3987's `ipath-empty`.
 */
const ABSOLUTE_IRI = new RegExp(`^[A-Za-z][A-Za-z0-9+.-]*:(?:[^%\\s<>"{}|\\\\^\`\\u0000-\\u001f\\u007f-\\u009f\\p{Cf}\\p{Cs}${NONCHARACTERS}]|%[0-9A-Fa-f]{2})*$`, 'u');

/** An `http:` or `https:` IRI with an empty host (`https:///`), which RFC 9110 section 4.2 forbids. */
const NO_HOST = /^https?:(?!\/\/[^/?#])/i;

/** The longest `--base` accepted: every IRI of the export starts with it. */
export const BASE_MAX = 2000;

/**
 * Checks a `--base` value: an absolute IRI (RFC 3987: a scheme, no spaces
 * or characters IRIs forbid), without a fragment (`#`, since the export
 * appends fragments itself), ending in `/` or `:` so that ids append as
 * path segments or name parts.
 *
 * @returns the value unchanged.
 * @throws UsageError saying what is wrong, with an example.
 */
export function checkBase(value: string): string {
  const example = (m: { err: { example: (t: string) => string } }): string => m.err.example('--base https://example.org/pakt/');
  if (value.length > BASE_MAX) throw new UsageError((m) => m.err.baseTooLong(echo(value), BASE_MAX), example);
  if (!ABSOLUTE_IRI.test(value)) throw new UsageError((m) => m.err.baseNotAbsolute(echo(value)), example);
  if (NO_HOST.test(value)) throw new UsageError((m) => m.err.baseNoHost(echo(value)), example);
  if (value.includes('#')) throw new UsageError((m) => m.err.baseFragment(echo(value)), example);
  if (!value.endsWith('/') && !value.endsWith(':')) throw new UsageError((m) => m.err.baseEnd(echo(value)), (m) => m.err.example(`--base ${echo(value)}/`));
  return value;
}
