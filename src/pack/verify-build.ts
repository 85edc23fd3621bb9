import { inspectPack } from './load';
import { toVerifiedDates, type VerifiedEntry } from './verified';

/**
 * Checks a pack in full and returns its entry for
 * `generated/verified-packs.json` (used by `scripts/build.mjs`, which writes
 * the copies `packCopy` and `sourceCopy` names: the bytes of the pack and of
 * its source that the checks read, found as every run finds them).
 *
 * @param name - base name of the copies, e.g. `verified-0`.
 * @throws Error listing the problems when the pack is not valid: a build
 *   never ships a pack that fails `pakt validate`.
 */
export function verifyForCache(file: string, name: string): { entry: VerifiedEntry; pack: Buffer; source: Buffer } {
  const { index, problems, bytes } = inspectPack(file);
  if (!index || !bytes || problems.length > 0) {
    throw new Error(`${file} is not valid:\n${problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n')}`);
  }
  return {
    entry: {
      packBytes: bytes.pack.byteLength,
      packCopy: `${name}.pack.json`,
      sourceCopy: `${name}.source.txt`,
      dates: toVerifiedDates(index.events.map((e) => [e.id, e.date])),
    },
    pack: bytes.pack,
    source: bytes.source,
  };
}
