import type { TemporalValue } from '../time';

/**
 * A keeper of records of packs that passed every check. For the same bytes
 * of a pack and of its source, the same checks give the same verdict: a pack
 * a record holds is indexed without being checked again. Two keep records:
 * the build, for the bundled pack (`verified.ts`), and the user's cache
 * directory, for `--facts` packs (`passed.ts`).
 */
export interface PassRecords {
  /**
   * The record of these bytes, if they passed: with the resolved dates of
   * the pack's events (by id) where the record keeps them, else they are
   * resolved again.
   *
   * @param source - reads the source's bytes (`undefined` when it cannot be
   *   read): called only when the pack's own bytes do not rule a record out.
   */
  find(pack: Uint8Array, source: () => Uint8Array | undefined): { readonly dates?: ReadonlyMap<string, TemporalValue> } | undefined;
  /**
   * Records that these bytes passed every check, best effort (a keeper that
   * is written elsewhere, as the build's, records nothing here).
   *
   * @param packPath - the pack's path, kept for a person reading the record.
   */
  remember(pack: Uint8Array, source: Uint8Array, packPath: string): void;
}
