import type { ErrorObject } from 'ajv';
import type validator from './generated/pack-validator.cjs';

/**
 * Validates parsed JSON against the pack schema (`facts/schema/pack.schema.json`,
 * JSON Schema draft 2020-12), collecting every error. The schema is compiled
 * by ajv at build time (`scripts/build.mjs`, ajv standalone code), so no
 * compilation happens when pakt starts.
 *
 * @returns ajv's errors, the caller's own (the validator keeps no reference
 *   to them); empty when the data fits the schema.
 */
export function validateSchema(data: unknown): (ErrorObject | undefined)[] {
  // Loaded on first use: a pack verified at build time never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validate = require('./generated/pack-validator.cjs') as typeof validator;
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // The validator keeps its last errors until its next run: millions of them, for a pack of millions of problems.
  validate.errors = null;
  return errors;
}
