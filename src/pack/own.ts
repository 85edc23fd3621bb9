/**
 * A value of a pack's keyed map (vocabulary labels, triggers, qualifiers) by
 * a key the pack itself chose. A plain `record[key]` would answer keys such
 * as `constructor` or `toString` from `Object.prototype`, which a hostile or
 * careless pack may use as a predicate, relation, event type or qualifier.
 *
 * @returns the record's own value at `key`, or `undefined`.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
