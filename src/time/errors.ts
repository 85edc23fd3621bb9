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
  ) {
    super(message);
  }
}
