/**
 * Month names as people write them in German and English, folded (`fold`,
 * umlauts expanded or stripped: `maerz`, `marz`), with common abbreviations.
 * Shared by `search` (a day and month are one date) and `ask` (dates in
 * questions).
 */
const MONTHS: readonly (readonly string[])[] = [
  ['januar', 'jan', 'january', 'jaenner', 'janner'],
  ['februar', 'feb', 'february', 'febr'],
  ['maerz', 'marz', 'mar', 'march', 'mrz'],
  ['april', 'apr'],
  ['mai', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'october', 'oct'],
  ['november', 'nov'],
  ['dezember', 'dez', 'december', 'dec'],
];

/** The month (1–12) a folded word names, or `undefined`. */
export function monthOf(word: string): number | undefined {
  const i = MONTHS.findIndex((names) => names.includes(word));
  return i >= 0 ? i + 1 : undefined;
}
