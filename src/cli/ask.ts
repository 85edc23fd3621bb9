import type { Command } from 'commander';
import { UsageError } from '../errors';
import type { HelpMessages, Lang } from '../i18n';
import { askView } from '../render/views';
import { examples, type RunState } from './program';
import { contextFor, type GlobalOptions } from './settings';
import { characters } from '../text/visible';

/** Longest question accepted, in characters. */
const MAX_QUESTION = 1000;

/**
 * `pakt ask <question…>`: a question in German or English, answered by one
 * of pakt's own commands. The question module loads only for this command.
 */
export function registerAsk(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.ask)
    .argument('<question...>', h.arguments.question)
    .addHelpText(
      'after',
      examples(h, [
        'pakt ask "Who signed the neutrality pact?"',
        'pakt ask Wann kündigte die Sowjetunion den Pakt',
        'pakt ask "Was the pact in force when Germany surrendered?" --json | jq .answer',
      ]),
    )
    .action((words: string[], _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      const question = words.join(' ').trim();
      if (question === '') throw new UsageError((m) => m.err.emptyQuestion, (m) => m.err.example('pakt ask "Who signed the pact?"'));
      const length = characters(question);
      if (length > MAX_QUESTION) throw new UsageError((m) => m.err.questionTooLong(length, MAX_QUESTION));
      const g = cmd.optsWithGlobals<GlobalOptions>();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { ask } = require('../ask/answer') as typeof import('../ask/answer');
      const result = ask(
        contextFor(s).index,
        question,
        {
          ...(g.lang !== undefined ? { lang: g.lang as Lang } : {}),
          ...(g.zone !== undefined ? { zone: g.zone } : {}),
          ...(g.facts !== undefined ? { facts: g.facts } : {}),
        },
        (argv) => state.subrun(argv),
      );
      state.emit({ ...s, lang: result.lang }, { view: askView(result, result.lang), exitCode: result.answered ? 0 : 1 });
    });
}
