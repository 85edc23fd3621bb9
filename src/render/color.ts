import type { ChalkInstance } from 'chalk';

/** `--color` values. */
export type ColorWhen = 'auto' | 'always' | 'never';

/**
 * The one colour decision of pakt (clig.dev, no-color.org, force-color.org):
 * `never` (or `--no-color`) → none; `always` → colour (FORCE_COLOR's level if
 * it names one, else 16 colours); `auto` → none when NO_COLOR is set and not
 * empty, colour when FORCE_COLOR is set (unless `0`/`false`), else colour
 * only on a terminal that is not `TERM=dumb`. Formats other than `table`
 * never get colour; the caller passes `tableFormat: false` for them.
 *
 * @returns a chalk instance at the decided level (0 = plain text).
 */
export function decideColor(
  when: ColorWhen,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  tableFormat: boolean,
): ChalkInstance {
  // chalk is loaded here, not at start-up: loading it asks the OS about the
  // terminal, which only tables need.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Chalk } = require('chalk') as typeof import('chalk');
  return new Chalk({ level: tableFormat ? colorLevel(when, env, isTTY) : 0 });
}

function forcedLevel(value: string): 0 | 1 | 2 | 3 {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

/** The chalk level (0–3) for a `--color` setting, environment and terminal. */
export function colorLevel(when: ColorWhen, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (when === 'never') return 0;
  const force = env.FORCE_COLOR;
  if (when === 'always') return force !== undefined && force !== '' ? Math.max(1, forcedLevel(force)) as 1 | 2 | 3 : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (force !== undefined) return force === '' ? 1 : forcedLevel(force);
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}
