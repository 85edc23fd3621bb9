/**
 * Packs and sources are UTF-8 (a leading byte-order mark is allowed). A file
 * in another encoding would otherwise be read as garbage and reported as a
 * list of quotes not found; this says once what is wrong and where.
 */
import { isUtf8 } from 'node:buffer';

/** Why bytes are not UTF-8 text: the encoding they look like (if one is recognised) and the line (from 1) where decoding fails. */
export interface NotUtf8 {
  readonly looksLike?: 'UTF-16LE' | 'UTF-16BE';
  readonly line: number;
}

/**
 * Decodes UTF-8 bytes strictly (Node's `isUtf8` check, then the plain
 * decoder, which is the same text for valid bytes and cheaper at start-up
 * than a fatal `TextDecoder`), keeping a byte-order mark as U+FEFF (the JSON
 * parser skips it; a source's first paragraph keeps it, as before).
 *
 * UTF-16 is refused even where its bytes happen to be valid UTF-8 (ASCII
 * text in UTF-16 is every other byte NUL): a byte-order mark of UTF-16, or
 * NUL bytes in most even or odd positions of the first kilobyte, name it.
 *
 * @returns the text, or where and why it is not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { fault: NotUtf8 } {
  const utf16 = utf16Of(bytes);
  if (utf16) return { fault: { looksLike: utf16, line: 1 } };
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const at = Math.max(0, firstBadByte(bytes));
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return { fault: { line } };
}

/** The UTF-16 byte order a text's bytes look like, if any (see {@link decodeUtf8}). */
function utf16Of(bytes: Uint8Array): NotUtf8['looksLike'] {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even < pairs * 0.1) return 'UTF-16LE';
  if (even >= pairs * 0.4 && odd < pairs * 0.1) return 'UTF-16BE';
  return undefined;
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
