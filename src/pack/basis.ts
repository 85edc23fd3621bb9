import type { Basis } from './types';

/** The four bases, most certain first (CONTRACT.md `basis`). */
export const BASES: readonly Basis[] = ['stated', 'derived', 'inferred', 'assumed'];

/** Whether a basis needs its step or choice written down (`reasoning`). */
export function needsReasoning(basis: Basis | undefined): boolean {
  return basis === 'inferred' || basis === 'assumed';
}

/** The less certain of two bases (`assumed` is the least certain). */
export function weakerBasis(a: Basis, b: Basis): Basis {
  return BASES.indexOf(a) >= BASES.indexOf(b) ? a : b;
}
