import type { Command } from 'commander';
import type { HelpMessages } from '../i18n';
import { source } from '../query/source';
import { sourceView } from '../render/views';
import { examples, type RunState } from './program';
import { contextFor } from './settings';

/** `pakt source [<paragraph>|<sentence-id>]`: the source text with the facts that cite it. */
export function registerSource(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.source)
    .argument('[part]', h.arguments.part)
    .addHelpText('after', examples(h, ['pakt source 7', 'pakt source p7s4', 'pakt source --json | jq -r ".[] | select(.citedBy == []) | .id"']))
    .action((part: string | undefined, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: sourceView(source(contextFor(s), part), s.lang) });
    });
}
