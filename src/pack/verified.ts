import { createHash } from 'node:crypto';
import { type Bounds, cachedValue, type Precision, type TemporalValue } from '../time';
import verified from './generated/verified-packs.json';

/**
 * Fact packs verified at build time (`scripts/build.mjs`): for the exact
 * bytes of a pack and its source (their SHA-256), every check passed and
 * these are the dates of its events, resolved. Loading such a pack again
 * skips the checks and the date arithmetic: same bytes, same result. Any
 * other pack — a `--facts` file, an edited bundled pack — is checked in full.
 */
export interface VerifiedDates {
  readonly [eventId: string]: {
    readonly edtf: string;
    readonly zone: string | null;
    readonly precision: Precision;
    /** UTC ms; `null` for an open end. */
    readonly start: number | null;
    readonly end: number | null;
  };
}

/**
 * Whether any verified pack has this many characters (pack plus source):
 * hashing a large pack that cannot match is skipped.
 */
export function mayBeVerified(packText: string, sourceText: string): boolean {
  return Object.values(cache).some((entry) => entry.length === packText.length + sourceText.length);
}

/** One verified pack: its length in characters (pack plus source) and its resolved dates. */
export interface VerifiedEntry {
  readonly length: number;
  readonly dates: VerifiedDates;
}

const cache = verified as unknown as Readonly<Record<string, VerifiedEntry>>;

/** SHA-256 over a pack's bytes and its source's bytes. */
export function packHash(packText: string, sourceText: string): string {
  return createHash('sha256').update(packText).update('\u0000').update(sourceText).digest('hex');
}

/** The resolved dates of a verified pack, or `undefined` when these bytes were never verified. */
export function verifiedDates(hash: string): ReadonlyMap<string, TemporalValue> | undefined {
  const dates = cache[hash]?.dates;
  if (!dates) return undefined;
  return new Map(
    Object.entries(dates).map(([id, d]) => {
      const bounds: Bounds = { start: d.start ?? -Infinity, end: d.end ?? Infinity };
      return [id, cachedValue(d.edtf, d.zone, d.precision, bounds)];
    }),
  );
}

/** The cache entry for resolved dates (inverse of {@link verifiedDates}). */
export function toVerifiedDates(dates: Iterable<[string, TemporalValue]>): VerifiedDates {
  const out: Record<string, VerifiedDates[string]> = {};
  for (const [id, v] of dates) {
    out[id] = {
      edtf: v.edtf,
      zone: v.zone?.name ?? null,
      precision: v.precision,
      start: Number.isFinite(v.bounds.start) ? v.bounds.start : null,
      end: Number.isFinite(v.bounds.end) ? v.bounds.end : null,
    };
  }
  return out;
}
