import { type Command, CommanderError } from 'commander';
import { SaidError, say, type Text } from '../errors';
import { type Lang, messages, type Messages } from '../i18n';
import { closest } from '../text/fold';
import { capLine, echo, visible } from '../text/visible';
import { commandWord, createProgram, createRunState } from './program';
import { type IO, langFromEnv } from './settings';
import { boundedAnswers } from '../render/output';

/** Exit codes (CONTRACT.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * The longest answer, in UTF-16 code units, of a command that `ask` runs
 * to say its answer in a sentence (`RunState.subrun`): 4 Mi units of JSON
 * are thousands of rows, and the text and its parse must fit beside the
 * pack in any heap pakt runs in.
 */
const SUBRUN_UNITS = 4 * 2 ** 20;

/**
 * The language of a run, known before commander parses anything (help and
 * commander's own errors need it): the last valid `--lang` in argv, else the
 * environment.
 */
export function langOf(argv: readonly string[], env: IO['env']): Lang {
  let lang: Lang | undefined;
  argv.forEach((a, i) => {
    const value = (a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined)?.toLowerCase();
    if (value === 'de' || value === 'en') lang = value;
  });
  return lang ?? langFromEnv(env);
}

/** Most arguments a command line may have (see {@link main}). */
const MAX_ARGUMENTS = 1000;

/**
 * Runs pakt for one argv (without `node` and the script path) and returns
 * the exit code. The only place errors become exit codes and
 * `pakt: error: …` lines (in the run's language); stdout receives the whole
 * answer once it is complete, and nothing when the run fails.
 *
 * @param bundledPack - path of the pack used when `--facts` is not given.
 * @param version - printed by `--version`.
 */
export function main(argv: readonly string[], io: IO, bundledPack: string, version: string): number {
  const m = messages[langOf(argv, io.env)];
  const state = createRunState(io, bundledPack);
  state.subrun = (sub) => {
    let stdout = '';
    let tooLong = false;
    const quiet: IO = {
      ...io,
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: () => true },
      onAnswerTooLong: () => {
        tooLong = true;
      },
    };
    const code = boundedAnswers(SUBRUN_UNITS, () => main(sub, quiet, bundledPack, version));
    return { code, stdout, tooLong };
  };
  // Commander spreads the arguments after `--` into one call, which a few hundred thousand
  // overflow; no command takes more than a handful, so a line of more is refused first.
  if (argv.length > MAX_ARGUMENTS) {
    line(io, m, (t) => t.err.tooManyArguments(argv.length, MAX_ARGUMENTS), (t) => t.err.runHelp);
    return EXIT.usage;
  }
  const program = createProgram(state, version, m, argv);
  let help = '';
  const output = {
    writeOut: (text: string) => {
      help += text;
    },
    writeErr: (text: string) => {
      help += text;
    },
    outputError: () => undefined,
  };
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride();
    cmd.configureOutput(output);
  }
  try {
    program.parse(joinDashValues(argv, program), { from: 'user' });
  } catch (err) {
    return fail(err, io, m, help, argv, program);
  }
  if (state.err !== '') io.stderr.write(visible(state.err, true));
  return writeOut(io, m, state.out) ?? state.exitCode;
}

/**
 * Writes the answer to stdout: its chunks in order, each with its own
 * write (an answer may be longer than one string can be, see
 * `RunState.out`), the empty ones not at all. Output is written
 * synchronously, so a failure throws here: a reader that closed early
 * (`pakt timeline | head -1`) is not an error, and nothing more is written;
 * any other failure (a full disk) is one line and exit 1.
 *
 * @returns the exit code when writing failed, else `undefined`.
 */
function writeOut(io: IO, m: Messages, chunks: readonly string[]): number | undefined {
  try {
    for (const chunk of chunks) if (chunk !== '') io.stdout.write(chunk);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return EXIT.ok;
    line(io, m, (t) => t.err.cannotWrite(code ?? (err as Error).message));
    return EXIT.failed;
  }
  return undefined;
}

/**
 * Writes an error as one `pakt: error: …` line (and its hint as a second),
 * the only way errors reach stderr. A message may quote a pack, its source
 * or an argument: line breaks become spaces, and every other control or
 * bidi formatting character is shown as an escape ({@link visible}). Each
 * line, its `pakt: error: ` included, is cut at {@link capLine}'s bound,
 * whatever a message quotes.
 */
function line(io: IO, m: Messages, message: Text, hint?: Text): void {
  const clean = (s: string): string => visible(s.replace(/[\r\n]+/g, ' ').trim());
  io.stderr.write(`${capLine(`pakt: error: ${clean(say(message, m))}`)}\n${hint ? `${capLine(clean(say(hint, m)))}\n` : ''}`);
}

