import { type Lang, messages } from '../i18n';
import type { Basis, Modality } from '../pack/types';
import type { EventDateJson } from '../query/common';
import { parseZone, zoneLabel } from '../time';

/**
 * How a table marks what the source does not say in so many words:
 * nothing for `stated`, `*` for a date derived by a rule, `≈` for the
 * pack's inference, `?` for its assumption. A key below the table says so.
 */
export const MARKS: Readonly<Record<Basis, string>> = { stated: '', derived: '*', inferred: '≈', assumed: '?' };

/** Collects the marks a table uses, for its key. */
export class Marks {
  private readonly used = new Set<Basis>();

  /** @param lang - the language the dates are displayed in (their zone names differ). */
  constructor(private readonly lang: Lang) {}

  /** `text` with the mark of `basis` before it. */
  mark(basis: Basis, text: string): string {
    if (basis !== 'stated') this.used.add(basis);
    return `${MARKS[basis]}${text}`;
  }

  /**
   * A date for a table: the mark of its basis before it, and the mark of
   * its zone's basis before the zone where the date names its own zone
   * (`≈9 Aug 1945, 00:00–01:00 (≈UTC+10:00)`); a zone the date is only
   * shown in (`--zone`) is the reader's, not the pack's, and is not marked.
   */
  date(d: EventDateJson): string {
    let text = d.display;
    if (d.zone !== null && d.zoneBasis !== null && d.zoneBasis !== 'stated') {
      const at = Date.parse(d.start ?? d.end ?? '');
      const own = ` (${zoneLabel(parseZone(d.zone), this.lang, at)})`;
      if (text.endsWith(own)) {
        this.used.add(d.zoneBasis);
        text = `${text.slice(0, text.length - own.length)} (${MARKS[d.zoneBasis]}${own.slice(2)}`;
      }
    }
    return this.mark(d.basis, text);
  }

  /**
   * The key line for the marks used, or nothing.
   *
   * @param shown - whether a mark occurs in what a table showed, when it left
   *   some cells out: only those marks are explained.
   */
  key(shown?: (mark: string) => boolean): string[] {
    const lang = this.lang;
    const order = ['derived', 'inferred', 'assumed'] as const;
    const used = order.filter((b) => this.used.has(b) && (shown === undefined || shown(MARKS[b])));
    return used.length > 0 ? [messages[lang].basisKey(used.map((b) => [MARKS[b], b] as const))] : [];
  }
}

/** A modality in words, after a statement or relation: ` (counterfactual)`. */
export function modalityText(lang: Lang, modality: Modality | null): string {
  return modality ? ` (${messages[lang].modalities[modality]})` : '';
}
