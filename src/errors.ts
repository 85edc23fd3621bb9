/**
 * The typed errors of pakt. Exactly one place (`src/cli/run.ts`) turns them
 * into a `pakt: error: …` line on stderr and an exit code.
 */

/** Something the user typed is wrong: exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
  /** @param hint - optional second line: `did you mean …?` or an example. */
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A fact pack cannot be read or is invalid: exit code 1. */
export class PackError extends Error {
  override readonly name = 'PackError';
  readonly exitCode = 1;
  /**
   * @param file - path of the pack (or source text) at fault.
   * @param pointer - JSON pointer (RFC 6901) to the value at fault, when known.
   */
  constructor(
    readonly file: string,
    readonly pointer: string | undefined,
    readonly detail: string,
    readonly hint?: string,
  ) {
    super(pointer === undefined ? `${file}: ${detail}` : `${file}: ${pointer || '/'}: ${detail}`);
  }
}

/** The command ran but found nothing to answer with (unknown id, no hit): exit code 1. */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  readonly exitCode = 1;
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}
