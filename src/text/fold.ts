/**
 * Folds a name for matching: case, diacritics and German spelling variants
 * do not count (`Molotow`, `MOLOTOW`; `Außenminister`, `Aussenminister`,
 * `Aussenminister`; `Mandschukuo`). `ä/ö/ü` fold like `ae/oe/ue` so that both
 * spellings meet; whitespace runs become one space.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/**
 * Levenshtein distance between two strings (for "did you mean …?").
 * Classic dynamic programme, O(|a|·|b|) time, O(|b|) memory.
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidates closest to `input` (folded), best first, within a distance
 * of a third of the input's length (at least 1); names that fold alike are
 * given once; empty when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const key = fold(input);
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored: { name: string; d: number }[] = [];
  for (const name of candidates) {
    const d = editDistance(key, fold(name));
    if (d <= limit) scored.push({ name, d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name, 'en'));
  const seen = new Set<string>();
  return scored
    .filter((s) => (seen.has(fold(s.name)) ? false : (seen.add(fold(s.name)), true)))
    .map((s) => s.name)
    .slice(0, max);
}
