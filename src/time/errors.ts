/** Why a temporal value was refused. Stable codes, for callers and tests. */
export type TimeErrorCode =
  | 'malformed-date'
  | 'impossible-date'
  | 'nonexistent-local-time'
  | 'unknown-zone'
  | 'malformed-edtf'
  | 'offset-mismatch'
  | 'empty-range';

/**
 * What exactly is wrong, for callers that say it in another language:
 * `shape` (not one of the accepted forms), `reversed` (an interval `A/B`
 * that ends before it starts), `empty`, `field` (a field out of
 * range: `got`, and for a day the `within` year-month), `dst-gap` (a
 * wall-clock time the zone skipped), `skipped-day` (a calendar day the zone
 * skipped), `unknown-zone`, `offset-range`.
 */
export type TimeDetail =
  | { readonly kind: 'shape' }
  | { readonly kind: 'reversed' }
  | { readonly kind: 'empty' }
  | {
      readonly kind: 'field';
      readonly field: 'month' | 'day' | 'hour' | 'minute' | 'second' | 'offset';
      readonly got: string;
      readonly within?: string;
    }
  | { readonly kind: 'dst-gap'; readonly zone: string }
  | { readonly kind: 'skipped-day'; readonly zone: string }
  | { readonly kind: 'unknown-zone' }
  | { readonly kind: 'offset-range' };

/**
 * A temporal value that cannot be read: bad *data*, not a programming error.
 * `value` is the text that was refused; `message` says what is wrong with it
 * in one line (English; callers translate by `code` where they need to).
 */
export class TimeValueError extends Error {
  override readonly name = 'TimeValueError';
  constructor(
    readonly code: TimeErrorCode,
    readonly value: string,
    message: string,
    readonly detail?: TimeDetail,
  ) {
    super(message);
  }
}
