/** Small word helpers the message tables share. */

/** `option: ` before a message about an option's value; nothing for a value from a pack. */
export const pre = (option: string): string => (option ? `${option}: ` : '');

/** How many candidates a message names at most; the rest are counted. */
export const NAMED_AT_MOST = 10;

/** The first {@link NAMED_AT_MOST} items, then `more(n)` for the `n` left out: a list of thousands stays one readable line. */
export const someOf = (items: readonly string[], more: (n: number) => string): string[] =>
  items.length <= NAMED_AT_MOST ? [...items] : [...items.slice(0, NAMED_AT_MOST), more(items.length - NAMED_AT_MOST)];

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** "A", "A and B", "A, B and C" (with the language's "and"). */
export const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
