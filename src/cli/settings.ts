import { NotFoundError, timeErrorText, UsageError } from '../errors';
import { type Lang, messages } from '../i18n';
import { loadPack, type PackIndex, type Thing } from '../pack/load';
import { readsAsDate, resolveThing } from '../query/show';
import { passedPacksFrom, type PassedPacks } from '../pack/passed';
import type { QueryContext } from '../query/common';
import { decideColor, type ColorWhen, type Colorizer } from '../render/color';
import type { Format } from '../render/output';
import { closest } from '../text/fold';
import {
  knownZoneNames,
  parseQueryDate,
  parseZone,
  type QueryInterval,
  type ResolvedZone,
  TimeValueError,
} from '../time';

/**
 * Streams, environment and clock of one run, injected so every command runs
 * in-process in tests.
 */
export interface IO {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current instant, ms since the epoch (UTC). */
  readonly now: () => number;
  /** Told when an answer is refused as too long to hold (`pakt ask` runs its command so, to say why it cannot answer). */
  readonly onAnswerTooLong?: () => void;
}

/**
 * `--format svg`: the timeline's chart as a standalone SVG (CONTRACT.md),
 * not a format of every answer. The global option reads it, so that it may
 * stand before or after the command; `timeline` takes it
 * (`RunState.settingsWithSvg`), every other command refuses it.
 */
export const SVG = 'svg';

/** Global options as commander parsed them (all optional: defaults come from {@link settingsFrom}). */
export interface GlobalOptions {
  readonly json?: boolean;
  readonly format?: Format | typeof SVG;
  readonly lang?: Lang;
  readonly zone?: string;
  readonly color?: ColorWhen | boolean;
  readonly facts?: string;
}

/** The decided settings of one run; `F` is `svg` for a timeline drawn as SVG (see {@link SVG}). */
export interface Settings<F extends Format | typeof SVG = Format> {
  readonly format: F;
  /**
   * Language of the answer: `--lang`, else for a table the locale's
   * (LC_ALL, LC_MESSAGES, LANG), else English, so that machine formats do not
   * depend on the machine.
   */
  readonly lang: Lang;
  /** Language for people whatever the format (charts, SVG): `--lang`, else the locale's. */
  readonly humanLang: Lang;
  /** Whether `--format` or `--json` was given (else the format is the default for the stream). */
  readonly formatGiven: boolean;
  /** Zone command-line dates are read in (`UTC` unless `--zone`). */
  readonly zone: ResolvedZone;
  /** Zone to show times in: the `--zone` given, or `null` for each value's own. */
  readonly displayZone: ResolvedZone | null;
  readonly chalk: Colorizer;
  readonly width: number;
  readonly factsFile: string;
  /**
   * Where a custom pack (`--facts`) that passed every check is recorded, so
   * that the next run loads it without checking again; `undefined` for the
   * bundled pack (verified by the build) or when nothing is to be
   * remembered (`PAKT_NO_CACHE`, see `pack/passed.ts`).
   */
  readonly passed: PassedPacks | undefined;
}

/**
 * Language from the environment: the first set of LC_ALL, LC_MESSAGES, LANG;
 * a value starting with `de` gives German, anything else English.
 */
