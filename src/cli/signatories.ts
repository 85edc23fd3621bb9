import type { Command } from 'commander';
import { UsageError } from '../errors';
import { signatories } from '../query/signatories';
import { signatoriesView } from '../render/views';
import type { RunState } from './program';
import { contextFor } from './settings';

/** `pakt signatories [--document <id>]`: who signed, for whom, in which office. */
export function registerSignatories(program: Command, state: RunState): void {
  program
    .command('signatories')
    .description('who signed, for which state, in which office, which documents')
    .option('--document <id>', 'only signers of this document (e.g. mongolia-manchukuo-declaration)')
    .addHelpText(
      'after',
      ['', 'Examples:', '  pakt signatories', '  pakt signatories --document neutrality-pact --json | jq -r ".[].name"'].join('\n'),
    )
    .action((opts: { document?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      if (opts.document !== undefined && opts.document.trim() === '') {
        throw new UsageError('--document: empty id', 'example: --document neutrality-pact');
      }
      state.emit(s, { view: signatoriesView(signatories(contextFor(s), opts.document), s.lang) });
    });
}