/** Commander's own errors, said in the run's language (by error code, from the values in its message). */
function commanderText(err: CommanderError): { text: Text; suggestion?: string } {
  const quoted = [...err.message.matchAll(/'([^']*)'/g)].map((x) => echo(x[1] ?? ''));
  const suggestion = /\(Did you mean (.+)\?\)/.exec(err.message)?.[1];
  const base = suggestion ? { suggestion } : {};
  switch (err.code) {
    case 'commander.unknownOption':
      return { ...base, text: (m) => m.err.unknownOption(quoted[0] ?? '') };
    case 'commander.unknownCommand':
      return { ...base, text: (m) => m.err.unknownCommand(quoted[0] ?? '') };
    case 'commander.missingArgument':
      return { ...base, text: (m) => m.err.missingArgument(quoted[0] ?? '') };
    case 'commander.optionMissingArgument':
      return { ...base, text: (m) => m.err.optionMissingArgument(quoted[0] ?? '') };
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(err.message)?.[1] ?? '';
      return { ...base, text: (m) => m.err.invalidChoice(quoted[0] ?? '', quoted[1] ?? '', choices) };
    }
    case 'commander.excessArguments':
      return { ...base, text: (m) => m.err.excessArguments(quoted[0] ?? '') };
    default:
      return { ...base, text: err.message.replace(/^error: /, '').split('\n')[0] ?? '' };
  }
}

/**
 * The argv with each value of a command's option that starts with `-`
 * joined to its option (`timeline --to -Vertrag` → `--to=-Vertrag`).
 * Commander reads the program's own options anywhere in the line, before
 * the command that knows `--to` takes a value sees it: `-Vertrag` would be
 * read as `-V`, the version, and `-h` as help.
 */
function joinDashValues(argv: readonly string[], program: Command): string[] {
  const word = commandWord(argv, program);
  const command = word === undefined ? undefined : program.commands.find((c) => c.name() === word);
  if (!command) return [...argv];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--') return out.concat(argv.slice(i));
    const option = command.options.find((o) => o.long === arg || o.short === arg);
    if (option?.required && option.long && next !== undefined && next.startsWith('-')) {
      out.push(`${option.long}=${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** `unknown command '…'`, with the commands it may have meant (or all of them) on the hint line. */
function unknownCommand(io: IO, m: Messages, asked: string, commands: readonly string[]): number {
  const near = closest(asked, commands);
  line(io, m, (t) => t.err.unknownCommand(echo(asked)), (t) =>
    near.length > 0 ? t.err.didYouMean(near.join(', ')) : t.err.commands(commands.join(', ')),
  );
  return EXIT.usage;
}

function fail(err: unknown, io: IO, m: Messages, help: string, argv: readonly string[], program: Command): number {
  const commands = program.commands.map((c) => c.name());
  if (err instanceof CommanderError) {
    if (err.exitCode === 0) {
      // Commander answers --help (and --version) before it looks at the
      // command word: an unknown one is the usage error it is without them.
      const word = commandWord(argv, program);
      if (word !== undefined && word !== 'help' && !commands.includes(word)) return unknownCommand(io, m, word, commands);
      // The version is the program's answer: after a command word (`search -Vx`), `-V` is an option that command has not.
      const late = word === undefined || err.code !== 'commander.version' ? undefined : argv.slice(argv.indexOf(word) + 1).find((a) => a === '--version' || /^-[^-]*V/.test(a));
      if (late !== undefined) {
        line(io, m, (t) => t.err.unknownOption(echo(late)), (t) => t.err.runHelp);
        return EXIT.usage;
      }
      // Help holds no styling of pakt's, and may echo what was typed: shown whole, controls as escapes.
      return writeOut(io, m, [visible(help, true)]) ?? EXIT.ok;
    }
    if (err.code === 'commander.help') {
      // Commander's answer to no command at all, or to `help <unknown>`.
      const asked = argv[argv.indexOf('help') + 1];
      if (argv.includes('help') && asked !== undefined) {
        unknownCommand(io, m, asked, commands);
      } else {
        line(io, m, (t) => t.err.missingCommand, (t) => t.err.commands(commands.join(', ')));
      }
      return EXIT.usage;
    }
    const { text, suggestion } = commanderText(err);
    line(io, m, text, (t) => (suggestion ? t.err.didYouMean(suggestion) : t.err.runHelp));
    return EXIT.usage;
  }
  if (err instanceof SaidError) {
    line(io, m, err.text, err.hint);
    return err.exitCode;
  }
  // An answer (a source of 100 MB, each character an escape in JSON) may be longer than one JavaScript string can be.
  if (err instanceof RangeError && err.message === 'Invalid string length') {
    io.onAnswerTooLong?.();
    line(io, m, (t) => t.err.answerTooLong, (t) => t.err.answerTooLongHint);
    return EXIT.failed;
  }
  if (io.env.PAKT_DEBUG === '1' && err instanceof Error) io.stderr.write(`${err.stack ?? err.message}\n`);
  const message = err instanceof Error ? err.message : String(err);
  line(io, m, (t) => t.err.internal(message), (t) => t.err.debugHint);
  return EXIT.failed;
}
