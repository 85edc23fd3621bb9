import type { Command } from 'commander';
import { UsageError } from '../errors';
import { validate } from '../query/validate';
import { validateView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';

/** `pakt validate [pack]`: checks a fact pack and reports source coverage. */
export function registerValidate(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.validate)
    .argument('[pack]', h.arguments.pack)
    .addHelpText(
      'after',
      examples(h, [
        'pakt validate',
        'pakt validate my-pack.json --json | jq .problems',
      ]),
    )
    .action((file: string | undefined, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      if (file !== undefined && file.trim() === '') {
        throw new UsageError((m) => m.err.emptyPath('validate'), (m) => m.err.example('pakt validate facts/neutrality-pact.json'));
      }
      const result = validate(file ?? s.factsFile, s.lang);
      state.emit(s, { view: validateView(result, s.lang), exitCode: result.ok ? 0 : 1 });
    });
}
