/**
 * Packs and sources are UTF-8 (a leading byte-order mark is allowed). A file
 * in another encoding would otherwise be read as garbage and reported as a
 * list of quotes not found; this says once what is wrong and where.
 */
import { isUtf8 } from 'node:buffer';

/** An encoding that is not UTF-8 but that {@link decodeUtf8} recognises by its byte-order mark or its NUL bytes. */
export type OtherEncoding = 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/**
 * Why bytes are not UTF-8 text: the encoding they look like (if one is
 * recognised), or that they are binary data, not text (NUL bytes that no
 * encoding explains); and the line (from 1) where decoding fails, or where
 * the first NUL byte is.
 */
export interface NotUtf8 {
  readonly looksLike?: OtherEncoding;
  readonly binary?: true;
  readonly line: number;
}

/**
 * Decodes UTF-8 bytes strictly (Node's `isUtf8` check, then the plain
 * decoder, which is the same text for valid bytes and cheaper at start-up
 * than a fatal `TextDecoder`), keeping a byte-order mark as U+FEFF (the JSON
 * parser skips it; a source's first paragraph keeps it, as before).
 *
 * UTF-16 and UTF-32 are refused even where their bytes happen to be valid
 * UTF-8 (ASCII text in them is NUL bytes between the letters), and so is
 * binary data (a file of NUL bytes is valid UTF-8 too): see
 * {@link lookOf}. A NUL here and there is text with a control character in
 * it, shown as an escape like every other.
 *
 * @returns the text, or where and why it is not UTF-8 text.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { fault: NotUtf8 } {
  const look = lookOf(bytes);
  if (look === 'binary') return { fault: { binary: true, line: lineAt(bytes, bytes.indexOf(0)) } };
  if (look) return { fault: { looksLike: look, line: 1 } };
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  return { fault: { line: lineAt(bytes, Math.max(0, firstBadByte(bytes))) } };
}

/** The line (from 1) of the byte at `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** How many bytes of a file's start {@link lookOf} reads. */
const SAMPLE = 1024;

/**
 * What a file's bytes look like, if not UTF-8 text: by its byte-order mark
 * (UTF-32LE's, `FF FE 00 00`, begins with UTF-16LE's, so UTF-32 is asked
 * first), else by where the NUL bytes of its first kilobyte fall. In UTF-32
 * one byte of every four is always NUL (the highest: no code point needs
 * more than 21 bits) and the next one almost always (outside the rare
 * astral planes), while the lowest one almost never is; in UTF-16 every
 * other byte is NUL in Latin-script text. NUL bytes in a tenth or more of
 * the kilobyte that neither explains are binary data: text with a control
 * character inserted here and there stays text.
 */
function lookOf(bytes: Uint8Array): OtherEncoding | 'binary' | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32LE';
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32BE';
  if (b0 === 0xff && b1 === 0xfe) return 'UTF-16LE';
  if (b0 === 0xfe && b1 === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, SAMPLE);
  // NUL bytes at each position of four: z0 + z2 fall on even offsets, z1 + z3 on odd ones.
  const z = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) z[i & 3]!++;
  const [z0, z1, z2, z3] = z as [number, number, number, number];
  const units = Math.floor(n / 4);
  if (units > 0) {
    if (z3 >= units * 0.9 && z2 >= units * 0.4 && z0 < units * 0.1) return 'UTF-32LE';
    if (z0 >= units * 0.9 && z1 >= units * 0.4 && z3 < units * 0.1) return 'UTF-32BE';
  }
  const pairs = Math.floor(n / 2);
  if (pairs > 0) {
    const even = z0 + z2;
    const odd = z1 + z3;
    if (odd >= pairs * 0.4 && even < pairs * 0.1) return 'UTF-16LE';
    if (even >= pairs * 0.4 && odd < pairs * 0.1) return 'UTF-16BE';
  }
  return (z0 + z1 + z2 + z3) * 10 >= n && n > 0 ? 'binary' : undefined;
}

/**
 * Offset of the first byte where a UTF-8 sequence goes wrong (a stray
 * continuation byte, a lead byte without its continuations, an overlong
 * form, a surrogate, a value above U+10FFFF), or -1 when none does.
 */
export function firstBadByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    const second = b[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k <= n; k++) {
      const next = b[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return -1;
}
