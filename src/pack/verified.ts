import { type Bounds, cachedValue, type Precision, type TemporalValue } from '../time';
import verified from './generated/verified-packs.json';

/**
 * Fact packs verified at build time (`scripts/build.mjs`): for the exact
 * bytes of a pack and its source (their hash, {@link packHash}), every check passed and
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
 * Whether any verified pack has this many characters: only then is its
 * source read and the pair hashed (any other pack is checked in full, and
 * its source read once, there).
 */
export function mayBeVerified(packText: string): boolean {
  return Object.values(cache).some((entry) => entry.packLength === packText.length);
}

/** One verified pack: its length in characters and its resolved dates. */
export interface VerifiedEntry {
  readonly packLength: number;
  readonly dates: VerifiedDates;
}

const cache = verified as unknown as Readonly<Record<string, VerifiedEntry>>;

/**
 * A 53-bit hash of a pack's text and its source's text (cyrb53, by bryc,
 * public domain), hashed one after the other. It only has to tell
 * the verified bytes from any edited ones — not to resist an attacker, who
 * could as well edit pakt itself — and, unlike SHA-256 through node:crypto,
 * costs no module load at start-up.
 */
export function packHash(packText: string, sourceText: string): string {
  return cyrb53([packText, sourceText]).toString(16);
}

function cyrb53(texts: readonly string[]): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    // A separator between the texts, so that moving bytes from one to the other changes the hash.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
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
