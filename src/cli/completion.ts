import { type Command, Option } from 'commander';
import { UsageError } from '../errors';
import type { HelpMessages } from '../i18n';
import { COMPLETE_FILE, completionScript, type CompletionSpec, type Shell, SHELLS } from '../render/completion';
import { SYNTAXES } from '../export/syntaxes';
import { SEARCH_TYPES } from '../query/search';
import { knownZoneNames } from '../time';
import { FORMATS } from '../render/output';
import { examples, type RunState } from './program';
import { packFor, SVG } from './settings';
import { echo } from '../text/visible';

/** Long option names of a command (without `--help`). */
function longOptions(cmd: Command): string[] {
  return cmd.options.filter((o) => !o.hidden).map((o) => o.long ?? '').filter((l) => l !== '' && l !== '--help');
}

/**
 * Current names of zones that the ICU data of Node.js 20 still lists under
 * an older name (IANA renamed them; the old names remain links, and pakt
 * reads both). Completion offers the current name.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
};

/** The fixed-offset zones of the tz database (`Etc/GMT-10` is UTC+10: the sign is POSIX's). */
const ETC = ['Etc/UTC', 'Etc/GMT', ...Array.from({ length: 12 }, (_, i) => `Etc/GMT+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `Etc/GMT-${i + 1}`)];

/** Zone names to complete: current IANA names, `Etc/…`, and the zones the pack names (which pakt prints). */
function zoneNames(packZones: readonly string[]): string[] {
  const names = knownZoneNames().map((z) => RENAMED[z] ?? z);
  return [...new Set(['UTC', ...names, ...ETC, ...packZones.filter((z) => z.includes('/'))])];
}

/** Every option of the program and its commands that takes one of a list of values, with the values (from commander). */
function choices(program: Command): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const cmd of [program, ...program.commands]) {
    for (const o of cmd.options) if (o.long && o.argChoices) out[o.long] = o.argChoices;
  }
  return out;
}

/**
 * `pakt completion <bash|zsh|fish>`: prints a completion script for the
 * commands, options, option values, zone names and the ids of the pack in
 * use (for `show` and `when`; with `--facts` on the line being completed,
 * the script asks pakt for that pack's ids: `--words <command>`).
 */
export function registerCompletion(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.completion)
    .argument('<shell>', h.arguments.shell)
    .addOption(new Option('--words <command>').hideHelp())
    .addHelpText(
      'after',
      examples(h, ['eval "$(pakt completion bash)"', 'eval "$(pakt completion zsh)"', 'pakt completion fish | source']),
    )
    .action((shell: string, opts: { words?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      const program = command.parent ?? command;
      if (!(SHELLS as readonly string[]).includes(shell)) {
        throw new UsageError((m) => m.err.invalidArgumentValue('<shell>', echo(shell), SHELLS.join(', ')));
      }
      const index = packFor(s.factsFile, s.passed);
      const ids = [...index.byId.keys()];
      const events = index.events.map((e) => e.id);
      if (opts.words !== undefined) {
        state.emitText(`${(opts.words === 'when' ? events : ids).join('\n')}\n`);
        return;
      }
      const packZones = index.pack.events.flatMap((e) => [...(e.date.zone ? [e.date.zone] : []), ...(e.date.relatedZones ?? [])]);
      const zones = zoneNames(packZones);
      const commands = { ...Object.fromEntries(program.commands.map((c) => [c.name(), longOptions(c)])), help: [] };
      const eventTypes = [...new Set(index.events.map((e) => e.type))];
      const spec: CompletionSpec = {
        commands,
        globalOptions: [...new Set([...longOptions(program), '--help', '--version'])],
        values: {
          ...choices(program),
          '--zone': zones,
          '--zones': zones,
          '--facts': [COMPLETE_FILE],
          '--document': index.entitiesByType.get('document')?.map((e) => e.id) ?? [],
          '--type': [],
          '--date': [],
          '--from': [],
          '--to': [],
          '--base': [],
        },
        commandValues: { timeline: { '--type': eventTypes, '--format': [...FORMATS, SVG] }, search: { '--type': SEARCH_TYPES } },
        lists: ['--zones'],
        arguments: {
          show: ids,
          when: events,
          completion: SHELLS,
          export: SYNTAXES,
          validate: [COMPLETE_FILE],
          help: Object.keys(commands),
        },
      };
      state.emitText(completionScript(shell as Shell, spec));
    });
}
