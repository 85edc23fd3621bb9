/**
 * The message tables: every word pakt itself says, one table per language.
 * Facts (names, labels, state summaries) come from the fact pack instead.
 * German sentences are written whole, never assembled from English pieces.
 */
import { de } from './de';
import { en } from './en';
import type { Lang, Messages } from './types';

export type * from './types';

/** The message table for a language. */
export const messages: Readonly<Record<Lang, Messages>> = { de, en };
