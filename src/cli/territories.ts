import type { Command } from 'commander';
import { NotFoundError } from '../errors';
import { territories } from '../query/territories';
import { territoriesView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor } from './settings';

/** `pakt territories`: territories the sources relate to the pact, and how. */
export function registerTerritories(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.territories)
    .addHelpText(
      'after',
      examples(h, [
        'pakt territories',
        'pakt territories --json | jq -r \'.[] | select(.relation == "gained") | .territory\'',
      ]),
    )
    .action((_opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      const rows = territories(contextFor(s));
      if (rows.length === 0) throw new NotFoundError((m) => m.err.noTerritories);
      state.emit(s, { view: territoriesView(rows, s.lang) });
    });
}
