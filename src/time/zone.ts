import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { pad2 } from './calendar';
import { TimeValueError } from './errors';

/**
 * A time zone pakt can read and show dates in.
 *
 * `name` is how pakt writes the zone: an IANA name (`Europe/Moscow`), `UTC`,
 * or a fixed offset normalised to `UTC±hh:mm` (`UTC+10:00`).
 */
export interface ResolvedZone {
  readonly name: string;
  readonly zone: Zone;
  /** True for `UTC` and fixed offsets: the offset never changes. */
  readonly fixed: boolean;
}

const FIXED = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const cache = new Map<string, ResolvedZone>();

/** The UTC zone, `UTC`. */
export const UTC_ZONE: ResolvedZone = Object.freeze({
  name: 'UTC',
  zone: FixedOffsetZone.utcInstance,
  fixed: true,
});

/**
 * Writes an offset, in minutes east of UTC, as `+hh:mm` (`-03:30`), or
 * `+hh:mm:ss` when the offset has seconds, as local mean time in historical
 * zones does (`-44.5` → `-00:44:30`); a fraction of a second is rounded.
 * Never throws.
 */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(offsetMinutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const base = `${sign}${pad2(h)}:${pad2(m)}`;
  return s === 0 ? base : `${base}:${pad2(s)}`;
}

/**
 * Reads a zone as written on the command line or in a pack.
 *
 * Accepts `UTC` (also `Z`, `GMT`), fixed offsets `UTC+10`, `UTC+10:00`,
 * `+10:00`, `UTC-03:30` (at most ±14:00), and IANA names, matched without
 * regard to case (`europe/moscow` is `Europe/Moscow`). The machine's own zone
 * is never used.
 *
 * `GMT+5` is an offset as people write it, 5 hours ahead of UTC (like
 * `UTC+5` and ISO 8601's `+05:00`), while the IANA name `Etc/GMT+5` keeps
 * IANA's POSIX sign, 5 hours behind: both readings are kept, and the
 * README and `--help` say so.
 *
 * @throws TimeValueError `unknown-zone` for anything else, and for a fixed
 *   offset with minutes over 59 or beyond ±14:00 (detail `offset-range`).
 */
export function parseZone(input: string): ResolvedZone {
  const cached = cache.get(input);
  if (cached) return cached;
  // IANA names are read in any case: spellings that differ only in case are one zone, resolved once
  // (the runtime makes a formatter to check each name it is asked about, which costs tens of microseconds).
  const lower = input.toLowerCase();
  const resolved = sameZone.get(lower) ?? resolveZone(input);
  cache.set(input, resolved);
  if (!resolved.fixed) sameZone.set(lower, resolved);
  return resolved;
}

/** IANA zones already resolved, by their name in lower case. */
const sameZone = new Map<string, ResolvedZone>();

function resolveZone(text: string): ResolvedZone {
  if (/^(UTC|GMT|Z|Etc\/UTC)$/i.test(text)) return UTC_ZONE;
  const fixed = FIXED.exec(text);
  if (fixed) {
    const [, sign, hh, mm] = fixed;
    const minutes = Number(hh) * 60 + Number(mm ?? 0);
    if (Number(mm ?? 0) >= 60) {
      throw new TimeValueError('unknown-zone', text, `unknown time zone '${text}': minute ${mm} does not exist`, {
        kind: 'unknown-zone',
      });
    }
    if (minutes > 14 * 60) {
      throw new TimeValueError('unknown-zone', text, `UTC offset '${text}' is out of range (−14:00 to +14:00)`, { kind: 'offset-range' });
    }
    const offset = sign === '-' ? -minutes : minutes;
    if (offset === 0) return UTC_ZONE;
    return Object.freeze({
      name: `UTC${formatOffset(offset)}`,
      zone: FixedOffsetZone.instance(offset),
      fixed: true,
    });
  }
  if (text !== '' && !/^[+-]/.test(text) && IANAZone.isValidZone(text)) {
    return ianaZone(canonicalCase(text));
  }
  throw new TimeValueError('unknown-zone', text, `unknown time zone '${text}'`, { kind: 'unknown-zone' });
}

/**
 * A ResolvedZone for an IANA name whose luxon zone is made on first use:
 * the first use of a zone loads its rules from ICU, which costs
 * milliseconds, and many runs never need one.
 */
function ianaZone(name: string): ResolvedZone {
  let zone: IANAZone | undefined;
  return Object.freeze({
    name,
    fixed: false,
    get zone(): IANAZone {
      zone ??= new RememberingZone(name);
      return zone;
    },
  });
}

/** Most offsets a {@link RememberingZone} keeps before it starts again: its memory stays bounded. */
const REMEMBERED_OFFSETS = 4096;

/**
 * luxon's IANA zone, remembering the offsets it was asked for, by exact
 * instant. luxon asks a zone's offset at the same instant several times for
 * one date (making a DateTime, `startOf`, `plus`, formatting), and each
 * answer is a formatting by ICU (`Intl.DateTimeFormat#formatToParts`,
 * microseconds): a date set of thousands of days read on hundreds of
 * clocks (`when --zones`) spends most of its time there. An offset at an
 * instant never changes, so the answer is the same; the type stays `iana`,
 * so luxon formats with the zone as it would. At most
 * {@link REMEMBERED_OFFSETS} are kept.
 */
class RememberingZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  override offset(ts: number): number {
    let offset = this.offsets.get(ts);
    if (offset === undefined) {
      offset = super.offset(ts);
      if (this.offsets.size >= REMEMBERED_OFFSETS) this.offsets.clear();
      this.offsets.set(ts, offset);
    }
    return offset;
  }
}

/**
 * A zone name that has been validated before (a fact pack verified at build
 * time): resolved without asking ICU whether it exists.
 *
 * @throws TimeValueError `unknown-zone` only for a fixed offset out of range
 *   (as {@link parseZone}); an IANA name is not checked.
 */
export function trustedZone(name: string): ResolvedZone {
  const cached = cache.get(name);
  if (cached) return cached;
  const resolved = /^(UTC|GMT|Z|Etc\/UTC)$/i.test(name) || FIXED.test(name) ? resolveZone(name) : ianaZone(name);
  cache.set(name, resolved);
  return resolved;
}

/**
 * Restores the tz database's spelling of a name typed in another case,
 * without replacing a link by its target (`Asia/Harbin` stays Harbin).
 */
function canonicalCase(name: string): string {
  if (/^[A-Z][A-Za-z_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/.test(name) && /[a-z]/.test(name)) return name;
  knownByLower ??= new Map(knownZoneNames().map((z) => [z.toLowerCase(), z]));
  return knownByLower.get(name.toLowerCase()) ?? name;
}

/** {@link knownZoneNames} by their name in lower case, made on first use. */
let knownByLower: Map<string, string> | undefined;

/** IANA zone names the runtime knows (ICU's `Intl.supportedValuesOf('timeZone')`), for suggestions and completion. */
export function knownZoneNames(): readonly string[] {
  return Intl.supportedValuesOf('timeZone');
}
