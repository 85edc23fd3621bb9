import type { Command } from 'commander';
import { NotFoundError, UsageError } from '../errors';
import { signatories } from '../query/signatories';
import { signatoriesView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor } from './settings';
import { echo } from '../text/visible';

/** `pakt signatories [--document <id>]`: who signed, for whom, in which office. */
export function registerSignatories(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.signatories)
    .option('--document <id>', h.options.document)
    .addHelpText(
      'after',
      examples(h, [
        'pakt signatories',
        'pakt signatories --document neutrality-pact --json | jq -r ".[].name"',
      ]),
    )
    .action((opts: { document?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      if (opts.document !== undefined && opts.document.trim() === '') {
        throw new UsageError((m) => m.err.emptyId('--document'), (m) => m.err.example('--document neutrality-pact'));
      }
      const rows = signatories(contextFor(s), opts.document);
      const document = opts.document;
      if (rows.length === 0) throw new NotFoundError((m) => m.err.noSigners(echo(document ?? '')));
      state.emit(s, { view: signatoriesView(rows, s.lang) });
    });
}
