import type { Command } from 'commander';
import { UsageError } from '../errors';
import { validate } from '../query/validate';
import { validateView } from '../render/views';
import type { RunState } from './program';

/** `pakt validate [pack]`: checks a fact pack and reports source coverage. */
export function registerValidate(program: Command, state: RunState): void {
  program
    .command('validate')
    .description('check a fact pack: schema, ids, verbatim quotes, derived dates; print source coverage')
    .argument('[pack]', 'pack file (default: --facts, else the bundled pack)')
    .addHelpText(
      'after',
      ['', 'Examples:', '  pakt validate', '  pakt validate my-pack.json --json | jq .problems'].join('\n'),
    )
    .action((file: string | undefined, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      if (file !== undefined && file.trim() === '') throw new UsageError('empty pack path', 'example: pakt validate facts/neutrality-pact.json');
      const result = validate(file ?? s.factsFile);
      state.emit(s, { view: validateView(result, s.lang), exitCode: result.ok ? 0 : 1 });
    });
}
