import type { Command } from 'commander';
import { UsageError } from '../errors';
import { when } from '../query/when';
import { whenView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor, zoneOption } from './settings';
import { echo } from '../text/visible';

/** `pakt when <event> [--zones z1,z2]`: an event's date on the clocks of several zones. */
export function registerWhen(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.when)
    .argument('<event>', h.arguments.event)
    .option('--zones <zones>', h.options.zones)
    .addHelpText(
      'after',
      examples(h, [
        'pakt when soviet-invasion-of-manchuria',
        'pakt when soviet-declaration-of-war --zones Europe/Moscow,Asia/Tokyo,UTC',
        'pakt when pact-denounced --zones Asia/Tokyo --json | jq -r ".[0].local"',
      ]),
    )
    .action((name: string, opts: { zones?: string }, cmd: Command) => {
      const s = state.settings(cmd);
      let zones;
      if (opts.zones !== undefined) {
        const names = opts.zones.split(',').map((z) => z.trim());
        if (names.some((z) => z === '')) {
          const given = echo(opts.zones);
          throw new UsageError((m) => m.err.emptyZoneIn(given), (m) => m.err.example('--zones Europe/Moscow,UTC,Asia/Tokyo'));
        }
        zones = names.map((z) => zoneOption(z, '--zones'));
      }
      state.emit(s, { view: whenView(when(contextFor(s), name, zones), s.lang) });
    });
}
