import { type Bounds, cachedValue, type Precision, type TemporalValue } from '../time';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import verified from './generated/verified-packs.json';
import type { PassRecords } from './records';

/**
 * Fact packs verified at build time (`scripts/build.mjs`): for these exact
 * bytes of a pack and of its source, every check passed and these are the
 * dates of its events, resolved. Loading the same bytes again skips the
 * checks and the date arithmetic: same bytes, same result. Any other pack —
 * a `--facts` file, an edited bundled pack — is checked in full.
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
 * One verified pack, as `generated/verified-packs.json` lists it: the size
 * of the pack in bytes, the names of the copies of the pack and of its
 * source that were checked (files in `generated/`, compared byte for byte:
 * equal bytes are the only proof that nothing changed), and its resolved dates.
 */
export interface VerifiedEntry {
  readonly packBytes: number;
  readonly packCopy: string;
  readonly sourceCopy: string;
  readonly dates: VerifiedDates;
}

const cache = verified as unknown as readonly VerifiedEntry[];

/**
 * Where the build writes the verified copies: `generated/` beside this
 * module's code (`src/pack/` for the sources, `dist/` for the bundle). They
 * are read as bytes, not bundled: as strings in the bundle they would make
 * V8's code cache as large again.
 */
const VERIFIED_DIR = join(__dirname, 'generated');

/** Whether a copy written by the build holds exactly these bytes (false when it is missing). */
function sameAsCopy(bytes: Uint8Array, copy: string): boolean {
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(join(VERIFIED_DIR, copy)));
  } catch {
    return false;
  }
}

/**
 * The verified pack whose bytes are exactly `pack`, if any. Only a pack of
 * a verified size is compared, so any other pack costs nothing here.
 */
export function verifiedPack(pack: Uint8Array): VerifiedEntry | undefined {
  return cache.find((entry) => entry.packBytes === pack.byteLength && sameAsCopy(pack, entry.packCopy));
}

/**
 * The resolved dates of a verified pack, or `undefined` when its source is
 * not the bytes it was verified with.
 */
export function verifiedDates(entry: VerifiedEntry, source: Uint8Array): ReadonlyMap<string, TemporalValue> | undefined {
  if (!sameAsCopy(source, entry.sourceCopy)) return undefined;
  return new Map(
    Object.entries(entry.dates).map(([id, d]) => {
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

/**
 * The build's records ({@link PassRecords}): the bundled pack, verified with
 * its source when pakt was built, found by its exact bytes with its dates.
 */
export const buildRecords: PassRecords = {
  find(pack, source) {
    const entry = verifiedPack(pack);
    const bytes = entry && source();
    const dates = entry && bytes && verifiedDates(entry, bytes);
    return dates ? { dates } : undefined;
  },
  remember() {
    // Written by the build (scripts/build.mjs), never at run time.
  },
};
