import type { Command } from 'commander';
import { UsageError } from '../errors';
import type { HelpMessages } from '../i18n';
import { COMPLETE_FILE, completionScript, type CompletionSpec, type Shell, SHELLS } from '../render/completion';
import { SYNTAXES } from '../export/syntaxes';
import { FORMATS } from '../render/output';
import { knownZoneNames } from '../time';
import { examples, type RunState } from './program';
import { packFor } from './settings';

/** Long option names of a command (without `--help`). */
function longOptions(cmd: Command): string[] {
  return cmd.options.map((o) => o.long ?? '').filter((l) => l !== '' && l !== '--help');
}

/**
 * `pakt completion <bash|zsh|fish>`: prints a completion script for the
 * commands, options, option values, zone names and the ids of the pack in
 * use (for `show` and `when`).
 */
export function registerCompletion(program: Command, state: RunState, h: HelpMessages): void {
  program
    .command('completion')
    .description(h.commands.completion)
    .argument('<shell>', h.arguments.shell)
    .addHelpText(
      'after',
      examples(h, ['eval "$(pakt completion bash)"', 'eval "$(pakt completion zsh)"', 'pakt completion fish | source']),
    )
    .action((shell: string, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      if (!(SHELLS as readonly string[]).includes(shell)) {
        throw new UsageError((m) => m.err.invalidArgumentValue('<shell>', shell, SHELLS.join(', ')));
      }
      const index = packFor(s.factsFile, s.passed);
      const ids = [...index.byId.keys()];
      const events = index.events.map((e) => e.id);
      const zones = ['UTC', ...knownZoneNames()];
      const commands = { ...Object.fromEntries(program.commands.map((c) => [c.name(), longOptions(c)])), help: [] };
      const eventTypes = [...new Set(index.events.map((e) => e.type))];
      const spec: CompletionSpec = {
        commands,
        globalOptions: [...new Set([...longOptions(program), '--help', '--version'])],
        values: {
          '--format': FORMATS,
          '--lang': ['de', 'en'],
          '--color': ['auto', 'always', 'never'],
          '--zone': zones,
          '--zones': zones,
          '--facts': [COMPLETE_FILE],
          '--document': index.entitiesByType.get('document')?.map((e) => e.id) ?? [],
          '--type': [...eventTypes, 'entity', 'event', 'statement', 'sentence', 'person', 'state', 'territory', 'document', 'place', 'office', 'organization'],
          '--date': [],
          '--from': [],
          '--to': [],
          '--base': [],
        },
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
