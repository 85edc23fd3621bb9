import { Command, type HelpConfiguration, InvalidArgumentError, Option } from 'commander';
import { type HelpMessages, messages, type Messages } from '../i18n';
import { UsageError } from '../errors';
import type { CommandRunner } from '../ask/answer';
import { FORMATS, render, type View } from '../render/output';
import { type GlobalOptions, type IO, type Settings, settingsFrom, SVG } from './settings';
import { registerStatus } from './status';
import { registerSignatories } from './signatories';
import { registerTerritories } from './territories';
import { registerTimeline } from './timeline';
import { registerShow } from './show';
import { registerValidate } from './validate';
import { registerWhen } from './when';
import { registerSearch } from './search';
import { registerOn } from './on';
import { registerCompletion } from './completion';
import { registerAsk } from './ask';
import { registerSource } from './source';
import { registerExport } from './export';

/** What a command hands back to the edge: the view to print, and notes for stderr. */
export interface CommandOutput {
  readonly view: View;
  readonly notes?: readonly string[];
  /** Exit code when the command answered but found problems (`validate`). */
  readonly exitCode?: number;
}

/** Shared by every command adapter: settings of the run and where the answer goes. */
export interface RunState {
  readonly io: IO;
  readonly bundledPack: string;
  /**
   * The settings of a run of `cmd`.
   *
   * @throws UsageError for `--format svg`, which only `timeline` takes ({@link RunState.settingsWithSvg}).
   */
  settings(cmd: Command): Settings;
  /** The settings of a run of `timeline`, which also takes `--format svg` (see {@link SVG}). */
  settingsWithSvg(cmd: Command): Settings | Settings<typeof SVG>;
  emit(settings: Settings, output: CommandOutput): void;
  /**
   * Plain text for stdout, in no format (a completion script); a list is
   * chunks of one text, written in order (an export can be longer than
   * one JavaScript string may be).
   */
  emitText(text: string | readonly string[]): void;
  /**
   * Runs another pakt command line in this process, as `pakt <argv>` would
   * run with this run's environment and clock but a pipe for stdout (so
   * `ask` gets exactly what the command it names prints), its answer
   * bounded to a few million code units. Set by `main`.
   */
  subrun: CommandRunner;
  /** Text for stdout, as chunks written in order, by the edge and only when the run succeeds. */
  readonly out: string[];
  err: string;
  exitCode: number;
}

/** Commander's help, with its titles and the allowed values of options in the help's language. */
function helpConfig(h: HelpMessages): HelpConfiguration {
  return {
    showGlobalOptions: true,
    sortSubcommands: false,
    styleTitle: (title: string) => h.titles[title] ?? title,
    optionDescription: (option: Option) =>
      option.argChoices ? `${option.description} (${h.allowed}: ${option.argChoices.join(', ')})` : option.description,
  };
}

/**
 * An option whose value is one of `choices`, in any case (`--lang DE`,
 * `--format JSON`), like zone names; the value is passed on in lower case.
 * Commander's `choices` keeps the list for help, completion and the error
 * naming the allowed values; `unlisted` are values accepted without being
 * listed there, which only some commands take (`--format svg`: see {@link SVG}).
 */
export function choiceOption(flags: string, description: string, choices: readonly string[], unlisted: readonly string[] = []): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    const lower = value.toLowerCase();
    if (!choices.includes(lower) && !unlisted.includes(lower)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return lower;
  });
}

/** The "Examples:" block of a command's help, in the help's language. */
export function examples(h: HelpMessages, lines: readonly string[]): string {
  return ['', h.examples, ...lines.map((l) => `  ${l}`)].join('\n');
}

/** The root help's "Environment:" block, in the help's language. */
function environment(h: HelpMessages): string {
  const width = Math.max(...h.environment.variables.map(([name]) => name.length)) + 2;
  return ['', '', h.environment.title, ...h.environment.variables.map(([name, what]) => `  ${name.padEnd(width)}${what}`)].join('\n');
}

/** What defines one command on the subcommand commander made for its name: description, arguments, options, help text and action. */
type Register = (command: Command, state: RunState, h: HelpMessages) => void;

/** pakt's commands by name, in the order `--help` lists them. */
const COMMANDS: readonly (readonly [string, Register])[] = [
  ['status', registerStatus],
  ['signatories', registerSignatories],
  ['territories', registerTerritories],
  ['timeline', registerTimeline],
  ['show', registerShow],
  ['when', registerWhen],
  ['search', registerSearch],
  ['on', registerOn],
  ['ask', registerAsk],
  ['source', registerSource],
  ['validate', registerValidate],
  ['export', registerExport],
  ['completion', registerCompletion],
];

