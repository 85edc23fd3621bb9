import type { Command } from 'commander';
import { search, SEARCH_TYPES } from '../query/search';
import { searchView } from '../render/views';
import type { RunState } from './program';
import { contextFor } from './settings';

/** `pakt search <text> [--type <t>]`: ranked hits over names, statements and the source. */
export function registerSearch(program: Command, state: RunState): void {
  program
    .command('search')
    .description('ranked hits over names, aliases, statements and source sentences (case, accents, ß/ss, ä/ae folded)')
    .argument('<text>', 'what to look for (Molotow, Aussenminister, "13. April")')
    .option('--type <type>', `only hits of this kind or type: ${SEARCH_TYPES.join(', ')}`)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  pakt search Molotow',
        '  pakt search Aussenminister --type person',
        '  pakt search "13. April" --json | jq -r ".[] | [.kind, .id] | @tsv"',
      ].join('\n'),
    )
    .action((text: string, opts: { type?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      state.emit(s, { view: searchView(search(contextFor(s), text, opts.type), s.lang) });
    });
}
