import type { Command } from 'commander';
import { territories } from '../query/territories';
import { territoriesView } from '../render/views';
import type { RunState } from './program';
import { contextFor } from './settings';

/** `pakt territories`: territories the sources relate to the pact, and how. */
export function registerTerritories(program: Command, state: RunState): void {
  program
    .command('territories')
    .description('territories guaranteed, invaded or gained, by whom, on what authority')
    .addHelpText(
      'after',
      ['', 'Examples:', '  pakt territories', '  pakt territories --json | jq -r \'.[] | select(.relation == "gained") | .territory\''].join('\n'),
    )
    .action((_opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: territoriesView(territories(contextFor(s)), s.lang) });
    });
}
