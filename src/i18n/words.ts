/** Small word helpers the message tables share. */

/** `option: ` before a message about an option's value; nothing for a value from a pack. */
export const pre = (option: string): string => (option ? `${option}: ` : '');

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** "A", "A and B", "A, B and C" (with the language's "and"). */
export const list = (items: readonly string[], and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
