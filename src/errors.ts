/**
 * The typed errors of pakt. Exactly one place (`src/cli/run.ts`) turns them
 * into a `pakt: error: …` line on stderr and an exit code, in `--lang`.
 */
import { messages, type Messages } from './i18n';
import type { TimeValueError } from './time';
import { echo, echoPath } from './text/visible';

/**
 * An error message: a function of the message table, so the edge can say it
 * in the user's language. (A plain string is said as it is, in any language:
 * for data such as a pack problem.)
 */
export type Text = string | ((m: Messages) => string);

/** Says a {@link Text} in the language of `m`. */
export function say(text: Text, m: Messages): string {
  return typeof text === 'string' ? text : text(m);
}

/**
 * An error said to the user: a message, an optional hint line, an exit code.
 * Every error pakt says is one of these; anything else that reaches the edge
 * is a bug ("internal error").
 */
export abstract class SaidError extends Error {
  abstract readonly exitCode: 1 | 2;
  /** @param hint - optional second line: `did you mean …?` or an example. */
  constructor(
    readonly text: Text,
    readonly hint?: Text,
  ) {
    super(say(text, messages.en));
  }
}

/** Something the user typed is wrong: exit code 2. */
export class UsageError extends SaidError {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/** A fact pack cannot be read or is invalid: exit code 1. */
export class PackError extends SaidError {
  override readonly name = 'PackError';
  readonly exitCode = 1;
  /**
   * @param file - path of the pack (or source text) at fault.
   * @param pointer - JSON pointer (RFC 6901) to the value at fault, when known.
   * @param detail - what is wrong.
   */
  constructor(
    readonly file: string,
    readonly pointer: string | undefined,
    readonly detail: Text,
    hint?: Text,
  ) {
    super(packErrorText(file, pointer, detail), hint);
  }
}

function packErrorText(file: string, pointer: string | undefined, detail: Text): (m: Messages) => string {
  const shown = echoPath(file);
  // A pointer holds the pack's keys, of any length: cut like a path, keeping the key at fault.
  const at = pointer === undefined ? undefined : echoPath(pointer || '/');
  return (m) => (at === undefined ? `${shown}: ${say(detail, m)}` : `${shown}: ${at}: ${say(detail, m)}`);
}

/** The command ran but found nothing to answer with (unknown id, no hit): exit code 1. */
export class NotFoundError extends SaidError {
  override readonly name = 'NotFoundError';
  readonly exitCode = 1;
}

/**
 * A time error said in the user's language: of a command-line value (with
 * its option) or of a pack value (option `''`).
 */
export function timeErrorText(err: TimeValueError, option: string): Text {
  const v = echo(err.value);
  const d = err.detail;
  // A message that quotes the value whole (an EDTF of any shape) quotes it cut, as the others do.
  const said = err.value.length > v.length ? err.message.replace(err.value, () => v) : err.message;
  if (!d) return option ? `${option}: ${said}` : said;
  switch (d.kind) {
    case 'shape':
      return (m) => m.err.notADate(option, v);
    case 'reversed':
      return (m) => m.err.endsBeforeStart(option, v);
    case 'empty':
      return (m) => m.err.emptyDate(option);
    case 'field':
      return (m) => m.err.badField(option, v, d.field, d.got, d.within);
    case 'dst-gap':
      return (m) => m.err.dstGap(option, v, d.zone);
    case 'skipped-day':
      return (m) => m.err.skippedDay(option, v, d.zone);
    case 'unknown-zone':
      return (m) => m.err.unknownZone(option, v);
    case 'offset-range':
      return (m) => m.err.offsetRange(option, v);
  }
}
