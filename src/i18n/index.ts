/**
 * The message tables: every word pakt itself says, one table per language.
 * Facts (names, labels, state summaries) come from the fact pack instead.
 * German sentences are written whole, never assembled from English pieces.
 */
import type { Lang, Messages } from './types';

export type * from './types';

let de: Messages | undefined;
let en: Messages | undefined;

/**
 * The message table for a language, each made the first time it is asked
 * for: a run speaks one language (and English for an internal error's own
 * text), so the other table, hundreds of phrases, is never made.
 */
export const messages: Readonly<Record<Lang, Messages>> = {
  get de(): Messages {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (de ??= (require('./de') as typeof import('./de')).de);
  },
  get en(): Messages {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (en ??= (require('./en') as typeof import('./en')).en);
  },
};