/**
 * Builds the commander program for one run, its help in the language of
 * `m`. Commands parse their options into typed values, call one query, and
 * hand a view to {@link RunState.emit}; nothing here prints directly.
 *
 * @param argv - the run's arguments, if known. Where they name a command
 *   (and ask for no help), only that command is defined: defining all
 *   thirteen, with their help in the run's language, is a noticeable part
 *   of the start-up of a run that uses one. Whatever the program says about the others (the
 *   root help, an unknown command and the commands it may have meant, the
 *   completion script) comes from a run that defines them all.
 */
export function createProgram(state: RunState, version: string, m: Messages, argv?: readonly string[]): Command {
  const h = m.help;
  const program = new Command('pakt')
    .description(h.program)
    .version(version, '-V, --version', h.options.version)
    .helpOption('-h, --help', h.options.help)
    .helpCommand('help [command]', h.commands.help)
    .option('--json', h.options.json)
    .addOption(choiceOption('--format <format>', h.options.format, FORMATS, [SVG]))
    .addOption(choiceOption('--lang <lang>', h.options.lang, ['de', 'en']))
    .option('--zone <zone>', h.options.zone)
    .addOption(choiceOption('--color <when>', h.options.color, ['auto', 'always', 'never']))
    .option('--no-color', h.options.noColor)
    .option('--facts <file>', h.options.facts)
    .showSuggestionAfterError(true)
    .configureHelp(helpConfig(h))
    .addHelpText(
      'after',
      examples(h, [
        'pakt status --date 1945-06-01',
        'pakt timeline --from 1945 --to 1945 --json | jq -r ".[].event"',
        'pakt status --date 1945-08-08 --zone Europe/Moscow --lang de',
      ]) + environment(h),
    );
  const word = argv === undefined || argv.some((a) => a === '-h' || a === '--help') ? undefined : commandWord(argv, program);
  const only = word !== 'completion' && COMMANDS.some(([name]) => name === word) ? word : undefined;
  for (const [name, register] of COMMANDS) {
    if (only === undefined || name === only) register(program.command(name), state, h);
  }
  program.usage(`${h.usageWords.options} ${h.usageWords.command}`);
  for (const cmd of program.commands) {
    cmd.helpOption('-h, --help', h.options.help).configureHelp(helpConfig(h));
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
    cmd.usage([h.usageWords.options, ...args].join(' '));
  }
  return program;
}

/**
 * The command word of an argv as the program reads it: the first argument
 * that is neither one of the program's own options (with its value) nor a
 * help flag. `undefined` when there is none, or when an option the program
 * does not know comes first (commander reads everything after it as that
 * option's, and says so).
 */
export function commandWord(argv: readonly string[], program: Command): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return argv[i + 1];
    if (arg === '-h' || arg === '--help') continue;
    if (arg.length < 2 || !arg.startsWith('-')) return arg;
    const inline = arg.startsWith('--') && arg.includes('=');
    const flag = inline ? arg.slice(0, arg.indexOf('=')) : arg;
    const option = program.options.find((o) => o.long === flag || o.short === flag);
    if (!option) return undefined;
    if (!inline && (option.required || (option.optional && !(argv[i + 1] ?? '-').startsWith('-')))) i++;
  }
  return undefined;
}

/** Creates the run state for one invocation. */
export function createRunState(io: IO, bundledPack: string): RunState {
  const state: RunState = {
    io,
    bundledPack,
    out: [],
    err: '',
    exitCode: 0,
    subrun: () => ({ code: 1, stdout: '', tooLong: false }),
    settings(cmd: Command): Settings {
      const s = state.settingsWithSvg(cmd);
      if (s.format === SVG) throw new UsageError((m) => m.err.svgOnlyTimeline);
      return s;
    },
    settingsWithSvg: (cmd: Command) => settingsFrom(cmd.optsWithGlobals<GlobalOptions>(), io, bundledPack),
    emitText(text: string | readonly string[]): void {
      // One by one: spreading a long list into one call's arguments would overflow the stack.
      if (typeof text === 'string') state.out.push(text);
      else for (const chunk of text) state.out.push(chunk);
    },
    emit(settings: Settings, output: CommandOutput): void {
      const m = messages[settings.lang];
      // Getters: only a table asks for colour and width (finding the terminal costs start-up time).
      const pieces = render(output.view, settings.format, {
        get color() {
          return settings.chalk;
        },
        get width() {
          return settings.width;
        },
        fieldHeader: m.head.field,
        valueHeader: m.head.value,
        shortened: m.tableShortened,
        leftOut: m.tableLeftOut,
        whole: m.wholeVia.json,
      });
      for (const piece of pieces) state.out.push(piece);
      for (const note of output.notes ?? []) state.err += `${note}\n`;
      if (output.exitCode !== undefined) state.exitCode = output.exitCode;
    },
  };
  return state;
}
