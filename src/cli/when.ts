import type { Command } from 'commander';
import { UsageError } from '../errors';
import { when } from '../query/when';
import { whenView } from '../render/views';
import type { RunState } from './program';
import { contextFor, zoneOption } from './settings';

/** `pakt when <event> [--zones z1,z2]`: an event's date on the clocks of several zones. */
export function registerWhen(program: Command, state: RunState): void {
  program
    .command('when')
    .description("an event's date in several zones, with the UTC offset in force there and then")
    .argument('<event>', 'an event id or name (soviet-invasion-of-manchuria)')
    .option('--zones <zones>', 'comma-separated zones (default: the source zone, UTC, and zones the source relates it to)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  pakt when soviet-invasion-of-manchuria',
        '  pakt when soviet-declaration-of-war --zones Europe/Moscow,Asia/Tokyo,UTC',
        '  pakt when pact-denounced --zones Asia/Tokyo --json | jq -r ".[0].local"',
      ].join('\n'),
    )
    .action((name: string, opts: { zones?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      let zones;
      if (opts.zones !== undefined) {
        const names = opts.zones.split(',').map((z) => z.trim());
        if (names.some((z) => z === '')) {
          throw new UsageError(`--zones: empty zone in '${opts.zones}'`, 'example: --zones Europe/Moscow,UTC,Asia/Tokyo');
        }
        zones = names.map((z) => zoneOption(z, '--zones'));
      }
      state.emit(s, { view: whenView(when(contextFor(s), name, zones), s.lang) });
    });
}
