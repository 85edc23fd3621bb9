import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inspectPack } from './load';
import { toVerifiedDates, type VerifiedEntry } from './verified';

/**
 * Checks a pack in full and returns its entry for
 * `generated/verified-packs.json` (used by `scripts/build.mjs`, which writes
 * the copies `packCopy` and `sourceCopy` names: the pack's bytes as read
 * here and its source's).
 *
 * @param name - base name of the copies, e.g. `verified-0`.
 * @throws Error listing the problems when the pack is not valid: a build
 *   never ships a pack that fails `pakt validate`.
 */
export function verifyForCache(file: string, name: string): { entry: VerifiedEntry; pack: Buffer; source: Buffer } {
  const { index, problems } = inspectPack(file);
  if (!index || problems.length > 0) {
    throw new Error(`${file} is not valid:\n${problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n')}`);
  }
  const pack = readFileSync(file);
  return {
    entry: {
      packBytes: pack.byteLength,
      packCopy: `${name}.pack.json`,
      sourceCopy: `${name}.source.txt`,
      dates: toVerifiedDates(index.events.map((e) => [e.id, e.date])),
    },
    pack,
    source: readFileSync(resolve(dirname(file), index.pack.source.file)),
  };
}
