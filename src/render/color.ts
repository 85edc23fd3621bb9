/** `--color` values. */
export type ColorWhen = 'auto' | 'always' | 'never';

/** The styles pakt uses: emphasis in tables, and one colour per phase of a chart. */
export type Style = 'bold' | 'dim' | 'inverse' | 'gray' | 'green' | 'yellow' | 'red' | 'blue' | 'magenta' | 'cyan' | 'white';

/**
 * What styles text: a chalk instance when colour is on, or plain text.
 * `level` is chalk's colour level (0 = none, 1 = 16 colours, 2 = 256, 3 = true colour).
 */
export type Colorizer = Readonly<Record<Style, (text: string) => string>> & { readonly level: 0 | 1 | 2 | 3 };

const same = (text: string): string => text;

/** No colour and no styling: every style returns its text unchanged. */
const PLAIN: Colorizer = {
  level: 0,
  bold: same,
  dim: same,
  inverse: same,
  gray: same,
  green: same,
  yellow: same,
  red: same,
  blue: same,
  magenta: same,
  cyan: same,
  white: same,
};

/**
 * The one colour decision of pakt (clig.dev, no-color.org, force-color.org):
 * `never` (or `--no-color`) → none; `always` → colour (FORCE_COLOR's level if
 * it names one, else 16 colours); `auto` → none when NO_COLOR is set and not
 * empty, colour when FORCE_COLOR is set (unless `0`/`false`), else colour
 * only on a terminal that is not `TERM=dumb`. Formats other than `table`
 * never get colour; the caller passes `tableFormat: false` for them.
 *
 * @param isTTY - whether stdout is a terminal; asked only when the answer
 *   matters (finding out costs start-up time).
 * @returns a chalk instance at the decided level, or {@link PLAIN} for none.
 */
export function decideColor(
  when: ColorWhen,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: () => boolean,
  tableFormat: boolean,
): Colorizer {
  const level = tableFormat ? colorLevel(when, env, isTTY) : 0;
  if (level === 0) return PLAIN;
  // chalk is loaded only for colour: loading it asks the OS about the
  // terminal, which plain output never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Chalk } = require('chalk') as typeof import('chalk');
  return new Chalk({ level });
}

function forcedLevel(value: string): 0 | 1 | 2 | 3 {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

/** The chalk level (0–3) for a `--color` setting, environment and terminal. */
export function colorLevel(when: ColorWhen, env: Readonly<Record<string, string | undefined>>, isTTY: () => boolean): 0 | 1 | 2 | 3 {
  if (when === 'never') return 0;
  const force = env.FORCE_COLOR;
  if (when === 'always') return force !== undefined && force !== '' ? Math.max(1, forcedLevel(force)) as 1 | 2 | 3 : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (force !== undefined) return force === '' ? 1 : forcedLevel(force);
  return env.TERM !== 'dumb' && isTTY() ? 1 : 0;
}
