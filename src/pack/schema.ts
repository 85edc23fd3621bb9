import type { ErrorObject } from 'ajv';
import type validator from './generated/pack-validator.cjs';

/**
 * Validates parsed JSON against the pack schema (`facts/schema/pack.schema.json`,
 * JSON Schema draft 2020-12), collecting every error. The schema is compiled
 * by ajv at build time (`scripts/build.mjs`, ajv standalone code), so no
 * compilation happens when pakt starts.
 *
 * @returns ajv's errors; empty when the data fits the schema.
 */
export function validateSchema(data: unknown): readonly ErrorObject[] {
  // Loaded on first use: a pack verified at build time never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validate = require('./generated/pack-validator.cjs') as typeof validator;
  return validate(data) ? [] : (validate.errors ?? []);
}
