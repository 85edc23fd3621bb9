import { Command, Option } from 'commander';
import { messages } from '../i18n';
import { FORMATS, render, type View } from '../render/output';
import { type GlobalOptions, type IO, type Settings, settingsFrom } from './settings';
import { registerStatus } from './status';
import { registerSignatories } from './signatories';
import { registerTerritories } from './territories';
import { registerTimeline } from './timeline';
import { registerShow } from './show';
import { registerValidate } from './validate';
import { registerWhen } from './when';
import { registerSearch } from './search';
import { registerOn } from './on';

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
  settings(cmd: Command): Settings;
  emit(settings: Settings, output: CommandOutput): void;
  /** Text for stdout, written by the edge only when the run succeeds. */
  out: string;
  err: string;
  exitCode: number;
}

/**
 * Builds the commander program for one run. Commands parse their options into
 * typed values, call one query, and hand a view to {@link RunState.emit};
 * nothing here prints directly.
 */
export function createProgram(state: RunState, version: string): Command {
  const program = new Command('pakt')
    .description(
      'Answers questions about the Soviet–Japanese Neutrality Pact of 13 April 1941 from facts extracted ' +
        'from a German source text; every answer cites the sentences it rests on.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--json', 'same as --format json')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, else tsv)').choices(FORMATS))
    .addOption(new Option('--lang <lang>', 'language of labels and sentences (default: from LC_ALL/LC_MESSAGES/LANG)').choices(['de', 'en']))
    .option('--zone <zone>', 'zone to read and show dates in: IANA name, UTC, or UTC+10:00 (default: UTC)')
    .addOption(new Option('--color <when>', 'colour tables').choices(['auto', 'always', 'never']))
    .option('--no-color', 'same as --color never')
    .option('--facts <file>', 'use this fact pack instead of the bundled one')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  pakt status --date 1945-06-01',
        '  pakt timeline --from 1945 --to 1945 --json | jq -r ".[].event"',
        '  pakt status --date 1945-08-08 --zone Europe/Moscow --lang de',
      ].join('\n'),
    );
  registerStatus(program, state);
  registerSignatories(program, state);
  registerTerritories(program, state);
  registerTimeline(program, state);
  registerShow(program, state);
  registerWhen(program, state);
  registerSearch(program, state);
  registerOn(program, state);
  registerValidate(program, state);
  return program;
}

/** Creates the run state for one invocation. */
export function createRunState(io: IO, bundledPack: string): RunState {
  const state: RunState = {
    io,
    bundledPack,
    out: '',
    err: '',
    exitCode: 0,
    settings(cmd: Command): Settings {
      return settingsFrom(cmd.optsWithGlobals<GlobalOptions>(), io, bundledPack);
    },
    emit(settings: Settings, output: CommandOutput): void {
      const m = messages[settings.lang];
      state.out += render(output.view, settings.format, {
        color: settings.chalk,
        width: settings.width,
        fieldHeader: m.head.field ?? 'Field',
        valueHeader: m.head.value ?? 'Value',
      });
      for (const note of output.notes ?? []) state.err += `${note}\n`;
      if (output.exitCode !== undefined) state.exitCode = output.exitCode;
    },
  };
  return state;
}
