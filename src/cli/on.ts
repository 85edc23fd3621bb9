import type { Command } from 'commander';
import { messages } from '../i18n';
import { onThisDay, parseMonthDay } from '../query/on';
import { onView } from '../render/views';
import type { RunState } from './program';
import { contextFor } from './settings';

/** `pakt on <MM-DD>`: "on this day" — events of that calendar day, any year. */
export function registerOn(program: Command, state: RunState): void {
  program
    .command('on')
    .description('events that happened on a calendar day, any year ("on this day")')
    .argument('<MM-DD>', 'month and day, e.g. 08-09')
    .addHelpText(
      'after',
      ['', 'Examples:', '  pakt on 08-09', '  pakt on 04-13 --json | jq -r ".[] | [.year, .event] | @tsv"'].join('\n'),
    )
    .action((day: string, _opts: unknown, cmd: Command) => {
      const s = state.settings(cmd);
      const rows = onThisDay(contextFor(s), parseMonthDay(day), state.io.now());
      state.emit(s, { view: onView(rows, s.lang), notes: rows.length === 0 ? [messages[s.lang].noEvents(day)] : [] });
    });
}
