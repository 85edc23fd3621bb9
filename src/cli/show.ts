import type { Command } from 'commander';
import { show } from '../query/show';
import { showView } from '../render/views';
import type { RunState } from './program';
import { contextFor } from './settings';

/** `pakt show <id-or-name>`: one entity or event with every statement about it. */
export function registerShow(program: Command, state: RunState): void {
  program
    .command('show')
    .description('one entity or event, with every statement about it and its evidence')
    .argument('<id-or-name>', 'an id (molotov) or a name or alias in German or English (Molotow)')
    .addHelpText(
      'after',
      ['', 'Examples:', '  pakt show molotov', '  pakt show soviet-invasion-of-manchuria --json | jq .date'].join('\n'),
    )
    .action((name: string, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: showView(show(contextFor(s), name), s.lang) });
    });
}
