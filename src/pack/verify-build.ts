import { readFileSync } from 'node:fs';
import { inspectPack } from './load';
import { packHash, toVerifiedDates, type VerifiedEntry } from './verified';

/**
 * Checks a pack in full and returns its cache entry for
 * `generated/verified-packs.json` (used by `scripts/build.mjs`).
 *
 * @throws Error listing the problems when the pack is not valid: a build
 *   never ships a pack that fails `pakt validate`.
 */
export function verifyForCache(file: string): { hash: string; entry: VerifiedEntry } {
  const { index, problems } = inspectPack(file);
  if (!index || problems.length > 0) {
    throw new Error(`${file} is not valid:\n${problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n')}`);
  }
  const packText = readFileSync(file, 'utf8');
  return {
    hash: packHash(packText, index.sourceText),
    entry: {
      packLength: packText.length,
      dates: toVerifiedDates(index.events.map((e) => [e.id, e.date])),
    },
  };
}
