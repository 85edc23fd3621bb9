import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import schema from '../../facts/schema/pack.schema.json';

let compiled: ValidateFunction | undefined;

/**
 * Validates parsed JSON against the pack schema (`facts/schema/pack.schema.json`,
 * JSON Schema draft 2020-12) with ajv, collecting every error.
 *
 * @returns ajv's errors; empty when the data fits the schema.
 */
export function validateSchema(data: unknown): readonly ErrorObject[] {
  compiled ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(schema);
  return compiled(data) ? [] : (compiled.errors ?? []);
}
