import type { Statement } from './types';

/**
 * Qualifiers whose string value is a keyword (a `relation`: `gained`), not
 * an id. Every other qualifier's string value names an entity or event of
 * the pack (a check), so only these are never read as a thing.
 */
export const KEYWORD_QUALIFIERS: ReadonlySet<string> = new Set(['relation']);

/**
 * The ids a statement's qualifiers name, in the order of their keys: each
 * string value but a keyword qualifier's (a `relation` keyword that is
 * spelled like an entity's id names no entity).
 */
export function qualifierIds(qualifiers: Statement['qualifiers']): string[] {
  const out: string[] = [];
  for (const key in qualifiers) {
    const value = qualifiers[key];
    if (typeof value === 'string' && !KEYWORD_QUALIFIERS.has(key)) out.push(value);
  }
  return out;
}
