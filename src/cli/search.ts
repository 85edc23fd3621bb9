import type { Command } from 'commander';
import { search, SEARCH_TYPES } from '../query/search';
import { searchView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor } from './settings';

/** `pakt search <text> [--type <t>]`: ranked hits over names, statements and the source. */
export function registerSearch(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.search)
    .argument('<text>', h.arguments.text)
    .option('--type <type>', `${h.options.searchType}: ${SEARCH_TYPES.join(', ')}`)
    .addHelpText(
      'after',
      examples(h, [
        'pakt search Molotow',
        'pakt search Aussenminister --type person',
        'pakt search "13. April" --json | jq -r ".[] | [.kind, .id] | @tsv"',
      ]),
    )
    .action((text: string, opts: { type?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: searchView(search(contextFor(s), text, opts.type), s.lang) });
    });
}