export function langFromEnv(env: IO['env']): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return value?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * Widest terminal pakt draws for: tables and charts cost time and memory
 * with their width (a chart's rows are arrays of its columns), and no
 * screen shows more columns than this.
 */
export const MAX_WIDTH = 500;

/**
 * Terminal width: the stream's, else `COLUMNS`, else 80; between 20 and
 * {@link MAX_WIDTH}. A terminal that reports no width (0 columns, as one
 * made by `script` without a size does) has none.
 */
export function terminalWidth(io: IO): number {
  const fromEnv = Number(io.env.COLUMNS);
  const stream = io.stdout.columns;
  const w = stream !== undefined && stream > 0 ? stream : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.min(MAX_WIDTH, Math.max(20, w));
}

/**
 * Reads a zone option.
 *
 * @throws UsageError naming the value, with a hint.
 */
export function zoneOption(value: string, option = '--zone'): ResolvedZone {
  try {
    return parseZone(value);
  } catch (err) {
    if (!(err instanceof TimeValueError)) throw err;
    const near = value.trim() === '' ? [] : closest(value, knownZoneNames());
    throw new UsageError(
      timeErrorText(err, option),
      near.length > 0 ? (m) => m.err.didYouMean(near.join(', ')) : (m) => m.err.zoneHint,
    );
  }
}

/**
 * Reads a command-line date in the run's zone.
 *
 * @throws UsageError naming the option and value, with an example.
 */
export function dateOption(value: string, option: string, zone: ResolvedZone): QueryInterval {
  try {
    // `1945-08-08 23:00` (a space for the `T`, as people and many programs write it) reads as `1945-08-08T23:00`.
    const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(value) ? value.replace(' ', 'T') : value;
    return { ...parseQueryDate(iso, zone), input: value };
  } catch (err) {
    if (!(err instanceof TimeValueError)) throw err;
    throw new UsageError(timeErrorText(err, option), (m) => m.err.dateExample(option));
  }
}

/**
 * Reads `status --date`: a command-line date, or the id or name of an event
 * of the pack, whose whole span is then the interval (`--date
 * german-surrender`: the time the source gives for it).
 *
 * @throws UsageError for a value that is neither.
 */
export function dateOrEventOption(value: string, option: string, s: Settings): QueryInterval {
  if (readsAsDate(value)) return dateOption(value, option, s.zone);
  let event: Thing | undefined;
  try {
    event = resolveThing(contextFor(s), value);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
  }
  if (event?.kind !== 'event') return dateOption(value, option, s.zone);
  const precision = event.date.precision;
  return {
    input: event.id,
    zone: s.zone.name,
    precision: precision === 'set' || precision === 'interval' ? 'day' : precision,
    start: event.date.bounds.start,
    end: event.date.bounds.end,
  };
}

/** Notes for stderr on every interval whose local time occurred twice (DST overlap). */
export function ambiguityNotes(lang: Lang, intervals: readonly (QueryInterval | undefined)[]): string[] {
  return intervals.flatMap((q) =>
    q?.ambiguity ? [messages[lang].ambiguityNote(q.input, q.zone, q.ambiguity.chosenOffset, q.ambiguity.otherOffset)] : [],
  );
}

/** Decides every setting of a run from the parsed global options and the IO. */
export function settingsFrom(opts: GlobalOptions, io: IO, bundledPack: string): Settings | Settings<typeof SVG> {
  if (opts.json && opts.format !== undefined && opts.format !== 'json') {
    const format = opts.format;
    throw new UsageError((m) => m.err.jsonFormatConflict(format), (m) => m.err.useOne);
  }
  if (opts.facts !== undefined && opts.facts.trim() === '') {
    throw new UsageError((m) => m.err.emptyPath('--facts'), (m) => m.err.example('--facts examples/my-pack.json'));
  }
  const format = opts.json ? 'json' : (opts.format ?? (io.stdout.isTTY ? 'table' : 'tsv'));
  const zoneGiven = opts.zone !== undefined;
  const zone = zoneGiven ? zoneOption(opts.zone as string) : parseZone('UTC');
  let chalk: Colorizer | undefined;
  let width: number | undefined;
  const colorWhen: ColorWhen = opts.color === false ? 'never' : opts.color === true || opts.color === undefined ? 'auto' : opts.color;
  return {
    format,
    formatGiven: opts.json === true || opts.format !== undefined,
    // People get their locale's language; scripts (JSON, NDJSON, CSV, TSV) get
    // the same bytes on every machine unless they ask with --lang.
    lang: opts.lang ?? (format === 'table' ? langFromEnv(io.env) : 'en'),
    humanLang: opts.lang ?? langFromEnv(io.env),
    zone,
    displayZone: zoneGiven ? zone : null,
    get chalk(): Colorizer {
      chalk ??= decideColor(colorWhen, io.env, () => io.stdout.isTTY === true, format === 'table');
      return chalk;
    },
    // Asked only by tables and charts: finding the terminal costs start-up time.
    get width(): number {
      width ??= terminalWidth(io);
      return width;
    },
    factsFile: opts.facts ?? bundledPack,
    passed: opts.facts === undefined ? undefined : passedPacksFrom(io.env, BUILD),
  };
}

/** The bundle's identity (SHA-256 of its code), written into it by `scripts/build.mjs`. */
const BUILD = process.env.PAKT_BUILD_ID;

const packs = new Map<string, PackIndex>();

/**
 * Loads a pack once per process and file.
 *
 * @param passed - where packs that passed every check are recorded (see {@link Settings.passed}).
 */
export function packFor(file: string, passed?: PassedPacks): PackIndex {
  let index = packs.get(file);
  if (!index) {
    index = loadPack(file, passed);
    packs.set(file, index);
  }
  return index;
}

/** The query context for a run (of any format, SVG too). */
export function contextFor(s: Pick<Settings, 'factsFile' | 'passed' | 'lang' | 'displayZone'>): QueryContext {
  return { index: packFor(s.factsFile, s.passed), lang: s.lang, displayZone: s.displayZone };
}
