import type { Command } from 'commander';
import { show } from '../query/show';
import { showView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor } from './settings';

/** `pakt show <id-or-name>`: one entity or event with every statement about it. */
export function registerShow(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.show)
    .argument('<id-or-name>', h.arguments.idOrName)
    .addHelpText(
      'after',
      examples(h, [
        'pakt show molotov',
        'pakt show soviet-invasion-of-manchuria --json | jq .date',
      ]),
    )
    .action((name: string, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: showView(show(contextFor(s), name), s.lang) });
    });
}
