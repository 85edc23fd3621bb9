import type { ErrorObject } from 'ajv';
import type validator from './generated/pack-validator.cjs';

/**
 * Validates parsed JSON against the pack schema (`facts/schema/pack.schema.json`,
 * JSON Schema draft 2020-12), collecting every error up to a limit. The
 * schema is compiled by ajv at build time (`scripts/build.mjs`, ajv
 * standalone code), so no compilation happens when pakt starts.
 *
 * @param max - the most errors to keep: the first `max` found, in the order
 *   ajv finds them (a pack can hold millions, more than memory does).
 * @returns ajv's errors, the caller's own (the validator keeps no reference
 *   to them), and whether there may be more than were kept; no errors when
 *   the data fits the schema.
 */
export function validateSchema(data: unknown, max = Infinity): { errors: (ErrorObject | undefined)[]; more: boolean } {
  // Loaded on first use: a pack verified at build time never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validate = require('./generated/pack-validator.cjs') as typeof validator;
  validate.errorLimit.max = max;
  if (validate(data)) return { errors: [], more: false };
  const errors = validate.errors ?? [];
  // The validator keeps its last errors until its next run: as many as `max`.
  validate.errors = null;
  return { errors, more: errors.length >= max };
}
