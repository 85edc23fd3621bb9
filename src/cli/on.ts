import type { Command } from 'commander';
import { NotFoundError } from '../errors';
import { onThisDay, parseMonthDay } from '../query/on';
import { onView } from '../render/views';
import type { HelpMessages } from '../i18n';
import { examples, type RunState } from './program';
import { contextFor } from './settings';

/** `pakt on <MM-DD>`: "on this day" — events of that calendar day, any year. */
export function registerOn(command: Command, state: RunState, h: HelpMessages): void {
  command
    .description(h.commands.on)
    .argument('<MM-DD>', h.arguments.monthDay)
    .addHelpText(
      'after',
      examples(h, [
        'pakt on 08-09',
        'pakt on 04-13 --json | jq -r ".[] | [.year, .event] | @tsv"',
      ]),
    )
    .action((day: string, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      const rows = onThisDay(contextFor(s), parseMonthDay(day), state.io.now());
      if (rows.length === 0) throw new NotFoundError((m) => m.err.noEventsOn(day));
      state.emit(s, { view: onView(rows, s.lang) });
    });
}
